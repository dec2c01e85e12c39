"""Arithmetic on figures the clauses themselves state, with at most one figure from the person.

Two classes, each step citing the clause its figure comes from:

- a period a clause advances (四川 川办发〔2024〕34号 二、（十一）“首次申报评审职称提前1年”) from the
  usual years the person says: the usual years − 1 (``advance`` relations, relations/*.yaml);
- counts a clause lists (二、（十四）“至少提供1次职业指导、3次岗位推荐、1次职业培训或就业见习机会”),
  declared ``adds: false``, added when their total is asked: 1 + 3 + 1 = 5次 (amounts.py).

Written in other words, persons and figures than the dev items.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2025, 7, 1)
ADVANCE = ("sc-2024-9a23d6", "二、（十一）")
SERVICES = ("sc-2024-9a23d6", "二、（十四）")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("我2024年从西华师大毕业，现在在南充一个乡镇的农技站上班，正常要工作满6年才能首次申报中级职称，按基层的政策我满几年能报？", 5),
        ("研究生毕业后到凉山州一个县以下的乡镇医院工作，按一般规定要满3年才能第一次申报中级职称，我在基层的话满几年可以申报？", 2),
    ],
)
def test_the_usual_years_less_the_year_the_grassroots_clause_advances(assistant, real_index, question, value):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None and calc.value is not None, answer.answer
    assert Decimal(calc.value) == value and calc.unit.startswith("年"), answer.answer
    assert ADVANCE == (answer.citations[0].doc_id, answer.citations[0].article), answer.citations
    assert "提前1年" in answer.answer and f"= {value}年" in answer.answer


def test_without_the_usual_years_the_advance_itself_is_the_answer(assistant):
    answer = assistant.ask("在四川，到乡镇基层单位工作的应届大学生，第一次评职称能提前几年？", today=TODAY)
    calc = answer.calculation
    assert calc is not None and calc.value is not None and Decimal(calc.value) == 1, answer.answer


def test_a_skilled_worker_saying_the_usual_years_is_not_read_as_the_grassroots_advance(assistant):
    answer = assistant.ask("我是高级技师，一般要满5年才能报中级职称，我能直接报吗", today=TODAY)
    assert answer.calculation is None or not answer.calculation.rule_id.startswith("sc.grassroots"), answer.answer


def test_the_listed_services_are_added_when_their_total_is_asked(assistant, real_index):
    answer = assistant.ask("我在成都人社局负责毕业生服务，对离校没就业的大学生，职业指导、岗位推荐、培训见习这几项服务合计至少要提供几次？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None and Decimal(calc.value) == 5, answer.answer
    assert SERVICES == (answer.citations[0].doc_id, answer.citations[0].article), answer.citations
    assert "1次" in answer.answer and "3次" in answer.answer and "5次" in answer.answer


def test_the_listed_services_stay_listed_when_no_total_is_asked(assistant):
    answer = assistant.ask("四川对离校未就业的高校毕业生要提供哪些跟踪服务，各几次？", today=TODAY)
    calc = answer.calculation
    assert calc is not None and calc.value is None and calc.verdict == "info", answer.answer
