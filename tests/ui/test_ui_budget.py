"""ui.limits.Budget awaited (``run_async``, what the page's coroutines use) keeps ``run``'s promises:
the result or the work's own error, ``Busy`` at once past the budget, and queued work that never starts."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.errors import Busy
from ui.chat import Conversation, steps_async, turn_plan
from ui.limits import Budget


def run(coroutine):
    """``asyncio.run`` in a thread of its own: Playwright's sync API (the browser tests of this
    directory) leaves an event loop running in the main thread for the whole session."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def test_the_result_and_the_works_own_errors_come_back():
    budget = Budget(2.0, workers=2)
    assert run(budget.run_async(lambda: 42)) == 42
    with pytest.raises(ValueError, match="own"):
        run(budget.run_async(lambda: (_ for _ in ()).throw(ValueError("own"))))

    def times_out():
        raise TimeoutError("the work's own timeout")

    with pytest.raises(TimeoutError, match="own timeout"):  # not taken for the budget running out
        run(budget.run_async(times_out))


def test_past_its_budget_a_request_is_told_at_once_and_queued_work_never_starts():
    budget = Budget(0.3, workers=1)
    release = threading.Event()
    started = []

    async def two():
        slow = asyncio.ensure_future(budget.run_async(lambda: release.wait(5)))
        await asyncio.sleep(0.05)
        queued = asyncio.ensure_future(budget.run_async(lambda: started.append("queued")))
        return await asyncio.gather(slow, queued, return_exceptions=True)

    begun = time.perf_counter()
    slow, queued = run(two())
    assert time.perf_counter() - begun < 1.5
    assert isinstance(slow, Busy) and isinstance(queued, Busy)
    release.set()
    time.sleep(0.2)
    assert started == []  # its budget ran out while it waited: it never ran


def test_the_event_loop_serves_others_while_the_work_runs():
    budget = Budget(2.0, workers=1)
    ticks = []

    async def both():
        async def tick():
            for _ in range(5):
                ticks.append(time.perf_counter())
                await asyncio.sleep(0.02)

        return await asyncio.gather(budget.run_async(lambda: time.sleep(0.2) or "done"), tick())

    assert run(both())[0] == "done"
    assert len(ticks) == 5 and ticks[-1] - ticks[0] < 0.19  # all while the work slept


class Slow:
    index = None

    def ask(self, *args, **kwargs):
        time.sleep(1.0)


def test_a_turn_past_its_budget_shows_the_busy_message_and_keeps_the_conversation():
    budget = Budget(0.2, workers=1)

    async def collect():
        return [step async for step in steps_async(turn_plan(Conversation(), "高级技师能评副高吗？", lambda: Slow()), budget)]

    (busy, before, done), (messages, after, last) = run(collect())
    assert not done and "pa-busy" in busy[-1]["content"]
    assert last and "请稍后再试" in messages[-1]["content"] and after.answered == 0 and after.turns == ()
