// returnkit for bundlers (webpack, Rollup/Vite with a wasm plugin): the `bundler` wasm-bindgen
// build, instantiated by the bundler through the WebAssembly ESM integration.
// A trapped instance is replaced asynchronously: the wasm file is fetched and instantiated
// again; until then calls throw ReturnKitError 9001, and `ready()` resolves when it is done.
import * as glue from './returnkit_wasm.js';
import * as bg from './returnkit_wasm_bg.js';
import { makeApi, ReturnKitError } from '../core.js';

let generation = 0;
let restarting = null;
let broken = false;

async function restart() {
  const url = new URL('returnkit_wasm_bg.wasm', import.meta.url);
  const response = await fetch(url);
  const bytes = await response.arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, { './returnkit_wasm_bg.js': bg });
  // The glue is built so that __wbg_set_wasm also forgets its views of the old memory.
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  generation += 1;
}

const api = makeApi({
  current() {
    if (broken && restarting === null) this.recover();
    if (restarting !== null) {
      throw new ReturnKitError({
        code: 9001,
        kind: 'internal',
        field: '',
        message: 'internal error: returnkit is restarting after an internal error; await ready()',
      });
    }
    return glue;
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
});

/** Nothing to load: the bundler instantiates the module. Resolves at once. */
export async function init() {}

/** Resolves when the module can be called (after a restart, when the new instance is up). */
export function ready() {
  return restarting === null ? Promise.resolve() : restarting.then(() => undefined, () => undefined);
}

export { ReturnKitError };
export const { /*EXPORTS*/ } = api;
