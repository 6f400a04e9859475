//! Property tests for what a refund may take: no quote exceeds what remains refundable on the
//! tenders, and asking for more units than are left is refused with the line's field.
//!
//! Orders are random (see `support/orders.rs`) and every successful quote is checked against
//! the model in `support/quote_model.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::{quote, RefundLine, RefundRequest, Tender};
use serde_json::json;
use support::config;
use support::orders::*;
use support::quote_model::*;
use support::requests::*;

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn quotes_never_exceed_what_remains_refundable(
        spec in order_spec(),
        history in history_spec(),
        req in request_spec(),
    ) {
        let built = build(&spec);
        let (order, available) = apply_history(&built, &history);
        let request = build_request(&req, &order, &available);
        let remaining = order_remaining(&order);

        // The same quote with money to spare shows what the refund would be.
        let mut rich = order.clone();
        rich.tenders.push(de::<Tender>(json!({
            "id": "rich",
            "kind": "other",
            "amount": amount(MAX_MINOR / 2, built.cur).to_string(),
        })));
        let unlimited = quote(&rich, &request)
            .map_err(|e| fail(format!("quote with money to spare failed: {e}")))?;
        check_quote(&rich, &request, &unlimited)?;
        let needed = match &unlimited.exchange {
            Some(ex) => minor(ex.refund_due, built.cur),
            None => minor(unlimited.totals.refund, built.cur),
        };

        match quote(&order, &request) {
            Ok(q) => {
                prop_assert!(needed <= remaining, "quoted {} with only {} left", needed, remaining);
                check_quote(&order, &request, &q)?;
                prop_assert_eq!(&q.lines, &unlimited.lines);
                prop_assert_eq!(&q.totals, &unlimited.totals);
                prop_assert_eq!(&q.shipping, &unlimited.shipping);
                let shipping = q.shipping.as_ref().map(|s| {
                    (minor(s.total, built.cur), minor(s.tax, built.cur), s.capped_to_standard)
                });
                prop_assert_eq!(shipping, expected_shipping(&built, &order, request.shipping));
            }
            Err(returnkit::Error::RefundExceedsPaid { field, requested, available }) => {
                prop_assert!(needed > remaining, "refused {} with {} left", needed, remaining);
                prop_assert_eq!(field, "order.tenders");
                prop_assert_eq!(minor(requested, built.cur), needed);
                prop_assert_eq!(minor(available, built.cur), remaining);
            }
            Err(e) => return Err(fail(format!("unexpected error: {e}"))),
        }
    }

    #[test]
    fn returning_more_than_is_left_is_refused(
        spec in order_spec(),
        delivered in vec(prop::option::of(0u16..=1000), 8),
        prior in vec(0u16..=1000, 8),
        others in vec((any::<bool>(), 0u16..=1000), 8),
        bad in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        extra in 1i64..=5,
    ) {
        let built = build(&spec);
        let mut order = built.order.clone();
        let n = order.lines.len();
        let mut available = Vec::with_capacity(n);
        for (i, line) in order.lines.iter_mut().enumerate() {
            if let Some(d) = delivered[i] {
                line.delivered_quantity = Some(line.quantity * i64::from(d) / 1000);
            }
            let p = line.quantity * i64::from(prior[i]) / 1000;
            if p > 0 {
                order.prior_returns.lines.push(prior_line(&line.id, p));
            }
            available.push(line.returnable_quantity() - p);
        }
        let bad = bad.index(n);
        let mut lines: Vec<RefundLine> = (0..n)
            .filter(|&i| i != bad && others[i].0 && available[i] >= 1)
            .map(|i| refund_line(i, 1 + (available[i] - 1) * i64::from(others[i].1) / 1000, false))
            .collect();
        let j = at.index(lines.len() + 1);
        let requested = available[bad].max(0) + extra;
        lines.insert(j, refund_line(bad, requested, false));
        let request = RefundRequest { lines, ..RefundRequest::default() };
        let err = quote(&order, &request).unwrap_err();
        prop_assert_eq!(err.field(), format!("request.lines[{j}].quantity"));
        match err {
            returnkit::Error::QuantityExceeded { requested: r, available: a, .. } => {
                prop_assert_eq!(r, requested);
                prop_assert_eq!(a, available[bad].max(0));
            }
            other => return Err(fail(format!("expected QuantityExceeded, got {other:?}"))),
        }
    }
}
