use crate::charts::FIGURE_PANELS;
use crate::components::static_parts::{adopt, Part};
use crate::components::{
    embed_code, embed_credit, embed_heading, embed_help, panel_roots, share_link, ExplorerLater,
    FigureCard, PanelRoots, ProseLive, EXPLAINER_NAME,
};
use crate::content::{ARTICLE, FIGURES};
use crate::logic::embed::EmbedView;
use crate::logic::placement::{after, placements, runs, Insert};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// Messages about link settings that were ignored.
    #[prop_or_default]
    pub notices: Vec<String>,
}

/// The whole explainer: the lead (server markup, adopted), then the article, verbatim, with its figures marked and
/// each chart after the paragraph that cites its figures (the explorer of the signed
/// documents after their list), then how the figures were checked and the index of figures.
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let a = &ARTICLE;
    let placed = use_memo((), |_| placements(&a.blocks, FIGURES, FIGURE_PANELS));
    let runs = use_memo(placed.clone(), |placed| runs(placed, a.blocks.len()));
    // The app's start in slices (issue 17), each in a task of its own: hydration (the chart
    // panels adopted as the page has them), each chart panel (`PanelRoots`), the live
    // explorer, then the panels' tools; the app is ready after the last.
    let stage = use_state_eq(|| Stage::Hydrated);
    let panels_done = {
        let stage = stage.setter();
        use_callback((), move |(), _| stage.set(Stage::Panels))
    };
    let explorer_done = {
        let stage = stage.setter();
        use_callback((), move |(), _| stage.set(Stage::Tools))
    };
    use_effect_with(*stage, |stage| {
        if *stage == Stage::Tools {
            crate::browser::mark_interactive();
        }
    });
    let insert = |x: Insert| match x {
        Insert::Chart(panel) => panel_roots::slot(panel),
        Insert::Agreements => html! {
            <ExplorerLater start={*stage >= Stage::Panels} then={explorer_done.clone()} />
        },
    };
    html! {
        <>
            <a class="skip-link" href="#article-body">{ "Skip to the article" }</a>
            <a class="skip-link" href="#chart-trade">{ "Skip to the charts" }</a>
            <a class="skip-link" href="#agreements">{ "Skip to the signed documents" }</a>
            <main id="main">
                { embed_heading() }
                { adopt(Part::Lead) }
                if !props.notices.is_empty() {
                    <div class="url-notice" role="status">
                        { for props.notices.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                    </div>
                }
                <article class="story" aria-labelledby="story-title">
                    <header class="story-header">
                        <h2 id="story-title">{ "The report in full" }</h2>
                        <p class="reading-note">{ a.reading_note.as_ref() }</p>
                        <p class="byline">
                            { "Report by " }
                            <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                            { " · " }
                            <time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time>
                        </p>
                    </header>
                    <div class="story-body" id="article-body">
                        // The text as the server wrote it (`ProseLive` acts on it), with the
                        // panels and the explorer after the blocks they follow.
                        { for runs.iter().map(|&(from, to)| html! {
                            <>
                                { adopt(Part::Blocks { from: from as u16, to: to as u16 }) }
                                { for after(&placed, to - 1).map(insert) }
                            </>
                        }) }
                    </div>
                    <footer class="story-credit">
                        <p>
                            <a href={a.source_url.as_ref()} rel="noopener">{ a.credit_as_printed.as_ref() }</a>
                        </p>
                        <p><time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time></p>
                    </footer>
                </article>
                { adopt(Part::Method) }
                { adopt(Part::FigureIndex) }
                { embed_credit() }
            </main>
            <footer class="site-footer">
                <p>
                    { "The article is quoted in full, with credit, from " }
                    <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                    { ". Headline, standfirst, key numbers, charts and figure notes are the explainer’s own." }
                </p>
                { share_link("", "the explainer") }
                { embed_code(EmbedView::Explainer, EXPLAINER_NAME) }
                { embed_help() }
            </footer>
            <FigureCard />
            <ProseLive />
            <PanelRoots tools={*stage == Stage::Tools} then={panels_done} />
        </>
    }
}

/// How far the app's start has gone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Stage {
    /// The page hydrated, the panels and the explorer adopted as they stand.
    Hydrated,
    /// The chart panels hydrated, each in a task of its own.
    Panels,
    /// The explorer live; the panels' tools made.
    Tools,
}
