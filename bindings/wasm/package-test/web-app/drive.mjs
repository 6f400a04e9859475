// Serves each bundle (dist/vite, dist/esbuild, dist/webpack) on 127.0.0.1 with Node.js's http module and
// opens it in Chromium (playwright-core): the page must load the storefront module through
// what its bundler emitted, and show the decision with its figures (page.js): approved,
// returnable until 2026-11-05, refund 85.91 USD; then, on "Simulate", load the analytics
// module likewise and show what a 10-day window changes: approve → deny, refunds -85.91 USD.
// Usage: node drive.mjs CHROMIUM SCREENSHOT_DIR
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const [executablePath, shots] = process.argv.slice(2);
// The storefront module as installed: the one wasm file each page must fetch, unchanged.
const storefront = await readFile('node_modules/returnkit/web/returnkit_wasm_bg.wasm');
// The analytics module as installed: fetched second, on "Simulate".
const analytics = await readFile('node_modules/returnkit/web/returnkit_analytics_bg.wasm');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** A static server of `dir`, on a free port of 127.0.0.1. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failed = 0;
try {
  for (const [bundler, dir] of [['Vite', 'dist/vite'], ['esbuild', 'dist/esbuild'], ['webpack', 'dist/webpack']]) {
    const { server, base } = await serve(dir);
    const page = await browser.newPage();
    const problems = [];
    let wasm = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
      if (r.url().endsWith('.wasm')) {
        wasm.push(
          r.body().then((body) => ({
            file: r.url().slice(base.length),
            type: r.headers()['content-type'],
            storefront: body.equals(storefront),
            analytics: body.equals(analytics),
          })),
        );
      }
    });
    try {
      await page.goto(base);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
      await page.screenshot({ path: join(shots, `${bundler}.png`) });
      const text = async (id) => (await page.locator(`#${id}`).textContent()).trim();
      assert.equal(await page.locator('#error').isHidden(), true, `error shown: ${await text('error')}`);
      assert.equal(await text('bundler'), bundler);
      assert.match(await text('version'), /^\d+\.\d+\.\d+/);
      assert.equal(await text('decision'), 'approve');
      assert.equal(await text('deadline'), '2026-11-05');
      assert.equal(await text('refund'), '85.91 USD');
      // One wasm file, the storefront's, as the bundler emitted it, not the back office's.
      wasm = await Promise.all(wasm);
      assert.equal(wasm.length, 1, JSON.stringify(wasm));
      assert.equal(wasm[0].storefront, true, `${wasm[0].file} is not the storefront module`);
      assert.match(wasm[0].file, /^(assets\/)?(returnkit_wasm_bg[-.\w]*|[0-9a-f]{16,})\.wasm$/);
      assert.equal(wasm[0].type, 'application/wasm');
      // "Simulate": the analytics module, as the bundler emitted it, and its answer.
      await page.locator('#what-if').click();
      await page.waitForSelector('body[data-simulated="true"]', { timeout: 20000 });
      assert.equal(await page.locator('#error').isHidden(), true, `error shown: ${await text('error')}`);
      assert.equal(await text('moves'), 'approve → deny: 1');
      assert.equal(await text('refund-delta'), '-85.91 USD');
      wasm = await Promise.all(wasm);
      assert.equal(wasm.length, 2, JSON.stringify(wasm));
      assert.equal(wasm[1].analytics, true, `${wasm[1].file} is not the analytics module`);
      assert.match(wasm[1].file, /^(assets\/)?(returnkit_analytics_bg[-.\w]*|[0-9a-f]{16,})\.wasm$/);
      assert.equal(wasm[1].type, 'application/wasm');
      await page.screenshot({ path: join(shots, `${bundler}-simulated.png`) });
      assert.deepEqual(problems, []);
      console.log(
        `ok - ${bundler}: ${await text('decision')}, refund ${await text('refund')}, from ${wasm[0].file}; ` +
          `what-if ${await text('moves')}, ${await text('refund-delta')}, from ${wasm[1].file}`,
      );
    } catch (e) {
      failed += 1;
      console.log(`not ok - ${bundler}: ${e.message}\n${problems.join('\n')}`);
    } finally {
      await page.close();
      server.close();
    }
  }
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
