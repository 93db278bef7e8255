//! Russian money in Kyrgyzstan, in US$ million: direct investment in the first half of 2024
//! and 2025, the Russian-Kyrgyz Development Fund's cumulative financing, and the energy
//! facilities it is building. Derived averages carry their formula.

use super::data::{ChartData, DataPoint, Frame, Mark, Role, Series, SeriesKind};
use crate::content::{Bound, Reported, FIGURES, LOOKUP, REPORTED};
use crate::logic::format::{bound_word, dollars, fixed, group_thousands, qualifier_prefix};

/// A row `LOOKUP` names (resolved and checked at build time).
fn row(index: usize) -> &'static Reported {
    &REPORTED[index]
}

fn bar(
    key: &str,
    slot: f64,
    label: &str,
    r: &Reported,
    usd_mn: usize,
    figures: &'static [&'static str],
) -> DataPoint {
    let q = &r.quantities[usd_mn];
    let words = format!("{}{}", bound_word(q.bound), dollars(q.amount * 1e6));
    DataPoint {
        key: key.into(),
        x: q.amount,
        y: slot,
        period: label.into(),
        value_text: words,
        bound: q.bound,
        source: r.source.clone(),
        url: r.url.clone(),
        note: None,
        tag: None,
        figures,
    }
}

/// "823 projects approved. Average: 311 ÷ 823 = 377,886 US dollars per project."
fn fund_note(r: &Reported) -> String {
    let projects = &r.quantities[0];
    let usd = &r.quantities[1];
    let count = format!(
        "{}{} {}",
        qualifier_prefix(&r.value_text),
        group_thousands(projects.amount),
        projects.what.as_deref().unwrap_or("projects")
    );
    if projects.bound == Bound::AtLeast && usd.bound == Bound::AtLeast {
        return format!(
            "{count}. Average per project: not computable, both figures are lower bounds."
        );
    }
    let avg = usd.amount * 1e6 / projects.amount;
    format!(
        "{count}. Average per project: {} million ÷ {} = {}{} per project.",
        group_thousands(usd.amount),
        group_thousands(projects.amount),
        if projects.bound == Bound::Exact && usd.bound == Bound::Exact {
            ""
        } else {
            "about "
        },
        dollars(avg.round())
    )
}

pub fn chart() -> ChartData {
    let fdi24 = row(LOOKUP.fdi_h1_2024);
    let fdi25 = row(LOOKUP.fdi_h1_2025);

    let h1_24 = bar(
        "investment-fdi-h1-2024",
        0.0,
        "Russian direct investment, H1 2024",
        fdi24,
        0,
        &[],
    );
    let mut h1_25 = bar(
        "investment-fdi-h1-2025",
        1.0,
        "Russian direct investment, H1 2025",
        fdi25,
        0,
        &["fdi_h1_2025"],
    );
    let (before, after) = (fdi24.quantities[0].amount, fdi25.quantities[0].amount);
    h1_25.note = Some(format!(
        "Change on H1 2024: ({} − {}) ÷ {} = {}%.",
        group_thousands(after),
        group_thousands(before),
        group_thousands(before),
        fixed((after - before) / before * 100.0, 1),
    ));
    // For scale: all foreign direct investment, from every country, in the last full years.
    let totals: Vec<DataPoint> = [
        ("2023", LOOKUP.total_fdi_2023),
        ("2024", LOOKUP.total_fdi_2024),
    ]
    .iter()
    .enumerate()
    .map(|(i, (year, index))| {
        let r = row(*index);
        let mut p = bar(
            &format!("investment-total-{year}"),
            2.0 + i as f64,
            &format!("All foreign direct investment, {year}"),
            r,
            0,
            &[],
        );
        p.note = Some(
            "From every country, for the whole year (the Russian figures above are half-years)."
                .into(),
        );
        p
    })
    .collect();

    let fund_rows = [
        (
            "investment-fund-2017",
            "Development Fund, approved by end-2017",
            LOOKUP.fund_2017,
            &[][..],
        ),
        (
            "investment-fund-2019",
            "Development Fund, by Nov 2019",
            LOOKUP.fund_2019,
            &[][..],
        ),
        (
            "investment-fund-2024",
            "Development Fund, by Oct 2024",
            LOOKUP.fund_2024,
            &[][..],
        ),
        (
            "investment-fund-2025",
            "Development Fund, by Nov 2025",
            LOOKUP.fund_2025,
            &["fund_invested", "fund_projects"][..],
        ),
    ];
    let fund = fund_rows
        .iter()
        .enumerate()
        .map(|(i, (key, label, index, figures))| {
            let r = row(*index);
            let mut p = bar(key, 4.0 + i as f64, label, r, 1, figures);
            p.note = Some(fund_note(r));
            p
        })
        .collect();
    // The fields, not the figures: `FIGURES` and `LOOKUP` are constants, so these fold to
    // the values and texts themselves, and the other figures' texts stay out of the chart
    // module (a reference to a figure would keep the whole table).
    let (worth, worth_by) = (
        FIGURES[LOOKUP.energy_value].value,
        FIGURES[LOOKUP.energy_value].speaker.as_ref(),
    );
    let (facilities, facilities_phrase) = (
        FIGURES[LOOKUP.energy_facilities].value,
        FIGURES[LOOKUP.energy_facilities].phrase.as_ref(),
    );
    let worth_mn = worth / 1e6;
    let energy = DataPoint {
        key: "investment-energy".into(),
        x: worth_mn,
        y: 8.0,
        period: format!(
            "{} energy facilities being built",
            crate::logic::format::group_thousands(facilities)
        ),
        value_text: format!("over {}", dollars(worth)),
        bound: Bound::AtLeast,
        source: format!("The article, 26 November 2025 (attributed to {})", worth_by).into(),
        url: crate::content::ARTICLE_URL.into(),
        note: Some(format!(
            "{}, worth over ${} million, are being built with the Fund’s participation: the value of the facilities, not the Fund’s own investment. Average: {} ÷ {} = over {} million US dollars each.",
            facilities_phrase,
            group_thousands(worth_mn),
            group_thousands(worth_mn),
            group_thousands(facilities),
            group_thousands(worth_mn / facilities),
        )),
        tag: None,
        figures: &["energy_value", "energy_facilities"],
    };
    ChartData {
        decimals: None,
        id: "investment",
        title: "Russian investment and the Development Fund",
        unit: "US$ million",
        frame: Frame {
            x_range: (0.0, 1050.0),
            y_range: (-0.5, 8.5),
            x_label: "US$ million",
            y_label: "",
            marker: None,
        },
        notes: Vec::new(),
        series: vec![
            Series::new(
                "fdi",
                "Russian direct investment (half-year)",
                SeriesKind::Bars,
                Mark::Square,
                Role::Russian,
                vec![h1_24, h1_25],
            )
            .labelled(vec![
                "Russian direct investment, half-year flows".into(),
                "Russian FDI, half-years".into(),
            ]),
            Series::new(
                "total",
                "All foreign direct investment (full year)",
                SeriesKind::Bars,
                Mark::Square,
                Role::Unstated,
                totals,
            )
            .labelled(vec![
                "All foreign direct investment, full-year flows".into(),
                "All FDI, full years".into(),
            ]),
            Series::new(
                "fund",
                "Russian-Kyrgyz Development Fund, cumulative",
                SeriesKind::Bars,
                Mark::Square,
                Role::Fund,
                fund,
            )
            .labelled(vec![
                "Development Fund, cumulative financing".into(),
                "Fund, cumulative".into(),
            ]),
            Series::new(
                "energy",
                "Energy facilities under construction",
                SeriesKind::Bars,
                Mark::Square,
                Role::Energy,
                vec![energy],
            )
            .labelled(vec![
                "Energy projects with the Fund, their value".into(),
                "Energy projects’ value".into(),
            ]),
        ],
    }
}
