"""Amounts whose pieces the person says in ways the round-11 dev sets showed failing (issue 11).

- **Head counts said as a list of groups**: “2个零就业家庭的、3个拿助学贷款的同学” is 5 people, the
  groups' numbers added (the people are named once, after the last group).
- **An amount and a period asked together**: “每月最多能补多少？能补多久？” — the month's amount leads,
  the period is said beside it; “补一年是多少” multiplies the month's amount by 12.
- **A period that runs to retirement**: under 5 years from retirement at the first approval, the
  years said to retirement are the period (“离退休还差3年” → 3年), as for 第十条（一）.
- **A standard said as “按…算” after the minimum wage is named as what it follows** (“岗位补贴参照最低
  工资，我们这按2100算”).

Questions in our own words (other persons, places and figures than the dev items).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract
from shared_support import DIGITAL_TRADE_GOALS, GRADUATE_SI, JZ_ORDER, JZ_STAFF, PUBLIC_POST, SC_JOB_SEEKING, SC_LOAN, SC_WORK_RELIEF, SX_ALLOWANCE, SX_INTERNSHIP, steps_cited, talk

TODAY = date(2025, 6, 1)


def _value(assistant, real_index, *turns):
    answer = talk(assistant, *turns, today=TODAY)[-1]
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained and answer.calculation is not None, answer.answer
    return answer


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # groups listed, the people named after the last: 2 + 3
        ("绵阳一所大学就业指导中心的老师：毕业班里有2个零就业家庭的、3个拿了国家助学贷款的同学，都在毕业学年积极找工作，一次性求职补贴一共多少？",
         7500, SC_JOB_SEEKING),
        # two groups joined by 和, the people named once
        ("泸州的高校，今年毕业学年有1个特困人员家庭的和2个残疾的学生在积极求职，一次性求职补贴加起来能发多少？", 4500, SC_JOB_SEEKING),
    ],
)
def test_people_counted_group_by_group_are_added(assistant, real_index, question, value, article):
    answer = _value(assistant, real_index, question)
    assert Decimal(answer.calculation.value) == value, answer.answer
    assert article in steps_cited(answer), answer.calculation.steps


def test_month_amount_leads_when_the_period_is_asked_beside_it(assistant, real_index):
    answer = _value(
        assistant, real_index,
        "前年7月从职业学院毕业的，还没找到单位，现在开滴滴算灵活就业，社保自己交，每个月一千二。高校毕业生社保补贴一个月最多给多少？最长补多久？",
    )
    calc = answer.calculation
    assert Decimal(calc.value) == 800, answer.answer  # 1200 × 2/3
    assert calc.unit.startswith("元/月"), calc.unit
    assert "2年" in answer.answer, answer.answer  # the period said beside it
    assert GRADUATE_SI in steps_cited(answer)


def test_the_period_alone_is_still_the_period(assistant, real_index):
    answer = _value(assistant, real_index, "去年毕业的，一直没工作，现在跑外卖算灵活就业，自己交社保每个月900。高校毕业生社保补贴能补几年？")
    assert Decimal(answer.calculation.value) == 2, answer.answer


def test_one_year_of_a_monthly_cap_is_twelve_months(assistant, real_index):
    answer = _value(
        assistant, real_index,
        "去年6月大学毕业，一直在做直播带货算灵活就业，社保是自己交的，每月1140。社保补贴每个月最多能补多少？领一年是多少？",
    )
    assert Decimal(answer.calculation.value) == 9120, answer.answer  # 1140 × 2/3 × 12
    assert GRADUATE_SI in steps_cited(answer)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("洛阳的，就业困难人员，今年被安置到公益性岗位，离法定退休只差3年了，岗位补贴最长能领几年？", 3),
        ("社区安置我到公益性岗位，我是就业困难人员，初次核定时离退休还有两年半，岗位补贴能拿多久？", Decimal("2.5")),
    ],
)
def test_a_period_running_to_retirement_is_the_years_said_to_it(assistant, real_index, question, value):
    answer = _value(assistant, real_index, question)
    calc = answer.calculation
    assert Decimal(calc.value) == value and calc.unit == "年", answer.answer
    assert PUBLIC_POST in steps_cited(answer)
    assert "退休" in answer.answer


def test_a_standard_said_after_the_minimum_wage_is_named_counts_over_the_period(assistant, real_index):
    answer = _value(
        assistant, real_index,
        "九江的，就业困难人员，刚安置到公益性岗位，今年40岁，离退休还早。岗位补贴参照最低工资，我们这按2100算，最多一共能拿多少？",
    )
    assert Decimal(answer.calculation.value) == 2100 * 36, answer.answer
    assert PUBLIC_POST in steps_cited(answer)


def test_two_kinds_of_training_in_one_message_are_each_totalled_then_added(assistant, real_index):
    # 企业职工培训 25 × 300 = 7500; 订单式 9天 × 150 × 10 = 13500
    answer = _value(
        assistant, real_index,
        "太谷一家食品厂，今年办了两期培训：一期是25个在职工人的岗位技能提升培训；另一期是和一家物流公司合作的订单式培训，9天，招的10个学员结业后全部上岗。两期加一起补贴多少？",
    )
    assert Decimal(answer.calculation.value) == 21000, answer.answer
    assert {JZ_ORDER, JZ_STAFF} <= steps_cited(answer), answer.calculation.steps


def test_a_part_added_in_a_later_message_is_added_to_the_part_asked_before(assistant, real_index):
    # 企业职工培训 45 × 300 = 13500; then 订单式 11天: 10 × 150 + 1 × 100 = 1600 × 6 = 9600
    answer = _value(
        assistant, real_index,
        "晋中企业职工培训补贴是怎么给的？",
        "我们今年培训了45个职工",
        "还有一期订单班的，11天，6个学员全部上岗，一共呢？",
    )
    assert Decimal(answer.calculation.value) == 23100, answer.answer
    assert {JZ_ORDER, JZ_STAFF} <= steps_cited(answer), answer.calculation.steps


def test_a_later_message_on_the_same_kind_is_no_second_part(assistant, real_index):
    answer = _value(assistant, real_index, "晋中订单式培训补贴怎么算？", "这期培训了9天，14个人，完了全部上岗", "一共呢？")
    assert Decimal(answer.calculation.value) == 9 * 150 * 14, answer.answer


def test_the_internship_subsidy_and_the_premium_asked_together_are_added(assistant, real_index):
    # 1990 × 60% = 1194 × 2 × 5 = 11940; premium 2 × 240 = 480
    answer = _value(
        assistant, real_index,
        "大同一家广告公司，2023年接了2个离校未就业的大学生来见习，见习期都满了5个月。大同最低工资按1990算，见习补贴加上人身意外险的保费补贴，一共能拿多少？",
    )
    assert Decimal(answer.calculation.value) == 12420, answer.answer
    assert SX_INTERNSHIP in steps_cited(answer)


@pytest.mark.parametrize(
    ("turns", "value", "unit", "article"),
    [
        # 不低于财政资金总额的20%: 500万 × 20%, a floor
        (["四川以工代赈项目，我们是村民自建方式，财政资金总额500万，劳务报酬至少要发多少？"], 1000000, "元（下限）", SC_WORK_RELIEF),
        # the 2035 sentence's share (50%以上), the year said picking it out of the two
        (["数字贸易那份意见里，到2035年可数字化交付的服务贸易占服务贸易总额的比重是多少？假设那年服务贸易总额10万亿元，至少要多少？"],
         5000000000000, "元（下限）", DIGITAL_TRADE_GOALS),
    ],
)
def test_a_share_a_passage_states_of_a_base_the_person_gives(assistant, real_index, turns, value, unit, article):
    answer = _value(assistant, real_index, *turns)
    calc = answer.calculation
    assert Decimal(calc.value) == value and calc.unit == unit, answer.answer
    assert article in steps_cited(answer), calc.steps
    assert "至少" in answer.answer


def test_a_loan_said_before_its_name_is_the_loan(assistant, real_index):
    # 15万 × 3.2% × 50%
    answer = _value(assistant, real_index, "绵阳的，去年年底办下来15万创业担保贷款，年利率3.2%，财政贴息一年能贴多少？")
    assert Decimal(answer.calculation.value) == 2400, answer.answer
    assert SC_LOAN in steps_cited(answer)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 4 whole months + 17 working days (满15个工作日不满1个月的按1个月) → 5 months × 1950
        ("晋城一家超市的见习生干了4个月零17个工作日就辞职了，当地最低工资1950，基本生活补助最少一共要发多少？", 5 * 1950),
        # 1 month + 12 working days: the part month under 15 working days is not paid → 1 month
        ("我们店的见习生干了1个月零12个工作日就走了，长治最低工资按1900算，基本生活补助最少发多少？", 1900),
    ],
)
def test_whole_months_and_the_working_days_of_a_part_month(assistant, real_index, question, value):
    answer = _value(assistant, real_index, question)
    assert Decimal(answer.calculation.value) == value, answer.answer
    assert SX_ALLOWANCE in steps_cited(answer)


def test_an_event_after_a_clause_of_its_own_period_ended_gets_nothing(assistant, real_index):
    # 剩余期限补贴 ran to the end of 2022: a contract signed in May 2023 gets 0 months, the end date said
    answer = assistant.ask("朔州这边，我们2023年5月就跟见习生提前签了劳动合同，见习期还剩2个月，剩余期限补贴能补几个月？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value == 0 and calc.unit == "个月", answer.answer
    assert "2022年12月31日" in answer.answer


def test_an_expired_clause_asked_about_today_keeps_what_it_said(assistant, real_index):
    # no event of the person's: the clause's figures while in force are told, no 0 made up
    answer = assistant.ask("山西见习期没满提前签劳动合同的，剩余期限补贴怎么给？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.calculation is None or answer.calculation.value != 0, answer.answer
