"""Mistakes ``mypy --strict`` must catch with the package's types: the test expects an error
on every line marked ``# E``."""

from __future__ import annotations

import returnkit


def misuse(policy: returnkit.Policy) -> None:
    text: str = policy.decide("{}")  # E
    answer: dict[str, object] = policy.decide("{}", as_json=True)  # E
    policy.decide_many("{}", 1)  # E
    returnkit.Policy("name = 'x'", format=1)  # E
    code: str = returnkit.ReturnKitError(1, "k", "f", "m").code  # E
    shares: int = returnkit.allocate("{}")  # E
    returnkit.rma_tick("{}", now=5, idempotency_key="k")  # E
    print(text, answer, code, shares)
