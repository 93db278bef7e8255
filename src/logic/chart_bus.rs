//! The one interface between the chart module (`src/live`, no Yew, which draws the live charts
//! and runs the "what would it take" controls) and the Yew app (everything else): text
//! messages in the `detail` of DOM `CustomEvent`s on `document`.
//!
//! - app → charts, event [`COMMAND`]: `highlight <panel> [<point key>]` (ring a point, or none),
//!   `reveal <panel> <point key>` (focus the chart on that point and scroll it into view),
//!   `sync` (say the state again).
//! - charts → app, event [`EVENT`]: `state <query>` (the charts' part of the view state as
//!   the URL writes it, `view_state::format`; at start, on every change and after `sync`),
//!   `point <panel> [<point key>]` (the point a reader moved to, or none).
//!
//! Parsing never panics: an unknown or malformed message is an error that says what was wrong.

use super::view_state::{self, Panel, ViewState};
use std::fmt;

/// The event the app sends to the chart module.
pub const COMMAND: &str = "charts:command";
/// The event the chart module sends to the app.
pub const EVENT: &str = "charts:event";

/// What the app asks of the chart module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Highlight { panel: Panel, key: Option<String> },
    Reveal { panel: Panel, key: String },
    Sync,
}

/// What the chart module tells the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The state of the charts' controls (baseline, rates, GDP base year; modes as read).
    State(ViewState),
    Point {
        panel: Panel,
        key: Option<String>,
    },
}

/// Why a message was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BusError {
    Empty,
    UnknownVerb(String),
    UnknownPanel(String),
    MissingKey,
    Extra(String),
}

impl fmt::Display for BusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BusError::Empty => f.write_str("empty message"),
            BusError::UnknownVerb(v) => write!(f, "unknown message “{v}”"),
            BusError::UnknownPanel(p) => write!(f, "unknown chart “{p}”"),
            BusError::MissingKey => f.write_str("a point key is missing"),
            BusError::Extra(e) => write!(f, "unexpected “{e}” at the end"),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Highlight { panel, key } => {
                write!(f, "highlight {}", panel.key())?;
                key.iter().try_for_each(|k| write!(f, " {k}"))
            }
            Command::Reveal { panel, key } => write!(f, "reveal {} {key}", panel.key()),
            Command::Sync => f.write_str("sync"),
        }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::State(state) => write!(f, "state {}", view_state::format(state)),
            Event::Point { panel, key } => {
                write!(f, "point {}", panel.key())?;
                key.iter().try_for_each(|k| write!(f, " {k}"))
            }
        }
    }
}

fn panel(word: Option<&str>) -> Result<Panel, BusError> {
    let word = word.ok_or(BusError::UnknownPanel(String::new()))?;
    Panel::ALL
        .into_iter()
        .find(|p| p.key() == word)
        .ok_or_else(|| BusError::UnknownPanel(word.to_string()))
}

/// A point key: one word, as the charts' keys are.
fn key(word: Option<&str>) -> Option<String> {
    word.map(str::to_string)
}

fn end<'a>(mut words: impl Iterator<Item = &'a str>) -> Result<(), BusError> {
    match words.next() {
        None => Ok(()),
        Some(extra) => Err(BusError::Extra(extra.to_string())),
    }
}

impl std::str::FromStr for Command {
    type Err = BusError;

    fn from_str(text: &str) -> Result<Self, BusError> {
        let mut words = text.split_whitespace();
        let command = match words.next().ok_or(BusError::Empty)? {
            "highlight" => Command::Highlight {
                panel: panel(words.next())?,
                key: key(words.next()),
            },
            "reveal" => Command::Reveal {
                panel: panel(words.next())?,
                key: key(words.next()).ok_or(BusError::MissingKey)?,
            },
            "sync" => Command::Sync,
            verb => return Err(BusError::UnknownVerb(verb.to_string())),
        };
        end(words).map(|()| command)
    }
}

impl std::str::FromStr for Event {
    type Err = BusError;

    /// A `state` message's query is read as the URL's is: bad values fall back to defaults.
    fn from_str(text: &str) -> Result<Self, BusError> {
        let mut words = text.split_whitespace();
        let event = match words.next().ok_or(BusError::Empty)? {
            "state" => Event::State(view_state::parse(words.next().unwrap_or("")).0),
            "point" => Event::Point {
                panel: panel(words.next())?,
                key: key(words.next()),
            },
            verb => return Err(BusError::UnknownVerb(verb.to_string())),
        };
        end(words).map(|()| event)
    }
}
