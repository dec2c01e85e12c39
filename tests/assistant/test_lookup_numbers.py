"""A document's 文号 asked (“…那个通知，文号多少？”) is answered from the corpus's record of the document,
quoting the article that writes it beside the title; a document the corpus gives no 文号 is said to
have none here — never answered with another document's (issue 12, lookups).

The questions are our own; the index is the real corpus (tests/conftest.py ``real_index``).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer import Assistant
from shared_support import doc_titled as _doc

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def helper(real_build, real_index):
    return Assistant(real_build[0], index=real_index)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("高技能领军人才培育计划的文号是什么", "人社部发〔2024〕29号"),
        ("四川那个职业技能等级制度的意见，文号是多少", "川人社规〔2023〕15号"),
        ("共享公共实训基地那个通知是几号文", "发改就业〔2024〕349号"),
    ],
)
def test_the_number_of_the_document_named_is_said(helper, question, number):
    answer = helper.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert f"的文号是{number}" in answer.answer.splitlines()[0]


def test_the_article_that_writes_the_number_beside_the_title_is_cited_first(helper, real_index):
    answer = helper.ask("江西那个职业技能等级认定工作管理办法，文号是啥？", today=TODAY)
    first = answer.citations[0]
    assert "赣人社规〔2022〕7号" in first.quote and "江西省职业技能等级认定工作管理办法" in first.quote
    assert _doc(real_index, "关于印发《江西省职业技能等级认定工作管理办法》的通知") in {c.doc_id for c in answer.citations}


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("直播带岗那个通知文号多少？", "人力资源社会保障部办公厅关于推进直播带岗在就业公共服务领域应用的通知"),
        ("晋中人人持证方案是哪个文号", "晋中市2023年推进“人人持证、技能山西”建设工作方案"),
    ],
)
def test_a_document_without_a_number_in_the_corpus_is_a_decline_that_says_so(helper, real_index, question, title):
    answer = helper.ask(question, today=TODAY)
    assert answer.abstained and "没有载明它的文号" in answer.answer
    assert "〔" not in answer.answer  # no other document's 文号 given for it
    docs = {_doc(real_index, title)} | {real_index.documents[_doc(real_index, title)].parent_id}
    assert answer.citations and answer.citations[0].doc_id in docs


def test_an_earlier_editions_number_in_the_text_is_not_given_as_this_ones(helper):
    answer = helper.ask("新的就业补助资金管理办法，文号是财社〔2023〕几号？", today=TODAY)
    assert answer.abstained and "没有载明它的文号" in answer.answer
    assert "财社〔2017〕164号是另一份同名文件的文号" in answer.answer


def test_a_number_typed_still_names_the_document(helper, real_index):
    answer = helper.ask("发改就业〔2024〕349号是哪个文件？", today=TODAY)
    assert not answer.abstained and "文号是" not in answer.answer
    assert answer.citations[0].doc_id == _doc(real_index, "国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知")


def test_number_stated_reads_the_citing_edges(real_index):
    from assistant.lookup import number_stated

    doc = real_index.documents[_doc(real_index, "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知")]
    found = number_stated([doc], real_index.graph)
    assert found.number == "川人社规〔2022〕9号"
    opinion = _doc(real_index, "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）")
    assert [(r.source, r.article) for r in found.stated] == [(opinion, "三、（九）")]
    fund = real_index.documents[_doc(real_index, "就业补助资金管理办法")]
    found = number_stated([fund], real_index.graph)
    assert found.number is None and [r.number for r in found.same_title] == ["财社〔2017〕164号"]


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("34号文现在还有效吗", "川办发〔2024〕34号"),
        ("102号文件三、（七）讲的什么", "豫人社办〔2023〕102号"),
        ("164号文还能用吗", "财社〔2017〕164号"),  # a 文号 the corpus only cites: answered from the article that repeals it
    ],
)
def test_a_document_said_by_its_serial_alone_is_the_one_known_number(helper, question, number):
    answer = helper.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert number in answer.answer


def test_a_serial_two_documents_share_is_not_guessed():
    from assistant.lookup import read_doc_numbers

    assert read_doc_numbers(["川人社规〔2022〕9号", "晋人社厅发〔2022〕9号"], "9号文件说了什么") == []
