//! The tooltip of a live chart: what a point is (series and period, value as reported,
//! caveats, source with its link, and a link back to the article's sentence for points that
//! illustrate a figure), and where it goes beside the point.

use super::dom::element;
use crate::charts::data::{ChartData, PointRef};
use crate::charts::layout::fit;
use crate::logic::format::fixed;
use web_sys::HtmlElement;

/// The tooltip's element for a point, not yet placed (hidden until `place`).
pub fn build(chart: &ChartData, at: PointRef) -> Option<HtmlElement> {
    let point = chart.point(at)?;
    let series = chart.series.get(at.series)?;
    let tip = element("div", "chart-tooltip", None)?;
    let _ = tip.set_attribute("data-key", &point.key);
    let add = |child: &HtmlElement| {
        let _ = tip.append_child(child);
    };
    let period = format!("{} · {}", series.label, point.period);
    add(&element("p", "tip-period", Some(&period))?);
    add(&element("p", "tip-value", Some(&point.value_text))?);
    if let Some(note) = &point.note {
        add(&element("p", "tip-note", Some(note))?);
    }
    let source = element("p", "tip-source", Some("Source: "))?;
    if point.url.is_empty() {
        let _ = source.append_with_str_1(&point.source);
    } else {
        let link = element("a", "", Some(&point.source))?;
        let _ = link.set_attribute("href", &point.url);
        let _ = link.set_attribute("rel", "noopener");
        let _ = link.set_attribute("target", "_blank");
        link.remove_attribute("class").ok();
        let _ = source.append_child(&link);
    }
    add(&source);
    if let Some(id) = point.figures.first() {
        let back = element("a", "tip-back", Some("Read it in the article ↑"))?;
        let _ = back.set_attribute("href", &format!("#{}", crate::logic::ids::mention(id)));
        add(&back);
    }
    Some(tip)
}

/// Puts the tooltip beside the point, never over it or the x-axis: above it; else to its
/// right or left, within the plot; else above it all the same, over what is above the chart.
/// `anchor` is in backend pixels (CSS px × `dpr`).
pub fn place(tip: &HtmlElement, (frame_w, plot_bottom): (f64, f64), anchor: (i32, i32), dpr: f64) {
    let (x, y) = (f64::from(anchor.0) / dpr, f64::from(anchor.1) / dpr);
    let (tip_w, tip_h) = (
        f64::from(tip.offset_width()),
        f64::from(tip.offset_height()),
    );
    let above = y - tip_h - 14.0;
    let side_top = fit(y - tip_h / 2.0, 0.0, (plot_bottom - tip_h).max(0.0));
    let fits_beside = tip_h <= plot_bottom;
    let centred = fit(x - tip_w / 2.0, 0.0, (frame_w - tip_w).max(0.0));
    let (left, top) = if above >= 0.0 || !fits_beside {
        (centred, above)
    } else if x + 16.0 + tip_w <= frame_w {
        (x + 16.0, side_top)
    } else if x - 16.0 - tip_w >= 0.0 {
        (x - 16.0 - tip_w, side_top)
    } else {
        (centred, above)
    };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", fixed(left, 0)));
    let _ = style.set_property("top", &format!("{}px", fixed(top, 0)));
    let _ = style.set_property("visibility", "visible");
    // Where the point is, in CSS pixels from the canvas's top left (for tests and tools).
    let _ = tip.set_attribute("data-anchor", &format!("{},{}", fixed(x, 0), fixed(y, 0)));
}
