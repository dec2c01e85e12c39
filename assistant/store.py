"""The index on disk: where builds live, which one is current, and opening it for reading.

Layout under ``Settings.home`` (default ``var/``)::

    index/CURRENT                 name of the live build (replaced atomically)
    index/builds/<id>/manifest.json
    index/builds/<id>/{documents,articles,chunks,relations}.jsonl
    index/builds/<id>/bm25/       bm25s
    index/builds/<id>/chroma/     embedded Chroma (absent in server mode)
    index/builds/<id>/vectors.npy the chunk vectors of a small embedded build (exact search, assistant/retrieve/exact.py)
    cache/jieba/dictionary.bin    jieba's dictionary, compact (assistant/jieba_compact.py)
    cache/embeddings.sqlite       vectors by model and text hash
    cache/tokens.sqlite           BM25 tokens by tokenizer and text hash
    cache/parse/<key>.json        parsed files by content hash
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.errors import IndexCorrupt, IndexMissing, IndexStale
from assistant.schema import Article, Chunk, Document, Relation

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


MANIFEST_FORMAT = 3  # 2: content hashes of the build's files ("hashes"), checked on every open; 3: the document graph

# Every key ingest writes, with the type(s) its value must have.
_MANIFEST_SCHEMA: dict[str, tuple[type, ...]] = {
    "format": (int,),
    "build": (str,),
    "fingerprint": (str,),
    "files": (dict,),
    "documents": (int,),
    "articles": (int,),
    "chunks": (int,),
    "relations": (int,),
    "embedding_model": (str,),
    "embedding_spec": (str,),
    "chroma_url": (str, type(None)),
    "collection": (str,),
    "created": (str,),
    "skipped": (list,),
    "warnings": (list,),
    "sizes": (dict,),
    "hashes": (dict,),
}
# Files every build has; a manifest that does not list them cannot vouch for them.
REQUIRED_FILES = ("documents.jsonl", "articles.jsonl", "chunks.jsonl", "relations.jsonl")


def read_manifest(build: Path) -> dict:
    """A build's manifest, checked against the schema ingest writes (IndexCorrupt if it is not that)."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexCorrupt(str(build), f"manifest 无法读取（{type(error).__name__}）") from error
    validate_manifest(build, manifest)
    return manifest


def validate_manifest(build: Path, manifest) -> None:
    """IndexCorrupt naming the first key that is missing or of the wrong type; IndexStale for an
    older format (a build made by an earlier version: `policy ingest` replaces it)."""
    if not isinstance(manifest, dict):  # valid JSON, but not what ingest writes
        raise IndexCorrupt(str(build), "manifest 不是 JSON 对象")
    earlier = manifest.get("format")
    if _is_int(earlier) and 2 <= earlier < MANIFEST_FORMAT and isinstance(manifest.get("hashes"), dict):
        # an earlier version's whole build (it lacks what this version adds): replaced, not "damaged"
        raise IndexStale(f"{build.name[:80]} 的 manifest 格式 {earlier} 不是本版本的 {MANIFEST_FORMAT}")
    for key, types in _MANIFEST_SCHEMA.items():
        if key in ("format", "hashes") and "format" not in manifest and "hashes" not in manifest:
            continue  # an earlier version's build: said below, once the rest is known to be whole
        if key not in manifest:
            raise IndexCorrupt(str(build), f"manifest 缺少字段 {key}")
        value = manifest[key]
        if not isinstance(value, types) or (int in types and isinstance(value, bool)):
            raise IndexCorrupt(str(build), f"manifest 字段 {key} 类型不对（{type(value).__name__}）")
    if "format" not in manifest:
        raise IndexStale(f"{build.name[:80]} 由旧版本建立，没有校验和")
    if manifest["format"] != MANIFEST_FORMAT:
        raise IndexStale(f"{build.name[:80]} 的 manifest 格式 {manifest['format']} 不是本版本的 {MANIFEST_FORMAT}")
    for key in ("documents", "articles", "chunks", "relations"):
        if manifest[key] < 0:
            raise IndexCorrupt(str(build), f"manifest 字段 {key} 为负数")
    if manifest["build"] != build.name:
        raise IndexCorrupt(str(build), f"manifest 属于另一个构建（{manifest['build'][:80]}）")
    if not manifest["collection"].strip():
        raise IndexCorrupt(str(build), "manifest 字段 collection 为空")
    sizes, hashes = manifest["sizes"], manifest["hashes"]
    if not all(isinstance(k, str) and _is_int(v) and v >= 0 for k, v in sizes.items()):
        raise IndexCorrupt(str(build), "manifest 字段 sizes 的值应为字节数")
    if not all(isinstance(k, str) and isinstance(v, str) and len(v) == 64 for k, v in hashes.items()):
        raise IndexCorrupt(str(build), "manifest 字段 hashes 的值应为 SHA-256")
    if set(sizes) != set(hashes):
        raise IndexCorrupt(str(build), "manifest 的 sizes 与 hashes 列出的文件不同")
    listed = set(hashes)
    for name in (*REQUIRED_FILES, "bm25/"):
        if not (name in listed if not name.endswith("/") else any(k.startswith(name) for k in listed)):
            raise IndexCorrupt(str(build), f"manifest 未列出 {name}")
    for name in listed:
        if name.startswith("/") or ".." in name.split("/") or name.split("/")[0] in (MANIFEST, "chroma"):
            raise IndexCorrupt(str(build), f"manifest 列出了构建以外的文件 {name[:80]}")
    if not all(isinstance(v, str) for v in manifest["files"].values()):
        raise IndexCorrupt(str(build), "manifest 字段 files 的值应为 SHA-256")
    if not all(isinstance(s, dict) and isinstance(s.get("file"), str) and isinstance(s.get("reason"), str) for s in manifest["skipped"]):
        raise IndexCorrupt(str(build), "manifest 字段 skipped 的格式不对")
    if not all(isinstance(w, str) for w in manifest["warnings"]):
        raise IndexCorrupt(str(build), "manifest 字段 warnings 的格式不对")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _build_files(build: Path) -> list[tuple[str, Path]]:
    """A build's files that never change once written: all but the manifest and Chroma's
    (Chroma rewrites its sqlite file when it opens it)."""
    out = []
    for path in sorted(build.rglob("*")):
        relative = path.relative_to(build)
        if path.is_file() and path.name != MANIFEST and relative.parts[0] != "chroma":
            out.append((relative.as_posix(), path))
    return out


def file_sizes(build: Path) -> dict[str, int]:
    """Sizes of a build's files (see ``_build_files``)."""
    return {name: path.stat().st_size for name, path in _build_files(build)}


def file_hashes(build: Path) -> dict[str, str]:
    """SHA-256 of each of a build's files (see ``_build_files``)."""
    return {name: _file_sha256(path) for name, path in _build_files(build)}


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_build(build: Path, manifest: dict) -> None:
    """IndexCorrupt when a file the manifest lists is gone, or its content is not what was written.

    Sizes first (a stat per file), then content hashes: an edit that keeps a file's
    size (满1年 for 满4年) is found as surely as a truncation.  Reading the build's
    files once per open costs about what loading them does, and a damaged build is
    named at once, with what to do, rather than answered from.  Chroma's own files
    change when Chroma opens them, so only their presence is checked here; opening the
    collection checks its vector count against the manifest.
    """
    sizes, hashes = manifest.get("sizes"), manifest.get("hashes")
    for name, size in (sizes.items() if isinstance(sizes, dict) else ()):
        try:
            actual = (build / name).stat().st_size
        except OSError:
            raise IndexCorrupt(str(build), f"{name} 缺失") from None
        if actual != size:
            raise IndexCorrupt(str(build), f"{name} 大小不符（应为 {size} 字节，实为 {actual} 字节）")
    for name, expected in (hashes.items() if isinstance(hashes, dict) else ()):
        try:
            actual_hash = _file_sha256(build / name)
        except OSError:
            raise IndexCorrupt(str(build), f"{name} 无法读取") from None
        if actual_hash != expected:
            raise IndexCorrupt(str(build), f"{name} 内容已被改动（校验和不符）")
    if not manifest.get("chroma_url"):
        chroma = build / "chroma"
        if not chroma.is_dir():
            raise IndexCorrupt(str(build), "chroma 目录缺失")
        sqlite = chroma / "chroma.sqlite3"
        if not sqlite.is_file() or sqlite.stat().st_size == 0:
            raise IndexCorrupt(str(build), "chroma 目录为空（缺少 chroma.sqlite3）")
        try:
            with open(sqlite, "rb") as handle:
                header = handle.read(len(_SQLITE_MAGIC))
        except OSError:
            raise IndexCorrupt(str(build), "chroma.sqlite3 无法读取") from None
        if header != _SQLITE_MAGIC:
            raise IndexCorrupt(str(build), "chroma.sqlite3 不是 SQLite 数据库")


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_chroma_database(chroma: Path) -> None:
    """IndexCorrupt unless the build's Chroma database opens as one (its header intact is not enough:
    ``verify_build`` checks only that).  A small build is searched without Chroma
    (``IndexHandle.nearest``); this stands in for the check opening Chroma made, read-only, in ~1 ms."""
    path = chroma / "chroma.sqlite3"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.Error as error:
        raise IndexCorrupt(str(chroma), f"Chroma 数据库无法打开：{type(error).__name__}") from error


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


def jsonl_line(row: dict, sort_keys: bool = True) -> str:
    """One row as the index's JSON Lines files hold it (without the newline)."""
    return json.dumps(row, ensure_ascii=False, sort_keys=sort_keys)


def write_jsonl(path: Path, rows, sort_keys: bool = True) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(jsonl_line(row, sort_keys) + "\n")
    os.replace(tmp, path)


def _cache_db(path: Path) -> sqlite3.Connection:
    """A cache's SQLite database.  Write-ahead log, synced at checkpoints rather than at every
    commit: ingest commits once per batch of vectors (hundreds of times for a large corpus), and
    a power cut can at worst lose the last batches, which the next ingest computes again."""
    db = sqlite3.connect(str(path))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


class EmbeddingCache:
    """Vectors by (model id, sha1 of the text): an unchanged chunk is never embedded twice."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = _cache_db(path)
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

    def has_many(self, model: str, keys: list[str]) -> set[str]:
        """The keys among ``keys`` that have a vector (without reading the vectors)."""
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            found.update(
                key for (key,) in self._db.execute(f"SELECT key FROM vectors WHERE model = ? AND key IN ({marks})", [model, *part])
            )
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
            [(model, k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class TokenCache:
    """BM25 tokens by (tokenizer id, sha1 of the text): an unchanged chunk is never tokenized twice.

    What makes adding one file to a large index fast: BM25 is rebuilt over every chunk
    (the idf of every term changes), but only the new chunks go through jieba.
    """

    _SEPARATOR = "\x1f"  # never inside a token: the normalizer removes control characters

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = _cache_db(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS tokens (tokenizer TEXT, key TEXT, tokens TEXT, PRIMARY KEY (tokenizer, key))")

    def get_many(self, tokenizer: str, keys: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            for key, tokens in self._db.execute(
                f"SELECT key, tokens FROM tokens WHERE tokenizer = ? AND key IN ({marks})", [tokenizer, *part]
            ):
                found[key] = tokens.split(self._SEPARATOR) if tokens else []
        return found

    def put_many(self, tokenizer: str, items: dict[str, list[str]]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO tokens VALUES (?, ?, ?)",
            [(tokenizer, k, self._SEPARATOR.join(v)) for k, v in items.items()],
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
    relations: list[Relation] = field(default_factory=list)  # the document graph
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _stores: list = field(default_factory=list, repr=False, compare=False)  # Chroma stores opened from this handle
    _closed: bool = field(default=False, repr=False, compare=False)

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
        store = DenseStore.open(self.manifest["collection"], path=None if url else self.build / "chroma", url=url)
        try:
            count = store.count()
        except BaseException:
            store.close()
            raise
        if count != self.manifest["chunks"]:  # a collection emptied, or another build's
            store.close()
            where = "检索服务上的集合" if url else str(self.build / "chroma")
            raise IndexCorrupt(where, f"向量数 {count} 与 manifest 的 {self.manifest['chunks']} 不一致")
        with self._lock:
            if self._closed:  # a retired build read once more: Chroma is opened for each use only
                store.close()
            else:
                self._stores.append(store)
        return store

    @functools.cached_property
    def nearest(self):
        """What answers a dense query: the build's own vectors searched exactly (a small build in
        embedded mode, assistant/retrieve/exact.py: no Chroma to open), else its Chroma collection."""
        from assistant.retrieve.exact import VECTORS, ExactVectors

        path = self.build / VECTORS
        if not self.manifest.get("chroma_url") and path.is_file():
            try:
                exact = ExactVectors.load(path, [c.chunk_id for c in self.chunks], self.chunk_pos)
            except (OSError, ValueError) as error:  # checked by its hash on open; a numpy that cannot read it
                logger.warning("%s not used (%s); searching Chroma", path, error)
            else:
                _check_chroma_database(self.build / "chroma")  # what opening Chroma found, Chroma unopened
                with self._lock:
                    self._stores.append(exact)  # retired with the build (``close``)
                    if self._closed:
                        exact.close()
                return exact
        return self.dense

    def close(self) -> None:
        """Release this build's Chroma client (its open files, its memory): at once when no
        question is being answered from it, else when the last one in flight finishes.

        `get_assistant` calls it when a new build replaces this one; the build's
        documents, chunks and BM25 stay readable for whoever still holds the handle.
        """
        with self._lock:
            self._closed = True
            stores, self._stores = self._stores, []
        for store in stores:
            store.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def share_embedder(self, other: IndexHandle) -> None:
        """Reuse ``other``'s loaded embedder when both builds use the same one (a swap need not load a model again)."""
        if "embedder" in other.__dict__ and other.manifest.get("embedding_spec") == self.manifest.get("embedding_spec"):
            self.__dict__.setdefault("embedder", other.__dict__["embedder"])

    @functools.cached_property
    def embedder(self):
        """The build's embedding model, behind an LRU of query vectors (shared with the next build
        when it uses the same model, see ``share_embedder``)."""
        from assistant.config import QUERY_CACHE_SIZE
        from assistant.embeddings import QueryCache, make_embedder

        return QueryCache(make_embedder(self.manifest["embedding_spec"], self.settings.cache_dir), QUERY_CACHE_SIZE)

    def articles_of(self, doc_id: str) -> list[Article]:
        return list(self._articles_by_doc.get(doc_id, ()))

    @functools.cached_property
    def _articles_by_doc(self) -> dict[str, list[Article]]:
        by_doc: dict[str, list[Article]] = {}
        for article in self.articles:
            by_doc.setdefault(article.doc_id, []).append(article)
        return by_doc

    @functools.cached_property
    def graph(self):
        """The document graph over this build's documents (assistant.relations.DocumentGraph)."""
        from assistant.relations import DocumentGraph

        return DocumentGraph(self.relations, self.documents)

    @functools.cached_property
    def regions(self) -> list[str]:
        """Every region the corpus holds documents for (provinces and cities)."""
        return sorted({d.region for d in self.documents.values()})

    @functools.cached_property
    def provinces(self) -> list[str]:
        return sorted({d.province for d in self.documents.values() if d.province})


def verified_current(settings: Settings) -> tuple[Path, dict]:
    """The live build and its manifest, checked (schema, sizes, content hashes, Chroma's presence).

    IndexMissing when there is none; IndexCorrupt (or IndexStale, for an earlier
    version's build) when it cannot be trusted.
    """
    build = current_build(settings)
    if build is None:
        named = _current_name(settings)
        if named:  # CURRENT names a build that is gone: a damaged index, not a new one
            raise IndexCorrupt(str(settings.index_dir / "CURRENT"), f"指向的构建 {named[:80]} 不存在")
        raise IndexMissing(str(settings.index_dir))
    manifest = read_manifest(build)
    verify_build(build, manifest)
    return build, manifest


def open_index(settings: Settings, expect_embedding: str | None = None) -> IndexHandle:
    """Open the current build; a missing, corrupt or mismatched index raises a clear error.

    The manifest is checked against its schema and every file of the build against its
    content hash before anything is read: a damaged build is ``IndexCorrupt`` here, once
    per open, never a ``KeyError`` or a wrong quote later.
    """
    from assistant.tokenize import use_dictionary_cache

    build, manifest = verified_current(settings)
    use_dictionary_cache(settings.cache_dir)  # questions are cut over the home's compact dictionary
    model = manifest.get("embedding_model")
    if expect_embedding is not None and model != expect_embedding:
        raise IndexStale(f"索引的向量模型是 {model}，当前设置是 {expect_embedding}")
    try:
        pool: dict[str, str] = {}
        documents = {d.doc_id: d for d in _load_rows(build / "documents.jsonl", Document.from_dict, pool)}
        articles = _load_rows(build / "articles.jsonl", Article.from_dict, pool)
        chunks = _load_rows(build / "chunks.jsonl", Chunk.from_dict, pool)
        relations = _load_rows(build / "relations.jsonl", Relation.from_dict, pool)
        del pool
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise IndexCorrupt(str(build), f"{type(error).__name__}: {error}") from error
    for name, rows in (("documents", documents), ("articles", articles), ("chunks", chunks), ("relations", relations)):
        if len(rows) != manifest[name]:
            raise IndexCorrupt(str(build), f"{name}.jsonl 与 manifest 不一致")
    handle = IndexHandle(settings, build, manifest, documents, articles, chunks, relations=relations)
    handle.chunk_pos = {c.chunk_id: i for i, c in enumerate(chunks)}
    return handle
