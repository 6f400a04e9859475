//! Property tests for `Money::allocate`: shares add up exactly to the total, follow the
//! weights by the documented largest-remainder rule, and negative weights are refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::Money;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::config;
use support::orders::*;

/// Largest remainder, as documented: leftovers to the largest remainder, then the larger
/// weight, then the earlier position.
fn reference_allocate(total: i64, weights: &[i128]) -> Option<Vec<i64>> {
    let sum: i128 = weights.iter().sum();
    if total == 0 {
        return Some(vec![0; weights.len()]);
    }
    if sum == 0 {
        return None;
    }
    let magnitude = i128::from(total).abs();
    let sign = total.signum();
    let mut shares: Vec<i128> = weights.iter().map(|w| magnitude * w / sum).collect();
    let leftover = magnitude - shares.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(magnitude * weights[i] % sum),
            std::cmp::Reverse(weights[i]),
            i,
        )
    });
    for &i in order.iter().take(usize::try_from(leftover).ok()?) {
        shares[i] += 1;
    }
    Some(
        shares
            .into_iter()
            .map(|s| i64::try_from(s).unwrap() * sign)
            .collect(),
    )
}

fn weight() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        3 => Just(Decimal::ZERO),
        2 => (0i64..=10).prop_map(Decimal::from),
        4 => (0i64..=1_000_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
        1 => (0i64..=1_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn allocation_total() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => -1_000i64..=1_000,
        3 => -100_000_000i64..=100_000_000,
        2 => -MAX_MINOR..=MAX_MINOR,
        1 => prop_oneof![Just(MAX_MINOR), Just(-MAX_MINOR), Just(0i64), Just(1), Just(-1)],
    ]
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn allocation_is_exact_and_proportional(
        code in prop::sample::select(CODES.to_vec()),
        total in allocation_total(),
        weights in vec(weight(), 0..=12),
    ) {
        let cur = currency(code);
        let money = Money::from_minor(total, cur);
        let result = money.allocate(&weights);
        // The weights as integers over one common scale.
        let scale = weights.iter().map(|w| w.scale()).max().unwrap_or(0);
        let ints: Vec<i128> = weights
            .iter()
            .map(|w| w.mantissa() * 10i128.pow(scale - w.scale()))
            .collect();
        let sum: i128 = ints.iter().sum();
        let Some(expected) = reference_allocate(total, &ints) else {
            // A non-zero total can't be split over zero weights.
            prop_assert!(sum == 0 && total != 0);
            prop_assert!(
                matches!(result, Err(returnkit::Error::InvalidAllocation { .. })),
                "{:?}", result
            );
            return Ok(());
        };
        let shares = result.map_err(|e| fail(format!("allocate failed: {e}")))?;
        prop_assert_eq!(shares.len(), weights.len());
        let got: Vec<i64> = shares.iter().map(|s| s.to_minor().unwrap()).collect();
        for s in &shares {
            prop_assert_eq!(s.currency(), cur);
            prop_assert_eq!(s.amount().scale(), cur.minor_digits());
        }
        // Exactly the total.
        prop_assert_eq!(got.iter().sum::<i64>(), total);
        prop_assert_eq!(
            shares.iter().map(|s| s.amount()).sum::<Decimal>(),
            money.amount()
        );
        let unit = Decimal::new(1, cur.minor_digits());
        let wsum: Decimal = weights.iter().sum();
        for (i, (&share, &w)) in got.iter().zip(&ints).enumerate() {
            // Zero weights get zero.
            if w == 0 {
                prop_assert_eq!(share, 0, "zero weight {} got {}", i, share);
            }
            // Strictly within one minor unit of the exact proportion (integer arithmetic)...
            if sum > 0 {
                let diff = i128::from(share) * sum - i128::from(total) * w;
                prop_assert!(diff.abs() < sum, "share {} of {} is off by a unit or more", i, share);
                // ...and the same in Decimal: |share − total·w/W| ≤ one minor unit.
                let exact = money.amount() * (weights[i] / wsum);
                prop_assert!(
                    (shares[i].amount() - exact).abs() <= unit,
                    "share {} = {} but total·w/W = {}", i, shares[i].amount(), exact
                );
                // Shares have the total's sign.
                prop_assert!(share == 0 || share.signum() == total.signum());
            }
        }
        // The documented tie-breaking: largest remainder, then larger weight, then position.
        prop_assert_eq!(&got, &expected);
        // A negative total is the mirror image of the positive one.
        let mirror = Money::from_minor(-total, cur).allocate(&weights).unwrap();
        let mirrored: Vec<i64> = mirror.iter().map(|s| -s.to_minor().unwrap()).collect();
        prop_assert_eq!(mirrored, got);
    }

    #[test]
    fn allocation_refuses_negative_weights(
        total in allocation_total(),
        mut weights in vec(weight(), 1..=8),
        at in any::<prop::sample::Index>(),
        neg in 1i64..=1_000,
    ) {
        let i = at.index(weights.len());
        weights[i] = -Decimal::new(neg, 2);
        let err = Money::from_minor(total, currency("USD")).allocate(&weights).unwrap_err();
        prop_assert!(matches!(err, returnkit::Error::InvalidAllocation { .. }), "{:?}", err);
        prop_assert_eq!(err.field(), format!("weights[{i}]"));
    }
}

#[test]
fn allocation_edge_cases() {
    let usd = currency("USD");
    let split = |total: i64, w: &[Decimal]| -> Vec<Decimal> {
        Money::from_minor(total, usd)
            .allocate(w)
            .unwrap()
            .iter()
            .map(|m| m.amount())
            .collect()
    };
    assert_eq!(split(0, &[]), Vec::<Decimal>::new());
    assert_eq!(split(0, &[dec!(0), dec!(0)]), [dec!(0), dec!(0)]);
    assert_eq!(split(-1, &[dec!(1), dec!(1)]), [dec!(-0.01), dec!(0.00)]);
    assert_eq!(
        split(100, &[dec!(0), dec!(0.5), dec!(0)]),
        [dec!(0), dec!(1.00), dec!(0)]
    );
    assert!(Money::from_minor(5, usd).allocate(&[]).is_err());
    assert!(Money::from_minor(5, usd)
        .allocate(&[dec!(0), dec!(0)])
        .is_err());
    let jpy = currency("JPY");
    let shares = Money::from_minor(10, jpy)
        .allocate(&[dec!(1), dec!(1), dec!(1)])
        .unwrap();
    assert_eq!(
        shares.iter().map(|m| m.amount()).collect::<Vec<_>>(),
        [dec!(4), dec!(3), dec!(3)]
    );
    let kwd = currency("KWD");
    let shares = Money::from_minor(-1000, kwd)
        .allocate(&[dec!(2), dec!(1)])
        .unwrap();
    assert_eq!(
        shares.iter().map(|m| m.amount()).collect::<Vec<_>>(),
        [dec!(-0.667), dec!(-0.333)]
    );
}
