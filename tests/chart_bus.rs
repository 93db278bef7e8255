//! The interface between the chart module and the Yew app (`logic::chart_bus`): every message
//! written is read back as itself, bad messages are refused with what was wrong, and the
//! controls' ids map onto the actions the reducer knows.

use bishkek_explainer::charts::trade::Baseline;
use bishkek_explainer::logic::chart_bus::{BusError, Command, Event};
use bishkek_explainer::logic::view_state::{GdpBase, Mode, Panel, ViewState, TRADE_RATE};
use bishkek_explainer::state::view::{apply, control_action, ViewAction};
use proptest::prelude::*;

#[test]
fn commands_are_written_as_documented() {
    let h = Command::Highlight {
        panel: Panel::Trade,
        key: Some("trade-kg-2024".into()),
    };
    assert_eq!(h.to_string(), "highlight trade trade-kg-2024");
    let none = Command::Highlight {
        panel: Panel::Growth,
        key: None,
    };
    assert_eq!(none.to_string(), "highlight growth");
    let r = Command::Reveal {
        panel: Panel::Investment,
        key: "investment-fund-2025".into(),
    };
    assert_eq!(r.to_string(), "reveal investment investment-fund-2025");
    assert_eq!(Command::Sync.to_string(), "sync");
    for c in [h, none, r, Command::Sync] {
        assert_eq!(c.to_string().parse::<Command>(), Ok(c));
    }
}

#[test]
fn events_are_written_as_documented() {
    let state = ViewState {
        baseline: Baseline::Russian,
        gdp_base: GdpBase::YearBefore,
        ..ViewState::default()
    };
    let e = Event::State(state);
    assert_eq!(e.to_string(), "state ?base=ru&gdp-base=2014");
    assert_eq!(e.to_string().parse::<Event>(), Ok(e));
    assert_eq!(Event::State(ViewState::default()).to_string(), "state ");
    assert_eq!(
        "state ".parse::<Event>(),
        Ok(Event::State(ViewState::default()))
    );
    let p = Event::Point {
        panel: Panel::Trade,
        key: Some("trade-ru-2024".into()),
    };
    assert_eq!(p.to_string(), "point trade trade-ru-2024");
    assert_eq!(p.to_string().parse::<Event>(), Ok(p));
}

#[test]
fn bad_messages_say_what_was_wrong() {
    let err = |text: &str| text.parse::<Command>().unwrap_err().to_string();
    assert_eq!(err(""), "empty message");
    assert_eq!(err("zoom trade"), "unknown message “zoom”");
    assert_eq!(err("highlight pie"), "unknown chart “pie”");
    assert_eq!(err("reveal trade"), "a point key is missing");
    assert_eq!(err("sync now"), "unexpected “now” at the end");
    assert_eq!(
        "point".parse::<Event>(),
        Err(BusError::UnknownPanel(String::new()))
    );
    // A state with bad values falls back to the defaults, as the URL does.
    assert_eq!(
        "state ?rate=abc".parse::<Event>(),
        Ok(Event::State(ViewState::default()))
    );
}

#[test]
fn control_ids_map_onto_actions() {
    assert_eq!(
        control_action("baseline-ru", "on"),
        Some(ViewAction::SetBaseline(Baseline::Russian))
    );
    assert_eq!(
        control_action("baseline-kg", "on"),
        Some(ViewAction::SetBaseline(Baseline::Kyrgyz))
    );
    assert_eq!(
        control_action("gdp-base-2014", "on"),
        Some(ViewAction::SetGdpBase(GdpBase::YearBefore))
    );
    assert_eq!(
        control_action("trade-rate-range", "7.5"),
        Some(ViewAction::SetTradeRate(75))
    );
    assert_eq!(
        control_action("growth-rate-number", "12"),
        Some(ViewAction::SetGrowthRate(120))
    );
    // Typed values outside the range are kept within it; words are no rate.
    assert_eq!(
        control_action("trade-rate-number", "900"),
        Some(ViewAction::SetTradeRate(TRADE_RATE.max))
    );
    assert_eq!(control_action("trade-rate-number", "fast"), None);
    assert_eq!(control_action("explorer-search", "7"), None);
}

#[test]
fn the_charts_state_keeps_the_apps_modes() {
    let app = ViewState::default().with_mode(Panel::Trade, Mode::Table);
    let charts = ViewState {
        trade_rate: 50,
        ..ViewState::default()
    };
    let next = apply(app, ViewAction::Charts(charts));
    assert_eq!(next.mode(Panel::Trade), Mode::Table);
    assert_eq!(next.trade_rate, 50);
}

proptest! {
    #[test]
    fn any_key_round_trips(key in "[a-z0-9-]{1,40}", p in 0usize..3) {
        let panel = Panel::ALL[p];
        let c = Command::Reveal { panel, key: key.clone() };
        prop_assert_eq!(c.to_string().parse::<Command>(), Ok(c));
        let e = Event::Point { panel, key: Some(key) };
        prop_assert_eq!(e.to_string().parse::<Event>(), Ok(e));
    }

    #[test]
    fn any_text_parses_without_panicking(text in "\\PC{0,80}") {
        let _ = text.parse::<Command>();
        let _ = text.parse::<Event>();
    }
}
