//! The back-office module: what a merchant's tools call, and a returns portal doesn't. The
//! RMA lifecycle after it is opened (commands and timers), policy checks, and TOML policies,
//! turned into the JSON that the storefront module compiles.

use returnkit::wire;
use wasm_bindgen::prelude::*;

use crate::{guard, Answer};

/// Every problem in a policy document: [`wire::policy_check`].
#[wasm_bindgen]
pub fn policy_check(text: &str, format: &str) -> Answer {
    guard(|| wire::policy_check(text, format))
}

/// The JSON form of a TOML policy, for the storefront module's `policy_compile`:
/// [`wire::policy_toml_to_json`]. A TOML policy that doesn't read gets its error here, with
/// the line and column in the file.
#[wasm_bindgen]
pub fn policy_toml_to_json(text: &str) -> Answer {
    guard(|| wire::policy_toml_to_json(text))
}

/// Applies a command to an RMA document: [`wire::rma_apply`].
#[wasm_bindgen]
pub fn rma_apply(document: &str, command: &str) -> Answer {
    guard(|| wire::rma_apply(document, command))
}

/// Lets time pass for an RMA document: [`wire::rma_tick`].
#[wasm_bindgen]
pub fn rma_tick(document: &str, now: &str, idempotency_key: &str) -> Answer {
    guard(|| wire::rma_tick(document, now, idempotency_key))
}
