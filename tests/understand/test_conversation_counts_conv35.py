"""Counts of people changed in a later turn (round 15, multi-turn class), played through the whole
assistant with its own answers as the transcript; our own wording, persons, numbers and documents.

1. a correction that gives the number of people with nothing counted named after it (“最后考核过关的只有18个”,
   “算错了，其实有12个通过的”, “签了合同的应届生有4个”) replaces the count the conversation holds;
2. people singled out of the group held and taken off it (“其中有2个中途退出了，把他们去掉，剩下的…”,
   “其中1个…不算他，剩下的一共多少”) leave the count: the count held less those singled out.
3. a correction that gives the group said before anew and adds people besides (“不对，是3个应届生，另外还有1个
   防止返贫监测对象…一共多少”): the group said before is counted at the corrected number, with those added.
4. another batch of the same training (“又给另外20个工人办了一期…两期一共多少”) adds its people to those held.
A number said of a part of the group without a correction or a removal leaves the count as it was.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shared_support import talk

JINZHONG = date(2023, 12, 14)
SICHUAN = date(2025, 3, 20)
SHANXI = date(2023, 6, 1)


def _total(answer) -> Decimal | None:
    return answer.calculation.value if answer.calculation is not None else None


# ----------------------------------------------------------------- 1. a bare count in a correction


def test_a_correction_naming_only_those_who_passed_replaces_the_trainees(assistant):
    first, last = talk(
        assistant,
        "晋中榆次一家机械厂，组织了35个职工参加岗位技能提升培训，企业能拿多少培训补贴？",
        "不好意思说错了，实际考试合格的是30个",
        today=JINZHONG,
    )
    assert _total(first) == Decimal(35 * 300), first.answer
    assert _total(last) == Decimal(30 * 300), last.answer


def test_a_miscount_said_with_a_short_description_after_the_number(assistant):
    _, last = talk(
        assistant,
        "晋中平遥的纺织厂，做了一期企业职工培训，15个工人参加，补贴多少？",
        "哦算错了，其实有12个通过的",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(12 * 300), last.answer


def test_a_correction_of_the_hires_said_after_who_they_are(assistant):
    _, last = talk(
        assistant,
        "成都一家公司，招了2个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "不对，签了合同交了社保的应届生有4个",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(4 * 2000), last.answer


def test_fewer_hires_said_as_only_so_many(assistant):
    _, last = talk(
        assistant,
        "成都一家公司，招了3个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "记错了，只有2个",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(2 * 2000), last.answer


def test_a_corrected_count_of_those_employed_is_not_the_trainees(assistant):
    # a number the correction's own words read as another count (就业了22个) stays that count
    *_, last = talk(
        assistant,
        "晋中的企业，跟职业院校搞订单式培训，30个人培训了10天，补贴多少？",
        "就业了20个",
        "不对，我看错了，是就业了27个",
        today=JINZHONG,
    )
    facts = last.state.facts
    assert facts.get("trainees_count") == 30 and facts.get("employed_count") == 27, facts


# ----------------------------------------------------------------- 2. people singled out and taken off


def test_trainees_who_dropped_out_are_taken_off(assistant):
    _, last = talk(
        assistant,
        "晋中榆次一家机械厂，组织了20个职工参加岗位技能提升培训，企业能拿多少培训补贴？",
        "其中有2个中途退出了，把他们去掉，剩下的能拿多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(18 * 300), last.answer


def test_one_hire_not_counted_leaves_the_others(assistant):
    _, last = talk(
        assistant,
        "成都一家公司，招了5个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "其中1个后来是别的公司转过来的，不算他，剩下的一共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(4 * 2000), last.answer


def test_an_intern_over_age_taken_off_the_interns(assistant):
    _, last = talk(
        assistant,
        "太原一家公司，接收了6个离校未就业的高校毕业生见习，见习6个月，太原最低工资1880，见习补贴一共多少？",
        "刚核对了，其中有1个是28岁的，把他去掉，剩下的一共多少",
        today=SHANXI,
    )
    assert _total(last) == Decimal(5 * 6 * 1128), last.answer


def test_a_part_of_the_group_described_without_removal_keeps_the_count(assistant):
    _, last = talk(
        assistant,
        "晋中榆次一家机械厂，组织了20个职工参加岗位技能提升培训，企业能拿多少培训补贴？",
        "其中有2个是女工，一共能拿多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(20 * 300), last.answer


# ----------------------------------------------------------------- 3. the group said before corrected, people added


def test_a_corrected_group_with_another_added_is_counted_anew(assistant):
    _, last = talk(
        assistant,
        "绵阳一家公司，招了2个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "不对，是3个应届生，另外还有1个防止返贫监测对象也签了两年合同交了社保，一共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(4 * 2000), last.answer


def test_fewer_said_before_and_one_more_of_another_group(assistant):
    _, last = talk(
        assistant,
        "德阳一家厂，招了5个应届毕业生，都签了一年合同交了社保，吸纳就业补贴一共多少？",
        "记错了，只有2个应届的，另外有1个是就业困难人员，也签了合同交了社保，一共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(3 * 2000), last.answer


def test_people_added_without_a_correction_join_the_group_said_before(assistant):
    _, last = talk(
        assistant,
        "绵阳一家公司，招了4个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "另外还有1个就业困难人员也签了两年合同交了社保，一共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(5 * 2000), last.answer


# ----------------------------------------------------------------- 4. another batch of the same training, a total asked


def test_a_second_batch_of_staff_is_added_to_the_first(assistant):
    first, last = talk(
        assistant,
        "晋中祁县一家玻璃厂，组织了30个职工参加企业职工培训，企业能拿多少补贴？",
        "下半年又给另外20个工人办了一期安全生产培训，两期一共多少？",
        today=JINZHONG,
    )
    assert _total(first) == Decimal(30 * 300), first.answer
    assert _total(last) == Decimal(50 * 300), last.answer


def test_an_enterprise_skill_training_its_staff_took_is_staff_training(assistant):
    (answer,) = talk(
        assistant,
        "灵石一家煤机公司，上个月搞了一期技能提升培训，40个员工参加，晋中这边企业能拿多少培训补贴",
        today=JINZHONG,
    )
    assert _total(answer) == Decimal(40 * 300), answer.answer


def test_a_school_training_the_unemployed_is_not_staff_training(assistant):
    (answer,) = talk(
        assistant,
        "晋中的培训学校，给30个失业人员办了个电工技能提升培训，补贴多少？",
        today=JINZHONG,
    )
    assert answer.calculation is not None and answer.calculation.verdict == "need_more_info", answer.answer


def test_people_left_out_said_with_the_total_of_all_are_not_a_recount(assistant):
    _, last = talk(
        assistant,
        "宜宾一家酒店，今年招了4个毕业年度的大学生，都签了两年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "不对，我漏说了，还有3个是就业困难人员，也签的两年合同交了社保，总共7个",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(7 * 2000), last.answer


# ----------------------------------------------------------------- 5. a trade held now at a workplace named


def test_a_trade_held_now_at_a_factory_is_not_asked_again(assistant):
    (answer,) = talk(assistant, "我在洛阳一家厂子做焊工，全国技术能手，能破格报正高吗")
    assert answer.state.facts.get("in_post") is True, answer.state.facts
    assert "在岗" not in (answer.follow_up or ""), answer.follow_up


def test_a_trade_held_before_is_not_in_post(assistant):
    (answer,) = talk(assistant, "我在河南，以前在厂里当钳工，现在调到办公室了，高级技师，全国技术能手，干了20年，能破格报正高吗")
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
