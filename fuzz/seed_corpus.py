#!/usr/bin/env python3
"""Writes the starting corpus of each cargo-fuzz target into fuzz/corpus/<target>/, from the
shipped examples and fixtures, in the shape the target reads (two texts split by a NUL).
Usage: python3 fuzz/seed_corpus.py   (from the repository root)"""
import glob
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def fixtures(kind):
    return [json.loads(read(p)) for p in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures", kind, "*.json")))]


def write(target, seeds):
    out = os.path.join(ROOT, "fuzz/corpus", target)
    os.makedirs(out, exist_ok=True)
    for i, seed in enumerate(seeds):
        with open(os.path.join(out, f"seed-{i:03}"), "wb") as f:
            f.write(seed if isinstance(seed, bytes) else seed.encode())


def dumps(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


order, request = json.loads(read("examples/data/order.json")), json.loads(read("examples/data/request.json"))
write("quote", [dumps({"order": order, "request": request})]
      + [dumps({"order": f["order"], "request": f["request"]}) for f in fixtures("refund")])
write("decide", [dumps({"order": f["order"], "request": f["request"], "now": f["now"]}) for f in fixtures("decide")]
      + [dumps({"order": f["request"], "request": {}, "now": "2026-11-01T00:00:00Z"}) for f in fixtures("label")]
      + [dumps(f["request"]) for f in fixtures("label")])
cards = b"[" + read("examples/rates/us-ground.json") + b"]"
write("policy", [read(p) + b"\0" + cards for p in sorted(glob.glob(os.path.join(ROOT, "examples/policies/*")))]
      + [read("examples/c-shop-engine/policy.toml")]
      + [dumps(f["policy"]).encode() for f in fixtures("policy")])
rma = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/rma/v2/*.document.json")))
write("rma", [read(d) + b"\0" + read(d.replace(".document.", ".command.")) for d in rma])
write("small_inputs", [b'{"amount":"100.00","currency":"USD","weights":["1","1","1"]}\0store_credit',
                       b'{"amount":"10","currency":"JPY","weights":["0.5","0","2"]}\0']
      + [dumps(f["expected"]).encode() + b"\0" for f in fixtures("decide") if "expected" in f])
