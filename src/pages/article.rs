use crate::components::{
    article_block, embed_code, embed_credit, embed_heading, embed_help, figure_index, share_link,
    AgreementsExplorer, ChartSection, FigureCard, EXPLAINER_NAME,
};
use crate::content::ARTICLE;
use crate::logic::embed::EmbedView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// Messages about link settings that were ignored.
    #[prop_or_default]
    pub notices: Vec<String>,
}

/// The whole explainer: the article, verbatim, with its figures marked, the charts, and the
/// explorer of the signed documents, and the index of figures.
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let a = &ARTICLE;
    html! {
        <>
            <a class="skip-link" href="#article-body">{ "Skip to the article" }</a>
            <a class="skip-link" href="#charts">{ "Skip to the charts" }</a>
            <a class="skip-link" href="#agreements">{ "Skip to the signed documents" }</a>
            <main id="main">
                { embed_heading() }
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
                        { for a.blocks.iter().map(article_block) }
                    </div>
                    <footer class="story-credit">
                        <p>
                            <a href={a.source_url.as_ref()} rel="noopener">{ a.credit_as_printed.as_ref() }</a>
                        </p>
                        <p><time datetime={a.date_iso.as_ref()}>{ a.dateline.as_ref() }</time></p>
                    </footer>
                </article>
                if !props.notices.is_empty() {
                    <div class="url-notice" role="status">
                        { for props.notices.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                    </div>
                }
                <ChartSection />
                <AgreementsExplorer />
                { figure_index() }
                { embed_credit() }
            </main>
            <footer class="site-footer">
                <p>
                    { "The article is quoted in full, with credit, from " }
                    <a href={a.source_url.as_ref()} rel="noopener">{ a.credit.as_ref() }</a>
                    { ". Headline, standfirst and figure notes are the explainer’s own." }
                </p>
                { share_link("", "the explainer") }
                { embed_code(EmbedView::Explainer, EXPLAINER_NAME) }
                { embed_help() }
            </footer>
            <FigureCard />
        </>
    }
}
