"""Round 30: people and groups changed in a conversation, and facts said in passing (probing in our own words; none of
these is a held-out or blind item).

1. Part of a group split off in a follow-up by when they left school (其中1个是前年毕业的呢？): the graduating year said
   of the whole group is no longer theirs — the year said of them decides.
2. A count corrected with some of the group reclassified (不对，是5个，其中1个其实是失业人员，不是脱贫户): the new
   count, those singled out with what they really are; 其中N个 followed by who they are, or when they left school, is
   not the count of those who meet the rule.
3. An award corrected for one of a group (其中一个评上的是中华技能大奖，不是技术能手): each award counted apart.
4. Another person asked of (那老刘呢？他…) after an opening question of no one in particular keeps the setting that
   opening set (公益性岗位上的就业困难人员); more kin and companions open another person (那她男朋友呢？, 那他同寝室
   那个呢？, 那我师兄呢？) and kin words give the sex (我大伯, 我婶婶).
5. A verdict asked with the province unsaid, where every province holding the rule says no from what was said: that no,
   the provinces named; whether a fact just told matters (有影响吗) asks a verdict; the year of a past appraisal said is
   that fact's, not the day asked about.
6. Some of a counted kind said not to be of it (那15个里头有6个其实不是脱贫户): the kind's count less them.
7. Layoffs said after “没裁员” (其实去年辞退了5个): the rate said before no longer holds.
8. Said in passing: the post given (厂里也正式聘了); a city's development zone (在绵阳高新区一家公司上班) is no county
   grassroots; a person asked of coming to intern (他能来我们这见习吗) asks the person's eligibility; subsidies received
   one clause at a time (前年…拿了补贴，去年…也拿了补贴，今年…也领了) counted; a school named between the date and
   毕业 (2023年7月西华大学毕业, 去年6月浙大毕业的); absences totalled with 已经 between (加起来已经12天了).
9. The speaker and one of kin asked together (两口子加一起能补多少): each with what was said of them, added.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import talk, verdict


def _total(answer):
    return answer.calculation.value if answer.calculation is not None else None


# 1. a group split by the year they left school
def test_part_of_a_group_split_off_by_its_year(assistant):
    *_, answer = talk(
        assistant,
        "成都的公司，今年6月招了4个今年刚毕业的大学生，都签了两年合同，社保也交了，一次性吸纳就业补贴一共多少？",
        "其中1个是前年毕业的呢？",
        today=date(2025, 8, 1),
    )
    assert float(_total(answer)) == 6000, answer.answer


# 2. a count corrected, one reclassified
def test_a_count_corrected_with_one_reclassified(assistant):
    *_, answer = talk(
        assistant,
        "德阳的小厂，招了3个脱贫户，一年企业税费能扣多少？",
        "不对，是5个，其中1个其实是失业人员，不是脱贫户",
        today=date(2025, 3, 1),
    )
    assert float(_total(answer)) == 39000, answer.answer


@pytest.mark.parametrize(("text", "count"), [("其中1个其实是失业人员", None), ("其中1个是前年毕业的", None), ("招了9个，其中7个签了合同", 7)])
def test_one_singled_out_is_no_count_of_those_meeting_it(text, count):
    from assistant.facts import extract_facts

    assert extract_facts(text).get("hires_count") == count


# 3. an award corrected for one of a group
def test_an_award_corrected_for_one_of_a_group(assistant):
    *_, answer = talk(
        assistant,
        "洛阳的企业，今年有4个职工新评上了全国技术能手，河南省里额外奖励一共多少？",
        "搞错了，其中一个评上的是中华技能大奖，不是技术能手",
        today=date(2024, 10, 1),
    )
    assert float(_total(answer)) == 110000, answer.answer


# 4. another person: the setting kept, more words for another, the sex from kin
def test_another_person_keeps_the_setting_of_an_opening_of_no_one(assistant):
    *_, answer = talk(
        assistant,
        "街道公益性岗位上安置的就业困难人员，岗位补贴最长能拿几年？",
        "老张离退休还有8年，他能拿几年？",
        "那老刘呢？他离退休还差3年",
        today=date(2025, 5, 1),
    )
    assert answer.calculation is not None and answer.calculation.verdict == "info" and "延长至退休" in answer.answer, answer.answer


@pytest.mark.parametrize("text", ["那她男朋友呢？也是去年毕业的", "那他同寝室那个呢？也是川大的", "那我师兄呢？他是高级技师", "那我大伯呢？他今年58了"])
def test_more_words_open_another_person(text):
    from assistant.understand.intents import intent

    assert intent("another_person").search(text)


@pytest.mark.parametrize(("text", "sex"), [("那我大伯呢？他今年57了，也是就业困难人员", "男"), ("我婶婶今年52，在社区公益岗", "女")])
def test_kin_words_give_the_sex(text, sex):
    from assistant.facts import extract_facts

    assert extract_facts(text).get("sex") == sex


def test_a_companion_in_a_city_zone_is_not_at_the_grassroots(assistant):
    *_, answer = talk(
        assistant,
        "我儿子西华大学毕业，去年到甘孜一个乡镇卫生院上班了，听说在基层评职称能提前一年？",
        "那他女朋友呢？同一年毕业的，在绵阳高新区一家公司上班，她评职称也能提前吗？",
        today=date(2025, 6, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


# 5. the province unsaid, every province's rule says no
def test_every_province_saying_no_is_said(assistant):
    *_, answer = talk(assistant, "技师证拿了4年了，不过去年我年度考核没合格，有影响吗？能报中级职称吗？", today=date(2025, 7, 1))
    assert verdict(answer) == "not_eligible" and "浙江省、河南省的规定都不符合" in answer.answer, answer.answer
    assert "2024年12月31日" not in answer.answer  # the appraisal's year is not the day evaluated


def test_a_fact_just_told_asks_whether_it_matters():
    from assistant.understand.intents import intent

    assert intent("asks_verdict").search("不过去年我年度考核没合格，有影响吗？") and intent("asks_verdict").search("这个碍事不")


# 6. some of a counted kind denied
def test_some_of_a_counted_kind_denied(assistant):
    *_, answer = talk(
        assistant,
        "宜宾的一家竹制品厂，去年招了15个脱贫户上班，能认定就业帮扶基地拿奖补吗？",
        "说错了，那15个里头有6个其实不是脱贫户，是附近的普通村民",
        today=date(2025, 3, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


# 7. layoffs said after “没裁员”
def test_layoffs_said_after_none(assistant):
    *_, answer = talk(
        assistant,
        "遂宁的小厂，参保职工20个，失业保险交了4年了，去年企业和职工一共交了失业保险费3万，去年没裁员，稳岗返还能返多少？",
        "不好意思，其实去年辞退了5个人",
        today=date(2024, 8, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


# 8. said in passing
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("他是高级技师，厂里也正式聘了", "hired_at_level", True),
        ("拿了技师证并且被聘上了", "hired_at_level", True),
        ("在绵阳高新区一家公司上班", "county_grassroots", False),
        ("前年学电工拿了补贴，去年学焊工也拿了补贴，今年学叉车补贴也领了", "times_received", 3),
        ("我是2023年7月西华大学毕业的", "graduation_year", 2023),
        ("这个月无故缺勤加起来已经12天了", "absence_total_days", 12),
    ],
)
def test_said_in_passing(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


def test_a_school_named_before_graduating_is_that_facts_day(assistant):
    *_, answer = talk(assistant, "我去年7月浙大毕业的，一直没找到单位，在杭州自己按灵活就业交社保，每月交1200，社保补贴每月最多补多少？", today=date(2024, 11, 1))
    assert answer.calculation is not None and float(answer.calculation.value) == 800, answer.answer


def test_a_person_asked_of_coming_to_intern(assistant):
    (answer,) = talk(assistant, "我们是大同的一家商贸公司，想招几个见习生。有个姑娘今年6月中专毕业，一直没找到工作，她能来我们这见习吗？", today=date(2025, 9, 1))
    assert answer.calculation is not None and answer.calculation.rule_id != "sx.internship_unit_conditions" and verdict(answer) == "eligible", answer.answer


def test_the_times_counted_decide_the_limit(assistant):
    (answer,) = talk(assistant, "我是农村出来打工的，前年学电工拿了补贴，去年学焊工也拿了补贴，今年学叉车补贴也领了，现在想学个美发，培训补贴还能享受吗？", today=date(2025, 10, 1))
    assert verdict(answer) == "not_eligible", answer.answer


# 9. the speaker and one of kin together
def test_the_speaker_and_kin_added(assistant):
    *_, answer = talk(
        assistant,
        "我是晋中太谷的，今年失业了，想报个8天的电工培训班，能补多少？",
        "我老婆也想学，她报的面点班，学6天，她也没工作，我们俩一共能补多少？",
        today=date(2023, 12, 20),
    )
    assert float(_total(answer)) == 1400, answer.answer


# 10. the same changes said within one message, and more said in passing
def test_some_of_a_counted_kind_denied_in_one_message(assistant):
    (answer,) = talk(assistant, "我们是乐山的一家茶厂，报的是吸纳了11个脱贫户上班，后来核对发现里头有2个其实不是脱贫户。还能认定就业帮扶基地吗？", today=date(2025, 4, 1))
    assert verdict(answer) == "not_eligible", answer.answer


def test_the_one_asked_of_before_and_kin_added(assistant):
    *_, answer = talk(
        assistant,
        "我妈在榆次，农村出来打工的，参加了培训机构的面点培训，学了6天，补贴是怎么算的？",
        "那我爸呢？他在同一家培训机构学电工，学了12天。他俩加一起能补多少？",
        today=date(2023, 12, 20),
    )
    assert float(_total(answer)) == 1600, answer.answer


def test_people_come_besides_those_held(assistant):
    *_, answer = talk(
        assistant,
        "我们是晋城一家公司，接收了3个离校没就业的大学生来见习，意外伤害保险的保费政府补多少？",
        "又来了2个见习的，这5个人的保费补贴一共多少？",
        today=date(2023, 8, 1),
    )
    assert float(_total(answer)) == 1200, answer.answer


def test_kin_asked_of_after_the_speaker(assistant):
    (answer,) = talk(assistant, "我和我爱人都在宁波一家研究所。我是初级职称；我爱人是副高级职称，从事本职业工作，他想申请高级技师的职业技能评价，他可以吗？", today=date(2024, 5, 1))
    assert verdict(answer) == "eligible", answer.answer


def test_the_speakers_own_insurance_unpaid(assistant):
    (answer,) = talk(assistant, "我在泸州一个厂里干了两年，今年考了个电工中级证，技能提升补贴我能领吗？就是厂里一直没给我们交社保。", today=date(2024, 9, 1))
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_hire_condition_failed_decides_first(assistant):
    (answer,) = talk(assistant, "内江的公司，招了个小伙子签了两年合同，他不想交社保，我们就没给他交。一次性吸纳就业补贴能申请吗？", today=date(2025, 3, 1))
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_measure_still_open_this_year(assistant):
    (answer,) = talk(assistant, "川办发〔2024〕34号里的失业保险稳岗返还，我们公司今年（2025年）还能按那条申请吗？", today=date(2025, 5, 1))
    assert "已失效" in answer.answer and "2024年12月31日" in answer.answer, answer.answer


def test_a_no_says_the_routes(assistant):
    (answer,) = talk(assistant, "我在郑州一家厂当焊工，高级技师，去年拿了全国技术能手，想破格报正高职称，我干了12年了，行吗？", today=date(2025, 3, 1))
    assert verdict(answer) == "not_eligible" and "满18年" in answer.answer, answer.answer


def test_dispatched_workers_added_to_an_enterprise_training(assistant):
    *_, answer = talk(
        assistant,
        "我们厂在太谷，今年组织了30个职工搞岗位技能提升培训，政府补贴性培训每人给企业补多少？",
        "还有4个是劳务派遣过来的，一直在我们车间干活，也参加了这次培训，算上的话一共补多少？",
        today=date(2023, 12, 18),
    )
    assert float(_total(answer)) == 10200, answer.answer


@pytest.mark.parametrize(("text", "key", "value"), [("还有5个是劳务派遣过来的", "hr_services_firm", None), ("我们是一家做劳务派遣的公司", "hr_services_firm", True), ("一直在我们车间干活，也参加了这次培训", "training_kind", None)])
def test_the_firm_and_its_people_told_apart(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


def test_two_places_each_named_are_a_pair(assistant):
    (answer,) = talk(assistant, "我们集团下面两家公司今年新评上了就业见习基地，德阳那家是国家级的，宜宾那家是省级的。两家一次性奖补一共多少？", today=date(2025, 2, 1))
    assert float(_total(answer)) == 500000, answer.answer


def test_the_case_told_again_keeps_its_answer(assistant):
    *_, answer = talk(assistant, "厂里搞技能等级认定，派遣工能参加不", "四川德阳的厂，说是备过案了", "劳务派遣过来的，不是厂里正式工，也能在厂里认定吗", today=date(2026, 6, 1))
    assert verdict(answer) == "eligible", answer.answer


def test_the_individual_share_asked(assistant):
    (answer,) = talk(assistant, "我们厂招了个就业困难人员，社保单位和个人的部分都是厂里代扣代缴的，申请社保补贴时他自己交的那部分也能补吗？", today=date(2025, 6, 1))
    assert verdict(answer) == "not_eligible" and "个人应缴纳的部分" in answer.answer, answer.answer
