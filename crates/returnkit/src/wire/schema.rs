//! JSON Schema names for the strings the wire writes times and dates as, for
//! `#[schemars(with = ...)]` on fields whose serde form is not chrono's schema: an instant
//! read with [`crate::wire::timestamp`], or a date. Schemas (and the TypeScript declarations made from
//! them) then name `Timestamp` and `IsoDate` rather than saying `string`. The types only carry
//! schemas; no value of them exists.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

/// An instant in RFC 3339.
pub(crate) enum Timestamp {}

#[cfg(feature = "json-schema")]
impl JsonSchema for Timestamp {
    fn schema_name() -> Cow<'static, str> {
        "Timestamp".into()
    }
    fn schema_id() -> Cow<'static, str> {
        "returnkit::Timestamp".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "An instant in RFC 3339, such as `\"2026-11-10T14:00:00Z\"`."
        })
    }
}

/// A calendar date, as chrono writes `NaiveDate`.
pub(crate) enum IsoDate {}

#[cfg(feature = "json-schema")]
impl JsonSchema for IsoDate {
    fn schema_name() -> Cow<'static, str> {
        "IsoDate".into()
    }
    fn schema_id() -> Cow<'static, str> {
        "returnkit::IsoDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date, `YYYY-MM-DD`."
        })
    }
}
