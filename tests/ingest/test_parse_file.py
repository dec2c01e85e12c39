"""Stages 1–4 on one file (ingest.parse.parse_file): documents, links, articles, chunks, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.errors import CorpusFileError
from ingest.fixes import DocumentOverride, FixTable
from ingest.normalize import to_simplified
from ingest.parse import parse_file
from ingest_support import fixture_bytes, fixture_text


def _parse(name: str, data: bytes | None = None, fixes: FixTable | None = None):
    return parse_file(name, fixture_bytes(name) if data is None else data, fixes or FixTable())


def _assert_sound(parsed):
    """What every parse must give: exact slices, owned articles and chunks, unique ids."""
    docs = {d.doc_id: d for d in parsed.documents}
    assert len(docs) == len(parsed.documents)
    for a in parsed.articles:
        assert docs[a.doc_id].text[a.start : a.end] == a.text
    for c in parsed.chunks:
        assert docs[c.doc_id].text[c.start : c.end] == c.text
    assert len({c.chunk_id for c in parsed.chunks}) == len(parsed.chunks)
    for d in parsed.documents:
        assert any(a.doc_id == d.doc_id for a in parsed.articles), d.title


def test_notice_and_measure_are_linked_and_share_the_measures_period():
    parsed = _parse("100_js_notice_measure.txt")
    _assert_sound(parsed)
    notice, measure = parsed.documents
    assert measure.parent_id == notice.doc_id and notice.children == (measure.doc_id,)
    assert (notice.line_start, notice.line_end, measure.line_start, measure.line_end) == (1, 7, 9, 18)
    assert (measure.effective_date, measure.expiry_date) == (date(2024, 4, 1), date(2027, 3, 31))
    assert measure.validity_text == "第四条本办法自2024年4月1日起施行，有效期3年。"
    # the notice states no period of its own: it takes the one of the measure it issues, and says so
    assert (notice.effective_date, notice.expiry_date) == (date(2024, 4, 1), date(2027, 3, 31))
    assert notice.validity_basis == "随所印发的《江苏省技能人才培训补贴管理办法》"


def test_the_body_excludes_文号_and_signature():
    parsed = _parse("100_js_notice_measure.txt")
    notice_body = next(a for a in parsed.articles if a.doc_id == parsed.documents[0].doc_id)
    assert notice_body.path == "正文"
    assert notice_body.text == "各设区市人力资源社会保障局：\n现将《江苏省技能人才培训补贴管理办法》印发给你们，请认真贯彻执行。"


def test_measure_articles_and_chunks():
    parsed = _parse("100_js_notice_measure.txt")
    measure = parsed.documents[1]
    paths = [a.path for a in parsed.articles if a.doc_id == measure.doc_id]
    assert paths == ["第一条", "第二条", "第二条（一）", "第二条（二）", "第三条", "第三条（一）", "第三条（二）", "第三条", "第四条"]
    chunk = next(c for c in parsed.chunks if c.chunk_id == f"{measure.doc_id}:第三条（二）")
    assert chunk.text == "（二）取得技师证书的，每人补贴2000元，执行期限至2025年12月31日。"
    assert chunk.clause_expiry == date(2025, 12, 31)
    assert chunk.context == "江苏省技能人才培训补贴管理办法 › 第二章补贴标准 › 第三条补贴标准如下"


def test_traditional_file_comes_out_simplified():
    parsed = _parse("102_sc_traditional.txt")
    _assert_sound(parsed)
    (doc,) = parsed.documents
    assert doc.title == "四川省人力资源和社会保障厅关于做好高校毕业生就业见习工作的通知"
    assert (doc.doc_number, doc.issuer, doc.region) == ("川人社发〔2024〕12号", "四川省人力资源和社会保障厅", "四川省")
    assert (doc.issued_date, doc.effective_date, doc.expiry_date) == (date(2024, 5, 20), date(2024, 6, 1), date(2026, 5, 31))
    for text in [doc.text, doc.title, doc.issuer] + [c.text for c in parsed.chunks]:
        assert to_simplified(text) == text
    assert parsed.warnings[0].startswith("繁体转简体 ")


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_a_gbk_file_parses_like_its_utf8_twin(codec):
    name = "100_js_notice_measure.txt"
    utf8 = _parse(name)
    gbk = _parse(name, fixture_text(name).encode(codec))
    assert (utf8.encoding, gbk.encoding) == ("utf-8", "gb18030")
    assert (gbk.documents, gbk.articles, gbk.chunks) == (utf8.documents, utf8.articles, utf8.chunks)


def test_a_big5_file_parses_like_its_utf8_twin():
    name = "102_sc_traditional.txt"
    big5 = _parse(name, fixture_text(name).encode("big5"))
    assert big5.encoding == "big5"
    assert big5.documents == _parse(name).documents


def test_the_same_document_twice_in_a_file_is_reported_and_kept_once():
    text = fixture_text("102_sc_traditional.txt")
    parsed = _parse("dup.txt", (text + "\n" + text).encode("utf-8"))
    assert len(parsed.documents) == 1
    (warning,) = [w for w in parsed.warnings if "重复" in w]
    assert warning == "dup.txt:11: 重复文件《四川省人力资源和社会保障厅关于做好高校毕业生就业见习工作的通知》，已跳过（duplicate document）"


def test_an_override_supplies_a_lost_title():
    fixes = FixTable(
        documents=(
            DocumentOverride(
                file="203_untitled.txt", why="test", line=1,
                values={"title": "江苏省人力资源和社会保障厅关于做好技能培训工作的通知"},
            ),
        )
    )  # fmt: skip
    parsed = _parse("203_untitled.txt", fixes=fixes)
    (doc,) = parsed.documents
    assert (doc.title, doc.title_source, doc.region, doc.line_start) == (
        "江苏省人力资源和社会保障厅关于做好技能培训工作的通知", "override", "江苏省", 1,
    )  # fmt: skip
    assert [a.path for a in parsed.articles] == ["引言", "一、", "二、"]


@pytest.mark.parametrize(
    "name, line",
    [("200_no_title.txt", 1), ("203_untitled.txt", 1), ("201_deleted_page.txt", 3)],
)
def test_a_file_without_a_recognizable_title_is_refused_with_file_and_line(name, line):
    with pytest.raises(CorpusFileError) as caught:
        _parse(name)
    assert (caught.value.file, caught.value.line) == (name, line)
    assert str(caught.value).startswith(f"{name}:{line}: 找不到文件标题（no recognizable title）")
    assert "corpus/fixes.yaml" in str(caught.value)  # says what to do


@pytest.mark.parametrize(
    "data, message",
    [(b"", "文件为空"), (b"\x89PNG\r\n\x1a\n\x00\x00", "二进制文件"), ("用户登录\n【关闭窗口】\n".encode(), "没有正文")],
    ids=["empty", "binary", "only-chrome"],
)
def test_unreadable_files_are_refused_by_name(data, message):
    with pytest.raises(CorpusFileError, match=rf"^bad\.txt: .*{message}"):
        parse_file("bad.txt", data, FixTable())
