//! Kyrgyz GDP since joining the EAEU, as a multiple of its level in a chosen base year (2015,
//! when the accession treaty came into force, or 2014, the year before), against the claims:
//! Putin's "2.5 times in ten years" and the Kyrgyz prime minister's "1.5 times in real terms".
//! Each series comes from one World Bank release, and each ratio from one series.

use super::data::{ChartData, DataPoint, Frame, Mark, Role, Series, SeriesKind, Tag};
use crate::content::{Bound, GdpYear, ARTICLE_URL, CLAIMS, GDP, GDP_SOM_RELEASE, GDP_USD_RELEASE};
use crate::logic::format::{fixed, percent};
use crate::logic::growth::compound;
use crate::logic::view_state::GdpBase;

/// The year of Putin's claim when counted from the accession year.
pub const CLAIM_YEAR: u16 = 2025;
/// Treaty in force 6 August 2015 (Eurasian Economic Commission via TASS): 2015 + 218/365.
pub const ACCESSION_X: f64 = 2015.0 + 218.0 / 365.0;
/// The accession marker's label, longest first (its date is `ACCESSION_X`'s).
const ACCESSION_LABELS: &[&str] = &[
    "EAEU treaty in force, 6 Aug 2015",
    "EAEU treaty, 6 Aug 2015",
    "EAEU, Aug 2015",
];
pub const WDI_URL: &str = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD?locations=KG";
pub const WDI_LCU_URL: &str = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CN?locations=KG";

/// Which series of GDP: in current US dollars or in current som.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    Usd,
    Som,
}

impl Currency {
    fn of(self, g: &GdpYear) -> Option<f64> {
        match self {
            Currency::Usd => Some(g.usd),
            Currency::Som => g.som,
        }
    }

    /// "NY.GDP.MKTP.CD, release of 13 July 2026".
    pub fn release(self) -> String {
        let (code, release) = match self {
            Currency::Usd => ("NY.GDP.MKTP.CD", GDP_USD_RELEASE),
            Currency::Som => ("NY.GDP.MKTP.CN", GDP_SOM_RELEASE),
        };
        format!("{code}, release of {release}")
    }

    /// "World Bank WDI, NY.GDP.MKTP.CD, release of 13 July 2026".
    pub fn source(self) -> String {
        format!("World Bank WDI, {}", self.release())
    }
}

fn year(y: u16) -> Option<&'static GdpYear> {
    GDP.iter().find(|g| g.year == y)
}

/// GDP of `to` ÷ GDP of `from`, both from the same series; `None` where a year is missing.
pub fn multiple(currency: Currency, from: u16, to: u16) -> Option<f64> {
    Some(currency.of(year(to)?)? / currency.of(year(from)?)?)
}

/// GDP in US$ of `year` ÷ GDP in US$ of 2015.
pub fn usd_multiple(y: u16) -> Option<f64> {
    multiple(Currency::Usd, 2015, y)
}

/// Three decimals of a multiple, for tooltips and tables: 2.7195… → "2.720".
pub fn multiple_text(m: f64) -> String {
    fixed(m, 3)
}

/// A multiple as a reader needs it in a sentence: 3.3877 → "about 3.4".
pub fn multiple_rounded(m: f64) -> String {
    format!("about {}", fixed(m, 1))
}

/// "$6.68 billion", "430.5 billion som": a GDP level at the precision a reader needs.
fn level_text(currency: Currency, v: f64) -> String {
    match currency {
        Currency::Usd => format!("${} billion", fixed(v / 1e9, 2)),
        Currency::Som => format!("{} billion som", fixed(v / 1e9, 1)),
    }
}

fn index_point(currency: Currency, g: &GdpYear, base: &GdpYear) -> Option<DataPoint> {
    let (v, b) = (currency.of(g)?, currency.of(base)?);
    let m = v / b;
    let key = match currency {
        Currency::Usd => "usd",
        Currency::Som => "som",
    };
    Some(DataPoint {
        key: format!("growth-{key}-{}", g.year),
        x: f64::from(g.year),
        y: m,
        period: g.year.to_string(),
        value_text: format!(
            "{} times the {} level ({})",
            multiple_text(m),
            base.year,
            level_text(currency, v)
        ),
        bound: Bound::Exact,
        source: currency.source().into(),
        url: match currency {
            Currency::Usd => WDI_URL,
            Currency::Som => WDI_LCU_URL,
        }
        .into(),
        // The formula and the base, one step from the value.
        note: Some(format!(
            "Multiple = GDP {} ÷ GDP {} = {} ÷ {}.",
            g.year,
            base.year,
            level_text(currency, v),
            level_text(currency, b)
        )),
        tag: None,
        figures: &[],
    })
}

/// The chart counted from `base`, with a path growing at `rate` a year from its level.
pub fn chart(rate: f64, base: GdpBase) -> ChartData {
    let from = base.year();
    let to = from + 10;
    let b = year(from).expect("the GDP files have 2014 and 2015");
    let line = |c: Currency| GDP.iter().filter_map(|g| index_point(c, g, b)).collect();
    let mut claims = vec![DataPoint {
        key: "growth-claim-putin".into(),
        x: f64::from(to),
        y: 2.5,
        period: format!("{from}–{to} (“over the past ten years”)"),
        value_text: format!(
            "2.5 times the {from} level, if counted from {from} (Putin; nominal or real not said)"
        ),
        bound: Bound::Exact,
        source: "Vladimir Putin, in the article".into(),
        url: ARTICLE_URL.into(),
        note: None,
        tag: Some(Tag {
            full: "Putin: 2.5×",
            narrow: "Putin 2.5×",
        }),
        figures: &["gdp_multiple", "eaeu_years"],
    }];
    // The prime minister's figure is for 2015–2025: shown only when counting from 2015.
    let real = &CLAIMS[crate::content::LOOKUP.real_growth];
    if base == GdpBase::Accession {
        claims.push(DataPoint {
            key: "growth-claim-real".into(),
            x: f64::from(CLAIM_YEAR),
            y: 1.5,
            period: real.period.as_ref().replace('-', "–"),
            value_text: "1.5 times in real terms".into(),
            bound: Bound::Exact,
            source: real.speaker.as_ref().into(),
            url: real.url.as_ref().into(),
            note: Some(format!("“{}”", real.quote.as_ref())),
            tag: Some(Tag {
                full: "Real terms (PM): 1.5×",
                narrow: "Real 1.5×",
            }),
            figures: &[],
        });
    }
    let at = |y: u16| compound(1.0, rate, f64::from(y - from));
    let mut path: Vec<DataPoint> = (from..=to)
        .take_while(|y| at(*y) <= Y_MAX)
        .map(|y| {
            let m = at(y);
            DataPoint::computed(
                format!("growth-path-{y}"),
                f64::from(y),
                m,
                format!("{} times the {from} level", multiple_text(m)),
            )
        })
        .collect();
    let rate_words = format!("{} a year", percent(rate, 1));
    let mut path_labels = vec![format!("Steady growth at {rate_words}"), rate_words.clone()];
    // Above the axis: the path ends at the top edge where it crosses it, and says where it
    // would be at the end of the ten years.
    let off_the_chart = path.last().is_some_and(|p| p.x < f64::from(to)) && rate > 0.0;
    if off_the_chart {
        let years = Y_MAX.ln() / (1.0 + rate).ln();
        path.push(DataPoint::computed(
            "growth-path-edge".into(),
            f64::from(from) + years,
            Y_MAX,
            String::new(),
        ));
        let m = fixed(at(to), 2);
        path_labels = vec![
            format!("{rate_words}: {m}× by {to}, off the chart ↑"),
            format!("{m}× by {to} ↑"),
        ];
    }
    let path = Series::new(
        "path",
        "Steady growth at the chosen rate",
        SeriesKind::Line,
        Mark::None,
        Role::Projection,
        path,
    )
    .with_dashes()
    .computed()
    .labelled(path_labels);
    let path = if off_the_chart {
        path.named_at_end()
    } else {
        path
    };
    let (unit, y_label) = match base {
        GdpBase::Accession => (
            "multiple of the 2015 level",
            "GDP, multiple of 2015 (nominal)",
        ),
        GdpBase::YearBefore => (
            "multiple of the 2014 level",
            "GDP, multiple of 2014 (nominal)",
        ),
    };
    ChartData {
        decimals: Some(3),
        id: "growth",
        title: "Kyrgyz GDP since joining the EAEU",
        unit,
        frame: Frame {
            x_range: (2012.5, 2025.5),
            y_range: (0.0, Y_MAX),
            x_label: "Year",
            y_label,
            marker: Some((ACCESSION_X, ACCESSION_LABELS)),
        },
        series: vec![
            Series::new(
                "usd",
                "GDP in current US dollars",
                SeriesKind::Line,
                Mark::Circle,
                Role::Kyrgyz,
                line(Currency::Usd),
            )
            .labelled(vec![
                "GDP in current US dollars".into(),
                "GDP in US$".into(),
                "US$".into(),
            ]),
            Series::new(
                "som",
                "GDP in current som",
                SeriesKind::Line,
                Mark::Square,
                Role::Som,
                line(Currency::Som),
            )
            .labelled(vec![
                "GDP in current som".into(),
                "GDP in som".into(),
                "som".into(),
            ]),
            Series::new(
                "claims",
                "Claims",
                SeriesKind::Points,
                Mark::Diamond,
                Role::Claim,
                claims,
            ),
            path,
        ],
        notes: Vec::new(),
    }
}

/// The top of the value axis; the steady-growth path stops below it instead of leaving the plot.
const Y_MAX: f64 = 3.6;
