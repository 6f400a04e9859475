//! One record of a stream of decisions: a line of `returnkit batch`'s input, an item of the
//! Python package's `Policy.decide_many`. What [`decide`](crate::wire::decide) takes (order,
//! request, `now`), plus the caller's `id` and the name of the `policy` to decide it under,
//! read in one pass so that an error's position counts from the record's start.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use crate::decision::ReturnRequest;
use crate::{Order, Result};

/// One record of a stream of decisions, read whole.
///
/// ```
/// use returnkit::wire::DecisionRecord;
/// let text = format!(
///     r#"{{"id": {{"ticket": 7}}, "policy": "eu", "order": {}, "now": "2026-10-20T18:00:00Z",
///         "request": {{"resolution": "store_credit",
///         "lines": [{{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}}]}}}}"#,
///     include_str!("../../samples/order.json"),
/// );
/// let record = DecisionRecord::from_json(&text).unwrap();
/// assert_eq!(record.id.unwrap().get(), r#"{"ticket": 7}"#);
/// assert_eq!(record.policy.as_deref(), Some("eu"));
/// let e = DecisionRecord::from_json(r#"{"order": {"id": 1}}"#).unwrap_err();
/// assert_eq!(e.to_string(), "order.id: invalid type: integer `1`, expected a string at line 1 column 18");
/// ```
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecisionRecord {
    /// The caller's identifier of the record, any JSON value, kept as written (`null` too).
    #[serde(default, deserialize_with = "present")]
    #[cfg_attr(feature = "json-schema", schemars(with = "Option<serde_json::Value>"))]
    pub id: Option<Box<RawValue>>,
    /// The name of the policy to decide it under, where a run has several.
    #[serde(default)]
    pub policy: Option<String>,
    /// The order.
    pub order: Order,
    /// The return request.
    pub request: ReturnRequest,
    /// The instant of the decision (RFC 3339).
    #[serde(with = "crate::wire::timestamp")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub now: DateTime<Utc>,
    /// How to write the decision: `full` (the default) or `compact`.
    #[serde(default)]
    pub answer: crate::wire::AnswerForm,
}

impl DecisionRecord {
    /// Reads a record. The plain parse first, by the wire format's rules
    /// ([`reader`](crate::wire::reader)); only a record that fails is read again, to name the
    /// field at fault (`order.lines[0].quantity`, `now`; `input` for the record itself).
    pub fn from_json(text: &str) -> Result<DecisionRecord> {
        crate::wire::reader::from_str(text).or_else(|_| crate::wire::read_input(text))
    }
}

/// A member that is there, whatever its value: `"id": null` is an id too.
fn present<'de, D: Deserializer<'de>>(
    de: D,
) -> std::result::Result<Option<Box<RawValue>>, D::Error> {
    Box::<RawValue>::deserialize(de).map(Some)
}
