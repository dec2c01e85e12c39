"""What a figure or conditions are asked of (round 16, classes found by probing in our own words, not from an
eval item).

1. the award asked as such (“认定为国家级的奖多少”, “奖励是多少”) is the one-off award (200万元), not the award
   plus a year's operating subsidy (补助) — before, 280万元;
2. conditions asked of a body one becomes (“申请成为技能等级认定的评价机构，要满足啥条件”) are the body's, stated
   by the articles of the document whose title names it (浙江 评价机构 设立条件) — before, declined as the
   conditions of 技能等级认定 the corpus does not give.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("山西人力资源服务产业园认定为国家级的奖多少", Decimal("2000000")), ("山西，评上省级人力资源服务产业园，奖励是多少", Decimal("1000000"))],
)
def test_the_award_asked_is_the_one_off_award(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.value == expected, answer.answer


def test_both_parts_asked_are_still_added(assistant):
    (answer,) = talk(assistant, "山西，省级产业园，一次性奖励加一年运营补助一共多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.value == Decimal("1600000"), answer.answer


@pytest.mark.parametrize("question", ["杭州一家企业想申请成为技能等级认定的评价机构，要满足啥条件", "浙江，评价机构的设立条件是什么"])
def test_the_conditions_of_the_body_one_becomes(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.citations and answer.citations[0].article.startswith("一、（三）3."), answer.citations[:1]
