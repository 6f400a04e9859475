"""returnkit for Python: return policies, decisions, refund and label quotes, exact splits and
return authorizations (RMA), answering byte for byte as the Rust crate, the CLI and the other
bindings do.

Every call takes a ``dict`` (or the same as JSON text) and returns a ``dict`` (or, with
``as_json=True``, the exact JSON text of the Rust core). Amounts are decimal strings
(``"89.61"``), in and out, never floats. Errors raise a :class:`ReturnKitError` subclass
carrying the stable ``code``, its ``kind`` and the ``field`` at fault.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Tuple, Union, overload

from . import _returnkit
from ._errors import (
    ArgumentError,
    ErrorCode,
    InternalError,
    MoneyError,
    PolicyError,
    ReturnKitError,
    TransitionError,
)

__version__: str = _returnkit.__version__

__all__ = [
    "__version__",
    "Policy",
    "quote",
    "allocate",
    "policy_check",
    "policy_toml_to_json",
    "decision_offer",
    "rma_submit",
    "rma_apply",
    "rma_tick",
    "report",
    "report_merge",
    "simulate",
    "simulate_merge",
    "error_codes",
    "ErrorCode",
    "ReturnKitError",
    "ArgumentError",
    "PolicyError",
    "TransitionError",
    "MoneyError",
    "InternalError",
]

JsonInput = Union[str, Mapping[str, Any]]
"""A wire document: JSON text, or a dict of what the JSON text would hold."""
JsonObject = Dict[str, Any]
"""A wire answer as Python values: amounts are decimal strings, never floats."""
RateCards = Union[str, Sequence[Mapping[str, Any]], Mapping[str, Any], None]
"""Rate cards: a list of cards, one card, or their JSON text (a JSON array)."""
Records = Union[str, Sequence[JsonInput]]
"""Records for a report: JSON text (a JSON array, or JSON Lines), or a list of records, each
a dict or its JSON text."""

def _decimal_text(value: Any) -> str:
    """A ``decimal.Decimal`` in a dict is written as the decimal string the wire takes
    (``Decimal("89.61")`` as ``"89.61"``, never in exponent form); any other type JSON can't
    hold is refused."""
    if isinstance(value, Decimal) and value.is_finite():
        return format(value, "f")
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_decimal_text).encode
_loads = json.loads


def _text(value: Any) -> str:
    """JSON text as given, or a dict written as JSON text (compact, in its own key order)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a dict or JSON text (str), got {type(value).__name__}")
    try:
        return _dumps(value if isinstance(value, dict) else dict(value))
    except (TypeError, ValueError) as e:
        raise TypeError(f"a dict that JSON can't hold: {e}") from None


def _answer(text: str, as_json: bool) -> Any:
    return text if as_json else _loads(text)


class Policy:
    """A compiled return policy with its rate cards: compile once, then decide any number of
    returns, from any number of threads (each call releases the GIL while it works).

    ``text`` is the policy document, TOML (``format="toml"``) or JSON (``format="json"``).
    ``rate_cards`` are the rate cards for return labels: a list of cards (dicts), one card, or
    their JSON text. A policy pickles (as its documents, compiled again when unpickled). A policy that does not validate raises :class:`PolicyError` (its first
    problem; :func:`policy_check` lists them all); text that does not parse raises
    :class:`ArgumentError`.
    """

    __slots__ = ("_native", "_source")

    def __init__(
        self,
        text: str,
        format: str = "toml",
        rate_cards: RateCards = None,
    ) -> None:
        cards = _cards(rate_cards)
        self._native = _returnkit.Policy(text, format, cards)
        self._source = (text, format, cards)

    def __reduce__(self) -> Tuple[Any, Tuple[str, str, str]]:
        # A policy pickles as its documents and compiles again where it is unpickled (a Spark
        # executor, a multiprocessing worker).
        return (Policy, self._source)

    @classmethod
    def from_file(
        cls,
        path: Union[str, "os.PathLike[str]"],
        rate_cards: RateCards = None,
    ) -> "Policy":
        """The policy of a file, its format from the extension: ``.toml`` or ``.json``."""
        name = os.fspath(path)
        ext = os.path.splitext(name)[1].lower()
        if ext not in (".toml", ".json"):
            raise ValueError(f"{name}: a policy file ends in .toml or .json")
        with open(name, encoding="utf-8") as f:
            return cls(f.read(), ext[1:], rate_cards)

    @overload
    def decide(self, input: JsonInput, *, as_json: Literal[False] = ...) -> JsonObject: ...
    @overload
    def decide(self, input: JsonInput, *, as_json: Literal[True]) -> str: ...
    @overload
    def decide(self, input: JsonInput, *, as_json: bool) -> Union[JsonObject, str]: ...
    def decide(self, input: JsonInput, *, as_json: bool = False) -> Any:
        """The decision on a return request: ``{"order": ..., "request": ..., "now": "RFC
        3339"}`` in, the decision out (docs/decisions.md)."""
        text = self._native.decide(input if input.__class__ is str else _text(input))
        return text if as_json else _loads(text)

    def decide_many(self, inputs: Sequence[str]) -> List[Tuple[Optional[str], Optional[str]]]:
        """Decides each input (JSON text, as :meth:`decide` takes) with the GIL released: one
        ``(decision_json, None)`` or ``(None, error_json)`` pair per input, in order. The
        decision is the text ``decide(..., as_json=True)`` gives; the error is the wire record
        ``{"code", "kind", "field", "message"}``, as ``returnkit batch`` writes it. A bad
        input never raises."""
        return self._native.decide_many(inputs)

    @overload
    def refund_preview(self, input: JsonInput, *, as_json: Literal[False] = ...) -> Optional[JsonObject]: ...
    @overload
    def refund_preview(self, input: JsonInput, *, as_json: Literal[True]) -> str: ...
    @overload
    def refund_preview(self, input: JsonInput, *, as_json: bool) -> Union[Optional[JsonObject], str]: ...
    def refund_preview(self, input: JsonInput, *, as_json: bool = False) -> Any:
        """The refund quote of the offer that answers a request: what :meth:`decide` takes in;
        the quote out, or ``None`` when no offer answers."""
        return _answer(self._native.refund_preview(_text(input)), as_json)

    @overload
    def label_quote(self, request: JsonInput, *, as_json: Literal[False] = ...) -> JsonObject: ...
    @overload
    def label_quote(self, request: JsonInput, *, as_json: Literal[True]) -> str: ...
    @overload
    def label_quote(self, request: JsonInput, *, as_json: bool) -> Union[JsonObject, str]: ...
    def label_quote(self, request: JsonInput, *, as_json: bool = False) -> Any:
        """A return label quote with the policy's rate cards: a label request in, the quote
        out. :class:`PolicyError` (2003) when no card can carry the return."""
        return _answer(self._native.label_quote(_text(request)), as_json)

    @overload
    def explain(self, *, as_json: Literal[False] = ...) -> str: ...
    @overload
    def explain(self, *, as_json: Literal[True]) -> str: ...
    @overload
    def explain(self, *, as_json: bool) -> Union[str, str]: ...
    def explain(self, *, as_json: bool = False) -> Any:
        """The policy explained for customers, in plain language (a string)."""
        return _answer(self._native.explain(False), as_json)

    def summary(self, locale: Optional[str] = None) -> str:
        """The plain-language summary in the customer's language: ``locale`` is a BCP 47 tag
        (``"de-AT"``), matched as a decide request's ``locale`` is; ``None``, or a language
        without a catalog, is English (what :meth:`explain` gives)."""
        text: str = _loads(self._native.summary(locale))
        return text

    @overload
    def jsonld(self, *, as_json: Literal[False] = ...) -> JsonObject: ...
    @overload
    def jsonld(self, *, as_json: Literal[True]) -> str: ...
    @overload
    def jsonld(self, *, as_json: bool) -> Union[JsonObject, str]: ...
    def jsonld(self, *, as_json: bool = False) -> Any:
        """The policy as a schema.org ``MerchantReturnPolicy`` JSON-LD object."""
        return _answer(self._native.explain(True), as_json)


def _cards(rate_cards: RateCards) -> str:
    if rate_cards is None:
        return ""
    if isinstance(rate_cards, str):
        return rate_cards
    if isinstance(rate_cards, Mapping):
        return _dumps([dict(rate_cards)])
    return _dumps([dict(card) for card in rate_cards])


@overload
def quote(input: JsonInput, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def quote(input: JsonInput, *, as_json: Literal[True]) -> str: ...
@overload
def quote(input: JsonInput, *, as_json: bool) -> Union[JsonObject, str]: ...
def quote(input: JsonInput, *, as_json: bool = False) -> Any:
    """A refund quote: ``{"order": ..., "request": ...}`` in, the quote out (docs/refunds.md)."""
    return _answer(_returnkit.quote(_text(input)), as_json)


@overload
def allocate(input: JsonInput, *, as_json: Literal[False] = ...) -> List[str]: ...
@overload
def allocate(input: JsonInput, *, as_json: Literal[True]) -> str: ...
@overload
def allocate(input: JsonInput, *, as_json: bool) -> Union[List[str], str]: ...
def allocate(input: JsonInput, *, as_json: bool = False) -> Any:
    """Splits an amount exactly across weights by largest remainder: ``{"amount": "10.00",
    "currency": "EUR", "weights": ["1", "2"]}`` in, the shares out (``["3.33", "6.67"]``)."""
    return _answer(_returnkit.allocate(_text(input)), as_json)


@overload
def policy_check(text: str, format: str = ..., *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def policy_check(text: str, format: str = ..., *, as_json: Literal[True]) -> str: ...
@overload
def policy_check(text: str, format: str = ..., *, as_json: bool) -> Union[JsonObject, str]: ...
def policy_check(text: str, format: str = "toml", *, as_json: bool = False) -> Any:
    """Every problem in a policy document, without compiling it: ``{"ok": bool, "errors":
    [{"code", "kind", "field", "message"}, ...]}``. A document with problems is an answer
    with ``"ok": False``, not an exception."""
    return _answer(_returnkit.policy_check(text, format), as_json)


@overload
def policy_toml_to_json(text: str, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def policy_toml_to_json(text: str, *, as_json: Literal[True]) -> str: ...
@overload
def policy_toml_to_json(text: str, *, as_json: bool) -> Union[JsonObject, str]: ...
def policy_toml_to_json(text: str, *, as_json: bool = False) -> Any:
    """The JSON form of a TOML policy document, checked as a policy."""
    return _answer(_returnkit.policy_toml_to_json(text), as_json)


@overload
def decision_offer(decision: JsonInput, resolution: Optional[str] = ..., *, as_json: Literal[False] = ...) -> Optional[JsonObject]: ...
@overload
def decision_offer(decision: JsonInput, resolution: Optional[str] = ..., *, as_json: Literal[True]) -> str: ...
@overload
def decision_offer(decision: JsonInput, resolution: Optional[str] = ..., *, as_json: bool) -> Union[Optional[JsonObject], str]: ...
def decision_offer(
    decision: JsonInput, resolution: Optional[str] = None, *, as_json: bool = False
) -> Any:
    """The offer of a decision (as :meth:`Policy.decide` gave it) that answers a resolution
    (``"store_credit"``), or with none the one the decision's request asked for:
    ``{"resolution", "request", "quote"}``, or ``None`` when no offer answers."""
    return _answer(_returnkit.decision_offer(_text(decision), resolution or ""), as_json)


@overload
def rma_submit(command: JsonInput, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def rma_submit(command: JsonInput, *, as_json: Literal[True]) -> str: ...
@overload
def rma_submit(command: JsonInput, *, as_json: bool) -> Union[JsonObject, str]: ...
def rma_submit(command: JsonInput, *, as_json: bool = False) -> Any:
    """Opens a return authorization: a ``submit`` command in, ``{"document", "events"}`` out."""
    return _answer(_returnkit.rma_submit(_text(command)), as_json)


@overload
def rma_apply(document: JsonInput, command: JsonInput, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def rma_apply(document: JsonInput, command: JsonInput, *, as_json: Literal[True]) -> str: ...
@overload
def rma_apply(document: JsonInput, command: JsonInput, *, as_json: bool) -> Union[JsonObject, str]: ...
def rma_apply(document: JsonInput, command: JsonInput, *, as_json: bool = False) -> Any:
    """Applies a command to a return authorization document: ``{"document", "events"}`` out.
    :class:`TransitionError` (3001 to 3003) when the command is not allowed now, by this
    actor, or at this version."""
    return _answer(_returnkit.rma_apply(_text(document), _text(command)), as_json)


@overload
def rma_tick(document: JsonInput, now: str, idempotency_key: str, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def rma_tick(document: JsonInput, now: str, idempotency_key: str, *, as_json: Literal[True]) -> str: ...
@overload
def rma_tick(document: JsonInput, now: str, idempotency_key: str, *, as_json: bool) -> Union[JsonObject, str]: ...
def rma_tick(
    document: JsonInput, now: str, idempotency_key: str, *, as_json: bool = False
) -> Any:
    """Lets time pass for a return authorization document: ``now`` is an RFC 3339 instant,
    and a repeated ``idempotency_key`` changes nothing. ``{"document", "events"}`` out."""
    return _answer(_returnkit.rma_tick(_text(document), now, idempotency_key), as_json)


def _records_text(records: Union[str, Sequence[JsonInput]]) -> str:
    """JSON Lines as given, or a sequence of records (dicts or JSON texts), one per line."""
    if isinstance(records, str):
        return records
    return "\n".join(_text(r) for r in records)


@overload
def simulate(current: Policy, proposed: Policy, records: Union[str, Sequence[JsonInput]], *, names: Optional[Tuple[str, str]] = ..., top: Optional[int] = ..., as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def simulate(current: Policy, proposed: Policy, records: Union[str, Sequence[JsonInput]], *, names: Optional[Tuple[str, str]] = ..., top: Optional[int] = ..., as_json: Literal[True]) -> str: ...
@overload
def simulate(current: Policy, proposed: Policy, records: Union[str, Sequence[JsonInput]], *, names: Optional[Tuple[str, str]] = ..., top: Optional[int] = ..., as_json: bool) -> Union[JsonObject, str]: ...
def simulate(
    current: Policy,
    proposed: Policy,
    records: Union[str, Sequence[JsonInput]],
    *,
    names: Optional[Tuple[str, str]] = None,
    top: Optional[int] = None,
    as_json: bool = False,
) -> Any:
    """Policy what-if: ``records`` (JSON Lines text, or a sequence of records as ``returnkit
    batch`` reads them) decided under the ``current`` and the ``proposed`` policy, and what
    changed: outcomes, refunds, fees and label costs, by reason and SKU, and the records that
    changed most (docs/simulate.md). ``names`` default to ``("current", "proposed")``;
    ``top`` is how many changed records to keep (10). A record that fails is counted, not
    raised. Releases the GIL while it works."""
    options: Dict[str, Any] = {}
    if names is not None:
        options["names"] = list(names)
    if top is not None:
        options["top"] = top
    text = _returnkit.simulate(
        current._native, proposed._native, _records_text(records), _dumps(options) if options else ""
    )
    return _answer(text, as_json)


@overload
def simulate_merge(simulations: Union[str, Sequence[JsonInput]], *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def simulate_merge(simulations: Union[str, Sequence[JsonInput]], *, as_json: Literal[True]) -> str: ...
@overload
def simulate_merge(simulations: Union[str, Sequence[JsonInput]], *, as_json: bool) -> Union[JsonObject, str]: ...
def simulate_merge(simulations: Union[str, Sequence[JsonInput]], *, as_json: bool = False) -> Any:
    """Merges simulations of shards of a history (dicts or JSON texts, or their JSON array)
    into the simulation of the whole, whatever the order."""
    text = simulations if isinstance(simulations, str) else "[" + ",".join(_text(s) for s in simulations) + "]"
    return _answer(_returnkit.simulate_merge(text), as_json)


def error_codes() -> List[Tuple[int, str]]:
    """Every stable error code with its kind: ``[(1001, "parse"), ...]``."""
    return _returnkit.error_codes()


def _records(value: Records) -> str:
    """Records as the wire takes them: JSON text as given, a list as a JSON array."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        raise TypeError("expected a list of records or JSON text (str), got a single dict")
    return "[" + ",".join(_text(item) for item in value) + "]"


@overload
def report(documents: Records, orders: Optional[Records] = ..., *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def report(documents: Records, orders: Optional[Records] = ..., *, as_json: Literal[True]) -> str: ...
@overload
def report(documents: Records, orders: Optional[Records] = ..., *, as_json: bool) -> Union[JsonObject, str]: ...
def report(documents: Records, orders: Optional[Records] = None, *, as_json: bool = False) -> Any:
    """The returns report (docs/analytics.md) of RMA records: RMA documents as stored, or
    ``{"document", "request", "decision"}`` records. ``orders`` is the order feed, for return
    rates. Each is JSON text (an array, or JSON Lines) or a list. Errors name the record and
    field (``documents[3].rma.status``; ``line 4.rma.status`` in JSON Lines)."""
    feed = None if orders is None else _records(orders)
    return _answer(_returnkit.report(_records(documents), feed), as_json)


@overload
def report_merge(reports: Records, *, as_json: Literal[False] = ...) -> JsonObject: ...
@overload
def report_merge(reports: Records, *, as_json: Literal[True]) -> str: ...
@overload
def report_merge(reports: Records, *, as_json: bool) -> Union[JsonObject, str]: ...
def report_merge(reports: Records, *, as_json: bool = False) -> Any:
    """Merges returns reports (as :func:`report` gave them, dicts or JSON text) into the report
    of all their records and orders: the same as one :func:`report` over them all."""
    return _answer(_returnkit.report_merge(_records(reports)), as_json)
