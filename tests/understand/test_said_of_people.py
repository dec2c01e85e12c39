"""What people say of themselves, read as they mean it, through the whole assistant (issue 11, round 8).

- A figure said in a follow-up (“我们这按一千八算的”) is the amount a rule's share is counted from,
  when the conversation's rules read one such amount not yet known; a figure said as what is
  received (“听说能补1000块”) is not.
- A head count said with “能拿多少” asks for the total, and a short reply keeps it.
- A date said of a fact (“2023年7月从成都理工大学研究生毕业”) is that fact's, not the day asked about.
- Where a firm's licence was issued is a fact about the firm: the covered province asked about
  decides; a question about an uncovered province is still declined.
- A fact said to be not yet settled (“合同签几年还没想好”) is asked for, not passed over.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant.query import date_asked, detect_regions
from shared_support import talk

TODAY = date(2026, 12, 1)


# ------------------------------------------------------------------ the base a share is counted from
@pytest.mark.parametrize(
    ("reply", "monthly"),
    [
        ("我们这按1880算，每人每月多少", Decimal("1128")),
        ("我们这边是按一千九算的，一个人一个月能补多少？", Decimal("1140")),
        ("最低工资标准我们这是2000块", Decimal("1200")),
    ],
)
def test_a_figure_said_in_a_follow_up_is_the_base_of_the_share(assistant, reply, monthly):
    first, second = talk(assistant, "太原的企业接收了5个见习生，见习补贴标准是多少？", reply)
    assert first.calculation is not None and first.calculation.rule_id == second.calculation.rule_id
    assert second.state.facts.get("min_wage") is not None
    assert Decimal(str(second.calculation.value)) == monthly, second.answer


@pytest.mark.parametrize(
    ("first", "reply", "fact", "value"),
    [
        ("公益性岗位安置的就业困难人员，岗位补贴怎么算？", "我们这按1900算的，一个月能补多少", "min_wage", Decimal(1900)),
        ("离校一年的大学生灵活就业，社保补贴怎么算？", "我一个月交1200，能补多少", "contribution", Decimal(1200)),
    ],
)
def test_the_figure_a_follow_up_gives_is_the_one_amount_the_topic_lacks(assistant, first, reply, fact, value):
    _, second = talk(assistant, first, reply, today=date(2025, 6, 1))
    assert second.state.facts.get(fact) == value, second.state.facts


def test_a_figure_said_as_what_is_received_is_not_the_base(assistant):
    _, second = talk(assistant, "大同一家单位招了见习生，见习补贴咋算？", "听说每人每月能补1000块，是吗")
    assert "min_wage" not in second.state.facts


def test_the_base_said_in_the_first_message_about_an_internship(assistant):
    (answer,) = talk(assistant, "晋中的公司接收了3个见习生，我们这按1980块算，见习补贴每人每月能补多少")
    assert answer.state.facts.get("min_wage") == Decimal(1980)
    assert Decimal(str(answer.calculation.value)) == Decimal("1188"), answer.answer


# ------------------------------------------------------------------ a head count asks for the total
def test_a_head_count_said_first_keeps_the_total_after_a_short_reply(assistant):
    first, second = talk(
        assistant, "晋中榆次的企业，2023年项目制培训了40个人，培训了14天，补贴能拿多少？", "就业率八成五", today=date(2024, 1, 10)
    )
    assert first.state.pending == "employment_rate"
    assert Decimal(str(second.calculation.value)) == Decimal(76000), second.answer  # 40 × (10×150 + 4×100)


def test_asked_per_trainee_stays_per_trainee(assistant):
    _, second = talk(
        assistant, "晋中榆次的企业，2023年项目制培训了40个人，培训了14天，每个学员能补多少？", "就业率八成五", today=date(2024, 1, 10)
    )
    assert Decimal(str(second.calculation.value)) == Decimal(1900), second.answer


# ------------------------------------------------------------------ a date said of a fact
def test_a_graduation_said_with_the_school_is_a_fact_not_the_day_asked():
    day = date(2024, 10, 15)
    assert date_asked("我2023年7月从成都理工大学研究生毕业，一直没找工作，能领补贴吗", day) == day
    assert date_asked("2024年6月从西南交大本科毕业，现在能申请吗", day) == day


def test_a_graduate_in_business_a_year_gets_the_provinces_subsidy(assistant):
    (answer,) = talk(
        assistant,
        "我2023年7月从成都理工大学研究生毕业，一直没找工作，8月在绵阳注册了个体户开书店，第一次创业，到现在开了一年多，一直正常经营，能领一次性创业补贴吗？",
        today=date(2024, 10, 15),
    )
    assert answer.as_of == date(2024, 10, 15)
    assert answer.calculation.rule_id == "sc.startup_subsidy", answer.answer
    assert answer.calculation.verdict in ("eligible", "amount")


# ------------------------------------------------------------------ the province asked about
def test_the_place_a_licence_was_issued_is_said_of_the_firm():
    assert detect_regions("营业执照是在陕西西安办的，在晋城有个施工队")[0] == "晋城市"
    assert detect_regions("我们公司执照在内蒙古包头，项目在吕梁")[0] == "吕梁市"
    assert detect_regions("营业执照上是河北的，在大同有个厂")[0] == "大同市"
    assert detect_regions("我们公司注册地是江苏苏州，在成都设了个分公司") == ["成都市"]
    # where the person says they apply is what is asked about, before the other places named
    assert detect_regions("公司在河北石家庄，在阳泉有个项目部，能在山西申请当见习单位吗")[0] == "山西省"
    assert detect_regions("我们公司在山西太原，能在河北申请见习补贴吗")[0] == "河北省"
    assert detect_regions("营业执照是在陕西西安办的")[0] == "陕西省"  # nothing else named: it is where they are


def test_a_firm_licensed_elsewhere_asking_about_a_covered_province_is_answered(assistant):
    (answer,) = talk(assistant, "我们公司营业执照是在陕西西安办的，在晋城有个施工队，想收几个见习生，能在山西申请当就业见习单位吗？")
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
    assert answer.citations[0].doc_id == "sx-2022-192e44"


def test_where_a_firm_says_it_applies_is_the_province_asked_about(assistant):
    (answer,) = talk(assistant, "我们公司在河北石家庄，在阳泉有个项目部，能在山西这边申请当就业见习单位吗？")
    assert not answer.abstained, answer.answer
    assert answer.citations[0].doc_id == "sx-2022-192e44"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("我们公司在山西太原，能在河北申请就业见习补贴吗？", "河北"),
        ("我们公司是在太原注册的，在河北保定有个分公司，想在保定招见习生，能申请河北的就业见习补贴吗？", "河北"),
        ("营业执照在山西太原办的，但我们现在主要在陕西西安经营，陕西这边的见习单位怎么申请", "陕西"),
    ],
)
def test_a_question_about_an_uncovered_province_is_still_declined(assistant, question, asked):
    """Declined, or answered from national rules only, saying the province is not covered: never from 山西's."""
    (answer,) = talk(assistant, question)
    assert not (answer.citations and answer.citations[0].doc_id.startswith("sx")), answer.answer
    assert answer.calculation is None or not answer.calculation.rule_id.startswith(("sx.", "jz.")), answer.answer
    assert answer.abstained or f"没有{asked}" in answer.answer, answer.answer


# ------------------------------------------------------------------ not yet settled
def test_a_contract_not_yet_settled_is_asked_for_then_counted(assistant):
    first, second = talk(
        assistant,
        "成都一家物流公司，上个月招了3个今年毕业的大学生，社保交上了，合同签几年还没想好，一次性吸纳就业补贴能拿吗？",
        "定了，签两年",
        today=date(2025, 5, 10),
    )
    assert first.calculation.verdict == "need_more_info" and first.state.pending == "contract_years"
    assert "劳动合同期限" in first.answer
    assert second.calculation.verdict == "amount" and Decimal(str(second.calculation.value)) == Decimal(6000)
    assert "undecided" not in second.state.facts  # settled
