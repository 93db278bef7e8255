//! The content files as written (`data/*.json`), parsed into validated values and compiled
//! into the render model. Used natively: by `build.rs` (which bakes the result into the
//! app) and by the tests. Every rejection is a `ContentError` with a stable message.

use super::error::ContentError;
use super::model::{
    Agreement, Article, Block, Domain, Figure, Inline, Kind, List, Qualifier, Text, Unit,
};
use serde::Deserialize;
use std::borrow::Cow;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSource {
    pub headline: String,
    pub reading_note: String,
    pub updated_iso: String,
    pub dateline: String,
    pub date_iso: String,
    pub credit: String,
    pub credit_as_printed: String,
    pub source_url: String,
    pub blocks: Vec<BlockSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "snake_case")]
pub enum BlockSource {
    Paragraph {
        text: String,
        #[serde(default)]
        quotes: Vec<QuoteSource>,
    },
    Quote {
        text: String,
        speaker: String,
    },
    List {
        items: Vec<String>,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteSource {
    pub text: String,
    pub speaker: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureFile {
    figures: Vec<ValidFigure>,
}

/// One figure as written in `figures.json`; `Figure::try_from` validates it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureSource {
    id: String,
    phrase: String,
    value: f64,
    unit: Unit,
    #[serde(default)]
    counts: Option<String>,
    qualifier: Qualifier,
    measure: String,
    sentence: String,
    speaker: String,
}

#[derive(Debug, Deserialize)]
#[serde(try_from = "FigureSource")]
struct ValidFigure(Figure);

impl TryFrom<FigureSource> for ValidFigure {
    type Error = ContentError;

    fn try_from(s: FigureSource) -> Result<Self, ContentError> {
        let id = s.id;
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(ContentError::BadId(id));
        }
        for (field, text) in [
            ("phrase", &s.phrase),
            ("measure", &s.measure),
            ("sentence", &s.sentence),
            ("speaker", &s.speaker),
        ] {
            if text.trim().is_empty() {
                return Err(ContentError::EmptyField { id, field });
            }
        }
        if !s.value.is_finite() {
            return Err(ContentError::NotFinite { id });
        }
        if s.value < 0.0 {
            return Err(ContentError::NegativeValue { id, value: s.value });
        }
        let unit = s.unit;
        if unit == Unit::Count {
            if s.value.fract() != 0.0 {
                return Err(ContentError::FractionalCount { id, value: s.value });
            }
            if s.counts.as_deref().is_none_or(|c| c.trim().is_empty()) {
                return Err(ContentError::CountWithoutNoun { id });
            }
        }
        if !s.sentence.contains(s.phrase.as_str()) {
            return Err(ContentError::PhraseNotInSentence { id });
        }
        let qualifier = s.qualifier;
        Ok(ValidFigure(Figure {
            id: id.into(),
            phrase: s.phrase.into(),
            value: s.value,
            unit,
            counts: s.counts.map(Cow::Owned),
            qualifier,
            measure: s.measure.into(),
            sentence: s.sentence.into(),
            speaker: s.speaker.into(),
        }))
    }
}

fn json_error(e: serde_json::Error) -> ContentError {
    ContentError::Json(e.to_string())
}

pub fn parse_article(json: &str) -> Result<ArticleSource, ContentError> {
    serde_json::from_str(json).map_err(json_error)
}

/// Parses and validates `figures.json`: each entry on its own, then ids unique.
pub fn parse_figures(json: &str) -> Result<Vec<Figure>, ContentError> {
    let file: FigureFile = serde_json::from_str(json).map_err(json_error)?;
    let figures: Vec<Figure> = file.figures.into_iter().map(|v| v.0).collect();
    for (i, f) in figures.iter().enumerate() {
        if figures[..i].iter().any(|g| g.id == f.id) {
            return Err(ContentError::DuplicateId(f.id.to_string()));
        }
    }
    Ok(figures)
}

/// A marked range of one block's text: a figure or an inline quotation.
struct Mark {
    start: usize,
    end: usize,
    label: String,
    inline: Inline,
}

/// Splits `text` into inline segments at the figures whose sentence stands in it and at
/// the given quotations. `placed[i]` records that figure `i` has found its block.
fn segment(
    text: &str,
    quotes: &[QuoteSource],
    figures: &[Figure],
    placed: &mut [bool],
) -> Result<List<Inline>, ContentError> {
    let mut marks = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        if placed[i] {
            continue;
        }
        if let Some(at) = text.find(f.sentence.as_ref()) {
            let start = at + f.sentence.find(f.phrase.as_ref()).unwrap_or(0);
            placed[i] = true;
            marks.push(Mark {
                start,
                end: start + f.phrase.len(),
                label: f.id.to_string(),
                inline: Inline::Figure(i as u16),
            });
        }
    }
    for q in quotes {
        let start = text
            .find(q.text.as_str())
            .ok_or_else(|| ContentError::QuoteNotInBlock {
                quote: q.text.chars().take(40).collect(),
            })?;
        marks.push(Mark {
            start,
            end: start + q.text.len(),
            label: q.text.chars().take(40).collect(),
            inline: Inline::Quote {
                text: Cow::Owned(q.text.clone()),
                speaker: Cow::Owned(q.speaker.clone()),
            },
        });
    }
    marks.sort_by_key(|m| m.start);
    let mut out = Vec::new();
    let mut pos = 0;
    let mut last_label = String::new();
    for m in marks {
        if m.start < pos {
            return Err(ContentError::Overlap {
                first: last_label,
                second: m.label,
            });
        }
        if m.start > pos {
            out.push(Inline::Text(Cow::Owned(text[pos..m.start].to_string())));
        }
        out.push(m.inline);
        pos = m.end;
        last_label = m.label;
    }
    if pos < text.len() {
        out.push(Inline::Text(Cow::Owned(text[pos..].to_string())));
    }
    Ok(Cow::Owned(out))
}

fn owned(s: String) -> Text {
    Cow::Owned(s)
}

/// Builds the render model: every figure is marked where its sentence stands, once.
pub fn compile(src: ArticleSource, figures: &[Figure]) -> Result<Article, ContentError> {
    let mut placed = vec![false; figures.len()];
    let mut blocks = Vec::new();
    for block in src.blocks {
        blocks.push(match block {
            BlockSource::Paragraph { text, quotes } => {
                Block::Paragraph(segment(&text, &quotes, figures, &mut placed)?)
            }
            BlockSource::Quote { text, speaker } => Block::Quote {
                body: segment(&text, &[], figures, &mut placed)?,
                speaker: owned(speaker),
            },
            BlockSource::List { items } => Block::List(Cow::Owned(
                items
                    .iter()
                    .map(|item| segment(item, &[], figures, &mut placed))
                    .collect::<Result<Vec<_>, _>>()?,
            )),
        });
    }
    // A full date, not before the report it explains (ISO dates compare as text).
    if src.updated_iso.len() != 10
        || super::words::iso_date_in_words(&src.updated_iso).is_none()
        || src.updated_iso < src.date_iso
    {
        return Err(ContentError::Value {
            value: src.updated_iso,
            message: "`updated_iso` must be a date (YYYY-MM-DD) not before `date_iso`",
        });
    }
    if let Some(i) = placed.iter().position(|p| !p) {
        return Err(ContentError::SentenceNotInArticle {
            id: figures[i].id.to_string(),
        });
    }
    Ok(Article {
        headline: owned(src.headline),
        reading_note: owned(src.reading_note),
        updated_iso: owned(src.updated_iso),
        dateline: owned(src.dateline),
        date_iso: owned(src.date_iso),
        credit: owned(src.credit),
        credit_as_printed: owned(src.credit_as_printed),
        source_url: owned(src.source_url),
        blocks: Cow::Owned(blocks),
    })
}

/// One document as written in `agreements.json`; `ValidAgreement::try_from` validates it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementSource {
    id: String,
    title: String,
    kind: Kind,
    domain: Domain,
    parties: Vec<String>,
    explanation: String,
    sentence: String,
}

#[derive(Debug, Deserialize)]
#[serde(try_from = "AgreementSource")]
struct ValidAgreement(Agreement);

impl TryFrom<AgreementSource> for ValidAgreement {
    type Error = ContentError;

    fn try_from(s: AgreementSource) -> Result<Self, ContentError> {
        let id = s.id;
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(ContentError::BadAgreementId(id));
        }
        for (field, text) in [
            ("title", &s.title),
            ("explanation", &s.explanation),
            ("sentence", &s.sentence),
        ] {
            if text.trim().is_empty() {
                return Err(ContentError::EmptyField { id, field });
            }
        }
        let kind = s.kind;
        if !s.sentence.starts_with(s.title.as_str()) {
            return Err(ContentError::TitleNotInSentence { id });
        }
        let domain = s.domain;
        Ok(ValidAgreement(Agreement {
            id: id.into(),
            title: s.title.into(),
            kind,
            domain,
            parties: Cow::Owned(s.parties.into_iter().map(Cow::Owned).collect()),
            explanation: s.explanation.into(),
            sentence: s.sentence.into(),
            article_item: 0,
        }))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementFile {
    agreements: Vec<ValidAgreement>,
}

/// Parses and validates `agreements.json`: each document on its own, ids unique, and each
/// document's sentence one item of the article's list of signed documents (in order).
pub fn parse_agreements(
    json: &str,
    article: &Article,
    figures: &[Figure],
) -> Result<Vec<Agreement>, ContentError> {
    let file: AgreementFile = serde_json::from_str(json).map_err(json_error)?;
    let mut agreements: Vec<Agreement> = file.agreements.into_iter().map(|v| v.0).collect();
    for (i, a) in agreements.iter().enumerate() {
        if agreements[..i].iter().any(|b| b.id == a.id) {
            return Err(ContentError::DuplicateAgreementId(a.id.to_string()));
        }
    }
    let items: Vec<String> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(items) => Some(items),
            _ => None,
        })
        .flat_map(|items| items.iter())
        .map(|item| super::model::inlines_text(item, figures))
        .collect();
    for a in agreements.iter_mut() {
        let at = items
            .iter()
            .position(|item| *item == a.sentence)
            .ok_or_else(|| ContentError::NotAnArticleItem {
                id: a.id.to_string(),
            })?;
        a.article_item = at as u16;
    }
    Ok(agreements)
}
