//! Kyrgyz–Russian trade turnover: full years from each side's statistics, partial years as
//! annotated points, the $5 billion target, and a projection at a chosen growth rate.

use super::data::{ChartData, DataPoint, Frame, Mark, Note, Role, Series, SeriesKind};
use crate::content::{Bound, Period, Reported, Side, REPORTED};
use crate::logic::format::{
    amount_in_words, dollars, group_thousands, qualifier_prefix, usd_short,
};
use crate::logic::growth::{compound, years_to_target, TargetOutcome};

pub const SERIES: &str = "kg_ru_trade_turnover";
pub const FIRST_YEAR: u16 = 2017;
pub const LAST_YEAR: u16 = 2025;
pub const TARGET_BN: f64 = 5.0;
/// The projection runs from the chosen 2024 baseline to this year at the latest.
pub const PROJECTION_END: u16 = 2030;
/// The top of the value axis (US$ billion); a projection above it ends at the edge, marked.
const Y_TOP: f64 = TARGET_BN * 1.2;

pub use crate::logic::view_state::Baseline;

/// Where a projection starts: the latest annual figure one side reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub year: u16,
    /// US$ billion.
    pub value: f64,
    pub bound: Bound,
    /// "Kyrgyz officials".
    pub side: &'static str,
    /// As reported: "more than 3.1 billion US dollars".
    pub words: String,
}

/// "Jan", "Nov": the short form of a month (1 = January).
fn month(n: u8) -> &'static str {
    let name = crate::content::words::MONTH_NAMES[usize::from(n.clamp(1, 12)) - 1];
    &name[..3]
}

fn words(r: &Reported) -> String {
    let q = &r.quantities[0];
    format!(
        "{}{}",
        qualifier_prefix(&r.value_text),
        amount_in_words(q.amount, &r.unit)
    )
}

fn point(key: String, x: f64, r: &Reported, period: String) -> DataPoint {
    DataPoint {
        key,
        x,
        y: r.quantities[0].amount,
        period,
        value_text: words(r),
        bound: r.quantities[0].bound,
        source: r.source.clone(),
        url: r.url.clone(),
        note: None,
        tag: None,
        figures: &[],
    }
}

fn also(rows: &[&Reported]) -> Option<String> {
    (!rows.is_empty()).then(|| {
        let list: Vec<String> = rows
            .iter()
            .map(|r| format!("{} according to {}", words(r), r.source))
            .collect();
        format!("Also reported for this year: {}.", list.join("; "))
    })
}

/// The annual figure plotted for a side: its first exact figure, else its first figure.
fn pick<'a>(rows: &[&'a Reported], side: Side) -> Option<&'a Reported> {
    let of_side = || rows.iter().copied().filter(move |r| r.side == side);
    of_side()
        .find(|r| r.quantities[0].bound == Bound::Exact)
        .or_else(|| of_side().next())
}

pub const KYRGYZ: &str = "Kyrgyz officials";
pub const RUSSIAN: &str = "Russian officials";

/// The latest annual figure of the chosen side, from the plotted series (so the projection
/// never starts below or before a known value of that side).
pub fn baseline_point(baseline: Baseline) -> Start {
    let (id, side) = match baseline {
        Baseline::Kyrgyz => ("kg", KYRGYZ),
        Baseline::Russian => ("ru", RUSSIAN),
    };
    REPORTED_SERIES.with(|all| {
        let series = all.iter().find(|s| s.id == id).expect("the side's series");
        let last = series.points.last().expect("the side has an annual figure");
        Start {
            year: last.x as u16,
            value: last.y,
            bound: last.bound,
            side,
            words: last.value_text.clone(),
        }
    })
}

thread_local! {
    /// The reported series are the same for every projection: built once.
    static REPORTED_SERIES: Vec<Series> = reported_series();
}

/// The chart, with the projection at `rate` (0.12 = 12 %) from the chosen 2024 figure.
/// Only the projection is computed per call; the reported series are shared.
pub fn chart(baseline: Baseline, rate: f64) -> ChartData {
    let mut series = REPORTED_SERIES.with(|s| s.clone());
    series.push(projection(baseline, rate));
    let mut notes = disagreements(&series);
    notes.extend(passes_target(baseline, rate));
    ChartData {
        decimals: None,
        id: "trade",
        title: "Kyrgyz–Russian trade turnover",
        unit: "US$ billion",
        frame: Frame {
            x_range: (f64::from(FIRST_YEAR) - 0.5, f64::from(PROJECTION_END) + 0.5),
            y_range: (0.0, Y_TOP),
            x_label: "Year",
            y_label: "Trade turnover, US$ billion",
            marker: None,
        },
        series,
        notes,
    }
}

/// The years both sides gave a figure for, bracketed: "2024: the sides differ, 3.2 vs 4.1".
fn disagreements(series: &[Series]) -> Vec<Note> {
    let side = |id: &str| series.iter().find(|s| s.id == id);
    let (Some(kg), Some(ru)) = (side("kg"), side("ru")) else {
        return Vec::new();
    };
    kg.points
        .iter()
        .filter_map(|k| {
            let r = ru.points.iter().find(|r| r.x == k.x && r.y != k.y)?;
            let (a, b) = (group_thousands(k.y), group_thousands(r.y));
            Some(Note {
                x: k.x,
                y: k.y,
                to_y: Some(r.y),
                texts: vec![
                    format!("{}: the sides differ, {a} vs {b}", k.period),
                    format!("{}: {a} vs {b}", k.period),
                    format!("{a} vs {b}"),
                ],
            })
        })
        .collect()
}

/// The year the projection first passes the target, marked on it.
fn passes_target(baseline: Baseline, rate: f64) -> Option<Note> {
    let start = baseline_point(baseline);
    let TargetOutcome::Reached { whole_years, .. } = years_to_target(start.value, TARGET_BN, rate)
    else {
        return None;
    };
    let year = start.year.checked_add(u16::try_from(whole_years).ok()?)?;
    if year > PROJECTION_END {
        return None;
    }
    let y = compound(start.value, rate, f64::from(year - start.year));
    let target = usd_short(TARGET_BN * 1e9);
    Some(Note {
        x: f64::from(year),
        y: y.min(Y_TOP),
        to_y: None,
        texts: vec![
            format!("Passes {target} in {year}"),
            format!("{target} in {year}"),
        ],
    })
}

fn projection(baseline: Baseline, rate: f64) -> Series {
    let start = baseline_point(baseline);
    let at = |year: u16| compound(start.value, rate, f64::from(year - start.year));
    let mut points: Vec<DataPoint> = (start.year..=PROJECTION_END)
        .take_while(|year| (0.0..=Y_TOP).contains(&at(*year)))
        .map(|year| {
            DataPoint::computed(
                format!("trade-projection-{year}"),
                f64::from(year),
                at(year),
                String::new(),
            )
        })
        .collect();
    // Above the axis: the line ends at the top edge, where it crosses it.
    if let Some(last) = points.last() {
        if last.x < f64::from(PROJECTION_END) && rate > 0.0 {
            let years = (Y_TOP / start.value).ln() / (1.0 + rate).ln();
            points.push(DataPoint::computed(
                "trade-projection-edge".into(),
                f64::from(start.year) + years,
                Y_TOP,
                String::new(),
            ));
        }
    }
    let side = start.side.split(' ').next().unwrap_or_default();
    Series::new(
        "projection",
        format!("Projection from {side} {}", start.year),
        SeriesKind::Line,
        Mark::None,
        Role::Projection,
        points,
    )
    .with_dashes()
    .computed()
    .labelled(vec![
        format!("Projection from {side} {}", start.year),
        "Projection".into(),
    ])
}

fn reported_series() -> Vec<Series> {
    let rows: Vec<&Reported> = REPORTED.iter().filter(|r| r.series == SERIES).collect();
    let (mut kg, mut ru, mut unstated, mut partial) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for year in FIRST_YEAR..=LAST_YEAR {
        let annual: Vec<&Reported> = rows
            .iter()
            .copied()
            .filter(|r| r.period == Period::Year(year))
            .collect();
        let x = f64::from(year);
        let k = pick(&annual, Side::Kyrgyz);
        let r = pick(&annual, Side::Russian);
        let ptr = |a: Option<&Reported>, b: &Reported| a.is_some_and(|a| std::ptr::eq(a, b));
        let rest: Vec<&Reported> = annual
            .iter()
            .copied()
            .filter(|a| !ptr(k, a) && !ptr(r, a))
            .collect();
        let (ru_alts, other_alts): (Vec<&Reported>, Vec<&Reported>) = rest
            .iter()
            .partition(|a| a.side == Side::Russian && r.is_some());
        if let Some(k) = k {
            let mut p = point(format!("trade-kg-{year}"), x, k, year.to_string());
            p.note = also(&other_alts);
            if k.quantities[0].bound == Bound::AtLeast {
                p.note = Some(format!(
                    "A lower bound: the full-year figure is more than this.{}",
                    p.note.map(|n| format!(" {n}")).unwrap_or_default()
                ));
            }
            kg.push(p);
        }
        if let Some(r) = r {
            let mut p = point(format!("trade-ru-{year}"), x, r, year.to_string());
            p.note = also(&ru_alts);
            ru.push(p);
        }
        if k.is_none() && r.is_none() {
            for (i, u) in other_alts.iter().enumerate() {
                unstated.push(point(
                    format!("trade-unstated-{year}-{i}"),
                    x,
                    u,
                    year.to_string(),
                ));
            }
        }
        for part in rows
            .iter()
            .filter(|r| matches!(r.period, Period::Months { year: y, .. } if y == year))
        {
            if let Period::Months { first, last, .. } = part.period {
                let label = format!("{}–{} {year}", month(first), month(last));
                let mut p = point(
                    format!("trade-partial-{year}-{first}-{last}"),
                    x + 0.25,
                    part,
                    label,
                );
                p.note =
                    Some("Part of the year only: not comparable with full-year figures.".into());
                partial.push(p);
            }
        }
    }
    let agreed = &crate::content::CLAIMS[crate::content::LOOKUP.trade_target];
    let target = DataPoint {
        key: "trade-target".into(),
        x: f64::from(PROJECTION_END),
        y: TARGET_BN,
        period: "in the coming years".into(),
        value_text: dollars(TARGET_BN * 1e9),
        bound: Bound::Exact,
        source: format!(
            "Sadyr Japarov in the article; earlier agreed by {}",
            agreed.speaker.as_ref()
        )
        .into(),
        url: agreed.url.as_ref().into(),
        note: Some(format!(
            "A target, not a measurement. {}",
            agreed.quote.as_ref()
        )),
        tag: None,
        figures: &["trade_target"],
    };
    vec![
        Series::new(
            "kg",
            KYRGYZ,
            SeriesKind::Line,
            Mark::Circle,
            Role::Kyrgyz,
            kg,
        )
        .labelled(vec![KYRGYZ.into(), "Kyrgyz".into()]),
        Series::new(
            "ru",
            RUSSIAN,
            SeriesKind::Line,
            Mark::Triangle,
            Role::Russian,
            ru,
        )
        .labelled(vec![RUSSIAN.into(), "Russian".into()]),
        Series::new(
            "unstated",
            "Side not stated",
            SeriesKind::Points,
            Mark::Square,
            Role::Unstated,
            unstated,
        )
        .labelled(vec!["Side not stated".into(), "Side?".into()]),
        Series::new(
            "partial",
            "Part of a year",
            SeriesKind::Points,
            Mark::HollowCircle,
            Role::Partial,
            partial,
        )
        .labelled(vec!["Part of a year".into(), "Part-year".into()]),
        Series::new(
            "target",
            "Target",
            SeriesKind::Reference,
            Mark::None,
            Role::Target,
            vec![target],
        )
        .labelled(vec![
            format!("Target: {}", dollars(TARGET_BN * 1e9)),
            format!("Target: {}", usd_short(TARGET_BN * 1e9)),
            "Target".into(),
        ]),
    ]
}
