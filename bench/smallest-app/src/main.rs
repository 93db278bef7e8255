//! One chart, one series, a readout of the point under the pointer: the least a Yew app
//! drawing with plotters needs to hydrate and make a chart interactive.
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use yew::prelude::*;

const TRADE: [(i32, f64); 6] = [
    (2019, 1.9),
    (2020, 1.5),
    (2021, 2.0),
    (2022, 2.7),
    (2023, 2.9),
    (2024, 3.2),
];

fn draw(canvas: web_sys::HtmlCanvasElement) -> Option<()> {
    let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(24)
        .y_label_area_size(32)
        .build_cartesian_2d(2019..2024, 0.0..4.0)
        .ok()?;
    chart.configure_mesh().draw().ok()?;
    chart.draw_series(LineSeries::new(TRADE, &RED)).ok()?;
    root.present().ok()
}

#[component]
fn Chart() -> Html {
    let canvas = use_node_ref();
    let under_pointer = use_state(|| None::<usize>);
    {
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            if let Some(c) = canvas.cast::<web_sys::HtmlCanvasElement>() {
                draw(c);
            }
        });
    }
    let onpointermove = {
        let under_pointer = under_pointer.clone();
        Callback::from(move |e: PointerEvent| {
            let i = (e.offset_x().max(0) as usize * TRADE.len() / 400).min(TRADE.len() - 1);
            under_pointer.set(Some(i));
        })
    };
    let readout = under_pointer
        .map(|i| format!("{}: ${} bn", TRADE[i].0, TRADE[i].1))
        .unwrap_or_default();
    html! {
        <figure>
            <canvas ref={canvas} width="400" height="240" {onpointermove}></canvas>
            <figcaption>{ readout }</figcaption>
        </figure>
    }
}

fn main() {
    yew::Renderer::<Chart>::new().hydrate();
}
