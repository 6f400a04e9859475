// CommonJS and the installed returnkit package (package-test.sh): where Node.js can require an
// ES module, require('returnkit') gives the API; where it can't (Node.js before 20.19 and
// 22.12, or --no-experimental-require-module), it throws at once, saying how to import it.
// `await import('returnkit')` works everywhere.
'use strict';
const assert = require('node:assert/strict');

const started = process.hrtime.bigint();
let api;
try {
  api = require('returnkit');
} catch (e) {
  assert.equal(e.code, 'ERR_REQUIRE_ESM');
  assert.equal(
    e.message,
    "returnkit is an ES module; use `import` or `await import('returnkit')` (Node.js 20.19 and 22.12 and later can also require() it)",
  );
  assert.ok(process.hrtime.bigint() - started < 1_000_000_000n, 'the error comes at once');
}
const canRequire = Boolean(process.features.require_module);
assert.equal(api !== undefined, canRequire, `require_module is ${canRequire}`);
if (api) assert.equal(api.version(), require('returnkit/package.json').version);

import('returnkit').then((rk) => {
  assert.equal(typeof rk.refundQuote, 'function');
  console.log(canRequire ? 'require(): the API' : 'require(): the error that says to import it');
});
