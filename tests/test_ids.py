"""UUIDv7 identifiers: valid version 7, time-ordered, strictly increasing."""

from __future__ import annotations

import time
import uuid
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cep_desk.domain import ids
from cep_desk.domain.ids import uuid7


def check(value: str) -> uuid.UUID:
    u = uuid.UUID(value)
    assert str(u) == value  # canonical lower-case form
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    return u


@settings(max_examples=50)
@given(st.integers(min_value=2, max_value=3000))
def test_uuid7_valid_and_strictly_increasing(n: int) -> None:
    values = [uuid7() for _ in range(n)]
    parsed = [check(v) for v in values]
    assert all(a < b for a, b in pairwise(values))  # as text (sort order in SQLite)
    assert all(a.int < b.int for a, b in pairwise(parsed))


def test_uuid7_carries_the_time() -> None:
    before = time.time_ns() // 1_000_000
    value = check(uuid7())
    after = time.time_ns() // 1_000_000
    ms = value.int >> 80
    assert before <= ms <= after + 1  # +1: a counter overflow may push one millisecond ahead


def test_uuid7_stays_ordered_when_the_clock_stands_still_or_goes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    start = time.time_ns() + 10_000_000_000  # ahead of anything generated so far in this process
    clock = iter([start] * 9000 + [start - 5_000_000_000] * 100 + [start + 1_000_000] * 10)
    monkeypatch.setattr(ids.time, "time_ns", lambda: next(clock))
    # Put the generator's state back afterwards, so later ids follow the real clock again.
    monkeypatch.setattr(ids, "_last_ms", ids._last_ms)
    monkeypatch.setattr(ids, "_counter", ids._counter)
    values = [uuid7() for _ in range(9110)]  # more than the 4096 per-millisecond counter
    for v in values:
        check(v)
    assert len(set(values)) == len(values)
    assert values == sorted(values)
    assert all(a < b for a, b in pairwise(values))
