//! The charts' data and their SVG drawings: marks match the data.

use bishkek_explainer::charts::data::{ChartData, SeriesKind};
use bishkek_explainer::charts::theme::{hex, DARK, LIGHT};
use bishkek_explainer::charts::{growth, investment, svg, trade};
use bishkek_explainer::content::Bound;

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
        Some("Also reported for this year: over 3.16 billion US dollars (Amb. Vakunov via gazeta.kg); almost 4 billion US dollars (PM Kasymaliev via Interfax/Rambler).")
    );
    let kg2023 = &series(&c, "kg").points[1];
    assert!(kg2023
        .note
        .as_deref()
        .unwrap()
        .contains("3.5 billion US dollars (statenews.ru citing Sputnik/Japarov)"));
    assert_eq!(values(&c, "target"), years(&[("in the coming years", 5.0)]));
}

#[test]
fn trade_svg_has_one_mark_per_point_the_target_and_labels() {
    let c = trade::chart(trade::Baseline::Kyrgyz, 0.12);
    let (svg, hits) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    save("trade", &svg);
    let kg = hex(LIGHT.kyrgyz);
    // Kyrgyz circles: one filled circle per point (plus the legend swatch).
    assert_eq!(
        svg.matches(&format!(r#"fill="{kg}" stroke="none""#))
            .count()
            >= 4,
        true
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
    assert!(
        svg.contains("Kyrgyz statistics")
            && svg.contains("Russian officials")
            && svg.contains("Part of a year")
    );
}

#[test]
fn investment_svg_has_a_bar_per_figure() {
    let c = investment::chart();
    let (svg, hits) = svg::render(&c, svg::SIZE, &LIGHT).unwrap();
    save("investment", &svg);
    assert_eq!(hits.hits.len(), 7);
    let bars: Vec<(String, f64)> = c
        .points()
        .map(|(_, _, p)| (p.period.clone(), p.x))
        .collect();
    assert_eq!(
        bars,
        [
            ("Russian direct investment, H1 2024".to_string(), 108.3),
            ("Russian direct investment, H1 2025".to_string(), 110.0),
            ("Development Fund, by end-2017".to_string(), 311.0),
            ("Development Fund, by Nov 2019".to_string(), 373.5),
            ("Development Fund, by Oct 2024".to_string(), 750.0),
            ("Development Fund, by Nov 2025".to_string(), 1000.0),
            (
                "Energy facilities being built with the Fund".to_string(),
                175.0
            ),
        ]
    );
    for (label, _) in &bars {
        assert!(has_text(&svg, label), "{label}");
    }
    assert!(has_text(&svg, "over 1,000") && has_text(&svg, "108.3"));
    let fund = &c.series[1].points;
    assert_eq!(fund[0].note.as_deref(), Some("823 projects approved. Average per project: 311 million ÷ 823 = 377,886 US dollars per project."));
    assert_eq!(fund[3].note.as_deref(), Some("over 3,500 projects. Average per project: not computable, both figures are lower bounds."));
}

#[test]
fn growth_svg_indexes_gdp_to_2015_with_the_claims() {
    let c = growth::chart(0.096);
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
        "2.720 times the 2015 level (18.1616306989052 billion US dollars)"
    );
    assert!(svg.contains("EAEU treaty in force, 6 Aug 2015"));
    assert!(svg.contains("GDP, multiple of 2015 (nominal)"));
}

#[test]
fn page_svg_scales_and_is_labelled() {
    let c = growth::chart(0.096);
    let svg = svg::for_page(&c, "GDP <grew> & more", &DARK).unwrap();
    assert!(svg.starts_with(r#"<svg class="chart-svg" viewBox="0 0 720 420" role="img" aria-label="GDP &lt;grew&gt; &amp; more""#));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("<svg").count(), 1);
}
