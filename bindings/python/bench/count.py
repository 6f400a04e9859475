"""The driver of the instruction counts in docs/performance.md: compiles the benchmark's policy
and decides its input N times one way, so that ``valgrind --tool=callgrind`` counts a run with
N decisions and one with none; their difference over N is one decision's cost, without the
noise of a shared machine. Reads the files bench.py writes to ``bindings/python/out/``.

Usage: PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
           python count.py N json|dict|many
"""

import json
import sys
from pathlib import Path

import returnkit

OUT = Path(__file__).resolve().parents[1] / "out"

n, mode = int(sys.argv[1]), sys.argv[2]
policy = returnkit.Policy((OUT / "bench-policy.json").read_text(), "json", (OUT / "bench-cards.json").read_text())
text = (OUT / "bench-decide-input.json").read_text()
record = json.loads(text)
if mode == "json":
    for _ in range(n):
        policy.decide(text, as_json=True)
elif mode == "dict":
    for _ in range(n):
        policy.decide(record)
elif mode == "many":
    policy.decide_many([text] * n)
else:
    sys.exit(f"unknown mode {mode}: json, dict or many")
