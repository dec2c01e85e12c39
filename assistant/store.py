"""The index on disk: where builds live, which one is current, and opening it for reading.

Layout under ``Settings.home`` (default ``var/``)::

    index/CURRENT                 name of the live build (replaced atomically)
    index/builds/<id>/manifest.json
    index/builds/<id>/{documents,articles,chunks}.jsonl
    index/builds/<id>/bm25/       bm25s
    index/builds/<id>/chroma/     embedded Chroma (absent in server mode)
    cache/embeddings.sqlite       vectors by model and text hash
    cache/parse/<key>.json        parsed files by content hash
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.errors import IndexCorrupt, IndexMissing, IndexStale
from assistant.schema import Article, Chunk, Document

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"


def builds_dir(settings: Settings) -> Path:
    return settings.index_dir / "builds"


def current_build(settings: Settings) -> Path | None:
    pointer = settings.index_dir / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not name:
        return None
    path = builds_dir(settings) / name
    return path if path.exists() else None


def set_current(settings: Settings, build: Path) -> None:
    """Point CURRENT at ``build`` atomically (write a temporary file, then rename)."""
    pointer = settings.index_dir / "CURRENT"
    tmp = pointer.with_name(f"CURRENT.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(build.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, pointer)


def read_manifest(build: Path) -> dict:
    try:
        return json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexCorrupt(str(build), f"manifest 无法读取（{type(error).__name__}）") from error


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, rows) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    os.replace(tmp, path)


class EmbeddingCache:
    """Vectors by (model id, sha1 of the text): an unchanged chunk is never embedded twice."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, dim INTEGER, vec BLOB, PRIMARY KEY (model, key))"
        )

    def get_many(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            for key, dim, blob in self._db.execute(
                f"SELECT key, dim, vec FROM vectors WHERE model = ? AND key IN ({marks})", [model, *part]
            ):
                found[key] = np.frombuffer(blob, dtype=np.float32, count=dim)
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
            [(model, k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


@dataclass
class IndexHandle:
    """A build opened for reading: documents, articles, chunks, BM25, and dense on demand."""

    settings: Settings
    build: Path
    manifest: dict
    documents: dict[str, Document]
    articles: list[Article]
    chunks: list[Chunk]
    chunk_pos: dict[str, int] = field(default_factory=dict)

    @functools.cached_property
    def lexical(self):
        from assistant.retrieve.lexical import LexicalIndex

        try:
            return LexicalIndex.load(self.build / "bm25")
        except Exception as error:
            raise IndexCorrupt(str(self.build / "bm25"), type(error).__name__) from error

    @functools.cached_property
    def dense(self):
        from assistant.retrieve.dense import DenseStore

        url = self.manifest.get("chroma_url")
        return DenseStore.open(
            self.manifest["collection"], path=None if url else self.build / "chroma", url=url
        )

    @functools.cached_property
    def embedder(self):
        from assistant.embeddings import make_embedder

        return make_embedder(self.manifest["embedding_spec"])

    def articles_of(self, doc_id: str) -> list[Article]:
        return [a for a in self.articles if a.doc_id == doc_id]

    @functools.cached_property
    def regions(self) -> list[str]:
        """Every region the corpus holds documents for (provinces and cities)."""
        return sorted({d.region for d in self.documents.values()})

    @functools.cached_property
    def provinces(self) -> list[str]:
        return sorted({d.province for d in self.documents.values() if d.province})


def open_index(settings: Settings, expect_embedding: str | None = None) -> IndexHandle:
    """Open the current build; a missing, corrupt or mismatched index raises a clear error."""
    build = current_build(settings)
    if build is None:
        raise IndexMissing(str(settings.index_dir))
    manifest = read_manifest(build)
    model = manifest.get("embedding_model")
    if expect_embedding is not None and model != expect_embedding:
        raise IndexStale(f"索引的向量模型是 {model}，当前设置是 {expect_embedding}")
    try:
        documents = {d["doc_id"]: Document.from_dict(d) for d in read_jsonl(build / "documents.jsonl")}
        articles = [Article.from_dict(a) for a in read_jsonl(build / "articles.jsonl")]
        chunks = [Chunk.from_dict(c) for c in read_jsonl(build / "chunks.jsonl")]
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise IndexCorrupt(str(build), f"{type(error).__name__}: {error}") from error
    if len(chunks) != manifest.get("chunks"):
        raise IndexCorrupt(str(build), "chunks.jsonl 与 manifest 不一致")
    handle = IndexHandle(settings, build, manifest, documents, articles, chunks)
    handle.chunk_pos = {c.chunk_id: i for i, c in enumerate(chunks)}
    return handle
