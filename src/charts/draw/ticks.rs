//! "Nice" tick values for the axes.

use super::count_f64;

/// "Nice" tick values (steps of 1, 2 or 5 × 10ⁿ) inside `[min, max]`, about `count` of them.
#[must_use]
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if max <= min || count == 0 || !min.is_finite() || !max.is_finite() {
        return Vec::new();
    }
    let raw = (max - min) / count_f64(count);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    // Whole multiples of the step, counted in floats (no cast to wrap); about `count + 1`
    // of them, and never more than `count + 2`, even where adding 1 no longer changes a float.
    let (first, last) = ((min / step).ceil(), (max / step).floor());
    std::iter::successors(Some(first), |k| Some(k + 1.0))
        .take_while(|k| *k <= last)
        .take(count.saturating_add(2))
        .map(|k| (k * step * 1e9).round() / 1e9)
        .collect()
}
