// What `require('returnkit')` gets where Node.js can't require an ES module (before Node.js
// 20.19 and 22.12, or with --no-experimental-require-module): an error at once that says how
// to load the package, instead of a failure deeper in.
'use strict';

const error = new Error(
  "returnkit is an ES module; use `import` or `await import('returnkit')` " +
    '(Node.js 20.19 and 22.12 and later can also require() it)',
);
error.code = 'ERR_REQUIRE_ESM';
throw error;
