//! The explorer's state (search, facets, sort, open document) as a pure reducer.

use crate::content::{Domain, Kind};
use crate::logic::explorer::{ExplorerState, Filters, Sort, MAX_QUERY};
use std::rc::Rc;
use yew::Reducible;

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
/// list is highlighted and which document a permalink asks to bring into view (not in the URL).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explorer {
    pub state: ExplorerState,
    pub highlighted: Option<u16>,
    /// The document the URL opened, to be scrolled to by the first render that shows it;
    /// cleared when the reader opens or closes one.
    pub reveal: Option<String>,
}

impl Reducible for Explorer {
    type Action = ExplorerAction;

    fn reduce(self: Rc<Self>, action: ExplorerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let f = &mut next.state.filters;
        match action {
            ExplorerAction::Replace(state) => {
                next.reveal.clone_from(&state.open);
                next.state = state;
            }
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
            ExplorerAction::Open(id) => {
                next.reveal = None;
                next.state.open = id;
            }
            ExplorerAction::ShowInArticle(i) => next.highlighted = Some(i),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
