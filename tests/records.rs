//! The sourced CSV files: every row parses into a typed record, values keep their text.

use bishkek_explainer::content::records::{
    csv_rows, parse_claims, parse_gdp, parse_period, parse_quantities, parse_reported, USED_SERIES,
};
use bishkek_explainer::content::{Bound, Change, Period, Quantity, Side, CLAIMS, GDP, REPORTED};

const REPORTED_CSV: &str = include_str!("../data/sources/kgz_russia_reported_figures.csv");
const CLAIMS_CSV: &str = include_str!("../data/sources/context_claims.csv");
const GDP_USD_CSV: &str = include_str!("../data/sources/kgz_gdp_current_usd_wdi.csv");

/// A file's data lines, found without the CSV reader: neither comments, blank lines nor the
/// header.
fn data_lines(csv: &str) -> Vec<&str> {
    csv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .collect()
}

/// The first field of a line (never quoted in these files).
fn first_field(line: &str) -> &str {
    line.split(',').next().unwrap()
}

#[test]
fn every_row_of_the_shown_series_is_baked_in_file_order() {
    // By a plain split: series and period are the first two fields, the URL the last; none
    // of them is quoted or holds a comma.
    let expected: Vec<(&str, &str, &str)> = data_lines(REPORTED_CSV)
        .into_iter()
        .filter(|l| USED_SERIES.contains(&first_field(l)))
        .map(|l| {
            let mut fields = l.split(',');
            let (series, period) = (fields.next().unwrap(), fields.next().unwrap());
            (series, period, l.rsplit(',').next().unwrap())
        })
        .collect();
    let baked: Vec<(&str, &str, &str)> = REPORTED
        .iter()
        .map(|r| (r.series.as_ref(), r.period_text.as_ref(), r.url.as_ref()))
        .collect();
    assert_eq!(baked, expected);
    // Counted by hand in the file: 17 trade rows, 5 trade shares, 6 + 2 investment rows and 4
    // of the development fund; the other 15 rows are validated but not shown.
    let count = |series: &str| REPORTED.iter().filter(|r| r.series == series).count();
    assert_eq!(USED_SERIES.map(count), [17, 5, 6, 2, 4], "{USED_SERIES:?}");
    assert_eq!(data_lines(REPORTED_CSV).len(), 49);
    // Every row of the file reads, not only the shown ones.
    assert_eq!(parse_reported(REPORTED_CSV).unwrap().len(), 49);
}

#[test]
fn baked_rows_keep_the_file_s_words_as_a_reader_checks_them() {
    let row = |series: &str, period: &str| {
        REPORTED
            .iter()
            .find(|r| r.series == series && r.period_text == period && r.side == Side::Kyrgyz)
            .unwrap_or_else(|| panic!("no KG row {series} {period}"))
    };
    let latest = row("kg_ru_trade_turnover", "2025");
    assert_eq!(latest.period, Period::Year(2025));
    assert_eq!(latest.value_text, "more than 3.1");
    assert_eq!(
        latest.quantities.as_ref(),
        [Quantity {
            amount: 3.1,
            bound: Bound::AtLeast,
            what: None
        }]
    );
    assert_eq!(latest.unit, "USD bn");
    assert_eq!(
        latest.source,
        "Amb. Vakunov (citing NSC) via 24.kg 10 February 2026"
    );
    assert_eq!(latest.change, None);

    let y2024 = row("kg_ru_trade_turnover", "2024");
    assert_eq!(y2024.value_text, "3.2");
    assert_eq!(
        y2024.change,
        Some(Change {
            percent: 16.6,
            by: "FM Kulubaev via Finmarket".into()
        })
    );

    let months = row("kg_ru_trade_turnover", "Jan-Nov 2025");
    assert_eq!(
        months.period,
        Period::Months {
            year: 2025,
            first: 1,
            last: 11
        }
    );
    assert_eq!(months.period_words, "January–November 2025");

    let fund = row("rkdf_cumulative", "as of 2025-11-26");
    assert_eq!(fund.value_text, "over 3500 projects; over 1000");
    let amounts: Vec<_> = fund
        .quantities
        .iter()
        .map(|q| (q.amount, q.bound, q.what.as_deref()))
        .collect();
    assert_eq!(
        amounts,
        [
            (3500.0, Bound::AtLeast, Some("projects")),
            (1000.0, Bound::AtLeast, None)
        ]
    );
}

#[test]
fn the_shown_claims_are_the_file_s_rows_but_one_with_quoted_fields_intact() {
    let topics: Vec<&str> = CLAIMS.iter().map(|c| c.topic.as_ref()).collect();
    assert_eq!(
        topics,
        [
            "kg_gdp_growth_real",
            "kg_eaeu_mutual_trade_growth",
            "ru_kg_treaty_framework",
            "kg_eaeu_accession",
            "kg_ru_trade_target",
        ]
    );
    let in_file: Vec<&str> = data_lines(CLAIMS_CSV)
        .into_iter()
        .map(first_field)
        .collect();
    assert_eq!(in_file.len(), 6);
    assert_eq!(
        in_file
            .iter()
            .filter(|t| **t != "kg_eaeu_trade_turnover")
            .collect::<Vec<_>>(),
        topics.iter().collect::<Vec<_>>()
    );
    // A quoted field with a comma inside, and one with `""` quotes inside.
    assert_eq!(
        CLAIMS[0].speaker,
        "PM Adylbek Kasymaliev via 24.kg (EAEU Intergovernmental Council, Cholpon-Ata)"
    );
    assert_eq!(
        CLAIMS[3].quote,
        "\"The treaty on Kyrgyzstan's joining the Eurasian Economic Union comes into force from \
         August 6, 2015.\" Signed December 23, 2014; protocols May 8, 2015."
    );
    assert_eq!(
        CLAIMS.iter().map(|c| c.side).collect::<Vec<_>>(),
        [
            Side::Kyrgyz,
            Side::Kyrgyz,
            Side::Russian,
            Side::Eec,
            Side::Both
        ]
    );
    // The whole file reads, the row not shown included.
    let all = parse_claims(CLAIMS_CSV).unwrap();
    assert_eq!(all[2].value, "about 5 → more than 15.7");
    assert!(all[2]
        .quote
        .starts_with("\"It was about $5 billion, now it is more than $15.7 billion\" (trade"));
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
    // One year a data line of the US$ file, 2013 to 2025.
    assert_eq!(GDP.len(), data_lines(GDP_USD_CSV).len());
    let years: Vec<u16> = GDP.iter().map(|g| g.year).collect();
    assert_eq!(years, (2013..=2025).collect::<Vec<u16>>());
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
}
