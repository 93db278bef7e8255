use super::ids;
use crate::content::FIGURES;
use crate::state::{FigureFocus, FocusAction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureMentionProps {
    /// Index into `FIGURES`.
    pub index: u16,
}

/// A figure in the prose: a link to its entry in the figure index (which works without
/// WebAssembly), described by value, unit and speaker. In the live app, hover, focus or a
/// tap shows the figure card; Escape hides it.
#[component]
pub fn FigureMention(props: &FigureMentionProps) -> Html {
    let index = props.index;
    let figure = &FIGURES[usize::from(index)];
    let focus = use_context::<UseReducerHandle<FigureFocus>>();
    let active = focus.as_ref().is_some_and(|f| f.shown() == Some(index));
    let send = move |action: FocusAction| {
        let focus = focus.clone();
        move |_| {
            if let Some(f) = &focus {
                f.dispatch(action)
            }
        }
    };
    let onclick = {
        let focus = send(FocusAction::Focus(index));
        move |e: MouseEvent| {
            e.prevent_default();
            focus(());
        }
    };
    let onkeydown = {
        let dismiss = send(FocusAction::Dismiss);
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dismiss(());
            }
        }
    };
    let on_focus = send(FocusAction::Focus(index));
    let on_blur = send(FocusAction::Blur(index));
    let on_enter = send(FocusAction::Hover(index));
    let on_leave = send(FocusAction::Unhover(index));
    html! {
        <a
            class={classes!("figure", active.then_some("is-active"))}
            id={ids::mention(&figure.id)}
            href={format!("#{}", ids::entry(&figure.id))}
            data-figure={figure.id.clone()}
            aria-describedby={ids::description(&figure.id)}
            onclick={onclick}
            onkeydown={onkeydown}
            onfocus={move |_| on_focus(())}
            onblur={move |_| on_blur(())}
            onmouseenter={move |_| on_enter(())}
            onmouseleave={move |_| on_leave(())}
        >
            <data value={figure.value.to_string()}>{ figure.phrase.as_ref() }</data>
        </a>
    }
}
