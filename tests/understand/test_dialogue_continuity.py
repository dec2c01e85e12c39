"""A conversation that gives its facts piecemeal keeps to its question (round 11, blind-dev22 classes).

Played through the whole assistant, its own answers making the transcript; our own wording:

- a reply that answers the question put and then asks its own (“都合格。我想报中级，行不行”) fills the
  pending fact — a question tag (行不行, 能评吗) does not turn the yes round;
- in a conversation about 职称, a bare 中级 is the 职称 wanted, not a 技能等级;
- “2021年6月中专毕业”: the 中 of 中专 is no mid-June — a graduation's date is a fact, the question is today's;
- a shop opened (开店, 开了个面馆) and money asked for it is the 一次性创业补贴; “能拿多少钱” after the amount
  was worked out gets the amount again, not another article;
- “社会培训评价组织” is an evaluation body, not training it gives;
- a place said alone after a question no rule answered (“大同”) is no new question to decline.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk, verdict


def test_a_yes_followed_by_a_question_of_its_own_fills_the_pending_fact(assistant):
    *_, last = talk(assistant, "宁波的焊工，想评职称", "高级技师，2020年拿的证，一直在一线", "是的都合格。我想报副高，可以不？")
    assert last.facts.get("annual_appraisal_passed") is True, last.answer
    assert verdict(last) == "eligible", last.answer


def test_a_bare_middle_level_in_a_title_conversation_is_the_title_wanted(assistant):
    *_, last = talk(assistant, "我想评职称", "温州", "电工技师，2021年拿的", "没有不合格的。我想报中级，行不行")
    assert last.facts.get("target_title") == "中级" and "target_skill" not in last.facts, last.facts
    assert verdict(last) == "eligible", last.answer


def test_a_graduation_said_with_its_month_is_a_fact_not_the_day_asked_about(assistant):
    (answer,) = talk(assistant, "2021年9月中职毕业，一直没找到活，现在在太原，能参加就业见习吗", today=date(2022, 8, 15))
    assert answer.as_of == date(2022, 8, 15), answer.answer
    assert verdict(answer) == "eligible", answer.answer


@pytest.mark.parametrize("opening", ["老家开了个小饭馆，有没有补助", "回村开店政府给补贴吗", "在县城开了个工作室，能有啥扶持"])
def test_a_shop_opened_and_money_asked_is_the_startup_subsidy(assistant, opening):
    (answer,) = talk(assistant, opening)
    assert answer.state.topic == "startup_subsidy", answer.answer


def test_the_amount_asked_again_after_it_was_worked_out_is_given_again(assistant):
    *_, worked, again = talk(assistant, "回老家开了个小店有补助吗", "四川广元的，以前在浙江打工，去年回来的", "第一次开店，2024年5月办的执照，一直在开", "能拿多少钱", today=date(2025, 9, 10))
    assert worked.calculation is not None and worked.calculation.value is not None, worked.answer
    assert not again.abstained and again.calculation is not None and again.calculation.value == worked.calculation.value, again.answer


def test_a_social_training_evaluation_body_is_not_training_given_by_an_evaluation_body(assistant):
    _, second = talk(assistant, "评价机构的事想问问", "我们是成都的社会培训评价组织，前年备的案")
    assert second.state.topic != "evaluation_body_training", second.answer


def test_a_place_said_alone_after_a_question_no_rule_answered_is_not_declined(assistant):
    _, second = talk(assistant, "想找个见习岗位锻炼一下", "长治")
    assert not second.abstained, second.answer


def test_may_i_go_for_an_internship_said_with_bao_is_the_internship_question(assistant):
    (answer,) = talk(assistant, "晋城的，2019年专科毕业，今年27了，一直打零工，能报见习不")
    assert answer.state.topic == "internship_eligibility", answer.answer
    assert verdict(answer) == "not_eligible", answer.answer


def test_on_the_establishment_said_alone_in_a_reply_bars_the_fund_subsidies(assistant):
    *_, last = talk(assistant, "考了个茶艺师证，评价补贴咋申请", "我在县里一所中学上班", "在编的。能领不")
    assert verdict(last) == "not_eligible", last.answer
    assert any(c.article == "第十六条" for c in last.citations), last.answer


def test_a_factory_that_has_filed_may_recognise_its_outsourced_workers(assistant):
    (answer,) = talk(assistant, "德阳的厂子，备过案了，外包过来的工人能在厂里做技能等级认定吗")
    assert verdict(answer) == "eligible", answer.answer


def test_insurance_paid_only_for_months_said_with_cai_rules_out_the_skill_upgrade_subsidy(assistant):
    (answer,) = talk(assistant, "在绵阳一家厂上班，失业保险才交了半年多，上个月刚考了焊工高级工证，能领技能提升补贴吗", today=date(2024, 10, 8))
    assert answer.facts.get("insured_months") == 6, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_shop_closed_after_months_has_not_run_a_year(assistant):
    (answer,) = talk(assistant, "成都的，去年毕业的大学生，第一次自己开了个奶茶店，干了半年就关门了，一次性创业补贴能领吗", today=date(2025, 10, 1))
    assert verdict(answer) == "not_eligible", answer.answer


def test_an_age_of_forty_five_or_under_is_far_from_retirement_and_gives_the_three_year_limit(assistant):
    # the lowest statutory retirement age is 50 (女职工): at 45 or under, 5 years or more are left
    for said in ("我36岁", "我今年45岁", "我今年才44"):
        (answer,) = talk(assistant, f"{said}，街道认定的就业困难人员，今年开始领灵活就业社保补贴，最长能补几年？")
        assert answer.facts.get("far_from_retirement") is True and "far_from_retirement" in answer.state.implied, answer.facts
        assert answer.calculation is not None and answer.calculation.value == 3, answer.answer


def test_an_age_past_forty_five_is_not_taken_as_far_from_retirement(assistant):
    (answer,) = talk(assistant, "我47岁，就业困难人员，今年开始领灵活就业社保补贴，最长能补几年？")
    assert "far_from_retirement" not in answer.facts, answer.facts


def test_a_count_said_with_what_it_did_answers_the_rate_asked(assistant):
    *_, last = talk(assistant, "晋中订单式培训补贴怎么算", "榆次的，2023年搞的订单班", "30个人，学了12天", "27个人上岗了", today=date(2023, 12, 20))
    assert last.facts.get("employed_count") == 27, last.facts
    assert last.calculation is not None and last.calculation.value == 51000, last.answer


def test_an_award_supposed_in_a_later_clause_is_asked_about_instead_of_the_one_held(assistant):
    *_, last = talk(assistant, "评上技能大奖有奖金不", "河南洛阳", "去年评上了全国技术能手", "车间主任说明年推荐我去评中华技能大奖，万一评上了，省里能加多少")
    assert last.calculation is not None and last.calculation.value == 50000, last.answer


def test_an_award_added_with_another_one_is_added_to_the_total(assistant):
    *_, last = talk(assistant, "评上技能大奖有奖金不", "河南洛阳", "我们厂今年评上了2个全国技术能手", "另外还有1个评上了中华技能大奖，一共呢")
    assert last.calculation is not None and last.calculation.value == 90000, last.answer


def test_training_of_staff_just_hired_is_the_new_hire_training_subsidy(assistant):
    (answer,) = talk(assistant, "刚招进厂的工人培训有补贴吗")
    assert answer.state.topic == "enterprise_new_hire_training", answer.answer


def test_a_place_worked_in_before_coming_home_is_not_the_persons_region(assistant):
    (answer,) = talk(assistant, "以前在苏州的电子厂打了八年工，前年回了老家，第一次开了个小超市，执照是2024年5月办的，一直在开。返乡农民工能领一次性创业补贴吗", today=date(2025, 9, 1))
    assert answer.facts.get("province") is None and not answer.abstained, answer.answer
    assert answer.as_of == date(2025, 9, 1), answer.answer
    assert verdict(answer) == "eligible", answer.answer


def test_one_year_failed_said_after_the_rest_passed_is_a_failed_appraisal(assistant):
    (answer,) = talk(assistant, "宁波的电工，2021年拿的高级工，年度考核倒是基本都合格，就是前年那次因为请了长假评了个不合格，能报助理工程师吗")
    assert verdict(answer) == "not_eligible", answer.answer


def test_working_on_in_a_named_workshop_is_still_in_post(assistant):
    (answer,) = talk(assistant, "洛阳的铣工，2019年拿的高级技师，一直在总装车间干到现在，没离开过一线，能破格报副高吗")
    assert answer.facts.get("in_post") is True, answer.facts
    assert verdict(answer) == "eligible", answer.answer


def test_an_internship_subsidy_the_firm_asks_for_is_not_the_interns_living_allowance(assistant):
    (answer,) = talk(assistant, "绵阳一家设计公司，今年带了2个离校一年还没工作的大学生见习，每人5个月，最低工资按2000算，四川的见习补贴我们单位能领多少？", today=date(2025, 10, 1))
    assert answer.state.topic == "internship_subsidy", answer.answer
    assert not answer.abstained, answer.answer


def test_a_level_said_alone_stands_for_the_level_the_topic_reads(assistant):
    *_, last = talk(assistant, "人力资源服务产业园有啥扶持政策", "山西大同", "去年认定的省级", "那头一年加起来最多能拿多少")
    assert last.calculation is not None and last.calculation.value == 1600000, last.answer


def test_a_statement_giving_a_figure_the_topic_reads_keeps_the_topic(assistant):
    *_, last = talk(assistant, "山西见习生没满期就提前签了劳动合同，剩下的见习期补贴怎么算", "2022年10月签的，还剩3个月", "最低工资按1900，按见习补贴那个60%的标准算", today=date(2022, 12, 10))
    assert last.state.topic == "internship_early_contract", last.answer
    assert last.calculation is not None and last.calculation.value == 3420, last.answer


def test_another_award_supposed_and_added_with_the_first_is_summed(assistant):
    _, last = talk(assistant, "我们厂有个师傅刚评上中华技能大奖，河南省里另外奖多少？", "要是他以后再评个全国技术能手，两项加起来省里一共奖他多少？")
    assert last.calculation is not None and last.calculation.value == 70000, last.answer


def test_a_lead_question_supposing_another_level_changes_the_level(assistant):
    _, last = talk(assistant, "山西被认定为省级人力资源服务产业园有多少奖励？", "我们要是国家级的呢？一次性奖励加一年的运营补助最多多少？")
    assert last.calculation is not None and last.calculation.value == 2800000, last.answer


def test_with_no_region_said_a_national_passage_in_force_is_quoted_before_an_expired_provincial_one(assistant):
    (answer,) = talk(assistant, "今年夏天刚毕业，一直没找到单位，在跑外卖，社保按灵活就业自己交，每个月一千二。听说离校两年内没就业的能补？那按上限算我总共最多能拿多少补贴？")
    assert answer.citations and answer.citations[0].region == "全国", [(c.region, c.article) for c in answer.citations]


def test_an_amount_asked_of_a_group_the_question_counts_is_the_groups_total(assistant):
    (answer,) = talk(assistant, "晋中榆次的培训学校，2023年给20个登记失业的人办了个12天的电工班，按晋中的标准这个班的培训补贴能拿多少？", today=date(2023, 12, 20))
    assert answer.calculation is not None and answer.calculation.value == 20000, answer.answer


def test_an_amount_asked_per_person_of_a_counted_group_stays_per_person(assistant):
    (answer,) = talk(assistant, "晋中榆次的培训学校，2023年给20个登记失业的人办了个12天的电工班，按晋中的标准每人能补多少？", today=date(2023, 12, 20))
    assert answer.calculation is not None and answer.calculation.value == 1000, answer.answer


def test_a_national_contest_named_is_no_national_region_over_the_persons_own(assistant):
    *_, last = talk(assistant, "国赛拿奖能破格评副高不", "洛阳的", "全国职业技能大赛，车工，拿了银牌，我是高级工")
    assert last.state.region != "全国" and all(c.region in ("河南省", "全国") for c in last.citations), [(c.region, c.article) for c in last.citations]
