//! `wire::decide` and `wire::refund_preview` on any text, under the C example's policy.
#![no_main]
mod common;

use std::sync::OnceLock;

use returnkit::policy::Policy;

fn policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        returnkit::wire::compile_policy(
            include_str!("../../examples/c-shop-engine/policy.toml"),
            "toml",
            &format!("[{}]", include_str!("../../examples/rates/us-ground.json")),
        )
        .unwrap()
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::assert_names_field(&returnkit::wire::decide(policy(), text));
        common::assert_names_field(&returnkit::wire::refund_preview(policy(), text));
        common::assert_names_field(&returnkit::wire::label_quote(policy(), text));
    }
});
