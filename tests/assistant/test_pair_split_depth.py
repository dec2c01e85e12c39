"""A question naming two things is split and each part asked on its own (difference or sum of two
rules' figures); a part that again names two things is split again only a bounded number of times —
before, a question whose parts kept naming pairs was split without end (minutes per question)."""

from __future__ import annotations

from datetime import date

import pytest

import assistant.operands as operands
from assistant.answer import _turn
from assistant.schema import DialogueState


@pytest.mark.timeout(60)  # unbounded, it does not end (checked: the guard removed, it ran past 120 s)
def test_a_part_asked_on_its_own_is_split_at_most_twice_deep(monkeypatch):
    calls: list[str] = []

    def always_splits(text, decision, ask):
        # every part names two things again: each is asked on its own, through the dialogue turn
        calls.append(text)
        ask(text, None, {})
        ask(text, None, {})
        return None

    monkeypatch.setattr(operands, "rule_arithmetic", always_splits)
    _turn(DialogueState(), "浙江的高级技师评副高要几年？", "浙江省", date(2026, 12, 1))
    # the question itself, its two parts, and their two parts each: 1 + 2 = 3 splits, then no further
    assert len(calls) == 3
