// webpack's entry: nothing configured; webpack 5 emits the wasm files of the package's
// `new URL('./returnkit_wasm_bg.wasm', import.meta.url)` (and the other modules') as assets,
// and `init()` and `initAnalytics()` fetch them.
import * as rk from 'returnkit';
import { show } from './page.js';

await rk.init();
show(rk, 'webpack', () => rk.initAnalytics());
