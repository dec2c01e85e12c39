"""Hybrid search over the real corpus: metadata filters and the three modes."""

from __future__ import annotations

from datetime import date

import pytest
from assistant_support import TODAY

from assistant.retrieve.hybrid import Filters, HybridSearcher

EXPIRED_ON_TODAY = {"sc-2023-79c742", "sc-2024-9a23d6", "sc-2024-9bb533"}
MODES = ("hybrid", "bm25", "dense", "weighted")


@pytest.fixture(scope="module")
def searcher(real_index) -> HybridSearcher:
    return HybridSearcher(real_index, rrf_k=60)


def test_bm25_finds_the_article_that_answers(searcher):
    hits = searcher.search("高级技师 从事技术技能工作满4年 申报副高级职称评审", k=3, mode="bm25")
    assert (hits[0].chunk.doc_id, hits[0].chunk.article) == ("zj-2022-0839a3", "三、（二）1.（3）")


@pytest.mark.parametrize("mode", MODES)
def test_k_is_respected_and_scores_descend(searcher, mode):
    hits = searcher.search("职业技能等级认定", k=4, mode=mode)
    assert 0 < len(hits) <= 4
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.chunk.chunk_id for h in hits}) == len(hits)


@pytest.mark.parametrize("mode", MODES)
def test_region_filter(searcher, mode):
    allowed = frozenset({"河南省", "全国"})
    hits = searcher.search("技能人才评价 职业技能等级认定", k=20, filters=Filters(regions=allowed), mode=mode)
    assert hits
    assert {h.chunk.region for h in hits} <= allowed


def test_region_filter_city_and_province(searcher):
    allowed = frozenset({"山西省", "晋中市"})
    hits = searcher.search("就业见习 技能培训 人人持证", k=50, filters=Filters(regions=allowed))
    assert {h.chunk.region for h in hits} == allowed


@pytest.mark.parametrize("mode", MODES)
def test_doc_ids_filter_returns_k_chunks_of_that_document(searcher, real_index, mode):
    """Even when the document is far from the question (the dense side must not lose it)."""
    doc = "cn-2022-d18100"  # 中小企业数字化转型指南: 24 chunks, none about titles for technicians
    n_chunks = sum(1 for c in real_index.chunks if c.doc_id == doc)
    hits = searcher.search("高级技师评副高级职称", k=10, filters=Filters(doc_ids=frozenset({doc})), mode=mode)
    assert {h.chunk.doc_id for h in hits} <= {doc}
    if mode != "bm25":  # BM25 only returns chunks sharing a word with the question
        assert len(hits) == min(10, n_chunks)


@pytest.mark.parametrize("mode", MODES)
def test_in_force_on_drops_expired_documents(searcher, mode):
    only = Filters(doc_ids=frozenset(EXPIRED_ON_TODAY), in_force_on=TODAY)
    assert searcher.search("职业技能等级制度 稳定和扩大就业", k=10, filters=only, mode=mode) == []
    everything = searcher.search("职业技能等级制度 意见", k=50, filters=Filters(in_force_on=TODAY), mode=mode)
    assert everything and not {h.chunk.doc_id for h in everything} & EXPIRED_ON_TODAY


def test_in_force_on_an_earlier_day_keeps_them(searcher, real_index):
    hits = searcher.search(
        "职业技能等级制度",
        k=10,
        filters=Filters(doc_ids=frozenset({"sc-2023-79c742"}), in_force_on=date(2025, 1, 1)),
    )
    assert hits and {h.chunk.doc_id for h in hits} == {"sc-2023-79c742"}


def test_in_force_on_drops_documents_not_yet_effective(searcher, real_index):
    # the Zhejiang 贯通 measures take effect on 2022-12-17
    day = date(2022, 12, 1)
    assert real_index.documents["zj-2022-0839a3"].status_on(day) == "not_yet_effective"
    hits = searcher.search("高级技师 副高级职称", k=50, filters=Filters(in_force_on=day))
    assert hits and "zj-2022-0839a3" not in {h.chunk.doc_id for h in hits}


def test_in_force_on_keeps_documents_without_a_stated_period(searcher, real_index):
    henan = "ha-2023-8075c7"
    assert real_index.documents[henan].status_on(TODAY) == "unknown"
    hits = searcher.search("技能人才队伍建设", k=5, filters=Filters(doc_ids=frozenset({henan}), in_force_on=TODAY))
    assert hits


def test_filters_combine(searcher):
    filters = Filters(regions=frozenset({"四川省"}), in_force_on=TODAY)
    hits = searcher.search("职业技能等级认定", k=20, filters=filters)
    assert hits
    assert {h.chunk.doc_id for h in hits} == {"sc-2022-cced2c"}  # the only Sichuan document still in force


def test_a_filter_that_excludes_everything_returns_nothing(searcher):
    assert searcher.search("补贴", filters=Filters(regions=frozenset({"广东省"}))) == []
    assert searcher.search("补贴", filters=Filters(doc_ids=frozenset())) == []


def test_bm25_mode_uses_only_bm25(searcher):
    hits = searcher.search("就业见习补贴", k=5, mode="bm25")
    assert all(h.lexical_rank is not None and h.dense_rank is None for h in hits)
    assert all(h.score == pytest.approx(h.lexical) for h in hits)


def test_dense_mode_uses_only_vectors(searcher):
    hits = searcher.search("就业见习补贴", k=5, mode="dense")
    assert all(h.dense_rank is not None and h.lexical_rank is None for h in hits)
    assert all(h.score == pytest.approx(h.dense) and -1.0 <= h.dense <= 1.0 for h in hits)


def test_hybrid_score_is_rrf_of_both_ranks(searcher):
    hits = searcher.search("就业见习补贴", k=8, mode="hybrid")
    assert any(h.lexical_rank and h.dense_rank for h in hits)
    for h in hits:
        expected = sum(1 / (searcher.rrf_k + r) for r in (h.lexical_rank, h.dense_rank) if r)
        assert h.score == pytest.approx(expected)


def test_weighted_scores_are_in_unit_interval(searcher):
    hits = searcher.search("就业见习补贴", k=8, mode="weighted")
    assert all(0.0 <= h.score <= 1.0 for h in hits)


def test_chunks_are_substrings_of_their_documents(searcher, real_index):
    for h in searcher.search("补贴标准", k=10):
        doc = real_index.documents[h.chunk.doc_id]
        assert doc.text[h.chunk.start : h.chunk.end] == h.chunk.text


def test_a_text_searched_again_is_not_scored_or_embedded_again_and_finds_the_same(real_index, monkeypatch):
    """A compare question searches its text once per region: one BM25 scoring, one embedding."""
    searcher = HybridSearcher(real_index, rrf_k=60)
    calls = {"bm25": 0, "embed": 0}
    scores, embed = real_index.lexical.scores, real_index.embedder.embed
    monkeypatch.setattr(real_index.lexical, "scores", lambda text: calls.__setitem__("bm25", calls["bm25"] + 1) or scores(text))
    monkeypatch.setattr(real_index.embedder, "embed", lambda texts: calls.__setitem__("embed", calls["embed"] + 1) or embed(texts))
    text = "高级技师评副高级职称的条件"
    per_region = [
        searcher.search(text, k=5, filters=Filters(regions=frozenset({region, "全国"}))) for region in ("浙江省", "河南省")
    ]
    assert calls == {"bm25": 1, "embed": 1}
    assert [h.chunk.chunk_id for h in searcher.search(text, k=5, filters=Filters(regions=frozenset({"浙江省", "全国"})))] == [
        h.chunk.chunk_id for h in per_region[0]
    ]
    fresh = HybridSearcher(real_index, rrf_k=60)  # nothing remembered: the same hits
    assert [h.chunk.chunk_id for h in fresh.search(text, k=5, filters=Filters(regions=frozenset({"河南省", "全国"})))] == [
        h.chunk.chunk_id for h in per_region[1]
    ]
