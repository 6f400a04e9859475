// Opens the HTML report of the sample history (examples/history) in headless Chromium and
// checks that every chart is drawn: each canvas must have painted pixels (counted in the page
// from the canvas's own image data), the page must load nothing from a network, and no script
// may fail. Writes the page and a PNG screenshot under target/report-html/ for people to look at.
//
// Usage: node crates/returnkit-cli/tests/report-html/check.mjs [path/to/returnkit]
// (scripts/test runs it after the WASM step, which installs playwright-core and Chromium.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
// playwright-core as the WASM package pins and installs it (bindings/wasm/package-lock.json).
const { chromium } = createRequire(join(root, 'bindings/wasm/package.json'))('playwright-core');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const returnkit = resolve(process.argv[2] || join(root, 'target/debug/returnkit'));
const out = join(root, 'target/report-html');
const CHARTS = ['chart-reasons', 'chart-cycle', 'chart-refunds', 'chart-dispositions',
  'chart-destinations'];
// A drawn chart paints thousands of pixels (bars, lines, axes, labels); an empty canvas none.
const AT_LEAST = 2000;

mkdirSync(out, { recursive: true });
const page_ = join(out, 'report.html');
execFileSync(returnkit, ['report', '--format', 'html', '--orders', 'examples/history/orders.jsonl',
  'examples/history/rmas.jsonl', '--out', page_], { cwd: root, stdio: 'inherit' });

const profile = mkdtempSync(join(tmpdir(), 'returnkit-report-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 1100 },
});
const problems = [];
try {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`fetched ${r.url()}`); });
  await page.goto(pathToFileURL(page_).href);
  await page.waitForFunction((ids) => ids.every((id) => window.Chart?.getChart(id)), CHARTS);
  const painted = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
    const canvas = document.getElementById(id);
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n += 1;
    return [id, { painted: n, width: canvas.width, height: canvas.height }];
  })), CHARTS);
  await page.screenshot({ path: join(out, 'report.png'), fullPage: true });
  for (const id of CHARTS) {
    const p = painted[id];
    console.log(`${id}: ${p.painted} pixels painted of ${p.width}x${p.height}`);
    if (!(p.painted >= AT_LEAST)) problems.push(`${id} is not drawn (${p.painted} pixels painted)`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`report page checked: ${join(out, 'report.png')}`);
