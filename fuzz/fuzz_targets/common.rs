//! What every target checks: an error names a field. Each target uses part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;

/// Whether an error about a whole text names its document (`input`, `order`) rather than the
/// root path `.`; until returnkit does, such errors are let through (the harness in
/// `tests/rust/fuzz_wire.rs` holds the same rule).
fn root_errors_named() -> bool {
    static NAMED: OnceLock<bool> = OnceLock::new();
    *NAMED.get_or_init(|| {
        returnkit::wire::quote("[")
            .err()
            .is_some_and(|e| !e.field().is_empty() && e.field() != ".")
    })
}

/// Panics (a finding) when `result` is an error that names no field.
pub fn assert_names_field<T>(result: &returnkit::Result<T>) {
    if let Err(e) = result {
        let field = e.field();
        let whole_text = field.is_empty() || field == ".";
        let let_through = whole_text_error(e) && !root_errors_named();
        assert!(
            !whole_text || let_through,
            "error {} names no field: {e}",
            e.code()
        );
    }
}

/// An error about the text as a whole: its syntax or its top-level shape.
fn whole_text_error(e: &returnkit::Error) -> bool {
    e.code() == 1001
}

/// The fuzzer's bytes split at the first NUL: two texts, each valid UTF-8 or none.
pub fn two_texts(data: &[u8]) -> Option<(&str, &str)> {
    let at = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let first = std::str::from_utf8(&data[..at]).ok()?;
    let second = std::str::from_utf8(data.get(at + 1..).unwrap_or_default()).ok()?;
    Some((first, second))
}
