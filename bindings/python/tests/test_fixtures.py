"""Every shared fixture (tests/fixtures) through the installed package: the answer is byte for
byte the JSON text ``returnkit::wire`` gives natively (or the same error record), and meets the
fixture's own expectation (the Rust runners' subset rule)."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional

import pytest

import returnkit
from conftest import LABEL_POLICY, ROOT, cards_of, fixtures, native, outcome, read, subset

REFUND = fixtures("refund")
DECIDE = fixtures("decide")
LABEL = fixtures("label")
SUMMARY = fixtures("policy-summary")
POLICY = fixtures("policy")
FUZZ = fixtures("fuzz")
RMA_DIR = ROOT / "tests" / "fixtures" / "rma"
RMA_CASES = sorted(p.name[: -len(".document.json")] for p in (RMA_DIR / "v2").glob("*.document.json"))
# Documents of RMAs submitted with a customer locale: their status messages in it.
RMA_LOCALE_CASES = sorted(p.name[: -len(".document.json")] for p in (RMA_DIR / "locale").glob("*.document.json"))


class Case:
    """One call: how native Rust makes it, how the package makes it, and what the fixture
    expects of the answer."""

    def __init__(
        self,
        id: str,
        call: List[str],
        run: Callable[[], str],
        check: Optional[Callable[[Dict[str, Any]], None]] = None,
    ) -> None:
        self.id = id
        self.call = call
        self.run = run
        self.check = check


def expect(fixture: Dict[str, Any], null_ok: bool) -> Callable[[Dict[str, Any]], None]:
    def check(got: Dict[str, Any]) -> None:
        if "expected" in fixture:
            assert "ok" in got, f"expected an answer, got error {got.get('err')}"
            why = subset(fixture["expected"], json.loads(got["ok"]), "", null_ok)
        else:
            assert "err" in got, "expected an error, got an answer"
            why = subset(fixture["expected_error"], got["err"], "error", null_ok)
        assert why is None, why

    return check


def expect_check(fixture: Dict[str, Any]) -> Callable[[Dict[str, Any]], None]:
    def check(got: Dict[str, Any]) -> None:
        answer = json.loads(got["ok"])
        assert answer["ok"] is False, "a bad policy is not ok"
        why = subset(fixture["expected_errors"], answer["errors"], "errors")
        assert why is None, why

    return check


def expect_text(text: str) -> Callable[[Dict[str, Any]], None]:
    def check(got: Dict[str, Any]) -> None:
        assert got.get("ok") == text, "the fixture's answer, byte for byte"

    return check


def cases() -> List[Case]:
    out: List[Case] = []
    for name, f in REFUND:
        text = json.dumps({"order": f["order"], "request": f["request"]})
        out.append(Case(f"refund/{name}", ["quote", text],
                        lambda text=text: returnkit.quote(text, as_json=True), expect(f, False)))
    for name, f in DECIDE:
        policy = json.dumps(f["policy"])
        # A policy that prices labels names its rate cards.
        cards = cards_of(f) if "cards" in f else ""
        # A fixture's `answer` (the compact form) is a member of the input.
        answer = {"answer": f["answer"]} if "answer" in f else {}
        text = json.dumps({"order": f["order"], "request": f["request"], "now": f["now"], **answer})
        out.append(Case(f"decide/{name}", ["decide", policy, "json", cards, text],
                        lambda p=policy, c=cards, t=text: returnkit.Policy(p, "json", c).decide(t, as_json=True),
                        expect(f, True)))
        out.append(Case(f"refund preview/{name}", ["refund_quote", policy, "json", cards, text],
                        lambda p=policy, c=cards, t=text: returnkit.Policy(p, "json", c).refund_preview(t, as_json=True)))
    for name, f in LABEL:
        cards = cards_of(f)
        request = json.dumps(f["request"])
        out.append(Case(f"label/{name}", ["label_quote", LABEL_POLICY, "json", cards, request],
                        lambda c=cards, r=request: returnkit.Policy(LABEL_POLICY, "json", c).label_quote(r, as_json=True),
                        expect(f, False)))
    for name, f in POLICY:
        text = json.dumps(f["policy"])
        out.append(Case(f"policy/{name}", ["policy_check", text, "json"],
                        lambda t=text: returnkit.policy_check(t, "json", as_json=True), expect_check(f)))
    for name in RMA_CASES:
        command = (RMA_DIR / "v2" / f"{name}.command.json").read_text(encoding="utf-8")
        answer = (RMA_DIR / "v2" / f"{name}.answer.json").read_text(encoding="utf-8")
        for version in ("v1", "v2"):
            document = (RMA_DIR / version / f"{name}.document.json").read_text(encoding="utf-8")
            out.append(Case(f"rma/{version}/{name}", ["rma_apply", document, command],
                            lambda d=document, c=command: returnkit.rma_apply(d, c, as_json=True),
                            expect_text(answer)))
    for name in RMA_LOCALE_CASES:
        document = (RMA_DIR / "locale" / f"{name}.document.json").read_text(encoding="utf-8")
        command = (RMA_DIR / "locale" / f"{name}.command.json").read_text(encoding="utf-8")
        answer = (RMA_DIR / "locale" / f"{name}.answer.json").read_text(encoding="utf-8")
        out.append(Case(f"rma/locale/{name}", ["rma_apply", document, command],
                        lambda d=document, c=command: returnkit.rma_apply(d, c, as_json=True),
                        expect_text(answer)))
    sample = read("tests/fixtures/rma/v1-sample.json")
    out.append(Case("rma/v1-sample tick", ["rma_tick", sample, "2026-12-01T00:00:00Z", "tick-2026-12-01"],
                    lambda: returnkit.rma_tick(sample, "2026-12-01T00:00:00Z", "tick-2026-12-01", as_json=True)))
    for name, f in FUZZ:
        a = f["args"]
        if f["entry_point"] == "rma_apply":
            out.append(Case(f"fuzz/{name}", ["rma_apply", a["document"], a["command"]],
                            lambda a=a: returnkit.rma_apply(a["document"], a["command"], as_json=True)))
        elif f["entry_point"] == "rma_tick":
            out.append(Case(f"fuzz/{name}", ["rma_tick", a["document"], a["now"], a["idempotency_key"]],
                            lambda a=a: returnkit.rma_tick(a["document"], a["now"], a["idempotency_key"], as_json=True)))
        else:
            pytest.fail(f"fuzz/{name}: no case for entry point {f['entry_point']}")
    return out


CASES = cases()


@pytest.fixture(scope="module")
def answers() -> Dict[str, Dict[str, Any]]:
    got = native([c.call for c in CASES])
    return {c.id: a for c, a in zip(CASES, got)}


def test_there_are_fixtures_of_every_kind() -> None:
    assert len(REFUND) >= 40
    assert len(DECIDE) >= 80
    assert len(LABEL) >= 9
    assert len(SUMMARY) >= 3
    assert len(POLICY) >= 10
    assert len(RMA_CASES) >= 28
    assert len(RMA_LOCALE_CASES) >= 3
    assert len(FUZZ) >= 2


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: Case, answers: Dict[str, Dict[str, Any]]) -> None:
    want = answers[case.id]
    got = outcome(case.run)
    if "ok" in want:
        assert "err" not in got, f"native answered, the package raised {got.get('err')}"
        assert got["ok"] == want["ok"], "the same JSON text as Rust"
    else:
        assert "ok" not in got, "native raised, the package answered"
        assert got["err"] == want["err"], "the same error record as Rust"
    if case.check is not None:
        case.check(got)


@pytest.mark.parametrize("name,f", DECIDE, ids=[n for n, _ in DECIDE])
def test_a_decision_from_a_dict_is_the_decision_from_its_text(name: str, f: Dict[str, Any]) -> None:
    policy = returnkit.Policy(json.dumps(f["policy"]), "json", cards_of(f) if "cards" in f else "")
    record = {"order": f["order"], "request": f["request"], "now": f["now"]}
    text = json.dumps(record)
    one = outcome(lambda: policy.decide(text, as_json=True))
    from_dict = outcome(lambda: policy.decide(record, as_json=True))
    assert from_dict == one
    if "ok" in one:
        assert policy.decide(record) == json.loads(one["ok"])
    # decide_many: the same decision text, or the error as a record.
    [(decision, error)] = policy.decide_many([text])
    if "ok" in one:
        assert (decision, error) == (one["ok"], None)
    else:
        assert decision is None and error is not None
        record_ = json.loads(error)
        assert (record_["code"], record_["field"]) == (one["err"]["code"], one["err"]["field"])


def test_a_policy_fixture_whose_document_parses_fails_to_compile_with_its_first_error() -> None:
    compiled = 0
    for name, f in POLICY:
        text = json.dumps(f["policy"])
        check = returnkit.policy_check(text, "json")
        if not check["errors"]:
            continue
        with pytest.raises(returnkit.ReturnKitError) as raised:
            returnkit.Policy(text, "json")
        why = subset(f["expected_errors"][0], raised.value.record(), name)
        assert why is None, why
        compiled += 1
    assert compiled >= 10


def test_the_dict_api_gives_the_values_of_the_json_api() -> None:
    for name, f in REFUND:
        if "expected" not in f:
            continue
        text = returnkit.quote({"order": f["order"], "request": f["request"]}, as_json=True)
        assert returnkit.quote({"order": f["order"], "request": f["request"]}) == json.loads(text), name


RMA_FLOWS = [(p.stem, f) for p, f in ((p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(RMA_DIR.glob("*.json"))) if "commands" in f]


@pytest.mark.parametrize("flow", [f for _, f in RMA_FLOWS], ids=[n for n, _ in RMA_FLOWS])
def test_rma_flow(flow: Dict[str, Any]) -> None:
    """An RMA flow (tests/fixtures/rma/*.json with ``commands``): ``submit``, then each command
    on the document the previous answer left; the last answer, or the last command's error,
    meets the fixture's expectation."""
    commands = flow["commands"]
    got = outcome(lambda: returnkit.rma_submit(json.dumps(commands[0]), as_json=True))
    for k, command in enumerate(commands[1:], start=1):
        assert "ok" in got, f"command {k - 1} failed: {got.get('err')}"
        document = json.dumps(json.loads(got["ok"])["document"])
        got = outcome(lambda d=document, c=json.dumps(command): returnkit.rma_apply(d, c, as_json=True))
    expect(flow, False)(got)


def test_rma_flows_are_found() -> None:
    assert len(RMA_FLOWS) >= 3


@pytest.mark.parametrize("name,f", SUMMARY, ids=[n for n, _ in SUMMARY])
def test_policy_summary_fixture(name: str, f: Dict[str, Any]) -> None:
    policy = returnkit.Policy(json.dumps(f["policy"]), "json")
    assert policy.summary(f.get("locale")) == f["expected"], name
    if f.get("locale") is None:
        assert policy.summary() == policy.explain()
