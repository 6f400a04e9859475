// returnkit for Node.js: the `nodejs` wasm-bindgen build, loaded synchronously on import.
// A trapped instance is replaced by loading the glue module afresh (a new instance).
import { createRequire } from 'node:module';
import { makeApi, ReturnKitError } from '../core.js';

const require = createRequire(import.meta.url);
const gluePath = require.resolve('./returnkit_wasm.js');
let glue = require(gluePath);
let generation = 0;

const api = makeApi({
  current: () => glue,
  get generation() {
    return generation;
  },
  recover() {
    delete require.cache[gluePath];
    glue = require(gluePath);
    generation += 1;
  },
});

/** Nothing to wait for in Node.js: the module is ready on import. */
export async function init() {}

/** Resolves when the module can be called (at once in Node.js). */
export function ready() {
  return Promise.resolve();
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
