//! What a fact-checker checks: figures at the precision their sources give (no float noise),
//! the GDP ratios of each window against hand-computed values, lines that break at missing
//! years, attribution as the article gives it, and the article linked where it stands.

use bishkek_explainer::charts::data::{announce, PointRef, SeriesKind};
use bishkek_explainer::charts::export::{to_csv, to_json};
use bishkek_explainer::charts::gdp_windows::windows;
use bishkek_explainer::charts::theme::{hex, LIGHT};
use bishkek_explainer::charts::{chart_for, svg, trade};
use bishkek_explainer::content::{ARTICLE, FIGURES};
use bishkek_explainer::logic::view_state::{GdpBase, Panel, ViewState};
use bishkek_explainer::prerender::render_app;

/// Every number in a text: digits with thousands commas and at most one decimal point.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == ',' || c == '.')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() || inner {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A number a reader should never see: more than three decimals, or more than six
/// significant digits that no source file writes.
fn noisy(n: &str, sources: &str) -> bool {
    let decimals = n.split_once('.').map_or(0, |(_, f)| f.len());
    let digits = n.chars().filter(char::is_ascii_digit).count();
    decimals > 3 || (digits > 6 && !sources.contains(&n.replace(',', "")))
}

fn sources() -> String {
    [
        include_str!("../data/sources/kgz_russia_reported_figures.csv"),
        include_str!("../data/sources/context_claims.csv"),
        include_str!("../data/article.txt"),
    ]
    .concat()
}

fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push(' ');
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        rest = &rest[end..];
    }
    out + rest
}

#[tokio::test]
async fn no_reader_facing_number_has_more_digits_than_its_source() {
    let sources = sources();
    let mut texts = vec![visible_text(&render_app().await)];
    for panel in Panel::ALL {
        for base in GdpBase::ALL {
            let chart = chart_for(
                panel,
                &ViewState {
                    gdp_base: base,
                    ..ViewState::default()
                },
            );
            for (s, p, _) in chart.points() {
                texts.push(
                    announce(
                        &chart,
                        PointRef {
                            series: s,
                            point: p,
                        },
                    )
                    .unwrap(),
                );
            }
            // The downloads' reader columns; `value` is machine-readable at full precision.
            for line in to_csv(&chart).lines() {
                let mut fields: Vec<&str> = line.split(',').collect();
                if fields.len() > 4 {
                    fields.remove(3);
                }
                texts.push(fields.join(","));
            }
            let json = to_json(&chart);
            texts.push(
                json.split(",\"")
                    .filter(|f| !f.starts_with("value\":"))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
    }
    for text in &texts {
        for n in numbers(text) {
            assert!(
                !noisy(&n, &sources),
                "float noise “{n}” in: {}",
                &text[..text.len().min(300)]
            );
        }
    }
    assert!(noisy("6.6781775116631295", &sources) && !noisy("3.193", &sources));
}

#[test]
fn each_window_of_the_gdp_claim_matches_the_world_bank_rows() {
    // Hand-computed from data/sources/kgz_gdp_current_{usd,lcu}_wdi.csv:
    // 22623752095.4613 ÷ 6678177511.66313, 18161630698.9052 ÷ 7468102412.68237,
    // 15180842369.4894 ÷ 6678177511.66313, 1228898800000 ÷ 430489400000.
    let w = windows();
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
    assert_eq!((w[0].from, w[0].to), (2015, 2025));
    assert!(close(w[0].usd, 3.387713497574744), "{:?}", w[0].usd);
    assert_eq!(w[0].som, None, "the som series ends in 2023");
    assert_eq!((w[1].from, w[1].to), (2014, 2024));
    assert!(close(w[1].usd, 2.431893631782958), "{:?}", w[1].usd);
    assert_eq!(w[1].som, None);
    assert_eq!((w[2].from, w[2].to), (2015, 2023));
    assert!(close(w[2].usd, 2.273201385104957));
    assert!(close(w[2].som, 2.8546551901161794));
    // The claim marker and the steady path follow the chosen base year.
    let from_2014 = chart_for(
        Panel::Growth,
        &ViewState {
            gdp_base: GdpBase::YearBefore,
            ..ViewState::default()
        },
    );
    let putin = from_2014
        .points()
        .find(|(_, _, p)| p.key == "growth-claim-putin")
        .unwrap()
        .2;
    assert_eq!(putin.x, 2024.0);
    let usd_2024 = from_2014
        .points()
        .find(|(_, _, p)| p.key == "growth-usd-2024")
        .unwrap()
        .2;
    assert!((usd_2024.y - 2.431893631782958).abs() < 1e-9);
    assert!(
        from_2014
            .points()
            .all(|(_, _, p)| p.key != "growth-claim-real"),
        "the PM's 1.5× is for 2015–2025"
    );
}

#[test]
fn each_series_comes_from_one_release() {
    let growth = chart_for(Panel::Growth, &ViewState::default());
    for series in growth
        .series
        .iter()
        .filter(|s| !s.derived && s.id != "claims")
    {
        let first = &series.points[0].source;
        assert!(
            series.points.iter().all(|p| &p.source == first),
            "{}",
            series.id
        );
        assert!(first.contains("release of"), "{first}");
    }
    let usd = &growth.series[0].points[0].source;
    let som = &growth.series[1].points[0].source;
    assert_eq!(
        usd.as_ref(),
        "World Bank WDI, NY.GDP.MKTP.CD, release of 13 July 2026"
    );
    assert_eq!(
        som.as_ref(),
        "World Bank WDI, NY.GDP.MKTP.CN, release of 24 March 2025"
    );
}

#[test]
fn lines_break_where_a_series_has_no_figure() {
    let chart = trade::chart(trade::Baseline::Kyrgyz, 0.166);
    let gaps = |id: &str| chart.series.iter().find(|s| s.id == id).unwrap().gaps();
    assert_eq!(gaps("kg"), [(2019, 2022)]);
    assert_eq!(gaps("ru"), [(2023, 2023)]);
    for panel in Panel::ALL {
        let chart = chart_for(panel, &ViewState::default());
        for s in chart.series.iter().filter(|s| s.kind == SeriesKind::Line) {
            for run in s.runs() {
                for pair in run.windows(2) {
                    assert!(
                        pair[1].x - pair[0].x <= 1.0,
                        "{} joins {} to {}",
                        s.id,
                        pair[0].x,
                        pair[1].x
                    );
                }
            }
        }
    }
    // Drawn: the Kyrgyz line is one polyline (2023–2025), not one from 2018, and the gap is
    // marked with a band and its label.
    let (svg, _) = svg::render(&chart, svg::SIZE, &LIGHT).unwrap();
    let kg = hex(LIGHT.role(bishkek_explainer::charts::data::Role::Kyrgyz)).to_uppercase();
    // Kyrgyz-coloured polylines and their point counts (the lower-bound arrow has two).
    let polylines: Vec<usize> = svg
        .match_indices("<polyline")
        .map(|(i, _)| svg[i..].split('>').next().unwrap())
        .filter(|tag| tag.contains(&format!("stroke=\"{kg}\"")))
        .map(|tag| {
            tag.split("points=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .split(' ')
                .filter(|p| !p.is_empty())
                .count()
        })
        .collect();
    assert_eq!(
        polylines,
        [3, 2],
        "the 2023–2025 line, then the 2025 arrow; nothing from 2018"
    );
    // Labelled in the longest form that fits the band ("No figure, 2019–2022" at this size).
    assert!(
        [
            "No figure from Kyrgyz officials, 2019–2022",
            "No Kyrgyz figure, 2019–2022",
            "No figure, 2019–2022"
        ]
        .iter()
        .any(|t| svg.contains(&format!(">\n{t}\n</text>"))),
        "gap labelled"
    );
}

#[test]
fn figures_are_attributed_as_the_article_does() {
    let expected = [
        ("trade_share", "Sadyr Japarov, President of Kyrgyzstan"),
        ("trade_target", "Sadyr Japarov, President of Kyrgyzstan"),
        ("fdi_h1_2025", "Sadyr Japarov, President of Kyrgyzstan"),
        (
            "russian_companies",
            "Sadyr Japarov, President of Kyrgyzstan",
        ),
        (
            "fund_invested",
            "“the leaders”, in the article’s words (no one is named)",
        ),
        (
            "fund_projects",
            "“the leaders”, in the article’s words (no one is named)",
        ),
        (
            "energy_facilities",
            "no one by name: the article states it right after “the leaders” praised the Fund",
        ),
        (
            "energy_value",
            "no one by name: the article states it right after “the leaders” praised the Fund",
        ),
        ("treaty_documents", "Sadyr Japarov, President of Kyrgyzstan"),
        ("eaeu_years", "Vladimir Putin, President of Russia"),
        ("gdp_multiple", "Vladimir Putin, President of Russia"),
        (
            "eaeu_exports_multiple",
            "Vladimir Putin, President of Russia",
        ),
    ];
    assert_eq!(FIGURES.len(), expected.len());
    for (id, speaker) in expected {
        let f = FIGURES.iter().find(|f| f.id == id).unwrap();
        assert_eq!(f.speaker, speaker, "{id}");
    }
    // The article's own words for the Fund paragraph.
    let fund = FIGURES.iter().find(|f| f.id == "fund_invested").unwrap();
    assert!(fund.sentence.starts_with("The leaders also praised"));
}

#[test]
fn the_article_is_linked_where_it_stands_and_named_as_its_credit_line_does() {
    assert_eq!(
        ARTICLE.source_url,
        "https://www.centralasianlight.org/news/kyrgyzstan-and-russia-are-strengthening-economic-and-investment-cooperation"
    );
    assert_eq!(ARTICLE.credit, ARTICLE.credit_as_printed);
    for panel in Panel::ALL {
        let chart = chart_for(panel, &ViewState::default());
        for (_, _, p) in chart.points() {
            assert!(
                !p.url.ends_with("centralasianlight.org/"),
                "{} links the home page",
                p.key
            );
            assert!(
                !p.source.contains("CentralAsianLIGHT"),
                "{}: {}",
                p.key,
                p.source
            );
        }
    }
}
