//! The storefront module: what a returns portal calls while the customer picks items and
//! submits. Compiled policies (JSON; TOML ones arrive as their JSON form), decisions, refund
//! and label quotes, exact splits, the policy summary, and opening an RMA.
//!
//! Policies are compiled into the instance's table ([`crate::policies`]) and named by a
//! handle.

use std::cell::RefCell;

use returnkit::wire;
use returnkit::Error;
use wasm_bindgen::prelude::*;

use crate::policies::with_policy;
use crate::{guard, Answer};

/// A refund quote: [`wire::quote`].
#[wasm_bindgen]
pub fn quote(input: &str) -> Answer {
    guard(|| wire::quote(input))
}

/// An exact split of an amount across weights: [`wire::allocate`].
#[wasm_bindgen]
pub fn allocate(input: &str) -> Answer {
    guard(|| wire::allocate(input))
}

/// Largest 2^53 - 1: integers up to it are exact as JavaScript numbers.
const SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

fn whole(value: f64, field: impl FnOnce() -> String) -> returnkit::Result<i64> {
    if value.is_finite() && value.fract() == 0.0 && value.abs() <= SAFE_INTEGER {
        // In range and whole, so the conversion is exact.
        Ok(value as i64)
    } else {
        Err(Error::InvalidValue {
            field: field(),
            reason: "not a whole number of at most 2^53 - 1".into(),
        })
    }
}

/// Most weights the fast split takes; more go through [`allocate_minor`].
pub const FAST_WEIGHTS: usize = 32;

/// The fast split, in place: `buf` holds at most [`FAST_WEIGHTS`] weights, which become the
/// shares, and the answer is true. Numbers that are not whole, and any error, answer false
/// with `buf` unchanged, and [`allocate_minor`] then gives the typed error. The split itself
/// is the core's ([`returnkit::Money::allocate_minor_units`]); this only converts numbers.
pub fn split_in_place(total: f64, buf: &mut [f64]) -> bool {
    let n = buf.len();
    if n == 0 || n > FAST_WEIGHTS {
        return false;
    }
    let Ok(total) = whole(total, String::new) else {
        return false;
    };
    let mut weights = [0i64; FAST_WEIGHTS];
    for (w, v) in weights.iter_mut().zip(buf.iter()) {
        let Ok(v) = whole(*v, String::new) else {
            return false;
        };
        *w = v;
    }
    let mut shares = [0i64; FAST_WEIGHTS];
    let (Some(weights), Some(shares)) = (weights.get(..n), shares.get_mut(..n)) else {
        return false;
    };
    if returnkit::Money::allocate_minor_units(total, weights, shares).is_err() {
        return false;
    }
    for (b, s) in buf.iter_mut().zip(shares.iter()) {
        // Each share is at most the total, so at most 2^53 - 1: exact as a number.
        *b = *s as f64;
    }
    true
}

/// [`returnkit::Money::allocate`] in minor units: `total` split across whole `weights`, the
/// shares in minor units. Numbers must be whole and within 2^53 - 1.
#[wasm_bindgen]
pub fn allocate_minor(total: f64, weights: &[f64]) -> Answer<Vec<f64>> {
    guard(|| {
        let mut out = weights.to_vec();
        if split_in_place(total, &mut out) {
            return Ok(out);
        }
        let total = whole(total, || "total".into())?;
        let weights = weights
            .iter()
            .enumerate()
            .map(|(i, w)| whole(*w, || format!("weights[{i}]")))
            .collect::<returnkit::Result<Vec<_>>>()?;
        let mut shares = vec![0i64; weights.len()];
        returnkit::Money::allocate_minor_units(total, &weights, &mut shares)?;
        Ok(shares.into_iter().map(|m| m as f64).collect())
    })
}

thread_local! {
    /// Weights in, shares out, for [`allocate_minor_in_scratch`]: JavaScript writes and reads
    /// it through a view of the instance's memory, so a split crosses the boundary without
    /// allocating.
    pub(crate) static SCRATCH: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
}

/// The address of the scratch buffer, which holds [`FAST_WEIGHTS`] numbers (a view of the
/// instance's memory at this address stays valid: the buffer never moves).
#[wasm_bindgen]
pub fn allocate_scratch() -> usize {
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < FAST_WEIGHTS {
            s.resize(FAST_WEIGHTS, 0.0);
        }
        s.as_ptr() as usize
    })
}

/// The fast split in place: the first `n` numbers of the scratch buffer are the weights, and
/// become the shares. Returns false, changing nothing, when [`allocate_minor`] must answer.
#[wasm_bindgen]
pub fn allocate_minor_in_scratch(total: f64, n: usize) -> bool {
    SCRATCH.with(|s| match s.borrow_mut().get_mut(..n) {
        Some(buffer) => split_in_place(total, buffer),
        None => false,
    })
}

/// The instance's memory, for the view of the scratch buffer.
#[wasm_bindgen]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// A decision under a compiled policy: [`wire::decide`].
#[wasm_bindgen]
pub fn policy_decide(handle: u32, input: &str) -> Answer {
    guard(|| with_policy(handle, "policy", |p| wire::decide(p, input)))
}

/// The refund preview that answers a return request under a compiled policy: the quote of
/// the offer the core picks ([`wire::refund_preview`]).
#[wasm_bindgen]
pub fn policy_refund_preview(handle: u32, input: &str) -> Answer {
    guard(|| with_policy(handle, "policy", |p| wire::refund_preview(p, input)))
}

/// A label quote with a compiled policy's rate cards: [`wire::label_quote`].
#[wasm_bindgen]
pub fn policy_label_quote(handle: u32, request: &str) -> Answer {
    guard(|| with_policy(handle, "policy", |p| wire::label_quote(p, request)))
}

/// A compiled policy's plain-language summary (a JSON string), or its schema.org JSON-LD:
/// [`wire::policy_explain`].
#[wasm_bindgen]
pub fn policy_explain(handle: u32, jsonld: bool) -> Answer {
    guard(|| with_policy(handle, "policy", |p| wire::policy_explain(p, jsonld)))
}

/// A compiled policy's plain-language summary in a locale (a BCP 47 tag; `None`, or a language
/// without a catalog in this module, is English), as a JSON string: [`wire::policy_summary`].
#[wasm_bindgen]
pub fn policy_summary(handle: u32, locale: Option<String>) -> Answer {
    guard(|| {
        with_policy(handle, "policy", |p| {
            wire::policy_summary(p, locale.as_deref())
        })
    })
}

/// Opens an RMA: [`wire::rma_submit`].
#[wasm_bindgen]
pub fn rma_submit(command: &str) -> Answer {
    guard(|| wire::rma_submit(command))
}
