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
    except (OSError, UnicodeDecodeError):  # absent, or damaged: no usable build
        return None
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None  # a build is a plain directory name under builds/, never a path elsewhere
    path = builds_dir(settings) / name
    return path if path.is_dir() else None


def _current_name(settings: Settings) -> str | None:
    try:
        return (settings.index_dir / "CURRENT").read_text(encoding="utf-8", errors="replace").strip() or None
    except OSError:
        return None


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
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexCorrupt(str(build), f"manifest 无法读取（{type(error).__name__}）") from error
    if not isinstance(manifest, dict):  # valid JSON, but not what ingest writes
        raise IndexCorrupt(str(build), "manifest 不是 JSON 对象")
    return manifest


def file_sizes(build: Path) -> dict[str, int]:
    """Sizes of a build's files that never change once written: all but the manifest and Chroma's
    (Chroma rewrites its sqlite file when it opens it)."""
    sizes = {}
    for path in sorted(build.rglob("*")):
        relative = path.relative_to(build)
        if path.is_file() and path.name != MANIFEST and relative.parts[0] != "chroma":
            sizes[relative.as_posix()] = path.stat().st_size
    return sizes


def verify_build(build: Path, manifest: dict) -> None:
    """IndexCorrupt when a file the manifest lists is gone or has another size (truncated, replaced).

    Cheap (a stat per file), so every open does it: a damaged build is named at
    once, with what to do, rather than at the first question that touches it.
    Builds made before sizes were recorded are only checked for their Chroma directory.
    """
    sizes = manifest.get("sizes")
    for name, size in (sizes.items() if isinstance(sizes, dict) else ()):
        try:
            actual = (build / name).stat().st_size
        except OSError:
            raise IndexCorrupt(str(build), f"{name} 缺失") from None
        if actual != size:
            raise IndexCorrupt(str(build), f"{name} 大小不符（应为 {size} 字节，实为 {actual} 字节）")
    if not manifest.get("chroma_url") and not (build / "chroma").is_dir():
        raise IndexCorrupt(str(build), "chroma 目录缺失")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# Fields whose values repeat across rows (every chunk of a document carries its id,
# region, title …): loaded once and shared.
_SHARED_FIELDS = (
    "doc_id", "region", "province", "title", "context", "doc_number", "article", "path",
    "marker", "heading", "parent_path", "chain",
)  # fmt: skip


def _load_rows(path: Path, make, pool: dict):
    """``make(row)`` for each line, one line at a time, with repeated strings shared.

    At 100k chunks this keeps the index ~40% smaller in memory than parsing the whole
    file into dicts first: the transient dicts no longer fragment the heap, and one
    copy of each title, region and id serves every row that names it.
    """
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            for key in _SHARED_FIELDS:
                value = row.get(key)
                if isinstance(value, str):
                    row[key] = pool.setdefault(value, value)
                elif isinstance(value, list):
                    row[key] = [pool.setdefault(v, v) if isinstance(v, str) else v for v in value]
            out.append(make(row))
    return out


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
        if url:
            # Server mode: the collection lives on the server this build was ingested into;
            # readers may reach it at another address (POLICY_CHROMA_URL), e.g. from another host.
            url = self.settings.chroma_url or url
        return DenseStore.open(
            self.manifest["collection"], path=None if url else self.build / "chroma", url=url
        )

    @functools.cached_property
    def embedder(self):
        from assistant.embeddings import make_embedder

        return make_embedder(self.manifest["embedding_spec"])

    def articles_of(self, doc_id: str) -> list[Article]:
        return list(self._articles_by_doc.get(doc_id, ()))

    @functools.cached_property
    def _articles_by_doc(self) -> dict[str, list[Article]]:
        by_doc: dict[str, list[Article]] = {}
        for article in self.articles:
            by_doc.setdefault(article.doc_id, []).append(article)
        return by_doc

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
        named = _current_name(settings)
        if named:  # CURRENT names a build that is gone: a damaged index, not a new one
            raise IndexCorrupt(str(settings.index_dir / "CURRENT"), f"指向的构建 {named[:80]} 不存在")
        raise IndexMissing(str(settings.index_dir))
    manifest = read_manifest(build)
    verify_build(build, manifest)
    model = manifest.get("embedding_model")
    if expect_embedding is not None and model != expect_embedding:
        raise IndexStale(f"索引的向量模型是 {model}，当前设置是 {expect_embedding}")
    try:
        pool: dict[str, str] = {}
        documents = {d.doc_id: d for d in _load_rows(build / "documents.jsonl", Document.from_dict, pool)}
        articles = _load_rows(build / "articles.jsonl", Article.from_dict, pool)
        chunks = _load_rows(build / "chunks.jsonl", Chunk.from_dict, pool)
        del pool
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise IndexCorrupt(str(build), f"{type(error).__name__}: {error}") from error
    if len(chunks) != manifest.get("chunks"):
        raise IndexCorrupt(str(build), "chunks.jsonl 与 manifest 不一致")
    handle = IndexHandle(settings, build, manifest, documents, articles, chunks)
    handle.chunk_pos = {c.chunk_id: i for i, c in enumerate(chunks)}
    return handle
