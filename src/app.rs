use crate::content::AGREEMENTS;
use crate::hooks::{use_chart_bus, use_embed, use_embed_panels, use_share_links};
use crate::logic::embed::{self, EmbedEvent};
use crate::logic::{explorer, view_state};
use crate::pages::ArticlePage;
use crate::state::{EmbedAction, Explorer, ExplorerAction, FigureFocus, View, ViewAction};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the state must stay unchanged before the URL is rewritten
/// (`replaceState` on every slider step or keystroke is slow).
const URL_WRITE_DELAY_MS: u32 = 250;

/// The root. Renders identically on the server (prerender) and in the browser (hydration):
/// nothing here reads the time, the window, the URL or storage during the first render.
/// After it, the charts' and the explorer's state are read from the URL, and written back
/// as they change.
#[component]
pub fn App() -> Html {
    let focus = use_reducer(FigureFocus::default);
    let view = use_reducer(View::default);
    let agreements = use_reducer(Explorer::default);
    let url_read = use_mut_ref(|| false);
    let notices = use_state(Vec::<String>::new);
    let (embedding, embed_dispatch) = use_embed();
    use_embed_panels();
    use_share_links();
    {
        let (view, agreements_handle, notices, emit) = (
            view.clone(),
            agreements.clone(),
            notices.clone(),
            embedding.emit.clone(),
        );
        use_effect_with(
            (view.0, agreements.state.clone()),
            move |(charts, explorer_state)| {
                let mut read = url_read.borrow_mut();
                let pending = if !*read {
                    *read = true;
                    let query = gloo::utils::window()
                        .location()
                        .search()
                        .unwrap_or_default();
                    let (parsed, mut ignored) = view_state::parse(&query);
                    let (explored, more) = explorer::parse(&query, AGREEMENTS);
                    ignored.extend(more);
                    let (options, more) = embed::parse_options(&query);
                    ignored.extend(more);
                    embed_dispatch.dispatch(EmbedAction::Start(options));
                    notices.set(ignored);
                    view.dispatch(ViewAction::Replace(parsed));
                    agreements_handle.dispatch(ExplorerAction::Replace(explored));
                    None
                } else {
                    let query = join_query(
                        &view_state::format(charts),
                        &explorer::format(explorer_state),
                    );
                    Some(Timeout::new(URL_WRITE_DELAY_MS, move || {
                        write_url(&query);
                        emit.emit(EmbedEvent::ViewChange { query });
                    }))
                };
                // Dropping a pending timeout cancels it.
                move || drop(pending)
            },
        );
    }
    // After the URL is read (effects run in order): the chart module's state wins.
    use_chart_bus(view.dispatcher(), embedding.emit.clone());
    html! {
        <ArticlePage notices={(*notices).clone()} {view} {focus} explorer={agreements} embed={embedding} />
    }
}

/// One query from the charts' part ("?a=1" or "") and the explorer's ("b=2" or "").
fn join_query(charts: &str, explorer: &str) -> String {
    let parts: Vec<&str> = [charts.trim_start_matches('?'), explorer]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
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
    // An embed keeps its own options (and Pym.js's) after the view's part.
    let own = embed::own_pairs(&search);
    let query = if own.is_empty() {
        query.to_string()
    } else {
        format!("{query}{}{own}", if query.is_empty() { "?" } else { "&" })
    };
    if search == query {
        return;
    }
    if let Ok(history) = window.history() {
        // The entry's state (a figure tap's reading position) stays.
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}{hash}")));
    }
}
