"""Dates said relative to the day asked (去年2月, 前年6月, 上个月, 入职那个月) become date facts and the
day of the event a rule governs (reldate).

- When several dated events are told, the rule is applied on the day of the event it governs
  (the early signing for 山西's 剩余期限补贴), not on the first date said (the internship's start).
- 入职那个月/进厂当月 is the month said with that event earlier in the message: the insurance start
  then counts the months insured for 四川's 技能提升补贴.
- 上个月/这个月 are months counted back from the day asked.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts
from assistant.query import understand
from shared_support import talk, verdict


@pytest.mark.parametrize(
    "question, today, expected",
    [
        # the internship began in force (2022-11), the early signing came after the end of 2022
        ("太原一家软件公司，前年11月收了3个见习生，见习期一年，去年2月提前跟其中两个签了劳动合同，提前签合同的剩余期限补贴能领吗", date(2024, 5, 1), "not_eligible"),
        ("运城的一家酒店，去年12月招了个见习生，今年1月见习没满就提前跟他签了合同，剩余期限补贴还有吗", date(2023, 6, 20), "not_eligible"),
        # both in 2022: in force
        ("大同一家物流公司，去年4月收了2个见习生，见习期一年，去年9月见习没满就提前跟其中一个签了劳动合同，剩下的月份单位能领补贴吗", date(2023, 3, 1), "eligible"),
    ],
)
def test_the_day_of_the_early_signing_governs_the_remaining_period_subsidy(assistant, question, today, expected):
    (answer,) = talk(assistant, question, today=today)
    assert verdict(answer) == expected, answer.answer
    assert answer.calculation.rule_id == "sx.internship_early_contract"


@pytest.mark.parametrize(
    "question, today, expected",
    [
        ("成都一家机械厂的，我今年3月进的厂，失业保险是进厂那个月开始交的，上个月考了钳工中级证，能领技能提升补贴吗", date(2024, 11, 20), "not_eligible"),
        ("绵阳一家食品厂的，我前年6月入职，失业保险入职当月就开始交了，上个月拿了车工中级证，能领技能提升补贴吗", date(2024, 10, 1), "eligible"),
    ],
)
def test_insurance_begun_the_month_of_hiring_counts_from_that_month(assistant, question, today, expected):
    (answer,) = talk(assistant, question, today=today)
    assert verdict(answer) == expected, answer.answer


@pytest.mark.parametrize(
    "question, today, key, expected",
    [
        ("我去年8月入职的，失业保险是入职那个月开始交的", date(2025, 3, 1), "insured_since_date", date(2024, 8, 1)),
        ("2021年5月毕业，2022年2月进的厂，失业险是进厂当月开始交的", date(2025, 3, 1), "insured_since_date", date(2022, 2, 1)),
        ("上个月刚考下电工高级证", date(2026, 1, 15), "level_obtained_date", date(2025, 12, 1)),
        ("前年10月收的见习生，去年3月提前签了劳动合同", date(2025, 7, 1), "early_contract_date", date(2024, 3, 1)),
    ],
)
def test_relative_dates_are_resolved_against_the_day_asked_before_facts_read_them(question, today, key, expected):
    query = understand(question, today=today)
    assert extract_facts(query.text).get(key) == expected, query.text


def test_the_day_asked_is_passed_explicitly():
    with pytest.raises(ValueError):
        understand("去年3月入职的，失业保险入职那个月开始交的")


def test_a_month_said_alone_in_the_month_a_rule_took_effect_is_not_before_it(assistant):
    # 川办发〔2024〕34号 took effect on 2024-07-13; “上个月” said on 2024-08-20 is July 2024
    (answer,) = talk(assistant, "泸州的，失业保险交了两年多了，上个月刚考下焊工中级证，能领技能提升补贴吗", today=date(2024, 8, 20))
    assert verdict(answer) == "eligible", answer.answer
