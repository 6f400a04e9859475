"""Every error path: each raises the ReturnKitError subclass of its area with the code, its
name, the kind, the field at fault and the message, as the Rust core gives them; a panic is
error 9001, never a PanicException; arguments of the wrong Python type raise TypeError."""

from __future__ import annotations

import json
import pickle
from typing import Any, Callable, Type

import pytest

import returnkit
from conftest import native, read

ORDER = json.loads(read("crates/returnkit/samples/order.json"))
REQUEST = json.loads(read("crates/returnkit/samples/request.json"))
POLICY_TOML = read("crates/returnkit/samples/policy.toml")
NOW = "2026-10-20T18:00:00Z"


def raised(call: Callable[[], Any], cls: Type[returnkit.ReturnKitError]) -> returnkit.ReturnKitError:
    with pytest.raises(cls) as info:
        call()
    assert type(info.value) is cls
    return info.value


def test_malformed_json_is_a_parse_error_on_the_input() -> None:
    e = raised(lambda: returnkit.quote("{"), returnkit.ArgumentError)
    assert (e.code, e.code_name, e.kind, e.field) == (1001, "PARSE", "parse", "input")
    assert e.message == "input: EOF while parsing an object at line 1 column 1"
    assert str(e) == e.message
    assert isinstance(e, ValueError), "an argument error is a ValueError too"
    [want] = native([["quote", "{"]])
    assert e.record() == want["err"]


def test_a_field_path_inside_a_document() -> None:
    request = {**REQUEST, "lines": [{"line_id": "l1", "quantity": 5}]}
    e = raised(lambda: returnkit.quote({"order": ORDER, "request": request}), returnkit.ArgumentError)
    assert (e.code, e.kind, e.field) == (1007, "quantity_exceeded", "request.lines[0].quantity")
    assert e.code == returnkit.ErrorCode.QUANTITY_EXCEEDED
    assert e.message.startswith("request.lines[0].quantity: ")
    [want] = native([["quote", json.dumps({"order": ORDER, "request": request})]])
    assert e.record() == want["err"]


def test_a_bad_instant() -> None:
    policy = returnkit.Policy(POLICY_TOML)
    e = raised(lambda: policy.decide({"order": ORDER, "request": REQUEST, "now": "2026-02-29T00:00:00Z"}),
               returnkit.ArgumentError)
    assert (e.code, e.kind, e.field) == (1001, "parse", "now")
    assert "2026-02-29 does not exist" in e.message


def test_a_policy_that_does_not_validate() -> None:
    e = raised(lambda: returnkit.Policy('{"name": "x", "window": {"days": -1}}', "json"), returnkit.PolicyError)
    assert (e.code, e.code_name, e.kind, e.field) == (2001, "INVALID_POLICY", "invalid_policy", "policy.window.days")
    e = raised(lambda: returnkit.Policy("name = 'x'\n[window]\ndays = '30'\n"), returnkit.ArgumentError)
    assert (e.code, e.field) == (1001, "policy.window.days")
    assert "line 3" in e.message
    e = raised(lambda: returnkit.Policy(POLICY_TOML, "yaml"), returnkit.ArgumentError)
    assert (e.code, e.kind, e.field) == (1002, "invalid_value", "format")
    e = raised(lambda: returnkit.Policy(POLICY_TOML, rate_cards=[{"carrier": "x"}]), returnkit.ArgumentError)
    assert e.field.startswith("rate_cards"), e.field


def test_a_command_the_state_does_not_allow() -> None:
    document = read("tests/fixtures/rma/v2-sample.json")
    command = {"expected_version": json.loads(document)["rma"]["version"], "idempotency_key": "x-1",
               "actor": "warehouse", "at": "2026-11-20T09:00:00Z",
               "action": {"receive_items": {"parcel_id": "p1", "lines": [{"line_id": "A", "quantity": 1}]}}}
    e = raised(lambda: returnkit.rma_apply(document, command), returnkit.TransitionError)
    assert (e.code, e.kind) == (3001, "invalid_transition")
    [want] = native([["rma_apply", document, json.dumps(command)]])
    assert e.record() == want["err"]
    stale = {**command, "expected_version": 1, "idempotency_key": "x-2"}
    e = raised(lambda: returnkit.rma_apply(document, stale), returnkit.TransitionError)
    assert (e.code, e.kind) == (3003, "version_conflict")


def test_money_errors() -> None:
    e = raised(lambda: returnkit.allocate({"amount": "10.005", "currency": "USD", "weights": ["1"]}),
               returnkit.MoneyError)
    assert (e.code, e.kind, e.field) == (4003, "invalid_amount", "input.amount")
    e = raised(lambda: returnkit.allocate({"amount": "1.00", "currency": "XXX", "weights": ["1"]}),
               returnkit.ArgumentError)
    assert (e.code, e.field) == (1001, "input.currency")


def test_a_panic_is_an_internal_error() -> None:
    e = raised(lambda: returnkit._returnkit._debug_panic("boom"), returnkit.InternalError)
    assert (e.code, e.code_name, e.kind, e.field) == (9001, "INTERNAL", "internal", "")
    assert "boom" in e.message
    # The module works on afterwards.
    assert returnkit.allocate({"amount": "1.00", "currency": "USD", "weights": ["1"]}) == ["1.00"]


def test_an_unknown_resolution() -> None:
    e = raised(lambda: returnkit.decision_offer({"schema_version": 1}, "cash"), returnkit.ArgumentError)
    assert (e.code, e.field) == (1002, "resolution")
    e = raised(lambda: returnkit.decision_offer('{"schema_version": 2}'), returnkit.ArgumentError)
    assert (e.code, e.kind, e.field) == (1009, "unsupported_version", "decision.schema_version")


def test_arguments_of_the_wrong_type_raise_type_error() -> None:
    policy = returnkit.Policy(POLICY_TOML)
    with pytest.raises(TypeError):
        policy.decide(42)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        returnkit.quote({"order": object()})
    with pytest.raises(TypeError):
        returnkit.quote([ORDER, REQUEST])  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        returnkit.Policy(b"name = 'x'")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        returnkit.rma_tick("{}", 5, "k")  # type: ignore[call-overload]


def test_floats_in_a_dict_are_the_wire_formats_error() -> None:
    # A float is written as a JSON number, which an amount never is: the same error as the
    # same JSON text gives.
    bad = {"amount": 10.5, "currency": "USD", "weights": ["1"]}
    e = raised(lambda: returnkit.allocate(bad), returnkit.ArgumentError)
    assert (e.code, e.field) == (1001, "input.amount")
    # A dict is written compact (no spaces), so positions count in that text.
    [want] = native([["allocate", json.dumps(bad, separators=(",", ":"))]])
    assert e.record() == want["err"]


def test_the_error_codes_are_the_librarys() -> None:
    codes = returnkit.error_codes()
    assert len(codes) == 24
    assert [(c.value, c.name) for c in returnkit.ErrorCode] == [(code, kind.upper()) for code, kind in codes]


def test_the_class_of_each_area() -> None:
    for code, kind in returnkit.error_codes():
        e = returnkit._errors.from_record(code, kind, "f", "m")
        assert isinstance(e, returnkit.ReturnKitError)
        assert type(e) is {1: returnkit.ArgumentError, 2: returnkit.PolicyError, 3: returnkit.TransitionError,
                           4: returnkit.MoneyError, 9: returnkit.InternalError}[code // 1000]
    # A code of an area this version does not know is never mistaken for the caller's fault.
    assert type(returnkit._errors.from_record(5001, "new", "", "m")) is returnkit.InternalError


def test_an_error_pickles_whole() -> None:
    e = raised(lambda: returnkit.quote("{"), returnkit.ArgumentError)
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is returnkit.ArgumentError
    assert back.record() == e.record()
    assert back.code_name == "PARSE"
    assert repr(back) == repr(e)
