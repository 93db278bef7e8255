//! What a chart shows, independent of how it is drawn: series of points with everything a
//! tooltip, a table, a download or a screen reader needs.

use crate::content::{Bound, Text};

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// Points joined by a line, in x order.
    Line,
    /// Points without a line (partial-year figures, claims).
    Points,
    /// Horizontal bars, one per point; `y` is the category slot.
    Bars,
    /// A horizontal reference line at the point's value (a target).
    Reference,
}

/// The marker shape: series differ by shape and dash as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Circle,
    Triangle,
    Diamond,
    HollowCircle,
    Square,
    None,
}

/// Colour roles; each theme gives them colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Kyrgyz,
    Russian,
    Unstated,
    Partial,
    Target,
    Projection,
    Claim,
    Som,
    Fund,
    Energy,
}

/// The label drawn beside a mark: in full, and shorter for a chart narrower than 480 CSS px,
/// where the full label would cover the lines and marks to its left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tag {
    pub full: &'static str,
    pub narrow: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataPoint {
    /// Stable id, used in the URL and the DOM ("trade-kg-2024").
    pub key: String,
    pub x: f64,
    pub y: f64,
    /// When: "2024", "Jan–Nov 2025", "H1 2025".
    pub period: String,
    /// The value in words as reported: "more than $3.1 billion".
    pub value_text: String,
    pub bound: Bound,
    /// Who reported it, and where.
    pub source: Text,
    pub url: Text,
    /// Alternatives and caveats shown in the tooltip and the table.
    pub note: Option<String>,
    /// A short label drawn beside the mark.
    pub tag: Option<Tag>,
    /// The article figures this point illustrates, by figure id.
    pub figures: &'static [&'static str],
}

impl DataPoint {
    /// A point computed here (a projection or a steady-growth path), not reported.
    pub fn computed(key: String, x: f64, y: f64, value_text: String) -> Self {
        DataPoint {
            key,
            x,
            y,
            period: crate::logic::format::fixed(x, 0),
            value_text,
            bound: Bound::About,
            source: "computed here".into(),
            url: "".into(),
            note: None,
            tag: None,
            figures: &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: &'static str,
    pub label: String,
    pub kind: SeriesKind,
    pub mark: Mark,
    pub role: Role,
    pub dashed: bool,
    /// Computed here (a projection), not reported: drawn, but not in tables, downloads or
    /// keyboard navigation.
    pub derived: bool,
    /// Shared, so that a chart rebuilt for a new projection reuses its reported series.
    pub points: std::rc::Rc<[DataPoint]>,
    /// The label drawn beside the series (at the end of its line, or by its marks), longest
    /// first: a shorter one is taken where the longer does not fit. Empty: `label`.
    pub direct: Vec<String>,
    /// A computed line named at its end (where it leaves the plot), not along it.
    pub named_at_end: bool,
}

impl Series {
    /// A series as reported: solid, in tables, downloads and keyboard navigation.
    pub fn new(
        id: &'static str,
        label: impl Into<String>,
        kind: SeriesKind,
        mark: Mark,
        role: Role,
        points: Vec<DataPoint>,
    ) -> Self {
        Series {
            id,
            label: label.into(),
            kind,
            mark,
            role,
            dashed: false,
            derived: false,
            points: points.into(),
            direct: Vec::new(),
            named_at_end: false,
        }
    }

    /// A computed line named at its end (see `named_at_end`).
    pub fn named_at_end(self) -> Self {
        Series {
            named_at_end: true,
            ..self
        }
    }

    /// The direct label's texts, longest first.
    pub fn labelled(self, texts: Vec<String>) -> Self {
        Series {
            direct: texts,
            ..self
        }
    }

    /// The texts of the direct label: `direct`, else the series' label.
    pub fn direct_texts(&self) -> Vec<String> {
        if self.direct.is_empty() {
            vec![self.label.clone()]
        } else {
            self.direct.clone()
        }
    }

    /// Drawn with a dashed line.
    pub fn with_dashes(self) -> Self {
        Series {
            dashed: true,
            ..self
        }
    }

    /// The runs of points a line joins: a new run starts wherever the next point is more
    /// than one year after the last, so that no line crosses a year without a figure.
    pub fn runs(&self) -> Vec<&[DataPoint]> {
        let mut runs = Vec::new();
        let mut start = 0;
        for i in 1..=self.points.len() {
            if i == self.points.len() || self.points[i].x - self.points[i - 1].x > 1.0 + 1e-9 {
                runs.push(&self.points[start..i]);
                start = i;
            }
        }
        runs
    }

    /// The first and last year of each gap a line series has: (2019, 2022) when 2018 is
    /// followed by 2023. Empty for other kinds and for computed series.
    pub fn gaps(&self) -> Vec<(u16, u16)> {
        if self.kind != SeriesKind::Line || self.derived {
            return Vec::new();
        }
        self.runs()
            .windows(2)
            .filter_map(|pair| {
                let (before, after) = (pair[0].last()?, pair[1].first()?);
                Some((before.x as u16 + 1, after.x as u16 - 1))
            })
            .collect()
    }

    /// Computed here, not reported (see `derived`).
    pub fn computed(self) -> Self {
        Series {
            derived: true,
            ..self
        }
    }
}

/// Axes and frame of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub x_label: &'static str,
    pub y_label: &'static str,
    /// A vertical marker: (x, its label's texts, longest first), e.g. the EAEU accession.
    pub marker: Option<(f64, &'static [&'static str])>,
}

/// An annotation drawn on the chart: a text at a point, or beside a bracket from `y` to
/// `to_y` at `x` (a disagreement between two figures); its texts longest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub x: f64,
    pub y: f64,
    pub to_y: Option<f64>,
    pub texts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// "trade", "investment", "growth".
    pub id: &'static str,
    pub title: &'static str,
    pub frame: Frame,
    pub series: Vec<Series>,
    /// Unit of the values, for tables and downloads ("US$ billion").
    pub unit: &'static str,
    /// Decimals of the values in the reader's table, for computed values (multiples); `None`
    /// shows each value with the digits its source gives.
    pub decimals: Option<u32>,
    /// Annotations computed from the data (where a projection passes a target, where the two
    /// sides disagree).
    pub notes: Vec<Note>,
}

impl ChartData {
    /// A point's value as the reader's table shows it.
    pub fn value_text(&self, value: f64) -> String {
        match self.decimals {
            Some(d) => crate::logic::format::fixed(value, d),
            None => crate::logic::format::group_thousands(value),
        }
    }
}

impl ChartData {
    /// Every reported point with its series index, in series then point order.
    pub fn points(&self) -> impl Iterator<Item = (usize, usize, &DataPoint)> {
        self.series
            .iter()
            .enumerate()
            .filter(|(_, series)| !series.derived)
            .flat_map(|(s, series)| {
                series
                    .points
                    .iter()
                    .enumerate()
                    .map(move |(p, point)| (s, p, point))
            })
    }

    pub fn point(&self, at: PointRef) -> Option<&DataPoint> {
        self.series.get(at.series)?.points.get(at.point)
    }

    pub fn find_key(&self, key: &str) -> Option<PointRef> {
        self.points()
            .find(|(_, _, p)| p.key == key)
            .map(|(series, point, _)| PointRef { series, point })
    }

    /// The point that illustrates an article figure, if this chart has one.
    pub fn find_figure(&self, figure: &str) -> Option<PointRef> {
        self.points()
            .find(|(_, _, p)| p.figures.contains(&figure))
            .map(|(series, point, _)| PointRef { series, point })
    }

    /// The first point, where keyboard navigation starts.
    pub fn first(&self) -> Option<PointRef> {
        self.points()
            .next()
            .map(|(series, point, _)| PointRef { series, point })
    }

    /// ← / →: the previous or next point of the same series, staying at the ends.
    pub fn step(&self, at: PointRef, forward: bool) -> PointRef {
        let len = self.series.get(at.series).map_or(0, |s| s.points.len());
        let point = if forward {
            (at.point + 1).min(len.saturating_sub(1))
        } else {
            at.point.saturating_sub(1)
        };
        PointRef { point, ..at }
    }

    /// ↑ / ↓: the nearest point by x in the previous or next series that has points.
    pub fn switch_series(&self, at: PointRef, down: bool) -> PointRef {
        let x = self.point(at).map_or(0.0, |p| p.x);
        let candidates: Vec<usize> = if down {
            (at.series + 1..self.series.len()).collect()
        } else {
            (0..at.series).rev().collect()
        };
        for s in candidates {
            let series = &self.series[s];
            if series.derived {
                continue;
            }
            if let Some((i, _)) = series
                .points
                .iter()
                .enumerate()
                .min_by(|(_, a), (_, b)| (a.x - x).abs().total_cmp(&(b.x - x).abs()))
            {
                return PointRef {
                    series: s,
                    point: i,
                };
            }
        }
        at
    }
}

/// A point by series and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointRef {
    pub series: usize,
    pub point: usize,
}

/// What the tooltip and the live region say about a point:
/// "2024, Kyrgyz statistics: $3.2 billion. Source: …".
pub fn announce(chart: &ChartData, at: PointRef) -> Option<String> {
    let series = chart.series.get(at.series)?;
    let p = series.points.get(at.point)?;
    let mut text = format!("{}, {}: {}.", p.period, series.label, p.value_text);
    if let Some(note) = &p.note {
        text.push(' ');
        text.push_str(note);
    }
    text.push_str(&format!(" Source: {}.", p.source));
    Some(text)
}
