//! URL state: parse and format round-trip; hostile input falls back to defaults.

use bishkek_explainer::charts::trade::Baseline;
use bishkek_explainer::logic::view_state::{
    format, parse, GdpBase, Mode, ViewState, GROWTH_RATE, TRADE_RATE,
};
use proptest::prelude::*;

#[test]
fn defaults_write_an_empty_query() {
    assert_eq!(format(&ViewState::default()), "");
    assert_eq!(parse(""), (ViewState::default(), vec![]));
    assert_eq!(parse("?"), (ViewState::default(), vec![]));
}

#[test]
fn a_full_state_round_trips() {
    let state = ViewState {
        trade: Mode::Table,
        investment: Mode::Chart,
        growth: Mode::Table,
        baseline: Baseline::Russian,
        trade_rate: 75,
        growth_rate: -25,
        gdp_base: GdpBase::YearBefore,
    };
    let query = format(&state);
    assert_eq!(
        query,
        "?trade=table&growth=table&base=ru&rate=7.5&gdp-rate=-2.5&gdp-base=2014"
    );
    assert_eq!(parse(&query), (state, vec![]));
}

#[test]
fn bad_values_fall_back_with_a_message() {
    let (state, ignored) =
        parse("?trade=<script>&rate=12.25&gdp-rate=999&base=xx&rate=abc&gdp-base=2016");
    assert_eq!(state, ViewState::default());
    assert_eq!(
        ignored,
        [
            "Ignored “trade=<script>”: not a valid value; using the default.",
            "Ignored “rate=12.25”: not a valid value; using the default.",
            "Ignored “gdp-rate=999”: not a valid value; using the default.",
            "Ignored “base=xx”: not a valid value; using the default.",
            "Ignored “rate=abc”: not a valid value; using the default.",
            "Ignored “gdp-base=2016”: not a valid value; using the default.",
        ]
    );
}

#[test]
fn percent_encoding_and_unknown_keys() {
    let (state, ignored) = parse("?rate=%31%32&embed=trade&%ZZ=1&rate%");
    assert_eq!(state.trade_rate, 120);
    assert_eq!(ignored.len(), 0, "{ignored:?}");
    let (state, _) = parse("rate=-10");
    assert_eq!(state.trade_rate, -100);
    assert_eq!(parse("rate=12.3").0.trade_rate, 123);
    assert_eq!(
        parse("rate=12.34").0.trade_rate,
        TRADE_RATE.default,
        "finer than a tenth"
    );
    // The default is the 2024 growth Kyrgyz officials reported: "(+16.6% y/y)".
    assert_eq!(TRADE_RATE.default, 166);
    assert_eq!(parse("gdp-base=2014").0.gdp_base, GdpBase::YearBefore);
    assert_eq!(parse("gdp-rate=12.3").0.growth_rate, 123);
}

fn arb_state() -> impl Strategy<Value = ViewState> {
    let mode = prop_oneof![Just(Mode::Chart), Just(Mode::Table)];
    let base = prop_oneof![Just(Baseline::Kyrgyz), Just(Baseline::Russian)];
    let gdp_base = prop_oneof![Just(GdpBase::Accession), Just(GdpBase::YearBefore)];
    let steps = |r: bishkek_explainer::logic::view_state::RateRange| {
        (0..=(r.max - r.min) / r.step).prop_map(move |k| r.min + k * r.step)
    };
    (
        mode.clone(),
        mode.clone(),
        mode,
        base,
        steps(TRADE_RATE),
        steps(GROWTH_RATE),
        gdp_base,
    )
        .prop_map(
            |(trade, investment, growth, baseline, trade_rate, growth_rate, gdp_base)| ViewState {
                trade,
                investment,
                growth,
                baseline,
                trade_rate,
                growth_rate,
                gdp_base,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn every_state_round_trips(state in arb_state()) {
        prop_assert_eq!(parse(&format(&state)), (state, vec![]));
    }

    #[test]
    fn random_text_never_panics_and_yields_a_valid_state(query in ".{0,200}") {
        let (state, _) = parse(&query);
        prop_assert_eq!(TRADE_RATE.clamp(state.trade_rate), state.trade_rate);
        prop_assert_eq!(GROWTH_RATE.clamp(state.growth_rate), state.growth_rate);
        // What we write back is always clean and reads back the same.
        prop_assert_eq!(parse(&format(&state)), (state, vec![]));
    }

    #[test]
    fn query_shaped_noise_never_panics(query in "[?&=%a-z0-9.+-]{0,120}") {
        let _ = parse(&query);
    }
}
