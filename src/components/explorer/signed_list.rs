use crate::components::article_block::inlines;
use crate::content::{Inline, List};
use yew::prelude::*;

/// The article's list of signed documents, as the server writes it. Each item can be reached
/// from the explorer (`#signed-N`), which highlights it on request (`ProseLive`).
pub fn signed_list(items: &'static [List<Inline>]) -> Html {
    html! {
        <ul class="signed-documents">
            { for items.iter().enumerate().map(|(i, item)| html! {
                <li id={crate::logic::ids::signed_item(i)} tabindex="-1">{ inlines(item) }</li>
            }) }
        </ul>
    }
}
