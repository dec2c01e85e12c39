"""Classes found by probing in our own words (round 16, not from an eval item).  Played through the whole
assistant.

1. a firm that took on 脱贫人口 or 失业人员 asking openly what it gets (“有啥补贴”, “有什么扶持政策”): the
   deduction for hiring them (四川 一、（四）, 7800元 a person a year), for the people counted — said with
   other verbs of hiring too (雇了, 吸纳了, 录用了), whose year (去年) is the day of the event;
2. days trained said of each person (“培了40个农民工，每人12天”): the days, not asked again;
3. times the subsidy was had, said by the certificates it was had for (“考了4个证了，都领过补贴”).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


def _value(answer):
    return answer.calculation.value if answer.calculation is not None else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("四川的，我们公司去年招了两个脱贫户，签了两年合同，有啥补贴", Decimal("15600")),
        ("成都一家餐馆，去年雇了3个脱贫劳动力，能享受什么优惠政策", Decimal("23400")),
        ("我们厂在绵阳，2025年招用了5名失业人员，有什么扶持政策没", Decimal("39000")),
        ("四川，去年吸纳了4个脱贫人口，有没有补贴", Decimal("31200")),
    ],
)
def test_a_firm_hiring_the_poor_or_unemployed_asks_what_it_gets(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.tax_deduction", answer.answer
    assert _value(answer) == expected, answer.answer  # people × 7800 a year, the year hired (2025) in force


def test_an_award_asked_for_ten_or_more_stays_the_bases(assistant):
    (answer,) = talk(assistant, "四川的企业，去年招了12个脱贫人口，有没有奖补", today=DAY)
    assert _value(answer) == Decimal("50000"), answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("晋中的培训机构，培了40个农民工，每人12天，总共补多少", Decimal("40000")),  # 1000 cap each
        ("晋中，开了个面点班，30个下岗职工，每个人都学了6天，一共补多少", Decimal("18000")),  # 6 × 100 × 30
    ],
)
def test_days_said_of_each_person(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.follow_up is None, answer.follow_up
    assert _value(answer) == expected, answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("我考了4个证了，都领过补贴，第五个还能领吗", "not_eligible"),
        ("考过电工和焊工两个证，补贴都领过了，这回考叉车还能领吗", "eligible"),
        ("前后拿了3个证书，评价补贴都领了，再考个育婴员还能领吗", "not_eligible"),
    ],
)
def test_times_had_said_by_the_certificates(assistant, question, verdict):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("四川去年招了3个就业困难人员和2个应届大学生，都签了两年合同交了社保，吸纳补贴总共能拿多少", Decimal("10000")),
        ("成都的，去年招了4个应届大学生，合同两年，社保也交了，吸纳就业补贴一共多少", Decimal("8000")),
    ],
)
def test_the_insurance_paid_is_a_condition_of_the_subsidy_named(assistant, question, expected):
    # 4. “交了社保，吸纳补贴…”: the insurance is a condition of the subsidy named after it, not the
    #    社保补贴 asked (before, the two insurance patterns outweighed the subsidy named)
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id.startswith("sc."), answer.answer
    assert _value(answer) == expected, answer.answer


def test_the_insurance_subsidy_named_stays_itself(assistant):
    (answer,) = talk(assistant, "小微企业招了离校一年的大学生，交了社保，社保补贴能补多久", today=DAY)
    assert answer.citations and answer.citations[0].article.startswith("第十条"), answer.answer


@pytest.mark.parametrize("question", ["人力资源服务机构搞招聘会有补贴吗，山西", "四川，公司搞了场招聘活动，有补贴没"])
def test_a_recruiting_event_is_not_hiring(assistant, question):
    # 5. 招聘会 / 招聘活动: a service held, not people hired — not the 一次性吸纳就业补贴's topic (before: declined
    #    as that subsidy not covered in 山西)
    (answer,) = talk(assistant, question, today=DAY)
    assert "一次性吸纳就业补贴" not in answer.answer.splitlines()[0], answer.answer


def test_people_recruited_are_still_hiring(assistant):
    (answer,) = talk(assistant, "四川的，去年招聘了3个应届大学生，签了两年合同交了社保，吸纳就业补贴一共多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id.startswith("sc."), answer.answer
