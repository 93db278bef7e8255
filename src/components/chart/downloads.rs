use crate::browser::{click_link, save_text};
use crate::charts::data::ChartData;
use crate::charts::export::{download_name, to_csv, to_json};
use crate::charts::frame::{credit, frame_text, framed_svg, Estimate, FrameText};
use crate::components::EXPLAINER_NAME;
use crate::logic::embed::Theme;
use std::rc::Rc;
use yew::prelude::*;

/// Download the chart's data (CSV, JSON) or the chart itself (PNG, SVG), made in the browser.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
/// The PNG and SVG are framed to stand alone (`charts::frame`): `finding` is their title.
pub fn downloads(chart: &Rc<ChartData>, finding: &str) -> Html {
    let button = |label: &'static str, kind: &'static str| {
        let (chart, title) = (chart.clone(), chart.title);
        let finding = finding.to_string();
        let onclick = move |_| download(&chart, &finding, kind);
        html! {
            <button type="button" class="download" data-download={kind} {onclick}>
                { label }<span class="visually-hidden">{ format!(" of {title}") }</span>
            </button>
        }
    };
    html! {
        <div class="downloads" role="group" aria-label={format!("Download {}", chart.title)}>
            <span class="downloads-label" aria-hidden="true">{ "Download:" }</span>
            { button("CSV", "csv") }
            { button("JSON", "json") }
            { button("PNG", "png") }
            { button("SVG", "svg") }
        </div>
    }
}

fn download(chart: &ChartData, finding: &str, kind: &str) {
    let name = download_name!(chart.id, kind);
    let text = || frame_text(chart, finding, credit(EXPLAINER_NAME));
    match kind {
        "csv" => save_text(&name, "text/csv;charset=utf-8", &to_csv(chart)),
        "json" => save_text(&name, "application/json", &to_json(chart)),
        "svg" => {
            if let Ok((svg, _)) = framed_svg(chart, &text(), palette(), &Estimate) {
                save_text(&name, "image/svg+xml", &svg);
            }
        }
        _ => {
            if let Some(url) = png_data_url(chart, &text()) {
                click_link(&name, &url);
            }
        }
    }
}

/// The palette of the page as shown: the theme chosen on `<html data-theme>`, else the system's.
fn palette() -> &'static crate::charts::theme::Palette {
    let chosen = gloo::utils::document_element().get_attribute("data-theme");
    let system_dark = gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches());
    let dark = chosen
        .as_deref()
        .and_then(Theme::parse)
        .unwrap_or_default()
        .is_dark(system_dark);
    if dark {
        &crate::charts::theme::DARK
    } else {
        &crate::charts::theme::LIGHT
    }
}

/// A detached canvas of `size` backend pixels.
#[cfg(target_arch = "wasm32")]
fn canvas(size: (u32, u32)) -> Option<web_sys::HtmlCanvasElement> {
    use wasm_bindgen::JsCast;
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(size.0);
    canvas.set_height(size.1);
    Some(canvas)
}

/// Draws the framed chart at 2× (the frame on one canvas, the chart on another, copied into
/// the frame's chart area) and returns it as a PNG data URL.
#[cfg(target_arch = "wasm32")]
fn png_data_url(chart: &ChartData, text: &FrameText) -> Option<String> {
    use crate::canvas::Canvas;
    use crate::charts::backend::Backend;
    use crate::charts::draw::{draw, DrawOptions};
    use crate::charts::frame::{draw_frame, layout, SIZE};
    use plotters_backend::DrawingBackend;
    use wasm_bindgen::JsCast;
    const SCALE: u32 = 2;
    let l = layout(text, chart, &Estimate).ok()?;
    let page = canvas((SIZE.0 * SCALE, SIZE.1 * SCALE))?;
    let mut backend = Backend::Canvas(Canvas::new(page.clone())?);
    draw_frame(&mut backend, &l, palette(), f64::from(SCALE)).ok()?;
    backend.present().ok()?;
    let (left, top, w, h) = l.chart;
    let plot = canvas((w * SCALE, h * SCALE))?;
    let mut backend = Backend::Canvas(Canvas::new(plot.clone())?);
    let opts = DrawOptions {
        palette: palette(),
        scale: l.chart_scale * f64::from(SCALE),
        highlight: None,
        focus: None,
    };
    draw(&mut backend, chart, &opts).ok()?;
    backend.present().ok()?;
    let ctx: web_sys::CanvasRenderingContext2d = page.get_context("2d").ok()??.dyn_into().ok()?;
    let at = |v: i32| f64::from(v) * f64::from(SCALE);
    ctx.draw_image_with_html_canvas_element(&plot, at(left), at(top))
        .ok()?;
    page.to_data_url_with_type("image/png").ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn png_data_url(_: &ChartData, _: &FrameText) -> Option<String> {
    None
}
