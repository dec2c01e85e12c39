"""Dense retrieval in Chroma: the only module that imports chromadb.

Embedded (a persistent directory per index build, the default) or a Chroma
server (``POLICY_CHROMA_URL``), behind one class.  We always pass our own
embeddings, so Chroma's default embedding (which downloads a model) is never used.
"""

from __future__ import annotations

import logging
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ChromaUnavailable, CollectionMissing, ConfigError, IndexCorrupt, IndexReplaced, PolicyError

logger = logging.getLogger(__name__)

_BATCH = 2000


_OPEN: "weakref.WeakSet[DenseStore]" = weakref.WeakSet()  # stores holding a Chroma client now


def open_stores() -> int:
    """How many DenseStores in this process hold an open Chroma client (for leak checks)."""
    return len(_OPEN)


def _client(path: Path | None, url: str | None):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        if not parsed.hostname:
            logger.error("POLICY_CHROMA_URL is not a URL: %r", url)
            raise ConfigError("POLICY_CHROMA_URL 无效（其值已写入日志）：应形如 http://主机:端口。")
        try:
            return chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or 8000,
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as error:  # the client checks the server when it is made
            raise unreachable(url, error) from error
    assert path is not None
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as error:  # its sqlite file damaged: Chroma raises its own InternalError
        raise IndexCorrupt(str(path), f"Chroma 目录无法打开：{type(error).__name__}") from error


def unreachable(url: str, error: Exception) -> ConfigError:
    """The error for a server that does not answer: its address is logged, never put in the message."""
    logger.error("Chroma server %s unreachable: %s: %s", url, type(error).__name__, error)
    return ChromaUnavailable()


def _is_not_found(error: Exception) -> bool:
    try:
        from chromadb.errors import NotFoundError
    except ImportError:  # pragma: no cover - every chromadb >= 1.0 has it
        return False
    return isinstance(error, NotFoundError)


def _is_connection_error(error: Exception) -> bool:
    if isinstance(error, (ConnectionError, TimeoutError)):
        return True
    try:
        import httpx

        if isinstance(error, httpx.TransportError):
            return True
    except ImportError:  # pragma: no cover
        pass
    return isinstance(error, ValueError) and "Could not connect" in str(error)


def server_error(error: Exception, url: str, name: str, action: str) -> PolicyError:
    """What a citizen is told when the Chroma server fails ``action`` on collection ``name``.

    The server's address goes to the log for the operator, never into the message.  A
    server that answers without the collection (its data directory emptied or replaced,
    or the build dropped) is a missing index — `policy ingest` — not a service that is down.
    """
    if isinstance(error, PolicyError):
        return error
    logger.error("Chroma server %s: %s on collection %s failed: %s: %s", url, action, name, type(error).__name__, error)
    if _is_not_found(error):
        return CollectionMissing(name)
    if _is_connection_error(error):
        return ChromaUnavailable()
    return ChromaUnavailable(f"{action}失败")


# Cosine space.  One thread: the graph is built in the order chunks are added, so every build of
# the same corpus — and every process that opens it — returns the same neighbours (with several
# threads, equal-distance neighbours came back in a different order in different processes and
# turned a tie in the fused ranking).  A search breadth that makes the top 50 exact at this size.
HNSW = {"hnsw": {"space": "cosine", "num_threads": 1, "ef_search": 200, "ef_construction": 200}}


class DenseStore:
    """One Chroma collection of chunk vectors (cosine space).

    ``close`` releases the Chroma client (its files, its memory) once the queries in
    flight have finished; a store used again after that reopens for that use and closes
    again when it is done, so a retired index build never keeps Chroma open.
    """

    def __init__(self, client, collection, url: str | None = None, name: str = "", path: Path | None = None):
        self._client = client
        self._collection = collection
        self._url = url
        self._name = name or getattr(collection, "name", "")
        self._path = path
        self._count: int | None = None  # a build's collection only changes through add/delete
        self._lock = threading.Lock()
        self._inflight = 0
        self._retired = False
        self._finalizer = self._watch(client)

    def _watch(self, client):
        _OPEN.add(self)
        finalizer = weakref.finalize(self, _close_client, client)
        finalizer.atexit = False
        return finalizer

    @classmethod
    def open(cls, name: str, path: Path | None = None, url: str | None = None, create: bool = False) -> DenseStore:
        """A build's collection: in the directory ``path`` (embedded) or on the server at ``url``."""
        client, collection = _open_collection(name, path, url, create)
        return cls(client, collection, url, name=name, path=None if url else path)

    @property
    def is_open(self) -> bool:
        return self._collection is not None

    @contextmanager
    def _using(self, action: str):
        with self._lock:
            if self._collection is None:  # closed (a retired build): open again for this use only
                if self._path is not None and not (self._path / "chroma.sqlite3").is_file():
                    raise IndexReplaced()
                self._client, self._collection = _open_collection(self._name, self._path, self._url, False)
                self._finalizer = self._watch(self._client)
            self._inflight += 1
            collection = self._collection
        try:
            try:
                yield collection
            except PolicyError:
                raise
            except Exception as error:
                if self._url is None:
                    raise
                raise server_error(error, self._url, self._name, action) from error
        finally:
            with self._lock:
                self._inflight -= 1
                if self._retired and self._inflight == 0:
                    self._release()

    def close(self) -> None:
        """Release the client now, or when the last query in flight finishes."""
        with self._lock:
            self._retired = True
            if self._inflight == 0:
                self._release()

    def _release(self) -> None:  # with self._lock held
        self._collection = None
        self._client = None
        _OPEN.discard(self)
        self._finalizer()  # closes the client, once

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        self._count = None
        with self._using("写入") as collection:
            for i in range(0, len(ids), _BATCH):
                collection.upsert(
                    ids=ids[i : i + _BATCH],
                    embeddings=np.ascontiguousarray(vectors[i : i + _BATCH], dtype=np.float32),  # not .tolist(): 0.5M Python floats a batch
                    metadatas=metadatas[i : i + _BATCH],
                )

    def delete(self, ids: list[str]) -> None:
        self._count = None
        with self._using("删除") as collection:
            for i in range(0, len(ids), _BATCH):
                collection.delete(ids=ids[i : i + _BATCH])

    def ids(self) -> list[str]:
        return self.ids_and_hashes()[0]

    def ids_and_hashes(self) -> tuple[list[str], list[str]]:
        """Chunk ids and the text hash each was embedded from (what ingest copies forward).

        Read a page at a time: one ``get`` of a whole large collection fails inside Chroma
        ("too many SQL variables" at 100k chunks), and would hold every record at once.
        """
        ids: list[str] = []
        hashes: list[str] = []
        with self._using("读取") as collection:
            while True:
                got = collection.get(include=["metadatas"], limit=_BATCH * 5, offset=len(ids))
                ids.extend(got["ids"])
                hashes.extend((m or {}).get("h", "") for m in got["metadatas"])
                if len(got["ids"]) < _BATCH * 5:
                    return ids, hashes

    def vectors(self, ids: list[str]) -> np.ndarray:
        """The vectors stored for ``ids``, in that order (float32, one row each)."""
        rows: dict[str, np.ndarray] = {}
        with self._using("读取") as collection:
            for i in range(0, len(ids), _BATCH):
                got = collection.get(ids=ids[i : i + _BATCH], include=["embeddings"])
                rows.update(zip(got["ids"], got["embeddings"]))
        missing = [cid for cid in ids if cid not in rows]
        if missing:
            raise ValueError(f"{len(missing)} chunks without a vector in Chroma (first: {missing[0][:80]})")
        return np.asarray([rows[cid] for cid in ids], dtype=np.float32).reshape(len(ids), -1)

    def count(self) -> int:
        if self._count is None:  # asked on every query: a round trip to Chroma (or to the server) saved
            with self._using("计数") as collection:
                self._count = int(collection.count())
        return self._count

    def query(
        self, vector: np.ndarray, k: int, where: dict | None = None, ids: list[str] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first; ``ids`` or ``where`` restrict the search.

        ``ids`` is the faster restriction: Chroma skips evaluating a metadata filter
        (at 80k chunks, 7 ms against 38 ms for the same chunks as ``doc_id $in``).
        """
        n = self.count() if ids is None else min(self.count(), len(ids))
        if n == 0:
            return []
        with self._using("查询") as collection:
            result = collection.query(
                query_embeddings=[vector.tolist()],
                n_results=min(k, n),
                where=where or None,
                ids=ids,
                include=["distances"],
            )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances)]

    @staticmethod
    def drop(name: str, url: str) -> None:
        """Delete a collection from the server; one already gone (or a server that is down) is left alone."""
        client = None
        try:
            client = _client(None, url)
            client.delete_collection(name)
        except Exception:  # already gone, or unreachable: ingest must not fail over a stale build
            logger.debug("collection %s not dropped", name)
        finally:
            _close_client(client)

    @staticmethod
    def names(url: str) -> list[str]:
        """The collections on a server (for pruning and checks)."""
        client = _client(None, url)
        try:
            return sorted(c.name if hasattr(c, "name") else str(c) for c in client.list_collections())
        except Exception as error:
            raise server_error(error, url, "*", "列出集合") from error
        finally:
            _close_client(client)


def _open_collection(name: str, path: Path | None, url: str | None, create: bool):
    """(client, collection); the client is closed again when the collection cannot be had."""
    if not url and not create and path is not None and not (path / "chroma.sqlite3").is_file():
        # PersistentClient would make an empty database here: a build's Chroma directory
        # that is gone or emptied is a damaged index, not a new one
        raise IndexCorrupt(str(path), "Chroma 目录缺失或为空")
    client = _client(path, url)
    try:
        if create:
            collection = client.get_or_create_collection(name, embedding_function=None, configuration=HNSW)
        else:
            collection = client.get_collection(name, embedding_function=None)
    except Exception as error:
        _close_client(client)
        if url:
            raise server_error(error, url, name, "打开") from error
        raise IndexCorrupt(str(path), f"Chroma 集合 {name} 无法打开：{type(error).__name__}") from error
    return client, collection


def _close_client(client) -> None:
    """Release a Chroma client (its System stops when the last client of that path closes)."""
    if client is None:
        return
    try:
        client.close()
    except Exception:  # closing must never fail a swap or an ingest
        logger.debug("closing a Chroma client failed", exc_info=True)
