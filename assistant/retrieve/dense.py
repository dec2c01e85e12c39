"""Dense retrieval in Chroma: the only module that imports chromadb.

Embedded (a persistent directory per index build, the default) or a Chroma
server (``POLICY_CHROMA_URL``), behind one class.  We always pass our own
embeddings, so Chroma's default embedding (which downloads a model) is never used.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError, IndexCorrupt

logger = logging.getLogger(__name__)

_BATCH = 2000


def _client(path: Path | None, url: str | None):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        if not parsed.hostname:
            raise ConfigError(f"POLICY_CHROMA_URL 无效：{url!r}（例如 http://127.0.0.1:8000）")
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
    return ConfigError(
        f"无法连接 Chroma 服务 {url}（{type(error).__name__}）：请先启动服务，例如 "
        "`chroma run --path var/chroma --host 127.0.0.1 --port 8000`，或取消 POLICY_CHROMA_URL 改用内置模式。"
    )


# Cosine space.  One thread: the graph is built in the order chunks are added, so every build of
# the same corpus — and every process that opens it — returns the same neighbours (with several
# threads, equal-distance neighbours came back in a different order in different processes and
# turned a tie in the fused ranking).  A search breadth that makes the top 50 exact at this size.
HNSW = {"hnsw": {"space": "cosine", "num_threads": 1, "ef_search": 200, "ef_construction": 200}}


class DenseStore:
    """One Chroma collection of chunk vectors (cosine space)."""

    def __init__(self, client, collection, url: str | None = None):
        self._client = client
        self._collection = collection
        self._url = url
        self._count: int | None = None  # a build's collection only changes through add/delete

    @classmethod
    def open(cls, name: str, path: Path | None = None, url: str | None = None, create: bool = False) -> DenseStore:
        """A build's collection: in the directory ``path`` (embedded) or on the server at ``url``."""
        client = _client(path, url)
        try:
            if create:
                collection = client.get_or_create_collection(name, embedding_function=None, configuration=HNSW)
            else:
                collection = client.get_collection(name, embedding_function=None)
        except Exception as error:
            raise IndexCorrupt(str(url or path), f"Chroma 集合 {name} 无法打开：{type(error).__name__}") from error
        return cls(client, collection, url)

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        self._count = None
        for i in range(0, len(ids), _BATCH):
            self._collection.upsert(
                ids=ids[i : i + _BATCH],
                embeddings=vectors[i : i + _BATCH].tolist(),
                metadatas=metadatas[i : i + _BATCH],
            )

    def delete(self, ids: list[str]) -> None:
        self._count = None
        for i in range(0, len(ids), _BATCH):
            self._collection.delete(ids=ids[i : i + _BATCH])

    def ids(self) -> list[str]:
        return list(self._collection.get(include=[])["ids"])

    def count(self) -> int:
        if self._count is None:  # asked on every query: a round trip to Chroma (or to the server) saved
            self._count = int(self._collection.count())
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
        try:
            result = self._collection.query(
                query_embeddings=[vector.tolist()],
                n_results=min(k, n),
                where=where or None,
                ids=ids,
                include=["distances"],
            )
        except Exception as error:
            if self._url is None:
                raise
            raise ConfigError(
                f"Chroma 服务 {self._url} 查询失败（{type(error).__name__}）：请确认服务仍在运行；"
                "若索引刚刚重建，重试即可（会打开新的索引）。"
            ) from error
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances)]

    @staticmethod
    def drop(name: str, url: str) -> None:
        """Delete a collection from the server; one already gone (or a server that is down) is left alone."""
        try:
            _client(None, url).delete_collection(name)
        except Exception:  # already gone, or unreachable: ingest must not fail over a stale build
            logger.debug("collection %s not dropped on %s", name, url)

    @staticmethod
    def names(url: str) -> list[str]:
        """The collections on a server (for pruning and checks)."""
        return sorted(c.name if hasattr(c, "name") else str(c) for c in _client(None, url).list_collections())
