//! The rows, claims and figures the app names, looked up once, at build time: `build.rs`
//! resolves each to its index and bakes `LOOKUP`, so the app indexes (`REPORTED[LOOKUP.fdi_h1_2025]`)
//! and never searches by text at render time. A row that is changed or removed fails the build
//! with a message naming the file, the row and the field it needs.

use super::error::ContentError;
use super::model::Figure;
use super::records::{Bound, Claim, GdpYear, Reported, Side};

const REPORTED_FILE: &str = "data/sources/kgz_russia_reported_figures.csv";
const CLAIMS_FILE: &str = "data/sources/context_claims.csv";
const FIGURES_FILE: &str = "data/figures.json";
const GDP_FILE: &str = "data/sources/kgz_gdp_current_usd_wdi.csv";

/// A row of the reported figures: its series, its period as written, whose figure it is (the
/// first exact figure of that side, else its first; `None`: any side), and how many numbers
/// its `value` must hold ("823 projects approved; 311": 2).
type RowKey = (&'static str, &'static str, Option<Side>, usize);

macro_rules! lookup {
    (
        rows { $($row:ident: $series:literal, $period:literal, $side:expr, $numbers:literal;)* }
        claims { $($claim:ident: $topic:literal;)* }
        figures { $($figure:ident: $id:literal;)* }
    ) => {
        /// Indices into `REPORTED`, `CLAIMS` and `FIGURES`, by what the app uses them for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Lookup {
            $(pub $row: usize,)*
            $(pub $claim: usize,)*
            $(pub $figure: usize,)*
        }

        const ROWS: &[(&str, RowKey)] = &[$((stringify!($row), ($series, $period, $side, $numbers)),)*];
        const CLAIM_TOPICS: &[(&str, &str)] = &[$((stringify!($claim), $topic),)*];
        const FIGURE_IDS: &[(&str, &str)] = &[$((stringify!($figure), $id),)*];

        impl Lookup {
            /// Every field with its value, for `build.rs` to write the static.
            pub fn fields(&self) -> Vec<(&'static str, usize)> {
                vec![$((stringify!($row), self.$row),)* $((stringify!($claim), self.$claim),)* $((stringify!($figure), self.$figure),)*]
            }
        }

        /// Resolves every name; the first that cannot be found fails with its file and fields.
        pub fn resolve(
            reported: &[Reported],
            claims: &[Claim],
            figures: &[Figure],
            gdp: &[GdpYear],
        ) -> Result<Lookup, ContentError> {
            check_gdp(gdp)?;
            let mut rows = ROWS.iter().map(|(name, key)| row(reported, name, key));
            let mut topics = CLAIM_TOPICS.iter().map(|(name, topic)| claim(claims, name, topic));
            let mut ids = FIGURE_IDS.iter().map(|(name, id)| figure(figures, name, id));
            Ok(Lookup {
                $($row: rows.next().expect("one per row")?,)*
                $($claim: topics.next().expect("one per claim")?,)*
                $($figure: ids.next().expect("one per figure")?,)*
            })
        }
    };
}

lookup! {
    rows {
        trade_kg_2024: "kg_ru_trade_turnover", "2024", Some(Side::Kyrgyz), 1;
        trade_ru_2024: "kg_ru_trade_turnover", "2024", Some(Side::Russian), 1;
        share_kg_2024: "kg_ru_trade_share_of_kg_total", "2024", Some(Side::Kyrgyz), 1;
        fdi_h1_2024: "ru_fdi_into_kg", "Jan-Jun 2024", Some(Side::Kyrgyz), 1;
        fdi_h1_2025: "ru_fdi_into_kg", "Jan-Jun 2025", Some(Side::Kyrgyz), 1;
        total_fdi_2023: "total_fdi_into_kg", "2023", None, 1;
        total_fdi_2024: "total_fdi_into_kg", "2024", None, 1;
        fund_2017: "rkdf_cumulative", "end-2017", None, 2;
        fund_2019: "rkdf_cumulative", "as of 2019-11-01", None, 2;
        fund_2024: "rkdf_cumulative", "as of 2024-10", None, 2;
        fund_2025: "rkdf_cumulative", "as of 2025-11-26", None, 2;
    }
    claims {
        real_growth: "kg_gdp_growth_real";
        eaeu_trade_growth: "kg_eaeu_mutual_trade_growth";
        treaty_framework: "ru_kg_treaty_framework";
        accession: "kg_eaeu_accession";
        trade_target: "kg_ru_trade_target";
    }
    figures {
        trade_share: "trade_share";
        energy_value: "energy_value";
        energy_facilities: "energy_facilities";
        treaty_documents: "treaty_documents";
        eaeu_exports_multiple: "eaeu_exports_multiple";
        target_figure: "trade_target";
        gdp_multiple: "gdp_multiple";
        eaeu_years: "eaeu_years";
    }
}

fn row(reported: &[Reported], name: &str, key: &RowKey) -> Result<usize, ContentError> {
    let (series, period, side, numbers) = *key;
    let of = |r: &&Reported| {
        r.series == series && r.period_text == period && side.is_none_or(|s| r.side == s)
    };
    let matching: Vec<(usize, &Reported)> =
        reported.iter().enumerate().filter(|(_, r)| of(r)).collect();
    let exact = matching.iter().find(|(_, r)| {
        r.quantities
            .first()
            .is_some_and(|q| q.bound == Bound::Exact)
    });
    let side = side.map_or(String::new(), |s| format!(", side `{}`", side_key(s)));
    let (i, r) = exact.or(matching.first()).ok_or_else(|| {
        ContentError::Table(format!(
            "{REPORTED_FILE}: no row with series `{series}`, period `{period}`{side} (the app's `{name}`)"
        ))
    })?;
    if r.quantities.len() != numbers {
        return Err(ContentError::Table(format!(
            "{REPORTED_FILE}: the row with series `{series}`, period `{period}`{side} has {} numbers in field `value` (`{}`), the app's `{name}` needs {numbers}",
            r.quantities.len(),
            r.value_text
        )));
    }
    Ok(*i)
}

fn claim(claims: &[Claim], name: &str, topic: &str) -> Result<usize, ContentError> {
    claims.iter().position(|c| c.topic == topic).ok_or_else(|| {
        ContentError::Table(format!(
            "{CLAIMS_FILE}: no row with topic `{topic}` (the app's `{name}`)"
        ))
    })
}

fn figure(figures: &[Figure], name: &str, id: &str) -> Result<usize, ContentError> {
    figures.iter().position(|f| f.id == id).ok_or_else(|| {
        ContentError::Table(format!(
            "{FIGURES_FILE}: no figure with id `{id}` (the app's `{name}`)"
        ))
    })
}

/// The GDP years the growth chart counts from and the 2023 value both US-dollar copies give.
fn check_gdp(gdp: &[GdpYear]) -> Result<(), ContentError> {
    let year = |y: u16| gdp.iter().find(|g| g.year == y);
    for needed in [2014, 2015] {
        if year(needed).is_none_or(|g| g.som.is_none()) {
            return Err(ContentError::Table(format!(
                "{GDP_FILE} and kgz_gdp_current_lcu_wdi.csv: no row for {needed} with both US$ and som (the base years of the growth chart)"
            )));
        }
    }
    if year(2023).is_none_or(|g| g.usd_older_vintage.is_none()) {
        return Err(ContentError::Table(format!(
            "{GDP_FILE}: row 2023 has no `gdp_usd_datasets_gdp_2024` (the note on the 2023 revision)"
        )));
    }
    Ok(())
}

fn side_key(s: Side) -> &'static str {
    match s {
        Side::Kyrgyz => "KG",
        Side::Russian => "RU",
        Side::Both => "both",
        Side::Eec => "EEC",
        Side::Unstated => "unstated",
    }
}
