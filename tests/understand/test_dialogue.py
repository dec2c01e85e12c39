"""Conversations through the whole assistant: the state travels, replies fill, nothing loops."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.schema import DialogueState, Turn
from shared_support import talk

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("keep_state", [True, False])
def test_a_short_reply_answers_the_question_just_asked(assistant, keep_state):
    first, second = talk(assistant, "我是浙江的高级技师，取得证书后干了5年，能评副高吗？", "合格", keep_state=keep_state)
    assert first.calculation.verdict == "need_more_info" and first.state.pending == "annual_appraisal_passed"
    assert second.calculation.verdict == "eligible" and second.follow_up is None


def test_one_question_at_a_time_and_never_the_same_words_twice(assistant):
    answers = talk(assistant, "我是浙江的高级技师，能评副高吗？", "嗯嗯", "嗯嗯", "嗯嗯")
    asked = [a.follow_up for a in answers]
    assert asked[0] and "？" in asked[0] and asked[0].count("？") == 1
    assert asked[1] != asked[0] and asked[1] and "抱歉" in asked[1]
    assert all(a != b for a, b in zip(asked, asked[1:]) if a)  # zero loops
    assert asked[2] is None  # the third time it stops asking


def test_a_changed_element_re_evaluates_the_same_question(assistant):
    first, second, third = talk(assistant, "浙江的，高级技师证拿了5年，一直在岗，考核都合格，能评副高吗？", "那正高呢？", "那河南呢？")
    assert first.calculation.verdict == "eligible"
    assert second.calculation.verdict == "not_eligible" and second.answer != first.answer
    assert third.region == "河南省" and third.calculation.rule_id.startswith("ha.")


def test_a_correction_replaces_the_earlier_fact(assistant):
    first, second = talk(assistant, "我是浙江的高级技师，取得后干了5年，考核都合格，能评副高吗？", "不对，我是技师")
    assert first.calculation.verdict == "eligible"
    assert second.state.facts["skill_level"] == "技师"
    assert second.calculation.verdict != "eligible" or "中级" in second.answer


def test_a_bare_number_of_people_fills_the_count_the_topic_reads(assistant):
    first, second = talk(assistant, "我们公司在成都，2025年招了几个毕业年度的大学生，都签了一年以上合同、交了社保，一次性吸纳就业补贴怎么算？", "8个")
    assert second.calculation.value == 16000


def test_kinds_of_people_hired_add_up(assistant):
    (answer,) = talk(assistant, "我们公司在绵阳，2025年招了三个防止返贫监测对象、两个就业困难人员，都签了一年以上合同、交了社保，一次性吸纳就业补贴总共多少？")
    assert answer.calculation.value == 10000


def test_the_event_date_decides_and_today_is_said(assistant):
    (answer,) = talk(assistant, "四川一家小企业去年招了3个毕业年度的大学生，签了合同交了社保，一次性吸纳就业补贴一共多少钱？")
    assert answer.as_of == date(2025, 12, 31)  # “去年”: its last day
    assert answer.calculation.value == 6000
    assert "已失效" in answer.answer and "事情发生时" in answer.answer


def test_a_year_that_names_a_rule_is_not_an_event_date(assistant):
    (answer,) = talk(assistant, "根据2025年新规，四川企业吸纳了3名高校毕业生，能领多少钱？")
    assert answer.as_of == TODAY


@pytest.mark.parametrize("years", ["300年", "-5年"])
def test_absurd_numbers_are_asked_back_not_believed(assistant, years):
    (answer,) = talk(assistant, f"我是浙江的高级技师，干了{years}，考核都合格，能评副高吗")
    assert answer.calculation.verdict == "need_more_info"
    assert answer.follow_up and "几年" in answer.follow_up


def test_a_stated_disqualifier_never_gives_eligible(assistant):
    answers = talk(assistant, "宁波的，技师证拿了4年了，一直在厂里干，能报中级职称吗？", "去年因为请了长病假，考核没评合格，前年和大前年都合格")
    assert answers[-1].calculation.verdict == "not_eligible"


def test_the_state_travels_in_json(assistant):
    first = talk(assistant, "我是浙江的高级技师，取得证书后干了5年，能评副高吗？")[0]
    data = first.to_dict()["state"]
    restored = DialogueState.from_dict(data)
    answer = assistant.ask("合格", (Turn("user", "…"), Turn("assistant", first.answer, restored)), today=TODAY)
    assert answer.calculation.verdict == "eligible"


def test_a_registration_date_counts_the_time_in_business_to_the_day_asked(assistant):
    (answer,) = talk(assistant, "我是返乡农民工，2025年3月在老家注册了个体户开小超市，头一回创业，一直正常营业到现在，能领一次性创业补贴吗？")
    assert answer.as_of == TODAY  # the registration's date is a fact, not the day asked about
    assert answer.calculation.verdict == "eligible"
    (early,) = talk(assistant, "我是返乡农民工，2026年6月注册了个体户，头一回创业，能领一次性创业补贴吗？")
    assert early.calculation.verdict == "not_eligible"


def test_layoffs_and_staff_give_the_layoff_rate(assistant):
    (answer,) = talk(assistant, "成都一家小公司，参保职工20个人，失业保险一直足额交，交了三年了，去年裁了6个，能申请稳岗返还吗？", as_of=date(2024, 10, 10))
    assert answer.calculation.verdict == "not_eligible"
    assert any("30%" in s.text for s in answer.calculation.steps)


def test_who_may_intern_is_national_when_no_province_is_said(assistant):
    (answer,) = talk(assistant, "公司想接收一个去年毕业、一直没找到工作的大学生来见习，单位能拿就业见习补贴吗？")
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.internship_eligibility"
    assert answer.calculation.verdict == "eligible"


def test_an_unpaid_condition_said_in_passing_disqualifies(assistant):
    (answer,) = talk(assistant, "南充的公司，2025年3月招了个毕业年度的大学生，签了三年合同，不过社保还没给他交，能领一次性吸纳就业补贴吗？")
    assert answer.calculation.verdict == "not_eligible"


@pytest.mark.parametrize("question", ["职业培训补贴一个人一辈子最多能享受几次？", "职业技能评价补贴每人最多能享受几次？"])
def test_a_question_about_the_rule_itself_asks_nothing_back(assistant, question):
    (answer,) = talk(assistant, question)
    assert answer.follow_up is None


def test_a_question_about_ones_own_case_still_asks(assistant):
    (answer,) = talk(assistant, "我是浙江的高级技师，能评副高吗？")
    assert answer.follow_up


def test_far_from_retirement_said_in_words_is_understood(assistant):
    (answer,) = talk(assistant, "公司招了个就业困难人员，他离退休还早得很，单位社保补贴最长能补几年？")
    assert answer.follow_up is None
    assert answer.calculation.value == 3


def test_a_question_without_a_pending_fact_is_not_asked_again_word_for_word(assistant):
    """The region question of a local standard, answered with something else: not repeated."""
    first, second = talk(assistant, "离校一年的毕业生，一直没找正式工作，在灵活就业交社保，两年最多能补多少？", "一千五")
    assert first.follow_up and "省份" in first.follow_up
    assert second.follow_up != first.follow_up


def test_a_new_question_asks_its_own_aspect_the_amount_then_the_period_then_the_amount(assistant):
    """“能补几年？” after an amount gets the period, not the amount again; the next question the amount."""
    first, second, third = talk(
        assistant, "我去年大学毕业一直没找到正式工作，现在跑外卖算灵活就业，自己一年交社保九千六，补贴按上限能补多少", "能补几年？", "那一年能补多少钱？"
    )
    assert first.calculation.verdict == "amount" and first.calculation.value == 6400
    assert second.calculation.value == 2 and second.answer != first.answer
    assert third.calculation.verdict == "amount" and third.calculation.value == 6400


def test_what_a_question_asks_is_not_carried_to_the_next_question_but_is_to_a_reply():
    from assistant.schema import DialogueState
    from assistant.understand.dialogue import merge, read_turn

    state = DialogueState(facts={"asks_period": True, "employment_form": "灵活就业"}, topic="social_insurance_subsidy", pending="person_categories")
    facts, _ = merge(state, read_turn("那一年能补多少钱？", state))
    assert "asks_period" not in facts and facts["employment_form"] == "灵活就业"
    facts, _ = merge(state, read_turn("就业困难人员", state))  # the reply to the question asked: the same question goes on
    assert facts["asks_period"] is True


def test_none_of_them_to_which_group_rules_out_the_other_groups_not_ones_own(assistant):
    first, second = talk(assistant, "我是毕业学年的大学生，一直在找工作，想申请一次性求职补贴", "都没有，就是家里条件一般")
    assert first.calculation.verdict == "need_more_info" and first.state.pending == "person_categories"
    assert second.calculation.verdict == "not_eligible", second.answer
    assert "高校毕业生" in second.state.facts["person_categories"]
    assert "毕业年度高校毕业生" not in second.state.facts["excluded_categories"]


def test_a_follow_up_that_asks_what_one_may_apply_for_drops_the_level_asked_before(assistant):
    first, second = talk(assistant, "我是宁波的高级技师，拿证三年，年度考核都合格，能报副高吗？", "不对不对，我是技师，不是高级技师。那我能报个啥？拿证也是三年")
    assert first.calculation.verdict == "not_eligible"
    assert second.calculation.verdict == "eligible" and second.calculation.value == "中级", second.answer
    assert "target_title" not in second.state.facts


def test_a_reply_that_opens_with_a_number_of_people_fills_the_topic_s_own_count(assistant):
    first, second = talk(assistant, "太原的公司，招了几个见习生，见习补贴怎么算？", "8个，见习半年，最低工资一千九百八。只算见习补贴一共多少")
    assert second.state.facts.get("interns_count") == 8, second.state.facts
    assert second.calculation.value == 57024, second.answer


def test_that_one_instead_of_this_one_replaces_the_member_asked_about(assistant):
    first, second = talk(assistant, "河南今年新评上全国技术能手的，省里额外奖多少？", "那中华技能大奖呢？")
    assert first.calculation.value == 20000
    assert second.state.facts["awards"] == frozenset({"中华技能大奖"}) and second.calculation.value == 50000, second.answer


def test_a_correction_that_names_only_the_part_that_changes(assistant):
    first, second = talk(assistant, "开封技校老师，带的学生去年拿了国赛银牌，我是指导教练，能破格评副高吗", "說錯了，是金牌，銀牌是前年那屆")
    # (round 19: the student's medal is the coach's coached medal only — not an award of the teacher's own)
    assert first.state.facts["coached_awards"] == frozenset({"国赛银牌"}) and "awards" not in first.state.facts
    assert second.state.facts["coached_awards"] == frozenset({"国赛金牌"})
    assert second.calculation.verdict == "eligible", second.answer


def test_a_correction_of_the_number_of_people_goes_to_the_count_held(assistant):
    first, second = talk(assistant, "阳泉一家公司收了5个见习生，见习期6个月，当地最低工资1880，见习补贴总共多少钱？", "说错了，是7个人")
    assert first.calculation.value == 33840
    assert second.state.facts["interns_count"] == 7 and second.calculation.value == 47376, second.answer


def test_more_people_said_later_are_added(assistant):
    first, second = talk(
        assistant,
        "自贡一家小微企业，2024年9月招了3个今年毕业的大学生，签了一年合同交了社保，一次性吸纳就业补贴一共多少？",
        "另外还有2个就业困难人员也是那会儿招的，条件一样，加起来一共多少？",
        as_of=date(2024, 11, 1),
    )
    assert first.calculation.value == 6000
    assert second.calculation.value == 10000, second.answer


def test_a_correction_that_only_gives_a_year_replaces_the_year_held(assistant):
    first, second = talk(assistant, "我2025年拿的技师证，在瑞安一家汽配厂干模具，考核都合格，中级职称够得着不？", "不对，是2022年")
    assert first.state.facts["level_obtained_year"] == 2025 and first.calculation.verdict == "not_eligible"
    assert second.state.facts["level_obtained_year"] == 2022
    assert second.calculation.verdict == "eligible", second.answer


def test_years_that_would_have_begun_in_childhood_are_asked_again_not_believed(assistant):
    (answer,) = talk(assistant, "我今年28岁，在新乡机床厂在岗干车工干了20年了，高级技师，还拿过全国技术能手，能破格评正高吗？")
    assert "years_in_occupation" not in answer.state.facts
    assert answer.calculation.verdict == "need_more_info" and answer.follow_up, answer.answer


def test_a_licence_date_said_late_changes_the_time_in_business(assistant):
    # the date of the licence, said after the verdict in other words than “注册”: the time in business
    # is worked out again from it (under a year: not yet)
    first, second = talk(assistant, "我是返乡农民工，头一回自己干，在老家开了个小面馆，一次性创业补贴能拿吗？", "执照是今年8月份才下来的")
    assert second.state.facts.get("registration_date") == date(2026, 8, 1)
    assert second.calculation.verdict == "not_eligible"


def test_a_start_after_the_day_asked_is_no_time_in_business_yet(assistant):
    answer = talk(assistant, "我是返乡农民工，第一次创业，2026年9月办的个体执照，一直正常营业，一次性创业补贴能领吗？", as_of=date(2026, 3, 1))[-1]
    assert answer.calculation.verdict == "not_eligible"


def test_a_yes_no_question_about_another_person_is_answered_yes_or_no_after_the_reply(assistant):
    # “能一直补到她退休吗” asks yes or no; the number asked for then decides it
    first, second = talk(assistant, "我们单位安置了一个就业困难人员，社保补贴能一直补到她退休吗？", "还有3年")
    assert first.state.facts.get("asks_until_retirement") is True
    assert second.calculation.verdict == "eligible"


def test_a_statement_after_a_question_no_rule_was_found_for_keeps_its_subject(assistant):
    # the statement names a level held and a lower one sat now: the training-subsidy question before it
    # is what it answers, not a 职称 question of some province
    first, second = talk(assistant, "厂里安排我们去考电工证，考完了培训补贴给不给？", "电工高级工证我前年就有了，这回考的是中级")
    assert second.state.facts.get("target_skill") == "中级工" and "target_title" not in second.state.facts
    assert second.calculation is not None and second.calculation.rule_id == "cn.training.level_repeat"
    assert second.calculation.verdict == "not_eligible"
    assert second.follow_up is None or "省" not in second.follow_up


def test_a_bare_level_beside_a_skill_level_is_that_ladder_s_level():
    from assistant.understand.dialogue import read_turn

    reading = read_turn("想考中级", DialogueState(facts={"skill_level": "初级工", "occupations": frozenset({"电工"})}))
    assert reading.facts.get("target_skill") == "中级工" and "target_title" not in reading.facts
    reading = read_turn("想评中级职称", DialogueState(facts={"skill_level": "高级工"}))
    assert reading.facts.get("target_title") == "中级"


def test_a_number_of_people_answers_the_firm_size_asked(assistant):
    # asked 大型 or 中小微, the person gives the headcount the size follows from (spoken: 十几个)
    first, second = talk(assistant, "我们厂招了个离校半年还没找到工作的大学生，签了3年合同，社保也交了，厂里能拿社保补贴吗？", "我们厂也就十几个人")
    assert first.state.pending == "employer_size"
    assert second.state.facts.get("employer_size") == "小微企业"
    assert second.follow_up is None or "大型企业" not in second.follow_up


@pytest.mark.parametrize("reply", ["快4年了", "不到4年", "4年还不到"])
def test_a_bound_from_above_answering_a_number_question_is_less_than_the_number(assistant, reply):
    # 浙江: 高级技师 may apply for 副高 after 4 years; “almost / not yet 4 years” is not 4 years
    first, second = talk(assistant, "我是浙江的高级技师，一直在岗，近3年考核都合格，能评副高吗？", reply)
    assert first.state.pending == "years_since_level"
    assert second.state.facts["years_since_level"] < 4
    assert second.calculation.verdict == "not_eligible"


def test_a_bound_from_above_said_in_passing_disqualifies(assistant):
    answer = talk(assistant, "我是返乡农民工，第一次创业，个体户开了还不到一年，一直正常营业，一次性创业补贴能领吗？")[-1]
    assert answer.calculation.verdict == "not_eligible"


def test_a_date_reply_that_gives_the_end_instead_of_the_start_is_read_as_the_end(assistant):
    # asked the day the institution was set up, the person gives the day it runs out
    first, second = talk(assistant, "我们是宁波的职业技能等级认定机构，快到期了，延续申请什么时候交？", "有效期到明年3月")
    assert first.state.pending == "established_date"
    assert second.state.facts.get("validity_end_date") == date(2027, 3, 31)  # to the month: its last day
    assert second.calculation.value == "2027-03-31" and second.follow_up is None
    assert "2027年1月1日至2027年3月31日" in second.answer  # 有效期满前3个月内


def test_earlier_occasions_named_by_a_level_only_are_of_the_same_occupation(assistant):
    # no earlier use told, the first answer takes none (shown as understood, the times to be told if otherwise); the
    # person then names the earlier occasion by its level: the same 工种, which 第六条 does not subsidise twice; and that
    # level is not one wanted now (round 43: asked before, the times had were the question put first)
    first, second = talk(assistant, "我登记失业了，上个月考下了茶艺师中级证书，职业技能评价补贴能申请吗？", "领过一回，考初级那次领的")
    assert first.state.pending is None and "times_received" in first.state.implied and "此前未享受过" in first.answer
    assert second.state.facts.get("same_occupation") is True
    assert not {"target_title", "target_skill"} & set(second.state.facts)
    assert second.calculation.verdict == "not_eligible"


def test_a_correction_that_swaps_the_levels_brings_in_the_level_condition(assistant):
    # first a higher level after a lower one (fine), then “说反了”: the higher is held, the lower trained for
    first, second = talk(assistant, "前年考了焊工中级工领过一次培训补贴，今年再考焊工高级工还能领吗？", "不对，说反了，前年考的是高级工，今年考的是中级工")
    assert first.calculation.verdict == "eligible"
    assert second.state.facts.get("skill_level") == "高级工" and second.state.facts.get("target_skill") == "中级工"
    assert second.calculation.verdict == "not_eligible"
    assert "四、（十二）" in second.answer


def test_a_yes_followed_by_a_long_explanation_answers_the_question(assistant):
    # the yes leads, and more than a few words of explanation follow: still the answer to what was asked
    first, second = talk(assistant, "我在江西新余康展高级技工学校上学，学校能给本校学生自己认定技能等级吗？我能参加吗？", "对的，再过半年就毕业了，学籍一直在学校，专业在备案的工种里")
    assert first.state.pending == "in_graduation_year"
    assert second.state.facts.get("in_graduation_year") is True
    assert second.follow_up is None or "毕业学年" not in second.follow_up
@pytest.mark.parametrize("keep_state", [True, False])
def test_a_range_of_years_past_the_line_is_not_asked_for(assistant, keep_state):
    # issue 11: “拿了十几年” is 11~19 years, past the 2 years 高级工 → 助理级 needs: no question about years
    first, second = talk(assistant, "我在浙江，高级工证拿了十几年，能评助理工程师吗", "合格", keep_state=keep_state)
    assert first.state.pending == "annual_appraisal_passed" and "几年" not in (first.follow_up or "")
    assert first.state.to_dict()["facts"]["years_since_level"] == {"low": 11, "high": 19}
    assert second.calculation.verdict == "eligible" and second.follow_up is None


def test_a_range_across_the_line_asks_for_the_figure(assistant):
    first, second = talk(assistant, "我是浙江的高级技师，证拿了三五年，考核都合格，能评副高吗", "5年")
    assert first.calculation.verdict == "need_more_info" and first.state.pending == "years_since_level"
    assert second.calculation.verdict == "eligible"
