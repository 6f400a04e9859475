//! Reading commands and events.
//!
//! A command is a flat object whose `type` says which fields it has, and an event is one whose
//! `event` does (`#[serde(flatten)]` over an internally tagged enum). serde's derive reads
//! such an object into its private `Content` buffer and reads every variant out of it again,
//! which instantiates the deserializer of every type inside (orders, decisions, refund
//! requests) a second time: a fifth of the WebAssembly package. These impls read the same
//! JSON the same way, in the same order, with the same errors (but for the three cases below),
//! but hand each variant's fields to serde_json as text, so that every type keeps the one
//! deserializer it has anyway.
//!
//! Where they differ, on input the engine never writes:
//! - a unit variant inside a variant's fields is read from its name only (`"in_transit"`), as
//!   everywhere else in the wire format; `Content` also took `{"in_transit": {}}`;
//! - an enum given a map of several keys fails with serde_json's message ("unknown variant"
//!   when the first key is not a variant, "expected value" after a variant's value) where
//!   `Content` said "map with a single key";
//! - a float in an error message is the one serde_json reads back from its own writing,
//!   which may differ from the input in its last digit (no field takes a float).
//!
//! The steps follow the derive's: the common fields are read in place (their errors name
//! their position); every other member is kept, in order and with duplicates, as a [`Tape`]
//! (which validates it as `Content` would: numbers in range, well-formed strings, nesting);
//! then the tag picks the variant (by name, or by index as serde allows), and the variant's
//! fields are read from the members in order. Errors in that last step carry no position of
//! their own, as with `Content`, so serde_json places them at the end of the object.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::de::{
    self, DeserializeSeed, Deserializer, Error as _, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, Visitor,
};
use serde::{Deserialize, Serialize};

use super::command::{Action, Actor, Command, ExtraItem, Inspection, LineUnits, Scan, Submission};
use super::event::{Event, EventKind, RefundFlag, Submitted};

/// A JSON value as read: members in order, duplicates kept.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tape {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Seq(Vec<Tape>),
    Map(Vec<(String, Tape)>),
}

impl Tape {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Tape::Null => Unexpected::Unit,
            Tape::Bool(b) => Unexpected::Bool(*b),
            Tape::U64(n) => Unexpected::Unsigned(*n),
            Tape::I64(n) => Unexpected::Signed(*n),
            Tape::F64(f) => Unexpected::Float(*f),
            Tape::Str(s) => Unexpected::Str(s),
            Tape::Seq(_) => Unexpected::Seq,
            Tape::Map(_) => Unexpected::Map,
        }
    }
}

impl<'de> Deserialize<'de> for Tape {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tape, D::Error> {
        d.deserialize_any(TapeVisitor)
    }
}

struct TapeVisitor;

impl<'de> Visitor<'de> for TapeVisitor {
    type Value = Tape;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_unit<E>(self) -> Result<Tape, E> {
        Ok(Tape::Null)
    }
    fn visit_none<E>(self) -> Result<Tape, E> {
        Ok(Tape::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tape, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Tape, E> {
        Ok(Tape::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Tape, E> {
        Ok(Tape::U64(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Tape, E> {
        Ok(Tape::I64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Tape, E> {
        Ok(Tape::F64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Tape, E> {
        Ok(Tape::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Tape, E> {
        Ok(Tape::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tape, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tape::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tape, A::Error> {
        let mut members = Vec::new();
        while let Some(member) = map.next_entry()? {
            members.push(member);
        }
        Ok(Tape::Map(members))
    }
}

impl Serialize for Tape {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Tape::Null => s.serialize_unit(),
            Tape::Bool(b) => s.serialize_bool(*b),
            Tape::U64(n) => s.serialize_u64(*n),
            Tape::I64(n) => s.serialize_i64(*n),
            Tape::F64(f) => s.serialize_f64(*f),
            Tape::Str(v) => s.serialize_str(v),
            Tape::Seq(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Tape::Map(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// An error in reading `text` (one field's JSON) as serde's derive would have made it reading
/// the same value out of `Content`, without a position, so that the outer deserializer places
/// it (at the end of the object, as it places errors from `Content`).
///
/// serde_json and `Content` disagree on one kind of error: an enum given something other than
/// a string or a map is "expected value" to serde_json, and "invalid type: X, expected string
/// or map" to `Content` (an empty map is "invalid value: map, expected map with a single
/// key"). A valid JSON text only makes serde_json say "expected value" there, so such errors
/// are rewritten from the value at their position. So are "trailing characters" (a struct read
/// from an array with elements left over), which `Content` counts: "invalid length 3, expected
/// 2 elements in sequence".
fn unplaced(e: serde_json::Error, text: &str) -> serde_json::Error {
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    let position = e.column().saturating_sub(1);
    if message == "trailing characters" && e.line() == 1 {
        if let Some((start, read)) = enclosing_array(text, position) {
            let mut de = serde_json::Deserializer::from_str(text.get(start..).unwrap_or_default());
            if let Ok(Tape::Seq(items)) = Tape::deserialize(&mut de) {
                return de::Error::invalid_length(items.len(), &ElementsInSeq(read));
            }
        }
    }
    if message == "expected value" && e.line() == 1 {
        let at = text.get(position..).unwrap_or_default();
        if at.starts_with('}') {
            return de::Error::invalid_value(Unexpected::Map, &"map with a single key");
        }
        let mut de = serde_json::Deserializer::from_str(at);
        if let Ok(value) = Tape::deserialize(&mut de) {
            return de::Error::invalid_type(value.unexpected(), &"string or map");
        }
    }
    serde_json::Error::custom(message)
}

/// The array of JSON `text` that byte `position` is in, directly: where it starts, and how
/// many of its elements come before `position`.
fn enclosing_array(text: &str, position: usize) -> Option<(usize, usize)> {
    let mut open: Vec<(u8, usize, usize)> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, &b) in text.as_bytes().iter().enumerate().take(position) {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => open.push((b, i, 0)),
            b']' | b'}' => {
                open.pop();
            }
            b',' => {
                if let Some(last) = open.last_mut() {
                    last.2 += 1;
                }
            }
            _ => {}
        }
    }
    match open.last() {
        Some(&(b'[', start, read)) => Some((start, read)),
        _ => None,
    }
}

/// What serde expects of a sequence it read `n` elements from.
struct ElementsInSeq(usize);

impl de::Expected for ElementsInSeq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 == 1 {
            f.write_str("1 element in sequence")
        } else {
            write!(f, "{} elements in sequence", self.0)
        }
    }
}

/// A variant's fields, each as JSON text: the map serde's derive reads a struct from.
struct Fields<'a>(&'a [(String, String)]);

impl<'de> Deserializer<'de> for Fields<'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_map(FieldAccess {
            fields: self.0.iter(),
            value: None,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

struct FieldAccess<'a> {
    fields: std::slice::Iter<'a, (String, String)>,
    value: Option<&'a str>,
}

impl<'de> MapAccess<'de> for FieldAccess<'de> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.fields.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(key.as_str().into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        let text = self.value.take().unwrap_or("null");
        let mut de = serde_json::Deserializer::from_str(text);
        let value = seed
            .deserialize(crate::wire::reader::Strict(&mut de))
            .map_err(|e| unplaced(e, text))?;
        de.end().map_err(|e| unplaced(e, text))?;
        Ok(value)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

/// Takes the tag out of `members` as the index of its variant in `names`, as serde does for
/// an internally tagged enum: by name, or by index; the other members become JSON text.
fn split_tag(
    members: Vec<(String, Tape)>,
    tag: &'static str,
    names: &'static [&'static str],
) -> Result<(usize, Vec<(String, String)>), serde_json::Error> {
    let mut variant = None;
    let mut fields = Vec::with_capacity(members.len());
    for (key, value) in members {
        if key != tag {
            fields.push((key, serde_json::to_string(&value)?));
            continue;
        }
        if variant.is_some() {
            return Err(de::Error::duplicate_field(tag));
        }
        variant = Some(match value {
            Tape::Str(name) => names
                .iter()
                .position(|n| *n == name)
                .ok_or_else(|| de::Error::unknown_variant(&name, names))?,
            Tape::U64(i) => match usize::try_from(i) {
                Ok(i) if i < names.len() => i,
                _ => {
                    return Err(de::Error::invalid_value(
                        Unexpected::Unsigned(i),
                        &format!("variant index 0 <= i < {}", names.len()).as_str(),
                    ))
                }
            },
            other => {
                return Err(de::Error::invalid_type(
                    other.unexpected(),
                    &"variant identifier",
                ))
            }
        });
    }
    match variant {
        Some(v) => Ok((v, fields)),
        None => Err(de::Error::missing_field(tag)),
    }
}

fn read<'a, T: Deserialize<'a>>(fields: &'a [(String, String)]) -> Result<T, serde_json::Error> {
    T::deserialize(Fields(fields))
}

/// Reads a field with `crate::wire::timestamp`, as `#[serde(with)]` does.
struct Timestamp;

impl<'de> DeserializeSeed<'de> for Timestamp {
    type Value = DateTime<Utc>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<DateTime<Utc>, D::Error> {
        crate::wire::timestamp::deserialize(d)
    }
}

fn given<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

// ------------------------------------------------------------------------------- commands

const ACTIONS: &[&str] = &[
    "submit",
    "approve",
    "reject",
    "request_info",
    "issue_label",
    "record_carrier_scan",
    "receive_items",
    "inspect_items",
    "settle_lost_parcel",
    "record_refund",
    "record_store_credit",
    "ship_exchange",
    "cancel",
    "close",
    "tick",
];

impl<'de> Deserialize<'de> for Command {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Command, D::Error> {
        d.deserialize_map(CommandVisitor)
    }
}

struct CommandVisitor;

impl<'de> Visitor<'de> for CommandVisitor {
    type Value = Command;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("struct Command")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Command, A::Error> {
        let (mut expected_version, mut idempotency_key, mut actor, mut at) =
            (None, None, None, None);
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "expected_version" => {
                    if expected_version.is_some() {
                        return Err(A::Error::duplicate_field("expected_version"));
                    }
                    expected_version = Some(map.next_value::<u64>()?);
                }
                "idempotency_key" => {
                    if idempotency_key.is_some() {
                        return Err(A::Error::duplicate_field("idempotency_key"));
                    }
                    idempotency_key = Some(map.next_value::<String>()?);
                }
                "actor" => {
                    if actor.is_some() {
                        return Err(A::Error::duplicate_field("actor"));
                    }
                    actor = Some(map.next_value::<Actor>()?);
                }
                "at" => {
                    if at.is_some() {
                        return Err(A::Error::duplicate_field("at"));
                    }
                    at = Some(map.next_value_seed(Timestamp)?);
                }
                _ => members.push((key, map.next_value::<Tape>()?)),
            }
        }
        Ok(Command {
            expected_version: given(expected_version, "expected_version")?,
            idempotency_key: given(idempotency_key, "idempotency_key")?,
            actor: given(actor, "actor")?,
            at: given(at, "at")?,
            action: action(members).map_err(A::Error::custom)?,
        })
    }
}

fn action(members: Vec<(String, Tape)>) -> Result<Action, serde_json::Error> {
    let (variant, fields) = split_tag(members, "type", ACTIONS)?;
    let fields = fields.as_slice();
    Ok(match variant {
        0 => Action::Submit(read::<Box<Submission>>(fields)?),
        1 => {
            let Approve { lines } = read(fields)?;
            Action::Approve { lines }
        }
        2 => {
            let Reject { code, message } = read(fields)?;
            Action::Reject { code, message }
        }
        3 => {
            let RequestInfo { message } = read(fields)?;
            Action::RequestInfo { message }
        }
        4 => {
            let IssueLabel {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            } = read(fields)?;
            Action::IssueLabel {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            }
        }
        5 => {
            let RecordCarrierScan { parcel_id, scan } = read(fields)?;
            Action::RecordCarrierScan { parcel_id, scan }
        }
        6 => {
            let ReceiveItems {
                parcel_id,
                lines,
                extra,
            } = read(fields)?;
            Action::ReceiveItems {
                parcel_id,
                lines,
                extra,
            }
        }
        7 => {
            let InspectItems { lines } = read(fields)?;
            Action::InspectItems { lines }
        }
        8 => {
            let SettleLostParcel { parcel_id, lines } = read(fields)?;
            Action::SettleLostParcel { parcel_id, lines }
        }
        9 => {
            let RecordRefund {
                amount,
                reference,
                tender_id,
            } = read(fields)?;
            Action::RecordRefund {
                amount,
                reference,
                tender_id,
            }
        }
        10 => {
            let RecordStoreCredit { amount, reference } = read(fields)?;
            Action::RecordStoreCredit { amount, reference }
        }
        11 => {
            let ShipExchange { reference } = read(fields)?;
            Action::ShipExchange { reference }
        }
        12 => {
            let Cancel { reason } = read(fields)?;
            Action::Cancel { reason }
        }
        13 => Action::Close,
        _ => Action::Tick,
    })
}

// The struct variants of `Action`, with the same fields and attributes (serializing is
// irrelevant here).

#[derive(Deserialize)]
struct Approve {
    #[serde(default)]
    lines: Vec<LineUnits>,
}

#[derive(Deserialize)]
struct Reject {
    code: String,
    #[serde(default)]
    message: String,
}

#[derive(Deserialize)]
struct RequestInfo {
    message: String,
}

#[derive(Deserialize)]
struct IssueLabel {
    parcel_id: String,
    #[serde(default)]
    carrier: String,
    #[serde(default)]
    tracking: String,
    #[serde(default)]
    expires_on: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct RecordCarrierScan {
    parcel_id: String,
    scan: Scan,
}

#[derive(Deserialize)]
struct ReceiveItems {
    #[serde(default)]
    parcel_id: Option<String>,
    #[serde(default)]
    lines: Vec<LineUnits>,
    #[serde(default)]
    extra: Vec<ExtraItem>,
}

#[derive(Deserialize)]
struct InspectItems {
    lines: Vec<Inspection>,
}

#[derive(Deserialize)]
struct SettleLostParcel {
    parcel_id: String,
    lines: Vec<LineUnits>,
}

#[derive(Deserialize)]
struct RecordRefund {
    #[serde(with = "crate::wire::WireDecimal")]
    amount: Decimal,
    reference: String,
    #[serde(default)]
    tender_id: Option<String>,
}

#[derive(Deserialize)]
struct RecordStoreCredit {
    #[serde(with = "crate::wire::WireDecimal")]
    amount: Decimal,
    reference: String,
}

#[derive(Deserialize)]
struct ShipExchange {
    reference: String,
}

#[derive(Deserialize)]
struct Cancel {
    #[serde(default)]
    reason: String,
}

// --------------------------------------------------------------------------------- events

const EVENTS: &[&str] = &[
    "submitted",
    "approved",
    "rejected",
    "info_requested",
    "label_issued",
    "carrier_scanned",
    "items_received",
    "items_inspected",
    "lost_parcel_settled",
    "refund_recorded",
    "store_credit_recorded",
    "exchange_shipped",
    "cancelled",
    "closed",
    "expired",
    "refund_deadline_flagged",
];

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Event, D::Error> {
        d.deserialize_map(EventVisitor)
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("struct Event")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Event, A::Error> {
        let (mut version, mut at, mut actor, mut idempotency_key) = (None, None, None, None);
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "version" => {
                    if version.is_some() {
                        return Err(A::Error::duplicate_field("version"));
                    }
                    version = Some(map.next_value::<u64>()?);
                }
                "at" => {
                    if at.is_some() {
                        return Err(A::Error::duplicate_field("at"));
                    }
                    at = Some(map.next_value::<DateTime<Utc>>()?);
                }
                "actor" => {
                    if actor.is_some() {
                        return Err(A::Error::duplicate_field("actor"));
                    }
                    actor = Some(map.next_value::<Actor>()?);
                }
                "idempotency_key" => {
                    if idempotency_key.is_some() {
                        return Err(A::Error::duplicate_field("idempotency_key"));
                    }
                    idempotency_key = Some(map.next_value::<String>()?);
                }
                _ => members.push((key, map.next_value::<Tape>()?)),
            }
        }
        Ok(Event {
            version: given(version, "version")?,
            at: given(at, "at")?,
            actor: given(actor, "actor")?,
            idempotency_key: given(idempotency_key, "idempotency_key")?,
            kind: event_kind(members).map_err(A::Error::custom)?,
        })
    }
}

fn event_kind(members: Vec<(String, Tape)>) -> Result<EventKind, serde_json::Error> {
    let (variant, fields) = split_tag(members, "event", EVENTS)?;
    let fields = fields.as_slice();
    Ok(match variant {
        0 => EventKind::Submitted(read::<Box<Submitted>>(fields)?),
        1 => {
            let Approved { lines } = read(fields)?;
            EventKind::Approved { lines }
        }
        2 => {
            let Rejected { code, message } = read(fields)?;
            EventKind::Rejected { code, message }
        }
        3 => {
            let InfoRequested { message } = read(fields)?;
            EventKind::InfoRequested { message }
        }
        4 => {
            let LabelIssued {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            } = read(fields)?;
            EventKind::LabelIssued {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            }
        }
        5 => {
            let CarrierScanned { parcel_id, scan } = read(fields)?;
            EventKind::CarrierScanned { parcel_id, scan }
        }
        6 => {
            let ItemsReceived {
                parcel_id,
                lines,
                extra,
            } = read(fields)?;
            EventKind::ItemsReceived {
                parcel_id,
                lines,
                extra,
            }
        }
        7 => {
            let ItemsInspected { lines, refund_due } = read(fields)?;
            EventKind::ItemsInspected { lines, refund_due }
        }
        8 => {
            let LostParcelSettled {
                parcel_id,
                lines,
                refund_due,
            } = read(fields)?;
            EventKind::LostParcelSettled {
                parcel_id,
                lines,
                refund_due,
            }
        }
        9 => {
            let RefundRecorded {
                amount,
                reference,
                tender_id,
            } = read(fields)?;
            EventKind::RefundRecorded {
                amount,
                reference,
                tender_id,
            }
        }
        10 => {
            let StoreCreditRecorded { amount, reference } = read(fields)?;
            EventKind::StoreCreditRecorded { amount, reference }
        }
        11 => {
            let ExchangeShipped { reference } = read(fields)?;
            EventKind::ExchangeShipped { reference }
        }
        12 => {
            let Cancelled { reason } = read(fields)?;
            EventKind::Cancelled { reason }
        }
        13 => EventKind::Closed,
        14 => EventKind::Expired,
        _ => {
            let RefundDeadlineFlagged { flag, refund_by } = read(fields)?;
            EventKind::RefundDeadlineFlagged { flag, refund_by }
        }
    })
}

// The struct variants of `EventKind`, with the same fields and attributes.

#[derive(Deserialize)]
struct Approved {
    lines: Vec<LineUnits>,
}

#[derive(Deserialize)]
struct Rejected {
    code: String,
    message: String,
}

#[derive(Deserialize)]
struct InfoRequested {
    message: String,
}

#[derive(Deserialize)]
struct LabelIssued {
    parcel_id: String,
    carrier: String,
    tracking: String,
    expires_on: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct CarrierScanned {
    parcel_id: String,
    scan: Scan,
}

#[derive(Deserialize)]
struct ItemsReceived {
    parcel_id: Option<String>,
    lines: Vec<LineUnits>,
    extra: Vec<ExtraItem>,
}

#[derive(Deserialize)]
struct ItemsInspected {
    lines: Vec<Inspection>,
    #[serde(with = "crate::wire::decimal")]
    refund_due: Decimal,
}

#[derive(Deserialize)]
struct LostParcelSettled {
    parcel_id: String,
    lines: Vec<LineUnits>,
    #[serde(with = "crate::wire::decimal")]
    refund_due: Decimal,
}

#[derive(Deserialize)]
struct RefundRecorded {
    #[serde(with = "crate::wire::WireDecimal")]
    amount: Decimal,
    reference: String,
    tender_id: Option<String>,
}

#[derive(Deserialize)]
struct StoreCreditRecorded {
    #[serde(with = "crate::wire::WireDecimal")]
    amount: Decimal,
    reference: String,
}

#[derive(Deserialize)]
struct ExchangeShipped {
    reference: String,
}

#[derive(Deserialize)]
struct Cancelled {
    reason: String,
}

#[derive(Deserialize)]
struct RefundDeadlineFlagged {
    flag: RefundFlag,
    refund_by: NaiveDate,
}

#[cfg(test)]
mod tests;
