//! `returnkit report`: the returns report of RMA histories (JSON Lines), streamed so that
//! memory stays flat however long the history, written as JSON, CSV or a self-contained HTML
//! page with charts; and `--merge`, which combines reports written by earlier runs.

use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use returnkit::analytics::ReturnsReport;
use returnkit::wire;

use crate::Failure;

/// What the report is written as.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The report's JSON (one line).
    Json,
    /// One table in long form: section,key,metric,value.
    Csv,
    /// A page with the report and its charts, that needs no network.
    Html,
}

/// The page's template and the charting library it embeds.
const TEMPLATE: &str = include_str!("../assets/report.html");
const CHART_JS: &str = include_str!("../assets/chart.umd.min.js");

/// What `report` was asked.
pub struct Options<'a> {
    /// The histories (JSON Lines of RMA records), or with `merge` the reports.
    pub inputs: &'a [PathBuf],
    /// Order feeds (JSON Lines of orders), for return rates.
    pub orders: &'a [PathBuf],
    /// Inputs are reports to merge.
    pub merge: bool,
    /// How to write it.
    pub format: Format,
    /// Where; standard output when absent.
    pub out: Option<&'a Path>,
}

/// Runs `report`.
pub fn run(options: &Options) -> Result<ExitCode, Failure> {
    let total: u64 = options
        .inputs
        .iter()
        .chain(options.orders)
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let progress = progress_bar(total);
    let mut report = ReturnsReport::new();
    for path in options.inputs {
        if options.merge {
            let text = std::fs::read_to_string(path).map_err(|e| io(path, e))?;
            progress.inc(text.len() as u64);
            let shard = wire::read_report(&text).map_err(|error| input(path, error))?;
            report
                .merge(&shard)
                .map_err(|error| input(path, error.within("report")))?;
        } else {
            each_line(path, &progress, |line| {
                report.add_record(&wire::read_report_record(line)?);
                Ok(())
            })?;
        }
    }
    for path in options.orders {
        each_line(path, &progress, |line| {
            report.add_order(&returnkit::from_json(line)?);
            Ok(())
        })?;
    }
    progress.finish_and_clear();
    let text = match options.format {
        Format::Json => format!("{}\n", json(&report)?),
        Format::Csv => report.to_csv(),
        Format::Html => html(&json(&report)?),
    };
    match options.out {
        Some(path) => std::fs::write(path, text).map_err(|e| io(path, e))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(crate::output_error)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn json(report: &ReturnsReport) -> Result<String, Failure> {
    wire::report_json(report).map_err(|e| Failure::Io(e.to_string()))
}

/// The page: the template with the report's JSON and Chart.js in place. `</` is written
/// `<\/` inside the scripts, so that no text of the report can end its script element.
pub fn html(report_json: &str) -> String {
    let chart_js: String = CHART_JS
        .lines()
        .filter(|l| !l.starts_with("//# sourceMappingURL="))
        .collect::<Vec<_>>()
        .join("\n");
    TEMPLATE
        .replacen("/*REPORT*/", &report_json.replace("</", "<\\/"), 1)
        .replacen("/*CHARTJS*/", &chart_js.replace("</", "<\\/"), 1)
}

/// Calls `each` on every non-blank line of `path` (`-` for standard input), naming the line of
/// any error: `history.jsonl: line 4.rma.status: ...`.
fn each_line(
    path: &Path,
    progress: &ProgressBar,
    mut each: impl FnMut(&str) -> returnkit::Result<()>,
) -> Result<(), Failure> {
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| io(path, e))?)
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut line = String::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = reader.read_line(&mut line).map_err(|e| io(path, e))?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        progress.inc(read as u64);
        if line.trim().is_empty() {
            continue;
        }
        each(line.trim_end()).map_err(|e| input(path, e.within(&format!("line {number}"))))?;
    }
}

fn io(path: &Path, error: std::io::Error) -> Failure {
    Failure::Io(format!("{}: {error}", path.display()))
}

fn input(path: &Path, error: returnkit::Error) -> Failure {
    Failure::Input {
        file: path.display().to_string(),
        error,
    }
}

/// A bar of the bytes read, on a terminal only (and never under CI).
fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:40} {binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  {eta} left",
    ) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
