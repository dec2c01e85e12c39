"""Optional LLM rephrasing: same citations and flags; invented figures fall back to the extract."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from assistant_support import TODAY, policy_env
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from typer.testing import CliRunner

from assistant.answer import Assistant
from assistant.errors import ConfigError
from assistant.llm import chat_model, numbers_in, rephrase
from assistant.schema import Answer, Calculation, Citation, Step


class RecordingModel(BaseChatModel):
    """Answers ``reply`` (or raises ``error``) and keeps the messages it was sent."""

    reply: str | list = ""
    error: str | None = None
    seen: list = []

    @property
    def _llm_type(self) -> str:
        return "recording"

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        self.seen.append(messages)
        if self.error:
            raise RuntimeError(self.error)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.reply))])


CITATION = Citation(
    doc_id="sx-2022-192e44",
    title="关于做好就业见习扩规模提质量相关工作的通知",
    doc_number=None,
    issuer=None,
    region="山西省",
    article="三、（二）",
    quote="给予见习单位当地最低工资标准60%的就业见习补贴和每人240元的人身意外伤害保险保费补贴。",
    status="unknown",
    score=0.05,
)
CALC = Calculation(
    rule_id="sx.internship_subsidy",
    inputs={"months": 3},
    verdict="amount",
    value=Decimal("1200"),
    unit="元",
    steps=(Step("按最低工资标准60%计", "sx-2022-192e44", "三、（二）"),),
    summary="3个月可领约1200元。",
)
EXTRACT = Answer(
    question="山西见习补贴多少",
    answer="3个月可领约1200元。\n根据山西省《关于做好就业见习扩规模提质量相关工作的通知》三、（二）：“给予见习单位当地最低工资标准60%的就业见习补贴。”",
    abstained=False,
    region="山西省",
    citations=(CITATION,),
    calculation=CALC,
    follow_up="您所在的市是哪里？",
    as_of=TODAY,
    warnings=("注意：……",),
    facts={"months": 3},
)


def _unchanged_except_text(before: Answer, after: Answer) -> None:
    assert replace(after, answer=before.answer) == before


# ------------------------------------------------------------------- models
def test_fake_spec_builds_a_langchain_chat_model():
    model = chat_model("fake:你好")
    assert isinstance(model, BaseChatModel) and isinstance(model, FakeListChatModel)
    assert model.invoke("问").content == "你好"


@pytest.mark.parametrize("spec", ["openai:gpt-4o", "ollama:qwen2", "fake", ""])
def test_unknown_spec_is_a_config_error(spec):
    with pytest.raises(ConfigError, match="POLICY_LLM"):
        chat_model(spec)


def test_numbers_in_reads_digits_and_numerals_before_units():
    assert numbers_in("满五年，补贴1,500元，比例60.0%") == {"5", "1500", "60"}
    assert numbers_in("没有数字") == set()


# ----------------------------------------------------------------- rephrase
def test_rephrase_keeps_citations_calculation_and_flags():
    text = "在山西做就业见习，3个月大约能领1200元，标准是当地最低工资的60%。"
    out = rephrase(EXTRACT, FakeListChatModel(responses=[text]))
    assert out.answer == text
    _unchanged_except_text(EXTRACT, out)


def test_numbers_from_quotes_are_allowed():
    # 240 is only in the quote, not in the extractive text
    text = "见习单位还能拿每人240元的意外伤害保险补贴。"
    assert rephrase(EXTRACT, FakeListChatModel(responses=[text])).answer == text


def test_numbers_from_the_question_are_allowed():
    asked = replace(EXTRACT, question="我在山西见习了4个月，补贴多少")
    text = "您见习了4个月，按最低工资标准的60%算。"
    assert rephrase(asked, FakeListChatModel(responses=[text])).answer == text
    assert rephrase(EXTRACT, FakeListChatModel(responses=[text])) == EXTRACT


@pytest.mark.parametrize(
    "text",
    [
        "3个月能领3000元。",  # a figure nobody stated
        "标准是最低工资的80%。",
        "最多领五千元。",  # written in Chinese numerals
        "要工作满2年才行。",
    ],
)
def test_invented_number_falls_back_to_the_extract(text):
    out = rephrase(EXTRACT, FakeListChatModel(responses=[text]))
    assert out == EXTRACT


def test_model_failure_falls_back(caplog):
    out = rephrase(EXTRACT, RecordingModel(error="connection refused", seen=[]))
    assert out == EXTRACT
    assert "connection refused" in caplog.text


def test_content_blocks_are_read_as_text():
    blocks = [{"type": "text", "text": "见习补贴按最低工资"}, {"type": "text", "text": "的60%发放。"}]
    out = rephrase(EXTRACT, RecordingModel(reply=blocks, seen=[]))
    assert out.answer == "见习补贴按最低工资的60%发放。"


@pytest.mark.parametrize("reply", ["", "   \n"])
def test_empty_reply_falls_back(reply):
    assert rephrase(EXTRACT, FakeListChatModel(responses=[reply])) == EXTRACT


def test_abstentions_are_not_sent_to_the_model():
    model = RecordingModel(reply="随便说说", seen=[])
    abstained = replace(EXTRACT, abstained=True, citations=(), calculation=None)
    assert rephrase(abstained, model) == abstained
    assert model.seen == []


def test_prompt_carries_the_extract_and_the_quotes_and_forbids_new_figures():
    model = RecordingModel(reply="见习补贴按最低工资的60%发。", seen=[])
    rephrase(EXTRACT, model)
    system, human = model.seen[0]
    assert "数字" in system.content
    assert EXTRACT.answer in human.content and CITATION.quote in human.content


# --------------------------------------------------------- wired into ask()
QUESTION = "高级技师能评副高吗"


@pytest.fixture(scope="module")
def plain(real_build, real_index) -> Assistant:
    return Assistant(real_build[0], index=real_index)


def _with_llm(real_build, real_index, spec: str) -> Assistant:
    return Assistant(real_build[0].with_(llm=spec), index=real_index)


def test_off_by_default():
    from assistant.config import Settings

    assert Settings().llm is None and Settings.from_env({}).llm is None
    assert Settings.from_env({"POLICY_LLM": "fake:好"}).llm == "fake:好"


def test_ask_rephrases_and_keeps_citations(real_build, real_index, plain):
    base = plain.ask(QUESTION, region="浙江", today=TODAY)
    text = "可以。在浙江，拿到高级技师后从事技术技能工作满4年，就能申报副高级职称。"
    out = _with_llm(real_build, real_index, f"fake:{text}").ask(QUESTION, region="浙江", today=TODAY)
    assert out.answer == text
    assert out.to_dict()["citations"] == base.to_dict()["citations"]
    _unchanged_except_text(base, out)


def test_ask_falls_back_on_an_invented_number(real_build, real_index, plain):
    base = plain.ask(QUESTION, region="浙江", today=TODAY)
    out = _with_llm(real_build, real_index, "fake:满2年就能评，还有5000元奖励。").ask(QUESTION, region="浙江", today=TODAY)
    assert out == base


def test_ask_does_not_rephrase_abstentions(real_build, real_index):
    out = _with_llm(real_build, real_index, "fake:公积金可以随时提取。").ask("公积金怎么提取？", today=TODAY)
    assert out.abstained and "随时提取" not in out.answer


def test_ask_with_an_unknown_model_is_a_config_error(real_build, real_index):
    with pytest.raises(ConfigError):
        _with_llm(real_build, real_index, "openai:gpt-4o").ask(QUESTION, region="浙江", today=TODAY)


def test_cli_reads_policy_llm(real_build):
    from assistant.cli import app

    env = policy_env(real_build[0])
    runner = CliRunner()
    args = ["ask", QUESTION, "--region", "浙江", "--date", "2026-11-21"]
    ok = runner.invoke(app, args, env={**env, "POLICY_LLM": "fake:可以申报副高级职称。"})
    assert ok.exit_code == 0 and ok.stdout.startswith("可以申报副高级职称。")
    assert "引用：" in ok.stdout
    bad = runner.invoke(app, args, env={**env, "POLICY_LLM": "openai:gpt-4o"})
    assert bad.exit_code == 1 and "POLICY_LLM" in bad.stderr and "Traceback" not in bad.output


def test_day_passes_through(real_build, real_index):
    out = _with_llm(real_build, real_index, "fake:该文件现行有效。").ask(
        "四川职业技能等级认定有哪些规定", today=TODAY, as_of=date(2025, 1, 1)
    )
    assert out.as_of == date(2025, 1, 1)
