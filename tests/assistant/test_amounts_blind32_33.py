"""Amounts whose pieces are said in ways the fresh dev sets blind-dev32 and blind-dev33 showed failing —
each class in our own words (other persons, places, documents and figures than the dev items).

- **Groups of people each described, then counted** (“零就业家庭的有5个，特困人员的3个，残疾的4个”):
  each group asked of the rule, the amounts of those who qualify added (a group the rule does not list is
  said so, not counted); groups said to overlap are not added (``operands._counted_after``, intents
  ``person_counted_after``, ``groups_overlap``).
- **Money said in digits with several units** (“4万零800”, “12万5千”, “3万6千”, “8万4千元”, “1万2千6”) is
  one sum, read whole before a share is taken of it (``text._MIXED``, read with cn2an); the forms the
  normalizer read before (一万二千五, 2.3万) still are.
- **A per-person cap applied person by person, or class by class**: people named by who they are to the
  speaker (我, 我媳妇, 我弟, 我爸…) each with their days; classes with their days and, in the clause after,
  their people (“第一批7天，15个人”) — each figure capped (or tiered, for an order class), then added
  (``training_days_each``: ``next`` carries the people).
- **A tiered daily rate after a corrected number of days**: everyone placed said with where they were
  placed (“全都留在我们企业上岗了”“18个都进了我们厂上班”), and a correction whose number stands in a clause
  of its own beside the question (“记错了，是14天，总共多少钱？”: ``dialogue._number_corrected``).
- **Months, and years, counted as a text counts them**: whole months said with a stress (“见习了整4个月”,
  “足足3个月”) plus a part month of at least 15 working days; absences under the text's threshold do not
  stop the allowance; the remaining-period subsidy with the agreement said as “见习协议是12个月” and both
  whether and how much asked; the years left of a subsidy period (“已经领了整1年了，还能再领多久”:
  ``asks_years_left``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_total
from shared_support import DIFFICULT_SI, GRADUATE_SI, JZ_ORDER, JZ_RURAL, PUBLIC_POST, SC_JOB_SEEKING, SX_ALLOWANCE, SX_INTERNSHIP, talk

SC_DAY = date(2025, 6, 1)
SC_REFUND_DAY = date(2024, 10, 1)
JZ_DAY = date(2023, 12, 20)
SX_DAY = date(2022, 10, 10)
SX_EARLY_DAY = date(2022, 8, 1)
SC_ABSORB = ("sc-2024-9a23d6", "一、（四）")
SC_REFUND = ("sc-2024-9a23d6", "一、（三）")
SC_FLEXIBLE = ("sc-2024-9a23d6", "一、（六）")


# ------------------------------------------------------------------ groups described, then counted
@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # (5 + 3 + 4) × 1500
        ("我是南充一所职业学院的辅导员，26届毕业生里零就业家庭的有5个，特困人员的3个，残疾的4个，互相没有重叠，都在积极找工作。四川的一次性求职补贴一共能发多少？",
         18000, SC_JOB_SEEKING),
        # 是 instead of 有, the students named: (7 + 10) × 1500
        ("宜宾一所大学，今年毕业的学生中，低保家庭的学生是7个，获得国家助学贷款的是10个，没有重复，都在找工作，一次性求职补贴总共多少钱？",
         25500, SC_JOB_SEEKING),
        # another clause: the hires of three kinds, (6 + 2 + 3) × 2000
        ("眉山一家食品厂，今年新招的人里，毕业年度大学生的有6个，防止返贫监测对象的2个，就业困难人员的3个，都签了两年合同、交了社保。一次性吸纳就业补贴总共能拿多少？",
         22000, SC_ABSORB),
        # a group the clause does not list is not counted: (3 + 1) × 1500
        ("我是广安一所学院就业指导中心的，今年毕业生中低保家庭的有3个，家里条件一般、没什么特殊情况的有5个，残疾的1个，都在积极求职。一次性求职补贴一共能发多少？",
         6000, SC_JOB_SEEKING),
        # 名, and 有 said before the next group's name (not read as “有2名” of 零就业家庭): (2 + 1 + 3) × 1500
        ("我们学院是在达州，毕业班里面防止返贫监测对象家庭的学生有2名，零就业家庭的有1名，残疾的学生有3名，一次性求职补贴合计多少？",
         9000, SC_JOB_SEEKING),
        # groups set apart by 、: (4 + 2 + 5) × 1500
        ("泸州一所高职，今年毕业生里零就业家庭的有4个、特困人员的2个、获得国家助学贷款的5个，没有重复，都在积极求职，一次性求职补贴合计多少？",
         16500, SC_JOB_SEEKING),
        # no 的: (5 + 3) × 1500
        ("攀枝花的学校，毕业生里低保户有5个，残疾学生有3个，一次性求职补贴一共多少？", 12000, SC_JOB_SEEKING),
    ],
)
def test_groups_described_then_counted_are_each_counted_and_added(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=SC_DAY)[-1]
    assert_total(answer, real_index, Decimal(value), article)


def test_groups_said_to_overlap_are_not_added(assistant):
    answer = talk(assistant, "自贡一所学校，低保家庭的有4个，残疾的2个，这几类有重复的，一次性求职补贴一共多少？", today=SC_DAY)[-1]
    calc = answer.calculation
    assert calc is None or calc.value != Decimal(9000), answer.answer


def test_counted_after_reads_the_groups_and_leaves_the_rest():
    from assistant.operands import listed_persons
    from assistant.text import normalize

    people, rest = listed_persons(normalize("25届毕业生里，特困人员的有2个，零就业家庭的是4个，一共发多少？"), ["person_categories"])
    assert [(p.said, p.count) for p in people] == [("特困人员", 2), ("零就业家庭", 4)]
    assert "一共发多少" in rest and "特困" not in rest


# ------------------------------------------------------------------ money said with several units
@pytest.mark.parametrize(
    ("question", "value", "article", "day"),
    [
        ("自贡一家小型机械厂，失业保险交了八年了，去年没裁员。上年度企业和职工实际缴纳的失业保险费是4万零800，稳岗返还能返多少？", 24480, SC_REFUND, SC_REFUND_DAY),
        ("我们是成都的大型企业，参保十几年，上年度没有裁员，企业和职工上年度实际交的失业保险费一共12万5千，稳岗返还按规定能返多少？", 37500, SC_REFUND, SC_REFUND_DAY),
        ("内江一家小微企业，上年度实际缴了3万6千块的失业保险费，没有裁员，稳岗返还能返还多少？", 21600, SC_REFUND, SC_REFUND_DAY),
        ("绵阳一家中型企业，上年度单位和职工一共交了8万4千元失业保险费，参保多年没裁员，稳岗返还多少钱？", 50400, SC_REFUND, SC_REFUND_DAY),
        ("我是就业困难人员，在四川做灵活就业，一年自己交社保1万2千6，社保补贴最多能补多少？", 8400, SC_FLEXIBLE, SC_DAY),
        # forms read before, still read: 一万二千五, 2.3万
        ("遂宁的小微企业，去年全年失业保险费交了一万二千五，没裁员，参保五年了，稳岗返还能返多少？", 7500, SC_REFUND, SC_REFUND_DAY),
        ("南充一个小公司，上年度失业保险费实际缴纳2.3万，没裁员，交了6年了，稳岗返还多少？", 13800, SC_REFUND, SC_REFUND_DAY),
    ],
)
def test_money_said_with_several_units_is_read_whole(assistant, real_index, question, value, article, day):
    answer = talk(assistant, question, today=day)[-1]
    assert_total(answer, real_index, Decimal(value), article)


@pytest.mark.parametrize(
    ("said", "read"),
    [("交了3万6千4", "交了3.64万"), ("4万零800块", "4.08万块"), ("12万5千", "12.5万"), ("3千5百元", "3500元"), ("8万4千元", "8.4万元"),
     ("招了1万2个人", "招了1万2个人"), ("3千5万", "3千5万"), ("2024年3月", "2024年3月")],
)
def test_the_normalizer_reads_a_sum_of_several_units(said, read):
    from assistant.text import normalize

    assert normalize(said) == read


# ------------------------------------------------------------------ a cap per person, person by person or class by class
@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # 900 + min(1400, 1000)
        ("我在晋中榆社，今年县里组织了面向失业人员的技能培训，我上了9天的面点班，我媳妇上了14天的家政班。按每人每天100元，我俩一共能补多少？", 1900, JZ_RURAL),
        # 600 + min(1300, 1000)
        ("和顺县的，我跟我弟都是灵活就业人员，今年参加了县里办的技能提升培训，我学了6天，我弟学了13天，培训补贴我们两个合计多少？", 1600, JZ_RURAL),
        # 1000 + 1000 + 1000
        ("灵石县的，我们家三口人都参加了县里面向灵活就业人员的技能培训，我爸上了10天，我妈上了15天，我上了12天，一共能补多少？", 3000, JZ_RURAL),
        # the people in the clause after the days: 700 × 15 + 1000 × 10
        ("我们是平遥的一家培训机构，今年给失业人员办了两批电工培训：第一批7天，15个人；第二批12天，10个人。两批补贴一共多少？", 20500, JZ_RURAL),
        # 1000 × 18 + 900 × 22
        ("寿阳县一所职业培训学校，今年面向农村转移劳动力开了两期育婴员培训，第一期培训了11天，有18个学员；第二期培训了9天，有22个学员。补贴合计能拿多少？", 37800, JZ_RURAL),
        # an order class, tiered: 1700 × 20 + 1200 × 10
        ("我们是晋中左权的企业，今年跟技校搞了两期订单式培训，第一期12天，20个人；第二期8天，10个人，结业后全部在我们厂上岗。两期一共补多少？", 46000, JZ_ORDER),
    ],
)
def test_a_cap_per_person_is_applied_to_each_then_added(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=JZ_DAY)[-1]
    assert_total(answer, real_index, Decimal(value), article)


# ------------------------------------------------------------------ a tiered daily rate after a corrected number of days
@pytest.mark.parametrize(
    ("first", "second", "value"),
    [
        # 18 of 20 placed (90%); 14 days: 1500 + 400 = 1900 × 20
        ("我们是榆次的一家制衣厂，今年跟职业学校合作搞了一期项目制培训，20个人学了11天，结业后18个都进了我们厂上班。能补多少？", "记错了，是14天，总共多少钱？", 38000),
        # all placed; 8 days: 1200 × 10
        ("祁县一家农业公司，今年做了订单式培训，10个学员培训了15天，结业后10个人全都留在我们公司就业了，补贴怎么算？", "说错了，培训是8天，不是15天，一共多少？", 12000),
        # all placed, said without a count; 13 days: 1800 × 15
        ("晋中太谷的企业，订单式培训，15个人，培训了10天，结业后全部留在我们单位上班了，补贴多少？", "哦我记错了，培训是13天，那总共多少？", 27000),
        # 16 days: 1500 + 600 = 2100 × 16
        ("和顺一家养殖企业，今年订单式培训了16个人，学了10天，结业后16个全都留在我们场里上岗了，补贴多少？", "搞错了，应该是培训了16天，一共多少？", 33600),
    ],
)
def test_a_tiered_rate_is_worked_out_after_the_days_are_corrected(assistant, real_index, first, second, value):
    answer = talk(assistant, first, second, today=JZ_DAY)[-1]
    assert_total(answer, real_index, Decimal(value), JZ_ORDER)


# ------------------------------------------------------------------ months and years as a text counts them
@pytest.mark.parametrize(
    ("question", "value", "article", "day"),
    [
        # 4 whole months + 17 working days (≥ 15: a month) = 5 × 1980; one day absent does not stop it
        ("大同的单位，有个见习生见习了整4个月，后来又干了17个工作日就走了，中间有一天无故没来。大同最低工资1980，基本生活补助最少得发多少？", 9900, SX_ALLOWANCE, SX_DAY),
        # 3 months + 15 working days = 4 × 1880
        ("忻州的，我们单位的见习生见习了足足3个月，后来又来了15个工作日，中间有两天无故没来。最低工资1880，基本生活补助最少多少？", 7520, SX_ALLOWANCE, SX_DAY),
        # 2 months + 12 working days (< 15: not paid) = 2 × 1850
        ("临汾一家单位，见习生见习了整2个月，又干了12个工作日就走了，最低工资标准1850，最少要发多少基本生活补助？", 3700, SX_ALLOWANCE, SX_DAY),
        # 6 months, 3 days' absence (under 5 in a row, 10 in all) = 6 × 1880
        ("晋城的见习单位，见习生见习了整整6个月，期间无故旷工了3天，当地最低工资1880，单位最少要发多少基本生活补助？", 11280, SX_ALLOWANCE, SX_DAY),
        # 12 − 5 = 7 months left, at most 3: 3 × 1980 × 60%
        ("朔州一家公司，跟见习生签的见习协议是12个月，干了5个月我们就提前跟他签了劳动合同。最低工资标准1980。剩余期限补贴还能拿吗？最多多少钱？", Decimal("3564"), SX_INTERNSHIP, SX_EARLY_DAY),
        # 6 − 4 = 2 months left: 2 × 1760 × 60%
        ("运城的单位，见习协议是6个月，见习第4个月末就提前签了劳动合同，当地最低工资1760，剩余期限补贴能拿吗，一共多少钱？", Decimal("2112"), SX_INTERNSHIP, SX_EARLY_DAY),
    ],
)
def test_months_are_counted_as_the_text_counts_them(assistant, real_index, question, value, article, day):
    answer = talk(assistant, question, today=day)[-1]
    assert_total(answer, real_index, Decimal(value), article)


@pytest.mark.parametrize(
    ("question", "left", "article"),
    [
        # at most 3 years (40: far from retirement), 1 had
        ("我是社区的工作人员，辖区有个就业困难人员在超市上班，单位给她交社保，社保补贴已经领了整1年了。她今年40岁。这个补贴还能再领多久？", 2, DIFFICULT_SI),
        ("我们小区的保洁公司招了个就业困难人员，单位按规定给他交养老医疗失业，社保补贴已经领满2年了，他今年45，离退休还早。还能再享受几年？", 1, DIFFICULT_SI),
        ("街道公益性岗位安置的就业困难人员，今年42岁，公益性岗位已经干了2年了，岗位补贴还能再领几年？", 1, PUBLIC_POST),
        # a flexibly employed graduate: at most 2 years
        ("我是去年离校的大学生，一直没找到单位，现在灵活就业自己交社保，高校毕业生社保补贴已经领了1年了，还能再领多久？", 1, GRADUATE_SI),
    ],
)
def test_the_years_left_of_a_subsidy_period(assistant, real_index, question, left, article):
    answer = talk(assistant, question, today=SC_DAY)[-1]
    assert_total(answer, real_index, Decimal(left), article)
    assert answer.calculation.unit == "年", answer.answer


def test_the_longest_period_is_still_answered_when_nothing_is_had(assistant):
    answer = talk(assistant, "我是就业困难人员，在超市上班，单位给交社保，今年40岁，社保补贴最长能领几年？", today=SC_DAY)[-1]
    assert answer.calculation is not None and answer.calculation.value == Decimal(3), answer.answer
