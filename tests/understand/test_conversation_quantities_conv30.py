"""Conversations whose quantities change after an earlier turn (round 14, blind-dev31 classes), played
through the whole assistant with its own answers as the transcript; our own wording, persons, numbers and
documents.  One section per class:

1. a member of a counted group singled out in a follow-up (“其中有2个合同其实只签了半年”) leaves the part of
   the group it belongs to, with what is now said of it: the total drops it when that fails the clause;
2. people added in a follow-up (“还有8个派遣工也一起参加了”) join the group only when the clause holds for
   them (晋中's 企业职工 include those dispatched to work in the enterprise; 社会人员 and people of no listed
   group do not) — otherwise the total stays and the answer says why;
3. a quantity said anew in a follow-up (变成13天, 要排到15天, 贷到40万, 延长到4年, 按N算) replaces the one
   held, and the clause's own limit (a cap per person, a loan ceiling, a longest period) applies to it;
4. a total whose parts or whose level were said in an earlier turn: the premium taken in with the 见习补贴
   (“连意外险那块一起算”), and a level the person corrects by denying the one held (“其实我们不是省级”);
5. a count of occasions said as more (“也领了1次”, “又安置了1回”) adds to the count held from an earlier
   turn, and a limit reached across turns decides.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shared_support import talk, verdict

SICHUAN = date(2025, 5, 1)
JINZHONG = date(2024, 3, 1)


def _total(answer) -> Decimal | None:
    return answer.calculation.value if answer.calculation is not None else None


# ----------------------------------------------------------------- 1. a member singled out of the group


def test_one_of_the_hires_singled_out_with_a_short_contract_leaves_the_total(assistant):
    first, last = talk(
        assistant,
        "成都一家餐饮公司，招了5个：3个应届毕业生，2个就业困难人员，都签了两年合同，社保都交了，一次性吸纳就业补贴一共多少",
        "刚核对了，其中有1个就业困难人员的合同其实只签了半年，那一共多少",
        today=SICHUAN,
    )
    assert _total(first) == Decimal(10000), first.answer
    assert _total(last) == Decimal(4 * 2000), last.answer
    assert "不符合" in last.answer, last.answer


def test_some_of_a_group_counted_as_one_singled_out_with_short_contracts(assistant):
    _, last = talk(
        assistant,
        "我们是绵阳的劳务专业合作社，组织了10个脱贫劳动力到企业上班，都签了两年合同、交了社保，就业创业服务补助一共多少",
        "刚核对了，其中有2个合同其实只签了半年，那总共能拿多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(8 * 300), last.answer


def test_one_of_a_listed_group_who_is_not_of_its_category_after_all(assistant):
    _, last = talk(
        assistant,
        "我是宜宾一所高校的辅导员，班上3个毕业生：2个低保家庭的，1个残疾的，一次性求职补贴一共多少",
        "不好意思，其中有1个低保家庭的其实不是低保户，家里条件一般，那总共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(2 * 1500), last.answer


def test_trainees_singled_out_as_not_the_enterprise_s_staff(assistant):
    _, last = talk(
        assistant,
        "榆社一家机械厂，今年厂里组织了30个职工参加岗位技能提升培训，企业职工培训补贴一共多少",
        "其中有4个其实是外面来蹭课的社会人员，那企业一共能拿多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(26 * 300), last.answer


def test_a_member_not_clearly_of_one_part_changes_nothing():
    from assistant.operands import group_said_before

    keys = ["person_categories", "excluded_categories", "contract_years"]
    before = "招了4个：2个应届毕业生，2个就业困难人员，都签了两年合同"
    # “有个” names no part (both are hired people): which one is not clear
    assert group_said_before("有个人合同其实只签了半年，一共多少", before, keys, {"hires_count": 4}) is None


# ----------------------------------------------------------------- 2. people added who qualify or not


def test_outsiders_added_to_the_enterprise_s_trainees_are_not_counted(assistant):
    _, _, last = talk(
        assistant,
        "介休一家焦化厂，厂里组织职工培训，政府给企业怎么补",
        "正式职工培训了30个",
        "另外还有6个是外面来蹭课的社会人员，这几个能算上吗，总共多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(30 * 300), last.answer
    assert "不符合" in last.answer or "不能" in last.answer, last.answer


def test_hires_of_no_listed_group_added_are_not_counted(assistant):
    _, last = talk(
        assistant,
        "德阳一家机械厂，招了3个今年毕业的大学生，都签了两年合同交了社保，一次性吸纳就业补贴一共多少",
        "还有2个是社招的老师傅，没什么特殊身份，也能算吗？总共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(3 * 2000), last.answer


def test_a_student_of_a_listed_group_added_to_those_described_before(assistant):
    _, last = talk(
        assistant,
        "我是泸州一所高校的辅导员，毕业班有两个学生想申请一次性求职补贴：一个低保家庭的，一个残疾的",
        "还有1个拿了国家助学贷款的也想申请，一共多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(3 * 1500), last.answer


def test_dispatched_workers_added_count_as_the_enterprise_s_staff(assistant):
    _, _, last = talk(
        assistant,
        "平遥一家纺织厂，组织职工岗位技能提升培训，政府给企业补多少",
        "培训了25个正式工",
        "车间还有8个派遣工也一起参加了，能不能算，一共多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(33 * 300), last.answer
    assert "劳务派遣" in last.answer, last.answer


# ----------------------------------------------------------------- 3. a quantity said anew crossing a cap


def test_days_said_anew_are_capped_per_person(assistant):
    _, days, last = talk(
        assistant,
        "我在太谷，下岗了，想报个育婴员培训班，补贴怎么算",
        "学10天",
        "培训机构后来说课排不下，要排到15天，按15天补多少？",
        today=JINZHONG,
    )
    assert last.facts.get("training_days") == 15, last.facts
    assert _total(last) == Decimal(1000), last.answer  # 15 × 100 = 1500, over the 1000 a person


def test_a_class_s_days_said_anew_cap_each_trainee(assistant):
    _, _, last = talk(
        assistant,
        "寿阳一家培训学校，面向失业人员办了期电工职业技能提升培训",
        "20个人，学9天",
        "后面又加了几节实操，整个班变成13天了，一共能补多少",
        today=JINZHONG,
    )
    assert _total(last) == Decimal(20 * 1000), last.answer


def test_a_loan_said_anew_over_the_ceiling_is_subsidised_up_to_it(assistant):
    first, last = talk(
        assistant,
        "成都的，想自己开个小店，创业担保贷款贷15万，年利率3.5%，一年贴息多少",
        "要是多贷点，贷到40万，按40万算呢",
        today=SICHUAN,
    )
    assert _total(first) == Decimal("2625.00"), first.answer
    assert last.facts.get("loan_amount") == Decimal(400000), last.facts
    assert _total(last) == Decimal("5250.00"), last.answer  # 30万 × 3.5% × 50%


def test_a_period_said_anew_is_cut_to_the_longest(assistant):
    _, last = talk(
        assistant,
        "我45岁，就业困难人员，在街道公益性岗位上班，当地最低工资1900，干1年一共能拿多少岗位补贴",
        "街道说岗位可以延长到4年，那总共能拿多少",
        today=SICHUAN,
    )
    assert _total(last) == Decimal(1900 * 36), last.answer  # 3 years at most, far from retirement


def test_a_number_said_plainly_again_is_no_change_word():
    from assistant.schema import DialogueState
    from assistant.understand.dialogue import _quantity_said_anew

    facts: dict = {}
    _quantity_said_anew("原来是8天", DialogueState(facts={"training_days": 12}, topic="training_subsidy_amount"), facts, frozenset({"training_days"}))
    assert facts == {}


# ----------------------------------------------------------------- 4. a total of parts or a level said earlier


def test_the_premium_taken_in_with_the_internship_subsidy_over_the_hires(assistant):
    _, _, last = talk(
        assistant,
        "忻州的一家商贸公司想招见习生，见习补贴怎么算",
        "我们这最低工资按1980算",
        "招3个，每人见习4个月，连意外险那块一起算，一共能拿多少",
        today=date(2023, 5, 1),
    )
    assert _total(last) == Decimal(3 * 4 * 1188 + 3 * 240), last.answer


def test_the_premium_said_with_lian_over_three_turns(assistant):
    _, _, last = talk(
        assistant,
        "晋城一家酒店想接收见习生，就业见习补贴给单位补多少？",
        "当地最低工资1880",
        "招2个，见习期都是10个月，连意外险的保费一起，单位一共多少",
        today=date(2023, 5, 1),
    )
    assert _total(last) == Decimal(2 * 10 * 1128 + 2 * 240), last.answer


def test_a_base_level_corrected_by_denying_the_one_held(assistant):
    _, told, last = talk(
        assistant,
        "成都的企业，要是评上省级就业见习基地，有多少奖补",
        "其实我们不是省级，去年评上的是国家级的",
        "那这个一次性奖补能拿多少",
        today=date(2025, 3, 1),
    )
    assert told.facts.get("base_level") == "国家级", told.facts
    assert _total(last) == Decimal(300000), last.answer


def test_a_park_level_corrected_then_the_award_and_three_years_added(assistant):
    _, _, last = talk(
        assistant,
        "大同有个人力资源服务产业园，要是认定成国家级的，省里奖励多少",
        "不是国家级，我们刚被认定的是省级",
        "一次性奖励加上三年的运营经费补助，一共最多多少",
        today=date(2025, 3, 1),
    )
    assert last.facts.get("hr_park_level") == "省级", last.facts
    assert _total(last) == Decimal(1000000 + 3 * 600000), last.answer


# ----------------------------------------------------------------- 5. a count of times reached across turns


def test_an_evaluation_subsidy_remembered_later_reaches_the_limit(assistant):
    _, last = talk(
        assistant,
        "我是失业人员，在郑州，考过电工证和焊工证，领过两次职业技能评价补贴",
        "对了，去年还考了个叉车司机的证，也领了一次评价补贴。这次考育婴员证还能领评价补贴吗",
        today=date(2025, 6, 1),
    )
    assert last.facts.get("times_received") == 3, last.facts
    assert verdict(last) == "not_eligible", last.answer


def test_training_subsidies_told_one_a_turn_reach_the_limit(assistant):
    _, second, last = talk(
        assistant,
        "农村出来打工的，之前参加政府补贴的培训领过一次职业培训补贴",
        "前年学挖掘机又领了一次",
        "去年学电焊也领了一回，今年想学个厨师，培训补贴还能领吗",
        today=date(2025, 6, 1),
    )
    assert second.facts.get("times_received") == 2, second.facts
    assert verdict(last) == "not_eligible", last.answer


def test_a_public_post_placed_again_once_more_reaches_the_limit(assistant):
    _, last = talk(
        assistant,
        "我是大龄就业困难人员，公益性岗位期满后又安置过1次",
        "后来第二轮到期，街道又安置了1回，现在又到期了，还能再安置吗",
        today=date(2025, 6, 1),
    )
    assert last.facts.get("public_post_replacements") == 2, last.facts
    assert verdict(last) == "not_eligible", last.answer


def test_one_more_training_subsidy_leaves_one(assistant):
    _, last = talk(
        assistant,
        "我是城镇登记失业人员，前年参加政府补贴的电工培训领过一次职业培训补贴",
        "去年学焊工又领了一次，还能领几次",
        today=date(2025, 6, 1),
    )
    assert last.facts.get("times_received") == 2, last.facts
    assert verdict(last) == "eligible" and last.calculation.value == 1, last.answer


def test_a_count_corrected_or_said_in_all_replaces_the_one_held():
    from assistant.schema import DialogueState
    from assistant.understand.dialogue import read_turn

    held = DialogueState(facts={"times_received": 2}, topic="training_subsidy_times")
    assert read_turn("不对，我又想了想，一共领过3次", held).facts.get("times_received") == 3
    assert read_turn("说错了，领过1次", held).facts.get("times_received") == 1
