"""Dates and validity in answers (issues 11/12): a document another one repeals, named by 文号, title
or the year of its version, is said expired with the article that repeals it; a document with no period
of its own but the years its programme runs is judged by them; a measure whose clause says when it
ends is judged against the day of the event described."""

from __future__ import annotations

from datetime import date

import pytest
from assistant_support import assert_contract

from assistant.schema import Answer, Citation
from evals.runner import Evaluator

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question, number",
    [
        ("财社〔2017〕164号那个就业补助资金管理办法现在还有效吗？我们单位财务还拿它当依据。", "财社〔2017〕164号"),
        ("《财政部人力资源社会保障部关于〈就业补助资金管理办法〉的补充通知》还有效吗", "财社〔2019〕122号"),
        ("2017年那个就业补助资金管理办法还有效吗", "财社〔2017〕164号"),
        ("17年版的就业补助资金管理办法还能用吗", "财社〔2017〕164号"),
        ("2021年出的就业补助资金管理办法补充通知现在还管用吗", "财社〔2021〕89号"),
        ("财社2021年89号还有效吗", "财社〔2021〕89号"),  # typed loosely: not read as a day in 2021 either
        ("就业补助资金管理办法的补充通知还有效吗", "财社〔2019〕122号"),
    ],
)
def test_a_document_another_repeals_is_expired(assistant, real_index, question, number):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    first = next(line for line in answer.answer.splitlines() if not line.startswith("（"))  # after a note on how a 文号 was read
    assert number in first and "已废止" in first
    assert answer.status == "expired"  # the document asked about, not the 办法 that repeals it (in force)
    top = answer.citations[0]
    assert (top.doc_id, top.article) == ("cn-2023-dc2db9", "第三十二条") and top.status == "in_force"
    assert answer.to_dict()["status"] == "expired"


@pytest.mark.parametrize("question", ["2023年那个就业补助资金管理办法还有效吗", "关于印发就业补助资金管理办法的通知还有效吗"])
def test_the_version_the_corpus_holds_is_in_force(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.status == "in_force" and "已废止" not in answer.answer.splitlines()[0]


def test_two_repealed_documents_with_one_title_are_both_named(assistant):
    first = assistant.ask("就业补助资金管理办法的补充通知还有效吗", today=TODAY).answer.splitlines()[0]
    assert "财社〔2019〕122号" in first and "财社〔2021〕89号" in first and "已废止" in first


def test_what_a_document_repeals_is_its_repealing_article(assistant):
    answer = assistant.ask("新的就业补助资金管理办法废止了哪几个老文件", today=TODAY)
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2023-dc2db9", "第三十二条")


def test_before_the_repeal_took_effect_it_is_not_said_repealed(assistant):
    answer = assistant.ask("2023年6月的时候财社〔2017〕164号还有效吗？", today=TODAY)
    first = answer.answer.splitlines()[0]
    assert first.startswith("截至2023年6月1日") and "尚未被废止" in first and "第三十二条" in first
    assert answer.status is None  # the corpus does not hold it: its status then is not known


@pytest.mark.parametrize(
    "question, today, status, words",
    [
        ("国家搞的那个共享公共实训基地、提升民营企业员工技能的行动，现在还在执行吗？到哪年？", TODAY, "in_force", "实施到2027年12月31日"),
        ("高技能领军人才培育计划还在执行吗", date(2027, 6, 1), "expired", "实施期已结束"),
        ("数字人才培育行动方案现在还有效吗", TODAY, "in_force", "（2024-2026年）"),
    ],
)
def test_a_programme_without_a_period_is_judged_by_its_years(assistant, real_index, question, today, status, words):
    answer = assistant.ask(question, today=today)
    assert_contract(answer.to_dict(), real_index)
    assert answer.status == status and words in answer.answer
    assert "无法据文本判断" not in answer.answer


def test_when_a_programme_began_is_said_from_its_text(assistant):
    history = [{"role": "user", "content": "江西那个专业技术人才知识更新工程，是哪几个部门一起搞的？"}]
    answer = assistant.ask("哪年开始实施的？", history, today=TODAY)
    assert not answer.abstained and "自2022年起实施" in answer.answer and "未写明实施到哪一年" in answer.answer
    top = answer.citations[0]
    assert top.doc_id == "jx-2022-6130e6" and "决定自2022年起，实施我省专业技术人才知识更新工程" in top.quote
    assert answer.status == "in_force"


def test_a_measure_that_had_ended_at_the_event_is_a_no(assistant):
    answer = assistant.ask(
        "晋城一家机械厂，去年9月份招的两个见习生，见习期还没满我们就跟他们签了正式劳动合同，剩下那几个月的见习补贴还能申请吗？",
        today=date(2024, 3, 15),
    )
    assert answer.as_of == date(2023, 9, 1)  # 去年9月份: the event, not the day asked
    assert answer.calculation.rule_id == "sx.internship_early_contract"
    assert answer.calculation.verdict == "not_eligible" and not answer.calculation.in_force
    assert "截至2023年9月1日已失效" in answer.answer
    top = answer.citations[0]
    assert (top.doc_id, top.article) == ("sx-2022-192e44", "三、（二）") and "此政策延续至2022年底" in top.quote


def test_a_measure_in_force_at_the_event_is_a_yes_said_to_have_ended_since(assistant):
    answer = assistant.ask("太原的公司，2022年11月招的见习生，见习期没满就签了劳动合同，剩余期限补贴能申请吗？", today=date(2024, 3, 15))
    assert answer.calculation.verdict == "eligible"
    assert "事情发生时仍在执行期限内，截至今天（2024年3月15日）已过期限" in answer.answer


def test_the_runner_scores_the_status_the_answer_gives(real_index):
    item = {"id": "x", "category": "validity", "question": "q", "expected_doc": "cn-2023-dc2db9", "expected_status": "expired",
            "expected_quote": "同时废止", "also_acceptable": []}  # fmt: skip
    cited = Citation("cn-2023-dc2db9", "就业补助资金管理办法", None, None, "全国", "第三十二条", "……同时废止。", "in_force", 1.0)
    said = Answer("q", "……已废止", False, "全国", (cited,), status="expired")
    assert Evaluator(real_index).score(item, said, 1.0, None).correct
    unsaid = Answer("q", "……", False, "全国", (cited,))
    assert not Evaluator(real_index).score(item, unsaid, 1.0, None).correct  # the 办法 cited is in force


def test_the_note_on_a_clauses_end_is_read_at_the_rules_event(assistant):
    """The certificate's day is the rule's event (2024年11月考的证): the note under its clause says it was
    in time then, not that it had expired on the day asked."""
    answer = assistant.ask("我在绵阳厂里上班，2024年11月考的焊工中级证，失业保险交了两年了，四川技能提升补贴还能领吗？", today=date(2025, 3, 10))
    assert answer.calculation.verdict == "eligible" and answer.calculation.applied_on == date(2024, 11, 1)
    assert "事情发生时仍在执行期限内，截至今天（2025年3月10日）已过期限" in answer.answer
    assert "截至2025年3月10日已过执行期限" not in answer.answer
