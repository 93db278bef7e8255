//! Numbers and figures in words, for screen text and accessible descriptions.
//! Values are printed with all their digits: nothing is rounded away.

use crate::content::{Figure, Qualifier, Unit};

/// `1800` → `"1,800"`; `108.3` → `"108.3"`; shortest exact decimal, thousands grouped.
pub fn group_thousands(value: f64) -> String {
    let text = format!("{value}");
    let (sign, rest) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A dollar amount in words: `5e9` → `"5 billion US dollars"`, `110e6` → `"110 million US dollars"`.
pub fn dollars(value: f64) -> String {
    let (scaled, word) = if value.abs() >= 1e9 {
        (value / 1e9, " billion")
    } else if value.abs() >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    format!("{}{word} US dollars", group_thousands(scaled))
}

/// The value with its unit, in words.
pub fn value_in_words(value: f64, unit: Unit, counts: Option<&str>) -> String {
    let n = group_thousands(value);
    match unit {
        Unit::UsDollars => dollars(value),
        Unit::Percent => format!("{n} percent"),
        Unit::Count => format!("{n} {}", counts.unwrap_or(""))
            .trim_end()
            .to_string(),
        Unit::Years => format!("{n} years"),
        Unit::Times => format!("{n} times"),
    }
}

pub fn qualifier_word(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "over ",
        Qualifier::MoreThan => "more than ",
        Qualifier::Nearly => "nearly ",
    }
}

/// The figure's value as the article qualifies it: `"over 1,800 companies"`.
pub fn qualified_value(f: &Figure) -> String {
    format!(
        "{}{}",
        qualifier_word(f.qualifier),
        value_in_words(f.value, f.unit, f.counts.as_deref())
    )
}

/// The accessible description: what it measures, the value and unit, and who said it.
pub fn describe_figure(f: &Figure) -> String {
    format!(
        "{}: {}. Said by {}.",
        f.measure,
        qualified_value(f),
        f.speaker
    )
}
