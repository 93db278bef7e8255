use crate::components::{ArticleBlock, FigureCard, FigureIndex};
use crate::content::ARTICLE;
use yew::prelude::*;

/// The whole explainer: the article, verbatim, with its figures marked, then the index of
/// figures. Charts and the agreements explorer will take their places between them.
#[component]
pub fn ArticlePage() -> Html {
    let a = &ARTICLE;
    html! {
        <>
            <a class="skip-link" href="#article-body">{ "Skip to the article" }</a>
            <main id="main">
                <article class="story" aria-labelledby="headline">
                    <header class="story-header">
                        <p class="kicker">{ "Russia–Kyrgyzstan · Explainer" }</p>
                        <h1 id="headline">{ a.headline.as_ref() }</h1>
                        <p class="standfirst">{ a.standfirst.as_ref() }</p>
                        <p class="byline">
                            { "Report by " }
                            <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                            { " · " }
                            <time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time>
                        </p>
                    </header>
                    <div class="story-body" id="article-body">
                        { for a.blocks.iter().map(|block| html! { <ArticleBlock {block} /> }) }
                    </div>
                    <footer class="story-credit">
                        <p>
                            <a href={a.source_url.as_ref()} rel="noopener">{ a.credit_as_printed.as_ref() }</a>
                        </p>
                        <p><time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time></p>
                    </footer>
                </article>
                <FigureIndex />
            </main>
            <footer class="site-footer">
                <p>
                    { "The article is quoted in full, with credit, from " }
                    <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                    { ". Headline, standfirst and figure notes are the explainer’s own." }
                </p>
            </footer>
            <FigureCard />
        </>
    }
}
