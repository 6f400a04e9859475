//! Output that can't be written: every printing subcommand, with standard output a pipe whose
//! reader has gone (exit 0, nothing on stderr) and a full disk (`/dev/full`: exit 1, the error
//! on stderr). Never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use common::{decide_json, one_shoe, root, sample_order, temp_dir, write_json, FREE, ORDER};
use serde_json::json;

const NOW: &str = "2026-10-20T12:00:00Z";
const FULL: &str = "writing the output: No space left on device";

/// Where the binary's standard output goes.
#[derive(Clone, Copy, Debug)]
enum Stdout {
    /// A pipe whose read end is closed before returnkit starts: every write fails with EPIPE.
    Closed,
    /// `/dev/full`: every write fails with ENOSPC.
    Full,
}

impl Stdout {
    fn stdio(self) -> Stdio {
        match self {
            Stdout::Closed => {
                // `true` holds the only read end of the pipe, and is gone once waited for.
                let mut reader = Command::new("true").stdin(Stdio::piped()).spawn().unwrap();
                let write_end = reader.stdin.take().unwrap();
                reader.wait().unwrap();
                Stdio::from(write_end)
            }
            Stdout::Full => Stdio::from(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            ),
        }
    }
}

/// Runs `returnkit ARGS` from the workspace root with `stdout` and standard input from
/// `input` (or nothing): (exit code, stderr).
fn run(args: &[&str], stdout: Stdout, input: Option<&Path>) -> (i32, String) {
    let stdin = match input {
        Some(path) => Stdio::from(std::fs::File::open(path).unwrap()),
        None => Stdio::null(),
    };
    let out = Command::new(env!("CARGO_BIN_EXE_returnkit"))
        .current_dir(root())
        .args(args)
        .stdin(stdin)
        .stdout(stdout.stdio())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Inputs for every subcommand, written to a fresh directory.
struct Files {
    request: String,
    submit: String,
    document: String,
    command: String,
    bad_policy: String,
    batch: String,
    tick: String,
}

impl Files {
    fn new(test: &str) -> Files {
        let dir = temp_dir(test);
        let request = one_shoe(&dir);
        let decision = decide_json(FREE, ORDER, &request, NOW);
        let submit = write_json(
            &dir,
            "submit.json",
            &json!({
                "expected_version": 0, "idempotency_key": "portal-1042-1", "actor": "customer",
                "at": "2026-10-20T12:00:05Z", "action": {"submit": {"rma_id": "rma-1042-1",
                "sequence": 7, "order": sample_order(), "decision": decision,
                "resolution": "original_payment", "timezone": "UTC"}}
            }),
        );
        let fixtures = root().join("tests/fixtures/rma/v2");
        let document = fixtures.join("approved.document.json");
        let command = fixtures.join("approved.command.json");
        let bad_policy = write_json(&dir, "bad.json", &json!({"name": "bad", "rules": 3}));
        // Enough decisions (about 3.5 KB each) to fill any pipe many times over.
        let sample = std::fs::read_to_string(root().join("examples/batch/requests.jsonl")).unwrap();
        let batch = dir.join("many.jsonl");
        std::fs::write(&batch, sample.repeat(100)).unwrap();
        let document_text = std::fs::read_to_string(&document).unwrap();
        let one_line: serde_json::Value = serde_json::from_str(&document_text).unwrap();
        let tick = dir.join("open.jsonl");
        std::fs::write(&tick, format!("{one_line}\n").repeat(50)).unwrap();
        let path = |p: &Path| p.to_str().unwrap().to_string();
        Files {
            request,
            submit,
            document: path(&document),
            command: path(&command),
            bad_policy,
            batch: path(&batch),
            tick: path(&tick),
        }
    }

    /// Every printing subcommand, each with the arguments that make it print, and the status
    /// it exits with when its output is written.
    fn commands(&self) -> Vec<(Vec<&str>, i32)> {
        let req = "examples/data/request.json";
        let holiday = "examples/policies/holiday.toml";
        let decide = [
            "decide",
            "--policy",
            FREE,
            "--order",
            ORDER,
            "--request",
            &self.request,
            "--now",
            NOW,
        ];
        let mut decide_json = decide.to_vec();
        decide_json.push("--json");
        vec![
            (vec!["--help"], 0),
            (vec!["--version"], 0),
            (vec!["quote", "--order", ORDER, "--request", req], 0),
            (
                vec!["quote", "--order", ORDER, "--request", req, "--json"],
                0,
            ),
            (vec!["policy", "check", holiday], 0),
            (vec!["policy", "check", holiday, "--json"], 0),
            (vec!["policy", "check", &self.bad_policy], 1),
            (vec!["policy", "explain", holiday], 0),
            (vec!["policy", "explain", holiday, "--jsonld"], 0),
            (vec!["policy", "schema"], 0),
            (decide.to_vec(), 0),
            (decide_json, 0),
            (vec!["batch", "--policy", FREE, &self.batch], 0),
            (vec!["rma", "submit", &self.submit], 0),
            (
                vec![
                    "rma",
                    "apply",
                    "--document",
                    &self.document,
                    "--command",
                    &self.command,
                ],
                0,
            ),
            // A refused command prints its error as JSON on stdout, with status 1.
            (
                vec![
                    "rma",
                    "apply",
                    "--document",
                    &self.document,
                    "--command",
                    &self.submit,
                ],
                1,
            ),
            (vec!["rma", "tick", "--now", NOW, &self.tick], 0),
        ]
    }
}

#[test]
fn every_command_prints_what_these_tests_close() {
    // The commands print when stdout is open, so the tests below do close something.
    let files = Files::new("output-open");
    for (args, status) in files.commands() {
        let out = Command::new(env!("CARGO_BIN_EXE_returnkit"))
            .current_dir(root())
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(status), "{args:?}");
        assert!(out.stdout.len() > 10, "{args:?} printed {:?}", out.stdout);
    }
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let files = Files::new("output-closed");
    for (args, status) in files.commands() {
        let (code, err) = run(&args, Stdout::Closed, None);
        // A command that failed still says so by its status; nothing is printed about the pipe.
        assert_eq!(code, if status == 1 { 1 } else { 0 }, "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_on_stderr_with_status_1() {
    let files = Files::new("output-full");
    for (args, _) in files.commands() {
        let (code, err) = run(&args, Stdout::Full, None);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(FULL), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn standard_input_streams_stop_quietly_at_a_closed_pipe() {
    let files = Files::new("output-stdin");
    let batch = ["batch", "--policy", FREE];
    let tick = ["rma", "tick", "--now", NOW];
    for (args, input) in [(&batch[..], &files.batch), (&tick[..], &files.tick)] {
        let (code, err) = run(args, Stdout::Closed, Some(Path::new(input)));
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        let (code, err) = run(args, Stdout::Full, Some(Path::new(input)));
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(FULL), "{args:?}: {err}");
    }
}

/// `returnkit batch ... | head -1`: the reader takes one line and leaves while batch is still
/// writing (600 decisions are far more than the pipe holds).
#[test]
fn batch_stops_quietly_when_its_reader_leaves_mid_stream() {
    let files = Files::new("output-head");
    let mut child = Command::new(env!("CARGO_BIN_EXE_returnkit"))
        .current_dir(root())
        .args(["batch", "--policy", FREE, &files.batch])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let record: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(record["line"], 1);
    assert_eq!(record["decision"]["lines"][0]["line_id"], "l1", "{first}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
}
