//! The explorer as a Yew app of its own (`components::island`), hydrated in a task of its own
//! once `start` (after the chart panels); then the app hands it its props: the explorer's
//! state and the document an embedding page names. What the reader typed into its search
//! before that carries over.

use super::agreements_explorer::{AgreementsExplorer, ExplorerProps};
use crate::components::island;
use crate::hooks::EmbedContext;
use crate::state::{Explorer, ExplorerAction};
use std::rc::Rc;
use yew::prelude::*;

/// The props of the explorer's first render, on the server and when the browser hydrates it
/// (no search, filter or open document).
pub fn first() -> ExplorerProps {
    ExplorerProps {
        explorer: Rc::default(),
        dispatch: Callback::noop(),
        highlight: None,
        emit: Callback::noop(),
    }
}

/// Where the explorer stands in the article: its section, with the explorer inside.
pub fn slot() -> Html {
    island::slot(
        r#"<section class="explorer" id="agreements" aria-labelledby="agreements-title">"#,
        "agreements",
        "</section>",
    )
}

/// The explorer's server render, for `slot`.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prepare() {
    island::prepare::<AgreementsExplorer>("agreements", first()).await;
}

#[derive(Properties, PartialEq)]
pub struct ExplorerRootProps {
    /// Whether to hydrate the explorer now (in the next task).
    pub start: bool,
    /// Called in the task after the explorer is hydrated.
    pub then: Callback<()>,
    /// The explorer's state, which the app keeps (the URL reads and writes it).
    pub explorer: UseReducerHandle<Explorer>,
    /// The document an embedding page names, and where the reader's actions go.
    pub embed: Rc<EmbedContext>,
}

/// Renders nothing: hydrates the explorer when `start`, then hands it its props.
#[component]
pub fn ExplorerRoot(props: &ExplorerRootProps) -> Html {
    let dispatch = {
        let d = props.explorer.dispatcher();
        use_callback((), move |action: ExplorerAction, _| d.dispatch(action))
    };
    let latest = ExplorerProps {
        explorer: Rc::new((*props.explorer).clone()),
        dispatch,
        highlight: props.embed.highlight.clone(),
        emit: props.embed.emit.clone(),
    };
    use_explorer(props.start, latest, props.then.clone());
    Html::default()
}

/// On the server, nothing to hydrate.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_explorer(_start: bool, _latest: ExplorerProps, _then: Callback<()>) {}

#[cfg(target_arch = "wasm32")]
#[hook]
fn use_explorer(start: bool, latest: ExplorerProps, then: Callback<()>) {
    use crate::components::island::Island;
    use gloo::timers::callback::Timeout;

    let island = use_memo((), |_| Island::<AgreementsExplorer>::new(first()));
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let island = island.clone();
        use_effect_with(start, move |start| {
            if *start {
                let (island, next) = (island.clone(), timer.clone());
                *timer.borrow_mut() = Some(Timeout::new(0, move || {
                    // Hydration writes the server's (empty) search back into the field.
                    let typed = typed_search();
                    island.hydrate("agreements", |latest| ExplorerProps {
                        dispatch: latest.dispatch.clone(),
                        emit: latest.emit.clone(),
                        ..first()
                    });
                    if let Some(query) = typed {
                        island.latest().dispatch.emit(ExplorerAction::Search(query));
                    }
                    // The next slice, in the task after the explorer's.
                    *next.borrow_mut() = Some(Timeout::new(0, move || then.emit(())));
                }));
            }
            move || drop(timer.take())
        });
    }
    {
        let island = island.clone();
        use_effect_with((), move |_| move || island.stop());
    }
    use_effect_with(latest, move |latest| island.set(latest.clone()));
}

/// The text the reader typed into the server's search field, if any.
#[cfg(target_arch = "wasm32")]
fn typed_search() -> Option<String> {
    use wasm_bindgen::JsCast;
    gloo::utils::document()
        .get_element_by_id("agreement-search")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .filter(|q| !q.is_empty())
}
