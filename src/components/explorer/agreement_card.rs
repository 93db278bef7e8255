use crate::content::Agreement;
use crate::logic::embed::EmbedEvent;
use crate::state::ExplorerAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementCardProps {
    pub agreement: &'static Agreement,
    pub open: bool,
    pub dispatch: Callback<ExplorerAction>,
    /// Whether the embedding page names this document (`highlight=`).
    #[prop_or_default]
    pub highlighted: bool,
    /// Tells the embedding page what the reader did, in an embed (nothing by default).
    #[prop_or_default]
    pub emit: Callback<EmbedEvent>,
}

/// One item of the article's list: title, kind, domain, parties, and what the article says
/// and does not say; its detail opens in place with the article's text, a link that shows it
/// in the article, and a permalink. Opening moves focus to the detail; closing (the button or
/// Escape) returns it to the button.
#[component]
pub fn AgreementCard(props: &AgreementCardProps) -> Html {
    let a = props.agreement;
    let toggle_ref = use_node_ref();
    let detail_ref = use_node_ref();
    let was_open = use_mut_ref(|| props.open);
    use_effect_with(props.open, {
        let (toggle_ref, detail_ref) = (toggle_ref.clone(), detail_ref.clone());
        move |open| {
            let changed = *was_open.borrow() != *open;
            *was_open.borrow_mut() = *open;
            let target = if *open { &detail_ref } else { &toggle_ref };
            if let (true, Some(el)) = (changed, target.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        }
    });
    let highlighted = props.highlighted;
    let toggle = {
        let (d, id, open) = (props.dispatch.clone(), a.id.to_string(), props.open);
        let emit = props.emit.clone();
        move |_| {
            if !open {
                emit.emit(EmbedEvent::AgreementSelect {
                    agreement: id.clone(),
                });
            }
            d.emit(ExplorerAction::Open((!open).then(|| id.clone())))
        }
    };
    let on_detail_key = {
        let d = props.dispatch.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                d.emit(ExplorerAction::Open(None));
            }
        }
    };
    let show_in_article = {
        let (d, item) = (props.dispatch.clone(), a.article_item);
        move |e: MouseEvent| {
            e.prevent_default();
            d.emit(ExplorerAction::ShowInArticle(item));
            crate::browser::reveal_id(&crate::logic::ids::signed_item(item));
        }
    };
    let detail_id = format!("agreement-detail-{}", a.id);
    let parties = a.parties_text(" and ");
    html! {
        <li class={classes!("agreement", props.open.then_some("is-open"), highlighted.then_some("is-highlighted"))} id={format!("agreement-{}", a.id)} data-agreement={a.id.clone()}>
            <h3 class="agreement-title">{ a.title.as_ref() }</h3>
            <p class="badges">
                <span class={classes!("badge", "kind", format!("kind-{}", a.kind.key()))}>{ a.kind.label(if a.is_plural() { 2 } else { 1 }) }</span>
                <span class="badge domain">{ a.domain.label() }</span>
            </p>
            <p class="parties"><span class="field">{ "Parties: " }</span>{ parties }</p>
            <p class="explanation">{ a.explanation.as_ref() }</p>
            <button type="button" class="detail-toggle" ref={toggle_ref} aria-expanded={props.open.to_string()} aria-controls={props.open.then(|| detail_id.clone())} onclick={toggle}>
                { if props.open { "Hide details" } else { "Details and link" } }
                <span class="visually-hidden">{ format!(": {}", a.title) }</span>
            </button>
            if props.open {
                <div class="agreement-detail" id={detail_id} ref={detail_ref} tabindex="-1" role="region" onkeydown={on_detail_key} aria-label={format!("Details: {}", a.title)}>
                    <p class="field">{ "In the article:" }</p>
                    <blockquote class="article-text"><p>{ a.sentence.as_ref() }</p></blockquote>
                    <p>
                        <a href={format!("#{}", crate::logic::ids::signed_item(a.article_item))} onclick={show_in_article}>{ "Show it in the article" }</a>
                    </p>
                    <p>
                        <span class="field">{ "Link to this document: " }</span>
                        <a class="permalink" href={format!("?doc={}#agreements", a.id)}>{ format!("?doc={}", a.id) }</a>
                    </p>
                </div>
            }
        </li>
    }
}
