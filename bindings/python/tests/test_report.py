"""The returns report through the Python package: the shared fixture (tests/fixtures/report)
gives Rust's bytes, from JSON Lines text or from lists of dicts; the reports of shards merge to
the same bytes; errors name the record and field."""

from __future__ import annotations

import json

import pytest

import returnkit
from conftest import read

DOCUMENTS = read("tests/fixtures/report/documents.jsonl")
ORDERS = read("tests/fixtures/report/orders.jsonl")
EXPECTED = read("tests/fixtures/report/expected.json").rstrip("\n")


def test_the_fixture_gives_rusts_bytes() -> None:
    assert returnkit.report(DOCUMENTS, ORDERS, as_json=True) == EXPECTED
    as_dicts = [json.loads(line) for line in DOCUMENTS.splitlines()]
    orders = [json.loads(line) for line in ORDERS.splitlines()]
    assert returnkit.report(as_dicts, orders, as_json=True) == EXPECTED
    report = returnkit.report(DOCUMENTS, ORDERS)
    assert report["rmas"] == 60
    assert report["orders"]["orders"] == 180
    assert report["schema_version"] == 1


def test_shards_merge_to_the_single_pass() -> None:
    lines = DOCUMENTS.splitlines()
    shards = [lines[:7], lines[7:37], lines[37:]]
    reports = [
        returnkit.report("\n".join(shard), ORDERS if k == 1 else None)
        for k, shard in enumerate(shards)
    ]
    assert returnkit.report_merge(list(reversed(reports)), as_json=True) == EXPECTED
    texts = [json.dumps(r) for r in reports]
    assert returnkit.report_merge("[" + ",".join(texts) + "]", as_json=True) == EXPECTED


def test_errors_name_the_record_and_field() -> None:
    with pytest.raises(returnkit.ArgumentError) as e:
        returnkit.report([{"schema_version": 2, "rma": {"id": 7}}])
    assert e.value.field == "documents[0].rma.id"
    with pytest.raises(returnkit.ArgumentError) as e:
        returnkit.report('\n{"schema_version": 9}\n')
    assert (e.value.code, e.value.field) == (1009, "line 2.schema_version")
    with pytest.raises(returnkit.ArgumentError) as e:
        returnkit.report_merge([{"schema_version": 2}])
    assert e.value.field == "reports[0].schema_version"
    with pytest.raises(TypeError):
        returnkit.report({"schema_version": 2})  # type: ignore[arg-type]
