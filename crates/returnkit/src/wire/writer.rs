//! Compact JSON text from any `Serialize` value, into a byte buffer: what the wire format's
//! answers are written with.
//!
//! It writes exactly the bytes `serde_json::to_string` writes (the same escapes, the same
//! number formats, the same map keys), which a property test checks against serde_json
//! itself. One difference: it refuses `serde_json::value::RawValue` with an error, since no
//! answer holds one. It exists for speed: a batch of decisions is mostly
//! writing JSON, and serde_json's writer checks every byte of every string, keys included,
//! through a table and writes each piece (quote, key, quote, colon) as its own call. This
//! writer checks a string eight bytes at a time and writes a key with its quotes and colon
//! into room reserved once. The measured gain that keeps it: `docs/performance.md`.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// Writes `value` as compact JSON at the end of `out`.
///
/// On an error (only a `Serialize` implementation can raise one, or a map key that is not a
/// string or a number) `out` may hold part of the value.
///
/// ```
/// let mut out = Vec::new();
/// returnkit::wire::writer::write(&mut out, &("line \"1\"", 2, None::<u8>)).unwrap();
/// assert_eq!(out, br#"["line \"1\"",2,null]"#);
/// ```
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), JsonWriteError> {
    value.serialize(&mut JsonWriter { out, compact: None })
}

/// The members a compact answer leaves out by name: for each struct (by its Rust name, as
/// serde gives it), the keys of its members that a caller can derive from the rest.
pub type Omissions = [(&'static str, &'static [&'static str])];

/// Writes `value` as compact JSON at the end of `out`, in the compact form of an answer
/// (docs/wire.md, "Compact answers"): a struct's member is left out when its value is `[]`,
/// `{}`, `false` or `null`, or when `omit` names it for its struct. Maps and arrays keep every
/// entry.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Line { id: &'static str, reasons: Vec<String>, keep: bool, note: Option<u8>, price: &'static str }
/// let mut out = Vec::new();
/// let line = Line { id: "a", reasons: vec![], keep: false, note: None, price: "1.00" };
/// returnkit::wire::writer::write_compact(&mut out, &[line], &[("Line", &["price"])]).unwrap();
/// assert_eq!(out, br#"[{"id":"a"}]"#);
/// ```
pub fn write_compact<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    omit: &'static Omissions,
) -> Result<(), JsonWriteError> {
    value.serialize(&mut JsonWriter {
        out,
        compact: Some(omit),
    })
}

/// `value` as compact JSON text.
///
/// ```
/// let text = returnkit::wire::writer::to_string(&["12.35", "12.34"]).unwrap();
/// assert_eq!(text, r#"["12.35","12.34"]"#);
/// ```
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonWriteError> {
    let mut out = Vec::with_capacity(256);
    write(&mut out, value)?;
    // Only whole strings and ASCII punctuation are written, so the text is UTF-8.
    String::from_utf8(out).map_err(|e| JsonWriteError(e.to_string()))
}

/// Why a value could not be written: the message of a `Serialize` implementation's own error,
/// or serde_json's words for a map key it can't write either.
///
/// ```
/// use std::collections::BTreeMap;
/// let map = BTreeMap::from([((1, 2), "pair")]);
/// let err = returnkit::wire::writer::to_string(&map).unwrap_err();
/// assert_eq!(err.to_string(), "key must be a string");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonWriteError(String);

impl Display for JsonWriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonWriteError {}

impl ser::Error for JsonWriteError {
    fn custom<T: Display>(msg: T) -> Self {
        JsonWriteError(msg.to_string())
    }
}

fn key_must_be_a_string() -> JsonWriteError {
    JsonWriteError("key must be a string".into())
}

/// serde_json's name for a `RawValue` (JSON text written as it is) in `serialize_struct`.
/// Writing one is refused: no answer holds one, and supporting it would add a second copy of
/// every field's code (a tenth of this writer in the WebAssembly package).
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// The serializer: a buffer that values append their JSON to.
struct JsonWriter<'a> {
    out: &'a mut Vec<u8>,
    /// In the compact form, the members left out by name ([`write_compact`]).
    compact: Option<&'static Omissions>,
}

/// Whether any byte needs an escape in a JSON string: a control character, `"` or `\`.
/// Eight bytes at a time, the last (or only) bytes as one word too: most strings here are
/// ids, codes, amounts and keys of a few to twenty bytes, too short for a vectorized loop to
/// pay off, and a byte-by-byte tail costs more than the words before it.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        if word_needs_escape(le_word(chunk)) {
            return true;
        }
    }
    let rest = chunks.remainder();
    if rest.is_empty() {
        return false;
    }
    // The tail: the last eight bytes when there are as many (overlapping bytes already
    // checked is harmless), else the tail read as two overlapping halves and padded with
    // spaces, which need no escape.
    let word = match bytes.len() {
        8.. => le_word(bytes.get(bytes.len() - 8..).unwrap_or_default()),
        4.. => overlapping::<4>(rest),
        2.. => overlapping::<2>(rest),
        _ => overlapping::<1>(rest),
    };
    word_needs_escape(word)
}

/// Eight spaces (0x20), a byte that needs no escape.
const SPACES: u64 = u64::from_le_bytes([b' '; 8]);

/// The first eight bytes of `chunk` as a little-endian word (zero when it is shorter).
#[inline]
fn le_word(chunk: &[u8]) -> u64 {
    chunk
        .get(..8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map_or(0, u64::from_le_bytes)
}

/// The first `N` and the last `N` bytes of `rest` (N <= 4, `rest` at least `N` long and at
/// most `2 * N`, so the two cover it) side by side in the low `2 * N` bytes of a word; the
/// bytes above them are spaces.
#[inline]
fn overlapping<const N: usize>(rest: &[u8]) -> u64 {
    let half = |part: Option<&[u8]>| {
        part.and_then(|p| <[u8; N]>::try_from(p).ok())
            .map_or(0, |p| {
                p.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b))
            })
    };
    let low = half(rest.get(..N));
    let high = half(rest.get(rest.len().saturating_sub(N)..));
    let width = 8 * N as u32;
    let pad = SPACES.checked_shl(2 * width).unwrap_or(0);
    let mask = 1u64.checked_shl(width).map_or(u64::MAX, |m| m - 1);
    (low & mask) | (high & mask) << width | pad
}

/// Whether any of the eight bytes of `x` is below 0x20, `"` or `\`: the usual bit tricks for
/// "has a byte less than n" and "has a zero byte", which are exact as yes-or-no answers.
#[inline]
fn word_needs_escape(x: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let control = x.wrapping_sub(ONES * 0x20) & !x;
    let quote = x ^ (ONES * u64::from(b'"'));
    let quote = quote.wrapping_sub(ONES) & !quote;
    let backslash = x ^ (ONES * u64::from(b'\\'));
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (control | quote | backslash) & HIGHS != 0
}

/// Appends `s` as a JSON string, quotes included.
// Out of line in WebAssembly, where every field calling its own copy costs download size.
// Always in line elsewhere: a unit variant's name is a constant there, and its escape check
// and copy are then settled at compile time.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if needs_escape(bytes) {
        write_escaped(out, bytes);
    } else {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    }
}

/// The slow path of [`write_str`], with serde_json's escapes: the short forms for backspace,
/// form feed, newline, carriage return and tab, `\u00XX` (lowercase hex) for the other
/// control characters, and a backslash before `"` and `\`.
#[inline(never)]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    write_escaped_contents(out, bytes);
    out.push(b'"');
}

fn write_escaped_contents(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0C => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x00..=0x1F => 0,
            _ => continue,
        };
        out.extend_from_slice(bytes.get(run..i).unwrap_or_default());
        run = i + 1;
        if short == 0 {
            let hex = |n: u8| HEX.get(usize::from(n & 0xF)).copied().unwrap_or(b'0');
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b)]);
        } else {
            out.extend_from_slice(&[b'\\', short]);
        }
    }
    out.extend_from_slice(bytes.get(run..).unwrap_or_default());
}

/// Appends an object key: a comma unless it is the first, the key as a JSON string, a colon.
// Out of line in WebAssembly, where every field calling its own copy costs download size.
// Always in line elsewhere: a struct member's key is a constant there, and its escape check
// and copy are then settled at compile time.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn write_key(out: &mut Vec<u8>, first: bool, key: &str) {
    let bytes = key.as_bytes();
    if needs_escape(bytes) {
        if !first {
            out.push(b',');
        }
        write_escaped(out, bytes);
        out.push(b':');
    } else {
        out.reserve(bytes.len() + 4);
        if !first {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\":");
    }
}

#[inline]
fn write_integer<I: itoa::Integer>(out: &mut Vec<u8>, value: I) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A float as serde_json writes it: `null` when not finite, otherwise the shortest text that
/// reads back the same (zmij, as serde_json uses).
#[inline]
fn write_float<F: zmij::Float>(out: &mut Vec<u8>, value: F, finite: bool) {
    if finite {
        out.extend_from_slice(zmij::Buffer::new().format_finite(value).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// The ten integer methods of a `Serializer`, each `|self, v| body`.
macro_rules! integers {
    (|$this:ident, $v:ident| $body:expr) => {
        integers!(@each |$this, $v| $body;
            serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
            serialize_i128 i128, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32,
            serialize_u64 u64, serialize_u128 u128);
    };
    (@each |$this:ident, $v:ident| $body:expr; $($method:ident $ty:ty),*) => {
        $(
            #[inline]
            fn $method(self, $v: $ty) -> Result<(), JsonWriteError> {
                let $this = self;
                $body
            }
        )*
    };
}

/// A `fmt::Write` that appends escaped string contents, for `collect_str`.
struct EscapingWriter<'a>(&'a mut Vec<u8>);

impl fmt::Write for EscapingWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let bytes = s.as_bytes();
        if needs_escape(bytes) {
            write_escaped_contents(self.0, bytes);
        } else {
            self.0.extend_from_slice(bytes);
        }
        Ok(())
    }
}

/// An array or object being written; `first` until its first element or key.
struct Compound<'w, 'a> {
    writer: &'w mut JsonWriter<'a>,
    first: bool,
    /// Closing bytes: `]`, `}`, or `]}` / `}}` for a variant's array or object.
    close: &'static [u8],
    /// The struct's name, for the compact form's omissions; empty for anything else.
    name: &'static str,
    /// In the compact form, the member just written: where its key and its value start, and
    /// `first` before it, so that it can be taken back once its value is known.
    pending: Option<(usize, usize, bool)>,
}

impl<'w, 'a> Compound<'w, 'a> {
    #[inline]
    fn open(
        writer: &'w mut JsonWriter<'a>,
        open: &'static [u8],
        close: &'static [u8],
    ) -> Compound<'w, 'a> {
        Compound::open_named(writer, open, close, "")
    }

    #[inline]
    fn open_named(
        writer: &'w mut JsonWriter<'a>,
        open: &'static [u8],
        close: &'static [u8],
        name: &'static str,
    ) -> Compound<'w, 'a> {
        writer.out.extend_from_slice(open);
        Compound {
            writer,
            first: true,
            close,
            name,
            pending: None,
        }
    }

    #[inline]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonWriteError> {
        if !self.first {
            self.writer.out.push(b',');
        }
        self.first = false;
        value.serialize(&mut *self.writer)
    }

    #[inline]
    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsonWriteError> {
        // The full form writes the key here, as if there were no compact form; the compact
        // form's work is in `begin_field` and `settle` (out of line). In WebAssembly every
        // field goes through `begin_field`, out of line there too, so that each field's code
        // (one per field of every type) grows by one call only.
        #[cfg(not(target_arch = "wasm32"))]
        if self.writer.compact.is_none() {
            write_key(self.writer.out, self.first, key);
            self.first = false;
            return value.serialize(&mut *self.writer);
        }
        if !self.begin_field(key) {
            return Ok(());
        }
        value.serialize(&mut *self.writer)
    }

    /// Writes a struct member's key; in the compact form, first takes back the member before
    /// it if its value was empty, and writes nothing (false) when the member is left out by
    /// name. In line outside WebAssembly, so that the key stays a constant (`write_key`).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn begin_field(&mut self, key: &'static str) -> bool {
        let Some(omit) = self.writer.compact else {
            write_key(self.writer.out, self.first, key);
            self.first = false;
            return true;
        };
        self.settle();
        let named = omit
            .iter()
            .any(|(name, keys)| *name == self.name && keys.contains(&key));
        if named {
            return false;
        }
        let start = self.writer.out.len();
        write_key(self.writer.out, self.first, key);
        self.pending = Some((start, self.writer.out.len(), self.first));
        self.first = false;
        true
    }

    /// In the compact form, takes back the member just written when its value is `[]`, `{}`,
    /// `false` or `null`.
    #[inline(never)]
    fn settle(&mut self) {
        let Some((start, value_start, first)) = self.pending.take() else {
            return;
        };
        let written = self.writer.out.get(value_start..).unwrap_or_default();
        if matches!(written, b"[]" | b"{}" | b"false" | b"null") {
            self.writer.out.truncate(start);
            self.first = first;
        }
    }

    #[inline]
    fn close(mut self) -> Result<(), JsonWriteError> {
        if self.pending.is_some() {
            self.settle();
        }
        self.writer.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl JsonWriter<'_> {
    /// Opens `{"variant":` for an enum variant with content.
    #[inline]
    fn open_variant(&mut self, variant: &str) {
        self.out.push(b'{');
        write_key(self.out, true, variant);
    }
}

impl<'w, 'a> ser::Serializer for &'w mut JsonWriter<'a> {
    type Ok = ();
    type Error = JsonWriteError;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), JsonWriteError> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    integers!(|writer, v| {
        write_integer(writer.out, v);
        Ok(())
    });

    #[inline]
    fn serialize_f32(self, v: f32) -> Result<(), JsonWriteError> {
        write_float(self.out, v, v.is_finite());
        Ok(())
    }

    #[inline]
    fn serialize_f64(self, v: f64) -> Result<(), JsonWriteError> {
        write_float(self.out, v, v.is_finite());
        Ok(())
    }

    #[inline]
    fn serialize_char(self, v: char) -> Result<(), JsonWriteError> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), JsonWriteError> {
        write_str(self.out, v);
        Ok(())
    }

    #[inline]
    fn serialize_bytes(self, v: &[u8]) -> Result<(), JsonWriteError> {
        // serde_json writes bytes as an array of numbers.
        let mut array = Compound::open(self, b"[", b"]");
        for b in v {
            array.element(b)?;
        }
        array.close()
    }

    #[inline]
    fn serialize_none(self) -> Result<(), JsonWriteError> {
        self.serialize_unit()
    }

    #[inline]
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), JsonWriteError> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_unit(self) -> Result<(), JsonWriteError> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), JsonWriteError> {
        self.serialize_unit()
    }

    // Always in line outside WebAssembly, as `write_str`: a variant's name is a constant in
    // the derived code, so its escape check and copy are settled at compile time.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonWriteError> {
        self.serialize_str(variant)
    }

    #[inline]
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), JsonWriteError> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), JsonWriteError> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }

    #[inline]
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, JsonWriteError> {
        Ok(Compound::open(self, b"[", b"]"))
    }

    #[inline]
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'w, 'a>, JsonWriteError> {
        Ok(Compound::open(self, b"[", b"]"))
    }

    #[inline]
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, JsonWriteError> {
        Ok(Compound::open(self, b"[", b"]"))
    }

    #[inline]
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, JsonWriteError> {
        self.open_variant(variant);
        Ok(Compound::open(self, b"[", b"]}"))
    }

    #[inline]
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, JsonWriteError> {
        Ok(Compound::open(self, b"{", b"}"))
    }

    #[inline]
    fn serialize_struct(
        self,
        name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, JsonWriteError> {
        if name == RAW_VALUE_TOKEN {
            return Err(JsonWriteError(
                "raw JSON text (serde_json's RawValue) is not written by this writer".into(),
            ));
        }
        Ok(Compound::open_named(self, b"{", b"}", name))
    }

    #[inline]
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, JsonWriteError> {
        self.open_variant(variant);
        Ok(Compound::open(self, b"{", b"}}"))
    }

    #[inline]
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), JsonWriteError> {
        self.out.push(b'"');
        write!(EscapingWriter(self.out), "{value}")
            .map_err(|_| JsonWriteError("a Display implementation returned an error".into()))?;
        self.out.push(b'"');
        Ok(())
    }
}

/// The array-like traits, each of whose elements is written by [`Compound::element`].
macro_rules! arrays {
    ($($trait:ident :: $method:ident),*) => {
        $(
            impl ser::$trait for Compound<'_, '_> {
                type Ok = ();
                type Error = JsonWriteError;

                #[inline]
                fn $method<T: Serialize + ?Sized>(
                    &mut self,
                    value: &T,
                ) -> Result<(), JsonWriteError> {
                    self.element(value)
                }

                #[inline]
                fn end(self) -> Result<(), JsonWriteError> {
                    self.close()
                }
            }
        )*
    };
}

arrays!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonWriteError;

    #[inline]
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), JsonWriteError> {
        if !self.first {
            self.writer.out.push(b',');
        }
        self.first = false;
        key.serialize(MapKeyWriter(self.writer.out))?;
        self.writer.out.push(b':');
        Ok(())
    }

    #[inline]
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonWriteError> {
        value.serialize(&mut *self.writer)
    }

    #[inline]
    fn end(self) -> Result<(), JsonWriteError> {
        self.close()
    }
}

/// The struct traits, each of whose fields is written by [`Compound::field`].
macro_rules! objects {
    ($($trait:ident),*) => {
        $(
            impl ser::$trait for Compound<'_, '_> {
                type Ok = ();
                type Error = JsonWriteError;

                #[inline]
                fn serialize_field<T: Serialize + ?Sized>(
                    &mut self,
                    key: &'static str,
                    value: &T,
                ) -> Result<(), JsonWriteError> {
                    self.field(key, value)
                }

                #[inline]
                fn end(self) -> Result<(), JsonWriteError> {
                    self.close()
                }
            }
        )*
    };
}

objects!(SerializeStruct, SerializeStructVariant);

/// Writes a map key as serde_json does: strings, chars and unit variants as strings; numbers
/// and booleans quoted; finite floats quoted; anything else is an error.
struct MapKeyWriter<'a>(&'a mut Vec<u8>);

impl MapKeyWriter<'_> {
    fn quoted(self, write: impl FnOnce(&mut Vec<u8>)) -> Result<(), JsonWriteError> {
        self.0.push(b'"');
        write(self.0);
        self.0.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKeyWriter<'_> {
    type Ok = ();
    type Error = JsonWriteError;
    type SerializeSeq = ser::Impossible<(), JsonWriteError>;
    type SerializeTuple = ser::Impossible<(), JsonWriteError>;
    type SerializeTupleStruct = ser::Impossible<(), JsonWriteError>;
    type SerializeTupleVariant = ser::Impossible<(), JsonWriteError>;
    type SerializeMap = ser::Impossible<(), JsonWriteError>;
    type SerializeStruct = ser::Impossible<(), JsonWriteError>;
    type SerializeStructVariant = ser::Impossible<(), JsonWriteError>;

    fn serialize_bool(self, v: bool) -> Result<(), JsonWriteError> {
        self.quoted(|out| out.extend_from_slice(if v { b"true" } else { b"false" }))
    }

    integers!(|key, v| key.quoted(|out| write_integer(out, v)));

    fn serialize_f32(self, v: f32) -> Result<(), JsonWriteError> {
        if !v.is_finite() {
            return Err(JsonWriteError(
                "float key must be finite (got NaN or +/-inf)".into(),
            ));
        }
        self.quoted(|out| write_float(out, v, true))
    }

    fn serialize_f64(self, v: f64) -> Result<(), JsonWriteError> {
        if !v.is_finite() {
            return Err(JsonWriteError(
                "float key must be finite (got NaN or +/-inf)".into(),
            ));
        }
        self.quoted(|out| write_float(out, v, true))
    }

    fn serialize_char(self, v: char) -> Result<(), JsonWriteError> {
        write_str(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), JsonWriteError> {
        write_str(self.0, v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), JsonWriteError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonWriteError> {
        write_str(self.0, variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), JsonWriteError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, JsonWriteError> {
        Err(key_must_be_a_string())
    }

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), JsonWriteError> {
        (&mut JsonWriter {
            out: self.0,
            compact: None,
        })
            .collect_str(value)
    }
}

#[cfg(test)]
mod tests;
