//! The policy entry points on any text, as JSON and as TOML, with rate cards after a NUL.
#![no_main]
mod common;

use returnkit::wire;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((text, cards)) = common::two_texts(data) else {
        return;
    };
    for format in ["json", "toml"] {
        common::assert_names_field(&wire::policy_check(text, format));
        let compiled = wire::compile_policy(text, format, cards);
        common::assert_names_field(&compiled);
        if let Ok(policy) = compiled {
            wire::policy_explain(&policy, false).unwrap();
            wire::policy_explain(&policy, true).unwrap();
        }
    }
    common::assert_names_field(&wire::policy_toml_to_json(text));
});
