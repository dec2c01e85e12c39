"""Stage 4 — chunk: retrieval units that quote the document verbatim and carry their context."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.schema import Document
from ingest.articles import parse_articles
from ingest.chunk import chunk_document, clause_expiry, is_heading_only

TITLE = "江苏省技能人才培训补贴管理办法"


def _document(body: str) -> tuple[Document, list]:
    text = TITLE + "\n" + body
    doc = Document(
        doc_id="js-2024-abcdef", title=TITLE, region="江苏省", level="provincial", source_file="a.txt",
        line_start=1, line_end=9, text=text, province="江苏省", doc_number="苏人社规〔2024〕3号",
    )  # fmt: skip
    return doc, parse_articles(doc.doc_id, text, len(TITLE) + 1, len(text), TITLE)


def test_each_article_is_a_chunk_quoting_the_document():
    doc, articles = _document("第一章总则\n第一条为规范管理，制定本办法。\n第二条补贴用于以下方面：（一）培训补贴。（二）评价补贴。\n")
    chunks = chunk_document(doc, articles, max_chars=360)
    assert [c.chunk_id for c in chunks] == [
        "js-2024-abcdef:第一条", "js-2024-abcdef:第二条", "js-2024-abcdef:第二条（一）", "js-2024-abcdef:第二条（二）",
    ]  # fmt: skip
    for chunk in chunks:
        assert doc.text[chunk.start : chunk.end] == chunk.text
        assert (chunk.title, chunk.region, chunk.province, chunk.doc_number) == (TITLE, "江苏省", "江苏省", "苏人社规〔2024〕3号")
    assert chunks[2].context == f"{TITLE} › 第一章总则 › 第二条补贴用于以下方面 › （一）培训补贴"
    assert chunks[2].index_text == chunks[2].context + "\n" + chunks[2].text


def test_a_heading_only_article_has_no_chunk_of_its_own():
    doc, articles = _document("二、主要措施\n（一）开展企业职工培训。按每人300元补贴。\n")
    assert is_heading_only(articles[0])
    chunks = chunk_document(doc, articles, max_chars=360)
    assert [c.article for c in chunks] == ["二、（一）"]
    assert "二、主要措施" in chunks[0].context  # the heading travels as context


def test_a_long_article_is_split_into_runs_of_whole_sentences():
    sentences = [f"第{i}句话说明补贴的一项具体要求并且足够长。" for i in "一二三四五六七八九十"]
    doc, articles = _document("一、补贴要求\n" + "".join(sentences) + "\n")
    chunks = chunk_document(doc, articles, max_chars=60)
    assert len(chunks) > 1
    assert [c.part for c in chunks] == list(range(len(chunks)))
    assert chunks[0].chunk_id == "js-2024-abcdef:一、" and chunks[1].chunk_id == "js-2024-abcdef:一、#2"
    # nothing of the article is lost between parts, not even its heading line
    assert "".join(c.text for c in chunks).replace("\n", "") == articles[0].text.replace("\n", "")
    for chunk in chunks:
        assert doc.text[chunk.start : chunk.end] == chunk.text
        assert len(chunk.text) <= 60
        assert chunk.text.endswith("。")


def test_a_sentence_longer_than_the_limit_stays_whole():
    long = "对符合条件的" + "、".join(["高校毕业生"] * 30) + "给予补贴。"
    doc, articles = _document("一、" + long + "\n")
    (chunk,) = chunk_document(doc, articles, max_chars=50)
    assert chunk.text == "一、" + long


def test_a_second_span_of_the_same_article_gets_its_own_chunk_id():
    doc, articles = _document("第三条补贴标准如下：\n（一）高级工1500元。\n（二）技师2000元。\n补贴资金由就业补助资金列支。\n")
    ids = [c.chunk_id for c in chunk_document(doc, articles, max_chars=360)]
    assert ids == ["js-2024-abcdef:第三条", "js-2024-abcdef:第三条（一）", "js-2024-abcdef:第三条（二）", "js-2024-abcdef:第三条#2"]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "text, day",
    [
        ("…中小微企业按60%返还，执行期限至2024年12月31日。", date(2024, 12, 31)),
        ("…给予用人单位最多3个月的剩余期限补贴，此政策延续至2022年底。", date(2022, 12, 31)),
        ("中央财政就业补助资金相关支出实施期限至2025年。", date(2025, 12, 31)),
        ("按规定给予补贴。", None),
    ],
)
def test_a_period_stated_inside_a_clause_is_read(text, day):
    found, quote = clause_expiry(text)
    assert found == day
    assert (quote is None) == (day is None) and (quote is None or quote in text)


def test_the_clause_period_travels_on_the_chunk():
    doc, articles = _document("（二）取得技师证书的，每人补贴2000元，执行期限至2025年12月31日。\n（三）其他补贴。\n")
    first, second = chunk_document(doc, articles, max_chars=360)
    assert (first.clause_expiry, first.clause_expiry_text) == (date(2025, 12, 31), "执行期限至2025年12月31日")
    assert second.clause_expiry is None
