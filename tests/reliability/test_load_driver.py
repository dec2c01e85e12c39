"""The load driver of `policy bench` (evals/bench_serving.py) speaks the page's queue the way the
browser does: one session per conversation, its turns leaning on that session's history."""

from __future__ import annotations

from evals.bench_serving import plan, run_load


def test_each_conversation_keeps_its_session_and_every_request_is_timed(page):
    result = run_load(page.url, conversations=6, concurrent=3, timeout=60)
    summary = result.summary()
    assert summary["errors"] == 0, summary["error_examples"]
    assert summary["answers"] == sum(len(c.turns) for c in plan(6)) and summary["searches"] == 6
    assert summary["client_cpu_per_request_ms"] > 0  # what the load generator took of the machine, reported
    for conversation in plan(6):
        replies = result.replies[conversation.n]
        assert len(replies) == len(conversation.turns) and all("pa-" in r for r in replies)
    for timing in result.timings:
        assert timing.ok and timing.wait >= 0 and timing.processing >= 0
        assert abs(timing.total - timing.wait - timing.processing) < 1e-6


def test_each_burst_asks_first_questions_of_its_own():
    """A page keeps the vectors of questions it has seen: a burst that repeated the last one's
    questions would be measured cheaper than people asking new ones."""
    bursts = [plan(100, burst) for burst in range(3)]
    firsts = [{c.turns[0] for c in conversations} for conversations in bursts]
    assert all(len(f) == 100 for f in firsts)
    assert not (firsts[0] & firsts[1]) and not (firsts[1] & firsts[2]) and not (firsts[0] & firsts[2])
    assert [c.turns[1:] for c in bursts[0]] == [c.turns[1:] for c in bursts[2]]  # the same follow-ups, the same shape
