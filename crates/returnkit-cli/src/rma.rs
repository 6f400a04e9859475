//! `returnkit rma`: open an RMA, apply a command to it, and let time pass for a stream of them.
//!
//! RMAs are stored by the host; these commands read and write the wire-format RMA document
//! (`{"schema_version", "rma", "status", "events"}`) through the core's `wire` entry points,
//! so the CLI answers exactly as the C, PHP and WASM bindings do.

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use returnkit::wire;

use crate::{emit, note, output_error, read_text, Failure};

/// `rma submit`: a `submit` command in, `{"document", "events"}` out.
pub fn submit(command: &Path) -> Result<ExitCode, Failure> {
    let text = read_text(command)?;
    let outcome = wire::rma_submit(&text).map_err(|error| input(command, error))?;
    emit(&outcome)?;
    Ok(ExitCode::SUCCESS)
}

/// `rma apply`: a document and a command in, `{"document", "events"}` out.
pub fn apply(document: &Path, command: &Path) -> Result<ExitCode, Failure> {
    let doc = read_text(document)?;
    let cmd = read_text(command)?;
    let outcome = wire::rma_apply(&doc, &cmd).map_err(|error| {
        // The error names its document: `document` is the document's file, `command` the command's.
        let file = if crate::document_of(&error) == "document" {
            document
        } else {
            command
        };
        input(file, error)
    })?;
    emit(&outcome)?;
    Ok(ExitCode::SUCCESS)
}

/// `rma tick`: one RMA document per input line; one `{"line", "document", "events"}` (or
/// `{"line", "error"}`) per document out, in order. A backend job runs this over its open
/// RMAs to expire approvals not shipped in time and flag refund-by dates.
pub fn tick(
    now: DateTime<Utc>,
    key: Option<&str>,
    input: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let reader: Box<dyn Read> = match input {
        Some(path) => Box::new(
            std::fs::File::open(path)
                .map_err(|e| Failure::Io(format!("{}: {e}", path.display())))?,
        ),
        None => Box::new(std::io::stdin().lock()),
    };
    let now_text = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    // One key per run: repeating the same run (a retried job) changes nothing.
    let key = key.map_or_else(|| format!("tick-{now_text}"), str::to_owned);
    let out = std::io::stdout().lock();
    let mut out = BufWriter::new(out);
    let (mut ticked, mut errors) = (0u64, 0u64);
    for (index, line) in BufReader::new(reader).lines().enumerate() {
        let line =
            line.map_err(|e| Failure::Io(format!("reading input line {}: {e}", index + 1)))?;
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let record = match wire::rma_tick(&line, &now_text, &key) {
            Ok(outcome) => {
                ticked += 1;
                format!(
                    "{{\"line\":{number},{}",
                    outcome.strip_prefix('{').unwrap_or(&outcome)
                )
            }
            Err(error) => {
                errors += 1;
                format!("{{\"line\":{number},\"error\":{}}}", error.to_json_text())
            }
        };
        writeln!(out, "{record}").map_err(output_error)?;
    }
    out.flush().map_err(output_error)?;
    note(&format!("{ticked} documents, {errors} errors"));
    Ok(ExitCode::SUCCESS)
}

fn input(path: &Path, error: returnkit::Error) -> Failure {
    Failure::Input {
        file: path.display().to_string(),
        error,
    }
}
