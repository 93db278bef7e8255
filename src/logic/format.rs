//! Numbers and figures in words, for screen text and accessible descriptions.
//! Values are printed with all their digits: nothing is rounded away.

use crate::content::{Bound, Figure, Qualifier, Unit};

/// `1800` → `"1,800"`; `108.3` → `"108.3"`; shortest exact decimal, thousands grouped.
#[must_use]
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

/// A dollar amount as a number of billions or millions (or dollars), with the word.
fn scaled_dollars(value: f64) -> (String, &'static str) {
    let (scaled, word) = if value.abs() >= 1e9 {
        (value / 1e9, " billion")
    } else if value.abs() >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    (group_thousands(scaled), word)
}

/// A dollar amount in words: `5e9` → `"5 billion US dollars"`, `110e6` → `"110 million US dollars"`.
#[must_use]
pub fn dollars(value: f64) -> String {
    let (n, word) = scaled_dollars(value);
    format!("{n}{word} US dollars")
}

/// A dollar amount for headlines: `1e9` → "$1 billion", `110e6` → "$110 million".
#[must_use]
pub fn usd_short(value: f64) -> String {
    let (n, word) = scaled_dollars(value);
    format!("${n}{word}")
}

/// The value with its unit, in words.
#[must_use]
pub fn value_in_words(value: f64, unit: Unit, counts: Option<&str>) -> String {
    let n = group_thousands(value);
    match unit {
        Unit::UsDollars => dollars(value),
        Unit::Percent => format!("{n}%"),
        Unit::Count => format!("{n} {}", counts.unwrap_or(""))
            .trim_end()
            .to_string(),
        Unit::Years => format!("{n} years"),
        Unit::Times => format!("{n} times"),
    }
}

#[must_use]
pub fn qualifier_word(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "over ",
        Qualifier::MoreThan => "more than ",
        Qualifier::Nearly => "nearly ",
    }
}

/// The figure's value as the article qualifies it: `"over 1,800 companies"`.
#[must_use]
pub fn qualified_value(f: &Figure) -> String {
    format!(
        "{}{}",
        qualifier_word(f.qualifier),
        value_in_words(f.value, f.unit, f.counts.as_deref())
    )
}

/// Who the article attributes a figure to, as it does: "Attributed to Sadyr Japarov, …".
#[must_use]
pub fn attribution(f: &Figure) -> String {
    format!("Attributed to {}", f.speaker)
}

/// The accessible description: what it measures, the value and unit, and who said it.
#[must_use]
pub fn describe_figure(f: &Figure) -> String {
    format!("{}: {}. {}.", f.measure, qualified_value(f), attribution(f))
}

/// The words before the number in a reported value: "more than 3.1" → "more than ".
#[must_use]
pub fn qualifier_prefix(value_text: &str) -> &str {
    let end = value_text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    &value_text[..end]
}

/// A reported amount in words, by the unit the source gives: ("USD bn", 3.2) →
/// "3.2 billion US dollars"; ("percent", 22.3) → "22.3%".
#[must_use]
pub fn amount_in_words(amount: f64, unit: &str) -> String {
    match unit {
        "USD bn" => dollars(amount * 1e9),
        "USD mn" => dollars(amount * 1e6),
        "percent" => format!("{}%", group_thousands(amount)),
        "times" => format!("{} times", group_thousands(amount)),
        other => format!("{} {other}", group_thousands(amount)),
    }
}

/// `value` rounded to `decimals` places (at most 9), all of them written: (2.5, 3) → "2.500",
/// (−0.04, 1) → "0.0". Integer arithmetic: no float formatting machinery in the bundle.
#[must_use]
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scale = 10u32.pow(decimals);
    let rounded = (value * f64::from(scale)).round();
    // 2^63: i64 holds every whole float below it. Beyond it (or NaN), `as` would clamp and
    // write wrong digits; such values are written as Rust writes floats.
    if rounded.is_nan() || rounded.abs() >= 9_223_372_036_854_775_808.0 {
        return format!("{value}");
    }
    #[allow(clippy::cast_possible_truncation)] // in range: checked just above
    let scaled = rounded as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (int, frac) = (
        scaled.unsigned_abs() / u64::from(scale),
        scaled.unsigned_abs() % u64::from(scale),
    );
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac:0width$}", width = decimals as usize)
    }
}

/// A rate as a percentage with up to `decimals` decimals, trailing zeros dropped:
/// 0.12 → "12%", 0.0959582 (3) → "9.596%" (the page's one style: no space before "%").
#[must_use]
pub fn percent(rate: f64, decimals: u32) -> String {
    let text = fixed(rate * 100.0, decimals);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    let text = if text == "-0" { "0" } else { text };
    format!("{}%", text.replace('-', "−"))
}

/// The word a bound puts before a number in the charts: "over ", "around ", "almost ".
#[must_use]
pub fn bound_word(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "",
        Bound::AtLeast => "over ",
        Bound::About => "around ",
        Bound::JustUnder => "almost ",
    }
}
