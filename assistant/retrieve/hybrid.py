"""Hybrid search over one index build: BM25 and dense, filtered by metadata, fused.

Filters (all optional): the regions allowed (a person's province, its cities and
national documents), particular documents, and "in force on" a date.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np

from assistant.retrieve.exact import ExactVectors
from assistant.retrieve.fuse import rrf, weighted
from assistant.schema import Hit
from assistant.store import IndexHandle

logger = logging.getLogger(__name__)

Mode = Literal["hybrid", "bm25", "dense", "weighted"]


@dataclass(frozen=True)
class Filters:
    regions: frozenset[str] | None = None  # allowed Chunk.region values
    doc_ids: frozenset[str] | None = None
    in_force_on: date | None = None  # drop documents expired or not yet effective on that day


class HybridSearcher:
    def __init__(self, index: IndexHandle, rrf_k: int = 60, candidates: int = 50):
        self.index = index
        self.rrf_k = rrf_k
        self.candidates = candidates
        chunks = index.chunks
        # Chunks as integer codes of their region and document: a filter becomes a lookup
        # table indexed by code (microseconds), not np.isin over strings (tens of ms at 100k chunks).
        self._region_names = sorted({c.region for c in chunks})
        self._doc_names = sorted({c.doc_id for c in chunks})
        self._region_code = {r: i for i, r in enumerate(self._region_names)}
        self._doc_code = {d: i for i, d in enumerate(self._doc_names)}
        self._region_of = np.fromiter((self._region_code[c.region] for c in chunks), dtype=np.int32, count=len(chunks))
        self._doc_of = np.fromiter((self._doc_code[c.doc_id] for c in chunks), dtype=np.int32, count=len(chunks))
        self._in_force: dict[date, np.ndarray] = {}
        self._chunk_ids = np.array([c.chunk_id for c in chunks], dtype=object)
        # The last few questions' BM25 scores and query vectors: one answer searches the same
        # text once per region compared (and a follow-up often repeats it); both are pure
        # functions of the text, so a repeat costs a lookup instead of a scoring or an embedding.
        self._recent_lock = threading.Lock()
        self._recent_scores: OrderedDict[str, np.ndarray] = OrderedDict()
        self._recent_vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def _recent(self, table: OrderedDict, size: int, text: str, compute):
        with self._recent_lock:
            value = table.get(text)
            if value is not None:
                table.move_to_end(text)
                return value
        value = compute(text)
        with self._recent_lock:
            table[text] = value
            while len(table) > size:
                table.popitem(last=False)
        return value

    @staticmethod
    def _table(codes: dict[str, int], wanted) -> np.ndarray:
        table = np.zeros(len(codes), dtype=bool)
        table[[codes[w] for w in wanted if w in codes]] = True
        return table

    def _mask(self, filters: Filters | None) -> np.ndarray:
        mask = np.ones(len(self.index.chunks), dtype=bool)
        if filters is None:
            return mask
        if filters.regions is not None:
            mask &= self._table(self._region_code, filters.regions)[self._region_of]
        if filters.doc_ids is not None:
            mask &= self._table(self._doc_code, filters.doc_ids)[self._doc_of]
        if filters.in_force_on is not None:
            mask &= self._in_force_table(filters.in_force_on)[self._doc_of]
        return mask

    def _in_force_table(self, day: date) -> np.ndarray:
        table = self._in_force.get(day)
        if table is None:
            ok = (
                d.doc_id for d in self.index.documents.values() if d.status_on(day) in ("in_force", "unknown")
            )
            if len(self._in_force) > 256:  # one table per day asked about; a long-lived server asks about many
                self._in_force.clear()
            table = self._in_force[day] = self._table(self._doc_code, ok)
        return table

    def lexical(self, text: str, mask: np.ndarray) -> tuple[list[str], dict[str, float]]:
        scores = self._recent(self._recent_scores, 4, text, self.index.lexical.scores)
        scores = np.where(mask, scores, 0.0)
        n = min(self.candidates, int((scores > 0).sum()))
        if n == 0:
            return [], {}
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        chunks = self.index.chunks
        ids = [chunks[i].chunk_id for i in top.tolist()]
        return ids, dict(zip(ids, scores[top].tolist()))  # Python floats, as float() of each gives

    def dense(self, text: str, filters: Filters | None, mask: np.ndarray) -> tuple[list[str], dict[str, float]]:
        vector = self._recent(self._recent_vectors, 64, text, lambda t: self.index.embedder.embed([t])[0])
        nearest = self.index.nearest
        if mask.all():
            results = nearest.query(vector, self.candidates)
        elif isinstance(nearest, ExactVectors):  # a small build's own vectors, in the chunks' order: the mask itself
            results = nearest.query(vector, self.candidates, mask=mask)
        else:
            # The mask is pushed down to Chroma as the chunks it keeps; filtering only
            # afterwards would lose kept chunks that rank below Chroma's top n among all.
            # (Chunk ids, not a metadata filter: the same chunks, found 5× faster.)
            results = nearest.query(vector, self.candidates, ids=self._chunk_ids[mask].tolist())
        pos = self.index.chunk_pos
        kept = [(cid, sim) for cid, sim in results if cid in pos and mask[pos[cid]]][: self.candidates]
        # equal similarities come back from the vector store in no fixed order (HNSW); ties are
        # broken by id so that ranks — and the fused scores built on them — are the same in every process
        kept.sort(key=lambda pair: (-round(pair[1], 6), pair[0]))
        return [cid for cid, _ in kept], dict(kept)

    def search(
        self,
        text: str,
        k: int = 5,
        filters: Filters | None = None,
        mode: Mode = "hybrid",
        dense_text: str | None = None,
        lexical_weight: float = 1.0,
    ) -> list[Hit]:
        """Top ``k`` chunks; in hybrid mode RRF with BM25's list weighted ``lexical_weight`` : 1."""
        mask = self._mask(filters)
        if not mask.any():
            return []
        lex_ids, lex_scores = self.lexical(text, mask) if mode != "dense" else ([], {})
        den_ids, den_scores = self.dense(dense_text or text, filters, mask) if mode != "bm25" else ([], {})
        if mode == "bm25":
            fused = {cid: s for cid, s in lex_scores.items()}
        elif mode == "dense":
            fused = {cid: s for cid, s in den_scores.items()}
        elif mode == "weighted":
            fused = weighted([lex_scores, den_scores], [0.5, 0.5])
        else:
            fused = rrf([lex_ids, den_ids], k=self.rrf_k, weights=[lexical_weight, 1.0])
        lex_rank = {cid: r for r, cid in enumerate(lex_ids, start=1)}
        den_rank = {cid: r for r, cid in enumerate(den_ids, start=1)}
        ordered = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        pos = self.index.chunk_pos
        return [
            Hit(
                chunk=self.index.chunks[pos[cid]],
                score=score,
                lexical=lex_scores.get(cid, 0.0),
                dense=den_scores.get(cid, 0.0),
                lexical_rank=lex_rank.get(cid),
                dense_rank=den_rank.get(cid),
            )
            for cid, score in ordered
        ]
