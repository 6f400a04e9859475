// returnkit for Node.js: the `nodejs` wasm-bindgen builds. The storefront module is loaded
// synchronously on import, the back office's and analytics' synchronously on their first call.
// A trapped instance is replaced by loading its glue module afresh (a new instance).
import { createRequire } from 'node:module';
import { makeApi, ReturnKitError } from '../core.js';

const require = createRequire(import.meta.url);

/** A module's loader: its glue required now (`eager`) or on the first call. */
function nodeModule(file, eager) {
  const path = require.resolve(file);
  let glue = null;
  let generation = 0;
  const load = () => {
    try {
      glue = require(path);
    } catch (e) {
      delete require.cache[path];
      throw new ReturnKitError({
        code: 9001,
        kind: 'internal',
        field: '',
        message: `internal error: ${file} could not be loaded: ${e && e.message ? e.message : e}`,
      });
    }
  };
  if (eager) load();
  return {
    current() {
      if (glue === null) load();
      return glue;
    },
    get generation() {
      return generation;
    },
    recover() {
      delete require.cache[path];
      glue = null;
      generation += 1;
      if (eager) load();
    },
  };
}

const storefront = nodeModule('./returnkit_wasm.js', true);
const backOffice = nodeModule('./returnkit_back_office.js', false);
const analytics = nodeModule('./returnkit_analytics.js', false);
const api = makeApi(storefront, backOffice, analytics);

/** Nothing to wait for in Node.js: the module is ready on import. */
export async function init() {}

/** Loads the back-office module now (it loads on its first call otherwise). */
export async function initBackOffice() {
  backOffice.current();
}

/** Loads the analytics module now (it loads on its first call otherwise). */
export async function initAnalytics() {
  analytics.current();
}

/** Resolves when the module can be called (at once in Node.js). */
export function ready() {
  return Promise.resolve();
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
