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
        return chromadb.HttpClient(
            host=parsed.hostname,
            port=parsed.port or 8000,
            ssl=parsed.scheme == "https",
            settings=chroma_settings,
        )
    assert path is not None
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class DenseStore:
    """One Chroma collection of chunk vectors (cosine space)."""

    def __init__(self, client, collection):
        self._client = client
        self._collection = collection

    @classmethod
    def open(cls, name: str, path: Path | None = None, url: str | None = None, create: bool = False) -> DenseStore:
        client = _client(path, url)
        try:
            if create:
                collection = client.get_or_create_collection(
                    name, embedding_function=None, metadata={"hnsw:space": "cosine"}
                )
            else:
                collection = client.get_collection(name, embedding_function=None)
        except Exception as error:
            raise IndexCorrupt(str(url or path), f"Chroma 集合 {name} 无法打开：{type(error).__name__}") from error
        return cls(client, collection)

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        for i in range(0, len(ids), _BATCH):
            self._collection.upsert(
                ids=ids[i : i + _BATCH],
                embeddings=vectors[i : i + _BATCH].tolist(),
                metadatas=metadatas[i : i + _BATCH],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), _BATCH):
            self._collection.delete(ids=ids[i : i + _BATCH])

    def ids(self) -> list[str]:
        return list(self._collection.get(include=[])["ids"])

    def count(self) -> int:
        return int(self._collection.count())

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first."""
        n = self.count()
        if n == 0:
            return []
        result = self._collection.query(
            query_embeddings=[vector.tolist()], n_results=min(k, n), where=where or None, include=["distances"]
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances)]

    @staticmethod
    def drop(name: str, url: str) -> None:
        client = _client(None, url)
        try:
            client.delete_collection(name)
        except Exception:  # already gone
            logger.debug("collection %s not found on %s", name, url)
