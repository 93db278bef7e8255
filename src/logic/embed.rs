//! Embedding, pure: the embed URL's options, the messages an embed accepts from its parent
//! page and the ones it sends, and the snippet an editor copies. No DOM here: the browser
//! shell (`crate::hooks::use_embed`) turns `Value`s into and out of JavaScript objects.
//!
//! Protocol (all messages via `postMessage`; NAME is `bishkek-explainer`):
//! - embed → parent, on every change of its height: `{type: "NAME:resize", id, height}`, plus
//!   the Pym.js string `pymxPYMx<id>xPYMxheightxPYMx<height>` and AMP's
//!   `{sentinel: "amp", type: "embed-size", height}`;
//! - embed → parent, events: `{type: "NAME:event", id, event: "point.focus", chart, point}`,
//!   `{…, event: "agreement.select", agreement}`, `{…, event: "view.change", query}`;
//! - parent → embed: `{type: "NAME:set", theme?: "auto"|"light"|"dark", highlight?: string}`,
//!   accepted only from the origins the URL allows (`origin=`; default any). Nothing else is
//!   ever accepted.

use super::encoding::{json_string, query_pairs};

pub const NAME: &str = "bishkek-explainer";
/// The longest highlight or id read from a URL or a message.
const MAX_TEXT: usize = 64;

keyed! {
    /// What an embed shows (`embed=`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum EmbedView {
        Explainer => "explainer",
        Trade => "trade",
        Investment => "investment",
        Growth => "growth",
        Agreements => "agreements",
    }
}

impl EmbedView {
    /// The iframe's first height, in CSS pixels, before the embed reports its own: about the
    /// view's height on a desktop-wide column (so that a page without embed.js or Pym.js shows
    /// a whole panel there); the whole explainer scrolls inside it.
    pub fn initial_height(self) -> u32 {
        match self {
            EmbedView::Explainer => 1200,
            EmbedView::Trade => 1800,
            EmbedView::Investment => 1150,
            EmbedView::Growth => 1700,
            EmbedView::Agreements => 2600,
        }
    }

    fn parse(text: &str) -> Option<EmbedView> {
        EmbedView::ALL.into_iter().find(|v| v.key() == text)
    }
}

/// The colour theme: the reader's system setting, or one chosen by the embedding page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// Whether the page is dark, given whether the system asks for dark.
    pub fn is_dark(self, system_dark: bool) -> bool {
        match self {
            Theme::Auto => system_dark,
            Theme::Light => false,
            Theme::Dark => true,
        }
    }

    /// The value of `<html data-theme>`, `None` for the system's.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The embed's options, from its URL.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmbedOptions {
    /// `None`: not an embed, the page itself.
    pub view: Option<EmbedView>,
    pub theme: Theme,
    pub hide_title: bool,
    /// A chart point's key ("trade-kg-2024") or an agreement's id ("post").
    pub highlight: Option<String>,
    /// Names this embed in its messages (`id=`, or Pym's `childId=`; default: the view).
    pub id: String,
    /// Origins whose messages are accepted; empty: any.
    pub origins: Vec<String>,
    /// How much of a chart panel to show (`only=`).
    pub only: super::embed_choice::Only,
    /// A card around the view, or the host page showing through (`frame=`).
    pub frame: super::embed_choice::Frame,
}

/// Reads the embed options from a URL query. Returns them and one message per value ignored.
pub fn parse_options(query: &str) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::default();
    let mut ignored = Vec::new();
    let mut id = None;
    for (key, value) in query_pairs(query, 32) {
        let ok = match key.as_str() {
            "embed" => EmbedView::parse(&value)
                .map(|v| options.view = Some(v))
                .is_some(),
            "theme" => Theme::parse(&value).map(|t| options.theme = t).is_some(),
            "title" => match value.as_str() {
                "0" => {
                    options.hide_title = true;
                    true
                }
                "1" => true,
                _ => false,
            },
            "highlight" => token(&value).map(|t| options.highlight = Some(t)).is_some(),
            "id" | "childId" => token(&value).map(|t| id = Some(t)).is_some(),
            "origin" => origin(&value).map(|o| options.origins.push(o)).is_some(),
            "only" => super::embed_choice::Only::parse(&value)
                .map(|o| options.only = o)
                .is_some(),
            "frame" => super::embed_choice::Frame::parse(&value)
                .map(|f| options.frame = f)
                .is_some(),
            _ => true,
        };
        if !ok {
            ignored.push(super::encoding::ignored_message(&key, &value));
        }
    }
    if let Some(view) = options.view {
        options.id = id.unwrap_or_else(|| view.key().to_string());
    }
    (options, ignored)
}

/// The embed's own pairs of a URL query, as written ("embed=trade&title=0"; "" for none), so
/// that rewriting the view's part of the address keeps them (and Pym.js's).
pub fn own_pairs(query: &str) -> String {
    const KEYS: [&str; 12] = [
        "embed",
        "only",
        "frame",
        "theme",
        "title",
        "highlight",
        "id",
        "childId",
        "origin",
        "initialWidth",
        "parentTitle",
        "parentUrl",
    ];
    let query = query.strip_prefix('?').unwrap_or(query);
    let kept: Vec<&str> = query
        .split('&')
        .take(32)
        .filter(|pair| KEYS.contains(&pair.split_once('=').map_or(*pair, |(k, _)| k)))
        .collect();
    kept.join("&")
}

/// A short identifier: letters, digits, `-`, `_`, `.`, `:`, at most 64 characters.
fn token(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.len() <= MAX_TEXT
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    ok.then(|| text.to_string())
}

/// An origin as browsers write it: `http(s)://host[:port]`, no path, no trailing slash.
fn origin(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest.len() <= 253
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']'));
    ok.then(|| text.to_ascii_lowercase())
}

/// One field of a message, as read from the JavaScript object (strings and numbers kept,
/// anything else noted as such).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Other,
}

/// A message as received: its top-level fields, or not an object at all.
pub type Fields = Vec<(String, Value)>;

/// What a parent may ask of an embed.
#[derive(Debug, Clone, PartialEq)]
pub struct Set {
    pub theme: Option<Theme>,
    pub highlight: Option<String>,
}

/// Why an inbound message was not applied. Messages that are not ours (other libraries talk
/// on the same channel) are `NotOurs`, and are ignored without a word.
#[derive(Debug, Clone, PartialEq)]
pub enum Refused {
    NotOurs,
    Origin(String),
    Unknown(String),
    Invalid(&'static str),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NotOurs => f.write_str("not a message for this embed"),
            Refused::Origin(o) => write!(f, "messages from {o} are not accepted"),
            Refused::Unknown(t) => write!(f, "unknown message type {t}"),
            Refused::Invalid(field) => write!(f, "invalid {field}"),
        }
    }
}

/// Reads a message from a parent page, sent from `from` (the event's origin).
pub fn parse_inbound(
    fields: &[(String, Value)],
    from: &str,
    allowed: &[String],
) -> Result<Set, Refused> {
    let text = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| match v {
                Value::Text(t) => Some(t.as_str()),
                _ => None,
            })
    };
    let kind = match text("type") {
        Some(Some(t)) => t,
        _ => return Err(Refused::NotOurs),
    };
    let Some(command) = kind.strip_prefix(NAME).and_then(|k| k.strip_prefix(':')) else {
        return Err(Refused::NotOurs);
    };
    if !allowed.is_empty() && !allowed.iter().any(|o| o == from) {
        return Err(Refused::Origin(from.chars().take(MAX_TEXT).collect()));
    }
    if command != "set" {
        return Err(Refused::Unknown(command.chars().take(MAX_TEXT).collect()));
    }
    let theme = match text("theme") {
        None => None,
        Some(t) => Some(t.and_then(Theme::parse).ok_or(Refused::Invalid("theme"))?),
    };
    let highlight = match text("highlight") {
        None => None,
        Some(t) => Some(t.and_then(token).ok_or(Refused::Invalid("highlight"))?),
    };
    Ok(Set { theme, highlight })
}

/// What an embed tells its parent about the reader's actions.
#[derive(Debug, Clone, PartialEq)]
pub enum EmbedEvent {
    PointFocus { chart: String, point: String },
    AgreementSelect { agreement: String },
    ViewChange { query: String },
}

/// An outbound message: an object's fields, or (Pym.js) a string.
#[derive(Debug, Clone, PartialEq)]
pub enum Outbound {
    Object(Fields),
    Text(String),
}

impl Outbound {
    /// As JSON text (for tests and logs; the browser posts objects).
    pub fn to_json(&self) -> String {
        match self {
            Outbound::Text(t) => json_string(t),
            Outbound::Object(fields) => {
                let body: Vec<String> = fields
                    .iter()
                    .map(|(k, v)| {
                        let v = match v {
                            Value::Text(t) => json_string(t),
                            Value::Number(n) => n.to_string(),
                            Value::Other => "null".to_string(),
                        };
                        format!("{}:{v}", json_string(k))
                    })
                    .collect();
                format!("{{{}}}", body.join(","))
            }
        }
    }
}

fn text(key: &str, value: &str) -> (String, Value) {
    (key.to_string(), Value::Text(value.to_string()))
}

/// The three height messages: ours, Pym.js's and AMP's.
pub fn resize_messages(id: &str, height: u32) -> [Outbound; 3] {
    let h = f64::from(height);
    [
        Outbound::Object(vec![
            text("type", &format!("{NAME}:resize")),
            text("id", id),
            ("height".to_string(), Value::Number(h)),
        ]),
        Outbound::Text(format!("pymxPYMx{id}xPYMxheightxPYMx{height}")),
        Outbound::Object(vec![
            text("sentinel", "amp"),
            text("type", "embed-size"),
            ("height".to_string(), Value::Number(h)),
        ]),
    ]
}

/// An event message.
pub fn event_message(id: &str, event: &EmbedEvent) -> Outbound {
    let mut fields = vec![text("type", &format!("{NAME}:event")), text("id", id)];
    match event {
        EmbedEvent::PointFocus { chart, point } => {
            fields.push(text("event", "point.focus"));
            fields.push(text("chart", chart));
            fields.push(text("point", point));
        }
        EmbedEvent::AgreementSelect { agreement } => {
            fields.push(text("event", "agreement.select"));
            fields.push(text("agreement", agreement));
        }
        EmbedEvent::ViewChange { query } => {
            fields.push(text("event", "view.change"));
            fields.push(text("query", query));
        }
    }
    Outbound::Object(fields)
}

/// The sandbox the snippet's iframe gets, and that the embed works under.
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

pub use super::encoding::escape_html;
