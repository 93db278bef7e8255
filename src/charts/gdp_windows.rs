//! Putin's "2.5 times in ten years" against the World Bank data, for each defensible
//! ten-year window, in US dollars and in som where the series have both years. Each ratio
//! is taken within one series (one World Bank release).

use super::growth::{multiple, Currency};

/// A span of years and what the data say over it.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub from: u16,
    pub to: u16,
    /// Why this window: "from the accession year".
    pub why: &'static str,
    pub usd: Option<f64>,
    pub som: Option<f64>,
}

impl Window {
    fn new(from: u16, to: u16, why: &'static str) -> Self {
        Window {
            from,
            to,
            why,
            usd: multiple(Currency::Usd, from, to),
            som: multiple(Currency::Som, from, to),
        }
    }

    pub fn years(&self) -> u16 {
        self.to - self.from
    }
}

/// The two ten-year windows, then the longest span the som series allows from 2015, for a
/// comparison of the two currencies.
pub fn windows() -> Vec<Window> {
    let last_som = crate::content::GDP
        .iter()
        .filter(|g| g.som.is_some())
        .map(|g| g.year)
        .max()
        .unwrap_or(2015);
    vec![
        Window::new(2015, 2025, "from the accession year"),
        Window::new(2014, 2024, "from the year before accession"),
        Window::new(2015, last_som, "to the latest year with a som figure"),
    ]
}
