"""The hybrid search as a LangChain retriever: documents with citation metadata, in a chain."""

from __future__ import annotations

import pytest
from assistant_support import TODAY
from langchain_core.documents import Document as LCDocument
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from assistant.retrieve.hybrid import HybridSearcher
from assistant.retrieve.retriever import PolicyRetriever

METADATA_KEYS = {
    "chunk_id", "doc_id", "title", "doc_number", "issuer", "region", "article",
    "score", "effective_date", "expiry_date",
}


@pytest.fixture(scope="module")
def searcher(real_index) -> HybridSearcher:
    return HybridSearcher(real_index)


def test_is_a_langchain_retriever(searcher):
    assert isinstance(PolicyRetriever(searcher=searcher), BaseRetriever)


def test_invoke_returns_documents_with_citation_metadata(searcher, real_index):
    docs = PolicyRetriever(searcher=searcher, k=5).invoke("高級技師幹了五年能評副高嗎")  # Traditional input
    assert 0 < len(docs) <= 5
    for d in docs:
        assert isinstance(d, LCDocument)
        assert set(d.metadata) == METADATA_KEYS
        source = real_index.documents[d.metadata["doc_id"]]
        assert d.page_content in source.text  # quotable verbatim
        assert d.id == d.metadata["chunk_id"]
        assert (d.metadata["title"], d.metadata["region"]) == (source.title, source.region)
        assert any(a.path == d.metadata["article"] for a in real_index.articles_of(source.doc_id))
    assert ("zj-2022-0839a3", "三、（二）1.（3）") in {(d.metadata["doc_id"], d.metadata["article"]) for d in docs}


def test_region_restriction(searcher):
    docs = PolicyRetriever(searcher=searcher, k=10, regions=frozenset({"河南省", "全国"})).invoke("技能人才评价")
    assert docs and {d.metadata["region"] for d in docs} <= {"河南省", "全国"}


def test_in_force_on(searcher):
    retriever = PolicyRetriever(searcher=searcher, k=20, regions=frozenset({"四川省"}), in_force_on=TODAY)
    docs = retriever.invoke("职业技能等级制度")
    assert docs and {d.metadata["doc_id"] for d in docs} == {"sc-2022-cced2c"}
    for d in docs:
        assert d.metadata["expiry_date"] is None or d.metadata["expiry_date"] >= TODAY.isoformat()


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_modes(searcher, mode):
    docs = PolicyRetriever(searcher=searcher, k=2, mode=mode).invoke("就业见习补贴")
    assert len(docs) == 2


def test_batch(searcher):
    results = PolicyRetriever(searcher=searcher, k=2).batch(["就业见习补贴", "直播带岗"])
    assert [len(r) for r in results] == [2, 2]
    assert results[1][0].metadata["doc_id"] == "cn-2023-6dae69"


def _format(docs: list[LCDocument]) -> str:
    return "\n".join(f"[{d.metadata['doc_id']} {d.metadata['article']}] {d.page_content}" for d in docs)


def test_drops_into_a_runnable_chain(searcher):
    retriever = PolicyRetriever(searcher=searcher, k=2)
    seen: list[str] = []

    def capture(prompt_value):
        seen.append(prompt_value.to_string())
        return prompt_value

    prompt = ChatPromptTemplate.from_messages(
        [("system", "只根据以下条文回答：\n{context}"), ("human", "{question}")]
    )
    chain = (
        {"context": retriever | RunnableLambda(_format), "question": RunnablePassthrough()}
        | prompt
        | RunnableLambda(capture)
        | FakeListChatModel(responses=["见习补贴按最低工资标准的60%给予。"])
        | StrOutputParser()
    )
    assert chain.invoke("就业见习补贴标准") == "见习补贴按最低工资标准的60%给予。"
    assert "就业见习补贴标准" in seen[0]
    assert "[sx-2022-192e44" in seen[0] or "[cn-2023-dc2db9" in seen[0]  # the retrieved articles reached the prompt
