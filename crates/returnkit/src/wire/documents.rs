//! Domain documents read from wire text: the `from_json` and `from_toml` constructors of
//! policies and rate cards, the reader of stored decisions, and [`read_document`] for the
//! documents a caller sends (orders, requests, commands). They are declared here, in the wire
//! layer, so that the domain modules that own these types never read text themselves.
//!
//! Each reader places its errors in the document it reads ([`crate::Error::within`]): a path
//! starts with the document's name (`order.lines[1].quantity`, `policy.rules[3].when`), and
//! an error about the whole text names the document itself (`order`).

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::decision::{refuse_unknown_version, Decision, ReturnRequest};
use crate::error::{Result, Within};
use crate::label::{LabelRequest, RateCard};
use crate::order::Order;
use crate::policy::{Policy, PolicyDocument};
use crate::refund::RefundRequest;
use crate::rma::Command;
use crate::wire::from_json;
#[cfg(feature = "toml")]
use crate::wire::toml_input::from_toml;

/// A document that a caller sends on its own, and the name its errors' paths start with.
pub trait Document: DeserializeOwned {
    /// The document's name in error paths: `order`, `request`, `command`.
    const NAME: &'static str;
}

impl Document for Order {
    const NAME: &'static str = "order";
}

impl Document for RefundRequest {
    const NAME: &'static str = "request";
}

impl Document for ReturnRequest {
    const NAME: &'static str = "request";
}

impl Document for LabelRequest {
    const NAME: &'static str = "request";
}

impl Document for Command {
    const NAME: &'static str = "command";
}

/// Reads a document from JSON text, naming the field of any error within the document.
///
/// ```
/// use returnkit::{wire::read_document, Order};
/// let err = read_document::<Order>(r#"{"id": "1", "currency": "USD", "lines": [{"id": 5}]}"#)
///     .unwrap_err();
/// assert_eq!(err.field(), "order.lines[0].id");
/// assert_eq!(read_document::<Order>("[").unwrap_err().field(), "order");
/// ```
pub fn read_document<T: Document>(text: &str) -> Result<T> {
    from_json(text).within(T::NAME)
}

/// Reads the input of an entry point that carries documents as its members (`{"order": ...,
/// "request": ..., "now": ...}`): an error inside a member names the member's path
/// (`order.lines[0].quantity`, `now`), and one about the whole input names it `input`.
///
/// ```
/// #[derive(Debug, serde::Deserialize)]
/// struct Pair { order: returnkit::Order }
/// let err = returnkit::wire::read_input::<Pair>("{}").unwrap_err();
/// assert_eq!((err.field(), err.to_string().as_str()), ("input", "input: missing field `order` at line 1 column 2"));
/// ```
pub fn read_input<T: DeserializeOwned>(text: &str) -> Result<T> {
    from_json(text).map_err(in_input)
}

/// A parse error of an input that carries documents as its members, as [`read_input`] names it.
pub(crate) fn in_input(mut e: crate::Error) -> crate::Error {
    let field = e.field_mut();
    if field.is_empty() || field == "." {
        *field = "input".into();
    }
    e
}

impl Policy {
    /// Parses and compiles a JSON policy, naming the field of any error.
    ///
    /// ```
    /// use returnkit::policy::Policy;
    /// let err = Policy::from_json(r#"{"name": "x", "window": {"days": -1}}"#).unwrap_err();
    /// assert_eq!(err.field(), "policy.window.days");
    /// ```
    pub fn from_json(text: &str) -> Result<Policy> {
        Policy::compile(PolicyDocument::from_json(text)?)
    }

    /// Parses and compiles a TOML policy.
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Policy> {
        Policy::compile(PolicyDocument::from_toml(text)?)
    }
}

impl PolicyDocument {
    /// Parses a JSON policy document, naming the field of any error (`policy.window.days`).
    pub fn from_json(text: &str) -> Result<PolicyDocument> {
        from_json(text).within("policy")
    }

    /// Parses a TOML policy document, naming the field of any error (`policy.window.days`).
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<PolicyDocument> {
        from_toml(text).within("policy")
    }
}

impl RateCard {
    /// Parses and validates a JSON rate card, naming the field of any error
    /// (`rate_card.brackets[0].max_weight`).
    pub fn from_json(text: &str) -> Result<RateCard> {
        from_json::<RateCard>(text)
            .and_then(RateCard::validated)
            .within("rate_card")
    }

    /// Parses and validates a TOML rate card, naming the field of any error.
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<RateCard> {
        from_toml::<RateCard>(text)
            .and_then(RateCard::validated)
            .within("rate_card")
    }
}

impl Decision {
    /// Reads a stored decision: one of this version, or one written before decisions carried
    /// `schema_version` (read as version 1). A version this returnkit doesn't read (0, or one
    /// from a newer returnkit) is refused with [`crate::Error::UnsupportedVersion`] on
    /// `decision.schema_version`, before any other member is read. Every error's path starts
    /// with `decision`.
    ///
    /// ```
    /// use returnkit::decision::Decision;
    /// let stored = r#"{"outcome": "deny", "keep_item": false, "lines": []}"#;
    /// assert_eq!(Decision::from_json(stored).unwrap().schema_version, 1);
    /// let newer = r#"{"schema_version": 2, "outcome": "deny", "keep_item": false, "lines": []}"#;
    /// let e = Decision::from_json(newer).unwrap_err();
    /// assert_eq!((e.code(), e.field()), (1009, "decision.schema_version"));
    /// ```
    pub fn from_json(text: &str) -> Result<Decision> {
        check_decision_version(text)?;
        from_json(text).within("decision")
    }
}

/// Refuses a stored decision whose `schema_version` this returnkit doesn't read, reading
/// nothing else of it. Errors name their field within `decision`.
pub(crate) fn check_decision_version(text: &str) -> Result<()> {
    #[derive(Deserialize)]
    struct Stated {
        #[serde(default)]
        schema_version: Option<u64>,
    }
    let stated: Stated = from_json(text).within("decision")?;
    refuse_unknown_version(stated.schema_version, "decision.schema_version")
}
