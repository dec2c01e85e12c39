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
    except UnicodeDecodeError:
        pass
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
        logger.info("%s: decoded as %s", name, encoding)
        return candidates[encoding], encoding
    raise CorpusFileError(
        name, "无法识别的编码或非中文文本（not UTF-8, UTF-16, GB18030 or Big5 Chinese text）"
    )


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
