//! `returnkit batch`: decides a stream of records (JSON Lines, or the rows of a Parquet file)
//! on every core, each under the policy it names.
//!
//! Three stages run at once over a fixed pool of chunks, so memory stays flat whatever the
//! input's size:
//!
//! 1. a reader thread fills a chunk's buffer with up to [`CHUNK`] lines (a Parquet row is
//!    written there as the JSON Lines record it stands for);
//! 2. the calling thread decides the chunk's lines in parallel (rayon), in blocks of
//!    [`BLOCK`] lines that each serialize into their own reused buffer;
//! 3. a writer thread writes the blocks in input order to one locked, buffered stdout, and
//!    hands the chunk back to the reader.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::ops::Range;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use returnkit::decision::decide;
use returnkit::Error;
use serde_json::value::RawValue;

use crate::{note, output_error, Failure};

#[cfg(feature = "parquet")]
mod parquet;
mod policies;
pub(crate) mod record;
mod summary;

pub use policies::Policies;
use summary::Counts;

/// How to run a batch, beyond its policies and input.
pub struct Options {
    /// Threads to decide on; all cores when None.
    pub threads: Option<usize>,
    /// The summary on standard error as one JSON object instead of a line of text.
    pub json_summary: bool,
    /// Exit with [`RECORDS_FAILED`] when any record failed.
    pub fail_on_error: bool,
}

/// The exit status of a run with `--fail-on-error` in which records failed (every record was
/// still written): distinct from 1, a run that could not finish.
pub const RECORDS_FAILED: u8 = 3;

/// Lines read, decided and written as one unit.
const CHUNK: usize = 4096;
/// Bytes read from the input at a time.
const READ: u64 = 1 << 20;
/// Lines per parallel task; each task serializes its records into one buffer.
const BLOCK: usize = 64;
/// Output bytes to reserve per record (a decision with three offers is about 3.5 KB).
const OUT_PER_RECORD: usize = 4096;
/// Chunks in flight: one being read, one being decided, one being written.
const POOL: usize = 3;

/// Lines of input in one buffer, and their output, reused from chunk to chunk.
struct Chunk {
    /// The chunk's bytes: its lines, one after the other.
    data: Vec<u8>,
    /// Where each line is in `data`, without its newline.
    lines: Vec<Range<usize>>,
    /// The input line number of the first line (1-based).
    first: u64,
    /// One output buffer per block of lines.
    out: Vec<Vec<u8>>,
    counts: Counts,
    /// Why reading stopped early, if it did.
    error: Option<String>,
}

impl Chunk {
    fn new() -> Chunk {
        Chunk {
            data: Vec::new(),
            lines: Vec::with_capacity(CHUNK),
            first: 1,
            out: vec![Vec::new(); CHUNK.div_ceil(BLOCK)],
            counts: Counts::default(),
            error: None,
        }
    }
}

/// Decides every record of `input` (stdin when `None`) under `policies`, writing to stdout.
pub fn run(
    policies: &Policies,
    input: Option<&Path>,
    options: &Options,
) -> Result<ExitCode, Failure> {
    let (source, name) = match input {
        Some(path) => {
            let name = path.display().to_string();
            let file = File::open(path).map_err(|e| Failure::Io(format!("{name}: {e}")))?;
            (open(path, file, &name)?, name)
        }
        None => (Source::Lines(None), "standard input".to_string()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build()
        .map_err(|e| {
            Failure::Io(format!(
                "starting {} threads: {e}",
                options.threads.unwrap_or(0)
            ))
        })?;
    let progress = progress_bar();
    let (free_tx, free_rx) = sync_channel::<Chunk>(POOL);
    for _ in 0..POOL {
        let _ = free_tx.send(Chunk::new());
    }
    let (read_tx, read_rx) = sync_channel::<Chunk>(1);
    let (done_tx, done_rx) = sync_channel::<Chunk>(1);

    let (read_error, written) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || match source {
            Source::Lines(file) => read(file, &name, &free_rx, &read_tx),
            #[cfg(feature = "parquet")]
            Source::Parquet(rows) => read_rows(rows, &name, &free_rx, &read_tx),
        });
        let writer = {
            let progress = progress.clone();
            let n = policies.len();
            scope.spawn(move || write(&done_rx, &free_tx, &progress, n))
        };
        for mut chunk in read_rx {
            pool.install(|| decide_chunk(policies, &mut chunk));
            if done_tx.send(chunk).is_err() {
                break; // The writer stopped: output failed.
            }
        }
        drop(done_tx);
        let read_error = reader.join().unwrap_or(Some("the reader failed".into()));
        let written = writer.join().unwrap_or_else(|_| {
            let failed = std::io::Error::other("the writer failed");
            (Counts::default(), Err(failed))
        });
        (read_error, written)
    });
    progress.finish_and_clear();
    let (counts, output) = written;
    let status = if options.fail_on_error && counts.errors > 0 {
        ExitCode::from(RECORDS_FAILED)
    } else {
        ExitCode::SUCCESS
    };
    // A reader that left early (`| head`) ends the run quietly, without the summary, with the
    // status it had so far.
    let output = output.map_err(output_error);
    if let Err(Failure::Closed) = output {
        return Ok(status);
    }
    note(&if options.json_summary {
        counts.json(policies)
    } else {
        counts.text()
    });
    output?;
    match read_error {
        Some(message) => Err(Failure::Io(message)),
        None => Ok(status),
    }
}

/// Where the records come from.
enum Source {
    /// JSON Lines, from a file or standard input (None).
    Lines(Option<File>),
    /// The rows of a Parquet file.
    #[cfg(feature = "parquet")]
    Parquet(parquet::Rows),
}

/// The source of an input file: Parquet for a `.parquet` file, JSON Lines otherwise.
fn open(path: &Path, file: File, name: &str) -> Result<Source, Failure> {
    let is_parquet = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    if !is_parquet {
        return Ok(Source::Lines(Some(file)));
    }
    #[cfg(feature = "parquet")]
    return parquet::open(file, name, CHUNK).map(Source::Parquet);
    #[cfg(not(feature = "parquet"))]
    Err(Failure::Io(format!(
        "{name}: this returnkit was built without Parquet input (the `parquet` feature)"
    )))
}

/// The reader of a Parquet file: fills free chunks with up to [`CHUNK`] rows each, as records.
/// Returns why it stopped early, if it did.
#[cfg(feature = "parquet")]
fn read_rows(
    mut rows: parquet::Rows,
    name: &str,
    free: &Receiver<Chunk>,
    to_decide: &SyncSender<Chunk>,
) -> Option<String> {
    let mut next_line = 1u64;
    for mut chunk in free {
        chunk.data.clear();
        chunk.lines.clear();
        chunk.first = next_line;
        let more = rows.fill(&mut chunk.data, &mut chunk.lines, CHUNK);
        chunk.error = more.as_ref().err().map(|e| format!("{name}: {e}"));
        next_line += chunk.lines.len() as u64;
        let error = chunk.error.clone();
        let done = !matches!(more, Ok(true));
        if chunk.lines.is_empty() && error.is_none() {
            return None;
        }
        if to_decide.send(chunk).is_err() || done {
            return error;
        }
    }
    None
}

/// The reader: fills free chunks with up to [`CHUNK`] lines each until the input ends,
/// reading [`READ`] bytes at a time straight into the chunk's buffer. The part of a read past
/// a full chunk carries over to the next. Returns why it stopped early, if it did.
fn read(
    file: Option<File>,
    name: &str,
    free: &Receiver<Chunk>,
    to_decide: &SyncSender<Chunk>,
) -> Option<String> {
    let stdin = std::io::stdin();
    let mut source: Box<dyn Read> = match file {
        Some(file) => Box::new(file),
        None => Box::new(stdin.lock()),
    };
    let mut carry: Vec<u8> = Vec::new();
    let mut eof = false;
    let mut next_line = 1u64;
    for mut chunk in free {
        chunk.data.clear();
        chunk.data.append(&mut carry);
        chunk.lines.clear();
        chunk.first = next_line;
        chunk.error = None;
        // `start` is where the next line starts; `scanned`, how far there is no newline.
        let (mut start, mut scanned) = (0, 0);
        while chunk.lines.len() < CHUNK {
            let rest = chunk.data.get(scanned..).unwrap_or_default();
            if let Some(i) = memchr::memchr(b'\n', rest) {
                chunk.lines.push(start..scanned + i);
                start = scanned + i + 1;
                scanned = start;
                continue;
            }
            scanned = chunk.data.len();
            if eof {
                // A last line without a newline.
                if start < chunk.data.len() {
                    chunk.lines.push(start..chunk.data.len());
                    start = chunk.data.len();
                }
                break;
            }
            chunk.data.reserve(READ as usize);
            match source.by_ref().take(READ).read_to_end(&mut chunk.data) {
                Ok(0) => eof = true,
                Ok(_) => {}
                Err(e) => {
                    chunk.error = Some(format!("{name}: {e}"));
                    break;
                }
            }
        }
        carry.extend_from_slice(chunk.data.get(start..).unwrap_or_default());
        next_line += chunk.lines.len() as u64;
        let error = chunk.error.clone();
        let done = error.is_some() || (eof && carry.is_empty());
        if chunk.lines.is_empty() && error.is_none() {
            return None;
        }
        if to_decide.send(chunk).is_err() || done {
            return error;
        }
    }
    None
}

/// Decides a chunk's lines in parallel, each block into its own output buffer.
fn decide_chunk(policies: &Policies, chunk: &mut Chunk) {
    let Chunk {
        data,
        lines,
        first,
        out,
        ..
    } = chunk;
    let (data, first) = (&*data, *first);
    let n = policies.len();
    chunk.counts = lines
        .par_chunks(BLOCK)
        .zip(out.par_iter_mut())
        .enumerate()
        .map(|(b, (block, out))| {
            out.clear();
            // Room for typical decisions up front: growing by doubling would fault in fresh
            // pages for every size on the way.
            out.reserve(block.len() * OUT_PER_RECORD);
            let start = first + (b * BLOCK) as u64;
            let mut counts = Counts::new(n);
            for (range, line) in block.iter().zip(start..) {
                let raw = data.get(range.clone()).unwrap_or_default();
                process(policies, raw, line, out, &mut counts);
            }
            counts
        })
        .reduce(
            || Counts::new(n),
            |mut a, b| {
                a.add(&b);
                a
            },
        );
}

/// The writer: writes each chunk's blocks in order, then hands the chunk back to the reader.
/// Blocks are larger than the buffer, so they go to stdout without another copy; the buffer
/// gathers the small ones.
fn write(
    decided: &Receiver<Chunk>,
    free: &SyncSender<Chunk>,
    progress: &ProgressBar,
    policies: usize,
) -> (Counts, std::io::Result<()>) {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(64 << 10, stdout.lock());
    let mut counts = Counts::new(policies);
    for chunk in decided {
        counts.add(&chunk.counts);
        let blocks = chunk.lines.len().div_ceil(BLOCK);
        for buf in chunk.out.iter().take(blocks) {
            if let Err(e) = out.write_all(buf) {
                return (counts, Err(e));
            }
        }
        progress.inc(chunk.lines.len() as u64);
        // The reader may have stopped already; the chunk is then simply dropped.
        let _ = free.send(chunk);
    }
    (counts, out.flush())
}

/// A spinner with the count and rate of records, on a terminal only (and never under CI).
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {human_pos} records  {per_sec}  {elapsed}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Decides one input line, appending its output line to `out` and counting it. Blank lines
/// give nothing. A panic (a bug in returnkit, never expected) becomes an `internal` error
/// record rather than ending the run.
fn process(policies: &Policies, raw: &[u8], line: u64, out: &mut Vec<u8>, counts: &mut Counts) {
    let text = raw.trim_ascii();
    if text.is_empty() {
        return;
    }
    let start = out.len();
    // The record's id and policy, once known: on its answer, or on its error.
    let mut id: Option<Box<RawValue>> = None;
    let mut chosen: Option<usize> = None;
    let decided = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let record = record::parse(text).inspect_err(|_| id = record::recover_id(text))?;
        id = record.id;
        let index = policies.choose(record.policy.as_deref())?;
        chosen = Some(index);
        let policy = policies.get(index).ok_or_else(|| Error::Internal {
            field: String::new(),
            message: "a policy chosen that the run doesn't have".into(),
        })?;
        let decision = decide(policy, &record.order, &record.request, record.now)?;
        head(out, line, id.as_deref());
        out.extend_from_slice(b",\"decision\":");
        returnkit::wire::write_decision_into(out, &decision, record.answer)?;
        out.extend_from_slice(b"}\n");
        Ok(decision.outcome)
    }))
    .unwrap_or_else(|panic| Err(Error::from_panic(panic.as_ref())));
    match decided {
        Ok(outcome) => counts.decided(outcome, chosen.unwrap_or_default()),
        Err(error) => {
            out.truncate(start);
            head(out, line, id.as_deref());
            out.extend_from_slice(b",\"error\":");
            let _ = returnkit::wire::writer::write(out, &error.record());
            out.extend_from_slice(b"}\n");
            counts.failed(chosen);
        }
    }
}

/// The start of an output line: `{"line":N`, and `,"id":…` with the record's id as written.
fn head(out: &mut Vec<u8>, line: u64, id: Option<&RawValue>) {
    let _ = write!(out, "{{\"line\":{line}");
    if let Some(id) = id {
        out.extend_from_slice(b",\"id\":");
        out.extend_from_slice(id.get().as_bytes());
    }
}
