//! The charts' data and their SVG drawings: marks match the data.

use bishkek_explainer::charts::data::{ChartData, SeriesKind};
use bishkek_explainer::charts::theme::{hex, DARK, LIGHT};
use bishkek_explainer::charts::{growth, investment, svg, trade};
use bishkek_explainer::content::Bound;
use bishkek_explainer::logic::view_state::GdpBase;

fn save(name: &str, svg: &str) {
    std::fs::create_dir_all("test-output").unwrap();
    std::fs::write(format!("test-output/{name}.svg"), svg).unwrap();
}

/// Whether the SVG has a `<text>` element with exactly this content.
fn has_text(svg: &str, text: &str) -> bool {
    svg.contains(&format!(">\n{text}\n</text>"))
}

fn series<'a>(chart: &'a ChartData, id: &str) -> &'a bishkek_explainer::charts::data::Series {
    chart.series.iter().find(|s| s.id == id).unwrap()
}

fn values(chart: &ChartData, id: &str) -> Vec<(String, f64)> {
    series(chart, id)
        .points
        .iter()
        .map(|p| (p.period.clone(), p.y))
        .collect()
}

#[test]
fn trade_keeps_both_sides_apart_and_partial_years_out_of_the_lines() {
    let c = trade::chart(trade::Baseline::Kyrgyz, 0.12);
    let years = |v: &[(&str, f64)]| {
        v.iter()
            .map(|(a, b)| (a.to_string(), *b))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        values(&c, "kg"),
        years(&[("2018", 1.6), ("2023", 2.9), ("2024", 3.2), ("2025", 3.1)])
    );
    assert_eq!(values(&c, "ru"), years(&[("2022", 3.4), ("2024", 4.1)]));
    assert_eq!(values(&c, "unstated"), years(&[("2017", 1.6)]));
    let partial: Vec<String> = series(&c, "partial")
        .points
        .iter()
        .map(|p| p.period.clone())
        .collect();
    assert_eq!(
        partial,
        [
            "Jan–Nov 2018",
            "Jan–Sep 2022",
            "Jan–Nov 2022",
            "Jan–Nov 2023",
            "Jan–Nov 2025"
        ]
    );
    assert_eq!(series(&c, "partial").kind, SeriesKind::Points);
    let kg2025 = &series(&c, "kg").points[3];
    assert_eq!(kg2025.bound, Bound::AtLeast);
    assert_eq!(kg2025.value_text, "more than 3.1 billion US dollars");
    let kg2024 = &series(&c, "kg").points[2];
    assert_eq!(
        kg2024.note.as_deref(),
        Some("Also reported for this year: over 3.16 billion US dollars according to Amb. Vakunov via gazeta.kg; almost 4 billion US dollars according to PM Kasymaliev via Interfax/Rambler.")
    );
    let kg2023 = &series(&c, "kg").points[1];
    assert!(kg2023
        .note
        .as_deref()
        .unwrap()
        .contains("3.5 billion US dollars according to statenews.ru citing Sputnik/Japarov"));
    assert_eq!(values(&c, "target"), years(&[("in the coming years", 5.0)]));
}

#[test]
fn trade_svg_has_one_mark_per_point_the_target_and_labels() {
    let c = trade::chart(trade::Baseline::Kyrgyz, 0.12);
    let (svg, hits) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    save("trade", &svg);
    // One mark per point, by shape and colour, plus one swatch in the legend.
    let marks = |shape: &str, attr: &str, c| {
        let (open, colour) = (format!("<{shape} "), format!(r#"{attr}="{}""#, hex(c)));
        svg.lines()
            .filter(|l| l.starts_with(&open) && l.contains(&colour))
            .count()
    };
    assert_eq!(marks("circle", "fill", LIGHT.kyrgyz), 4, "Kyrgyz circles");
    assert_eq!(
        marks("polygon", "fill", LIGHT.russian),
        2,
        "Russian triangles"
    );
    assert_eq!(
        marks("rect", "fill", LIGHT.unstated),
        1,
        "side-not-stated squares (diamonds are claims only)"
    );
    assert_eq!(
        marks("circle", "stroke", LIGHT.partial),
        5,
        "partial-year hollow circles"
    );
    assert_eq!(
        hits.hits.len(),
        4 + 2 + 1 + 5 + 1,
        "one hit per reported point and the target"
    );
    assert!(
        has_text(&svg, "Target: 5 billion US dollars"),
        "target line labelled"
    );
    assert!(
        has_text(&svg, "Trade turnover, US$ billion"),
        "y axis labelled with its unit"
    );
    for year in ["2018", "2020", "2024"] {
        assert!(has_text(&svg, year), "x label {year}");
    }
    // Each series named beside its marks, no legend; the 2024 disagreement and the year
    // the projection passes the target annotated.
    for label in ["Kyrgyz officials", "Russian officials", "Side not stated"] {
        assert!(has_text(&svg, label), "{label}");
    }
    assert!(has_text(&svg, "Part of a year") || has_text(&svg, "Part-year"));
    // In the longest of its forms that fits ("2024: the sides differ, 3.2 vs 4.1", …).
    assert!(
        svg.contains("3.2 vs 4.1\n</text>"),
        "2024 disagreement annotated"
    );
    assert!(has_text(&svg, "Projection from Kyrgyz 2025") || has_text(&svg, "Projection"));
    // At 12 % from more than $3.1 billion in 2025: ln(5 ÷ 3.1) ÷ ln(1.12) = 4.2 years, so 2030.
    assert!(has_text(&svg, "Passes $5 billion in 2030"));
}

#[test]
fn investment_svg_has_a_bar_per_figure() {
    let c = investment::chart();
    let (svg, hits) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    save("investment", &svg);
    assert_eq!(hits.hits.len(), 9);
    let bars: Vec<(String, f64)> = c
        .points()
        .map(|(_, _, p)| (p.period.clone(), p.x))
        .collect();
    assert_eq!(
        bars,
        [
            ("Russian direct investment, H1 2024".to_string(), 108.3),
            ("Russian direct investment, H1 2025".to_string(), 110.0),
            ("All foreign direct investment, 2023".to_string(), 844.9),
            ("All foreign direct investment, 2024".to_string(), 872.6),
            ("Development Fund, approved by end-2017".to_string(), 311.0),
            ("Development Fund, by Nov 2019".to_string(), 373.5),
            ("Development Fund, by Oct 2024".to_string(), 750.0),
            ("Development Fund, by Nov 2025".to_string(), 1000.0),
            ("14 energy facilities being built".to_string(), 175.0),
        ]
    );
    // Each group headed by the kind of value its bars are; each bar by its period.
    for text in [
        "Russian direct investment, half-year flows",
        "All foreign direct investment, full-year flows",
        "Development Fund, cumulative financing",
        "H1 2024: 108.3",
        "by Nov 2025: over 1,000",
        "14 energy facilities being built: over 175",
        "2024: 872.6",
    ] {
        assert!(has_text(&svg, text), "{text}");
    }
    let fund = &c.series[2].points;
    assert_eq!(fund[0].note.as_deref(), Some("823 projects approved. Average per project: 311 million ÷ 823 = 377,886 US dollars per project."));
    assert_eq!(fund[3].note.as_deref(), Some("over 3,500 projects. Average per project: not computable, both figures are lower bounds."));
}

#[test]
fn growth_svg_indexes_gdp_to_2015_with_the_claims() {
    let c = growth::chart(0.096, GdpBase::Accession);
    let (svg, hits) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    save("growth", &svg);
    assert_eq!(values(&c, "usd").len(), 13);
    assert_eq!(values(&c, "som").len(), 11);
    assert_eq!(hits.hits.len(), 13 + 11 + 2);
    let usd2024 = series(&c, "usd")
        .points
        .iter()
        .find(|p| p.period == "2024")
        .unwrap();
    assert_eq!(
        usd2024.value_text,
        "2.720 times the 2015 level ($18.16 billion)"
    );
    assert!(svg.contains("EAEU treaty in force, 6 Aug 2015"));
    assert!(svg.contains("GDP, multiple of 2015 (nominal)"));
}

#[test]
fn claims_are_labelled_beside_their_markers_and_accession_marked() {
    let c = growth::chart(0.096, GdpBase::Accession);
    let (wide, _) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    let (narrow, _) = svg::render(&c, (360, 420), &DARK).unwrap();
    assert!(has_text(&wide, "Putin: 2.5×") && has_text(&wide, "Real terms (PM): 1.5×"));
    for svg in [&wide, &narrow] {
        assert!(has_text(svg, "Putin: 2.5×") || has_text(svg, "Putin 2.5×"));
        assert!(has_text(svg, "Real terms (PM): 1.5×") || has_text(svg, "Real 1.5×"));
        assert!(svg.contains(">\nEAEU"), "accession labelled");
    }
    // At a rate that leaves the plot, the path ends at the edge and says where it would be.
    let steep = growth::chart(0.3, GdpBase::Accession);
    let path = steep.series.iter().find(|s| s.id == "path").unwrap();
    assert_eq!(path.points.last().unwrap().y, 3.6);
    let (svg, _) = svg::render(&steep, svg::SIZE, &LIGHT).unwrap();
    assert!(
        has_text(&svg, "30% a year: 13.79× by 2025, off the chart ↑")
            || has_text(&svg, "13.79× by 2025 ↑"),
        "{}",
        path.direct[0]
    );
}

#[test]
fn page_svg_scales_and_is_labelled() {
    let c = growth::chart(0.096, GdpBase::Accession);
    let svg = svg::for_page(&c, "GDP <grew> & more", &DARK).unwrap();
    assert!(svg.starts_with(r#"<div class="chart-svgs"><svg class="chart-svg chart-svg-wide" data-chart="growth" viewBox="0 0 720 420" role="img" aria-label="GDP &lt;grew&gt; &amp; more" aria-describedby="growth-summary growth-description""#));
    assert!(svg.contains(r#"</svg><svg class="chart-svg chart-svg-narrow" data-chart="growth" viewBox="0 0 280 294" role="img" aria-label="GDP &lt;grew&gt; &amp; more" aria-describedby="growth-summary growth-description""#));
    assert!(svg.ends_with("</svg></div>"));
    assert_eq!(svg.matches("<svg").count(), 2);
}

#[test]
fn figure_panels_match_the_charts() {
    use bishkek_explainer::charts::{chart_for, FIGURE_PANELS};
    use bishkek_explainer::content::figure_by_id;
    use bishkek_explainer::logic::view_state::ViewState;
    for (id, panel, has_point) in FIGURE_PANELS {
        assert!(figure_by_id(id).is_some(), "{id} is a figure");
        let chart = chart_for(*panel, &ViewState::default());
        assert_eq!(chart.find_figure(id).is_some(), *has_point, "{id}");
    }
}

#[test]
fn the_dark_theme_css_maps_every_light_chart_colour() {
    let css = include_str!("../assets/style.css");
    for ((name, light), (_, dark)) in LIGHT.named().iter().zip(DARK.named().iter()) {
        for attr in ["fill", "stroke"] {
            let rule = format!(
                r#".chart-svg [{attr}="{}"] {{ {attr}: {}; }}"#,
                hex(*light),
                hex(*dark)
            );
            assert!(css.contains(&rule), "{name}: missing `{rule}`");
        }
    }
}

/// WCAG relative luminance and contrast ratio.
fn contrast(
    a: bishkek_explainer::charts::theme::Rgb,
    b: bishkek_explainer::charts::theme::Rgb,
) -> f64 {
    let lum = |c: bishkek_explainer::charts::theme::Rgb| {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    };
    let (x, y) = (lum(a) + 0.05, lum(b) + 0.05);
    x.max(y) / x.min(y)
}

#[test]
fn chart_marks_keep_3_to_1_and_text_4_5_to_1_in_both_themes() {
    for palette in [&LIGHT, &DARK] {
        for (name, c) in palette.named().iter().skip(1) {
            let min = match *name {
                "grid" => 1.0,
                "ink" | "muted" => 4.5,
                _ => 3.0,
            };
            let ratio = contrast(*c, palette.background);
            assert!(ratio >= min, "{name}: {ratio:.2} < {min}");
        }
    }
}

#[test]
fn exports_carry_every_reported_point_with_its_source() {
    use bishkek_explainer::charts::export::{to_csv, to_json};
    let c = trade::chart(trade::Baseline::Kyrgyz, 0.12);
    let csv = to_csv(&c);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "chart,series,period,value,unit,as_reported,bound,source,url,note"
    );
    assert_eq!(
        lines.len(),
        1 + 4 + 2 + 1 + 5 + 1,
        "header + reported points, no projection"
    );
    assert!(lines.contains(&"trade,Kyrgyz officials,2025,3.1,US$ billion,more than 3.1 billion US dollars,at_least,Amb. Vakunov (citing NSC) via 24.kg 10 February 2026,https://24.kg/ekonomika/361348_kyirgyizstan_irossiya_mogut_dovesti_tovarooborot_mejdu_stranami_do5milliardov_/,A lower bound: the full-year figure is more than this."));
    let json = to_json(&c);
    assert!(json.starts_with("[\n{\"chart\":\"trade\",\"series\":\"Kyrgyz officials\",\"period\":\"2018\",\"value\":1.6,"));
    assert_eq!(json.matches("{\"chart\"").count(), 13);
    assert!(!json.contains("projection"));
}

#[test]
fn the_live_sentences_are_computed() {
    use bishkek_explainer::charts::what_if::{
        growth_sentence, implied_rate_formula, trade_formula, trade_sentence,
    };
    use trade::Baseline::{Kyrgyz, Russian};
    // From "more than 3.1" in 2025: ln(5/3.1)/ln(1.166) = 3.11 years, so 2029.
    assert_eq!(
        trade_sentence(Kyrgyz, 166),
        "At 16.6% a year, trade would pass $5 billion in 2029."
    );
    // From 4.1 in 2024: ln(5/4.1)/ln(1.12) = 1.75 years, so 2026.
    assert_eq!(
        trade_sentence(Russian, 120),
        "At 12% a year, trade would pass $5 billion in 2026."
    );
    assert_eq!(
        trade_sentence(Kyrgyz, 0),
        "At 0% a year, trade would stay at $3.1 billion and never reach $5 billion."
    );
    assert_eq!(
        trade_sentence(Kyrgyz, -25),
        "At −2.5% a year, trade would shrink and never reach $5 billion."
    );
    assert_eq!(
        trade_formula(Kyrgyz, 166),
        "How this is computed: from more than $3.1 billion in 2025 (Kyrgyz officials), the side’s latest annual figure, years needed = ln(5 ÷ 3.1) ÷ ln(1 + 0.166) = 3.11, so $5 billion is passed in the 4th year after 2025. That figure is a lower bound, so the target could be passed sooner."
    );
    assert_eq!(
        growth_sentence(96, GdpBase::Accession),
        "At 9.6% a year, GDP would be 2.501 times its 2015 level after ten years, in 2025."
    );
    assert_eq!(
        growth_sentence(96, GdpBase::YearBefore),
        "At 9.6% a year, GDP would be 2.501 times its 2014 level after ten years, in 2024."
    );
    assert_eq!(
        implied_rate_formula(),
        "How this is computed: “2.5 times in ten years” is growth of ¹⁰√2.5 − 1 = 9.596% a year, compounded; the slider starts there."
    );
}

#[test]
fn keyboard_navigation_moves_within_and_across_series() {
    use bishkek_explainer::charts::data::PointRef;
    let c = trade::chart(trade::Baseline::Kyrgyz, 0.12);
    let start = c.first().unwrap();
    assert_eq!(
        start,
        PointRef {
            series: 0,
            point: 0
        }
    );
    let right = c.step(start, true);
    assert_eq!(c.point(right).unwrap().key, "trade-kg-2023");
    assert_eq!(c.step(start, false), start, "stays at the first point");
    let down = c.switch_series(c.step(right, true), true);
    assert_eq!(
        c.point(down).unwrap().key,
        "trade-ru-2024",
        "nearest x in the next series"
    );
    let last = c.switch_series(
        PointRef {
            series: 4,
            point: 0,
        },
        true,
    );
    assert_eq!(
        last,
        PointRef {
            series: 4,
            point: 0
        },
        "the projection is not a stop"
    );
}

#[test]
fn the_target_line_is_the_article_s_figure() {
    let (_, f) = bishkek_explainer::content::figure_by_id("trade_target").unwrap();
    assert_eq!(trade::TARGET_BN * 1e9, f.value);
}

#[test]
fn nice_ticks_step_by_1_2_5() {
    use bishkek_explainer::charts::draw::nice_ticks;
    assert_eq!(nice_ticks(0.0, 6.0, 7), [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_eq!(
        nice_ticks(0.0, 1050.0, 6),
        [0.0, 200.0, 400.0, 600.0, 800.0, 1000.0]
    );
    assert_eq!(
        nice_ticks(2016.5, 2030.5, 10),
        [2018.0, 2020.0, 2022.0, 2024.0, 2026.0, 2028.0, 2030.0]
    );
    assert_eq!(nice_ticks(2016.5, 2030.5, 5), [2020.0, 2025.0, 2030.0]);
    assert!(nice_ticks(1.0, 1.0, 5).is_empty());
    assert!(nice_ticks(0.0, f64::NAN, 5).is_empty());
}

#[test]
fn charts_describe_their_axes_and_series() {
    use bishkek_explainer::charts::copy::describe;
    assert_eq!(
        describe(&trade::chart(trade::Baseline::Kyrgyz, 0.12)),
        "Horizontal axis: Year, 2017 to 2030. Vertical axis: Trade turnover, US$ billion, 0 to 6. Series: Kyrgyz officials (circles, solid line, broken where there is no figure: 2019–2022); Russian officials (triangles, solid line, broken where there is no figure: 2023); Side not stated (squares, not joined); Part of a year (open circles, not joined); Target (a thin solid horizontal line); Projection from Kyrgyz 2025 (no markers, dashed line). Every value is in the data table."
    );
    assert!(describe(&investment::chart())
        .starts_with("Horizontal bars, one per row, on a scale of US$ million from 0 to 1,050."));
}

mod hit_map {
    use bishkek_explainer::charts::data::PointRef;
    use bishkek_explainer::charts::draw::{Hit, HitMap};

    fn p(series: usize, point: usize) -> PointRef {
        PointRef { series, point }
    }

    /// A hit with its box `(x0, y0)–(x1, y1)` and its anchor in the middle of it.
    fn hit(at: PointRef, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) -> Hit {
        Hit {
            at,
            anchor: ((x0 + x1) / 2, (y0 + y1) / 2),
            rect: ((x0, y0), (x1, y1)),
        }
    }

    /// Two bars side by side and a point marker apart from them.
    fn map() -> HitMap {
        HitMap {
            hits: vec![
                hit(p(0, 0), (10, 50), (30, 100)),
                hit(p(0, 1), (40, 50), (60, 100)),
                hit(p(1, 0), (200, 20), (210, 30)),
            ],
            ..HitMap::default()
        }
    }

    #[test]
    fn inside_a_box_is_that_point_edges_included() {
        let m = map();
        assert_eq!(m.at(20, 75, 0), Some(p(0, 0)));
        assert_eq!(m.at(10, 50, 0), Some(p(0, 0)), "top-left corner");
        assert_eq!(m.at(30, 100, 0), Some(p(0, 0)), "bottom-right corner");
        assert_eq!(m.at(40, 100, 0), Some(p(0, 1)));
        assert_eq!(m.at(205, 25, 0), Some(p(1, 0)));
        // Inside a box wins over another point's nearer anchor: (20, 50), on the first bar's
        // top edge, is 5 px from a marker's anchor above it and 25 px from the bar's own.
        let mut m = map();
        m.hits.push(Hit {
            at: p(2, 0),
            anchor: (20, 45),
            rect: ((18, 43), (22, 47)),
        });
        assert_eq!(m.at(20, 50, 30), Some(p(0, 0)));
    }

    #[test]
    fn outside_every_box_the_nearest_anchor_within_reach() {
        let m = map();
        // Between the bars (x 31..39): anchors at (20, 75) and (50, 75).
        assert_eq!(
            m.at(33, 75, 20),
            Some(p(0, 0)),
            "13 px from the first, 17 from the second"
        );
        assert_eq!(m.at(37, 75, 20), Some(p(0, 1)));
        // Above the marker: its anchor (205, 25) is 15 px away (3² + 4² = 5², times 3).
        assert_eq!(m.at(214, 37, 15), Some(p(1, 0)), "exactly at reach");
        assert_eq!(m.at(214, 37, 14), None, "just beyond reach");
        assert_eq!(m.at(500, 500, 100), None, "nothing within reach");
        assert_eq!(HitMap::default().at(0, 0, i32::MAX), None, "an empty map");
    }

    #[test]
    fn ties_go_to_the_first_point_drawn() {
        // Overlapping boxes: the first in the map wins.
        let overlapping = HitMap {
            hits: vec![
                hit(p(0, 3), (0, 0), (20, 20)),
                hit(p(1, 3), (10, 10), (30, 30)),
            ],
            ..HitMap::default()
        };
        assert_eq!(overlapping.at(15, 15, 0), Some(p(0, 3)));
        assert_eq!(overlapping.at(25, 25, 0), Some(p(1, 3)));
        // Equally near anchors: the first in the map wins, whatever their order in space.
        let m = map();
        assert_eq!(
            m.at(35, 75, 50),
            Some(p(0, 0)),
            "15 px from both bars' anchors"
        );
        let reversed = HitMap {
            hits: m.hits.iter().rev().copied().collect(),
            ..HitMap::default()
        };
        assert_eq!(reversed.at(35, 75, 50), Some(p(0, 1)));
    }

    #[test]
    fn far_coordinates_neither_overflow_nor_match() {
        let m = map();
        for (x, y) in [
            (i32::MIN, i32::MIN),
            (i32::MAX, i32::MAX),
            (i32::MIN, i32::MAX),
            (i32::MAX, 0),
        ] {
            assert_eq!(m.at(x, y, 100), None, "({x}, {y})");
        }
        // A reach wider than any distance still picks the nearest.
        assert_eq!(m.at(i32::MAX, 25, i32::MAX), Some(p(1, 0)));
        assert_eq!(m.at(i32::MIN + 100, 75, i32::MAX), Some(p(0, 0)));
        assert_eq!(
            m.at(i32::MIN, 75, i32::MAX),
            None,
            "2^31 + 20 px: beyond any reach"
        );
    }
}

/// CIELAB (D65) of an sRGB colour.
fn lab(c: bishkek_explainer::charts::theme::Rgb) -> (f64, f64, f64) {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (lin(c.0), lin(c.1), lin(c.2));
    let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175 * b;
    let z = (0.019_333_9 * r + 0.119_192 * g + 0.950_304_1 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    (
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    )
}

/// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005).
fn ciede2000(
    a: bishkek_explainer::charts::theme::Rgb,
    b: bishkek_explainer::charts::theme::Rgb,
) -> f64 {
    let ((l1, a1, b1), (l2, a2, b2)) = (lab(a), lab(b));
    let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - (c_bar.powi(7) / (c_bar.powi(7) + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |a: f64, b: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
    let (h1, h2) = (hue(a1p, b1), hue(a2p, b2));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let dh = if c1p * c2p == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let dhh = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let lb = (l1 + l2) / 2.0;
    let cb = (c1p + c2p) / 2.0;
    let hb = if c1p * c2p == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |d: f64| d.to_radians().cos();
    let t = 1.0 - 0.17 * cos(hb - 30.0) + 0.24 * cos(2.0 * hb) + 0.32 * cos(3.0 * hb + 6.0)
        - 0.20 * cos(4.0 * hb - 63.0);
    let dtheta = 30.0 * (-((hb - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (cb.powi(7) / (cb.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (lb - 50.0).powi(2) / (20.0 + (lb - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cb;
    let sh = 1.0 + 0.015 * cb * t;
    let rt = -(2.0 * dtheta).to_radians().sin() * rc;
    ((dl / sl).powi(2) + (dc / sc).powi(2) + (dhh / sh).powi(2) + rt * (dc / sc) * (dhh / sh))
        .sqrt()
}

#[test]
fn ciede2000_matches_the_published_test_pairs() {
    // Sharma, Wu and Dalal's pairs are in Lab; two sRGB checks instead: identical colours
    // differ by 0, and black and white by 100.
    use bishkek_explainer::charts::theme::Rgb;
    assert!(ciede2000(Rgb(10, 20, 30), Rgb(10, 20, 30)).abs() < 1e-9);
    assert!((ciede2000(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 100.0).abs() < 0.01);
    // Light red against dark red, blue against purple: clearly apart, not equal.
    assert!(ciede2000(Rgb(0xB4, 0x23, 0x18), Rgb(0x9A, 0x34, 0x12)) < 10.0);
}

#[test]
fn every_two_data_colours_differ_clearly_in_both_themes() {
    let data = [
        "kyrgyz",
        "russian",
        "unstated",
        "partial",
        "projection",
        "claim",
        "som",
        "fund",
        "energy",
        "ink",
    ];
    for palette in [&LIGHT, &DARK] {
        let colours: Vec<_> = palette
            .named()
            .into_iter()
            .filter(|(n, _)| data.contains(n))
            .collect();
        assert_eq!(colours.len(), data.len());
        for (i, (a, ca)) in colours.iter().enumerate() {
            for (b, cb) in &colours[i + 1..] {
                let d = ciede2000(*ca, *cb);
                assert!(d >= 20.0, "{a} and {b}: ΔE00 {d:.1} < 20");
            }
        }
    }
}

/// The canvas backend skips setting a font the context has already (setting one makes the
/// browser compute the canvas's style, and lay out the page's changes there and then), so its
/// strings must be the ones Chromium reads back from `ctx.font`: these were read from it.
#[test]
fn canvas_fonts_are_written_as_the_browser_reads_them_back() {
    use bishkek_explainer::charts::canvas_font::canvas_font;
    // (style, CSS px, what Chromium reads back); the SVG backend's sizes are 1.24 times the
    // CSS size (`draw::font`).
    for (style, css, read_back) in [
        ("normal", 12.1, "12.1px sans-serif"),
        ("normal", 13.0, "13px sans-serif"),
        ("normal", 16.0, "16px sans-serif"),
        ("bold", 13.0, "bold 13px sans-serif"),
        ("italic", 12.0, "italic 12px sans-serif"),
        ("normal", 13.000000000000002 * 2.0, "26px sans-serif"),
    ] {
        assert_eq!(canvas_font(style, css * 1.24, "sans-serif"), read_back);
    }
}
