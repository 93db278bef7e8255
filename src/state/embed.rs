//! Embedding (the URL's options, theme and highlight the parent may change) as a pure reducer.

use crate::logic::embed::{EmbedOptions, Set, Theme};
use std::rc::Rc;
use yew::Reducible;

/// Embedding: the URL's options, and the theme and highlight, which the embedding page may
/// change (`set` messages).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Embed {
    /// Whether the URL has been read (the first render comes before).
    pub started: bool,
    pub options: Rc<EmbedOptions>,
    pub theme: Theme,
    pub highlight: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EmbedAction {
    /// The options read from the URL after the first render.
    Start(EmbedOptions),
    /// A parent page's `set` message (already checked).
    Set(Set),
}

impl Reducible for Embed {
    type Action = EmbedAction;

    fn reduce(self: Rc<Self>, action: EmbedAction) -> Rc<Self> {
        let next = match action {
            EmbedAction::Start(options) => Embed {
                started: true,
                theme: options.theme,
                highlight: options.highlight.clone(),
                options: Rc::new(options),
            },
            EmbedAction::Set(set) => Embed {
                theme: set.theme.unwrap_or(self.theme),
                highlight: set.highlight.or_else(|| self.highlight.clone()),
                ..(*self).clone()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
