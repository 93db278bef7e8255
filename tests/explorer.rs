//! The agreements: data validation and the explorer's pure logic.

use bishkek_explainer::content::source::{compile, parse_agreements, parse_article, parse_figures};
use bishkek_explainer::content::{Agreement, Domain, Kind, AGREEMENTS, ARTICLE, FIGURES};
use bishkek_explainer::logic::explorer::{
    domain_counts, fold, format, kind_counts, matches, parse, results, summary, to_csv, to_json,
    ExplorerState, Filters, Sort,
};
use proptest::prelude::*;

const JSON: &str = include_str!("../data/agreements.json");

fn ids(found: &[usize]) -> Vec<&'static str> {
    found.iter().map(|&i| AGREEMENTS[i].id.as_ref()).collect()
}

fn one(fields: &str) -> String {
    let base = r#""id":"x","title":"An agreement on cooperation in sanitary and epidemiological welfare","kind":"agreement","domain":"health","parties":[],"binding":true,"explanation":"e","sentence":"An agreement on cooperation in sanitary and epidemiological welfare;""#;
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
fn the_seven_documents_parse_in_article_order() {
    let parsed = parse_with(JSON).unwrap();
    assert_eq!(parsed.as_slice(), AGREEMENTS);
    assert_eq!(AGREEMENTS.len(), 7);
    let items: Vec<u16> = AGREEMENTS.iter().map(|a| a.article_item).collect();
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 6]);
    for a in AGREEMENTS {
        assert_eq!(a.binding, a.kind.binding(), "{}", a.id);
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
    assert!(
        parse_with(&one("").replace(r#""binding":true"#, r#""binding":false"#))
            .unwrap_err()
            .starts_with("document `x`: `binding` contradicts its kind `agreement`")
    );
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
fn the_summary_line_counts_by_kind() {
    let all: Vec<&Agreement> = AGREEMENTS.iter().collect();
    assert_eq!(
        summary(&all),
        "7 documents: 3 agreements, 2 memoranda, 1 protocol, 1 agreement of intent"
    );
    assert_eq!(summary(&all[4..5]), "1 document: 1 memorandum");
    assert_eq!(summary(&[]), "0 documents");
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
        "id,title,kind,domain,parties,binding,explanation,article_text"
    );
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("sanitary-welfare,An agreement on cooperation in sanitary and epidemiological welfare,agreement,Health,not named in the article,true,"));
    let json = to_json(&shown);
    assert!(json.contains(r#""id":"cardiology","title":"A memorandum on cardiology between the Ministries of Health of both countries","kind":"memorandum","domain":"health","parties":["the Ministries of Health of both countries"],"binding":false"#));
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
