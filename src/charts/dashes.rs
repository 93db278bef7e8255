//! A dashed line as the runs of points to draw: `on` pixels drawn, `off` left, in turn along
//! the whole path (so a dash may turn a corner). Plotters' `DashedPathElement`'s arithmetic,
//! in `f32` as there, so that the drawings are the same as before it was dropped.

use plotters_backend::BackendCoord;

#[allow(clippy::cast_possible_truncation)] // dash points are far inside i32
fn to_i((x, y): (f32, f32)) -> BackendCoord {
    (x.round() as i32, y.round() as i32)
}

#[allow(clippy::cast_precision_loss)] // backend pixels are far inside f32's exact integers
fn to_f((x, y): BackendCoord) -> (f32, f32) {
    (x as f32, y as f32)
}

#[must_use]
#[allow(clippy::cast_precision_loss, clippy::float_cmp)] // as plotters: small sizes, exact ends
pub fn dashes(points: &[BackendCoord], on: i32, off: i32) -> Vec<Vec<BackendCoord>> {
    let mut runs = Vec::new();
    let Some((&first, rest)) = points.split_first() else {
        return runs;
    };
    let (on, off) = (on.max(0) as f32, off.max(0) as f32);
    if on == 0.0 {
        return runs;
    }
    let mut start = to_f(first);
    let (mut dist, mut solid) = (0.0, true);
    let mut run = vec![to_i(start)];
    for &next in rest {
        let end = to_f(next);
        while start != end {
            let (dx, dy) = (end.0 - start.0, end.1 - start.1);
            let d = dx.hypot(dy);
            let size = if solid { on } else { off };
            let left = size - dist;
            if left < d {
                let t = left / d;
                start = (start.0 + dx * t, start.1 + dy * t);
                dist += left;
            } else {
                start = end;
                dist += d;
            }
            if solid {
                run.push(to_i(start));
            }
            if size <= dist {
                if solid {
                    runs.push(std::mem::take(&mut run));
                } else {
                    run.push(to_i(start));
                }
                dist = 0.0;
                solid = !solid;
            }
        }
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}
