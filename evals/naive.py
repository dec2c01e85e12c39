"""The naive RAG baseline, as most tools ship it: fixed ~500-character chunks, dense only,
the top chunk as the answer, no rules, no region or validity handling, never abstains."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

import numpy as np

from assistant.schema import Answer, Citation, Turn
from assistant.store import IndexHandle

CHUNK = 500
OVERLAP = 50


@dataclass(frozen=True)
class NaiveChunk:
    doc_id: str
    start: int
    end: int
    text: str


class NaiveRAG:
    def __init__(self, index: IndexHandle):
        self.index = index
        self.chunks: list[NaiveChunk] = []
        for doc in index.documents.values():
            step = CHUNK - OVERLAP
            for start in range(0, max(len(doc.text) - OVERLAP, 1), step):
                end = min(start + CHUNK, len(doc.text))
                self.chunks.append(NaiveChunk(doc.doc_id, start, end, doc.text[start:end]))
        started = time.perf_counter()
        self.matrix = index.embedder.embed([c.text for c in self.chunks])
        self.build_seconds = time.perf_counter() - started

    def _article_at(self, doc_id: str, offset: int) -> str:
        """The article a window starts in (for reporting; the baseline itself knows no articles)."""
        best = "正文"
        for article in self.index.articles_of(doc_id):
            if article.start <= offset:
                best = article.path
        return best

    def ask(self, question: str, history=(), region=None, today: date | None = None, as_of: date | None = None, top_k: int = 5) -> Answer:
        vector = self.index.embedder.embed([question])[0]
        scores = self.matrix @ vector
        order = np.argsort(-scores)[:top_k]
        citations = []
        for i in order:
            chunk = self.chunks[i]
            doc = self.index.documents[chunk.doc_id]
            citations.append(
                Citation(
                    doc_id=doc.doc_id,
                    title=doc.title,
                    doc_number=doc.doc_number,
                    issuer=doc.issuer,
                    region=doc.region,
                    article=self._article_at(doc.doc_id, chunk.start),
                    quote=chunk.text,
                    status="unknown",
                    score=float(scores[i]),
                )
            )
        top = citations[0] if citations else None
        return Answer(
            question=question,
            answer=top.quote if top else "",
            abstained=False,
            region=None,
            citations=tuple(citations),
            as_of=as_of or today,
        )


def turns(history: list[dict]) -> tuple[Turn, ...]:
    return tuple(Turn(t["role"], t["content"]) for t in history or [])
