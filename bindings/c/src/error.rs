//! `RkError`: what a failed call returns, its accessors, and the panic boundary every export
//! runs behind.

use std::any::Any;
use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::OnceLock;

use returnkit_core::Error;

/// An error returned by a failed call: a stable numeric code, the snake_case kind, the path of
/// the input field at fault and a message. Owned by the caller; free it with `rk_error_free`.
/// Its strings are borrowed from it and live until it is freed.
pub struct RkError {
    code: u32,
    kind: CString,
    field: CString,
    message: CString,
}

impl RkError {
    /// The error as a heap object whose ownership passes to C.
    pub(crate) fn boxed(error: &Error) -> *mut RkError {
        Box::into_raw(Box::new(RkError {
            code: error.code(),
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

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("panic: {s}")
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("panic: {s}")
    } else {
        "panic".to_string()
    }
}

/// Runs a fallible export's body behind the panic boundary: `NULL` on success, the error
/// otherwise, and error 9001 for a panic.
pub(crate) fn boundary(body: impl FnOnce() -> Result<(), Error>) -> *mut RkError {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => ptr::null_mut(),
        Ok(Err(e)) => RkError::boxed(&e),
        Err(payload) => RkError::boxed(&internal(panic_message(payload.as_ref()))),
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

/// The stable numeric code of `error` (see `docs/errors.md`): 1xxx argument and JSON, 2xxx
/// policy, 3xxx transition, 4xxx money, 9001 internal. 0 for a NULL `error`.
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
