//! What the test files of this folder share. A test file uses it with `mod support;`.
//!
//! - [`fixtures`]: reading the JSON fixtures under `tests/fixtures/` and matching them.
//! - [`rma`]: the core crate's own RMA builders (`crates/returnkit/tests/support/rma.rs`), the
//!   return of its `rma-lifecycle` example.
// Each test binary compiles this whole module but uses only part of it.
#![allow(dead_code)]

pub mod fixtures;
#[path = "../../../crates/returnkit/tests/support/rma.rs"]
pub mod rma;

use std::path::{Path, PathBuf};

/// The workspace root, which holds `tests/fixtures/`, `examples/` and `docs/`.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The answer as a JSON value, after checking that the wire's writer writes it as serde_json
/// does, byte for byte.
pub fn written<T: serde::Serialize>(answer: T) -> serde_json::Value {
    let text = returnkit::wire::writer::to_string(&answer).unwrap();
    assert_eq!(text, serde_json::to_string(&answer).unwrap());
    serde_json::from_str(&text).unwrap()
}
