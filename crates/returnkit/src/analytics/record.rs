//! What the report is folded from: an RMA document, with, where the host has them, the
//! customer's request (for its reason codes, which the RMA does not keep) and the decision
//! (for its denial reasons, goodwill credit and keep-item saving).

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::decision::Outcome;
use crate::rma::RmaDocument;

/// One RMA as the report reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportRecord {
    /// The stored RMA.
    pub document: RmaDocument,
    /// What the report reads of the return request the RMA was decided from, if the host
    /// kept it.
    pub request: Option<RequestNotes>,
    /// What the report reads of the decision, if the host kept it.
    pub decision: Option<DecisionNotes>,
}

impl From<RmaDocument> for ReportRecord {
    fn from(document: RmaDocument) -> ReportRecord {
        ReportRecord {
            document,
            request: None,
            decision: None,
        }
    }
}

/// The parts of a [`ReturnRequest`](crate::decision::ReturnRequest) the report reads: each
/// line's reason code. A whole request reads as one.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct RequestNotes {
    /// The lines asked for.
    #[serde(default)]
    pub lines: Vec<RequestLineNotes>,
}

/// A requested line, as the report reads it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RequestLineNotes {
    /// The order line.
    pub line_id: String,
    /// The customer's reason code.
    pub reason: String,
}

/// The parts of a [`Decision`](crate::decision::Decision) the report reads: a whole decision
/// as `decide` wrote it reads as one, and so does one with only these members.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct DecisionNotes {
    /// The outcome for the return as a whole.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// The lines, with their outcomes and reasons.
    #[serde(default)]
    pub lines: Vec<LineNotes>,
    /// Reasons that concern the whole return.
    #[serde(default)]
    pub reasons: Vec<ReasonCode>,
    /// Goodwill store credit granted.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub goodwill_credit: Option<Decimal>,
    /// What letting the customer keep the items saved (the label not bought and the
    /// handling not done), when the decision priced a label.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub keep_item_saving: Option<Decimal>,
}

impl DecisionNotes {
    /// Checks the amounts the report adds up: each is zero or more and within what returnkit
    /// computes with ([`MAX_MINOR`](crate::money::MAX_MINOR) minor units of `currency`), so
    /// that a report's sums stay exact. Errors name the member (`keep_item_saving`).
    ///
    /// ```
    /// use returnkit::analytics::DecisionNotes;
    /// let usd = "USD".parse().unwrap();
    /// let mut notes = DecisionNotes { keep_item_saving: Some("17.03".parse().unwrap()), ..Default::default() };
    /// assert!(notes.check(usd).is_ok());
    /// notes.keep_item_saving = Some("-1.00".parse().unwrap());
    /// assert_eq!(notes.check(usd).unwrap_err().to_string(), "keep_item_saving: must not be negative, got -1.00");
    /// ```
    pub fn check(&self, currency: crate::money::Currency) -> crate::Result<()> {
        let most = Decimal::new(crate::money::MAX_MINOR, currency.minor_digits());
        let amounts = [
            ("goodwill_credit", self.goodwill_credit),
            ("keep_item_saving", self.keep_item_saving),
        ];
        for (field, amount) in amounts {
            let Some(amount) = amount else { continue };
            crate::money::check_not_negative(amount, || field.into())?;
            if amount > most {
                return Err(crate::Error::AmountOutOfRange {
                    field: field.into(),
                });
            }
        }
        Ok(())
    }
}

/// A decided line, as the report reads it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LineNotes {
    /// The order line.
    pub line_id: String,
    /// Its outcome.
    pub outcome: Outcome,
    /// Why it was denied or reviewed.
    #[serde(default)]
    pub reasons: Vec<ReasonCode>,
}

/// A decision reason's code.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReasonCode {
    /// The code (`outside_window`, `final_sale`, a rule's own).
    pub code: String,
}
