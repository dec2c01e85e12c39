"""``policy bench`` against the peer: the same questions, the same files, the same embedder, in turns.

The assistant answers each QA item in full (understanding, rules, retrieval, quotes,
composing); the peer (evals/peer.py, a Chatchat-style BM25 + Chroma ensemble) only
retrieves.  After one untimed pass of each (both share the process's LRU of question
vectors: a timed pass of either then embeds nothing), passes alternate (ours, then the
peer's, ``passes`` times), so load that comes and goes on a shared machine falls on both.
Per QA category: p50/p95 of each, and ours ÷ the peer's p95 (the target: at most 1.2×).
Where ours is slower, the breakdown per category says where its time goes: BM25, the
query's embedding, Chroma, and everything else (understanding, rules, quotes, composing).
"""

from __future__ import annotations

import time
from pathlib import Path

from assistant.config import Settings

TARGET_RATIO = 1.2  # ours ÷ the peer's retrieval-only p95, per category


def versus_peer(settings: Settings, raw_files: list[Path], items: list[dict], passes: int) -> dict:
    from assistant.answer import Assistant
    from evals.bench import _assistant_ask, _latency_table, qa_pass
    from evals.peer import CHUNK_OVERLAP, CHUNK_SIZE, TOP_K, WEIGHTS, build_peer

    assistant = Assistant(settings)
    assistant.warm()
    peer = build_peer(raw_files, assistant.index.embedder)
    try:
        peer.retrieve(items[0]["question"] if items else "高级技师")  # jieba's dictionary, Chroma warm
        # one untimed pass of each: every question's vector is then in the process's LRU for both (the
        # peer embeds the question as typed, ours its normalized text), so no timed pass pays an embedding
        # the other side does not — warm means warm for both, in every pass
        qa_pass(_assistant_ask(assistant), items)
        _timed_per_category(peer.retrieve, items)
        _timed_per_category(_our_retrieval(assistant), items)
        ours_runs, peer_runs, retrieval_runs = [], [], []
        for _ in range(passes):
            ours_runs.append(qa_pass(_assistant_ask(assistant), items)[0])
            peer_runs.append(_timed_per_category(peer.retrieve, items))
            retrieval_runs.append(_timed_per_category(_our_retrieval(assistant), items))
        breakdown = breakdown_per_category(assistant, items)
    finally:
        peer.close()
    ours, theirs, retrieval = _latency_table(ours_runs), _latency_table(peer_runs), _latency_table(retrieval_runs)
    ratio = {
        category: round(ours[category]["p95"]["median"] / theirs[category]["p95"]["median"], 3)
        for category in ours
        if category in theirs and theirs[category]["p95"]["median"] > 0
    }
    return {
        "peer": {
            "what": "Chatchat-style EnsembleRetriever: BM25Okapi (jieba.lcut_for_search) + Chroma, weighted RRF",
            "chunk_size": CHUNK_SIZE,
            "chunk_overlap": CHUNK_OVERLAP,
            "top_k": TOP_K,
            "weights": list(WEIGHTS),
            "files": peer.files,
            "chunks": peer.chunks,
            "build_seconds": round(peer.build_seconds, 3),
            "embed_seconds": round(peer.embed_seconds, 3),
        },
        "passes": passes,
        "ours_ms": ours,  # full answers
        "ours_retrieval_ms": retrieval,  # our hybrid search alone, like for like with the peer
        "peer_ms": theirs,  # retrieval only
        "p95_ratio": ratio,  # ours (full answer) ÷ the peer's retrieval, per category
        "target_ratio": TARGET_RATIO,
        "breakdown_ms": breakdown,
    }


def _timed_per_category(fn, items: list[dict]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for item in items:
        started = time.perf_counter()
        fn(item["question"])
        out.setdefault(item["category"], []).append((time.perf_counter() - started) * 1000)
    return out


def _our_retrieval(assistant):
    """Our hybrid search alone (no understanding, rules or composing), as the peer's retrieval is."""
    from assistant.query import expand, normalize_question

    def retrieve(question: str):
        text = normalize_question(question)
        return assistant.searcher.search(expand(text), k=assistant.settings.top_k, dense_text=text)

    return retrieve


def breakdown_per_category(assistant, items: list[dict]) -> dict[str, dict[str, float]]:
    """Mean ms per question in each category: BM25, query embedding, Chroma, the rest, total."""
    from evals.bench import _ask, _assistant_ask, stage_timers

    sums: dict[str, dict[str, float]] = {}
    counts: dict[str, int] = {}
    ask = _assistant_ask(assistant)
    with stage_timers(assistant.index) as spent:
        for item in items:
            for key in spent:
                spent[key] = 0.0
            _, ms, _ = _ask(ask, item)
            row = sums.setdefault(item["category"], {"bm25": 0.0, "embed": 0.0, "chroma": 0.0, "total": 0.0})
            for key, value in spent.items():
                row[key] += value
            row["total"] += ms
            counts[item["category"]] = counts.get(item["category"], 0) + 1
    out = {}
    for category, row in sorted(sums.items()):
        n = counts[category]
        mean = {k: round(v / n, 3) for k, v in row.items()}
        mean["other"] = round(mean["total"] - mean["bm25"] - mean["embed"] - mean["chroma"], 3)
        out[category] = mean
    return out
