// The returns portal (examples/returns-portal) in Chromium, driven by Playwright: served by
// `python3 -m http.server` on 127.0.0.1 as serve.sh serves it, it goes through the customer's
// steps at desktop and phone widths and checks the figures shown, worked by hand below.
// Screenshots go to bindings/wasm/out/ (git-ignored).
//
// The figures (policy: examples/returns-portal/data/policy.json; order NW-1001; demo clock
// 2026-11-20 10:00 in Los Angeles; label from examples/rates/us-ground.json):
// - Delivered 6 Nov (Los Angeles), 30 days: returnable until Sun, Dec 6, 2026.
// - Rain jacket, size: 120.00 + 8.5% tax 10.20 = 130.20; restocking 10% of 120.00 = 12.00.
//   The customer pays the label (remorse, actual cost): 94105 is zone 1; 14x10x4 in = 560 in3
//   / 139 = 4.03 lb dimensional, over the 2 lb actual, so 5 lb billable: 10.22 base + 12.5%
//   fuel 1.28 + 4.85 residential = 16.35. Refund 130.20 - 12.00 - 16.35 = 101.85.
//   As store credit: 101.85 + 10% bonus 10.185, rounded half-up to 10.19 = 112.04.
// - Adding both socks, defective: 2 x 18.00 + 3.06 tax = 39.06, no restocking fee (merchant
//   fault), and a merchant-fault line makes the label the shop's: no label deduction.
//   Refund 118.20 + 39.06 = 157.26; store credit bonus 15.726 -> 15.73, total 172.99.
// - Sunglasses: final sale. Swim shorts: a policy rule denies remorse returns of swimwear, a
//   fault is still accepted. Order NW-0942 was delivered 24 Sep: its window closed 24 Oct.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root, wasmDir } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const out = join(wasmDir, 'out');
let server;
let context;
let profile;
let base;
const problems = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: test.sh installs Debian's chromium`);
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  base = `http://127.0.0.1:${port}/examples/returns-portal/`;
  await waitForServer(base);
  profile = mkdtempSync(join(tmpdir(), 'returnkit-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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
    viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// The WebAssembly files the portal fetched: only the storefront module's (docs/wasm.md, "Size").
const wasmFetched = new Set();

async function open(viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasmFetched.add(r.url().slice(r.url().lastIndexOf('/') + 1));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Finds an order with the keyboard: type, Tab, type, Enter. */
async function find(page, number, email) {
  await page.locator('#order-number').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(number);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
}

const cell = (page, key) => page.locator(`#breakdown tr[data-row="${key}"] td`);
const label = (page, key) => page.locator(`#breakdown tr[data-row="${key}"] th`);

test('desktop: find an order, see what is returnable, price a return live, submit it', async () => {
  const page = await open({ width: 1280, height: 900 });
  assert.match(await page.locator('#clock').textContent(), /Nov 20, 2026/);

  // A wrong email finds nothing.
  await find(page, 'NW-1001', 'someone@example.com');
  assert.equal(await page.locator('#find-error').textContent(), "We couldn't find an order with that number and email address.");
  await find(page, 'nw-1001', 'Alex@Example.com');
  await page.waitForSelector('#items:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'items-title', 'focus moves to the new step');

  // Eligibility, deadline and the reason for each item.
  const item = (id) => page.locator(`li[data-line="${id}"]`);
  assert.equal(await item('jacket').locator('.badge').textContent(), 'Returnable until Sun, Dec 6, 2026');
  assert.equal(await item('socks').locator('.badge').textContent(), 'Returnable until Sun, Dec 6, 2026');
  assert.equal(await item('sunglasses').locator('.badge').textContent(), 'Not returnable');
  assert.equal(
    await item('sunglasses').locator('.why').textContent(),
    "This item was sold as final sale and can't be returned.",
  );
  assert.equal(await item('sunglasses').locator('input').count(), 0, 'a final-sale item has nothing to pick');
  assert.equal(await item('swim').locator('.badge').textContent(), 'Returnable only if faulty, until Sun, Dec 6, 2026');
  assert.equal(
    await item('swim').locator('.why').textContent(),
    "Swimwear can't be returned for hygiene reasons unless it is faulty.",
  );
  assert.equal(await page.locator('#breakdown').textContent(), 'Choose the items to return.');

  // The jacket, for its size, with the keyboard: Space ticks the box.
  await page.getByLabel('Return Rain jacket, M').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#breakdown').textContent(), 'Choose a reason for each item.');
  assert.equal(await page.locator('#submit-return').isDisabled(), true);
  await page.locator('li[data-line="jacket"]').getByLabel('Reason').selectOption('size_or_fit');
  assert.equal(await cell(page, 'item-jacket').textContent(), '$130.20');
  assert.equal(await label(page, 'restocking_fee-jacket').textContent(), 'Restocking fee (Rain jacket, M)');
  assert.equal(await cell(page, 'restocking_fee-jacket').textContent(), '−$12.00');
  assert.equal(await label(page, 'label_fee').textContent(), 'Return label');
  assert.equal(await cell(page, 'label_fee').textContent(), '−$16.35');
  assert.equal(await label(page, 'refund').textContent(), 'You get back');
  assert.equal(await cell(page, 'refund').textContent(), '$101.85');
  assert.equal(await page.locator('#refund-summary').textContent(), 'You get back $101.85.');
  assert.equal(await page.locator('#refund-summary').getAttribute('aria-live'), 'polite');
  assert.equal(
    await page.locator('[data-fact="label"]').textContent(),
    'Return label: you pay $16.35, deducted from your refund (Sample Parcel Co. Ground Returns).',
  );
  assert.equal(await page.locator('[data-fact="tender"]').textContent(), '$101.85 back to your card (visa-4242)');

  // Store credit: the same refund, and the 10% bonus on top.
  await page.getByLabel(/Store credit/).check();
  assert.equal(await cell(page, 'refund').textContent(), '$101.85');
  assert.equal(await label(page, 'bonus').textContent(), 'Bonus credit (10%)');
  assert.equal(await cell(page, 'bonus').textContent(), '$10.19');
  assert.equal(await cell(page, 'credit-total').textContent(), '$112.04');
  assert.equal(await page.locator('#refund-summary').textContent(), 'You get $112.04 in store credit.');

  // Both pairs of socks, defective: the shop pays the label now.
  await page.getByLabel('Return Merino socks, 3-pack').check();
  const socks = page.locator('li[data-line="socks"]');
  await socks.getByLabel('Quantity').selectOption('2');
  await socks.getByLabel('Reason').selectOption('defective');
  assert.equal(await cell(page, 'item-socks').textContent(), '$39.06');
  assert.equal(await page.locator('#breakdown tr[data-row="label_fee"]').count(), 0);
  assert.equal(await page.locator('#breakdown tr[data-row="restocking_fee-socks"]').count(), 0);
  assert.equal(await cell(page, 'refund').textContent(), '$157.26');
  assert.equal(await cell(page, 'bonus').textContent(), '$15.73');
  assert.equal(await cell(page, 'credit-total').textContent(), '$172.99');
  assert.equal(
    await page.locator('[data-fact="label"]').textContent(),
    'Return label: free, we pay for it (Sample Parcel Co. Ground Returns).',
  );
  await page.getByLabel(/Refund to my original payment/).check();
  assert.equal(await cell(page, 'refund').textContent(), '$157.26');
  assert.equal(await page.locator('[data-fact="tender"]').textContent(), '$157.26 back to your card (visa-4242)');
  await page.screenshot({ path: join(out, 'portal-desktop-items.png'), fullPage: true });

  // Submit: an RMA number, label instructions and the status timeline.
  await page.locator('#submit-return').click();
  await page.waitForSelector('#done:not([hidden])');
  assert.match(await page.locator('#rma-number').textContent(), /^RMA-[0-9A-Z]{3}-[0-9A-Z]{3}-.$/);
  assert.equal(await page.locator('#rma-message').textContent(), 'Your return is approved. Please send the items back.');
  const instructions = await page.locator('#label-instructions').textContent();
  assert.match(instructions, /Sample Parcel Co\. Ground Returns\. Print the prepaid label we email you/);
  assert.match(instructions, /It is free\./);
  // The label is valid 100 days from today (Feb 28), and the RMA asks to ship by then.
  assert.match(instructions, /Please ship by Sun, Feb 28, 2027\./);
  assert.doesNotMatch(instructions, /can be used until/);
  assert.equal(await page.locator('#label-instructions [data-label-billing="prepaid"]').count(), 1);
  const timeline = page.locator('#timeline li');
  assert.equal(await timeline.count(), 1);
  assert.equal(await timeline.first().getAttribute('data-status'), 'approved');
  assert.match(await timeline.first().textContent(), /Nov 20, 2026, 10:00 AM PST.*Your return is approved/);
  await page.screenshot({ path: join(out, 'portal-desktop-done.png'), fullPage: true });
  // From finding the order to the submitted RMA, the portal downloaded one module.
  assert.deepEqual([...wasmFetched], ['returnkit_wasm_bg.wasm']);

  // The next return gets the next number.
  const first = await page.locator('#rma-number').textContent();
  await page.locator('#start-over').click();
  await find(page, 'NW-1001', 'alex@example.com');
  await page.getByLabel('Return Swim shorts').check();
  const swimReasons = await page.locator('li[data-line="swim"]').getByLabel('Reason').locator('option').allTextContents();
  assert.ok(!swimReasons.includes('Size or fit'), 'only fault reasons for an item returnable only if faulty');
  assert.equal(await cell(page, 'item-swim').textContent(), '$43.40');
  await page.locator('#submit-return').click();
  await page.waitForSelector('#done:not([hidden])');
  assert.notEqual(await page.locator('#rma-number').textContent(), first);
  await page.close();
});

test('phone width: an order outside its window, readable without sideways scrolling', async () => {
  const page = await open({ width: 390, height: 844 });
  await page.screenshot({ path: join(out, 'portal-phone-find.png'), fullPage: true });
  await find(page, 'NW-0942', 'sam@example.com');
  await page.waitForSelector('#items:not([hidden])');
  const boots = page.locator('li[data-line="boots"]');
  assert.equal(await boots.locator('.badge').textContent(), 'Not returnable');
  assert.equal(await boots.locator('.why').textContent(), 'The return window for this item closed on 2026-10-24.');
  assert.equal(await page.locator('#submit-return').isDisabled(), true);
  assert.equal(await page.locator('#breakdown').textContent(), 'None of the items in this order can be returned.');
  assert.equal(await page.locator('#resolution-fieldset').isHidden(), true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 390 px');
  await page.screenshot({ path: join(out, 'portal-phone-outside-window.png'), fullPage: true });

  await page.locator('#back-to-find').click();
  await find(page, 'NW-1001', 'alex@example.com');
  await page.getByLabel('Return Rain jacket, M').check();
  await page.locator('li[data-line="jacket"]').getByLabel('Reason').selectOption('changed_mind');
  assert.equal(await cell(page, 'refund').textContent(), '$101.85');
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    0,
  );
  await page.screenshot({ path: join(out, 'portal-phone-items.png'), fullPage: true });
  await page.close();
});

test('the language menu: reasons and statuses in the language the customer picks', async () => {
  const page = await open({ width: 1280, height: 900 });
  // Polish first, then German: each catalog is fetched once, as JSON, not a module.
  await page.locator('#language').selectOption('pl');
  await page.waitForSelector('body[data-locale="pl"]');
  await find(page, 'NW-0942', 'sam@example.com');
  await page.waitForSelector('#items:not([hidden])');
  const why = page.locator('li[data-line="boots"] .why');
  assert.equal(await why.textContent(), 'Termin zwrotu tego produktu minął 24.10.2026.');
  // Switching on the items page asks again: the same reason, in German.
  await page.locator('#language').selectOption('de');
  await page.waitForSelector('body[data-locale="de"]');
  assert.equal(await why.textContent(), 'Die Rückgabefrist für diesen Artikel ist am 24.10.2026 abgelaufen.');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await page.screenshot({ path: join(out, 'portal-desktop-german.png'), fullPage: true });

  // The RMA opened in German: its status, and its timeline, in German.
  await page.locator('#back-to-find').click();
  await find(page, 'NW-1001', 'alex@example.com');
  await page.getByLabel('Return Rain jacket, M').check();
  await page.locator('li[data-line="jacket"]').getByLabel('Reason').selectOption('changed_mind');
  await page.locator('#submit-return').click();
  await page.waitForSelector('#done:not([hidden])');
  assert.equal(await page.locator('#rma-message').textContent(), 'Ihre Rücksendung ist genehmigt. Bitte senden Sie die Artikel zurück.');
  assert.match(await page.locator('#timeline li').first().textContent(), /Ihre Rücksendung ist genehmigt/);
  // Back to English: the next answers are English again.
  await page.locator('#language').selectOption('en');
  await page.waitForSelector('body[data-locale="en"]');
  await page.locator('#start-over').click();
  await find(page, 'NW-0942', 'sam@example.com');
  assert.equal(await page.locator('li[data-line="boots"] .why').textContent(), 'The return window for this item closed on 2026-10-24.');
  await page.close();
});

test('in the browser, a panic is a ReturnKitError 9001 and the next call works', async () => {
  const page = await open({ width: 800, height: 600 });
  const result = await page.evaluate(async () => {
    const rk = await import('returnkit');
    let code;
    let isError;
    try {
      rk.__debugPanic('browser boom');
    } catch (e) {
      code = e.code;
      isError = e instanceof rk.ReturnKitError;
    }
    return { code, isError, generation: rk.__instanceGeneration(), after: rk.allocate({ amount: '1.00', currency: 'USD', weights: ['1', '2'] }) };
  });
  assert.deepEqual(result, { code: 9001, isError: true, generation: 1, after: ['0.33', '0.67'] });
  // The page's policy is compiled again on the new instance.
  await find(page, 'NW-1001', 'alex@example.com');
  assert.equal(await page.locator('li[data-line="jacket"] .badge').textContent(), 'Returnable until Sun, Dec 6, 2026');
  await page.close();
});

test('a back office in the browser: initAnalytics() fetches the analytics module, which simulates as Rust does', async () => {
  const page = await open({ width: 800, height: 600 });
  const fetched = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) fetched.push(r.url().slice(r.url().lastIndexOf('/') + 1));
  });
  const result = await page.evaluate(async () => {
    const rk = await import('returnkit');
    const text = (path) => fetch(path).then((r) => r.text());
    const [current, proposed, history, options, answer] = await Promise.all(
      [
        '/examples/policies/current-30-days.toml',
        '/examples/policies/proposed-60-days.toml',
        '/examples/batch/requests.jsonl',
        '/tests/fixtures/simulate/sample.options.json',
        '/tests/fixtures/simulate/sample.answer.json',
      ].map(text),
    );
    let before;
    try {
      rk.reportJson('[]');
    } catch (e) {
      before = { code: e.code, message: e.message };
    }
    // TOML policies are read by the back office.
    await Promise.all([rk.initBackOffice(), rk.initAnalytics()]);
    const got = rk.simulateJson(new rk.Policy(current), new rk.Policy(proposed), history, options);
    return { before, same: got === answer.trimEnd(), changed: JSON.parse(got).changed.records, rmas: rk.report([]).rmas };
  });
  assert.equal(result.before.code, 9001);
  assert.match(result.before.message, /await initAnalytics\(\) first/);
  assert.deepEqual({ ...result, before: undefined }, { before: undefined, same: true, changed: 3, rmas: 0 });
  assert.deepEqual(fetched.sort(), ['returnkit_analytics_bg.wasm', 'returnkit_back_office_bg.wasm']);
  await page.close();
});

test('no page errors and no console errors', () => {
  assert.deepEqual(problems, []);
});
