// Calls the installed declarations must refuse (package-test.sh runs `tsc` on it with app.mjs):
// each `@ts-expect-error` fails the check if its line compiles, as it would if the package's
// types were missing or `any`.
import { Policy, refundQuote, rmaSubmit, simulate, type Order } from 'returnkit';

declare const order: Order;

// @ts-expect-error money is a decimal string, not a number
refundQuote({ order, request: { lines: [{ line_id: 'l1', quantity: 1 }], fees: { label: 5.95 } } });

// @ts-expect-error not a resolution
refundQuote({ order, request: { lines: [{ line_id: 'l1', quantity: 1 }], resolution: 'cash_in_hand' } });

// @ts-expect-error a refund's total is text
const refund: number = refundQuote({ order, request: { lines: [] } }).totals.refund;

// @ts-expect-error not a command
rmaSubmit({ expected_version: 0, idempotency_key: 'k', actor: 'customer', at: '2026-10-20T12:00:05Z', action: { teleport: {} } });

// @ts-expect-error a policy's window is in days
new Policy({ name: 'p', window: { weeks: 4 } });

// @ts-expect-error how many changed records to keep is a number
simulate('{"name": "a"}', '{"name": "b"}', '', { top: '3' });

export { refund };
