//! The calls: a compiled policy handle, and one export per wire-format entry point. Each
//! converts its arguments, forwards to `returnkit_core::wire`, and converts the answer back.

use std::ffi::c_char;

use returnkit_core::policy::Policy;
use returnkit_core::{wire, Error};

use super::error::{boundary, guard, RkError};
use super::text::{give_string, optional_text_arg, out_arg, text_arg};

/// A compiled return policy, with its rate cards. Compile it once with `rk_policy_compile` and
/// free it with `rk_policy_free`.
///
/// Thread safety: a policy is immutable once compiled. Any number of threads may use one
/// policy at the same time (`rk_decide`, `rk_label_quote`, `rk_policy_explain`) without
/// locking; only `rk_policy_free` must wait until every other call on it has returned.
pub struct RkPolicy {
    policy: Policy,
}

fn null_arg(field: &str) -> Error {
    Error::InvalidValue {
        field: field.into(),
        reason: "is NULL".into(),
    }
}

/// Borrows a policy handle; NULL is error 1002 on `policy`.
///
/// # Safety
/// `policy` is NULL or a handle from `rk_policy_compile` that is not yet freed.
unsafe fn policy_arg<'a>(policy: *const RkPolicy) -> Result<&'a Policy, Error> {
    // SAFETY: a non-NULL `policy` came from `Box::into_raw` in `rk_policy_compile` and is live
    // by the caller's contract; it is only ever read through shared references.
    unsafe { policy.as_ref() }
        .map(|p| &p.policy)
        .ok_or_else(|| null_arg("policy"))
}

/// Runs a call whose answer is a string handed out through `out`.
///
/// # Safety
/// A non-NULL `out` points to a writable `char *`.
pub(crate) unsafe fn string_call(
    out: *mut *mut c_char,
    body: impl FnOnce() -> Result<String, Error>,
) -> *mut RkError {
    boundary(|| {
        // SAFETY: forwarded from this function's contract.
        let slot = unsafe { out_arg(out) }?;
        *slot = give_string(body()?)?;
        Ok(())
    })
}

/// Compiles a return policy from its document, JSON or TOML, with optional rate cards for
/// return labels.
///
/// - `text`, `text_len`: the policy document.
/// - `format`, `format_len`: `"json"` or `"toml"`.
/// - `rate_cards`, `rate_cards_len`: a JSON array of rate cards; NULL or empty text for none.
/// - `out`: receives the policy, to free with `rk_policy_free`; NULL when the call fails.
///
/// Errors: 1001 for text that does not parse, 2001 for a policy that does not validate (the
/// first problem; `rk_policy_check` lists them all), 2002 for a bad rate card, 1002 for a NULL
/// argument, an unknown format or oversized text.
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `RkPolicy *`.
#[no_mangle]
pub unsafe extern "C" fn rk_policy_compile(
    text: *const c_char,
    text_len: usize,
    format: *const c_char,
    format_len: usize,
    rate_cards: *const c_char,
    rate_cards_len: usize,
    out: *mut *mut RkPolicy,
) -> *mut RkError {
    boundary(|| {
        // SAFETY: every pointer is forwarded with the length the caller vouches for.
        let (slot, text, format, rate_cards) = unsafe {
            (
                out_arg(out)?,
                text_arg(text, text_len, "policy")?,
                text_arg(format, format_len, "format")?,
                optional_text_arg(rate_cards, rate_cards_len, "rate_cards")?,
            )
        };
        let policy = wire::compile_policy(text, format, rate_cards)?;
        *slot = Box::into_raw(Box::new(RkPolicy { policy }));
        Ok(())
    })
}

/// Frees a policy. NULL is ignored.
///
/// # Safety
/// `policy` is NULL or a handle from `rk_policy_compile`, freed only once, after every other
/// call using it has returned.
#[no_mangle]
pub unsafe extern "C" fn rk_policy_free(policy: *mut RkPolicy) {
    guard((), || {
        if !policy.is_null() {
            // SAFETY: a non-NULL `policy` came from `Box::into_raw` in `rk_policy_compile`, and
            // the caller frees it once, when no other call uses it.
            drop(unsafe { Box::from_raw(policy) });
        }
    })
}

/// Every problem in a policy document, without compiling it: `{"ok": bool, "errors":
/// [{"code", "kind", "field", "message"}, ...]}` through `out`. A document with problems is a
/// successful call whose answer has `"ok": false`.
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_policy_check(
    text: *const c_char,
    text_len: usize,
    format: *const c_char,
    format_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded with the length the caller vouches for.
        let (text, format) = unsafe {
            (
                text_arg(text, text_len, "policy")?,
                text_arg(format, format_len, "format")?,
            )
        };
        wire::policy_check(text, format)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// The policy explained for customers: with `jsonld` false, its plain-language summary as a
/// JSON string; with `jsonld` true, its schema.org `MerchantReturnPolicy` JSON-LD object.
///
/// # Safety
/// `policy` is NULL or a live handle; a non-NULL `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_policy_explain(
    policy: *const RkPolicy,
    jsonld: bool,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded from this function's contract.
        let policy = unsafe { policy_arg(policy) }?;
        wire::policy_explain(policy, jsonld)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// The policy's plain-language summary in the customer's language, as a JSON string. `locale`
/// is a BCP 47 tag (`"de-AT"`), matched as a decide request's `locale` is; NULL or empty text,
/// or a language returnkit has no catalog for, is English: what `rk_policy_explain` writes.
///
/// # Safety
/// `policy` is NULL or a live handle; a non-NULL `locale` points to at least `locale_len`
/// readable bytes; a non-NULL `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_policy_summary(
    policy: *const RkPolicy,
    locale: *const c_char,
    locale_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded under this function's contract.
        let (policy, locale) = unsafe {
            (
                policy_arg(policy)?,
                optional_text_arg(locale, locale_len, "locale")?,
            )
        };
        // Empty text negotiates to English, as no locale does.
        wire::policy_summary(policy, Some(locale))
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// A refund quote: `{"order": {...}, "request": {...}}` in, the quote out (see
/// `docs/refunds.md`). Error fields are paths inside the order or the request
/// (`lines[0].quantity`).
///
/// # Safety
/// A non-NULL `input` points to at least `input_len` readable bytes; a non-NULL `out` points
/// to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_quote(
    input: *const c_char,
    input_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded with the length the caller vouches for.
        wire::quote(unsafe { text_arg(input, input_len, "input") }?)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// A return decision under `policy`: `{"order": {...}, "request": {...}, "now": "RFC 3339"}`
/// in, the decision out (see `docs/decisions.md`).
///
/// # Safety
/// `policy` is NULL or a live handle; a non-NULL `input` points to at least `input_len`
/// readable bytes; a non-NULL `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_decide(
    policy: *const RkPolicy,
    input: *const c_char,
    input_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded from this function's contract.
        let (policy, input) =
            unsafe { (policy_arg(policy)?, text_arg(input, input_len, "input")?) };
        wire::decide(policy, input)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// The offer of a decision (as `rk_decide` wrote it) whose refund preview answers a
/// resolution: `{"resolution", "request", "quote"}` through `out`, or `null` when no offer
/// answers. `resolution` names one (`"store_credit"`); NULL or empty text asks for the offer
/// that answers the decision's request: the one of the resolution it asked for, or the first
/// offer when it asked none.
///
/// Errors: 1009 on `schema_version` for a decision from a newer returnkit, 1002 on
/// `resolution` for an unknown resolution, 1001 for a decision that does not parse.
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_decision_offer(
    decision: *const c_char,
    decision_len: usize,
    resolution: *const c_char,
    resolution_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded with the length the caller vouches for.
        let (decision, resolution) = unsafe {
            (
                text_arg(decision, decision_len, "decision")?,
                optional_text_arg(resolution, resolution_len, "resolution")?,
            )
        };
        wire::decision_offer(decision, resolution)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// A return label quote with the policy's rate cards: a label request in, the quote out.
/// Error 2003 when no card can carry the return.
///
/// # Safety
/// `policy` is NULL or a live handle; a non-NULL `request` points to at least `request_len`
/// readable bytes; a non-NULL `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_label_quote(
    policy: *const RkPolicy,
    request: *const c_char,
    request_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded from this function's contract.
        let (policy, request) = unsafe {
            (
                policy_arg(policy)?,
                text_arg(request, request_len, "request")?,
            )
        };
        wire::label_quote(policy, request)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Opens a return authorization: a `submit` command in, `{"document": {...}, "events":
/// [...]}` out. Store the document; later commands apply to it.
///
/// # Safety
/// A non-NULL `command` points to at least `command_len` readable bytes; a non-NULL `out`
/// points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_rma_submit(
    command: *const c_char,
    command_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded with the length the caller vouches for.
        wire::rma_submit(unsafe { text_arg(command, command_len, "command") }?)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Applies a command to a return authorization document: `{"document": {...}, "events":
/// [...]}` out. Errors 3001 to 3003 when the command is not allowed now, by this actor, or at
/// this version.
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_rma_apply(
    document: *const c_char,
    document_len: usize,
    command: *const c_char,
    command_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded with the length the caller vouches for.
        let (document, command) = unsafe {
            (
                text_arg(document, document_len, "document")?,
                text_arg(command, command_len, "command")?,
            )
        };
        wire::rma_apply(document, command)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Lets time pass for a return authorization document: `now` is an RFC 3339 instant, and
/// `idempotency_key` makes a repeated tick change nothing. `{"document", "events"}` out.
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_rma_tick(
    document: *const c_char,
    document_len: usize,
    now: *const c_char,
    now_len: usize,
    idempotency_key: *const c_char,
    idempotency_key_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded with the length the caller vouches for.
        let (document, now, key) = unsafe {
            (
                text_arg(document, document_len, "document")?,
                text_arg(now, now_len, "now")?,
                text_arg(idempotency_key, idempotency_key_len, "idempotency_key")?,
            )
        };
        wire::rma_tick(document, now, key)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Policy what-if: a history of return requests decided under two policies, and what changed
/// (see `docs/simulate.md`).
///
/// - `current`, `proposed`: the two compiled policies.
/// - `records`, `records_len`: JSON Lines, the records `returnkit batch` reads (`{"id",
///   "order", "request", "now"}`); a record that can't be read or decided is counted as an
///   error, not fatal.
/// - `options`, `options_len`: `{"names": ["current", "proposed"], "top": 10}`, each member
///   optional; NULL or empty text for the defaults.
/// - `out`: receives the simulation (JSON), which `rk_simulate_merge` merges with others.
///
/// # Safety
/// `current` and `proposed` are NULL or live handles; each non-NULL text pointer points to at
/// least its length in readable bytes; a non-NULL `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_simulate(
    current: *const RkPolicy,
    proposed: *const RkPolicy,
    records: *const c_char,
    records_len: usize,
    options: *const c_char,
    options_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each handle and pointer is forwarded under this function's contract.
        let (current, proposed, records, options) = unsafe {
            (
                policy_arg(current)?,
                policy_arg(proposed)?,
                text_arg(records, records_len, "records")?,
                optional_text_arg(options, options_len, "options")?,
            )
        };
        wire::simulate(current, proposed, records, Some(options))
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Merges simulations of shards of a history (each as `rk_simulate` wrote it) into the
/// simulation of the whole: a JSON array of them in, one simulation out. Error 1002 on
/// `simulations[i].policies` for simulations of other policies.
///
/// # Safety
/// A non-NULL `simulations` points to at least `simulations_len` readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_simulate_merge(
    simulations: *const c_char,
    simulations_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded with the length the caller vouches for.
        wire::simulate_merge(unsafe { text_arg(simulations, simulations_len, "simulations") }?)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Splits an amount exactly across weights by largest remainder: `{"amount": "10.00",
/// "currency": "EUR", "weights": ["1", "2"]}` in, the shares as a JSON array of decimal
/// strings out (`["3.33", "6.67"]`).
///
/// # Safety
/// A non-NULL `input` points to at least `input_len` readable bytes; a non-NULL `out` points
/// to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_allocate(
    input: *const c_char,
    input_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded with the length the caller vouches for.
        wire::allocate(unsafe { text_arg(input, input_len, "input") }?)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_can_be_shared_across_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<RkPolicy>();
    }
}
