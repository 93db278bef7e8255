use crate::components::ids;
use crate::content::FIGURES;
use crate::logic::figure_context::{context, Bar};
use crate::logic::format::{fixed, qualified_value};
use crate::state::FigureFocus;
use yew::prelude::*;

/// The card that shows the figure the reader hovers, focuses or taps, next to it: what it
/// measures, its value and unit, who said it, and the figure in context (a sourced figure
/// beside it, and a bar strip of its series). Only the live app shows it; the same facts are
/// in the mention's description and the charts, so the card is hidden from assistive
/// technology.
#[derive(Properties, PartialEq)]
pub struct FigureCardProps {
    pub focus: UseReducerHandle<FigureFocus>,
}

#[component]
pub fn FigureCard(props: &FigureCardProps) -> Html {
    let card = use_node_ref();
    let shown = props.focus.shown();
    // Back after a figure's tap: the sentence, where the reader was.
    use_effect_with((), |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", |e| {
            use wasm_bindgen::JsCast;
            if let Some(e) = e.dyn_ref::<web_sys::PopStateEvent>() {
                crate::browser::return_to(&e.state());
            }
        });
        move || drop(listener)
    });
    use_effect_with(shown, {
        let card = card.clone();
        move |shown| {
            if let Some(i) = shown {
                place(&card, &ids::mention(&FIGURES[usize::from(*i)].id));
            }
        }
    });
    let Some(figure) = shown.and_then(|i| FIGURES.get(usize::from(i))) else {
        return html! {};
    };
    let more = context(&crate::logic::lead::baked(), &figure.id);
    html! {
        <div class="figure-card" ref={card} role="presentation" aria-hidden="true" data-figure={figure.id.clone()}>
            <p class="figure-card-value">{ qualified_value(figure) }</p>
            <p class="figure-card-measure">{ figure.measure.as_ref() }</p>
            <p class="figure-card-speaker">{ crate::logic::format::attribution(figure) }</p>
            if let Some(more) = more {
                <p class="figure-card-context">{ more.line }</p>
                { strip(&more.bars) }
            }
        </div>
    }
}

/// The bars of a figure's series, scaled to the largest; the article's figure in the accent.
fn strip(bars: &[Bar]) -> Html {
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    if bars.len() < 2 || max <= 0.0 {
        return html! {};
    }
    let (w, h, gap) = (160.0, 28.0, 2.0);
    #[allow(clippy::cast_precision_loss)]
    let step = w / bars.len() as f64;
    let (first, last) = (&bars[0].label, &bars[bars.len() - 1].label);
    let own = if bars.iter().any(|b| b.own) {
        "; in colour, the article’s figure"
    } else {
        ""
    };
    html! {
        <>
        <svg class="figure-card-strip" viewBox={format!("0 0 {w} {h}")} width={w.to_string()} height={h.to_string()} focusable="false">
            { for bars.iter().enumerate().map(|(i, b)| {
                let bh = (b.value / max * h).max(1.0);
                #[allow(clippy::cast_precision_loss)]
                let x = i as f64 * step;
                html! {
                    <rect class={classes!(b.own.then_some("own"))} x={fixed(x, 1)} y={fixed(h - bh, 1)}
                        width={fixed(step - gap, 1)} height={fixed(bh, 1)}>
                        <title>{ b.label.clone() }</title>
                    </rect>
                }
            }) }
        </svg>
        <p class="figure-card-strip-note">{ format!("Bars from {first} to {last}{own}") }</p>
        </>
    }
}

/// Puts the card under the mention (above it where there is no room below), inside the
/// viewport's width: it never covers the mention's line. Through the CSSOM (the policy
/// allows no style attributes).
fn place(card: &NodeRef, mention_id: &str) {
    use wasm_bindgen::JsCast;
    let (Some(card), Some(mention)) = (
        card.cast::<web_sys::HtmlElement>(),
        gloo::utils::document().get_element_by_id(mention_id),
    ) else {
        return;
    };
    let window = gloo::utils::window();
    let (sx, sy) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    let vw = f64::from(gloo::utils::document_element().client_width());
    let vh = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    // The mention's last line box: a mention that wraps is read on its last line.
    let rects = mention.get_client_rects();
    let line = rects
        .item(rects.length().saturating_sub(1))
        .unwrap_or_else(|| mention.get_bounding_client_rect().unchecked_into());
    let top_all = mention.get_bounding_client_rect().top();
    let (cw, ch) = (
        f64::from(card.offset_width()),
        f64::from(card.offset_height()),
    );
    let margin = 8.0;
    let left = line.left().min(vw - cw - margin).max(margin);
    let below = line.bottom() + 6.0;
    let top = if below + ch > vh && top_all - ch - 6.0 >= 0.0 {
        top_all - ch - 6.0
    } else {
        below
    };
    let style = card.style();
    let _ = style.set_property("left", &format!("{}px", fixed(left + sx, 0)));
    let _ = style.set_property("top", &format!("{}px", fixed(top + sy, 0)));
    let _ = style.set_property("visibility", "visible");
}
