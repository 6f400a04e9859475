//! The check of the decision a `submit` command brings against the order it brings: every
//! line of the order once, quantities within what the order still has to return, and the
//! chosen offer's terms within the decision. The decision comes back from the caller, who
//! may have stored or changed it; whatever passes here, the RMA can carry to its refund.

use super::command::{DecidedLine, SubmittedDecision};
use crate::decision::Outcome;
use crate::error::{Error, Result};
use crate::order::Order;
use crate::refund::ledger::{OrderLedger, MAX_UNITS};
use crate::refund::RefundRequest;

/// Checks `decision` against `order`, with `terms` the request of the offer chosen from
/// `decision.resolutions[offer]` (none for a denial without offers). Errors name the field
/// inside the submission: `order.lines[0].quantity`, `decision.lines[1].eligible_quantity`,
/// `decision.resolutions[0].request.lines[0].quantity`.
pub(crate) fn check_decision(
    order: &Order,
    decision: &SubmittedDecision,
    offer: Option<(usize, &RefundRequest)>,
) -> Result<()> {
    let ledger = OrderLedger::new(order).map_err(|e| e.within("order"))?;
    let mut taken = None;
    for (j, line) in decision.lines.iter().enumerate() {
        let i = ledger
            .claim_line(&line.line_id, j, &mut taken)
            .map_err(|e| e.within("decision"))?;
        let (Some(src), Some(l)) = (order.lines.get(i), ledger.lines.get(i)) else {
            continue;
        };
        let available = (src.returnable_quantity() - l.prior_units).max(0);
        check_line(line, j, available)?;
    }
    if let Some((k, terms)) = offer {
        check_terms(decision, k, terms)?;
    }
    Ok(())
}

/// A decision line's quantities: units asked for as a return request may ask (1 to a
/// billion), and units eligible as the decision engine gives them: none for a denied line,
/// else at least one and no more than were asked for or the order still has to return.
fn check_line(line: &DecidedLine, j: usize, available: i64) -> Result<()> {
    let field = |name: &str| format!("decision.lines[{j}].{name}");
    let requested = line.requested_quantity;
    if !(1..=MAX_UNITS).contains(&requested) {
        return Err(Error::InvalidQuantity {
            field: field("requested_quantity"),
            quantity: requested,
        });
    }
    let eligible = line.eligible_quantity;
    if line.outcome == Outcome::Deny {
        if eligible != 0 {
            return Err(Error::InvalidValue {
                field: field("eligible_quantity"),
                reason: format!("a denied line has no eligible units, got {eligible}"),
            });
        }
        return Ok(());
    }
    if eligible < 1 {
        return Err(Error::InvalidQuantity {
            field: field("eligible_quantity"),
            quantity: eligible,
        });
    }
    let limit = requested.min(available);
    if eligible > limit {
        return Err(Error::QuantityExceeded {
            field: field("eligible_quantity"),
            requested: eligible,
            available: limit,
        });
    }
    Ok(())
}

/// The chosen offer's request: each line a line of the decision that is not denied, once,
/// for no more units than are eligible.
fn check_terms(decision: &SubmittedDecision, k: usize, terms: &RefundRequest) -> Result<()> {
    for (m, line) in terms.lines.iter().enumerate() {
        let field = |name: &str| format!("decision.resolutions[{k}].request.lines[{m}].{name}");
        let Some(decided) = decision
            .lines
            .iter()
            .find(|d| d.line_id == line.line_id && d.outcome != Outcome::Deny)
        else {
            return Err(Error::UnknownLine {
                field: field("line_id"),
                line_id: line.line_id.to_string(),
            });
        };
        if terms.lines[..m].iter().any(|t| t.line_id == line.line_id) {
            return Err(Error::DuplicateId {
                field: field("line_id"),
                id: line.line_id.to_string(),
            });
        }
        if line.quantity < 1 {
            return Err(Error::InvalidQuantity {
                field: field("quantity"),
                quantity: line.quantity,
            });
        }
        if line.quantity > decided.eligible_quantity {
            return Err(Error::QuantityExceeded {
                field: field("quantity"),
                requested: line.quantity,
                available: decided.eligible_quantity,
            });
        }
    }
    Ok(())
}
