//! `returnkit policy ...`: loading a policy document from JSON or TOML, checking it,
//! explaining it, and its JSON Schema.

use std::path::Path;
use std::process::ExitCode;

use returnkit::messages::Locale;
use returnkit::policy::{Policy, PolicyDocument};
use returnkit::Error;

use crate::{emit, read_text, shown, Failure};

/// Parses a policy document: TOML for a `.toml` file, JSON otherwise.
pub fn parse(path: &Path, text: &str) -> Result<PolicyDocument, Error> {
    let toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if toml {
        PolicyDocument::from_toml(text)
    } else {
        PolicyDocument::from_json(text)
    }
}

/// Reads, parses, validates and compiles a policy, with the rate cards of `cards` when given;
/// a bad policy fails with every problem.
pub fn load(path: &Path, cards: Option<&Path>) -> Result<Policy, Failure> {
    let file = || shown(path);
    let text = read_text(path)?;
    let doc = parse(path, &text).map_err(|error| Failure::Input {
        file: file(),
        error,
    })?;
    let errors = doc.check();
    if !errors.is_empty() {
        return Err(Failure::Policy {
            file: file(),
            errors,
        });
    }
    let policy = Policy::compile(doc).map_err(|error| Failure::Input {
        file: file(),
        error,
    })?;
    let Some(given) = cards else {
        return Ok(policy);
    };
    crate::label::load_cards(given)?.attach(policy, given)
}

/// A problem as one `FIELD: message` line (`policy.window.days: ...`; `policy: ...` for the
/// document itself). A multi-line parser message (TOML quotes the offending text under its
/// position) keeps its position and its message, joined onto one line.
pub fn problem(error: &Error) -> String {
    error
        .to_string()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_snippet(l))
        .collect::<Vec<_>>()
        .join(": ")
}

/// A line of a TOML error's quote of the text: `|`, `12 | text`, or the `^^^` marker under it.
fn is_snippet(line: &str) -> bool {
    let gutter = line.trim_start_matches(|c: char| c.is_ascii_digit());
    gutter.starts_with('|') || gutter.starts_with(" |")
}

/// `policy check FILE [--json]`.
pub fn check(path: &Path, json: bool) -> Result<ExitCode, Failure> {
    let text = read_text(path)?;
    let (doc, errors) = match parse(path, &text) {
        Ok(doc) => {
            let errors = doc.check();
            (Some(doc), errors)
        }
        Err(error) => (None, vec![error]),
    };
    let written = if json {
        let answer = returnkit::wire::PolicyCheck {
            errors: errors.iter().map(Error::record).collect(),
            ok: errors.is_empty(),
        };
        // Written once, in the fields' order (sorted keys, as the answer has always been).
        let text =
            returnkit::wire::writer::to_string(&answer).map_err(|e| Failure::Io(e.to_string()))?;
        emit(&text)
    } else if let (Some(doc), true) = (&doc, errors.is_empty()) {
        let n = doc.rules.len();
        let rules = if n == 1 { "rule" } else { "rules" };
        emit(&format!("ok: {} ({n} {rules})", doc.name))
    } else {
        let lines: Vec<String> = errors.iter().map(problem).collect();
        emit(&lines.join("\n"))
    };
    // A reader that left early doesn't change the verdict: problems still exit 1.
    match written {
        Ok(()) | Err(Failure::Closed) => {}
        Err(failure) => return Err(failure),
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `policy explain FILE [--jsonld | --locale TAG]`: the policy in plain language (in the
/// locale the tag names, as a decide request's `locale` is matched), or as schema.org JSON-LD.
pub fn explain(path: &Path, jsonld: bool, locale: Option<&str>) -> Result<ExitCode, Failure> {
    let policy = load(path, None)?;
    if jsonld {
        crate::print(serde_json::to_string_pretty(&policy.to_json_ld()))
    } else {
        let locale = locale.map(Locale::negotiate).unwrap_or_default();
        emit(policy.summary_in(locale).trim_end())?;
        Ok(ExitCode::SUCCESS)
    }
}

/// `policy schema`: the JSON Schema of the policy document.
pub fn schema() -> Result<ExitCode, Failure> {
    let schema = schemars::schema_for!(PolicyDocument);
    crate::print(serde_json::to_string_pretty(&schema))
}
