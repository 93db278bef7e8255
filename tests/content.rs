//! The content files: they parse, validate, match the copied article, and bad entries are
//! rejected with a clear message.

use bishkek_explainer::content::source::{compile, parse_article, parse_figures};
use bishkek_explainer::content::{Block, ContentError, Inline, Qualifier, Unit, ARTICLE, FIGURES};

const ARTICLE_TXT: &str = include_str!("../data/article.txt");
const ARTICLE_JSON: &str = include_str!("../data/article.json");
const FIGURES_JSON: &str = include_str!("../data/figures.json");

/// The lines of the copied article that are its text (not the "-" bullets, credit or date).
fn article_lines() -> Vec<&'static str> {
    let lines: Vec<&str> = ARTICLE_TXT
        .lines()
        .filter(|l| !l.is_empty() && *l != "-")
        .collect();
    lines[..lines.len() - 2].to_vec()
}

fn figure_json(overrides: &str) -> String {
    let base = r#""id":"x","phrase":"$5 billion","value":5000000000,"unit":"USD","qualifier":"exact","measure":"m","sentence":"reach $5 billion soon","speaker":"s""#;
    format!(r#"{{"figures":[{{{base}{overrides}}}]}}"#)
}

/// The figures the article quotes, as a reader of `data/article.txt` writes them down: id,
/// phrase, value, unit, what a count counts, and the qualifier the article gives.
type Expected = (
    &'static str,
    &'static str,
    f64,
    Unit,
    Option<&'static str>,
    Qualifier,
);

const EXPECTED_FIGURES: [Expected; 12] = [
    (
        "trade_share",
        "nearly a quarter",
        25.0,
        Unit::Percent,
        None,
        Qualifier::Nearly,
    ),
    (
        "trade_target",
        "$5 billion",
        5e9,
        Unit::UsDollars,
        None,
        Qualifier::Exact,
    ),
    (
        "fdi_h1_2025",
        "$110 million",
        110e6,
        Unit::UsDollars,
        None,
        Qualifier::Exact,
    ),
    (
        "russian_companies",
        "1,800 companies",
        1800.0,
        Unit::Count,
        Some("companies"),
        Qualifier::Over,
    ),
    (
        "fund_invested",
        "$1 billion",
        1e9,
        Unit::UsDollars,
        None,
        Qualifier::Over,
    ),
    (
        "fund_projects",
        "3,500 projects",
        3500.0,
        Unit::Count,
        Some("projects"),
        Qualifier::MoreThan,
    ),
    (
        "energy_facilities",
        "14 hydroelectric and renewable energy facilities",
        14.0,
        Unit::Count,
        Some("facilities"),
        Qualifier::Exact,
    ),
    (
        "energy_value",
        "$175 million",
        175e6,
        Unit::UsDollars,
        None,
        Qualifier::Over,
    ),
    (
        "treaty_documents",
        "400 documents",
        400.0,
        Unit::Count,
        Some("documents"),
        Qualifier::Over,
    ),
    (
        "eaeu_years",
        "ten years",
        10.0,
        Unit::Years,
        None,
        Qualifier::Exact,
    ),
    (
        "gdp_multiple",
        "2.5 times",
        2.5,
        Unit::Times,
        None,
        Qualifier::Exact,
    ),
    (
        "eaeu_exports_multiple",
        "quadrupled",
        4.0,
        Unit::Times,
        None,
        Qualifier::Exact,
    ),
];

#[test]
fn the_baked_figures_are_the_issue_s_figures_with_their_values() {
    let baked: Vec<_> = FIGURES
        .iter()
        .map(|f| {
            (
                f.id.as_ref(),
                f.phrase.as_ref(),
                f.value,
                f.unit,
                f.counts.as_deref(),
                f.qualifier,
            )
        })
        .collect();
    assert_eq!(baked, EXPECTED_FIGURES);
    // Counted without the parser: one `"id"` key per entry of figures.json.
    assert_eq!(FIGURES_JSON.matches("\"id\":").count(), FIGURES.len());
}

/// The figure marks of a run of inline segments, in reading order.
fn marks(inlines: &[Inline]) -> impl Iterator<Item = u16> + '_ {
    inlines.iter().filter_map(|i| match i {
        Inline::Figure(n) => Some(*n),
        _ => None,
    })
}

#[test]
fn the_baked_article_has_the_copied_article_s_shape() {
    // Counted in data/article.txt without the parser: a "-" line stands before each item of
    // the one list.
    let items = ARTICLE_TXT.lines().filter(|l| *l == "-").count();
    assert_eq!(items, 7);
    let (mut lists, mut quotes, mut figures) = (Vec::new(), 0, Vec::new());
    for block in ARTICLE.blocks.iter() {
        match block {
            Block::Paragraph(inlines) => figures.extend(marks(inlines)),
            Block::Quote { body, .. } => {
                quotes += 1;
                figures.extend(marks(body));
            }
            Block::List(list) => {
                lists.push(list.len());
                figures.extend(list.iter().flat_map(|item| marks(item)));
            }
        }
    }
    assert_eq!(lists, [items]);
    assert_eq!(quotes, 2, "two paragraphs of the article are quotations");
    assert_eq!(
        figures,
        (0..12).collect::<Vec<u16>>(),
        "each figure is marked once, in the order of figures.json"
    );
}

#[test]
fn every_phrase_stands_verbatim_in_its_sentence_and_the_sentence_in_the_article() {
    for f in FIGURES {
        assert!(f.sentence.contains(f.phrase.as_ref()), "{}", f.id);
        assert!(
            ARTICLE_TXT.contains(f.sentence.as_ref()),
            "{}: sentence not in article.txt",
            f.id
        );
    }
}

#[test]
fn the_structured_article_is_the_copied_text_line_for_line() {
    assert_eq!(ARTICLE.plain_blocks(FIGURES), article_lines());
    let mut tail = ARTICLE_TXT.lines().rev().filter(|l| !l.is_empty());
    assert_eq!(tail.next(), Some(ARTICLE.dateline.as_ref()));
    assert_eq!(tail.next(), Some(ARTICLE.credit_as_printed.as_ref()));
}

#[test]
fn an_unknown_field_is_rejected() {
    let err = parse_figures(&figure_json(r#","colour":"red""#)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown field `colour`, expected one of `id`, `phrase`, `value`, `unit`, `counts`, \
         `qualifier`, `measure`, `sentence`, `speaker` at line 1 column 167"
    );
}

#[test]
fn a_missing_unit_is_rejected() {
    let json = figure_json("").replace(r#""unit":"USD","#, "");
    let err = parse_figures(&json).unwrap_err();
    assert_eq!(err.to_string(), "missing field `unit` at line 1 column 146");
}

#[test]
fn an_unknown_unit_is_rejected() {
    let json = figure_json("").replace(r#""unit":"USD""#, r#""unit":"EUR""#);
    let err = parse_figures(&json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown variant `EUR`, expected one of `USD`, `percent`, `count`, `years`, `times` \
         at line 1 column 75"
    );
}

#[test]
fn a_negative_count_is_rejected() {
    let json = figure_json(r#","counts":"companies""#)
        .replace(r#""unit":"USD""#, r#""unit":"count""#)
        .replace("5000000000", "-5");
    let err = parse_figures(&json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "figure `x`: value -5 must not be negative at line 1 column 175"
    );
}

#[test]
fn other_invalid_figures_are_rejected_with_their_reason() {
    let cases = [
        (
            figure_json("").replace(r#""id":"x""#, r#""id":"Bad Id""#),
            "figure id `Bad Id` must be lowercase letters, digits and underscores at line 1 column 165",
        ),
        (
            figure_json("").replace(r#""measure":"m""#, r#""measure":" ""#),
            "figure `x`: `measure` must not be empty at line 1 column 160",
        ),
        (
            figure_json("").replace(r#""phrase":"$5 billion""#, r#""phrase":"$6 billion""#),
            "figure `x`: the phrase does not occur in its sentence at line 1 column 160",
        ),
        (
            figure_json("").replace(r#""unit":"USD""#, r#""unit":"count""#),
            "figure `x`: a count needs `counts` (what is counted) at line 1 column 162",
        ),
        (
            figure_json(r#","counts":"companies""#)
                .replace(r#""unit":"USD""#, r#""unit":"count""#)
                .replace("5000000000", "2.5"),
            "figure `x`: a count must be a whole number, not 2.5 at line 1 column 176",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(parse_figures(&json).unwrap_err().to_string(), message);
    }
}

#[test]
fn duplicate_ids_and_figures_outside_the_article_are_rejected() {
    let one = figure_json("");
    let inner = &one[r#"{"figures":["#.len()..one.len() - 2];
    let two = format!(r#"{{"figures":[{inner},{inner}]}}"#);
    assert_eq!(
        parse_figures(&two).unwrap_err(),
        ContentError::DuplicateId("x".into())
    );

    let figures = parse_figures(&one).unwrap();
    let err = compile(parse_article(ARTICLE_JSON).unwrap(), &figures).unwrap_err();
    assert_eq!(
        err.to_string(),
        "figure `x`: the sentence does not occur within one block of the article"
    );
}
