//! `returnkit simulate`: a history of return requests (the JSON Lines records `batch` reads)
//! decided again under the current and a proposed policy, and what changed, as JSON or a
//! table. Lines are read in chunks and each chunk simulated on every core; the chunks'
//! simulations merge into the whole one, the same whatever the number of threads.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use returnkit::simulate::{Simulation, DEFAULT_TOP};

use crate::batch::{record, Policies};
use crate::{emit, usage_error, Failure};

/// Lines simulated as one unit.
const CHUNK: usize = 4096;

/// How `simulate` prints its result.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The simulation's JSON.
    Json,
    /// Tables for people.
    Table,
}

/// Runs `simulate`: exactly two `--policy` arguments (current, then proposed), named as
/// `batch` names them.
pub fn run(
    policy: &[PathBuf],
    cards: Option<&Path>,
    threads: Option<usize>,
    top: Option<usize>,
    format: Format,
    input: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let policies = Policies::load(policy, None, cards)?;
    if policies.len() != 2 {
        usage_error(&format!(
            "simulate compares exactly two policies (current, then proposed); got {}",
            policies.len()
        ));
    }
    let names: Vec<&str> = policies.names().collect();
    let names = [names[0], names[1]];
    let (Some(current), Some(proposed)) = (policies.get(0), policies.get(1)) else {
        unreachable_two()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| Failure::Io(format!("starting threads: {e}")))?;
    let top = top.unwrap_or(DEFAULT_TOP);
    let (reader, name): (Box<dyn Read>, String) = match input {
        Some(path) => {
            let name = path.display().to_string();
            let file = File::open(path).map_err(|e| Failure::Io(format!("{name}: {e}")))?;
            (Box::new(file), name)
        }
        None => (Box::new(std::io::stdin().lock()), "standard input".into()),
    };
    let mut lines = BufReader::new(reader).split(b'\n');
    let mut whole = Simulation::new(names, top);
    let mut chunk: Vec<Vec<u8>> = Vec::with_capacity(CHUNK);
    loop {
        chunk.clear();
        for line in lines.by_ref().take(CHUNK) {
            chunk.push(line.map_err(|e| Failure::Io(format!("{name}: {e}")))?);
        }
        if chunk.is_empty() {
            break;
        }
        let part = pool.install(|| {
            chunk
                .par_iter()
                .fold(
                    || Simulation::new(names, top),
                    |mut sim, line| {
                        add_line(&mut sim, current, proposed, line);
                        sim
                    },
                )
                .map(Ok)
                .try_reduce(
                    || Simulation::new(names, top),
                    |mut a, b| a.merge(b).map(|()| a),
                )
        });
        let part = part.map_err(|e| Failure::Io(format!("merging: {e}")))?;
        whole
            .merge(part)
            .map_err(|e| Failure::Io(format!("merging: {e}")))?;
    }
    match format {
        Format::Json => {
            emit(&serde_json::to_string_pretty(&whole).map_err(|e| Failure::Io(e.to_string()))?)?
        }
        Format::Table => emit(crate::table::render_simulation(&whole).trim_end())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds one input line: a record decided under both policies, or an unreadable record
/// counted as an error (with its id when one can be read). Blank lines are skipped.
fn add_line(
    sim: &mut Simulation,
    current: &returnkit::policy::Policy,
    proposed: &returnkit::policy::Policy,
    line: &[u8],
) {
    if line.iter().all(u8::is_ascii_whitespace) {
        return;
    }
    match record::parse(line) {
        Ok(r) => sim.add(current, proposed, &r),
        Err(e) => sim.add_unread(record::recover_id(line).as_deref(), e.record()),
    }
}

fn unreachable_two() -> ! {
    usage_error("simulate compares exactly two policies")
}
