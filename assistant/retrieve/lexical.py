"""Lexical retrieval: BM25 (bm25s, Lucene variant) over jieba tokens of each chunk."""

from __future__ import annotations

import logging
from array import array
from pathlib import Path

import numpy as np

from assistant.tokenize import full_dictionary, tokenize, tokenizer_id

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
        """The index bm25s saved at ``path``, read with numpy (``SavedBM25``: no bm25s nor scipy to
        import before the first answer), or by bm25s when it uses a variant that reader does not score."""
        saved = SavedBM25.read(path)
        if saved is not None:
            return cls(saved)
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


class SavedBM25:
    """A BM25 index as bm25s saves it (parameters, vocabulary, the CSC matrix of precomputed
    scores), read and scored with numpy alone.

    Importing bm25s imports scipy.sparse (and with it much of numpy's optional modules): 0.1–0.2 s
    of a new process, spent before its first answer only to read three arrays and a dictionary.
    ``get_scores`` is bm25s's own for the variants without a non-occurrence term (Lucene, Robertson,
    ATIRE: ``BM25.get_scores_from_ids`` with ``_compute_relevance_from_scores``), the same additions
    in the same order, so the scores are equal to the last bit (tests/assistant/test_cold_caches.py).
    ``vocab_dict`` and ``scores`` are bm25s's attributes of the same names.
    """

    VARIANTS = ("lucene", "robertson", "atire")  # scored from the matrix alone (no non-occurrence array)

    def __init__(self, vocab: dict[str, int], scores: dict, dtype: str, int_dtype: str):
        self.vocab_dict = vocab
        self.scores = scores
        self.dtype = np.dtype(dtype)
        self.int_dtype = np.dtype(int_dtype)

    @classmethod
    def read(cls, path: Path) -> SavedBM25 | None:
        """The index at ``path``, or None when it is of a variant this reader does not score.
        A file that is missing or malformed raises (OSError, ValueError, KeyError)."""
        import json

        params = json.loads((path / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") not in cls.VARIANTS or params.get("backend", "numpy") != "numpy":
            return None
        vocab = json.loads((path / "vocab.index.json").read_text(encoding="utf-8"))
        scores = {
            name: np.load(path / f"{name}.csc.index.npy", allow_pickle=False) for name in ("data", "indices", "indptr")
        }
        scores["num_docs"] = int(params["num_docs"])
        if not isinstance(vocab, dict) or scores["indptr"].ndim != 1 or len(scores["data"]) != len(scores["indices"]):
            raise ValueError("not a BM25 score matrix")
        return cls(vocab, scores, params.get("dtype", "float32"), params.get("int_dtype", "int32"))

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 of every document for ``tokens`` (those outside the vocabulary ignored)."""
        ids = np.asarray([self.vocab_dict[t] for t in tokens if t in self.vocab_dict], dtype=self.int_dtype)
        data, indices, indptr = self.scores["data"], self.scores["indices"], self.scores["indptr"]
        if int(ids.max(initial=0)) >= len(indptr) - 1:  # bm25s's vocabulary holds "" beyond the matrix
            raise ValueError("a query token outside the score matrix")
        starts, ends = indptr[ids], indptr[ids + 1]
        scores = np.zeros(self.scores["num_docs"], dtype=self.dtype)
        for start, end in zip(starts, ends):
            np.add.at(scores, indices[start:end], data[start:end])
        return scores


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
        if len(found) < len(new):  # texts to cut: with the whole dictionary in memory (same cuts, faster)
            full_dictionary()
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
