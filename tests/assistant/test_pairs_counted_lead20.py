"""Round 20: people counted as a pair by who they are (他俩, 兄妹俩, 夫妻俩 — probing in our own words).

“双胞胎兄妹俩…一次性求职补贴他俩加起来多少”: two people, so the total is for two (川办发〔2024〕34号 二、（十四）:
1500元 each).  Before, no count was read and one person's figure was given as the total.  The one-off start-up subsidy
is paid to each who started up: “我俩一共” is two of it.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk


def test_a_pair_named_by_kinship_is_two_people(assistant):
    (answer,) = talk(assistant, "成都的，家里是低保户，双胞胎兄妹俩都是今年毕业学年，一直在找工作，一次性求职补贴他俩加起来多少", today=date(2025, 3, 20))
    assert answer.state.facts.get("people_count") == 2, answer.state.facts
    assert answer.calculation is not None and answer.calculation.value == 3000, answer.answer


def test_each_who_started_up_is_paid_once(assistant):
    # 川办发〔2024〕34号 一、（五）: 1万元 one-off start-up subsidy, each graduate who started their own
    (answer,) = talk(assistant, "绵阳的，我和我同学都是离校一年的大学生，各自开了个小店，都是第一次创业，正常经营一年多了，一次性创业补贴我俩一共能拿多少", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.value == 20000, answer.answer
