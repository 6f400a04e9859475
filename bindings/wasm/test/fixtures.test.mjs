// Every shared fixture through the built package, in the nodejs and web builds: the answer
// must meet the fixture's expectation (the Rust runners' subset rule) and be byte for byte the
// JSON text returnkit::wire gives natively.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, load, fixtures, subset, outcome, native, cardsOf, LABEL_POLICY, root, pkg } from './helpers.mjs';

const refund = fixtures('refund');
const decide = fixtures('decide');
const label = fixtures('label');
const policy = fixtures('policy');
const summaries = fixtures('policy-summary');
const rmaFlows = readdirSync(join(root, 'tests/fixtures/rma'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(root, 'tests/fixtures/rma', f), 'utf8'))])
  .filter(([, f]) => f.commands !== undefined);
const rmaSample = readFileSync(join(root, 'tests/fixtures/rma/v1-sample.json'), 'utf8');

// Each case: the native call, and how to make the same call through the package.
const cases = [];
for (const [name, f] of refund) {
  const input = JSON.stringify({ order: f.order, request: f.request });
  cases.push({
    kind: 'refund',
    name,
    fixture: f,
    call: ['quote', input],
    run: (rk) => rk.refundQuoteJson(input),
  });
}
// A policy that prices labels names its rate cards.
const decideCards = (f) => (f.cards === undefined ? '' : cardsOf(f));
for (const [name, f] of decide) {
  const policyText = JSON.stringify(f.policy);
  const cards = decideCards(f);
  // A fixture's `answer` (the compact form) is a member of the input.
  const answer = f.answer === undefined ? {} : { answer: f.answer };
  const input = JSON.stringify({ order: f.order, request: f.request, now: f.now, ...answer });
  cases.push({
    kind: 'decide',
    name,
    fixture: f,
    call: ['decide', policyText, 'json', cards, input],
    run: (rk) => new rk.Policy(policyText, { rateCards: cards }).decideJson(input),
  });
}
// The refund preview that answers each decision fixture's request: the package forwards to
// the core's pick (`wire::refund_preview`), which must be what `Decision::offer` gives
// natively, from an object or from JSON text alike.
for (const [name, f] of decide) {
  const policyText = JSON.stringify(f.policy);
  const cards = decideCards(f);
  const input = JSON.stringify({ order: f.order, request: f.request, now: f.now });
  cases.push({
    kind: 'refund preview',
    name,
    call: ['refund_quote', policyText, 'json', cards, input],
    run: (rk) => {
      const policy = new rk.Policy(policyText, { rateCards: cards });
      const fromObject = JSON.stringify(policy.refundQuote({ order: f.order, request: f.request, now: f.now }));
      assert.equal(JSON.stringify(policy.refundQuote(input)), fromObject, 'JSON text and an object give the same preview');
      assert.equal(policy.refundQuoteJson(input), fromObject, 'refundQuoteJson gives the same text');
      return fromObject;
    },
  });
}
for (const [name, f] of label) {
  const cards = cardsOf(f);
  const request = JSON.stringify(f.request);
  cases.push({
    kind: 'label',
    name,
    fixture: f,
    call: ['label_quote', LABEL_POLICY, 'json', cards, request],
    run: (rk) => new rk.Policy(LABEL_POLICY, { rateCards: cards }).labelQuoteJson(request),
  });
}
for (const [name, f] of policy) {
  const text = JSON.stringify(f.policy);
  cases.push({
    kind: 'policy',
    name,
    fixture: f,
    call: ['policy_check', text, 'json'],
    run: (rk) => JSON.stringify(rk.policyCheck(text, 'json')),
  });
}
// RMA cases: each case's version 1 and version 2 documents, with its command, give its
// answer, byte for byte.
const rmaDir = join(root, 'tests/fixtures/rma');
const rmaCases = readdirSync(join(rmaDir, 'v2'))
  .filter((f) => f.endsWith('.document.json'))
  .map((f) => f.slice(0, -'.document.json'.length))
  .sort();
assert.ok(rmaCases.length >= 28, `${rmaCases.length} RMA cases`);
for (const name of rmaCases) {
  const command = readFileSync(join(rmaDir, 'v2', `${name}.command.json`), 'utf8');
  const answer = readFileSync(join(rmaDir, 'v2', `${name}.answer.json`), 'utf8');
  for (const version of ['v1', 'v2']) {
    const document = readFileSync(join(rmaDir, version, `${name}.document.json`), 'utf8');
    cases.push({
      kind: 'rma',
      name: `${version}/${name}`,
      answer,
      call: ['rma_apply', document, command],
      run: (rk) => rk.rmaApplyJson(document, command),
    });
  }
}
// Documents of RMAs submitted with a customer locale: their status messages in it.
const localeDir = join(rmaDir, 'locale');
const localeCases = readdirSync(localeDir)
  .filter((f) => f.endsWith('.document.json'))
  .map((f) => f.slice(0, -'.document.json'.length))
  .sort();
assert.ok(localeCases.length >= 3, `${localeCases.length} RMA locale cases`);
for (const name of localeCases) {
  const command = readFileSync(join(localeDir, `${name}.command.json`), 'utf8');
  const answer = readFileSync(join(localeDir, `${name}.answer.json`), 'utf8');
  const document = readFileSync(join(localeDir, `${name}.document.json`), 'utf8');
  cases.push({
    kind: 'rma',
    name: `locale/${name}`,
    answer,
    call: ['rma_apply', document, command],
    run: (rk) => rk.rmaApplyJson(document, command),
  });
}
cases.push({
  kind: 'rma',
  name: 'v1-sample tick',
  call: ['rma_tick', rmaSample, '2026-12-01T00:00:00Z', 'tick-2026-12-01'],
  run: (rk) => rk.rmaTickJson(rmaSample, '2026-12-01T00:00:00Z', 'tick-2026-12-01'),
});

// Policy what-if (tests/fixtures/simulate): the history under the two example policies gives
// the recorded answer, from compiled Policy objects and from TOML text; simulations of two
// shards (lines 1-3 and 4-6) merge to the same bytes.
const simulateDir = join(root, 'tests/fixtures/simulate');
const simulateAnswer = readFileSync(join(simulateDir, 'sample.answer.json'), 'utf8').trimEnd();
const simulateOptions = readFileSync(join(simulateDir, 'sample.options.json'), 'utf8');
const history = readFileSync(join(root, 'examples/batch/requests.jsonl'), 'utf8');
const currentToml = readFileSync(join(root, 'examples/policies/current-30-days.toml'), 'utf8');
const proposedToml = readFileSync(join(root, 'examples/policies/proposed-60-days.toml'), 'utf8');
const simulateCall = ['simulate', currentToml, 'toml', proposedToml, 'toml', history, simulateOptions];
cases.push({
  kind: 'simulate',
  name: 'sample (Policy objects)',
  answer: simulateAnswer,
  call: simulateCall,
  run: (rk) => rk.simulateJson(new rk.Policy(currentToml), new rk.Policy(proposedToml), history, simulateOptions),
});
cases.push({
  kind: 'simulate',
  name: 'sample (TOML text, records as objects)',
  answer: simulateAnswer,
  call: simulateCall,
  run: (rk) => {
    const records = history.trimEnd().split('\n').map((l) => JSON.parse(l));
    return JSON.stringify(rk.simulate(currentToml, proposedToml, records, JSON.parse(simulateOptions)));
  },
});
cases.push({
  kind: 'simulate',
  name: 'sample in two shards, merged',
  answer: simulateAnswer,
  call: simulateCall,
  run: (rk) => {
    const lines = history.trimEnd().split('\n');
    assert.equal(lines.length, 6);
    const [current, proposed] = [new rk.Policy(currentToml), new rk.Policy(proposedToml)];
    const a = rk.simulateJson(current, proposed, lines.slice(0, 3).join('\n'), simulateOptions);
    const b = rk.simulate(current, proposed, lines.slice(3), JSON.parse(simulateOptions));
    assert.equal(JSON.stringify(rk.simulateMerge([b, a])), simulateAnswer, 'objects merge to the same bytes');
    return rk.simulateMergeJson(`[${a},${JSON.stringify(b)}]`);
  },
});

const answers = native(cases.map((c) => c.call));

function expectation(c, got) {
  const f = c.fixture;
  if (c.kind === 'policy') {
    const check = JSON.parse(got.ok);
    assert.equal(check.ok, false, 'a bad policy is not ok');
    const why = subset(f.expected_errors, check.errors, 'errors');
    assert.equal(why, null, why ?? '');
    return;
  }
  if (c.answer !== undefined) {
    assert.equal(got.ok, c.answer, 'the fixture\'s answer, byte for byte');
    return;
  }
  if (!f) return;
  const nullOk = c.kind === 'decide';
  if (f.expected !== undefined) {
    assert.ok(got.ok !== undefined, `expected an answer, got error ${JSON.stringify(got.err)}`);
    const why = subset(f.expected, JSON.parse(got.ok), '', nullOk);
    assert.equal(why, null, why ?? '');
  } else {
    assert.ok(got.err !== undefined, 'expected an error, got an answer');
    const why = subset(f.expected_error, got.err, 'error', nullOk);
    assert.equal(why, null, why ?? '');
  }
}

for (const target of TARGETS) {
  describe(`fixtures (${target})`, () => {
    let rk;
    before(async () => {
      rk = await load(target);
      // The modules have English built in; the package ships the other locales' catalogs.
      const tags = readdirSync(join(pkg, 'locales')).map((f) => f.replace(/\.txt$/, '')).sort();
      assert.deepEqual(tags, ['de', 'es', 'fr', 'nl', 'pl', 'ro', 'ru']);
      for (const tag of tags) assert.equal(rk.addCatalog(tag, readFileSync(join(pkg, 'locales', `${tag}.txt`), 'utf8')), true, tag);
    });

    test('there are fixtures of every kind', () => {
      assert.ok(refund.length >= 40, `refund fixtures: ${refund.length}`);
      assert.ok(decide.length >= 80, `decision fixtures: ${decide.length}`);
      assert.ok(label.length >= 9, `label fixtures: ${label.length}`);
      assert.ok(policy.length >= 10, `policy fixtures: ${policy.length}`);
    });

    // Policy summaries (tests/fixtures/policy-summary): the text in the fixture's locale, byte
    // for byte, with the catalogs added above.
    test('there are policy summary fixtures', () => {
      assert.ok(summaries.length >= 3, `policy summary fixtures: ${summaries.length}`);
    });
    for (const [name, f] of summaries) {
      test(`policy-summary/${name}`, () => {
        const p = new rk.Policy(f.policy);
        assert.equal(p.summary(f.locale), f.expected);
        if (f.locale === undefined) assert.equal(p.summary(), p.explain());
        p.free();
      });
    }

    cases.forEach((c, i) => {
      test(`${c.kind}/${c.name}`, () => {
        const got = outcome(rk, () => c.run(rk));
        const want = answers[i];
        if (want.ok !== undefined) {
          assert.equal(got.err, undefined, `native answered, the package threw ${JSON.stringify(got.err)}`);
          assert.equal(got.ok, want.ok, 'the same JSON text as Rust');
        } else {
          assert.equal(got.ok, undefined, 'native threw, the package answered');
          assert.deepEqual(got.err, JSON.parse(want.err), 'the same error record as Rust');
        }
        expectation(c, got);
      });
    });

    // RMA flows (tests/fixtures/rma/*.json with `commands`): `submit`, then each command on
    // the document the previous answer left; the last answer, or the last command's error,
    // meets the fixture's expectation.
    test('there are RMA flows', () => {
      assert.ok(rmaFlows.length >= 3, `RMA flows: ${rmaFlows.length}`);
    });
    for (const [name, f] of rmaFlows) {
      test(`rma flow/${name}`, () => {
        const [first, ...rest] = f.commands;
        let got = outcome(rk, () => rk.rmaSubmitJson(JSON.stringify(first)));
        rest.forEach((command, k) => {
          assert.ok(got.ok !== undefined, `command ${k} failed: ${JSON.stringify(got.err)}`);
          const document = JSON.stringify(JSON.parse(got.ok).document);
          got = outcome(rk, () => rk.rmaApplyJson(document, JSON.stringify(command)));
        });
        expectation({ kind: 'rma flow', fixture: f }, got);
      });
    }

    test('a policy fixture whose document parses fails to compile with its first error', () => {
      for (const [name, f] of policy) {
        const text = JSON.stringify(f.policy);
        const check = rk.policyCheck(text);
        if (check.errors.length === 0) continue;
        assert.throws(
          () => new rk.Policy(text),
          (e) => {
            assert.ok(e instanceof rk.ReturnKitError, name);
            assert.equal(subset(f.expected_errors[0], e.toJSON(), name), null);
            return true;
          },
        );
      }
    });

    test('the object API gives the same values as the JSON API', () => {
      for (const [name, f] of refund.filter(([, f]) => f.expected !== undefined)) {
        const text = rk.refundQuoteJson(JSON.stringify({ order: f.order, request: f.request }));
        assert.deepEqual(rk.refundQuote({ order: f.order, request: f.request }), JSON.parse(text), name);
        assert.equal(JSON.stringify(rk.refundQuote({ order: f.order, request: f.request })), text, name);
      }
    });
  });
}
