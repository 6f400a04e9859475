#!/usr/bin/env python3
"""Lists Rust functions longer than a limit (default 150 lines), longest first.

Usage: scripts/long-fns.py [DIR] [LIMIT]   (DIR defaults to crates/returnkit/src)

A function runs from its `fn` line to the brace that closes its body; braces inside
strings, chars and comments are skipped. Good enough to find the long ones, not a parser.
"""
import os
import re
import sys

FN = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?fn\s+(\w+)")


def code_only(line, state):
    """The line with strings, chars and comments blanked; `state` carries a block comment or
    a raw/plain string across lines."""
    out = []
    i = 0
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["block"] = False
            i = end + 2
            continue
        if state["string"]:
            close = state["string"]
            if close == '"' and line[i] == "\\":
                i += 2
                continue
            if line.startswith(close, i):
                state["string"] = None
                i += len(close)
            else:
                i += 1
            continue
        c = line[i]
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["block"] = True
            i += 2
            continue
        raw = re.match(r'r(#*)"', line[i:])
        if raw and (i == 0 or not (line[i - 1].isalnum() or line[i - 1] == "_")):
            state["string"] = '"' + raw.group(1)
            i += len(raw.group(0))
            continue
        if c == '"':
            state["string"] = '"'
            i += 1
            continue
        char = re.match(r"'(\\.|[^\\'])'", line[i:]) or re.match(r"'\\u\{[0-9a-fA-F]+\}'", line[i:])
        if char:
            i += len(char.group(0))
            continue
        out.append(c)
        i += 1
    return "".join(out)


def long_functions(path, limit):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    state = {"block": False, "string": None}
    open_fns = []  # (name, start line, depth at which the body opened)
    pending = None  # a `fn` seen whose body has not opened yet
    depth = 0
    found = []
    for n, raw in enumerate(lines, 1):
        in_code_at_start = not state["block"] and not state["string"]
        code = code_only(raw, state)
        m = FN.match(code) if in_code_at_start else None
        if m:
            pending = (m.group(1), n)
        for c in code:
            if c == "{":
                depth += 1
                if pending:
                    open_fns.append((pending[0], pending[1], depth))
                    pending = None
            elif c == "}":
                if open_fns and open_fns[-1][2] == depth:
                    name, start, _ = open_fns.pop()
                    if n - start + 1 > limit:
                        found.append((n - start + 1, path, start, name))
                depth -= 1
            elif c == ";" and pending:
                pending = None  # a declaration without a body
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "crates/returnkit/src"
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    found = []
    for d, _, files in os.walk(root):
        for name in files:
            if name.endswith(".rs"):
                found += long_functions(os.path.join(d, name), limit)
    for length, path, start, name in sorted(found, reverse=True):
        print(f"{length:5} {path}:{start} {name}")


if __name__ == "__main__":
    main()
