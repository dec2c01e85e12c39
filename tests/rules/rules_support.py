"""The parsed corpus as the rule tests see it: documents and articles by id and path."""

from __future__ import annotations

import functools
import json
from collections import defaultdict

from assistant.config import REPO_ROOT

PARSED = REPO_ROOT / "corpus" / "parsed"


@functools.lru_cache(maxsize=1)
def documents() -> dict[str, dict]:
    with open(PARSED / "documents.jsonl", encoding="utf-8") as f:
        return {d["doc_id"]: d for d in map(json.loads, f)}


@functools.lru_cache(maxsize=1)
def articles() -> dict[tuple[str, str], list[str]]:
    """(doc_id, path) → the texts of the articles with that path (a path can repeat)."""
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open(PARSED / "articles.jsonl", encoding="utf-8") as f:
        for a in map(json.loads, f):
            table[(a["doc_id"], a["path"])].append(a["text"])
    return dict(table)


def resolve(doc_id: str, article: str, quote: str | None = None) -> str | None:
    """None when the citation resolves, else what is wrong."""
    if doc_id not in documents():
        return f"unknown doc_id {doc_id}"
    texts = articles().get((doc_id, article))
    if not texts:
        paths = sorted({p for d, p in articles() if d == doc_id})
        return f"{doc_id} has no article {article!r} (has {paths[:12]}…)"
    if quote is not None and not any(quote in t for t in texts):
        return f"quote not in {doc_id} {article}: {quote!r}"
    return None
