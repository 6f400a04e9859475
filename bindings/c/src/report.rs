//! The returns report: one export that reports RMA histories, one that merges reports. Both
//! forward to `returnkit_core::wire` (`report`, `report_merge`).

use std::ffi::c_char;

use returnkit_core::wire;

use super::api::string_call;
use super::error::RkError;
use super::text::{optional_text_arg, text_arg};

/// The returns report of RMA records and an order feed (docs/analytics.md).
///
/// - `documents`, `documents_len`: RMA records, as a JSON array or JSON Lines: RMA documents
///   as stored, or `{"document", "request", "decision"}` records.
/// - `orders`, `orders_len`: the order feed, for return rates (a JSON array or JSON Lines of
///   orders); NULL or empty text for none.
/// - `out`: receives the report's JSON, to free with `rk_string_free`.
///
/// Errors name the record and field: `documents[3].rma.status` in an array, `line 4.rma.status`
/// in JSON Lines (`orders[0]...` and so on for the orders).
///
/// # Safety
/// Each non-NULL text pointer points to at least its length in readable bytes; a non-NULL
/// `out` points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_report(
    documents: *const c_char,
    documents_len: usize,
    orders: *const c_char,
    orders_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: each pointer is forwarded with the length the caller vouches for.
        let (documents, orders) = unsafe {
            (
                text_arg(documents, documents_len, "documents")?,
                optional_text_arg(orders, orders_len, "orders")?,
            )
        };
        wire::report(documents, orders)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}

/// Merges returns reports (a JSON array of reports as `rk_report` writes them) into the report
/// of all their records and orders: the same bytes as one `rk_report` over them all.
///
/// # Safety
/// A non-NULL `reports` points to at least `reports_len` readable bytes; a non-NULL `out`
/// points to a writable `char *`.
#[no_mangle]
pub unsafe extern "C" fn rk_report_merge(
    reports: *const c_char,
    reports_len: usize,
    out: *mut *mut c_char,
) -> *mut RkError {
    let body = || {
        // SAFETY: forwarded with the length the caller vouches for.
        wire::report_merge(unsafe { text_arg(reports, reports_len, "reports") }?)
    };
    // SAFETY: `out` is forwarded under this function's contract.
    unsafe { string_call(out, body) }
}
