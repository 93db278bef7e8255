use crate::components::{FigureMention, SignedList};
use crate::content::{Block, Inline};
use yew::prelude::*;

/// One block of the article: a paragraph, a quotation standing on its own, or a list.
/// A plain function, not a component: no state or hooks, and every component type costs
/// kilobytes of wasm (Yew's lifecycle code is generated per type).
pub fn article_block(block: &'static Block) -> Html {
    match block {
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
