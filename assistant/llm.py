"""Optional rephrasing of an extractive answer by a chat model (off by default).

The extractive answer is the source of truth: a model may only restate it in
plainer words for a worker.  The returned ``Answer`` keeps the same citations,
calculation and flags; only ``answer`` changes.  If the model fails, returns
nothing, or writes a number that is not in the question, the extractive answer or
its quotes (an invented figure, the costly kind of error in a subsidy answer), the
extractive text is kept.

Any LangChain chat model works (langchain-core interfaces only).  ``Settings.llm``
names one; this build knows ``fake:<text>`` (tests), and no network model is
reachable here, so every other spec is a ``ConfigError``.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace
from decimal import Decimal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.errors import ConfigError
from assistant.schema import Answer

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "你是人社政策咨询热线的助手。请把下面的答复改写成普通劳动者容易看懂的简短中文。"
    "只能使用答复和引文中已有的事实；不要添加任何新的数字、金额、比例、日期、年限或条件；"
    "保留文件名称和条目编号；不要给出答复以外的建议。只输出改写后的答复。"
)

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def chat_model(spec: str) -> BaseChatModel:
    """The chat model a setting names: ``fake:<text>`` always answers ``<text>``."""
    if spec.startswith("fake:"):
        return _fake(spec[len("fake:") :])
    raise ConfigError(
        f"未知的大模型设置 {spec!r}：本机只支持 fake:<文本>（测试用），无法访问联网模型；"
        "请取消 POLICY_LLM 设置以使用抽取式答案。"
    )


@functools.lru_cache(maxsize=8)
def _fake(text: str) -> BaseChatModel:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    return FakeListChatModel(responses=[text])


def numbers_in(text: str) -> set[str]:
    """The figures a text states (canonical digits), Chinese numerals before units included.

    >>> sorted(numbers_in("满五年，补贴1,500元，比例60.0%"), key=float)
    ['5', '60', '1500']
    """
    from assistant.query import normalize_question

    found: set[str] = set()
    for token in _NUMBER.findall(normalize_question(text)):
        found.add(format(Decimal(token.replace(",", "")).normalize(), "f"))  # 1,500.0 → 1500
    return found


def _evidence(answer: Answer) -> str:
    """Everything the extractive answer rests on: its text, quotes, sources and calculation,
    and the question (restating the asker's own figures invents nothing)."""
    parts = [answer.question, answer.answer, answer.follow_up or ""]
    for c in answer.citations:
        parts.extend([c.quote, c.title, c.doc_number or "", c.article])
    if answer.calculation is not None:
        calc = answer.calculation
        parts.extend([calc.summary, str(calc.value or "")])
        parts.extend(s.text for s in calc.steps)
    return "\n".join(parts)


def rephrase(answer: Answer, model: BaseChatModel) -> Answer:
    """The answer restated by ``model``; the extractive text when the restatement cannot be trusted.

    Abstentions are returned unchanged: there is no evidence to restate.
    """
    if answer.abstained or not answer.answer.strip():
        return answer
    quotes = "\n".join(f"［{i}］{c.quote}" for i, c in enumerate(answer.citations, start=1))
    messages = [
        SystemMessage(SYSTEM_PROMPT),
        HumanMessage(f"问题：{answer.question}\n\n答复：\n{answer.answer}\n\n引文：\n{quotes or '（无）'}"),
    ]
    try:
        reply = model.invoke(messages)
    except Exception as error:  # any provider failure: the extractive answer still stands
        logger.warning("rephrasing failed (%s: %s); keeping the extractive answer", type(error).__name__, error)
        return answer
    # .text joins the text blocks when a provider returns a list of content blocks
    text = str(reply.text).strip() if isinstance(reply, BaseMessage) else ""
    if not text:
        logger.warning("rephrasing returned no text; keeping the extractive answer")
        return answer
    invented = numbers_in(text) - numbers_in(_evidence(answer))
    if invented:
        logger.warning("rephrasing introduced numbers %s; keeping the extractive answer", sorted(invented))
        return answer
    return replace(answer, answer=text)
