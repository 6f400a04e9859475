#!/usr/bin/env python3
"""Writes returnkit's compact time zone table from chrono-tz's.

The core works out local dates and deadlines in the shop's IANA time zone. It used to link
chrono-tz, whose table is large (each transition is an `i64`, two `i32`s and a name; sizes
in docs/performance.md). returnkit only needs each
zone's total UTC offset over time, so this script takes chrono-tz's own table (the Rust source
it compiles, `src/prebuilt/timezones.rs`, of the version in Cargo.lock) and writes:

  crates/returnkit/src/tz/zones.bin   every distinct list of transitions, packed (below)
  crates/returnkit/src/tz/zones.rs    the zone names, which list each one uses, and where
                                      each list starts in zones.bin (as a few flat arrays:
                                      no pointer per name)

Every transition is kept, even one that leaves the total offset unchanged, so that the
lookups of `crate::tz` walk exactly the spans chrono-tz walks. `src/tz/tests.rs` checks
every zone against chrono-tz (a dev-dependency at the same version).

A list in zones.bin, in unsigned LEB128 varints (signed values zigzag-encoded first):
  n_offsets, offset[n_offsets] (signed, seconds east of UTC),
  n_transitions, first (index of the offset before the first transition),
  delta[n_transitions] (signed: each transition's Unix time minus the previous one's, the
  first minus 0), then index[n_transitions] (one byte each, so below 128, which is also its varint: the offset from then on).

Usage: python3 scripts/tzdata.py   (after changing the chrono-tz version in Cargo.toml)
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OUT = os.path.join(ROOT, 'crates', 'returnkit', 'src', 'tz')


def chrono_tz_dir():
    meta = json.loads(subprocess.check_output(
        ['cargo', 'metadata', '--format-version', '1', '--locked'], cwd=ROOT))
    found = [p for p in meta['packages'] if p['name'] == 'chrono-tz']
    if len(found) != 1:
        sys.exit(f'expected one chrono-tz package in Cargo.lock, found {len(found)}')
    return found[0]['version'], os.path.dirname(found[0]['manifest_path'])


SPAN = r'FixedTimespan \{ utc_offset: (-?\d+), dst_offset: (-?\d+), name: (?:Some\("[^"]*"\)|None) \}'


def parse(src):
    names = dict(re.findall(r'Tz::(\w+) => "([^"]+)",', src[src.index('pub fn name(self)'):]))
    body = src[src.index('fn timespans(&self) -> FixedTimespanSet'):]
    zones = {}
    for m in re.finditer(
            r'Tz::(\w+) => \{\s*const REST: &\[\(i64, FixedTimespan\)\] = &\[(.*?)\];\s*'
            r'FixedTimespanSet \{\s*first: FixedTimespan \{\s*utc_offset: (-?\d+),\s*'
            r'dst_offset: (-?\d+),', body, re.S):
        variant, rest, utc, dst = m.groups()
        rest = [(int(t), int(u) + int(d))
                for t, u, d in re.findall(r'\((-?\d+), ' + SPAN + r'\)', rest)]
        if rest and len(rest) != m.group(2).count('FixedTimespan {'):
            sys.exit(f'could not read every transition of {variant}')
        zones[names[variant]] = (int(utc) + int(dst), tuple(rest))
    if len(zones) != len(names):
        sys.exit(f'read {len(zones)} zones of {len(names)}')
    return zones


def uvarint(n, out):
    assert n >= 0
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def svarint(n, out):
    uvarint((n << 1) if n >= 0 else ((-n << 1) - 1), out)


def encode(first, rest):
    offsets = sorted({first} | {o for _, o in rest})
    # Indices are written as single bytes, which the reader takes as varints: below 128 the two
    # are the same byte.
    assert len(offsets) <= 128
    out = bytearray()
    uvarint(len(offsets), out)
    for o in offsets:
        svarint(o, out)
    uvarint(len(rest), out)
    uvarint(offsets.index(first), out)
    previous = 0
    for t, _ in rest:
        assert t > previous or previous == 0
        svarint(t - previous, out)
        previous = t
    out.extend(offsets.index(o) for _, o in rest)
    return out


def main():
    version, crate_dir = chrono_tz_dir()
    prebuilt = os.path.join(crate_dir, 'src', 'prebuilt')
    with open(os.path.join(prebuilt, 'timezones.rs')) as f:
        zones = parse(f.read())
    with open(os.path.join(prebuilt, 'directory.rs')) as f:
        iana = re.search(r'IANA_TZDB_VERSION: &str = "([^"]+)"', f.read()).group(1)
    names = sorted(zones)  # byte order, as Rust compares str
    assert names == sorted(names, key=lambda s: s.encode())
    lists, index = [], {}
    for name in names:
        if zones[name] not in index:
            index[zones[name]] = len(lists)
            lists.append(zones[name])
    blob, starts = bytearray(), []
    for first, rest in lists:
        starts.append(len(blob))
        blob += encode(first, rest)
    starts.append(len(blob))
    with open(os.path.join(OUT, 'zones.bin'), 'wb') as f:
        f.write(blob)
    ends, end = [], 0
    for n in names:
        end += len(n.encode())
        ends.append(end)
    assert end < 65536
    def rows(values, per=12):
        return '\n'.join('    ' + ' '.join(f'{v},' for v in values[i:i + per])
                         for i in range(0, len(values), per))
    with open(os.path.join(OUT, 'zones.rs'), 'w') as f:
        f.write(f'''// Written by scripts/tzdata.py from chrono-tz {version} (IANA tzdb {iana}); do not edit.

/// How many zone names there are.
pub(super) const ZONES: usize = {len(names)};

/// How many transition lists there are.
pub(super) const LISTS: usize = {len(lists)};

/// Every zone name, in byte order, one after the other.
pub(super) static NAMES: &str = concat!(
{chr(10).join(f'    "{n}",' for n in names)}
);

/// Where each name of `NAMES` ends.
pub(super) static ENDS: [u16; ZONES] = [
{rows(ends)}
];

/// The transition list each zone uses.
pub(super) static LIST: [u16; ZONES] = [
{rows([index[zones[n]] for n in names])}
];

/// Where each transition list starts in `zones.bin`, and where the last one ends.
pub(super) static STARTS: [u32; LISTS + 1] = [
{rows(starts)}
];

/// The transition lists (see `scripts/tzdata.py` for the layout).
pub(super) static DATA: &[u8] = include_bytes!("zones.bin");
''')
    subprocess.check_call(['rustfmt', '--edition', '2021', os.path.join(OUT, 'zones.rs')])
    print(f'{len(names)} zones, {len(lists)} transition lists, '
          f'{sum(len(r) for _, r in lists)} transitions, {len(blob)} bytes')


if __name__ == '__main__':
    main()
