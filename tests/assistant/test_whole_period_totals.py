"""Totals the assistant multiplies or adds out (round 10, “totals”).

- **The whole period**: a figure per year (per month) times the longest period the cited article
  allows, only when the person asks for the most in all (“3年按上限一共”, “最多一共能拿多少”) and the
  article states that period; the rate and the period are cited.  Asked for one year (“一年最多补多少”),
  or under an article that states no longest period, the yearly figure stays.
- **Listed persons**: a group described one by one (“1个…，2个…，还有1个…”) is asked of each; the
  amounts of those who qualify are added, the others are said not to qualify.
- **Counts per category kept**: “三个” said of the one award held, then “再加一个X呢，一共多少”: each
  award's count, added (not the new award instead of the old one).
- A flexible worker's short reply with what they pay a year, after asking whether it is subsidised.

Questions written in our own words (other persons, figures and places than the dev items); each
was answered wrongly before this was built.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract
from shared_support import GRADUATE_SI, HENAN_BONUS, SC_ABSORB, SC_FLEXIBLE, SC_JOB_SEEKING, talk


@pytest.mark.parametrize(
    ("question", "today", "value", "steps", "first"),
    [
        # the span said, then how it is reckoned, then the total: the years the article allows
        ("南充一家厂今年招了2个失业人员，每人每年7800，3年按上限总共能扣减多少税费", date(2025, 3, 1), 46800,
         ["2人合计15600元/年 × 3年 = 46800元。"], SC_ABSORB),
        # a contribution said per year, the most in all asked: × the longest period (2年)
        ("离校半年的大专生，在跑网约车灵活就业，社保一年交7500，社保补贴一共最多能拿多少", date(2025, 6, 1), 10000,
         ["补贴期限最长不超过2年，按2年计。", "每年缴费7500元 × 2/3 = 每年最多5000元；× 2年 = 10000元（上限）。"], GRADUATE_SI),
    ],
)
def test_the_most_in_all_is_the_yearly_figure_over_the_longest_period(assistant, real_index, question, today, value, steps, first):
    answer = assistant.ask(question, today=today)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == value, answer.answer
    texts = [s.text for s in calc.steps]
    for step in steps:
        assert step in texts, texts
    assert all(s.doc_id and s.article for s in calc.steps if s.text in steps), calc.steps
    assert (answer.citations[0].doc_id, answer.citations[0].article) == first, answer.citations
    assert answer.follow_up is None


@pytest.mark.parametrize(
    ("question", "value", "first"),
    [
        # one year asked: the yearly cap
        ("离校半年的大专生，在跑网约车灵活就业，社保一年交7500，社保补贴一年最多补多少", 5000, GRADUATE_SI),
        # 四川 一、（六） states no longest period: nothing to multiply by
        ("成都的，离校半年的大专生，在跑网约车灵活就业，社保一年交7500，社保补贴最多一共能拿多少", 5000, SC_FLEXIBLE),
    ],
)
def test_without_a_whole_period_asked_or_stated_the_yearly_figure_stays(assistant, question, value, first):
    answer = assistant.ask(question, today=date(2025, 6, 1))
    assert Decimal(answer.calculation.value) == value, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == first, answer.citations


def test_persons_listed_one_by_one_are_each_asked_and_those_who_qualify_added(assistant, real_index):
    answer = assistant.ask(
        "我们学院有4个今年毕业、正在找工作的学生：1个是残疾人，2个家里是零就业家庭，还有1个家里情况正常、没什么特殊情况，在四川，一次性求职补贴一共能拿多少",
        today=date(2025, 5, 1),
    )
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert Decimal(calc.value) == 4500, answer.answer
    texts = [s.text for s in calc.steps]
    assert "家里是零就业家庭的2人：符合，1500元 × 2人 = 3000元。" in texts, texts
    assert "家里情况正常、没什么特殊情况的1人：不在所列对象之中，不能享受。" in texts, texts
    assert "合计：3人符合，共4500元。" in texts, texts
    assert all((s.doc_id, s.article) == SC_JOB_SEEKING for s in calc.steps), calc.steps


def test_a_group_said_as_one_count_is_not_split(assistant):
    answer = assistant.ask("眉山一家企业今年招了3个脱贫人口，每人每年7800，一年一共能扣减多少税费", today=date(2025, 3, 1))
    assert Decimal(answer.calculation.value) == 23400, answer.answer


def test_a_category_added_in_a_follow_up_is_summed_with_the_count_said_before(assistant):
    turns = ["郑州一家公司，今年有人新获中华技能大奖，河南省里会额外奖励吗", "三个", "那要是再加一个全国技术能手呢，一共多少"]
    answer = talk(assistant, *turns, today=date(2026, 12, 1))[-1]
    assert Decimal(answer.calculation.value) == 170000, answer.answer  # 3 × 5万 + 1 × 2万
    assert (answer.citations[0].doc_id, answer.citations[0].article) == HENAN_BONUS


def test_a_category_asked_instead_is_still_asked_instead(assistant):
    turns = ["郑州一家公司，今年有人新获中华技能大奖，河南省里会额外奖励吗", "三个", "那全国技术能手呢"]
    answer = talk(assistant, *turns, today=date(2026, 12, 1))[-1]
    assert Decimal(answer.calculation.value) == 60000, answer.answer  # 3 × 2万, the award asked instead


def test_what_a_flexible_worker_pays_a_year_said_as_a_short_reply(assistant):
    turns = ["我去年7月本科毕业，到现在没找到单位，在跑网约车，社保是我自己交的，这个能补吗", "一年交了9600"]
    answer = talk(assistant, *turns, today=date(2025, 6, 1))[-1]
    assert Decimal(answer.calculation.value) == 6400, answer.answer  # the year's cap: 9600 × 2/3
    assert (answer.citations[0].doc_id, answer.citations[0].article) == GRADUATE_SI
