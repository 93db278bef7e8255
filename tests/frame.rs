//! The framed chart (share images and PNG/SVG downloads): its layout, its width estimate and
//! its SVG.

use bishkek_explainer::charts::chart_for;
use bishkek_explainer::charts::copy::panel_copy;
use bishkek_explainer::charts::frame::{
    credit, frame_text, framed_svg, layout, wrap, Estimate, Measure, SIZE,
};
use bishkek_explainer::charts::theme::{DARK, LIGHT};
use bishkek_explainer::components::EXPLAINER_NAME;
use bishkek_explainer::logic::view_state::{Panel, ViewState};
use bishkek_explainer::share::Fonts;

/// Every character one em wide: easy widths to reason about.
struct Em;
impl Measure for Em {
    fn width(&self, text: &str, size: f64, _: bool) -> Result<f32, String> {
        Ok((text.chars().count() as f64 * size) as f32)
    }
}

#[test]
fn wrap_breaks_at_spaces_within_the_width() {
    let lines = wrap(&Em, "one two three four", 10.0, false, 90.0).unwrap();
    assert_eq!(lines, ["one two", "three", "four"]);
    // A word longer than the width stands alone on its line rather than being cut.
    assert_eq!(
        wrap(&Em, "a unbreakable b", 10.0, false, 50.0).unwrap(),
        ["a", "unbreakable", "b"]
    );
}

fn texts(panel: Panel, state: &ViewState) -> Vec<(String, f64, bool)> {
    let chart = chart_for(panel, state);
    let copy = panel_copy(panel);
    let text = frame_text(&chart, &copy.title, credit(EXPLAINER_NAME));
    let mut all = vec![
        (text.credit.clone(), 17.0, true),
        (text.subtitle.clone(), 24.0, false),
    ];
    all.extend(
        copy.title
            .split_whitespace()
            .map(|w| (w.to_string(), 30.0, true)),
    );
    all.push((copy.title.clone(), 30.0, true));
    all.extend(
        text.sources
            .iter()
            .map(|s| (format!("Data: {s}"), 17.0, false)),
    );
    all
}

#[test]
fn the_browsers_estimate_is_never_narrower_than_the_real_font() {
    let fonts = Fonts::system().unwrap();
    for panel in Panel::ALL {
        for (text, size, bold) in texts(panel, &ViewState::default()) {
            let real = Measure::width(&fonts, &text, size, bold).unwrap();
            let estimate = Estimate.width(&text, size, bold).unwrap();
            assert!(
                estimate >= real,
                "{text:?} at {size}: estimate {estimate} < DejaVu Sans {real}"
            );
            // …and not so wide that titles wrap for nothing.
            assert!(
                estimate <= real * 1.35,
                "{text:?}: estimate {estimate}, DejaVu Sans {real}"
            );
        }
    }
}

#[test]
fn every_chart_frames_with_its_text_above_and_below_the_chart_in_both_measures() {
    let fonts = Fonts::system().unwrap();
    let measures: [&dyn Measure; 2] = [&Estimate, &fonts];
    for panel in Panel::ALL {
        let chart = chart_for(panel, &ViewState::default());
        let copy = panel_copy(panel);
        let text = frame_text(&chart, &copy.title, credit(EXPLAINER_NAME));
        for m in measures {
            let l = layout(&text, &chart, m).unwrap();
            let inner = (SIZE.0 - 2 * 56) as f32;
            for line in &l.title {
                assert!(
                    m.width(line, l.title_size, true).unwrap() <= inner,
                    "{line:?}"
                );
            }
            assert!(
                (2..=3).contains(&l.title.len()) || l.title.len() == 1,
                "{:?}",
                l.title
            );
            assert!((1..=2).contains(&l.sources.len()), "{:?}", l.sources);
            let (left, top, w, h) = l.chart;
            let title_bottom = 42.0 + (l.title_size * 1.18).round() * l.title.len() as f64;
            assert!(f64::from(top) > title_bottom, "{panel:?}: chart top {top}");
            assert!(h >= 300, "{panel:?}: chart only {h} px high");
            assert!(left >= 0 && left as u32 + w <= SIZE.0);
            assert!(l.credit.starts_with(EXPLAINER_NAME));
        }
    }
}

#[test]
fn the_framed_svg_carries_title_subtitle_sources_credit_and_the_chart_in_each_theme() {
    for palette in [&LIGHT, &DARK] {
        let state = ViewState::default();
        let chart = chart_for(Panel::Trade, &state);
        let copy = panel_copy(Panel::Trade);
        let text = frame_text(&chart, &copy.title, credit(EXPLAINER_NAME));
        let (svg, l) = framed_svg(&chart, &text, palette, &Estimate).unwrap();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert_eq!(
            svg.matches("<svg").count(),
            1,
            "one document, the chart inlined"
        );
        assert!(svg.contains(&format!(r#"width="{}" height="{}""#, SIZE.0, SIZE.1)));
        for line in l.title.iter().chain(&l.subtitle).chain(&l.sources) {
            let escaped = line.replace('&', "&amp;");
            assert!(svg.contains(&escaped), "{line:?} missing");
        }
        assert!(svg.contains(&format!("translate({},{})", l.chart.0, l.chart.1)));
        assert!(
            svg.contains("CentralasianLIGHT.org report of November 26, 2025"),
            "{}",
            l.credit
        );
        assert!(svg.contains(&bishkek_explainer::charts::theme::hex(palette.background)));
    }
}

#[test]
fn every_framed_chart_keeps_its_texts_and_marks_inside_its_area_and_apart() {
    use bishkek_explainer::charts::backend::Backend;
    use bishkek_explainer::charts::draw::{draw, DrawOptions};
    use bishkek_explainer::charts::layout::Rect;
    use plotters_svg::SVGBackend;
    for panel in Panel::ALL {
        let chart = chart_for(panel, &ViewState::default());
        let copy = panel_copy(panel);
        let text = frame_text(&chart, &copy.title, credit(EXPLAINER_NAME));
        let l = layout(&text, &chart, &Estimate).unwrap();
        let (_, _, w, h) = l.chart;
        let mut svg = String::new();
        let hits = {
            let mut backend = Backend::Svg(SVGBackend::with_string(&mut svg, (w, h)));
            let opts = DrawOptions {
                palette: &LIGHT,
                scale: l.chart_scale,
                highlight: None,
                focus: None,
            };
            draw(&mut backend, &chart, &opts).unwrap()
        };
        let area = Rect::new(0.0, 0.0, f64::from(w), f64::from(h));
        for t in &hits.texts {
            assert!(t.inside(&area), "{panel:?}: text {t:?} outside {w}×{h}");
            for m in &hits.marks {
                assert!(!t.overlaps(m), "{panel:?}: text {t:?} on mark {m:?}");
            }
        }
        for (i, a) in hits.texts.iter().enumerate() {
            for b in &hits.texts[i + 1..] {
                assert!(!a.overlaps(b), "{panel:?}: texts {a:?} and {b:?} overlap");
            }
        }
        for m in &hits.marks {
            assert!(m.inside(&area), "{panel:?}: mark {m:?} outside {w}×{h}");
        }
    }
}
