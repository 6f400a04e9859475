//! The RMA entry points and readers on any text: a document, then a command after a NUL.
#![no_main]
mod common;

use returnkit::rma::{Command, RmaDocument};
use returnkit::wire;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((document, command)) = common::two_texts(data) else {
        return;
    };
    common::assert_names_field(&RmaDocument::from_json(document));
    common::assert_names_field(&returnkit::from_json::<Command>(command));
    common::assert_names_field(&wire::rma_submit(command));
    common::assert_names_field(&wire::rma_apply(document, command));
    common::assert_names_field(&wire::rma_tick(document, command, "tick"));
});
