"""Lexical retrieval: BM25 (bm25s, Lucene variant) over jieba tokens of each chunk."""

from __future__ import annotations

import logging
from array import array
from pathlib import Path

import numpy as np

from assistant.tokenize import tokenize, tokenizer_id

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


K1, B = 1.2, 0.75
EMPTY = "∅"  # the one token of a chunk with no word (bm25s needs at least one)


class LexicalIndex:
    """BM25 over chunks, in the order of the chunk list it was built from."""

    def __init__(self, bm25):
        self._bm25 = bm25

    @classmethod
    def build(cls, texts: list[str], k1: float = K1, b: float = B) -> LexicalIndex:
        builder = LexicalBuilder()
        builder.add([str(n) for n in range(len(texts))], texts)
        return builder.build(k1, b)

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


class LexicalBuilder:
    """BM25 over chunks that arrive a few at a time (ingest streams them): ``add``, then ``build``.

    Keeps each chunk's token *ids* (4 bytes each, one array per distinct text) rather
    than its tokens: at 100k chunks, lists of token strings held about 0.9 GB, the ids
    45 MB.  bm25s indexes the ids with the vocabulary (its ``Tokenized`` input), which
    scores exactly as indexing the token lists does (tests/assistant/test_lexical_builder.py).
    With a ``TokenCache``, a text tokenized by an earlier ingest is not tokenized again.
    """

    def __init__(self, cache=None):
        self._cache = cache
        self._tokenizer = tokenizer_id()
        self._vocab: dict[str, int] = {}
        self._by_key: dict[str, array] = {}
        self._docs: list[array] = []

    def add(self, keys: list[str], texts: list[str]) -> None:
        """Chunks in order: a key names a text (equal texts, equal keys)."""
        new = [k for k in dict.fromkeys(keys) if k not in self._by_key]
        found = self._cache.get_many(self._tokenizer, new) if self._cache is not None and new else {}
        computed: dict[str, list[str]] = {}
        vocab = self._vocab
        for key, text in zip(keys, texts):
            ids = self._by_key.get(key)
            if ids is None:
                tokens = found.get(key)
                if tokens is None:
                    tokens = computed[key] = tokenize(text)
                ids = self._by_key[key] = array("I", [vocab.setdefault(t, len(vocab)) for t in tokens or (EMPTY,)])
            self._docs.append(ids)
        if computed and self._cache is not None:
            self._cache.put_many(self._tokenizer, computed)

    def __len__(self) -> int:
        return len(self._docs)

    def build(self, k1: float = K1, b: float = B) -> LexicalIndex:
        bm25s = import_bm25s()
        from bm25s.tokenization import Tokenized

        bm25 = bm25s.BM25(k1=k1, b=b, method="lucene")
        bm25.index(Tokenized(ids=self._docs, vocab=self._vocab), show_progress=False)
        return LexicalIndex(bm25)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
