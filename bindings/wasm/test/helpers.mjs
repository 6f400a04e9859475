// Shared by the node:test suites: loading the built package, the shared fixtures, the subset
// rule of the Rust runners, and native answers to compare with byte for byte.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const wasmDir = join(here, '..');
export const root = join(wasmDir, '../..');
// The package under test: the build in ./pkg, or an installed copy (package-test.sh).
export const pkg = process.env.RETURNKIT_PKG || join(wasmDir, 'pkg');

/** The package's API for one build: `nodejs` or `web` (every module initialized). */
export async function load(target) {
  if (target === 'nodejs') return import(join(pkg, 'nodejs', 'index.mjs'));
  if (target === 'web') {
    const rk = await import(join(pkg, 'web', 'index.js'));
    await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
    await rk.initBackOffice(readFileSync(join(pkg, 'web', 'returnkit_back_office_bg.wasm')));
    await rk.initAnalytics(readFileSync(join(pkg, 'web', 'returnkit_analytics_bg.wasm')));
    return rk;
  }
  throw new Error(`unknown target ${target}`);
}

export const TARGETS = ['nodejs', 'web'];

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every fixture of a kind, sorted by name: [name, fixture]. */
export function fixtures(kind) {
  const dir = join(root, 'tests/fixtures', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), readJson(join(dir, f))]);
}

/**
 * The Rust runners' rule: every key `expected` names is in `actual` with the same value,
 * arrays have the same length, element by element. With `nullMatchesMissing` (decisions), an
 * expected null also matches an absent key. Returns the first mismatch, or null.
 */
export function subset(expected, actual, path = '', nullMatchesMissing = false) {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    }
    for (const [k, ev] of Object.entries(expected)) {
      if (!(k in actual)) {
        if (ev === null && nullMatchesMissing) continue;
        return `${path}.${k}: missing`;
      }
      const why = subset(ev, actual[k], `${path}.${k}`, nullMatchesMissing);
      if (why) return why;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    if (expected.length !== actual.length) {
      return `${path}: ${expected.length} elements expected, got ${actual.length}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const why = subset(expected[i], actual[i], `${path}[${i}]`, nullMatchesMissing);
      if (why) return why;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Runs `fn` (which returns Rust's JSON text) as `{ok: text}` or `{err: record}`. */
export function outcome(rk, fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    if (!(e instanceof rk.ReturnKitError)) throw e;
    return { err: e.toJSON() };
  }
}

const wireBin = process.env.RETURNKIT_WIRE_BIN || join(root, 'target/debug/returnkit-wasm-wire');

/** Native answers (`returnkit::wire`) to calls `[op, ...args]`: `{ok: text}` or `{err: text}`. */
export function native(calls) {
  if (!existsSync(wireBin)) throw new Error(`${wireBin} is missing: build.sh builds it`);
  const input = calls.map((c) => JSON.stringify(c)).join('\n');
  const run = spawnSync(wireBin, [], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`returnkit-wasm-wire failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

/** A policy without rules, to carry rate cards for label quotes. */
export const LABEL_POLICY = '{"name": "labels", "window": {"days": 30}}';

/** The rate cards a label fixture names, as one JSON array. */
export function cardsOf(fixture) {
  return `[${fixture.cards.map((p) => readFileSync(join(root, p), 'utf8')).join(',')}]`;
}
