// esbuild's entry: esbuild leaves `new URL(..., import.meta.url)` alone, so the wasm file's
// URL comes from its `file` loader (--loader:.wasm=file) and is given to `init()`; the
// analytics module's likewise to `initAnalytics()`.
import * as rk from 'returnkit';
import wasmUrl from 'returnkit/returnkit_wasm_bg.wasm';
import analyticsUrl from 'returnkit/returnkit_analytics_bg.wasm';
import { show } from './page.js';

await rk.init(wasmUrl);
show(rk, 'esbuild', () => rk.initAnalytics(analyticsUrl));
