"""Titles asked with the verb after them, and appraisal grades in other words (round 16, classes found by
probing in our own words, not from an eval item).

1. the title named, then whether one may (“中级职称能评不”, “副高可以报吗”), or 助理 alone for the 助理级
   title (“能报助理吗”): before, no topic was found and a passage was quoted with no verdict;
2. the civil-service grades 不称职 and 基本称职 are an appraisal not passed (the rule asks 考核合格):
   a disqualifier stated, never an eligible verdict.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("嘉兴这边，电焊技师，17年取证，考核都过了，中级职称能评不", "eligible"),
        ("杭州，副高可以报吗，我是高级技师5年了考核合格", "eligible"),
        ("宁波的，高级工干了三年，考核都合格，能不能评助理", "eligible"),
        ("台州，技师证去年才拿的，中级职称能报不", "not_eligible"),
    ],
)
def test_the_title_named_before_the_verb(assistant, question, verdict):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "湖州，高级工证拿了三年，去年考核不称职，能报助理吗",
        "温州的，我有高级工证，5年了，但是前年考核是基本称职，今年能报助理级吗",
        "杭州，高级技师六年了，前年年度考核被定为不称职，评副高可以吗",
    ],
)
def test_a_grade_below_pass_is_a_disqualifier(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
