//! Compiled policies, kept in a table inside the instance and named by a handle (a positive
//! integer), in the modules that decide: the storefront (decisions and quotes) and analytics
//! (what-if simulations). A policy compiled in one instance can't be used in another, so the
//! JavaScript `Policy` keeps its JSON source and compiles it in each module that uses it, and
//! again on a fresh instance.

use std::cell::RefCell;

use returnkit::policy::Policy;
use returnkit::wire::{self, PolicyFormat};
use returnkit::Error;
use wasm_bindgen::prelude::*;

use crate::{guard, internal, Answer};

thread_local! {
    /// Compiled policies; a handle is an index plus one, so that 0 is never a handle.
    static POLICIES: RefCell<Vec<Option<Policy>>> = const { RefCell::new(Vec::new()) };
}

/// Compiles a JSON policy ([`wire::compile_json_policy`]) and keeps it; returns its handle.
/// `format` is `json`: TOML policies come as their JSON form, made by the back-office module
/// (`policy_toml_to_json`), which compiles as the TOML does ([`wire::compile_policy`]).
#[wasm_bindgen]
pub fn policy_compile(text: &str, format: &str, rate_cards: &str) -> Answer<u32> {
    guard(|| {
        let policy = match PolicyFormat::parse(format)? {
            PolicyFormat::Json => wire::compile_json_policy(text, rate_cards)?,
            PolicyFormat::Toml => {
                return Err(Error::InvalidValue {
                    field: "format".into(),
                    reason: "this module compiles JSON; a TOML policy is turned into JSON by \
                             the back-office module first (policy_toml_to_json)"
                        .into(),
                })
            }
        };
        POLICIES.with(|table| {
            let mut table = table.borrow_mut();
            let index = match table.iter().position(Option::is_none) {
                Some(free) => free,
                None => {
                    table.push(None);
                    table.len() - 1
                }
            };
            if let Some(slot) = table.get_mut(index) {
                *slot = Some(policy);
            }
            u32::try_from(index + 1).map_err(|_| internal("too many policies".into()))
        })
    })
}

/// Releases a compiled policy. Freeing a handle twice does nothing.
#[wasm_bindgen]
pub fn policy_free(handle: u32) {
    POLICIES.with(|table| {
        if let Some(slot) = table
            .borrow_mut()
            .get_mut((handle as usize).wrapping_sub(1))
        {
            *slot = None;
        }
    });
}

/// Runs `f` on the policy behind `handle`; a freed handle is an error on `field`.
pub(crate) fn with_policy(
    handle: u32,
    field: &str,
    f: impl FnOnce(&Policy) -> returnkit::Result<String>,
) -> returnkit::Result<String> {
    POLICIES.with(|table| {
        let table = table.borrow();
        match table
            .get((handle as usize).wrapping_sub(1))
            .and_then(Option::as_ref)
        {
            Some(policy) => f(policy),
            None => Err(Error::InvalidValue {
                field: field.into(),
                reason: "this policy was freed".into(),
            }),
        }
    })
}
