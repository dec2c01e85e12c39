"""The peer of `policy bench` (evals/peer.py) and the CPU reference (evals/bench_reference.py)."""

from __future__ import annotations

import pytest
from langchain_core.retrievers import BaseRetriever

from assistant.config import REPO_ROOT
from assistant.embeddings import make_embedder
from evals import bench_reference
from evals.peer import CHUNK_OVERLAP, CHUNK_SIZE, TOP_K, build_peer, split

RAW = sorted((REPO_ROOT / "corpus" / "raw").iterdir())


@pytest.fixture(scope="module")
def peer():
    built = build_peer(RAW, make_embedder("hash"))
    yield built
    built.close()


def test_chunks_are_chatchat_sized_and_overlap(peer):
    text = RAW[2].read_text(encoding="utf-8")
    chunks = split(text)
    assert len(chunks) > 5 and all(len(c) <= CHUNK_SIZE for c in chunks)
    assert max(len(c) for c in chunks) > CHUNK_SIZE * 0.8  # filled, not split at every sentence
    # chunks cut inside a long paragraph share text with the one before (the overlap)
    assert sum(1 for a, b in zip(chunks, chunks[1:]) if b[:20] in a) >= len(chunks) // 4
    assert peer.files == len(RAW) and peer.chunks > len(RAW)
    assert CHUNK_OVERLAP < CHUNK_SIZE


def test_the_peer_is_a_langchain_ensemble_of_bm25_and_chroma(peer):
    assert isinstance(peer.retriever, BaseRetriever)
    assert [type(r).__name__ for r in peer.retriever.retrievers] == ["BM25Retriever", "ChromaRetriever"]
    docs = peer.retrieve("晋中订单式培训每人补贴多少")
    assert 0 < len(docs) <= TOP_K
    assert any("订单" in d.page_content for d in docs)
    assert all(d.metadata["source"] in {p.name for p in RAW} for d in docs)


def test_rank_fusion_merges_equal_texts_and_weighs_both_lists(peer):
    bm25, dense = peer.retriever.retrievers
    query = "高级技师评副高"
    fused = [d.page_content for d in peer.retrieve(query)]
    lists = [[d.page_content for d in r.invoke(query)] for r in (bm25, dense)]
    assert len(fused) == len(set(fused))
    assert fused[0] in lists[0][:1] + lists[1][:1]  # the winner is first in one of the lists


def test_the_reference_is_fixed_work_and_ratios_use_every_sample():
    assert bench_reference.reference_work(1000) == bench_reference.reference_work(1000)
    clock = bench_reference.ReferenceClock(repeat=2, loops=20_000)
    clock.sample("start")
    clock.sample("end")
    data = clock.to_dict()
    assert data["runs"] == 4 and set(data["samples"]) == {"start", "end"}
    assert clock.ratio(clock.seconds * 3) == pytest.approx(3.0)
    assert bench_reference.ratio_text(clock.ratio(clock.seconds * 3)) == "3.00× ref"
    with pytest.raises(ValueError):
        bench_reference.ReferenceClock().seconds


def test_the_machine_record_names_cores_model_and_load():
    record = bench_reference.machine()
    assert record["cores"] >= record["usable_cores"] >= 1
    assert record["cpu_model"] and len(record["load_average"]) == 3
