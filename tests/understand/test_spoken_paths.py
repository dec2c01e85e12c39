"""A place in a document said in words (“第三部分第（十六）条”, “第十条第（二）项”, “第四部分第五点”) is read
as the documents write it (issue 12, lookups): the unit words are declared in assistant/data/paths.yaml,
whose examples are run here, and a lookup typed that way finds the article.

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
DATA = load_yaml((DATA_DIR / "paths.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["said"])
def test_each_declared_example_is_read_as_its_path(example):
    from assistant.understand.reference import read_reference

    assert read_reference(normalize(example["said"])).paths[:1] == (example["path"],)


@pytest.mark.parametrize("text", DATA["not"])
def test_no_place_is_read_where_none_is_said(text):
    from assistant.understand.reference import spoken_paths

    assert spoken_paths(normalize(text)) == []


def test_the_loose_reader_and_the_search_box_read_a_spoken_place_whole():
    from assistant.lookup import parse_search, read_paths, said_path

    assert read_paths("就业补助资金管理办法第十条第（二）项说的是啥") == ("第十条（二）",)  # not 第十条 and （二） apart
    assert parse_search("川办发〔2024〕34号 第三部分第（十六）条").paths == ("三、（十六）",)
    assert said_path("第三部分第（十六）条讲的啥") is None  # only a place typed alone is a path


@pytest.fixture(scope="module")
def helper(real_build, real_index):
    return Assistant(real_build[0], index=real_index)


JINZHONG = "晋中市2023年推进“人人持证、技能山西”建设工作方案"
SHANXI = "关于做好就业见习扩规模提质量相关工作的通知"
ZHEJIANG = "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法"
FUND = "就业补助资金管理办法"


@pytest.mark.parametrize(
    ("question", "title", "path"),
    [
        ("晋中人人持证方案第三部分第四点讲的啥", JINZHONG, "三、（四）"),
        ("晋中方案第三部分第四点", JINZHONG, "三、（四）"),  # named loosely, nothing asked but the place
        ("山西见习那个通知第四部分的第五点是什么内容", SHANXI, "四、（五）"),
        ("就业补助资金管理办法第十六条第（三）款是什么", FUND, "第十六条（三）"),
        ("就业补助资金管理办法第五条第（一）项说的是啥", FUND, "第五条（一）"),
        ("浙江贯通实施办法第三部分第（四）条第1点讲什么", ZHEJIANG, "三、（四）1."),
        ("贯通实施办法第三部分第二大点第3小点", ZHEJIANG, "三、（二）3."),
        # written without punctuation: the item named, not the sub-item under it that names 浙江
        ("浙江贯通办法三（二）2讲的啥", ZHEJIANG, "三、（二）2."),
    ],
)
def test_a_place_said_in_words_finds_its_article(helper, real_index, question, title, path):
    answer = helper.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (_doc(real_index, title), path)


def test_policy_show_reads_a_place_said_in_words(real_index):
    from assistant.lookup import find_articles

    doc = real_index.documents[_doc(real_index, "关于进一步稳定和扩大就业若干政策措施")]
    assert [a.path for a in find_articles(real_index, doc, "第三部分第（十六）条")] == ["三、（十六）"]
