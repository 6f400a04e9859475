//! The crate's one error type. Every variant names the field path of the input that caused it,
//! starting with the document it is in (`order.lines[2].quantity`), and carries a stable
//! numeric code that the C, PHP and WASM bindings expose unchanged.
//!
//! A path is first written relative to what the code at hand reads (`lines[2].quantity`), and
//! placed in its document by [`Error::within`] where the document is read or validated, so
//! that every error raised while a document is processed gets the document's name.

use rust_decimal::Decimal;

/// A result whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The area an error belongs to. Codes are grouped by area: 1xxx argument and JSON,
/// 2xxx policy, 3xxx transition, 4xxx money, 9xxx internal.
///
/// ```
/// use returnkit::{Error, ErrorArea};
/// let err = Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
/// assert_eq!(err.area(), ErrorArea::Argument);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorArea {
    /// Malformed input: JSON, unknown ids, quantities out of range.
    Argument,
    /// A return policy that does not validate.
    Policy,
    /// A lifecycle command that is not allowed in the current state.
    Transition,
    /// Money that does not add up: currencies, tax, refunds beyond what was paid.
    Money,
    /// A bug in returnkit (a caught panic).
    Internal,
}

/// Everything that can go wrong in returnkit. Each variant names the input field it concerns,
/// so a caller can point at it (`order.lines[2].quantity`). Nothing in the crate panics on
/// input.
///
/// ```
/// use returnkit::Error;
/// let err = Error::InvalidQuantity { field: "lines[2].quantity".into(), quantity: -1 };
/// assert_eq!(err.field(), "lines[2].quantity");
/// assert_eq!(err.code(), 1003);
/// assert_eq!(err.to_string(), "lines[2].quantity: quantity must be at least 1, got -1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be parsed: malformed JSON, a wrong type, a missing or unknown field.
    #[error("{field}: {}", bounded(.message))]
    Parse {
        /// Path of the offending field (the document's name for the document itself).
        field: String,
        /// What the parser said.
        message: String,
    },
    /// A field value is out of its allowed range or form.
    #[error("{field}: {}", bounded(.reason))]
    InvalidValue {
        /// Path of the offending field.
        field: String,
        /// Why the value is refused.
        reason: String,
    },
    /// A quantity that must be positive is zero or negative (or absurdly large).
    #[error("{field}: quantity must be at least 1, got {quantity}")]
    InvalidQuantity {
        /// Path of the offending field.
        field: String,
        /// The quantity given.
        quantity: i64,
    },
    /// A line id that the order does not have.
    #[error("{field}: the order has no line `{}`", clip(.line_id))]
    UnknownLine {
        /// Path of the offending field.
        field: String,
        /// The id given.
        line_id: String,
    },
    /// The same id appears twice where ids must be unique.
    #[error("{field}: `{}` appears more than once", clip(.id))]
    DuplicateId {
        /// Path of the second occurrence.
        field: String,
        /// The repeated id.
        id: String,
    },
    /// A tender id that the order does not have.
    #[error("{field}: the order has no tender `{}`", clip(.tender_id))]
    UnknownTender {
        /// Path of the offending field.
        field: String,
        /// The id given.
        tender_id: String,
    },
    /// More units were asked for than can still be returned (delivered, less earlier returns),
    /// or than were received or accepted.
    #[error("{field}: {requested} units asked for, but only {available} can be")]
    QuantityExceeded {
        /// Path of the offending field.
        field: String,
        /// Units asked for.
        requested: i64,
        /// Units that remain available.
        available: i64,
    },
    /// A return reason that is neither standard nor defined by the policy.
    #[error("{field}: `{}` is not a return reason this policy knows", clip(.reason))]
    UnknownReason {
        /// Path of the offending field.
        field: String,
        /// The reason code given.
        reason: String,
    },
    /// A policy document that does not validate.
    #[error("{field}: {}", bounded(.reason))]
    InvalidPolicy {
        /// Path of the offending field in the policy (`policy.rules[3].when.days_since_delivery`).
        field: String,
        /// What is wrong.
        reason: String,
    },
    /// A rate card that does not validate.
    #[error("{field}: {}", bounded(.reason))]
    InvalidRateCard {
        /// Path of the offending field in the card (`rate_cards[1].brackets[2].prices.zone4`).
        field: String,
        /// What is wrong.
        reason: String,
    },
    /// No rate card can carry the return.
    #[error("{field}: no service can carry this return: {}", bounded(.reason))]
    NoLabelService {
        /// The input at fault (`items`, `origin`).
        field: String,
        /// Why each service declined.
        reason: String,
    },
    /// A lifecycle command that the return's current state does not allow.
    #[error("{field}: {command} is not possible while the return is {state}")]
    InvalidTransition {
        /// The input at fault (`type`, or the part of the command that conflicts).
        field: String,
        /// The command.
        command: String,
        /// The state it met.
        state: String,
    },
    /// A lifecycle command the actor may not issue.
    #[error("{field}: a {actor} may not {command}")]
    NotPermitted {
        /// `actor`.
        field: String,
        /// The actor.
        actor: String,
        /// The command.
        command: String,
    },
    /// The return changed since the caller last read it.
    #[error("{field}: expected version {expected}, but the return is at version {actual}")]
    VersionConflict {
        /// `expected_version`.
        field: String,
        /// The version the caller expected.
        expected: u64,
        /// The current version.
        actual: u64,
    },
    /// A document written by a newer returnkit, or in no known format version.
    #[error("{field}: schema version {version} is not one this returnkit reads")]
    UnsupportedVersion {
        /// `schema_version`.
        field: String,
        /// The version found.
        version: u64,
    },
    /// Money recorded beyond what the refund engine says is due.
    #[error("{field}: recording {requested} would exceed the {due} due (already paid: {paid})")]
    RefundExceedsDue {
        /// `amount`.
        field: String,
        /// The amount recorded.
        requested: Decimal,
        /// What is due in all.
        due: Decimal,
        /// What was paid already.
        paid: Decimal,
    },
    /// A bug in returnkit, caught at a binding's boundary (a panic). Never expected.
    #[error("internal error: {}", bounded(.message))]
    Internal {
        /// Empty: the fault is returnkit's, not an input's.
        field: String,
        /// What was caught.
        message: String,
    },
    /// A currency code that is not ISO 4217 or has no minor unit (such as XAU).
    #[error("{field}: `{}` is not a currency with a minor unit", clip(.code))]
    UnknownCurrency {
        /// Path of the offending field.
        field: String,
        /// The code given.
        code: String,
    },
    /// Two amounts in different currencies met in one calculation.
    #[error("{field}: expected {}, found {}", clip(.expected), clip(.found))]
    CurrencyMismatch {
        /// Path of the offending field.
        field: String,
        /// The currency of the order or policy.
        expected: String,
        /// The currency found.
        found: String,
    },
    /// An amount that is negative where it can't be, or finer than the currency's minor unit.
    #[error("{field}: {}", bounded(.reason))]
    InvalidAmount {
        /// Path of the offending field.
        field: String,
        /// Why the amount is refused.
        reason: String,
    },
    /// An amount too large to compute with exactly.
    #[error("{field}: amount is out of range")]
    AmountOutOfRange {
        /// Path of the offending field.
        field: String,
    },
    /// Tax amounts that can't have been charged at the stated rate on the stated price.
    #[error("{field}: {}", bounded(.reason))]
    InconsistentTax {
        /// Path of the offending field.
        field: String,
        /// What does not add up.
        reason: String,
    },
    /// Explicit discount allocations that don't add up to the discount, or other splits that
    /// can't be made.
    #[error("{field}: {}", bounded(.reason))]
    InvalidAllocation {
        /// Path of the offending field.
        field: String,
        /// What does not add up.
        reason: String,
    },
    /// The refund is more than the order's tenders can still take back.
    #[error("{field}: refund of {requested} exceeds the {available} that can still be refunded")]
    RefundExceedsPaid {
        /// Path of the offending field (`tenders`, or `tenders[1]`).
        field: String,
        /// What the refund asks for.
        requested: Decimal,
        /// What remains refundable.
        available: Decimal,
    },
}

/// The most characters of an input's value that an error message quotes.
pub const MAX_QUOTED: usize = 100;

/// `value` as an error message quotes it: whole when it is at most [`MAX_QUOTED`] characters,
/// else its first [`MAX_QUOTED`] and `…`, so that a huge input never makes a huge error.
///
/// ```
/// let long = "x".repeat(30_000_000);
/// assert_eq!(returnkit::error::clip(&long).chars().count(), 101);
/// assert_eq!(returnkit::error::clip("l1"), "l1");
/// ```
pub fn clip(value: &str) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(MAX_QUOTED) {
        Some((end, _)) => format!("{}…", value.get(..end).unwrap_or(value)).into(),
        None => value.into(),
    }
}

/// The longest message an error gives, in characters, whatever it quotes (a TOML error quotes
/// the line it is on).
pub const MAX_MESSAGE: usize = 1000;

/// `message` with every value it quotes (between backticks or double quotes) [`clip`]ped, and
/// at most [`MAX_MESSAGE`] characters in all.
///
/// ```
/// let message = format!("invalid type: string \"{}\", expected a number", "9".repeat(500));
/// let shown = returnkit::error::bounded(&message);
/// assert_eq!(shown, format!("invalid type: string \"{}…\", expected a number", "9".repeat(100)));
/// assert_eq!(returnkit::error::bounded("unknown field `dayz`"), "unknown field `dayz`");
/// ```
pub fn bounded(message: &str) -> std::borrow::Cow<'_, str> {
    if message.len() <= MAX_QUOTED {
        return message.into();
    }
    let mut out = String::with_capacity(message.len().min(MAX_MESSAGE + 8));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let delimiter = from.chars().next().unwrap_or('"');
        let inner = from.get(1..).unwrap_or_default();
        let close = quoted_len(inner, delimiter);
        let (quoted, after) = inner.split_at(close.min(inner.len()));
        out.push(delimiter);
        out.push_str(&clip(quoted));
        match after.strip_prefix(delimiter) {
            Some(after) => {
                out.push(delimiter);
                rest = after;
            }
            None => rest = after,
        }
        if out.len() > MAX_MESSAGE * 4 {
            break;
        }
    }
    let end = rest
        .char_indices()
        .nth(MAX_MESSAGE)
        .map_or(rest.len(), |(i, _)| i);
    out.push_str(rest.get(..end).unwrap_or_default());
    match out.char_indices().nth(MAX_MESSAGE) {
        Some((end, _)) => format!("{}…", out.get(..end).unwrap_or(&out)).into(),
        None => out.into(),
    }
}

/// The byte length of a quoted value up to its closing `delimiter` (a `\` escapes the next
/// character inside double quotes), or of all of `text` when it has none.
fn quoted_len(text: &str, delimiter: char) -> usize {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if delimiter == '"' => escaped = true,
            c if c == delimiter => return i,
            _ => {}
        }
    }
    text.len()
}

/// The `field` of any error, by reference or by mutable reference: every variant has one, and
/// this is the one list of them.
macro_rules! field_of {
    ($error:expr) => {
        match $error {
            Error::Parse { field, .. }
            | Error::InvalidValue { field, .. }
            | Error::InvalidQuantity { field, .. }
            | Error::UnknownLine { field, .. }
            | Error::DuplicateId { field, .. }
            | Error::UnknownTender { field, .. }
            | Error::QuantityExceeded { field, .. }
            | Error::UnknownReason { field, .. }
            | Error::InvalidPolicy { field, .. }
            | Error::InvalidRateCard { field, .. }
            | Error::NoLabelService { field, .. }
            | Error::InvalidTransition { field, .. }
            | Error::NotPermitted { field, .. }
            | Error::VersionConflict { field, .. }
            | Error::UnsupportedVersion { field, .. }
            | Error::RefundExceedsDue { field, .. }
            | Error::Internal { field, .. }
            | Error::UnknownCurrency { field, .. }
            | Error::CurrencyMismatch { field, .. }
            | Error::InvalidAmount { field, .. }
            | Error::AmountOutOfRange { field }
            | Error::InconsistentTax { field, .. }
            | Error::InvalidAllocation { field, .. }
            | Error::RefundExceedsPaid { field, .. } => field,
        }
    };
}

/// The stable error codes, each with its kind: the one list that [`ErrorCode`],
/// [`ErrorCode::ALL`], [`ErrorCode::kind`] and [`Error::CODES`] are made from.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $kind:literal;)*) => {
        /// A stable numeric error code (`ErrorCode::QuantityExceeded as u32` is 1007): 1xxx
        /// argument and JSON, 2xxx policy, 3xxx transition, 4xxx money, 9xxx internal. One per
        /// [`Error`] variant, of the same name. The C header names them `RK_ERROR_CODE_*`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u32)]
        pub enum ErrorCode {
            $($(#[$doc])* $name = $code,)*
        }

        impl ErrorCode {
            /// Every code, in ascending order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$name,)*];

            /// The stable snake_case name of the code (`quantity_exceeded`).
            pub const fn kind(self) -> &'static str {
                match self {
                    $(ErrorCode::$name => $kind,)*
                }
            }
        }

        const ERROR_CODES: &[(u32, &str)] = &[$(($code, $kind),)*];
    };
}

error_codes! {
    /// Malformed JSON, a wrong type, a missing or unknown field.
    Parse = 1001, "parse";
    /// A value out of its allowed range or form.
    InvalidValue = 1002, "invalid_value";
    /// A quantity that must be positive is not.
    InvalidQuantity = 1003, "invalid_quantity";
    /// A line id the order does not have.
    UnknownLine = 1004, "unknown_line";
    /// The same id twice where ids must be unique.
    DuplicateId = 1005, "duplicate_id";
    /// A tender id the order does not have.
    UnknownTender = 1006, "unknown_tender";
    /// More units than can be returned, received or accepted.
    QuantityExceeded = 1007, "quantity_exceeded";
    /// A return reason the policy does not know.
    UnknownReason = 1008, "unknown_reason";
    /// A document in no format version this returnkit reads.
    UnsupportedVersion = 1009, "unsupported_version";
    /// A policy that does not validate.
    InvalidPolicy = 2001, "invalid_policy";
    /// A rate card that does not validate.
    InvalidRateCard = 2002, "invalid_rate_card";
    /// No rate card can carry the return.
    NoLabelService = 2003, "no_label_service";
    /// A command the return's state does not allow.
    InvalidTransition = 3001, "invalid_transition";
    /// A command the actor may not issue.
    NotPermitted = 3002, "not_permitted";
    /// The return changed since the caller read it.
    VersionConflict = 3003, "version_conflict";
    /// Not an ISO 4217 currency with a minor unit.
    UnknownCurrency = 4001, "unknown_currency";
    /// Amounts in different currencies.
    CurrencyMismatch = 4002, "currency_mismatch";
    /// A negative amount, or one finer than the minor unit.
    InvalidAmount = 4003, "invalid_amount";
    /// An amount too large to compute with exactly.
    AmountOutOfRange = 4004, "amount_out_of_range";
    /// Tax that can't have been charged at the stated rate.
    InconsistentTax = 4005, "inconsistent_tax";
    /// Allocations that don't add up.
    InvalidAllocation = 4006, "invalid_allocation";
    /// A refund beyond what the tenders can take back.
    RefundExceedsPaid = 4007, "refund_exceeds_paid";
    /// Money recorded beyond what is due.
    RefundExceedsDue = 4008, "refund_exceeds_due";
    /// A bug in returnkit, caught at a binding's boundary.
    Internal = 9001, "internal";
}

impl ErrorCode {
    /// The number (`1007`).
    pub const fn code(self) -> u32 {
        self as u32
    }

    /// The code with this number, if there is one.
    pub fn from_code(code: u32) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.code() == code)
    }
}

impl Error {
    /// Path of the input field this error concerns, such as `order.lines[2].quantity` from a
    /// reader or entry point, or `lines[2].quantity` from code that reads part of a document.
    ///
    /// ```
    /// use returnkit::{from_json, RefundRequest};
    /// let e = from_json::<RefundRequest>(r#"{"lines": [{"line_id": "a", "quantity": "two"}]}"#).unwrap_err();
    /// assert_eq!(e.field(), "lines[0].quantity");
    /// ```
    pub fn field(&self) -> &str {
        field_of!(self)
    }

    /// The error 9001 `internal` that a caught panic becomes at a binding's edge (the C ABI,
    /// Python, `returnkit batch`): a panic is a bug in returnkit, never an answer.
    ///
    /// ```
    /// std::panic::set_hook(Box::new(|_| {})); // keep the example's output quiet
    /// let payload = std::panic::catch_unwind(|| panic!("index out of bounds")).unwrap_err();
    /// let e = returnkit::Error::from_panic(payload.as_ref());
    /// assert_eq!(e.code(), 9001);
    /// assert_eq!(e.to_string(), "internal error: panic: index out of bounds");
    /// ```
    pub fn from_panic(payload: &(dyn std::any::Any + Send)) -> Error {
        let text = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        Error::Internal {
            field: String::new(),
            message: text.map_or_else(|| "panic".to_string(), |s| format!("panic: {s}")),
        }
    }

    /// The field path, to place the error within a larger input.
    pub(crate) fn field_mut(&mut self) -> &mut String {
        field_of!(self)
    }

    /// The error placed inside `document` (`order`, `request`, `policy`, `rules[3]`): its
    /// path is put after the document's, and an error about the whole of what was read (`.`
    /// or an empty path) names the document itself. An internal error, about no input, stays
    /// as it is.
    ///
    /// ```
    /// use returnkit::Error;
    /// let e = Error::InvalidQuantity { field: "lines[1].quantity".into(), quantity: 0 };
    /// assert_eq!(e.within("order").field(), "order.lines[1].quantity");
    /// let e = Error::Parse { field: ".".into(), message: "EOF while parsing".into() };
    /// assert_eq!(e.within("request").to_string(), "request: EOF while parsing");
    /// let e = Error::Parse { field: "[0].carrier".into(), message: "invalid type".into() };
    /// assert_eq!(e.within("rate_cards").field(), "rate_cards[0].carrier");
    /// ```
    pub fn within(mut self, document: &str) -> Error {
        if matches!(self, Error::Internal { .. }) {
            return self;
        }
        let field = self.field_mut();
        *field = match field.as_str() {
            "" | "." => document.to_owned(),
            inner if inner.starts_with('[') => format!("{document}{inner}"),
            inner => format!("{document}.{inner}"),
        };
        self
    }

    /// Stable numeric code. These numbers never change meaning; new errors get new numbers.
    /// See `docs/errors.md` for the full list.
    ///
    /// ```
    /// let e = returnkit::Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// assert_eq!(e.code(), 1004);
    /// ```
    pub fn code(&self) -> u32 {
        self.error_code().code()
    }

    /// The stable code of this error, as an [`ErrorCode`].
    ///
    /// ```
    /// use returnkit::{Error, ErrorCode};
    /// let err = Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// assert_eq!(err.error_code(), ErrorCode::UnknownLine);
    /// assert_eq!(ErrorCode::UnknownLine as u32, 1004);
    /// ```
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::Parse { .. } => ErrorCode::Parse,
            Error::InvalidValue { .. } => ErrorCode::InvalidValue,
            Error::InvalidQuantity { .. } => ErrorCode::InvalidQuantity,
            Error::UnknownLine { .. } => ErrorCode::UnknownLine,
            Error::DuplicateId { .. } => ErrorCode::DuplicateId,
            Error::UnknownTender { .. } => ErrorCode::UnknownTender,
            Error::QuantityExceeded { .. } => ErrorCode::QuantityExceeded,
            Error::UnknownReason { .. } => ErrorCode::UnknownReason,
            Error::UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
            Error::InvalidPolicy { .. } => ErrorCode::InvalidPolicy,
            Error::InvalidRateCard { .. } => ErrorCode::InvalidRateCard,
            Error::NoLabelService { .. } => ErrorCode::NoLabelService,
            Error::InvalidTransition { .. } => ErrorCode::InvalidTransition,
            Error::NotPermitted { .. } => ErrorCode::NotPermitted,
            Error::VersionConflict { .. } => ErrorCode::VersionConflict,
            Error::UnknownCurrency { .. } => ErrorCode::UnknownCurrency,
            Error::CurrencyMismatch { .. } => ErrorCode::CurrencyMismatch,
            Error::InvalidAmount { .. } => ErrorCode::InvalidAmount,
            Error::AmountOutOfRange { .. } => ErrorCode::AmountOutOfRange,
            Error::InconsistentTax { .. } => ErrorCode::InconsistentTax,
            Error::InvalidAllocation { .. } => ErrorCode::InvalidAllocation,
            Error::RefundExceedsPaid { .. } => ErrorCode::RefundExceedsPaid,
            Error::RefundExceedsDue { .. } => ErrorCode::RefundExceedsDue,
            Error::Internal { .. } => ErrorCode::Internal,
        }
    }

    /// Which area the error belongs to, from its code.
    ///
    /// ```
    /// use returnkit::{Error, ErrorArea};
    /// let e = Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// assert_eq!(e.area(), ErrorArea::Argument);
    /// ```
    pub fn area(&self) -> ErrorArea {
        match self.code() / 1000 {
            1 => ErrorArea::Argument,
            2 => ErrorArea::Policy,
            3 => ErrorArea::Transition,
            4 => ErrorArea::Money,
            _ => ErrorArea::Internal,
        }
    }

    /// Short snake_case name of the variant, stable across releases (for JSON error records).
    ///
    /// ```
    /// let e = returnkit::Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// assert_eq!(e.kind(), "unknown_line");
    /// ```
    pub fn kind(&self) -> &'static str {
        self.error_code().kind()
    }

    /// Every stable code, with its kind, for bindings that map codes to their own types: the
    /// list of [`ErrorCode::ALL`].
    pub const CODES: &'static [(u32, &'static str)] = ERROR_CODES;

    /// The error as a wire-format JSON object: `{"code", "kind", "field", "message"}`.
    ///
    /// ```
    /// let e = returnkit::Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// let json = e.to_json();
    /// assert_eq!(json["code"], 1004);
    /// assert_eq!(json["field"], "lines[0].line_id");
    /// ```
    pub fn to_json(&self) -> serde_json::Value {
        let ErrorRecord {
            code,
            field,
            kind,
            message,
        } = self.record();
        serde_json::json!({
            "code": code,
            "kind": kind,
            "field": field,
            "message": message,
        })
    }

    /// The error's wire record as JSON text: the same bytes as `to_json().to_string()`.
    ///
    /// ```
    /// let e = returnkit::Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// assert_eq!(e.to_json_text(), e.to_json().to_string());
    /// ```
    pub fn to_json_text(&self) -> String {
        // A record is a number and three strings, which the writer always writes.
        crate::wire::writer::to_string(&self.record()).unwrap_or_default()
    }

    /// The error's wire record, as [`Error::to_json`] writes it.
    ///
    /// ```
    /// let e = returnkit::Error::UnknownLine { field: "lines[0].line_id".into(), line_id: "x".into() };
    /// let record = e.record();
    /// assert_eq!((record.code, record.kind.as_str()), (1004, "unknown_line"));
    /// assert_eq!(record.message, e.to_string());
    /// ```
    pub fn record(&self) -> ErrorRecord {
        ErrorRecord {
            code: self.code(),
            field: self.field().to_string(),
            kind: self.kind().to_string(),
            message: self.to_string(),
        }
    }
}

/// [`Error::within`] for the error of a result: `read(text).within("order")?`.
pub(crate) trait Within {
    /// The result, its error placed inside `document`.
    fn within(self, document: &str) -> Self;
}

impl<T> Within for Result<T> {
    fn within(self, document: &str) -> Self {
        self.map_err(|e| e.within(document))
    }
}

/// An error as the wire writes it: what a binding throws or returns (`ReturnKitError` in
/// JavaScript) and what a policy check lists.
///
/// ```
/// use returnkit::{from_json, ErrorRecord};
/// let record: ErrorRecord = from_json(
///     r#"{"code": 1004, "field": "lines[0].line_id", "kind": "unknown_line", "message": "no line x"}"#,
/// ).unwrap();
/// assert_eq!(record.field, "lines[0].line_id");
/// ```
// Fields in the order of the keys of `Error::to_json`'s object (sorted), so that a record
// serialized directly writes the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// Stable code (1xxx argument, 2xxx policy, 3xxx transition, 4xxx money, 9001 internal).
    pub code: u32,
    /// Path of the input field at fault, starting with its document (`order.lines[0].quantity`;
    /// `order` for the whole document); empty for internal errors.
    pub field: String,
    /// Stable snake_case name of the code (`quantity_exceeded`).
    pub kind: String,
    /// What went wrong, for people.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_writes_what_to_json_writes() {
        let e = Error::InvalidQuantity {
            field: "lines[2].quantity".into(),
            quantity: -1,
        };
        let text = r#"{"code":1003,"field":"lines[2].quantity","kind":"invalid_quantity","message":"lines[2].quantity: quantity must be at least 1, got -1"}"#;
        assert_eq!(e.to_json().to_string(), text);
        assert_eq!(serde_json::to_string(&e.record()).unwrap(), text);
    }

    #[test]
    fn every_code_is_listed_once_with_its_kind() {
        let mut seen = std::collections::BTreeSet::new();
        for (code, kind) in Error::CODES {
            assert!(seen.insert(code), "{code} listed twice");
            assert!(!kind.is_empty());
        }
        let sample = Error::Internal {
            field: String::new(),
            message: "x".into(),
        };
        assert_eq!((sample.code(), sample.kind()), (9001, "internal"));
        assert!(Error::CODES.contains(&(sample.code(), sample.kind())));
    }

    #[test]
    fn the_codes_ascend_and_match_their_list() {
        assert_eq!(ErrorCode::ALL.len(), Error::CODES.len());
        for pair in ErrorCode::ALL.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        for code in ErrorCode::ALL {
            assert!(Error::CODES.contains(&(code.code(), code.kind())));
            assert_eq!(ErrorCode::from_code(code.code()), Some(*code));
        }
        assert_eq!(ErrorCode::from_code(1000), None);
        let e = Error::RefundExceedsDue {
            field: "amount".into(),
            requested: Decimal::ONE,
            due: Decimal::ZERO,
            paid: Decimal::ZERO,
        };
        assert_eq!((e.code(), e.kind()), (4008, "refund_exceeds_due"));
        assert_eq!(e.error_code(), ErrorCode::RefundExceedsDue);
    }
}
