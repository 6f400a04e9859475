//! # returnkit's C ABI
//!
//! The C library `libreturnkit` (`.so` and `.a`) over the wire-format entry points of
//! [`returnkit_core::wire`]: every call converts its arguments, forwards, and converts the
//! answer back. No rule of the engine lives here, so C, PHP and Rust give the same answers.
//!
//! The design follows rustls-ffi:
//!
//! - **Opaque handles.** [`RkPolicy`] is compiled once and shared; C sees only a pointer.
//! - **Errors as values.** A fallible call returns `RkError *`, `NULL` on success, and hands
//!   its result through an out-parameter. An error carries the stable numeric code of
//!   `docs/errors.md` (1xxx argument and JSON, 2xxx policy, 3xxx transition, 4xxx money,
//!   9001 internal), the field path at fault and a message.
//! - **A panic boundary.** Every export runs under `catch_unwind`; a panic becomes error 9001,
//!   never an unwind into C (which would abort a php-fpm worker).
//! - **Defensive inputs.** Every pointer may be `NULL`; inputs are `(pointer, length)` pairs,
//!   checked against [`RK_MAX_INPUT`] before they are read, then checked for UTF-8.
//!
//! The header `include/returnkit.h` is generated from this crate by a pinned cbindgen, and a
//! test fails when the committed header is stale. See `docs/c.md`.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod api;
mod error;
#[cfg(test)]
mod fuzz_tests;
mod report;
mod text;

pub use api::*;
pub use error::*;
pub use report::*;
pub use text::rk_string_free;

/// Major version of this library (the `x` of `x.y.z`); `rk_version()` gives the whole string.
pub const RK_VERSION_MAJOR: u32 = 0;
/// Minor version of this library (the `y` of `x.y.z`).
pub const RK_VERSION_MINOR: u32 = 1;
/// Patch version of this library (the `z` of `x.y.z`).
pub const RK_VERSION_PATCH: u32 = 0;

/// Largest input accepted, in bytes (16 MiB). A longer input is refused with error 1002
/// before it is read.
pub const RK_MAX_INPUT: usize = 16777216;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_constants_match_the_package_version() {
        let parts: Vec<u32> = env!("CARGO_PKG_VERSION")
            .split('.')
            .map(|p| p.parse().unwrap())
            .collect();
        assert_eq!(
            parts,
            [RK_VERSION_MAJOR, RK_VERSION_MINOR, RK_VERSION_PATCH]
        );
        assert_eq!(RK_MAX_INPUT, returnkit_core::wire::MAX_INPUT);
    }
}
