// The page both bundles share: decides one return of order 1042 (examples/data/order.json)
// under a 30-day policy and shows the decision, its deadline and the refund it offers.
import order from './order.json';

/** Shows the decision that `rk` (returnkit, its storefront module loaded) gives. */
export function show(rk, bundler) {
  document.getElementById('bundler').textContent = bundler;
  try {
    const policy = new rk.Policy({ name: '30-day returns', window: { days: 30, from: 'delivery' } });
    const decision = policy.decide({
      order,
      request: { lines: [{ line_id: 'l1', quantity: 1, reason: 'size_or_fit' }], resolution: 'original_payment' },
      now: '2026-10-20T12:00:00Z',
    });
    document.getElementById('version').textContent = rk.version();
    document.getElementById('decision').textContent = decision.outcome;
    document.getElementById('deadline').textContent = decision.lines[0].deadline;
    document.getElementById('refund').textContent = `${decision.resolutions[0].quote.totals.refund} ${order.currency}`;
  } catch (e) {
    const p = document.getElementById('error');
    p.hidden = false;
    p.textContent = String(e && e.message ? e.message : e);
  }
  document.body.dataset.ready = 'true';
}
