//! The rows the app names are looked up once, at build time: a changed or removed row fails
//! with a message that names its file, the row and the field.

use bishkek_explainer::content::lookup::resolve;
use bishkek_explainer::content::records::{parse_claims, parse_gdp, parse_reported};
use bishkek_explainer::content::source::parse_figures;

const REPORTED: &str = include_str!("../data/sources/kgz_russia_reported_figures.csv");
const CLAIMS: &str = include_str!("../data/sources/context_claims.csv");
const FIGURES: &str = include_str!("../data/figures.json");
const USD: &str = include_str!("../data/sources/kgz_gdp_current_usd_wdi.csv");
const SOM: &str = include_str!("../data/sources/kgz_gdp_current_lcu_wdi.csv");

fn resolved(reported: &str, claims: &str, usd: &str) -> Result<(), String> {
    resolve(
        &parse_reported(reported).unwrap(),
        &parse_claims(claims).unwrap(),
        &parse_figures(FIGURES).unwrap(),
        &parse_gdp(usd, SOM).unwrap(),
    )
    .map(|_| ())
    .map_err(|e| e.to_string())
}

/// The data file with one line changed (which must be there exactly once).
fn with(text: &str, line_start: &str, replacement: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.iter().filter(|l| l.starts_with(line_start)).count(),
        1,
        "{line_start}"
    );
    lines
        .iter()
        .map(|l| {
            if l.starts_with(line_start) {
                replacement
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_data_as_it_stands_resolves() {
    assert_eq!(resolved(REPORTED, CLAIMS, USD), Ok(()));
}

#[test]
fn a_removed_row_names_its_file_row_and_use() {
    let removed = with(REPORTED, "ru_fdi_into_kg,Jan-Jun 2025,", "");
    assert_eq!(
        resolved(&removed, CLAIMS, USD),
        Err("data/sources/kgz_russia_reported_figures.csv: no row with series `ru_fdi_into_kg`, period `Jan-Jun 2025`, side `KG` (the app's `fdi_h1_2025`)".into())
    );
    let renamed = with(
        CLAIMS,
        "kg_ru_trade_target,",
        "kg_ru_trade_goal,2023-10-12,5,USD bn a year,both,x,y,z",
    );
    assert_eq!(
        resolved(REPORTED, &renamed, USD),
        Err("data/sources/context_claims.csv: no row with topic `kg_ru_trade_target` (the app's `trade_target`)".into())
    );
}

#[test]
fn a_changed_value_names_its_field() {
    let changed = with(
        REPORTED,
        "rkdf_cumulative,end-2017,",
        "rkdf_cumulative,end-2017,311,USD mn,KG,RKDF board chair Asrandiev via 24.kg,https://24.kg/",
    );
    assert_eq!(
        resolved(&changed, CLAIMS, USD),
        Err("data/sources/kgz_russia_reported_figures.csv: the row with series `rkdf_cumulative`, period `end-2017` has 1 numbers in field `value` (`311`), the app's `fund_2017` needs 2".into())
    );
    let no_older = with(USD, "2023,", "2023,15180842369.4894,");
    assert_eq!(
        resolved(REPORTED, CLAIMS, &no_older),
        Err("data/sources/kgz_gdp_current_usd_wdi.csv: row 2023 has no `gdp_usd_datasets_gdp_2024` (the note on the 2023 revision)".into())
    );
}
