"""Titles and quotes (issue 13): every document is named by its own title (no short name of
ours, no nested 《《…》》), and a quote never stops in the middle of a condition."""

from __future__ import annotations

import doctest
import importlib
import json
import re
from datetime import date

import pytest

from assistant.answer import Assistant
from assistant.config import REPO_ROOT
from assistant.rules.sources import sources
from assistant.schema import book

TODAY = date(2026, 12, 1)
QA = REPO_ROOT / "evals" / "qa"


def _questions() -> list[tuple[str, str | None]]:
    """The single-turn questions of the team's dev set and the first blind dev set."""
    out = []
    for name in ("dev.jsonl", "blind-dev1.jsonl"):
        for line in (QA / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if line.strip() and not item.get("history"):
                out.append((item["question"], item.get("region")))
    return out


@pytest.fixture(scope="module")
def answers(real_build, real_index):
    helper = Assistant(real_build[0], index=real_index)
    return [helper.ask(q, region=r, today=TODAY) for q, r in _questions()]


def _named_titles(text: str) -> list[str]:
    """The 《…》 an answer names in its own words (article text quoted in “…” is the article's)."""
    out, depth, quoted, begin = [], 0, False, 0
    for i, ch in enumerate(text):
        if depth == 0 and ch in "“”":
            quoted = ch == "“"
        elif ch == "《" and not quoted:
            begin = i if depth == 0 else begin
            depth += 1
        elif ch == "》" and depth and not quoted:
            depth -= 1
            if depth == 0:
                out.append(text[begin + 1 : i])
    return out


def test_answers_name_documents_by_their_own_title(answers, real_index):
    titles = {d.title for d in real_index.documents.values()}
    corpus = "\n".join(d.text for d in real_index.documents.values())
    invented = []
    for answer in answers:
        assert "《《" not in answer.answer and "》》" not in answer.answer, answer.answer
        for inner in _named_titles(answer.answer):
            title = inner.replace("〈", "《").replace("〉", "》")
            if title not in titles and title not in corpus and inner not in corpus:  # ours, or a title an article cites
                invented.append((answer.question, inner))
    assert not invented, invented[:10]
    assert len(answers) > 150


def test_rules_cite_their_sources_by_title():
    for source in sources().values():
        assert source.cited_name().startswith(book(source.title)), source.doc_id


def test_a_quote_never_stops_mid_condition(answers, real_index):
    """Every quote is whole sentences: it ends a sentence (。！？) or its line, never at “；”/“，”."""
    cut = []
    for answer in answers:
        for c in answer.citations:
            texts = [a.text for a in real_index.articles_of(c.doc_id) if a.path == c.article]
            text = next(t for t in texts if c.quote in t)
            end = text.index(c.quote) + len(c.quote)
            if not (c.quote[-1] in "。！？" or end == len(text.rstrip()) or text[end : end + 1] == "\n"):
                cut.append((answer.question, c.doc_id, c.article, c.quote[-30:]))
    assert not cut, cut[:10]


def test_a_quote_keeps_the_whole_condition(real_build, real_index):
    """三、（四）3.: 具备资质的…可自主选择；不具备有关资质的，应参加… — one sentence, quoted whole."""
    helper = Assistant(real_build[0], index=real_index)
    answer = helper.ask("浙江专业技术人员所在单位不具备认定资质的，参加技能等级认定怎么报？", today=TODAY)
    quotes = [c.quote for c in answer.citations if (c.doc_id, c.article) == ("zj-2022-0839a3", "三、（四）3.")]
    assert quotes, [(c.doc_id, c.article) for c in answer.citations]
    assert quotes[0].startswith("专业技术人员申请参加职业技能等级认定，所在单位具备") and "应参加社会评价组织的职业技能等级认定。" in quotes[0]


@pytest.mark.parametrize("name", ["assistant.schema", "assistant.relations", "assistant.answer", "assistant.lookup"])
def test_module_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_an_article_body_drops_its_own_number(real_index):
    """The document view shows the path once: “一、 一、总体要求” never."""
    for a in real_index.articles:
        if a.marker and a.text.startswith(a.marker):
            assert not a.body.startswith(a.marker) or a.body.startswith(a.marker * 2)
    first = next(a for a in real_index.articles_of("sc-2022-cced2c") if a.path == "一、")
    assert first.text.startswith("一、") and not first.body.startswith("一、")
    assert re.match(r"^[\u4e00-\u9fff]", first.body)
