//! `RkError`: what a failed call returns, its accessors, and the panic boundary every export
//! runs behind.

use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::OnceLock;

use returnkit_core::{Error, ErrorCode};

/// An error returned by a failed call: a stable numeric code, the snake_case kind, the path of
/// the input field at fault and a message. Owned by the caller; free it with `rk_error_free`.
/// Its strings are borrowed from it and live until it is freed.
pub struct RkError {
    code: u32,
    kind: CString,
    field: CString,
    message: CString,
}

/// The stable error codes that `rk_error_code` returns, by name: `RK_ERROR_CODE_PARSE` is 1001
/// (see `docs/errors.md`). 1xxx argument and JSON, 2xxx policy, 3xxx transition, 4xxx money,
/// 9001 internal. `rk_error_code` returns a `uint32_t`: a newer library may return a code
/// that a program built against an older header has no name for.
// The core's `ErrorCode`s, by the same names: the match in `from` fails to build until a new
// code has its name here, and the tests check every value and the header.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RkErrorCode {
    /// Malformed JSON, a wrong type, a missing or unknown field.
    Parse = 1001,
    /// A value out of its allowed range or form (a NULL argument, an input too long).
    InvalidValue = 1002,
    /// A quantity that must be positive is not.
    InvalidQuantity = 1003,
    /// A line id the order does not have.
    UnknownLine = 1004,
    /// The same id twice where ids must be unique.
    DuplicateId = 1005,
    /// A tender id the order does not have.
    UnknownTender = 1006,
    /// More units than can be returned, received or accepted.
    QuantityExceeded = 1007,
    /// A return reason the policy does not know.
    UnknownReason = 1008,
    /// A document in no format version this library reads.
    UnsupportedVersion = 1009,
    /// A policy that does not validate.
    InvalidPolicy = 2001,
    /// A rate card that does not validate.
    InvalidRateCard = 2002,
    /// No rate card can carry the return.
    NoLabelService = 2003,
    /// A command the return's state does not allow.
    InvalidTransition = 3001,
    /// A command the actor may not issue.
    NotPermitted = 3002,
    /// The return changed since the caller read it.
    VersionConflict = 3003,
    /// Not an ISO 4217 currency with a minor unit.
    UnknownCurrency = 4001,
    /// Amounts in different currencies.
    CurrencyMismatch = 4002,
    /// A negative amount, or one finer than the minor unit.
    InvalidAmount = 4003,
    /// An amount too large to compute with exactly.
    AmountOutOfRange = 4004,
    /// Tax that can't have been charged at the stated rate.
    InconsistentTax = 4005,
    /// Allocations that don't add up.
    InvalidAllocation = 4006,
    /// A refund beyond what the tenders can take back.
    RefundExceedsPaid = 4007,
    /// Money recorded beyond what is due.
    RefundExceedsDue = 4008,
    /// A bug in returnkit, caught at the boundary.
    Internal = 9001,
}

impl From<ErrorCode> for RkErrorCode {
    fn from(code: ErrorCode) -> RkErrorCode {
        match code {
            ErrorCode::Parse => RkErrorCode::Parse,
            ErrorCode::InvalidValue => RkErrorCode::InvalidValue,
            ErrorCode::InvalidQuantity => RkErrorCode::InvalidQuantity,
            ErrorCode::UnknownLine => RkErrorCode::UnknownLine,
            ErrorCode::DuplicateId => RkErrorCode::DuplicateId,
            ErrorCode::UnknownTender => RkErrorCode::UnknownTender,
            ErrorCode::QuantityExceeded => RkErrorCode::QuantityExceeded,
            ErrorCode::UnknownReason => RkErrorCode::UnknownReason,
            ErrorCode::UnsupportedVersion => RkErrorCode::UnsupportedVersion,
            ErrorCode::InvalidPolicy => RkErrorCode::InvalidPolicy,
            ErrorCode::InvalidRateCard => RkErrorCode::InvalidRateCard,
            ErrorCode::NoLabelService => RkErrorCode::NoLabelService,
            ErrorCode::InvalidTransition => RkErrorCode::InvalidTransition,
            ErrorCode::NotPermitted => RkErrorCode::NotPermitted,
            ErrorCode::VersionConflict => RkErrorCode::VersionConflict,
            ErrorCode::UnknownCurrency => RkErrorCode::UnknownCurrency,
            ErrorCode::CurrencyMismatch => RkErrorCode::CurrencyMismatch,
            ErrorCode::InvalidAmount => RkErrorCode::InvalidAmount,
            ErrorCode::AmountOutOfRange => RkErrorCode::AmountOutOfRange,
            ErrorCode::InconsistentTax => RkErrorCode::InconsistentTax,
            ErrorCode::InvalidAllocation => RkErrorCode::InvalidAllocation,
            ErrorCode::RefundExceedsPaid => RkErrorCode::RefundExceedsPaid,
            ErrorCode::RefundExceedsDue => RkErrorCode::RefundExceedsDue,
            ErrorCode::Internal => RkErrorCode::Internal,
        }
    }
}

impl RkError {
    /// The error as a heap object whose ownership passes to C.
    pub(crate) fn boxed(error: &Error) -> *mut RkError {
        Box::into_raw(Box::new(RkError {
            code: RkErrorCode::from(error.error_code()) as u32,
            kind: c_text(error.kind()),
            field: c_text(error.field()),
            message: c_text(&error.to_string()),
        }))
    }
}

/// Text as a C string. A NUL inside (a line id such as `"a\u0000b"` quoted in a message) would
/// end a C string early, so it is shown as U+FFFD.
fn c_text(text: &str) -> CString {
    CString::new(text.replace('\0', "\u{FFFD}")).unwrap_or_default()
}

/// The error 9001 that a caught panic becomes.
pub(crate) fn internal(message: String) -> Error {
    Error::Internal {
        field: String::new(),
        message,
    }
}

/// Runs a fallible export's body behind the panic boundary: `NULL` on success, the error
/// otherwise, and error 9001 for a panic.
pub(crate) fn boundary(body: impl FnOnce() -> Result<(), Error>) -> *mut RkError {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => ptr::null_mut(),
        Ok(Err(e)) => RkError::boxed(&e),
        Err(payload) => RkError::boxed(&Error::from_panic(payload.as_ref())),
    }
}

/// Runs an infallible export's body behind the panic boundary, giving `fallback` for a panic.
pub(crate) fn guard<T>(fallback: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(fallback)
}

/// Borrows an error, or `None` for NULL.
///
/// # Safety
/// `error` is NULL or a pointer returned by this library and not yet freed.
unsafe fn borrow<'a>(error: *const RkError) -> Option<&'a RkError> {
    // SAFETY: the caller guarantees that a non-NULL `error` came from `RkError::boxed` (a live
    // `Box<RkError>`) and has not been freed; `as_ref` handles NULL.
    unsafe { error.as_ref() }
}

/// The stable numeric code of `error`, one of `RkErrorCode` (`RK_ERROR_CODE_QUANTITY_EXCEEDED`;
/// see `docs/errors.md`): 1xxx argument and JSON, 2xxx policy, 3xxx transition, 4xxx money,
/// 9001 internal. 0 for a NULL `error`.
///
/// # Safety
/// `error` is NULL or an error returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn rk_error_code(error: *const RkError) -> u32 {
    guard(0, || {
        // SAFETY: forwarded from this function's contract.
        unsafe { borrow(error) }.map_or(0, |e| e.code)
    })
}

/// The snake_case kind of `error` (`"quantity_exceeded"`), borrowed from it: valid until
/// `rk_error_free`. An empty string for a NULL `error`.
///
/// # Safety
/// `error` is NULL or an error returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn rk_error_kind(error: *const RkError) -> *const c_char {
    guard(c"".as_ptr(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { borrow(error) }.map_or(c"".as_ptr(), |e| e.kind.as_ptr())
    })
}

/// The message of `error` (`"lines[0].quantity: 5 units asked for, but only 2 can be"`),
/// borrowed from it: valid until `rk_error_free`. An empty string for a NULL `error`.
///
/// # Safety
/// `error` is NULL or an error returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn rk_error_message(error: *const RkError) -> *const c_char {
    guard(c"".as_ptr(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { borrow(error) }.map_or(c"".as_ptr(), |e| e.message.as_ptr())
    })
}

/// The path of the input field at fault (`"lines[0].quantity"`; empty or `"."` for a whole
/// document), borrowed from `error`: valid until `rk_error_free`. An empty string for a NULL
/// `error`.
///
/// # Safety
/// `error` is NULL or an error returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn rk_error_field(error: *const RkError) -> *const c_char {
    guard(c"".as_ptr(), || {
        // SAFETY: forwarded from this function's contract.
        unsafe { borrow(error) }.map_or(c"".as_ptr(), |e| e.field.as_ptr())
    })
}

/// Frees an error. NULL is ignored.
///
/// # Safety
/// `error` is NULL or an error returned by this library, freed only once.
#[no_mangle]
pub unsafe extern "C" fn rk_error_free(error: *mut RkError) {
    guard((), || {
        if !error.is_null() {
            // SAFETY: a non-NULL `error` came from `Box::into_raw` in `RkError::boxed`, and the
            // caller frees it only once.
            drop(unsafe { Box::from_raw(error) });
        }
    })
}

/// Every error code this library can return, as a JSON array of `{"code": 1001, "kind":
/// "parse"}` objects in code order, for bindings that map codes to their own error types.
/// The string is static: do not free it.
#[no_mangle]
pub extern "C" fn rk_error_codes() -> *const c_char {
    static CODES: OnceLock<CString> = OnceLock::new();
    guard(c"[]".as_ptr(), || {
        CODES
            .get_or_init(|| {
                let list: Vec<serde_json::Value> = Error::CODES
                    .iter()
                    .map(|(code, kind)| serde_json::json!({"code": code, "kind": kind}))
                    .collect();
                c_text(&serde_json::Value::Array(list).to_string())
            })
            .as_ptr()
    })
}

/// This library's version, `"MAJOR.MINOR.PATCH"` as in `RK_VERSION_*`. Static: do not free it.
#[no_mangle]
pub extern "C" fn rk_version() -> *const c_char {
    const VERSION: &CStr =
        match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
            Ok(v) => v,
            Err(_) => c"",
        };
    guard(c"".as_ptr(), || VERSION.as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(p: *const c_char) -> String {
        // SAFETY: test pointers come from this module's accessors.
        unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }

    #[test]
    fn a_panic_becomes_error_9001() {
        let err = boundary(|| panic!("boom"));
        assert!(!err.is_null());
        // SAFETY: `err` was just returned by `boundary`.
        unsafe {
            assert_eq!(rk_error_code(err), 9001);
            assert_eq!(text(rk_error_kind(err)), "internal");
            assert_eq!(text(rk_error_field(err)), "");
            assert!(text(rk_error_message(err)).contains("boom"));
            rk_error_free(err);
        }
        assert_eq!(guard(7, || panic!("boom")), 7);
    }

    #[test]
    fn errors_keep_code_kind_field_and_message() {
        let err = boundary(|| {
            Err(Error::UnknownLine {
                field: "lines[0].line_id".into(),
                line_id: "a\0b".into(),
            })
        });
        // SAFETY: `err` was just returned by `boundary`; NULL is allowed.
        unsafe {
            assert_eq!(rk_error_code(err), 1004);
            assert_eq!(text(rk_error_kind(err)), "unknown_line");
            assert_eq!(text(rk_error_field(err)), "lines[0].line_id");
            assert_eq!(
                text(rk_error_message(err)),
                "lines[0].line_id: the order has no line `a\u{FFFD}b`"
            );
            rk_error_free(err);
            assert_eq!(rk_error_code(ptr::null()), 0);
            assert_eq!(text(rk_error_message(ptr::null())), "");
            rk_error_free(ptr::null_mut());
        }
        assert!(boundary(|| Ok(())).is_null());
    }

    /// `RK_ERROR_CODE_` and the kind in capitals: `RK_ERROR_CODE_QUANTITY_EXCEEDED`.
    fn c_name(code: ErrorCode) -> String {
        format!("RK_ERROR_CODE_{}", code.kind().to_ascii_uppercase())
    }

    #[test]
    fn every_code_has_its_name_and_value_in_the_header() {
        let header = include_str!("../include/returnkit.h");
        let named: Vec<&str> = header
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("RK_ERROR_CODE_"))
            .collect();
        assert_eq!(named.len(), ErrorCode::ALL.len(), "{named:?}");
        for &code in ErrorCode::ALL {
            assert_eq!(RkErrorCode::from(code) as u32, code.code(), "{code:?}");
            let line = format!("{} = {},", c_name(code), code.code());
            assert!(named.contains(&line.as_str()), "the header has no `{line}`");
        }
    }

    #[test]
    fn the_code_list_is_error_codes() {
        let list: serde_json::Value = serde_json::from_str(&text(rk_error_codes())).unwrap();
        assert_eq!(list.as_array().unwrap().len(), Error::CODES.len());
        assert!(list
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == 9001 && c["kind"] == "internal"));
        assert_eq!(text(rk_version()), env!("CARGO_PKG_VERSION"));
    }
}
