"""Load: a bounded burst of concurrent conversations against `policy serve`, through the page's own API.

80 conversations, 50 at a time, 2–4 turns each, plus one lookup search each (a few
hundred requests), each sent with ``gradio_client`` as a separate browser session.
Every conversation names its own region and its own number of years in the first turn
only; the later turns ("近3年考核都合格", "那正高呢？") lean on that session's history.
So a leak between sessions would show: another session's region in the citations, or
another session's years in the facts the answer lists as known.

Asserted: zero errors; every reply is exactly what the assistant answers in this process
for that conversation alone (so the per-session ``gr.State`` holds that session's turns
and nothing else); no region or years from another conversation; the question log has one
redacted line per question under one hashed id per session.  Measured: p50/p95 latency,
printed and written to tests/artifacts/load.json.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from reliability_support import close_all, read_log, reply_text

from assistant.answer import Assistant
from assistant.config import PAGE_WORKERS, REPO_ROOT
from assistant.config import today as beijing_today
from assistant.query import province_of
from assistant.regions import NATIONAL
from ui.chat import Conversation, respond

pytestmark = pytest.mark.slow

CONVERSATIONS = 80
CONCURRENT = 50
BURST_SECONDS = 120  # the whole burst stops by itself after this, finished or not
REQUEST_SECONDS = 60
REGIONS = ("浙江", "四川", "河南", "山西", "晋中", "江西", "杭州")
FOLLOW_UPS = ("近3年考核都合格", "那正高呢？", "职业培训补贴怎么领？")
ARTIFACT = REPO_ROOT / "tests" / "artifacts" / "load.json"


@dataclass
class Script:
    n: int
    region: str
    years: int
    turns: tuple[str, ...]
    replies: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def scripts() -> list[Script]:
    out = []
    for n in range(CONVERSATIONS):
        region, years = REGIONS[n % len(REGIONS)], 3 + n  # years 3..82: one number per conversation
        first = f"我在{region}，是高级技师，取得高级技师后干了{years}年，能评副高吗？"
        out.append(Script(n, region, years, (first, *FOLLOW_UPS[: 1 + n % 3])))
    return out


def run_burst(url: str, plan: list[Script]) -> tuple[list[float], list[float], float]:
    """Send every script's turns in its own session; (ask latencies, search latencies, elapsed)."""
    from gradio_client import Client

    asks: list[float] = []
    searches: list[float] = []
    lock = threading.Lock()
    clients: list[Client] = []
    deadline = time.monotonic() + BURST_SECONDS

    def converse(script: Script) -> None:
        try:
            client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
        except Exception as error:  # noqa: BLE001 - an error is a finding, counted below
            script.errors.append(f"connect: {type(error).__name__}: {error}")
            return
        with lock:
            clients.append(client)
        for turn in script.turns:
            if time.monotonic() > deadline:
                script.errors.append("burst deadline reached")
                return
            started = time.perf_counter()
            try:
                result = client.submit(turn, "自动识别", api_name="/ask").result(timeout=REQUEST_SECONDS)
            except Exception as error:  # noqa: BLE001
                script.errors.append(f"ask: {type(error).__name__}: {error}")
                return
            with lock:
                asks.append(time.perf_counter() - started)
            script.replies.append(reply_text(result))
            if len(result[0]) != 2 * len(script.replies):
                script.errors.append(f"{len(result[0])} messages after {len(script.replies)} turns")
        started = time.perf_counter()
        try:
            found = client.submit(f"{script.region} 补贴", "all", "all", "all", api_name="/search").result(timeout=REQUEST_SECONDS)
        except Exception as error:  # noqa: BLE001
            script.errors.append(f"search: {type(error).__name__}: {error}")
            return
        with lock:
            searches.append(time.perf_counter() - started)
        if "pa-notice-error" in found:
            script.errors.append("search answered with an error notice")

    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(CONCURRENT) as pool:
            list(pool.map(converse, plan))
    finally:
        close_all(clients)
    return asks, searches, time.perf_counter() - started


def idle_latencies(url: str, n: int = 10) -> list[float]:
    """One session asking alone, before the burst: the latency a person sees on a quiet server."""
    from gradio_client import Client

    client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
    try:
        times = []
        for i in range(n):
            client.submit(api_name="/new_conversation").result(timeout=REQUEST_SECONDS)  # first turns only
            started = time.perf_counter()
            client.submit(f"高级技师干了{i + 3}年，在浙江能评副高吗？", "自动识别", api_name="/ask").result(timeout=REQUEST_SECONDS)
            times.append(time.perf_counter() - started)
        return times
    finally:
        client.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def allowed_regions(assistant: Assistant, region: str) -> set[str]:
    province = province_of(region)
    return {NATIONAL} | {d.region for d in assistant.index.documents.values() if d.province == province}


def test_a_burst_of_concurrent_conversations_has_no_errors_and_no_leaks(served):
    plan = scripts()
    day = beijing_today()
    idle = idle_latencies(served.url)
    asks, searches, elapsed = run_burst(served.url, plan)

    errors = [f"#{s.n}: {e}" for s in plan for e in s.errors]
    errors += [f"#{s.n} turn {i + 1}: error notice" for s in plan for i, r in enumerate(s.replies) if "pa-notice-error" in r]
    requests = len(asks) + len(searches)
    report = {
        "conversations": CONVERSATIONS,
        "concurrent": CONCURRENT,
        "requests": requests,
        "ask_requests": len(asks),
        "search_requests": len(searches),
        "errors": len(errors),
        "elapsed_s": round(elapsed, 2),
        "throughput_rps": round(requests / elapsed, 1),
        "idle_ask_p50_ms": round(1000 * percentile(idle, 50)),
        "ask_p50_ms": round(1000 * percentile(asks, 50)),
        "ask_p95_ms": round(1000 * percentile(asks, 95)),
        "ask_max_ms": round(1000 * max(asks)),
        "search_p50_ms": round(1000 * percentile(searches, 50)) if searches else None,
        "search_p95_ms": round(1000 * percentile(searches, 95)) if searches else None,
        "all_p50_ms": round(1000 * percentile(asks + searches, 50)),
        "all_p95_ms": round(1000 * percentile(asks + searches, 95)),
        "server": f"policy serve, {os.environ.get('POLICY_TEST_EMBEDDING', 'hash')} embeddings, real corpus (29 documents, 428 chunks), queue concurrency {PAGE_WORKERS}",
        "machine_cores": __import__("os").cpu_count(),
        "date": day.isoformat(),
    }
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\nload:", json.dumps(report, ensure_ascii=False))

    assert not errors, errors[:10]
    assert len(asks) == sum(len(s.turns) for s in plan) and len(searches) == CONVERSATIONS
    assert requests >= 250

    # each session's replies are exactly what its own conversation, alone, gets
    assistant = Assistant(served.settings)
    if beijing_today() == day:  # (a burst that straddles midnight in Beijing changes the status date)
        for script in plan:
            conversation = Conversation()
            for turn, got in zip(script.turns, script.replies, strict=True):
                conversation = respond(conversation, turn, lambda: assistant, today=day)
                expected = conversation.messages[-1]["content"]
                if got != expected:  # both sides kept for the diff; the assertion message cannot hold them
                    (ARTIFACT.parent / "load-mismatch.html").write_text(f"{got}\n<hr>\n{expected}", encoding="utf-8")
                assert got == expected, f"conversation #{script.n}, turn {turn!r}: see tests/artifacts/load-mismatch.html"

    # and, spelled out, nothing of another conversation shows in it
    for script in plan:
        own = allowed_regions(assistant, script.region)
        for reply in script.replies:
            cited = set(re.findall(r'class="pa-region">([^<]+)<', reply))
            assert cited <= own, (script.n, script.region, cited - own)
            years = {int(y) for y in re.findall(r'年限：</span><b class="pa-chip-value">(\d+)', reply)}  # the facts understood
            assert years <= {script.years}, (script.n, script.years, years)
    assert any(re.search(r'年限：</span><b class="pa-chip-value">', r) for s in plan for r in s.replies)  # the years are shown, so a leak would be seen

    # the question log: one redacted line per question, one hashed id per session
    lines = [line for line in read_log(served.settings) if line["question"].startswith(("我在", *FOLLOW_UPS))]
    assert len(lines) == len(asks)
    assert len({line["session"] for line in lines}) == CONVERSATIONS
