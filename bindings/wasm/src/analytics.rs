//! The analytics module: what a merchant's reporting tools call over many records at once.
//! The returns report of RMA records, and the policy what-if (a history decided under two
//! policies), each with the merge of shards. It decides returns, so it compiles policies
//! ([`crate::policies`]) as the storefront does.

use returnkit::wire;
use wasm_bindgen::prelude::*;

use crate::policies::with_policy;
use crate::{guard, Answer};

/// The returns report of RMA records and an order feed (each a JSON array or JSON Lines; the
/// feed may be empty): [`wire::report`].
#[wasm_bindgen]
pub fn report(documents: &str, orders: &str) -> Answer {
    guard(|| wire::report(documents, orders))
}

/// Returns reports (a JSON array) merged into one: [`wire::report_merge`].
#[wasm_bindgen]
pub fn report_merge(reports: &str) -> Answer {
    guard(|| wire::report_merge(reports))
}

/// The what-if simulation of `records` (JSON Lines) under two compiled policies (handles of
/// `policy_compile`), with `options` (`{"names", "top"}` as JSON, empty for the defaults):
/// [`wire::simulate`]. A freed handle is an error on `current` or `proposed`.
#[wasm_bindgen]
pub fn simulate(current: u32, proposed: u32, records: &str, options: &str) -> Answer {
    guard(|| {
        with_policy(current, "current", |c| {
            with_policy(proposed, "proposed", |p| {
                wire::simulate(c, p, records, Some(options))
            })
        })
    })
}

/// Simulations of shards (a JSON array) merged into the simulation of the whole:
/// [`wire::simulate_merge`].
#[wasm_bindgen]
pub fn simulate_merge(simulations: &str) -> Answer {
    guard(|| wire::simulate_merge(simulations))
}
