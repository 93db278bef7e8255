//! Why a content file was rejected. Tests assert these messages word for word.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum ContentError {
    /// The JSON did not parse into the typed model (syntax, unknown or missing field,
    /// or a value that failed validation); carries serde's message with its position.
    Json(String),
    BadAgreementId(String),
    DuplicateAgreementId(String),
    TitleNotInSentence {
        id: String,
    },
    NotAnArticleItem {
        id: String,
    },
    /// A CSV line that does not split into fields.
    Csv {
        line: usize,
        message: String,
    },
    /// A CSV table with the wrong header or row width.
    Table(String),
    /// A field whose text does not read as the value it should be.
    Value {
        value: String,
        message: &'static str,
    },
    EmptyField {
        id: String,
        field: &'static str,
    },
    BadId(String),
    DuplicateId(String),
    NotFinite {
        id: String,
    },
    NegativeValue {
        id: String,
        value: f64,
    },
    FractionalCount {
        id: String,
        value: f64,
    },
    CountWithoutNoun {
        id: String,
    },
    PhraseNotInSentence {
        id: String,
    },
    SentenceNotInArticle {
        id: String,
    },
    QuoteNotInBlock {
        quote: String,
    },
    Overlap {
        first: String,
        second: String,
    },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Json(msg) => write!(f, "{msg}"),
            ContentError::BadAgreementId(id) => write!(
                f,
                "document id `{id}` must be lowercase letters, digits and hyphens"
            ),
            ContentError::DuplicateAgreementId(id) => write!(f, "document id `{id}` is used twice"),
            ContentError::TitleNotInSentence { id } => {
                write!(f, "document `{id}`: the title must begin its sentence")
            }
            ContentError::NotAnArticleItem { id } => write!(
                f,
                "document `{id}`: the sentence is not an item of the article's list of signed documents"
            ),
            ContentError::EmptyField { id, field } => {
                write!(f, "figure `{id}`: `{field}` must not be empty")
            }
            ContentError::BadId(id) => write!(
                f,
                "figure id `{id}` must be lowercase letters, digits and underscores"
            ),
            ContentError::DuplicateId(id) => write!(f, "figure id `{id}` is used twice"),
            ContentError::NotFinite { id } => {
                write!(f, "figure `{id}`: value must be a finite number")
            }
            ContentError::NegativeValue { id, value } => {
                write!(f, "figure `{id}`: value {value} must not be negative")
            }
            ContentError::FractionalCount { id, value } => {
                write!(
                    f,
                    "figure `{id}`: a count must be a whole number, not {value}"
                )
            }
            ContentError::CountWithoutNoun { id } => {
                write!(f, "figure `{id}`: a count needs `counts` (what is counted)")
            }
            ContentError::PhraseNotInSentence { id } => {
                write!(
                    f,
                    "figure `{id}`: the phrase does not occur in its sentence"
                )
            }
            ContentError::SentenceNotInArticle { id } => write!(
                f,
                "figure `{id}`: the sentence does not occur within one block of the article"
            ),
            ContentError::QuoteNotInBlock { quote } => {
                write!(f, "quotation `{quote}` does not occur in its paragraph")
            }
            ContentError::Overlap { first, second } => {
                write!(f, "marks `{first}` and `{second}` overlap in the text")
            }
            ContentError::Csv { line, message } => write!(f, "CSV line {line}: {message}"),
            ContentError::Table(message) => write!(f, "{message}"),
            ContentError::Value { value, message } => write!(f, "value `{value}` {message}"),
        }
    }
}

impl std::error::Error for ContentError {}
