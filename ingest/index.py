"""Stage 5 — index: chunks → BM25 + Chroma, built beside the live index and swapped in.

A new build is written to ``builds/<id>.tmp``, renamed to ``builds/<id>`` when
complete, and only then does ``CURRENT`` point at it (an atomic rename).  An
interrupted ingest leaves the previous build serving.  Unchanged chunks reuse
their cached vectors; in embedded mode the previous Chroma directory is copied
and only the difference is written.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from assistant.config import Settings
from assistant.embeddings import make_embedder
from assistant.retrieve.dense import DenseStore
from assistant.retrieve.lexical import LexicalIndex
from assistant.schema import Article, Chunk, Document, Relation
from assistant.store import (
    MANIFEST,
    MANIFEST_FORMAT,
    EmbeddingCache,
    builds_dir,
    current_build,
    file_hashes,
    file_sizes,
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


def _embed(settings: Settings, spec: str, chunks: list[Chunk], progress: Progress | None):
    cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite")
    try:
        embedder = None
        from assistant.embeddings import model_id_for

        model = model_id_for(spec)
        keys = [text_key(c.index_text) for c in chunks]
        found = cache.get_many(model, keys)
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            embedder = make_embedder(spec)
            step = 64
            for start in range(0, len(missing), step):
                part = missing[start : start + step]
                vectors = embedder.embed([chunks[i].index_text for i in part])
                new = {keys[i]: v for i, v in zip(part, vectors)}
                cache.put_many(model, new)
                found.update(new)
                if progress:
                    progress("embed", min(start + step, len(missing)), len(missing))
        import numpy as np

        matrix = np.vstack([found[k] for k in keys]) if keys else np.zeros((0, 1), dtype=np.float32)
        return model, keys, matrix, len(missing)
    finally:
        cache.close()


def _metadata(chunk: Chunk, key: str) -> dict:
    return {
        "doc_id": chunk.doc_id,
        "region": chunk.region,
        "province": chunk.province or "",
        "article": chunk.article,
        "h": key,
    }


def build_index(
    settings: Settings,
    documents: list[Document],
    articles: list[Article],
    chunks: list[Chunk],
    fingerprint: str,
    files: dict[str, str],
    progress: Progress | None = None,
    interrupt_after: str | None = None,
    skipped: list[tuple[str, str]] | None = None,
    warnings: list[str] | None = None,
    fresh: bool = False,
    relations: list[Relation] | tuple[Relation, ...] = (),
) -> tuple[Path, int]:
    """Write a new build and make it current.  Returns (build path, vectors computed).

    ``skipped`` and ``warnings`` are recorded in the manifest so that a later
    ingest that finds the corpus unchanged still reports the files left out.
    ``fresh`` (``policy ingest --rebuild``) writes every vector anew instead of
    copying the previous build's Chroma directory, which may be what is damaged.
    ``interrupt_after`` (tests only) raises after a named step, to prove that an
    interrupted build never becomes current.  ``relations`` (the document graph) is
    written with the documents, so a build's graph is always its own documents'.
    """
    root = builds_dir(settings)
    root.mkdir(parents=True, exist_ok=True)
    previous = current_build(settings)
    build_id = _new_build_id(root, fingerprint)
    tmp = root / f"{build_id}.tmp"
    final = root / build_id
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    store = None
    try:
        write_jsonl(tmp / "documents.jsonl", (d.to_dict() for d in documents))
        write_jsonl(tmp / "articles.jsonl", (a.to_dict() for a in articles))
        write_jsonl(tmp / "chunks.jsonl", (c.to_dict() for c in chunks))
        write_jsonl(tmp / "relations.jsonl", (r.to_dict() for r in relations), sort_keys=False)
        if progress:
            progress("bm25", 0, len(chunks))
        LexicalIndex.build([c.index_text for c in chunks]).save(tmp / "bm25")
        _maybe_interrupt(interrupt_after, "bm25")

        model, keys, matrix, computed = _embed(settings, settings.embedding, chunks, progress)
        _maybe_interrupt(interrupt_after, "embed")

        url = settings.chroma_url
        collection = collection_name(build_id) if url else "chunks"
        ids = [c.chunk_id for c in chunks]
        metas = [_metadata(c, k) for c, k in zip(chunks, keys)]
        existing = _reusable_vectors(previous, model) if not (fresh or url) else None
        if existing is not None:
            shutil.copytree(previous / "chroma", tmp / "chroma")
        store = DenseStore.open(collection, path=None if url else tmp / "chroma", url=url, create=True)
        if existing is not None:
            wanted = dict(zip(ids, keys))
            store.delete([i for i in existing if i not in wanted])
            changed = [n for n, i in enumerate(ids) if existing.get(i) != wanted[i]]
        else:
            changed = list(range(len(ids)))
        if changed:
            store.add([ids[n] for n in changed], matrix[changed], [metas[n] for n in changed])
        if progress:
            progress("chroma", len(changed), len(ids))
        store.close()  # Chroma's files and memory released before the directory is renamed
        store = None
        _maybe_interrupt(interrupt_after, "chroma")

        manifest = {
            "format": MANIFEST_FORMAT,
            "build": build_id,
            "fingerprint": fingerprint,
            "files": files,
            "documents": len(documents),
            "articles": len(articles),
            "chunks": len(chunks),
            "relations": len(relations),
            "embedding_model": model,
            "embedding_spec": settings.embedding,
            "chroma_url": url,
            "collection": collection,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "skipped": [{"file": f, "reason": r} for f, r in skipped or ()],
            "warnings": list(warnings or ()),
            "sizes": file_sizes(tmp),  # what `verify_build` checks on every open
            "hashes": file_hashes(tmp),  # and the content, so that an edit keeping a size is found too
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=2)
        with open(tmp / MANIFEST, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        _maybe_interrupt(interrupt_after, "manifest")
        os.replace(tmp, final)
    except Exception:
        # A failed build never stays behind as a .tmp (nor as a collection on the server)
        if store is not None:
            store.close()
        _remove_build(settings, tmp)
        raise
    except BaseException:
        # Interrupted (Ctrl-C, or a test standing in for a kill): Chroma is released, and the
        # half-written build is left for the next ingest to clear, as a killed one would be
        if store is not None:
            store.close()
        raise
    set_current(settings, final)
    _prune(settings, keep={final.name, previous.name if previous else ""})
    return final, computed


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


def _reusable_vectors(previous: Path | None, model: str) -> dict[str, str] | None:
    """{chunk id: text hash} of the previous build's Chroma directory, when it can be copied forward.

    None when there is nothing to reuse (no previous build, another model) or when
    the previous build cannot be read: a damaged build is never copied forward.
    """
    if previous is None or not (previous / "chroma").exists():
        return None
    store = None
    try:
        manifest = read_manifest(previous)
        if manifest.get("embedding_model") != model:
            return None
        store = DenseStore.open("chunks", path=previous / "chroma")
        ids, hashes = store.ids_and_hashes()
        if len(ids) != manifest["chunks"]:
            raise ValueError(f"{len(ids)} vectors for {manifest['chunks']} chunks")
        return dict(zip(ids, hashes))
    except Exception as error:  # damaged in any way Chroma or the manifest can be
        logger.warning("previous build %s not reused (%s: %s); writing every vector", previous.name, type(error).__name__, error)
        return None
    finally:
        if store is not None:
            store.close()


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
