use crate::content::{Domain, Kind, AGREEMENTS};
use crate::logic::explorer::Filters;
use crate::state::{Explorer, ExplorerAction};
use yew::prelude::*;

/// The documents by domain and kind: one row per domain, one block per document, grouped by
/// kind. Each group is a button that filters the list to that domain and kind.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn agreements_overview(filters: &Filters, dispatch: &UseReducerDispatcher<Explorer>) -> Html {
    let f = &filters;
    let rows = Domain::ALL.iter().map(|d| {
        let groups = Kind::ALL.iter().filter_map(|k| {
            let n = AGREEMENTS.iter().filter(|a| a.domain == *d && a.kind == *k).count();
            (n > 0).then(|| {
                let pressed = f.domains == [*d] && f.kinds == [*k];
                let (dispatch, action) = (dispatch.clone(), ExplorerAction::Only(*d, *k));
                let onclick = move |_| dispatch.dispatch(action.clone());
                html! {
                    <button
                        type="button"
                        class={classes!("overview-group", format!("kind-{}", k.key()))}
                        aria-pressed={pressed.to_string()}
                        data-overview={format!("{}-{}", d.key(), k.key())}
                        {onclick}
                    >
                        { for (0..n).map(|_| html! { <span class="unit" aria-hidden="true"></span> }) }
                        <span class="overview-text">{ format!("{n} {}", k.label(n)) }</span>
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
            <figcaption>{ "The documents by domain and kind (select a group to list only it)" }</figcaption>
            <ul class="overview-rows">{ for rows }</ul>
        </figure>
    }
}
