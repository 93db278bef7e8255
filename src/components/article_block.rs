use super::{FigureMention, SignedList};
use crate::content::{Block, Inline};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleBlockProps {
    pub block: &'static Block,
}

/// One block of the article: a paragraph, a quotation standing on its own, or a list.
#[component]
pub fn ArticleBlock(props: &ArticleBlockProps) -> Html {
    match props.block {
        Block::Paragraph(body) => html! { <p>{ inlines(body) }</p> },
        Block::Quote { speaker, body } => html! {
            <figure class="pull-quote">
                <blockquote><p>{ inlines(body) }</p></blockquote>
                <figcaption>{ "— " }{ speaker.as_ref() }</figcaption>
            </figure>
        },
        Block::List(items) => html! { <SignedList items={items.as_ref()} /> },
    }
}

/// A run of inline segments: text, figures and quotations.
pub fn inlines(run: &'static [Inline]) -> Html {
    run.iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { { text.as_ref() } },
            Inline::Figure(index) => html! { <FigureMention index={*index} /> },
            Inline::Quote { text, speaker } => html! {
                <q class="inline-quote" data-speaker={speaker.as_ref()}>{ text.as_ref() }</q>
            },
        })
        .collect()
}
