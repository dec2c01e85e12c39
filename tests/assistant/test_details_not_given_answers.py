"""A question on a covered programme that asks a detail its text does not give (when to apply, which
window, which system, which materials, which taxes, how long one is barred, a tier's amount) is declined
with the related passage, naming what is missing and 12333 — even when a rule answered whether the person
qualifies.  Its answerable twins are answered: a detail the document states, words said in passing, and
a question asking two things of which the rule answers one (answered, saying which part the text does
not give).  (assistant/data/aspects.yaml `details:`; Assistant._ask)"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

DAY = date(2024, 9, 1)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("洛阳的，高级技师在岗干满五年了，可以破格申报副高。河南这个每年几月份开始申报？", "申报或申请时间"),
        ("乐山一家公司招了三个应届毕业生，一次性吸纳就业补贴要去哪个窗口办？", "窗口或受理部门"),
        ("四川招用脱贫人口每人每年扣减税费，具体先扣增值税还是企业所得税？", "税种"),
        ("浙江评价机构星级评定，评到几星算合格？", "星级"),
        ("国家级高技能人才培养项目评审通过后分类分档补助，一档二档各补多少钱？", "没有写明"),  # by the figure path or the tier detail
    ],
)
def test_a_detail_the_text_does_not_give_is_declined(assistant, real_index, question, missing):
    answer = assistant.ask(question, today=DAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert missing in answer.answer and "12333" in answer.answer
    assert len(answer.citations) <= 1


@pytest.mark.parametrize(
    "question",
    [
        "评价机构有效期到了要延续，要在有效期满前几个月内申请？",  # the text states 3个月内
        "山西见习生干了20天就走了，基本生活补助按一个月算还是按天折算？",  # 满15个工作日按1个月
        "我去年拿的高级技师证，在岗干了5年，河南能破格申报副高吗？",  # a verdict; 申报 in passing
        "我在窗口问过了，四川吸纳就业补贴每人2000，我们签了一年合同交了社保，招了3个应届生能拿多少？",  # 窗口 in passing
        "想在四川申请备案成为评价机构，去哪个部门申请？",  # 向所在地市级人社部门申请备案
        "中央财政就业补助资金的预计数，每年一般什么时候下达到省里？",  # not a time to apply
    ],
)
def test_a_detail_stated_or_words_said_in_passing_are_answered(assistant, question):
    answer = assistant.ask(question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.citations and "另：您问的" not in answer.answer


def test_two_things_asked_one_answered_gives_the_answer_and_says_what_is_not_given(assistant, real_index):
    answer = assistant.ask("成都的，招了两个应届毕业生，签了一年合同交了社保，一次性吸纳就业补贴能拿多少？去哪个窗口申请？", today=DAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained and answer.calculation is not None and answer.calculation.value == 4000
    assert "另：您问的具体的经办窗口或受理部门" in answer.answer and "12333" in answer.answer
