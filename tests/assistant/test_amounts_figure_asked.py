"""The one figure asked — not a total the question did not ask for, nor a day count read from a rate.

- **Parts asked one by one** (“一次性奖励多少？每年运营补助最多多少？”): each is answered, none added; the
  first is the amount. Asked added (“加上…一共多少”) they are still summed.
- **The one-off award said short** (“一次性奖多少”): that part alone, not the award plus a year's operating
  subsidy.
- **A clause's own figure** (“28个千亿级产业链中每年评聘不少于10名特级技师”): the 10 it states, unless a
  total is asked (加起来, 一共: 28 × 10).
- **A day's rate asked** (“培训补贴是一天多少钱？最多给补多少？”) is no training of one day: the rate and the
  cap are stated; a person who means to learn a trade (“下岗了想学焊工”) takes the labourer's training.
- **The days said after the course** (“半个月的课，15天，来了18个人”, “半个月的课共15天”) are the days trained.

Written in other words, places and numbers than the dev items; each was answered wrongly before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "value", "words"),
    [
        # two figures asked apart: the first, the other beside it, not their sum
        ("被认定为省级人力资源服务产业园，一次性奖励多少？运营补助一年最多多少？", 1000000, ["运营经费补助每年最多60万元"]),
        ("山西的产业园要是认定成国家级，一次性奖励给多少？运营经费补助一年能拿多少？", 2000000, ["一次性奖励200万元；运营经费补助"]),
        # added: still summed (the opposite outcome)
        ("省级人力资源服务产业园，一次性奖励加上一年的运营补助一共多少", 1600000, ["合计最多160万元"]),
        # the one-off award said short
        ("我们园区被认定为山西省级人力资源服务产业园，一次性奖多少？", 1000000, []),
        ("山西国家级人力资源服务产业园的一次性奖金能给多少钱", 2000000, []),
        # the clause's own figure, or the total asked
        ("河南千亿级产业链每年评聘特级技师不少于多少名？", 10, []),
        ("河南28个千亿级产业链加起来每年至少评多少特级技师", 280, []),
        # days said after the course
        ("和顺县培训机构给12个失业人员办了个月嫂培训，半个月的课共15天，每人补多少，一共多少？", 12000, []),
        ("昔阳县的培训学校开了一期焊工培训，半个月的课，15天，来了9个脱贫劳动力，按晋中标准总共补多少？", 9000, []),
        ("灵石的失业人员，参加了8天厨师培训，晋中能补多少", 800, []),
    ],
)
def test_figure_asked(assistant, real_index, question, value, words):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer
    for word in words:
        assert word in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the most asked too: no single figure, the rate and the cap stated
        ("介休的，下岗了想学焊工，晋中培训补贴一天给多少？最多补多少？", None),
        ("晋中这边失业人员的培训补贴一天多少钱？最多给补多少？", None),
        # only the day's standard asked: that is the figure (asks_per_day), no day count read from it
        ("我想学个电工，晋中的培训补贴是一天多少钱", 100),
    ],
)
def test_day_rate_asked_states_rate_and_cap(assistant, real_index, question, value):
    answer = assistant.ask(question, today=date(2023, 12, 20))
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.rule_id == "jz.worker_training_subsidy", answer.answer
    got = None if calc.value is None else Decimal(calc.value)
    assert got == (None if value is None else Decimal(value)), answer.answer
    head = answer.answer.split("\n")[0]
    assert "每人每天100元" in head and "1000元" in head, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # groups sharing people, the shared counted once, every group paid the same a head
        ("成都一所大学的，今年毕业生里低保家庭的10人、残疾的4人，其中1个既是低保家庭又是残疾，都在积极求职。一次性求职补贴一共多少？", 19500),
        ("绵阳的高校，毕业生里低保家庭的5人、拿了国家助学贷款的8人、残疾的2人，有3个同时是低保家庭和助学贷款，一次性求职补贴我们一共能申请多少？", 18000),
        # no overlap said: all added
        ("德阳的高校，毕业生里低保家庭的5人、残疾的2人，都在积极求职，一次性求职补贴一共多少？", 10500),
    ],
)
def test_overlapping_groups_counted_once(assistant, real_index, question, value):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer


def test_overlap_of_groups_not_counted_declines_the_sum(assistant):
    # shared people said, how many not said: no total made up
    answer = assistant.ask("广元的高校，毕业生里低保家庭的5人、残疾的2人，这几类有重复的，一次性求职补贴一共多少？", today=TODAY)
    calc = answer.calculation
    assert calc is None or calc.value is None or Decimal(calc.value) not in (Decimal(10500),), answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # groups joined by 和, then some of one group singled out in the same message (“4个大学生里有2个…，其他人…”)
        ("绵阳的公司，2024年10月招了4个当年毕业的大学生和3个就业困难人员，社保都交了。4个大学生里有2个只签了半年合同，其他人都签了三年。一次性吸纳就业补贴一共能拿多少？", 10000),
        ("成都的店，2024年8月招了4个当年毕业的大学生，社保都交了，4个大学生里有1个只签了半年合同，其他都签了两年，一次性吸纳就业补贴一共多少？", 6000),
        # joined by 和, all qualifying (the opposite: nobody left out)
        ("德阳一家厂，2024年9月招了5个当年毕业的大学生和2个就业困难人员，都签了两年合同交了社保，一次性吸纳就业补贴一共多少？", 14000),
    ],
)
def test_group_split_in_the_same_message(assistant, real_index, question, value):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the absence limit itself asked (四、（五）: 连续5天以上或累计10天以上), the kind asked answered
        ("运城一家单位的，见习生无故缺勤，前后加起来缺勤多少天就可以不发基本生活费？", 10),
        ("大同的见习单位，见习生连着没来多少天就可以停发生活费？", 5),
        ("山西的见习人员无故缺勤连续几天就不发基本生活费？", 5),
    ],
)
def test_absence_limit_asked(assistant, real_index, question, value):
    answer = assistant.ask(question, today=date(2022, 9, 5))
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer
    assert ("sx-2022-192e44", "四、（五）") == (answer.citations[0].doc_id, answer.citations[0].article), answer.citations


def test_absence_days_said_still_counted(assistant):
    # days said: the rule compares them (the opposite: no limit answered in their place)
    answer = assistant.ask("太原的见习生，无故缺勤连续6天，这个月基本生活费还发吗？", today=date(2022, 9, 5))
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the members asked before the term (哪几个省算东部地区): the sentence that lists them is quoted first
        "就业补助资金因素法分配时，哪几个省市算东部地区？",
        "中央就业补助资金里，哪些省份属于东部地区？",
    ],
)
def test_members_asked_before_the_term(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.citations and "东部地区包括" in answer.citations[0].quote, answer.answer
    assert "7" in answer.answer.split("\n")[0] + answer.answer.split("\n")[1], answer.answer


def test_term_used_not_asked():
    from assistant.lookup import term_asked

    assert term_asked("东部地区的就业补助资金怎么分配") is None
    assert term_asked("哪几个省算东部地区") == "东部地区"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # a share stated relative to one the person gives (二、（六）: 不低于同类公办高职院校): that share is the floor
        ("洛阳的公办技师学院，同类公办高职院校副高以上岗位占40%，我们教师岗位结构比例至少按多少设？", 40),
        ("新乡，隔壁同类公办高职院校的高级岗位比例是32%，我们公办技师学院教师岗位结构比例最低多少？", 32),
    ],
)
def test_share_relative_to_one_given(assistant, real_index, question, value):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("ha-2023-8075c7", "二、（六）"), answer.citations


def test_share_rule_without_the_figure_states_the_clause(assistant):
    # no share given (the opposite): the clause is stated, no figure made up
    answer = assistant.ask("河南的公办技师学院，教师岗位结构比例有什么要求？", today=TODAY)
    assert "不低于同类公办高职院校" in answer.answer, answer.answer
    assert answer.calculation is None or answer.calculation.value is None or answer.calculation.verdict != "amount", answer.answer


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # how many steps from one named item to another: the quoted list counted
        ("四川的职业技能等级，从初级工到高级技师一共分几级？", "从初级工到高级技师共5级。"),
        ("四川技能等级序列里，从学徒工到首席技师共有多少级", "从学徒工到首席技师共8级。"),
    ],
)
def test_count_between_named_items(assistant, question, line):
    answer = assistant.ask(question, today=TODAY)
    assert line in answer.answer.split("\n")[:2], answer.answer


def test_no_count_when_none_asked(assistant):
    answer = assistant.ask("四川的技能等级从学徒工到首席技师是怎么晋升的", today=TODAY)
    assert "共8级" not in answer.answer, answer.answer
