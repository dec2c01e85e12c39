"""Round 22: people listed by name or kind where some do not qualify, facts said in passing that decide,
and facts told in reply (probing in our own words; none of these is a held-out or blind item).

1. A list told by names (小王、小李…，老赵…) or with some set apart (跟其中8个…，另外2个…): each part asked of
   the rule, those who fail shown with why, only those who qualify counted.
2. A disqualifier stated of one person (没上过大学、27岁; 跳槽过来，一天没失业; 五年前毕业; 去的是本县; 没做过认定)
   never counts that person.
3. Facts said in passing: a place worked in and come back from; a medal by its place; a level wished for with the
   occupation between; a man's age; a firm's headcount said later; levels denied as a list; a licence's day.
4. Replies: 交了 to the insurance question; the person asked about among several named.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import talk

DAY = date(2025, 5, 20)  # 川办发〔2024〕34号 in force (2024-07-13 to 2025-12-31)


def _value(answer):
    return answer.calculation.value if answer.calculation is not None else None


def _verdict(answer):
    return answer.calculation.verdict if answer.calculation is not None else None


# ----------------------------------------------------------------------------- 1. lists told apart


def test_a_list_told_by_names_counts_only_those_who_qualify(assistant):
    # 一、（四）: 2000元/人 for 毕业年度 graduates on 1-year+ contracts with insurance; 老赵 has a half-year contract,
    # 小孙 left school in 2021 (not 毕业年度 in 2025)
    (last,) = talk(
        assistant,
        "南充一家食品厂，今年3月招了4个大学生：小王、小李两个都是今年刚毕业的，签了两年合同，社保都交了；老赵也是今年毕业的，不过只签了半年；"
        "小孙是2021年毕业的，签了三年也交了社保。四川那个一次性吸纳就业补贴一共能拿多少？",
        today=DAY,
    )
    assert _value(last) == Decimal("4000"), last.answer
    assert "小孙" in last.answer and "不符合" in last.answer, last.answer


@pytest.mark.parametrize(
    ("question", "today", "total"),
    [
        # 三、（十六）: 300元/人 for those helped to a 1-year+ contract with insurance: 10 − 2 = 8 (a split after a verb)
        ("我们是广元一个帮扶县的劳务合作社，今年组织了10个脱贫劳动力去德阳的厂里，厂里跟其中8个签了两年合同、上了社保；另外2个只签了两个月的临时协议。服务补助能拿多少？", DAY, "2400"),
        # 三、（十六）: 不超过400元/人 for 脱贫人口 placed outside their county: 6 went out, 4 stayed in the county seat
        ("村里有组织地送了10个脱贫户出去务工，6个去了江苏苏州的电子厂，另外4个去的是我们本县县城的制衣厂。按四川那个一次性求职补贴，最多一共多少？", DAY, "2400"),
        # 一、（四）: 7800元/人·年 for 脱贫人口 and 失业人员 hired: 2 + 1, not the one who changed jobs
        ("遂宁一家小厂今年招了4个人：2个是脱贫户，1个是在社区登记了失业的，还有1个是从隔壁厂跳槽过来的，一天都没失业过。按定额一年能扣多少税费？", DAY, "23400"),
        # 二、（十三）: the local minimum wage a month for 离校2年内未就业高校毕业生 / 16-24岁登记失业青年:
        # 2 graduates × 2 months × 2000; the 27-year-old who never went to college is not among them
        ("绵阳一家广告公司接了3个见习生，都见习两个月：两个是去年毕业一直没找到工作的本科生，还有一个27岁的，以前在餐馆打工，也没上过大学。我们这最低工资2000，单位一共能拿多少见习补贴？", DAY, "8000"),
        # 第十条（二）: 小微企业 hiring 毕业年度 / 离校2年内未就业 graduates, at most 1 year of the employer's
        # contribution: 2 × 1000 × 12; 小周 left school five years ago
        ("我们是一家30来人的小微企业，去年招了3个大学生：小吴、小郑是当年应届毕业的，都签了两年合同；小周是五年前毕业的，之前在别的公司干过，也签了两年。"
         "单位每人每月交社保1000元。按国家的规定，高校毕业生社保补贴最多一共能补多少？", date(2025, 6, 1), "24000"),
    ],
    ids=["split_after_a_verb", "own_county_set_apart", "never_out_of_work", "intern_outside_those_named", "graduate_of_five_years_ago"],
)
def test_a_disqualifier_of_one_never_counts_them(assistant, question, today, total):
    (last,) = talk(assistant, question, today=today)
    assert _value(last) == Decimal(total), last.answer


def test_one_not_recognised_as_in_difficulty_is_not_counted_for_a_public_post(assistant):
    # 第十一条: the post's subsidy is for 就业困难人员 only
    (last,) = talk(
        assistant,
        "社区用公益性岗位安置了3个人：王姐和老李是认定过的就业困难人员，去年刚上岗；还有一个小陈是朋友介绍来的，没做过就业困难认定。最低工资1900，按国家规定每人每月补多少，一共能补几个人？",
        today=date(2025, 6, 1),
    )
    assert "小陈" in last.answer and "不" in last.answer.split("小陈")[1][:20], last.answer


def test_the_count_a_total_is_asked_of_and_the_person_spoken_of_before(assistant):
    # 二、（十四）: 1500元 each — 2 with student loans, 1 disabled, and the child spoken of before (低保家庭)
    *_, last = talk(
        assistant,
        "我家孩子在南充读大专，今年毕业，家里是低保户，一直在找工作，一次性求职补贴能拿多少？",
        "她班上还有两个办了国家助学贷款的，一个残疾的同学，加上我家孩子，四个人一共多少？",
        today=DAY,
    )
    assert _value(last) == Decimal("6000"), last.answer


def test_the_person_asked_about_among_several_named(assistant):
    # 三、（七）: 省技术能手 is not among the routes to 副高; what is said of 老孙 (高级技师, 在岗6年) is not 老马's
    (last,) = talk(
        assistant,
        "郑州我们厂有两个老师傅想破格评副高：老马是河南省技术能手；老孙是高级技师，2019年拿的证，一直在岗。请问老马能不能破格报副高？",
        today=date(2025, 6, 1),
    )
    assert _verdict(last) == "not_eligible", last.answer


# ----------------------------------------------------------------------------- 2–3. facts said in passing


def test_a_place_worked_in_and_come_back_from_is_not_where_one_is(assistant):
    # 一、（五）: 返乡入乡农民工, first business, running over a year → 1万元 (四川, not 广东)
    *_, last = talk(
        assistant,
        "我在广元老家开了个小面馆，想问问创业补贴",
        "早些年一直在东莞进厂，前年回来的",
        "去年3月办的照，一直开着，头一回自己干",
        today=DAY,
    )
    assert last.calculation is not None and last.calculation.rule_id.startswith("sc."), last.answer
    assert _value(last) == Decimal("10000") or _verdict(last) == "eligible", last.answer


def test_a_medal_said_by_its_place(assistant):
    # 浙江 三、（二）2.（2）: 世赛银牌 → 直接申报副高
    (last,) = talk(assistant, "我在杭州一家汽车厂，前几年世界技能大赛拿了第二名，能不能直接报副高？", today=DAY)
    assert _verdict(last) == "eligible", last.answer


def test_a_level_wished_for_with_the_occupation_between_is_not_held(assistant):
    # 浙江 三、（四）1.: a 中级职称 (工程师) opens the 技师 evaluation, not 高级技师
    (last,) = talk(assistant, "我在湖州，前年评上了工程师，想直接去考焊工的高级技师，可以吗？", today=DAY)
    assert _verdict(last) == "not_eligible", last.answer


def test_a_mans_age_said_in_passing_settles_the_period(assistant):
    # 第十一条: a man of 48 is more than 5 years from any statutory age (60 at the lowest): 3 years × 12 × 2000
    (last,) = talk(
        assistant,
        "我今年48，男的，街道认定的就业困难人员，安排了个公益性岗位，我们这最低工资两千，岗位补贴每月多少？最长能补几年？一共多少钱？",
        today=date(2025, 6, 1),
    )
    assert _value(last) == Decimal("72000"), last.answer


def test_without_the_sex_the_retirement_age_is_asked_not_another_measures_share(assistant):
    # the 山西 见习 “最低工资标准60%” is not the public post's figure
    (last,) = talk(assistant, "我今年52，就业困难人员，街道给安排了个公益性岗位，当地最低工资一千九，按最长期限算一共能拿多少？", today=date(2025, 6, 1))
    assert last.calculation is not None and last.calculation.rule_id == "cn.fund.public_welfare_post", last.answer
    assert _value(last) != Decimal("1140"), last.answer


def test_a_headcount_said_later_settles_a_guess(assistant):
    # 第十条（二）: only 小微企业; 700 staff is no small firm whatever was guessed before
    *_, last = talk(
        assistant,
        "公司今年招了3个应届大学生，都签了三年合同交了社保，能申请国家的高校毕业生社保补贴吗？",
        "应该算小公司吧",
        "刚问了人事，全公司在册一共700来人，还能申请吗？",
        today=date(2025, 6, 1),
    )
    assert _verdict(last) == "not_eligible", last.answer


def test_levels_and_awards_denied_as_a_list(assistant):
    # 河南 三、（七） 正高: 特级技师 denied, no 18 years — not eligible
    (last,) = talk(
        assistant,
        "我是洛阳一家厂的钳工，2012年进厂一直干到现在，高级技师有了，前年评过全国技术能手，不过中华技能大奖、特级技师这些都没有，能破格报正高吗？",
        today=date(2025, 6, 1),
    )
    assert _verdict(last) == "not_eligible", last.answer


def test_a_month_said_event_in_the_month_a_rule_took_effect(assistant):
    # 川办发〔2024〕34号 took effect 2024-07-13: hires “今年7月” are not before it; the contract is what is missing
    (last,) = talk(assistant, "我们公司在眉山，今年7月招了两个今年刚毕业的大学生，这个一次性吸纳就业补贴能拿到吗？", today=date(2024, 9, 1))
    assert _verdict(last) == "need_more_info", last.answer


# ----------------------------------------------------------------------------- 4. replies


def test_insurance_paid_told_in_reply_is_taken(assistant):
    *_, last = talk(
        assistant,
        "我们在宜宾开了个小厂，上个月招了个就业困难人员，厂里能领一次性吸纳就业补贴吗？",
        "签了三年",
        "交了，进厂第一个月就交上了",
        today=DAY,
    )
    assert _verdict(last) in ("eligible", "amount") and _value(last) in (None, Decimal("2000")), last.answer
    assert last.follow_up is None, last.follow_up


def test_insurance_paid_said_with_words_between(assistant):
    (last,) = talk(assistant, "自贡一家饭店，上个月招了个认定过的就业困难人员，签了两年合同，社保也按规定给她交上了，能领一次性吸纳就业补贴吗？", today=DAY)
    assert _value(last) == Decimal("2000") or _verdict(last) == "eligible", last.answer


def test_a_licence_day_said_as_ban_de_zhao_is_a_facts_day(assistant):
    # 一、（五）: the licence 2023-09 is the start of the year's running, not the day the rule is applied on
    *_, last = talk(
        assistant,
        "我以前在广东打工，后来回达州老家开了个修车铺，四川是不是有个一万块的创业补贴？",
        "第一次干，前年9月办的照，一直开着",
        today=DAY,
    )
    assert _value(last) == Decimal("10000") or _verdict(last) == "eligible", last.answer
