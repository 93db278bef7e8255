//! The server render (the markup the prerender hook writes into dist/index.html).

use bishkek_explainer::charts::panel_of_figure;
use bishkek_explainer::content::{ARTICLE, FIGURES};
use bishkek_explainer::logic::format::describe_figure;
use bishkek_explainer::prerender::{render_app, splice, ROOTS_EMPTY};

/// The text a reader sees: comments and tags dropped, entities decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map(|e| e + 3)
        } else {
            rest.find('>').map(|e| e + 1)
        };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

async fn render() -> String {
    render_app().await
}

#[tokio::test]
async fn the_server_render_contains_every_paragraph_of_the_article() {
    let text = visible_text(&render().await);
    let source = include_str!("../data/article.txt");
    let mut lines = 0;
    for line in source.lines().filter(|l| !l.is_empty() && *l != "-") {
        assert!(text.contains(line), "missing from the render: {line}");
        lines += 1;
    }
    assert_eq!(lines, 24);
}

#[tokio::test]
async fn the_server_render_is_semantic() {
    let html = render().await;
    assert_eq!(html.matches("<article").count(), 1);
    // The headline, and the heading that only embeds show (to assistive technology).
    assert_eq!(
        html.matches("<h1").count(),
        1,
        "one h1: the embeds' heading is a role"
    );
    assert_eq!(html.matches(r#"<h1 id="headline""#).count(), 1);
    assert_eq!(
        html.matches(r#"<div role="heading" aria-level="1" class="embed-heading">"#)
            .count(),
        1
    );
    assert!(html.contains(r#"<time datetime="2025-11-26">November 26, 2025</time>"#));
    assert!(html.contains(
        r#"<a href="https://www.centralasianlight.org/news/kyrgyzstan-and-russia-are-strengthening-economic-and-investment-cooperation" rel="noopener">CentralasianLIGHT.org</a>"#
    ));
    let start = html.find(r#"<ul class="signed-documents""#).unwrap();
    let list = &html[start..start + html[start..].find("</ul>").unwrap()];
    assert_eq!(
        list.matches(r#"<li id="signed-"#).count(),
        7,
        "the article's list of documents signed (7 items) is one list"
    );
    assert_eq!(
        html.matches("<blockquote>").count(),
        2,
        "Putin's two standing quotations"
    );
    assert_eq!(
        html.matches("<q class=\"inline-quote\"").count() + html.matches("<q data-speaker").count(),
        2,
        "two quotations inside paragraphs"
    );
}

#[tokio::test]
async fn every_figure_is_a_described_link_with_its_value() {
    let html = render().await;
    for f in FIGURES {
        // Figures shown in a chart link to its panel, the others to the figure index.
        let href = match panel_of_figure(&f.id) {
            Some((p, true)) => format!("#chart-{}", p.key()),
            Some(_) => format!("#shown-{}", f.id),
            None => format!("#figure-{}", f.id),
        };
        let mention = format!(
            r##"<a id="mention-{0}" href="{3}" data-figure="{0}" aria-describedby="figure-desc-{0}" class="figure"><data value="{1}">{2}</data></a>"##,
            f.id, f.value, f.phrase, href
        );
        assert!(html.contains(&mention), "{mention}");
        let description = format!(
            r#"id="figure-desc-{}" hidden="hidden">{}</p>"#,
            f.id,
            describe_figure(f)
        );
        assert!(html.contains(&description), "{description}");
    }
}

#[test]
fn splice_fills_the_empty_root_once() {
    let page = format!("<body>{}</body>", ROOTS_EMPTY[0]);
    assert_eq!(
        splice(&page, "<p>x</p>").unwrap(),
        r#"<body><div id="app"><p>x</p></div></body>"#
    );
    let done = splice(&page, "<p>x</p>").unwrap();
    assert_eq!(
        splice(&done, "y").unwrap_err(),
        r#"expected one empty `<div id="app"></div>` in the page, found 0"#
    );
    assert!(ARTICLE.blocks.len() > 10);
}

#[tokio::test]
async fn the_charts_are_prerendered_as_svg_with_their_tables() {
    let html = render().await;
    // Each chart drawn wide and narrow (the stylesheet shows the one that fits).
    assert_eq!(
        html.matches(
            r#"<div class="chart-svgs"><svg class="chart-svg chart-svg-wide" data-chart=""#
        )
        .count(),
        3
    );
    assert_eq!(
        html.matches(r#"<svg class="chart-svg chart-svg-narrow" data-chart=""#)
            .count(),
        3
    );
    for chart in ["trade", "investment", "growth"] {
        assert!(
            html.contains(&format!(r#"id="{chart}-table""#)),
            "{chart} table"
        );
        assert!(
            html.contains(&format!(r#"id="chart-{chart}""#)),
            "{chart} panel"
        );
    }
    assert!(html.contains("At 16.6% a year, trade would pass $5 billion in 2029."));
    assert!(
        !html.contains("<canvas"),
        "canvases only appear in the live app"
    );
}

#[test]
fn the_minified_page_is_handled_too() {
    assert_eq!(
        splice("<body><div id=app></div></body>", "<p>x</p>").unwrap(),
        r#"<body><div id="app"><p>x</p></div></body>"#
    );
    assert!(splice("<div id=app></div><div id=app></div>", "x").is_err());
}

/// What the chart module (`src/live`) finds in the page: each chart's frame with its drawings
/// and live region, inside one raw block the app never hydrates (`<!--<#>-->` … `<!--</#>-->`),
/// and the controls it runs, with the ids `state::view` names, at the default state.
#[tokio::test]
async fn the_server_render_holds_the_chart_modules_parts_in_raw_blocks() {
    use bishkek_explainer::state::view::{
        gdp_base_id, BASELINE_IDS, GROWTH_RATE_ID, TRADE_RATE_ID,
    };
    let html = render().await;
    for key in ["trade", "investment", "growth"] {
        let open = format!(
            r#"<!--<#>--><div class="chart-frame" data-chart-frame="{key}"><div class="chart-svgs">"#
        );
        assert_eq!(
            html.matches(&open).count(),
            1,
            "{key}: one frame, first in its raw block"
        );
        let frame = &html[html.find(&open).unwrap()..];
        let block = &frame[..frame.find("<!--</#>-->").unwrap()];
        assert!(block.ends_with(&format!(r#"<p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="{key}"></p></div>"#)));
    }
    for id in BASELINE_IDS
        .iter()
        .map(|(_, id)| id.to_string())
        .chain([gdp_base_id(
            bishkek_explainer::logic::view_state::GdpBase::Accession,
        )])
    {
        assert_eq!(html.matches(&format!(r#"id="{id}""#)).count(), 1, "{id}");
    }
    for stem in [TRADE_RATE_ID, GROWTH_RATE_ID] {
        assert_eq!(html.matches(&format!(r#"id="{stem}-range""#)).count(), 1);
        assert_eq!(html.matches(&format!(r#"id="{stem}-number""#)).count(), 1);
    }
    // Each control block is one element inside its raw block (the module changes only inside it).
    for key in ["trade", "growth"] {
        let open = format!(
            r#"<!--<#>--><div role="group" aria-labelledby="{key}-what-if" class="what-if">"#
        );
        assert_eq!(html.matches(&open).count(), 1, "{key}");
    }
    assert_eq!(
        html.matches(r#"aria-pressed="true" data-tenths=""#).count(),
        1
    );
    assert_eq!(html.matches(r#"data-formula="trade""#).count(), 1);
}

/// The parts hydration adopts without building them (`static_parts`, `data_table`): each in a
/// raw block (`<!--<#>-->` … `<!--</#>-->`), whole: every table with one row per reported
/// point and its text escaped, each panel's notes with their sources, and the figure index
/// with every figure.
#[tokio::test]
async fn the_tables_notes_and_figure_index_are_raw_blocks() {
    use bishkek_explainer::charts::chart_for;
    use bishkek_explainer::components::chart::data_table::table_markup;
    use bishkek_explainer::logic::view_state::{Panel, ViewState};
    let html = render().await;
    let raw = |open: &str| -> String {
        let at = html
            .find(&format!("<!--<#>-->{open}"))
            .unwrap_or_else(|| panic!("no raw block opening with {open}"));
        let block = &html[at..];
        block[..block.find("<!--</#>-->").unwrap()].to_string()
    };
    for panel in Panel::ALL {
        let chart = chart_for(panel, &ViewState::default());
        let table = table_markup(&chart);
        assert!(
            html.contains(&format!("<!--<#>-->{table}<!--</#>-->")),
            "{} table",
            chart.id
        );
        assert_eq!(
            table.matches("<tr data-key=").count(),
            chart.points().count()
        );
        assert!(
            !table.contains(" & "),
            "{}: an ampersand left unescaped",
            chart.id
        );
        let notes = raw(r#"<div class="chart-notes">"#);
        assert!(notes.contains(r#"<p class="chart-source">Sources: <a href="#));
    }
    // After the article: the method note, the figure index and an embed's credit, one block.
    let closing = raw(r#"<section id="method" aria-labelledby="method-title" class="method">"#);
    let index = &closing[closing
        .find(r#"<section aria-labelledby="figure-index-title" class="figure-index">"#)
        .expect("the figure index after the method note")..];
    assert_eq!(index.matches("<li id=").count(), FIGURES.len());
    assert!(index.contains("</ol></section>"));
    assert!(closing.ends_with("</p>"), "the embed credit last");
}
