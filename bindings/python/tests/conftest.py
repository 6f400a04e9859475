"""Shared by the test modules: the repository's shared fixtures, the subset rule of the Rust
runners, and native answers to compare with byte for byte.

The tests run against the installed ``returnkit`` package (``bindings/python/test.sh``
installs the wheel into a fresh virtual environment and runs pytest from outside the
repository). Native answers come from two programs of the workspace's debug build:
``returnkit-wasm-wire`` (one ``returnkit::wire`` call per line) and the ``returnkit`` CLI
(``returnkit batch``), found in ``RETURNKIT_TARGET_DIR`` (default ``target/debug``).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest

import returnkit

ROOT = Path(os.environ.get("RETURNKIT_ROOT", Path(__file__).resolve().parents[3]))
TARGET = Path(os.environ.get("RETURNKIT_TARGET_DIR", ROOT / "target" / "debug"))
WIRE_BIN = TARGET / "returnkit-wasm-wire"
CLI_BIN = TARGET / "returnkit"

# A policy without rules, to carry rate cards for label quotes.
LABEL_POLICY = '{"name": "labels", "window": {"days": 30}}'


def read(path: str) -> str:
    """A file of the repository, as text."""
    return (ROOT / path).read_text(encoding="utf-8")


def fixtures(kind: str) -> List[Tuple[str, Dict[str, Any]]]:
    """Every shared fixture of a kind (``tests/fixtures/KIND/*.json``), sorted by name."""
    folder = ROOT / "tests" / "fixtures" / kind
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(folder.glob("*.json"))
    ]


def cards_of(fixture: Dict[str, Any]) -> str:
    """The rate cards a label or decision fixture names, as one JSON array."""
    return "[" + ",".join(read(p) for p in fixture["cards"]) + "]"


def subset(expected: Any, actual: Any, path: str = "", null_matches_missing: bool = False) -> Optional[str]:
    """The Rust runners' rule: every key ``expected`` names is in ``actual`` with the same
    value, arrays have the same length, element by element. With ``null_matches_missing``
    (decisions), an expected null also matches an absent key. The first mismatch, or None."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: expected an object, got {actual!r}"
        for k, ev in expected.items():
            if k not in actual:
                if ev is None and null_matches_missing:
                    continue
                return f"{path}.{k}: missing"
            why = subset(ev, actual[k], f"{path}.{k}", null_matches_missing)
            if why:
                return why
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{path}: expected an array, got {actual!r}"
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} elements expected, got {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            why = subset(e, a, f"{path}[{i}]", null_matches_missing)
            if why:
                return why
        return None
    same = expected == actual and type(expected) is type(actual)
    return None if same else f"{path}: expected {expected!r}, got {actual!r}"


Outcome = Dict[str, Any]


def outcome(call: Callable[[], str]) -> Outcome:
    """A call that gives Rust's JSON text, as ``{"ok": text}`` or ``{"err": record}``."""
    try:
        return {"ok": call()}
    except returnkit.ReturnKitError as e:
        return {"err": e.record()}


def native(calls: List[List[str]]) -> List[Outcome]:
    """Native answers (``returnkit::wire``) to calls ``[op, *args]``: ``{"ok": text}`` or
    ``{"err": record}``."""
    if not WIRE_BIN.exists():
        pytest.fail(f"{WIRE_BIN} is missing: bindings/python/test.sh builds it")
    run = subprocess.run(
        [str(WIRE_BIN)],
        input="\n".join(json.dumps(c) for c in calls) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    answers = []
    for line in run.stdout.splitlines():
        answer = json.loads(line)
        if "err" in answer:
            answer["err"] = json.loads(answer["err"])
        answers.append(answer)
    assert len(answers) == len(calls)
    return answers


def batch(policy_path: Path, records: List[str]) -> List[str]:
    """``returnkit batch --policy POLICY``'s output lines for the records, one per line."""
    if not CLI_BIN.exists():
        pytest.fail(f"{CLI_BIN} is missing: bindings/python/test.sh builds it")
    run = subprocess.run(
        [str(CLI_BIN), "batch", "--policy", str(policy_path)],
        input="".join(r + "\n" for r in records),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return run.stdout.splitlines()
