"""Dates and schooling said in words decide the verdict, through the whole assistant (round 10, dates10).

- The day a level was obtained counts the years since it; vague years in the job said beside it
  (“在印染厂上班七八年了”) are years in the job, not since the level.
- A year said in reply to “哪一年取得…的？” needs no level named (“2018年3月考出来的”).
- Schooling said to end at 高中 rules out the 中职 graduates as well as the 高校 ones.
- A college named in a clause of its own, its graduation in the next (“本科，去年7月毕业的”), is a 高校毕业生.
- 毕业 after an adverb (“就研究生毕业了”, “2029年才毕业”) is still the year of graduation.
- 当年/次年 with a month is the year said before it, or the next (“2025年7月大专毕业，当年11月…”).
- The school self-assessment is asked with 可以/能 before what the school does.
"""

from __future__ import annotations

import pytest

from shared_support import talk, verdict


@pytest.mark.parametrize(
    "question",
    [
        "宁波的，技师证2024年12月才考下来，在船厂做焊接有五六年了，年度考核一直合格，现在能申报中级职称吗？",
        "湖州的，高级工证是今年3月拿到的，在印染厂上班七八年了，考核也都合格，能评助理级职称吗",
    ],
)
def test_the_day_the_level_was_obtained_counts_over_years_in_the_job(assistant, question):
    (answer,) = talk(assistant, question)
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_year_in_reply_to_when_the_level_was_obtained_needs_no_level_named(assistant):
    _, second = talk(assistant, "丽水的，高级技师想评副高，要什么条件", "2018年3月考出来的，近三年考核都合格")
    assert verdict(second) == "eligible", second.answer
    assert second.state.facts.get("level_obtained_date") is not None


def test_high_school_is_neither_a_college_nor_a_vocational_school(assistant):
    (answer,) = talk(assistant, "晋中的，高中毕业以后一直在工地干活，今年26岁了，现在没活干，可以去参加就业见习吗？")
    assert verdict(answer) == "not_eligible", answer.answer
    assert answer.follow_up is None


def test_a_college_said_in_its_own_clause_before_the_graduation(assistant):
    _, second = talk(assistant, "运城的，孩子想去见习，有什么条件？", "本科，去年7月毕业的，到现在没工作，今年26岁")
    assert "高校毕业生" in second.state.facts.get("person_categories", ())
    assert verdict(second) == "eligible", second.answer  # left school 2025-07: within 2 years


def test_graduation_said_with_an_adverb_decides_the_graduation_year(assistant):
    (answer,) = talk(assistant, "我2024年6月就研究生毕业了，家里是零就业家庭，现在还在投简历，一次性求职补贴还能领吗？")
    assert verdict(answer) == "not_eligible", answer.answer  # the 毕业学年 ended 2024-08


def test_a_student_years_from_graduation_is_not_in_the_school_self_assessment(assistant):
    first, second = talk(
        assistant,
        "我在江西省电子信息技师学院读电工，听说学院可以自己给本校学生组织职业技能等级认定？",
        "没有，我读一年级，2029年才毕业",
    )
    assert first.calculation is not None and first.calculation.rule_id == "jx.school_self_assessment", first.answer
    assert verdict(second) == "not_eligible", second.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2025年7月大专毕业，当年11月头一回注册了个体工商户开理发店，一直开着，在晋中，一次性创业补贴能申请吗", "eligible"),
        ("2025年6月本科毕业，次年1月第一次注册了家小微企业做设计，一直正常经营，在长治，一次性创业补贴能申请吗", "not_eligible"),
    ],
)
def test_the_same_or_next_year_with_a_month_is_a_date(assistant, question, expected):
    (answer,) = talk(assistant, question)
    assert verdict(answer) == expected, answer.answer
