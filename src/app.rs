use crate::logic::view_state::{format, parse};
use crate::pages::ArticlePage;
use crate::state::{FigureFocus, View, ViewAction};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the view state must stay unchanged before the URL is rewritten
/// (`replaceState` on every slider step is slow).
const URL_WRITE_DELAY_MS: u32 = 250;

/// The root. Renders identically on the server (prerender) and in the browser (hydration):
/// nothing here reads the time, the window, the URL or storage during the first render.
/// After it, the view state is read from the URL, and written back as it changes.
#[component]
pub fn App() -> Html {
    let focus = use_reducer(FigureFocus::default);
    let view = use_reducer(View::default);
    let url_read = use_mut_ref(|| false);
    let notices = use_state(Vec::<String>::new);
    {
        let (view_handle, notices) = (view.clone(), notices.clone());
        use_effect_with(view.0, move |state| {
            let mut read = url_read.borrow_mut();
            let pending = if !*read {
                *read = true;
                let query = gloo::utils::window()
                    .location()
                    .search()
                    .unwrap_or_default();
                let (parsed, ignored) = parse(&query);
                notices.set(ignored);
                view_handle.dispatch(ViewAction::Replace(parsed));
                mark_interactive();
                None
            } else {
                let query = format(state);
                Some(Timeout::new(URL_WRITE_DELAY_MS, move || write_url(&query)))
            };
            // Dropping a pending write cancels it.
            move || drop(pending)
        });
    }
    html! {
        <ContextProvider<UseReducerHandle<FigureFocus>> context={focus}>
            <ContextProvider<UseReducerHandle<View>> context={view}>
                <ArticlePage notices={(*notices).clone()} />
            </ContextProvider<UseReducerHandle<View>>>
        </ContextProvider<UseReducerHandle<FigureFocus>>>
    }
}

/// Replaces the query in the address bar (no new history entry), keeping path and hash.
fn write_url(query: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(hash), Ok(search)) =
        (location.pathname(), location.hash(), location.search())
    else {
        return;
    };
    if search == query {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}

/// Tells styles and tests that the app has hydrated: `<html data-app="ready">`.
fn mark_interactive() {
    let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
}
