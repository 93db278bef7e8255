use crate::charts::data::{announce, ChartData, PointRef};
use crate::components::chart_paint::{on_key, on_pointer, reveal, Paint, Painter};
use crate::components::chart_tooltip;
use crate::hooks::{use_dark_mode, use_element_width, EmbedContext};
use crate::logic::embed::EmbedEvent;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub chart: Rc<ChartData>,
    /// The chart's accessible name.
    pub label: AttrValue,
    /// The prerendered SVG (server render only; the browser adopts the markup as it is).
    #[prop_or_default]
    pub svg: AttrValue,
    /// The point linked from the prose, drawn with a ring.
    #[prop_or_default]
    pub highlight: Option<PointRef>,
    /// A request from the prose to go to a point, with a counter.
    #[prop_or_default]
    pub request: Option<(PointRef, u32)>,
}

/// The live chart: a canvas drawn with plotters at the device's pixel density, redrawn on
/// resize and theme change. Hover, tap, or focus and use ←/→ (points) and ↑/↓ (series):
/// a tooltip shows the point and a live region says it. Before hydration completes (and
/// without WebAssembly) the prerendered SVG stands in its place.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let frame = use_node_ref();
    let painter = use_memo((), |_| Painter::default());
    let live = use_state_eq(|| false);
    let active = use_state_eq(|| None::<PointRef>);
    let width = use_element_width(frame.clone());
    let dark = use_dark_mode();

    use_effect_with((), {
        let live = live.clone();
        move |_| live.set(true)
    });
    use_effect_with(
        (
            props.chart.clone(),
            width,
            dark,
            *active,
            props.highlight,
            *live,
        ),
        {
            let painter = painter.clone();
            move |(chart, width, dark, active, highlight, _)| {
                painter.paint(Paint {
                    chart,
                    dark: *dark,
                    active: *active,
                    highlight: *highlight,
                    frame_width: *width,
                });
            }
        },
    );
    // The reader's point, told to an embedding page.
    let embed = use_context::<Rc<EmbedContext>>();
    use_effect_with(*active, {
        let chart = props.chart.clone();
        move |active| {
            let point = active.and_then(|at| chart.point(at));
            if let (Some(point), Some(embed)) = (point, embed) {
                embed.emit.emit(EmbedEvent::PointFocus {
                    chart: chart.id.to_string(),
                    point: point.key.clone(),
                });
            }
        }
    });
    use_effect_with(props.request, {
        let (canvas, active, chart) = (painter.canvas.clone(), active.clone(), props.chart.clone());
        move |request| {
            if let Some((at, _)) = request {
                if chart.point(*at).is_some() {
                    active.set(Some(*at));
                    reveal(&canvas);
                }
            }
        }
    });

    let onpointermove = on_pointer(painter.hits.clone(), active.clone());
    let onpointerdown = on_pointer(painter.hits.clone(), active.clone());
    let onpointerleave = {
        let active = active.clone();
        move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                active.set(None)
            }
        }
    };
    let onkeydown = on_key(props.chart.clone(), active.clone());
    let onfocus = {
        let (active, chart) = (active.clone(), props.chart.clone());
        move |_| {
            if active.is_none() {
                active.set(chart.first())
            }
        }
    };
    let key_of = |at: Option<PointRef>| {
        at.and_then(|at| props.chart.point(at))
            .map(|p| p.key.clone())
    };
    let said = active
        .and_then(|at| announce(&props.chart, at))
        .unwrap_or_default();
    html! {
        <div class="chart-frame" ref={frame} {onpointerleave}>
            if *live {
                <canvas
                    ref={painter.canvas.clone()}
                    class="chart-canvas"
                    tabindex="0"
                    role="img"
                    aria-label={format!("{}. Use the arrow keys to move between points.", props.label)}
                    aria-describedby={format!("{0}-summary {0}-description", props.chart.id)}
                    data-chart={props.chart.id}
                    data-active={key_of(*active)}
                    data-highlight={key_of(props.highlight)}
                    {onpointermove}
                    {onpointerdown}
                    {onkeydown}
                    {onfocus}
                ></canvas>
                if let Some(at) = *active {
                    { chart_tooltip(&props.chart, at, painter.tip.clone()) }
                }
            } else {
                { Html::from_html_unchecked(props.svg.clone()) }
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live={props.chart.id}>{ said }</p>
        </div>
    }
}
