use crate::charts::{panel_of_figure, FIGURE_PANELS};
use crate::components::ids;
use crate::content::FIGURES;
use crate::logic::placement::{beside, placements};
use crate::state::{FigureFocus, FocusAction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureMentionProps {
    /// Index into `FIGURES`.
    pub index: u16,
}

/// A figure in the prose: a link to its chart panel, or to its entry in the figure index
/// (both work without WebAssembly), described by value, unit and speaker. In the live app,
/// hover or focus shows the figure card and highlights its point in the chart; activating it
/// goes to that point; Escape hides the card.
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
    // Without WebAssembly the link goes to the chart, to where its panel shows it, or to the
    // figure index; with it, to the chart's point (Back returns to the sentence) or the card.
    let place = panel_of_figure(&figure.id);
    // A tap goes to the point only where the chart follows the sentence; elsewhere (the chart
    // further on, or no point in it) the card shows here, with the figure in context.
    // Once per mention, not on every focus change (which re-renders every mention).
    let beside_chart = *use_memo(index, |&index| {
        let a = &crate::content::ARTICLE;
        let placed = placements(&a.blocks, FIGURES, FIGURE_PANELS);
        beside(&a.blocks, &placed, FIGURES, FIGURE_PANELS, index)
    });
    let go_to_point = place.is_some_and(|(_, point)| point) && beside_chart;
    let onclick = {
        let activate = send(FocusAction::Activate(index));
        let show = send(FocusAction::Focus(index));
        let mention = ids::mention(&figure.id);
        move |e: MouseEvent| {
            e.prevent_default();
            if go_to_point {
                crate::browser::remember_reading(&mention);
                activate(());
            } else {
                show(());
            }
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
            href={match place {
                Some((p, true)) => format!("#chart-{}", p.key()),
                Some(_) => format!("#{}", ids::shown(&figure.id)),
                None => format!("#{}", ids::entry(&figure.id)),
            }}
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
