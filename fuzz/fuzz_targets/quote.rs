//! `wire::quote` on any text.
#![no_main]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::assert_names_field(&returnkit::wire::quote(text));
    }
});
