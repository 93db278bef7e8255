//! The article's text made live without hydrating it (issue 17: no long task at start-up):
//! the server writes the blocks (`article_block`), the app adopts them as they stand, and
//! this component, which renders nothing, acts on them. One listener of each kind on the
//! article's body, for every figure mention in it:
//! - pointing at a mention or focusing it shows its figure card and highlights its point in
//!   the chart; leaving it, or Escape, hides the card;
//! - activating it goes to the figure's point in its chart where the chart follows the
//!   sentence (Back returns to the sentence), else shows the card there;
//!
//! and it marks the mention whose card shows (`is-active`) and the list item the explorer
//! points at (`is-highlighted`).

use crate::charts::{panel_of_figure, FIGURE_PANELS};
use crate::components::ids;
use crate::content::{ARTICLE, FIGURES};
use crate::logic::placement::{beside, placements};
use crate::state::{FigureFocus, FocusAction};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProseLiveProps {
    pub focus: UseReducerHandle<FigureFocus>,
    /// The signed document the explorer points at, by index.
    pub highlighted: Option<u16>,
}

#[component]
pub fn ProseLive(props: &ProseLiveProps) -> Html {
    let shown = props.focus.shown();
    let highlighted = props.highlighted;
    use_effect_with(shown, |shown| {
        mark(
            shown.map(|i| ids::mention(&FIGURES[usize::from(i)].id)),
            "is-active",
        )
    });
    use_effect_with(highlighted, |item| {
        mark(item.map(ids::signed_item), "is-highlighted")
    });
    let dispatch = props.focus.dispatcher();
    use_effect_with((), move |_| {
        let listeners = gloo::utils::document()
            .get_element_by_id(ids::ARTICLE_BODY)
            .map(|body| listen(&body, dispatch));
        move || drop(listeners)
    });
    Html::default()
}

/// Gives the element with `id` the class until the next change.
fn mark(id: Option<String>, class: &'static str) -> impl FnOnce() {
    let el = id.and_then(|id| gloo::utils::document().get_element_by_id(&id));
    if let Some(el) = &el {
        let _ = el.class_list().add_1(class);
    }
    move || {
        if let Some(el) = el {
            let _ = el.class_list().remove_1(class);
        }
    }
}

/// The mention an event happened in, with its figure's index.
fn mention(target: Option<web_sys::EventTarget>) -> Option<(Element, u16)> {
    let el = target?
        .dyn_into::<Element>()
        .ok()?
        .closest("a.figure[data-figure]")
        .ok()??;
    let id = el.get_attribute("data-figure")?;
    let index = FIGURES.iter().position(|f| f.id.as_ref() == id)?;
    (el.id() == ids::mention(&id)).then_some((el, u16::try_from(index).ok()?))
}

/// Whether a pointer event moved between the mention and something outside it (not between
/// its own parts): what `mouseenter` and `mouseleave` would report.
fn crosses(el: &Element, event: &Event) -> bool {
    let related = event
        .dyn_ref::<MouseEvent>()
        .and_then(|e| e.related_target())
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    !related.is_some_and(|n| el.contains(Some(&n)))
}

fn listen(body: &Element, dispatch: UseReducerDispatcher<FigureFocus>) -> [EventListener; 6] {
    let on = |kind: &'static str, act: fn(&Event, &Element, u16) -> Option<FocusAction>| {
        let dispatch = dispatch.clone();
        // Not passive: a tap on a mention stays on the page (`prevent_default`).
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(body, kind, options, move |event| {
            if let Some(action) = mention(event.target()).and_then(|(el, i)| act(event, &el, i)) {
                dispatch.dispatch(action);
            }
        })
    };
    [
        on("mouseover", |e, el, i| {
            crosses(el, e).then_some(FocusAction::Hover(i))
        }),
        on("mouseout", |e, el, i| {
            crosses(el, e).then_some(FocusAction::Unhover(i))
        }),
        on("focusin", |_, _, i| Some(FocusAction::Focus(i))),
        on("focusout", |_, _, i| Some(FocusAction::Blur(i))),
        on("keydown", |e, _, _| {
            let key = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key);
            (key.as_deref() == Some("Escape")).then_some(FocusAction::Dismiss)
        }),
        on("click", |e, el, i| {
            e.prevent_default();
            Some(if goes_to_point(i) {
                crate::browser::remember_reading(&el.id());
                FocusAction::Activate(i)
            } else {
                FocusAction::Focus(i)
            })
        }),
    ]
}

/// A tap goes to the point only where the chart follows the sentence; elsewhere (the chart
/// further on, or no point in it) the card shows there, with the figure in context.
fn goes_to_point(index: u16) -> bool {
    let figure = &FIGURES[usize::from(index)];
    let a = &ARTICLE;
    panel_of_figure(&figure.id).is_some_and(|(_, point)| point)
        && beside(
            &a.blocks,
            &placements(&a.blocks, FIGURES, FIGURE_PANELS),
            FIGURES,
            FIGURE_PANELS,
            index,
        )
}
