// The page every bundle shares: decides one return of order 1042 (examples/data/order.json)
// under a 30-day policy and shows the decision, its deadline and the refund it offers. Its
// "Simulate" button loads the analytics module (`loadAnalytics`, as each bundler's entry
// gives it) and shows what a 10-day window would change for that return.
import order from './order.json';

function fail(e) {
  const p = document.getElementById('error');
  p.hidden = false;
  p.textContent = String(e && e.message ? e.message : e);
}

/** Shows the decision that `rk` (returnkit, its storefront module loaded) gives. */
export function show(rk, bundler, loadAnalytics) {
  document.getElementById('bundler').textContent = bundler;
  const input = {
    order,
    request: { lines: [{ line_id: 'l1', quantity: 1, reason: 'size_or_fit' }], resolution: 'original_payment' },
    now: '2026-10-20T12:00:00Z',
  };
  try {
    const policy = new rk.Policy({ name: '30-day returns', window: { days: 30, from: 'delivery' } });
    document.getElementById('what-if').addEventListener('click', async () => {
      try {
        await loadAnalytics();
        const sim = rk.simulate(policy, { name: '10-day returns', window: { days: 10, from: 'delivery' } }, [{ id: 'return-1042', ...input }]);
        document.getElementById('moves').textContent = sim.changed.moves.map((m) => `${m.from} → ${m.to}: ${m.records}`).join(', ');
        document.getElementById('refund-delta').textContent = `${sim.delta.money[0].refund} ${order.currency}`;
      } catch (e) {
        fail(e);
      }
      document.body.dataset.simulated = 'true';
    });
    const decision = policy.decide(input);
    document.getElementById('version').textContent = rk.version();
    document.getElementById('decision').textContent = decision.outcome;
    document.getElementById('deadline').textContent = decision.lines[0].deadline;
    document.getElementById('refund').textContent = `${decision.resolutions[0].quote.totals.refund} ${order.currency}`;
  } catch (e) {
    fail(e);
  }
  document.body.dataset.ready = 'true';
}
