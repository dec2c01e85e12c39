"""Stage 5 — index: chunks → BM25 + Chroma, built beside the live index and swapped in.

A new build is written to ``builds/<id>.tmp``, renamed to ``builds/<id>`` when
complete, and only then does ``CURRENT`` point at it (an atomic rename).  An
interrupted ingest leaves the previous build serving.  Unchanged chunks reuse
their cached vectors; in embedded mode the previous Chroma directory is copied
and only the difference is written.

The build is written as the parsed files stream in (``IndexBuilder``): documents,
articles and chunks go to their JSON Lines files at once, texts to the workers
(ingest/workers.py) to be embedded in batches, vectors to Chroma in bounded
batches in chunk order, and BM25 keeps token ids only; so memory stays flat
however large the corpus.  The document graph needs every document: the files'
statements about other documents are streamed aside (``statements``) and resolved
once all are in; ``finish`` then writes relations.jsonl and the documents whose
validity the graph changed (a repealed document's expiry), streaming
documents.jsonl once more.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from collections import deque
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Mapping

from assistant.config import Settings
from assistant.retrieve.dense import DenseStore
from assistant.retrieve.exact import EXACT_MAX_CHUNKS, VECTORS, write_vectors
from assistant.schema import Article, Chunk, Document, Relation
from assistant.store import (
    MANIFEST,
    MANIFEST_FORMAT,
    EmbeddingCache,
    TokenCache,
    builds_dir,
    current_build,
    file_hashes,
    file_sizes,
    jsonl_line,
    read_manifest,
    set_current,
    write_jsonl,
)

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@contextmanager
def ingest_lock(settings: Settings, wait: bool = True):
    """One ingest at a time per index directory; yields False (not held) when ``wait`` is off and
    another ingest holds it.  The lock goes with its process, however that process ends."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.index_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _metadata(chunk: Chunk, key: str) -> dict:
    return {
        "doc_id": chunk.doc_id,
        "region": chunk.region,
        "province": chunk.province or "",
        "article": chunk.article,
        "h": key,
    }


class _Jsonl:
    """A JSON Lines file written one row at a time (the format of ``write_jsonl``), renamed into place on ``close``."""

    def __init__(self, path: Path):
        self.path = path
        self._tmp = path.with_name(path.name + ".tmp")
        self._handle = open(self._tmp, "w", encoding="utf-8")
        self.rows = 0

    def write(self, line: str) -> None:
        self._handle.write(line + "\n")
        self.rows += 1

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()
            os.replace(self._tmp, self.path)

    def abandon(self) -> None:
        self._handle.close()


@dataclass(frozen=True)
class _Pending:
    """A chunk whose vector goes into Chroma once it is known, in chunk order."""

    chunk_id: str
    key: str
    metadata: dict


class IndexBuilder:
    """One new build, written while the parsed files stream in; ``finish`` makes it current.

    Each ``add`` writes its documents, articles and chunks to the build's JSON Lines
    files at once, tokenizes the chunks for BM25 (token ids only, cached by text),
    and hands the texts no vector is known for to the workers in batches of
    ``EMBED_BATCH``; vectors come back in the order they were asked for, go to the
    embedding cache, and are written to Chroma in chunk order, ``CHROMA_BATCH`` at a
    time, as soon as every chunk before them has its vector.  So neither all vectors
    nor all texts are ever held: memory stays flat as the corpus grows, and the index
    is the same whatever the number of workers (tests/ingest/test_streaming.py).  A
    text that occurs in several chunks is embedded once.

    Unchanged chunks of the previous build keep their vectors: in embedded mode its
    Chroma directory is copied and only the difference is written (not with
    ``fresh``, ``policy ingest --rebuild``, which rewrites every vector: the previous
    build may be what is damaged).
    """

    EMBED_BATCH = 64  # texts per task handed to a worker
    CHROMA_BATCH = 1024  # chunks per write to Chroma
    LOOKAHEAD = 4  # embedding tasks in flight per worker (more would only hold more texts)
    MAX_WAITING = 8 * CHROMA_BATCH  # chunks waiting for their vector before parsing waits for the workers

    def __init__(
        self,
        settings: Settings,
        fingerprint: str,
        workers,
        progress: Progress | None = None,
        interrupt_after: str | None = None,
        fresh: bool = False,
    ):
        from assistant.embeddings import model_id_for
        from assistant.retrieve.lexical import LexicalBuilder

        self.settings = settings
        self.fingerprint = fingerprint
        self.workers = workers
        self.progress = progress
        self.interrupt_after = interrupt_after
        root = builds_dir(settings)
        root.mkdir(parents=True, exist_ok=True)
        self.previous = current_build(settings)
        self.build_id = _new_build_id(root, fingerprint)
        self.tmp = root / f"{self.build_id}.tmp"
        self.final = root / self.build_id
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir()
        self.model = model_id_for(settings.embedding)
        self.url = settings.chroma_url
        self.collection = collection_name(self.build_id) if self.url else "chunks"
        self.vectors_computed = 0  # texts embedded by the model in this build
        self.vectors_written = 0  # vectors written to Chroma (new or changed chunks)
        self.largest_write = 0  # the most chunks in one Chroma write (what streaming bounds)
        self.most_waiting = 0  # the most chunks waiting for their vector at once
        self._files = {name: _Jsonl(self.tmp / name) for name in ("documents.jsonl", "articles.jsonl", "chunks.jsonl")}
        self._statements = _Jsonl(self.tmp / _STATEMENTS)  # not a file of the build: gone before the manifest
        self._doc_ids: list[str] = []  # documents.jsonl's ids, in order (to revise a document's line)
        # chunks.jsonl's ids, in order, while the build is small enough for exact dense search
        # (assistant/retrieve/exact.py: its vectors go to vectors.npy); None past that, or on a server
        self._chunk_ids: list[str] | None = None if self.url else []
        self._lexical = LexicalBuilder(TokenCache(settings.cache_dir / "tokens.sqlite"))
        self._cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite")
        self._pending: deque[_Pending] = deque()
        self._known: set[str] = set()  # keys whose vector is in the cache or asked for
        self._ready: set[str] = set()  # keys whose vector is in the cache
        self._asked: deque[tuple[list[str], Future]] = deque()  # (keys, future), in the order asked
        self._batch_keys: list[str] = []
        self._batch_texts: list[str] = []
        self._wanted: set[str] = set()
        self._store = None
        # The previous build's vectors are copied to a staging directory and read there; it becomes
        # chroma/ once closed.  A copy that cannot be read is dropped and chroma/ starts empty: a path
        # Chroma failed to open is never opened again in this process (Chroma keeps its clients by path).
        self._staging = self.tmp / "chroma.copy"
        try:
            self._existing = None
            reused = _copy_forward(self.previous, self.model, self._staging) if not (fresh or self.url) else None
            if reused is not None:
                self._store, self._existing = reused
            else:
                self._store = DenseStore.open(self.collection, path=None if self.url else self.tmp / "chroma", url=self.url, create=True)
        except BaseException:
            self.abandon()
            raise

    @property
    def documents(self) -> int:
        return self._files["documents.jsonl"].rows

    @property
    def articles(self) -> int:
        return self._files["articles.jsonl"].rows

    @property
    def chunks(self) -> int:
        return self._files["chunks.jsonl"].rows

    # ------------------------------------------------------------ streaming
    def add(
        self,
        documents: list[Document],
        articles: list[Article],
        chunks: list[Chunk],
        lines: dict[str, list[str]] | None = None,
        statements: list | None = None,
    ) -> None:
        """One file's kept documents, articles and chunks, in corpus order; ``lines`` are the
        same as JSON Lines by file name, when a worker has serialized them already (and its
        statements under "statements"); else ``statements`` (ingest.relations.Statement)."""
        for name, rows in (("documents.jsonl", documents), ("articles.jsonl", articles), ("chunks.jsonl", chunks)):
            writer = self._files[name]
            for line in lines[name] if lines is not None else (jsonl_line(row.to_dict()) for row in rows):
                writer.write(line)
        self._doc_ids.extend(d.doc_id for d in documents)
        staged = lines.get("statements", ()) if lines is not None else [jsonl_line(s.to_dict()) for s in statements or ()]
        for line in staged:
            self._statements.write(line)
        if self._chunk_ids is not None:
            self._chunk_ids.extend(c.chunk_id for c in chunks)
            if len(self._chunk_ids) > EXACT_MAX_CHUNKS:
                self._chunk_ids = None
        texts = [c.index_text for c in chunks]
        keys = [text_key(t) for t in texts]
        self._lexical.add(keys, texts)
        new: dict[str, str] = {}
        for chunk, key, text in zip(chunks, keys, texts):
            if self._existing is not None:
                self._wanted.add(chunk.chunk_id)  # what is not wanted any more is deleted at the end
                if self._existing.get(chunk.chunk_id) == key:
                    continue  # its vector is in the copied Chroma directory already
            self._pending.append(_Pending(chunk.chunk_id, key, _metadata(chunk, key)))
            if key not in self._known:
                new.setdefault(key, text)
        if new:
            cached = self._cache.has_many(self.model, list(new))
            self._ready.update(cached)
            self._known.update(new)
            for key, text in new.items():
                if key not in cached:
                    self._batch_keys.append(key)
                    self._batch_texts.append(text)
                    if len(self._batch_keys) >= self.EMBED_BATCH:
                        self._ask()
        self.most_waiting = max(self.most_waiting, len(self._pending))
        self._collect(wait=False)
        self._flush(final=False)
        # Parsing can run far ahead of embedding: past MAX_WAITING chunks, wait for the workers
        while len(self._pending) > self.MAX_WAITING and (self._asked or self._batch_keys):
            if not self._asked:
                self._ask()
            self._take_oldest()
            self._flush(final=False)

    def _ask(self) -> None:
        """Hand the current batch of texts to a worker, first taking back the oldest when enough are in flight."""
        if not self._batch_keys:
            return
        while len(self._asked) >= max(1, self.workers.processes) * self.LOOKAHEAD:
            self._take_oldest()
        self._asked.append((self._batch_keys, self.workers.embed(self._batch_texts)))
        self._batch_keys, self._batch_texts = [], []

    def _take_oldest(self) -> None:
        keys, future = self._asked.popleft()
        vectors = future.result()
        self._cache.put_many(self.model, dict(zip(keys, vectors)))
        self._ready.update(keys)
        self.vectors_computed += len(keys)
        if self.progress:
            self.progress("embed", self.vectors_computed, len(self._known) - len(self._ready) + self.vectors_computed)

    def _collect(self, wait: bool) -> None:
        """Take back the embeddings that are done (all of them when ``wait``), in the order asked."""
        while self._asked and (wait or self._asked[0][1].done()):
            self._take_oldest()

    def _flush(self, final: bool) -> None:
        """Write to Chroma the pending chunks whose vectors are known, in order, in full batches
        (and the last, short one when ``final``)."""
        while self._pending and self._pending[0].key in self._ready:
            ready = 0
            for pending in self._pending:
                if ready == self.CHROMA_BATCH or pending.key not in self._ready:
                    break
                ready += 1
            if ready < self.CHROMA_BATCH and not final:
                return
            self._write([self._pending.popleft() for _ in range(ready)])

    def _write(self, batch: list[_Pending]) -> None:
        import numpy as np

        from ingest.workers import trim_heap

        self.largest_write = max(self.largest_write, len(batch))
        vectors = self._cache.get_many(self.model, list(dict.fromkeys(p.key for p in batch)))
        matrix = np.vstack([vectors[p.key] for p in batch])
        self._store.add([p.chunk_id for p in batch], matrix, [p.metadata for p in batch])
        del vectors, matrix
        trim_heap()
        self.vectors_written += len(batch)
        if self.progress:
            self.progress("chroma", self.vectors_written, self.vectors_written + len(self._pending))

    def statements(self) -> Iterator:
        """Every statement added (ingest.relations.Statement), in corpus order, read back from disk."""
        from ingest.relations import Statement

        self._statements.close()
        with open(self._statements.path, encoding="utf-8") as handle:
            for line in handle:
                yield Statement.from_dict(json.loads(line))

    # ------------------------------------------------------------ the end
    def finish(
        self,
        files: dict[str, str],
        skipped=None,
        warnings=None,
        relations: list[Relation] | tuple = (),
        revised: Mapping[str, Document] | None = None,
    ) -> Path:
        """Complete the build (the last vectors, deletions, BM25, the graph, manifest) and make it current.

        ``relations``: the document graph of the documents added; ``revised``: documents (their
        text left out) whose other fields replace those written (their validity, from the graph)."""
        self._ask()
        self._collect(wait=True)
        self.workers.close()  # every vector is in: the workers' memory goes before Chroma's last writes and BM25
        _maybe_interrupt(self.interrupt_after, "embed")
        self._flush(final=True)
        if self._pending:  # every vector was asked for and taken back: none may be missing
            raise RuntimeError(f"{len(self._pending)} chunks left without a vector")
        if self._existing is not None:
            self._store.delete([i for i in self._existing if i not in self._wanted])
        if self._chunk_ids:  # a small build: its vectors, as Chroma holds them, for exact search without Chroma
            write_vectors(self.tmp / VECTORS, self._store.vectors(self._chunk_ids))
        self._store.close()  # Chroma's files and memory released before the BM25 build and the rename
        self._store = None
        if self._existing is not None:
            os.replace(self._staging, self.tmp / "chroma")
        self._cache.close()
        _maybe_interrupt(self.interrupt_after, "chroma")
        for writer in self._files.values():
            writer.close()
        self._statements.close()
        self._statements.path.unlink(missing_ok=True)
        if revised:
            _revise(self.tmp / "documents.jsonl", self._doc_ids, revised)
        write_jsonl(self.tmp / "relations.jsonl", (r.to_dict() for r in relations), sort_keys=False)
        if self.progress:
            self.progress("bm25", 0, self.chunks)
        self._lexical.build().save(self.tmp / "bm25")
        self._lexical.close()
        _maybe_interrupt(self.interrupt_after, "bm25")

        manifest = {
            "format": MANIFEST_FORMAT,
            "build": self.build_id,
            "fingerprint": self.fingerprint,
            "files": files,
            "documents": self.documents,
            "articles": self.articles,
            "chunks": self.chunks,
            "relations": len(relations),
            "embedding_model": self.model,
            "embedding_spec": self.settings.embedding,
            "chroma_url": self.url,
            "collection": self.collection,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "skipped": [{"file": f, "reason": r} for f, r in skipped or ()],
            "warnings": list(warnings or ()),
            "sizes": file_sizes(self.tmp),  # what `verify_build` checks on every open
            "hashes": file_hashes(self.tmp),  # and the content, so that an edit keeping a size is found too
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=2)
        with open(self.tmp / MANIFEST, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        _maybe_interrupt(self.interrupt_after, "manifest")
        os.replace(self.tmp, self.final)
        set_current(self.settings, self.final)
        _prune(self.settings, keep={self.final.name, self.previous.name if self.previous else ""})
        return self.final

    def release(self) -> None:
        """Close what the build holds open (Chroma, the caches, its files); safe to call twice."""
        if self._store is not None:
            self._store.close()
            self._store = None
        self._cache.close()
        self._lexical.close()
        for writer in (*self._files.values(), self._statements):
            writer.abandon()

    def abandon(self) -> None:
        """A build that failed, or found nothing to index: released, and removed with its collection."""
        self.release()
        _remove_build(self.settings, self.tmp)


_STATEMENTS = "statements.staged.jsonl"


def _revise(path: Path, doc_ids: list[str], revised: Mapping[str, Document]) -> None:
    """Rewrite the lines of ``revised`` documents in documents.jsonl (their text kept), streaming:
    the other lines are copied as they are."""
    tmp = path.with_name(path.name + ".revised")
    with open(path, encoding="utf-8") as source, open(tmp, "w", encoding="utf-8") as out:
        for doc_id, line in zip(doc_ids, source, strict=True):
            if doc_id in revised:
                written = Document.from_dict(json.loads(line))
                line = jsonl_line(replace(revised[doc_id], text=written.text).to_dict()) + "\n"
            out.write(line)
    os.replace(tmp, path)


_USED_IDS: set[str] = set()  # build ids this process has used


def _new_build_id(root: Path, fingerprint: str) -> str:
    """``<time>-<fingerprint>-<pid>``, never reused, even for two builds in the same second.

    Reusing a name would rename the new build onto the live one, or write into the
    directory of an interrupted build that Chroma still holds open in this process
    (it caches clients by path).  The pid stays last: ``_prune`` reads it to spare a
    build another ingest is writing.
    """
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{fingerprint[:8]}"
    build_id, n = f"{stamp}-{os.getpid()}", 1
    while build_id in _USED_IDS or (root / build_id).exists() or (root / f"{build_id}.tmp").exists():
        n += 1
        build_id = f"{stamp}.{n}-{os.getpid()}"
    _USED_IDS.add(build_id)
    return build_id


def collection_name(build_id: str) -> str:
    """A build's collection on a Chroma server: new for every build, so a swap never writes to a live one."""
    return f"chunks_{hashlib.sha1(build_id.encode()).hexdigest()[:16]}"


def _copy_forward(previous: Path | None, model: str, dest: Path):
    """The previous build's Chroma directory copied to ``dest`` and opened there, with
    {chunk id: text hash} of what it holds; or None, and nothing at ``dest``.

    None when there is nothing to reuse (no previous build, another model) or when
    the previous build cannot be read: a damaged build is never copied forward.  The
    copy is what is read (one opening of the collection, not two).
    """
    if previous is None or not (previous / "chroma").exists():
        return None
    store = None
    try:
        manifest = read_manifest(previous)
        if manifest.get("embedding_model") != model:
            return None
        shutil.copytree(previous / "chroma", dest)
        store = DenseStore.open("chunks", path=dest)
        ids, hashes = store.ids_and_hashes()
        if len(ids) != manifest["chunks"]:
            raise ValueError(f"{len(ids)} vectors for {manifest['chunks']} chunks")
        return store, dict(zip(ids, hashes))
    except Exception as error:  # damaged in any way Chroma or the manifest can be
        logger.warning("previous build %s not reused (%s: %s); writing every vector", previous.name, type(error).__name__, error)
        if store is not None:
            store.close()
        shutil.rmtree(dest, ignore_errors=True)
        return None


def _maybe_interrupt(wanted: str | None, step: str) -> None:
    if wanted == step:
        raise KeyboardInterrupt(f"interrupted after {step}")


def prune_abandoned(settings: Settings) -> list[str]:
    """Remove builds (and CURRENT pointers) that a killed ingest left half-written; their names.

    An ingest killed outright (SIGKILL, power loss) never reaches ``_prune``; the
    next ingest clears its leftovers, even when it finds the corpus unchanged.  A
    build is written only under the ingest lock, so when the lock is free every
    ``.tmp`` is abandoned, whatever pid its name ends with (pids are reused); when
    another ingest holds it, only those whose writer is gone are.
    """
    root = builds_dir(settings)
    leftovers = [p for p in sorted(root.iterdir()) if p.name.endswith(".tmp")] if root.is_dir() else []
    pointers = sorted(settings.index_dir.glob("CURRENT.*.tmp")) if settings.index_dir.is_dir() else []
    if not leftovers and not pointers:
        return []
    removed = []
    with ingest_lock(settings, wait=False) as held:
        for path in leftovers:
            if held or not _writer_alive(path.name):
                _remove_build(settings, path)
                removed.append(path.name)
        for pointer in pointers:
            pid = pointer.name.split(".")[1]
            if held or (pid.isdigit() and not _alive(int(pid))):
                pointer.unlink(missing_ok=True)
                removed.append(pointer.name)
    if removed:
        logger.info("removed abandoned builds: %s", ", ".join(removed))
    return removed


def _writer_alive(name: str) -> bool:
    """Is the ingest whose pid ends the ``.tmp`` build name still running?"""
    pid = name.rsplit("-", 1)[-1].removesuffix(".tmp")
    return pid.isdigit() and _alive(int(pid))


def _prune(settings: Settings, keep: set[str]) -> None:
    """Remove old and abandoned builds (the live one and its predecessor stay).

    Runs under the ingest lock (``build_index`` is called with it held), so no other
    build is being written: every ``.tmp`` here is abandoned.
    """
    for path in builds_dir(settings).iterdir():
        if path.name in keep:
            continue
        _remove_build(settings, path)


def _remove_build(settings: Settings, path: Path) -> None:
    """Delete a build directory, and its collection when it lives on a Chroma server."""
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        if isinstance(manifest, dict) and manifest.get("chroma_url"):
            name = manifest.get("collection")
            if not isinstance(name, str) or not name:  # a damaged manifest: the name follows from the build id
                name = collection_name(path.name.removesuffix(".tmp"))
            DenseStore.drop(name, settings.chroma_url or str(manifest["chroma_url"]))
    except (OSError, ValueError):
        # No manifest: an interrupted build.  In server mode it may have written its
        # collection already; the name follows from the build id, so drop it too.
        if settings.chroma_url:
            DenseStore.drop(collection_name(path.name.removesuffix(".tmp")), settings.chroma_url)
    shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
