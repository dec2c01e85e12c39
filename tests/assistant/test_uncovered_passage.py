"""A person in a province the corpus holds no documents for (issue 12), the classes beyond a national
rule that decides the case (tests/assistant/test_uncovered_national.py):

1. no rule speaks to the point, but the national passage found decides it by itself (a threshold, a
   share, a limit it states): answered from that passage, labelled national, citing national articles;
2. the national passage leaves the point to the provinces (由省级确定、参照当地、一定标准的补贴), states
   no sum of money asked, or only shares a term with the question: a ``region_not_covered`` decline;
3. the national rule decides once the facts said are read: a count of trainings already subsidised, a
   person outside 第七条's range asking to join an internship, a post placed again twice already.

Questions written for these tests, in people's words (other persons, cities and figures than the dev set).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)
NATIONAL_LABEL = "以下仅为全国性规定"


@pytest.mark.parametrize(
    ("question", "doc", "article", "figure"),
    [
        ("昆明一家企业，见习人员期满后留用的比例达到多少，单位的见习补贴才可以适当提高？", "cn-2023-dc2db9", "第七条", "50%"),
        ("乌鲁木齐的公司，国家要求职工教育经费里至少拿多少比例用于一线职工的教育和培训？", "cn-2024-ae3e1c", "四、（十二）", "60%"),
    ],
)
def test_a_national_passage_that_decides_the_point_answers_an_uncovered_province(assistant, real_index, question, doc, article, figure):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained, answer.answer
    assert NATIONAL_LABEL in answer.answer
    assert all(c.region == "全国" for c in answer.citations), [c.region for c in answer.citations]
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (doc, article)
    assert figure in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "贵阳的小公司招了三个见习生，见习补贴一个月给单位发多少钱？",  # 第七条 gives no sum; its 50% is a retention rate
        "天津的，开了个小饭馆，一次性创业补贴能给多少钱？",  # 第九条 names who, the sum is the province's
        "深圳的，考了个技师证，政府有没有一次性的技能人才奖励？",  # only a list of subsidies shares a word
        "在澳门考的职业资格证书，到内地能不能直接换成职业技能等级证书？",  # 第六条 shares one term, says nothing of it
        "厦门的公司招了见习生，见习补贴按当地最低工资的百分之几发给单位？",  # the share is the province's; 50% is a retention rate
    ],
)
def test_a_national_passage_that_leaves_the_point_or_misses_it_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "region_not_covered", answer.answer
    assert all(c.region == "全国" for c in answer.citations)


def test_a_follow_up_naming_an_uncovered_province_asks_the_sum_asked_before(assistant):
    from assistant.schema import Turn

    first = assistant.ask("四川的见习补贴给单位补多少？", today=TODAY)
    turns = (Turn("user", "四川的见习补贴给单位补多少？"), Turn("assistant", first.answer, first.state))
    answer = assistant.ask("那云南呢？", turns, today=TODAY)
    assert answer.abstained and answer.reason == "region_not_covered", answer.answer


@pytest.mark.parametrize(
    ("question", "article", "verdict"),
    [
        # 第五条 每人累计最多享受3次: the trainings subsidised, counted as said
        ("福州的，补贴性的职业培训我已经参加过3次了，每次都领了补贴，现在想学茶艺师，还能领培训补贴吗？", "第五条", "not_eligible"),
        # 第七条 16-24岁登记失业青年 or 离校2年内未就业高校毕业生: a 28-year-old who left school after 初中
        ("长春的，我28了，初中毕业就出来打工，现在登记失业了，能不能去参加就业见习？", "第七条", "not_eligible"),
        # 第十一条 累计安置次数不超过2次: placed again twice already
        ("兰州的，家里是零就业家庭，公益性岗位第一次期满后又安置了2回，现在又到期了，还能再安置吗？", "第十一条", "not_eligible"),
    ],
)
def test_the_national_rule_decides_once_the_facts_said_are_read(assistant, real_index, question, article, verdict):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained, answer.answer
    assert NATIONAL_LABEL in answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2023-dc2db9", article)
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the unit's 见习补贴 is only provinces' (山西、四川); who the intern may be is the nation's 第七条
        ("合肥的，我27岁，中专毕业，登记失业半年了，有家公司想收我去见习，他们能因为我领到见习补贴吗？", "not_eligible"),
        ("西宁的，去年7月本科毕业，一直没找到工作，有单位招我去见习，单位能拿见习补贴吗？", "eligible"),
    ],
)
def test_who_the_intern_may_be_is_decided_by_the_national_range_where_the_province_has_no_rule(assistant, question, verdict):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2023-dc2db9", "第七条")
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


def test_the_measure_in_general_asked_of_an_uncovered_province_is_not_read_as_who_may_have_it(assistant):
    # nothing of a person, no verdict, no who asked: the unit's subsidy is the province's, not 第七条's range
    answer = assistant.ask("我想问问云南那边的见习补贴。", today=TODAY)
    assert answer.abstained and answer.reason == "region_not_covered", answer.answer
