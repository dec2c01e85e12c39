"""Short replies to the questions the Sichuan declared clauses ask (assistant/rules/clauses/sichuan_*.yaml).

A reply is read bare (particles such as 了/的 dropped), so a fact's ``answers`` are written bare.
"""

from __future__ import annotations

import pytest

from assistant.text import normalize
from assistant.understand.replies import read_reply


@pytest.mark.parametrize(
    ("reply", "pending", "value"),
    [
        ("拿到了", "examiner_card", True),
        ("还没拿到", "examiner_card", False),
        ("出师了", "apprenticeship_done", True),
        ("还没出师", "apprenticeship_done", False),
        ("还在试用期", "probation_done", False),
        ("过了", "probation_done", True),
        ("备案了", "evaluator_filed", True),
        ("还没备案", "evaluator_filed", False),
        ("外校的", "own_student", False),
        ("是省属的", "provincial_university", True),
        ("外省的", "provincial_university", False),
        ("没脱钩", "gov_affiliated", True),
        ("早就脱钩了", "gov_affiliated", False),  # a qualifier, then a no word (the cues read it so too)
        ("获奖了", "competition_placed", True),
        ("是一线的", "frontline_worker", True),
    ],
)
def test_a_short_reply_answers_the_pending_fact(reply, pending, value):
    got = read_reply(normalize(reply), pending)
    assert got == ({} if value is None else {pending: value})
