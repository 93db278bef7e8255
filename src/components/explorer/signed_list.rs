use crate::components::article_block::inlines;
use crate::content::{Inline, List};
use crate::state::Explorer;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignedListProps {
    pub items: &'static [List<Inline>],
}

/// The article's list of signed documents. Each item can be reached from the explorer
/// (`#signed-N`), which highlights it on request.
#[component]
pub fn SignedList(props: &SignedListProps) -> Html {
    let highlighted = use_context::<UseReducerHandle<Explorer>>().and_then(|e| e.highlighted);
    html! {
        <ul class="signed-documents">
            { for props.items.iter().enumerate().map(|(i, item)| html! {
                <li
                    id={format!("signed-{i}")}
                    tabindex="-1"
                    class={classes!((highlighted == Some(i as u16)).then_some("is-highlighted"))}
                >
                    { inlines(item) }
                </li>
            }) }
        </ul>
    }
}
