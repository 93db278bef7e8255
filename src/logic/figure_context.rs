//! What the figure card adds to a sentence: the figure in context (a sourced figure beside
//! it, attributed) and a small bar strip of its series. Composed from the rows it is given,
//! like the lead; only figures with sourced context get one.

use crate::content::words::source_in_words;
use crate::content::Reported;
use crate::logic::format::fixed;
use crate::logic::lead::{money, outlet, side_name, Data};

/// One bar of the card's strip: its value (any unit: the strip is scaled to its largest),
/// its label for the accessible text, and whether it is the article's figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub value: f64,
    pub label: String,
    pub own: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// "22% in 2024 by Kyrgyz figures (PM Kasymaliev via Interfax/Rambler)".
    pub line: String,
    pub bars: Vec<Bar>,
}

fn side_word(r: &Reported) -> &'static str {
    side_name(r.side)
}

fn bar(value: f64, label: String, own: bool) -> Bar {
    Bar { value, label, own }
}

/// The context of the figure with this id, if the data give one.
pub fn context(d: &Data, figure: &str) -> Option<Context> {
    let l = d.lookup;
    let row = |i: usize| &d.reported[i];
    let fig = d.figures.iter().find(|f| f.id == figure)?;
    match figure {
        "trade_share" => {
            let r = row(l.share_kg_2024);
            let rows = d.reported.iter().filter(|x| x.series == r.series);
            let mut bars = vec![bar(
                fig.value,
                format!("“{}” (the article)", fig.phrase),
                true,
            )];
            bars.extend(rows.map(|x| {
                bar(
                    x.amount(),
                    format!("{}% ({}, {})", x.value_text, x.period_words, side_word(x)),
                    false,
                )
            }));
            Some(Context {
                line: format!(
                    "{}% in {} by {} figures ({})",
                    r.value_text,
                    r.period_words,
                    side_word(r),
                    outlet(r)
                ),
                bars,
            })
        }
        "trade_target" => {
            let (kg, ru) = (row(l.trade_kg_2024), row(l.trade_ru_2024));
            Some(Context {
                line: format!(
                    "Trade in {}: {} by {} figures ({}), {} by {} figures ({})",
                    kg.period_words,
                    money(kg),
                    side_word(kg),
                    outlet(kg),
                    money(ru),
                    side_word(ru),
                    outlet(ru)
                ),
                bars: vec![
                    bar(
                        kg.amount() * 1e9,
                        format!("{} ({} figures)", money(kg), side_word(kg)),
                        false,
                    ),
                    bar(
                        ru.amount() * 1e9,
                        format!("{} ({} figures)", money(ru), side_word(ru)),
                        false,
                    ),
                    bar(fig.value, format!("the {} target", fig.phrase), true),
                ],
            })
        }
        "fdi_h1_2025" => {
            let (before, now) = (row(l.fdi_h1_2024), row(l.fdi_h1_2025));
            Some(Context {
                line: format!(
                    "{} in {} by {} figures ({})",
                    money(before),
                    before.period_words,
                    side_word(before),
                    outlet(before)
                ),
                bars: vec![
                    bar(
                        before.amount(),
                        format!("{}, {}", money(before), before.period_words),
                        false,
                    ),
                    bar(
                        now.amount(),
                        format!("{}, {}", money(now), now.period_words),
                        true,
                    ),
                ],
            })
        }
        "fund_invested" | "fund_projects" => {
            let last = figure == "fund_invested";
            let pick = |i: usize| {
                let r = row(i);
                let q = if last {
                    r.quantities.last()
                } else {
                    r.quantities.first()
                };
                (r, q.map_or(0.0, |q| q.amount))
            };
            let rows: Vec<_> = [l.fund_2017, l.fund_2019, l.fund_2024, l.fund_2025]
                .map(pick)
                .into();
            let (r, q) = (row(l.fund_2024), pick(l.fund_2024).1);
            let bound = crate::logic::format::bound_word(
                if last {
                    r.quantities.last()
                } else {
                    r.quantities.first()
                }
                .map_or(crate::content::Bound::Exact, |q| q.bound),
            );
            let n = crate::logic::format::group_thousands(q);
            let what = if last {
                format!("${n} million")
            } else {
                format!("{n} projects")
            };
            Some(Context {
                line: format!(
                    "{bound}{what} {} ({}); cumulative since the Fund began",
                    r.period_words,
                    outlet(r)
                ),
                bars: rows
                    .iter()
                    .enumerate()
                    .map(|(i, (r, v))| bar(*v, r.period_words.to_string(), i + 1 == rows.len()))
                    .collect(),
            })
        }
        "gdp_multiple" | "eaeu_years" => {
            let [w0, w1] = d.windows;
            let usd = |y: u16| d.gdp.iter().find(|g| g.year == y).map(|g| g.usd);
            let r0 = usd(w0.1)? / usd(w0.0)?;
            let r1 = usd(w1.1)? / usd(w1.0)?;
            Some(Context {
                line: format!(
                    "In current US dollars: about {} times {}–{}, about {} times {}–{} (World Bank)",
                    fixed(r0, 1), w0.0, w0.1, fixed(r1, 1), w1.0, w1.1
                ),
                bars: d.gdp.iter().map(|g| bar(g.usd, format!("{}: ${} billion", g.year, fixed(g.usd / 1e9, 2)), g.year == w0.0 || g.year == w0.1)).collect(),
            })
        }
        "eaeu_exports_multiple" => {
            let c = &d.claims[l.eaeu_trade_growth];
            let said = c.quote.split(',').next().unwrap_or_default();
            let who = source_in_words(c.speaker.split(" (").next().unwrap_or_default());
            Some(Context {
                line: format!(
                    "“{said}” ({who}, {}); no year-by-year export series was found",
                    c.period
                ),
                bars: Vec::new(),
            })
        }
        "treaty_documents" => {
            let c = &d.claims[l.treaty_framework];
            Some(Context {
                line: format!(
                    "{} {} in {} ({})",
                    c.value,
                    c.unit,
                    c.period,
                    source_in_words(&c.speaker)
                ),
                bars: Vec::new(),
            })
        }
        _ => None,
    }
}
