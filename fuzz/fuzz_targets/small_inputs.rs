//! `wire::allocate` and `wire::decision_offer` on any text (the resolution after a NUL).
#![no_main]
mod common;

use returnkit::wire;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((text, resolution)) = common::two_texts(data) else {
        return;
    };
    common::assert_names_field(&wire::allocate(text));
    common::assert_names_field(&wire::decision_offer(text, resolution));
});
