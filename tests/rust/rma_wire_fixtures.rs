//! The shared RMA wire fixtures in `tests/fixtures/rma/`.
//!
//! `v1/` holds documents as schema version 1 wrote them, in every customer status the
//! lifecycle reaches, with their event log and as a bare snapshot, each with a follow-up
//! command and the exact answer `rma_apply` gave (made by real command sequences: the writer
//! is in the commit that added them). `v2/` holds, for each case, the same document as schema
//! version 2 writes it, the follow-up command in the version 2 shape and the exact answer.
//!
//! Each case is three files: `<case>.document.json`, `<case>.command.json` and
//! `<case>.answer.json`. The C, PHP and WASM bindings run the same files (the version 1 and
//! version 2 documents of a case, each with the version 2 command) and must give the same
//! bytes.
//!
//! `submitted` (authorization `requested`) is not among them: no command sequence reaches it
//! (see `rma_matrix.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use returnkit::rma::RmaDocument;
use serde_json::{Map, Value};

fn dir(version: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/rma")
        .join(version)
}

/// Every case's name, sorted.
fn cases(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".document.json").map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

fn read(dir: &Path, case: &str, part: &str) -> String {
    std::fs::read_to_string(dir.join(format!("{case}.{part}.json"))).unwrap()
}

/// What changed from version 1 to version 2, as the JSON of a command or event: the name
/// and fields, flat beside the common members under `type` (commands) or `event` (events),
/// move into one member, `action` or `event`, named after the command or event and holding
/// its fields; a command or event without fields is its name alone.
fn reshape(flat: &Value, tag: &str, member: &str, common: &[&str]) -> Value {
    let mut fields = flat.as_object().unwrap().clone();
    let name = fields.remove(tag).unwrap().as_str().unwrap().to_string();
    let mut out = Map::new();
    for key in common {
        if let Some(v) = fields.remove(*key) {
            out.insert(key.to_string(), v);
        }
    }
    let change = if fields.is_empty() {
        Value::String(name)
    } else {
        Value::Object(Map::from_iter([(name, Value::Object(fields))]))
    };
    out.insert(member.into(), change);
    Value::Object(out)
}

fn reshape_command(v1: &Value) -> Value {
    let common = ["expected_version", "idempotency_key", "actor", "at"];
    reshape(v1, "type", "action", &common)
}

fn reshape_event(v1: &Value) -> Value {
    let common = ["version", "at", "actor", "idempotency_key"];
    reshape(v1, "event", "event", &common)
}

/// A version 1 document (or the document of an answer) in the version 2 shape.
fn reshape_document(v1: &Value) -> Value {
    let mut doc = v1.clone();
    doc["schema_version"] = 2.into();
    let events: Vec<Value> = v1["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(reshape_event)
        .collect();
    doc["events"] = events.into();
    doc
}

fn reshape_answer(v1: &Value) -> Value {
    let events: Vec<Value> = v1["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(reshape_event)
        .collect();
    serde_json::json!({"document": reshape_document(&v1["document"]), "events": events})
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn v1_documents_answer_as_recorded_modulo_the_shape() {
    let (v1, v2) = (dir("v1"), dir("v2"));
    let cases = cases(&v1);
    assert!(cases.len() >= 28, "{} cases", cases.len());
    assert_eq!(cases, self::cases(&v2));
    for case in &cases {
        let document = read(&v1, case, "document");
        let command = read(&v2, case, "command");
        let answer = read(&v2, case, "answer");
        // The same command and answer, but for the shape of commands and events.
        assert_eq!(
            json(&command),
            reshape_command(&json(&read(&v1, case, "command"))),
            "{case}"
        );
        assert_eq!(
            json(&answer),
            reshape_answer(&json(&read(&v1, case, "answer"))),
            "{case}"
        );
        let got = returnkit::wire::rma_apply(&document, &command)
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(got, answer, "{case}");
    }
}

#[test]
fn v2_documents_are_v1_documents_migrated_and_answer_the_same() {
    let (v1, v2) = (dir("v1"), dir("v2"));
    for case in &cases(&v2) {
        let old = read(&v1, case, "document");
        let new = read(&v2, case, "document");
        assert_eq!(json(&new), reshape_document(&json(&old)), "{case}");
        assert_eq!(
            RmaDocument::from_json(&old).unwrap().to_json().unwrap(),
            new,
            "{case}"
        );
        assert_eq!(
            RmaDocument::from_json(&new).unwrap().to_json().unwrap(),
            new,
            "{case}"
        );
        let got = returnkit::wire::rma_apply(&new, &read(&v2, case, "command"))
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(got, read(&v2, case, "answer"), "{case}");
    }
}

/// The document of every answer loads again, is written back as it was, and answers the same
/// command again as before: the answers of commands on bare snapshots too, whose log holds
/// only the events since the snapshot.
#[test]
fn every_answers_document_loads_again() {
    let v2 = dir("v2");
    let mut after_snapshot = 0;
    for case in &cases(&v2) {
        let answer = json(&read(&v2, case, "answer"));
        let Some(document) = answer.get("document") else {
            continue;
        };
        let doc =
            RmaDocument::from_json(&document.to_string()).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(&doc.to_value(), document, "{case}");
        // Sent back with the same command, it answers as before (the command is a repeat).
        let again = json(
            &returnkit::wire::rma_apply(&document.to_string(), &read(&v2, case, "command"))
                .unwrap(),
        );
        assert_eq!(
            again["events"], answer["events"],
            "{case}: repeated command"
        );
        assert_eq!(&again["document"], document, "{case}: repeated command");
        let starts_with_submission = document["events"][0].pointer("/event/submitted").is_some();
        if !doc.events.is_empty() && !starts_with_submission {
            after_snapshot += 1;
        }
    }
    assert!(after_snapshot >= 5, "{after_snapshot} answers to snapshots");
}

/// Writes `v2/` from `v1/`: each document as this returnkit writes it, the command reshaped,
/// and the answer. Run with
/// `cargo test -p returnkit-shared-tests --test rma_wire_fixtures -- --ignored`.
#[test]
#[ignore]
fn write_v2_fixtures() {
    let (v1, v2) = (dir("v1"), dir("v2"));
    std::fs::create_dir_all(&v2).unwrap();
    for case in &cases(&v1) {
        let document = RmaDocument::from_json(&read(&v1, case, "document"))
            .unwrap()
            .to_json()
            .unwrap();
        let command: returnkit::rma::Command =
            returnkit::from_json(&reshape_command(&json(&read(&v1, case, "command"))).to_string())
                .unwrap();
        let command = serde_json::to_string(&command).unwrap();
        let answer = returnkit::wire::rma_apply(&document, &command).unwrap();
        std::fs::write(v2.join(format!("{case}.document.json")), &document).unwrap();
        std::fs::write(v2.join(format!("{case}.command.json")), &command).unwrap();
        std::fs::write(v2.join(format!("{case}.answer.json")), &answer).unwrap();
    }
}

/// The cases of `locale/`: documents of RMAs submitted with a customer locale (version 2), each
/// with a command and the exact answer, whose status messages are in that locale. Made from the
/// `v2/` case of the same name without the prefix by [`write_locale_fixtures`].
const LOCALE_CASES: [(&str, &str); 3] = [
    ("locale-de-refund-pending", "de-AT"),
    ("locale-pl-label-ready", "pl"),
    ("locale-ru-declined", "ru"),
];

#[test]
fn locale_documents_answer_in_the_customers_locale() {
    let dir = dir("locale");
    let names: Vec<String> = LOCALE_CASES.iter().map(|(c, _)| c.to_string()).collect();
    assert_eq!(cases(&dir), names);
    for case in &names {
        let document = read(&dir, case, "document");
        let answer = read(&dir, case, "answer");
        assert_eq!(
            RmaDocument::from_json(&document)
                .unwrap()
                .to_json()
                .unwrap(),
            document,
            "{case}"
        );
        let got = returnkit::wire::rma_apply(&document, &read(&dir, case, "command"))
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(got, answer, "{case}");
    }
    // The messages, as the catalogs write them: every status in the timeline in the locale.
    let status = |case: &str| json(&read(&dir, case, "answer"))["document"]["status"].clone();
    let de = status("locale-de-refund-pending");
    assert_eq!(de["message"], "Ihre Erstattung wurde veranlasst.");
    let timeline: Vec<&str> = de["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        timeline,
        [
            "Ihre Rücksendung ist genehmigt. Bitte senden Sie die Artikel zurück.",
            "Ihr Rücksendeetikett ist bereit.",
            "Ihre Rücksendung ist auf dem Weg zu uns.",
            "Wir haben Ihre Rücksendung erhalten und prüfen sie.",
            "Ihre Erstattung wurde veranlasst.",
        ]
    );
    assert_eq!(
        status("locale-pl-label-ready")["message"],
        "Twój zwrot jest w drodze do nas."
    );
    let ru = json(&read(&dir, "locale-ru-declined", "answer"));
    assert_eq!(
        ru["document"]["status"]["message"],
        "Ваш возврат не одобрен."
    );
    assert_eq!(
        ru["document"]["rma"]["rejection"],
        serde_json::json!(["denied", "Возврат не одобрен."])
    );
    // The locale is the customer's, kept in the submission and the state.
    assert_eq!(
        ru["document"]["events"][0]["event"]["submitted"]["locale"],
        "ru"
    );
    assert_eq!(ru["document"]["rma"]["locale"], "ru");
}

/// Writes `locale/` from `v2/`: the case's log with the customer's locale in its submission
/// (negotiated: `de-AT` is kept as `de`), the state and status rebuilt from it, the same
/// command, and the answer. Run with
/// `cargo test -p returnkit-shared-tests --test rma_wire_fixtures -- --ignored write_locale`.
#[test]
#[ignore]
fn write_locale_fixtures() {
    let (v2, out) = (dir("v2"), dir("locale"));
    std::fs::create_dir_all(&out).unwrap();
    for (case, tag) in LOCALE_CASES {
        let from = case.split_once('-').unwrap().1.split_once('-').unwrap().1;
        let mut doc = json(&read(&v2, from, "document"));
        let locale = returnkit::messages::Locale::negotiate(tag).tag();
        doc["events"][0]["event"]["submitted"]["locale"] = locale.into();
        doc.as_object_mut().unwrap().remove("rma");
        let document = RmaDocument::from_json(&doc.to_string())
            .unwrap()
            .to_json()
            .unwrap();
        let command = read(&v2, from, "command");
        let answer = returnkit::wire::rma_apply(&document, &command).unwrap();
        std::fs::write(out.join(format!("{case}.document.json")), &document).unwrap();
        std::fs::write(out.join(format!("{case}.command.json")), &command).unwrap();
        std::fs::write(out.join(format!("{case}.answer.json")), &answer).unwrap();
    }
}

/// The shared gift RMA shows its recipient no amount (no digit at all) and doesn't notify the
/// buyer.
#[test]
fn the_shared_gift_rma_fixture_shows_no_amounts_and_does_not_notify() {
    let no_amounts = |text: &str| !text.chars().any(|c| c.is_ascii_digit());
    let answer: Value =
        serde_json::from_str(&read(&dir("v2"), "gift-credit-issued", "answer")).unwrap();
    let doc = &answer["document"];
    assert_eq!(doc["rma"]["notify_buyer"], false);
    assert_eq!(doc["status"]["status"], "completed");
    for t in doc["status"]["timeline"].as_array().unwrap() {
        assert!(no_amounts(t["message"].as_str().unwrap()), "{t}");
    }
}
