//! The policy JSON Schema and the example policies.
//!
//! `docs/policy.schema.json` is generated from [`returnkit::policy::PolicyDocument`] with
//! `schemars::schema_for!`, pretty-printed with a trailing newline. The drift test fails when
//! the committed file differs from a fresh one, so a change to the policy types must come with
//! the regenerated schema. To regenerate it, run:
//!
//! ```sh
//! UPDATE_SCHEMA=1 cargo test -p returnkit-shared-tests --test policy_schema
//! ```
//!
//! which rewrites the file instead of comparing it (review the diff, then commit it).
//!
//! Every policy under `examples/policies/` (`.json` or `.toml`) must parse and compile with
//! returnkit. That is stricter than validating it against the schema: compiling also runs the
//! policy's validation (ranges, percents, known reasons, one window per rule, ...). The folder
//! may not exist yet; when it does, it must hold at least one policy.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use std::path::PathBuf;

use returnkit::policy::{Policy, PolicyDocument};
use support::workspace_root;

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
            "can't read {}: {e}; generate it with UPDATE_SCHEMA=1 cargo test -p returnkit-shared-tests --test policy_schema",
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
             regenerate it with UPDATE_SCHEMA=1 cargo test -p returnkit-shared-tests --test policy_schema"
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

/// The WASM storefront module compiles a TOML policy as `compile_json_policy` of its JSON
/// form, made by the back-office module: that must answer as `compile_policy` of the TOML does,
/// for good policies and for each kind of broken one.
#[test]
fn a_toml_policy_compiles_as_its_json_form() {
    use returnkit::wire::{compile_json_policy, compile_policy, policy_toml_to_json};
    let dir = workspace_root().join("examples/policies");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    assert!(texts.len() >= 2, "the example TOML policies are gone");
    let broken = [
        ("syntax", "name = \"x\"\n[window\ndays = 30\n"),
        ("type", "name = \"x\"\n[window]\ndays = \"thirty\"\n"),
        (
            "unknown field",
            "name = \"x\"\n[window]\ndays = 30\nhours = 2\n",
        ),
        ("semantic", "name = \"x\"\n[window]\ndays = -3\n"),
        (
            "number out of range",
            "name = \"x\"\n[window]\ndays = 1e400\n",
        ),
        (
            "rule type",
            "name = \"x\"\n[window]\ndays = 30\n[[rules]]\nid = 7\n",
        ),
    ];
    texts.extend(broken.iter().map(|(n, t)| (n.to_string(), t.to_string())));
    let cards =
        std::fs::read_to_string(workspace_root().join("examples/rates/us-ground.json")).unwrap();
    let cards = format!("[{cards}]");
    let mut errors = 0;
    for (name, text) in &texts {
        for rate_cards in ["", cards.as_str()] {
            let direct = compile_policy(text, "toml", rate_cards);
            let via_json =
                policy_toml_to_json(text).and_then(|json| compile_json_policy(&json, rate_cards));
            match (direct, via_json) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.document(), b.document(), "{name}");
                    assert_eq!(a.rate_cards(), b.rate_cards(), "{name}");
                }
                (Err(a), Err(b)) => {
                    assert_eq!(a.to_json_text(), b.to_json_text(), "{name}");
                    errors += 1;
                }
                (a, b) => panic!("{name}: compile_policy {a:?}, through JSON {b:?}"),
            }
        }
    }
    assert_eq!(
        errors,
        2 * broken.len(),
        "each broken policy must be refused"
    );
}
