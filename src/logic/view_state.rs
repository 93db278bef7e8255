//! The state of every view, read from and written to the URL query, so a link reopens the
//! same view. Parsing never fails: unknown keys are ignored, bad values fall back to the
//! defaults, and each fallback is reported in plain words.

use super::encoding::{ignored_message, query_pairs};

/// A chart panel shows the chart or its data table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Chart,
    Table,
}

keyed! {
    /// The three chart panels; the key is the URL key and DOM id part ("trade").
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Panel {
        Trade => "trade",
        Investment => "investment",
        Growth => "growth",
    }
}

/// Percent, in tenths (120 = 12%): exact, comparable, and round-trips through the URL.
pub type Tenths = i32;

/// The trade slider; its default is the 2024 growth Kyrgyz officials reported (build.rs reads it).
pub const TRADE_RATE: RateRange = RateRange {
    min: -100,
    max: 300,
    step: 1,
    default: crate::content::TRADE_DEFAULT_TENTHS,
};
pub const GROWTH_RATE: RateRange = RateRange {
    min: -100,
    max: 300,
    step: 1,
    default: 96,
};

/// Whose latest annual figure the trade "what would it take" projection starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Baseline {
    /// The latest annual figure of Kyrgyz officials.
    #[default]
    Kyrgyz,
    /// The latest annual figure of Russian officials.
    Russian,
}

/// The year the GDP multiple counts from: the accession year or the year before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GdpBase {
    /// 2015, when the accession treaty came into force (ten years: 2015 → 2025).
    #[default]
    Accession,
    /// 2014, the last year before accession (ten years: 2014 → 2024).
    YearBefore,
}

impl GdpBase {
    pub const ALL: [GdpBase; 2] = [GdpBase::Accession, GdpBase::YearBefore];

    pub fn year(self) -> u16 {
        match self {
            GdpBase::Accession => 2015,
            GdpBase::YearBefore => 2014,
        }
    }
}

/// The allowed values of a rate slider, in tenths of a percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateRange {
    pub min: Tenths,
    pub max: Tenths,
    pub step: Tenths,
    pub default: Tenths,
}

impl RateRange {
    /// Reads "12", "12.5", "-3" (percent); `None` if it is not a number in range on a step.
    pub fn parse(&self, text: &str) -> Option<Tenths> {
        let text = text.trim();
        if text.is_empty() || text.len() > 8 {
            return None;
        }
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let negative = int.starts_with('-');
        let digits = int.strip_prefix('-').unwrap_or(int);
        if digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > 1
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let whole: Tenths = digits.parse().ok()?;
        let tenth: Tenths = if frac.is_empty() {
            0
        } else {
            frac.parse().ok()?
        };
        let value = (whole * 10 + tenth) * if negative { -1 } else { 1 };
        (value >= self.min && value <= self.max && (value - self.min) % self.step == 0)
            .then_some(value)
    }

    /// Keeps a value inside the range and on a step.
    pub fn clamp(&self, value: Tenths) -> Tenths {
        let v = value.clamp(self.min, self.max);
        self.min + (v - self.min) / self.step * self.step
    }
}

/// Reads a typed percentage to the nearest tenth: "12" → 120, "7.25" → 73, "-3" → −30,
/// "1e9" or "" → `None`. Integer arithmetic only; at most 6 digits before the point.
pub fn parse_tenths(text: &str) -> Option<Tenths> {
    let text = text.trim();
    let (negative, rest) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.len() > 6 || (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    let whole: Tenths = if int.is_empty() { 0 } else { int.parse().ok()? };
    let mut frac = frac.bytes().map(|b| Tenths::from(b - b'0'));
    let tenth = frac.next().unwrap_or(0);
    let round_up = frac.next().is_some_and(|h| h >= 5);
    let v = whole * 10 + tenth + Tenths::from(round_up);
    Some(if negative { -v } else { v })
}

/// "12", "12.5", "-3".
pub fn tenths_text(v: Tenths) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.abs();
    if a % 10 == 0 {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

pub fn rate(v: Tenths) -> f64 {
    f64::from(v) / 1000.0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewState {
    pub trade: Mode,
    pub investment: Mode,
    pub growth: Mode,
    pub baseline: Baseline,
    pub trade_rate: Tenths,
    pub growth_rate: Tenths,
    pub gdp_base: GdpBase,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            trade: Mode::Chart,
            investment: Mode::Chart,
            growth: Mode::Chart,
            baseline: Baseline::Kyrgyz,
            trade_rate: TRADE_RATE.default,
            growth_rate: GROWTH_RATE.default,
            gdp_base: GdpBase::Accession,
        }
    }
}

impl ViewState {
    pub fn mode(&self, panel: Panel) -> Mode {
        match panel {
            Panel::Trade => self.trade,
            Panel::Investment => self.investment,
            Panel::Growth => self.growth,
        }
    }

    /// Only what one panel shows (its mode and controls), the rest at the defaults: a panel
    /// given this re-renders only when its own part changes.
    pub fn for_panel(&self, panel: Panel) -> ViewState {
        let d = ViewState::default();
        match panel {
            Panel::Trade => ViewState {
                trade: self.trade,
                baseline: self.baseline,
                trade_rate: self.trade_rate,
                ..d
            },
            Panel::Investment => ViewState {
                investment: self.investment,
                ..d
            },
            Panel::Growth => ViewState {
                growth: self.growth,
                growth_rate: self.growth_rate,
                gdp_base: self.gdp_base,
                ..d
            },
        }
    }

    pub fn with_mode(mut self, panel: Panel, mode: Mode) -> Self {
        match panel {
            Panel::Trade => self.trade = mode,
            Panel::Investment => self.investment = mode,
            Panel::Growth => self.growth = mode,
        }
        self
    }
}

/// Reads the view state from a URL query (with or without the leading `?`). Returns the
/// state and one message per value that was ignored.
pub fn parse(query: &str) -> (ViewState, Vec<String>) {
    let mut state = ViewState::default();
    let mut ignored = Vec::new();
    // Bound the work on hostile input: at most 32 pairs are read.
    for (key, value) in query_pairs(query, 32) {
        let mode = |v: &str| match v {
            "chart" => Some(Mode::Chart),
            "table" => Some(Mode::Table),
            _ => None,
        };
        let ok = match key.as_str() {
            "trade" => mode(&value).map(|m| state.trade = m).is_some(),
            "investment" => mode(&value).map(|m| state.investment = m).is_some(),
            "growth" => mode(&value).map(|m| state.growth = m).is_some(),
            "base" => match value.as_str() {
                "kg" => {
                    state.baseline = Baseline::Kyrgyz;
                    true
                }
                "ru" => {
                    state.baseline = Baseline::Russian;
                    true
                }
                _ => false,
            },
            "rate" => TRADE_RATE
                .parse(&value)
                .map(|v| state.trade_rate = v)
                .is_some(),
            "gdp-base" => match value.as_str() {
                "2015" => {
                    state.gdp_base = GdpBase::Accession;
                    true
                }
                "2014" => {
                    state.gdp_base = GdpBase::YearBefore;
                    true
                }
                _ => false,
            },
            "gdp-rate" => GROWTH_RATE
                .parse(&value)
                .map(|v| state.growth_rate = v)
                .is_some(),
            // Keys of other views (embeds, the explorer) are theirs to read.
            _ => true,
        };
        if !ok {
            ignored.push(ignored_message(&key, &value));
        }
    }
    (state, ignored)
}

/// Writes the state as a URL query: only what differs from the defaults, `""` when nothing does.
pub fn format(state: &ViewState) -> String {
    let d = ViewState::default();
    let mut parts = Vec::new();
    for panel in Panel::ALL {
        if state.mode(panel) != d.mode(panel) {
            parts.push(format!("{}=table", panel.key()));
        }
    }
    if state.baseline != d.baseline {
        parts.push("base=ru".to_string());
    }
    if state.trade_rate != d.trade_rate {
        parts.push(format!("rate={}", tenths_text(state.trade_rate)));
    }
    if state.growth_rate != d.growth_rate {
        parts.push(format!("gdp-rate={}", tenths_text(state.growth_rate)));
    }
    if state.gdp_base != d.gdp_base {
        parts.push(format!("gdp-base={}", state.gdp_base.year()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
