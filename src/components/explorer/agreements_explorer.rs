use crate::browser::save_text;
use crate::components::{
    agreements_overview, embed_code, explorer_controls, facets, AgreementCard,
};
use crate::content::{Agreement, AGREEMENTS, CLAIMS, DOCUMENT_TERM, FIGURES, LOOKUP};
use crate::logic::embed::{EmbedEvent, EmbedView};
use crate::logic::explorer::{results, summary, to_csv, to_json};
use crate::logic::format::qualifier_word;
use crate::state::{Explorer, ExplorerAction};
use std::rc::Rc;
use yew::prelude::*;

/// The explorer's heading, and its embed's title.
pub const HEADING: &str = "The documents signed in Bishkek, as the article lists them";

/// What the explorer shows depends on, from the app (`explorer_root`): the explorer is a Yew
/// app of its own, so it takes no context.
#[derive(Properties, PartialEq, Clone)]
pub struct ExplorerProps {
    /// The explorer's state (the app's `Explorer` reducer).
    pub explorer: Rc<Explorer>,
    /// Changes it.
    pub dispatch: Callback<ExplorerAction>,
    /// The document the embedding page names (`highlight=`).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
    /// Tells the embedding page what the reader did, in an embed (nothing by default).
    #[prop_or_default]
    pub emit: Callback<EmbedEvent>,
}

/// The documents signed in Bishkek, as the article lists them (inside their `<section>`,
/// which the page writes: `explorer_root`): search, facets, sort, an overview chart, cards
/// with details and permalinks, the one general note on the names of documents, downloads of
/// what is shown, and an empty state.
#[component]
pub fn AgreementsExplorer(props: &ExplorerProps) -> Html {
    let explorer = &props.explorer;
    let filters = explorer.state.filters.clone();
    let found: Rc<Vec<usize>> = use_memo(filters.clone(), |f| results(AGREEMENTS, f));
    let shown: Vec<&'static Agreement> = found.iter().map(|&i| &AGREEMENTS[i]).collect();
    let status = summary(&shown, AGREEMENTS);
    let dispatch = props.dispatch.clone();
    let clear = {
        let d = dispatch.clone();
        move |_| d.emit(ExplorerAction::Clear)
    };
    let download = |kind: &'static str| {
        let found = found.clone();
        move |_| {
            let docs: Vec<&Agreement> = found.iter().map(|&i| &AGREEMENTS[i]).collect();
            match kind {
                "csv" => save_text(
                    "bishkek-talks-agreements.csv",
                    "text/csv;charset=utf-8",
                    &to_csv(&docs),
                ),
                _ => save_text(
                    "bishkek-talks-agreements.json",
                    "application/json",
                    &to_json(&docs),
                ),
            }
        }
    };
    let open = explorer.state.open.clone();
    // A permalink: the document the URL opened is brought into view by the first render that
    // shows it (Yew may yield to the browser between reading the URL and that render). The
    // reader's own Open or Close changes both, and cancels what is left (the reveal on load).
    use_effect_with((open.clone(), explorer.reveal.clone()), |(open, reveal)| {
        let id = open.as_ref().filter(|_| open == reveal);
        let pending =
            id.and_then(|id| crate::browser::reveal_until_loaded(format!("agreement-detail-{id}")));
        move || drop(pending)
    });
    let framework = &FIGURES[LOOKUP.treaty_documents];
    let older = &CLAIMS[LOOKUP.treaty_framework];
    html! {
        <>
            <h2 id="agreements-title">{ HEADING }</h2>
            <p class="section-note">
                { format!(
                    "What the article says was signed, and by whom where it names them. According to Japarov, the two countries’ treaty framework includes {}{}; in {} the two foreign ministers counted ",
                    qualifier_word(framework.qualifier), framework.phrase, older.period
                ) }
                <a href={older.url.to_string()} rel="noopener">{ format!("{} {}", older.value, older.unit) }</a>
                { "." }
            </p>
            { agreements_overview(&filters, &dispatch) }
            { explorer_controls(&filters, &dispatch) }
            { facets(&filters, &dispatch) }
            <p class="explorer-status" role="status" aria-live="polite" data-explorer-status="">{ status }</p>
            if shown.is_empty() {
                <div class="explorer-empty">
                    <p>
                        { "No document matches " }
                        if filters.query.trim().is_empty() {
                            { "the chosen filters." }
                        } else {
                            { format!("“{}” with the chosen filters.", filters.query.trim()) }
                        }
                    </p>
                    <button type="button" onclick={clear.clone()}>{ "Clear all filters" }</button>
                </div>
            } else {
                <ol class="agreement-list">
                    { for shown.iter().map(|a| html! {
                        <AgreementCard
                            key={a.id.to_string()}
                            agreement={*a}
                            open={open.as_deref() == Some(a.id.as_ref())}
                            dispatch={dispatch.clone()}
                            highlighted={props.highlight.as_deref() == Some(a.id.as_ref())}
                            emit={props.emit.clone()}
                        />
                    }) }
                </ol>
            }
            { document_terms_note() }
            <div class="downloads" role="group" aria-label="Download the documents shown">
                <span class="downloads-label" aria-hidden="true">{ "Download the list:" }</span>
                <button type="button" class="download" data-download="agreements-csv" onclick={download("csv")}>{ "CSV" }</button>
                <button type="button" class="download" data-download="agreements-json" onclick={download("json")}>{ "JSON" }</button>
            </div>
            { embed_code(EmbedView::Agreements, HEADING) }
        </>
    }
}

/// The one note on legal force: that the article says nothing of it, and what the UN Treaty
/// Collection says of the names of documents in general (`data/sources/document_terms.csv`).
fn document_terms_note() -> Html {
    let t = &DOCUMENT_TERM;
    html! {
        <p class="document-terms" data-document-terms="">
            <strong>{ "About the names of documents (in general, not about these documents): " }</strong>
            { "The article does not say whether any of these documents is legally binding or in force. " }
            <q cite={t.url.to_string()}>{ format!("“{}”", t.quote) }</q>
            { " (" }<a href={t.url.to_string()} rel="noopener">{ t.source.as_ref() }</a>{ ")" }
        </p>
    }
}
