use super::EmbedContext;
use crate::logic::embed::Theme;
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the page is dark: the theme the URL or the embedding page chose, else the reader's
/// system setting, following changes live; `false` in the server render and the first
/// browser render.
#[hook]
pub fn use_dark_mode() -> bool {
    let chosen = use_context::<Rc<EmbedContext>>().map_or(Theme::Auto, |e| e.theme);
    let dark = use_state_eq(|| false);
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten();
            let listener = query.map(|query| {
                dark.set(query.matches());
                let q = query.clone();
                EventListener::new(&query, "change", move |_| dark.set(q.matches()))
            });
            move || drop(listener)
        });
    }
    chosen.is_dark(*dark)
}
