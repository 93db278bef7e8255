//! Numbers and figures in words, for screen text and accessible descriptions.
//! Values are printed with all their digits: nothing is rounded away.

use crate::content::{Bound, Figure, Qualifier, Unit};

/// The float in the fewest decimals that read back as exactly it (Rust's `{}` output for every
/// value the data hold), without float formatting (none of it in the bundle): the first
/// count of decimals `d` where `round(value × 10^d) ÷ 10^d` is the value again (the division
/// is correctly rounded, so that decimal reads back as the value). A value that no count up
/// to nine gives back (float noise from arithmetic, as 0.1 + 0.2) is written to nine
/// decimals, trailing zeros dropped.
#[must_use]
pub fn shortest(value: f64) -> String {
    if !value.is_finite() || value.abs() >= EXACT {
        return fixed(value, 0);
    }
    let mut scale = 1.0;
    for d in 0..=9 {
        let n = (value * scale).round();
        if n.abs() >= EXACT {
            break;
        }
        if n / scale == value {
            return fixed(value, d);
        }
        scale *= 10.0;
    }
    let text = fixed(value, 9);
    match text.split_once('.') {
        Some((int, frac)) if !frac.trim_end_matches('0').is_empty() => {
            format!("{int}.{}", frac.trim_end_matches('0'))
        }
        Some((int, _)) => int.to_string(),
        None => text,
    }
}

/// 2^53: every whole float below it is exact.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `1800` → `"1,800"`; `108.3` → `"108.3"`; shortest exact decimal, thousands grouped.
#[must_use]
pub fn group_thousands(value: f64) -> String {
    let text = shortest(value);
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
    // 2^53: below it every whole float is exact and the product's rounding is right; beyond
    // it (or NaN) a cast would write wrong digits. Such a value is written with fewer
    // decimals, or, from 2^53 on, where every float is whole, digit by digit.
    if rounded.is_nan() || rounded.abs() >= EXACT {
        return if decimals > 0 && value.abs() < EXACT {
            fixed(value, decimals - 1)
        } else {
            whole(value)
        };
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

/// A whole float beyond i64 (or not a number) in full, without float formatting (none of it
/// in the bundle): its mantissa times its power of two, multiplied out in base 10⁹.
fn whole(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let bits = value.abs().to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Least significant limb first, each below 10⁹. Values here are ≥ 2^53: exponent ≥ 0.
    let mut limbs = vec![
        (mantissa % 1_000_000_000) as u32,
        (mantissa / 1_000_000_000 % 1_000_000_000) as u32,
        (mantissa / 1_000_000_000_000_000_000) as u32,
    ];
    for _ in 0..exponent.max(0) {
        let mut carry = 0u64;
        for limb in &mut limbs {
            let v = u64::from(*limb) * 2 + carry;
            *limb = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut text = sign.to_string();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            text.push_str(&limb.to_string());
        } else {
            text.push_str(&format!("{limb:09}"));
        }
    }
    text
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
