//! Label placement, pure: given the plot's bounds, what is already drawn (boxes and line
//! segments) and the labels wanted (each with an anchor, its texts from longest to shortest and
//! the sides it may take), returns where each label goes so that no label overlaps another
//! label, a mark or a line, and none leaves the bounds. Greedy in the order given, so the same
//! input always gives the same output; a label that fits nowhere takes a shorter text, then a
//! place further away with a leader line, and is otherwise left out (the caller says it in a
//! note instead).

/// An axis-aligned box, in pixels (y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    #[must_use]
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Rect {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }

    /// A box of `w` × `h` centred on `(x, y)`.
    #[must_use]
    pub fn around((x, y): (f64, f64), w: f64, h: f64) -> Self {
        Rect::new(x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0)
    }

    /// Whether the interiors meet (touching edges do not overlap).
    #[must_use]
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    #[must_use]
    pub fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }

    #[must_use]
    pub fn grow(&self, d: f64) -> Rect {
        Rect::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }

    /// Whether the segment `a`–`b` passes through the box (Liang–Barsky clipping).
    #[must_use]
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q <= 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
                if t0 >= t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// Something drawn that labels must keep off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Obstacle {
    Box(Rect),
    /// A line segment, kept `pad` pixels clear of.
    Segment((f64, f64), (f64, f64), f64),
}

impl Obstacle {
    fn meets(&self, r: &Rect) -> bool {
        match self {
            Obstacle::Box(b) => b.overlaps(r),
            Obstacle::Segment(a, b, pad) => r.grow(*pad).meets_segment(*a, *b),
        }
    }
}

/// Where a label may sit against its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    AboveLeft,
    BelowRight,
    BelowLeft,
}

/// A label wanted at `anchor`: its texts, preferred first, each with its size (w, h).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub anchor: (f64, f64),
    pub texts: Vec<(String, (f64, f64))>,
    pub sides: Vec<Side>,
    /// Pixels between the anchor and the label.
    pub gap: f64,
    /// Whether it may move away from its anchor, joined to it by a leader line.
    pub leader: bool,
}

/// Where a label went: which text, its box, and the leader line from its anchor, if moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub text: usize,
    pub rect: Rect,
    pub leader: Option<((f64, f64), (f64, f64))>,
}

fn at_side(side: Side, (x, y): (f64, f64), (w, h): (f64, f64), g: f64) -> Rect {
    let (left, right, up, down) = (x - g - w, x + g, y - g - h, y + g);
    let (x0, y0) = match side {
        Side::Right => (right, y - h / 2.0),
        Side::Left => (left, y - h / 2.0),
        Side::Above => (x - w / 2.0, up),
        Side::Below => (x - w / 2.0, down),
        Side::AboveRight => (x + g / 2.0, up),
        Side::AboveLeft => (x - g / 2.0 - w, up),
        Side::BelowRight => (x + g / 2.0, down),
        Side::BelowLeft => (x - g / 2.0 - w, down),
    };
    Rect::new(x0, y0, x0 + w, y0 + h)
}

/// The point of `r` nearest to `p`: where a leader line meets its label.
fn nearest(r: &Rect, p: (f64, f64)) -> (f64, f64) {
    (fit(p.0, r.x0, r.x1), fit(p.1, r.y0, r.y1))
}

/// `v` kept within `lo..=hi` (`lo` where the range is empty). Not `f64::clamp`, whose check
/// of its range formats floats: the chart module carries no float formatting.
#[must_use]
pub fn fit(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
}

/// The point `d` pixels from `a` toward `b` (`b` itself if nearer).
fn toward(a: (f64, f64), b: (f64, f64), d: f64) -> (f64, f64) {
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    if len <= d {
        return b;
    }
    let t = d / len;
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

/// Whether two segments cross (touching at an end counts).
#[must_use]
pub fn segments_cross(p: ((f64, f64), (f64, f64)), q: ((f64, f64), (f64, f64))) -> bool {
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    let (d1, d2) = (cross(q.0, q.1, p.0), cross(q.0, q.1, p.1));
    let (d3, d4) = (cross(p.0, p.1, q.0), cross(p.0, p.1, q.1));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0 && !(d1 == 0.0 && d2 == 0.0)
}

fn contains(r: &Rect, (x, y): (f64, f64)) -> bool {
    x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1
}

/// How far a moved label may go: this many steps of three quarters of its height up and
/// down, and of half its width left and right.
const LEADER_STEPS: i32 = 5;

/// Where a label may move from its anchor, nearest first (in steps); only `(0, 0)` when it
/// may not move.
fn moves((w, h): (f64, f64), leader: bool) -> Vec<(f64, f64)> {
    let n = if leader { LEADER_STEPS } else { 0 };
    // Written in order, not sorted (the chart module carries no sort code): by steps
    // in all, then steps sideways, then up before down, then left before right.
    let both = |a: i32| [-a, a].into_iter().take(if a == 0 { 1 } else { 2 });
    let mut out = Vec::new();
    for d in 0..=n + 1 {
        for ai in 0..=1.min(n) {
            let aj = d - ai;
            if !(0..=n).contains(&aj) {
                continue;
            }
            for j in both(aj) {
                for i in both(ai) {
                    out.push((f64::from(i) * w / 2.0, f64::from(j) * h * 0.75));
                }
            }
        }
    }
    out
}

/// Places `labels` in order; `None` for a label that fits nowhere. Labels keep `pad` pixels
/// clear of the obstacles and of each other.
#[must_use]
pub fn place(
    bounds: Rect,
    obstacles: &[Obstacle],
    labels: &[Candidate],
    pad: f64,
) -> Vec<Option<Placed>> {
    let mut taken: Vec<Obstacle> = obstacles.to_vec();
    let mut out = Vec::with_capacity(labels.len());
    for c in labels {
        let free = |r: &Rect, taken: &[Obstacle]| {
            let room = r.grow(pad);
            r.inside(&bounds) && !taken.iter().any(|o| o.meets(&room))
        };
        let mut found = None;
        // Every text beside its anchor first, then every text moved away.
        let tries = (0..c.texts.len()).map(|t| (t, false));
        let moved = (0..c.texts.len()).filter(|_| c.leader).map(|t| (t, true));
        'texts: for (t, away) in tries.chain(moved) {
            let size = &c.texts[t].1;
            for (dx, dy) in moves(*size, away) {
                if away && dx == 0.0 && dy == 0.0 {
                    continue;
                }
                for side in &c.sides {
                    let r = at_side(*side, (c.anchor.0 + dx, c.anchor.1 + dy), *size, c.gap);
                    if !free(&r, &taken) {
                        continue;
                    }
                    if dx == 0.0 && dy == 0.0 {
                        found = Some(Placed {
                            text: t,
                            rect: r,
                            leader: None,
                        });
                        break 'texts;
                    }
                    let line = (c.anchor, nearest(&r, c.anchor));
                    // Across no box but the anchor's own (its mark), and no line once clear
                    // of the anchor (where its own line meets it).
                    let clear = toward(line.0, line.1, c.gap);
                    let crosses = taken.iter().any(|o| match o {
                        Obstacle::Box(b) => {
                            !contains(b, c.anchor) && b.meets_segment(line.0, line.1)
                        }
                        Obstacle::Segment(a, b, _) => segments_cross((clear, line.1), (*a, *b)),
                    });
                    if !crosses {
                        found = Some(Placed {
                            text: t,
                            rect: r,
                            leader: Some(line),
                        });
                        break 'texts;
                    }
                }
            }
        }
        if let Some(p) = &found {
            taken.push(Obstacle::Box(p.rect));
        }
        out.push(found);
    }
    out
}

/// The width of `text` in em in a sans-serif face: per-character advances rounded up from
/// DejaVu Sans's (regular; bold is at most 1.14 times as wide), the widest of DejaVu,
/// Liberation Sans, Arial and Helvetica, so the estimate errs on the side of room. The one
/// estimate of text width: chart labels (`text_size`) and framed charts (`frame::Estimate`).
#[must_use]
pub fn text_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '|' | '/' | '·' => 0.35,
            ' ' | '.' | ',' | ':' | ';' | '\'' | '’' | '‘' => 0.36,
            'f' | 'r' | 't' | '(' | ')' | '-' | '[' | ']' | '!' => 0.43,
            'm' | 'w' | 'M' | 'W' | '%' | '—' | '…' => 1.0,
            '×' | '→' | '↑' | '↓' | '÷' | '≈' => 0.84,
            'A'..='Z' | '&' | '–' => 0.80,
            _ => 0.66,
        })
        .sum()
}

/// The width and height of `text` at `size` px (`text_em`, `LINE_EM`).
#[must_use]
pub fn text_size(text: &str, size: f64) -> (f64, f64) {
    (text_em(text) * size, LINE_EM * size)
}

/// A text line's box height in em: the face's ascent and descent with a little room.
pub const LINE_EM: f64 = 1.28;
/// Where the text's middle sits in its box, in em from the top (drawn centred there).
pub const MIDDLE_EM: f64 = 0.66;
