//! The label layout: placed labels never overlap each other, the obstacles or the bounds,
//! and the same input gives the same output; and every chart, drawn at phone to desktop
//! sizes in both themes, keeps its texts apart, off the marks and inside the chart.

use bishkek_explainer::charts::backend::Backend;
use bishkek_explainer::charts::draw::{draw, DrawOptions, HitMap};
use bishkek_explainer::charts::layout::{place, Candidate, Obstacle, Rect, Side};
use bishkek_explainer::charts::theme::{DARK, LIGHT};
use bishkek_explainer::charts::{growth, investment, trade};
use bishkek_explainer::logic::view_state::GdpBase;
use plotters_backend::DrawingBackend;
use plotters_svg::SVGBackend;
use proptest::prelude::*;

const SIDES: [Side; 8] = [
    Side::Right,
    Side::Left,
    Side::Above,
    Side::Below,
    Side::AboveRight,
    Side::AboveLeft,
    Side::BelowRight,
    Side::BelowLeft,
];

fn rect() -> impl Strategy<Value = Rect> {
    (0.0..400.0f64, 0.0..300.0f64, 2.0..60.0f64, 2.0..30.0f64)
        .prop_map(|(x, y, w, h)| Rect::new(x, y, x + w, y + h))
}

fn candidate() -> impl Strategy<Value = Candidate> {
    (
        (0.0..400.0f64, 0.0..300.0f64),
        prop::collection::vec((5.0..120.0f64, 8.0..20.0f64), 1..3),
        prop::collection::vec(0..8usize, 1..5),
        any::<bool>(),
    )
        .prop_map(|(anchor, sizes, sides, leader)| Candidate {
            anchor,
            texts: sizes
                .into_iter()
                .enumerate()
                .map(|(i, s)| (format!("t{i}"), s))
                .collect(),
            sides: sides.into_iter().map(|i| SIDES[i]).collect(),
            gap: 5.0,
            leader,
        })
}

proptest! {
    #[test]
    fn placed_labels_keep_apart_clear_and_inside(
        boxes in prop::collection::vec(rect(), 0..12),
        segments in prop::collection::vec(((0.0..400.0f64, 0.0..300.0f64), (0.0..400.0f64, 0.0..300.0f64)), 0..6),
        labels in prop::collection::vec(candidate(), 1..14),
    ) {
        let bounds = Rect::new(0.0, 0.0, 400.0, 300.0);
        let mut obstacles: Vec<Obstacle> = boxes.iter().map(|b| Obstacle::Box(*b)).collect();
        obstacles.extend(segments.iter().map(|(a, b)| Obstacle::Segment(*a, *b, 1.0)));
        let placed = place(bounds, &obstacles, &labels, 1.0);
        prop_assert_eq!(placed.len(), labels.len());
        let rects: Vec<Rect> = placed.iter().flatten().map(|p| p.rect).collect();
        for (i, p) in placed.iter().enumerate() {
            let Some(p) = p else { continue };
            let size = labels[i].texts[p.text].1;
            prop_assert!((p.rect.x1 - p.rect.x0 - size.0).abs() < 1e-9);
            prop_assert!(p.rect.inside(&bounds), "{:?} outside", p.rect);
            for b in &boxes {
                prop_assert!(!p.rect.overlaps(b), "{:?} on obstacle {:?}", p.rect, b);
            }
            for (a, b) in &segments {
                prop_assert!(!p.rect.meets_segment(*a, *b), "{:?} on a line", p.rect);
            }
            if let Some((a, b)) = p.leader {
                prop_assert!(labels[i].leader);
                prop_assert_eq!(a, labels[i].anchor);
                // Clear of the anchor, a leader crosses no line.
                let len = (b.0 - a.0).hypot(b.1 - a.1);
                if len > labels[i].gap {
                    let t = labels[i].gap / len;
                    let start = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                    for (p0, p1) in &segments {
                        prop_assert!(!bishkek_explainer::charts::layout::segments_cross((start, b), (*p0, *p1)));
                    }
                }
            }
        }
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                prop_assert!(!a.overlaps(b), "{:?} and {:?}", a, b);
            }
        }
        // Deterministic: the same input, the same output.
        prop_assert_eq!(place(bounds, &obstacles, &labels, 1.0), placed);
    }
}

#[test]
fn a_label_takes_its_first_free_side_then_a_shorter_text_then_a_leader_then_none() {
    let bounds = Rect::new(0.0, 0.0, 200.0, 100.0);
    let label = |texts: &[(f64, f64)], leader| Candidate {
        anchor: (100.0, 50.0),
        texts: texts.iter().map(|s| ("x".to_string(), *s)).collect(),
        sides: vec![Side::Right, Side::Left],
        gap: 4.0,
        leader,
    };
    let free = place(bounds, &[], &[label(&[(40.0, 10.0)], false)], 0.0);
    assert_eq!(
        free[0].as_ref().unwrap().rect,
        Rect::new(104.0, 45.0, 144.0, 55.0)
    );
    // The right taken: the left.
    let right = [Obstacle::Box(Rect::new(101.0, 40.0, 200.0, 60.0))];
    let left = place(bounds, &right, &[label(&[(40.0, 10.0)], false)], 0.0);
    assert_eq!(
        left[0].as_ref().unwrap().rect,
        Rect::new(56.0, 45.0, 96.0, 55.0)
    );
    // Too long for either side: the shorter text.
    let long = place(
        bounds,
        &[],
        &[label(&[(150.0, 10.0), (60.0, 10.0)], false)],
        0.0,
    );
    assert_eq!(long[0].as_ref().unwrap().text, 1);
    // Both sides taken at its height: moved, with a leader; without leaders, left out.
    let row = [Obstacle::Box(Rect::new(0.0, 40.0, 200.0, 60.0))];
    let moved = place(bounds, &row, &[label(&[(40.0, 10.0)], true)], 0.0);
    let moved = moved[0].as_ref().unwrap();
    assert!(moved.leader.is_some() && !moved.rect.overlaps(&Rect::new(0.0, 40.0, 200.0, 60.0)));
    assert_eq!(moved.leader.unwrap().0, (100.0, 50.0));
    assert_eq!(
        place(bounds, &row, &[label(&[(40.0, 10.0)], false)], 0.0),
        vec![None]
    );
}

fn render(
    chart: &bishkek_explainer::charts::data::ChartData,
    size: (u32, u32),
    dark: bool,
    scale: f64,
) -> (String, HitMap) {
    let mut svg = String::new();
    let hits = {
        let mut backend = Backend::Svg(SVGBackend::with_string(&mut svg, size));
        let palette = if dark { &DARK } else { &LIGHT };
        let opts = DrawOptions {
            palette,
            scale,
            highlight: None,
            focus: None,
        };
        let hits = draw(&mut backend, chart, &opts).unwrap();
        backend.present().unwrap();
        hits
    };
    (svg, hits)
}

/// (width, height) of the canvas at 320, 390, 768 and 1280 px wide windows, and the SVG's.
const SIZES: [(u32, u32); 6] = [
    (288, 302),
    (358, 376),
    (700, 408),
    (720, 420),
    (960, 460),
    (1200, 460),
];

#[test]
fn every_chart_keeps_its_texts_apart_off_the_marks_and_inside_at_every_size() {
    let charts = [
        trade::chart(trade::Baseline::Kyrgyz, 0.166),
        trade::chart(trade::Baseline::Russian, 0.3),
        trade::chart(trade::Baseline::Kyrgyz, 0.02),
        investment::chart(),
        growth::chart(0.096, GdpBase::Accession),
        growth::chart(0.2, GdpBase::YearBefore),
    ];
    std::fs::create_dir_all("test-output").unwrap();
    for (c, chart) in charts.iter().enumerate() {
        for size in SIZES {
            // The bar chart's canvas is at least 340 px tall, 360 on phones (assets/style.css).
            let size = if chart.id == "investment" {
                (size.0, size.1.max(if size.0 < 480 { 360 } else { 340 }))
            } else {
                size
            };
            for (dark, scale) in [(false, 1.0), (true, 2.0)] {
                let px = (
                    (f64::from(size.0) * scale) as u32,
                    (f64::from(size.1) * scale) as u32,
                );
                let (svg, hits) = render(chart, px, dark, scale);
                let name = format!("layout-{}-{c}-{}", chart.id, size.0);
                if !dark {
                    std::fs::write(format!("test-output/{name}.svg"), &svg).unwrap();
                }
                let bounds = Rect::new(0.0, 0.0, f64::from(px.0), f64::from(px.1));
                for t in &hits.texts {
                    assert!(t.inside(&bounds), "{name}: text {t:?} outside {bounds:?}");
                }
                // Half a CSS pixel of room each side: boxes that touch would overlap once
                // rounded outwards to whole CSS pixels (as the canvas reports them).
                let room = |r: &Rect| r.grow(0.5 * scale);
                for (i, a) in hits.texts.iter().enumerate() {
                    for b in &hits.texts[i + 1..] {
                        assert!(
                            !room(a).overlaps(&room(b)),
                            "{name}: texts {a:?} and {b:?} overlap"
                        );
                    }
                    for m in &hits.marks {
                        assert!(
                            !room(a).overlaps(&room(m)),
                            "{name}: text {a:?} on mark {m:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn segments_cross_where_they_meet_and_not_where_they_miss() {
    use bishkek_explainer::charts::layout::segments_cross;
    assert!(segments_cross(
        ((0.0, 0.0), (10.0, 10.0)),
        ((0.0, 10.0), (10.0, 0.0))
    ));
    assert!(!segments_cross(
        ((0.0, 0.0), (10.0, 0.0)),
        ((0.0, 1.0), (10.0, 1.0))
    ));
    assert!(!segments_cross(
        ((0.0, 0.0), (4.0, 4.0)),
        ((6.0, 6.0), (9.0, 9.0))
    ));
    assert!(segments_cross(
        ((0.0, 0.0), (5.0, 0.0)),
        ((5.0, -1.0), (5.0, 1.0))
    ));
}

#[test]
fn the_drawn_boxes_go_to_the_page_in_css_pixels_rounded_outwards() {
    let hits = HitMap {
        texts: vec![Rect::new(3.0, 4.5, 20.2, 30.0)],
        marks: vec![Rect::new(-1.5, 0.0, 2.0, 2.0)],
        plot: Some(Rect::new(0.0, 0.0, 200.0, 100.0)),
        ..HitMap::default()
    };
    assert_eq!(
        hits.boxes_json(2.0),
        r#"{"plot":[0,0,100,50],"texts":[[1,2,11,15]],"marks":[[-1,0,1,1]]}"#
    );
    assert_eq!(
        HitMap::default().boxes_json(1.0),
        r#"{"plot":null,"texts":[],"marks":[]}"#
    );
}
