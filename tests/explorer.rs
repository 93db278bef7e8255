//! The agreements: data validation and the explorer's pure logic.

use bishkek_explainer::components::AgreementCard;
use bishkek_explainer::content::records::parse_document_terms;
use bishkek_explainer::content::source::{compile, parse_agreements, parse_article, parse_figures};
use bishkek_explainer::content::DOCUMENT_TERM;
use bishkek_explainer::content::{Agreement, Domain, Kind, AGREEMENTS, ARTICLE, FIGURES};
use bishkek_explainer::logic::explorer::{
    domain_counts, fold, format, kind_counts, matches, parse, results, summary, to_csv, to_json,
    ExplorerState, Filters, Sort, LIST_INTRO,
};
use bishkek_explainer::prerender::render_app;
use bishkek_explainer::state::Explorer;
use proptest::prelude::*;
use yew::prelude::*;

const JSON: &str = include_str!("../data/agreements.json");

fn ids(found: &[usize]) -> Vec<&'static str> {
    found.iter().map(|&i| AGREEMENTS[i].id.as_ref()).collect()
}

fn one(fields: &str) -> String {
    let base = r#""id":"x","title":"An agreement on cooperation in sanitary and epidemiological welfare","kind":"agreement","domain":"health","parties":[],"explanation":"e","sentence":"An agreement on cooperation in sanitary and epidemiological welfare;""#;
    format!(r#"{{"agreements":[{{{base}{fields}}}]}}"#)
}

fn parse_with(json: &str) -> Result<Vec<Agreement>, String> {
    let figures = parse_figures(include_str!("../data/figures.json")).unwrap();
    let article = compile(
        parse_article(include_str!("../data/article.json")).unwrap(),
        &figures,
    )
    .unwrap();
    parse_agreements(json, &article, &figures).map_err(|e| e.to_string())
}

#[test]
fn the_listed_items_are_baked_in_article_order() {
    assert_eq!(
        ids(&(0..AGREEMENTS.len()).collect::<Vec<_>>()),
        [
            "strategic-planning",
            "internal-affairs-offices",
            "krsu-campus",
            "sanitary-welfare",
            "cardiology",
            "military-technical-protocol",
            "post"
        ]
    );
    // Counted without the parser: one `"id"` key per entry of agreements.json.
    assert_eq!(JSON.matches("\"id\":").count(), AGREEMENTS.len());
    let items: Vec<u16> = AGREEMENTS.iter().map(|a| a.article_item).collect();
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 6]);
    for a in AGREEMENTS {
        assert!(
            include_str!("../data/article.txt").contains(a.sentence.as_ref()),
            "{}",
            a.id
        );
    }
    let _ = (&ARTICLE, FIGURES);
}

#[test]
fn invalid_documents_are_rejected_with_their_reason() {
    assert_eq!(
        parse_with(&one("").replace(r#""kind":"agreement""#, r#""kind":"treaty""#)).unwrap_err(),
        "unknown variant `treaty`, expected one of `agreement`, `memorandum`, `protocol`, `agreement_of_intent` at line 1 column 118"
    );
    let doc = &one("")[r#"{"agreements":["#.len()..one("").len() - 2];
    assert_eq!(
        parse_with(&format!(r#"{{"agreements":[{doc},{doc}]}}"#)).unwrap_err(),
        "document id `x` is used twice"
    );
    assert!(parse_with(&one(r#","binding":true"#))
        .unwrap_err()
        .starts_with("unknown field `binding`"));
    assert!(parse_with(&one(r#","colour":"red""#))
        .unwrap_err()
        .starts_with("unknown field `colour`"));
    assert_eq!(
        parse_with(&one("").replace("welfare;", "welfare!")).unwrap_err(),
        "document `x`: the sentence is not an item of the article's list of signed documents"
    );
    assert!(parse_with(&one("").replace(r#""id":"x""#, r#""id":"X Y""#))
        .unwrap_err()
        .starts_with("document id `X Y` must be"));
}

#[test]
fn the_summary_line_counts_the_listed_items_and_names_the_plural_one() {
    let all: Vec<&Agreement> = AGREEMENTS.iter().collect();
    assert_eq!(
        summary(&all, AGREEMENTS),
        "The article lists 7 items after “a number of documents were signed, including:”, so more may have been signed; one item, “Agreements on the legal status …”, covers more than one agreement."
    );
    assert!(
        include_str!("../data/article.txt").contains(&format!("During the talks, {LIST_INTRO}\n"))
    );
    assert_eq!(
        summary(&all[4..5], AGREEMENTS),
        "1 of the 7 items the article lists."
    );
    assert_eq!(
        summary(&all[1..3], AGREEMENTS),
        "2 of the 7 items the article lists; one item, “Agreements on the legal status …”, covers more than one agreement."
    );
    assert_eq!(
        summary(&[], AGREEMENTS),
        "0 of the 7 items the article lists."
    );
    let plural: Vec<&str> = AGREEMENTS
        .iter()
        .filter(|a| a.is_plural())
        .map(|a| a.id.as_ref())
        .collect();
    assert_eq!(plural, ["internal-affairs-offices"]);
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let search = |q: &str| {
        ids(&results(
            AGREEMENTS,
            &Filters {
                query: q.into(),
                ..Filters::default()
            },
        ))
    };
    assert_eq!(search("health"), ["sanitary-welfare", "cardiology"]);
    assert_eq!(search("HEALTH"), ["sanitary-welfare", "cardiology"]);
    assert_eq!(search("ÉPIDEMIOLOGICAL"), ["sanitary-welfare"]);
    assert_eq!(search("\"kyrgyz post\""), ["post"]);
    assert_eq!(search("ministries economy"), ["strategic-planning"]);
    assert_eq!(search("krsu"), ["krsu-campus"]);
    assert!(search("<img src=x onerror=alert(1)>").is_empty());
    assert_eq!(fold("Épidémiologique “Post”"), "epidemiologique \"post\"");
}

#[test]
fn facets_combine_and_count() {
    let f = Filters {
        domains: vec![Domain::Health],
        ..Filters::default()
    };
    assert_eq!(
        ids(&results(AGREEMENTS, &f)),
        ["sanitary-welfare", "cardiology"]
    );
    let kinds = kind_counts(AGREEMENTS, &f);
    assert_eq!(
        kinds,
        [
            (Kind::Agreement, 1),
            (Kind::Memorandum, 1),
            (Kind::Protocol, 0),
            (Kind::AgreementOfIntent, 0)
        ]
    );
    let f = f.toggle_kind(Kind::Memorandum);
    assert_eq!(ids(&results(AGREEMENTS, &f)), ["cardiology"]);
    let domains = domain_counts(AGREEMENTS, &f);
    assert_eq!(
        domains[0],
        (Domain::Economy, 1),
        "other domains still counted for the kind"
    );
    let f = Filters::default()
        .toggle_domain(Domain::Post)
        .toggle_domain(Domain::Defence);
    assert_eq!(
        ids(&results(AGREEMENTS, &f)),
        ["military-technical-protocol", "post"]
    );
}

#[test]
fn sorting() {
    let by = |sort| {
        ids(&results(
            AGREEMENTS,
            &Filters {
                sort,
                ..Filters::default()
            },
        ))
    };
    assert_eq!(by(Sort::Article)[0], "strategic-planning");
    assert_eq!(
        by(Sort::Kind),
        [
            "internal-affairs-offices",
            "krsu-campus",
            "sanitary-welfare",
            "strategic-planning",
            "cardiology",
            "military-technical-protocol",
            "post"
        ]
    );
    assert_eq!(
        by(Sort::Domain)[..2],
        ["strategic-planning", "internal-affairs-offices"]
    );
}

#[test]
fn url_round_trip_and_hostile_values() {
    let state = ExplorerState {
        filters: Filters {
            query: "health & <b>".into(),
            kinds: vec![Kind::Memorandum],
            domains: vec![Domain::Health, Domain::Post],
            sort: Sort::Kind,
        },
        open: Some("krsu-campus".into()),
    };
    let q = format(&state);
    assert_eq!(
        q,
        "q=health+%26+%3Cb%3E&kind=memorandum&domain=health,post&sort=kind&doc=krsu-campus"
    );
    assert_eq!(parse(&q, AGREEMENTS), (state, vec![]));
    let (s, ignored) = parse(
        &format!(
            "?doc=nope&kind=treaty,memorandum&sort=x&q={}",
            "a".repeat(10_000)
        ),
        AGREEMENTS,
    );
    assert_eq!(s.open, None);
    assert_eq!(s.filters.kinds, [Kind::Memorandum]);
    assert_eq!(s.filters.query.len(), 100);
    assert_eq!(ignored.len(), 3);
}

#[test]
fn exports_list_what_is_shown() {
    let shown: Vec<&Agreement> = AGREEMENTS
        .iter()
        .filter(|a| a.domain == Domain::Health)
        .collect();
    let csv = to_csv(&shown);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,title,kind,domain,parties,explanation,article_text"
    );
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("sanitary-welfare,An agreement on cooperation in sanitary and epidemiological welfare,agreement,Health,Not named in the article,An agreement on cooperation in sanitary and epidemiological welfare. The article"));
    let json = to_json(&shown);
    assert!(json.contains(r#""id":"cardiology","title":"A memorandum on cardiology between the Ministries of Health of both countries","kind":"memorandum","domain":"health","parties":["the Ministries of Health of both countries"],"explanation":"A memorandum on cardiology"#));
}

#[test]
fn the_general_note_on_document_names_is_the_sourced_row() {
    // As the UN Treaty Collection's page words it, typed here as an independent expectation.
    assert_eq!(
        (
            DOCUMENT_TERM.topic.as_ref(),
            DOCUMENT_TERM.quote.as_ref(),
            DOCUMENT_TERM.source.as_ref(),
            DOCUMENT_TERM.url.as_ref()
        ),
        (
            "instrument_titles",
            "The title assigned to such international instruments thus has normally no overriding legal effects.",
            "United Nations Treaty Collection, Definition of key terms used in the UN Treaty Collection",
            "https://treaties.un.org/Pages/Overview.aspx?path=overview/definition/page1_en.xml"
        )
    );
    let csv = include_str!("../data/sources/document_terms.csv");
    let err = |text: &str| parse_document_terms(text).unwrap_err().to_string();
    let header_only: String = csv
        .lines()
        .take_while(|l| !l.starts_with("instrument_titles"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        err(&header_only),
        "no data row has `topic` `instrument_titles`"
    );
    let url = DOCUMENT_TERM.url.as_ref();
    assert_eq!(
        err(&csv.replace(url, "")),
        "data row 1, field `url` is empty"
    );
}

/// Everything the explorer shows or exports: the page as the server renders it, every card
/// with its detail open, the status line for each item alone, and both exports.
async fn explorer_texts() -> Vec<(String, String)> {
    #[component]
    fn AllOpen() -> Html {
        let explorer = use_reducer(Explorer::default);
        html! {
            <ol>{ for AGREEMENTS.iter().map(|a| html! {
                <AgreementCard agreement={a} open={true} dispatch={explorer.dispatcher()} />
            }) }</ol>
        }
    }
    let all: Vec<&Agreement> = AGREEMENTS.iter().collect();
    let mut texts = vec![
        ("page".into(), render_app().await),
        (
            "open cards".into(),
            yew::ServerRenderer::<AllOpen>::new().render().await,
        ),
        ("CSV".into(), to_csv(&all)),
        ("JSON".into(), to_json(&all)),
        ("status".into(), summary(&all, AGREEMENTS)),
    ];
    for i in 0..all.len() {
        texts.push((format!("status {i}"), summary(&all[i..=i], AGREEMENTS)));
    }
    texts
}

#[tokio::test]
async fn the_explorer_states_no_legal_force_and_no_count_of_documents_signed() {
    const ALLOWED: &str = "does not say whether any of these documents is legally binding";
    const BANNED: [&str; 6] = [
        "binding",
        "legally binding",
        "obligation",
        "not binding",
        "seven documents",
        "7 documents signed",
    ];
    let texts = explorer_texts().await;
    assert!(texts[0]
        .1
        .contains(&format!("The article {ALLOWED} or in force.")));
    assert!(texts[0].1.contains(r#"<a href="https://treaties.un.org/Pages/Overview.aspx?path=overview/definition/page1_en.xml" rel="noopener">United Nations Treaty Collection, Definition of key terms used in the UN Treaty Collection</a>"#));
    assert!(texts[0].1.contains(r#"<h2 id="agreements-title">The documents signed in Bishkek, as the article lists them</h2>"#));
    assert_eq!(
        texts[1].1.matches("Show it in the article").count(),
        AGREEMENTS.len(),
        "every detail is open"
    );
    for (name, text) in &texts {
        let text = text.to_lowercase().replace(ALLOWED, "");
        for word in BANNED {
            assert!(!text.contains(word), "{name} says “{word}”");
        }
    }
}

fn arb_filters() -> impl Strategy<Value = Filters> {
    let kinds = proptest::sample::subsequence(Kind::ALL.to_vec(), 0..=4);
    let domains = proptest::sample::subsequence(Domain::ALL.to_vec(), 0..=6);
    let sort = prop_oneof![Just(Sort::Article), Just(Sort::Kind), Just(Sort::Domain)];
    let query = prop_oneof![Just(String::new()), "[a-zA-Zé \"]{0,12}", any::<String>()];
    (query, kinds, domains, sort).prop_map(|(query, kinds, domains, sort)| Filters {
        query,
        kinds,
        domains,
        sort,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn every_result_matches_the_filters_and_nothing_matching_is_left_out(f in arb_filters()) {
        let found = results(AGREEMENTS, &f);
        for (i, a) in AGREEMENTS.iter().enumerate() {
            prop_assert_eq!(found.contains(&i), matches(a, &f));
        }
        for &i in &found {
            let a = &AGREEMENTS[i];
            prop_assert!(f.kinds.is_empty() || f.kinds.contains(&a.kind));
            prop_assert!(f.domains.is_empty() || f.domains.contains(&a.domain));
        }
        if f.is_empty() && f.sort == Sort::Article {
            prop_assert_eq!(found, (0..7).collect::<Vec<_>>());
        }
    }

    #[test]
    fn search_never_panics_on_arbitrary_unicode(q in any::<String>()) {
        let _ = results(AGREEMENTS, &Filters { query: q, ..Filters::default() });
    }

    #[test]
    fn parse_never_panics_and_writes_back_clean(q in any::<String>()) {
        let (state, _) = parse(&q, AGREEMENTS);
        let again = parse(&format(&state), AGREEMENTS);
        prop_assert_eq!(again, (state, vec![]));
    }
}
