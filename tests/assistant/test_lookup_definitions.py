"""A term's meaning or members asked (“X是指啥”, “X是哪几个省市”, “X包括哪几类”) is answered by the passage
that defines or lists it, not one that only uses it (issue 12, lookups).  The question's forms are the
intents asks_meaning and asks_members; the documents' forms are declared in
assistant/data/definitions.yaml, whose examples are run here.

The questions are our own, written from the article texts; the index is the real corpus
(tests/conftest.py ``real_index``), searched with the test embedder.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer import Assistant
from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.text import normalize
from shared_support import doc_titled as _doc

TODAY = date(2026, 12, 1)
DATA = load_yaml((DATA_DIR / "definitions.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["term"])
def test_each_declared_definition_is_read(example):
    from assistant.lookup import defining_sentence

    assert defining_sentence(example["sentence"], example["term"]) is not None


@pytest.mark.parametrize("example", DATA["not"], ids=lambda e: e["term"])
def test_a_sentence_that_only_uses_the_term_does_not_define_it(example):
    from assistant.lookup import defining_sentence

    assert defining_sentence(example["sentence"], example["term"]) is None


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("就业补助资金里说的其他支出是指啥？", "其他支出"),
        ("就業補助資金裡的六類人員是哪六類", "六类人员"),
        ("因素法分配的因素包括哪几类？", "因素法分配的因素"),
        ("中小企业数字化转型指南里MES是什么意思", "MES"),
        ("见习单位有哪些要求，要怎么申请", None),  # the requirements of something, not its members
        ("东部地区的就业补助资金怎么分配", None),
    ],
)
def test_the_term_asked_is_read_without_the_words_leading_to_it(question, term):
    from assistant.lookup import term_asked

    assert term_asked(normalize(question)) == term


@pytest.fixture(scope="module")
def helper(real_build, real_index):
    return Assistant(real_build[0], index=real_index)


FUND = "就业补助资金管理办法"
GUIDE = "中小企业数字化转型指南"


@pytest.mark.parametrize(
    ("question", "title", "path", "words"),
    [
        ("就业补助资金里说的其他支出是指啥？", FUND, "第十四条", "其他支出是指"),
        ("因素法分配的因素包括哪几类？", FUND, "第十八条", "基础因素、投入因素"),
        ("就業補助資金裡的六類人員是哪六類", FUND, "第五条", "以下统称六类人员"),
        ("就业补助资金分配时，东部地区指哪几个省？", FUND, "第十七条", "广东7省（市）"),
        ("中小企业数字化转型指南里MES是什么意思", GUIDE, "名词解释5.", "制造执行系统"),
    ],
)
def test_the_passage_that_defines_or_lists_the_term_comes_first_and_is_quoted(helper, real_index, question, title, path, words):
    answer = helper.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    first = answer.citations[0]
    assert (first.doc_id, first.article) == (_doc(real_index, title), path)
    assert words in first.quote and words in answer.answer.splitlines()[0]
