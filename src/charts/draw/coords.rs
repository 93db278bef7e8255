//! From data to backend pixels: the plotting area inside a surface's margins and its axes'
//! label room, and the linear mapping of both axes onto it (y upwards). The arithmetic is
//! plotters' chart builder's and `Cartesian2d`'s, so that every point lands on the same pixel
//! as it did when plotters placed it.

use plotters_backend::BackendCoord;

/// The space around the plotting area, in backend pixels.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Room {
    pub(super) top: i32,
    pub(super) right: i32,
    pub(super) bottom: i32,
    pub(super) left: i32,
    /// For the x axis's labels, below the plotting area (inside the margin).
    pub(super) below: i32,
    /// For the y axis's labels, left of the plotting area (inside the margin).
    pub(super) beside: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Coords {
    x: (f64, f64),
    y: (f64, f64),
    /// The first and last pixel column of the plotting area.
    px: (i32, i32),
    /// Its last and first pixel row: y grows upwards.
    py: (i32, i32),
    /// The plotting area, left, top, right, bottom: what is drawn in data coordinates is kept
    /// inside it, as plotters kept it.
    area: (i32, i32, i32, i32),
}

/// The middle two of four values, in order (a sorting network: no sort code).
fn middle(mut v: [i32; 4]) -> (i32, i32) {
    for (i, j) in [(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)] {
        if v[i] > v[j] {
            v.swap(i, j);
        }
    }
    (v[1], v[2])
}

/// `v` of the range `(lo, hi)` on the pixels `limit`, rounded as plotters rounds.
#[allow(clippy::cast_possible_truncation, clippy::float_cmp)] // saturating; as plotters
fn map(v: f64, (lo, hi): (f64, f64), limit: (i32, i32)) -> i32 {
    if hi == lo {
        return (limit.1 - limit.0) / 2;
    }
    let logic = (v - lo) / (hi - lo);
    let actual = limit.1 - limit.0;
    if actual == 0 {
        return limit.1;
    }
    if logic.is_infinite() {
        return if logic.is_sign_positive() {
            limit.1
        } else {
            limit.0
        };
    }
    if actual > 0 {
        limit.0 + (f64::from(actual) * logic + 1e-3).floor() as i32
    } else {
        limit.0 + (f64::from(actual) * logic - 1e-3).ceil() as i32
    }
}

impl Coords {
    /// The data ranges `x` and `y` on a surface of `size` with `room` around the plot.
    pub(super) fn new(size: (u32, u32), room: Room, x: (f64, f64), y: (f64, f64)) -> Self {
        let whole = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        let (top, right, bottom, left) = (
            room.top.max(0),
            room.right.max(0),
            room.bottom.max(0),
            room.left.max(0),
        );
        let (x0, y0, x1, y1) = (left, top, whole(size.0) - right, whole(size.1) - bottom);
        let (px0, px1) = middle([x0, x1, x0 + room.beside.max(0), x1]);
        let (py0, py1) = middle([y0, y1, y0, y1 - room.below.max(0)]);
        Coords {
            x,
            y,
            px: (px0, px1 - 1),
            py: (py1 - 1, py0),
            area: (px0, py0, px1, py1),
        }
    }

    /// Where the data point `(x, y)` lands.
    pub(super) fn at(&self, x: f64, y: f64) -> BackendCoord {
        (map(x, self.x, self.px), map(y, self.y, self.py))
    }

    /// Where the data point `(x, y)` is drawn: where it lands, kept inside the plotting area.
    pub(super) fn on_plot(&self, x: f64, y: f64) -> BackendCoord {
        let (px, py) = self.at(x, y);
        let (x0, y0, x1, y1) = self.area;
        (px.min(x1).max(x0), py.min(y1).max(y0))
    }

    pub(super) fn x_range(&self) -> (f64, f64) {
        self.x
    }

    pub(super) fn y_range(&self) -> (f64, f64) {
        self.y
    }
}
