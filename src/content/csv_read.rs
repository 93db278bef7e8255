//! Reading the sourced data files at build time (and in the native tests): a small CSV reader
//! with `#` comment lines, and one parser per file that checks its header and every field,
//! with messages that name the row and the field. Not part of the app.

use super::error::ContentError;
use super::records::{
    Bound, Claim, DocumentTerm, GdpYear, Period, Quantity, Reported, Side, DOCUMENT_TERM_TOPIC,
};
use super::words::{period_in_words, source_in_words, stated_change, MONTH_NAMES};
use std::borrow::Cow;

/// Splits CSV text into rows of fields (the `csv` crate), skipping `#` comment lines and
/// blank lines; fields may be quoted with `"`, with `""` for a quote inside. Stricter than the
/// crate alone: a quote left open on its line is an error, not a field that runs on to the
/// end of the file.
pub fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, ContentError> {
    for (n, line) in text.lines().enumerate() {
        if !line.starts_with('#') && line.matches('"').count() % 2 == 1 {
            return Err(ContentError::Csv {
                line: n + 1,
                message: "unclosed quote".into(),
            });
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| ContentError::Csv {
                line: e.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(0)),
                message: e.to_string(),
            })?;
            Ok(record.iter().map(str::to_string).collect())
        })
        .filter(|row: &Result<Vec<String>, ContentError>| {
            !matches!(row, Ok(fields) if fields.iter().all(|f| f.trim().is_empty()))
        })
        .collect()
}

/// Checks the header and gives the data rows, each with its line's field count checked.
fn table(text: &str, header: &[&str]) -> Result<Vec<Vec<String>>, ContentError> {
    let mut rows = csv_rows(text)?.into_iter();
    let found = rows.next().unwrap_or_default();
    if found != header {
        return Err(ContentError::Table(format!(
            "header is `{}`, expected `{}`",
            found.join(","),
            header.join(",")
        )));
    }
    rows.enumerate()
        .map(|(i, row)| {
            if row.len() == header.len() {
                Ok(row)
            } else {
                Err(ContentError::Table(format!(
                    "data row {} has {} fields, expected {}",
                    i + 1,
                    row.len(),
                    header.len()
                )))
            }
        })
        .collect()
}

pub fn parse_side(s: &str) -> Result<Side, ContentError> {
    Ok(match s {
        "KG" => Side::Kyrgyz,
        "RU" => Side::Russian,
        "both" => Side::Both,
        "EEC" => Side::Eec,
        "unstated" => Side::Unstated,
        other => {
            return Err(ContentError::Value {
                value: other.into(),
                message: "unknown side",
            })
        }
    })
}

pub fn parse_period(s: &str) -> Period {
    let year = |y: &str| (y.len() == 4).then(|| y.parse::<u16>().ok()).flatten();
    if let Some(y) = year(s) {
        return Period::Year(y);
    }
    if let Some((months, y)) = s.split_once(' ') {
        if let (Some((a, b)), Some(y)) = (months.split_once('-'), year(y)) {
            let month = |m: &str| {
                MONTH_NAMES
                    .iter()
                    .position(|x| x.get(..3) == Some(m))
                    .map(|i| i as u8 + 1)
            };
            if let (Some(first), Some(last)) = (month(a), month(b)) {
                if first <= last {
                    return Period::Months {
                        year: y,
                        first,
                        last,
                    };
                }
            }
        }
    }
    Period::Other
}

const QUALIFIERS: [(&str, Bound); 8] = [
    ("more than ", Bound::AtLeast),
    ("over ", Bound::AtLeast),
    ("about ", Bound::About),
    ("around ", Bound::About),
    ("~", Bound::About),
    ("almost ", Bound::JustUnder),
    ("approaching ", Bound::JustUnder),
    ("nearly ", Bound::JustUnder),
];

/// Reads one number with its qualifier and trailing words: "over 3500 projects".
pub fn parse_quantity(s: &str) -> Result<Quantity, ContentError> {
    let s = s.trim();
    let (bound, rest) = QUALIFIERS
        .iter()
        .find_map(|(word, bound)| s.strip_prefix(word).map(|rest| (*bound, rest)))
        .unwrap_or((Bound::Exact, s));
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let amount: f64 = rest[..end].parse().map_err(|_| ContentError::Value {
        value: s.into(),
        message: "does not start with a number",
    })?;
    let what = rest[end..].trim();
    Ok(Quantity {
        amount,
        bound,
        what: (!what.is_empty()).then(|| Cow::Owned(what.to_string())),
    })
}

/// A reported value may hold several numbers: "823 projects approved; 311", "over 1.8, almost 2".
pub fn parse_quantities(s: &str) -> Result<Vec<Quantity>, ContentError> {
    s.split(';')
        .flat_map(|part| part.split(", "))
        .map(parse_quantity)
        .collect()
}

pub fn parse_reported(text: &str) -> Result<Vec<Reported>, ContentError> {
    let header = [
        "series",
        "period",
        "value",
        "unit",
        "side",
        "speaker_or_outlet",
        "url",
    ];
    table(text, &header)?
        .into_iter()
        .map(|r| {
            let [series, period, value, unit, side, source, url]: [String; 7] =
                r.try_into().expect("table() checked the field count");
            Ok(Reported {
                period: parse_period(&period),
                period_words: period_in_words(&period).into(),
                quantities: Cow::Owned(parse_quantities(&value)?),
                side: parse_side(&side)?,
                series: series.into(),
                period_text: period.into(),
                value_text: value.into(),
                unit: unit.into(),
                change: stated_change(&source_in_words(&source)),
                source: source_in_words(&source).into(),
                url: url.into(),
            })
        })
        .collect()
}

fn number(s: &str) -> Result<Option<f64>, ContentError> {
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(Some(v)),
        _ => Err(ContentError::Value {
            value: s.into(),
            message: "is not a positive number",
        }),
    }
}

/// Joins the US$ file (two vintages) and the som file by year.
pub fn parse_gdp(usd_csv: &str, som_csv: &str) -> Result<Vec<GdpYear>, ContentError> {
    let som = table(som_csv, &["year", "gdp_som"])?;
    table(
        usd_csv,
        &["year", "gdp_usd_wdi_2026_es", "gdp_usd_datasets_gdp_2024"],
    )?
    .into_iter()
    .map(|r| {
        let year: u16 = r[0].parse().map_err(|_| ContentError::Value {
            value: r[0].clone(),
            message: "is not a year",
        })?;
        let usd = number(&r[1])?.ok_or(ContentError::Value {
            value: r[0].clone(),
            message: "has no 2026-vintage value",
        })?;
        let som = som
            .iter()
            .find(|s| s[0] == r[0])
            .map(|s| number(&s[1]))
            .transpose()?
            .flatten();
        Ok(GdpYear {
            year,
            usd,
            usd_older_vintage: number(&r[2])?,
            som,
        })
    })
    .collect()
}

pub fn parse_claims(text: &str) -> Result<Vec<Claim>, ContentError> {
    let header = [
        "topic",
        "period",
        "value",
        "unit",
        "side",
        "speaker_or_outlet",
        "quote_or_note",
        "url",
    ];
    table(text, &header)?
        .into_iter()
        .map(|r| {
            let [topic, period, value, unit, side, speaker, quote, url]: [String; 8] =
                r.try_into().expect("table() checked the field count");
            Ok(Claim {
                side: parse_side(&side)?,
                topic: topic.into(),
                period: period.into(),
                value: value.into(),
                unit: unit.into(),
                speaker: speaker.into(),
                quote: quote.into(),
                url: url.into(),
            })
        })
        .collect()
}

/// Reads `document_terms.csv` and gives the row the explorer quotes (`DOCUMENT_TERM_TOPIC`);
/// the error names the data row and the field.
pub fn parse_document_terms(text: &str) -> Result<DocumentTerm, ContentError> {
    let header = ["topic", "quote", "speaker_or_outlet", "url"];
    let rows = table(text, &header)?;
    let (i, row) = rows
        .into_iter()
        .enumerate()
        .find(|(_, r)| r[0] == DOCUMENT_TERM_TOPIC)
        .ok_or_else(|| {
            ContentError::Table(format!("no data row has `topic` `{DOCUMENT_TERM_TOPIC}`"))
        })?;
    if let Some((field, _)) = header
        .iter()
        .zip(&row)
        .find(|(_, value)| value.trim().is_empty())
    {
        return Err(ContentError::Table(format!(
            "data row {}, field `{field}` is empty",
            i + 1
        )));
    }
    let [topic, quote, source, url]: [String; 4] =
        row.try_into().expect("table() checked the field count");
    Ok(DocumentTerm {
        topic: topic.into(),
        quote: quote.into(),
        source: source.into(),
        url: url.into(),
    })
}
