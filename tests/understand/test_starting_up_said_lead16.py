"""Starting a business said in the person's words, money asked without naming the subsidy (round 16, a class
found by probing in our own words, not from an eval item): “第一次创业，有补贴吗”, “开了个养殖场…有补贴吗” are
the 一次性创业补贴 (第九条) — before, no rule was found and a passage was quoted with no verdict."""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("我是返乡农民工，开了个养殖场，营业执照办了一年多了，第一次创业，有补贴吗", "eligible"),
        ("返乡农民工，第一次自己创业，搞了个农家乐，才开了半年，有补贴没", "not_eligible"),
        ("我开了个厂，第一次创业，干了两年，能拿补贴不", "need_more_info"),
    ],
)
def test_starting_up_asks_the_startup_subsidy(assistant, question, verdict):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id.endswith("startup_subsidy"), answer.answer
    assert answer.calculation.verdict == verdict, answer.answer


def test_a_factory_hiring_is_not_starting_up(assistant):
    (answer,) = talk(assistant, "我们厂招了5个人，有补贴吗", today=DAY)
    assert answer.calculation is None or not answer.calculation.rule_id.endswith("startup_subsidy"), answer.answer
