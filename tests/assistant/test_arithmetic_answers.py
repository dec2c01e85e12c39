"""Totals and figures (issue 11): arithmetic over figures the corpus states and figures the person gives.

- A share applied to a base the person gives (职工教育经费80万 × 60%) is an amount in 元.
- A total of periods (设立3年 + 延续一次3年) is the rule's parameters added.
- A difference or a sum of two figures: through the rules when each is a rule's parameter (two
  regions, two choices), else from the passage that states both; the answer states both figures,
  the articles that state them and the arithmetic.
- A figure a passage states for each year of a span (每年100万人次), added over the years asked.

Questions written from the corpus texts in the words people use; each was answered wrongly (or
declined) before this was built.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)


def _cited(answer) -> set[tuple[str, str]]:
    return {(c.doc_id, c.article) for c in answer.citations}


@pytest.mark.parametrize(
    ("question", "today", "value", "unit", "words", "cited"),
    [
        # a share of a base the person gives
        ("厂里今年职工教育经费提了120万，按国家领军人才培育计划的要求，一线工人培训至少得花多少钱？", TODAY, 720000, "元（下限）",
         ["120万元 × 60% = 72万元", "至少72万元"], [("cn-2024-ae3e1c", "四、（十二）")]),
        # a total of periods: the rule's two parameters added
        ("我们评价机构去年在杭州遴选上的，要是到期前申请延续，评估又合格了，前后加起来总共能开展评价几年？", TODAY, 6, "年",
         ["3年 + 3年 = 6年"], [("zj-nd-dfcb58", "一、（三）5.")]),
        # two regions, each figure a rule's parameter
        ("太原和成都给见习单位的补贴，都按当地最低工资算，两边差几个百分点？", date(2025, 6, 1), 40, "个百分点",
         ["100% − 60% = 40个百分点", "当地最低工资标准的60%", "当地最低工资标准的100%"],
         [("sx-2022-192e44", "三、（二）"), ("sc-2024-9a23d6", "二、（十三）")]),
        ("当地最低工资都按2000算，太原和成都的单位招1个见习生，每个月见习补贴差多少钱？", date(2025, 6, 1), 800, "元/人·月",
         ["2000元/人·月 − 1200元/人·月 = 800元/人·月"], [("sx-2022-192e44", "三、（二）"), ("sc-2024-9a23d6", "二、（十三）")]),
        # two choices of one rule
        ("四川的就业见习基地，评上国家级的比省级的多奖多少钱？", date(2025, 6, 1), 100000, "元",
         ["30万元 − 20万元 = 10万元"], [("sc-2024-9a23d6", "二、（十三）")]),
        ("成都的企业上年度交了50万失业保险费，中小企业比大企业的稳岗返还多返多少？", date(2024, 9, 1), 150000, "元",
         ["30万元 − 15万元 = 15万元"], [("sc-2024-9a23d6", "一、（三）")]),
        ("山西这边一个园区评上国家级人力资源服务产业园、另一个评上省级的，一次性奖励加起来一共多少？", date(2025, 6, 1), 3000000, "元",
         ["国家级200万元 + 省级100万元 = 300万元"], [("sx-nd-db4bfa", "三、（九）")]),
        # two figures one passage states, no rule holding them
        ("数字贸易那个意见，2035年的可数字化交付服务贸易比重目标比2029年高几个百分点？", TODAY, 5, "个百分点",
         ["50% − 45% = 5个百分点", "45%以上", "50%以上"], [("cn-2024-72468f", "一、")]),
        ("晋中2023年那个培训方案里，企业职工和面向广大劳动者的技能提升培训，任务差多少人？", TODAY, 6000, "人",
         ["1.3万人 − 0.7万人 = 0.6万人"], [("sx07-2023-d5c5f6", "二、（一）")]),
        ("山西规划到2025年建成几个国家级和省级人力资源服务产业园？加起来一共几个？", TODAY, 12, "个",
         ["1个", "11个", "= 12个"], [("sx-nd-db4bfa", "一、（三）")]),
        # a figure stated for each year of a span, added over the years asked
        ("共享公共实训基地那个行动，2025年到2026年两年一共要培训多少人次民企员工？", TODAY, 2000000, "人次",
         ["2024—2027年每年100万人次以上", "每年100万人次 × 2年（2025—2026年）= 200万人次以上"], [("cn-2024-a0d927", "八、")]),
    ],
)
def test_the_figures_their_articles_and_the_arithmetic_are_stated(assistant, real_index, question, today, value, unit, words, cited):
    answer = assistant.ask(question, today=today)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert (Decimal(calc.value), calc.unit) == (Decimal(value), unit), answer.answer
    head = answer.answer.split("\n")[0]
    for w in words:
        assert w in head, head
    assert set(cited) <= _cited(answer), answer.citations
    assert answer.follow_up is None


def test_each_figure_of_a_difference_cites_its_own_article_first(assistant):
    answer = assistant.ask("山西和四川的见习补贴都按最低工资给，四川比山西高几个百分点？", today=date(2025, 6, 1))
    calc = answer.calculation
    assert [(s.doc_id, s.article) for s in calc.steps if s.doc_id] == [("sx-2022-192e44", "三、（二）"), ("sc-2024-9a23d6", "二、（十三）")]
    assert [(c.doc_id, c.article) for c in answer.citations[:2]] == [("sx-2022-192e44", "三、（二）"), ("sc-2024-9a23d6", "二、（十三）")]


@pytest.mark.parametrize(
    ("question", "today"),
    [
        ("四川的国家级就业见习基地一次性奖补多少？", date(2025, 6, 1)),  # one thing named: no arithmetic
        ("太原一家公司，今年接了6个见习生，每人6个月，当地最低工资1980，见习补贴一共多少？", TODAY),  # 一共 over one thing
        ("2023到2027年，用公共实训基地培训民营企业员工，加起来至少要培训多少人次？", TODAY),  # 2023 is outside the span stated
    ],
)
def test_no_arithmetic_without_two_figures_of_two_things(assistant, question, today):
    answer = assistant.ask(question, today=today)
    calc = answer.calculation
    assert calc is None or not calc.rule_id.startswith(("arith.", "passage.")), answer.answer
