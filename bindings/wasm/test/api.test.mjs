// The whole API through the built package (nodejs and web builds): policies from JSON and
// TOML with rate cards, decisions, refund previews, labels, explanations, allocation, and the
// return lifecycle from submission to close, compared with Rust's answers.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, load, native, root, readJson, pkg } from './helpers.mjs';
import { lifecycle, ORDER, POLICY, REQUEST } from './lifecycle.mjs';

const rates = ['us-ground', 'eu-retoure'].map((n) => readJson(join(root, `examples/rates/${n}.json`)));
const policies = readdirSync(join(root, 'examples/policies'))
  .sort()
  .map((f) => [f, readFileSync(join(root, 'examples/policies', f), 'utf8')]);

// Native answers for the example policies' explanations, from JSON and TOML text.
const explained = native(
  policies.flatMap(([f, text]) => {
    const format = f.endsWith('.toml') ? 'toml' : 'json';
    return [
      ['explain', text, format, '', 'false'],
      ['explain', text, format, '', 'true'],
    ];
  }),
);

for (const target of TARGETS) {
  describe(`api (${target})`, () => {
    let rk;
    before(async () => {
      rk = await load(target);
    });

    test('a locale is English until its catalog is added, then every module writes in it', () => {
      const policy = new rk.Policy('{"name": "30 days", "window": {"days": 30}}');
      const input = {
        order: ORDER,
        request: { ...REQUEST, locale: 'de-AT' },
        now: '2027-06-01T12:00:00Z',
      };
      const before = policy.decide(input);
      assert.equal(before.locale, 'en');
      assert.equal(before.lines[0].reasons[0].message.startsWith('The return window for this item closed on '), true);
      const german = readFileSync(join(pkg, 'locales', 'de.txt'), 'utf8');
      assert.equal(rk.addCatalog('de', german), true);
      assert.equal(rk.addCatalog('de', german), false, 'added once');
      const after = policy.decide(input);
      assert.equal(after.locale, 'de');
      assert.match(after.lines[0].reasons[0].message, /^Die Rückgabefrist für diesen Artikel ist am \d\d\.\d\d\.\d{4} abgelaufen\.$/);
      assert.throws(() => rk.addCatalog('it', german), (e) => e instanceof rk.ReturnKitError && e.field === 'locale');
      assert.throws(() => rk.addCatalog('fr', '{"messages": 1}'), (e) => e.code === 1002 && e.field === 'catalog');
      assert.equal(rk.policyCheck('{"name": "x", "window": {"days": 30}}').ok, true, 'the instance works on');
      // The back office (RMA commands) writes the status in the locale set at submission.
      const doc = readFileSync(join(root, 'tests/fixtures/rma/locale/locale-de-refund-pending.document.json'), 'utf8');
      const command = readFileSync(join(root, 'tests/fixtures/rma/locale/locale-de-refund-pending.command.json'), 'utf8');
      assert.equal(rk.rmaApply(doc, command).document.status.message, 'Ihre Erstattung wurde veranlasst.');
      policy.free();
    });

    test('policy what-if over the example history, as Rust gives it', () => {
      const history = readFileSync(join(root, 'examples/simulate/history.jsonl'), 'utf8');
      const [, current] = policies.find(([f]) => f === 'current-30-days.toml');
      const [, proposed] = policies.find(([f]) => f === 'proposed-60-days.toml');
      const options = '{"names": ["30 days", "60 days"], "top": 5}';
      const [want] = native([['simulate', current, 'toml', proposed, 'toml', history, options]]);
      const a = new rk.Policy(current);
      const b = new rk.Policy(proposed);
      assert.equal(rk.simulateJson(a, b, history, options), want.ok);
      // Compiled in the analytics module once, then reused: the same answer again.
      assert.equal(rk.simulateJson(a, b, history, options), want.ok);
      const sim = rk.simulate(a, b, history, { names: ['30 days', '60 days'], top: 5 });
      assert.deepEqual(sim, JSON.parse(want.ok));
      assert.equal(sim.records, 40);
      assert.deepEqual(sim.policies, ['30 days', '60 days']);
      assert.equal(sim.top.length, 5);
      // Four shards in any order merge to the single pass.
      const lines = history.trimEnd().split('\n');
      const shards = [0, 10, 20, 30].map((k) => rk.simulateJson(a, b, lines.slice(k, k + 10).join('\n'), options));
      assert.equal(rk.simulateMergeJson(`[${shards.reverse().join(',')}]`), want.ok);
      a.free();
      b.free();
    });

    test('version and error codes', () => {
      assert.match(rk.version(), /^\d+\.\d+\.\d+/);
      const codes = rk.errorCodes();
      assert.ok(codes.length >= 24);
      assert.deepEqual(codes[0], { code: 1001, kind: 'parse' });
      assert.ok(codes.some((c) => c.code === 9001 && c.kind === 'internal'));
    });

    test('every example policy compiles from its JSON or TOML text and explains itself as Rust does', () => {
      policies.forEach(([f, text], i) => {
        const policy = new rk.Policy(text);
        assert.equal(JSON.stringify(policy.explain()), explained[2 * i].ok, f);
        assert.equal(JSON.stringify(policy.jsonLd()), explained[2 * i + 1].ok, f);
        assert.equal(policy.jsonLd()['@type'], 'MerchantReturnPolicy');
        assert.equal(rk.policyCheck(text).ok, true, f);
        policy.free();
      });
    });

    test('the TOML format can be named, and a policy can be an object', () => {
      const toml = policies.find(([f]) => f.endsWith('.toml'));
      const a = new rk.Policy(toml[1], { format: 'toml' });
      assert.equal(typeof a.explain(), 'string');
      const b = new rk.Policy(POLICY);
      assert.match(b.explain(), /30 days/);
    });

    test('a decision, and the refund preview of the resolution asked for', () => {
      const policy = new rk.Policy(POLICY);
      const input = { order: ORDER, request: REQUEST, now: '2026-11-10T14:00:00Z' };
      const d = policy.decide(input);
      assert.equal(d.outcome, 'approve');
      assert.deepEqual(d.lines.map((l) => [l.line_id, l.eligible_quantity, l.deadline]), [
        ['A', 1, '2026-12-05'],
        ['B', 2, '2026-12-05'],
        ['C', 1, '2026-12-05'],
      ]);
      const q = policy.refundQuote(input);
      assert.equal(q.resolution, 'original_payment');
      assert.deepEqual(q, d.resolutions.find((o) => o.resolution === 'original_payment').quote);
      // A Date for `now` gives the same decision as its RFC 3339 text.
      assert.deepEqual(policy.decide({ ...input, now: new Date('2026-11-10T14:00:00Z') }), d);
      // Nothing returnable: no preview.
      const late = { ...input, now: '2027-03-01T00:00:00Z' };
      assert.equal(policy.decide(late).outcome, 'deny');
      assert.equal(policy.refundQuote(late), null);
      // A resolution not on offer: no preview.
      const cardOnly = new rk.Policy({ ...POLICY, resolutions: ['original_payment'] });
      assert.equal(cardOnly.refundQuote({ ...input, request: { ...REQUEST, resolution: 'store_credit' } }), null);
      assert.equal(policy.refundQuote({ ...input, request: { ...REQUEST, resolution: 'store_credit' } }).resolution, 'store_credit');
    });

    test('the refund preview that answers the request is the core\'s pick', () => {
      // The customer asks for store credit; original payment is offered first. Before, this
      // package picked the offer itself: from JSON text it took the first offer whatever was
      // asked, and for `resolution: null` it answered null; the PHP package took the first
      // offer whatever the request asked. Now both forward to the core's pick
      // (wire::refund_preview here, wire::decision_offer in PHP).
      const f = readJson(join(root, 'tests/fixtures/decide/cond-requested-resolution.json'));
      const policy = new rk.Policy(f.policy);
      const input = { order: f.order, request: f.request, now: f.now };
      const d = policy.decide(input);
      assert.equal(d.schema_version, 1);
      assert.equal(d.requested_resolution, 'store_credit');
      assert.deepEqual(d.resolutions.map((o) => o.resolution), ['original_payment', 'store_credit', 'exchange']);
      const [core] = native([['refund_quote', JSON.stringify(f.policy), 'json', '', JSON.stringify(input)]]);
      assert.equal(JSON.stringify(policy.refundQuote(input)), core.ok, 'the core\'s answer, byte for byte');
      assert.equal(policy.refundQuoteJson(JSON.stringify(input)), core.ok, 'refundQuoteJson gives Rust\'s text');
      assert.deepEqual(policy.refundQuote(input), d.resolutions[1].quote);
      assert.deepEqual(policy.refundQuote(JSON.stringify(input)), d.resolutions[1].quote);
      // A request that asks nothing, in either form: the first offer.
      const unasked = { ...input, request: { ...f.request, resolution: null } };
      assert.deepEqual(policy.refundQuote(unasked), d.resolutions[0].quote);
      assert.deepEqual(policy.refundQuote(JSON.stringify(unasked)), d.resolutions[0].quote);
    });

    test('a label quote with the policy rate cards, prepaid and pay-on-use', () => {
      const policy = new rk.Policy(POLICY, { rateCards: rates });
      const q = policy.labelQuote({
        origin: { country: 'US', postal_code: '94105' },
        items: [{ line_id: 'A', quantity: 1, weight: { value: '0.5', unit: 'lb' } }],
      });
      // 0.5 lb bills as 1 lb in zone 1: 7.50 + 0.60 = 8.10, fuel 12.5% = 1.01: 9.11.
      assert.equal(q.chosen.cost, '9.11');
      assert.equal(q.chosen.currency, 'USD');
      const eu = new rk.Policy(POLICY, { rateCards: JSON.stringify(rates) }).labelQuote({
        origin: { country: 'AT', postal_code: '1010' },
        items: [
          { line_id: 'a', quantity: 1, weight: { value: '2', unit: 'kg' },
            dimensions: { length: '40', width: '30', height: '20', unit: 'cm' } },
        ],
        expected_use_rate: '0.6',
      });
      assert.equal(eu.chosen.billing, 'pay_on_use');
      assert.equal(eu.chosen.format, 'qr_code');
      assert.equal(eu.chosen.expected_cost, '9.44');
    });

    test('allocation: the string API and the fast typed-array API agree', () => {
      assert.deepEqual(rk.allocate({ amount: '100.00', currency: 'USD', weights: ['1', '1', '1'] }), [
        '33.34',
        '33.33',
        '33.33',
      ]);
      assert.equal(rk.allocateJson('{"amount": "10", "currency": "JPY", "weights": ["1", "2"]}'), '["3","7"]');
      assert.deepEqual([...rk.allocateMinor(10000, [1, 1, 1])], [3334, 3333, 3333]);
      assert.deepEqual(rk.allocateMinor(10000, new Float64Array([1, 1, 1])), [3334, 3333, 3333]);
      const out = new Float64Array(3);
      assert.equal(rk.allocateMinor(10000, [1, 2, 3], out), out);
      assert.deepEqual([...out], [1667, 3333, 5000]);
      // More weights than the fast path takes, and an out array, through the core.
      const many = Array.from({ length: 100 }, () => 1);
      assert.deepEqual(rk.allocateMinor(150, many), [...Array(50).fill(2), ...Array(50).fill(1)]);
      const outMany = new Float64Array(100);
      rk.allocateMinor(150, many, outMany);
      assert.equal(outMany[0], 2);
      assert.equal(outMany[99], 1);
      assert.deepEqual([...rk.allocateMinor(-5, [1, 1])], [-3, -2]);
      for (let n = 1; n <= 12; n++) {
        const weights = Array.from({ length: n }, (_, i) => i + 1);
        const fast = [...rk.allocateMinor(1234567, weights)].map((m) => (m / 100).toFixed(2));
        const slow = rk.allocate({ amount: '12345.67', currency: 'USD', weights: weights.map(String) });
        assert.deepEqual(fast, slow, `${n} weights`);
      }
    });

    test('the return lifecycle: submit to close, as the Rust example and its stored sample', () => {
      const outcomes = lifecycle(rk);
      const last = outcomes[outcomes.length - 1];
      assert.deepEqual(last.document, readJson(join(root, 'tests/fixtures/rma/v2-sample.json')));
      assert.equal(outcomes[0].document.rma.number, 'RMA-000-0AA-$');
      assert.deepEqual(
        last.document.status.timeline.map((t) => t.status),
        ['approved', 'label_ready', 'on_its_way', 'received', 'refund_issued', 'completed'],
      );
      assert.equal(last.document.rma.refund_due, '130.00');
      // A repeated command changes nothing and gives the events it made the first time.
      const again = rk.rmaApply(last.document, {
        expected_version: 1, idempotency_key: 'close-1', actor: 'agent', at: '2026-11-16T09:00:00Z', action: 'close',
      });
      assert.deepEqual(again.events, last.events);
      assert.equal(again.document.rma.version, last.document.rma.version);
      // The JSON text API gives Rust's bytes.
      const doc = JSON.stringify(outcomes[1].document);
      const cmd = JSON.stringify({
        expected_version: 2, idempotency_key: 'scan-1', actor: 'carrier', at: '2026-11-11T09:00:00Z',
        action: { record_carrier_scan: { parcel_id: 'p1', scan: 'in_transit' } },
      });
      const [want] = native([['rma_apply', doc, cmd]]);
      assert.equal(rk.rmaApplyJson(doc, cmd), want.ok);
    });

    test('time passes: an approval not shipped in time expires', () => {
      const [submitted] = lifecycle(rk);
      const ticked = rk.rmaTick(submitted.document, new Date('2027-01-10T00:00:00Z'), 'tick-2027-01-10');
      assert.equal(ticked.document.status.status, 'expired');
      assert.deepEqual(ticked.events.map((e) => e.event), ['expired']);
      const text = JSON.stringify(submitted.document);
      const [want] = native([['rma_tick', text, '2027-01-10T00:00:00Z', 'tick-2027-01-10']]);
      assert.equal(rk.rmaTickJson(text, '2027-01-10T00:00:00Z', 'tick-2027-01-10'), want.ok);
    });
  });
}
