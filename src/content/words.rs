//! Dates and attributions as readers read them, applied to the source files at build time
//! (`build.rs` bakes the results), so the app carries the words, not the code that writes them.

/// The months in English; the files and short labels write their first three letters.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2025-11" → "November 2025", "2019-11-01" → "1 November 2019"; `None` for anything else.
pub fn iso_date_in_words(iso: &str) -> Option<String> {
    let mut parts = iso.split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?;
    let month: usize = parts.next().filter(|m| m.len() == 2)?.parse().ok()?;
    let name = MONTH_NAMES.get(month.checked_sub(1)?)?;
    match parts.next() {
        None => Some(format!("{name} {year}")),
        Some(day) if day.len() == 2 && parts.next().is_none() => {
            let day: u8 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
            Some(format!("{day} {name} {year}"))
        }
        Some(_) => None,
    }
}

/// A period as the source files write it, in words for readers: "latest (2025-11)" →
/// "latest as of November 2025", "as of 2019-11-01" → "as of 1 November 2019",
/// "end-2017" → "end of 2017", "Jan-Nov 2022" → "January–November 2022"; years and
/// anything unrecognised stay as written.
pub fn period_in_words(text: &str) -> String {
    if let Some(iso) = text
        .strip_prefix("latest (")
        .and_then(|r| r.strip_suffix(')'))
    {
        if let Some(date) = iso_date_in_words(iso) {
            return format!("latest as of {date}");
        }
    }
    if let Some(date) = text.strip_prefix("as of ").and_then(iso_date_in_words) {
        return format!("as of {date}");
    }
    if let Some(year) = text.strip_prefix("end-") {
        return format!("end of {year}");
    }
    if let Some((months, year)) = text.split_once(' ') {
        if let Some((a, b)) = months.split_once('-') {
            let full = |m: &str| {
                MONTH_NAMES
                    .iter()
                    .find(|n| n.starts_with(m) && m.len() == 3)
            };
            if let (Some(a), Some(b)) = (full(a), full(b)) {
                return format!("{a}–{b} {year}");
            }
        }
    }
    text.to_string()
}

/// A source's attribution as readers see it: ISO dates in words ("Putin 2025-11-26 via
/// RIA" → "Putin 26 November 2025 via RIA") and the publication's name spelt as its credit
/// line does; everything else as the source file gives it.
pub fn source_in_words(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let candidate = rest.get(i..i + 10).filter(|d| {
            let b = d.as_bytes();
            b[4] == b'-'
                && b[7] == b'-'
                && rest[i + 10..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_ascii_digit())
        });
        match candidate.and_then(iso_date_in_words) {
            Some(words) => {
                out.push_str(&rest[..i]);
                out.push_str(&words);
                rest = &rest[i + 10..];
            }
            None => {
                let end = i + rest[i..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len() - i);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
        }
    }
    out.push_str(rest);
    out.replace("CentralAsianLIGHT", "CentralasianLIGHT.org")
}

/// A year-on-year change a source field states as "(+16.6% y/y)".
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// In percent: 16.6.
    pub percent: f64,
    /// The field without the change: "FM Kulubaev via Finmarket".
    pub by: super::model::Text,
}

/// "FM Kulubaev via Finmarket (+16.6% y/y)" → 16.6, "FM Kulubaev via Finmarket".
pub fn stated_change(source: &str) -> Option<Change> {
    let open = source.find(" (")?;
    let inner = &source[open + 2..];
    let close = inner.find("% y/y)")?;
    let number = &inner[..close];
    let sign = if number.starts_with('-') { -1.0 } else { 1.0 };
    let value: f64 = number.trim_start_matches(['+', '-']).parse().ok()?;
    let rest = &inner[close + "% y/y)".len()..];
    Some(Change {
        percent: sign * value,
        by: format!("{}{rest}", &source[..open]).into(),
    })
}
