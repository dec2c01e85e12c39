"""The LRU of query vectors in front of the embedder (``assistant.embeddings.QueryCache``)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from assistant.embeddings import HashingEmbedder, QueryCache


class Counting:
    """An embedder that counts the texts it embeds."""

    def __init__(self):
        self.inner = HashingEmbedder(64)
        self.model_id, self.dim = self.inner.model_id, self.inner.dim
        self.texts: list[str] = []
        self._lock = threading.Lock()

    def embed(self, texts):
        with self._lock:
            self.texts.extend(texts)
        return self.inner.embed(texts)


QUESTIONS = ["高级技师评副高级职称需要什么条件", "那正高呢？", "职业培训补贴怎么领？"]


def test_a_cached_vector_is_the_embedders_own():
    cache = QueryCache(Counting(), size=16)
    plain = HashingEmbedder(64)
    for _ in range(3):
        for q in QUESTIONS:
            got = cache.embed([q])
            assert got.shape == (1, 64) and got.dtype == np.float32
            assert np.array_equal(got, plain.embed([q]))
    assert cache.model_id == plain.model_id and cache.dim == 64


def test_each_question_is_embedded_once():
    inner = Counting()
    cache = QueryCache(inner, size=16)
    for _ in range(5):
        for q in QUESTIONS:
            cache.embed([q])
    assert sorted(inner.texts) == sorted(QUESTIONS)
    assert (cache.hits, cache.misses) == (12, 3)


def test_batches_pass_through_uncached():
    inner = Counting()
    cache = QueryCache(inner, size=16)
    rows = cache.embed(QUESTIONS)
    assert np.array_equal(rows, HashingEmbedder(64).embed(QUESTIONS))
    assert cache.embed([]).shape == (0, 64)
    assert len(cache) == 0 and inner.texts == QUESTIONS


def test_the_least_recently_used_goes_first():
    inner = Counting()
    cache = QueryCache(inner, size=2)
    cache.embed(["a"]), cache.embed(["b"]), cache.embed(["a"]), cache.embed(["c"])  # "b" is the oldest now
    inner.texts.clear()
    cache.embed(["a"]), cache.embed(["c"])
    assert inner.texts == [] and len(cache) == 2
    cache.embed(["b"])
    assert inner.texts == ["b"]


def test_no_caller_can_change_what_the_next_one_gets():
    cache = QueryCache(Counting(), size=4)
    first = cache.embed([QUESTIONS[0]])
    with pytest.raises(ValueError):
        first[0, 0] = 99.0
    assert np.array_equal(cache.embed([QUESTIONS[0]]), HashingEmbedder(64).embed([QUESTIONS[0]]))


def test_many_threads_get_the_same_vectors():
    cache = QueryCache(Counting(), size=8)
    plain = HashingEmbedder(64)
    work = [QUESTIONS[n % 3] for n in range(300)]
    with ThreadPoolExecutor(8) as pool:
        rows = list(pool.map(lambda q: cache.embed([q])[0], work))
    assert all(np.array_equal(row, plain.embed([q])[0]) for row, q in zip(rows, work))
    assert len(cache) == 3


def test_size_zero_caches_nothing():
    inner = Counting()
    cache = QueryCache(inner, size=0)
    cache.embed(["a"]), cache.embed(["a"])
    assert inner.texts == ["a", "a"] and len(cache) == 0


def test_an_open_index_embeds_a_repeated_question_once(real_index):
    embedder = real_index.embedder
    assert isinstance(embedder, QueryCache)
    inner = embedder.inner
    calls = []
    original = inner.embed
    inner.embed = lambda texts: calls.append(list(texts)) or original(texts)
    try:
        question = "晋中订单式培训15天，每人补多少？（缓存测试）"
        first = embedder.embed([question])
        second = embedder.embed([question])
    finally:
        del inner.embed
    assert calls == [[question]]
    assert np.array_equal(first, second) and np.array_equal(first, original([question]))
