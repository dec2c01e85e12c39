"""Round 39: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A denial said with who did not give it (没给评, 没被评为, 街道没给认定他是…): the award or group not held.
2. None of the groups, said as no status at all (什么身份都没有).
3. One registered as out of work, said as the person registered (在街道登记过的失业人员): the registration.
4. A further group of hires added with 外加 / 再加上: counted in the total.
5. Whether the person spoken of may do an internship, said as meeting its conditions (他够条件吗) or as wanting to go
   (想来我们这见习…行不行): who an internship is for, not the host unit's conditions.
6. A span to retirement in years and months (还差2年7个月): whole months, not a fraction of years.
7. Moved to another trade than the one certified (后来调去开叉车了): no longer in the trade held.
8. The year of a course (本科大三 / 高职大三 / 3年制…2年级) and a course's length (3年制) — no span of work.
9. A school giving its own students a level, said with 评 (学校自己给学生评等级证): the school's own assessment.
10. A count owned to as said short or over (少报了2个，是9个 / 多算了1个): the count held, changed.
11. The interns whose term ran out counted beside those kept on (8个期满了，留下来7个): the retention rate.
12. The interns said as those who intern (见习的有3个): their count.
13. A part of the question set aside in brackets (（保险补贴另算）): not asked.
14. Whole months said worked in full (前三个月都满勤): the months of the internship.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. a denial said with who did not give it
@pytest.mark.parametrize("said", ["省里没给评全国技术能手", "全国技术能手那年没被评上", "我没被评为全国技术能手"])
def test_an_award_denied_with_who_did_not_give_it_is_not_held(said: str) -> None:
    facts = read_said(said)
    assert "全国技术能手" not in (facts.get("awards") or ())
    assert facts.get("leading_talent_honor") is not True


def test_a_henan_technician_with_a_national_silver_and_no_title_given_is_not_eligible(assistant) -> None:
    *_, answer = talk(assistant, "洛阳的，前年参加国赛得了银牌（单位没给报全国技术能手，也没给评），我是技师，证拿了3年，这能破格申报副高吗？", today=date(2025, 3, 2))
    assert verdict(answer) == "not_eligible"


def test_a_group_denied_with_who_did_not_give_it_is_not_held() -> None:
    facts = read_said("街道没给认定他是就业困难人员")
    assert "就业困难人员" not in (facts.get("person_categories") or ())


# ------------------------------------------------------------------ 2. no status at all
@pytest.mark.parametrize("said", ["他什么身份都没有", "这小伙子啥特殊身份也不是"])
def test_no_status_at_all_is_none_of_the_groups(said: str) -> None:
    assert read_said(said).get("person_categories") == frozenset()


# ------------------------------------------------------------------ 3. registered, said of the person
def test_a_person_said_registered_as_out_of_work_is_registered() -> None:
    assert read_said("另一个是在社区登记过的失业人员").get("registered_unemployed") is True


# ------------------------------------------------------------------ 4. a further group added with 外加
@pytest.mark.parametrize("said", ["今年招了2个监测户，外加3个就业困难人员", "招了4个应届大学生，再加上1个就业困难人员"])
def test_a_further_group_added_with_wai_jia_is_counted_in(said: str) -> None:
    assert read_said(said).get("hires_count") == 5


def test_two_groups_joined_by_wai_jia_are_added_in_the_absorb_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "绵阳一家餐饮店，今年5月招了2个监测户，外加3个就业困难人员，合同都签的两年，社保正常交，一次性吸纳就业补贴一共多少？", today=date(2025, 7, 1))
    assert answer.calculation is not None and answer.calculation.value == 10000


# ------------------------------------------------------------------ 5. whether the person spoken of may intern
def test_whether_he_meets_the_internship_conditions_is_who_it_is_for(assistant) -> None:
    *_, answer = talk(assistant, "运城的，隔壁家小子20岁，高中念完就没上了，一直闲着，我们店想让他来当见习生，他够条件吗？", today=date(2023, 5, 9))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == "eligible"


def test_someone_wanting_to_come_and_intern_asks_whether_they_may(assistant) -> None:
    *_, answer = talk(assistant, "大同这边，一个中专毕业4年的小伙子想到我们公司见习，今年26了，行不行？", today=date(2024, 6, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 6. a span to retirement in years and months
def test_a_span_to_retirement_in_years_and_months_is_whole_months(assistant) -> None:
    *_, answer = talk(assistant, "武汉的，就业困难人员，灵活就业交社保，第一次核定补贴时离退休还差2年7个月，这个社保补贴能领多久？", today=date(2024, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == 31 and answer.calculation.unit == "个月"


def test_a_span_to_retirement_in_half_years_stays_in_years(assistant) -> None:
    *_, answer = talk(assistant, "长沙的，就业困难人员，灵活就业交社保，第一次核定补贴时离退休还差3年半，这个社保补贴能领多久？", today=date(2024, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == Decimal("3.5") and answer.calculation.unit == "年"


# ------------------------------------------------------------------ 7. moved to another trade
@pytest.mark.parametrize("said", ["我是钳工高级技师，前年车间缺人，把我调去开叉车了", "电工技师，后来转岗当了焊工"])
def test_moved_to_another_trade_is_no_longer_in_the_trade_held(said: str) -> None:
    assert read_said(said).get("in_post") is False


def test_moved_within_the_same_trade_is_not_out_of_it() -> None:
    assert read_said("我是焊工技师，去年调到三车间干焊工").get("in_post") is not False


# ------------------------------------------------------------------ 8. the year of a course
@pytest.mark.parametrize(("said", "final"), [("孩子读本科，今年刚上大三", False), ("闺女念的高职，现在大三", True), ("读的3年制技校，这学期上2年级", False)])
def test_the_year_of_a_course_says_whether_it_is_the_final_one(said: str, final: bool) -> None:
    assert read_said(said).get("in_graduation_year") is final


def test_a_courses_length_is_no_span_of_work() -> None:
    facts = read_said("儿子读的3年制中专")
    assert facts.get("years_in_occupation") is None and facts.get("in_post") is None


# ------------------------------------------------------------------ 9. a school giving its students a level, said with 评
def test_a_school_grading_its_own_students_is_its_own_assessment(assistant) -> None:
    *_, answer = talk(assistant, "侄子在江西新余康展高级技工学校读书，听说学校能自己给学生评职业技能等级证，是真的吗？", today=date(2023, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jx.school_self_assessment"


# ------------------------------------------------------------------ 10. a count owned to as said short or over
def test_a_count_said_short_then_given_anew_replaces_the_count(assistant) -> None:
    *_, answer = talk(assistant, "遂宁的，去年9月招了7个脱贫户，合同社保都齐，一年能扣多少税？", "少报了2个，是9个", today=date(2025, 1, 10))
    assert answer.calculation is not None and answer.calculation.value == 9 * 7800


def test_a_count_said_over_alone_takes_the_number_off(assistant) -> None:
    *_, answer = talk(assistant, "遂宁的，去年9月招了7个脱贫户，合同社保都齐，一年能扣多少税？", "不好意思，多算了1个", today=date(2025, 1, 10))
    assert answer.calculation is not None and answer.calculation.value == 6 * 7800


# ------------------------------------------------------------------ 11. those whose term ran out, and those kept on
def test_the_interns_whose_term_ran_out_beside_those_kept_give_the_rate() -> None:
    facts = read_said("8个期满了，留下来7个")
    assert facts.get("interns_count") == 8 and facts.get("retained_count") == 7


# ------------------------------------------------------------------ 12. the interns said as those who intern
def test_the_interns_said_as_those_who_intern_are_counted() -> None:
    assert read_said("这边最低工资1900，见习的有3个").get("interns_count") == 3


# ------------------------------------------------------------------ 13. a part set aside in brackets
def test_a_part_set_aside_in_brackets_is_not_asked(assistant) -> None:
    *_, answer = talk(assistant, "临汾的，收了3个见习大学生，每人见习5个月，最低工资1800，单位的见习补贴一共多少（保险那个补贴另算）？", today=date(2023, 4, 2))
    assert answer.calculation is not None and answer.calculation.value == 3 * 5 * 1080


# ------------------------------------------------------------------ 14. whole months said worked in full
def test_whole_months_worked_in_full_are_the_internship_months(assistant) -> None:
    *_, answer = talk(assistant, "晋中的，有个见习生前三个月都满勤，第四个月只来了9个工作日就不干了，生活补助按几个月发？", today=date(2023, 8, 8))
    assert answer.calculation is not None and answer.calculation.value == 3
