"""Round 19: a verdict asked of the person's own case whose subsidy or title is named loosely (“能不能弄个工程师”,
“政府那一万块能给我不”) is taken up by the one topic whose rules read the most of what the person told — at least two
independent facts, no tie; a figure, a rate or a procedure asked so is not (those a passage answers, or the corpus
does not: “中小企业数字化转型，政府补助多少钱” is still declined).
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize(
    ("question", "rule", "day"),
    [
        ("浙江的，我是技师，拿证四年了，考核都合格，能不能弄个工程师", "zj.title_by_skill_level", date(2026, 12, 1)),
        ("绵阳的，前年毕业的大专生，开了个小吃店一年多了，政府那一万块能给我不", "sc.startup_subsidy", date(2025, 3, 1)),
    ],
)
def test_a_verdict_asked_of_a_thing_named_loosely(assistant, question, rule, day):
    (answer,) = talk(assistant, question, today=day)
    assert answer.calculation is not None and answer.calculation.rule_id == rule, (answer.calculation, answer.answer)


def test_a_figure_asked_of_a_thing_no_rule_covers_is_still_declined(assistant):
    (answer,) = talk(assistant, "我们是中小企业，做数字化转型，政府具体补助多少钱")
    assert answer.abstained, answer.answer
