//! Sonification, pure: each point becomes a short tone, its time from the x value (year) and
//! its pitch from the y value, so a series can be heard as a rising or falling melody.

/// Lowest and highest pitch, in hertz: two octaves from A3 to A5.
pub const LOW_HZ: f64 = 220.0;
pub const HIGH_HZ: f64 = 880.0;
/// How long one series takes to play, and one tone.
pub const SERIES_SECONDS: f64 = 2.4;
pub const TONE_SECONDS: f64 = 0.16;
/// The silence between two series.
pub const GAP_SECONDS: f64 = 0.5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tone {
    /// Seconds from the start of playback.
    pub start: f64,
    pub duration: f64,
    pub frequency: f64,
}

/// Pitch for a value: exponential (equal steps in value are equal musical intervals),
/// `LOW_HZ` at `lo`, `HIGH_HZ` at `hi`, clamped outside. A degenerate range gives the middle.
pub fn frequency(value: f64, lo: f64, hi: f64) -> f64 {
    let t = if hi > lo && value.is_finite() {
        ((value - lo) / (hi - lo)).clamp(0.0, 1.0)
    } else {
        0.5
    };
    LOW_HZ * (HIGH_HZ / LOW_HZ).powf(t)
}

/// Start time for an x value within the series' span of `SERIES_SECONDS`.
pub fn time(x: f64, x0: f64, x1: f64) -> f64 {
    let t = if x1 > x0 && x.is_finite() {
        ((x - x0) / (x1 - x0)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    t * (SERIES_SECONDS - TONE_SECONDS)
}

/// The tones of several series played one after another: each series spans its own x range
/// (so that short series are not squeezed), pitch uses the common y range.
pub fn tones(series: &[Vec<(f64, f64)>], y_range: (f64, f64)) -> Vec<Tone> {
    let mut out = Vec::new();
    let mut offset = 0.0;
    for points in series.iter().filter(|p| !p.is_empty()) {
        let x0 = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let x1 = points.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        for &(x, y) in points {
            out.push(Tone {
                start: offset + time(x, x0, x1),
                duration: TONE_SECONDS,
                frequency: frequency(y, y_range.0, y_range.1),
            });
        }
        offset += SERIES_SECONDS + GAP_SECONDS;
    }
    out
}

/// How long the tones take to play, in seconds.
pub fn total_seconds(tones: &[Tone]) -> f64 {
    tones
        .iter()
        .map(|t| t.start + t.duration)
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pitch_rises_with_value_two_octaves_over_the_range() {
        assert_eq!(frequency(0.0, 0.0, 6.0), 220.0);
        assert_eq!(frequency(6.0, 0.0, 6.0), 880.0);
        assert!(
            (frequency(3.0, 0.0, 6.0) - 440.0).abs() < 1e-9,
            "the middle is one octave up"
        );
        assert_eq!(frequency(-5.0, 0.0, 6.0), 220.0, "clamped below");
        assert_eq!(frequency(f64::NAN, 0.0, 6.0), 440.0);
        assert!(frequency(3.2, 0.0, 6.0) < frequency(4.1, 0.0, 6.0));
    }

    #[test]
    fn time_follows_the_year() {
        assert_eq!(time(2018.0, 2018.0, 2025.0), 0.0);
        assert!((time(2025.0, 2018.0, 2025.0) - (SERIES_SECONDS - TONE_SECONDS)).abs() < 1e-12);
        assert!(time(2023.0, 2018.0, 2025.0) < time(2024.0, 2018.0, 2025.0));
        assert_eq!(
            time(2020.0, 2020.0, 2020.0),
            0.0,
            "a one-point series starts at once"
        );
    }

    #[test]
    fn series_play_one_after_another_within_a_bounded_time() {
        let t = tones(
            &[
                vec![(2018.0, 1.6), (2024.0, 3.2)],
                vec![(2022.0, 3.4), (2024.0, 4.1)],
                vec![],
            ],
            (0.0, 6.0),
        );
        assert_eq!(t.len(), 4);
        assert_eq!(t[0].start, 0.0);
        assert!((t[2].start - (SERIES_SECONDS + GAP_SECONDS)).abs() < 1e-12);
        assert!(total_seconds(&t) <= 2.0 * SERIES_SECONDS + GAP_SECONDS);
        assert!(tones(&[], (0.0, 1.0)).is_empty());
    }
}
