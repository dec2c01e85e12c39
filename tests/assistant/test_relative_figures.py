"""A figure a clause states relative to a figure the person gives (assistant/rules/relations.py).

“首席技师薪酬待遇…不低于特级技师薪酬待遇”: when the person says what the unit's 特级技师 earn, that
pay is the 首席技师 floor, worked out and cited to the clause (Henan 六、（十五）, Sichuan 四、（十六）,
Zhejiang 三、（五）1.).  Without the figure the clause is stated as before.  Questions written in other
words, persons and figures than the dev items; each case answered with no figure before this was built.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2025, 9, 1)
HENAN = ("ha-2023-8075c7", "六、（十五）")
SICHUAN = ("sc-2023-79c742", "四、（十六）")
ZHEJIANG = ("zj-2022-0839a3", "三、（五）1.")


@pytest.mark.parametrize(
    ("question", "value", "cited"),
    [
        ("洛阳一家装备制造企业，特级技师一个月拿两万二，聘首席技师的话薪酬最低给多少？", 22000, HENAN),
        ("宁波的民营企业，我们特级技师年薪40万元，首席技师的工资至少要定多少？", 400000, ZHEJIANG),
        ("绵阳一家企业，特级技师的月工资（含绩效）是15000元，首席技师薪酬下限是多少", 15000, SICHUAN),
    ],
)
def test_the_chief_technician_floor_is_the_special_technician_pay_said(assistant, real_index, question, value, cited):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None and calc.value is not None, answer.answer
    assert Decimal(calc.value) == value, answer.answer
    assert calc.unit.startswith("元"), calc.unit
    assert cited == (answer.citations[0].doc_id, answer.citations[0].article), answer.citations
    assert "不低于特级技师薪酬待遇" in answer.answer


def test_without_the_special_technician_pay_the_clause_is_stated(assistant):
    answer = assistant.ask("河南企业的首席技师薪酬待遇怎么定？", today=TODAY)
    assert answer.calculation is not None and answer.calculation.value == "本单位高级管理人员", answer.answer


def test_the_skilled_raise_is_at_least_the_peers_raise_applied_to_their_pay(assistant, real_index):
    """四川 四、（十六）: 增幅不低于专技和管理人员增幅 — 8万 × (1 + 6%) = 84800."""
    answer = assistant.ask("宜宾一家企业，今年专技人员和管理人员人均工资都涨了6%，高技能人才去年人均年薪8万，高技能人才今年至少得涨到多少？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None and Decimal(calc.value) == 84800, answer.answer
    assert ("sc-2023-79c742", "四、（十六）") == (answer.citations[0].doc_id, answer.citations[0].article), answer.citations


def test_a_suspended_exam_lengthens_the_validity_said_by_one_year(assistant, real_index):
    """浙江 zj-2023-4d3e48 一、: 原来3年滚动 + 延长一年 = 4年."""
    answer = assistant.ask("浙江的职业资格考试，合格成绩原来是3年滚动管理，今年这门考试暂停了，已经过的科目成绩现在有效期一共几年？", today=date(2023, 8, 1))
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None and Decimal(calc.value) == 4, answer.answer
    assert "延长一年" in answer.answer
