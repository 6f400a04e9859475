// The returns report through the WASM package's analytics module: the shared fixture
// (tests/fixtures/report) gives Rust's bytes, from JSON Lines text or arrays of objects; the
// reports of shards merge to the same bytes; errors name the record and field.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, load, root } from './helpers.mjs';

const read = (f) => readFileSync(join(root, 'tests/fixtures/report', f), 'utf8');
const documents = read('documents.jsonl');
const orders = read('orders.jsonl');
const expected = read('expected.json').trimEnd();

for (const target of TARGETS) {
  describe(`report (${target})`, () => {
    let rk;
    before(async () => {
      rk = await load(target);
    });

    test("the fixture gives Rust's bytes", () => {
      assert.equal(rk.reportJson(documents, orders), expected);
      const asObjects = documents.trimEnd().split('\n').map((l) => JSON.parse(l));
      const feed = orders.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(rk.report(asObjects, feed), JSON.parse(expected));
      const report = rk.report(documents, orders);
      assert.equal(report.rmas, 60);
      assert.equal(report.orders.orders, 180);
    });

    test('shards merge to the single pass', () => {
      const lines = documents.trimEnd().split('\n');
      const shards = [lines.slice(0, 7), lines.slice(7, 37), lines.slice(37)];
      const reports = shards.map((s, k) => rk.reportJson(s.join('\n'), k === 1 ? orders : ''));
      assert.equal(rk.reportMergeJson(`[${reports.reverse().join(',')}]`), expected);
      assert.deepEqual(rk.reportMerge(reports.map((r) => JSON.parse(r))), JSON.parse(expected));
    });

    test('errors name the record and field', () => {
      assert.throws(() => rk.report([{ schema_version: 2, rma: { id: 7 } }]), { name: 'ReturnKitError', field: 'documents[0].rma.id' });
      assert.throws(() => rk.reportJson('\n{"schema_version": 9}\n'), { code: 1009, field: 'line 2.schema_version' });
      assert.throws(() => rk.reportMerge([{ schema_version: 2 }]), { field: 'reports[0].schema_version' });
      assert.throws(() => rk.report({}), { code: 1001, field: 'documents' });
    });
  });
}
