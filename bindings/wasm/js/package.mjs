// Assembles bindings/wasm/pkg after wasm-bindgen ran for the web, bundler and nodejs targets:
// strips the custom sections (names, producers) from the .wasm files, adapts the generated
// glue so that a trapped instance can be replaced, writes the entry points, the declarations,
// the README and licences, and package.json (its version, licence and repository from the
// workspace's Cargo.toml). Usage: node js/package.mjs <bindings/wasm>
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const here = process.argv[2];
const js = join(here, 'js');
const pkg = join(here, 'pkg');
const crate = readFileSync(join(here, '../../Cargo.toml'), 'utf8');

/** The wasm file without custom sections: they carry names for debuggers, nothing to run. */
function stripCustomSections(bytes) {
  const out = [bytes.subarray(0, 8)];
  let i = 8;
  while (i < bytes.length) {
    const start = i;
    const id = bytes[i++];
    let size = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      size |= (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) break;
    }
    if (id !== 0) out.push(bytes.subarray(start, i + size));
    i += size;
  }
  return Buffer.concat(out);
}

/** Replaces `from` by `to` in a file, exactly once, or stops the build. */
function patch(file, from, to) {
  const text = readFileSync(file, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) {
    throw new Error(`${file}: expected the generated glue to contain once:\n${from}\nfound ${count} times`);
  }
  writeFileSync(file, text.replace(from, to));
}

// The three modules (see src/lib.rs): the storefront keeps the crate's name.
const modules = ['returnkit_wasm', 'returnkit_back_office', 'returnkit_analytics'];

for (const target of ['web', 'bundler', 'nodejs']) {
  for (const module of modules) {
    const file = join(pkg, target, `${module}_bg.wasm`);
    writeFileSync(file, stripCustomSections(readFileSync(file)));
  }
}

for (const module of modules) {
  // web: initSync makes a new instance each time it is called (the wrapper calls it once from
  // init(), and again only to replace a trapped instance); __wbg_finalize_init resets the views.
  patch(
    join(pkg, 'web', `${module}.js`),
    'function initSync(module) {\n    if (wasm !== undefined) return wasm;\n',
    'function initSync(module) {\n',
  );

  // bundler: __wbg_set_wasm also forgets the views of the old instance's memory.
  {
    const file = join(pkg, 'bundler', `${module}_bg.js`);
    const caches = [...readFileSync(file, 'utf8').matchAll(/^let (cached\w+Memory0) = null;$/gm)].map((m) => m[1]);
    if (caches.length === 0) throw new Error(`${file}: no memory views found`);
    patch(
      file,
      'export function __wbg_set_wasm(val) {\n    wasm = val;\n',
      `export function __wbg_set_wasm(val) {\n    wasm = val;\n${caches.map((c) => `    ${c} = null;\n`).join('')}`,
    );
  }
}

// nodejs: the glue is CommonJS inside an ES module package.
writeFileSync(join(pkg, 'nodejs', 'package.json'), '{ "type": "commonjs" }\n');

const exportsList = readFileSync(join(js, 'exports.txt'), 'utf8').trim();
const entry = (source) => readFileSync(join(js, source), 'utf8').replace('/*EXPORTS*/', exportsList);
writeFileSync(join(pkg, 'web', 'index.js'), entry('web.js'));
writeFileSync(join(pkg, 'bundler', 'index.js'), entry('bundler.js'));
writeFileSync(join(pkg, 'nodejs', 'index.mjs'), entry('node.mjs'));
copyFileSync(join(js, 'core.js'), join(pkg, 'core.js'));
copyFileSync(join(js, 'index.d.ts'), join(pkg, 'index.d.ts'));

copyFileSync(join(js, 'require.cjs'), join(pkg, 'nodejs', 'require.cjs'));
copyFileSync(join(js, 'README.md'), join(pkg, 'README.md'));
for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(here, '../..', licence), join(pkg, licence));

// Everything the crate says of itself comes from the workspace's Cargo.toml.
const field = (name) => {
  const m = new RegExp(`\\[workspace\\.package\\][^[]*?\\n${name} = "([^"]+)"`).exec(crate);
  if (!m) throw new Error(`Cargo.toml: no ${name} in [workspace.package]`);
  return m[1];
};
const repository = field('repository');

const types = './index.d.ts';
const web = './web/index.js';
const node = './nodejs/index.mjs';
const manifest = {
  name: 'returnkit',
  version: field('version'),
  description: 'Returns (RMA) engine: exact refunds, return policies, labels and the return lifecycle, in WebAssembly',
  keywords: ['returns', 'rma', 'refund', 'return-policy', 'ecommerce', 'money', 'decimal', 'shipping-label', 'webassembly', 'wasm'],
  homepage: `${repository}/blob/main/docs/wasm.md`,
  bugs: `${repository}/issues`,
  repository: { type: 'git', url: `git+${repository}.git`, directory: 'bindings/wasm' },
  license: field('license'),
  author: 'The returnkit contributors',
  type: 'module',
  types,
  main: node,
  module: web,
  browser: web,
  // Conditions, first match wins (docs/wasm.md, "Which build"). Deno (which also sets `node`)
  // gets the web build. Node.js gets the nodejs build: `import`, and `require` where Node.js
  // can require an ES module (`module-sync`), else require.cjs, which says to import it.
  // Browsers and bundlers (Vite, webpack, esbuild) get the web build, which bundlers
  // load with no plugin: its wasm files are `new URL('…', import.meta.url)` assets.
  exports: {
    '.': {
      types,
      deno: web,
      node: { 'module-sync': node, import: node, require: './nodejs/require.cjs', default: node },
      browser: web,
      default: web,
    },
    './web': { types, default: web },
    './bundler': { types, default: './bundler/index.js' },
    './node': { types, default: node },
    // The wasm files, for bundlers that take assets by import (esbuild's `file` loader).
    './returnkit_wasm_bg.wasm': './web/returnkit_wasm_bg.wasm',
    './returnkit_back_office_bg.wasm': './web/returnkit_back_office_bg.wasm',
    './returnkit_analytics_bg.wasm': './web/returnkit_analytics_bg.wasm',
    // The compiled message catalogs, for addCatalog (docs/messages.md).
    './locales/*': './locales/*',
    './package.json': './package.json',
  },
  files: ['index.d.ts', 'types.d.ts', 'core.js', 'web/', 'bundler/', 'nodejs/', 'locales/', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: [
    './bundler/returnkit_wasm.js',
    './bundler/returnkit_back_office.js',
    './bundler/returnkit_analytics.js',
    './bundler/index.js',
    './nodejs/require.cjs',
  ],
  engines: { node: '>=18' },
};
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
