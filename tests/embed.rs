//! Embedding: URL options, inbound message parsing (exact refusals; arbitrary JSON never
//! panics), outbound messages and the snippet, all pure.

use bishkek_explainer::logic::embed::{
    event_message, own_pairs, parse_inbound, parse_options, resize_messages, EmbedEvent,
    EmbedOptions, EmbedView, Refused, Set, Theme, Value, SANDBOX,
};
use bishkek_explainer::logic::embed_choice::{embed_url, snippet, Choice, Frame, Only};
use proptest::prelude::*;
use serde_json::{json, Value as Json};

/// A JSON message as the browser shell reads it: the top-level fields of an object.
fn fields(message: &Json) -> Vec<(String, Value)> {
    match message {
        Json::Object(map) => map
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Json::String(s) => Value::Text(s.clone()),
                    Json::Number(n) => n.as_f64().map_or(Value::Other, Value::Number),
                    _ => Value::Other,
                };
                (k.clone(), v)
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn inbound(message: Json, from: &str, allowed: &[&str]) -> Result<Set, Refused> {
    let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
    parse_inbound(&fields(&message), from, &allowed)
}

#[test]
fn a_page_without_embed_options_is_not_an_embed() {
    assert_eq!(parse_options(""), (EmbedOptions::default(), vec![]));
    assert_eq!(parse_options("?trade=table&q=health").0.view, None);
}

#[test]
fn reads_every_option() {
    let (options, ignored) = parse_options(
        "?embed=trade&theme=dark&title=0&highlight=trade-kg-2024&id=box-1&origin=https://news.example&origin=http://127.0.0.1:8080&only=chart,slider&frame=card",
    );
    assert_eq!(ignored, Vec::<String>::new());
    assert_eq!(
        options,
        EmbedOptions {
            view: Some(EmbedView::Trade),
            theme: Theme::Dark,
            hide_title: true,
            highlight: Some("trade-kg-2024".into()),
            id: "box-1".into(),
            origins: vec![
                "https://news.example".into(),
                "http://127.0.0.1:8080".into()
            ],
            only: Only::ChartSlider,
            frame: Frame::Card,
        }
    );
    assert_eq!(parse_options("?embed=trade&only=chart").0.only, Only::Chart);
    assert_eq!(parse_options("?embed=trade").0.frame, Frame::Bare);
    assert_eq!(
        parse_options("?embed=trade&only=table&frame=box").1,
        [
            "Ignored “only=table”: not a valid value; using the default.",
            "Ignored “frame=box”: not a valid value; using the default."
        ]
    );
    // Pym.js names its child in `childId`; the id defaults to the view.
    assert_eq!(parse_options("?embed=growth&childId=pym-3").0.id, "pym-3");
    assert_eq!(parse_options("?embed=agreements").0.id, "agreements");
}

#[test]
fn bad_options_fall_back_with_a_message() {
    let (options, ignored) = parse_options(
        "?embed=everything&theme=purple&title=no&highlight=<script>&origin=javascript:alert(1)&id=a%20b",
    );
    assert_eq!(options, EmbedOptions::default());
    assert_eq!(
        ignored,
        vec![
            "Ignored “embed=everything”: not a valid value; using the default.",
            "Ignored “theme=purple”: not a valid value; using the default.",
            "Ignored “title=no”: not a valid value; using the default.",
            "Ignored “highlight=<script>”: not a valid value; using the default.",
            "Ignored “origin=javascript:alert(1)”: not a valid value; using the default.",
            "Ignored “id=a b”: not a valid value; using the default.",
        ]
    );
    let long = "x".repeat(65);
    assert_eq!(
        parse_options(&format!("?embed=trade&highlight={long}"))
            .0
            .highlight,
        None
    );
    assert_eq!(
        parse_options("?origin=https://news.example/path").1,
        vec!["Ignored “origin=https://news.example/pat”: not a valid value; using the default."]
    );
}

#[test]
fn rewriting_the_address_keeps_the_embeds_own_pairs() {
    assert_eq!(
        own_pairs("?trade=table&embed=trade&title=0&q=x&childId=p1&initialWidth=600&origin=https%3A%2F%2Fa.example"),
        "embed=trade&title=0&childId=p1&initialWidth=600&origin=https%3A%2F%2Fa.example"
    );
    assert_eq!(own_pairs("?trade=table&q=embed"), "");
    assert_eq!(own_pairs(""), "");
}

#[test]
fn a_set_message_changes_theme_and_highlight() {
    let from = "https://news.example";
    assert_eq!(
        inbound(
            json!({"type": "bishkek-explainer:set", "theme": "dark"}),
            from,
            &[]
        ),
        Ok(Set {
            theme: Some(Theme::Dark),
            highlight: None
        })
    );
    assert_eq!(
        inbound(
            json!({"type": "bishkek-explainer:set", "theme": "auto", "highlight": "post"}),
            from,
            &["https://news.example"]
        ),
        Ok(Set {
            theme: Some(Theme::Auto),
            highlight: Some("post".into())
        })
    );
}

#[test]
fn refuses_everything_else_with_exact_reasons() {
    let from = "https://elsewhere.example";
    let cases = [
        (
            json!("pymxPYMxtradexPYMxheightxPYMx10"),
            "not a message for this embed",
        ),
        (
            json!({"type": "embed-size", "height": 10}),
            "not a message for this embed",
        ),
        (json!({"type": 7}), "not a message for this embed"),
        (
            json!({"type": "bishkek-explainerset"}),
            "not a message for this embed",
        ),
        (
            json!({"type": "bishkek-explainer:navigate", "url": "javascript:alert(1)"}),
            "unknown message type navigate",
        ),
        (
            json!({"type": "bishkek-explainer:resize", "height": 1e9}),
            "unknown message type resize",
        ),
        (
            json!({"type": "bishkek-explainer:set", "theme": "purple"}),
            "invalid theme",
        ),
        (
            json!({"type": "bishkek-explainer:set", "theme": 1}),
            "invalid theme",
        ),
        (
            json!({"type": "bishkek-explainer:set", "highlight": "<img src=x>"}),
            "invalid highlight",
        ),
        (
            json!({"type": "bishkek-explainer:set", "highlight": {"id": "post"}}),
            "invalid highlight",
        ),
    ];
    for (message, reason) in cases {
        let refused = inbound(message.clone(), from, &[]).unwrap_err();
        assert_eq!(refused.to_string(), reason, "{message}");
    }
    assert_eq!(
        inbound(
            json!({"type": "bishkek-explainer:set", "theme": "dark"}),
            from,
            &["https://news.example"]
        )
        .unwrap_err()
        .to_string(),
        "messages from https://elsewhere.example are not accepted"
    );
}

/// `fields()` in `src/hooks/use_embed.rs` turns a message into its first 16 fields through
/// js_sys (wasm only; tested in tests/browser/embed.test.mjs): strings as `Text`, numbers as
/// `Number`, anything else as `Other`. What `parse_inbound` makes of such fields:
#[test]
fn the_shell_s_fields_are_read_by_kind_and_name() {
    let field = |k: &str, v: Value| (k.to_string(), v);
    let set = || field("type", Value::Text("bishkek-explainer:set".into()));
    let read = |fields: Vec<(String, Value)>| parse_inbound(&fields, "https://a.example", &[]);
    // Neither theme nor highlight: a set that changes nothing, accepted.
    assert_eq!(
        read(vec![set()]),
        Ok(Set {
            theme: None,
            highlight: None
        })
    );
    // Other fields, before or after, are ignored.
    assert_eq!(
        read(vec![
            field("k0", Value::Number(0.0)),
            set(),
            field("theme", Value::Text("light".into())),
            field("k1", Value::Other),
        ]),
        Ok(Set {
            theme: Some(Theme::Light),
            highlight: None
        })
    );
    // A type, theme or highlight of another kind than text (a boolean, an object, a String
    // object: `Other`; a number) is refused as such.
    for kind in [Value::Other, Value::Number(1.0)] {
        assert_eq!(
            read(vec![field("type", kind.clone())]),
            Err(Refused::NotOurs)
        );
        for (name, reason) in [
            ("theme", "invalid theme"),
            ("highlight", "invalid highlight"),
        ] {
            let refused = read(vec![set(), field(name, kind.clone())]).unwrap_err();
            assert_eq!(refused.to_string(), reason);
        }
    }
    // No fields (what a string, an array or null gives): not ours.
    assert_eq!(read(vec![]), Err(Refused::NotOurs));
}

#[test]
fn height_goes_out_in_three_dialects() {
    let [ours, pym, amp] = resize_messages("trade", 812);
    assert_eq!(
        ours.to_json(),
        r#"{"type":"bishkek-explainer:resize","id":"trade","height":812}"#
    );
    assert_eq!(pym.to_json(), r#""pymxPYMxtradexPYMxheightxPYMx812""#);
    assert_eq!(
        amp.to_json(),
        r#"{"sentinel":"amp","type":"embed-size","height":812}"#
    );
}

#[test]
fn events_have_documented_payloads() {
    let focus = EmbedEvent::PointFocus {
        chart: "trade".into(),
        point: "trade-kg-2024".into(),
    };
    assert_eq!(
        event_message("box", &focus).to_json(),
        r#"{"type":"bishkek-explainer:event","id":"box","event":"point.focus","chart":"trade","point":"trade-kg-2024"}"#
    );
    let select = EmbedEvent::AgreementSelect {
        agreement: "post".into(),
    };
    assert_eq!(
        event_message("box", &select).to_json(),
        r#"{"type":"bishkek-explainer:event","id":"box","event":"agreement.select","agreement":"post"}"#
    );
    let view = EmbedEvent::ViewChange {
        query: "?trade=table".into(),
    };
    assert_eq!(
        event_message("box", &view).to_json(),
        r#"{"type":"bishkek-explainer:event","id":"box","event":"view.change","query":"?trade=table"}"#
    );
    // Every outbound object parses as JSON.
    for m in resize_messages("a\"b", 1)
        .iter()
        .chain([&event_message("x", &view)])
    {
        serde_json::from_str::<Json>(&m.to_json()).unwrap();
    }
}

#[test]
fn the_snippet_is_an_iframe_of_the_choice_and_the_parent_script() {
    let chart = Choice::first(EmbedView::Growth);
    assert_eq!(chart.only, Only::Chart);
    let s = snippet(
        "https://news.example/bishkek/",
        EmbedView::Growth,
        chart,
        "Growth \"since\" <2015> & after",
        612,
    );
    assert_eq!(
        s,
        format!(
            "<iframe src=\"https://news.example/bishkek/?embed=growth&amp;only=chart\" title=\"Growth &quot;since&quot; &lt;2015&gt; &amp; after\" width=\"100%\" height=\"612\" loading=\"lazy\" sandbox=\"{SANDBOX}\" data-bishkek-embed></iframe>\n<script src=\"https://news.example/bishkek/embed.js\" async></script>"
        )
    );
    let whole = Choice {
        only: Only::Panel,
        theme: Theme::Dark,
    };
    assert!(snippet(
        "https://a.example/x/index.html",
        EmbedView::Trade,
        whole,
        "t",
        900
    )
    .contains("src=\"https://a.example/x/embed.js\""));
    assert_eq!(
        embed_url("https://a.example/x/", EmbedView::Trade, whole),
        "https://a.example/x/?embed=trade&theme=dark"
    );
    // A choice a view does not offer is not written: the explorer has no chart to show alone.
    assert_eq!(
        embed_url("https://a.example/", EmbedView::Agreements, chart),
        "https://a.example/?embed=agreements"
    );
    assert_eq!(Choice::first(EmbedView::Agreements).only, Only::Panel);
    assert!(!Only::ChartSlider.offered(EmbedView::Investment));
    // What the URL parser reads back is what was written.
    for view in EmbedView::ALL {
        for only in Only::ALL.into_iter().filter(|o| o.offered(view)) {
            let url = embed_url(
                "https://a.example/",
                view,
                Choice {
                    only,
                    theme: Theme::Light,
                },
            );
            let (options, ignored) = parse_options(url.split_once('?').unwrap().1);
            assert_eq!(
                (options.view, options.only, options.theme, ignored),
                (Some(view), only, Theme::Light, vec![])
            );
        }
    }
}

fn arbitrary_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number)),
        prop_oneof![
            ".*",
            Just("bishkek-explainer:set".to_string()),
            Just("bishkek-explainer:".to_string()),
            Just("dark".to_string()),
        ]
        .prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("type".to_string()),
                        Just("theme".to_string()),
                        Just("highlight".to_string()),
                        ".*"
                    ],
                    inner
                ),
                0..8
            )
            .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn arbitrary_json_never_panics_and_only_set_is_accepted(message in arbitrary_json(), from in ".*") {
        if let Ok(set) = inbound(message.clone(), &from, &[]) {
            prop_assert_eq!(message["type"].as_str(), Some("bishkek-explainer:set"));
            if let Some(h) = set.highlight {
                prop_assert!(h.len() <= 64 && h.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c)));
            }
        }
        // With an allow-list, another origin is never accepted.
        prop_assert!(inbound(message, &from, &["https://only.example"]).is_err() || from == "https://only.example");
    }

    #[test]
    fn arbitrary_queries_never_panic(query in ".*") {
        let (options, _) = parse_options(&query);
        prop_assert!(options.id.len() <= 64);
        prop_assert!(options.view.is_some() || options.id.is_empty());
    }
}
