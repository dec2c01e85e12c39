"""Verdicts about whom a measure serves, and when (round 15, serve33): the classes of wrong verdicts on
fresh sets, each with cases in words, places, people, documents and dates of their own (not those of the
dev items):

1. a measure that serves only a defined group (a school's own students, in their graduation year): a
   person outside it — a worker at a firm, a teacher, a student elsewhere, one in the first year — is
   told no, with the reason (own_student, in_graduation_year), never “yes” nor declined;
2. people a measure expressly excludes (an evaluation body's 取证补贴 for those who claim 技能提升补贴
   themselves; 农村转移劳动力 不含企业职工; one project's subsidy from the 失业保险 and the 就业补助资金
   not both): not eligible for those people;
3. an event the person plans for after a measure's end (执行期限至2024年12月31日; a document in force to
   2025-12-31): not eligible under it, saying it will have ended — and one planned inside it still is;
4. a treatment a document grants the holders of a level the employer has put in that post (在聘技师 比照
   中级职称 in 评优、进修): answered for the person's own post, not declined as another topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts
from assistant.query import date_asked
from assistant.text import normalize
from assistant.understand.slots import implied, read_cues
from shared_support import talk, verdict


def _one(assistant, *messages: str, today: date):
    return talk(assistant, *messages, today=today)[-1]


# ------------------------------------------------------------------ 1. only a defined group is served
def test_a_worker_at_a_firm_is_none_of_the_graduating_students_a_free_evaluation_serves(assistant):
    answer = _one(
        assistant,
        "榆次的，我在一家机械厂上班好几年了，听说职校毕业年度的学生可以免费参加一次职业技能等级评价，我这种上班的也能去免费考一次吗？",
        today=date(2023, 12, 20),
    )
    assert answer.facts.get("own_student") is False, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer
    assert "不是院校在校在籍的学生" in answer.answer


def test_a_first_year_pupil_of_a_vocational_school_is_not_yet_in_the_graduating_year(assistant):
    answer = _one(assistant, "晋中的职业院校组织毕业年度学生免费参加一次技能等级评价，我儿子在太谷职校读高一，他现在能参加吗？", today=date(2023, 12, 20))
    assert answer.facts.get("in_graduation_year") is False, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_teacher_is_none_of_the_students_the_free_evaluation_serves(assistant):
    answer = _one(
        assistant,
        "我是太谷一所职校的专业课老师，学校组织毕业年度学生免费参加一次职业技能等级评价，我们老师能不能跟着免费考一次？",
        today=date(2023, 12, 20),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_one_in_the_last_year_of_the_school_is_served(assistant):
    # the contrast: the group said of oneself
    answer = _one(assistant, "我在太谷职校读最后一年，明年6月毕业，学校组织的那次免费技能等级评价我能参加吗？", today=date(2023, 12, 20))
    assert verdict(answer) == "eligible", answer.answer


def test_not_one_of_a_filed_schools_students_in_sichuan(assistant):
    answer = _one(assistant, "成都一所技师学院备案了可以给本校学生做等级认定，我不是他们学校的，在外面送外卖，能去他们那认定吗？", today=date(2025, 5, 10))
    assert answer.facts.get("own_student") is False, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_student_of_another_university_asks_after_the_pilot_school(assistant):
    answers = talk(assistant, "江西省商务技师学院可以自主认定吗？", "我是南昌大学的学生，不是他们学校的，能去他们那参加认定吗？", today=date(2025, 3, 10))
    assert verdict(answers[-1]) == "not_eligible", answers[-1].answer
    assert "不是该校在校在籍的学生" in answers[-1].answer


def test_the_measures_own_words_for_whom_it_serves_are_not_the_persons():
    # “可以给本校学生做认定”: whom the measure serves, not who asks
    assert read_cues(normalize("那所技师学院备案了可以给本校学生做认定，我能去吗")).get("own_student") is None
    assert read_cues(normalize("我不是他们学校的，在外面跑外卖")).get("own_student") is False
    # a worker at a firm, or a school's teacher, is none of its students; one in the graduating year is one
    assert implied({"enterprise_employee": True}) == {"own_student": False}
    assert implied({"is_teacher": True}) == {"own_student": False}
    assert implied({"in_graduation_year": True}) == {"own_student": True}


# ------------------------------------------------------------------ 2. people a measure expressly excludes
def test_the_workers_who_claim_the_upgrade_subsidy_themselves_bar_the_bodys_certificate_subsidy(assistant):
    answer = _one(
        assistant,
        "太谷一家评价机构，上周给一家食品厂组织了中式面点师评价，参评的15个人全是这家厂交失业保险的正式员工，他们个人都会去申领技能提升补贴。这15人的取证补贴我们机构还能申请吗？",
        today=date(2023, 12, 20),
    )
    assert answer.facts.get("upgrade_subsidy_eligible") is True, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_miners_who_claim_the_upgrade_subsidy_themselves(assistant):
    answer = _one(
        assistant,
        "灵石一家评价机构的，最近给一个煤矿的40名在岗矿工做了评价，矿上一直给他们交失业保险，这些矿工都是个人去领技能提升补贴的。这40个人我们能申请取证补贴吗？",
        today=date(2023, 12, 20),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_worker_at_a_firm_is_no_rural_migrant_labourer_for_jinzhong(assistant):
    answer = _one(
        assistant,
        "我老家在农村，现在在介休一家焦化厂当正式工，厂里交社保。晋中那个方案里的农村转移劳动力培训补贴，我能按农村转移劳动力享受吗？",
        today=date(2023, 12, 20),
    )
    assert answer.facts.get("enterprise_employee") is True, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer
    assert "不含企业职工" in answer.answer


def test_one_certificate_paid_by_the_unemployment_insurance_is_not_paid_again_by_the_fund(assistant):
    answer = _one(
        assistant,
        "我在企业上班，交着失业保险，前阵子考了焊工中级证，已经用失业保险基金领了技能提升补贴，这个证还能再从就业补助资金申请职业技能评价补贴吗？",
        today=date(2025, 6, 1),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.no_double_with_unemployment_insurance", answer.answer
    assert verdict(answer) == "not_eligible", answer.answer


def test_claiming_it_oneself_said_as_what_they_do_not_as_a_question():
    assert read_cues(normalize("这8个人自己去领技能提升补贴。")).get("upgrade_subsidy_eligible") is True
    assert read_cues(normalize("我自己去领技能提升补贴行吗")).get("upgrade_subsidy_eligible") is None


# ------------------------------------------------------------------ 3. an event planned after the measure ends
def test_the_day_of_a_planned_event():
    assert date_asked(normalize("我们想等2025年2月份再去申请稳岗返还"), date(2024, 11, 5)) == date(2025, 2, 1)
    assert date_asked(normalize("我们计划2026年3月1次招进来12个脱贫人口"), date(2025, 10, 20)) == date(2026, 3, 1)
    assert date_asked(normalize("打算2026年再招5个人"), date(2025, 11, 10)) == date(2026, 1, 1)


def test_a_refund_applied_for_after_its_deadline(assistant):
    answers = talk(assistant, "自贡一家30来人的小厂，失业保险交了3年，去年没裁人。", "我们想等明年2月份再去申请稳岗返还，那时候还能申请吗？", today=date(2024, 11, 5))
    answer = answers[-1]
    assert verdict(answer) == "not_eligible", answer.answer
    assert answer.calculation.in_force is False
    assert "2024年12月31日" in answer.answer


def test_a_refund_applied_for_before_its_deadline_still_is(assistant):
    answer = _one(assistant, "泸州一家20人的小公司，失业保险交了三年，今年没裁员。我们打算今年12月再去申请稳岗返还，可以吗？", today=date(2024, 11, 5))
    assert verdict(answer) == "eligible", answer.answer


def test_a_refund_put_off_to_next_year(assistant):
    answer = _one(assistant, "泸州一家20人的小公司，失业保险交了三年，今年没裁员。稳岗返还我们想明年再申请，行不行？", today=date(2024, 11, 5))
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_certificate_planned_for_after_the_upgrade_subsidy_ends(assistant):
    answer = _one(
        assistant,
        "广元的，我在厂里上班，失业保险交了快三年。我等2025年1月份拿到电工高级工证再申请技能提升补贴，还来得及吗？",
        today=date(2024, 10, 8),
    )
    assert verdict(answer) == "not_eligible", answer.answer
    assert "已过期限" in answer.answer


def test_hires_planned_after_the_document_ends(assistant):
    answer = _one(
        assistant,
        "内江一家食品厂，我们计划2026年3月一次招进来12个脱贫人口，到时候能认定为就业帮扶基地拿那5万块奖补吗？",
        today=date(2025, 10, 20),
    )
    assert verdict(answer) == "not_eligible", answer.answer
    assert answer.calculation.in_force is False


def test_graduates_hired_next_year_after_the_document_ends(assistant):
    answer = _one(
        assistant,
        "德阳一家机械厂，打算2026年再招5个离校2年内没就业的高校毕业生，签1年以上合同、交社保，到时候还能申请一次性吸纳就业补贴吗？",
        today=date(2025, 11, 10),
    )
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ 4. a treatment a document grants
@pytest.mark.parametrize(
    "question, region, rule",
    [
        ("杭州一家机械厂的，厂里聘我当高级技师三年了。现在单位评优评奖只看职称，浙江是不是规定在聘高级技师能比照副高级职称享受同等待遇？我能去争取吗？", "浙江省", "zj.treatment_equivalence"),
        ("郑州一家国企，我去年被聘到特级技师岗位。河南是不是说特级技师可以比照正高级职称人员享受同等待遇？我能享受吗？", "河南省", "ha.treatment_equivalence"),
        ("南充一家纺织厂，厂里按高级工岗位聘了我。单位选人去外地进修只考虑有职称的，四川规定在聘高级工能比照初级职称人员享受同等待遇吗？我能不能报名？", "四川省", "sc.treatment_equivalence"),
        ("宜宾的，我在一家酒厂被聘为特级技师，单位评优按职称排，我能不能按正高级职称人员的待遇参加评优？", "四川省", "sc.treatment_equivalence"),
        ("嘉興這邊，我在一家企業被聘為技師，單位崗位聘任和職務晉升只認職稱，我能不能按中級專業技術人員同等對待？", "浙江省", "zj.treatment_equivalence"),
    ],
)
def test_the_treatment_of_a_level_held_in_post_is_granted(assistant, question, region, rule):
    answer = _one(assistant, question, today=date(2025, 5, 10))
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == rule, answer.answer
    assert verdict(answer) == "eligible", answer.answer
    assert answer.facts.get("hired_at_level") is True, answer.facts


def test_a_certificate_without_the_post_has_not_the_treatment(assistant):
    answer = _one(
        assistant,
        "绵阳一家电子厂的，我考了技师证，但厂里没有聘我到技师岗位，还是普通操作工。四川说技师可以比照中级职称享受待遇，我能享受吗？",
        today=date(2025, 5, 10),
    )
    assert verdict(answer) == "not_eligible", answer.answer
    assert "没有聘您" in answer.answer


def test_the_post_said_or_not():
    assert extract_facts(normalize("厂里聘我当技师已经两年了")).get("hired_at_level") is True
    assert extract_facts(normalize("我考了技师证，但厂里没有聘我到技师岗位")).get("hired_at_level") is False
    assert extract_facts(normalize("在聘的高级工比照什么职称")).get("hired_at_level") is None
