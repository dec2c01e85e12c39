"""The lexical stage side by side: bm25s (what we ship) against rank-bm25's ``BM25Okapi``.

Both get the same jieba tokens (tokenizing is timed once, apart), the same k1 and b.
Reported: index time, per-query scoring latency, and on a sample of queries how often
the two agree on the best chunk and how much their top 10 overlap.  The two do not
score alike by design (bm25s runs the Lucene idf; Okapi floors the idf of common
terms), so agreement is expected to be high, not total.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np

from evals.bench_measure import percentile

logger = logging.getLogger(__name__)

K1, B = 1.2, 0.75  # the values LexicalIndex.build uses


@dataclass(frozen=True)
class LexicalComparison:
    docs: int
    tokenize_seconds: float
    bm25s_index_seconds: float
    rank_bm25_index_seconds: float
    bm25s_query_ms: dict[str, float]  # p50 / p95
    rank_bm25_query_ms: dict[str, float]
    queries: int
    top1_agreement: float
    top10_overlap: float

    def to_dict(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def _top(scores: np.ndarray, k: int) -> list[int]:
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.argsort(-scores[top], kind="stable")].tolist()


def compare(texts: list[str], queries: list[str], sample: int | None = None) -> LexicalComparison:
    """Index ``texts`` with both libraries and run ``queries`` (the first ``sample`` of them) on each."""
    from rank_bm25 import BM25Okapi

    from assistant.retrieve.lexical import import_bm25s
    from assistant.tokenize import tokenize

    started = time.perf_counter()
    corpus = [tokenize(t) or ["∅"] for t in texts]
    tokenize_seconds = time.perf_counter() - started

    bm25s = import_bm25s()
    started = time.perf_counter()
    ours = bm25s.BM25(k1=K1, b=B, method="lucene")
    ours.index(corpus, show_progress=False)
    ours_index = time.perf_counter() - started

    started = time.perf_counter()
    okapi = BM25Okapi(corpus, k1=K1, b=B)
    okapi_index = time.perf_counter() - started

    asked = [q for q in (tokenize(q) for q in queries[:sample] if q) if q]
    ours_ms, okapi_ms, same_top, overlaps = [], [], 0, []
    for tokens in asked:
        started = time.perf_counter()
        a = np.asarray(ours.get_scores(tokens), dtype=np.float32)
        top_a = _top(a, 10)
        ours_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        b = np.asarray(okapi.get_scores(tokens), dtype=np.float32)
        top_b = _top(b, 10)
        okapi_ms.append((time.perf_counter() - started) * 1000)
        same_top += top_a[0] == top_b[0]
        overlaps.append(len(set(top_a) & set(top_b)) / max(1, min(10, len(top_a))))
    n = max(1, len(asked))
    return LexicalComparison(
        docs=len(texts),
        tokenize_seconds=tokenize_seconds,
        bm25s_index_seconds=ours_index,
        rank_bm25_index_seconds=okapi_index,
        bm25s_query_ms={"p50": percentile(ours_ms, 50), "p95": percentile(ours_ms, 95)} if ours_ms else {},
        rank_bm25_query_ms={"p50": percentile(okapi_ms, 50), "p95": percentile(okapi_ms, 95)} if okapi_ms else {},
        queries=len(asked),
        top1_agreement=same_top / n,
        top10_overlap=sum(overlaps) / n,
    )
