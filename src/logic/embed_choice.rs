//! What an editor chooses for an embed: how much of a chart panel it shows (the chart alone,
//! the chart with its controls, or the whole panel), its theme, and whether it sits in a card.
//! Parsed from the embed URL (`only=`, `frame=`) and written into the snippet's address.

use super::embed::{escape_html, EmbedView, Theme, SANDBOX};

/// How much of a chart panel an embed shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Only {
    /// The whole panel: chart, controls, notes, sound, downloads.
    #[default]
    Panel,
    /// `only=chart`: title, subtitle, the chart, its source line and the credit.
    Chart,
    /// `only=chart,slider`: the chart-only view with the panel's "what would it take" control.
    ChartSlider,
}

impl Only {
    pub const ALL: [Only; 3] = [Only::Chart, Only::ChartSlider, Only::Panel];

    pub fn parse(text: &str) -> Option<Only> {
        match text {
            "chart" => Some(Only::Chart),
            "chart,slider" | "slider,chart" => Some(Only::ChartSlider),
            "panel" => Some(Only::Panel),
            _ => None,
        }
    }

    /// The query value; `None` for the whole panel (the default).
    pub fn value(self) -> Option<&'static str> {
        match self {
            Only::Panel => None,
            Only::Chart => Some("chart"),
            Only::ChartSlider => Some("chart,slider"),
        }
    }

    /// The words in `<html data-only>` that the stylesheet reads.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Only::Panel => None,
            Only::Chart => Some("chart"),
            Only::ChartSlider => Some("chart slider"),
        }
    }

    /// Whether a view offers this choice: the chart-only forms are for charts, and only the
    /// charts with a "what would it take" control offer it.
    pub fn offered(self, view: EmbedView) -> bool {
        matches!(
            (self, view),
            (Only::Panel, _)
                | (
                    Only::Chart,
                    EmbedView::Trade | EmbedView::Investment | EmbedView::Growth
                )
                | (Only::ChartSlider, EmbedView::Trade | EmbedView::Growth)
        )
    }

    /// How the Embed panel names the choice.
    pub fn label(self) -> &'static str {
        match self {
            Only::Chart => "Chart only",
            Only::ChartSlider => "Chart with its control",
            Only::Panel => "Whole panel",
        }
    }
}

/// Whether the embed brings its own card (background and border) or lets the host page show
/// through (the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Frame {
    #[default]
    Bare,
    Card,
}

impl Frame {
    pub fn parse(text: &str) -> Option<Frame> {
        match text {
            "none" => Some(Frame::Bare),
            "card" => Some(Frame::Card),
            _ => None,
        }
    }
}

/// An editor's choice in the Embed panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choice {
    pub only: Only,
    pub theme: Theme,
}

impl Choice {
    /// The first choice a view offers: the chart alone for charts, else the whole view.
    pub fn first(view: EmbedView) -> Choice {
        let only = if Only::Chart.offered(view) {
            Only::Chart
        } else {
            Only::Panel
        };
        Choice {
            only,
            theme: Theme::Auto,
        }
    }
}

/// The URL of an embed view with a choice, from the explainer's own address (`page`, without
/// query or hash): "…/?embed=trade&only=chart&theme=dark".
pub fn embed_url(page: &str, view: EmbedView, choice: Choice) -> String {
    let mut url = format!("{page}?embed={}", view.key());
    if let Some(only) = choice.only.value().filter(|_| choice.only.offered(view)) {
        url.push_str("&only=");
        url.push_str(only);
    }
    if let Some(theme) = choice.theme.attribute() {
        url.push_str("&theme=");
        url.push_str(theme);
    }
    url
}

/// The snippet an editor pastes: the iframe, `height` tall (the height measured for this
/// choice, or the view's first guess before it is measured), and the parent-side script
/// (`embed.js`, next to the page). `title` names the iframe for screen readers.
pub fn snippet(page: &str, view: EmbedView, choice: Choice, title: &str, height: u32) -> String {
    let base = page.rsplit_once('/').map_or(page, |(dir, _)| dir);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" sandbox=\"{SANDBOX}\" data-bishkek-embed></iframe>\n<script src=\"{base}/embed.js\" async></script>",
        base = escape_html(base),
        src = escape_html(&embed_url(page, view, choice)),
        title = escape_html(title),
    )
}
