//! The content files: they parse, validate, match the copied article, and bad entries are
//! rejected with a clear message.

use bishkek_explainer::content::source::{compile, parse_article, parse_figures};
use bishkek_explainer::content::{ContentError, Unit, ARTICLE, FIGURES};

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

#[test]
fn data_files_parse_and_compile() {
    let figures = parse_figures(FIGURES_JSON).unwrap();
    assert_eq!(figures.len(), 12);
    let article = compile(parse_article(ARTICLE_JSON).unwrap(), &figures).unwrap();
    assert_eq!(
        article, ARTICLE,
        "the baked article is what the data files say"
    );
    assert_eq!(figures.as_slice(), FIGURES);
}

#[test]
fn the_issue_s_figures_are_all_marked() {
    let phrases: Vec<&str> = FIGURES.iter().map(|f| f.phrase.as_ref()).collect();
    for expected in [
        "nearly a quarter",
        "$5 billion",
        "$110 million",
        "1,800 companies",
        "$1 billion",
        "3,500 projects",
        "14 hydroelectric and renewable energy facilities",
        "$175 million",
        "400 documents",
        "ten years",
        "2.5 times",
        "quadrupled",
    ] {
        assert!(phrases.contains(&expected), "{expected} is not a figure");
    }
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
    assert!(
        err.to_string()
            .starts_with("unknown variant `EUR`, expected one of `USD`, `percent`"),
        "{err}"
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
            "figure id `Bad Id` must be lowercase letters, digits and underscores",
        ),
        (
            figure_json("").replace(r#""measure":"m""#, r#""measure":" ""#),
            "figure `x`: `measure` must not be empty",
        ),
        (
            figure_json("").replace(r#""phrase":"$5 billion""#, r#""phrase":"$6 billion""#),
            "figure `x`: the phrase does not occur in its sentence",
        ),
        (
            figure_json("").replace(r#""unit":"USD""#, r#""unit":"count""#),
            "figure `x`: a count needs `counts` (what is counted)",
        ),
        (
            figure_json(r#","counts":"companies""#)
                .replace(r#""unit":"USD""#, r#""unit":"count""#)
                .replace("5000000000", "2.5"),
            "figure `x`: a count must be a whole number, not 2.5",
        ),
    ];
    for (json, message) in cases {
        let err = parse_figures(&json).unwrap_err().to_string();
        assert!(err.starts_with(message), "{err}");
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

#[test]
fn counts_name_what_they_count() {
    for f in FIGURES.iter().filter(|f| f.unit == Unit::Count) {
        assert!(f.counts.is_some(), "{}", f.id);
        assert_eq!(f.value.fract(), 0.0, "{}", f.id);
    }
}
