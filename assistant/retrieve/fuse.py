"""Fusing ranked lists: reciprocal rank fusion, and a score-normalised alternative.

RRF (Cormack, Clarke & Büttcher, SIGIR 2009): score(d) = Σ_lists 1 / (k + rank(d)).
"""

from __future__ import annotations


def rrf(rankings: list[list[str]], k: int = 60, weights: list[float] | None = None) -> dict[str, float]:
    """Reciprocal rank fusion of ranked id lists (best first).

    >>> sorted(rrf([["a", "b"], ["b", "c"]], k=1).items())
    [('a', 0.5), ('b', 0.8333333333333333), ('c', 0.3333333333333333)]
    """
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


def minmax(scores: dict[str, float]) -> dict[str, float]:
    """Scale to [0, 1] (all equal → 1).

    >>> minmax({"a": 2.0, "b": 4.0})
    {'a': 0.0, 'b': 1.0}
    """
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    if hi == lo:
        return {key: 1.0 for key in scores}
    return {key: (value - lo) / (hi - lo) for key, value in scores.items()}


def weighted(score_lists: list[dict[str, float]], weights: list[float]) -> dict[str, float]:
    """Convex combination of min-max normalised scores (a missing id scores 0 in that list).

    >>> weighted([{"a": 1.0, "b": 0.0}, {"b": 1.0}], [0.5, 0.5])
    {'a': 0.5, 'b': 0.5}
    """
    fused: dict[str, float] = {}
    normalised = [minmax(s) for s in score_lists]
    for scores, weight in zip(normalised, weights):
        for key, value in scores.items():
            fused[key] = fused.get(key, 0.0) + weight * value
    return fused
