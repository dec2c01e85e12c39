"""Amounts whose pieces are said in ways fresh (blind) amount questions of round 13 showed failing —
the mechanisms, each in our own words (other persons, places and figures than the dev items).

- **An age that leaves 5 years or more to any statutory retirement age**: the lowest is 50 (女职工), so
  at 45 or under the social-insurance and public-post subsidies run at most 3 years — the total over them
  is worked out, not the retirement age asked.
- **A total or a year's figure asked in other words**: “总共最多多少” (no verb), “一年最多可以补到多少”,
  a contribution said as about so much (“每个月大概缴…”), an age said with 才.
- **A person placed by the street office** (“街道公益性岗位安置了…”) is placed in a public-welfare post
  (so a 就业困难人员), and with the month's standard said an amount asked is the period's total.
- **The remaining months of an internship**, worked out from the agreement's months less those served
  before the early contract (“见习协议签的5个月，干了1个月就提前签了”), or said as the months left to its
  end (“离见习期满还差…”), paid for at most 3 months.
- **Classes (batches) each with their own people and days**, added: each class's figure per person (capped,
  or tiered for an order class), times its people (“电工班12个人学了9天，焊工班8个人学了15天”, “第1期…
  第2期…”, “家政班30人，培训7天；…”); a class run and the subsidy asked is a training question though
  培训 is not said; a worker who took a training himself is on the workers' training.
- **Parts described one by one and added by their number** (“…；另外…。这两块…加起来”), or listed with 、
  in the asking sentence: each part asked of its rule, the place held, the amounts added.
- **A measure named by its condition or in other words** (招了N个脱贫人口…奖补 → 就业帮扶基地; 少交点税 →
  扣减税费; 开业补贴 → 一次性创业补贴; 川内 → 四川).
- **The span in all with a renewal**: “…设立的，续一次的话前后一共能开展几年” is the years, not the end day.
- **Times left beside the limit**: “最多能享受几次？我还剩几次？” answers what is left; a subsidy received
  said as “补贴我去年领了” is once; certificates of several occupations are one subsidy each.
- **A part excluded or asked alone in other words**: “（不含保险）” adds no premium; “意外险的保费政府补不补”
  asks the premium alone; whole months said as such (“干了2个整月，第3个月干了17个工作日”).
- **The first years at the ceiling** (“头两年全部按上限算”) count those years.
- **People added or totalled in a follow-up**: “要是再加5个人呢” adds to the count held; “漏说了，还有1个…，
  总共6个” adds what was left out, the total said is the count.
- **The gap to a target a passage states**: “去年大概150亿，离目标还差多少” is the target less the figure said.
- **A place heard of over there** (“听说四川那边给1万，我们广东按国家规定能拿多少”) is not where the person is:
  the province said is uncovered, and the national rule states no figure — a decline, not 四川's 1万.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_total
from shared_support import DIFFICULT_SI, GRADUATE_SI, JZ_ORDER, JZ_RURAL, JZ_STAFF, PUBLIC_POST, SC_ABSORB, SC_ASSISTANCE_BASE, SC_INTERNSHIP, SC_LOAN, SX_ALLOWANCE, SX_INTERNSHIP, SX_PARK, talk

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # flexible, 44: 3 years × 12 × 2/3 of 1200
        ("我44岁，街道认定的就业困难人员，在小区门口修自行车算灵活就业，社保每月自己交1200元，补贴按上限算，整个期限加起来最多能补多少？",
         28800, DIFFICULT_SI),
        # hired, 43: the employer's 980 a month over 3 years
        ("我们物业公司招了一个就业困难人员，43岁，单位每个月给他交的养老、医疗、失业一共980（不含个人部分），社保补贴最长补多久、最多一共多少？",
         35280, DIFFICULT_SI),
        # an age said with 才, the contribution said as about so much
        ("郑州的，就业困难人员，现在开网约车算灵活就业，社保自己交，每个月大概一千二。按上限算我总共最多能拿多少补贴？我今年才40。",
         28800, DIFFICULT_SI),
    ],
)
def test_an_age_of_forty_five_or_under_gives_the_three_year_total(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=TODAY)[-1]
    assert_total(answer, real_index, Decimal(value), article)


def test_an_age_past_forty_five_still_asks_the_retirement_age(assistant):
    answer = talk(assistant, "我48岁，就业困难人员，灵活就业，社保每月自己交1000，补贴最多一共能补多少？", today=TODAY)[-1]
    assert answer.calculation is not None and "retirement_age" in answer.calculation.missing, answer.answer


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # a total with no verb (“总共最多多少”): 1200 × 2/3 × 24
        ("离校一年多还没找到单位的大学生，现在灵活就业，每月交社保1200，补贴最长领多久、总共最多多少？", 19200, GRADUATE_SI),
        # a year's figure (“一年最多可以补到多少”), the contribution said as about so much: 900 × 2/3 × 12
        ("我前年7月毕业，一直没找到正式工作，现在做自由撰稿，社保按灵活就业身份自己缴，每个月大约缴900元。毕业生灵活就业的社保补贴一年最多可以补到多少？",
         7200, GRADUATE_SI),
        # a public-welfare post, the wage a month, a year's total asked with no verb: 2100 × 12
        ("公益性岗位安置的就业困难人员，最低工资按2100算，岗位补贴一年一共多少？", 25200, PUBLIC_POST),
    ],
)
def test_a_total_or_a_years_figure_asked_in_other_words(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=TODAY)[-1]
    assert_total(answer, real_index, Decimal(value), article)


def test_a_person_placed_by_the_street_office_is_on_a_public_post_and_the_amount_is_the_periods(assistant, real_index):
    answers = talk(
        assistant,
        "公益性岗位补贴一个月给多少？能补几年？",
        "社区安置了一个大哥，第一次核定时离退休还差3年，当地最低工资1900，他这岗位补贴按上限最多能领多少钱？",
        today=TODAY,
    )
    assert answers[-1].facts.get("employment_form") == "公益性岗位", answers[-1].facts
    assert_total(answers[-1], real_index, Decimal(1900 * 36), PUBLIC_POST)


@pytest.mark.parametrize(
    ("question", "day", "value"),
    [
        # agreement 5 months, 1 served: 4 left, paid for 3 at 60% of 2000
        ("大同一家超市，见习协议签的5个月，见习生干了1个月我们就提前跟她签了劳动合同，最低工资2000，剩余期限补贴最多能拿多少？", date(2022, 8, 1), 3600),
        # agreement 6 months, 4 served: 2 left
        ("临汾的，见习期定的是6个月，干到第4个月末我们就提前签了劳动合同，当地最低工资1700，剩下的见习期还能补多少？", date(2022, 10, 1), 2040),
        # said as the months to the end, 3 interns: 3 months × 1020 × 3
        ("晋城的企业，2022年8月有3个见习生离见习期满还差5个月，我们提前跟他们签了劳动合同，最低工资1700，剩余期限补贴一共多少？", date(2022, 8, 20), 9180),
    ],
)
def test_remaining_internship_months_from_the_agreement_less_those_served(assistant, real_index, question, day, value):
    answer = talk(assistant, question, today=day)[-1]
    assert_total(answer, real_index, Decimal(value), SX_INTERNSHIP)


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # 12 × 900 + 8 × 1000 (15 days capped at 1000)
        ("灵石县一家培训学校，今年给失业人员办了两个班：电工班12个人学了9天，焊工班8个人学了15天。按晋中的标准，两个班一共能补多少？",
         18800, JZ_RURAL),
        # said in two clauses each: 30 × 700 + 16 × 1000
        ("我们是寿阳的培训机构，给农村转移劳动力开了两个班：家政班30人，培训7天；汽修班16人，培训11天。两个班总共能补多少？",
         37000, JZ_RURAL),
        # order classes, all employed: 20 × 900 + 14 × (1500 + 800)
        ("晋中的企业，订单式培训搞了两期，第一期20个人学了6天，第二期14个人学了18天，结业后全部上岗，一共能拿多少补贴？",
         50200, JZ_ORDER),
    ],
)
def test_classes_each_with_their_people_and_days_are_added(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=date(2023, 12, 20))[-1]
    assert_total(answer, real_index, Decimal(value), article)


def test_a_worker_who_took_a_training_himself_gets_the_capped_figure(assistant, real_index):
    answer = talk(assistant, "太谷这边，我是村里出来打工的，前阵子报了个焊工培训，一共上了14天课，听说一天补100，那我能补1400吗？", today=date(2023, 12, 20))[-1]
    assert_total(answer, real_index, Decimal(1000), JZ_RURAL)


@pytest.mark.parametrize(
    ("question", "day", "value", "article"),
    [
        # 20万 (provincial base) + 5万 (帮扶基地, 15 hired)
        ("内江一家食品厂，去年底被新评定为省级就业见习基地；另外今年我们陆续招了15个脱贫户的劳动力进厂。按四川的政策，这两块一次性奖补加起来能拿多少？",
         date(2025, 3, 1), 250000, SC_ASSISTANCE_BASE),
        # 60 staff × 300 + an order class 12 × 9 days × 150
        ("平遥一家企业：今年给本厂员工做了岗位技能提升培训，60个人；另外跟职校合作办了个订单班，12个人学了9天，结业后全部录用了。按晋中的标准，这两块培训补贴加一起是多少？",
         date(2023, 12, 20), 34200, JZ_STAFF),
        # 1万 startup + 20万 × 4% × 50% a year
        ("我是返乡农民工，前年在广安第一次办了个体户，一直正常营业。一次性创业补贴能拿多少？另外我贷了20万创业担保贷款，年利率4%，一年贴息多少？两样加起来多少钱？",
         date(2025, 3, 1), 14000, SC_LOAN),
        # the sentence's own lead (the wage) held for both parts: 30万 + 3 × 5 × 2100
        ("泸州一家酒店，上个月刚被评为国家级就业见习基地。今年我们还招了3个离校一年没找到工作的大学生来见习，每人见习5个月。我们这最低工资2100，基地奖补加上这3个人的见习补贴，一共能拿多少？",
         date(2025, 6, 1), 331500, SC_INTERNSHIP),
    ],
)
def test_parts_described_one_by_one_are_added(assistant, real_index, question, day, value, article):
    answer = talk(assistant, question, today=day)[-1]
    assert_total(answer, real_index, Decimal(value), article)


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        ("眉山的服装厂，现在招了11个脱贫人口在车间上班，听说能拿个奖补，能给多少？", 50000, SC_ASSISTANCE_BASE),
        ("德阳开超市的，今年招了4个脱贫户出来的员工，听说能少交点税，一年能扣多少？", 31200, ("sc-2024-9a23d6", "一、（四）")),
        ("离校半年的大学生，去年4月在乐山第一次注册了个体烧烤店，一直正常开到现在，那个开业补贴能拿多少？", 10000, SC_LOAN),
    ],
)
def test_a_measure_named_by_its_condition_or_in_other_words(assistant, real_index, question, value, article):
    answer = talk(assistant, question, today=date(2025, 6, 1))[-1]
    assert_total(answer, real_index, Decimal(value), article)


def test_the_span_in_all_with_a_renewal_is_the_years_not_the_end_day(assistant):
    answer = talk(assistant, "我们是温州的技能评价机构，2022年9月遴选设立的。设立有效期几年？到期续一次的话，前后加起来一共能开展几年？", today=date(2025, 6, 1))[-1]
    calc = answer.calculation
    assert calc is not None and calc.value == 6 and calc.unit == "年", answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the limit and what is left both asked: what is left
        ("我是农民工，这几年已经拿过两回职业培训补贴了，今年还想学个电焊。职业培训补贴每人最多能享受几次？我还剩几次？", 1),
        # received once, said as “补贴我去年领了”
        ("焊工中级的培训补贴我去年领了，今年想再学个叉车。培训补贴我还能领几次？", 2),
        # certificates of two occupations: one evaluation subsidy each
        ("登记失业的，去年考了育婴员初级、育婴员中级，今年又考了保育师初级，证都拿到了，职业技能评价补贴一共能领几次？", 2),
    ],
)
def test_times_left_beside_the_limit(assistant, question, value):
    answer = talk(assistant, question, today=date(2025, 6, 1))[-1]
    calc = answer.calculation
    assert calc is not None and calc.value == value and calc.unit == "次", answer.answer


@pytest.mark.parametrize(
    ("question", "day", "value", "article"),
    [
        # retention 5/8 (one step of 10 points above 50%: 65% of 1900 = 1235) — the premium not added
        ("晋城一家企业，去年带了8个见习生，每人见习5个月，结束后有5个签了劳动合同留下来了。我们这最低工资1900，按留用率提高以后的标准，见习补贴（不含保险）一共能拿多少？",
         date(2024, 6, 1), 8 * 5 * 1235, SX_INTERNSHIP),
        # the premium alone: 7 × 240
        ("朔州一家公司，这批招了7个见习生，给他们买意外险的保费政府补不补？一共能补多少？", date(2024, 6, 1), 1680, SX_INTERNSHIP),
        # whole months said as such: 2 + 1 (17 working days) months × 1900
        ("吕梁的见习单位问一下：一个见习生在我们这干了2个整月，第3个月干了17个工作日就走了，当地最低工资1900，我们最少得发多少钱？",
         date(2024, 6, 1), 5700, SX_ALLOWANCE),
        # the first two years at the ceiling: 200万 + 2 × 80万
        ("大同的人力资源服务产业园去年被认定为国家级产业园，一次性奖励加上每年的运营经费补助，头两年全部按上限算，最多能拿到多少钱？",
         date(2024, 6, 1), 3600000, SX_PARK),
    ],
)
def test_parts_excluded_or_asked_alone_and_months_said_as_whole(assistant, real_index, question, day, value, article):
    answer = talk(assistant, question, today=day)[-1]
    assert_total(answer, real_index, Decimal(str(value)).quantize(Decimal(1)), article)


def test_people_added_in_a_follow_up_are_added_to_the_count_held(assistant, real_index):
    answers = talk(assistant, "晋中企业职工培训补贴怎么算？", "榆次我们公司今年培训了50个职工", "要是再加5个人呢", today=date(2023, 12, 20))
    assert_total(answers[-1], real_index, Decimal(55 * 300), JZ_STAFF)


def test_people_left_out_are_added_and_the_total_said_is_the_count(assistant, real_index):
    answers = talk(
        assistant,
        "遂宁一家物流公司，今年招了4个毕业年度的大学生，都签了三年合同交了社保，一次性吸纳就业补贴能拿多少？",
        "不对，我漏说了，还有2个是就业困难人员，也签的三年合同交了社保，总共6个",
        today=date(2025, 6, 1),
    )
    assert_total(answers[-1], real_index, Decimal(12000), SC_ABSORB)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("给领导写个材料：山西人力资源服务行业营业收入到2025年的目标是多少？我们估计今年全省能到一百六十亿，离目标还差多少？", 4000000000),
        ("山西到2025年人力资源服务机构要达到多少家？现在全省大概1700家，离目标还差几家？", 300),
    ],
)
def test_the_gap_to_a_target_a_passage_states(assistant, question, value):
    answer = talk(assistant, question, today=date(2024, 6, 1))[-1]
    calc = answer.calculation
    assert calc is not None and calc.value == value and ("sx-nd-db4bfa", "一、（三）") in {(s.doc_id, s.article) for s in calc.steps}, answer.answer


def test_a_place_heard_of_over_there_is_not_where_the_person_is(assistant):
    answer = talk(assistant, "福州的，我离校半年，准备第一次开个花店。听说四川那边一次性创业补贴给1万，我们福建按国家规定一次性创业补贴能拿多少钱？", today=date(2025, 6, 1))[-1]
    assert answer.abstained and "10000" not in (answer.answer.split("\n")[0] + str(getattr(answer.calculation, "value", ""))), answer.answer


def test_a_place_heard_of_as_such_may_still_be_the_persons(assistant, real_index):
    answers = talk(assistant, "西华师范大学大四的，听说四川毕业生有个一次性求职补贴？", "是的，家里是零就业家庭，我明年6月毕业，正在找工作", today=date(2025, 11, 1))
    assert_total(answers[-1], real_index, Decimal(1500), ("sc-2024-9a23d6", "二、（十四）"))


def test_a_person_placed_by_the_community_said_as_theirs_is_on_a_public_post(assistant, real_index):
    answers = talk(
        assistant,
        "公益性岗位补贴一般能拿几年？",
        "我们社区安置的老周，当地最低工资1900",
        "他初次核定的时候离法定退休只差2年6个月了，这样最多能补多少？",
        today=date(2025, 6, 1),
    )
    assert_total(answers[-1], real_index, Decimal(1900 * 30), PUBLIC_POST)


def test_a_figure_per_person_a_year_times_the_people_said(assistant, real_index):
    answers = talk(assistant, "招失业人员税上有优惠吗", "四川泸州", "三个失业人员，符合条件的，都签了合同。一年能扣减多少税费", today=date(2025, 6, 1))
    assert_total(answers[-1], real_index, Decimal(3 * 7800), ("sc-2024-9a23d6", "一、（四）"))


def test_the_premium_asked_in_a_sentence_of_its_own_and_the_months_asked(assistant):
    premium = talk(assistant, "大同一家公司，今年开始接就业见习，来了6个大学生，都给买了人身意外伤害险。这个保费政府给补不？一共能补多少？", today=date(2024, 6, 1))[-1]
    assert premium.calculation is not None and premium.calculation.value == 6 * 240, premium.answer
    months = talk(assistant, "晋中的，见习协议签了一年，干了3个月就跟他签了正式劳动合同，见习期还剩9个月。最低工资1880，这个提前签合同的剩余期限补贴能补几个月的？", today=date(2022, 9, 1))[-1]
    assert months.calculation is not None and months.calculation.value == 3 and months.calculation.unit == "个月", months.answer
