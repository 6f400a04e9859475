//! The writer against serde_json: the same bytes for every kind of value serde can describe.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Serialize;
use serde_json::Value;

use super::*;

/// Both writers' answers for `value`: text, or the error message.
fn both<T: Serialize + ?Sized>(value: &T) -> (Result<String, String>, Result<String, String>) {
    let ours = to_string(value).map_err(|e| e.to_string());
    let theirs = serde_json::to_string(value).map_err(|e| e.to_string());
    (ours, theirs)
}

fn same<T: Serialize + ?Sized>(value: &T) {
    let (ours, theirs) = both(value);
    assert_eq!(ours, theirs);
}

/// Calls `serialize_bytes`, which no std type does.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

/// Calls `collect_str`.
struct Shown(&'static str);

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // In two pieces, so that the escaping runs per piece.
        write!(f, "<{}>", self.0)
    }
}

impl Serialize for Shown {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Unit,
    Newtype(u8),
    Tuple(u8, String),
    Struct { a: u8, b: Option<String> },
    Empty {},
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Wrapped(String);

#[derive(Serialize)]
struct Pair(i8, &'static str);

#[derive(Serialize)]
struct Nothing;

#[derive(Serialize)]
struct Everything {
    unit: (),
    nothing: Nothing,
    flag: bool,
    small: i8,
    big: i128,
    huge: u128,
    single: f32,
    double: f64,
    not_a_number: f64,
    letter: char,
    quote: char,
    text: &'static str,
    maybe: Option<u32>,
    never: Option<u32>,
    pair: Pair,
    kinds: Vec<Kind>,
    empty: Vec<u8>,
    empty_map: BTreeMap<String, u8>,
    #[serde(rename = "key \"with\" quotes\n")]
    odd_key: u8,
    shown: Shown,
    bytes: Bytes<'static>,
}

#[test]
fn every_serializer_method_writes_what_serde_json_writes() {
    same(&Everything {
        unit: (),
        nothing: Nothing,
        flag: true,
        small: -128,
        big: i128::MIN,
        huge: u128::MAX,
        single: 1.1,
        double: -0.000_012_5,
        not_a_number: f64::NAN,
        letter: 'é',
        quote: '"',
        text: "tab\there, bell\u{7}, del\u{7f}, slash / and \\ and \u{1f600}",
        maybe: Some(7),
        never: None,
        pair: Pair(-1, "x"),
        kinds: vec![
            Kind::Unit,
            Kind::Newtype(3),
            Kind::Tuple(1, "\u{0}".into()),
            Kind::Struct { a: 2, b: None },
            Kind::Empty {},
        ],
        empty: vec![],
        empty_map: BTreeMap::new(),
        odd_key: 1,
        shown: Shown("a\u{1}\"b"),
        bytes: Bytes(&[0, 1, 255]),
    });
    same(&f64::INFINITY);
    same(&f32::NEG_INFINITY);
    same(&1e300);
    same(&0.1f32);
}

#[test]
fn map_keys_are_written_as_serde_json_writes_them() {
    same(&BTreeMap::from([(1u8, "a"), (200, "b")]));
    same(&BTreeMap::from([(-5i64, 1), (i64::MAX, 2)]));
    same(&BTreeMap::from([(u128::MAX, 1)]));
    same(&BTreeMap::from([(true, 1), (false, 2)]));
    same(&BTreeMap::from([('\n', 1), ('z', 2)]));
    same(&BTreeMap::from([(Kind::Unit, 1)]));
    same(&BTreeMap::from([(Wrapped("w\"".into()), 1)]));
    same(&BTreeMap::from([(Some("k"), 1)]));
    same(&vec![(1.5f64, 2)].into_iter().collect::<Vec<_>>());
    // Float keys through a map that keeps them.
    struct FloatKeys(Vec<(f64, u8)>);
    impl Serialize for FloatKeys {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
        }
    }
    same(&FloatKeys(vec![(1.5, 1), (-0.0, 2)]));
    let (ours, theirs) = both(&FloatKeys(vec![(f64::NAN, 1)]));
    assert_eq!(
        ours.unwrap_err(),
        "float key must be finite (got NaN or +/-inf)"
    );
    assert_eq!(
        theirs.unwrap_err(),
        "float key must be finite (got NaN or +/-inf)"
    );
    for (ours, theirs) in [
        both(&BTreeMap::from([((1, 2), 1)])),
        both(&BTreeMap::from([(Kind::Newtype(1), 1)])),
        both(&BTreeMap::from([(None::<u8>, 1)])),
        both(&BTreeMap::from([((), 1)])),
        both(&BTreeMap::from([(vec![1u8], 1)])),
    ] {
        assert_eq!(ours.unwrap_err(), "key must be a string");
        assert_eq!(theirs.unwrap_err(), "key must be a string");
    }
}

#[test]
fn raw_values_are_refused_rather_than_written_as_objects() {
    let raw = serde_json::value::RawValue::from_string("{ \"a\" : [1, 2] }".into()).unwrap();
    let err = to_string(&vec![raw]).unwrap_err();
    assert!(err.to_string().contains("RawValue"), "{err}");
}

#[test]
fn errors_of_serialize_implementations_pass_through() {
    struct Refuses;
    impl Serialize for Refuses {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("no, thanks"))
        }
    }
    let (ours, theirs) = both(&vec![Refuses]);
    assert_eq!(ours.unwrap_err(), "no, thanks");
    assert_eq!(theirs.unwrap_err(), "no, thanks");
}

#[test]
fn write_appends_to_what_the_buffer_holds() {
    let mut out = b"{\"line\":1,\"decision\":".to_vec();
    write(&mut out, &BTreeMap::from([("a", 1)])).unwrap();
    assert_eq!(out, b"{\"line\":1,\"decision\":{\"a\":1}");
}

/// Any JSON value, with strings of any characters (control characters and quotes included).
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[\"\\\\\\x00-\\x1f a-z]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_json_value_is_written_as_serde_json_writes_it(value in json_value()) {
        let ours = to_string(&value).unwrap();
        prop_assert_eq!(&ours, &serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn any_string_is_escaped_as_serde_json_escapes_it(text in any::<String>(), long in "[\\x00-\\x7f]{0,80}") {
        prop_assert_eq!(to_string(&text).unwrap(), serde_json::to_string(&text).unwrap());
        prop_assert_eq!(to_string(&long).unwrap(), serde_json::to_string(&long).unwrap());
        let map = BTreeMap::from([(text.clone(), long.clone())]);
        prop_assert_eq!(to_string(&map).unwrap(), serde_json::to_string(&map).unwrap());
    }

    #[test]
    fn any_number_is_written_as_serde_json_writes_it(a in any::<f64>(), b in any::<f32>(), c in any::<i128>(), d in any::<u64>()) {
        let value = (a, b, c, d);
        prop_assert_eq!(to_string(&value).unwrap(), serde_json::to_string(&value).unwrap());
    }
}

#[test]
fn the_escape_check_finds_every_byte_that_needs_one_at_every_position() {
    // Among plain letters, spaces (the tail's padding) and the bytes of UTF-8 sequences.
    for fill in [b'x', b' ', 0xC3, 0xFF] {
        for len in 0..20 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![fill; len];
                    if let Some(slot) = bytes.get_mut(at) {
                        *slot = b;
                    }
                    let expected = b < 0x20 || b == b'"' || b == b'\\';
                    assert_eq!(
                        needs_escape(&bytes),
                        expected,
                        "byte {b:#x} at {at} of {len} among {fill:#x}"
                    );
                }
            }
            assert!(!needs_escape(&vec![fill; len]));
        }
    }
}
