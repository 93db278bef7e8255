//! The explainer's lead: a standfirst that says what the figures show and a strip of key
//! numbers, each linking to its chart, and the note on how they were checked. Every number
//! is read from the rows it is given (the baked data in the app, altered copies in tests),
//! never typed in.

use crate::content::words::source_in_words;
use crate::content::{Claim, Figure, GdpYear, Lookup, Period, Reported, Side};
use crate::logic::format::{fixed, group_thousands, qualifier_prefix};
use crate::logic::view_state::Panel;

/// The content the lead is composed from.
#[derive(Clone, Copy)]
pub struct Data<'a> {
    pub lookup: &'a Lookup,
    pub reported: &'a [Reported],
    pub claims: &'a [Claim],
    pub figures: &'a [Figure],
    pub gdp: &'a [GdpYear],
    /// The ten-year windows of GDP growth the growth chart shows: (from, to), from the
    /// accession year first.
    pub windows: [(u16, u16); 2],
    /// The World Bank's page of the GDP series in current US dollars.
    pub gdp_url: &'a str,
}

/// One item of the key numbers strip.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyNumber {
    pub value: String,
    pub label: String,
    /// The chart it links to.
    pub panel: Panel,
}

/// A line of "How we checked these figures": what a number is, and its source or formula.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub text: String,
    /// Who gave it, or the data set: the link's text.
    pub source: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lead {
    pub standfirst: String,
    pub key_numbers: Vec<KeyNumber>,
    pub checks: Vec<Check>,
}

/// Who gave a row's figure and where, without the source file's notes in brackets:
/// "National Investment Agency via fergana (total 462.2)" → "National Investment Agency via fergana".
pub fn outlet(r: &Reported) -> String {
    let by = r.change.as_ref().map_or(&r.source, |c| &c.by);
    source_in_words(by.split(" (").next().unwrap_or_default())
}

/// "$3.2 billion", "almost $4 billion", "$110 million": a reported amount as printed.
pub fn money(r: &Reported) -> String {
    let amount = r.amount();
    let word = match r.unit.as_ref() {
        "USD bn" => " billion",
        "USD mn" => " million",
        _ => "",
    };
    format!(
        "{}${}{word}",
        qualifier_prefix(&r.value_text),
        group_thousands(amount)
    )
}

/// Every distinct figure one side gave for the period of `plotted` (same series), plotted first.
pub fn side_figures(reported: &[Reported], plotted: &Reported) -> Vec<(String, f64)> {
    let mut all: Vec<(String, f64)> = Vec::new();
    let same = |r: &&Reported| {
        r.series == plotted.series && r.period_text == plotted.period_text && r.side == plotted.side
    };
    for r in std::iter::once(plotted).chain(reported.iter().filter(same)) {
        let w = money(r);
        if !all.iter().any(|(x, _)| *x == w) {
            all.push((w, r.amount()));
        }
    }
    all
}

/// "Kyrgyz", "Russian": whose figure a row is.
pub fn side_name(s: Side) -> &'static str {
    match s {
        Side::Kyrgyz => "Kyrgyz",
        Side::Russian => "Russian",
        _ => "unattributed",
    }
}

/// GDP in current US dollars of `to` ÷ that of `from`, with both levels.
fn ratio(gdp: &[GdpYear], (from, to): (u16, u16)) -> Option<(f64, f64, f64)> {
    let usd = |y: u16| gdp.iter().find(|g| g.year == y).map(|g| g.usd);
    let (a, b) = (usd(from)?, usd(to)?);
    Some((b / a, a, b))
}

/// "Adylbek Kasymaliev, the Kyrgyz prime minister": a claim's speaker without its outlet.
fn speaker(c: &Claim) -> String {
    let who = c.speaker.split(" via ").next().unwrap_or_default();
    match who.strip_prefix("PM ") {
        Some(name) => format!("the {} prime minister, {name},", side_name(c.side)),
        None => who.to_string(),
    }
}

/// The lead, or `None` when a GDP year of the windows is missing.
pub fn compose(d: Data) -> Option<Lead> {
    let l = d.lookup;
    let (kg, ru) = (&d.reported[l.trade_kg_2024], &d.reported[l.trade_ru_2024]);
    let target = &d.figures[l.target_figure];
    let (kg_all, ru_all) = (side_figures(d.reported, kg), side_figures(d.reported, ru));
    let words = |all: &[(String, f64)]| {
        all.iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let target_bn = target.value / 1e9;
    let highest = kg_all
        .iter()
        .chain(&ru_all)
        .map(|(_, v)| *v)
        .fold(0.0, f64::max);
    let against = if highest < target_bn {
        "all below"
    } else {
        "not all below"
    };
    let target_text = format!("${} billion", group_thousands(target_bn));
    let trade = format!(
        "For {}, {} officials put trade with Russia at {}, {} officials at {}: {against} the {target_text} target the article reports.",
        kg.period_words,
        side_name(kg.side),
        words(&kg_all),
        side_name(ru.side),
        words(&ru_all),
    );
    let (fdi, fdi_before) = (&d.reported[l.fdi_h1_2025], &d.reported[l.fdi_h1_2024]);
    let by = if fdi.side == fdi_before.side {
        format!(" ({} figures)", side_name(fdi.side))
    } else {
        String::new()
    };
    let year_before = match (&fdi.period, &fdi_before.period) {
        (
            Period::Months { year, first, last },
            Period::Months {
                year: y,
                first: f,
                last: l,
            },
        ) => *y + 1 == *year && first == f && last == l,
        _ => false,
    };
    let before = if year_before {
        "a year earlier".to_string()
    } else {
        format!("in {}", fdi_before.period_words)
    };
    let investment = format!(
        "Russian direct investment was {} in {}, {} {before}{by}.",
        money(fdi),
        fdi.period_words,
        money(fdi_before),
    );
    let ([w0, w1], claim) = (d.windows, &d.figures[l.gdp_multiple]);
    let ((r0, a0, b0), (r1, a1, b1)) = (ratio(d.gdp, w0)?, ratio(d.gdp, w1)?);
    let real = &d.claims[l.real_growth];
    let about = |r: f64| format!("about {}", fixed(r, 1));
    let growth = format!(
        "Putin said Kyrgyz GDP grew “{}” in {}; in current US dollars it grew {} times from {} to {} or {} from {} to {}, and {} put real growth since {} at {} {}.",
        claim.phrase,
        d.figures[l.eaeu_years].phrase,
        about(r0),
        w0.0,
        w0.1,
        fixed(r1, 1),
        w1.0,
        w1.1,
        speaker(real),
        real.period.split('-').next().unwrap_or_default(),
        real.value,
        real.unit
    );
    let key = |value: String, label: String, panel| KeyNumber {
        value,
        label,
        panel,
    };
    let key_numbers = vec![
        key(
            target_text.clone(),
            target.measure.to_string(),
            Panel::Trade,
        ),
        key(
            money(kg),
            format!(
                "{} trade, {} officials",
                kg.period_words,
                side_name(kg.side)
            ),
            Panel::Trade,
        ),
        key(
            money(ru),
            format!(
                "{} trade, {} officials",
                ru.period_words,
                side_name(ru.side)
            ),
            Panel::Trade,
        ),
        key(
            money(fdi),
            format!("Russian direct investment, {}", fdi.period_words),
            Panel::Investment,
        ),
        key(
            format!("{}× or {}×", fixed(r0, 1), fixed(r1, 1)),
            format!(
                "Kyrgyz GDP growth in US$, {}–{} or {}–{}, to one decimal (Putin: “{}”)",
                w0.0, w0.1, w1.0, w1.1, claim.phrase
            ),
            Panel::Growth,
        ),
    ];
    let bn = |v: f64| fixed(v / 1e9, 2);
    let formula = |(from, to): (u16, u16), r: f64, a: f64, b: f64| Check {
        text: format!(
            "GDP growth {from}–{to}: ${} billion ({to}) ÷ ${} billion ({from}) = {}, {} times.",
            bn(b),
            bn(a),
            fixed(r, 2),
            about(r)
        ),
        source: "World Bank, GDP (current US$)".into(),
        url: d.gdp_url.to_string(),
    };
    let row = |what: String, r: &Reported| Check {
        text: format!("{what}: {}.", money(r)),
        source: outlet(r),
        url: r.url.to_string(),
    };
    let checks = vec![
        row(
            format!(
                "{} trade, {} officials",
                kg.period_words,
                side_name(kg.side)
            ),
            kg,
        ),
        row(
            format!(
                "{} trade, {} officials",
                ru.period_words,
                side_name(ru.side)
            ),
            ru,
        ),
        row(
            format!("Russian direct investment, {}", fdi.period_words),
            fdi,
        ),
        row(
            format!("Russian direct investment, {}", fdi_before.period_words),
            fdi_before,
        ),
        formula(w0, r0, a0, b0),
        formula(w1, r1, a1, b1),
        Check {
            text: format!("Real growth: “{}”", real.quote),
            source: source_in_words(&real.speaker),
            url: real.url.to_string(),
        },
    ];
    Some(Lead {
        standfirst: format!("{trade} {investment} {growth}"),
        key_numbers,
        checks,
    })
}

/// The lead of the baked content.
pub fn lead() -> Option<Lead> {
    compose(baked())
}

/// The baked content, for the lead and the figure card.
pub fn baked() -> Data<'static> {
    use crate::content::{CLAIMS, FIGURES, GDP, LOOKUP, REPORTED};
    let w = crate::charts::gdp_windows::windows();
    Data {
        lookup: &LOOKUP,
        reported: REPORTED,
        claims: CLAIMS,
        figures: FIGURES,
        gdp: GDP,
        windows: [(w[0].from, w[0].to), (w[1].from, w[1].to)],
        gdp_url: crate::charts::growth::WDI_URL,
    }
}
