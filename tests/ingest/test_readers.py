"""ingest.readers: which bytes become text, and which files are refused by name."""

from __future__ import annotations

import codecs

import pytest

from assistant.errors import CorpusFileError
from ingest.readers import decode
from ingest_support import fixture_text

SIMPLIFIED = "江苏省人力资源和社会保障厅关于印发《江苏省技能人才培训补贴管理办法》的通知\n各设区市人力资源社会保障局：\n"
TRADITIONAL = "四川省人力資源和社會保障廳關於做好高校畢業生就業見習工作的通知\n各市（州）人力資源和社會保障局：\n"


def test_utf8_with_and_without_bom():
    assert decode(SIMPLIFIED.encode("utf-8"), "a.txt") == (SIMPLIFIED, "utf-8")
    assert decode(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "a.txt") == (SIMPLIFIED, "utf-8")


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gbk_family_is_detected_and_decoded(codec):
    text = fixture_text("100_js_notice_measure.txt")
    assert decode(text.encode(codec), "gbk.txt") == (text, "gb18030")


def test_traditional_text_in_gbk_is_read_as_gb18030():
    text = fixture_text("102_sc_traditional.txt")
    assert decode(text.encode("gb18030"), "t.txt") == (text, "gb18030")


def test_big5_is_not_mistaken_for_gb18030():
    # Big5 bytes are nearly all valid GB18030 too; read as GB they are nonsense.
    text = fixture_text("102_sc_traditional.txt")
    decoded, encoding = decode(text.encode("big5"), "big5.txt")
    assert (decoded, encoding) == (text, "big5")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_text_not_binary(codec):
    data = SIMPLIFIED.encode(codec)
    if codec != "utf-16":
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode(data, "u16.txt") == (SIMPLIFIED, "utf-16")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t"], ids=["empty", "whitespace"])
def test_empty_file_is_refused_by_name(data):
    with pytest.raises(CorpusFileError, match=r"^empty\.txt: 文件为空") as caught:
        decode(data, "empty.txt")
    assert caught.value.file == "empty.txt"


def test_binary_file_is_refused_by_name():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(CorpusFileError, match=r"^scan\.png: 二进制文件") as caught:
        decode(png, "scan.png")
    assert caught.value.file == "scan.png"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 8,  # high bytes, no NUL: no codec reads it as Chinese
        "Résumé café naïve, plain Latin-1 text".encode("latin-1"),
    ],
    ids=["high-bytes", "latin-1"],
)
def test_undecodable_file_is_refused_with_its_name(data):
    with pytest.raises(CorpusFileError, match=r"^odd\.txt: 无法识别的编码") as caught:
        decode(data, "odd.txt")
    assert caught.value.file == "odd.txt"
    assert caught.value.line is None


def test_english_only_file_is_not_taken_for_a_chinese_policy():
    with pytest.raises(CorpusFileError, match="odd.txt"):
        decode(b"Just an English page about nothing in particular.\n" * 5, "odd.txt")
