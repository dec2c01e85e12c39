"""Answers that use the document graph (issue 13): a repealed or superseded document, a document
the corpus cites but does not hold, validity, and the relations every citation carries."""

from __future__ import annotations

import json
from datetime import date

import pytest
from assistant_support import assert_contract, policy_env
from typer.testing import CliRunner

from assistant.answer import Assistant
from assistant.cli import app
from tests.conftest import INGEST_FIXTURES, hash_settings

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    ["财社〔2017〕164号还有效吗？", "就业补助资金管理办法现在还是按财社〔2017〕164号那个版本执行吗？", "财社[2017]164号现在还能用吗"],
)
def test_a_repealed_document_is_said_repealed_with_the_article_and_the_one_in_force(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    first = answer.answer.splitlines()[0]
    assert "财社〔2017〕164号" in first and "已废止，由《就业补助资金管理办法》" in first and "替代" in first
    assert "2023年12月20日起施行" in first  # the one in force, told apart from the 2017 version of the same title
    top = answer.citations[0]
    assert (top.doc_id, top.article) == ("cn-2023-dc2db9", "第三十二条")
    assert "（财社〔2017〕164号）" in top.quote and top.quote.endswith("同时废止。")
    assert "现行有效" in answer.answer  # the document in force, with its status on the day


def test_a_superseded_document_is_said_partly_replaced(assistant, real_index):
    answer = assistant.ask("浙人社发〔2019〕31号还有效吗？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert "部分被替代" in answer.answer and "以《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》为准" in answer.answer
    assert "已废止" not in answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("zj-2022-0839a3", "五、")


# (what it lays down — “人社部发〔2019〕90号对社会评价组织有什么要求” — is declined with the same words and its first
# citer shown: tests/assistant/test_scope15_named_not_stated.py)
@pytest.mark.parametrize("question", ["人社部发〔2019〕90号还有效吗？", "人社部发〔2019〕90号是个什么文件", "人社部发〔2019〕90号说的是什么"])
def test_a_cited_document_the_corpus_lacks_is_named_with_who_cites_it(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained
    assert answer.answer.startswith("语料库没有收录《关于改革完善技能人才评价制度的意见》（人社部发〔2019〕90号）")
    # both corpus documents that cite it, each with its articles
    assert "《〈浙江省技能人才评价机构管理办法（试行）〉政策解读》（浙江省）一、（一）、一、（二）2.、二、（二）2." in answer.answer
    assert "《四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知》（川人社规〔2022〕9号）（四川省）四、（三）" in answer.answer
    cited = {(c.doc_id, c.article) for c in answer.citations}
    assert ("zj-nd-dfcb58", "一、（一）") in cited and ("sc-2022-cced2c", "四、（三）") in cited
    assert all("人社部发〔2019〕90号" in c.quote for c in answer.citations)


def test_a_document_the_corpus_holds_is_answered_from_its_own_text(assistant):
    """川人社规〔2022〕9号 is cited by another corpus document, but the corpus holds it."""
    answer = assistant.ask("川人社规〔2022〕9号还有效吗？", today=TODAY)
    assert "语料库没有收录" not in answer.answer and answer.citations[0].doc_id == "sc-2022-cced2c"


def test_a_validity_answer_says_what_the_document_replaced(assistant):
    answer = assistant.ask("浙江高技能人才和专技人才职业发展贯通的实施办法现在还有效吗？", today=TODAY)
    assert "现行有效" in answer.answer
    assert "五、规定，《浙江省人力资源和社会保障厅转发" in answer.answer and "（浙人社发〔2019〕31号）与其不一致的" in answer.answer


def test_citations_carry_their_documents_relations(assistant, real_index):
    answer = assistant.ask("就业补助资金管理办法第三十二条说的是什么", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    c = answer.citations[0]
    assert c.doc_id == "cn-2023-dc2db9"
    kinds = {(r.kind, r.source, r.target) for r in c.relations}
    assert ("repeals", "cn-2023-dc2db9", "财社〔2017〕164号") in kinds  # what it repealed
    assert ("issues", "cn-2023-aa0e64", "cn-2023-dc2db9") in kinds  # the notice that issued it
    assert not any(r.kind == "cites" and r.source == "cn-2023-dc2db9" for r in c.relations)  # its own citations: `policy show`


def test_ask_json_carries_the_graph_answers(real_build, real_index):
    runner = CliRunner()
    env = policy_env(real_build[0])
    for question, top in [("财社〔2017〕164号还有效吗？", ("cn-2023-dc2db9", "第三十二条")), ("人社部发〔2019〕90号还有效吗？", ("zj-nd-dfcb58", "一、（一）"))]:
        result = runner.invoke(app, ["ask", question, "--json", "--date", TODAY.isoformat()], env=env)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert_contract(data, real_index)
        assert (data["citations"][0]["doc_id"], data["citations"][0]["article"]) == top
        assert ("已废止" in data["answer"]) == ("164号" in question)
        assert ("语料库没有收录" in data["answer"]) == ("90号" in question)


def test_a_corpus_document_repealed_by_another_is_expired_from_that_day(tmp_path):
    """A repeal inside the corpus sets the repealed document's last day, so every status follows it."""
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    measure = (INGEST_FIXTURES / "raw" / "100_js_notice_measure.txt").read_text(encoding="utf-8")
    repeal = "《江苏省人力资源和社会保障厅关于职业培训补贴的通知》(苏人社规〔2020〕1号)同时废止。"
    measure = measure.replace("第四条 本办法自2024年4月1日起施行,有效期3年。", f"第四条 本办法自2024年4月1日起施行,有效期3年。{repeal}")
    (raw / "100_js_notice_measure.txt").write_text(measure, encoding="utf-8")
    (raw / "300_js_old.txt").write_text(
        "江苏省人力资源和社会保障厅关于职业培训补贴的通知\n苏人社规[2020]1号\n各设区市人力资源社会保障局:\n"
        "一、职业培训补贴每人每年最多享受一次。\n二、本通知自2020年5月1日起施行。\n江苏省人力资源和社会保障厅\n2020年4月1日\n",
        encoding="utf-8",
    )
    from ingest.pipeline import ingest

    settings = hash_settings(tmp_path / "corpus", tmp_path / "home")
    assert ingest(settings).documents == 3
    helper = Assistant(settings)
    old = next(d for d in helper.index.documents.values() if d.doc_number == "苏人社规〔2020〕1号")
    assert old.expiry_date == date(2024, 3, 31)
    now = helper.ask("苏人社规〔2020〕1号现在还有效吗？", today=TODAY)
    assert "已废止，由《江苏省技能人才培训补贴管理办法》（苏人社规〔2024〕3号）替代" in now.answer
    assert now.citations[0].article == "第四条" and repeal.replace("(", "（").replace(")", "）") in now.citations[0].quote
    then = helper.ask("苏人社规〔2020〕1号在2022年还有效吗？", today=TODAY)
    assert "现行有效" in then.answer and "施行后，第四条将本文件废止" in then.answer
    quoted = helper.ask("江苏的职业培训补贴每人每年最多享受几次？", today=TODAY)  # an answer that quotes the repealed one
    assert quoted.citations[0].doc_id == old.doc_id
    assert "注意：该文件已被《江苏省技能人才培训补贴管理办法》（苏人社规〔2024〕3号）第四条废止" in quoted.answer
    assert any(r.kind == "repeals" and r.target == old.doc_id for r in quoted.citations[0].relations)
    helper.index.close()
