//! The lead's standfirst, key numbers and checks, computed from the data: exact against the
//! baked content, and different when the rows they come from change; and where the charts
//! stand in the article.

use bishkek_explainer::charts::gdp_windows::windows;
use bishkek_explainer::charts::growth::WDI_URL;
use bishkek_explainer::charts::FIGURE_PANELS;
use bishkek_explainer::content::model::inlines_text;
use bishkek_explainer::content::source::{compile, parse_article, parse_figures};
use bishkek_explainer::content::{
    Block, GdpYear, Quantity, Reported, ARTICLE, CLAIMS, FIGURES, GDP, LOOKUP, REPORTED,
};
use bishkek_explainer::logic::lead::{compose, lead, Data, Lead};
use bishkek_explainer::logic::placement::{placements, Insert};
use bishkek_explainer::logic::view_state::Panel;
use std::borrow::Cow;

fn with(reported: &[Reported], gdp: &[GdpYear]) -> Lead {
    let w = windows();
    compose(Data {
        lookup: &LOOKUP,
        reported,
        claims: CLAIMS,
        figures: FIGURES,
        gdp,
        windows: [(w[0].from, w[0].to), (w[1].from, w[1].to)],
        gdp_url: WDI_URL,
    })
    .expect("every GDP year of the windows")
}

fn set_amount(rows: &mut [Reported], row: usize, amount: f64, text: &str) {
    rows[row].quantities = Cow::Owned(vec![Quantity {
        amount,
        ..rows[row].quantities[0].clone()
    }]);
    rows[row].value_text = Cow::Owned(text.to_string());
}

#[test]
fn the_standfirst_states_what_the_figures_show() {
    let lead = lead().unwrap();
    assert_eq!(
        lead.standfirst,
        "For 2024, Kyrgyz officials put trade with Russia at $3.2 billion and almost $4 billion, \
         Russian officials at $4.1 billion: all below the $5 billion target the article reports. \
         Russian direct investment was $110 million in January–June 2025, $108.3 million a year \
         earlier (Kyrgyz figures). Putin said Kyrgyz GDP grew “2.5 times” in ten years; in current \
         US dollars it grew about 3.4 times from 2015 to 2025 or 2.4 from 2014 to 2024, and the \
         Kyrgyz prime minister, Adylbek Kasymaliev, put real growth since 2015 at 1.5 times."
    );
}

#[test]
fn the_key_numbers_link_to_their_charts() {
    let lead = lead().unwrap();
    let strip: Vec<(&str, &str, Panel)> = lead
        .key_numbers
        .iter()
        .map(|k| (k.value.as_str(), k.label.as_str(), k.panel))
        .collect();
    assert_eq!(
        strip,
        [
            (
                "$5 billion",
                "Target for Kyrgyz–Russian trade in the coming years",
                Panel::Trade
            ),
            ("$3.2 billion", "2024 trade, Kyrgyz officials", Panel::Trade),
            (
                "$4.1 billion",
                "2024 trade, Russian officials",
                Panel::Trade
            ),
            (
                "$110 million",
                "Russian direct investment, January–June 2025",
                Panel::Investment
            ),
            (
                "3.4× or 2.4×",
                "Kyrgyz GDP growth in US$, 2015–2025 or 2014–2024, to one decimal (Putin: “2.5 times”)",
                Panel::Growth
            ),
        ]
    );
}

#[test]
fn each_derived_number_carries_its_formula_and_each_reported_one_its_source() {
    let lead = lead().unwrap();
    let texts: Vec<&str> = lead.checks.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(
        &"GDP growth 2015–2025: $22.62 billion (2025) ÷ $6.68 billion (2015) = 3.39, about 3.4 times."
    ));
    assert!(texts.contains(
        &"GDP growth 2014–2024: $18.16 billion (2024) ÷ $7.47 billion (2014) = 2.43, about 2.4 times."
    ));
    let fdi = &lead.checks[2];
    assert_eq!(
        fdi.text,
        "Russian direct investment, January–June 2025: $110 million."
    );
    assert_eq!(fdi.url, REPORTED[LOOKUP.fdi_h1_2025].url.as_ref());
    assert_eq!(lead.checks[0].source, "FM Kulubaev via Finmarket");
    assert!(lead.checks.iter().all(|c| c.url.starts_with("http")));
}

#[test]
fn the_lead_follows_the_rows() {
    let mut rows = REPORTED.to_vec();
    set_amount(&mut rows, LOOKUP.trade_kg_2024, 3.3, "3.3");
    set_amount(&mut rows, LOOKUP.fdi_h1_2025, 97.5, "97.5");
    let lead = with(&rows, GDP);
    assert!(lead.standfirst.starts_with(
        "For 2024, Kyrgyz officials put trade with Russia at $3.3 billion and almost $4 billion,"
    ));
    assert!(lead
        .standfirst
        .contains("was $97.5 million in January–June 2025"));
    assert_eq!(lead.key_numbers[1].value, "$3.3 billion");
    assert_eq!(lead.key_numbers[3].value, "$97.5 million");
    // A 2024 figure at the target: no longer "all below" it.
    set_amount(&mut rows, LOOKUP.trade_ru_2024, 5.2, "5.2");
    assert!(with(&rows, GDP).standfirst.contains(
        "Russian officials at $5.2 billion and $4.1 billion: not all below the $5 billion target"
    ));
}

#[test]
fn the_ratios_follow_the_gdp_rows() {
    let mut gdp = GDP.to_vec();
    let base = gdp.iter().position(|g| g.year == 2015).unwrap();
    gdp[base].usd *= 2.0;
    let lead = with(REPORTED, &gdp);
    assert!(lead
        .standfirst
        .contains("grew about 1.7 times from 2015 to 2025"));
    assert_eq!(lead.key_numbers[4].value, "1.7× or 2.4×");
    gdp.retain(|g| g.year != 2014);
    let w = windows();
    let missing = compose(Data {
        lookup: &LOOKUP,
        reported: REPORTED,
        claims: CLAIMS,
        figures: FIGURES,
        gdp: &gdp,
        windows: [(w[0].from, w[0].to), (w[1].from, w[1].to)],
        gdp_url: WDI_URL,
    });
    assert_eq!(missing, None);
}

#[test]
fn each_chart_stands_after_the_paragraph_that_cites_most_of_its_figures() {
    let placed = placements(&ARTICLE.blocks, FIGURES, FIGURE_PANELS);
    let block_text = |i: usize| match &ARTICLE.blocks[i] {
        Block::Paragraph(body) | Block::Quote { body, .. } => inlines_text(body, FIGURES),
        Block::List(items) => inlines_text(&items[0], FIGURES),
    };
    let at: Vec<(Insert, String)> = placed.iter().map(|&(i, x)| (x, block_text(i))).collect();
    assert_eq!(at.len(), 4);
    assert_eq!(at[0].0, Insert::Chart(Panel::Trade));
    assert!(at[0].1.contains("nearly a quarter") && at[0].1.contains("$5 billion"));
    assert_eq!(at[1].0, Insert::Chart(Panel::Investment));
    assert!(at[1].1.contains("Russian-Kyrgyz Development Fund"));
    assert_eq!(at[2].0, Insert::Agreements);
    assert!(at[2]
        .1
        .starts_with("A memorandum on cooperation in strategic planning"));
    assert_eq!(at[3].0, Insert::Chart(Panel::Growth));
    assert!(at[3].1.contains("its GDP has increased 2.5 times"));
}

#[test]
fn a_tap_goes_to_the_point_only_where_the_chart_follows_the_sentence() {
    use bishkek_explainer::logic::placement::beside;
    let placed = placements(&ARTICLE.blocks, FIGURES, FIGURE_PANELS);
    let near: Vec<&str> = (0..FIGURES.len() as u16)
        .filter(|&n| beside(&ARTICLE.blocks, &placed, FIGURES, FIGURE_PANELS, n))
        .map(|n| FIGURES[usize::from(n)].id.as_ref())
        .collect();
    assert_eq!(
        near,
        [
            "trade_share",
            "trade_target",
            "fund_invested",
            "fund_projects",
            "energy_facilities",
            "energy_value",
            "eaeu_years",
            "gdp_multiple",
            "eaeu_exports_multiple"
        ],
        "not the $110 million (its chart is two paragraphs on), nor the figures no panel shows"
    );
}

#[test]
fn the_placement_follows_the_text() {
    // The Fund's paragraph moved before the one with the trade target: the investment chart
    // follows it there; a paragraph that cites only one of its figures does not draw it.
    let json = include_str!("../data/article.json");
    let mut src = parse_article(json).unwrap();
    let fund = src
        .blocks
        .iter()
        .position(|b| format!("{b:?}").contains("Development Fund"))
        .unwrap();
    let moved = src.blocks.remove(fund);
    src.blocks.insert(1, moved);
    let figures = parse_figures(include_str!("../data/figures.json")).unwrap();
    let article = compile(src, &figures).unwrap();
    let placed = placements(&article.blocks, &figures, FIGURE_PANELS);
    assert_eq!(placed[0], (1, Insert::Chart(Panel::Investment)));
    assert_eq!(placed[1], (3, Insert::Chart(Panel::Trade)));
    // Without the figures' panels, only the explorer is placed (after the list).
    let only_list = placements(&article.blocks, &figures, &[]);
    assert_eq!(only_list.len(), 1);
    assert_eq!(only_list[0].1, Insert::Agreements);
}

#[test]
fn the_card_puts_a_figure_in_context() {
    use bishkek_explainer::logic::figure_context::context;
    use bishkek_explainer::logic::lead::baked;
    let d = baked();
    let share = context(&d, "trade_share").unwrap();
    assert_eq!(
        share.line,
        "22% in 2024 by Kyrgyz figures (PM Kasymaliev via Interfax/Rambler)"
    );
    assert_eq!(share.bars[0].value, 25.0);
    assert!(share.bars[0].own);
    assert_eq!(
        share.bars.len(),
        1 + 5,
        "the article’s and the five shares the sources give"
    );
    let target = context(&d, "trade_target").unwrap();
    assert_eq!(
        target.line,
        "Trade in 2024: $3.2 billion by Kyrgyz figures (FM Kulubaev via Finmarket), $4.1 billion by Russian figures (Putin 26 November 2025 via gazeta.ru/RIA)"
    );
    assert_eq!(
        context(&d, "fdi_h1_2025").unwrap().line,
        "$108.3 million in January–June 2024 by Kyrgyz figures (National Investment Agency via fergana)"
    );
    assert_eq!(
        context(&d, "fund_invested").unwrap().line,
        "$750 million as of October 2024 (A. Japarov via TASS); cumulative since the Fund began"
    );
    assert_eq!(
        context(&d, "gdp_multiple").unwrap().line,
        "In current US dollars: about 3.4 times 2015–2025, about 2.4 times 2014–2024 (World Bank)"
    );
    assert_eq!(
        context(&d, "eaeu_exports_multiple").unwrap().line,
        "“The volume of mutual trade with the EAEU countries has doubled” (PM Adylbek Kasymaliev via 24.kg, 2015-2025); no year-by-year export series was found"
    );
    assert_eq!(context(&d, "energy_facilities"), None);
    // From the rows given: another 2024 share moves the line.
    let mut rows = REPORTED.to_vec();
    set_amount(&mut rows, LOOKUP.share_kg_2024, 21.5, "21.5");
    let changed = Data {
        reported: &rows,
        ..d
    };
    assert!(context(&changed, "trade_share")
        .unwrap()
        .line
        .starts_with("21.5% in 2024 by Kyrgyz figures"));
}
