"""Round 20: people counted as a pair by who they are (他俩, 兄妹俩, 夫妻俩 — probing in our own words).

“双胞胎兄妹俩…一次性求职补贴他俩加起来多少”: two people, so the total is for two (川办发〔2024〕34号 二、（十四）:
1500元 each).  Before, no count was read and one person's figure was given as the total.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk


def test_a_pair_named_by_kinship_is_two_people(assistant):
    (answer,) = talk(assistant, "成都的，家里是低保户，双胞胎兄妹俩都是今年毕业学年，一直在找工作，一次性求职补贴他俩加起来多少", today=date(2025, 3, 20))
    assert answer.state.facts.get("people_count") == 2, answer.state.facts
    assert answer.calculation is not None and answer.calculation.value == 3000, answer.answer
