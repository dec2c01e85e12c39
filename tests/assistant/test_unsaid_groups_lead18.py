"""Round 18: a verdict, not a needless question, when what the person said already decides (classes found by
probing in our own words; none from an evaluation item).

1. a group membership the person left unsaid when they described themselves (their age, a graduation long
   past) is taken as not held (not for the start-up subsidy, whose other groups — 就业困难人员, 返乡入乡农民工 —
   a graduate of years ago may well be in: asked, as before), the assumption said so they can correct it — a family's hardship groups
   (低保、零就业 …) only when the person denies some of them, since a student would not think to mention them;
2. at work now said in passing (“现在在公司上班”): employed, and so not registered as unemployed;
3. a large or medium firm that hires is a unit hiring, not one working flexibly.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("我30岁了，失业在家，能去参加就业见习吗", "cn.fund.internship_eligibility"),
        ("我今年28，没工作，能报名就业见习不", "cn.fund.internship_eligibility"),
        ("成都的应届生，家里不是低保户，也不是零就业家庭，一次性求职补贴能领吗", "sc.job_seeking_subsidy"),
        ("四川的应届毕业生，家里条件一般，不是低保也不是困难家庭，能领一次性求职补贴吗", "sc.job_seeking_subsidy"),
    ],
)
def test_unsaid_groups_of_one_who_described_themselves_are_not_held(assistant, question, rule):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == rule, answer.answer
    assert answer.calculation.verdict == "not_eligible", answer.answer
    assert "按不属于计算" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["我大四了，今年毕业，正在找工作，一次性求职补贴我能拿吗？", "能去参加就业见习吗", "应届生，能领求职补贴不"],
)
def test_groups_one_would_not_mention_are_still_asked(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "need_more_info", answer.answer


@pytest.mark.parametrize(
    "question",
    ["我是去年毕业的大学生，现在在公司上班，能申请见习吗", "前年本科毕业，目前在厂里打工，还能参加就业见习吗"],
)
def test_at_work_now_is_employed(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.state.facts.get("employed") is True, answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


@pytest.mark.parametrize("question", ["我们是大型国企，招了离校一年的大学生，能领社保补贴吗", "中型企业，今年招了几个应届生，社保补贴能拿吗"])
def test_a_large_firm_hiring_is_a_unit(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
    assert "小微企业" in answer.answer
