//! Growth arithmetic with its formulas: compound annual rates, multiples, years to a target.

/// Compound annual growth rate that turns `start` into `end` over `years`:
/// `(end ÷ start)^(1 ÷ years) − 1`. `None` when the inputs make no sense.
pub fn cagr(start: f64, end: f64, years: f64) -> Option<f64> {
    (start > 0.0 && end > 0.0 && years > 0.0).then(|| (end / start).powf(1.0 / years) - 1.0)
}

/// The rate implied by "grew `multiple` times in `years` years": `multiple^(1 ÷ years) − 1`.
pub fn rate_for_multiple(multiple: f64, years: f64) -> Option<f64> {
    cagr(1.0, multiple, years)
}

/// `value × (1 + rate)^years`.
pub fn compound(value: f64, rate: f64, years: f64) -> f64 {
    value * (1.0 + rate).powf(years)
}

/// Why a target is never reached.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NeverReached {
    /// 0 %: the value stays where it is.
    NoGrowth,
    /// Below 0 %: the value shrinks away from the target.
    Shrinking,
    /// −100 % or less, or a non-positive start: no meaningful path.
    Invalid,
}

/// When a value growing at `rate` a year from `start` first reaches `target`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TargetOutcome {
    /// Already at or above the target at the start.
    AlreadyThere,
    /// Reached after `years` (fractional, `ln(target ÷ start) ÷ ln(1 + rate)`), i.e. in the
    /// `whole_years`-th year after the start.
    Reached {
        years: f64,
        whole_years: u32,
    },
    Never(NeverReached),
}

pub fn years_to_target(start: f64, target: f64, rate: f64) -> TargetOutcome {
    if !(start > 0.0 && target > 0.0 && rate > -1.0 && rate.is_finite()) {
        return TargetOutcome::Never(NeverReached::Invalid);
    }
    if start >= target {
        return TargetOutcome::AlreadyThere;
    }
    if rate == 0.0 {
        return TargetOutcome::Never(NeverReached::NoGrowth);
    }
    if rate < 0.0 {
        return TargetOutcome::Never(NeverReached::Shrinking);
    }
    let years = (target / start).ln() / (1.0 + rate).ln();
    // Guard against floating error just above a whole number (e.g. 4.000000000001).
    let whole = (years - 1e-9).ceil().max(1.0);
    TargetOutcome::Reached {
        years,
        whole_years: whole as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn cagr_by_hand() {
        // 100 → 121 in two years is 10 % a year.
        assert!(close(cagr(100.0, 121.0, 2.0).unwrap(), 0.10));
        // 2.5 times in ten years: 2.5^(0.1) − 1 = 0.095958...
        assert!(close(
            rate_for_multiple(2.5, 10.0).unwrap(),
            2.5f64.powf(0.1) - 1.0
        ));
        assert!((rate_for_multiple(2.5, 10.0).unwrap() - 0.0959582).abs() < 1e-6);
        assert_eq!(cagr(0.0, 1.0, 1.0), None);
        assert_eq!(cagr(1.0, 2.0, 0.0), None);
    }

    #[test]
    fn twelve_percent_from_3_2_reaches_5_in_the_fourth_year() {
        // 3.2 × 1.12^3 = 4.4958 < 5 ≤ 3.2 × 1.12^4 = 5.0353
        match years_to_target(3.2, 5.0, 0.12) {
            TargetOutcome::Reached { years, whole_years } => {
                // ln(5 ÷ 3.2) ÷ ln(1.12) = 0.446287 ÷ 0.113329 = 3.93799
                assert!((years - 3.93799).abs() < 1e-4, "{years}");
                assert_eq!(whole_years, 4);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn exact_hits_do_not_round_up_a_year() {
        // 4 × 1.25 = 5 exactly: one year.
        assert_eq!(
            years_to_target(4.0, 5.0, 0.25),
            TargetOutcome::Reached {
                years: 1.0,
                whole_years: 1
            }
        );
    }

    #[test]
    fn zero_and_negative_growth_never_reach() {
        assert_eq!(
            years_to_target(3.2, 5.0, 0.0),
            TargetOutcome::Never(NeverReached::NoGrowth)
        );
        assert_eq!(
            years_to_target(3.2, 5.0, -0.05),
            TargetOutcome::Never(NeverReached::Shrinking)
        );
        assert_eq!(
            years_to_target(3.2, 5.0, -1.0),
            TargetOutcome::Never(NeverReached::Invalid)
        );
        assert_eq!(
            years_to_target(3.2, 5.0, f64::NAN),
            TargetOutcome::Never(NeverReached::Invalid)
        );
        assert_eq!(
            years_to_target(5.2, 5.0, -0.05),
            TargetOutcome::AlreadyThere
        );
    }

    #[test]
    fn compounding() {
        assert!(close(compound(3.2, 0.12, 4.0), 3.2 * 1.12f64.powi(4)));
        assert!(close(compound(1.0, 0.0, 10.0), 1.0));
    }
}
