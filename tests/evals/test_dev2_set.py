"""Validate the second development set evals/qa/dev2.jsonl (when it exists).

Same format as dev.jsonl (see evals/README.md); ids are ``dev2-<category>-NNN``.  Checks
the schema, that every cited article exists and every quote is an exact substring of it,
the Traditional share, and that no question repeats one of dev.jsonl.  It does not run
the assistant.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import opencc
import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV2 = ROOT / "evals" / "qa" / "dev2.jsonl"
DEV = ROOT / "evals" / "qa" / "dev.jsonl"
PARSED = ROOT / "corpus" / "parsed"

KEYS = {
    "id", "question", "category", "region", "history", "date", "expected_doc", "expected_article",
    "expected_quote", "expected_answer", "expected_number", "expected_unit", "expected_verdict",
    "expected_status", "abstain", "also_acceptable", "notes",
}
CATEGORIES = {"lookup", "eligibility", "amount", "validity", "multi-turn", "abstain", "compare"}
ID_RE = re.compile(r"^dev2-([a-z-]+)-(\d{3})$")

pytestmark = pytest.mark.skipif(not DEV2.exists(), reason="no evals/qa/dev2.jsonl")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()] if path.exists() else []


ITEMS = _load(DEV2)
ARTICLES: dict[tuple[str, str], list[str]] = defaultdict(list)
for _line in (PARSED / "articles.jsonl").open(encoding="utf-8"):
    _a = json.loads(_line)
    ARTICLES[(_a["doc_id"], _a["path"])].append(_a["text"])
DOC_IDS = {json.loads(line)["doc_id"] for line in (PARSED / "documents.jsonl").open(encoding="utf-8")}
_t2s = opencc.OpenCC("t2s")


def test_ids_unique_and_size():
    counts = Counter(i["id"] for i in ITEMS)
    assert not [k for k, c in counts.items() if c > 1]
    assert len(ITEMS) >= 50


def test_traditional_share():
    trad = sum(_t2s.convert(i["question"]) != i["question"] for i in ITEMS)
    assert trad / len(ITEMS) >= 0.12, f"{trad}/{len(ITEMS)}"


def test_no_question_copied_from_dev():
    dev = {i["question"] for i in _load(DEV)}
    assert not [i["id"] for i in ITEMS if i["question"] in dev]


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_item(item):
    assert set(item) == KEYS, sorted(set(item) ^ KEYS)
    m = ID_RE.match(item["id"])
    assert m and m.group(1) == item["category"] and item["category"] in CATEGORIES
    assert item["question"].strip() and item["expected_answer"].strip()
    for turn in item["history"]:
        assert set(turn) == {"role", "content"} and turn["role"] in {"user", "assistant"} and turn["content"].strip()
    if item["category"] == "multi-turn":
        assert item["history"], "multi-turn items need history"
    else:
        assert item["history"] == []
    if item["date"] is not None:
        date.fromisoformat(item["date"])
    assert item["expected_unit"] in (None, "元", "年", "次", "天", "%")
    assert item["expected_verdict"] in (None, "eligible", "not_eligible", "need_more_info")
    if item["category"] == "eligibility":
        assert item["expected_verdict"]
    if item["category"] == "amount":
        assert item["expected_number"] is not None
    if item["category"] == "multi-turn":
        assert item["expected_verdict"] or item["expected_number"] is not None or item["expected_status"]
    if item["abstain"]:
        assert item["expected_doc"] is None
        return
    assert item["expected_doc"] in DOC_IDS
    texts = ARTICLES.get((item["expected_doc"], item["expected_article"]))
    assert texts, f"no article {item['expected_doc']} {item['expected_article']}"
    quote = item["expected_quote"]
    assert 8 <= len(quote) <= 40 and any(quote in t for t in texts), quote
    assert isinstance(item["notes"], str) and item["notes"], "say how the answer was computed"
