// The whole API, type-checked by `tsc --noEmit` against the generated declarations
// (pkg/index.d.ts and pkg/types.d.ts). Not run: test/*.test.mjs run the same calls.
import {
  init,
  initBackOffice,
  initAnalytics,
  ready,
  Policy,
  ReturnKitError,
  refundQuote,
  refundQuoteJson,
  allocate,
  allocateJson,
  allocateMinor,
  policyCheck,
  rmaSubmit,
  rmaSubmitJson,
  rmaApply,
  rmaApplyJson,
  rmaTick,
  rmaTickJson,
  report,
  reportJson,
  reportMerge,
  reportMergeJson,
  simulate,
  simulateJson,
  simulateMerge,
  simulateMergeJson,
  errorCodes,
  version,
} from 'returnkit';
import type {
  Command,
  Decimal,
  Decision,
  ErrorCode,
  ErrorRecord,
  JsonLd,
  LabelQuote,
  LabelRequest,
  LineDecision,
  Order,
  PolicyCheck,
  PolicyDocument,
  RateCard,
  RefundQuote,
  RefundRequest,
  ReturnRequest,
  RmaDocument,
  RmaOutcome,
  ReturnsReport,
  DecisionRecord,
  Simulation,
  SimulateOptions,
  TimelineEntry,
} from 'returnkit';

export async function everything(cards: RateCard[]): Promise<string[]> {
  await init();
  await init(new URL('https://shop.example/returnkit_wasm_bg.wasm'));
  await ready();
  await initBackOffice();
  await initBackOffice(new URL('https://shop.example/returnkit_back_office_bg.wasm'));
  await initAnalytics();
  await initAnalytics(new URL('https://shop.example/returnkit_analytics_bg.wasm'));
  const seen: string[] = [version()];

  const order: Order = {
    id: '1042',
    currency: 'EUR',
    prices_include_tax: true,
    placed_at: '2026-03-02T09:15:00Z',
    lines: [
      { id: 'jacket', quantity: 1, unit_price: '119.00', delivered_at: '2026-03-05T14:00:00Z',
        tax_lines: [{ title: 'VAT', rate: '0.19', amount: '19.00' }], weight: { value: '1.2', unit: 'kg' } },
    ],
    tenders: [{ id: 'card', kind: 'card', amount: '119.00' }],
  };
  const request: RefundRequest = {
    lines: [{ line_id: 'jacket', quantity: 1, condition: 'like_new' }],
    fees: { restocking: { type: 'percent', percent: '10' }, label: '4.95' },
    resolution: 'store_credit',
    bonus: { type: 'percent', percent: '10' },
  };
  const quote: RefundQuote = refundQuote({ order, request });
  const refund: Decimal = quote.totals.refund;
  const refundText: string = refund; // money is a decimal string
  const bonus: string | undefined = quote.store_credit?.bonus;
  seen.push(refundText, bonus ?? '', refundQuoteJson(JSON.stringify({ order, request })));

  const doc: PolicyDocument = {
    name: 'Example shop',
    currency: 'EUR',
    timezone: 'Europe/Berlin',
    jurisdiction: 'eu',
    window: { days: 30 },
    resolutions: ['original_payment', 'store_credit'],
    fees: { restocking: { type: 'percent', percent: 10 }, label_fee: '4.95' },
    label: { remorse: 'customer', merchant_fault: 'merchant' },
  };
  const check: PolicyCheck = policyCheck(doc);
  const tomlCheck: PolicyCheck = policyCheck('name = "x"\n[window]\ndays = 30\n', 'toml');
  seen.push(String(check.ok), String(tomlCheck.errors.length));

  const policy = new Policy(doc, { rateCards: cards });
  const fromToml = new Policy('name = "x"\n[window]\ndays = 30\n', { format: 'toml', rateCards: JSON.stringify(cards) });
  const ask: ReturnRequest = { lines: [{ line_id: 'jacket', quantity: 1, reason: 'size_or_fit' }], resolution: 'store_credit' };
  const decision: Decision = policy.decide({ order, request: ask, now: new Date() });
  const again: Decision = JSON.parse(policy.decideJson(JSON.stringify({ order, request: ask, now: '2026-03-12T10:00:00Z' })));
  const line: LineDecision | undefined = decision.lines[0];
  const deadline: string | null | undefined = line?.deadline;
  const preview: RefundQuote | null = policy.refundQuote({ order, request: ask, now: '2026-03-12T10:00:00Z' });
  const payer: 'merchant' | 'customer' | 'customer_arranged' | null | undefined = decision.label_payer;
  seen.push(deadline ?? 'unlimited', preview?.totals.refund ?? 'none', payer ?? 'none', again.outcome);

  const labelRequest: LabelRequest = {
    origin: { country: 'DE', postal_code: '10115' },
    items: [{ line_id: 'jacket', quantity: 1, weight: { value: '1.2', unit: 'kg' } }],
    constraints: { billing: ['prepaid', 'pay_on_use'], formats: ['qr_code'] },
  };
  const label: LabelQuote = policy.labelQuote(labelRequest);
  seen.push(label.chosen.cost, label.chosen.billing, policy.labelQuoteJson(JSON.stringify(labelRequest)));
  const summary: string = policy.explain();
  const ld: JsonLd = fromToml.jsonLd();
  seen.push(summary, ld['@type']);

  const shares: string[] = allocate({ amount: '100.00', currency: 'USD', weights: ['1', '1', '1'] });
  const fast: number[] = allocateMinor(10000, [1, 1, 1]);
  const fast2: Float64Array = allocateMinor(10000, new Float64Array([1, 2]), new Float64Array(2));
  seen.push(...shares, String(fast[0]), String(fast2.length), allocateJson('{"amount":"1","currency":"JPY","weights":["1"]}'));

  const submit: Command = {
    expected_version: 0,
    idempotency_key: 'portal-1042-1',
    actor: 'customer',
    at: '2026-03-12T10:00:05Z',
    action: {
      submit: {
        rma_id: 'rma-1042-1',
        sequence: 1,
        order,
        decision,
        resolution: 'store_credit',
        timezone: 'Europe/Berlin',
      },
    },
  };
  const opened: RmaOutcome = rmaSubmit(submit);
  const stored: RmaDocument = opened.document;
  const timeline: TimelineEntry[] = stored.status.timeline;
  const next: RmaOutcome = rmaApply(stored, {
    expected_version: stored.rma.version,
    idempotency_key: 'label-1',
    actor: 'system',
    at: '2026-03-12T10:00:10Z',
    action: { issue_label: { parcel_id: 'p1', carrier: 'DHL', tracking: '00340434' } },
  });
  // A command takes what the engine would default (`rejected` here), unlike an event.
  const inspect: Command = {
    expected_version: next.document.rma.version,
    idempotency_key: 'inspect-1',
    actor: 'agent',
    at: '2026-03-20T10:00:00Z',
    action: { inspect_items: { lines: [{ line_id: 'l1', condition: 'new', disposition: 'restock', accepted: 1 }] } },
  };
  // An order in an answer has every field the engine writes, such as what each tender has
  // had refunded already.
  const first = stored.events[0].event;
  if (typeof first === 'object' && 'submitted' in first) {
    const refunded: string = first.submitted.order.tenders[0].refunded;
    seen.push(refunded);
  }
  if (typeof inspect.action === 'object' && 'inspect_items' in inspect.action) {
    seen.push(inspect.action.inspect_items.lines[0].line_id);
  }
  const ticked: RmaOutcome = rmaTick(next.document, new Date(), 'tick-1');
  const tickedText: string = rmaTickJson(JSON.stringify(next.document), '2026-04-01T00:00:00Z', 'tick-2');
  const appliedText: string = rmaApplyJson(JSON.stringify(stored), JSON.stringify({ ...submit, action: { cancel: { reason: 'x' } } }));
  seen.push(stored.rma.number, String(timeline.length), ticked.document.status.status, tickedText, appliedText,
    rmaSubmitJson(JSON.stringify(submit)));

  const codes: readonly ErrorCode[] = errorCodes();
  seen.push(String(codes.length));
  try {
    new Policy('{');
  } catch (e) {
    if (e instanceof ReturnKitError) {
      const code: number = e.code;
      const field: string = e.field;
      const kind: string = e.kind;
      const record: ErrorRecord = e.toJSON();
      seen.push(String(code), field, kind, record.message, e.message);
    }
  }
  policy.free();
  fromToml.free();
  return seen;
}

// The declarations are strict: these must not compile.
export function rejected(order: Order, policy: Policy): void {
  // @ts-expect-error money is a decimal string, never a number
  const bad: Order = { ...order, lines: [{ id: 'a', quantity: 1, unit_price: 10 }] };
  // @ts-expect-error a resolution is one of the three
  const r: RefundRequest = { resolution: 'cash' };
  // @ts-expect-error a decision needs `now`
  policy.decide({ order, request: { lines: [] } });
  // @ts-expect-error the commands have a closed set of actions
  const c: Command = { expected_version: 0, idempotency_key: 'k', actor: 'customer', at: 'x', action: { teleport: {} } };
  // @ts-expect-error refund amounts are strings
  const n: number = refundQuote({ order, request: {} }).totals.refund;
  void [bad, r, c, n];
}

// The returns report and its merge (back office).
declare const reportDocuments: string;
declare const someDocument: RmaDocument;
const returns: ReturnsReport = report(reportDocuments, [{ id: '1', currency: 'EUR', lines: [] }]);
const ofObjects: ReturnsReport = report([someDocument, { document: someDocument }]);
const rate: string | null = returns.by_reason['size_or_fit']?.return_rate ?? null;
const p50: number | null = returns.cycle_times.requested_to_refunded.percentiles_minutes.p50;
const merged: ReturnsReport = reportMerge([returns, JSON.stringify(returns)]);
const mergedText: string = reportMergeJson(`[${reportJson(reportDocuments)}]`);
void [rate, p50, merged, mergedText, ofObjects];

// Policy what-if and its merge (analytics).
declare const current: Policy;
declare const history: string;
declare const someOrder: Order;
const records: DecisionRecord[] = [{ id: 'r1', order: someOrder, request: { lines: [] }, now: '2026-10-20T18:00:00Z' }];
const options: SimulateOptions = { names: ['30 days', '60 days'], top: 5 };
const whatIf: Simulation = simulate(current, '{"name": "60", "window": {"days": 60}}', history, options);
const fromObjects: Simulation = simulate(current, { name: '60', window: { days: 60 } }, [...records, '{}']);
const approvedMore: number = whatIf.delta.outcomes.approve;
const refundDelta: Decimal | undefined = whatIf.delta.money[0]?.refund;
const moved: string[] = whatIf.changed.moves.map((m) => `${m.from} -> ${m.to}`);
const topIds: unknown[] = whatIf.top.map((c) => c.id);
const failedFields: string[] = whatIf.failed.map((f) => f.error.field);
const both: Simulation = simulateMerge([whatIf, JSON.stringify(fromObjects)]);
const bothText: string = simulateMergeJson(`[${simulateJson(current, current, history, '{"top": 3}')}]`);
void [approvedMore, refundDelta, moved, topIds, failedFields, both, bothText];

export function rejectedSimulations(policy: Policy): void {
  // @ts-expect-error a simulation names two policies
  simulate(policy, policy, '', { names: ['only one'] });
  // @ts-expect-error records are JSON Lines text or records
  simulate(policy, policy, 42);
  // @ts-expect-error money in a simulation is a decimal string
  const refund: number = simulate(policy, policy, '').current.money[0]!.refund;
  void refund;
}
