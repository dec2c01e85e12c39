"""Declines the corpus owes (issue 12, scope-dev13's missed declines), in people's words:

- a schooling asked (要什么学历、初中毕业能参加吗) of a measure whose passages name no schooling: the
  corpus does not state it — declined with the related passage, not answered with the measure's words;
- what a table or attachment says (对应关系表上写的哪个系列、附件1里面列的多少) when the article leaves it to an
  attachment the corpus does not hold — declined even when a rule would otherwise ask the person a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "共享公共实训基地的民营企业员工技能提升行动，员工报名要什么学历？初中毕业的能参加不",
        "数字技术工程师培育项目对学历有要求吗？中专毕业的能报吗",
    ],
)
def test_a_schooling_no_passage_states_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "学历条件" in answer.answer


def test_a_schooling_the_passage_sets_aside_is_answered(assistant):
    answer = assistant.ask("浙江高技能人才评职称，是不是一定要本科学历和论文？", today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "浙江的焊工技师，想评职称，对应关系表上写的是哪个系列？",
        "晋中的，榆次区今年分到的补贴性培训任务，附件1里面列的是多少人？",
    ],
)
def test_what_an_attachment_not_held_says_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "附件" in answer.answer
