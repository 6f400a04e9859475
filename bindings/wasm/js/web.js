// returnkit for browsers without a bundler (and Deno, workers, Node.js ESM): the `web`
// wasm-bindgen build. Call `await init()` once before anything else.
// A trapped instance is replaced synchronously from the compiled module kept by init().
import { initSync } from './returnkit_wasm.js';
import * as glue from './returnkit_wasm.js';
import { makeApi, ReturnKitError } from '../core.js';

let compiled = null;
let generation = 0;
let starting = null;

const api = makeApi({
  current() {
    if (compiled === null) {
      throw new ReturnKitError({
        code: 9001,
        kind: 'internal',
        field: '',
        message: 'internal error: returnkit is not initialized; await init() first',
      });
    }
    return glue;
  },
  get generation() {
    return generation;
  },
  recover() {
    // The glue is built so that initSync makes a new instance each time (see build.mjs).
    initSync({ module: compiled });
    generation += 1;
  },
});

async function compile(input) {
  let source = input ?? new URL('returnkit_wasm_bg.wasm', import.meta.url);
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
 * Loads the WebAssembly module: from `input` (a URL, a Response, bytes or a compiled module)
 * or from `returnkit_wasm_bg.wasm` next to this file. Calling it again does nothing.
 */
export function init(input) {
  if (starting === null) {
    starting = compile(input).then(
      (module) => {
        initSync({ module });
        compiled = module;
      },
      (e) => {
        starting = null;
        throw new ReturnKitError({
          code: 9001,
          kind: 'internal',
          field: '',
          message: `internal error: returnkit's WebAssembly module could not be loaded: ${e && e.message ? e.message : e}`,
        });
      },
    );
  }
  return starting;
}

/** Resolves when the module can be called. */
export function ready() {
  return init();
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
