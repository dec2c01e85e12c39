"""Round 23: the figure a total is worked from, as people change it, restate it or ask it beside another
(probing in our own words; none of these is a held-out or blind item).

1. A follow-up that supposes or corrects a number (那要是学15天呢; 说错了，每月交的是一千二) changes the one fact of
   the conversation held in that unit, and the rule's own caps apply to the new value.
2. A year's figure asked beside the longest period and the total over it: the total is over the longest period.
3. Months said as reached (都见习满半年): the months of the total.
4. A group said before by kinds, then one singled out by a condition and the rest counted: the rest by kind.
5. A rough count restated exactly in the next clause (大概五十来个，最后核下来是47个): the exact one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import talk

JINZHONG_DAY = date(2023, 12, 20)  # 晋中 2023 工作方案 in force (from its issue, 2023-04-19)
SICHUAN_DAY = date(2025, 5, 20)  # 川办发〔2024〕34号 in force (2024-07-13 to 2025-12-31)
NATIONAL_DAY = date(2025, 6, 30)


def _value(answer):
    return answer.calculation.value if answer.calculation is not None else None


# ----------------------------------------------------------------------------- 1. a number said anew


@pytest.mark.parametrize(
    ("first", "then", "today", "before", "after"),
    [
        # 晋中 三、（四）: 100元/人·天, 原则上每人不超过1000元 — 6 days, then 15 days supposed: the cap applies
        ("我下岗了，在晋中报了个政府补贴的技能培训，学6天，能补多少？", "那要是我报的班是十五天的呢？", JINZHONG_DAY, "600", "1000"),
        # the same, the new days said as what the class is (是…的) in a supposition with 如果
        ("我是失业人员，晋中这边参加技能培训，7天的班补多少钱", "如果换个九天的班呢", JINZHONG_DAY, "700", "900"),
        # 第十条（一）: 灵活就业 insurance subsidy, at most 2/3 of what is paid — corrected from 800 a month to 1200,
        # a year asked: 1200 × 2/3 × 12
        ("我是登记过的就业困难人员，现在摆摊灵活就业，社保每月自己交八百，国家的社保补贴能补多少？", "不好意思说错了，每月交的是一千二。那一年最多能补多少？", NATIONAL_DAY, "533.33", "9600"),
    ],
)
def test_a_number_said_anew_in_a_follow_up_replaces_the_one_held(assistant, first, then, today, before, after):
    one, two = talk(assistant, first, then, today=today)
    assert _value(one) == Decimal(before), one.answer
    assert _value(two) == Decimal(after), two.answer


def test_a_value_taken_back_is_not_the_new_one(assistant):
    # 晋中 三、（三）-style order training is not asked here: 三、（四） days corrected “是12天，不是8天”
    one, two = talk(assistant, "我是失业人员，在晋中参加政府补贴的技能培训，培训8天能补多少？", "哦记错了，培训是12天，不是8天，那能补多少？", today=JINZHONG_DAY)
    assert _value(one) == Decimal("800"), one.answer
    assert _value(two) == Decimal("1000"), two.answer


# ----------------------------------------------------------------------------- 2. a year's figure and the longest period


def test_a_years_figure_asked_beside_the_longest_period_gives_the_total_over_it(assistant):
    # 第十条（一）: 9000 a year × 2/3 = 6000 a year; at most 3 years (41, far from retirement): 18000
    (last,) = talk(assistant, "我41岁，是认定的就业困难人员，灵活就业，一年交社保九千。社保补贴一年最多补多少？最多能补几年，总共顶天多少？", today=NATIONAL_DAY)
    assert _value(last) == Decimal("18000"), last.answer
    assert "6000" in last.answer, last.answer  # the year's figure shown beside the total


def test_a_year_asked_alone_stays_a_year(assistant):
    (last,) = talk(assistant, "我41岁，是认定的就业困难人员，灵活就业，一年交社保九千。社保补贴一年最多补多少？", today=NATIONAL_DAY)
    assert _value(last) == Decimal("6000"), last.answer


# ----------------------------------------------------------------------------- 3. months said as reached


def test_months_said_as_reached_are_the_months_of_the_total(assistant):
    # 山西 三、（二）: 60% of the local minimum wage a month: 1880 × 0.6 × 3 people × 6 months
    _, _, last = talk(
        assistant,
        "我们在长治，单位接了3个离校一年多还没工作的大学生来见习，见习补贴怎么算？",
        "我们这最低工资一千八百八",
        "那这3个都见习满半年的话，见习补贴一共多少？",
        today=date(2025, 3, 25),
    )
    assert _value(last) == Decimal("20304"), last.answer


# ----------------------------------------------------------------------------- 4. the rest of a group said before, by kind


def test_the_rest_of_a_group_said_before_by_kinds_are_counted_by_kind(assistant):
    # 一、（四）: 2000元/人 for 毕业年度大学生 and 就业困难人员 on 1-year+ contracts with insurance: one graduate on an
    # eight-month contract out, the other 2 graduates and 2 就业困难人员 in: 4 × 2000
    _, last = talk(
        assistant,
        "我们是绵阳的一家私企，今年招了3个毕业年度的大学生、2个就业困难人员，四川的一次性吸纳就业补贴怎么算？",
        "我刚核对了，有个大学生只签了8个月的合同，其他4个签的都是三年，社保也都交着。那一次性吸纳就业补贴一共能拿多少？",
        today=SICHUAN_DAY,
    )
    assert _value(last) == Decimal("8000"), last.answer
    assert "不符合" in last.answer, last.answer


# ----------------------------------------------------------------------------- 5. a rough count restated


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # 晋中 三、（二）: 300元/人 to the firm for its workers' training: 47 × 300
        ("榆次一家厂，今年搞了政府补贴的企业职工培训，大概五十来个人，最后核下来是47个。晋中企业职工培训一共能补多少？", "14100"),
        # a rough count with nothing restated stays as said: 30 × 300
        ("太谷一家企业今年组织了企业职工培训，30个职工都参加了政府补贴性培训，晋中这边一共能补多少？", "9000"),
    ],
)
def test_a_rough_count_restated_exactly_is_the_exact_one(assistant, question, total):
    (last,) = talk(assistant, question, today=JINZHONG_DAY)
    assert _value(last) == Decimal(total), last.answer


# ----------------------------------------------------------------------------- 6. the limit asked, not what is left


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 第十一条: 累计安置次数不超过2次 — placed once, re-placed once (又按程序安置了一回): the limit asked is 2 …
        ("我是零就业家庭的，社区公益岗干满三年到期了，后来又按程序安置了一回。公益性岗位累计最多能安置几次？", "2"),
        # … what is left of it asked: none
        ("我是零就业家庭的，社区公益岗干满三年到期了，后来又按程序安置了一回。我还能再安置几次？", "0"),
    ],
)
def test_the_limit_asked_is_the_limit_not_what_is_left(assistant, question, value):
    (last,) = talk(assistant, question, today=NATIONAL_DAY)
    assert _value(last) == Decimal(value), last.answer


# ----------------------------------------------------------------------------- 7. the figure asked of the right measure and place


def test_where_those_sent_go_is_not_the_persons_province(assistant):
    # 三、（十六）: 不超过400元/人 for 脱贫人口 sent out of their county — 江苏 is where they went, not where the asker is:
    # no refusal for 江苏; the province asked, then the total
    first, last = talk(assistant, "我们村组织了15个脱贫户到江苏进厂，一次性求职补贴最多一共多少？", "四川的", today=SICHUAN_DAY)
    assert "江苏" not in first.answer, first.answer
    assert _value(last) == Decimal("6000"), last.answer


# ----------------------------------------------------------------------------- 8. the year an award was won


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # 河南 六、（十三）（in force from 2023-09-13）: 新获 中华技能大奖 +5万, 全国技术能手 +2万 — one won in 2021 is no 新获
        ("许昌一家企业，车间里老魏2021年就评上了全国技术能手，小邓前年（2024年）刚评上全国技术能手，孙师傅今年拿了中华技能大奖。按河南的若干措施，省里额外加的奖励三个人一共多少？", "70000"),
        # the award named, then the year it was got in
        ("洛阳的厂里，老孟的“中华技能大奖”是2020年拿的，小范去年新评上了全国技术能手。河南省里额外增发的奖励两人一共多少？", "20000"),
    ],
)
def test_an_award_won_before_the_measure_is_not_newly_won(assistant, question, total):
    (last,) = talk(assistant, question, today=date(2026, 3, 1))
    assert _value(last) == Decimal(total), last.answer


def test_an_award_won_before_the_measure_alone_is_refused_with_its_year(assistant):
    (last,) = talk(assistant, "我是河南的，2022年评上的全国技术能手，省里那个在国家奖励基础上增发的2万能领吗？", today=date(2025, 6, 1))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
    assert "2022" in last.answer, last.answer


# ----------------------------------------------------------------------------- 9. people said by who they are to the speaker


def test_the_speaker_alone_is_no_list():
    from assistant.operands import _leads

    assert _leads("我是高级技师，干了5年，能评副高吗？") == []


# ----------------------------------------------------------------------------- 10. parts set aside, people placed, batches added, kinds split


def test_a_second_batch_organised_is_added_to_the_first(assistant):
    # 晋中 三、（二）: 300元/人 for the firm's workers' training: (30 + 12) × 300
    _, last = talk(
        assistant,
        "晋中榆次的企业，上半年组织了30个职工参加政府补贴性培训，企业职工培训补贴能拿多少？",
        "那下半年再组织12个职工参加，全年加起来一共多少？",
        today=JINZHONG_DAY,
    )
    assert _value(last) == Decimal("12600"), last.answer


def test_a_kind_set_apart_by_its_contract_in_a_reply(assistant):
    # 四川 一、（四）: 2000元/人 on a 1-year+ contract: the 4 graduates on two years count, the 3 in difficulty on
    # six-month contracts do not
    _, last = talk(
        assistant,
        "我们是内江一家厂，今年招了4个毕业年度的大学生，还有3个认定的就业困难人员，社保都交了。四川的一次性吸纳就业补贴能拿多少？",
        "4个大学生都签的两年，那3个困难人员只签了半年的。",
        today=SICHUAN_DAY,
    )
    assert _value(last) == Decimal("8000"), last.answer


# ----------------------------------------------------------------------------- 11. said in passing


def test_trainees_who_found_work_are_the_employed_and_a_low_rate_gives_nothing(assistant):
    # 晋中 三、（一）: 就业率 must reach 80%: 17 of 25 found work (68%) — nothing
    (last,) = talk(assistant, "晋中灵石的企业搞了期项目制培训，25个学员学了10天，结束后只有17个人找到活干。这期能拿多少培训补贴？", today=JINZHONG_DAY)
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_a_year_and_twelve_months_is_no_span():
    from assistant.text import normalize

    assert normalize("去年一年十二个月都交了") == "去年1年12个月都交了"
    assert normalize("干了一年零三个月") == "干了1.25年"


# ----------------------------------------------------------------------------- 12. disqualifiers said in passing


def test_years_in_the_trade_worked_out_from_two_ages(assistant):
    # 河南 三、（七）: 破格正高 by 全国技术能手 needs 在岗从事本业满18年: started at 19, now 33 — 14 years
    (last,) = talk(assistant, "我在新乡一家机械厂，十九岁中专毕业就进厂开车床，今年三十三了，高级技师，去年拿了全国技术能手。河南能破格报正高吗？", today=date(2026, 3, 1))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_moved_to_the_office_is_no_longer_in_post(assistant):
    # 河南 三、（七）: 在岗且从事本职业 — moved to the works office, managing administration now
    (last,) = talk(assistant, "郑州的，我2018年拿的中华技能大奖，原来在车间干钳工，去年调到厂办管行政了，不怎么碰设备了。能破格报正高吗？", today=date(2026, 3, 1))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


@pytest.mark.parametrize(
    ("question", "today"),
    [
        # 第十一条: 公益性岗位补贴 is for 就业困难人员 — one never recognised as such (没被认定过啥就业困难) is not
        ("我去年从山西大学毕业，回晋中了还没找到工作。街道有个公益性岗位，说有补贴，可我也没被认定过啥就业困难，这补贴我能拿吗？", date(2026, 7, 1)),
        # 第八条: 一次性求职补贴 is for graduates of the groups listed — 没吃低保, 没贷过助学贷款, 没残疾 denies each
        ("我在赣州读大四，明年毕业，正在投简历。家里没吃低保，爸妈都有工作，我也没贷过助学贷款，身体也好好的。求职补贴我能领吗？", date(2025, 12, 5)),
    ],
)
def test_a_status_denied_by_the_verb_that_gives_it_is_denied(assistant, question, today):
    (last,) = talk(assistant, question, today=today)
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_the_times_had_said_after_the_getting():
    from assistant.facts import extract_facts
    from assistant.text import normalize

    assert extract_facts(normalize("培训补贴也都领了，前前后后一共三回"))["times_received"] == 3


def test_none_of_the_six_groups_said_in_reply_gets_no_evaluation_subsidy(assistant):
    # 第六条: 评价补贴 for the 六类人员 — a townsman on the permanent staff eight years is none of them
    first, last = talk(
        assistant,
        "我在南阳一家厂里干钳工，以前没考过证，今年考了个钳工四级，能领技能评价补贴吗？",
        "都不是，我是城镇户口，在厂里干了八年正式工了",
        today=date(2025, 6, 10),
    )
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_whether_a_public_post_is_subsidised_is_settled_by_who_the_person_is(assistant):
    # 第十一条: 公益性岗位补贴 for 就业困难人员 — whether asked, the age need not be asked; the period is said with it
    (last,) = talk(assistant, "我今年50了，厂子关门后一直没活干，街道给我认定了就业困难人员，社区让我去看车棚，说是公益性岗位。这个有补贴吗？我能享受不？", today=date(2026, 5, 12))
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer
    assert "3年" in last.answer, last.answer


def test_the_same_trade_taken_again_after_its_subsidy_was_had_gets_none(assistant):
    # 第六条: 同一职业（工种）不得重复享受 — had for 电工四级, now 电工三级
    (last,) = talk(assistant, "我在九江登记了失业，去年考了个电工四级，那次领过评价补贴。今年又考了同一个工种的三级，还能再领不？", today=date(2026, 5, 20))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


@pytest.mark.parametrize(
    ("reply", "members"),
    [("是，本科", {"高校毕业生"}), ("大专毕业", {"高校毕业生"}), ("对，大一就开始贷了", {"获得国家助学贷款"}), ("有贷款", {"获得国家助学贷款"}), ("没有", set())],
)
def test_a_group_named_only_as_the_answer_to_the_group_question(reply, members):
    from assistant.text import normalize
    from assistant.understand.replies import read_reply

    assert read_reply(normalize(reply), "person_categories", "请问您属于哪类人员？") == {"person_categories": frozenset(members)}


def test_a_student_loan_said_in_reply_settles_the_job_seeking_subsidy(assistant):
    # 第八条: 获得国家助学贷款的高校毕业生 in the graduating year, seeking work
    _, last = talk(assistant, "我是赣南师大的应届生，今年7月毕业，一直在跑招聘会找工作，听说有个求职补贴？", "对，大二就开始贷了", today=date(2026, 4, 8))
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


# ----------------------------------------------------------------------------- one message, one figure (the classes above)


@pytest.mark.parametrize(
    ("question", "today", "figure"),
    [
        # 四川 二、（十三）: the local minimum wage a month to the host unit — a graduate who wants to go, the subsidy asked
        pytest.param("我在泸州，去年7月大学毕业，到现在一直没工作，想去见习，见习补贴一个月多少？我们这最低工资2100", SICHUAN_DAY, "2100", id="the_subsidy_asked_with_the_wage_given_is_the_provinces_amount"),
        # 一、（五）: 返乡入乡农民工 first starting a business, running a year or more: 1万元
        pytest.param("我去年从深圳回南充老家开了个小超市，营业执照办了一年多了，一直开着，以前从没开过店，能拿一次性创业补贴吗？", date(2025, 6, 30), "10000", id="back_home_from_a_city_to_open_a_shop_is_a_returning_migrant_worker"),
        # 晋中 三、（四）: 100元/人·天, at most 1000元 a person: 6 days 600, 15 days capped 1000, 9 days 900
        pytest.param("我们是晋中祁县的，一家人都报了政府补贴的技能培训：我是从村里出来打工的，学了6天；我老婆下岗在家，学了15天；我表弟打零工的，学了9天。按晋中的标准三个人一共补多少？", JINZHONG_DAY, "2500", id="family_members_each_with_their_own_days_are_each_capped_and_added"),
        # 山西 三、（二）: 留用率高于80% — the subsidy raised to the whole minimum wage: 1800 × 3 people × 2 months; 保险另说
        pytest.param("长治一家小厂，接了3个见习生，见习两个月，到期全留下了，留用率百分之百。最低工资一千八，见习补贴一共多少？保险那块另说。", date(2022, 10, 20), "10800", id="the_premium_set_aside_is_not_what_is_asked"),
        # 晋中 三、（一）: 20 of 24 placed (83%): 10 × 150 + 2 × 100 = 1700 a person × 24
        pytest.param("晋中平遥的企业，跟职校合作搞了期订单式培训，24个学员培训了12天，结业后20个人都进了我们厂。企业能拿多少培训补贴？", JINZHONG_DAY, "40800", id="trainees_who_came_into_our_firm_are_the_employed"),
        # 山西 三、（九）: 省级产业园 100万 once + at most 60万 a year: these three years
        pytest.param("我们在山西有个省级人力资源服务产业园，前几年认定的。一次性奖励加上这三年每年的运营经费补助，最多一共能拿多少？", date(2025, 6, 1), "2800000", id="the_years_of_a_yearly_amount_said_as_these_years"),
        # 四川 一、（五）: 1万元 once (a returning migrant worker, first business, over a year) + the first year's 50% interest
        # subsidy on a 20万 loan at 4%: 20万 × 4% × 50% = 4000
        pytest.param("我前年从宁波打工回来，在宜宾老家开了个小饭店，第一次创业，开了一年半了。想贷二十万的创业担保贷款，年利率4%，头一年财政贴息多少？再加上一次性创业补贴，我一共能拿多少？", SICHUAN_DAY, "14000", id="a_part_asked_in_the_question_before_is_added_to_the_one_named_after"),
        # 山西 三、（一）: a part month of 15 working days or more is paid as a month, under 15 not at all:
        # 小赵 2 months + 18 days → 3; 小钱 1 month + 9 days → 1; at the 1800 minimum wage: (3 + 1) × 1800
        pytest.param("我们单位两个见习生提前走了：小赵见习了2个月零18个工作日，小钱见习了1个月零9个工作日。我们这最低工资一千八，这两人的基本生活补助加起来最少得发多少？", date(2022, 8, 10), "7200", id="the_working_days_of_each_intern_listed_are_their_own"),
        # 河南 六、（十三）: 中华技能大奖 +5万 on top of the national award, which the corpus does not state: the person's 2万
        pytest.param("我是焦作的，今年刚拿了中华技能大奖，国家那边奖了两万块。河南省里还额外加的话，国家的加上省里的一共多少？", date(2026, 3, 1), "70000", id="the_national_award_the_person_says_is_added_to_the_provinces"),
    ],
)
def test_one_message_gives_the_figure(assistant, question, today, figure):
    (last,) = talk(assistant, question, today=today)
    assert _value(last) == Decimal(figure), last.answer
