//! Policy what-if on the wire: a history as JSON Lines (the records `returnkit batch` reads)
//! simulated under two policies, and simulations of shards merged, as JSON text in and out
//! for every binding.

use crate::error::{Error, Result, Within};
use crate::policy::Policy;
use crate::simulate::{Simulation, DEFAULT_TOP};
use crate::wire::DecisionRecord;

/// The simulation (JSON) of `records`, one [`DecisionRecord`] per line (blank lines skipped),
/// each decided under `current` and `proposed`. `options` (JSON, optional) may give the
/// policies' `names` (`["current", "proposed"]` when absent) and `top`, how many of the
/// records that changed most to keep ([`DEFAULT_TOP`] when absent). A line that can't be read
/// is counted as an error, its field placed in the line (`records[3].order.id`), not fatal.
///
/// ```
/// use returnkit::policy::Policy;
/// let current = Policy::from_json(r#"{"name": "30", "window": {"days": 30}}"#).unwrap();
/// let proposed = Policy::from_json(r#"{"name": "60", "window": {"days": 60}}"#).unwrap();
/// let out = returnkit::wire::simulate(&current, &proposed, "{}\n", None).unwrap();
/// assert!(out.starts_with(r#"{"policies":["current","proposed"],"records":1,"decided":0,"errors":1"#));
/// let named = returnkit::wire::simulate(&current, &proposed, "", Some(r#"{"names": ["a", "b"], "top": 3}"#)).unwrap();
/// assert!(named.contains(r#""top_n":3"#));
/// ```
pub fn simulate(
    current: &Policy,
    proposed: &Policy,
    records: &str,
    options: Option<&str>,
) -> Result<String> {
    let options: SimulateOptions = match options.filter(|o| !o.trim().is_empty()) {
        Some(text) => crate::wire::from_json(text).within("options")?,
        None => SimulateOptions::default(),
    };
    let [a, b] = &options.names;
    let mut sim = Simulation::new([a, b], options.top);
    for (n, line) in records.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match DecisionRecord::from_json(line) {
            Ok(record) => sim.add(current, proposed, &record),
            Err(e) => sim.add_unread(None, e.within(&format!("records[{n}]")).record()),
        }
    }
    write(&sim)
}

/// What a simulation is asked for beyond its policies and records.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SimulateOptions {
    /// The policies' names, current first.
    names: [String; 2],
    /// How many of the records that changed most to keep.
    top: usize,
}

impl Default for SimulateOptions {
    fn default() -> Self {
        SimulateOptions {
            names: ["current".into(), "proposed".into()],
            top: DEFAULT_TOP,
        }
    }
}

/// The merge (JSON) of a JSON array of simulations of the same two policies, in any order.
/// Errors name the part (`simulations[1].records`).
///
/// ```
/// use returnkit::policy::Policy;
/// let p = Policy::from_json(r#"{"name": "30", "window": {"days": 30}}"#).unwrap();
/// let part = returnkit::wire::simulate(&p, &p, "{}\n", Some(r#"{"names": ["a", "b"]}"#)).unwrap();
/// let both = returnkit::wire::simulate_merge(&format!("[{part},{part}]")).unwrap();
/// assert!(both.starts_with(r#"{"policies":["a","b"],"records":2,"decided":0,"errors":2"#));
/// ```
pub fn simulate_merge(simulations: &str) -> Result<String> {
    let parts: Vec<Box<serde_json::value::RawValue>> =
        crate::wire::from_json(simulations).within("simulations")?;
    let mut merged: Option<Simulation> = None;
    for (i, part) in parts.iter().enumerate() {
        let at = format!("simulations[{i}]");
        let sim: Simulation = crate::wire::from_json(part.get()).within(&at)?;
        // `merge` checks each simulation it merges; the first is checked here.
        match merged.as_mut() {
            None => {
                sim.check().within(&at)?;
                merged = Some(sim);
            }
            Some(m) => m.merge(sim).within(&at)?,
        }
    }
    let merged = merged.ok_or_else(|| Error::InvalidValue {
        field: "simulations".into(),
        reason: "give at least one simulation".into(),
    })?;
    write(&merged)
}

/// A simulation as JSON: serde_json's writer, which writes the records' ids as they came.
fn write(sim: &Simulation) -> Result<String> {
    serde_json::to_string(sim).map_err(|e| Error::Internal {
        field: String::new(),
        message: e.to_string(),
    })
}
