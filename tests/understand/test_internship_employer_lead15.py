"""The employer's internship subsidy asked the way employers ask it (round 15, classes found by probing in
our own words, not from an eval item).  Played through the whole assistant with its own answers as the
transcript.

1. the subsidy said by the people the firm takes on (“招见习生有补贴吗”, “带见习生能补多少钱”) is the host
   unit's 就业见习补贴 (山西 三、（二）), not a decline and not the intern's own living allowance;
2. months said with an amount asked and no month's figure asked (“那见习6个月呢” after the monthly figure,
   “一个人6个月一共多少”) give what the months come to; a month's figure asked (“每月”, “一个月”) stays monthly.
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
    "question",
    [
        "太原的公司，招见习生有补贴吗",
        "大同的，招了见习生，补贴怎么算",
        "运城的单位，带见习生能补多少钱",
        "我们厂在长治，收了几个见习的，政府能给补多少",
    ],
)
def test_the_people_taken_on_name_the_host_units_subsidy(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy", answer.answer


def test_the_interns_own_allowance_is_still_theirs(assistant):
    (answer,) = talk(assistant, "我是见习生，在太原，见习期间自己能领生活补助吗", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id != "sx.internship_subsidy", answer.answer


def test_a_full_statement_from_the_employer_side_is_totalled(assistant):
    (answer,) = talk(assistant, "太原的，最低工资1880，招了4个见习生，见习5个月，总共能补多少", today=DAY)
    assert _value(answer) == Decimal("22560.00"), answer.answer  # 4 × 5 × 1880 × 60%


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("那见习6个月呢", Decimal("6768.00")),
        ("一个人6个月一共多少", Decimal("6768.00")),
        ("那一个人见习4个月呢", Decimal("4512.00")),
        ("3个人半年一共多少", Decimal("20304.00")),
    ],
)
def test_months_said_after_the_monthly_figure_are_totalled(assistant, follow_up, expected):
    *_, last = talk(assistant, "山西的见习补贴标准是啥", "最低工资1880", follow_up, today=DAY)
    assert _value(last) == expected, last.answer


@pytest.mark.parametrize(
    "question",
    [
        "山西见习补贴，最低工资1880，见习6个月，每月补多少",
        "山西见习补贴，最低工资1880，见习6个月，每人每月补多少",
        "山西见习补贴，最低工资1880，见习6个月，一个月能补多少",
    ],
)
def test_a_months_figure_asked_stays_monthly(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert _value(answer) == Decimal("1128.00"), answer.answer


# ------------------------------------------------------------- a reply in other words to the years asked


@pytest.mark.parametrize(
    ("opening", "reply", "pending"),
    [
        ("浙江，技师，能评中级吗", "干了5年", "years_since_level"),
        ("杭州的，高级技师，想评副高", "在厂里做了六年了", "years_since_level"),
        ("浙江温州，高级工，能报助理工程师不", "搞了3年多", "years_since_level"),
    ],
)
def test_years_in_other_words_answer_the_years_asked(assistant, opening, reply, pending):
    first, last = talk(assistant, opening, reply, today=DAY)
    assert first.state.pending == pending, first.follow_up
    assert pending in last.state.facts, last.state.facts
    assert last.state.pending != pending, last.follow_up  # the next fact is asked, not the same one again
    assert last.follow_up, last.answer  # and it is asked: no stall


def test_a_reply_in_another_unit_does_not_answer_the_years_asked(assistant):
    first, last = talk(assistant, "浙江，技师，能评中级吗", "培训了20天", today=DAY)
    assert "years_since_level" not in last.state.facts


@pytest.mark.parametrize(
    "reply",
    ["招了3个，每人每月社保交了1200", "我们厂新招了两个，社保每月交一千二"],
)
def test_people_the_speaker_hired_are_hired_by_a_unit(assistant, reply):
    *_, last = talk(assistant, "高校毕业生社保补贴怎么领", "我在成都", reply, today=DAY)
    assert last.state.facts.get("employment_form") == "单位招用", last.state.facts
    assert last.follow_up and "灵活就业" not in last.follow_up, last.follow_up


# ------------------------------------------------- a passage a rule rests on makes the conversation's topic

SICHUAN = date(2025, 5, 1)


@pytest.mark.parametrize(("reply", "verdict", "value"), [("招了12个", "amount", Decimal(50000)), ("我们招了8个", "not_eligible", None)])
def test_a_reply_after_a_passage_a_rule_rests_on_goes_on_with_that_rule(assistant, reply, verdict, value):
    first, last = talk(assistant, "四川的，企业吸纳脱贫人口就业有补贴吗", reply, today=SICHUAN)
    assert first.calculation is None and first.state.topic == "assistance_base_award", first.answer
    assert last.calculation is not None and last.calculation.rule_id == "sc.assistance_base_award", last.answer
    assert last.calculation.verdict == verdict and last.calculation.value == value, last.answer


def test_a_total_asked_after_it_is_not_declined(assistant):
    *_, last = talk(assistant, "四川的，企业吸纳脱贫人口就业有补贴吗", "招了12个", "一共能拿多少", today=date(2026, 12, 1))
    assert not last.abstained, last.answer
    assert last.calculation is not None and last.calculation.rule_id == "sc.assistance_base_award", last.answer
    assert "失效" in last.answer or "有效期" in last.answer or "执行期限" in last.answer, last.answer  # expired at the end of 2025


def test_a_topic_two_rules_of_the_region_share_is_not_taken_from_one_passage(assistant):
    (first,) = talk(assistant, "绵阳的工厂，招了些脱贫户来上班，有啥说法没", today=SICHUAN)
    assert first.state.topic is None, first.state.topic


# ------------------------------------------- facts said in passing across a conversation, in other words


def test_an_appraisal_passed_every_year_said_without_le(assistant):
    *_, last = talk(assistant, "湖州，想问高技能人才评副高", "高级技师，拿证六年了，厂里年度考核每年都过", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("晋中平遥，我们厂想搞订单式培训", "准备培训30个人，15天", "培训完估计能留下27个就业", "那一共能补多少钱"), Decimal(60000)),
        (("晋中的，订单式培训，20个学员，12天，结业后就业率百分之九十，一共补多少",), Decimal(34000)),
    ],
)
def test_days_said_after_the_people_counted_are_the_days_trained(assistant, turns, expected):
    *_, last = talk(assistant, *turns, today=date(2023, 12, 20))
    assert _value(last) == expected, last.answer


def test_retention_counted_over_the_people_taken_on(assistant):
    *_, last = talk(assistant, "山西临汾，我们接收见习生", "当地最低工资1880", "招了6个，见习期都是6个月，最后留了4个", today=DAY)
    assert _value(last) == Decimal("43992.00"), last.answer  # 4/6 = 66.7% > 50%: one step of 10% → 65% of 1880


@pytest.mark.parametrize(("reply", "verdict"), [("有一年没过", "not_eligible"), ("这三年都合格", "eligible"), ("有两年不合格", "not_eligible")])
def test_the_years_of_a_yes_or_no_are_of_the_thing_asked(assistant, reply, verdict):
    *_, last = talk(assistant, "宁波，高级技师，拿证五年，想评副高", reply, today=DAY)
    assert last.state.facts.get("years_since_level") == 5, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer


# ------------------------------------------------- a two-digit year before an event is a year, not a span


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (("我在新乡一家厂干钳工二十二年了，一直在车间一线，前几年评过中原技能大奖，我是技师，河南能破格报正高吗？", "不对，说岔了，我是高级技师，16年评上的"), "eligible"),
        (("浙江宁波，技师证是24年下来的，考核都合格，能评中级吗",), "not_eligible"),  # 2024: under 3 years
        (("浙江，高级技师是23年评上的，考核年年合格，想评副高",), "not_eligible"),  # 2023: under 4 years
        (("浙江，高级工20年取得的，考核都合格，能报助理级吗",), "eligible"),  # 2020: 6 years
    ],
)
def test_a_two_digit_year_before_an_event_is_the_year(assistant, turns, verdict):
    *_, last = talk(assistant, *turns, today=DAY)
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer


def test_a_post_on_the_establishment_said_with_its_kind_rules_out_the_fund_subsidy(assistant):
    (answer,) = talk(assistant, "我在县医院上班，是事业编制在编的，业余考了个电工证，评价补贴能领吗", today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


# --------------------------------------------------------------------------- blind-dev34's classes


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("其中签了一年合同交了社保的有26个", Decimal(7800)), ("符合条件的是18个", Decimal(5400))],
)
def test_the_people_who_meet_the_condition_counted_in_a_reply(assistant, reply, expected):
    *_, last = talk(assistant, "南充的劳务经纪人，去年组织了三十来个脱贫人口进厂上班，就业创业服务补助怎么算", reply, today=SICHUAN)
    assert _value(last) == expected, last.answer


def test_the_first_placement_ending_leaves_re_placements_open(assistant):
    *_, last = talk(assistant, "公益岗三年到期了还没找到工作，还能再安置吗", "我是零就业家庭的，这是头一回期满", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


@pytest.mark.parametrize(("question", "reply", "level"), [
    ("我是技校毕业的，在宁波想考会计师，学历怎么认定", "高级工班", "大专"),
    ("技工学校出来的，想在温州报考经济师，学历这块怎么认", "中级工班", "中专"),
])
def test_schooling_asked_as_how_it_is_recognized(assistant, question, reply, level):
    first, last = talk(assistant, question, reply, today=DAY)
    assert first.state.topic == "vocational_graduates", first.answer
    assert last.calculation is not None and last.calculation.value == level, last.answer
