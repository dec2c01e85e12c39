"""Round 24: a condition of a rule met or failed in the person's own words (probing in our own words; none of
these is a held-out or blind item).

1. A level said by its number after 证是, and a level named only to compare with (比初级高一档) is nobody's.
2. A business opened and closed before this one, told as a story across sentences: not the first.
3. A calendar date and a date said from this year meet on the day asked (2023年5月进厂…今年10月才培训); a time
   referred back to as a start (从那时候开始交失业险) takes the date said before it.
4. Who a training subsidy is for, told by what people do: a town household at work, a student in the first years of
   college, a worker from the country working in town; a training planned to end with its certificate.
5. A firm's size said with its kind (三千多人的国企); a 中专学校 graduate; a 特贴 said by the body that granted it.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import talk

from assistant.facts import extract_facts


def _verdict(answer):
    return answer.calculation.verdict if answer.calculation is not None else None


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("我手上的证是三级的，拿了四年", "skill_level", "高级工"),
        ("我的证书是二级，在厂里干维修", "skill_level", "技师"),
        # the level compared with is not held: only the level said is
        ("证是四级的，比初级高一档", "skill_level", "中级工"),
        ("我的证比技师低一档，是高级工", "skill_level", "高级工"),
        ("回老家那年开了个小饭馆，没多久就黄了", "first_startup", False),
        ("2021年开了家奶茶店，干了八个月亏了就关了。今年又开了个水果店", "first_startup", False),
        ("俺是村里出来的，现在在县城饭店干活", "person_categories", frozenset({"农村转移就业劳动者"})),
        ("我是大同一所中专学校毕业的", "person_categories", frozenset({"中职毕业生"})),
        ("去年省政府给他批了特殊津贴", "awards", frozenset({"省级政府特殊津贴"})),
        ("我们是一家三千多人的国企", "headcount", 3000),
        ("报了个电商培训，学完能拿培训合格证", "certificate_obtained", True),
    ],
)
def test_a_fact_said_in_own_words(text, key, value):
    assert extract_facts(text).get(key) == value


def test_a_level_compared_with_is_not_read_as_held():
    facts = extract_facts("证是四级的，就是比初级高一档的那个")
    assert "title_level" not in facts and facts["skill_level"] == "中级工"


def test_a_denial_before_a_short_list_covers_the_level_in_it():
    assert "target_skill" not in extract_facts("单位没组织，也不是啥学徒制、技师培训")
    assert extract_facts("我想参加技师培训")["target_skill"] == "技师"


def test_a_town_household_and_a_first_years_student_are_none_of_the_rural_or_unemployed_groups():
    town = extract_facts("我是城镇户口，在公司上班三年了")["excluded_categories"]
    assert {"农村转移就业劳动者", "防止返贫监测对象"} <= town
    student = extract_facts("我是大一的学生")["excluded_categories"]
    assert {"城镇登记失业人员", "就业困难人员", "毕业年度高校毕业生"} <= student
    assert "excluded_categories" not in extract_facts("我不是城镇户口，是农村的")


def test_dates_said_from_this_year_meet_calendar_ones_on_the_day_asked():
    day = date(2024, 11, 20)
    facts = extract_facts("我2023年5月进的这个厂，签了两年合同，今年10月厂里才安排我去培训", day)
    assert str(facts["years_contract_to_training"]) == "1.41"
    assert "years_contract_to_training" not in extract_facts("我2023年5月进的这个厂，签了两年合同，今年10月厂里才安排我去培训")
    assert extract_facts("今年4月开始交的失业险", day)["insured_since_date"] == date(2024, 4, 1)
    said_back = extract_facts("2024年3月才进的厂，厂里从那时候开始给我交失业险", day)
    assert said_back["insured_since_date"] == date(2024, 3, 1)


@pytest.mark.parametrize(
    ("message", "today", "verdict"),
    [
        # 浙江 贯通: 助理级 needs 高级工 or above — 五级 (初级工), told by its number and a comparison
        ("我在温州一家鞋厂修设备，证是五级的，就是比中级低一档的那个，干了六年了，想先评个助理级职称能报吗？", date(2026, 12, 1), "not_eligible"),
        # 四川 一、（五）: 首次创业 — a shop opened and closed before this one
        ("我2022年从浙江回的宜宾老家，当年就开了个小饭馆，干了一年就关了。去年三月又开了家理发店，到现在一直开着，四川那个一次性创业补贴我能领吗？", date(2025, 5, 8), "not_eligible"),
        # 第五条（二）: the training more than a year after the contract (calendar date, then 今年)
        ("我是农村出来打工的，2023年5月进的这个厂，签了两年合同，今年10月厂里才安排我去参加岗位技能培训，拿了证。这能按企业新录用人员领职业培训补贴吗？", date(2024, 11, 20), "not_eligible"),
        # 山西 就业见习: 中职毕业生 within 2 years of leaving school
        ("我是大同一所中专学校毕业的，去年6月毕的业，到现在还没找到工作，山西的就业见习我能去吗？", date(2023, 4, 1), "eligible"),
        # 河南 三、（七）: 省级以上政府特贴获得者 破格 副高, the 特贴 said by the body that granted it
        ("我在洛阳一家厂里当钳工，干了二十年了，去年省政府给我批了特殊津贴，学历只有初中，能不能破格评副高？", date(2024, 6, 18), "eligible"),
        # 第五条（一）: a graduate of the year asked about, the certificate at the training's end
        ("我今年7月大专毕业，报了人社局组织的电商直播培训，学完能拿个培训合格证，这种能享受职业培训补贴吗？", date(2025, 4, 15), "eligible"),
        # 第五条（一）: a first-year student of an ordinary family is none of the six groups
        ("我是大一的学生，暑假想学个电工，培训机构说可以帮我申请政府培训补贴，我家就是城里普通家庭，没什么特殊情况，能领吗？", date(2025, 5, 20), "not_eligible"),
        # 第五条（一）: a worker from the country working in town, a training certificate
        ("俺是村里出来的，现在在县城饭店干活，报了个中式面点培训，拿了培训合格证政府给补钱，俺这种算不算？", date(2025, 7, 2), "eligible"),
        # 第十条（二）: the graduates' insurance subsidy is for small and micro firms only
        ("我们是一家三千多人的国企，今年招了二十个应届大学毕业生，都签了合同交了社保，招用高校毕业生的社保补贴我们能申请吗？", date(2025, 9, 10), "not_eligible"),
        # 山西 二、: a firm taking 中职 graduates not yet at work as interns
        ("我们是运城的一家公司，想招几个去年从中职学校毕业、到现在还没找到工作的孩子来见习，这种中专生单位能拿见习补贴吗？", date(2022, 9, 15), "eligible"),
    ],
)
def test_a_verdict_from_conditions_told_in_own_words(assistant, message, today, verdict):
    (answer,) = talk(assistant, message, today=today)
    assert _verdict(answer) == verdict, answer.answer


def test_an_employee_in_neither_apprentice_nor_technician_training_is_none_of_the_six_groups_unless_said(assistant):
    # 第五条: a town household at work, self-paid, neither apprentice nor technician training — (二) does not cover
    # it; whether (一) does depends on the six groups, of which the rural ones are out (城镇户口) and the unemployed
    # (at work three years): as many denied as are left unnamed, the rest are taken as not held, the assumption said
    # (a 就业困难人员 may be at work: the person can say so) (round 26) — never “eligible”, never the levels' rule
    (answer,) = talk(
        assistant,
        "我是城镇户口，在公司上班三年了，自己花钱报了个电工班考了证，单位没组织，也不是学徒制、技师培训这种，国家的职业培训补贴我能领吗？",
        today=date(2025, 6, 10),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.six_groups_training", answer.answer
    assert _verdict(answer) == "not_eligible" and "如属于，请告诉我" in answer.answer, answer.answer


def test_a_rule_whose_name_is_asked_whether_is_left_open():
    # “算不算新型学徒制我也不清楚”: neither said nor denied (算不算 is no 不算)
    assert "apprentice_or_technician_training" not in extract_facts("公司这次算不算新型学徒制我也不清楚")
