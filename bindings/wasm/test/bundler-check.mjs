// Run by errors.test.mjs in a child `node --experimental-wasm-modules`: the bundler build
// loaded through the WebAssembly ESM integration, as a bundler would load it. Prints a JSON
// report. fetch() is given file: URLs, as a browser fetches the wasm file next to the module.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const webFetch = globalThis.fetch;
globalThis.fetch = async (url) =>
  String(url).startsWith('file:')
    ? new Response(readFileSync(fileURLToPath(url)), { headers: { 'Content-Type': 'application/wasm' } })
    : webFetch(url);

const rk = await import(new URL('../pkg/bundler/index.js', import.meta.url));
const report = {};
const order = JSON.parse(readFileSync(new URL('../../../examples/data/order.json', import.meta.url), 'utf8'));
const request = JSON.parse(readFileSync(new URL('../../../examples/data/request.json', import.meta.url), 'utf8'));
report.refund = rk.refundQuote({ order, request }).totals.refund;
const policy = new rk.Policy('{"name": "p", "window": {"days": 30}}');
try {
  rk.refundQuote({ order, request: { lines: [{ line_id: 'x', quantity: 1 }] } });
} catch (e) {
  report.error = { isReturnKitError: e instanceof rk.ReturnKitError, ...e.toJSON() };
}
try {
  rk.__debugPanic('bundler boom');
} catch (e) {
  report.panic = { isReturnKitError: e instanceof rk.ReturnKitError, code: e.code, message: e.message };
}
try {
  rk.version();
} catch (e) {
  report.whileRestarting = e.code;
}
await rk.ready();
report.generation = rk.__instanceGeneration();
report.refundAfter = rk.refundQuote({ order, request }).totals.refund;
report.policyAfter = policy.explain().length > 0;
// The back office: a chunk of its own, imported by initBackOffice().
try {
  rk.policyCheck('name = "p"');
} catch (e) {
  report.backOfficeBefore = { code: e.code, message: e.message };
}
await rk.initBackOffice();
report.backOfficeCheck = rk.policyCheck('{"name": "p", "window": {"days": -1}}').errors.map((e) => e.field);
report.tomlPolicy = new rk.Policy('name = "p"\n[window]\ndays = 30\n').explain() === policy.explain();
try {
  rk.__debugPanic('back-office boom', true);
} catch (e) {
  report.backOfficePanic = { code: e.code, message: e.message };
}
await rk.ready();
report.backOfficeGeneration = rk.__instanceGeneration(true);
report.backOfficeAfter = rk.policyCheck('{"name": "p", "window": {"days": 30}}').ok;
// Analytics: a chunk of its own too, imported by initAnalytics().
try {
  rk.reportJson('[]');
} catch (e) {
  report.analyticsBefore = { code: e.code, message: e.message };
}
await rk.initAnalytics();
const history = [{ id: 'r1', order, request: { lines: [{ line_id: 'l1', quantity: 1, reason: 'size_or_fit' }] }, now: '2026-12-20T18:00:00Z' }];
const simulation = () => rk.simulate(policy, '{"name": "a year", "window": {"days": 365}}', history);
report.simulated = simulation().changed;
try {
  rk.__debugPanic('analytics boom', 'analytics');
} catch (e) {
  report.analyticsPanic = { code: e.code, message: e.message };
}
await rk.ready();
report.analyticsGeneration = rk.__instanceGeneration('analytics');
report.simulatedAfter = simulation().changed;
console.log(JSON.stringify(report));
