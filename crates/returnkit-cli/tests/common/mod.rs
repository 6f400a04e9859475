//! Helpers shared by the CLI tests: run the `returnkit` binary from the workspace root.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The free-returns sample policy, relative to the workspace root.
pub const FREE: &str = "examples/policies/free-returns.json";
/// The sample order (order 1042), relative to the workspace root.
pub const ORDER: &str = "examples/data/order.json";

/// The workspace root, where `examples/` lives.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `returnkit ARGS` from the workspace root: (exit code, stdout, stderr).
pub fn returnkit(args: &[&str]) -> (i32, String, String) {
    returnkit_with_input(args, None)
}

/// Runs `returnkit ARGS` with `input` on standard input.
pub fn returnkit_with_input(args: &[&str], input: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_returnkit"))
        .current_dir(root())
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = input {
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        // Write from another thread so a large input can't deadlock against the output.
        std::thread::spawn(move || stdin.write_all(&input).unwrap());
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A fresh temporary directory for one test.
pub fn temp_dir(test: &str) -> PathBuf {
    // Under target/tmp (cargo's directory for integration tests), emptied when a test reuses
    // it, so runs leave nothing behind in the system's temporary directory.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("returnkit-cli-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes a request for one unit of line l1 (trail runners), returned for size, to
/// `dir/request.json` and returns its path.
pub fn one_shoe(dir: &Path) -> String {
    write_json(
        dir,
        "request.json",
        &serde_json::json!({"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}),
    )
}

/// Runs `returnkit decide --json`, which must succeed, and returns the decision.
pub fn decide_json(policy: &str, order: &str, request: &str, now: &str) -> serde_json::Value {
    let args = [
        "decide",
        "--policy",
        policy,
        "--order",
        order,
        "--request",
        request,
        "--now",
        now,
        "--json",
    ];
    let (code, out, err) = returnkit(&args);
    assert_eq!(code, 0, "{out}{err}");
    serde_json::from_str(&out).unwrap()
}

/// The sample order as JSON, to change for a test.
pub fn sample_order() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("examples/data/order.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Writes `value` as JSON to `dir/name` and returns the path as a string.
pub fn write_json(dir: &Path, name: &str, value: &serde_json::Value) -> String {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path.to_str().unwrap().to_string()
}
