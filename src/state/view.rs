//! The view state (panel modes, baseline, rates, GDP base year) as a pure reducer.

use crate::logic::view_state::{
    parse_tenths, Baseline, GdpBase, Mode, Panel, Tenths, ViewState, GROWTH_RATE, TRADE_RATE,
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
    /// The chart module's controls changed: their part of this state (not the modes).
    Charts(ViewState),
}

/// The view state as a reducer; rates are kept inside their ranges and steps.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct View(pub ViewState);

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let next = apply(self.0, action);
        if next == self.0 {
            self
        } else {
            Rc::new(View(next))
        }
    }
}

/// The state after `action`; rates are kept inside their ranges and steps.
pub fn apply(s: ViewState, action: ViewAction) -> ViewState {
    match action {
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
        ViewAction::Charts(c) => ViewState {
            baseline: c.baseline,
            trade_rate: TRADE_RATE.clamp(c.trade_rate),
            growth_rate: GROWTH_RATE.clamp(c.growth_rate),
            gdp_base: c.gdp_base,
            ..s
        },
    }
}

/// The ids of the "what would it take" inputs: the components write them, the chart module
/// (`src/live`) reads them.
pub const BASELINE_IDS: [(Baseline, &str); 2] = [
    (Baseline::Kyrgyz, "baseline-kg"),
    (Baseline::Russian, "baseline-ru"),
];
/// The id stems of the rate controls (`…-range`, the slider; `…-number`, the box).
pub const TRADE_RATE_ID: &str = "trade-rate";
pub const GROWTH_RATE_ID: &str = "growth-rate";

/// The id of a GDP base year's radio button.
pub fn gdp_base_id(base: GdpBase) -> String {
    format!("gdp-base-{}", base.year())
}

/// What a change of the input with this id and value asks for; `None` for another input or
/// a value that is not a rate (the control then shows the state's value again).
pub fn control_action(id: &str, value: &str) -> Option<ViewAction> {
    if let Some((b, _)) = BASELINE_IDS.iter().find(|(_, i)| *i == id) {
        return Some(ViewAction::SetBaseline(*b));
    }
    if let Some(b) = GdpBase::ALL.into_iter().find(|b| gdp_base_id(*b) == id) {
        return Some(ViewAction::SetGdpBase(b));
    }
    let (stem, _) = id
        .rsplit_once('-')
        .filter(|(_, end)| *end == "range" || *end == "number")?;
    let v = parse_tenths(value)?;
    match stem {
        TRADE_RATE_ID => Some(ViewAction::SetTradeRate(TRADE_RATE.clamp(v))),
        GROWTH_RATE_ID => Some(ViewAction::SetGrowthRate(GROWTH_RATE.clamp(v))),
        _ => None,
    }
}
