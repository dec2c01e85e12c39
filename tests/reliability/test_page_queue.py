"""The page's queue as `policy serve` runs it (``ui.app.enable_queue``): how many requests work at once,
where the others wait, and no per-event bookkeeping for a dashboard the page does not have.

The page is launched in this process (``own_page``) with a short time budget, and the library
behind it is made slow on purpose, so what the queue does can be seen without timing anything
but the budget itself.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from page_support import call_raw, own_page, settings_from_env

import ui.app
from assistant.answer import Assistant, get_assistant
from assistant.config import PAGE_WORKERS

SLOW = "请在这里慢下来"
WORK_SECONDS = 1.5  # each slow request's work
# more than one request's work, less than two; the margin (1.1 s) is the real ask's own time on a
# loaded 2-core machine (CI once ran out at 0.7 + 0.5 s with the suite's other processes running)
BUDGET_SECONDS = 2.6


@pytest.fixture(scope="module")
def page(real_build):
    with own_page(settings_from_env(real_build[0], POLICY_REQUEST_SECONDS=str(BUDGET_SECONDS))) as page:
        # warm, as `policy serve` is before its first person (jieba, BM25, Chroma, the embedder)
        get_assistant(page.settings).warm()
        call_raw(page.port, "search", ["培训补贴", "all", "all", "all"])
        yield page


@pytest.fixture
def working(monkeypatch):
    """How many slow asks and searches are being worked on at once (the largest number seen)."""
    lock = threading.Lock()
    seen = {"now": 0, "most": 0, "done": 0}

    def slowly(work):
        def run(*args, **kwargs):
            text = args[1] if len(args) > 1 else ""
            if not (isinstance(text, str) and SLOW in text):
                return work(*args, **kwargs)
            with lock:
                seen["now"] += 1
                seen["most"] = max(seen["most"], seen["now"])
            try:
                time.sleep(WORK_SECONDS)
                return work(*args, **kwargs)
            finally:
                with lock:
                    seen["now"] -= 1
                    seen["done"] += 1

        return run

    monkeypatch.setattr(Assistant, "ask", slowly(Assistant.ask))
    monkeypatch.setattr(ui.app, "search_articles", slowly(ui.app.search_articles))
    return seen


def test_requests_wait_in_the_queue_not_on_their_time_budget(page, working):
    """As many asks and searches as the page has workers, twice over, all at once: each is answered
    within its budget, because a request waits in the queue and its budget starts with its work.

    (Before, each kind of event had 4 workers of its own and all of them fed one pool of 4:
    4 asks and 4 searches at once left 4 waiting in the pool, their budgets running.)
    """
    asks = [("ask", [f"{SLOW}，高级技师干了{n}年能评副高吗？", "自动识别", None]) for n in range(PAGE_WORKERS)]
    searches = [("search", [f"{SLOW} 培训补贴", "all", "all", "all"]) for _ in range(PAGE_WORKERS)]
    with ThreadPoolExecutor(2 * PAGE_WORKERS) as pool:
        results = list(pool.map(lambda call: call_raw(page.port, *call, timeout=60), asks + searches))

    assert working["done"] == 2 * PAGE_WORKERS
    for status, output in results:
        assert status == 200
        text = str(output)
        assert "系统繁忙" not in text, "a request ran out of its budget while it waited"
        assert "pa-cite" in text or "pa-card" in text
    # the queue lets exactly as many work at once as the pool has workers, chat and search together
    assert working["most"] == PAGE_WORKERS


def test_every_working_event_is_in_one_group_as_large_as_the_pool(page):
    working = [fn for fn in page.demo.fns.values() if fn.api_name and fn.api_name.startswith(("ask", "search", "show_document", "list_documents"))]
    assert {fn.api_name for fn in working} >= {"ask", "ask_1", "ask_example", "search", "search_1", "show_document", "list_documents"}
    assert {(fn.concurrency_id, fn.concurrency_limit) for fn in working} == {(ui.app.WORK_GROUP, PAGE_WORKERS)}


def test_the_queue_keeps_no_analytics_for_a_dashboard(page, monkeypatch):
    """Gradio's queue would rebuild a pandas table of past events after every event (for its
    monitoring page, which this page does not have); it never does here."""
    from gradio.queueing import Queue

    built = []
    monkeypatch.setattr(Queue, "_get_df", staticmethod(lambda records: built.append(len(records))))
    for n in range(3):
        status, output = call_raw(page.port, "ask", [f"高级技师干了{n + 3}年能评副高吗？", "自动识别", None])
        assert status == 200 and "pa-cite" in str(output)
    assert built == []


def test_gradio_is_warmed_before_the_first_person(monkeypatch):
    """Gradio switches matplotlib's backend around every event; the first switch imports pyplot."""
    pytest.importorskip("matplotlib")
    import sys

    ui.app.warm_gradio()
    assert "matplotlib.pyplot" in sys.modules
