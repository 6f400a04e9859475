//! Answers wire calls natively, for the JavaScript tests to compare the WebAssembly answers
//! with byte for byte. Reads one JSON array per line on stdin, `["op", "arg", ...]`, and
//! writes one JSON object per line: `{"ok": "answer"}` or `{"err": "error record"}`, both as
//! the JSON text `returnkit::wire` gives.
//!
//! Ops: `quote input`, `allocate input`, `policy_check text format`,
//! `decide policy format cards input`, `label_quote policy format cards request`,
//! `explain policy format cards jsonld(true|false)`, `rma_submit command`,
//! `rma_apply document command`, `rma_tick document now key`, and
//! `refund_quote policy format cards input`: the quote of the offer that
//! answers the request, as the core picks it (`Decision::offer`), or `null`;
//! `simulate current format proposed format records options`, `simulate_merge simulations`.

use std::io::{BufRead, Write};

use returnkit::wire;

fn call(op: &str, a: &[String]) -> returnkit::Result<String> {
    let arg = |i: usize| a.get(i).map_or("", String::as_str);
    match op {
        "quote" => wire::quote(arg(0)),
        "allocate" => wire::allocate(arg(0)),
        "policy_check" => wire::policy_check(arg(0), arg(1)),
        "decide" => wire::decide(&wire::compile_policy(arg(0), arg(1), arg(2))?, arg(3)),
        "label_quote" => wire::label_quote(&wire::compile_policy(arg(0), arg(1), arg(2))?, arg(3)),
        "explain" => wire::policy_explain(
            &wire::compile_policy(arg(0), arg(1), arg(2))?,
            arg(3) == "true",
        ),
        "rma_submit" => wire::rma_submit(arg(0)),
        "rma_apply" => wire::rma_apply(arg(0), arg(1)),
        "rma_tick" => wire::rma_tick(arg(0), arg(1), arg(2)),
        "refund_quote" => refund_quote(arg(0), arg(1), arg(2), arg(3)),
        "simulate" => wire::simulate(
            &wire::compile_policy(arg(0), arg(1), "")?,
            &wire::compile_policy(arg(2), arg(3), "")?,
            arg(4),
            Some(arg(5)),
        ),
        "simulate_merge" => wire::simulate_merge(arg(0)),
        other => Err(returnkit::Error::InvalidValue {
            field: "op".into(),
            reason: format!("`{other}` is not an op"),
        }),
    }
}

/// The quote that answers a decision's request, through the core's types: the decision as
/// `decide` makes it, and the offer `Decision::offer` picks, written as the wire writes it.
fn refund_quote(policy: &str, format: &str, cards: &str, input: &str) -> returnkit::Result<String> {
    let policy = wire::compile_policy(policy, format, cards)?;
    let input: serde_json::Value = returnkit::from_json(input)?;
    let order: returnkit::Order = returnkit::from_json(&input["order"].to_string())?;
    let request: returnkit::decision::ReturnRequest =
        returnkit::from_json(&input["request"].to_string())?;
    let now = input["now"]
        .as_str()
        .and_then(|t| t.parse().ok())
        .ok_or_else(|| returnkit::Error::InvalidValue {
            field: "now".into(),
            reason: "not an RFC 3339 instant".into(),
        })?;
    let decision = returnkit::decision::decide(&policy, &order, &request, now)?;
    match decision.offer(None) {
        Some(offer) => {
            wire::writer::to_string(&offer.quote).map_err(|e| returnkit::Error::Internal {
                field: String::new(),
                message: e.to_string(),
            })
        }
        None => Ok("null".into()),
    }
}

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let args: Vec<String> = serde_json::from_str(&line)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        let (op, rest) = args
            .split_first()
            .map_or(("", &[][..]), |(o, r)| (o.as_str(), r));
        let answer = match call(op, rest) {
            Ok(text) => serde_json::json!({ "ok": text }),
            Err(e) => serde_json::json!({ "err": e.to_json().to_string() }),
        };
        writeln!(out, "{answer}")?;
    }
    out.flush()
}
