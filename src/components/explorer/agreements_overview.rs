use crate::content::{Domain, Kind, AGREEMENTS};
use crate::logic::explorer::Filters;
use crate::state::ExplorerAction;
use yew::prelude::*;

/// The article's items by domain and kind: one row per domain, one block per item, grouped
/// by kind (an item the article names in the plural reads "1 item: agreements"). Each group
/// is a button that filters the list to that domain and kind.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn agreements_overview(filters: &Filters, dispatch: &Callback<ExplorerAction>) -> Html {
    let f = &filters;
    let rows = Domain::ALL.iter().map(|d| {
        let groups = Kind::ALL.iter().filter_map(|k| {
            let items = || AGREEMENTS.iter().filter(|a| a.domain == *d && a.kind == *k);
            let n = items().count();
            let text = if items().any(|a| a.is_plural()) {
                format!("{n} {}: {}", if n == 1 { "item" } else { "items" }, k.label(2))
            } else {
                format!("{n} {}", k.label(n))
            };
            (n > 0).then(|| {
                let pressed = f.domains == [*d] && f.kinds == [*k];
                let (dispatch, action) = (dispatch.clone(), ExplorerAction::Only(*d, *k));
                let onclick = move |_| dispatch.emit(action.clone());
                html! {
                    <button
                        type="button"
                        class={classes!("overview-group", format!("kind-{}", k.key()))}
                        aria-pressed={pressed.to_string()}
                        data-overview={format!("{}-{}", d.key(), k.key())}
                        {onclick}
                    >
                        { for (0..n).map(|_| html! { <span class="unit" aria-hidden="true"></span> }) }
                        <span class="overview-text">{ text }</span>
                        <span class="visually-hidden">{ format!(" in {}: show only these", d.label()) }</span>
                    </button>
                }
            })
        });
        html! {
            <li class="overview-row">
                <span class="overview-domain">{ d.label() }</span>
                <span class="overview-groups">{ for groups }</span>
            </li>
        }
    });
    html! {
        <figure class="overview">
            <figcaption>{ "The article’s items by domain and kind (select a group to list only it)" }</figcaption>
            <ul class="overview-rows">{ for rows }</ul>
        </figure>
    }
}
