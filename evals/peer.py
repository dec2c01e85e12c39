"""The peer: what a user would build instead of this assistant — a Chatchat-style ensemble retriever.

Langchain-Chatchat's knowledge-base search, as it ships (``file_rag/retrievers/ensemble.py``
and its defaults), rebuilt on LangChain's interfaces over the same source files and
with the same embedder as the assistant:

- the raw files, decoded, split by a recursive splitter on Chinese sentence ends into
  chunks of at most 750 characters overlapping by 150 (Chatchat's
  ``ChineseRecursiveTextSplitter``, ``CHUNK_SIZE``/``OVERLAP_SIZE``); no normalization,
  no documents, no articles;
- a BM25 retriever (rank-bm25's ``BM25Okapi`` over ``jieba.lcut_for_search`` tokens, as
  LangChain's ``BM25Retriever`` with Chatchat's ``preprocess_func``) and a Chroma
  retriever (the same vectors as the assistant's, Chroma's default space), each
  returning its top 3 (``VECTOR_SEARCH_TOP_K``);
- fused by weighted reciprocal rank (LangChain's ``EnsembleRetriever``: weights 0.5/0.5,
  c = 60, equal texts merged), the top 3 kept.

It only retrieves: no rules, no regions, no dates, no answer.  ``policy bench`` times it
beside the assistant's full answer on the same questions (retrieval only against
everything), so our extra time can be read against what the peer spends.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

logger = logging.getLogger(__name__)

CHUNK_SIZE = 750
CHUNK_OVERLAP = 150
TOP_K = 3
WEIGHTS = (0.5, 0.5)  # BM25, vectors
RRF_C = 60
# Chatchat's ChineseRecursiveTextSplitter: paragraphs, lines, sentence ends, semicolons, commas
SEPARATORS = ["\n\n", "\n", "。|！|？", r"\.\s|\!\s|\?\s", "；|;\s", "，|,\s"]


class PolicyEmbeddings(Embeddings):
    """The assistant's embedder behind LangChain's ``Embeddings`` interface."""

    def __init__(self, embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text])[0].tolist()


def split(text: str) -> list[str]:
    """Chatchat's chunks of one file: recursive on Chinese sentence ends, 750 characters, 150 overlap."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        keep_separator="end",
        is_separator_regex=True,
        chunk_size=CHUNK_SIZE,
        chunk_overlap=CHUNK_OVERLAP,
    )
    return [re.sub(r"\n{2,}", "\n", chunk.strip()) for chunk in splitter.split_text(text) if chunk.strip()]


class BM25Retriever(BaseRetriever):
    """LangChain's ``BM25Retriever``: BM25Okapi over every chunk, the top ``k`` by score."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    docs: list[LCDocument]
    vectorizer: object
    k: int = TOP_K

    @classmethod
    def from_documents(cls, docs: list[LCDocument], k: int = TOP_K) -> BM25Retriever:
        import jieba
        from rank_bm25 import BM25Okapi

        jieba.setLogLevel(logging.WARNING)
        return cls(docs=docs, vectorizer=BM25Okapi([jieba.lcut_for_search(d.page_content) for d in docs]), k=k)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        import jieba

        return self.vectorizer.get_top_n(jieba.lcut_for_search(query), self.docs, n=self.k)


class ChromaRetriever(BaseRetriever):
    """A Chroma collection's ``as_retriever()``: the query embedded, the ``k`` nearest chunks."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    collection: object
    embeddings: Embeddings
    docs: dict[str, LCDocument]
    k: int = TOP_K

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        result = self.collection.query(query_embeddings=[self.embeddings.embed_query(query)], n_results=self.k, include=[])
        return [self.docs[i] for i in result["ids"][0]]


class EnsembleRetriever(BaseRetriever):
    """LangChain's ``EnsembleRetriever``: weighted reciprocal rank fusion, equal texts merged."""

    retrievers: list[BaseRetriever]
    weights: list[float]
    c: int = RRF_C
    k: int = TOP_K

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        scores: dict[str, float] = {}
        first: dict[str, LCDocument] = {}
        for retriever, weight in zip(self.retrievers, self.weights):
            for rank, doc in enumerate(retriever.invoke(query), start=1):
                scores[doc.page_content] = scores.get(doc.page_content, 0.0) + weight / (rank + self.c)
                first.setdefault(doc.page_content, doc)
        ranked = sorted(scores, key=lambda text: scores[text], reverse=True)
        return [first[text] for text in ranked[: self.k]]


@dataclass
class Peer:
    retriever: EnsembleRetriever
    files: int
    chunks: int
    build_seconds: float  # read, split, embed, index BM25 and Chroma
    embed_seconds: float
    _client: object = None

    def retrieve(self, question: str) -> list[LCDocument]:
        return self.retriever.invoke(question)

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:  # noqa: BLE001 - closing a throwaway in-memory client
                logger.debug("closing the peer's Chroma client failed", exc_info=True)
            self._client = None


def build_peer(raw_files: list[Path], embedder) -> Peer:
    """The peer over ``raw_files`` with ``embedder`` (the assistant's), built in memory."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from ingest.readers import decode

    started = time.perf_counter()
    docs: list[LCDocument] = []
    for path in raw_files:
        try:
            text, _ = decode(path.read_bytes(), path.name)
        except Exception as error:  # noqa: BLE001 - the peer loads what it can, as Chatchat does
            logger.warning("peer: %s not loaded (%s)", path.name, error)
            continue
        docs.extend(LCDocument(page_content=chunk, metadata={"source": path.name}) for chunk in split(text))
    embeddings = PolicyEmbeddings(embedder)
    embed_started = time.perf_counter()
    vectors = np.asarray(embeddings.embed_documents([d.page_content for d in docs]), dtype=np.float32)
    embed_seconds = time.perf_counter() - embed_started
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.create_collection(f"peer_{uuid.uuid4().hex[:12]}", embedding_function=None)
    ids = [str(n) for n in range(len(docs))]
    for start in range(0, len(ids), 2000):
        collection.add(ids=ids[start : start + 2000], embeddings=vectors[start : start + 2000].tolist())
    by_id = dict(zip(ids, docs))
    ensemble = EnsembleRetriever(
        retrievers=[BM25Retriever.from_documents(docs), ChromaRetriever(collection=collection, embeddings=embeddings, docs=by_id)],
        weights=list(WEIGHTS),
    )
    return Peer(ensemble, len(raw_files), len(docs), time.perf_counter() - started, embed_seconds, client)
