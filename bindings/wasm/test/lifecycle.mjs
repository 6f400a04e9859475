// The return lifecycle of crates/returnkit/examples/rma-lifecycle/main.rs, through the package:
// a 3-line return decided, submitted, shipped, partly received, inspected, refunded and closed.
export const ORDER = {
  id: '2001', currency: 'USD', placed_at: '2026-11-02T10:00:00Z',
  lines: [
    { id: 'A', title: 'Rain jacket', quantity: 1, unit_price: '100.00',
      tax_lines: [{ rate: '0.08', amount: '8.00' }], delivered_at: '2026-11-05T15:00:00Z' },
    { id: 'B', title: 'Linen shirt', quantity: 2, unit_price: '25.00',
      tax_lines: [{ rate: '0.08', amount: '4.00' }], delivered_at: '2026-11-05T15:00:00Z' },
    { id: 'C', title: 'Leather belt', quantity: 1, unit_price: '30.00',
      tax_lines: [{ rate: '0.08', amount: '2.40' }], delivered_at: '2026-11-05T15:00:00Z' },
  ],
  tenders: [
    { id: 'gift-77', kind: 'gift_card', amount: '50.00' },
    { id: 'card-1', kind: 'card', amount: '144.40' },
  ],
};

export const POLICY = {
  name: '30-day returns', timezone: 'America/New_York',
  window: { days: 30, from: 'delivery' },
  inspection: [{ condition: 'used', percent: 20 }],
};

export const REQUEST = {
  lines: [
    { line_id: 'A', quantity: 1, reason: 'size_or_fit' },
    { line_id: 'B', quantity: 2, reason: 'changed_mind' },
    { line_id: 'C', quantity: 1, reason: 'defective' },
  ],
  resolution: 'original_payment',
};

/** Runs the lifecycle; returns every outcome, the last one's document at the end. */
export function lifecycle(rk) {
  const policy = new rk.Policy(POLICY);
  const decision = policy.decide({ order: ORDER, request: REQUEST, now: new Date('2026-11-10T14:00:00Z') });
  const outcomes = [];
  let out = rk.rmaSubmit({
    expected_version: 0, idempotency_key: 'portal-2001-1', actor: 'customer', at: '2026-11-10T14:00:05Z',
    action: {
      submit: {
        rma_id: 'rma-2001-1', sequence: 330, order: ORDER, decision,
        resolution: 'original_payment', timezone: 'America/New_York',
      },
    },
  });
  outcomes.push(out);
  const step = (key, actor, at, action) => {
    out = rk.rmaApply(out.document, {
      expected_version: out.document.rma.version, idempotency_key: key, actor, at, action,
    });
    outcomes.push(out);
  };
  step('label-1', 'system', '2026-11-10T14:00:10Z',
    { issue_label: { parcel_id: 'p1', carrier: 'Sample Parcel Co.', tracking: '1Z999' } });
  step('scan-1', 'carrier', '2026-11-11T09:00:00Z', { record_carrier_scan: { parcel_id: 'p1', scan: 'in_transit' } });
  step('scan-2', 'carrier', '2026-11-13T16:00:00Z', { record_carrier_scan: { parcel_id: 'p1', scan: 'delivered' } });
  step('wh-receive-1', 'warehouse', '2026-11-14T10:00:00Z', {
    receive_items: {
      parcel_id: 'p1',
      lines: [{ line_id: 'A', quantity: 1 }, { line_id: 'B', quantity: 1 }, { line_id: 'C', quantity: 1 }],
    },
  });
  step('wh-inspect-1', 'warehouse', '2026-11-14T11:00:00Z', {
    inspect_items: {
      lines: [
        { line_id: 'A', accepted: 1, rejected: 0, condition: 'like_new', disposition: 'restock' },
        { line_id: 'B', accepted: 1, rejected: 0, condition: 'used', disposition: 'resell_as_used' },
        { line_id: 'C', accepted: 0, rejected: 1, condition: 'damaged', disposition: 'return_to_customer' },
      ],
    },
  });
  step('refund-0', 'system', '2026-11-14T12:00:00Z', { record_refund: { amount: '50.00', reference: 'psp-gift-77', tender_id: 'gift-77' } });
  step('refund-1', 'system', '2026-11-14T12:00:00Z', { record_refund: { amount: '80.00', reference: 'psp-card-1', tender_id: 'card-1' } });
  step('close-1', 'agent', '2026-11-15T09:00:00Z', 'close');
  policy.free();
  return outcomes;
}
