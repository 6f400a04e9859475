//! The `returnkit` command: refund quotes, return policies, return decisions and return
//! authorizations over JSON files and JSON Lines streams, for people and backend jobs.
//!
//! Output is a readable table by default, or the wire-format JSON with `--json`. Bad input
//! exits with status 1 and names the field; usage errors exit with status 2. Output that can't
//! be written (a full disk) is an error on stderr with status 1; a reader that leaves early
//! (`| head -1`) ends the command quietly with status 0, as ripgrep does (or 1 if the command
//! had rejected its input: `policy check` of a bad policy, a refused `rma apply`).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};
use returnkit::decision::ReturnRequest;
use returnkit::{Error, Order, RefundRequest};

mod batch;
mod label;
mod policy;
mod report;
mod rma;
mod simulate;
mod table;

/// jemalloc: the engine allocates many small strings and vectors per record, and batch
/// decides on every core. jemalloc's thread caches serve those, and it keeps freed pages for
/// seconds before returning them to the kernel; mimalloc returned them within milliseconds,
/// and zeroing them again on reuse cost CPU (measured in `docs/performance.md`). Not on
/// Windows MSVC, where jemalloc doesn't build: the system allocator serves there.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
#[command(
    name = "returnkit",
    version,
    about = "Returns engine: exact refunds and return decisions from order snapshots",
    after_help = "Exit status: 0 on success, 1 for input returnkit rejects or output that \
                  can't be written (the error on stderr), 2 for usage errors, 3 for a `batch \
                  --fail-on-error` in which records failed (every record written). A reader \
                  that closes the output early (`| head -1`) ends the command quietly, with \
                  the status it had so far: 0, or 1 for rejected input (3 for failed records)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Quote the refund for a return: line by line, tax by rate, deductions and tenders.
    Quote {
        /// The order snapshot (JSON); `-` reads it from standard input.
        #[arg(long)]
        order: PathBuf,
        /// The refund request (JSON); `-` reads it from standard input.
        #[arg(long)]
        request: PathBuf,
        /// Print the quote as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Return policies: validate one, explain it, or print the document's JSON Schema.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Decide one return request under a policy: per line, with deadlines, reasons and the
    /// refund for every resolution on offer.
    Decide {
        /// The return policy (JSON, or TOML for a `.toml` file); `-` reads JSON from standard
        /// input.
        #[arg(long)]
        policy: PathBuf,
        /// Rate cards to price the return label with: a card's file (JSON, or TOML for a
        /// `.toml` file) or a directory of them. Without, the decision prices no label.
        #[arg(long, value_name = "DIR|FILE")]
        cards: Option<PathBuf>,
        /// The order snapshot (JSON); `-` reads it from standard input.
        #[arg(long)]
        order: PathBuf,
        /// The return request (JSON); `-` reads it from standard input.
        #[arg(long)]
        request: PathBuf,
        /// The time to decide as of (RFC 3339, such as 2026-10-20T12:00:00Z). Defaults to now.
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<Utc>>,
        /// Print the decision as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Decide a stream of requests: JSON Lines in, one JSON line out per record, in order.
    ///
    /// Each input line is {"order": {...}, "request": {...}, "now": "RFC 3339"}, with an
    /// optional "id" (any JSON value). Each output line is {"line": N, "decision": {...}}, or
    /// {"line": N, "error": {...}} for a record that can't be decided, with the record's "id"
    /// as written right after "line" when it has one; blank lines are skipped. Records are decided on every core, in
    /// bounded chunks, so memory stays flat whatever the input's size. Standard error gets a
    /// progress spinner (on a terminal, outside CI) and a final summary. Error records don't
    /// change the exit status unless --fail-on-error; a bad policy or unreadable input does.
    ///
    /// A record may name its policy with "policy": "NAME", one of the run's --policy names; a
    /// name the run doesn't have, or none when the run has several policies and no
    /// --default-policy, is an error record (invalid_value on `policy`, listing the names).
    /// A record with "answer": "compact" gets the compact decision (docs/wire.md, "Compact
    /// answers"): the same figures, without empty members and each offer's quote lines.
    Batch {
        /// A return policy (JSON, or TOML for a `.toml` file), named by its file's stem
        /// (`eu.toml` is `eu`), or `NAME=FILE`, or a directory whose `.json` and `.toml`
        /// files are each a policy named by its stem. Repeat it for several policies: each
        /// record then names its own with "policy": "NAME".
        #[arg(long, required = true, value_name = "[NAME=]FILE|DIR")]
        policy: Vec<PathBuf>,
        /// The policy of records that name none, when the run has several (with one policy,
        /// every record without "policy" is decided under it).
        #[arg(long, value_name = "NAME")]
        default_policy: Option<String>,
        /// Rate cards to price return labels with, as for `decide`, under every policy.
        #[arg(long, value_name = "DIR|FILE")]
        cards: Option<PathBuf>,
        /// Threads to decide on; all cores by default. The output is the same bytes for any
        /// number.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        /// The summary on standard error: a line of text ("N decisions (A approve, R review,
        /// D deny), M errors"), or one JSON object with the counts by outcome and by policy.
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        summary: SummaryFormat,
        /// Exit with status 3 when any record failed, once every record is written.
        #[arg(long)]
        fail_on_error: bool,
        /// The input: JSON Lines, or Parquet for a `.parquet` file (columns `order` and
        /// `request` as JSON text, `now` as RFC 3339 text or a timestamp, optional `id` as
        /// text or an integer and `policy` as text; each row decided as that JSON Lines
        /// record, `line` being its row number). Standard input (JSON Lines) when absent or
        /// `-`.
        input: Option<PathBuf>,
    },
    /// Policy what-if: decide a history again under the current and a proposed policy and
    /// report what changed: approvals, reviews, denials, refunds, fees and label costs,
    /// overall, by reason and by SKU, with the records that changed most.
    ///
    /// The history is JSON Lines, the records `batch` reads (each record's own "policy" is
    /// ignored: every record is decided under both). A record that can't be read or decided
    /// is counted as an error, with its id, not fatal. The output is the same bytes for any
    /// number of threads.
    Simulate {
        /// The two policies, current first, then proposed (JSON, or TOML for a `.toml` file),
        /// each named by its file's stem or as `NAME=FILE`.
        #[arg(long, required = true, num_args = 1, value_name = "[NAME=]FILE")]
        policy: Vec<PathBuf>,
        /// Rate cards to price return labels with, as for `decide`, under both policies.
        #[arg(long, value_name = "DIR|FILE")]
        cards: Option<PathBuf>,
        /// Threads to decide on; all cores by default.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        /// How many of the records that changed most to list.
        #[arg(long, value_name = "N", default_value_t = returnkit::simulate::DEFAULT_TOP)]
        top: usize,
        /// JSON (the simulation, which `merge` reads) or tables.
        #[arg(long, value_enum, default_value_t = simulate::Format::Table)]
        format: simulate::Format,
        /// The history (JSON Lines); standard input when absent or `-`.
        input: Option<PathBuf>,
    },
    /// Return labels: quote one from rate cards.
    #[command(subcommand)]
    Label(LabelCommand),
    /// Return authorizations: open one, apply commands, and let time pass (JSON in and out).
    #[command(subcommand)]
    Rma(RmaCommand),
    /// The returns report of RMA histories: return rates and volumes by reason, SKU, product
    /// and category, decision shares and denial reasons, cycle-time percentiles, money, and
    /// dispositions (docs/analytics.md). Written as JSON, CSV or an HTML page with charts.
    Report {
        /// Order feeds (JSON Lines of orders, as `quote` reads one), for return rates.
        /// Repeat it for several files.
        #[arg(long, value_name = "FILE")]
        orders: Vec<PathBuf>,
        /// The inputs are reports (JSON, as this command writes them) to merge into one:
        /// the report of all their histories and orders.
        #[arg(long)]
        merge: bool,
        /// How to write the report.
        #[arg(long, value_enum, default_value_t = report::Format::Json)]
        format: report::Format,
        /// Write the report to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The histories: JSON Lines of RMA documents as stored, or of {"document",
        /// "request", "decision"} records (`-` for standard input); with --merge, reports.
        #[arg(required = true, value_name = "FILE")]
        inputs: Vec<PathBuf>,
    },
}

/// How `batch` sums up its run on standard error.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SummaryFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum LabelCommand {
    /// Quote a return label: every service of the rate cards that can carry the return,
    /// priced parcel by parcel, and the cheapest that meets the request's constraints.
    Quote {
        /// The rate cards: a card's file (JSON, or TOML for a `.toml` file) or a directory of
        /// them (its `.json` and `.toml` files, in name order).
        #[arg(long, value_name = "DIR|FILE")]
        cards: PathBuf,
        /// The label request (JSON): origin, items with weights, packaging, constraints; `-`
        /// reads it from standard input.
        #[arg(long)]
        request: PathBuf,
        /// Print the wire format's answer (one JSON line) instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum RmaCommand {
    /// Open an RMA from a `submit` command (JSON); prints {"document", "events"}.
    Submit {
        /// The submit command: actor, idempotency key, the order, its decision and the
        /// resolution chosen.
        command: PathBuf,
    },
    /// Apply a command to an RMA document; prints {"document", "events"}, or the error (such
    /// as `not_permitted`, 3002) naming the field, with exit status 1.
    Apply {
        /// The RMA document, as a previous `submit` or `apply` printed it.
        #[arg(long)]
        document: PathBuf,
        /// The command (JSON), with its actor, expected version and idempotency key.
        #[arg(long)]
        command: PathBuf,
    },
    /// Let time pass for a stream of RMA documents (JSON Lines): expire approvals not shipped
    /// in time and flag refund-by dates due or overdue. One output line per document:
    /// {"line": N, "document": {...}, "events": [...]} or {"line": N, "error": {...}}.
    Tick {
        /// The time it is (RFC 3339, such as 2026-12-01T06:00:00Z). Defaults to now.
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<Utc>>,
        /// The idempotency key of this run's tick; defaults to `tick-` and the time, so a
        /// retried run changes nothing.
        #[arg(long)]
        key: Option<String>,
        /// The JSON Lines input; standard input when absent or `-`.
        input: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Validate a policy and list every problem as `FIELD: message`. Exits 1 if any.
    Check {
        /// The policy (JSON, or TOML for a `.toml` file).
        file: PathBuf,
        /// Print {"ok": bool, "errors": [...]} instead.
        #[arg(long)]
        json: bool,
    },
    /// Explain a policy in plain language, or as schema.org JSON-LD.
    Explain {
        /// The policy (JSON, or TOML for a `.toml` file).
        file: PathBuf,
        /// Print schema.org MerchantReturnPolicy JSON-LD instead.
        #[arg(long, conflicts_with = "locale")]
        jsonld: bool,
        /// The summary's language, a BCP 47 tag (`de`, `pl-PL`); English when returnkit has
        /// no catalog for it.
        #[arg(long)]
        locale: Option<String>,
    },
    /// Print the JSON Schema of the policy document.
    Schema,
}

/// A failure, and how to report it.
enum Failure {
    /// Input that returnkit rejects; names the file and field.
    Input { file: String, error: Error },
    /// A policy that does not validate: every problem, each naming its field.
    Policy { file: String, errors: Vec<Error> },
    /// A file that could not be read, or output that could not be written.
    Io(String),
    /// Standard output's reader has gone (a broken pipe, as after `| head -1`): nobody is left
    /// to read the rest, so the command stops quietly with status 0. It is no reason for
    /// status 1, but doesn't hide one either.
    Closed,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A usage error: on stderr, with status 2.
        Err(error) if error.use_stderr() => error.exit(),
        // `--help` and `--version`: written as any other output is.
        Err(error) => {
            let text = error.render();
            let text = if std::io::stdout().is_terminal() {
                text.ansi().to_string()
            } else {
                text.to_string()
            };
            return match write_out(&text) {
                Ok(()) | Err(Failure::Closed) => ExitCode::SUCCESS,
                Err(failure) => {
                    report(failure, false);
                    ExitCode::from(1)
                }
            };
        }
    };
    one_standard_input(&cli.command);
    let json = matches!(
        cli.command,
        Command::Quote { json: true, .. }
            | Command::Decide { json: true, .. }
            | Command::Label(LabelCommand::Quote { json: true, .. })
            | Command::Rma(RmaCommand::Submit { .. } | RmaCommand::Apply { .. })
    );
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Closed) => ExitCode::SUCCESS,
        Err(failure) => {
            report(failure, json);
            ExitCode::from(1)
        }
    }
}

/// Prints a failure: on stderr for people, or as `{"error": {...}}` on stdout with `--json`.
/// A JSON report that can't be written goes to stderr as text instead; none goes to a reader
/// that has left.
fn report(failure: Failure, json: bool) {
    let with_file = |error: &Error, file: &str| {
        let mut value = error.to_json();
        value["file"] = file.into();
        value
    };
    let as_json = match &failure {
        Failure::Input { file, error } if json => {
            Some(serde_json::json!({ "error": with_file(error, file) }))
        }
        Failure::Policy { file, errors } if json => {
            let all: Vec<_> = errors.iter().map(|e| with_file(e, file)).collect();
            let first = all.first().cloned().unwrap_or_default();
            Some(serde_json::json!({ "error": first, "errors": all }))
        }
        _ => None,
    };
    if let Some(value) = as_json {
        match emit(&value.to_string()) {
            Ok(()) | Err(Failure::Closed) => return,
            Err(Failure::Io(message)) => note(&format!("error: {message}")),
            Err(_) => {}
        }
    }
    match failure {
        Failure::Input { file, error } => note(&format!("error: {file}: {error}")),
        Failure::Policy { file, errors } => {
            for error in &errors {
                note(&format!("error: {file}: {}", policy::problem(error)));
            }
        }
        Failure::Io(message) => note(&format!("error: {message}")),
        Failure::Closed => {}
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Quote {
            order,
            request,
            json,
        } => {
            let order_doc: Order = read(&order)?;
            let request_doc: RefundRequest = read(&request)?;
            let quote = returnkit::quote(&order_doc, &request_doc).map_err(|error| {
                let file = if document_of(&error) == "order" {
                    &order
                } else {
                    &request
                };
                Failure::Input {
                    file: shown(file),
                    error,
                }
            })?;
            if json {
                print(serde_json::to_string_pretty(&quote))
            } else {
                emit(&table::render(&quote))?;
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Policy(PolicyCommand::Check { file, json }) => policy::check(&file, json),
        Command::Policy(PolicyCommand::Explain {
            file,
            jsonld,
            locale,
        }) => policy::explain(&file, jsonld, locale.as_deref()),
        Command::Policy(PolicyCommand::Schema) => policy::schema(),
        Command::Decide {
            policy,
            cards,
            order,
            request,
            now,
            json,
        } => {
            let compiled = policy::load(&policy, cards.as_deref())?;
            let order_doc: Order = read(&order)?;
            let request_doc: ReturnRequest = read(&request)?;
            // The core never reads the clock; the command does, when not told the time.
            let now = now.unwrap_or_else(|| DateTime::<Utc>::from(std::time::SystemTime::now()));
            let decision = returnkit::decision::decide(&compiled, &order_doc, &request_doc, now)
                .map_err(|error| {
                    // Name the file of the document the error names.
                    let file = match document_of(&error) {
                        "policy" => &policy,
                        "order" => &order,
                        _ => &request,
                    };
                    Failure::Input {
                        file: shown(file),
                        error,
                    }
                })?;
            if json {
                print(serde_json::to_string_pretty(&decision))
            } else {
                emit(&table::render_decision(&decision, now))?;
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Batch {
            policy,
            default_policy,
            cards,
            threads,
            summary,
            fail_on_error,
            input,
        } => {
            let policies =
                batch::Policies::load(&policy, default_policy.as_deref(), cards.as_deref())?;
            let input = input.filter(|p| p.as_os_str() != "-");
            let options = batch::Options {
                threads: threads.map(usize::from),
                json_summary: summary == SummaryFormat::Json,
                fail_on_error,
            };
            batch::run(&policies, input.as_deref(), &options)
        }
        Command::Simulate {
            policy,
            cards,
            threads,
            top,
            format,
            input,
        } => {
            let input = input.filter(|p| p.as_os_str() != "-");
            simulate::run(
                &policy,
                cards.as_deref(),
                threads.map(usize::from),
                Some(top),
                format,
                input.as_deref(),
            )
        }
        Command::Label(LabelCommand::Quote {
            cards,
            request,
            json,
        }) => label::quote(&cards, &request, json),
        Command::Report {
            orders,
            merge,
            format,
            out,
            inputs,
        } => report::run(&report::Options {
            inputs: &inputs,
            orders: &orders,
            merge,
            format,
            out: out.as_deref(),
        }),
        Command::Rma(RmaCommand::Submit { command }) => rma::submit(&command),
        Command::Rma(RmaCommand::Apply { document, command }) => rma::apply(&document, &command),
        Command::Rma(RmaCommand::Tick { now, key, input }) => {
            let now = now.unwrap_or_else(|| DateTime::<Utc>::from(std::time::SystemTime::now()));
            let input = input.filter(|p| p.as_os_str() != "-");
            rma::tick(now, key.as_deref(), input.as_deref())
        }
    }
}

/// The document an error names: its field's first segment (`order` of
/// `order.lines[1].quantity`).
pub(crate) fn document_of(error: &Error) -> &str {
    let field = error.field();
    field.split(['.', '[']).next().unwrap_or(field)
}

/// Prints serialized JSON, or fails (serialization of the engine's output does not fail).
fn print(json: serde_json::Result<String>) -> Result<ExitCode, Failure> {
    let text = json.map_err(|e| Failure::Io(e.to_string()))?;
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` and a newline to standard output, and flushes it.
pub(crate) fn emit(text: &str) -> Result<(), Failure> {
    write_out(&format!("{text}\n"))
}

/// Writes `text` to standard output as it is, and flushes it.
fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(output_error)
}

/// The failure of a write to standard output: [`Failure::Closed`] for a broken pipe, an
/// error saying why for anything else (`No space left on device`).
pub(crate) fn output_error(error: std::io::Error) -> Failure {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::Closed
    } else {
        Failure::Io(format!("writing the output: {error}"))
    }
}

/// Writes a line to standard error. Unlike `eprintln!`, never panics: there is nowhere left
/// to report a failure to write there.
pub(crate) fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Parses `--now`: an RFC 3339 timestamp with any offset, kept as UTC.
fn parse_now(s: &str) -> Result<DateTime<Utc>, String> {
    returnkit::wire::timestamp::read_instant(s)
}

/// Stops with a usage error (status 2) saying `message`.
pub(crate) fn usage_error(message: &str) -> ! {
    use clap::CommandFactory;
    Cli::command()
        .error(clap::error::ErrorKind::ValueValidation, message)
        .exit()
}

/// Whether a file argument is `-`, standard input.
fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A file argument as messages name it: its path, or `standard input` for `-`.
pub(crate) fn shown(path: &Path) -> String {
    if is_stdin(path) {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// Stops with a usage error (status 2) when more than one file argument of the command is
/// `-`: standard input holds one document.
fn one_standard_input(command: &Command) {
    let files: Vec<(&str, &Path)> = match command {
        Command::Quote { order, request, .. } => vec![("--order", order), ("--request", request)],
        Command::Decide {
            policy,
            order,
            request,
            ..
        } => vec![
            ("--policy", policy),
            ("--order", order),
            ("--request", request),
        ],
        _ => return,
    };
    let named: Vec<&str> = files
        .iter()
        .filter(|(_, path)| is_stdin(path))
        .map(|(flag, _)| *flag)
        .collect();
    if let [first @ .., last] = named.as_slice() {
        if first.is_empty() {
            return;
        }
        use clap::CommandFactory;
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "{} and {last} can't {} read standard input (`-`): it holds one document",
                    first.join(", "),
                    if first.len() == 1 { "both" } else { "all" }
                ),
            )
            .exit();
    }
}

/// Reads a file, or standard input for `-`, or fails naming it.
pub(crate) fn read_text(path: &Path) -> Result<String, Failure> {
    if is_stdin(path) {
        let mut text = String::new();
        return std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut text)
            .map(|_| text)
            .map_err(|e| Failure::Io(format!("standard input: {e}")));
    }
    std::fs::read_to_string(path).map_err(|e| Failure::Io(format!("{}: {e}", path.display())))
}

/// The documents of a directory: its `.json` and `.toml` files, in name order (other files,
/// such as a README, are left alone).
pub(crate) fn documents_in(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let failed = |e: std::io::Error| Failure::Io(format!("{}: {e}", dir.display()));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(failed)? {
        let file = entry.map_err(failed)?.path();
        let document = file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("toml"));
        if document && file.is_file() {
            files.push(file);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads a document from a file, or fails naming the file and the document's field.
fn read<T: returnkit::wire::Document>(path: &Path) -> Result<T, Failure> {
    let text = read_text(path)?;
    returnkit::wire::read_document(&text).map_err(|error| Failure::Input {
        file: shown(path),
        error,
    })
}
