"""The package's types: ``mypy --strict`` passes on a file that uses the whole API and flags
every mistake in a file of misuses; the usage file runs."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

HERE = Path(__file__).resolve().parent / "typing"


def mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", str(path)],
        capture_output=True,
        text=True,
    )


def test_mypy_strict_passes_on_the_usage_file() -> None:
    run = mypy(HERE / "usage.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found in 1 source file" in run.stdout


def test_mypy_strict_flags_every_misuse() -> None:
    run = mypy(HERE / "misuse.py")
    assert run.returncode == 1, run.stdout + run.stderr
    flagged = {int(n) for n in re.findall(r"misuse\.py:(\d+): error:", run.stdout)}
    lines = (HERE / "misuse.py").read_text().splitlines()
    marked = {i for i, line in enumerate(lines, start=1) if line.endswith("# E")}
    assert len(marked) == 7
    assert flagged == marked, run.stdout


def test_the_usage_file_runs() -> None:
    spec = importlib.util.spec_from_file_location("usage", HERE / "usage.py")
    assert spec is not None and spec.loader is not None
    usage = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(usage)
    usage.run(ROOT)
