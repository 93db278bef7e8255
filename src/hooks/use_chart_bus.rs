use crate::logic::chart_bus::{Command, Event, EVENT};
use crate::logic::embed::EmbedEvent;
use crate::state::{View, ViewAction};
use gloo::events::EventListener;
use yew::prelude::*;

/// Listens to the chart module (`logic::chart_bus`): its controls' state goes into the view
/// state (and so into the URL), and the reader's point is told to an embedding page. Asks
/// the module for its state once, in case the reader changed it before the app loaded.
#[hook]
pub fn use_chart_bus(view: UseReducerDispatcher<View>, emit: Callback<EmbedEvent>) {
    // Again with each new `emit` (it follows the embedding's state).
    use_effect_with(emit, move |emit| {
        let emit = emit.clone();
        let listener = EventListener::new(&gloo::utils::document(), EVENT, move |e| {
            let text = crate::browser::detail(e).unwrap_or_default();
            match text.parse::<Event>() {
                Ok(Event::State(state)) => view.dispatch(ViewAction::Charts(state)),
                Ok(Event::Point {
                    panel,
                    key: Some(point),
                }) => emit.emit(EmbedEvent::PointFocus {
                    chart: panel.key().to_string(),
                    point,
                }),
                Ok(Event::Point { key: None, .. }) => {}
                Err(e) => web_sys::console::warn_1(&format!("app: {e}: “{text}”").into()),
            }
        });
        move || drop(listener)
    });
    // Once, after the listener is in place.
    use_effect_with((), |_| crate::browser::tell_charts(&Command::Sync));
}
