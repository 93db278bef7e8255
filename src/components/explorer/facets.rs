use crate::content::{Domain, Kind, AGREEMENTS};
use crate::logic::explorer::{domain_counts, kind_counts, Filters};
use crate::state::ExplorerAction;
use yew::prelude::*;

/// Filter by kind and by domain: real checkboxes with labels, each with the count it would
/// show given the other filters.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn facets(filters: &Filters, dispatch: &Callback<ExplorerAction>) -> Html {
    let f = &filters;
    let checkbox = |id: String,
                    label: String,
                    count: usize,
                    checked: bool,
                    action: ExplorerAction| {
        let d = dispatch.clone();
        let onchange = move |_| d.emit(action.clone());
        html! {
            <label class={classes!("facet", (count == 0 && !checked).then_some("is-empty"))} for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />
                <span class="facet-label">{ label }</span>
                <span class="facet-count">{ count }<span class="visually-hidden">{ if count == 1 { " item" } else { " items" } }</span></span>
            </label>
        }
    };
    html! {
        <div class="facets">
            <fieldset>
                <legend>{ "Kind" }</legend>
                { for kind_counts(AGREEMENTS, f).into_iter().map(|(k, n): (Kind, usize)| {
                    let label = k.label(2);
                    let mut label = label.to_string();
                    if let Some(first) = label.get_mut(0..1) {
                        first.make_ascii_uppercase();
                    }
                    checkbox(format!("facet-kind-{}", k.key()), label, n, f.kinds.contains(&k), ExplorerAction::ToggleKind(k))
                }) }
            </fieldset>
            <fieldset>
                <legend>{ "Domain" }</legend>
                { for domain_counts(AGREEMENTS, f).into_iter().map(|(d, n): (Domain, usize)| {
                    checkbox(format!("facet-domain-{}", d.key()), d.label().to_string(), n, f.domains.contains(&d), ExplorerAction::ToggleDomain(d))
                }) }
            </fieldset>
        </div>
    }
}
