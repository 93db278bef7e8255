//! The words around each chart: a title that states the finding, a one-sentence summary,
//! definitions, sources, and the live sentences of the "what would it take" controls. Every
//! number here is computed from the data, never typed in.

use super::growth::{usd_multiple, BASE_YEAR};
use super::trade::{baseline_point, Baseline, TARGET_BN};
use crate::content::{Side, REPORTED};
use crate::logic::format::{fixed, group_thousands, percent, usd_short};
use crate::logic::growth::{
    compound, rate_for_multiple, years_to_target, NeverReached, TargetOutcome,
};
use crate::logic::view_state::{rate, tenths_text, Panel, Tenths};

/// "12 %", "−2.5 %": a slider value as the sentence shows it.
pub fn rate_text(v: Tenths) -> String {
    format!("{} %", tenths_text(v).replace('-', "−"))
}

/// "At 12 % a year, trade would reach $5 billion in 2028."
pub fn trade_sentence(baseline: Baseline, v: Tenths) -> String {
    let (base, _) = baseline_point(baseline);
    let r = rate_text(v);
    match years_to_target(base, TARGET_BN, rate(v)) {
        TargetOutcome::Reached { whole_years, .. } => {
            format!(
                "At {r} a year, trade would reach $5 billion in {}.",
                2024 + whole_years
            )
        }
        TargetOutcome::AlreadyThere => format!("At {r} a year, trade is already above $5 billion."),
        TargetOutcome::Never(NeverReached::NoGrowth) => {
            format!(
                "At {r} a year, trade would stay at ${} billion and never reach $5 billion.",
                group_thousands(base)
            )
        }
        TargetOutcome::Never(NeverReached::Shrinking) => {
            format!("At {r} a year, trade would shrink and never reach $5 billion.")
        }
        TargetOutcome::Never(NeverReached::Invalid) => "That rate gives no meaningful path.".into(),
    }
}

/// The formula behind the sentence, with the numbers filled in.
pub fn trade_formula(baseline: Baseline, v: Tenths) -> String {
    let (base, label) = baseline_point(baseline);
    let start = format!(
        "Starting from ${} billion in 2024 ({label}).",
        group_thousands(base)
    );
    match years_to_target(base, TARGET_BN, rate(v)) {
        TargetOutcome::Reached { years, whole_years } => format!(
            "{start} Years needed = ln(5 ÷ {}) ÷ ln(1 + {}) = {}, so the target is passed in the {} year after 2024.",
            group_thousands(base),
            group_thousands(rate(v)),
            fixed(years, 2),
            ordinal(whole_years)
        ),
        _ => format!("{start} Only a growth rate above 0 % reaches a higher target."),
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "At 9.6 % a year, GDP would be 2.501 times its 2015 level after ten years."
pub fn growth_sentence(v: Tenths) -> String {
    let m = compound(1.0, rate(v), 10.0);
    format!(
        "At {} a year, GDP would be {} times its 2015 level after ten years.",
        rate_text(v),
        format_multiple(m)
    )
}

fn format_multiple(m: f64) -> String {
    fixed(m, 3)
}

/// The rate implied by Putin's "2.5 times in ten years", with its formula.
pub fn implied_rate_formula() -> String {
    let r = rate_for_multiple(2.5, 10.0).expect("2.5 over 10 years is a valid multiple");
    format!(
        "“2.5 times in ten years” means growth of 2.5^(1 ÷ 10) − 1 = {} a year, compounded.",
        percent(r, 3)
    )
}

/// What the World Bank data say over the same span, with formulas.
pub fn data_multiples() -> String {
    let m24 = usd_multiple(2024).expect("2024 in the data");
    let m25 = usd_multiple(2025).expect("2025 in the data");
    format!(
        "World Bank data, current US dollars: GDP 2024 ÷ GDP {BASE_YEAR} = {} (nine years); GDP 2025 ÷ GDP {BASE_YEAR} = {} (ten years), i.e. {} a year.",
        format_multiple(m24),
        format_multiple(m25),
        percent(m25.powf(0.1) - 1.0, 1)
    )
}

/// A chart's title (its finding), summary sentence, notes and sources.
pub struct PanelCopy {
    pub title: String,
    pub summary: String,
    pub notes: Vec<String>,
    pub sources: Vec<(&'static str, &'static str)>,
}

fn reported(series: &str, period: &str, side: Side) -> f64 {
    REPORTED
        .iter()
        .find(|r| r.series == series && r.period_text == period && r.side == side)
        .map(|r| r.quantities[0].amount)
        .expect("row in the data")
}

pub fn panel_copy(panel: Panel) -> PanelCopy {
    match panel {
        Panel::Trade => {
            let kg = reported("kg_ru_trade_turnover", "2024", Side::Kyrgyz);
            let ru = reported("kg_ru_trade_turnover", "2024", Side::Russian);
            PanelCopy {
                title: format!("For 2024 trade, Russian and Kyrgyz figures differ by ${} billion", group_thousands(((ru - kg) * 10.0).round() / 10.0)),
                summary: format!(
                    "Kyrgyz statistics put 2024 trade with Russia at ${} billion, Russian officials at ${} billion; the $5 billion target is above both.",
                    group_thousands(kg),
                    group_thousands(ru)
                ),
                notes: vec![
                    "Trade turnover is exports plus imports, in current US dollars. Figures are as officials and news reported them, not one official statistical table.".into(),
                    "Where one side gave two figures for a year, the statistics-based one is plotted and the other is listed with it. Partial years (January–November) are separate points, never joined to the annual line. The 2025 Kyrgyz figure, “more than $3.1 billion”, is a lower bound (arrow).".into(),
                ],
                sources: vec![("Reported figures, one link per value (see the table)", "#trade-table")],
            }
        }
        Panel::Investment => {
            let fdi = |period| group_thousands(reported("ru_fdi_into_kg", period, Side::Kyrgyz));
            let fund = |period| {
                let r = REPORTED
                    .iter()
                    .find(|r| r.series == "rkdf_cumulative" && r.period_text == period)
                    .expect("row in the data");
                let q = &r.quantities[1];
                format!(
                    "{}{}",
                    crate::logic::format::bound_word(q.bound),
                    usd_short(q.amount * 1e6)
                )
            };
            PanelCopy {
            title: format!("The Development Fund has financed {}; Russian direct investment was ${} million in six months", fund("as of 2025-11-26"), fdi("Jan-Jun 2025")),
            summary: format!(
                "Russian direct investment in the first half of 2025 (${} million) was close to the first half of 2024 (${} million); the Russian-Kyrgyz Development Fund’s financing grew from {} by end-2017 to {} by November 2025.",
                fdi("Jan-Jun 2025"),
                fdi("Jan-Jun 2024"),
                fund("end-2017"),
                fund("as of 2025-11-26")
            ),
            notes: vec![
                "Direct investment is the flow of one half-year; the Fund’s figures are cumulative since its establishment. Both are in US$ million.".into(),
                "“Over” figures are lower bounds (arrows). Averages per project are computed here, with their formula in the table.".into(),
            ],
            sources: vec![("Reported figures, one link per value (see the table)", "#investment-table")],
        }
        }
        Panel::Growth => {
            let m24 = usd_multiple(2024).expect("2024 in the data");
            let y2023 = crate::content::GDP
                .iter()
                .find(|g| g.year == 2023)
                .expect("2023 in the data");
            let bn = |v: f64| group_thousands((v / 1e7).round() / 100.0);
            PanelCopy {
                title: format!("In dollars, Kyrgyz GDP grew {} times from 2015 to 2024; in real terms, officials say 1.5 times", format_multiple(m24)),
                summary: "Putin’s “2.5 times in ten years” is below the nominal growth in US dollars and well above the real growth the Kyrgyz prime minister reported.".into(),
                notes: vec![
                    "Nominal figures are in current prices and include inflation and exchange-rate changes; “real terms” removes price changes. Putin did not say which he meant.".into(),
                    format!(
                        "The World Bank’s 2026 release revises 2023 to ${} billion from ${} billion in the earlier release (shown to two decimals); this chart uses the 2026 release. The som series ends in 2023.",
                        bn(y2023.usd),
                        bn(y2023.usd_older_vintage.expect("older vintage has 2023"))
                    ),
                    "Kyrgyzstan’s EAEU accession treaty came into force on 6 August 2015 (Eurasian Economic Commission via TASS).".into(),
                ],
                sources: vec![
                    ("World Bank, GDP (current US$)", super::growth::WDI_URL),
                    ("World Bank, GDP (current LCU)", super::growth::WDI_LCU_URL),
                    ("Treaty in force: TASS", "https://tass.com/economy/812859"),
                ],
            }
        }
    }
}

/// What a screen reader hears about a chart's axes and series (the data table has the values).
pub fn describe(chart: &super::data::ChartData) -> String {
    use super::data::{Mark, SeriesKind};
    let f = &chart.frame;
    let shape = |m: Mark| match m {
        Mark::Circle => "circles",
        Mark::Triangle => "triangles",
        Mark::Diamond => "diamonds",
        Mark::HollowCircle => "open circles",
        Mark::Square => "squares",
        Mark::None => "no markers",
    };
    let series: Vec<String> = chart
        .series
        .iter()
        .filter(|s| !s.points.is_empty())
        .map(|s| {
            let how = match s.kind {
                SeriesKind::Line => format!(
                    "{}, {} line",
                    shape(s.mark),
                    if s.dashed { "dashed" } else { "solid" }
                ),
                SeriesKind::Points => format!("{}, not joined", shape(s.mark)),
                SeriesKind::Bars => "bars".to_string(),
                SeriesKind::Reference => "a dashed horizontal line".to_string(),
            };
            format!("{} ({how})", s.label)
        })
        .collect();
    let axes = if chart.series.iter().any(|s| s.kind == SeriesKind::Bars) {
        format!(
            "Horizontal bars, one per row, on a scale of {} from {} to {}.",
            f.x_label,
            group_thousands(f.x_range.0),
            group_thousands(f.x_range.1)
        )
    } else {
        format!(
            "Horizontal axis: {}, {} to {}. Vertical axis: {}, {} to {}.",
            f.x_label,
            fixed(f.x_range.0.ceil(), 0),
            fixed(f.x_range.1.floor(), 0),
            f.y_label,
            group_thousands(f.y_range.0),
            group_thousands(f.y_range.1)
        )
    };
    format!(
        "{axes} Series: {}. Every value is in the data table.",
        series.join("; ")
    )
}
