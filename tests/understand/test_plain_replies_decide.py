"""A reply that states the deciding fact in ordinary words decides the verdict (round 11, conv11).

Conversations played through the whole assistant, its own answers making the transcript:

- a level wanted with 冲一下 / 争取一把 is the target, not one held: 特级技师 asking for 正高 is
  asked whether still in post, and a move to 仓库/后勤 with 机床不摸了 is no;
- 在X当工程师 is the job held, not a title wanted: a 工程师 asking to sit a 技师 exam is about
  taking a skill evaluation with a title.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk, verdict


def test_a_top_technician_moved_off_the_shop_floor_cannot_go_for_the_senior_title(assistant):
    first, second = talk(assistant, "宁波的，去年评了特级技师，今年想冲击一下正高", "前年厂里让我去仓库管物料，机床早就不摸了")
    assert first.state.topic == "title_for_skilled", first.answer
    assert verdict(second) == "not_eligible", second.answer


def test_an_engineer_at_a_plant_asking_to_sit_a_technician_exam_is_a_skill_evaluation(assistant):
    (answer,) = talk(assistant, "我在嘉兴一家药厂当工程师，中级职称，想去报考化学合成制药工技师，能直接报吗？")
    assert answer.state.topic == "skill_for_titled", answer.answer
    assert verdict(answer) == "eligible", answer.answer


def test_a_part_time_vocational_class_is_not_treated_as_college_in_henan(assistant):
    _, second = talk(assistant, "洛阳的，技师学院高级工班毕业的，河南这边能当大专学历用吗？", "我是一边上班一边读的，非全日制")
    assert verdict(second) == "not_eligible", second.answer
    assert "全日制" in second.answer


@pytest.mark.parametrize("school", ["武汉理工大学", "重庆大学"])
def test_a_school_out_of_the_province_named_alone_keeps_the_place_and_decides_the_tuition_award(assistant, school):
    _, second = talk(assistant, "我是应届毕业就去了甘孜一个乡镇单位，连续干了三年多了，四川的学费奖补我能拿吗？", school, today=date(2025, 9, 1))
    assert second.state.region == "甘孜州", second.answer
    assert verdict(second) == "not_eligible", second.answer


def test_a_statement_with_an_indefinite_what_keeps_the_verdict(assistant):
    """“没出过什么问题” tells, it does not ask: the conversation's verdict stands."""
    first, second = talk(assistant, "绵阳一家三千多人的电子厂，已经在人社备案了，能直接给没证的老师傅认定等级吗？", "没有，管理一直挺规范，没出过什么问题")
    assert verdict(first) == "eligible", first.answer
    assert verdict(second) == "eligible", second.answer


def test_a_home_province_said_far_before_the_place_asked_is_the_cross_region_clause(assistant):
    first, second = talk(
        assistant,
        "我户口在安徽阜阳，现在在宁波一家公司做软件测试，想报个大数据分析的数字技能培训，能在宁波这边申请补贴吗？",
        "是的，在宁波上班快三年了，房子也租在这",
    )
    assert first.calculation is not None and first.calculation.rule_id == "cn.digital.cross_region_policies", first.answer
    assert verdict(second) == "eligible", second.answer


def test_a_loan_taken_since_the_first_year_keeps_the_graduation_year(assistant):
    """“从大一起每年都贷了” says when the loan began, not that the student is in the first year."""
    _, second = talk(
        assistant,
        "我在绵阳读大四，明年6月毕业，一直在投简历，家里不是低保户，一次性求职补贴我能申请吗？",
        "有的，从大一起每年都办了生源地助学贷款",
        today=date(2025, 11, 1),
    )
    assert second.state.facts.get("in_graduation_year") is True, second.state.facts
    assert verdict(second) in ("eligible", "amount"), second.answer


def test_an_upgrade_subsidy_said_in_the_reply_to_a_question_about_the_certificate_subsidy(assistant):
    """Asked of 取证补贴, then told in another sentence that the trainees went for 技能提升补贴: the Jinzhong clause on the two."""
    _, second = talk(
        assistant,
        "榆次一家备案的评价机构，去年给一个厂的工人做了焊工等级评价，取证补贴能申请吗？",
        "是的，那批工人都在交失业保险，各自去申领技能提升补贴了",
        today=date(2024, 3, 1),
    )
    assert second.calculation is not None and second.calculation.rule_id == "jz.no_evaluation_subsidy_with_upgrade_subsidy", second.answer
    assert verdict(second) == "not_eligible", second.answer


def test_a_job_left_after_school_with_none_since_is_unemployed_for_the_internship(assistant):
    _, second = talk(
        assistant,
        "运城的，2023年6月中专毕业，想去参加就业见习，山西有什么条件？",
        "毕业后进了一家厂做了半年，年初辞了，到现在也没找着下家",
        today=date(2024, 5, 1),
    )
    assert second.state.facts.get("employed") is False, second.state.facts
    assert second.state.facts.get("graduation_year") == 2023, second.state.facts
    assert verdict(second) == "eligible", second.answer
