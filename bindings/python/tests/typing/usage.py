"""Uses the whole API as a typed caller would: ``mypy --strict`` must pass on this file (the
stubs and annotations of the installed package check it), and running it must succeed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import returnkit
from returnkit import ErrorCode, Policy, ReturnKitError


def run(root: Path) -> None:
    order: Dict[str, Any] = json.loads((root / "crates/returnkit/samples/order.json").read_text())
    request: Dict[str, Any] = json.loads((root / "crates/returnkit/samples/request.json").read_text())
    card: Dict[str, Any] = json.loads((root / "crates/returnkit/samples/us-ground.json").read_text())

    version: str = returnkit.__version__
    assert version

    quote: Dict[str, Any] = returnkit.quote({"order": order, "request": request})
    quote_text: str = returnkit.quote({"order": order, "request": request}, as_json=True)
    assert quote["totals"]["refund"] == "89.61" and '"refund":"89.61"' in quote_text

    policy: Policy = Policy.from_file(root / "crates/returnkit/samples/policy.toml", rate_cards=[card])
    same: Policy = Policy((root / "crates/returnkit/samples/policy.toml").read_text(), "toml", card)
    record = {
        "order": order,
        "request": {"resolution": "store_credit", "lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]},
        "now": "2026-10-20T18:00:00Z",
    }
    decision: Dict[str, Any] = policy.decide(record)
    text: str = same.decide(json.dumps(record), as_json=True)
    flag = bool(len(text) % 2)
    either = policy.decide(record, as_json=flag)
    assert isinstance(either, (str, dict))
    pairs: List[Tuple[Optional[str], Optional[str]]] = policy.decide_many([text and json.dumps(record), "{"])
    assert pairs[0][0] == text and pairs[1][1] is not None

    offer: Optional[Dict[str, Any]] = returnkit.decision_offer(decision, "store_credit")
    preview: Optional[Dict[str, Any]] = policy.refund_preview(record)
    assert offer is not None and preview == offer["quote"]

    label: Dict[str, Any] = policy.label_quote(
        {"origin": {"country": "US", "postal_code": "10001"},
         "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}]}
    )
    assert label["chosen"]["cost"] == "15.06"
    summary: str = policy.explain()
    jsonld: Dict[str, Any] = policy.jsonld()
    assert summary and jsonld["@type"] == "MerchantReturnPolicy"

    shares: List[str] = returnkit.allocate({"amount": "10.00", "currency": "EUR", "weights": ["1", "2"]})
    assert shares == ["3.33", "6.67"]
    check: Dict[str, Any] = returnkit.policy_check('{"name": "x", "window": {"days": 30}}', "json")
    assert check["ok"] is True
    as_json: Dict[str, Any] = returnkit.policy_toml_to_json('name = "x"\n[window]\ndays = 30\n')
    assert as_json == {"name": "x", "window": {"days": 30}}

    document = json.loads((root / "tests/fixtures/rma/v2-sample.json").read_text())
    ticked: Dict[str, Any] = returnkit.rma_tick(document, "2026-12-01T00:00:00Z", "tick-1")
    assert ticked["document"]["rma"]["id"] == document["rma"]["id"]

    small = returnkit.Policy('name = "x"\n[window]\ndays = 30\n')
    simulated: Dict[str, Any] = returnkit.simulate(small, small, [], names=("a", "b"), top=3)
    simulated_text: str = returnkit.simulate(small, small, "", names=("a", "b"), as_json=True)
    merged: Dict[str, Any] = returnkit.simulate_merge([simulated, simulated_text])
    assert merged["records"] == 0

    codes: List[Tuple[int, str]] = returnkit.error_codes()
    assert codes[0] == (ErrorCode.PARSE, "parse")
    try:
        returnkit.rma_apply(document, {"expected_version": 1, "idempotency_key": "k", "actor": "agent",
                                       "at": "2026-12-01T00:00:00Z", "action": "close"})
    except returnkit.TransitionError as e:
        code: int = e.code
        name: str = e.code_name
        kind: str = e.kind
        field: str = e.field
        message: str = e.message
        assert (code, name, kind, field) == (3003, "VERSION_CONFLICT", "version_conflict", "command.expected_version")
        assert message.startswith("command.expected_version: ")
    else:
        raise AssertionError("a stale command raises")
    error: ReturnKitError = returnkit.ArgumentError(1001, "parse", "input", "input: ...")
    assert error.record() == {"code": 1001, "kind": "parse", "field": "input", "message": "input: ..."}
