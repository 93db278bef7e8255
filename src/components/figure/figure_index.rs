use crate::components::ids;
use crate::content::FIGURES;
use crate::logic::format::{describe_figure, qualified_value};
use yew::prelude::*;

/// Every figure of the article in one list: the phrase as printed, its value in words,
/// what it measures and who said it, with a link back to its sentence. It is the target of
/// the figure links in the prose and the description their `aria-describedby` points to.
/// A plain function, not a component: no state or hooks, and every component type costs
/// kilobytes of wasm (Yew's lifecycle code is generated per type).
pub fn figure_index() -> Html {
    html! {
        <section class="figure-index" aria-labelledby="figure-index-title">
            <h2 id="figure-index-title">{ "The figures in the article" }</h2>
            <p class="section-note">
                { format!("The {} figures the leaders quoted, as the article gives them.", FIGURES.len()) }
            </p>
            <ol class="figure-list">
                { for FIGURES.iter().map(|f| html! {
                    <li id={ids::entry(&f.id)} data-figure={f.id.clone()}>
                        <p class="figure-entry-phrase">{ "“" }{ f.phrase.as_ref() }{ "”" }</p>
                        <p class="figure-entry-value">{ qualified_value(f) }</p>
                        <p hidden=true id={ids::description(&f.id)}>{ describe_figure(f) }</p>
                        <p class="figure-entry-measure">{ f.measure.as_ref() }{ ". " }{ crate::logic::format::attribution(f) }{ "." }</p>
                        <a class="figure-entry-back" href={format!("#{}", ids::mention(&f.id))}>
                            { "Back to the sentence" }
                        </a>
                    </li>
                }) }
            </ol>
        </section>
    }
}
