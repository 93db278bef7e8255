use crate::browser::{click_link, save_text};
use crate::charts::data::ChartData;
use crate::charts::export::{download_name, to_csv, to_json};
use crate::logic::embed::Theme;
use std::rc::Rc;
use yew::prelude::*;

/// Download the chart's data (CSV, JSON) or the chart itself (PNG, SVG), made in the browser.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn downloads(chart: &Rc<ChartData>) -> Html {
    let button = |label: &'static str, kind: &'static str| {
        let (chart, title) = (chart.clone(), chart.title);
        let onclick = move |_| download(&chart, kind);
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

fn download(chart: &ChartData, kind: &str) {
    let name = download_name!(chart.id, kind);
    match kind {
        "csv" => save_text(&name, "text/csv;charset=utf-8", &to_csv(chart)),
        "json" => save_text(&name, "application/json", &to_json(chart)),
        "svg" => {
            if let Ok((svg, _)) = crate::charts::svg::render(chart, (960, 560), palette()) {
                save_text(&name, "image/svg+xml", &svg);
            }
        }
        _ => {
            if let Some(url) = png_data_url(chart) {
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

/// Draws the chart on a detached canvas at 2× and returns it as a PNG data URL.
#[cfg(target_arch = "wasm32")]
fn png_data_url(chart: &ChartData) -> Option<String> {
    use crate::charts::draw::{draw, DrawOptions};
    use plotters::prelude::IntoDrawingArea;
    use wasm_bindgen::JsCast;
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(1440);
    canvas.set_height(840);
    let backend = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = crate::charts::backend::Backend::Canvas(backend).into_drawing_area();
    draw(
        &root,
        chart,
        &DrawOptions {
            palette: palette(),
            scale: 2.0,
            highlight: None,
            focus: None,
        },
    )
    .ok()?;
    root.present().ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn png_data_url(_: &ChartData) -> Option<String> {
    None
}
