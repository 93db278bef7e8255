//! The live sentences of the "what would it take" controls and their formulas, computed
//! from the chosen start, rate and base year: never typed in.

use super::trade::{baseline_point, Baseline, Start, TARGET_BN};
use crate::content::{Bound, Reported, Side, REPORTED};
use crate::logic::format::{fixed, group_thousands, percent};
use crate::logic::growth::{
    compound, rate_for_multiple, years_to_target, NeverReached, TargetOutcome,
};
use crate::logic::view_state::{rate, tenths_text, GdpBase, Tenths};

/// "12%", "−2.5%": a slider value as the sentence shows it.
pub fn rate_text(v: Tenths) -> String {
    format!("{}%", tenths_text(v).replace('-', "−"))
}

/// "At 16.6% a year, trade would pass $5 billion in 2029."
pub fn trade_sentence(baseline: Baseline, v: Tenths) -> String {
    let start = baseline_point(baseline);
    let r = rate_text(v);
    match years_to_target(start.value, TARGET_BN, rate(v)) {
        TargetOutcome::Reached { whole_years, .. } => format!(
            "At {r} a year, trade would pass $5 billion in {}.",
            u32::from(start.year) + whole_years
        ),
        TargetOutcome::AlreadyThere => format!("At {r} a year, trade is already above $5 billion."),
        TargetOutcome::Never(NeverReached::NoGrowth) => format!(
            "At {r} a year, trade would stay at ${} billion and never reach $5 billion.",
            group_thousands(start.value)
        ),
        TargetOutcome::Never(NeverReached::Shrinking) => {
            format!("At {r} a year, trade would shrink and never reach $5 billion.")
        }
        TargetOutcome::Never(NeverReached::Invalid) => "That rate gives no meaningful path.".into(),
    }
}

/// Where the projection starts, in words: "more than $3.1 billion in 2025 (Kyrgyz officials)".
pub fn start_text(start: &Start) -> String {
    let lower = if start.bound == Bound::AtLeast {
        "more than "
    } else {
        ""
    };
    format!(
        "{lower}${} billion in {} ({})",
        group_thousands(start.value),
        start.year,
        start.side
    )
}

/// How the sentence is computed, with the numbers filled in.
pub fn trade_formula(baseline: Baseline, v: Tenths) -> String {
    let start = baseline_point(baseline);
    let from = format!(
        "How this is computed: from {}, the side’s latest annual figure,",
        start_text(&start)
    );
    let caveat = if start.bound == Bound::AtLeast {
        " That figure is a lower bound, so the target could be passed sooner."
    } else {
        ""
    };
    match years_to_target(start.value, TARGET_BN, rate(v)) {
        TargetOutcome::Reached { years, whole_years } => format!(
            "{from} years needed = ln(5 ÷ {}) ÷ ln(1 + {}) = {}, so $5 billion is passed in the {} year after {}.{caveat}",
            group_thousands(start.value),
            fixed(rate(v), 3),
            fixed(years, 2),
            ordinal(whole_years),
            start.year
        ),
        _ => format!("{from} only a growth rate above 0% reaches a higher target."),
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

/// A growth rate one side's officials reported for Kyrgyz–Russian trade.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedRate {
    pub side: &'static str,
    pub year: u16,
    pub tenths: Tenths,
    /// Who reported it, without the "(+16.6% y/y)" the file adds.
    pub source: String,
    pub url: String,
}

/// The reported year-on-year growth rates of trade, Kyrgyz side first: the slider's presets.
pub fn reported_rates() -> Vec<ReportedRate> {
    let of = |side: Side, name: &'static str| {
        REPORTED
            .iter()
            .filter(|r| r.series == super::trade::SERIES && r.side == side)
            .filter_map(|r: &'static Reported| Some((r, r.change.as_ref()?)))
            .map(move |(r, change)| ReportedRate {
                side: name,
                year: match r.period {
                    crate::content::Period::Year(y) => y,
                    _ => 0,
                },
                tenths: (change.percent * 10.0).round() as Tenths,
                source: change.by.to_string(),
                url: r.url.to_string(),
            })
            .next()
    };
    [
        of(Side::Kyrgyz, super::trade::KYRGYZ),
        of(Side::Russian, super::trade::RUSSIAN),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// "At 9.6% a year, GDP would be 2.501 times its 2015 level after ten years, in 2025."
pub fn growth_sentence(v: Tenths, base: GdpBase) -> String {
    let m = compound(1.0, rate(v), 10.0);
    format!(
        "At {} a year, GDP would be {} times its {} level after ten years, in {}.",
        rate_text(v),
        fixed(m, 3),
        base.year(),
        base.year() + 10
    )
}

/// The rate implied by Putin's "2.5 times in ten years", with its formula.
pub fn implied_rate_formula() -> String {
    let r = rate_for_multiple(2.5, 10.0).unwrap_or(0.0);
    format!(
        "How this is computed: “2.5 times in ten years” is growth of ¹⁰√2.5 − 1 = {} a year, compounded; the slider starts there.",
        percent(r, 3)
    )
}
