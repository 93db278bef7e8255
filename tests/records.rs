//! The sourced CSV files: every row parses into a typed record, values keep their text.

use bishkek_explainer::content::records::{
    csv_rows, parse_claims, parse_gdp, parse_period, parse_quantities, parse_reported, USED_CLAIMS,
    USED_SERIES,
};
use bishkek_explainer::content::{Bound, Period, Side, CLAIMS, GDP, REPORTED};

const REPORTED_CSV: &str = include_str!("../data/sources/kgz_russia_reported_figures.csv");

#[test]
fn every_reported_row_parses_and_the_used_series_are_baked() {
    let all = parse_reported(REPORTED_CSV).unwrap();
    assert_eq!(
        all.len(),
        REPORTED_CSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count()
            - 1
    );
    assert!(all
        .iter()
        .all(|r| !r.url.is_empty() && !r.source.is_empty()));
    let used: Vec<_> = all
        .iter()
        .filter(|r| USED_SERIES.contains(&r.series.as_ref()))
        .cloned()
        .collect();
    assert_eq!(used.as_slice(), REPORTED);
    let claims = parse_claims(include_str!("../data/sources/context_claims.csv")).unwrap();
    assert_eq!(claims.len(), 6);
    assert_eq!(CLAIMS.len(), USED_CLAIMS.len());
    assert_eq!(
        claims[0].speaker,
        "PM Adylbek Kasymaliev via 24.kg (EAEU Intergovernmental Council, Cholpon-Ata)"
    );
}

#[test]
fn values_keep_their_words_and_bounds() {
    let q = parse_quantities("more than 3.1").unwrap();
    assert_eq!((q[0].amount, q[0].bound), (3.1, Bound::AtLeast));
    let q = parse_quantities("823 projects approved; 311").unwrap();
    assert_eq!(
        (q[0].amount, q[0].what.as_deref(), q[1].amount),
        (823.0, Some("projects approved"), 311.0)
    );
    let q = parse_quantities("over 1.8, almost 2").unwrap();
    assert_eq!(
        (q[0].bound, q[1].bound, q[1].amount),
        (Bound::AtLeast, Bound::JustUnder, 2.0)
    );
    assert_eq!(parse_quantities("about 20").unwrap()[0].bound, Bound::About);
    assert_eq!(
        parse_quantities("n/a").unwrap_err().to_string(),
        "value `n/a` does not start with a number"
    );
}

#[test]
fn periods() {
    assert_eq!(parse_period("2024"), Period::Year(2024));
    assert_eq!(
        parse_period("Jan-Nov 2025"),
        Period::Months {
            year: 2025,
            first: 1,
            last: 11
        }
    );
    assert_eq!(parse_period("Nov-Jan 2025"), Period::Other);
    assert_eq!(parse_period("as of 2025-11"), Period::Other);
}

#[test]
fn gdp_joins_both_files_by_year() {
    assert_eq!(GDP.len(), 13);
    let y2023 = GDP.iter().find(|g| g.year == 2023).unwrap();
    assert_eq!(
        (y2023.usd, y2023.usd_older_vintage, y2023.som),
        (
            15180842369.4894,
            Some(13987627908.838139),
            Some(1228898800000.0)
        )
    );
    assert_eq!(GDP.iter().find(|g| g.year == 2025).unwrap().som, None);
    let bad = parse_gdp(
        "year,gdp_usd_wdi_2026_es,gdp_usd_datasets_gdp_2024\n2013,-5,\n",
        "year,gdp_som\n",
    )
    .unwrap_err();
    assert_eq!(bad.to_string(), "value `-5` is not a positive number");
}

#[test]
fn csv_errors_are_clear() {
    assert_eq!(
        csv_rows("a,\"b\n").unwrap_err().to_string(),
        "CSV line 1: unclosed quote"
    );
    assert_eq!(
        csv_rows("x,\"y,\"\"z\"\"\"\n").unwrap(),
        vec![vec!["x".to_string(), "y,\"z\"".to_string()]]
    );
    let wrong = parse_reported("series,period\nx,y\n")
        .unwrap_err()
        .to_string();
    assert!(wrong.starts_with("header is `series,period`, expected `series,period,value,unit,side,speaker_or_outlet,url`"), "{wrong}");
    let short =
        parse_reported("series,period,value,unit,side,speaker_or_outlet,url\na,b,1\n").unwrap_err();
    assert_eq!(short.to_string(), "data row 1 has 3 fields, expected 7");
    let side = parse_reported(
        "series,period,value,unit,side,speaker_or_outlet,url\na,2020,1,USD bn,XX,s,u\n",
    )
    .unwrap_err();
    assert_eq!(side.to_string(), "value `XX` unknown side");
    let _ = Side::Both;
}
