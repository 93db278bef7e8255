//! The drawing operations the charts use without plotters' chart builder: dashes and the
//! surface's edges, checked against what plotters' own elements did.

use bishkek_explainer::charts::dashes::dashes;
use bishkek_explainer::charts::surface::{Font, Stroke, Surface};
use bishkek_explainer::charts::theme::Rgb;
use plotters_backend::DrawingBackend;
use plotters_svg::SVGBackend;

/// Plotters' `DashedPathElement` test: 5 on, 2 off along (100,100)→(100,103)→(100,120).
#[test]
fn dashes_run_along_the_path_as_plotters_drew_them() {
    assert_eq!(
        dashes(&[(100, 100), (100, 103), (100, 120)], 5, 2),
        vec![
            vec![(100, 100), (100, 103), (100, 105)],
            vec![(100, 107), (100, 112)],
            vec![(100, 114), (100, 119)],
        ]
    );
    assert!(dashes(&[(0, 0), (10, 0)], 0, 2).is_empty());
    assert!(dashes(&[], 3, 3).is_empty());
}

fn svg(draw: impl FnOnce(&Surface<SVGBackend>)) -> String {
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (100, 50));
        draw(&Surface::new(&mut backend));
        backend.present().unwrap();
    }
    out
}

#[test]
fn what_is_drawn_off_the_surface_stops_at_its_edge() {
    let red = Rgb(0xB4, 0x23, 0x18);
    let out = svg(|s| {
        s.rect((90, 40), (-20, 400), Stroke::new(red, 2), false)
            .unwrap();
        s.path(&[(-5, 10), (300, 10)], Stroke::new(red, 1)).unwrap();
        s.text("Label", (120, -3), &Font::new(12.4, red)).unwrap();
    });
    assert!(
        out.contains(r#"<rect x="0" y="40" width="90" height="10""#),
        "{out}"
    );
    assert!(out.contains(r#"points="0,10 100,10 ""#), "{out}");
    assert!(out.contains(r#"<text x="100" y="0" dy="0.76em""#), "{out}");
    assert!(out.contains(r#"font-size="10""#), "{out}");
}
