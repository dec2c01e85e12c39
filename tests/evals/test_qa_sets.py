"""Validate the evaluation QA sets (evals/qa/dev.jsonl and evals/qa/test.jsonl).

The sets are written by hand from the corpus; these tests check that they are well formed
and still agree with ``corpus/parsed`` (every cited article exists, every expected quote is
a substring of that article, every validity status follows from the documents' dates).
They do not run the assistant.
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
QA_DIR = ROOT / "evals" / "qa"
PARSED = ROOT / "corpus" / "parsed"
FILES = {"dev": QA_DIR / "dev.jsonl", "test": QA_DIR / "test.jsonl"}
TODAY = date(2026, 11, 21)  # the day an item is about when its "date" is null

CATEGORIES = {"lookup", "eligibility", "amount", "validity", "multi-turn", "abstain", "compare"}
VERDICTS = {"eligible", "not_eligible", "need_more_info"}
STATUSES = {"in_force", "expired", "not_yet_effective"}
UNITS = {"元", "年", "次", "天", "%"}
REQUIRED_KEYS = {
    "id", "question", "category", "region", "history", "date",
    "expected_doc", "expected_article", "expected_quote", "expected_answer",
    "expected_number", "expected_unit", "expected_verdict", "expected_status", "abstain",
}
OPTIONAL_KEYS = {"also_acceptable", "notes"}
MIN_ITEMS = 150
MIN_TRADITIONAL = 0.12
ID_RE = re.compile(r"^(dev|test)-([a-z-]+)-(\d{3})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_t2s = opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """True when the text contains characters that OpenCC changes from Traditional to Simplified.

    >>> is_traditional("見習補貼每月多少錢")
    True
    >>> is_traditional("见习补贴每月多少钱")
    False
    """
    return _t2s.convert(text) != text


def _load(path: Path) -> list[dict]:
    items = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
                raise AssertionError(f"{path.name}:{n}: not JSON: {exc}") from exc
    return items


SETS = {name: _load(path) for name, path in FILES.items() if path.exists()}
ALL = [(name, item) for name, items in SETS.items() for item in items]

DOCS = {}
for _line in (PARSED / "documents.jsonl").open(encoding="utf-8"):
    _doc = json.loads(_line)
    DOCS[_doc["doc_id"]] = _doc
ARTICLES: dict[tuple[str, str], list[str]] = defaultdict(list)  # a path can occur twice in a document
for _line in (PARSED / "articles.jsonl").open(encoding="utf-8"):
    _art = json.loads(_line)
    ARTICLES[(_art["doc_id"], _art["path"])].append(_art["text"])


def _ids(pairs):
    return [item.get("id", f"{name}-?") for name, item in pairs]


# --------------------------------------------------------------------------- whole sets


def test_both_files_exist():
    for name, path in FILES.items():
        assert path.exists(), f"missing {path}"
        assert SETS.get(name), f"{path} is empty"


def test_enough_items():
    assert len(ALL) >= MIN_ITEMS, f"{len(ALL)} items, need at least {MIN_ITEMS}"


def test_ids_unique():
    counts = Counter(item["id"] for _, item in ALL)
    dup = [i for i, c in counts.items() if c > 1]
    assert not dup, f"duplicate ids: {dup}"


def test_questions_unique():
    counts = Counter((item["question"], json.dumps(item["history"], ensure_ascii=False)) for _, item in ALL)
    dup = [q for q, c in counts.items() if c > 1]
    assert not dup, f"duplicate questions: {dup}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_category_in_each_file(name):
    present = {item["category"] for item in SETS[name]}
    assert CATEGORIES <= present, f"{name} lacks {sorted(CATEGORIES - present)}"


def test_split_is_about_60_40():
    dev, test = len(SETS["dev"]), len(SETS["test"])
    share = dev / (dev + test)
    assert 0.5 <= share <= 0.7, f"dev share {share:.2f} (dev {dev}, test {test})"


def test_traditional_share_overall():
    trad = sum(is_traditional(item["question"]) for _, item in ALL)
    assert trad / len(ALL) >= MIN_TRADITIONAL, f"only {trad}/{len(ALL)} questions in Traditional"


@pytest.mark.parametrize("name", sorted(FILES))
def test_traditional_share_per_file(name):
    items = SETS[name]
    trad = sum(is_traditional(item["question"]) for item in items)
    assert trad / len(items) >= MIN_TRADITIONAL, f"{name}: only {trad}/{len(items)} in Traditional"


def test_every_document_family_covered():
    regions = {DOCS[item["expected_doc"]]["region"] for _, item in ALL if item["expected_doc"]}
    for region in ("浙江省", "江西省", "山西省", "四川省", "全国", "河南省", "晋中市"):
        assert region in regions, f"no item cites a {region} document"


# --------------------------------------------------------------------------- each item


@pytest.mark.parametrize("name,item", ALL, ids=_ids(ALL))
def test_schema(name, item):
    keys = set(item)
    assert REQUIRED_KEYS <= keys, f"missing keys {sorted(REQUIRED_KEYS - keys)}"
    assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}"

    m = ID_RE.match(item["id"])
    assert m, f"bad id {item['id']!r}"
    assert m.group(1) == name, f"id {item['id']} is in {name}.jsonl"
    assert m.group(2) == item["category"], f"id {item['id']} does not name category {item['category']}"

    assert item["category"] in CATEGORIES
    assert isinstance(item["question"], str) and item["question"].strip()
    assert item["region"] is None or (isinstance(item["region"], str) and item["region"])
    assert isinstance(item["abstain"], bool)
    assert isinstance(item["expected_answer"], str) and item["expected_answer"].strip()

    assert isinstance(item["history"], list)
    for turn in item["history"]:
        assert isinstance(turn, dict) and set(turn) == {"role", "content"}, turn
        assert turn["role"] in {"user", "assistant"}
        assert isinstance(turn["content"], str) and turn["content"].strip()

    if item["date"] is not None:
        assert isinstance(item["date"], str) and DATE_RE.match(item["date"]), item["date"]
        date.fromisoformat(item["date"])

    num = item["expected_number"]
    assert num is None or (isinstance(num, (int, float)) and not isinstance(num, bool))
    assert item["expected_unit"] is None or item["expected_unit"] in UNITS
    if item["expected_unit"] is not None:
        assert num is not None, "a unit without a number"
    assert item["expected_verdict"] is None or item["expected_verdict"] in VERDICTS
    assert item["expected_status"] is None or item["expected_status"] in STATUSES

    also = item.get("also_acceptable", [])
    assert isinstance(also, list)
    for pair in also:
        assert isinstance(pair, dict) and set(pair) == {"doc", "article"}, pair
    notes = item.get("notes")
    assert notes is None or isinstance(notes, str)


@pytest.mark.parametrize("name,item", ALL, ids=_ids(ALL))
def test_category_rules(name, item):
    cat = item["category"]
    if cat == "abstain":
        assert item["abstain"] is True
    else:
        assert item["abstain"] is False, "only abstain items may expect abstention"
    if cat == "eligibility":
        assert item["expected_verdict"] in VERDICTS
    if cat == "amount":
        assert item["expected_number"] is not None
    if cat == "validity":
        assert item["expected_status"] in STATUSES
    if cat == "multi-turn":
        assert item["history"], "a multi-turn item needs history"
        assert item["history"][0]["role"] == "user"
    else:
        assert item["history"] == [], "only multi-turn items carry history"
    if cat == "compare":
        assert item.get("also_acceptable"), "a compare item names its second region in also_acceptable"


@pytest.mark.parametrize("name,item", ALL, ids=_ids(ALL))
def test_expected_source(name, item):
    if item["abstain"]:
        assert item["expected_doc"] is None
        assert item["expected_article"] is None
        assert item["expected_quote"] is None
        assert item["expected_verdict"] is None and item["expected_status"] is None
        assert item["expected_number"] is None
        return
    doc, article, quote = item["expected_doc"], item["expected_article"], item["expected_quote"]
    assert doc in DOCS, f"unknown doc {doc}"
    assert (doc, article) in ARTICLES, f"{doc} has no article {article!r}"
    assert isinstance(quote, str) and 8 <= len(quote) <= 40, f"quote length {len(quote or '')}"
    assert any(quote in text for text in ARTICLES[(doc, article)]), f"quote {quote!r} not in {doc} {article}"
    for pair in item.get("also_acceptable", []):
        assert (pair["doc"], pair["article"]) in ARTICLES, f"also_acceptable {pair} does not exist"
        assert (pair["doc"], pair["article"]) != (doc, article), "also_acceptable repeats the expected article"


def _status(doc: dict, day: date) -> str | None:
    eff = doc.get("effective_date")
    exp = doc.get("expiry_date")
    if eff is None and exp is None:
        return None
    if eff and day < date.fromisoformat(eff):
        return "not_yet_effective"
    if exp and day > date.fromisoformat(exp):
        return "expired"
    return "in_force"


VALIDITY = [(n, i) for n, i in ALL if i.get("expected_status")]


@pytest.mark.parametrize("name,item", VALIDITY, ids=_ids(VALIDITY))
def test_status_follows_document_dates(name, item):
    day = date.fromisoformat(item["date"]) if item["date"] else TODAY
    got = _status(DOCS[item["expected_doc"]], day)
    assert got is not None, f"{item['expected_doc']} states no validity dates"
    assert got == item["expected_status"], f"documents.jsonl gives {got} on {day}"
