use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the reader's system asks for the dark theme, following changes live;
/// `false` in the server render and the first browser render.
#[hook]
pub fn use_dark_mode() -> bool {
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
    *dark
}
