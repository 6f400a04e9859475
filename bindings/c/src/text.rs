//! Text across the boundary: `(pointer, length)` inputs borrowed as `&str`, and caller-owned
//! output strings.

use std::ffi::{c_char, CString};
use std::ptr;

use returnkit_core::wire::MAX_INPUT;
use returnkit_core::Error;

use super::error::{guard, internal};

fn invalid(field: &str, reason: String) -> Error {
    Error::InvalidValue {
        field: field.into(),
        reason,
    }
}

/// Borrows `len` bytes at `ptr` as UTF-8 text. `field` names the argument in errors: a NULL
/// pointer and a length over [`MAX_INPUT`] are error 1002, invalid UTF-8 is error 1001.
///
/// # Safety
/// A non-NULL `ptr` points to at least `len` readable bytes that stay unchanged for `'a`.
pub(crate) unsafe fn text_arg<'a>(
    ptr: *const c_char,
    len: usize,
    field: &str,
) -> Result<&'a str, Error> {
    if ptr.is_null() {
        return Err(invalid(field, "is NULL".into()));
    }
    if len > MAX_INPUT {
        return Err(invalid(
            field,
            format!("input of {len} bytes is over the {MAX_INPUT}-byte limit"),
        ));
    }
    // SAFETY: `ptr` is non-NULL and, by the caller's contract, points to `len` readable bytes
    // that outlive `'a`; `len` is at most MAX_INPUT (16 MiB), far below `isize::MAX`, and a
    // `c_char` has the size and alignment of a `u8`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) };
    std::str::from_utf8(bytes).map_err(|e| Error::Parse {
        field: field.into(),
        message: format!("not valid UTF-8: {e}"),
    })
}

/// Like [`text_arg`], but a NULL pointer is the empty text: for optional arguments.
///
/// # Safety
/// As for [`text_arg`].
pub(crate) unsafe fn optional_text_arg<'a>(
    ptr: *const c_char,
    len: usize,
    field: &str,
) -> Result<&'a str, Error> {
    if ptr.is_null() {
        return Ok("");
    }
    // SAFETY: forwarded from this function's contract.
    unsafe { text_arg(ptr, len, field) }
}

/// Checks an out-parameter and clears it, so that it is NULL whenever the call fails.
///
/// # Safety
/// A non-NULL `out` points to a writable `T *`.
pub(crate) unsafe fn out_arg<'a, T>(out: *mut *mut T) -> Result<&'a mut *mut T, Error> {
    // SAFETY: by the caller's contract a non-NULL `out` is valid for writes of a pointer;
    // `as_mut` handles NULL.
    let slot = unsafe { out.as_mut() }.ok_or_else(|| invalid("out", "is NULL".into()))?;
    *slot = ptr::null_mut();
    Ok(slot)
}

/// Hands a string to C: the caller owns it and frees it with `rk_string_free`.
pub(crate) fn give_string(text: String) -> Result<*mut c_char, Error> {
    // serde_json escapes NUL as \u0000, so JSON never holds one; anything else is a bug.
    CString::new(text)
        .map(CString::into_raw)
        .map_err(|e| internal(format!("output holds a NUL byte at {}", e.nul_position())))
}

/// Frees a string returned by this library. NULL is ignored.
///
/// # Safety
/// `string` is NULL or a `char *` that a call of this library handed out, freed only once.
/// Strings from `rk_version`, `rk_error_codes` and the `rk_error_*` accessors are `const`
/// and are not freed with this.
#[no_mangle]
pub unsafe extern "C" fn rk_string_free(string: *mut c_char) {
    guard((), || {
        if !string.is_null() {
            // SAFETY: a non-NULL `string` came from `CString::into_raw` in `give_string`, and
            // the caller frees it only once.
            drop(unsafe { CString::from_raw(string) });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_checked_before_they_are_read() {
        // SAFETY: the pointers are NULL or valid for the lengths given, except the oversized
        // one, which is refused before it is read.
        unsafe {
            assert_eq!(text_arg(ptr::null(), 0, "input").unwrap_err().code(), 1002);
            let big = text_arg(c"x".as_ptr(), usize::MAX, "input").unwrap_err();
            assert_eq!((big.code(), big.field()), (1002, "input"));
            let bad = [0xffu8, 0xfe];
            let err = text_arg(bad.as_ptr().cast(), 2, "order").unwrap_err();
            assert_eq!((err.code(), err.field()), (1001, "order"));
            assert_eq!(text_arg(c"{}".as_ptr(), 2, "input").unwrap(), "{}");
            assert_eq!(optional_text_arg(ptr::null(), 5, "x").unwrap(), "");
            assert_eq!(
                out_arg::<c_char>(ptr::null_mut()).unwrap_err().field(),
                "out"
            );
        }
    }
}
