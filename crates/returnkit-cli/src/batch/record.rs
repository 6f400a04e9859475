//! One input record of `returnkit batch`: reading it, and reading back the `id` of a record
//! that can't be read whole, so that its error record still carries it.

use returnkit::Error;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

/// One input record: the core's record of a stream of decisions.
pub use returnkit::wire::DecisionRecord as Record;

/// Parses a record from `&str` ([`Record::from_json`]): checking UTF-8 once up front is
/// cheaper than serde_json checking each string of a byte slice.
pub fn parse(text: &[u8]) -> Result<Record, Error> {
    // simdutf8 checks a line several times faster than std; std's check then words the error.
    let text = match simdutf8::basic::from_utf8(text) {
        Ok(text) => text,
        Err(_) => std::str::from_utf8(text).map_err(|e| Error::Parse {
            field: "input".into(),
            message: format!("the line is not UTF-8: {e}"),
        })?,
    };
    Record::from_json(text)
}

/// The `id` of a record that could not be read: the first `id` member of the line's object,
/// read up to that member only, so a record broken after it (a bad order, a missing `now`, a
/// cut-off line) still gives it back. None when the line isn't a JSON object or the `id`
/// can't be read.
pub fn recover_id(text: &[u8]) -> Option<Box<RawValue>> {
    let mut id = None;
    let mut de = serde_json::Deserializer::from_slice(text);
    // What follows the id may well be broken: that error is the record's, reported already.
    let _ = FindId(&mut id).deserialize(&mut de);
    id
}

/// Reads an object's members until its `id`, keeping that one in the slot it holds.
struct FindId<'s>(&'s mut Option<Box<RawValue>>);

impl<'de> DeserializeSeed<'de> for FindId<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FindId<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a record")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "id" {
                *self.0 = Some(map.next_value()?);
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}
