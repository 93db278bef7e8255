use crate::components::static_parts::{adopt, Part};
use crate::components::{ExplorerRoot, FigureCard, PanelRoots, ProseLive};
use crate::hooks::EmbedContext;
use crate::state::{Explorer, FigureFocus, View};
use std::rc::Rc;
use yew::prelude::*;

/// The app's state, handed down as props (no contexts: fewer components to create and
/// hydrate at start, and the parts that are apps of their own take props anyway).
#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// Messages about link settings that were ignored.
    #[prop_or_default]
    pub notices: Vec<String>,
    pub view: UseReducerHandle<View>,
    pub focus: UseReducerHandle<FigureFocus>,
    pub explorer: UseReducerHandle<Explorer>,
    pub embed: Rc<EmbedContext>,
}

/// The whole explainer: the lead, then the article, verbatim, with its figures marked and
/// each chart after the paragraph that cites its figures (the explorer of the signed documents
/// after their list), then how the figures were checked and the index of figures. The server
/// writes all of it (`static_parts`, `pages::story`) and the app adopts it as it stands; what is
/// live in it lives in components of its own: the figures in the text (`ProseLive`), their card,
/// and the chart panels and the explorer, each a Yew app of its own (`components::island`).
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    // The app's start in slices (issue 17), each in a task of its own: hydration (the chart
    // panels and the explorer adopted as the page has them), each chart panel
    // (`PanelRoots`), the explorer (`ExplorerRoot`), then the panels' tools; the app is ready
    // after the last.
    let stage = use_state_eq(|| Stage::Hydrated);
    let panels_done = {
        let stage = stage.setter();
        use_callback((), move |(), _| stage.set(Stage::Panels))
    };
    let explorer_done = {
        let stage = stage.setter();
        use_callback((), move |(), _| stage.set(Stage::Tools))
    };
    use_effect_with(*stage, |stage| {
        if *stage == Stage::Tools {
            crate::browser::mark_interactive();
        }
    });
    html! {
        <>
            { adopt(Part::SkipLinks) }
            <main id="main">
                { adopt(Part::Lead) }
                if !props.notices.is_empty() {
                    <div class="url-notice" role="status">
                        { for props.notices.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                    </div>
                }
                { adopt(Part::Story) }
                { adopt(Part::Closing) }
            </main>
            { adopt(Part::SiteFooter) }
            <FigureCard focus={props.focus.clone()} />
            <ProseLive focus={props.focus.clone()} highlighted={props.explorer.highlighted} />
            <PanelRoots tools={*stage == Stage::Tools} then={panels_done}
                view={props.view.clone()} focus={props.focus.clone()} embed={props.embed.clone()} />
            <ExplorerRoot start={*stage >= Stage::Panels} then={explorer_done}
                explorer={props.explorer.clone()} embed={props.embed.clone()} />
        </>
    }
}

/// How far the app's start has gone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Stage {
    /// The page hydrated, the panels and the explorer adopted as they stand.
    Hydrated,
    /// The chart panels hydrated, each in a task of its own.
    Panels,
    /// The explorer live; the panels' tools made.
    Tools,
}
