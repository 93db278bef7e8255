//! The sourced data files (`data/sources/*.csv`, copied verbatim from the research notes) as
//! the app holds them: reported figures with their speaker and URL, World Bank GDP series,
//! context claims and the note on document names. Read at build time by `csv_read`; every
//! value keeps its text as reported.

use super::model::{List, Text};
pub use super::words::Change;

/// Whose statistics a figure is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Kyrgyz,
    Russian,
    Both,
    /// The Eurasian Economic Commission.
    Eec,
    Unstated,
}

/// How a reported number is qualified: "more than 3.1" is a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "over", "more than": the value is a lower bound.
    AtLeast,
    /// "about", "around", "~": approximate either way.
    About,
    /// "almost", "approaching", "nearly": a little below.
    JustUnder,
}

/// One number inside a reported value, e.g. "over 3500 projects" → 3500, at least, "projects".
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub amount: f64,
    pub bound: Bound,
    /// Words after the number, if any ("projects approved").
    pub what: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Period {
    Year(u16),
    /// Part of a year, months inclusive (1 = January).
    Months {
        year: u16,
        first: u8,
        last: u8,
    },
    /// Anything else, as written ("as of 2025-11", "latest (2025-11)").
    Other,
}

/// A row of `kgz_russia_reported_figures.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    pub series: Text,
    /// As written: "Jan-Nov 2018".
    pub period_text: Text,
    pub period: Period,
    /// As written: "more than 3.1".
    pub value_text: Text,
    pub quantities: List<Quantity>,
    pub unit: Text,
    pub side: Side,
    /// Who reported it, as the file gives it but with dates in words (`words::source_in_words`).
    pub source: Text,
    pub url: Text,
    /// The period in words: "latest as of November 2025".
    pub period_words: Text,
    /// The change on the year before, where the speaker field states it as "(+16.6% y/y)".
    pub change: Option<Change>,
}

impl Reported {
    /// Its first amount ("almost 4" → 4), 0 for a row without one (the build rejects those
    /// among the rows it bakes).
    pub fn amount(&self) -> f64 {
        self.quantities.first().map_or(0.0, |q| q.amount)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GdpYear {
    pub year: u16,
    /// Current US$, WDI vintage of 2026-07-13.
    pub usd: f64,
    /// Current US$, the older vintage (ends 2023).
    pub usd_older_vintage: Option<f64>,
    /// Current som (ends 2023).
    pub som: Option<f64>,
}

/// A row of `context_claims.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub topic: Text,
    pub period: Text,
    pub value: Text,
    pub unit: Text,
    pub side: Side,
    pub speaker: Text,
    pub quote: Text,
    pub url: Text,
}

/// The series of `kgz_russia_reported_figures.csv` the app shows; the others are validated
/// with the file but not baked into the bundle.
pub const USED_SERIES: [&str; 5] = [
    "kg_ru_trade_turnover",
    "kg_ru_trade_share_of_kg_total",
    "ru_fdi_into_kg",
    "total_fdi_into_kg",
    "rkdf_cumulative",
];

/// The topics of `context_claims.csv` the app shows.
pub const USED_CLAIMS: [&str; 5] = [
    "kg_gdp_growth_real",
    "kg_eaeu_mutual_trade_growth",
    "ru_kg_treaty_framework",
    "kg_eaeu_accession",
    "kg_ru_trade_target",
];

/// A row of `document_terms.csv`: what a source says of the names of international
/// documents in general (not of the documents the article lists).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentTerm {
    pub topic: Text,
    pub quote: Text,
    pub source: Text,
    pub url: Text,
}

/// The topic of the `document_terms.csv` row the explorer quotes.
pub const DOCUMENT_TERM_TOPIC: &str = "instrument_titles";

#[cfg(not(target_arch = "wasm32"))]
pub use super::csv_read::*;
