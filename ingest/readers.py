"""Decode a source file's bytes, or refuse it with a message that names the file.

UTF-8 first (with or without BOM), then GB18030 (a superset of GBK/GB2312, the
encodings Chinese government sites still serve).  Binary data and text that
decodes to mojibake are refused rather than guessed at.
"""

from __future__ import annotations

import logging
import re

from assistant.errors import CorpusFileError

logger = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``CorpusFileError``.

    >>> decode("通知".encode("gb18030"), "x.txt")
    ('通知', 'gb18030')
    """
    if not data.strip():
        raise CorpusFileError(name, "文件为空（empty file）")
    if b"\x00" in data[:4096]:
        raise CorpusFileError(name, "二进制文件，不是文本（binary file: NUL bytes）")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            if encoding != "utf-8-sig":
                logger.info("%s: decoded as %s", name, encoding)
            return text, ("utf-8" if encoding == "utf-8-sig" else encoding)
    raise CorpusFileError(
        name, "无法识别的编码或非中文文本（not UTF-8 or GB18030 Chinese text）"
    )


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
