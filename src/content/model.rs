//! The content model the app renders: the article as blocks of inline segments, and the
//! figures quoted in it. Strings are `Cow<'static, _>` so the same types hold values parsed
//! at build time (owned) and the static values compiled into the app (borrowed).

use serde::Deserialize;
use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Our own headline (the source's is not part of the copied text).
    pub headline: Text,
    /// How to read the marked text, above the article (the explainer's own words).
    pub reading_note: Text,
    /// When the explainer was last updated, ISO: "2026-12-03".
    pub updated_iso: Text,
    /// As printed: "November 26, 2025".
    pub dateline: Text,
    /// ISO date for `<time datetime>`.
    pub date_iso: Text,
    /// The credit line shown and linked, spelt as the article prints it: "CentralasianLIGHT.org".
    pub credit: Text,
    /// The credit exactly as the copied text prints it.
    pub credit_as_printed: Text,
    pub source_url: Text,
    pub blocks: List<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(List<Inline>),
    /// A quotation standing as its own paragraph.
    Quote {
        speaker: Text,
        body: List<Inline>,
    },
    /// A bulleted list; each item is a run of inline segments.
    List(List<List<Inline>>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(Text),
    /// A figure of the data model, by index into the figure list.
    Figure(u16),
    /// A quotation inside a paragraph, quotation marks included.
    Quote {
        text: Text,
        speaker: Text,
    },
}

/// As written in `figures.json`: "USD", "percent", "count", "years", "times".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Unit {
    #[serde(rename = "USD")]
    UsDollars,
    #[serde(rename = "percent")]
    Percent,
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "years")]
    Years,
    #[serde(rename = "times")]
    Times,
}

/// How the article qualifies the figure: "over $1 billion", "nearly a quarter".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Over,
    MoreThan,
    Nearly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Stable identifier, used in URLs and by the charts.
    pub id: Text,
    /// The exact phrase as it stands in the article.
    pub phrase: Text,
    pub value: f64,
    pub unit: Unit,
    /// What a count counts ("companies"); only for `Unit::Count`.
    pub counts: Option<Text>,
    pub qualifier: Qualifier,
    /// What the number measures, in plain words.
    pub measure: Text,
    /// The article's sentence the phrase stands in.
    pub sentence: Text,
    /// Who said it, with their office.
    pub speaker: Text,
}

/// A run of inline segments as the text reads (a figure as its phrase).
pub fn inlines_text(inlines: &[Inline], figures: &[Figure]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.as_ref(),
            Inline::Figure(n) => figures[usize::from(*n)].phrase.as_ref(),
            Inline::Quote { text, .. } => text.as_ref(),
        })
        .collect()
}

impl Article {
    /// The article's plain text, block by block (list items one per entry), as it reads.
    pub fn plain_blocks(&self, figures: &[Figure]) -> Vec<String> {
        let run = |inlines: &[Inline]| inlines_text(inlines, figures);
        let mut out = Vec::new();
        for block in self.blocks.iter() {
            match block {
                Block::Paragraph(body) | Block::Quote { body, .. } => out.push(run(body)),
                Block::List(items) => out.extend(items.iter().map(|item| run(item))),
            }
        }
        out
    }
}

keyed! {
    /// What kind of document was signed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Kind {
        Agreement => "agreement",
        Memorandum => "memorandum",
        Protocol => "protocol",
        AgreementOfIntent => "agreement_of_intent",
    }
}

keyed! {
    /// The field a document belongs to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Domain {
        Economy => "economy",
        InternalAffairs => "internal_affairs",
        Education => "education",
        Health => "health",
        Defence => "defence",
        Post => "post",
    }
}

impl Kind {
    pub fn label(self, count: usize) -> &'static str {
        match (self, count == 1) {
            (Kind::Agreement, true) => "agreement",
            (Kind::Agreement, false) => "agreements",
            (Kind::Memorandum, true) => "memorandum",
            (Kind::Memorandum, false) => "memoranda",
            (Kind::Protocol, true) => "protocol",
            (Kind::Protocol, false) => "protocols",
            (Kind::AgreementOfIntent, true) => "agreement of intent",
            (Kind::AgreementOfIntent, false) => "agreements of intent",
        }
    }
}

impl Domain {
    pub fn label(self) -> &'static str {
        match self {
            Domain::Economy => "Economy and planning",
            Domain::InternalAffairs => "Internal affairs and migration",
            Domain::Education => "Education",
            Domain::Health => "Health",
            Domain::Defence => "Defence",
            Domain::Post => "Post",
        }
    }
}

/// What the explorer says of a document whose parties the article does not name.
pub const PARTIES_NOT_NAMED: &str = "Not named in the article";

/// One item of the article's list of documents signed in Bishkek. The article introduces
/// the list with "including", so more may have been signed, and an item may name several.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Stable id, used in URLs.
    pub id: Text,
    /// The title as the article gives it.
    pub title: Text,
    pub kind: Kind,
    pub domain: Domain,
    /// The parties as the article names them; empty when it does not.
    pub parties: List<Text>,
    /// What the article's item says, and what it does not say.
    pub explanation: Text,
    /// The article's text for this document (its item in the list of signed documents).
    pub sentence: Text,
    /// Which item of the article's list it is (0-based).
    pub article_item: u16,
}

impl Agreement {
    /// Whether the article names the item in the plural ("Agreements on …"): it then covers
    /// more than one document, and the article does not say how many.
    pub fn is_plural(&self) -> bool {
        let plural = self.kind.label(2);
        self.title
            .get(..plural.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(plural))
    }
}

impl Agreement {
    /// The parties as the article names them, joined by `separator`, or `PARTIES_NOT_NAMED`.
    pub fn parties_text(&self, separator: &str) -> String {
        if self.parties.is_empty() {
            return PARTIES_NOT_NAMED.to_string();
        }
        self.parties
            .iter()
            .map(|p| p.as_ref())
            .collect::<Vec<_>>()
            .join(separator)
    }
}
