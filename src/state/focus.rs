//! Which figure of the prose is shown in the figure card: a pure reducer.

use std::rc::Rc;
use yew::Reducible;

/// What the reader is pointing at or has focused; the card shows the hovered figure
/// first, else the focused one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FigureFocus {
    pub hovered: Option<u16>,
    pub focused: Option<u16>,
    /// The figure last activated (clicked, Enter) with a counter, so that activating the
    /// same figure twice is still a new request: its chart scrolls to it and focuses it.
    pub activated: Option<(u16, u32)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusAction {
    Hover(u16),
    Unhover(u16),
    Focus(u16),
    Blur(u16),
    /// Escape: hide the card whatever showed it.
    Dismiss,
    /// Go to the figure's point in its chart.
    Activate(u16),
}

impl FigureFocus {
    pub fn shown(&self) -> Option<u16> {
        self.hovered.or(self.focused)
    }

    pub fn apply(self, action: FocusAction) -> Self {
        let clear = |slot: Option<u16>, i: u16| if slot == Some(i) { None } else { slot };
        match action {
            FocusAction::Hover(i) => Self {
                hovered: Some(i),
                ..self
            },
            FocusAction::Unhover(i) => Self {
                hovered: clear(self.hovered, i),
                ..self
            },
            FocusAction::Focus(i) => Self {
                focused: Some(i),
                ..self
            },
            FocusAction::Blur(i) => Self {
                focused: clear(self.focused, i),
                ..self
            },
            FocusAction::Dismiss => Self {
                hovered: None,
                focused: None,
                ..self
            },
            FocusAction::Activate(i) => {
                let n = self.activated.map_or(0, |(_, n)| n.wrapping_add(1));
                Self {
                    activated: Some((i, n)),
                    ..self
                }
            }
        }
    }
}

impl Reducible for FigureFocus {
    type Action = FocusAction;

    fn reduce(self: Rc<Self>, action: FocusAction) -> Rc<Self> {
        Rc::new((*self).apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_wins_over_focus_and_leaving_restores_focus() {
        let s = FigureFocus::default().apply(FocusAction::Focus(2));
        assert_eq!(s.shown(), Some(2));
        let s = s.apply(FocusAction::Hover(5));
        assert_eq!(s.shown(), Some(5));
        let s = s.apply(FocusAction::Unhover(5));
        assert_eq!(s.shown(), Some(2));
    }

    #[test]
    fn stale_leave_or_blur_does_not_clear_another_figure() {
        let s = FigureFocus::default()
            .apply(FocusAction::Hover(1))
            .apply(FocusAction::Unhover(3));
        assert_eq!(s.shown(), Some(1));
        let s = FigureFocus::default()
            .apply(FocusAction::Focus(1))
            .apply(FocusAction::Blur(3));
        assert_eq!(s.shown(), Some(1));
    }

    #[test]
    fn each_activation_is_a_new_request() {
        let a = FigureFocus::default().apply(FocusAction::Activate(3));
        let b = a.apply(FocusAction::Activate(3));
        assert_eq!(a.activated.map(|x| x.0), Some(3));
        assert_ne!(a.activated, b.activated);
    }

    #[test]
    fn dismiss_hides_everything() {
        let s = FigureFocus::default()
            .apply(FocusAction::Focus(1))
            .apply(FocusAction::Hover(2));
        assert_eq!(s.apply(FocusAction::Dismiss).shown(), None);
    }
}
