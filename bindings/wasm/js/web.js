// returnkit for browsers, with a bundler (Vite, webpack, esbuild) or without one, and for Deno
// and workers: the `web` wasm-bindgen builds. Call `await init()` once before anything else,
// `await initBackOffice()` before the back office's calls (rmaApply, rmaTick, policyCheck,
// TOML policies), and `await initAnalytics()` before analytics' (report, simulate and their
// merges): a returns portal needs neither, so it never downloads those modules.
// A trapped instance is replaced synchronously from the compiled module kept by init().
import * as glue from './returnkit_wasm.js';
import * as backOfficeGlue from './returnkit_back_office.js';
import * as analyticsGlue from './returnkit_analytics.js';
import { makeApi, ReturnKitError } from '../core.js';

function internal(message) {
  return new ReturnKitError({ code: 9001, kind: 'internal', field: '', message: `internal error: ${message}` });
}

async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === 'string' || source instanceof URL) source = fetch(source);
  source = await source;
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) throw new Error(`failed to fetch returnkit's wasm: ${source.status} ${source.statusText}`);
    const type = source.headers.get('Content-Type') || '';
    if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(source);
    }
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}

/**
 * A module's loader and its init: `glue` is its wasm-bindgen web glue, `file()` the URL of its
 * wasm file next to this one, `what` and `first` name it and its init in errors.
 */
function webModule(moduleGlue, file, what, first) {
  let compiled = null;
  let generation = 0;
  let starting = null;
  const loader = {
    current() {
      if (compiled === null) throw internal(`${what} is not initialized; ${first} first`);
      return moduleGlue;
    },
    get generation() {
      return generation;
    },
    recover() {
      // The glue is built so that initSync makes a new instance each time (see package.mjs).
      moduleGlue.initSync({ module: compiled });
      generation += 1;
    },
  };
  function init(input) {
    if (starting === null) {
      starting = compile(input ?? file()).then(
        (module) => {
          moduleGlue.initSync({ module });
          compiled = module;
        },
        (e) => {
          starting = null;
          throw internal(`${what}'s WebAssembly module could not be loaded: ${e && e.message ? e.message : e}`);
        },
      );
    }
    return starting;
  }
  return { loader, init };
}

// Each URL is written out as `new URL('literal', import.meta.url)`: bundlers (Vite, webpack)
// recognise that form, emit the file as an asset and put its URL in.
const storefront = webModule(
  glue,
  () => new URL('./returnkit_wasm_bg.wasm', import.meta.url),
  'returnkit',
  'await init()',
);
const backOffice = webModule(
  backOfficeGlue,
  () => new URL('./returnkit_back_office_bg.wasm', import.meta.url),
  "returnkit's back-office module",
  'await initBackOffice()',
);
const analytics = webModule(
  analyticsGlue,
  () => new URL('./returnkit_analytics_bg.wasm', import.meta.url),
  "returnkit's analytics module",
  'await initAnalytics()',
);
const api = makeApi(storefront.loader, backOffice.loader, analytics.loader);

/**
 * Loads the WebAssembly module: from `input` (a URL, a Response, bytes or a compiled module)
 * or from `returnkit_wasm_bg.wasm` next to this file. Calling it again does nothing.
 */
export function init(input) {
  return storefront.init(input);
}

/**
 * Loads the back-office module (rmaApply, rmaTick, policyCheck, TOML policies): from `input`
 * or from `returnkit_back_office_bg.wasm` next to this file. Calling it again does nothing.
 */
export function initBackOffice(input) {
  return backOffice.init(input);
}

/**
 * Loads the analytics module (report, simulate and their merges): from `input` or from
 * `returnkit_analytics_bg.wasm` next to this file. Calling it again does nothing.
 */
export function initAnalytics(input) {
  return analytics.init(input);
}

/** Resolves when the module can be called. */
export function ready() {
  return init();
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
