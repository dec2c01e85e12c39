"""Chinese tokens for BM25: jieba words (search mode) with the domain dictionary.

The same function tokenizes documents and queries, so both sides agree.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from pathlib import Path

from assistant.config import DATA_DIR

logger = logging.getLogger(__name__)

_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 在 对 为 是 将 由 按 把 被 从 以 于 其 之 中 上 下 可 要 应 并 而 也 就 都 "
    "我 你 他 她 吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 多少 能不能 可不可以 是否 有没有 "
    "一个 这个 那个 这些 那些 有关 相关 按照 根据 进行 开展 加强 推进 工作".split()
)


_dictionary_dir: Path | None = None  # where the compact dictionary lives (``use_dictionary_cache``)
_full_lock = threading.Lock()


def use_dictionary_cache(cache_dir: Path | None) -> None:
    """Read jieba's dictionary from its compact form under ``cache_dir/jieba`` (written there when
    it is missing, stale or damaged).  ``open_index`` calls it with the home's cache directory;
    without it the tokenizer loads the dictionary the package's way."""
    global _dictionary_dir
    _dictionary_dir = None if cache_dir is None else Path(cache_dir) / "jieba"


def _full_tokenizer():
    """A jieba tokenizer with the whole dictionary in memory (jieba's own cache, then the domain words)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(DATA_DIR / "userdict.txt"))
    tokenizer.initialize()
    return tokenizer


@functools.lru_cache(maxsize=1)
def _jieba():
    """The one tokenizer of this process: over the compact dictionary when the home has one
    (a new process cuts its first question in milliseconds), else over the whole dictionary."""
    folder = _dictionary_dir
    if folder is not None:
        freq = _compact(folder)
        if freq is not None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, freq.total, True
            return tokenizer
    tokenizer = _full_tokenizer()
    if folder is not None:
        _write_compact(folder, tokenizer)
    return tokenizer


def _compact(folder: Path):
    """The compact dictionary in ``folder`` if it is whole and made for this tokenizer, else None."""
    from assistant import jieba_compact

    path = folder / jieba_compact.FILE_NAME
    if not path.is_file():
        return None
    try:
        return jieba_compact.load(path, tokenizer_id())
    except (OSError, jieba_compact.CompactDictionaryError) as error:  # stale or damaged: written again
        logger.info("compact dictionary %s not used (%s); writing it again", path, error)
        return None


def _write_compact(folder: Path, tokenizer) -> bool:
    from assistant import jieba_compact

    try:
        jieba_compact.write(folder / jieba_compact.FILE_NAME, tokenizer.FREQ, tokenizer.total, tokenizer_id())
        return True
    except OSError as error:  # a read-only home, a full disk: the tokenizer works all the same
        logger.warning("compact dictionary not written to %s: %s", folder, error)
        return False


def prepare_dictionary(cache_dir: Path) -> bool:
    """Make sure ``cache_dir/jieba`` holds this tokenizer's compact dictionary (``policy ingest``
    calls it, so that the first question after an ingest is cut at once); True if it does."""
    folder = Path(cache_dir) / "jieba"
    if _compact(folder) is not None:
        return True
    return _write_compact(folder, full_dictionary())


def full_dictionary():
    """The process's tokenizer with the whole dictionary in memory, for tokenizing in bulk (ingest):
    a dict lookup is ~5× faster than one in the compact file.  Cuts are the same either way."""
    from assistant.jieba_compact import CompactFreq

    tokenizer = _jieba()
    if isinstance(tokenizer.FREQ, CompactFreq):
        with _full_lock:
            if isinstance(tokenizer.FREQ, CompactFreq):
                full = _full_tokenizer()
                tokenizer.FREQ, tokenizer.total = full.FREQ, full.total
    return tokenizer


@functools.lru_cache(maxsize=1)
def tokenizer_id() -> str:
    """Names this tokenizer (this module, the domain dictionary, jieba's version): tokens cached
    under another id are not reused (assistant/store.py ``TokenCache``)."""
    import hashlib

    import jieba  # its __version__, not importlib.metadata's (whose import alone costs a new process ~50 ms)

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((DATA_DIR / "userdict.txt").read_bytes())
    digest.update(jieba.__version__.encode())
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
