// returnkit for bundlers (webpack, Rollup/Vite with a wasm plugin): the `bundler` wasm-bindgen
// builds, instantiated by the bundler through the WebAssembly ESM integration. The storefront
// module is imported statically; the back office's (rmaApply, rmaTick, policyCheck, TOML
// policies) is imported by `await initBackOffice()`, and analytics' (report, simulate and their
// merges) by `await initAnalytics()`, so that each is a chunk of its own that a returns portal
// never loads.
// A trapped instance is replaced asynchronously: the wasm file is fetched and instantiated
// again; until then calls throw ReturnKitError 9001, and `ready()` resolves when it is done.
import * as glue from './returnkit_wasm.js';
import * as bg from './returnkit_wasm_bg.js';
import { makeApi, ReturnKitError } from '../core.js';

function internal(message) {
  return new ReturnKitError({ code: 9001, kind: 'internal', field: '', message: `internal error: ${message}` });
}

/**
 * A module's loader: `modules()` gives its glue and its `_bg.js` (or null before they are
 * imported), `file` is its wasm file, and `notLoaded` the error's message before then.
 */
function bundlerModule(modules, file, notLoaded) {
  let generation = 0;
  let restarting = null;
  let broken = false;

  async function restart() {
    const { bg: moduleBg } = modules();
    const url = new URL(file, import.meta.url);
    const response = await fetch(url);
    const bytes = await response.arrayBuffer();
    const { instance } = await WebAssembly.instantiate(bytes, { [`./${file.replace('.wasm', '.js')}`]: moduleBg });
    // The glue is built so that __wbg_set_wasm also forgets its views of the old memory.
    moduleBg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    generation += 1;
  }

  const loader = {
    current() {
      const loaded = modules();
      if (loaded === null) throw internal(notLoaded);
      if (broken && restarting === null) this.recover();
      if (restarting !== null) {
        throw internal('returnkit is restarting after an internal error; await ready()');
      }
      return loaded.glue;
    },
    get generation() {
      return generation;
    },
    recover() {
      // Until a new instance is up, the trapped one is never called again.
      broken = true;
      restarting = restart().then(
        () => {
          broken = false;
          restarting = null;
        },
        () => {
          restarting = null; // the next call tries again
        },
      );
    },
    settled() {
      return restarting === null ? Promise.resolve() : restarting.then(() => undefined, () => undefined);
    },
  };
  return loader;
}

// The bundler has instantiated the storefront module by the time this module runs.
const storefront = bundlerModule(() => ({ glue, bg }), 'returnkit_wasm_bg.wasm', '');

let backOfficeModules = null;
let backOfficeLoading = null;
const backOffice = bundlerModule(
  () => backOfficeModules,
  'returnkit_back_office_bg.wasm',
  "returnkit's back-office module is not loaded; await initBackOffice() first",
);

let analyticsModules = null;
let analyticsLoading = null;
const analytics = bundlerModule(
  () => analyticsModules,
  'returnkit_analytics_bg.wasm',
  "returnkit's analytics module is not loaded; await initAnalytics() first",
);

const api = makeApi(storefront, backOffice, analytics);

/** Nothing to load: the bundler instantiates the module. Resolves at once. */
export async function init() {}

/** Loads the back-office module (a chunk of its own): required before its calls. */
export function initBackOffice() {
  if (backOfficeLoading === null) {
    backOfficeLoading = Promise.all([import('./returnkit_back_office.js'), import('./returnkit_back_office_bg.js')]).then(
      ([moduleGlue, moduleBg]) => {
        backOfficeModules = { glue: moduleGlue, bg: moduleBg };
      },
      (e) => {
        backOfficeLoading = null;
        throw internal(`returnkit's back-office module could not be loaded: ${e && e.message ? e.message : e}`);
      },
    );
  }
  return backOfficeLoading;
}

/** Loads the analytics module (a chunk of its own): required before its calls. */
export function initAnalytics() {
  if (analyticsLoading === null) {
    analyticsLoading = Promise.all([import('./returnkit_analytics.js'), import('./returnkit_analytics_bg.js')]).then(
      ([moduleGlue, moduleBg]) => {
        analyticsModules = { glue: moduleGlue, bg: moduleBg };
      },
      (e) => {
        analyticsLoading = null;
        throw internal(`returnkit's analytics module could not be loaded: ${e && e.message ? e.message : e}`);
      },
    );
  }
  return analyticsLoading;
}

/** Resolves when the modules can be called (after a restart, when the new instances are up). */
export function ready() {
  return Promise.all([storefront.settled(), backOffice.settled(), analytics.settled()]).then(() => undefined);
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
