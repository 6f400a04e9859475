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


def test_the_package_is_written_for_python_3_9() -> None:
    # The wheel is for CPython 3.9 and later: no syntax of a later grammar (as far as the
    # parser's feature_version checks), and no `X | Y` types, which 3.9 can't evaluate (the
    # package has no other use of `|`).
    import ast

    import returnkit

    package = Path(returnkit.__file__).parent
    sources = sorted(package.glob("*.py")) + sorted(package.glob("*.pyi"))
    assert {p.name for p in sources} >= {"__init__.py", "_errors.py", "_returnkit.pyi"}
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 9))
        for node in ast.walk(tree):
            is_or = isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)
            assert not is_or, f"{path.name}:{getattr(node, 'lineno', '?')}: X | Y"
