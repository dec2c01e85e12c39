"""Dates in short follow-ups and 取证 (round 16, classes found by probing in our own words, not from an eval
item).

1. a follow-up that changes only the year (“那2025年的呢”, “那去年的呢”) asks about that year: the rule is
   evaluated then (a measure in force that year answers, its expiry since said) — before, the year was not
   taken as the day asked and today's verdict (expired) came back;
2. the level's year said with 取证 (“高级技师，2020年取证”) is the year it was obtained — before, the years
   were asked again.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize("follow_up", ["那2025年的呢", "那去年招的呢"])
def test_a_year_changed_in_a_follow_up_is_the_day_asked(assistant, follow_up):
    first, then = talk(assistant, "四川，今年招了2个应届生，吸纳补贴能领吗", follow_up, today=DAY)
    assert first.calculation is not None and first.calculation.verdict == "not_eligible", first.answer  # expired 2025-12-31
    assert then.calculation is not None and then.calculation.verdict != "not_eligible", then.answer
    assert then.calculation.applied_on is not None and then.calculation.applied_on.year == 2025, then.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("浙江，高级技师，2020年取证，考核都合格，能评副高吗", "eligible"), ("浙江，技师，2025年取证，考核合格，能评中级吗", "not_eligible")],
)
def test_the_year_of_getting_said_with_quzheng(assistant, question, verdict):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer
