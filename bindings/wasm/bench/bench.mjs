// Benchmarks, in one run (node bench/bench.mjs, after ./build.sh and npm ci):
// 1. a 10-way split of an amount: returnkit's WebAssembly (the typed-array fast path and the
//    decimal-string API) against dinero.js `allocate` and currency.js `distribute`;
// 2. a 10-line return decision with JSON text in and out: WebAssembly against native Rust
//    (`returnkit::wire::decide`, run by `cargo bench --bench native_decide` on the same files),
//    with the full answer and with the compact one (`"answer": "compact"`).
// Prints a table and the ratios, and writes them to out/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dinero, allocate as dineroAllocate } from 'dinero.js';
import { USD } from 'dinero.js/currencies';
import currency from 'currency.js';
import * as rk from '../pkg/nodejs/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const out = join(here, '../out');
mkdirSync(out, { recursive: true });

/** Nanoseconds per call: the fastest of many timed batches over `ms` milliseconds. */
function measure(fn, ms = 700, batch = 2000) {
  for (let i = 0; i < batch; i++) fn();
  let best = Infinity;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    const ns = Number(process.hrtime.bigint() - t0) / batch;
    if (ns < best) best = ns;
  }
  return best;
}

let sink = 0;
const keep = (v) => {
  sink ^= typeof v === 'object' ? v.length : 1;
};

// ---------------------------------------------------------------- 1. allocation
const ten = new Float64Array(10).fill(1);
const tenArray = Array.from({ length: 10 }, () => 1);
const tenStrings = tenArray.map(String);
const money = dinero({ amount: 12345, currency: USD });
const cash = currency(123.45);
const oneToTenArray = Array.from({ length: 10 }, (_, i) => i + 1);
const oneToTen = Float64Array.from(oneToTenArray);

// All four agree on the split of 123.45 into ten: 12.35 five times, then 12.34.
const expected = ['12.35', '12.35', '12.35', '12.35', '12.35', '12.34', '12.34', '12.34', '12.34', '12.34'];
const check = {
  fast: [...rk.allocateMinor(12345, ten)].map((m) => (m / 100).toFixed(2)),
  strings: rk.allocate({ amount: '123.45', currency: 'USD', weights: tenStrings }),
  dinero: dineroAllocate(money, tenArray).map((d) => (d.toJSON().amount / 100).toFixed(2)),
  currency: cash.distribute(10).map((c) => c.value.toFixed(2)),
};
for (const [name, shares] of Object.entries(check)) {
  if (JSON.stringify(shares) !== JSON.stringify(expected)) throw new Error(`${name} splits differently: ${shares}`);
}

const alloc = {};
for (let round = 0; round < 3; round++) {
  const take = (name, ns) => {
    alloc[name] = Math.min(alloc[name] ?? Infinity, ns);
  };
  take('returnkit allocateMinor (Float64Array)', measure(() => keep(rk.allocateMinor(12345, ten))));
  take('returnkit allocateMinor (number[])', measure(() => keep(rk.allocateMinor(12345, tenArray))));
  take('returnkit allocate (decimal strings)', measure(() => keep(rk.allocate({ amount: '123.45', currency: 'USD', weights: tenStrings }))));
  take('returnkit allocateMinor, weights 1..10', measure(() => keep(rk.allocateMinor(12345, oneToTen))));
  take('dinero.js allocate, weights 1..10', measure(() => keep(dineroAllocate(money, oneToTenArray))));
  take('dinero.js allocate', measure(() => keep(dineroAllocate(money, tenArray))));
  take('currency.js distribute', measure(() => keep(cash.distribute(10))));
}

// ---------------------------------------------------------------- 2. a 10-line decision
const policyText = readFileSync(join(root, 'examples/returns-portal/data/policy.json'), 'utf8');
const cardsText = `[${readFileSync(join(root, 'examples/rates/us-ground.json'), 'utf8')}]`;
const categories = ['apparel/outerwear', 'apparel/socks', 'footwear', 'accessories/eyewear', 'apparel/swimwear'];
const reasons = ['size_or_fit', 'changed_mind', 'defective', 'wrong_item', 'not_as_described'];
const lines = Array.from({ length: 10 }, (_, i) => ({
  id: `line-${i}`,
  sku: `SKU-${i}`,
  title: `Item ${i}`,
  categories: [categories[i % categories.length]],
  quantity: 2,
  unit_price: `${19 + i * 7}.${String((i * 13) % 100).padStart(2, '0')}`,
  tax_lines: [{ rate: '0.085', amount: ((2 * (19 + i * 7 + ((i * 13) % 100) / 100) * 0.085).toFixed(2)) }],
  weight: { value: `${(0.5 + i * 0.3).toFixed(1)}`, unit: 'lb' },
  delivered_at: '2026-11-06T21:00:00Z',
}));
const total = lines.reduce((s, l) => s + 2 * Number(l.unit_price) + Number(l.tax_lines[0].amount), 0).toFixed(2);
const order = {
  id: 'BENCH-10',
  currency: 'USD',
  placed_at: '2026-11-02T17:20:00Z',
  shipping_address: { country: 'US', postal_code: '94105', residential: true },
  lines,
  tenders: [{ id: 'card', kind: 'card', amount: total }],
};
const input = {
  order,
  request: {
    lines: lines.map((l, i) => ({ line_id: l.id, quantity: 1 + (i % 2), reason: reasons[i % reasons.length] })),
    resolution: 'store_credit',
  },
  now: '2026-11-20T18:00:00Z',
};
const inputText = JSON.stringify(input);
// The same input asking for the compact answer (docs/wire.md, "Compact answers").
const compactInput = { ...input, answer: 'compact' };
const compactText = JSON.stringify(compactInput);
writeFileSync(join(out, 'bench-policy.json'), policyText);
writeFileSync(join(out, 'bench-cards.json'), cardsText);
writeFileSync(join(out, 'bench-decide-input.json'), inputText);
writeFileSync(join(out, 'bench-decide-input-compact.json'), compactText);

const policy = new rk.Policy(policyText, { rateCards: cardsText });
const decided = policy.decideJson(inputText);
const decision = JSON.parse(decided);
if (decision.lines.length !== 10) throw new Error('the bench decision has 10 lines');

const wasmJson = Math.min(...[0, 1, 2].map(() => measure(() => keep(policy.decideJson(inputText)), 1000, 200)));
const wasmObjects = Math.min(...[0, 1, 2].map(() => measure(() => keep(policy.decide(input).lines), 1000, 200)));
const decidedCompact = policy.decideJson(compactText);
const wasmJsonCompact = Math.min(...[0, 1, 2].map(() => measure(() => keep(policy.decideJson(compactText)), 1000, 200)));
const wasmObjectsCompact = Math.min(...[0, 1, 2].map(() => measure(() => keep(policy.decide(compactInput).lines), 1000, 200)));

/** Nanoseconds per native `wire::decide` of an input file, and its answer's size. */
function nativeDecide(inputFile) {
  const cargo = spawnSync(
    'cargo',
    ['bench', '--quiet', '--locked', '-p', 'returnkit-wasm', '--bench', 'native_decide', '--',
      join(out, 'bench-policy.json'), join(out, inputFile), join(out, 'bench-cards.json')],
    { cwd: root, encoding: 'utf8' },
  );
  if (cargo.status !== 0) throw new Error(`native bench failed:\n${cargo.stderr}`);
  const report = JSON.parse(cargo.stdout.trim().split('\n').pop());
  return { ns: report.batch_nanos / report.batch, bytes: report.output_bytes };
}
const nativeFull = nativeDecide('bench-decide-input.json');
const nativeCompact = nativeDecide('bench-decide-input-compact.json');
const native = nativeFull.ns;
if (nativeFull.bytes !== Buffer.byteLength(decided)) throw new Error('native and wasm decisions differ in size');
if (nativeCompact.bytes !== Buffer.byteLength(decidedCompact)) throw new Error('native and wasm compact decisions differ in size');

// ---------------------------------------------------------------- report
const fmt = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
console.log(`\n10-way split of 123.45 (best of 3 rounds, ns per call), node ${process.version}`);
for (const [name, ns] of Object.entries(alloc)) console.log(`  ${name.padEnd(42)} ${fmt(ns).padStart(10)}`);
const fast = alloc['returnkit allocateMinor (Float64Array)'];
const ratios = {
  dinero_over_returnkit: alloc['dinero.js allocate'] / fast,
  dinero_over_returnkit_weighted: alloc['dinero.js allocate, weights 1..10'] / alloc['returnkit allocateMinor, weights 1..10'],
  currency_over_returnkit: alloc['currency.js distribute'] / fast,
  decide_wasm_json_over_native: wasmJson / native,
  decide_wasm_objects_over_native: wasmObjects / native,
  decide_wasm_objects_over_wasm_json: wasmObjects / wasmJson,
  decide_compact_wasm_json_over_native: wasmJsonCompact / nativeCompact.ns,
  decide_compact_wasm_objects_over_native: wasmObjectsCompact / nativeCompact.ns,
  decide_compact_wasm_objects_over_wasm_json: wasmObjectsCompact / wasmJsonCompact,
};
console.log(`  dinero.js / returnkit:   ${ratios.dinero_over_returnkit.toFixed(1)}x   (target >= 10x)`);
console.log(`  currency.js / returnkit: ${ratios.currency_over_returnkit.toFixed(1)}x   (target > 1x)`);
console.log(`  weighted 1..10, dinero.js / returnkit: ${ratios.dinero_over_returnkit_weighted.toFixed(1)}x`);
console.log(`\n10-line decision with rate cards, JSON in and out (${Buffer.byteLength(inputText)} bytes in, ${Buffer.byteLength(decided)} out)`);
console.log(`  native Rust (wire::decide)                 ${fmt(native).padStart(10)}`);
console.log(`  WebAssembly, JSON text (decideJson)        ${fmt(wasmJson).padStart(10)}`);
console.log(`  WebAssembly, objects (decide)              ${fmt(wasmObjects).padStart(10)}`);
console.log(`  WASM / native: ${ratios.decide_wasm_json_over_native.toFixed(2)}x with JSON text (target <= 2x), ${ratios.decide_wasm_objects_over_native.toFixed(2)}x with objects`);
console.log(`\nThe same, compact answer ("answer": "compact", ${Buffer.byteLength(decidedCompact)} bytes out)`);
console.log(`  native Rust (wire::decide)                 ${fmt(nativeCompact.ns).padStart(10)}`);
console.log(`  WebAssembly, JSON text (decideJson)        ${fmt(wasmJsonCompact).padStart(10)}`);
console.log(`  WebAssembly, objects (decide)              ${fmt(wasmObjectsCompact).padStart(10)}`);
console.log(`  WASM / native: ${ratios.decide_compact_wasm_json_over_native.toFixed(2)}x with JSON text, ${ratios.decide_compact_wasm_objects_over_native.toFixed(2)}x with objects; objects / JSON text ${ratios.decide_compact_wasm_objects_over_wasm_json.toFixed(2)}x (full answer ${ratios.decide_wasm_objects_over_wasm_json.toFixed(2)}x)`);
writeFileSync(
  join(out, 'bench.json'),
  `${JSON.stringify({ node: process.version, allocation_ns: alloc, decide_ns: { native, wasm_json: wasmJson, wasm_objects: wasmObjects, native_compact: nativeCompact.ns, wasm_json_compact: wasmJsonCompact, wasm_objects_compact: wasmObjectsCompact }, ratios }, null, 2)}\n`,
);
if (sink === 0.5) console.log(sink);
