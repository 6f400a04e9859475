//! Decimals on the wire, as strings such as `"12.50"`: the serde `with` module of every
//! amount, rate and percent in returnkit's types.
//!
//! Writing formats from the 64-bit mantissa directly, byte for byte what rust_decimal writes,
//! because a decision writes many amounts (the measured gain that keeps it:
//! `docs/performance.md`); reading is rust_decimal's.
//!
//! ```
//! #[derive(serde::Serialize)]
//! struct Refund(#[serde(with = "returnkit::wire::decimal")] rust_decimal::Decimal);
//! let text = serde_json::to_string(&Refund(rust_decimal::Decimal::new(-5, 2))).unwrap();
//! assert_eq!(text, r#""-0.05""#);
//! ```

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Writes `value` as a JSON string.
///
/// ```
/// let mut out = Vec::new();
/// returnkit::wire::decimal::serialize(
///     &rust_decimal::Decimal::new(1250, 2),
///     &mut serde_json::Serializer::new(&mut out),
/// ).unwrap();
/// assert_eq!(out, br#""12.50""#);
/// ```
pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; 64];
    match format(value, &mut buf) {
        Some(text) => s.serialize_str(text),
        None => rust_decimal::serde::str::serialize(value, s),
    }
}

/// Reads a decimal from a string (or a number), as rust_decimal does.
///
/// ```
/// let d = returnkit::wire::decimal::deserialize(&mut serde_json::Deserializer::from_str(r#""12.50""#)).unwrap();
/// assert_eq!(d, rust_decimal::Decimal::new(1250, 2));
/// ```
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    rust_decimal::serde::str::deserialize(d)
}

/// `value` as rust_decimal writes it (`-` for any negative, including -0; at least one
/// digit before the point; exactly `scale` digits after it), when its mantissa fits in
/// 64 bits.
pub(crate) fn format<'b>(value: &Decimal, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let mut m = u64::try_from(value.mantissa().unsigned_abs()).ok()?;
    // Written backwards from the end, two digits per division (a chain of divisions is
    // most of the time spent here): at most 28 decimals, a point, 20 whole digits and a
    // sign, so it always fits.
    let mut at = buf.len();
    let mut put = |bytes: &[u8]| -> Option<()> {
        let from = at.checked_sub(bytes.len())?;
        buf.get_mut(from..at)?.copy_from_slice(bytes);
        at = from;
        Some(())
    };
    let pair = |n: u64| -> [u8; 2] { [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8] };
    let scale = value.scale();
    if scale > 0 {
        for _ in 0..scale / 2 {
            put(&pair(m % 100))?;
            m /= 100;
        }
        if scale % 2 == 1 {
            put(&[b'0' + (m % 10) as u8])?;
            m /= 10;
        }
        put(b".")?;
    }
    while m >= 100 {
        put(&pair(m % 100))?;
        m /= 100;
    }
    if m >= 10 {
        put(&pair(m))?;
    } else {
        put(&[b'0' + m as u8])?;
    }
    if value.is_sign_negative() {
        put(b"-")?;
    }
    std::str::from_utf8(buf.get(at..)?).ok()
}

/// A decimal that travels as a string on the wire (`"12.50"`): the one statement of how
/// every amount of money, rate and weight is written, read and described.
///
/// A `Decimal` field names it once, `#[serde(with = "crate::wire::WireDecimal")]`: serde then
/// writes and reads the field through [`WireDecimal::serialize`] and
/// [`WireDecimal::deserialize`], and schemars takes the field's JSON Schema from this type's
/// (named `Decimal`), so that schemas and the TypeScript declarations say "a decimal string"
/// rather than `string | number`, as for Rust's `Decimal`.
///
/// ```
/// use returnkit::wire::WireDecimal;
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Refund {
///     #[serde(with = "WireDecimal")]
///     amount: rust_decimal::Decimal,
/// }
/// let refund: Refund = serde_json::from_str(r#"{"amount": "12.50"}"#).unwrap();
/// assert_eq!(refund.amount, rust_decimal::Decimal::new(1250, 2));
/// assert_eq!(serde_json::to_string(&refund).unwrap(), r#"{"amount":"12.50"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WireDecimal(#[serde(with = "crate::wire::decimal")] pub Decimal);

impl WireDecimal {
    /// Writes a `Decimal` field as a JSON string: serde's `with` form of this type.
    ///
    /// ```
    /// #[derive(serde::Serialize)]
    /// struct Fee {
    ///     #[serde(serialize_with = "returnkit::wire::WireDecimal::serialize")]
    ///     amount: rust_decimal::Decimal,
    /// }
    /// let text = serde_json::to_string(&Fee { amount: rust_decimal::Decimal::new(595, 2) }).unwrap();
    /// assert_eq!(text, r#"{"amount":"5.95"}"#);
    /// ```
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        serialize(value, s)
    }

    /// Reads a `Decimal` field: serde's `with` form of this type.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Fee {
    ///     #[serde(deserialize_with = "returnkit::wire::WireDecimal::deserialize")]
    ///     amount: rust_decimal::Decimal,
    /// }
    /// let fee: Fee = serde_json::from_str(r#"{"amount": "5.95"}"#).unwrap();
    /// assert_eq!(fee.amount, rust_decimal::Decimal::new(595, 2));
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        deserialize(d)
    }
}

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for WireDecimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        "returnkit::wire::decimal::WireDecimal".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = schemars::json_schema!({
            "type": "string",
            "description": "A decimal number written as a string, such as `\"12.50\"`: every amount of money, rate and\nweight on the wire."
        });
        // The form this module writes; reading is rust_decimal's, which takes more.
        if generator.contract().is_serialize() {
            schema.insert("pattern".into(), r"^-?[0-9]+(\.[0-9]+)?$".into());
        }
        schema
    }
}
