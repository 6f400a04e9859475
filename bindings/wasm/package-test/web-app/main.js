// Vite's entry: nothing configured; `init()` fetches the wasm file that Vite emitted as an
// asset from the package's `new URL('./returnkit_wasm_bg.wasm', import.meta.url)`, and
// `initAnalytics()` the analytics module's likewise.
import * as rk from 'returnkit';
import { show } from './page.js';

await rk.init();
show(rk, 'Vite', () => rk.initAnalytics());
