"""Lexical retrieval: BM25 (bm25s, Lucene variant) over jieba tokens of each chunk."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from assistant.tokenize import tokenize

logger = logging.getLogger(__name__)


def import_bm25s():
    """``import bm25s``, keeping the log level the application chose for it.

    bm25s sets its logger to DEBUG when imported (bm25s/__init__.py), which prints
    "Building index from tokens" on every ingest; import it through here.
    """
    log = logging.getLogger("bm25s")
    level = log.level
    import bm25s

    log.setLevel(level)
    return bm25s


class LexicalIndex:
    """BM25 over chunks, in the order of the chunk list it was built from."""

    def __init__(self, bm25):
        self._bm25 = bm25

    @classmethod
    def build(cls, texts: list[str], k1: float = 1.2, b: float = 0.75) -> LexicalIndex:
        bm25s = import_bm25s()
        bm25 = bm25s.BM25(k1=k1, b=b, method="lucene")
        bm25.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)
        return cls(bm25)

    def save(self, path: Path) -> None:
        self._bm25.save(str(path))

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        bm25s = import_bm25s()
        return cls(bm25s.BM25.load(str(path), mmap=False))

    def scores(self, query: str) -> np.ndarray:
        """A BM25 score for every chunk (0 where no query term matches)."""
        tokens = tokenize(query)
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    @property
    def size(self) -> int:
        return int(self._bm25.scores["num_docs"])
