// @ts-check
// A Node.js ES module that uses the installed returnkit package as its README shows: quotes a
// refund, decides a return under a policy, submits the RMA, and simulates a shorter window
// (the analytics module, loaded on that first call). `tsc` checks it against the
// installed package's declarations (tsconfig.json); package-test.sh runs it.
// The figures, from examples/data/order.json (order 1042, delivered 2026-10-06):
// - one Trail Runner (line l1): 89.00 less its share of the WELCOME10 order discount, 8.90,
//   is 80.10; CA tax 7.25% of it, 5.81; refund 85.91;
// - the sample request (examples/data/request.json): 89.61, as the CLI quotes it;
// - a 30-day window from delivery: returnable until 2026-11-05, so approved on 2026-10-20;
//   a 10-day window would have closed on 2026-10-16: denied, and its 85.91 not refunded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Policy, ReturnKitError, refundQuote, rmaSubmit, simulate, version } from 'returnkit';

/** @type {import('returnkit').Order} */
const order = JSON.parse(readFileSync(new URL('./order.json', import.meta.url), 'utf8'));
/** @type {import('returnkit').RefundRequest} */
const sample = JSON.parse(readFileSync(new URL('./request.json', import.meta.url), 'utf8'));

/** @type {import('returnkit').RefundRequest} */
const request = { lines: [{ line_id: 'l1', quantity: 1 }], resolution: 'original_payment' };
const quote = refundQuote({ order, request });
assert.equal(quote.totals.merchandise, '80.10');
assert.equal(quote.totals.tax, '5.81');
assert.equal(quote.totals.refund, '85.91');
assert.equal(refundQuote({ order, request: sample }).totals.refund, '89.61');

const policy = new Policy({ name: '30-day returns', window: { days: 30, from: 'delivery' } });
const decision = policy.decide({
  order,
  request: { lines: [{ line_id: 'l1', quantity: 1, reason: 'size_or_fit' }], resolution: 'original_payment' },
  now: new Date('2026-10-20T12:00:00Z'),
});
assert.equal(decision.outcome, 'approve');
assert.equal(decision.lines[0].deadline, '2026-11-05');
const offer = decision.resolutions.find((r) => r.resolution === 'original_payment');
assert.equal(offer?.quote?.totals.refund, '85.91');

const { document, events } = rmaSubmit({
  expected_version: 0,
  idempotency_key: 'portal-1042-1',
  actor: 'customer',
  at: '2026-10-20T12:00:05Z',
  action: { submit: { rma_id: 'rma-1042-1', sequence: 1, order, decision, resolution: 'original_payment' } },
});
assert.equal(document.rma.version, 1);
assert.equal(document.rma.authorization, 'approved');
assert.equal(document.rma.number, 'RMA-000-001-1');
assert.equal(document.rma.ship_by, '2026-11-05');
assert.equal(events.length, 1);
const event = events[0].event;
assert.ok(typeof event === 'object' && 'submitted' in event);

// Bad input: a typed error that names the field at fault.
assert.throws(
  () => refundQuote({ order, request: { lines: [{ line_id: 'l1', quantity: 5 }] } }),
  (/** @type {unknown} */ e) =>
    e instanceof ReturnKitError && e.kind === 'quantity_exceeded' && e.field === 'request.lines[0].quantity',
);

// Policy what-if: the same return under a 10-day window.
const whatIf = simulate(policy, { name: '10-day returns', window: { days: 10, from: 'delivery' } }, [
  {
    id: 'return-1042',
    order,
    request: { lines: [{ line_id: 'l1', quantity: 1, reason: 'size_or_fit' }], resolution: 'original_payment' },
    now: '2026-10-20T12:00:00Z',
  },
]);
assert.deepEqual(whatIf.changed.moves, [{ from: 'approve', to: 'deny', records: 1 }]);
assert.equal(whatIf.delta.money[0]?.refund, '-85.91');
assert.equal(whatIf.top[0]?.id, 'return-1042');

const installed = JSON.parse(readFileSync(new URL('./node_modules/returnkit/package.json', import.meta.url), 'utf8'));
assert.equal(version(), installed.version);
console.log(
  `returnkit ${version()}: refund ${quote.totals.refund}, decision ${decision.outcome}, ${document.rma.number} ${document.rma.authorization}, ` +
    `10-day what-if ${whatIf.changed.moves.map((m) => `${m.from} -> ${m.to}`).join(', ')}`,
);
