//! Compiles the customer-message catalogs (`locales/<locale>/returnkit.ftl`, Project Fluent)
//! into the compact form the crate formats from (`messages::catalog`), one `<tag>.txt` per
//! locale in OUT_DIR: one line per message, its id, a tab, and its parts, where text is as is,
//! a variable is `\x01name\x02`, and a select on a count's plural form is
//! `\x03name\x1fdefault`, then `\x1ekey\x1d` and the variant's parts for each variant, then
//! `\x04`. Parsing is Fluent's own parser (`fluent-syntax`); a catalog that uses more of
//! Fluent than these (terms, message references, functions, attributes), or text with a
//! control character, fails the build, naming the file and the message.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

const LOCALES: [&str; 8] = ["en", "de", "fr", "es", "nl", "pl", "ro", "ru"];

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    println!("cargo:rerun-if-changed=locales");
    for tag in LOCALES {
        let path = format!("locales/{tag}/returnkit.ftl");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
        let compiled = compile(&path, &text);
        std::fs::write(Path::new(&out).join(format!("{tag}.txt")), compiled)
            .unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    }
}

fn fail(why: &str) -> ! {
    eprintln!("error: {why}");
    std::process::exit(1)
}

/// The compact form: a line per message, ids in order.
fn compile(path: &str, text: &str) -> String {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        fail(&format!("{path}: {errors:?}"));
    });
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                if !m.attributes.is_empty() {
                    fail(&format!("{path}: {id}: attributes are not used"));
                }
                let Some(value) = m.value else {
                    fail(&format!("{path}: {id} has no value"));
                };
                let mut out = String::new();
                parts(path, id, &value, &mut out);
                if messages.insert(id.to_string(), out).is_some() {
                    fail(&format!("{path}: {id} appears twice"));
                }
            }
            Entry::Term(t) => fail(&format!("{path}: -{}: terms are not used", t.id.name)),
            Entry::Junk { content } => fail(&format!("{path}: can't read {content:?}")),
            _ => {}
        }
    }
    messages
        .into_iter()
        .map(|(id, parts)| format!("{id}\t{parts}\n"))
        .collect()
}

fn parts(path: &str, id: &str, pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if value.chars().any(char::is_control) {
                    fail(&format!(
                        "{path}: {id}: a control character or line break in the text"
                    ));
                }
                out.push_str(value);
            }
            PatternElement::Placeable { expression } => placeable(path, id, expression, out),
        }
    }
}

fn placeable(path: &str, id: &str, expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id: var }) => {
            out.push_str(&format!("\x01{}\x02", var.name));
        }
        Expression::Select {
            selector: InlineExpression::VariableReference { id: var },
            variants,
        } => {
            let default = variants.iter().find(|v| v.default).map(|v| key(&v.key));
            let default = default
                .unwrap_or_else(|| fail(&format!("{path}: {id}: a select without a default")));
            out.push_str(&format!("\x03{}\x1f{default}", var.name));
            for v in variants {
                out.push_str(&format!("\x1e{}\x1d", key(&v.key)));
                parts(path, id, &v.value, out);
            }
            out.push('\x04');
        }
        other => fail(&format!(
            "{path}: {id}: only variables and selects on a variable are used, not {other:?}"
        )),
    }
}

fn key(key: &VariantKey<&str>) -> String {
    match key {
        VariantKey::Identifier { name } => (*name).to_string(),
        VariantKey::NumberLiteral { value } => (*value).to_string(),
    }
}
