//! The view state (panel modes, baseline, rates, GDP base year) as a pure reducer.

use crate::logic::view_state::{
    Baseline, GdpBase, Mode, Panel, Tenths, ViewState, GROWTH_RATE, TRADE_RATE,
};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ViewAction {
    /// The state read from the URL after the first render.
    Replace(ViewState),
    SetMode(Panel, Mode),
    SetBaseline(Baseline),
    SetTradeRate(Tenths),
    SetGrowthRate(Tenths),
    SetGdpBase(GdpBase),
}

/// The view state as a reducer; rates are kept inside their ranges and steps.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct View(pub ViewState);

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let s = self.0;
        let next = match action {
            ViewAction::Replace(state) => state,
            ViewAction::SetMode(panel, mode) => s.with_mode(panel, mode),
            ViewAction::SetBaseline(baseline) => ViewState { baseline, ..s },
            ViewAction::SetTradeRate(v) => ViewState {
                trade_rate: TRADE_RATE.clamp(v),
                ..s
            },
            ViewAction::SetGrowthRate(v) => ViewState {
                growth_rate: GROWTH_RATE.clamp(v),
                ..s
            },
            ViewAction::SetGdpBase(gdp_base) => ViewState { gdp_base, ..s },
        };
        if next == s {
            self
        } else {
            Rc::new(View(next))
        }
    }
}
