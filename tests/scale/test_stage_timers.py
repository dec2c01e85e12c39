"""The bench's stage timers (evals.bench.stage_timers): time BM25, embedding and Chroma, then restore them."""

from __future__ import annotations

import time
from types import SimpleNamespace

from evals.bench import stage_timers


class _Stage:
    def __init__(self, name: str, seconds: float):
        self.name, self.seconds = name, seconds

    def run(self, *args, **kwargs):
        time.sleep(self.seconds)
        return self.name


def _index():
    lexical, embedder, dense = _Stage("bm25", 0.01), _Stage("embed", 0.02), _Stage("chroma", 0.0)
    lexical.scores, embedder.embed, dense.query = lexical.run, embedder.run, dense.run
    for stage, name in ((lexical, "scores"), (embedder, "embed"), (dense, "query")):
        setattr(type(stage), name, _Stage.run)  # the method the timer shadows and gives back
        del stage.__dict__[name]
    return SimpleNamespace(lexical=lexical, embedder=embedder, nearest=dense)


def test_each_stage_is_timed_and_the_methods_are_given_back():
    index = _index()
    with stage_timers(index) as spent:
        assert index.lexical.scores("q") == "bm25" and index.embedder.embed("q") == "embed"
        assert index.nearest.query("q") == "chroma"
    assert spent["bm25"] >= 9 and spent["embed"] >= 19 and spent["chroma"] < spent["bm25"]
    assert not any(name in stage.__dict__ for stage, name in ((index.lexical, "scores"), (index.embedder, "embed"), (index.nearest, "query")))
    index.lexical.scores("again")  # restored: no longer counted
    assert spent["bm25"] < 20
