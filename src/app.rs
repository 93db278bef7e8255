use crate::pages::ArticlePage;
use crate::state::FigureFocus;
use yew::prelude::*;

/// The root. Renders identically on the server (prerender) and in the browser (hydration):
/// nothing here reads the time, the window or storage during the first render.
#[component]
pub fn App() -> Html {
    let focus = use_reducer(FigureFocus::default);
    use_effect_with((), |_| {
        mark_interactive();
    });
    html! {
        <ContextProvider<UseReducerHandle<FigureFocus>> context={focus}>
            <ArticlePage />
        </ContextProvider<UseReducerHandle<FigureFocus>>>
    }
}

/// Tells styles and tests that the app has hydrated: `<html data-app="ready">`.
fn mark_interactive() {
    let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
}
