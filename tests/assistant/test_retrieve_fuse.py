"""Rank fusion (RRF, min-max weighted) and our BM25 against the reference rank-bm25."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.retrieve.fuse import minmax, rrf, weighted
from assistant.retrieve.lexical import LexicalIndex
from assistant.tokenize import tokenize


# ----------------------------------------------------------------------- RRF
def test_rrf_is_the_sum_of_reciprocal_ranks():
    scores = rrf([["a", "b", "c"], ["c", "a"]], k=60)
    assert scores["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert scores["b"] == pytest.approx(1 / 62)
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 61)


def test_rrf_rewards_agreement_between_lists():
    scores = rrf([["x", "both"], ["y", "both"]], k=60)
    assert max(scores, key=scores.get) == "both"


def test_rrf_k_flattens_the_rank_differences():
    sharp = rrf([["a", "b"]], k=1)
    flat = rrf([["a", "b"]], k=1000)
    assert sharp["a"] / sharp["b"] > flat["a"] / flat["b"] > 1


def test_rrf_weights_scale_each_list():
    scores = rrf([["a"], ["b"]], k=60, weights=[2.0, 1.0])
    assert scores["a"] == pytest.approx(2 * scores["b"])
    # the lexical weight of the answer path: the BM25-only item wins a tie on rank
    assert max(scores, key=scores.get) == "a"


def test_rrf_of_nothing_is_empty():
    assert rrf([]) == {}
    assert rrf([[], []]) == {}


def test_rrf_single_list_keeps_its_order():
    ranking = ["d", "a", "c", "b"]
    scores = rrf([ranking], k=60)
    assert sorted(scores, key=scores.get, reverse=True) == ranking


# ------------------------------------------------------------------ weighted
def test_minmax_scales_to_unit_interval():
    assert minmax({"a": 2.0, "b": 4.0, "c": 3.0}) == {"a": 0.0, "b": 1.0, "c": 0.5}
    assert minmax({"a": 7.0, "b": 7.0}) == {"a": 1.0, "b": 1.0}
    assert minmax({}) == {}


def test_weighted_is_a_convex_combination():
    fused = weighted([{"a": 10.0, "b": 0.0}, {"a": 0.2, "b": 0.4}], [0.7, 0.3])
    assert fused["a"] == pytest.approx(0.7)
    assert fused["b"] == pytest.approx(0.3)


def test_weighted_missing_id_scores_zero_in_that_list():
    fused = weighted([{"a": 1.0, "b": 0.0}, {"c": 1.0, "d": 0.5}], [0.5, 0.5])
    assert fused == {"a": 0.5, "b": 0.0, "c": 0.5, "d": 0.0}


def test_weighted_is_invariant_to_score_scale():
    lists = [{"a": 3.0, "b": 1.0, "c": 2.0}, {"a": 0.1, "b": 0.9, "c": 0.5}]
    scaled = [{k: v * 100 + 7 for k, v in lists[0].items()}, lists[1]]
    assert weighted(lists, [0.5, 0.5]) == pytest.approx(weighted(scaled, [0.5, 0.5]))


# ------------------------------------------------- BM25 against rank-bm25
CORPUS = [
    "取得高级技师职业资格后，从事技术技能工作满4年，可申报副高级职称评审。",
    "就业见习补贴按当地最低工资标准的60%给予见习单位。",
    "对离校2年内未就业高校毕业生，给予一次性求职创业补贴。",
    "职业技能等级认定由用人单位和社会评价机构实施。",
    "公共实训基地向民营企业员工开放，开展职业技能提升培训。",
    "灵活就业人员缴纳社会保险费的，给予社会保险补贴。",
    "直播带岗是就业公共服务的新形式，推动岗位信息精准推送。",
    "数字人才培育行动，培养数字技能人才。",
    "技能人才评价机构应当备案，接受行政监管和社会监督。",
    "职业培训补贴按培训合格人数和补贴标准拨付。",
]
QUERIES = [
    "高级技师评副高级职称",
    "见习补贴最低工资",
    "高校毕业生求职补贴",
    "职业技能等级认定",
    "直播带岗",
    "社会保险补贴 灵活就业",
    "技能人才评价机构备案",
    "数字技能",
    "职业技能 培训 补贴",
]
K1, B = 1.2, 0.75


@pytest.fixture(scope="module")
def ours() -> LexicalIndex:
    return LexicalIndex.build(CORPUS, k1=K1, b=B)


@pytest.fixture(scope="module")
def reference():
    from rank_bm25 import BM25Okapi

    return BM25Okapi([tokenize(d) for d in CORPUS], k1=K1, b=B)


@pytest.mark.parametrize("query", QUERIES)
def test_same_top_document_as_rank_bm25(ours, reference, query):
    """rank-bm25's Okapi idf differs from Lucene's (and floors common terms), so the
    best document must agree; the full ranking is checked against the formula below."""
    assert int(np.argmax(ours.scores(query))) == int(np.argmax(reference.get_scores(tokenize(query))))


def _lucene_scores(reference, query_tokens: list[str]) -> np.ndarray:
    """BM25 as bm25s's ``lucene`` method states it, on rank-bm25's term statistics.

    idf(t) = ln(1 + (N − n_t + 0.5) / (n_t + 0.5));  tf part = tf / (tf + k1·(1 − b + b·|d|/avgdl))
    (Lucene ≥ 8 drops the constant (k1 + 1) numerator; Kamphuis et al., ECIR 2020).
    """
    n_docs = reference.corpus_size
    out = np.zeros(n_docs)
    for j, freqs in enumerate(reference.doc_freqs):
        norm = K1 * (1 - B + B * reference.doc_len[j] / reference.avgdl)
        for term in query_tokens:
            tf = freqs.get(term, 0)
            if tf:
                df = sum(1 for f in reference.doc_freqs if term in f)
                out[j] += math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) * tf / (tf + norm)
    return out


@pytest.mark.parametrize("query", QUERIES)
def test_scores_equal_the_lucene_formula_on_reference_statistics(ours, reference, query):
    expected = _lucene_scores(reference, tokenize(query))
    got = ours.scores(query)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    # and therefore the same ranking of every document that matches
    matched = expected > 0
    assert list(np.argsort(-got, kind="stable")[: matched.sum()]) == list(
        np.argsort(-expected, kind="stable")[: matched.sum()]
    )


def test_query_without_tokens_scores_zero(ours):
    assert not ours.scores("的了吗？").any()
    assert ours.size == len(CORPUS)


def test_index_round_trips_through_disk(ours, tmp_path):
    ours.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    for query in QUERIES:
        np.testing.assert_allclose(loaded.scores(query), ours.scores(query))


def test_building_does_not_turn_on_bm25s_debug_logging():
    """bm25s sets DEBUG on import; the application's choice (the CLI sets WARNING) must stand."""
    import subprocess
    import sys

    from assistant.config import REPO_ROOT

    script = (
        "import logging\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "logging.getLogger('bm25s').setLevel(logging.WARNING)\n"
        "from assistant.retrieve.lexical import LexicalIndex\n"
        "LexicalIndex.build(['就业见习补贴', '高级技师'])\n"
        "print(logging.getLogger('bm25s').level)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "DEBUG" not in done.stderr and "Building index" not in done.stderr
    assert done.stdout.strip() == "30"  # logging.WARNING
