"""Chinese tokens for BM25: jieba words (search mode) with the domain dictionary.

The same function tokenizes documents and queries, so both sides agree.
"""

from __future__ import annotations

import functools
import logging
import re

from assistant.config import DATA_DIR

logger = logging.getLogger(__name__)

_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 在 对 为 是 将 由 按 把 被 从 以 于 其 之 中 上 下 可 要 应 并 而 也 就 都 "
    "我 你 他 她 吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 多少 能不能 可不可以 是否 有没有 "
    "一个 这个 那个 这些 那些 有关 相关 按照 根据 进行 开展 加强 推进 工作".split()
)


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(DATA_DIR / "userdict.txt"))
    tokenizer.initialize()
    return tokenizer


@functools.lru_cache(maxsize=1)
def tokenizer_id() -> str:
    """Names this tokenizer (this module, the domain dictionary, jieba's version): tokens cached
    under another id are not reused (assistant/store.py ``TokenCache``)."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((DATA_DIR / "userdict.txt").read_bytes())
    try:
        digest.update(version("jieba").encode())
    except PackageNotFoundError:  # pragma: no cover - jieba is a dependency
        pass
    return digest.hexdigest()[:16]


_CACHED_CHARS = 200  # a question's length: one answer tokenizes its question several times


def tokenize(text: str) -> list[str]:
    """Words for BM25, lower-cased, without punctuation or stopwords.

    >>> tokenize("高级技师干了5年，能评副高级职称吗？")[:4]
    ['高级', '技师', '高级技师', '干']
    """
    return list(_recent(text) if len(text) <= _CACHED_CHARS else _words(text))


@functools.lru_cache(maxsize=4096)
def _recent(text: str) -> tuple[str, ...]:
    """A short text's words, remembered: answering one question tokenizes it (and its
    context) five times over — retrieval, reranking, scope, confidence, quotes."""
    return _words(text)


def _words(text: str) -> tuple[str, ...]:
    words = _jieba().cut_for_search(text.lower())
    return tuple(w for w in words if _KEEP.search(w) and w not in STOPWORDS and w.strip())
