use crate::logic::embed::{
    event_message, parse_inbound, resize_messages, EmbedEvent, EmbedOptions, Fields, Outbound,
    Theme, Value,
};
use crate::state::{Embed, EmbedAction};
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, ResizeObserver};
use yew::prelude::*;

/// What components see of embedding: the theme in force, the highlighted chart point's key or
/// agreement's id, and where the reader's actions go (to the embedding page; nowhere when not
/// embedded).
#[derive(Clone, PartialEq)]
pub struct EmbedContext {
    pub theme: Theme,
    pub highlight: Option<AttrValue>,
    pub emit: Callback<EmbedEvent>,
}

/// Embedding, for the root: the state (started with `EmbedAction::Start` once the URL is
/// read), the theme written to `<html data-theme>` and, in an embed, its height posted to the
/// parent on every change (a `ResizeObserver`) and the parent's `set` messages applied.
/// Everything is released on cleanup.
#[hook]
pub fn use_embed() -> (Rc<EmbedContext>, UseReducerDispatcher<Embed>) {
    let embed = use_reducer(Embed::default);
    use_effect_with((embed.started, embed.theme), |(started, theme)| {
        let root = gloo::utils::document_element();
        if *started {
            let _ = match theme.attribute() {
                Some(value) => root.set_attribute("data-theme", value),
                None => root.remove_attribute("data-theme"),
            };
        }
    });
    {
        let dispatch = embed.dispatcher();
        use_effect_with(embed.options.clone(), move |options| {
            let link = options
                .view
                .map(|_| EmbedLink::start(options.clone(), dispatch));
            move || drop(link)
        });
    }
    let context = use_memo(
        (embed.options.clone(), embed.theme, embed.highlight.clone()),
        |(options, theme, highlight)| {
            let options = options.clone();
            EmbedContext {
                theme: *theme,
                highlight: highlight.clone().map(AttrValue::from),
                emit: Callback::from(move |event: EmbedEvent| {
                    if options.view.is_some() {
                        post(&options, &event_message(&options.id, &event));
                    }
                }),
            }
        },
    );
    (context, embed.dispatcher())
}

/// An embed's live link to its parent page; dropping it disconnects the observer and removes
/// the listener.
struct EmbedLink {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    _on_message: EventListener,
}

impl EmbedLink {
    fn start(options: Rc<EmbedOptions>, dispatch: UseReducerDispatcher<Embed>) -> Self {
        let root = gloo::utils::document_element();
        // Posts the document's height: on a change, or always (`force`, when asked).
        let report = {
            let (options, root, last) = (options.clone(), root.clone(), Cell::new(0u32));
            Rc::new(move |force: bool| {
                let height = root.get_bounding_client_rect().height().ceil() as u32;
                if height != last.replace(height) || force {
                    for message in resize_messages(&options.id, height) {
                        post(&options, &message);
                    }
                }
            })
        };
        let on_resize = {
            let report = report.clone();
            Closure::<dyn FnMut(js_sys::Array)>::new(move |_| report(false))
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&root);
        }
        // At once, too: Chromium runs no observers in a cross-origin frame out of view.
        report(false);
        let window = gloo::utils::window();
        let on_message = EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            // Only the embedding page itself may talk to the embed.
            let parent = gloo::utils::window().parent().ok().flatten();
            let from_parent = match (event.source(), parent) {
                (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
                _ => false,
            };
            if from_parent {
                if let Ok(set) =
                    parse_inbound(&fields(&event.data()), &event.origin(), &options.origins)
                {
                    dispatch.dispatch(EmbedAction::Set(set));
                }
            }
        });
        EmbedLink {
            observer,
            _on_resize: on_resize,
            _on_message: on_message,
        }
    }
}

impl Drop for EmbedLink {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Posts to the embedding page (nothing when the page is not in a frame): to the one allowed
/// origin when the URL names exactly one, else to any.
fn post(options: &EmbedOptions, message: &Outbound) {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let target = match options.origins.as_slice() {
        [one] => one.as_str(),
        _ => "*",
    };
    let value: JsValue = match message {
        Outbound::Text(text) => JsValue::from_str(text),
        Outbound::Object(fields) => {
            let object = js_sys::Object::new();
            for (key, value) in fields {
                let value = match value {
                    Value::Text(t) => JsValue::from_str(t),
                    Value::Number(n) => JsValue::from_f64(*n),
                    Value::Other => JsValue::NULL,
                };
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
            }
            object.into()
        }
    };
    let _ = parent.post_message(&value, target);
}

/// A received message's top-level fields (at most 16); nothing for non-objects.
fn fields(data: &JsValue) -> Fields {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return Vec::new();
    }
    js_sys::Object::keys(data.unchecked_ref::<js_sys::Object>())
        .iter()
        .take(16)
        .filter_map(|key| {
            let value = js_sys::Reflect::get(data, &key).ok()?;
            let value = if let Some(text) = value.as_string() {
                Value::Text(text)
            } else if let Some(n) = value.as_f64() {
                Value::Number(n)
            } else {
                Value::Other
            };
            Some((key.as_string()?, value))
        })
        .collect()
}
