"""The executor side of the Spark job: decides Arrow batches of return requests.

Spark imports this module by name in each Python worker (the driver ships it with
`SparkContext.addPyFile`), so the compiled policies below live once per worker process and
are reused by every task that process runs (`spark.python.worker.reuse`, on by default). A
function defined in the driver's script would instead be pickled with a copy of its globals,
and compile the policy again for each task.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

import pyarrow as pa
import returnkit

# Columns of the answer: the record's id, then exactly one of the decision and the error
# (JSON texts, as `returnkit batch` writes them), the other null.
ANSWER_FIELDS = [("decision", pa.string()), ("error", pa.string())]

# Compiled policies of this process, by (text, format): one per policy a job names.
_POLICIES: dict[tuple[str, str], returnkit.Policy] = {}


def policy(text: str, format: str) -> returnkit.Policy:
    """The policy compiled from `text`, compiled on this worker's first use of it."""
    key = (text, format)
    compiled = _POLICIES.get(key)
    if compiled is None:
        compiled = _POLICIES[key] = returnkit.Policy(text, format=format)
    return compiled


def answer_schema(id_type: pa.DataType) -> pa.Schema:
    """The schema of the answers for ids of `id_type`."""
    return pa.schema([("id", id_type), *ANSWER_FIELDS])


def decide_inputs(batch: pa.RecordBatch) -> list[str]:
    """The text of `decide`'s input for each row: the order and the request columns are JSON
    texts already, so they go in as they are; `now` is a string, quoted for JSON."""
    orders = batch.column("order").to_pylist()
    requests = batch.column("request").to_pylist()
    nows = batch.column("now").to_pylist()
    dumps = json.dumps
    return [
        f'{{"order":{order},"request":{request},"now":{dumps(now)}}}'
        for order, request, now in zip(orders, requests, nows)
    ]


def decide_batches(
    policy_text, policy_format: str, batches: Iterable[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    """`mapInArrow`'s function: each batch of records (`id`, `order`, `request`, `now`) in, a
    batch of answers (`id`, `decision`, `error`) out, row for row.

    `policy_text` is a broadcast variable holding the policy's text (or the text itself).
    """
    text = getattr(policy_text, "value", policy_text)
    compiled = policy(text, policy_format)
    for batch in batches:
        answers = compiled.decide_many(decide_inputs(batch))
        decisions = pa.array([d for d, _ in answers], pa.string())
        errors = pa.array([e for _, e in answers], pa.string())
        ids = batch.column("id")
        yield pa.RecordBatch.from_arrays(
            [ids, decisions, errors], schema=answer_schema(ids.type)
        )
