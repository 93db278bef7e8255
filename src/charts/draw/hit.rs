//! Where each point landed, in backend pixels, and which point is under the pointer.

use crate::charts::data::PointRef;
use crate::charts::layout::Rect;

/// Where a point landed, in backend pixels: a box to hit and an anchor for the tooltip.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub at: PointRef,
    pub anchor: (i32, i32),
    pub rect: ((i32, i32), (i32, i32)),
}

/// The hit-test map of a drawn chart, and where its texts and marks landed (backend pixels).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitMap {
    pub hits: Vec<Hit>,
    /// Every text drawn: tick labels, titles, direct labels, annotations.
    pub texts: Vec<Rect>,
    /// Every mark drawn (points, claim markers, lower-bound arrows, bars).
    pub marks: Vec<Rect>,
    /// The plotting area.
    pub plot: Option<Rect>,
}

impl HitMap {
    /// The point under (x, y) in backend pixels, else the nearest within `reach` pixels.
    #[must_use]
    pub fn at(&self, x: i32, y: i32, reach: i32) -> Option<PointRef> {
        let inside = |h: &&Hit| {
            let ((x0, y0), (x1, y1)) = h.rect;
            x >= x0 && x <= x1 && y >= y0 && y <= y1
        };
        if let Some(h) = self.hits.iter().find(inside) {
            return Some(h.at);
        }
        // In i64, saturating: any two i32 differ by less than 2^32, but squares of such
        // differences may not fit; a saturated distance is beyond any reach anyway.
        let d2 = |h: &Hit| {
            let dx = i64::from(h.anchor.0) - i64::from(x);
            let dy = i64::from(h.anchor.1) - i64::from(y);
            dx.saturating_mul(dx).saturating_add(dy.saturating_mul(dy))
        };
        self.hits
            .iter()
            .filter(|h| d2(h) <= i64::from(reach) * i64::from(reach))
            .min_by_key(|h| d2(h))
            .map(|h| h.at)
    }

    /// The texts, marks and plotting area in CSS pixels (backend pixels ÷ `scale`), rounded
    /// outwards to whole pixels, as compact JSON: `{"plot":[x0,y0,x1,y1],"texts":[[…]],"marks":[[…]]}`.
    #[must_use]
    pub fn boxes_json(&self, scale: f64) -> String {
        // Whole pixels as integers: no float formatting in the bundle.
        #[allow(clippy::cast_possible_truncation)] // saturating; boxes are far inside i64
        let int = |v: f64| v as i64;
        let one = |r: &Rect| {
            format!(
                "[{},{},{},{}]",
                int((r.x0 / scale).floor()),
                int((r.y0 / scale).floor()),
                int((r.x1 / scale).ceil()),
                int((r.y1 / scale).ceil())
            )
        };
        let all = |v: &[Rect]| v.iter().map(one).collect::<Vec<_>>().join(",");
        format!(
            r#"{{"plot":{},"texts":[{}],"marks":[{}]}}"#,
            self.plot.as_ref().map_or("null".into(), one),
            all(&self.texts),
            all(&self.marks)
        )
    }

    #[must_use]
    pub fn anchor(&self, at: PointRef) -> Option<(i32, i32)> {
        self.hits.iter().find(|h| h.at == at).map(|h| h.anchor)
    }
}
