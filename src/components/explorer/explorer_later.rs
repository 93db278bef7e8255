//! The explorer, made live after the rest of the page: the second slice of the app's start
//! (the panels' tools are the third: `components::chart::panel_tools`).

use super::AgreementsExplorer;
use crate::components::static_parts::{adopt, Part};
use crate::state::{Explorer, ExplorerAction};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplorerLaterProps {
    /// Whether to make the explorer live now (in the next task).
    pub start: bool,
    /// The next slice of the app's start, called in a task after the live explorer's render.
    pub then: Callback<()>,
}

/// The explorer is about half of the nodes the app hydrates (issue 17: no long task at
/// start-up). Hydration adopts the server's explorer as it stands (`Part::Explorer`), with the
/// rest of the page; in a task of its own once `start` (after the chart panels), the app renders its live explorer in
/// its place. What the reader did to the server's explorer before the app had started carries
/// over: the text typed into its search and the focus. Then, in the next task, `then`.
#[component]
pub fn ExplorerLater(props: &ExplorerLaterProps) -> Html {
    let live = use_state(|| false);
    let carried = use_mut_ref(Carried::default);
    let explorer = use_context::<UseReducerHandle<Explorer>>();
    {
        let (live, carried) = (live.clone(), carried.clone());
        use_effect_with(props.start, move |start| {
            let later = start.then(|| {
                Timeout::new(0, move || {
                    *carried.borrow_mut() = Carried::read();
                    live.set(true);
                })
            });
            move || drop(later)
        });
    }
    let then = props.then.clone();
    use_effect_with(*live, move |live| {
        let mut next = None;
        if *live {
            let Carried { query, focus } = carried.take();
            if let (Some(query), Some(explorer)) = (query, explorer) {
                explorer.dispatch(ExplorerAction::Search(query));
            }
            if let Some(el) = focus.and_then(|id| gloo::utils::document().get_element_by_id(&id)) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            next = Some(Timeout::new(0, move || then.emit(())));
        }
        move || drop(next)
    });
    if *live {
        html! { <AgreementsExplorer /> }
    } else {
        adopt(Part::Explorer)
    }
}

/// What the reader did to the server's explorer.
#[derive(Default)]
struct Carried {
    /// The search field's text, if any.
    query: Option<String>,
    /// The id of the focused element inside the explorer.
    focus: Option<String>,
}

impl Carried {
    fn read() -> Self {
        let document = gloo::utils::document();
        let query = document
            .get_element_by_id("agreement-search")
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .filter(|q| !q.is_empty());
        let focus = document
            .active_element()
            .filter(|el| el.closest("#agreements").ok().flatten().is_some())
            .map(|el| el.id())
            .filter(|id| !id.is_empty());
        Carried { query, focus }
    }
}
