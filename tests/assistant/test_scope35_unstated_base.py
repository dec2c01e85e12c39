"""A figure the held text states only relative to a base it does not hold (scope issue, round 15, helper scope35).

The class: the passage sets an amount only by reference to another figure the corpus lacks —
“在国家奖励基础上增5万元” (the national award is not in the corpus), “补贴标准参照当地最低工资标准执行”,
“参照本单位高级管理人员标准确定薪酬待遇”.  Asked for the base itself, for base and addition together, or for
the pegged amount as money, the question is declined (``no_passage``) with the passage as related — not
answered with the addition as if it were the whole.  Asked for the addition (在国家奖励基础上加多少, 河南奖励多少),
or for a figure the passage does state, the question stays answered.

The questions are written for these tests (other titles, wordings and places than the dev items that showed
the class).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        # the national award asked of, beside the provincial addition
        "全国技术能手国家层面发多少奖金？听说河南还另外加2万",
        "我刚评上中华技能大奖，国家的奖励是多少？",
        # base and addition together
        "河南的全国技术能手，国家奖金加上省里的2万，加起来一共多少钱？",
        # a subsidy pegged to the local minimum wage, asked as money
        "太原的公益性岗位补贴一个月能拿多少钱？",
        # pay pegged to the firm's own managers' standard
        "首席技师的薪酬待遇每月具体是多少钱？",
    ],
)
def test_a_figure_stated_only_relative_to_an_unheld_base_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "12333" in answer.answer
    assert len(answer.citations) <= 1


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the addition itself is asked: answered with it
        ("河南对新获中华技能大奖的人，在国家奖励基础上再加多少钱？", "5万"),
        ("河南省对全国技术能手额外奖励多少？", "2万"),
        # the addition asked beside the national award named (之外, 一共再奖): the province's part is answered
        ("我在开封，刚评上全国技术能手，省里在国家奖金以外还额外发多少？", "2万"),
        ("河南今年厂里两人新获中华技能大奖，省里在国家奖励基础上一共再奖多少钱？", "10万"),
    ],
)
def test_the_addition_asked_is_answered(assistant, question, figure):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert figure in answer.answer


def test_how_the_pegged_subsidy_is_set_is_answered(assistant):
    # how the standard is set, not an amount: the peg itself is the answer
    answer = assistant.ask("公益性岗位补贴的标准是怎么定的？", today=TODAY)
    assert not answer.abstained, answer.answer
    assert "最低工资标准" in answer.answer


def test_who_the_pegged_subsidy_is_for_is_answered(assistant):
    # not a figure asked: the passage answers whom the 公益性岗位补贴 is for
    answer = assistant.ask("公益性岗位补贴是给哪些人的？", today=TODAY)
    assert not answer.abstained, answer.answer
    assert "就业困难人员" in answer.answer
