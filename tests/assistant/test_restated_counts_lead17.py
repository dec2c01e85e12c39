"""Training paid for asked with the verb 补 alone, and a group restated by its number (round 17, classes found by
probing in our own words).

1. “企业自己组织职工培训，晋中给补吗”, “政府补不补”, “给不给补”: whether the training is paid for, the subsidy
   unnamed — before, no topic was found and the question was declined as unanswered;
2. “培训了45个工人” then “有3个中途走了，按42个算是多少” / “那42个人一共多少”: the group said again by its number
   alone is the group trained — the total follows it (before: 45 kept, or the message declined).
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "我们公司在榆次，自己给员工办了技能培训，政府补不补",
        "介休一家厂子，组织职工培训，晋中这边给补吗",
        "晋中的企业搞职工技能培训，给不给补啊",
    ],
)
def test_training_paid_for_asked_with_bu(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.enterprise_training_subsidy", answer.answer


@pytest.mark.parametrize(
    ("restated", "total"),
    [
        ("有2个中途不来了，按28个算一共多少", 8400),
        ("走了两个没学完，那28个人一共多少", 8400),
        ("不对，按28个人算是多少", 8400),
    ],
)
def test_a_group_restated_by_its_number(assistant, restated, total):
    answers = talk(assistant, "晋中的企业自己组织职工培训有补贴吗", "我们在平遥，这期培训了30个职工", restated, today=DAY)
    assert answers[1].calculation is not None and answers[1].calculation.value == 9000, answers[1].answer
    last = answers[-1]
    assert not last.abstained and last.calculation is not None and last.calculation.value == total, last.answer
