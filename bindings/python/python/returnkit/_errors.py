"""The exceptions of returnkit: one class per area of the stable error codes (docs/errors.md).

Every error carries the code (``1007``), its name (``"QUANTITY_EXCEEDED"``), the snake_case
kind (``"quantity_exceeded"``), the path of the input field at fault
(``"request.lines[0].quantity"``, empty for none) and the message.
"""

from __future__ import annotations

import enum
from typing import Dict, Tuple, Type

__all__ = [
    "ErrorCode",
    "ReturnKitError",
    "ArgumentError",
    "PolicyError",
    "TransitionError",
    "MoneyError",
    "InternalError",
    "from_record",
]


class ErrorCode(enum.IntEnum):
    """The stable error codes by name: each name is the kind in capitals, as the C header's
    ``RK_ERROR_CODE_*`` without its prefix and the PHP package's ``ErrorCode``."""

    PARSE = 1001
    """Malformed JSON, a wrong type, a missing or unknown field."""
    INVALID_VALUE = 1002
    """A value out of its allowed range or form."""
    INVALID_QUANTITY = 1003
    """A quantity that must be positive is not."""
    UNKNOWN_LINE = 1004
    """A line id the order does not have."""
    DUPLICATE_ID = 1005
    """The same id twice where ids must be unique."""
    UNKNOWN_TENDER = 1006
    """A tender id the order does not have."""
    QUANTITY_EXCEEDED = 1007
    """More units than can be returned, received or accepted."""
    UNKNOWN_REASON = 1008
    """A return reason the policy does not know."""
    UNSUPPORTED_VERSION = 1009
    """A document in no format version this library reads."""
    INVALID_POLICY = 2001
    """A policy that does not validate."""
    INVALID_RATE_CARD = 2002
    """A rate card that does not validate."""
    NO_LABEL_SERVICE = 2003
    """No rate card can carry the return."""
    INVALID_TRANSITION = 3001
    """A command the return's state does not allow."""
    NOT_PERMITTED = 3002
    """A command the actor may not issue."""
    VERSION_CONFLICT = 3003
    """The return changed since the caller read it."""
    UNKNOWN_CURRENCY = 4001
    """Not an ISO 4217 currency with a minor unit."""
    CURRENCY_MISMATCH = 4002
    """Amounts in different currencies."""
    INVALID_AMOUNT = 4003
    """A negative amount, or one finer than the minor unit."""
    AMOUNT_OUT_OF_RANGE = 4004
    """An amount too large to compute with exactly."""
    INCONSISTENT_TAX = 4005
    """Tax that can't have been charged at the stated rate."""
    INVALID_ALLOCATION = 4006
    """Allocations that don't add up."""
    REFUND_EXCEEDS_PAID = 4007
    """A refund beyond what the tenders can take back."""
    REFUND_EXCEEDS_DUE = 4008
    """Money recorded beyond what is due."""
    INTERNAL = 9001
    """A bug in returnkit, caught at the boundary."""


class ReturnKitError(Exception):
    """Every error returnkit raises. The subclass says the area: :class:`ArgumentError`
    (1xxx), :class:`PolicyError` (2xxx), :class:`TransitionError` (3xxx),
    :class:`MoneyError` (4xxx) and :class:`InternalError` (9xxx)."""

    code: int
    """The stable numeric code (``1007``)."""
    code_name: str
    """The code's name (``"QUANTITY_EXCEEDED"``), the kind in capitals."""
    kind: str
    """The snake_case kind (``"quantity_exceeded"``)."""
    field: str
    """The path of the input field at fault, starting with its document
    (``"request.lines[0].quantity"``); empty for none."""
    message: str
    """The message, which starts with the field."""

    def __init__(self, code: int, kind: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.code_name = kind.upper()
        self.kind = kind
        self.field = field
        self.message = message

    def record(self) -> Dict[str, object]:
        """The error as the wire record: ``{"code", "kind", "field", "message"}``."""
        return {"code": self.code, "kind": self.kind, "field": self.field, "message": self.message}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, kind={self.kind!r}, "
            f"field={self.field!r}, message={self.message!r})"
        )

    def __reduce__(self) -> Tuple[Type["ReturnKitError"], Tuple[int, str, str, str]]:
        # Exceptions pickle by their args; these take four (multiprocessing, Spark workers).
        return (type(self), (self.code, self.kind, self.field, self.message))


class ArgumentError(ReturnKitError, ValueError):
    """Errors 1xxx, argument and JSON: malformed JSON, a wrong type, a missing or unknown field,
    unknown ids, quantities out of range, an unsupported document version."""


class PolicyError(ReturnKitError, ValueError):
    """Errors 2xxx: a policy or rate card that does not validate, no label service."""


class TransitionError(ReturnKitError):
    """Errors 3xxx: a command the return's state, the actor or the version does not allow."""


class MoneyError(ReturnKitError, ValueError):
    """Errors 4xxx: currencies, amounts, tax and refunds that don't add up."""


class InternalError(ReturnKitError):
    """Errors 9xxx: a bug in returnkit, caught at the boundary (a panic never crosses it)."""


_AREAS: Dict[int, Type[ReturnKitError]] = {
    1: ArgumentError,
    2: PolicyError,
    3: TransitionError,
    4: MoneyError,
    9: InternalError,
}


def from_record(code: int, kind: str, field: str, message: str) -> ReturnKitError:
    """The exception of an error record, of the class of its area. A code of an area this
    version does not know is an :class:`InternalError`, never mistaken for the caller's fault."""
    return _AREAS.get(code // 1000, InternalError)(code, kind, field, message)
