//! TypeScript declarations from the JSON Schemas of the core's wire types.
//!
//! The core's wire types derive `schemars::JsonSchema`, which reads their serde attributes
//! (renames, tags, defaults, `skip_serializing_if`, flattening), so the schemas describe the
//! JSON exactly as serde reads and writes it; this module turns them into `interface` and
//! `type` declarations. Types a caller builds (orders, requests, policies, commands) are
//! generated for deserialization, where fields with defaults are optional; types the engine
//! answers with (quotes, decisions, RMA documents) are generated for serialization, where every
//! field the engine always writes is required.

use returnkit::{decision, label, policy, rma, wire, RefundQuote};
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use std::collections::BTreeSet;

use serde_json::{Map, Value};

type Defs = Map<String, Value>;

fn defs(serialize: bool, roots: &[fn(&mut schemars::SchemaGenerator)]) -> Defs {
    let settings = SchemaSettings::draft2020_12();
    let settings = if serialize {
        settings.for_serialize()
    } else {
        settings.for_deserialize()
    };
    let mut generator = settings.into_generator();
    for root in roots {
        root(&mut generator);
    }
    generator.take_definitions(true)
}

fn add<T: JsonSchema>(g: &mut schemars::SchemaGenerator) {
    g.subschema_for::<T>();
}

/// The JSON Schema of every declared type, by name: what the declarations are made from.
///
/// A type both built by callers and answered by the engine can differ between the two: a
/// field with a default is optional to write, but the engine always writes it. Such a type is
/// declared twice. Types callers build first (orders, refund requests, policies) keep their
/// name in the form callers write, and the form in answers is `…Output` (`OrderOutput` in an
/// RMA document). Types the engine answers with first (decisions, inspections) keep their
/// name in the form the engine writes, and the form commands carry is `…Input`
/// (`InspectionInput` in an `inspect_items` command). A type that reads and writes the same
/// is declared once.
pub fn definitions() -> Map<String, Value> {
    // What callers build.
    let mut all = defs(
        false,
        &[
            add::<policy::PolicyDocument>,
            add::<Vec<label::RateCard>>,
            add::<wire::QuoteInput<'static>>,
            add::<wire::DecideInput<'static>>,
            add::<wire::AllocateInput>,
            add::<label::LabelRequest>,
            add::<wire::DecisionRecord>,
        ],
    );
    // What the engine answers.
    let outputs = defs(
        true,
        &[
            add::<RefundQuote>,
            add::<decision::Decision>,
            add::<label::LabelQuote>,
            add::<wire::RmaOutcome<'static>>,
            add::<wire::PolicyCheck>,
            add::<returnkit::simulate::Simulation>,
            add::<returnkit::analytics::ReturnsReport>,
        ],
    );
    merge(&mut all, outputs, "Output");
    // Commands: built by callers, around decisions the engine gave.
    merge(&mut all, defs(false, &[add::<rma::Command>]), "Input");
    all
}

/// Adds a group's definitions to `all`. A name that `all` declares differently, directly or
/// through a type it refers to, is added as `{name}{suffix}`, and the group's references
/// follow it.
fn merge(all: &mut Defs, group: Defs, suffix: &str) {
    let mut renamed = BTreeSet::new();
    loop {
        let before = renamed.len();
        for (name, schema) in &group {
            if renamed.contains(name) {
                continue;
            }
            if let Some(existing) = all.get(name) {
                let mut schema = schema.clone();
                rename_refs(&mut schema, &renamed, suffix);
                // Compared as declared: schemas that differ only where TypeScript can't say
                // (the pattern of a decimal the engine writes) make one declaration.
                if declaration(name, &schema) != declaration(name, existing) {
                    renamed.insert(name.clone());
                }
            }
        }
        if renamed.len() == before {
            break;
        }
    }
    for (name, mut schema) in group {
        rename_refs(&mut schema, &renamed, suffix);
        let name = if renamed.contains(&name) {
            format!("{name}{suffix}")
        } else {
            name
        };
        all.entry(name).or_insert(schema);
    }
}

/// Points every `$ref` to a renamed definition at its new name.
fn rename_refs(schema: &mut Value, renamed: &BTreeSet<String>, suffix: &str) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref") {
                if let Some(name) = target.strip_prefix("#/$defs/") {
                    if renamed.contains(name) {
                        *target = format!("#/$defs/{name}{suffix}");
                    }
                }
            }
            for value in map.values_mut() {
                rename_refs(value, renamed, suffix);
            }
        }
        Value::Array(items) => {
            for value in items {
                rename_refs(value, renamed, suffix);
            }
        }
        _ => {}
    }
}

/// The declarations, as the text of a `.d.ts` module.
pub fn declarations() -> String {
    let all = definitions();
    let mut out = String::from(
        "// Generated by `cargo run -p returnkit-wasm --bin returnkit-wasm-dts` from the JSON\n\
         // Schemas of returnkit's wire types. Do not edit.\n",
    );
    let mut names: Vec<&String> = all.keys().collect();
    names.sort();
    for name in names {
        if let Some(schema) = all.get(name) {
            out.push('\n');
            out.push_str(&declaration(name, schema));
        }
    }
    out
}

fn ident(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// A Rust doc comment as JSDoc text: without its code blocks (Rust examples, no help in
/// TypeScript), and with rustdoc links (`` [`Order::prior_returns`] ``) as plain code
/// (`` `Order.prior_returns` ``).
fn jsdoc_text(text: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code {
            kept.push(line);
        }
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    let text = kept.join("\n");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find("[`") {
        let (before, link) = rest.split_at(start);
        out.push_str(before);
        match link.get(2..).and_then(|l| l.find("`]")) {
            Some(end) => {
                let name = link.get(2..2 + end).unwrap_or_default();
                out.push('`');
                out.push_str(&name.replace("::", "."));
                out.push('`');
                rest = link.get(end + 4..).unwrap_or_default();
                // A link with a target, `[`name`](path)`: the target goes too.
                if rest.starts_with('(') {
                    if let Some(close) = rest.find(')') {
                        rest = rest.get(close + 1..).unwrap_or_default();
                    }
                }
            }
            None => {
                out.push_str(link);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn doc(schema: &Value, indent: &str) -> String {
    let text = schema
        .get("description")
        .and_then(Value::as_str)
        .map(jsdoc_text)
        .unwrap_or_default()
        .replace("*/", "*\\/");
    let lines: Vec<&str> = text.lines().collect();
    match lines.as_slice() {
        [] => String::new(),
        [line] => format!("{indent}/** {line} */\n"),
        _ => {
            let mut s = format!("{indent}/**\n");
            for line in lines {
                s.push_str(&format!("{indent} * {line}\n").replace(" * \n", " *\n"));
            }
            s.push_str(&format!("{indent} */\n"));
            s
        }
    }
}

fn declaration(name: &str, schema: &Value) -> String {
    let name = ident(name);
    let mut s = doc(schema, "");
    let is_plain_object = schema.get("properties").is_some()
        && ["oneOf", "anyOf", "allOf", "$ref"]
            .iter()
            .all(|k| schema.get(*k).is_none());
    if is_plain_object {
        s.push_str(&format!("export interface {name} {}\n", object(schema, "")));
    } else {
        s.push_str(&format!("export type {name} = {};\n", ts(schema, "")));
    }
    s
}

fn property_name(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if plain {
        name.to_string()
    } else {
        Value::from(name).to_string()
    }
}

/// `{ ... }` for a schema's properties (and an index signature for its additional ones).
fn object(schema: &Value, indent: &str) -> String {
    let inner = format!("{indent}  ");
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut s = String::from("{\n");
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (key, prop) in props {
            s.push_str(&doc(prop, &inner));
            let optional = if required.contains(&key.as_str()) {
                ""
            } else {
                "?"
            };
            s.push_str(&format!(
                "{inner}{}{optional}: {};\n",
                property_name(key),
                ts(prop, &inner)
            ));
        }
    }
    match schema.get("additionalProperties") {
        Some(Value::Bool(false)) | None => {}
        Some(Value::Bool(true)) => s.push_str(&format!("{inner}[key: string]: unknown;\n")),
        Some(extra) => s.push_str(&format!("{inner}[key: string]: {};\n", ts(extra, &inner))),
    }
    s.push_str(indent);
    s.push('}');
    s
}

fn union(parts: Vec<String>) -> String {
    let mut unique: Vec<String> = Vec::new();
    for p in parts {
        if !unique.contains(&p) {
            unique.push(p);
        }
    }
    match unique.len() {
        0 => "never".into(),
        1 => unique.remove(0),
        _ => unique.join(" | "),
    }
}

fn paren(t: String) -> String {
    if t.contains(" | ") || t.contains(" & ") {
        format!("({t})")
    } else {
        t
    }
}

fn basic(kind: &str, schema: &Value, indent: &str) -> String {
    match kind {
        "string" => "string".into(),
        "integer" | "number" => "number".into(),
        "boolean" => "boolean".into(),
        "null" => "null".into(),
        "array" => {
            if let Some(items) = schema.get("prefixItems").and_then(Value::as_array) {
                let parts: Vec<String> = items.iter().map(|i| ts(i, indent)).collect();
                format!("[{}]", parts.join(", "))
            } else {
                match schema.get("items") {
                    Some(items) => format!("{}[]", paren(ts(items, indent))),
                    None => "unknown[]".into(),
                }
            }
        }
        "object" => {
            if schema.get("properties").is_some() {
                object(schema, indent)
            } else {
                match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => "Record<string, never>".into(),
                    Some(Value::Bool(true)) | None => "Record<string, unknown>".into(),
                    Some(extra) => format!("Record<string, {}>", ts(extra, indent)),
                }
            }
        }
        _ => "unknown".into(),
    }
}

/// The TypeScript type of a schema.
fn ts(schema: &Value, indent: &str) -> String {
    let Some(map) = schema.as_object() else {
        return match schema {
            Value::Bool(false) => "never".into(),
            _ => "unknown".into(),
        };
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
        parts.push(ident(r.rsplit('/').next().unwrap_or(r)));
    }
    if let Some(c) = map.get("const") {
        parts.push(c.to_string());
    } else if let Some(values) = map.get("enum").and_then(Value::as_array) {
        parts.push(union(values.iter().map(Value::to_string).collect()));
    } else if map.get("type").is_some_and(|t| t == "object")
        && !map.contains_key("properties")
        && ["oneOf", "anyOf", "allOf"]
            .iter()
            .any(|k| map.contains_key(*k))
    {
        // A flattened or tagged enum: the variants say it all.
    } else if let Some(t) = map.get("type") {
        let base = match t {
            Value::String(kind) => basic(kind, schema, indent),
            Value::Array(kinds) => union(
                kinds
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|k| basic(k, schema, indent))
                    .collect(),
            ),
            _ => "unknown".into(),
        };
        parts.push(base);
    } else if map.contains_key("properties") {
        parts.push(object(schema, indent));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(variants) = map.get(key).and_then(Value::as_array) {
            parts.push(union(variants.iter().map(|v| ts(v, indent)).collect()));
        }
    }
    if let Some(all) = map.get("allOf").and_then(Value::as_array) {
        parts.extend(all.iter().map(|v| ts(v, indent)));
    }
    match parts.len() {
        0 => "unknown".into(),
        1 => parts.remove(0),
        _ => parts.into_iter().map(paren).collect::<Vec<_>>().join(" & "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_typed() {
        let d = declarations();
        assert!(d.contains("export interface RefundQuote {"), "{d}");
        assert!(d.contains("export type Decimal = string;"), "{d}");
        assert!(!d.contains(": any"), "{d}");
        assert!(d.contains("export interface PolicyDocument {"), "{d}");
    }

    /// The body of `export interface {name} {...}` in the declarations.
    fn interface<'a>(d: &'a str, name: &str) -> &'a str {
        let start = d
            .find(&format!("export interface {name} {{"))
            .unwrap_or_else(|| panic!("no interface {name}"));
        let body = &d[start..];
        &body[..body.find("\n}").unwrap_or(body.len())]
    }

    #[test]
    fn answers_state_their_schema_version_and_commands_may_leave_it_out() {
        let d = declarations();
        for name in ["RefundQuote", "Decision"] {
            let body = interface(&d, name);
            assert!(body.contains("\n  schema_version: number;"), "{body}");
        }
        let decision = interface(&d, "Decision");
        assert!(
            decision.contains("\n  requested_resolution?: Resolution | null;"),
            "{decision}"
        );
        // A submit command carries a decision stored before versions too.
        let input = interface(&d, "DecisionInput");
        assert!(input.contains("\n  schema_version?: number;"), "{input}");
    }

    /// The members an interface declares, in order (its own, not its nested objects').
    fn declared(d: &str, name: &str) -> Vec<String> {
        interface(d, name)
            .lines()
            .filter_map(|l| l.strip_prefix("  "))
            .filter(|l| !l.starts_with([' ', '/', '*']))
            .filter_map(|l| l.split_once(':'))
            .map(|(member, _)| member.trim_end_matches('?').to_string())
            .collect()
    }

    /// The members of a JSON object, in order (serde_json's map is sorted).
    fn members(v: &Value) -> Vec<String> {
        v.as_object().expect("an object").keys().cloned().collect()
    }

    #[test]
    fn a_returns_report_is_declared_member_for_member() {
        let d = declarations();
        let doc = include_str!("../../../crates/returnkit/samples/rma-v2-on-its-way.json");
        let order = r#"{"id": "1", "currency": "EUR", "lines": []}"#;
        let text = returnkit::wire::report(&format!("[{doc}]"), &format!("[{order}]")).unwrap();
        let report: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(members(&report), declared(&d, "ReturnsReport"));
        assert!(interface(&d, "ReturnsReport").contains("\n  schema_version: 1;"));
        let first = |v: &Value| v.as_object().unwrap().values().next().unwrap().clone();
        let parts = [
            (report["period"].clone(), "ReportPeriod"),
            (report["totals"].clone(), "ReportTotals"),
            (report["orders"].clone(), "ReportOrders"),
            (first(&report["by_reason_class"]), "ReportVolume"),
            (report["keep_item"].clone(), "ReportKeepItem"),
            (report["cycle_times"].clone(), "ReportCycleTimes"),
            (
                report["cycle_times"]["requested_to_label"].clone(),
                "ReportDistribution",
            ),
            (
                report["cycle_times"]["requested_to_label"]["percentiles_minutes"].clone(),
                "ReportPercentiles",
            ),
            (
                report["cycle_times"]["requested_to_label"]["buckets"][0].clone(),
                "ReportBucket",
            ),
            (first(&report["money"]), "ReportMoney"),
        ];
        for (value, name) in parts {
            assert_eq!(members(&value), declared(&d, name), "{name}");
        }
        let volume = interface(&d, "ReportVolume");
        assert!(
            volume.contains("\n  return_rate: Decimal | null;"),
            "{volume}"
        );
    }

    #[test]
    fn doc_comments_lose_rust_examples_and_links() {
        assert_eq!(
            jsdoc_text("An order.\n\n```\nlet order = 1;\n```"),
            "An order."
        );
        assert_eq!(
            jsdoc_text("In [`Order::prior_returns`] and [`Tender`](crate::Tender), [`x"),
            "In `Order.prior_returns` and `Tender`, [`x"
        );
    }

    #[test]
    fn schemas_become_types() {
        let s = serde_json::json!({
            "type": "object",
            "properties": {
                "a": {"type": ["string", "null"]},
                "b": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
                "@c": {"enum": ["x", "y"]}
            },
            "required": ["a"]
        });
        assert_eq!(
            ts(&s, ""),
            "{\n  \"@c\"?: \"x\" | \"y\";\n  a: string | null;\n  b?: [string, number];\n}"
        );
    }
}
