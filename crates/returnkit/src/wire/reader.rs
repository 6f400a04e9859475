//! Reading wire JSON: serde_json's reader with the wire format's one extra rule, that a
//! struct is read from a JSON object only.
//!
//! serde_json also reads a struct from an array of its fields in declaration order, so
//! `["L1", "SKU-1", 2]` would pass for an order line. The wire format never writes that, its
//! JSON Schema forbids it, and accepting it would be silent acceptance of bad input. Refusing
//! it has a second gain: serde's derive writes a second reader for every struct (its
//! `visit_seq`), and the compiler only keeps it if a deserializer can call it. Leaving them out
//! makes the WASM package smaller (`docs/performance.md`).
//!
//! [`Strict`] wraps a deserializer, and every visitor, map, sequence and enum it hands out, so
//! the rule holds at every depth. Everything else is serde_json's own: its errors, their
//! positions, its numbers and strings.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};

/// Reads a `T` from JSON `text` as [`serde_json::from_str`] does, except that a struct must be
/// a JSON object.
///
/// ```
/// use returnkit::order::OrderLine;
/// let line = r#"{"id": "L1", "sku": "TEE-1", "quantity": 1, "unit_price": "19.99"}"#;
/// assert!(returnkit::wire::reader::from_str::<OrderLine>(line).is_ok());
/// let err = returnkit::wire::reader::from_str::<OrderLine>(r#"["L1", "TEE-1", 1]"#).unwrap_err();
/// assert_eq!(err.to_string(), "invalid type: sequence, expected struct OrderLine at line 1 column 0");
/// ```
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Strict(&mut de))?;
    de.end()?;
    Ok(value)
}

/// As [`from_str`], from bytes that must be UTF-8.
///
/// ```
/// let total: Vec<u32> = returnkit::wire::reader::from_slice(b"[1, 2]").unwrap();
/// assert_eq!(total, [1, 2]);
/// ```
pub fn from_slice<'a, T: de::Deserialize<'a>>(bytes: &'a [u8]) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = T::deserialize(Strict(&mut de))?;
    de.end()?;
    Ok(value)
}

/// A deserializer whose structs must be JSON objects, at any depth. `seed.deserialize(Strict(de))`
/// reads what `seed.deserialize(de)` reads, with that rule: for a deserializer of your own,
/// such as one over a stream of records.
///
/// ```
/// use returnkit::wire::reader::Strict;
/// use returnkit::RefundRequest;
/// use serde::Deserialize;
///
/// let mut de = serde_json::Deserializer::from_str(r#"{"lines": [["L1", 1]]}"#);
/// let err = RefundRequest::deserialize(Strict(&mut de)).unwrap_err();
/// assert!(err.to_string().starts_with("invalid type: sequence, expected struct"));
/// ```
pub struct Strict<D>(pub D);

/// Hands the visitor's nested readers on wrapped.
struct Wrap<V>(V);

/// A struct's visitor: its fields from a map only.
struct StructOnly<V>(V);

macro_rules! forward_deserialize {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(Wrap(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, Wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        // serde_json reads a map exactly as it reads a struct's object, and refuses anything
        // else with "invalid type: ..., expected struct X".
        self.0.deserialize_map(StructOnly(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, Wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty))*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit! {
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char) visit_str(&str)
        visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
        visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Strict(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Strict(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Strict(data))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for StructOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Strict(map))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        // Only a struct variant's reader comes here (serde_json reads `{"variant": [...]}` as
        // a struct); a struct's own goes through `deserialize_map`.
        Err(de::Error::invalid_type(Unexpected::Seq, &self))
    }
}

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for Strict<T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Strict(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Strict(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Strict(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Strict<A> {
    type Error = A::Error;
    type Variant = Strict<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(Strict(seed))?;
        Ok((value, Strict(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Strict<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Strict(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, StructOnly(visitor))
    }
}

/// Parses a wire-format JSON document, naming the field path of any error.
///
/// ```
/// use returnkit::{from_json, Order};
/// let err = from_json::<Order>(r#"{"id": "1", "currency": "USD", "lines": [{"id": 5}]}"#)
///     .unwrap_err();
/// assert!(err.field().starts_with("lines[0]"));
/// ```
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> crate::Result<T> {
    from_str(text).map_err(|e| parse_error(text, &e))
}

/// A serde_json error as a [`crate::Error::Parse`] naming the field at the error's position.
pub(crate) fn parse_error(text: &str, e: &serde_json::Error) -> crate::Error {
    // serde_json appends " at line L column C"; keep it, it helps with large files.
    let offset = super::path::offset_of(text, e.line(), e.column());
    parse_error_at(text, offset, &e.to_string())
}

/// A serde_json error in reading `part`, which starts at byte `start` of the document `text`,
/// as a [`Error::Parse`] naming the field and the line and column in the whole document.
pub(crate) fn parse_error_within(
    text: &str,
    start: usize,
    part: &str,
    e: &serde_json::Error,
) -> crate::Error {
    use super::path::offset_of;
    let offset = start + offset_of(part, e.line(), e.column());
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = offset - before.rfind('\n').map_or(0, |i| i + 1);
    match parse_error_at(text, offset, message) {
        crate::Error::Parse { field, message } => crate::Error::Parse {
            field,
            message: format!("{message} at line {line} column {column}"),
        },
        other => other,
    }
}

/// A parse error whose `message` is about the value at byte `offset` of `text`.
fn parse_error_at(text: &str, offset: usize, message: &str) -> crate::Error {
    use super::path::{path_at, Blame};
    let blame = if message.starts_with("missing field") {
        Blame::MissingField
    } else if message.starts_with("unknown variant") {
        Blame::Variant
    } else {
        Blame::Value
    };
    crate::Error::Parse {
        field: path_at(text, offset, blame),
        // Bounded first, so that a huge quoted value is cut before anything else reads it.
        message: human(&crate::error::bounded(message)),
    }
}

/// What serde, rust_decimal and chrono say of a value, in the wire format's words rather than
/// Rust's: `expected i64` is `expected a whole number`, `sequence` an `array`, and so on. Every
/// parse error's message is worded so.
///
/// ```
/// use returnkit::wire::reader::human;
/// assert_eq!(human("invalid type: string \"x\", expected u32"), "invalid type: string \"x\", expected a whole number, 0 or more");
/// assert_eq!(human("invalid type: sequence, expected struct Order"), "invalid type: array, expected an object");
/// ```
pub fn human(message: &str) -> String {
    const WORDS: [(&str, &str); 14] = [
        (
            "a Decimal type representing a fixed-point number",
            "a decimal amount such as \"12.50\"",
        ),
        (
            "a formatted date and time string or a unix timestamp",
            "an RFC 3339 date and time such as \"2026-10-06T13:20:00Z\"",
        ),
        ("a formatted date string", "a date such as \"2026-11-05\""),
        ("invalid type: sequence", "invalid type: array"),
        ("invalid type: map", "invalid type: object"),
        ("invalid type: unit value", "invalid type: null"),
        ("invalid type: floating point", "invalid type: number"),
        ("invalid value: floating point", "invalid value: number"),
        ("expected a sequence", "expected an array"),
        ("expected a map", "expected an object"),
        ("expected a borrowed string", "expected a string"),
        (
            "input contains invalid characters",
            "not a date and time in the form expected",
        ),
        ("premature end of input", "not a complete date and time"),
        ("input is out of range", "no such date or time"),
    ];
    let mut out = message.to_owned();
    for (rust, wire) in WORDS {
        if out.contains(rust) {
            out = out.replace(rust, wire);
        }
    }
    // `expected struct Order`, `expected struct variant Action::RecordRefund`,
    // `expected i64`: Rust's names for what the wire format calls an object or a number.
    for (prefix, wire) in [
        ("expected struct variant ", "expected an object"),
        ("expected struct ", "expected an object"),
        ("expected tuple struct ", "expected an array"),
        ("expected enum ", "expected a name"),
    ] {
        if let Some(at) = out.find(prefix) {
            let name_end = out
                .get(at + prefix.len()..)
                .and_then(|rest| {
                    rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                })
                .map_or(out.len(), |n| at + prefix.len() + n);
            out.replace_range(at..name_end, wire);
        }
    }
    for (rust, wire) in [
        ("i8", "a whole number"),
        ("i16", "a whole number"),
        ("i32", "a whole number"),
        ("i64", "a whole number"),
        ("i128", "a whole number"),
        ("u8", "a whole number, 0 or more"),
        ("u16", "a whole number, 0 or more"),
        ("u32", "a whole number, 0 or more"),
        ("u64", "a whole number, 0 or more"),
        ("u128", "a whole number, 0 or more"),
        ("usize", "a whole number, 0 or more"),
        ("f32", "a number"),
        ("f64", "a number"),
    ] {
        let expected = format!("expected {rust}");
        if let Some(at) = out.find(&expected) {
            let end = at + expected.len();
            let whole_word = !out
                .get(end..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_alphanumeric());
            if whole_word {
                out.replace_range(at..end, &format!("expected {wire}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::value::RawValue;

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Line {
        id: String,
        #[serde(default)]
        quantity: u32,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Resolution {
        Refund,
        Credit(Line),
        Exchange { line: Line, sku: String },
        Pair(u32, u32),
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Request {
        lines: Vec<Line>,
        #[serde(default)]
        first: Option<Line>,
        #[serde(default)]
        resolution: Option<Resolution>,
        #[serde(default)]
        notes: BTreeMap<String, Line>,
        #[serde(default)]
        window: Option<(u32, u32)>,
    }

    /// What serde_json itself says, as the test compares it.
    fn plain(text: &str) -> Result<Request, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    fn strict(text: &str) -> Result<Request, String> {
        from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_what_serde_json_reads_when_structs_are_objects() {
        for text in [
            r#"{"lines": [{"id": "a", "quantity": 2}, {"id": "b\u00e9"}]}"#,
            r#"{"lines": [], "first": {"id": "a"}, "resolution": "refund"}"#,
            r#"{"lines": [], "resolution": {"credit": {"id": "c", "quantity": 1}}}"#,
            r#"{"lines": [], "resolution": {"exchange": {"line": {"id": "x"}, "sku": "S"}}}"#,
            r#"{"lines": [], "resolution": {"pair": [1, 2]}, "window": [3, 4]}"#,
            r#"{"lines": [], "notes": {"k": {"id": "n"}}, "first": null}"#,
            // Errors: every one in the words and at the position serde_json gives.
            r#"{"lines": [{"id": 7}]}"#,
            r#"{"lines": [{"id": "a", "quantity": -1}]}"#,
            r#"{"lines": [{"id": "a", "quantity": 1.5}]}"#,
            r#"{"lines": [{"id": "a", "size": 1}], "x": 1}"#,
            r#"{"lines": [{"quantity": 1}]}"#,
            r#"{"lines": {"id": "a"}}"#,
            r#"{"lines": [], "resolution": "store"}"#,
            r#"{"lines": [], "resolution": {"credit": "c"}}"#,
            r#"{"lines": [], "resolution": {"pair": [1]}}"#,
            r#"{"lines": [], "window": [1, 2, 3]}"#,
            r#"{"lines": [], "notes": {"k": 1}}"#,
            r#"{"lines": [{"id": "a"},]}"#,
            r#"{"lines": [{"id": "a"}]} x"#,
            r#"{"lines": [{"id": "a"}"#,
            r#"{"lines": [{"id": "\ud800"}]}"#,
            r#"{"lines": [{"id": "a"}], "lines": []}"#,
            "",
            "null",
            "  \n {\"lines\": 1e400}",
        ] {
            assert_eq!(strict(text), plain(text), "{text}");
        }
    }

    #[test]
    fn refuses_an_array_for_a_struct_at_any_depth() {
        for (text, message) in [
            (r#"[[]]"#, "expected struct Request at line 1 column 0"),
            (
                r#"{"lines": [["a", 1]]}"#,
                "expected struct Line at line 1 column 11",
            ),
            (
                r#"{"lines": [], "first": ["a"]}"#,
                "expected struct Line at line 1 column 23",
            ),
            (
                r#"{"lines": [], "resolution": {"credit": ["c", 1]}}"#,
                "expected struct Line at line 1 column 39",
            ),
            (
                r#"{"lines": [], "resolution": {"exchange": [{"id": "x"}, "S"]}}"#,
                "expected struct variant Resolution::Exchange at line 1 column 42",
            ),
            (
                r#"{"lines": [], "notes": {"k": ["n"]}}"#,
                "expected struct Line at line 1 column 29",
            ),
        ] {
            // serde_json itself takes every one of these.
            assert!(plain(text).is_ok(), "{text}");
            let err = strict(text).unwrap_err();
            assert_eq!(err, format!("invalid type: sequence, {message}"), "{text}");
        }
    }

    #[test]
    fn raw_values_and_borrowed_strings_pass_through() {
        #[derive(Deserialize)]
        struct Envelope<'a> {
            #[serde(borrow)]
            order: &'a RawValue,
            name: &'a str,
        }
        let text = r#"{"order": {"id": [1, 2]}, "name": "plain"}"#;
        let envelope: Envelope = from_str(text).unwrap();
        assert_eq!(envelope.order.get(), r#"{"id": [1, 2]}"#);
        assert_eq!(envelope.name, "plain");
        let bytes: Envelope = from_slice(text.as_bytes()).unwrap();
        assert_eq!(bytes.name, "plain");
    }
}
