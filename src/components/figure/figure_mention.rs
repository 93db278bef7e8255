use crate::charts::panel_of_figure;
use crate::components::ids;
use crate::content::FIGURES;
use yew::prelude::*;

/// A figure in the prose, as the server writes it: a link to its chart panel, or to its
/// entry in the figure index (both work without WebAssembly), described by value, unit and
/// speaker. The live app adopts it as it is and acts on it through `ProseLive`: hover or
/// focus shows the figure card and highlights its point in the chart; activating it goes to
/// that point (where the chart follows the sentence) or shows the card; Escape hides the card.
pub fn figure_mention(index: u16) -> Html {
    let figure = &FIGURES[usize::from(index)];
    html! {
        <a
            class="figure"
            id={ids::mention(&figure.id)}
            href={match panel_of_figure(&figure.id) {
                Some((p, true)) => format!("#{}", ids::panel(p)),
                Some(_) => format!("#{}", ids::shown(&figure.id)),
                None => format!("#{}", ids::entry(&figure.id)),
            }}
            data-figure={figure.id.clone()}
            aria-describedby={ids::description(&figure.id)}
        >
            <data value={figure.value.to_string()}>{ figure.phrase.as_ref() }</data>
        </a>
    }
}
