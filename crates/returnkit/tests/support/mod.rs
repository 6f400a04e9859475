//! Builders and checks shared by the test files of this folder. A test file uses them with
//! `mod support;`.
//!
//! - [`rma`]: the return of the `rma-lifecycle` example (`examples/rma-lifecycle`) and the
//!   builders that open an RMA from it.
//! - [`orders`], [`requests`] and [`quote_model`]: random orders and refund requests for the
//!   refund engine's property tests, and the model every successful quote is checked against.
// Each test binary compiles this whole module but uses only part of it.
#![allow(dead_code)]

pub mod orders;
pub mod quote_model;
pub mod requests;
pub mod rma;

use proptest::test_runner::Config as ProptestConfig;

/// A proptest configuration running `cases` cases.
pub fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Don't write `.proptest-regressions` files next to this test.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The answer as a JSON value, after checking that the wire's writer writes it as serde_json
/// does, byte for byte.
pub fn written<T: serde::Serialize>(answer: T) -> serde_json::Value {
    let text = returnkit::wire::writer::to_string(&answer).unwrap();
    assert_eq!(text, serde_json::to_string(&answer).unwrap());
    serde_json::from_str(&text).unwrap()
}
