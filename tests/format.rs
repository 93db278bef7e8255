use bishkek_explainer::content::{figure_by_id, Unit};
use bishkek_explainer::logic::format::{describe_figure, dollars, group_thousands, value_in_words};

#[test]
fn groups_thousands_without_rounding() {
    assert_eq!(group_thousands(1800.0), "1,800");
    assert_eq!(group_thousands(3500.0), "3,500");
    assert_eq!(group_thousands(999.0), "999");
    assert_eq!(group_thousands(1234567.0), "1,234,567");
    assert_eq!(group_thousands(108.3), "108.3");
    assert_eq!(group_thousands(2.5), "2.5");
    assert_eq!(group_thousands(-1234.5), "-1,234.5");
}

#[test]
fn dollars_in_words() {
    assert_eq!(dollars(5e9), "5 billion US dollars");
    assert_eq!(dollars(110e6), "110 million US dollars");
    assert_eq!(dollars(108.3e6), "108.3 million US dollars");
    assert_eq!(dollars(4.1e9), "4.1 billion US dollars");
    assert_eq!(dollars(750.0), "750 US dollars");
}

#[test]
fn units_in_words() {
    assert_eq!(value_in_words(25.0, Unit::Percent, None), "25%");
    assert_eq!(
        value_in_words(1800.0, Unit::Count, Some("companies")),
        "1,800 companies"
    );
    assert_eq!(value_in_words(10.0, Unit::Years, None), "10 years");
    assert_eq!(value_in_words(2.5, Unit::Times, None), "2.5 times");
}

#[test]
fn figure_descriptions_name_value_unit_and_speaker() {
    let (_, f) = figure_by_id("russian_companies").unwrap();
    assert_eq!(
        describe_figure(f),
        "Companies with Russian participation operating in Kyrgyzstan: over 1,800 companies. \
         Attributed to Sadyr Japarov, President of Kyrgyzstan."
    );
    let (_, f) = figure_by_id("trade_share").unwrap();
    assert_eq!(
        describe_figure(f),
        "Russia’s share of Kyrgyzstan’s foreign trade: nearly 25%. \
         Attributed to Sadyr Japarov, President of Kyrgyzstan."
    );
    let (_, f) = figure_by_id("gdp_multiple").unwrap();
    assert_eq!(
        describe_figure(f),
        "Growth of Kyrgyzstan’s GDP since it joined the EAEU: 2.5 times. \
         Attributed to Vladimir Putin, President of Russia."
    );
}

#[test]
fn fixed_decimals_without_float_formatting() {
    use bishkek_explainer::logic::format::{fixed, percent};
    assert_eq!(fixed(2.5, 3), "2.500");
    assert_eq!(fixed(2.71955, 3), "2.720");
    assert_eq!(fixed(3.93799, 2), "3.94");
    assert_eq!(fixed(-0.04, 1), "0.0");
    assert_eq!(fixed(-1.25, 1), "-1.3");
    assert_eq!(fixed(123.6, 0), "124");
    assert_eq!(percent(0.0959582, 3), "9.596%");
    assert_eq!(percent(0.12, 1), "12%");
    assert_eq!(percent(-0.025, 1), "−2.5%");
}

#[test]
fn fixed_writes_no_wrong_digits_outside_integer_range() {
    use bishkek_explainer::logic::format::fixed;
    // Whole floats beyond 2^53 digit by digit; the largest below 2^63 is exact.
    assert_eq!(fixed(9_223_372_036_854_774_784.0, 0), "9223372036854774784");
    assert_eq!(
        fixed(-9_223_372_036_854_774_784.0, 0),
        "-9223372036854774784"
    );
    // Beyond it a saturating cast would write i64::MAX's digits; the value is written instead.
    assert_eq!(fixed(1e20, 0), "100000000000000000000");
    assert_eq!(fixed(-1e20, 2), "-100000000000000000000");
    // Too large for nine exact decimals: as many as are exact.
    assert_eq!(fixed(1e12, 9), "1000000000000.000");
    assert_eq!(fixed(12_345_678_901.5, 9), "12345678901.50000");
    assert_eq!(fixed(f64::MAX, 0).len(), 309);
    assert!(fixed(f64::MAX, 0).starts_with("17976931348623157"));
    assert_eq!(fixed(2f64.powi(70), 1), "1180591620717411303424");
    assert_eq!(fixed(f64::INFINITY, 1), "inf");
    assert_eq!(fixed(f64::NAN, 1), "NaN");
    // At most nine decimals, every one of them the value's.
    assert_eq!(fixed(1.5, 12), "1.500000000");
    assert_eq!(fixed(0.123456789, 9), "0.123456789");
}

#[test]
fn typed_rates_read_to_the_nearest_tenth() {
    use bishkek_explainer::logic::view_state::parse_tenths;
    assert_eq!(parse_tenths("12"), Some(120));
    assert_eq!(parse_tenths(" 7.5 "), Some(75));
    assert_eq!(parse_tenths("7.25"), Some(73));
    assert_eq!(parse_tenths("-3"), Some(-30));
    assert_eq!(parse_tenths(".5"), Some(5));
    for bad in ["", "-", "1e9", "12,5", "abc", "1234567", "."] {
        assert_eq!(parse_tenths(bad), None, "{bad}");
    }
}

#[test]
fn short_dollars_for_headlines() {
    use bishkek_explainer::logic::format::usd_short;
    assert_eq!(usd_short(1e9), "$1 billion");
    assert_eq!(usd_short(110e6), "$110 million");
    assert_eq!(usd_short(108.3e6), "$108.3 million");
}

#[test]
fn periods_and_sources_read_as_dates() {
    use bishkek_explainer::content::words::{period_in_words, source_in_words, stated_change};
    assert_eq!(
        period_in_words("latest (2025-11)"),
        "latest as of November 2025"
    );
    assert_eq!(period_in_words("as of 2019-11-01"), "as of 1 November 2019");
    assert_eq!(period_in_words("end-2017"), "end of 2017");
    assert_eq!(period_in_words("Jan-Nov 2022"), "January–November 2022");
    assert_eq!(period_in_words("2024"), "2024");
    assert_eq!(period_in_words("start of 2020"), "start of 2020");
    assert_eq!(
        source_in_words("Putin 2025-11-26 (+13.6% y/y) via gazeta.ru/RIA"),
        "Putin 26 November 2025 (+13.6% y/y) via gazeta.ru/RIA"
    );
    assert_eq!(
        source_in_words("S. Japarov 2025-11-26 via Eurasian Star / CentralAsianLIGHT"),
        "S. Japarov 26 November 2025 via Eurasian Star / CentralasianLIGHT.org"
    );
    assert_eq!(
        source_in_words("total 462.2, 2025-13-01"),
        "total 462.2, 2025-13-01"
    );
    let change = stated_change("FM Kulubaev via Finmarket (+16.6% y/y)").unwrap();
    assert_eq!(
        (change.percent, change.by.as_ref()),
        (16.6, "FM Kulubaev via Finmarket")
    );
    let change = stated_change("Putin 26 November 2025 (+13.6% y/y) via gazeta.ru/RIA").unwrap();
    assert_eq!(change.by, "Putin 26 November 2025 via gazeta.ru/RIA");
    assert_eq!(
        stated_change("Ushakov (+13.6% per TASS/Rambler; +15.6% per 1prime)"),
        None
    );
}

#[test]
fn shortest_writes_what_rust_writes() {
    use bishkek_explainer::logic::format::shortest;
    for (v, text) in [
        (108.3, "108.3"),
        (1800.0, "1800"),
        (-0.5, "-0.5"),
        (0.1 + 0.2, "0.3"),
        (1.0 / 3.0, "0.333333333"),
        (2.5e-7, "0.00000025"),
    ] {
        assert_eq!(shortest(v), text);
    }
}

proptest::proptest! {
    /// Every value the data can hold (a decimal of up to nine places) is written as Rust's
    /// `{}` writes it, without float formatting.
    #[test]
    fn shortest_matches_display(n in -1_000_000_000_000i64..1_000_000_000_000, d in 0u32..=9) {
        let v = n as f64 / 10f64.powi(d as i32);
        proptest::prop_assert_eq!(bishkek_explainer::logic::format::shortest(v), format!("{v}"));
    }
}
