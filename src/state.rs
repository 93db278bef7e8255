//! Which figure of the prose is shown in the figure card: a pure reducer.

use std::rc::Rc;
use yew::Reducible;

/// What the reader is pointing at or has focused; the card shows the hovered figure
/// first, else the focused one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FigureFocus {
    pub hovered: Option<u16>,
    pub focused: Option<u16>,
    /// The figure last activated (clicked, Enter) with a counter, so that activating the
    /// same figure twice is still a new request: its chart scrolls to it and focuses it.
    pub activated: Option<(u16, u32)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusAction {
    Hover(u16),
    Unhover(u16),
    Focus(u16),
    Blur(u16),
    /// Escape: hide the card whatever showed it.
    Dismiss,
    /// Go to the figure's point in its chart.
    Activate(u16),
}

impl FigureFocus {
    pub fn shown(&self) -> Option<u16> {
        self.hovered.or(self.focused)
    }

    pub fn apply(self, action: FocusAction) -> Self {
        let clear = |slot: Option<u16>, i: u16| if slot == Some(i) { None } else { slot };
        match action {
            FocusAction::Hover(i) => Self {
                hovered: Some(i),
                ..self
            },
            FocusAction::Unhover(i) => Self {
                hovered: clear(self.hovered, i),
                ..self
            },
            FocusAction::Focus(i) => Self {
                focused: Some(i),
                ..self
            },
            FocusAction::Blur(i) => Self {
                focused: clear(self.focused, i),
                ..self
            },
            FocusAction::Dismiss => Self {
                hovered: None,
                focused: None,
                ..self
            },
            FocusAction::Activate(i) => {
                let n = self.activated.map_or(0, |(_, n)| n.wrapping_add(1));
                Self {
                    activated: Some((i, n)),
                    ..self
                }
            }
        }
    }
}

impl Reducible for FigureFocus {
    type Action = FocusAction;

    fn reduce(self: Rc<Self>, action: FocusAction) -> Rc<Self> {
        Rc::new((*self).apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_wins_over_focus_and_leaving_restores_focus() {
        let s = FigureFocus::default().apply(FocusAction::Focus(2));
        assert_eq!(s.shown(), Some(2));
        let s = s.apply(FocusAction::Hover(5));
        assert_eq!(s.shown(), Some(5));
        let s = s.apply(FocusAction::Unhover(5));
        assert_eq!(s.shown(), Some(2));
    }

    #[test]
    fn stale_leave_or_blur_does_not_clear_another_figure() {
        let s = FigureFocus::default()
            .apply(FocusAction::Hover(1))
            .apply(FocusAction::Unhover(3));
        assert_eq!(s.shown(), Some(1));
        let s = FigureFocus::default()
            .apply(FocusAction::Focus(1))
            .apply(FocusAction::Blur(3));
        assert_eq!(s.shown(), Some(1));
    }

    #[test]
    fn each_activation_is_a_new_request() {
        let a = FigureFocus::default().apply(FocusAction::Activate(3));
        let b = a.apply(FocusAction::Activate(3));
        assert_eq!(a.activated.map(|x| x.0), Some(3));
        assert_ne!(a.activated, b.activated);
    }

    #[test]
    fn dismiss_hides_everything() {
        let s = FigureFocus::default()
            .apply(FocusAction::Focus(1))
            .apply(FocusAction::Hover(2));
        assert_eq!(s.apply(FocusAction::Dismiss).shown(), None);
    }
}

use crate::logic::view_state::{
    Baseline, GdpBase, Mode, Panel, Tenths, ViewState, GROWTH_RATE, TRADE_RATE,
};

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

use crate::content::{Domain, Kind};
use crate::logic::explorer::{ExplorerState, Filters, Sort, MAX_QUERY};

#[derive(Debug, Clone, PartialEq)]
pub enum ExplorerAction {
    /// The state read from the URL after the first render.
    Replace(ExplorerState),
    Search(String),
    ToggleKind(Kind),
    ToggleDomain(Domain),
    /// From the overview chart: exactly this domain and kind.
    Only(Domain, Kind),
    Sort(Sort),
    /// Clear search and facets (the sort and the open document stay).
    Clear,
    /// Open a document's detail by id, or close it.
    Open(Option<String>),
    /// Highlight a document's item in the article's list.
    ShowInArticle(u16),
}

/// The explorer's state as a reducer: what the URL holds, plus which item of the article's
/// list is highlighted (not in the URL).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explorer {
    pub state: ExplorerState,
    pub highlighted: Option<u16>,
}

impl Reducible for Explorer {
    type Action = ExplorerAction;

    fn reduce(self: Rc<Self>, action: ExplorerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let f = &mut next.state.filters;
        match action {
            ExplorerAction::Replace(state) => next.state = state,
            ExplorerAction::Search(q) => f.query = q.chars().take(MAX_QUERY).collect(),
            ExplorerAction::ToggleKind(k) => *f = std::mem::take(f).toggle_kind(k),
            ExplorerAction::ToggleDomain(d) => *f = std::mem::take(f).toggle_domain(d),
            ExplorerAction::Only(d, k) => {
                f.domains = vec![d];
                f.kinds = vec![k];
            }
            ExplorerAction::Sort(s) => f.sort = s,
            ExplorerAction::Clear => {
                *f = Filters {
                    sort: f.sort,
                    ..Filters::default()
                }
            }
            ExplorerAction::Open(id) => next.state.open = id,
            ExplorerAction::ShowInArticle(i) => next.highlighted = Some(i),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

use crate::logic::embed::{EmbedOptions, Set, Theme};

/// Embedding: the URL's options, and the theme and highlight, which the embedding page may
/// change (`set` messages).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Embed {
    /// Whether the URL has been read (the first render comes before).
    pub started: bool,
    pub options: Rc<EmbedOptions>,
    pub theme: Theme,
    pub highlight: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EmbedAction {
    /// The options read from the URL after the first render.
    Start(EmbedOptions),
    /// A parent page's `set` message (already checked).
    Set(Set),
}

impl Reducible for Embed {
    type Action = EmbedAction;

    fn reduce(self: Rc<Self>, action: EmbedAction) -> Rc<Self> {
        let next = match action {
            EmbedAction::Start(options) => Embed {
                started: true,
                theme: options.theme,
                highlight: options.highlight.clone(),
                options: Rc::new(options),
            },
            EmbedAction::Set(set) => Embed {
                theme: set.theme.unwrap_or(self.theme),
                highlight: set.highlight.or_else(|| self.highlight.clone()),
                ..(*self).clone()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
