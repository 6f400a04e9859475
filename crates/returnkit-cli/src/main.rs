//! The `returnkit` command: refund quotes over JSON files, for people and backend jobs.
//!
//! Output is a readable table by default, or the wire-format JSON with `--json`. Bad input
//! exits with status 1 and names the field; usage errors exit with status 2.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use returnkit::{from_json, Error, Order, RefundRequest};

mod table;

#[derive(Parser)]
#[command(
    name = "returnkit",
    version,
    about = "Returns engine: exact refunds from order snapshots"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Quote the refund for a return: line by line, tax by rate, deductions and tenders.
    Quote {
        /// The order snapshot (JSON).
        #[arg(long)]
        order: PathBuf,
        /// The refund request (JSON).
        #[arg(long)]
        request: PathBuf,
        /// Print the quote as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// A failure, and how to report it.
enum Failure {
    /// Input that returnkit rejects; names the file and field.
    Input { file: String, error: Error },
    /// A file that could not be read.
    Io(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = matches!(cli.command, Command::Quote { json: true, .. });
    match run(cli) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(Failure::Input { file, error }) => {
            if json {
                let mut value = error.to_json();
                value["file"] = file.into();
                println!("{}", serde_json::json!({ "error": value }));
            } else {
                eprintln!("error: {file}: {error}");
            }
            ExitCode::from(1)
        }
        Err(Failure::Io(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<String, Failure> {
    match cli.command {
        Command::Quote {
            order,
            request,
            json,
        } => {
            let order: Order = read(&order)?;
            let request_doc: RefundRequest = read(&request)?;
            let quote = returnkit::quote(&order, &request_doc).map_err(|error| Failure::Input {
                file: request.display().to_string(),
                error,
            })?;
            if json {
                serde_json::to_string_pretty(&quote).map_err(|e| Failure::Io(e.to_string()))
            } else {
                Ok(table::render(&quote))
            }
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Io(format!("{}: {e}", path.display())))?;
    from_json(&text).map_err(|error| Failure::Input {
        file: path.display().to_string(),
        error,
    })
}
