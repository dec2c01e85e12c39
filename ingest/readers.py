"""Decode a source file's bytes, or refuse it with a message that names the file.

UTF-8 first (with or without BOM), UTF-16 when the file opens with its BOM, then
GB18030 (a superset of GBK/GB2312, the encodings Chinese government sites still
serve) and Big5 (Traditional Chinese pages).  Binary data and text that decodes
to mojibake are refused rather than guessed at.

Most Big5 bytes are also valid GB18030, so a Big5 file "decodes" as GB18030 into
plausible-looking nonsense (戈方㎝穦玂毁…).  When both decode, the one whose
characters fall in its own block of common characters wins: GB2312 level 1
(lead bytes B0–D7) for GB, Big5's 常用字 (lead bytes A4–C6) for Big5.  Text read
with the wrong one lands mostly outside that block.  Ties go to GB18030.
"""

from __future__ import annotations

import codecs
import logging
import re

from assistant.errors import CorpusFileError

logger = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_TRUNCATED = "文件不完整：{encoding} 文本在最后一个字符中间被截断（truncated mid-character）；请重新获取完整的文件"


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``CorpusFileError``.

    >>> decode("通知".encode("gb18030"), "x.txt")
    ('通知', 'gb18030')
    >>> decode("就業補助資金管理辦法".encode("big5"), "x.txt")
    ('就業補助資金管理辦法', 'big5')
    """
    if not data.strip():
        raise CorpusFileError(name, "文件为空（empty file）")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text):
                return text.lstrip("\ufeff"), "utf-16"
    if b"\x00" in data[:4096]:
        raise CorpusFileError(name, "二进制文件，不是文本（binary file: NUL bytes）")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # UTF-8 to the last character, which is cut short: a download or copy that stopped.
        # Checked before GB18030, which would read the whole file as mojibake.
        if error.reason == "unexpected end of data" and _looks_like_text(data[: error.start].decode("utf-8-sig", "replace")):
            raise CorpusFileError(name, _TRUNCATED.format(encoding="UTF-8")) from None
    else:
        if _looks_like_text(text):
            return text, "utf-8"
    candidates: dict[str, str] = {}
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            candidates[encoding] = text
    if candidates:
        encoding = max(candidates, key=lambda e: (_common_share(candidates[e], e), e == "gb18030"))
        if _word_share(candidates[encoding]) < _MIN_WORD_SHARE:
            raise CorpusFileError(
                name, f"无法识别的编码：按 {encoding.upper()} 读出的是乱码（mojibake: not Chinese words; Korean, Japanese or a page saved twice?）"
            )
        logger.info("%s: decoded as %s", name, encoding)
        return candidates[encoding], encoding
    for encoding in ("gb18030", "big5"):  # the same cut in a GB or Big5 file: a lone lead byte at the end
        try:
            text = data[:-1].decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            raise CorpusFileError(name, _TRUNCATED.format(encoding=encoding.upper()))
    raise CorpusFileError(
        name, "无法识别的编码或非中文文本（not UTF-8, UTF-16, GB18030 or Big5 Chinese text）"
    )


_MIN_WORD_SHARE = 0.15  # measured: policy pages 0.84–0.90 (Traditional ones 0.31–0.35); mojibake 0.00–0.02


def _word_share(text: str) -> float:
    """Share of the Chinese characters that fall in dictionary words of two or more characters.

    GB18030 decodes almost any byte string into Chinese characters: EUC-KR, Shift-JIS or a
    GBK page saved as Latin-1 come out as real, even common, characters — but never as words.
    Too little text to judge (under 20 characters) counts as words.
    """
    from assistant.tokenize import full_dictionary

    sample = text[:20000]
    hanzi = len(_HANZI.findall(sample))
    if hanzi < 20:
        return 1.0
    in_words = sum(len(w) for w in full_dictionary().cut(sample, HMM=False) if len(w) >= 2 and _HANZI.match(w))
    return in_words / hanzi


def _common_share(text: str, encoding: str) -> float:
    """Share of the Chinese characters that are in ``encoding``'s block of common characters."""
    hanzi = _HANZI.findall(text[:20000])
    if not hanzi:
        return 0.0
    common = 0
    for ch in hanzi:
        raw = ch.encode(encoding, errors="replace")
        if encoding == "big5":
            common += 0xA4 <= raw[0] <= 0xC6
        else:
            common += len(raw) == 2 and 0xB0 <= raw[0] <= 0xD7 and raw[1] >= 0xA1
    return common / len(hanzi)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample.strip():
        return False
    controls = len(_CONTROL.findall(sample))
    if controls > max(3, len(sample) // 200):
        return False
    cjk = len(_CJK.findall(sample))
    # A Chinese policy text is mostly Chinese characters; mojibake from a wrong
    # codec is mostly rare symbols and Latin-1 letters.
    return cjk >= max(1, len(sample.strip()) // 10)
