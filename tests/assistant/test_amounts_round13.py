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
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_total
from shared_support import DIFFICULT_SI, GRADUATE_SI, JZ_ORDER, JZ_RURAL, PUBLIC_POST, SX_INTERNSHIP, talk

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
