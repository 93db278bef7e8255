//! The page's markup that the server writes and the browser's app adopts as it stands
//! (`static_parts`): the skip links, the article with its panels and explorer in place, and
//! the site's footer. Server only: the app's WebAssembly carries none of it.

use crate::charts::FIGURE_PANELS;
use crate::components::explorer::explorer_root;
use crate::components::figure::article_block::article_block;
use crate::components::{embed_code, embed_help, panel_roots, share_link, EXPLAINER_NAME};
use crate::content::{ARTICLE, FIGURES};
use crate::logic::embed::EmbedView;
use crate::logic::ids;
use crate::logic::placement::{after, placements, Insert};
use crate::logic::view_state::Panel;
use yew::prelude::*;

pub fn skip_links() -> Html {
    html! {
        <>
            <a class="skip-link" href={format!("#{}", ids::ARTICLE_BODY)}>{ "Skip to the article" }</a>
            <a class="skip-link" href={format!("#{}", ids::panel(Panel::Trade))}>{ "Skip to the charts" }</a>
            <a class="skip-link" href="#agreements">{ "Skip to the signed documents" }</a>
        </>
    }
}

/// The article, verbatim, with its figures marked (`ProseLive` makes them live) and each
/// chart panel after the paragraph that cites its figures, the explorer of the signed
/// documents after their list (each a Yew app of its own: `components::island`).
pub fn story() -> Html {
    let a = &ARTICLE;
    let placed = placements(&a.blocks, FIGURES, FIGURE_PANELS);
    let insert = |x: Insert| match x {
        Insert::Chart(panel) => panel_roots::slot(panel),
        Insert::Agreements => explorer_root::slot(),
    };
    html! {
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
            <div class="story-body" id={ids::ARTICLE_BODY}>
                { for a.blocks.iter().enumerate().map(|(i, block)| html! {
                    <>
                        { article_block(block) }
                        { for after(&placed, i).map(insert) }
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
    }
}

pub fn site_footer() -> Html {
    let a = &ARTICLE;
    html! {
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
    }
}
