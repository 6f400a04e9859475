// webpack's entry: nothing configured; webpack 5 emits the wasm file of the package's
// `new URL('./returnkit_wasm_bg.wasm', import.meta.url)` as an asset, and `init()` fetches it.
import * as rk from 'returnkit';
import { show } from './page.js';

await rk.init();
show(rk, 'webpack');
