// Every error path: each stable code reached through the package as a ReturnKitError with the
// code, kind, field and message Rust gives; errors made on the JavaScript side (inputs with no
// JSON form, calls before init, freed policies); and panics, which become error 9001 and are
// followed by a fresh instance in every build (nodejs, web, bundler).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TARGETS, load, root, here, pkg, readJson, native, fixtures } from './helpers.mjs';
import { lifecycle, ORDER, POLICY, REQUEST } from './lifecycle.mjs';

const order = readJson(join(root, 'examples/data/order.json'));
const request = readJson(join(root, 'examples/data/request.json'));
const card = readFileSync(join(root, 'examples/rates/us-ground.json'), 'utf8');
const cards = `[${card}]`;
const fixture = (kind, name) => readJson(join(root, 'tests/fixtures', kind, `${name}.json`));

/** Codes the wire format can't produce: a currency code in JSON that is not ISO 4217 is a
 * parse error (1001), so 4001 comes only from Rust's `str::parse::<Currency>`. */
const UNREACHABLE = new Set([4001]);

function throwsRecord(rk, fn, expected) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown, 'expected a throw');
  assert.ok(thrown instanceof rk.ReturnKitError, `a ReturnKitError, got ${thrown}`);
  assert.ok(thrown instanceof Error);
  assert.equal(thrown.name, 'ReturnKitError');
  for (const [k, v] of Object.entries(expected)) {
    if (v instanceof RegExp) assert.match(thrown[k], v, k);
    else assert.equal(thrown[k], v, k);
  }
  assert.deepEqual(thrown.toJSON(), {
    code: thrown.code,
    kind: thrown.kind,
    field: thrown.field,
    message: thrown.message,
  });
  return thrown;
}

for (const target of TARGETS) {
  describe(`errors (${target})`, () => {
    let rk;
    const seen = new Set();
    const expectError = (fn, expected) => {
      const e = throwsRecord(rk, fn, expected);
      seen.add(e.code);
      const kinds = new Map(rk.errorCodes().map((c) => [c.code, c.kind]));
      assert.equal(kinds.get(e.code), e.kind, `${e.code} is listed with its kind`);
      return e;
    };
    before(async () => {
      rk = await load(target);
    });

    test('1001 parse: malformed JSON, wrong types, unknown fields and currencies', () => {
      expectError(() => rk.refundQuoteJson('{'), { code: 1001, kind: 'parse', message: /EOF/ });
      expectError(
        () => rk.refundQuote({ order: { ...order, lines: [{ ...order.lines[0], quantity: 'two' }] }, request }),
        { code: 1001, field: 'order.lines[0].quantity' },
      );
      expectError(() => rk.refundQuote({ order, request: { ...request, shiping: 'full' } }), {
        code: 1001,
        message: /shiping/,
      });
      expectError(() => rk.allocate({ amount: '1.00', currency: 'XAU', weights: ['1'] }), {
        code: 1001,
        field: 'input.currency',
      });
      expectError(() => rk.rmaTick('{}', 'yesterday', 'k'), { code: 1001, field: 'document' });
      const [submitted] = lifecycle(rk);
      expectError(() => rk.rmaTick(submitted.document, 'yesterday', 'k'), { code: 1001, field: 'now' });
    });

    test('1001 parse: inputs with no JSON form fail before they reach Rust', () => {
      expectError(() => rk.refundQuote({ order, request, big: 1n }), { code: 1001, kind: 'parse', field: 'input' });
      const cyclic = { order };
      cyclic.self = cyclic;
      expectError(() => rk.refundQuote(cyclic), { code: 1001, field: 'input' });
      expectError(() => rk.rmaSubmit(undefined), { code: 1001, field: 'command' });
      expectError(() => new rk.Policy({ name: 1n }), { code: 1001, field: 'policy' });
      expectError(() => rk.allocateMinor(100, undefined), { code: 1001, field: 'weights' });
      expectError(() => rk.allocateMinor(100, 3), { code: 1001, field: 'weights' });
    });

    test('1002 invalid value: format, freed policies, fast allocation inputs, labels', () => {
      expectError(() => new rk.Policy('name = "x"', { format: 'yaml' }), { code: 1002, kind: 'invalid_value', field: 'format' });
      expectError(() => rk.policyCheck('{}', 'yaml'), { code: 1002, field: 'format' });
      const policy = new rk.Policy(POLICY, { rateCards: cards });
      policy.free();
      policy.free();
      expectError(() => policy.explain(), { code: 1002, field: 'policy', message: /freed/ });
      expectError(() => rk.allocateMinor(1.5, [1]), { code: 1002, field: 'total' });
      expectError(() => rk.allocateMinor(100, [1, Number.NaN]), { code: 1002, field: 'weights[1]' });
      expectError(() => rk.allocateMinor(2 ** 60, [1]), { code: 1002, field: 'total' });
      const labels = new rk.Policy(POLICY, { rateCards: cards });
      expectError(
        () =>
          labels.labelQuote({
            origin: { country: 'US', postal_code: '10001' },
            items: [{ line_id: 'A', quantity: 1, weight: { value: '1', unit: 'lb' } }],
            expected_use_rate: '1.5',
          }),
        { code: 1002, field: 'request.expected_use_rate' },
      );
    });

    test('1003 to 1008 and the money codes, from the refund and decision fixtures', () => {
      const refundErrors = fixtures('refund').filter(([, f]) => f.expected_error);
      for (const [name, f] of refundErrors) {
        const e = expectError(() => rk.refundQuote({ order: f.order, request: f.request }), {
          code: f.expected_error.code,
        });
        assert.equal(e.field, f.expected_error.field, name);
      }
      for (const [name, f] of fixtures('decide').filter(([, f]) => f.expected_error)) {
        const e = expectError(() => new rk.Policy(f.policy).decide({ order: f.order, request: f.request, now: f.now }), {
          code: f.expected_error.code,
        });
        assert.equal(e.field, f.expected_error.field, name);
      }
    });

    test('4004 amount out of range and 4006 invalid allocation', () => {
      expectError(() => rk.allocate({ amount: '100000000000000000.00', currency: 'USD', weights: ['1'] }), {
        code: 4004,
        kind: 'amount_out_of_range',
      });
      expectError(() => rk.allocate({ amount: '1.00', currency: 'USD', weights: ['-1', '2'] }), {
        code: 4006,
        field: 'input.weights[0]',
      });
      expectError(() => rk.allocateMinor(100, [0, 0]), { code: 4006, field: 'weights' });
    });

    test('2001 invalid policy, 2002 invalid rate card, 2003 no label service', () => {
      expectError(() => new rk.Policy({ name: 'x', window: { days: -1 } }), {
        code: 2001,
        kind: 'invalid_policy',
        field: 'policy.window.days',
      });
      expectError(() => new rk.Policy('name = "x"\n[window]\ndays = -1\n'), { code: 2001, field: 'policy.window.days' });
      const bad = JSON.parse(card);
      delete bad.dim_divisor;
      expectError(() => new rk.Policy(POLICY, { rateCards: [bad] }), { code: 2002, field: 'rate_cards[0].dim_divisor' });
      expectError(() => new rk.Policy(POLICY, { rateCards: [{ carrier: 5 }] }), {
        code: 1001,
        field: 'rate_cards[0].carrier',
      });
      const policy = new rk.Policy(POLICY, { rateCards: cards });
      expectError(
        () =>
          policy.labelQuote({
            origin: { country: 'JP', postal_code: '100-0001' },
            items: [{ line_id: 'a', quantity: 1, weight: { value: '1', unit: 'kg' } }],
          }),
        { code: 2003, kind: 'no_label_service', field: 'request.items' },
      );
    });

    test('1009, 3001 to 3003 and 4008: the return lifecycle refuses what it must', () => {
      const [submitted] = lifecycle(rk);
      const doc = submitted.document;
      const at = '2026-11-12T00:00:00Z';
      expectError(() => rk.rmaApply({ ...doc, schema_version: 3 }, { expected_version: 1, idempotency_key: 'a', actor: 'agent', at, action: 'close' }), {
        code: 1009,
        kind: 'unsupported_version',
        field: 'document.schema_version',
      });
      expectError(() => rk.rmaApply(doc, { expected_version: 1, idempotency_key: 'b', actor: 'agent', at, action: { approve: {} } }), {
        code: 3001,
        kind: 'invalid_transition',
        field: 'command.action',
      });
      expectError(() => rk.rmaApply(doc, { expected_version: 1, idempotency_key: 'c', actor: 'customer', at, action: { approve: {} } }), {
        code: 3002,
        kind: 'not_permitted',
        field: 'command.actor',
      });
      expectError(
        () => rk.rmaApply(doc, { expected_version: 7, idempotency_key: 'd', actor: 'agent', at, action: { cancel: {} } }),
        { code: 3003, kind: 'version_conflict', field: 'command.expected_version' },
      );
      const all = lifecycle(rk);
      const inspected = all[5].document;
      expectError(
        () =>
          rk.rmaApply(inspected, {
            expected_version: inspected.rma.version, idempotency_key: 'too-much', actor: 'system', at,
            action: { record_refund: { amount: '500.00', reference: 'psp' } },
          }),
        { code: 4008, kind: 'refund_exceeds_due', field: 'command.action.record_refund.amount' },
      );
    });

    test('9001: a panic becomes an internal error, and the next call runs on a fresh instance', () => {
      const policy = new rk.Policy(POLICY);
      const before = rk.__instanceGeneration();
      const e = expectError(() => rk.__debugPanic('deliberate'), {
        code: 9001,
        kind: 'internal',
        field: '',
        message: /^internal error: panicked at .*deliberate/s,
      });
      assert.ok(e.stack);
      assert.equal(rk.__instanceGeneration(), before + 1);
      // The instance is new; everything works, and the policy is compiled on it again.
      assert.equal(rk.refundQuote({ order, request }).totals.refund, '89.61');
      assert.equal(policy.decide({ order: ORDER, request: REQUEST, now: '2026-11-10T14:00:00Z' }).outcome, 'approve');
      for (let i = 0; i < 3; i++) assert.throws(() => rk.__debugPanic(`again ${i}`), { code: 9001 });
      assert.equal(rk.__instanceGeneration(), before + 4);
      assert.equal(rk.allocate({ amount: '1.00', currency: 'USD', weights: ['1', '1', '1'] }).join(), '0.34,0.33,0.33');
    });

    test('every stable code is listed in docs/errors.md with its kind', () => {
      const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
      const rows = [...doc.matchAll(/^\| (\d{4}) \| `(\w+)` \|/gm)].map((m) => ({ code: Number(m[1]), kind: m[2] }));
      assert.deepEqual(
        [...rk.errorCodes()].sort((a, b) => a.code - b.code),
        rows.sort((a, b) => a.code - b.code),
      );
    });

    after(() => {
      const missing = rk.errorCodes().filter((c) => !seen.has(c.code) && !UNREACHABLE.has(c.code));
      assert.deepEqual(missing, [], 'every reachable code was thrown through the package');
    });
  });
}

describe('errors outside a live instance', () => {
  test('the web build throws a ReturnKitError before init()', async () => {
    // A fresh copy of the web entry, not initialized.
    const rk = await import(`${join(pkg, 'web', 'index.js')}?uninitialized`);
    assert.throws(() => rk.version(), (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /init\(\)/.test(e.message));
    await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
    assert.match(rk.version(), /^\d/);
    await rk.init();
    // A module that can't load is a ReturnKitError too.
    const fresh = await import(`${join(pkg, 'web', 'index.js')}?broken`);
    await assert.rejects(fresh.init(new Uint8Array([0, 97, 115, 109, 9, 9])), (e) => e instanceof fresh.ReturnKitError && e.code === 9001 && /could not be loaded/.test(e.message));
    await fresh.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
    assert.match(fresh.version(), /^\d/);
  });

  test('the web build throws a ReturnKitError before initBackOffice(), and answers after it', async () => {
    const rk = await import(`${join(pkg, 'web', 'index.js')}?storefront-only`);
    await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
    const toml = 'name = "p"\n[window]\ndays = 30\n';
    const notLoaded = (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /back-office module is not initialized; await initBackOffice\(\) first/.test(e.message);
    assert.throws(() => rk.policyCheck(toml), notLoaded);
    assert.throws(() => new rk.Policy(toml), notLoaded);
    assert.throws(() => rk.rmaTick('{}', '2026-01-01T00:00:00Z', 'k'), notLoaded);
    // The storefront answers meanwhile.
    assert.equal(new rk.Policy('{"name": "p", "window": {"days": 30}}').explain().length > 0, true);
    await assert.rejects(rk.initBackOffice(new Uint8Array([0, 97, 115, 109, 9, 9])), (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /back-office module's WebAssembly module could not be loaded/.test(e.message));
    await rk.initBackOffice(readFileSync(join(pkg, 'web', 'returnkit_back_office_bg.wasm')));
    assert.deepEqual(rk.policyCheck(toml), { errors: [], ok: true });
    assert.deepEqual(new rk.Policy(toml).explain(), new rk.Policy('{"name": "p", "window": {"days": 30}}').explain());
  });

  test('the web build throws a ReturnKitError before initAnalytics(), and answers after it', async () => {
    const rk = await import(`${join(pkg, 'web', 'index.js')}?no-analytics`);
    await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
    await rk.initBackOffice(readFileSync(join(pkg, 'web', 'returnkit_back_office_bg.wasm')));
    const notLoaded = (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /analytics module is not initialized; await initAnalytics\(\) first/.test(e.message);
    const policy = new rk.Policy('{"name": "p", "window": {"days": 30}}');
    assert.throws(() => rk.reportJson('[]'), notLoaded);
    assert.throws(() => rk.simulate(policy, policy, ''), notLoaded);
    assert.throws(() => rk.simulateMergeJson('[]'), notLoaded);
    await assert.rejects(rk.initAnalytics(new Uint8Array([0, 97, 115, 109, 9, 9])), (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /analytics module's WebAssembly module could not be loaded/.test(e.message));
    await rk.initAnalytics(readFileSync(join(pkg, 'web', 'returnkit_analytics_bg.wasm')));
    assert.equal(rk.report([]).rmas, 0);
    assert.equal(rk.simulate(policy, policy, '').records, 0);
  });

  for (const target of TARGETS) {
    test(`${target}: simulate's errors name the argument`, async () => {
      const rk = await load(target);
      const policy = new rk.Policy('{"name": "p", "window": {"days": 30}}');
      const freed = new rk.Policy('{"name": "q", "window": {"days": 60}}');
      assert.equal(rk.simulate(policy, freed, '').records, 0);
      freed.free();
      assert.throws(() => rk.simulate(policy, freed, ''), { name: 'ReturnKitError', code: 1002, field: 'proposed' });
      assert.throws(() => rk.simulate('{"name": "p", "window": {"days": "x"}}', policy, ''), { code: 1001, field: 'policy.window.days' });
      assert.throws(() => rk.simulate(policy, policy, {}), { code: 1001, field: 'records' });
      assert.throws(() => rk.simulate(policy, policy, [1n]), { code: 1001, field: 'records[0]' });
      assert.throws(() => rk.simulate(policy, policy, '', { top: -1 }), { code: 1001, field: 'options.top' });
      assert.throws(() => rk.simulateMerge([]), { code: 1002, field: 'simulations' });
      // A record that can't be read is counted, with its line, not thrown.
      const sim = rk.simulate(policy, policy, ['{"order": 1}']);
      assert.equal(sim.errors, 1);
      assert.equal(sim.failed[0].error.field, 'records[0].order');
    });

    test(`${target}: a panic in analytics is a ReturnKitError, and only that module restarts`, async () => {
      const rk = await import(`${join(pkg, target, target === 'web' ? 'index.js' : 'index.mjs')}?analytics-panic`);
      if (target === 'web') {
        await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
        await rk.initAnalytics(readFileSync(join(pkg, 'web', 'returnkit_analytics_bg.wasm')));
      }
      const policy = new rk.Policy('{"name": "p", "window": {"days": 30}}');
      const before = JSON.stringify(rk.simulate(policy, policy, ''));
      assert.throws(
        () => rk.__debugPanic('analytics boom', 'analytics'),
        (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /analytics boom/.test(e.message),
      );
      assert.equal(rk.__instanceGeneration('analytics'), 1);
      assert.equal(rk.__instanceGeneration(), 0, 'the storefront instance is kept');
      // The policy is compiled again in the fresh instance.
      assert.equal(JSON.stringify(rk.simulate(policy, policy, '')), before);
      assert.ok(policy.explain().length > 0);
    });

    test(`${target}: a panic in the back office is a ReturnKitError, and only that module restarts`, async () => {
      const rk = await import(`${join(pkg, target, target === 'web' ? 'index.js' : 'index.mjs')}?back-office-panic`);
      if (target === 'web') {
        await rk.init(readFileSync(join(pkg, 'web', 'returnkit_wasm_bg.wasm')));
        await rk.initBackOffice(readFileSync(join(pkg, 'web', 'returnkit_back_office_bg.wasm')));
      }
      const policy = new rk.Policy('name = "p"\n[window]\ndays = 30\n');
      assert.throws(
        () => rk.__debugPanic('back-office boom', true),
        (e) => e instanceof rk.ReturnKitError && e.code === 9001 && /back-office boom/.test(e.message),
      );
      assert.equal(rk.__instanceGeneration(true), 1);
      assert.equal(rk.__instanceGeneration(), 0, 'the storefront instance is kept');
      assert.ok(policy.explain().length > 0);
      assert.deepEqual(rk.policyCheck('{"name": "p", "window": {"days": -1}}').errors.map((e) => e.field), ['policy.window.days']);
    });
  }

  test('the bundler build: answers, errors and a panic, through the WebAssembly ESM integration', () => {
    const run = spawnSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', join(here, 'bundler-check.mjs')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.refund, '89.61');
    assert.equal(report.error.isReturnKitError, true);
    assert.equal(report.error.code, 1004);
    assert.equal(report.error.field, 'request.lines[0].line_id');
    assert.equal(report.panic.isReturnKitError, true);
    assert.equal(report.panic.code, 9001);
    assert.match(report.panic.message, /bundler boom/);
    assert.equal(report.whileRestarting, 9001);
    assert.equal(report.generation, 1);
    assert.equal(report.refundAfter, '89.61');
    assert.equal(report.policyAfter, true);
    assert.equal(report.backOfficeBefore.code, 9001);
    assert.match(report.backOfficeBefore.message, /await initBackOffice\(\) first/);
    assert.deepEqual(report.backOfficeCheck, ['policy.window.days']);
    assert.equal(report.tomlPolicy, true);
    assert.equal(report.backOfficePanic.code, 9001);
    assert.match(report.backOfficePanic.message, /back-office boom/);
    assert.equal(report.backOfficeGeneration, 1);
    assert.equal(report.backOfficeAfter, true);
    assert.equal(report.analyticsBefore.code, 9001);
    assert.match(report.analyticsBefore.message, /await initAnalytics\(\) first/);
    assert.deepEqual(report.simulated, { records: 1, outcome: 1, moves: [{ from: 'deny', to: 'approve', records: 1 }] });
    assert.equal(report.analyticsPanic.code, 9001);
    assert.match(report.analyticsPanic.message, /analytics boom/);
    assert.equal(report.analyticsGeneration, 1);
    assert.deepEqual(report.simulatedAfter, report.simulated);
  });

  test('native and package errors agree byte for byte on the record', async () => {
    const rk = await load('nodejs');
    const input = JSON.stringify({ order, request: { lines: [{ line_id: 'nope', quantity: 1 }] } });
    const [want] = native([['quote', input]]);
    assert.throws(() => rk.refundQuoteJson(input), (e) => JSON.stringify(e) === want.err);
  });
});
