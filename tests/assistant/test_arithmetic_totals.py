"""Totals over the people said, sums over two kinds listed, and the figure of the item asked (round 9).

- A per-person amount a rule works out (capped: 100元/天, 每人不超过1000元) times the people the
  question counts, when a total is asked (一共 / 总共 / 加起来): the rule's steps, then the product,
  each citing its article; asked per person (每人), it stays per person.
- People counted with a few words on them before the noun (“18个易地搬迁安置区的脱贫人口”).
- Two kinds of one measure listed as “一个…，一个…” / “一家…，一家…”: their figures added.
- The 人身意外伤害保险 premium asked, in the next clause (“意外险，政府每人给补多少”): its own figure
  (每人240元), not the 见习补贴 rate stated beside it; the insured sum asked (保额) is not it.

Questions written from the corpus texts in other subsidies, regions and words than the dev items;
each was answered wrongly before this was built.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)
WORKER = ("sx07-2023-d5c5f6", "三、（四）")
ENTERPRISE = ("sx07-2023-d5c5f6", "三、（二）")
POVERTY = ("sc-2024-9a23d6", "三、（十六）")
BASE = ("sc-2024-9a23d6", "二、（十三）")
PARK = ("sx-nd-db4bfa", "三、（九）")
INTERNSHIP = ("sx-2022-192e44", "三、（二）")


@pytest.mark.parametrize(
    ("question", "region", "today", "value", "unit", "steps", "cited"),
    [
        # a capped per-person figure times the people said
        ("晋中的培训学校，给8个本村的农村转移劳动力办了12天的技能提升培训，加起来一共补多少钱", "晋中市", TODAY, 8000, "元",
         ["12天 × 100元 = 1200元，超过上限，按1000元。", "8人 × 1000元 = 8000元。"], WORKER),
        ("晋中这边给20个返乡的农民工搞了个7天的培训，一共能补多少", None, TODAY, 14000, "元",
         ["7天 × 100元 = 700元。", "20人 × 700元 = 14000元。"], WORKER),
        ("介休一家企业组织了45个本厂的一线职工参加政府补贴性培训，企业职工培训补贴一共能拿多少", None, TODAY, 13500, "元",
         ["45人 × 300元 = 13500元。"], ENTERPRISE),
        # people counted with words on them before the noun
        ("我是劳务经纪人，在广元帮18个易地搬迁安置区的脱贫人口进了厂，合同都签了两年，社保也交了，一共能拿多少服务补助", "四川省", date(2025, 3, 1), 5400, "元",
         ["18人合计5400元。"], POVERTY),
        # two kinds of one measure, listed
        ("我们在太原运营两个园区，一个今年评上了国家级人力资源服务产业园，一个评上了省级的，一次性奖励总共能拿多少？", None, date(2025, 6, 1), 3000000, "元",
         ["国家级：200万元。", "省级：100万元。", "合计：国家级200万元 + 省级100万元 = 300万元。"], PARK),
        ("成都两家见习单位，一家新评定为国家级就业见习基地，一家新评定为省级的，一次性奖补合计多少钱", None, date(2025, 3, 1), 500000, "元",
         ["国家级：30万元。", "省级：20万元。", "合计：国家级30万元 + 省级20万元 = 50万元。"], BASE),
        # the item asked: the premium's own figure
        ("太原的见习单位，见习生的意外伤害保险，每人补多少钱", "山西省", date(2022, 8, 15), 240, "元/人", [], INTERNSHIP),
        ("运城的公司接收见习人员，买人身意外伤害险的钱政府给报多少", "山西省", date(2022, 8, 15), 240, "元/人", [], INTERNSHIP),
    ],
)
def test_the_total_asked_is_worked_out_and_each_step_cited(assistant, real_index, question, region, today, value, unit, steps, cited):
    answer = assistant.ask(question, region=region, today=today)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert (Decimal(calc.value), calc.unit) == (Decimal(value), unit), answer.answer
    texts = [s.text for s in calc.steps]
    for step in steps:
        assert step in texts, texts
    assert all(s.doc_id and s.article for s in calc.steps if s.text.startswith(("国家级", "省级")) or "人 × " in s.text), calc.steps
    assert cited in {(c.doc_id, c.article) for c in answer.citations}, answer.citations
    assert answer.follow_up is None


def test_asked_per_person_the_amount_stays_per_person(assistant):
    answer = assistant.ask("晋中给12个本地户籍的失业人员办了15天的电焊培训，每人能补多少", region="晋中市", today=TODAY)
    assert (Decimal(answer.calculation.value), answer.calculation.unit) == (Decimal(1000), "元/人"), answer.answer


def test_the_insured_sum_asked_is_not_the_premium_subsidy(assistant):
    answer = assistant.ask("单位要给见习人员买意外险吗，要买多少保额", region="山西省", today=date(2022, 8, 15))
    assert answer.calculation is None or answer.calculation.value != Decimal(240), answer.answer
    assert "240元" not in answer.answer.split("\n")[0], answer.answer
