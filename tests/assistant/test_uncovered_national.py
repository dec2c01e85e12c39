"""A person in a province the corpus holds no documents for (issue 12, item 2).

A national rule that decides the case applies in every province: it answers, labelled as national
(the answer says the province's own documents are not held, and cites only national articles).  A
rule the nation leaves to the provinces — a route to provinces' rules, or an amount “参照当地最低工资
标准” — is a decline, ``region_not_covered``.  Questions written for these tests, in people's words.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)
NATIONAL_LABEL = "以下仅为全国性规定"


@pytest.mark.parametrize(
    ("question", "article", "verdict"),
    [
        ("我是广东的，职业技能评价补贴一年能领几次？", "第六条", None),
        ("深圳这边，毕业一年了还没找到正式工作，跑外卖自己交社保，能领社保补贴吗", "第十条（二）", "eligible"),
        ("人在武汉，湖北的，之前评价补贴已经领了三次了，这次考了个新工种还能领不", "第六条", "not_eligible"),
    ],
)
def test_a_national_rule_that_decides_answers_an_uncovered_province_labelled_national(assistant, real_index, question, article, verdict):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained, answer.answer
    assert NATIONAL_LABEL in answer.answer
    assert all(c.region == "全国" for c in answer.citations), [c.region for c in answer.citations]
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2023-dc2db9", article)
    if verdict is not None:
        assert answer.calculation is not None and answer.calculation.verdict == verdict


@pytest.mark.parametrize(
    "question",
    [
        "长沙的，四十多岁下岗了，社区给安排了公益性岗位，湖南这边岗位补贴一个月发多少钱？",  # 参照当地最低工资标准: no figure
        "广州的，高级技师证拿了5年，能评副高吗？",  # title routes are the provinces' rules
        "北京的企业招见习生，见习补贴按最低工资的百分之几给？",  # the share is a province's
    ],
)
def test_what_the_nation_leaves_to_the_province_is_declined_for_an_uncovered_one(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "region_not_covered", answer.answer
    assert all(c.region == "全国" for c in answer.citations)


def test_a_city_and_its_province_said_together_are_one_uncovered_place(assistant):
    answer = assistant.ask("我在湖北武汉，高级技师评副高要干几年？", today=TODAY)
    assert answer.abstained and answer.answer.count("湖北省") >= 1 and "湖北省、湖北省" not in answer.answer
