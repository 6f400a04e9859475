// The size budget of each .wasm file, gzipped at level 9 (what a web server sends). The
// storefront module is what a returns portal downloads; the back office's and analytics' load
// only when their calls are wanted (docs/wasm.md, "Size").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pkg } from './helpers.mjs';

const KB = 1024;
// The budget of each module: a ceiling that stops growth until the modules are made smaller
// (the sizes, and what it would take: docs/performance.md, "Size").
const BUDGETS = { returnkit_wasm: 450 * KB, returnkit_back_office: 445 * KB, returnkit_analytics: 492 * KB };
const targets = ['web', 'bundler', 'nodejs'];
const modules = ['returnkit_wasm', 'returnkit_back_office', 'returnkit_analytics'];

const sizes = {};
for (const module of modules) {
  sizes[module] = targets.map((t) => {
    const bytes = readFileSync(join(pkg, t, `${module}_bg.wasm`));
    return { target: t, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const { raw, gzip } = sizes[module][0];
  console.log(`${module}_bg.wasm: ${(raw / KB).toFixed(0)} KB, ${(gzip / KB).toFixed(1)} KB gzipped`);
}

test('the three builds ship the same wasm', () => {
  for (const module of modules) {
    for (const s of sizes[module]) assert.equal(s.raw, sizes[module][0].raw, `${module} ${s.target}`);
  }
});

for (const module of modules) {
  const budget = BUDGETS[module];
  test(`${module}_bg.wasm is under the ${budget / KB} KB gzipped budget`, () => {
    const { gzip } = sizes[module][0];
    assert.ok(gzip < budget, `${(gzip / KB).toFixed(1)} KB gzipped, over the ${budget / KB} KB budget`);
  });
}

test('each module holds its own calls', () => {
  // A returns portal gets all it calls from the storefront module, which has nothing of the
  // back office's or analytics'; the RMA lifecycle and the reports are apart too.
  const exportsOf = (module) => {
    const m = new WebAssembly.Module(readFileSync(join(pkg, 'nodejs', `${module}_bg.wasm`)));
    return new Set(WebAssembly.Module.exports(m).map((e) => e.name));
  };
  const of = {
    storefront: exportsOf('returnkit_wasm'),
    backOffice: exportsOf('returnkit_back_office'),
    analytics: exportsOf('returnkit_analytics'),
  };
  const only = {
    storefront: ['policy_decide', 'policy_label_quote', 'policy_explain', 'policy_summary', 'policy_refund_preview', 'quote', 'allocate', 'allocate_minor', 'rma_submit'],
    backOffice: ['rma_apply', 'rma_tick', 'policy_check', 'policy_toml_to_json'],
    analytics: ['report', 'report_merge', 'simulate', 'simulate_merge'],
  };
  for (const [module, names] of Object.entries(only)) {
    for (const name of names) {
      for (const [other, has] of Object.entries(of)) {
        assert.equal(has.has(name), other === module, `${other}: ${name}`);
      }
    }
  }
  // The modules that decide compile policies; the back office only reads them.
  for (const name of ['policy_compile', 'policy_free']) {
    assert.ok(of.storefront.has(name) && of.analytics.has(name) && !of.backOffice.has(name), name);
  }
  for (const name of ['version', 'error_codes', 'add_catalog', 'take_panic', 'debug_panic']) {
    assert.ok(Object.values(of).every((has) => has.has(name)), `all: ${name}`);
  }
});

test('the declarations have no `any`', () => {
  for (const f of ['index.d.ts', 'types.d.ts']) {
    const text = readFileSync(join(pkg, f), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    // `any` as a type (a property may be named `any`: the policy's `{any: [...]}` condition).
    assert.doesNotMatch(text, /(:\s*any\b(?!:)|\bany\[\]|<any\b|[|&]\s*any\b|\bany\s*[|&;,>)])/, f);
  }
});
