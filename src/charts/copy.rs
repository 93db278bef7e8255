//! The words around each chart: a title that states the finding, a one-sentence summary,
//! definitions and sources. Every number here is computed from the data, never typed in;
//! the live sentences of the controls are in `what_if`.

use super::gdp_windows::windows;
use super::growth::{multiple_rounded, Currency};
use crate::content::{ARTICLE_URL, CLAIMS, GDP, LOOKUP, REPORTED};
use crate::logic::format::{bound_word, fixed, group_thousands, usd_short};
use crate::logic::view_state::Panel;

/// A chart's title (its finding), summary sentence, notes and sources.
pub struct PanelCopy {
    pub title: String,
    pub summary: String,
    pub notes: Vec<String>,
    pub sources: Vec<(&'static str, &'static str)>,
    /// The one-line source under a chart shown alone (`only=chart` embeds, exports).
    pub source_line: &'static str,
}

/// The first amount of a reported row (an index of `LOOKUP`).
fn reported(row: usize) -> f64 {
    REPORTED[row].amount()
}

/// "$311 million", "over $1 billion": the Fund's money figure of a cumulative row, its last
/// quantity ("823 projects approved; 311").
fn fund(row: usize) -> String {
    REPORTED[row]
        .quantities
        .last()
        .map_or_else(String::new, |q| {
            format!("{}{}", bound_word(q.bound), usd_short(q.amount * 1e6))
        })
}

pub fn panel_copy(panel: Panel) -> PanelCopy {
    match panel {
        Panel::Trade => trade(),
        Panel::Investment => investment(),
        Panel::Growth => growth(),
    }
}

/// "$3.2 billion and almost $4 billion": every 2024 trade figure one side's officials gave,
/// plotted one first (the lead's words for them).
fn side_2024(plotted: usize) -> String {
    crate::logic::lead::side_figures(REPORTED, &REPORTED[plotted])
        .into_iter()
        .map(|(words, _)| words)
        .collect::<Vec<_>>()
        .join(" and ")
}

fn trade() -> PanelCopy {
    let kg = reported(LOOKUP.trade_kg_2024);
    let ru = reported(LOOKUP.trade_ru_2024);
    PanelCopy {
        title: format!(
            "For 2024 trade, Kyrgyz and Russian officials’ figures differ by up to ${} billion",
            fixed(ru - kg, 1)
        ),
        summary: format!(
            "For 2024 trade with Russia, Kyrgyz officials gave {} (the first is plotted), Russian officials {}; the $5 billion target is above all of them.",
            side_2024(LOOKUP.trade_kg_2024),
            side_2024(LOOKUP.trade_ru_2024)
        ),
        notes: vec![
            "Trade turnover is exports plus imports, in current US dollars. Figures are as officials and news reports gave them, not one statistical table.".into(),
            "Where one side gave two figures for a year, its exact figure is plotted and the other is listed with it. Partial years (January–November) are separate points, never joined to the annual line, and a line never crosses a year without a figure: there is no Kyrgyz annual figure for 2019–2022 and no Russian one for 2023. The 2025 Kyrgyz figure, “more than $3.1 billion”, is a lower bound (arrow).".into(),
        ],
        sources: vec![("Reported figures, one link per value (see the table)", "#trade-table")],
        source_line: "Source: Kyrgyz and Russian officials’ figures as news outlets reported them; one link per value in the explainer’s data table.",
    }
}

fn investment() -> PanelCopy {
    let fdi = |row| group_thousands(reported(row));
    PanelCopy {
        title: format!(
            "The Development Fund: {} invested by the leaders’ account; Russian direct investment ${} million in six months",
            fund(LOOKUP.fund_2025),
            fdi(LOOKUP.fdi_h1_2025)
        ),
        summary: format!(
            "Russian direct investment in the first half of 2025 (${} million) was close to the first half of 2024 (${} million). The Russian-Kyrgyz Development Fund had approved {} by the end of 2017; in November 2025 the leaders said it has invested {}.",
            fdi(LOOKUP.fdi_h1_2025),
            fdi(LOOKUP.fdi_h1_2024),
            fund(LOOKUP.fund_2017),
            fund(LOOKUP.fund_2025)
        ),
        notes: vec![
            "Direct investment is the flow of one half-year; the Fund’s figures are cumulative since its establishment, and not all the same measure (the end-2017 figure is of projects approved). All in US$ million.".into(),
            "The energy facilities’ worth is the value of projects built with the Fund’s participation, not the Fund’s own money. “Over” figures are lower bounds (arrows). Averages per project are computed here, with their formula in the table.".into(),
        ],
        sources: vec![("Reported figures, one link per value (see the table)", "#investment-table")],
        source_line: "Source: officials’ figures as news outlets reported them, and the article; one link per value in the explainer’s data table.",
    }
}

fn growth() -> PanelCopy {
    let w = windows();
    let usd = |i: usize| w[i].usd.map(multiple_rounded).unwrap_or_default();
    let bn = |v: f64| fixed(v / 1e9, 2);
    // build.rs checks that 2023 has both copies of the US-dollar series (content::lookup).
    let revision = GDP
        .iter()
        .find(|g| g.year == 2023)
        .and_then(|g| Some((g.usd_older_vintage?, g.usd)))
        .map_or_else(String::new, |(older, newer)| {
            format!(
                " An older copy of the US-dollar series gives ${} billion for 2023, where the newer release has ${} billion.",
                bn(older),
                bn(newer)
            )
        });
    let accession = &CLAIMS[LOOKUP.accession];
    PanelCopy {
        title: "Whether GDP grew “2.5 times in ten years” depends on the base year and on prices".into(),
        summary: format!(
            "In current US dollars, Kyrgyz GDP grew {} times from {} to {} and {} times from {} to {}; in real terms, the Kyrgyz prime minister put growth since 2015 at 1.5 times. The article does not say which measure Putin meant.",
            usd(0), w[0].from, w[0].to, usd(1), w[1].from, w[1].to
        ),
        notes: vec![
            "Nominal figures are in current prices and include inflation and exchange-rate changes; “real terms” removes price changes.".into(),
            format!(
                "Each series comes from one World Bank release, and each ratio from one series: US dollars from the {}; som from the {}, which ends in 2023.{revision}",
                Currency::Usd.release(),
                Currency::Som.release(),
            ),
            "Kyrgyzstan’s EAEU accession treaty came into force on 6 August 2015 (Eurasian Economic Commission via TASS).".into(),
        ],
        sources: vec![
            ("World Bank, GDP (current US$)", super::growth::WDI_URL),
            ("World Bank, GDP (current LCU)", super::growth::WDI_LCU_URL),
            ("Treaty in force: TASS", accession.url.as_ref()),
            ("The article (CentralasianLIGHT.org)", ARTICLE_URL),
        ],
        source_line: "Source: World Bank, World Development Indicators (GDP in current US dollars and in current som); claims: the article and the Kyrgyz prime minister via 24.kg.",
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
                SeriesKind::Line => {
                    let gaps: Vec<String> = s
                        .gaps()
                        .iter()
                        .map(|&(a, b)| {
                            if a == b {
                                a.to_string()
                            } else {
                                format!("{a}–{b}")
                            }
                        })
                        .collect();
                    format!(
                        "{}, {} line{}",
                        shape(s.mark),
                        if s.dashed { "dashed" } else { "solid" },
                        if gaps.is_empty() {
                            String::new()
                        } else {
                            format!(", broken where there is no figure: {}", gaps.join(", "))
                        }
                    )
                }
                SeriesKind::Points => format!("{}, not joined", shape(s.mark)),
                SeriesKind::Bars => "bars".to_string(),
                SeriesKind::Reference => "a thin solid horizontal line".to_string(),
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
