use crate::charts::copy::panel_copy;
use crate::charts::data::{ChartData, PointRef};
use crate::components::chart::panel_tools::PanelTools;
use crate::components::static_parts::{self, Part};
use crate::components::{data_table, eaeu_claims, ids, source_line, trade_share};
use crate::content::FIGURES;
use crate::logic::view_state::{Mode, Panel, ViewState};
use crate::state::{View, ViewAction};
use std::rc::Rc;
use yew::prelude::*;

/// Everything a panel shows depends on, from the app (`panel_roots`): the panel is a Yew app
/// of its own, so it takes no context.
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct ChartPanelProps {
    pub panel: Panel,
    /// This panel's part of the view state (`ViewState::for_panel`).
    pub state: ViewState,
    /// Changes the view state; stable across renders.
    #[prop_or_default]
    pub dispatch: Option<UseReducerDispatcher<View>>,
    /// The figure of the prose the reader points at (`FigureFocus::shown`).
    #[prop_or_default]
    pub shown: Option<u16>,
    /// The figure last activated in the prose, with its counter (`FigureFocus::activated`).
    #[prop_or_default]
    pub activated: Option<(u16, u32)>,
    /// The point the URL or the embedding page names (`EmbedContext::highlight`).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
    /// Whether the panel's tools are made yet (`PanelTools`).
    #[prop_or_default]
    pub tools: bool,
}

/// One chart panel (inside its `<section>`, which the page writes: `panel_roots`): the
/// finding as its title, a summary, the chart (or its table), the "what would it take"
/// controls, notes and sources, and downloads.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let panel = props.panel;
    let state = props.state;
    // The chart does not depend on the panel's mode.
    let key = state.with_mode(panel, Mode::Chart);
    let chart: Rc<ChartData> = use_memo(key, move |key| crate::charts::chart_for(panel, key));
    let copy = use_memo(panel, |p| panel_copy(*p));
    let figure_point = |i: u16| {
        FIGURES
            .get(usize::from(i))
            .and_then(|f| chart.find_figure(&f.id))
    };
    // The figure the prose points at, else a point the URL or the embedding page names.
    let highlight = props
        .shown
        .and_then(figure_point)
        .or_else(|| props.highlight.as_deref().and_then(|k| chart.find_key(k)));
    let request = props
        .activated
        .and_then(|(i, n)| figure_point(i).map(|p| (p, n)));
    let key_of = |at: PointRef| chart.point(at).map(|p| p.key.clone());
    use_tell_charts(
        panel,
        highlight.and_then(key_of),
        request.and_then(|(at, n)| Some((key_of(at)?, n))),
    );
    let mode = state.mode(panel);
    let set_mode = |m: Mode| {
        let dispatch = props.dispatch.clone();
        move |_| {
            if let Some(d) = &dispatch {
                d.dispatch(ViewAction::SetMode(panel, m))
            }
        }
    };
    use_mode_mark(panel, mode);
    let key = panel.key();
    html! {
        <>
            <h3 id={format!("{key}-title")}>{ copy.title.clone() }</h3>
            <p class="chart-summary" id={format!("{key}-summary")}>{ copy.summary.clone() }</p>
            <p class="visually-hidden" id={format!("{key}-description")}>{ crate::charts::copy::describe(&chart) }</p>
            <div class="mode-toggle" role="group" aria-label="Show as">
                <button type="button" aria-pressed={(mode == Mode::Chart).to_string()} onclick={set_mode(Mode::Chart)}>{ "Chart" }</button>
                <button type="button" aria-pressed={(mode == Mode::Table).to_string()} onclick={set_mode(Mode::Table)}>{ "Table" }</button>
            </div>
            // Drawn by the chart module; hidden in table mode (style.css), never detached.
            { owned_by_charts(|| static_parts::frame(&chart, &copy.title)) }
            if mode == Mode::Chart {
                <details class="table-details">
                    <summary>{ "Data table" }</summary>
                    { data_table(&chart) }
                </details>
            } else {
                { data_table(&chart) }
            }
            if panel == Panel::Trade {
                { static_parts::adopt(Part::Controls(Panel::Trade)) }
                { trade_share() }
            }
            if panel == Panel::Growth {
                { static_parts::adopt(Part::Controls(Panel::Growth)) }
                { eaeu_claims() }
            }
            { source_line(panel) }
            // The deeper uses, one step away: a panel on a phone is the chart first.
            <details class="panel-more">
                <summary>{ "Notes, sources, sound, downloads, share, embed" }</summary>
                { static_parts::adopt(Part::Notes(panel)) }
                if props.tools {
                    <PanelTools {panel} chart={chart.clone()} title={AttrValue::from(copy.title.clone())} />
                }
            </details>
        </>
    }
}

/// The panel's `<section>` says whether it shows the chart or the table (`data-mode`, which
/// the stylesheet reads); the page writes the section with "chart".
#[hook]
fn use_mode_mark(panel: Panel, mode: Mode) {
    use_effect_with(mode, move |mode| {
        if let Some(section) = gloo::utils::document().get_element_by_id(&ids::panel(panel)) {
            let _ = section.set_attribute("data-mode", super::panel_roots::mode_name(*mode));
        }
    });
}

/// Markup the chart module owns (`static_parts`): the server's, inserted as it is; in the
/// browser an empty string, so that hydration adopts the nodes and never touches them again.
#[cfg(not(target_arch = "wasm32"))]
fn owned_by_charts(markup: impl FnOnce() -> String) -> Html {
    Html::from_html_unchecked(markup().into())
}

#[cfg(target_arch = "wasm32")]
fn owned_by_charts(_: impl FnOnce() -> String) -> Html {
    Html::from_html_unchecked(AttrValue::default())
}

/// Tells the chart module which point the prose or the embedding page points at, and asks it
/// to go to a point when a figure in the prose is activated (a counter tells repeats apart).
#[hook]
fn use_tell_charts(panel: Panel, highlight: Option<String>, request: Option<(String, u32)>) {
    use crate::logic::chart_bus::Command;
    use_effect_with(highlight, move |key| {
        crate::browser::tell_charts(&Command::Highlight {
            panel,
            key: key.clone(),
        });
    });
    use_effect_with(request, move |request| {
        if let Some((key, _)) = request {
            crate::browser::tell_charts(&Command::Reveal {
                panel,
                key: key.clone(),
            });
        }
    });
}
