use super::figure_mention::figure_mention;
use crate::components::explorer::signed_list::signed_list;
use crate::content::{Block, Inline};
use yew::prelude::*;

/// One block of the article, as the server writes it: a paragraph, a quotation standing on
/// its own, or a list. The app adopts the blocks as they stand (`static_parts::Part::Blocks`)
/// and acts on them through `ProseLive`, so the browser's app carries none of this.
pub fn article_block(block: &'static Block) -> Html {
    match block {
        Block::Paragraph(body) => html! { <p>{ inlines(body) }</p> },
        Block::Quote { speaker, body } => html! {
            <figure class="pull-quote">
                <blockquote><p>{ inlines(body) }</p></blockquote>
                <figcaption>{ "— " }{ speaker.as_ref() }</figcaption>
            </figure>
        },
        Block::List(items) => signed_list(items.as_ref()),
    }
}

/// A run of inline segments: text, figures and quotations.
pub fn inlines(run: &'static [Inline]) -> Html {
    run.iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { { text.as_ref() } },
            Inline::Figure(index) => figure_mention(*index),
            Inline::Quote { text, speaker } => html! {
                <q class="inline-quote" data-speaker={speaker.as_ref()}>{ text.as_ref() }</q>
            },
        })
        .collect()
}
