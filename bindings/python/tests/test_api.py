"""The whole API of the installed package, with real figures: the sample order's quote, the
sample policy's decision, label quote, summary and JSON-LD, exact splits, the return lifecycle
from submit to close, and decide_many against ``returnkit batch``, byte for byte."""

from __future__ import annotations

import json
import re
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List

import pytest

import returnkit
from conftest import ROOT, batch, native, read

ORDER = json.loads(read("crates/returnkit/samples/order.json"))
REQUEST = json.loads(read("crates/returnkit/samples/request.json"))
CARD = json.loads(read("crates/returnkit/samples/us-ground.json"))
POLICY_TOML = read("crates/returnkit/samples/policy.toml")
NOW = "2026-10-20T18:00:00Z"
ONE_LINE = {"resolution": "store_credit", "lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}
LABEL_REQUEST = {
    "origin": {"country": "US", "postal_code": "10001"},
    "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}],
}


@pytest.fixture(scope="module")
def policy() -> returnkit.Policy:
    return returnkit.Policy(POLICY_TOML, rate_cards=[CARD])


def test_the_package_under_test_is_the_installed_one() -> None:
    assert not Path(returnkit.__file__).resolve().is_relative_to(ROOT), returnkit.__file__
    assert Path(returnkit._returnkit.__file__).name.startswith("_returnkit.")
    # The wheel carries the types: the marker and the native module's stubs.
    package = Path(returnkit.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_returnkit.pyi").is_file()


def test_the_version_is_the_crates() -> None:
    cargo = read("Cargo.toml")
    version = re.search(r'^\[workspace\.package\][^\[]*?^version = "([^"]+)"', cargo, re.M | re.S)
    assert version is not None
    assert returnkit.__version__ == version.group(1)


def test_a_refund_quote_of_the_sample_order() -> None:
    quote = returnkit.quote({"order": ORDER, "request": REQUEST})
    assert quote["totals"]["refund"] == "89.61"
    assert quote["totals"]["tax"] == "6.46"
    assert quote["totals"]["deductions"] == "5.95"
    assert [(t["tender_id"], t["amount"]) for t in quote["tenders"]] == [("gift-1", "50.00"), ("card-1", "39.61")]
    text = json.dumps({"order": ORDER, "request": REQUEST})
    [want] = native([["quote", text]])
    assert returnkit.quote(text, as_json=True) == want["ok"]
    assert returnkit.quote(text) == json.loads(want["ok"])


def test_decimals_in_a_dict_are_amounts() -> None:
    # Python's own money type: a Decimal is written as the wire's decimal string.
    def decimals(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: decimals(v) for k, v in value.items()}
        if isinstance(value, list):
            return [decimals(v) for v in value]
        if isinstance(value, str) and re.fullmatch(r"-?\d+\.\d+", value):
            return Decimal(value)
        return value

    order = decimals(ORDER)
    assert any(isinstance(line.get("unit_price"), Decimal) for line in order["lines"])
    as_strings = returnkit.quote({"order": ORDER, "request": REQUEST}, as_json=True)
    assert returnkit.quote({"order": order, "request": REQUEST}, as_json=True) == as_strings
    split = returnkit.allocate({"amount": Decimal("10.00"), "currency": "USD", "weights": ["1", "1", "1"]})
    assert split == ["3.34", "3.33", "3.33"]
    # Never in exponent form: 1E+1 is written "10".
    ten = returnkit.allocate({"amount": Decimal("1E+1"), "currency": "USD", "weights": ["1"]})
    assert ten == returnkit.allocate({"amount": "10", "currency": "USD", "weights": ["1"]})
    with pytest.raises(TypeError):
        returnkit.allocate({"amount": Decimal("NaN"), "currency": "USD", "weights": ["1"]})


def test_a_decision_under_the_sample_policy(policy: returnkit.Policy) -> None:
    decision = policy.decide({"order": ORDER, "request": ONE_LINE, "now": NOW})
    assert decision["outcome"] == "approve"
    assert decision["requested_resolution"] == "store_credit"
    assert [(r["resolution"], r["quote"]["totals"]["refund"]) for r in decision["resolutions"]] == [
        ("original_payment", "79.96"),
        ("store_credit", "79.96"),
    ]
    store_credit = decision["resolutions"][1]["quote"]["store_credit"]
    assert isinstance(store_credit["bonus"], str), "amounts are strings, never floats"
    text = json.dumps({"order": ORDER, "request": ONE_LINE, "now": NOW})
    [want] = native([["decide", POLICY_TOML, "toml", json.dumps([CARD]), text]])
    assert policy.decide(text, as_json=True) == want["ok"]
    assert policy.decide({"order": ORDER, "request": ONE_LINE, "now": NOW}, as_json=True) == want["ok"]


def test_the_offer_that_answers_a_request(policy: returnkit.Policy) -> None:
    record = {"order": ORDER, "request": ONE_LINE, "now": NOW}
    decision = policy.decide(record)
    offer = returnkit.decision_offer(decision)
    assert offer is not None
    assert offer["resolution"] == "store_credit"
    assert offer["quote"]["totals"]["refund"] == "79.96"
    assert returnkit.decision_offer(decision, "original_payment")["resolution"] == "original_payment"  # type: ignore[index]
    assert returnkit.decision_offer(decision, "exchange") is None
    assert returnkit.decision_offer(decision, "exchange", as_json=True) == "null"
    assert policy.refund_preview(record) == offer["quote"]


def test_a_label_quote_with_the_policys_rate_cards(policy: returnkit.Policy) -> None:
    quote = policy.label_quote(LABEL_REQUEST)
    chosen = quote["chosen"]
    assert (chosen["carrier"], chosen["service"], chosen["zone"]) == ("Sample Parcel Co.", "Ground Returns", "8")
    assert (chosen["cost"], chosen["parcels"][0]["base"], chosen["parcels"][0]["fuel"]) == ("15.06", "13.39", "1.67")
    # The rate cards as a list, as one card, or as JSON text: the same policy.
    for cards in ([CARD], CARD, json.dumps([CARD])):
        assert returnkit.Policy(POLICY_TOML, "toml", cards).label_quote(LABEL_REQUEST, as_json=True) == json.dumps(
            quote, separators=(",", ":"), ensure_ascii=False
        )
    with pytest.raises(returnkit.PolicyError) as raised:
        returnkit.Policy(POLICY_TOML).label_quote(LABEL_REQUEST)
    assert (raised.value.code, raised.value.kind) == (2003, "no_label_service")


def test_the_policy_explained(policy: returnkit.Policy) -> None:
    summary = policy.explain()
    assert summary.startswith("Trailhead Outfitters returns\n- You can return items within 30 days of delivery.\n")
    assert "deduct 5.95 USD" in summary
    jsonld = policy.jsonld()
    assert (jsonld["@type"], jsonld["merchantReturnDays"]) == ("MerchantReturnPolicy", 30)
    assert jsonld["returnShippingFeesAmount"]["currency"] == "USD"
    answers = native([["explain", POLICY_TOML, "toml", "", "false"], ["explain", POLICY_TOML, "toml", "", "true"]])
    assert policy.explain(as_json=True) == answers[0]["ok"]
    assert policy.jsonld(as_json=True) == answers[1]["ok"]


def test_a_policy_from_a_file(tmp_path: Path) -> None:
    toml = tmp_path / "policy.toml"
    toml.write_text(POLICY_TOML, encoding="utf-8")
    as_json = tmp_path / "policy.json"
    as_json.write_text(returnkit.policy_toml_to_json(POLICY_TOML, as_json=True), encoding="utf-8")
    record = {"order": ORDER, "request": ONE_LINE, "now": NOW}
    want = returnkit.Policy(POLICY_TOML).decide(record, as_json=True)
    assert returnkit.Policy.from_file(toml).decide(record, as_json=True) == want
    assert returnkit.Policy.from_file(str(as_json)).decide(record, as_json=True) == want
    assert returnkit.Policy.from_file(toml, rate_cards=CARD).label_quote(LABEL_REQUEST)["chosen"]["cost"] == "15.06"
    with pytest.raises(ValueError, match=r"\.toml or \.json"):
        returnkit.Policy.from_file(tmp_path / "policy.yaml")


def test_a_policy_pickles_and_decides_the_same(policy: returnkit.Policy) -> None:
    import pickle

    record = {"order": ORDER, "request": ONE_LINE, "now": NOW}
    back = pickle.loads(pickle.dumps(policy))
    assert isinstance(back, returnkit.Policy) and back is not policy
    assert back.decide(record, as_json=True) == policy.decide(record, as_json=True)
    assert back.label_quote(LABEL_REQUEST) == policy.label_quote(LABEL_REQUEST)
    as_json = returnkit.Policy(returnkit.policy_toml_to_json(POLICY_TOML, as_json=True), "json")
    assert pickle.loads(pickle.dumps(as_json)).explain() == policy.explain()


def test_a_policy_check_lists_every_problem() -> None:
    check = returnkit.policy_check('{"name": "", "window": {"days": -1}}', "json")
    assert check["ok"] is False
    assert [(e["code"], e["field"]) for e in check["errors"]] == [(2001, "policy.name"), (2001, "policy.window.days")]
    assert returnkit.policy_check(POLICY_TOML) == {"ok": True, "errors": []}


def test_exact_splits() -> None:
    assert returnkit.allocate({"amount": "10.00", "currency": "EUR", "weights": ["1", "2"]}) == ["3.33", "6.67"]
    assert returnkit.allocate({"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]}) == [
        "33.34",
        "33.33",
        "33.33",
    ]
    assert returnkit.allocate('{"amount": "1", "currency": "JPY", "weights": ["1", "1"]}', as_json=True) == '["1","0"]'


# The return of crates/returnkit/examples/rma-lifecycle: order 2001, its policy and request.
LIFECYCLE_ORDER = json.loads(read("examples/data/rma-order.json"))
LIFECYCLE_POLICY = json.loads(read("examples/data/rma-policy.json"))
LIFECYCLE_REQUEST = json.loads(read("examples/data/rma-request.json"))


def lifecycle() -> List[Dict[str, Any]]:
    """The return lifecycle of crates/returnkit/examples/rma-lifecycle: a 3-line return
    decided, submitted, shipped, partly received, inspected, refunded and closed."""
    policy = returnkit.Policy(json.dumps(LIFECYCLE_POLICY), "json")
    decision = policy.decide({"order": LIFECYCLE_ORDER, "request": LIFECYCLE_REQUEST, "now": "2026-11-10T14:00:00Z"})
    out = returnkit.rma_submit({
        "expected_version": 0, "idempotency_key": "portal-2001-1", "actor": "customer", "at": "2026-11-10T14:00:05Z",
        "action": {"submit": {"rma_id": "rma-2001-1", "sequence": 330, "order": LIFECYCLE_ORDER, "decision": decision,
                              "resolution": "original_payment", "timezone": "America/New_York"}},
    })  # fmt: skip
    outcomes = [out]

    def step(key: str, actor: str, at: str, action: Any) -> None:
        nonlocal out
        out = returnkit.rma_apply(out["document"], {
            "expected_version": out["document"]["rma"]["version"], "idempotency_key": key,
            "actor": actor, "at": at, "action": action,
        })  # fmt: skip
        outcomes.append(out)

    step("label-1", "system", "2026-11-10T14:00:10Z",
         {"issue_label": {"parcel_id": "p1", "carrier": "Sample Parcel Co.", "tracking": "1Z999"}})
    step("scan-1", "carrier", "2026-11-11T09:00:00Z", {"record_carrier_scan": {"parcel_id": "p1", "scan": "in_transit"}})
    step("scan-2", "carrier", "2026-11-13T16:00:00Z", {"record_carrier_scan": {"parcel_id": "p1", "scan": "delivered"}})
    step("wh-receive-1", "warehouse", "2026-11-14T10:00:00Z", {"receive_items": {"parcel_id": "p1", "lines": [
        {"line_id": "A", "quantity": 1}, {"line_id": "B", "quantity": 1}, {"line_id": "C", "quantity": 1}]}})
    step("wh-inspect-1", "warehouse", "2026-11-14T11:00:00Z", {"inspect_items": {"lines": [
        {"line_id": "A", "accepted": 1, "rejected": 0, "condition": "like_new", "disposition": "restock"},
        {"line_id": "B", "accepted": 1, "rejected": 0, "condition": "used", "disposition": "resell_as_used"},
        {"line_id": "C", "accepted": 0, "rejected": 1, "condition": "damaged", "disposition": "return_to_customer"}]}})
    step("refund-0", "system", "2026-11-14T12:00:00Z",
         {"record_refund": {"amount": "50.00", "reference": "psp-gift-77", "tender_id": "gift-77"}})
    step("refund-1", "system", "2026-11-14T12:00:00Z",
         {"record_refund": {"amount": "80.00", "reference": "psp-card-1", "tender_id": "card-1"}})
    step("close-1", "agent", "2026-11-15T09:00:00Z", "close")
    return outcomes


def test_the_return_lifecycle_from_submit_to_close() -> None:
    outcomes = lifecycle()
    last = outcomes[-1]
    assert last["document"] == json.loads(read("tests/fixtures/rma/v2-sample.json"))
    assert outcomes[0]["document"]["rma"]["number"] == "RMA-000-0AA-$"
    assert [t["status"] for t in last["document"]["status"]["timeline"]] == [
        "approved", "label_ready", "on_its_way", "received", "refund_issued", "completed",
    ]  # fmt: skip
    assert last["document"]["rma"]["refund_due"] == "130.00"
    # A repeated command changes nothing and gives the events it made the first time.
    again = returnkit.rma_apply(last["document"], {
        "expected_version": 1, "idempotency_key": "close-1", "actor": "agent", "at": "2026-11-16T09:00:00Z",
        "action": "close",
    })  # fmt: skip
    assert again["events"] == last["events"]
    # The JSON text API gives Rust's bytes.
    doc = json.dumps(outcomes[1]["document"])
    cmd = json.dumps({"expected_version": 2, "idempotency_key": "scan-1", "actor": "carrier",
                      "at": "2026-11-11T09:00:00Z",
                      "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "in_transit"}}})
    [want] = native([["rma_apply", doc, cmd]])
    assert returnkit.rma_apply(doc, cmd, as_json=True) == want["ok"]


def test_time_passes_an_approval_not_shipped_in_time_expires() -> None:
    submitted = lifecycle()[0]
    ticked = returnkit.rma_tick(submitted["document"], "2027-01-10T00:00:00Z", "tick-2027-01-10")
    assert ticked["document"]["status"]["status"] == "expired"
    assert [e["event"] for e in ticked["events"]] == ["expired"]
    text = json.dumps(submitted["document"])
    [want] = native([["rma_tick", text, "2027-01-10T00:00:00Z", "tick-2027-01-10"]])
    assert returnkit.rma_tick(text, "2027-01-10T00:00:00Z", "tick-2027-01-10", as_json=True) == want["ok"]


def batch_records() -> List[str]:
    """Good and bad records: answers, errors of the engine, and parse errors anywhere."""
    good = {"order": ORDER, "request": ONE_LINE, "now": NOW}
    two = {**good, "request": {**ONE_LINE, "lines": [*ONE_LINE["lines"], {"line_id": "l3", "quantity": 1, "reason": "defective"}]}}
    return [
        json.dumps(good),
        json.dumps(two),
        json.dumps({**good, "request": {**ONE_LINE, "lines": [{"line_id": "zz", "quantity": 1, "reason": "size_or_fit"}]}}),
        json.dumps({**good, "order": {**ORDER, "currency": "XXX"}}),
        json.dumps({**good, "request": {**ONE_LINE, "bogus": 1}}),
        json.dumps({**good, "now": "2026-13-01T00:00:00Z"}),
        json.dumps({**good, "extra": 1}),
        json.dumps({"order": ORDER, "request": ONE_LINE}),
        '{"now":"2026-01-01T00:00:00Z","request":{},"order":{"id":5}}',
        '{"order":1}',
        "{",
        "[]",
        "null",
        '"text"',
        json.dumps({**good, "order": {**ORDER, "lines": [{**ORDER["lines"][0], "unit_price": "-1.00"}]}}),
    ]


def test_decide_many_gives_the_bytes_of_returnkit_batch(policy: returnkit.Policy, tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY_TOML, encoding="utf-8")
    records = batch_records()
    lines = batch(path, records)
    got = returnkit.Policy(POLICY_TOML).decide_many(records)
    assert len(got) == len(lines) == len(records)
    decisions = 0
    for n, ((decision, error), line) in enumerate(zip(got, lines), start=1):
        assert (decision is None) != (error is None), "exactly one of the pair"
        if decision is not None:
            assert line == f'{{"line":{n},"decision":{decision}}}'
            assert decision == policy.decide(records[n - 1], as_json=True)
            decisions += 1
        else:
            assert line == f'{{"line":{n},"error":{error}}}'
    assert decisions == 2
    # Each error is a wire record: the engine's error as decide raises it, where decide reads
    # the same record alike (its own parse places positions within each member).
    unknown_line = json.loads(got[2][1] or "")
    assert unknown_line == {
        "code": 1004, "field": "request.lines[0].line_id", "kind": "unknown_line",
        "message": unknown_line["message"],
    }  # fmt: skip
    with pytest.raises(returnkit.ArgumentError) as raised:
        policy.decide(records[2])
    assert raised.value.record() == unknown_line


def test_decide_many_takes_sequences_of_str_only(policy: returnkit.Policy) -> None:
    record = json.dumps({"order": ORDER, "request": ONE_LINE, "now": NOW})
    assert policy.decide_many([]) == []
    assert policy.decide_many((record,))[0][0] == policy.decide(record, as_json=True)
    assert policy.decide_many(iter([record, "{"]))[1][0] is None
    with pytest.raises(TypeError):
        policy.decide_many(record)
    with pytest.raises(TypeError):
        policy.decide_many([record, {"order": ORDER}])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        policy.decide_many(None)  # type: ignore[arg-type]
    # A str that UTF-8 can't encode is that record's error, not the call's.
    [(decision, error)] = policy.decide_many(["\ud800"])
    assert decision is None and error is not None
    assert json.loads(error)["code"] == 1001
    assert json.loads(error)["field"] == "input"


def test_threads_share_a_policy(policy: returnkit.Policy) -> None:
    record = json.dumps({"order": ORDER, "request": ONE_LINE, "now": NOW})
    want = policy.decide(record, as_json=True)
    results: List[Any] = []

    def work() -> None:
        got = [policy.decide(record, as_json=True) for _ in range(50)]
        got += [d for d, _ in policy.decide_many([record] * 50)]
        results.append(all(g == want for g in got))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 4


def test_decide_many_releases_the_gil(policy: returnkit.Policy) -> None:
    # While one thread decides a long list, another Python thread keeps counting. Were the GIL
    # held throughout, the counter would run for at most a switch interval or two (5 ms each)
    # of the call's time; released, it runs for most of it.
    record = json.dumps({"order": ORDER, "request": ONE_LINE, "now": NOW})
    done = threading.Event()
    ticks = [0]

    def count() -> None:
        while not done.is_set():
            ticks[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        time.sleep(0.05)
        start, t0 = ticks[0], time.perf_counter()
        time.sleep(0.1)
        rate = (ticks[0] - start) / (time.perf_counter() - t0)
        records = [record] * 200
        while True:
            start, t0 = ticks[0], time.perf_counter()
            policy.decide_many(records)
            elapsed = time.perf_counter() - t0
            during = ticks[0] - start
            if elapsed >= 0.3:
                break
            records *= 2
    finally:
        done.set()
        counter.join()
    # Counting for 0.3 s or more, the counter ran for at least a fifth of it.
    assert during >= rate * elapsed / 5, (during, rate, elapsed)


def test_simulate_gives_the_shared_fixture_and_shards_merge_to_it() -> None:
    current = returnkit.Policy(read("examples/policies/current-30-days.toml"))
    proposed = returnkit.Policy(read("examples/policies/proposed-60-days.toml"))
    records = read("examples/batch/requests.jsonl")
    expected = read("tests/fixtures/simulate/sample.answer.json").rstrip("\n")
    options = json.loads(read("tests/fixtures/simulate/sample.options.json"))
    names = (options["names"][0], options["names"][1])
    whole = returnkit.simulate(current, proposed, records, names=names, top=options["top"], as_json=True)
    assert whole == expected
    lines = records.splitlines()
    a = returnkit.simulate(current, proposed, lines[:3], names=names, top=3)
    b = returnkit.simulate(current, proposed, "\n".join(lines[3:]), names=names, top=3, as_json=True)
    assert returnkit.simulate_merge([b, a], as_json=True) == expected
    merged = returnkit.simulate_merge(f"[{json.dumps(a)},{b}]")
    assert merged["delta"]["money"] == [{"currency": "USD", "refund": "97.81", "fees": "-11.90", "label_cost": "0"}]
    assert merged["changed"]["moves"] == [{"from": "deny", "to": "approve", "records": 1}]
    with pytest.raises(returnkit.ArgumentError) as e:
        returnkit.simulate_merge("[]")
    assert e.value.field == "simulations"
