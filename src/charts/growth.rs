//! Kyrgyz GDP since joining the EAEU, as a multiple of its 2015 level, against the claims:
//! Putin's "2.5 times in ten years" and the Kyrgyz prime minister's "1.5 times in real terms".

use super::data::{ChartData, DataPoint, Frame, Mark, Role, Series, SeriesKind, Tag};
use crate::content::{Bound, GdpYear, CLAIMS, GDP};
use crate::logic::format::{dollars, fixed, group_thousands};
use crate::logic::growth::compound;

pub const BASE_YEAR: u16 = 2015;
pub const CLAIM_YEAR: u16 = 2025;
/// Treaty in force 6 August 2015 (Eurasian Economic Commission via TASS): 2015 + 218/365.
pub const ACCESSION_X: f64 = 2015.0 + 218.0 / 365.0;
pub const WDI_URL: &str = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD?locations=KG";
pub const WDI_LCU_URL: &str = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CN?locations=KG";

fn base() -> &'static GdpYear {
    GDP.iter()
        .find(|g| g.year == BASE_YEAR)
        .expect("the GDP file has 2015")
}

/// GDP in US$ of `year` ÷ GDP in US$ of 2015.
pub fn usd_multiple(year: u16) -> Option<f64> {
    GDP.iter()
        .find(|g| g.year == year)
        .map(|g| g.usd / base().usd)
}

/// Three significant decimals of a multiple, for labels: 2.7195… → "2.720".
pub fn multiple_text(m: f64) -> String {
    fixed(m, 3)
}

fn index_point(
    key: String,
    year: u16,
    value: f64,
    base: f64,
    words: String,
    source: &str,
    url: &str,
) -> DataPoint {
    let m = value / base;
    DataPoint {
        key,
        x: f64::from(year),
        y: m,
        period: year.to_string(),
        value_text: format!("{} times the 2015 level ({words})", multiple_text(m)),
        bound: Bound::Exact,
        source: source.to_string().into(),
        url: url.to_string().into(),
        // The year's own value is in `value_text`; the note gives the formula and the base.
        note: Some(format!(
            "Multiple = GDP {year} ÷ GDP 2015 (2015: {}).",
            group_thousands(base)
        )),
        tag: None,
        figures: &[],
    }
}

fn claim(topic: &str) -> &'static crate::content::Claim {
    CLAIMS
        .iter()
        .find(|c| c.topic == topic)
        .expect("context_claims.csv has the topic")
}

/// The chart, with a path growing at `rate` a year from the 2015 level.
pub fn chart(rate: f64) -> ChartData {
    let b = base();
    let usd = GDP
        .iter()
        .map(|g| {
            index_point(
                format!("growth-usd-{}", g.year),
                g.year,
                g.usd,
                b.usd,
                dollars(g.usd),
                "World Bank WDI, NY.GDP.MKTP.CD (vintage of 2026-07-13)",
                WDI_URL,
            )
        })
        .collect();
    let som_base = b.som.expect("the som file has 2015");
    let som = GDP
        .iter()
        .filter_map(|g| g.som.map(|s| (g.year, s)))
        .map(|(year, s)| {
            index_point(
                format!("growth-som-{year}"),
                year,
                s,
                som_base,
                format!("{} som", group_thousands(s)),
                "World Bank WDI, NY.GDP.MKTP.CN (vintage of 2025-03-24)",
                WDI_LCU_URL,
            )
        })
        .collect();
    let real = claim("kg_gdp_growth_real");
    let claims = vec![
        DataPoint {
            key: "growth-claim-putin".into(),
            x: f64::from(CLAIM_YEAR),
            y: 2.5,
            period: "2015–2025 (“over the past ten years”)".into(),
            value_text: "2.5 times (Putin; nominal or real not said)".into(),
            bound: Bound::Exact,
            source: "Vladimir Putin, in the article".into(),
            url: "https://centralasianlight.org/".into(),
            note: None,
            tag: Some(Tag {
                full: "Putin: 2.5×",
                narrow: "Putin 2.5×",
            }),
            figures: &["gdp_multiple", "eaeu_years"],
        },
        DataPoint {
            key: "growth-claim-real".into(),
            x: f64::from(CLAIM_YEAR),
            y: 1.5,
            period: real.period.to_string(),
            value_text: "1.5 times in real terms".into(),
            bound: Bound::Exact,
            source: real.speaker.clone(),
            url: real.url.clone(),
            note: Some(format!("“{}”", real.quote)),
            tag: Some(Tag {
                full: "Real terms (PM): 1.5×",
                narrow: "Real 1.5×",
            }),
            figures: &[],
        },
    ];
    let path = (BASE_YEAR..=CLAIM_YEAR)
        .map(|year| {
            let y = compound(1.0, rate, f64::from(year - BASE_YEAR));
            DataPoint::computed(
                format!("growth-path-{year}"),
                f64::from(year),
                y,
                format!("{} times the 2015 level", multiple_text(y)),
            )
        })
        .collect();
    ChartData {
        id: "growth",
        title: "Kyrgyz GDP since joining the EAEU",
        unit: "multiple of the 2015 level",
        frame: Frame {
            x_range: (2012.5, 2025.5),
            y_range: (0.0, 3.6),
            x_label: "Year",
            y_label: "GDP, multiple of 2015 (nominal)",
            marker: Some((ACCESSION_X, "EAEU treaty in force, 6 Aug 2015")),
        },
        series: vec![
            Series::new(
                "usd",
                "GDP in current US dollars",
                SeriesKind::Line,
                Mark::Circle,
                Role::Kyrgyz,
                usd,
            ),
            Series::new(
                "som",
                "GDP in current som",
                SeriesKind::Line,
                Mark::Square,
                Role::Som,
                som,
            )
            .with_dashes(),
            Series::new(
                "claims",
                "Claims",
                SeriesKind::Points,
                Mark::Diamond,
                Role::Claim,
                claims,
            ),
            Series::new(
                "path",
                "Steady growth at the chosen rate",
                SeriesKind::Line,
                Mark::None,
                Role::Projection,
                path,
            )
            .with_dashes()
            .computed(),
        ],
    }
}
