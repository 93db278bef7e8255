//! Charts as SVG text: for the prerendered page, print, downloads and native tests.

use super::backend::Backend;
use super::data::ChartData;
use super::draw::{draw, DrawOptions, HitMap};
use super::theme::Palette;
use plotters_backend::DrawingBackend;
use plotters_svg::SVGBackend;

/// Width and height of the prerendered SVG for a chart frame of 480 CSS px and wider (it
/// scales with its container).
pub const SIZE: (u32, u32) = (720, 420);
/// The least height (CSS px) at which the bar chart's labelled rows fit at its smallest type
/// (11 px): the canvas's on phones (`assets/style.css`), the narrow drawing's, the frame's.
pub const BARS_MIN_HEIGHT: u32 = 360;

/// …and for a narrower frame: drawn at the size of the canvas on a 320 px phone (280 CSS px
/// wide; as tall as `assets/style.css` makes the canvas there: 1.05× its width, the bar chart
/// at least 360 px), so that its smallest text renders at its size (11 CSS px or more).
pub fn narrow_size(chart: &ChartData) -> (u32, u32) {
    use super::data::SeriesKind;
    if chart.series.iter().any(|s| s.kind == SeriesKind::Bars) {
        (280, BARS_MIN_HEIGHT)
    } else {
        (280, 294)
    }
}

/// Draws `chart` as a standalone SVG document of `size` pixels.
pub fn render(
    chart: &ChartData,
    size: (u32, u32),
    palette: &Palette,
) -> Result<(String, HitMap), String> {
    let mut svg = String::new();
    let hits = {
        let mut backend = Backend::Svg(SVGBackend::with_string(&mut svg, size));
        let hits = draw(
            &mut backend,
            chart,
            &DrawOptions {
                palette,
                scale: 1.0,
                highlight: None,
                focus: None,
            },
        )?;
        backend.present().map_err(|e| e.to_string())?;
        hits
    };
    Ok((svg, hits))
}

/// The SVGs for the page, in one element: the wide and the narrow drawing, of which the
/// stylesheet shows the one that fits the frame (a container query).
pub fn for_page(chart: &ChartData, title: &str, palette: &Palette) -> Result<String, String> {
    Ok(format!(
        r#"<div class="chart-svgs">{}{}</div>"#,
        one_for_page(chart, title, palette, SIZE, "wide")?,
        one_for_page(chart, title, palette, narrow_size(chart), "narrow")?
    ))
}

/// One SVG for the page: scales to its container (`viewBox`, no fixed size), carries a title
/// for assistive technology (`title` is plain text and is escaped here) and is written
/// compactly (`svg_compact`).
fn one_for_page(
    chart: &ChartData,
    title: &str,
    palette: &Palette,
    size: (u32, u32),
    class: &str,
) -> Result<String, String> {
    let (svg, _) = render(chart, size, palette)?;
    let (w, h) = size;
    let id = chart.id;
    let open = format!(r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}""#);
    let escaped = crate::logic::encoding::escape_html(title);
    let start = svg.find(&open).ok_or("unexpected SVG header")?;
    let body_start = svg[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or("unexpected SVG header")?;
    Ok(format!(
        r#"<svg class="chart-svg chart-svg-{class}" data-chart="{id}" viewBox="0 0 {w} {h}" role="img" aria-label="{}" aria-describedby="{id}-summary {id}-description" {} xmlns="http://www.w3.org/2000/svg">{}</svg>"#,
        escaped.replace('"', "&quot;"),
        super::svg_compact::FONT_FAMILY,
        super::svg_compact::compact(svg[body_start..].trim_end().trim_end_matches("</svg>"))
    ))
}
