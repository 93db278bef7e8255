//! The parts of the page that Yew renders on the server but never hydrates or touches again
//! in the browser, as server-rendered markup:
//! - the parts the chart module (`src/live`) owns: the chart frame (the prerendered SVGs and
//!   the live region) and the "what would it take" controls;
//! - the parts that never change: the lead (headline, standfirst, byline, key numbers), the
//!   method note, each panel's notes and sources, and the figure index;
//! - the article's blocks, in runs between the panels and the explorer (the app acts on
//!   their figure mentions and list items through `ProseLive`);
//! - the explorer as the page first shows it, which the app adopts like the others and then
//!   replaces with its own, live, in a task after the hydration (`ExplorerLater`).
//!
//! The Yew app inserts them as raw HTML (the browser's app inserts an empty string in the same
//! place, which hydration adopts with the server's nodes): hydration then neither builds nor
//! compares them, and (but for the explorer) the app's WebAssembly carries neither their code
//! nor their text (README, "Performance").

use crate::charts::data::ChartData;
use crate::logic::view_state::Panel;
#[cfg(not(target_arch = "wasm32"))]
pub use server::prepare;
use yew::prelude::*;

/// A part rendered once, on the server.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// A panel's "what would it take" controls (the chart module runs them).
    Controls(Panel),
    /// A panel's definitions and sources.
    Notes(Panel),
    /// Every figure of the article in one list.
    FigureIndex,
    /// Above the article: headline, standfirst, byline and key numbers.
    Lead,
    /// "How we checked these figures", with each number of the lead.
    Method,
    /// The article's blocks `from..to` (`logic::placement::runs`).
    Blocks { from: u16, to: u16 },
    /// The explorer as the page first shows it (no search, filter or open document): the
    /// browser's app hydrates it after the rest, in a task of its own (`ExplorerLater`).
    Explorer,
}

/// The part as `prepare` rendered it, as raw HTML ("" before it, and in the browser).
pub fn adopt(part: Part) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    return Html::from_html_unchecked(server::markup(part).into());
    #[cfg(target_arch = "wasm32")]
    {
        let _ = part;
        Html::from_html_unchecked(AttrValue::default())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use super::Part;
    use crate::components::chart::growth_controls::growth_controls;
    use crate::components::chart::panel_notes::panel_notes;
    use crate::components::chart::trade_controls::trade_controls;
    use crate::components::figure::article_block::article_block;
    use crate::components::figure::figure_index;
    use crate::components::{lead_header, method_note};
    use crate::logic::view_state::{Panel, ViewState};
    use std::sync::Mutex;
    use yew::prelude::*;

    const ALL: [Part; 9] = [
        Part::Controls(Panel::Trade),
        Part::Controls(Panel::Growth),
        Part::Notes(Panel::Trade),
        Part::Notes(Panel::Investment),
        Part::Notes(Panel::Growth),
        Part::FigureIndex,
        Part::Lead,
        Part::Method,
        Part::Explorer,
    ];

    /// The parts' markup, rendered once by `prepare` before the app.
    static MARKUP: Mutex<Vec<(Part, String)>> = Mutex::new(Vec::new());

    #[derive(Properties, PartialEq)]
    struct PartProps {
        part: Part,
    }

    #[component]
    fn Render(props: &PartProps) -> Html {
        let s = ViewState::default();
        match props.part {
            Part::Controls(Panel::Trade) => trade_controls(s.baseline, s.trade_rate),
            Part::Controls(Panel::Growth) => growth_controls(s.growth_rate, s.gdp_base),
            Part::Controls(Panel::Investment) => html! {},
            Part::Notes(panel) => panel_notes(panel),
            Part::FigureIndex => figure_index(),
            Part::Lead => lead_header(crate::logic::lead::lead().as_ref()),
            Part::Method => method_note(crate::logic::lead::lead().as_ref()),
            Part::Blocks { from, to } => crate::content::ARTICLE
                .blocks
                .get(usize::from(from)..usize::from(to))
                .unwrap_or_default()
                .iter()
                .map(article_block)
                .collect(),
            Part::Explorer => html! { <ExplorerAlone /> },
        }
    }

    /// The explorer with its state, as the app gives it (`App`).
    #[component]
    fn ExplorerAlone() -> Html {
        let state = use_reducer(crate::state::Explorer::default);
        html! {
            <ContextProvider<UseReducerHandle<crate::state::Explorer>> context={state}>
                <crate::components::AgreementsExplorer />
            </ContextProvider<UseReducerHandle<crate::state::Explorer>>>
        }
    }

    /// Renders every part (plain markup: no hydration markers) for `adopt` to hand out.
    pub async fn prepare() {
        let mut parts = Vec::new();
        for part in ALL.into_iter().chain(super::block_runs()) {
            let html = yew::LocalServerRenderer::<Render>::with_props(PartProps { part })
                .hydratable(false)
                .render()
                .await;
            parts.push((part, html));
        }
        if let Ok(mut markup) = MARKUP.lock() {
            *markup = parts;
        }
    }

    pub fn markup(part: Part) -> String {
        MARKUP
            .lock()
            .ok()
            .and_then(|m| m.iter().find(|(p, _)| *p == part).map(|(_, h)| h.clone()))
            .unwrap_or_default()
    }
}

/// The article's blocks in runs between what is placed after them, as parts.
pub fn block_runs() -> impl Iterator<Item = Part> {
    use crate::charts::FIGURE_PANELS;
    use crate::content::{ARTICLE, FIGURES};
    use crate::logic::placement::{placements, runs};
    let placed = placements(&ARTICLE.blocks, FIGURES, FIGURE_PANELS);
    runs(&placed, ARTICLE.blocks.len())
        .into_iter()
        .filter_map(|(from, to)| {
            Some(Part::Blocks {
                from: u16::try_from(from).ok()?,
                to: u16::try_from(to).ok()?,
            })
        })
}

/// The chart frame: the prerendered drawings, which the chart module replaces with a canvas,
/// and the live region it speaks in.
pub fn frame(chart: &ChartData, title: &str) -> String {
    let svgs = crate::charts::svg::for_page(chart, title, &crate::charts::theme::LIGHT)
        .unwrap_or_default();
    let id = chart.id;
    format!(
        r#"<div class="chart-frame" data-chart-frame="{id}">{svgs}<p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="{id}"></p></div>"#
    )
}
