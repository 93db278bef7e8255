//! The parts of the page that Yew renders on the server but never hydrates or touches again
//! in the browser, as server-rendered markup:
//! - the parts the chart module (`src/live`) owns: the chart frame (the prerendered SVGs and
//!   the live region) and the "what would it take" controls;
//! - the parts that never change: the lead (headline, standfirst, byline, key numbers), the
//!   method note, each panel's notes and sources, and the figure index;
//! - the article, with the chart panels and the explorer in place (each a Yew app of its
//!   own, hydrated later: `components::island`; the app acts on the figure mentions and list
//!   items through `ProseLive`), the skip links and the site's footer.
//!
//! The Yew app inserts them as raw HTML (the browser's app inserts an empty string in the same
//! place, which hydration adopts with the server's nodes): hydration then neither builds nor
//! compares them, and (but for the explorer) the app's WebAssembly carries neither their code
//! nor their text (README, "Performance").

use crate::charts::data::ChartData;
use crate::logic::view_state::Panel;
#[cfg(not(target_arch = "wasm32"))]
pub use server::{prepare, IN_PANELS, PAGE};
use yew::prelude::*;

/// A part rendered once, on the server.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// A panel's "what would it take" controls (the chart module runs them).
    Controls(Panel),
    /// A panel's definitions and sources.
    Notes(Panel),
    /// The skip links.
    SkipLinks,
    /// Above the article: an embed's heading, then headline, standfirst, byline and key
    /// numbers.
    Lead,
    /// The article, with the chart panels and the explorer in place (`pages::story`).
    Story,
    /// After the article: "How we checked these figures", with each number of the lead, the
    /// index of every figure of the article, and an embed's credit.
    Closing,
    /// The site's footer: credit, Share and Embed code for the whole explainer.
    SiteFooter,
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
    use crate::components::figure::figure_index;
    use crate::components::{embed_credit, embed_heading, lead_header, method_note};
    use crate::logic::view_state::{Panel, ViewState};
    use crate::pages::story;
    use std::sync::Mutex;
    use yew::prelude::*;

    /// The parts inside the chart panels, rendered before them.
    pub const IN_PANELS: [Part; 5] = [
        Part::Controls(Panel::Trade),
        Part::Controls(Panel::Growth),
        Part::Notes(Panel::Trade),
        Part::Notes(Panel::Investment),
        Part::Notes(Panel::Growth),
    ];

    /// The page's parts, rendered after the panels and the explorer (the story holds them).
    pub const PAGE: [Part; 5] = [
        Part::SkipLinks,
        Part::Lead,
        Part::Story,
        Part::Closing,
        Part::SiteFooter,
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
            Part::SkipLinks => story::skip_links(),
            Part::Lead => html! {
                <>
                    { embed_heading() }
                    { lead_header(crate::logic::lead::lead().as_ref()) }
                </>
            },
            Part::Story => story::story(),
            Part::Closing => html! {
                <>
                    { method_note(crate::logic::lead::lead().as_ref()) }
                    { figure_index() }
                    { embed_credit() }
                </>
            },
            Part::SiteFooter => story::site_footer(),
        }
    }

    /// Renders the parts (plain markup: no hydration markers) for `adopt` to hand out.
    pub async fn prepare(parts: &[Part]) {
        for &part in parts {
            let html = yew::LocalServerRenderer::<Render>::with_props(PartProps { part })
                .hydratable(false)
                .render()
                .await;
            if let Ok(mut markup) = MARKUP.lock() {
                markup.retain(|(p, _)| *p != part);
                markup.push((part, html));
            }
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
