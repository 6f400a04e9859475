//! The policy JSON Schema and the example policies.
//!
//! `docs/policy.schema.json` is generated from [`returnkit::policy::PolicyDocument`] with
//! `schemars::schema_for!`, pretty-printed with a trailing newline. The drift test fails when
//! the committed file differs from a fresh one, so a change to the policy types must come with
//! the regenerated schema. To regenerate it, run:
//!
//! ```sh
//! UPDATE_SCHEMA=1 cargo test -p returnkit --test policy_schema
//! ```
//!
//! which rewrites the file instead of comparing it (review the diff, then commit it).
//!
//! Every policy under `examples/policies/` (`.json` or `.toml`) must parse and compile with
//! returnkit. That is stricter than validating it against the schema: compiling also runs the
//! policy's validation (ranges, percents, known reasons, one window per rule, ...). The folder
//! may not exist yet; when it does, it must hold at least one policy.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use returnkit::policy::{Policy, PolicyDocument};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fresh_schema() -> String {
    let schema = schemars::schema_for!(PolicyDocument);
    let mut text = serde_json::to_string_pretty(&schema).expect("the schema serializes");
    text.push('\n');
    text
}

#[test]
fn committed_schema_matches_the_policy_types() {
    let path = workspace_root().join("docs/policy.schema.json");
    let fresh = fresh_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(&path, &fresh)
            .unwrap_or_else(|e| panic!("can't write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "can't read {}: {e}; generate it with UPDATE_SCHEMA=1 cargo test -p returnkit --test policy_schema",
            path.display()
        )
    });
    // Compare line by line so that a failure names the first difference, not two walls of text.
    if committed != fresh {
        let first = committed
            .lines()
            .zip(fresh.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map_or_else(
                || {
                    format!(
                        "the files differ in length ({} committed lines, {} fresh)",
                        committed.lines().count(),
                        fresh.lines().count()
                    )
                },
                |(n, (a, b))| {
                    format!(
                        "line {}: committed `{}`, fresh `{}`",
                        n + 1,
                        a.trim(),
                        b.trim()
                    )
                },
            );
        panic!(
            "docs/policy.schema.json is out of date with the policy types ({first}); \
             regenerate it with UPDATE_SCHEMA=1 cargo test -p returnkit --test policy_schema"
        );
    }
}

#[test]
fn the_schema_describes_the_document() {
    let schema: serde_json::Value = serde_json::from_str(&fresh_schema()).unwrap();
    assert_eq!(schema["title"], "PolicyDocument");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["name", "window"]);
    assert_eq!(schema["additionalProperties"], false);
    for field in [
        "rules",
        "fees",
        "jurisdiction",
        "keep_item",
        "review",
        "reasons",
    ] {
        assert!(
            schema["properties"].get(field).is_some(),
            "the schema has no `{field}`"
        );
    }
}

#[test]
fn every_example_policy_compiles() {
    let dir = workspace_root().join("examples/policies");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{} does not exist yet; nothing to check", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "toml"))
        .collect();
    paths.sort();
    assert!(
        !paths.is_empty(),
        "{} exists but holds no .json or .toml policy",
        dir.display()
    );
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let compiled = if path.extension().is_some_and(|e| e == "toml") {
            Policy::from_toml(&text)
        } else {
            Policy::from_json(&text)
        };
        match compiled {
            Ok(policy) => {
                // What compiles must survive a round trip through the wire format.
                let json = serde_json::to_string(policy.document()).unwrap();
                let again = Policy::from_json(&json).unwrap_or_else(|e| {
                    panic!("{}: doesn't round-trip through JSON: {e}", path.display())
                });
                assert_eq!(again.document(), policy.document(), "{}", path.display());
            }
            Err(e) => failures.push(format!("{}: {}: {e}", path.display(), e.field())),
        }
    }
    assert!(
        failures.is_empty(),
        "example policies that don't compile:\n{}",
        failures.join("\n")
    );
}
