"""The hybrid search as a LangChain ``BaseRetriever``: drops into any LangChain chain."""

from __future__ import annotations

from datetime import date

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.query import expand, normalize_question
from assistant.retrieve.hybrid import Filters, HybridSearcher, Mode


class PolicyRetriever(BaseRetriever):
    """Returns chunks as LangChain documents; metadata carries everything a citation needs.

    ``regions`` restricts to those regions (e.g. {"浙江省", "全国"}); ``in_force_on``
    drops documents not in force on that day.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    k: int = 5
    mode: Mode = "hybrid"
    regions: frozenset[str] | None = None
    in_force_on: date | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        text = normalize_question(query)
        filters = Filters(regions=self.regions, in_force_on=self.in_force_on)
        hits = self.searcher.search(expand(text), k=self.k, filters=filters, mode=self.mode, dense_text=text)
        documents = self.searcher.index.documents
        out = []
        for hit in hits:
            chunk = hit.chunk
            doc = documents[chunk.doc_id]
            out.append(
                LCDocument(
                    page_content=chunk.text,
                    id=chunk.chunk_id,
                    metadata={
                        "chunk_id": chunk.chunk_id,
                        "doc_id": chunk.doc_id,
                        "title": doc.title,
                        "doc_number": doc.doc_number,
                        "issuer": doc.issuer,
                        "region": doc.region,
                        "article": chunk.article,
                        "score": hit.score,
                        "effective_date": doc.effective_date.isoformat() if doc.effective_date else None,
                        "expiry_date": doc.expiry_date.isoformat() if doc.expiry_date else None,
                    },
                )
            )
        return out
