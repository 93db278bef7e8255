use crate::logic::explorer::{Filters, Sort};
use crate::state::ExplorerAction;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Search as you type, sort, and clear all filters.
/// A plain function, not a component: no state or hooks, its inputs change whenever its
/// parent renders it, and each component type costs kilobytes of wasm.
pub fn explorer_controls(filters: &Filters, dispatch: &Callback<ExplorerAction>) -> Html {
    let on_search = {
        let d = dispatch.clone();
        move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            d.emit(ExplorerAction::Search(input.value()));
        }
    };
    let on_sort = {
        let d = dispatch.clone();
        move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(sort) = Sort::ALL.iter().find(|s| s.key() == select.value()) {
                d.emit(ExplorerAction::Sort(*sort));
            }
        }
    };
    let on_clear = {
        let d = dispatch.clone();
        move |_| d.emit(ExplorerAction::Clear)
    };
    html! {
        <div class="explorer-controls">
            <div class="control">
                <label for="agreement-search">{ "Search the documents" }</label>
                <input
                    type="search"
                    id="agreement-search"
                    placeholder="e.g. health, post, ministries"
                    maxlength="100"
                    autocomplete="off"
                    value={filters.query.clone()}
                    oninput={on_search}
                />
            </div>
            <div class="control">
                <label for="agreement-sort">{ "Sort by" }</label>
                <select id="agreement-sort" onchange={on_sort}>
                    { for Sort::ALL.iter().map(|s| html! {
                        <option value={s.key()} selected={filters.sort == *s}>{ s.label() }</option>
                    }) }
                </select>
            </div>
            <button type="button" class="clear-filters" onclick={on_clear} disabled={filters.is_empty()}>
                { "Clear all filters" }
            </button>
        </div>
    }
}
