"""Serving load for ``policy bench``: concurrent conversations through the page's own API.

A bounded burst on loopback: ``conversations`` browser sessions, ``concurrent`` at a time,
each asking 2–4 turns (the first names its region and years, the later ones lean on the
session's history) and one article search.  Each request is sent the way the page's
JavaScript sends it — ``POST /gradio_api/queue/join`` with the session's hash, then the
event stream of ``GET /gradio_api/queue/data`` — from one asyncio loop.

The client is aiohttp (its HTTP parser is compiled), because the load generator shares the
server's cores and what it spends is taken from the page it measures.  httpx, the bench's client
until round 7, spent 9–12 ms of CPU a request on this machine (12 ms against a page whose
handlers do nothing), about as much as the page itself; aiohttp spends ~2 ms
(evals/reports/bench-round7/page.md).  Each burst reports it (``client_cpu_per_request_ms``).

Every request is timed in three parts, from the messages the queue sends:

- **queue wait**: join sent → ``process_starts`` (waiting for a worker);
- **processing**: ``process_starts`` → ``process_completed`` (the handler, Gradio's pre/post
  processing and the state kept for the session);
- **total**: join sent → ``process_completed`` (what the person waits for).

``serve_and_load`` starts `policy serve` as a child process on a free loopback port over a
given home and corpus, measures one person alone (the idle latency), then the burst, and
stops the server.  The CPU reference (evals/bench_reference.py, the one of every bench
report) is sampled before and after, on the run's clock when one is given, so figures on a
shared machine can be read as ratios comparable with the rest of the report.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.errors import PolicyError
from evals.bench_measure import percentile, policy_command
from evals.bench_reference import ReferenceClock, load_average, ratio_text

LOOPBACK = "127.0.0.1"
REGIONS = ("浙江", "四川", "河南", "山西", "晋中", "江西", "杭州")
FOLLOW_UPS = ("近3年考核都合格", "那正高呢？", "职业培训补贴怎么领？")
IDLE_QUESTION = "高级技师干了{years}年，在浙江能评副高吗？"


# ---------------------------------------------------------------- the plan
@dataclass(frozen=True)
class Conversation:
    n: int
    region: str
    turns: tuple[str, ...]


def plan(conversations: int, burst: int = 0) -> list[Conversation]:
    """Conversation ``n`` names its own region and years (3 + n) in its first turn only; in the
    ``burst``-th burst on the same server the years are 100 × ``burst`` more, so that no burst asks
    the first questions of another (a page keeps the vectors and tokens of the questions it has
    seen: the core answered 360–425 turns a second on questions it had seen, 125–170 on new ones)."""
    out = []
    for n in range(conversations):
        region = REGIONS[n % len(REGIONS)]
        first = f"我在{region}，是高级技师，取得高级技师后干了{3 + n + 100 * burst}年，能评副高吗？"
        out.append(Conversation(n, region, (first, *FOLLOW_UPS[: 1 + n % 3])))
    return out


# ---------------------------------------------------------------- one request
@dataclass(frozen=True)
class Timing:
    endpoint: str
    wait: float  # seconds from join to process_starts
    processing: float  # process_starts to process_completed
    total: float
    ok: bool
    error: str = ""


class PageClient:
    """One browser session's calls to the page's queue, over its own ``aiohttp.ClientSession``."""

    def __init__(self, http, fn_index: dict[str, int], base: str):
        self._http = http
        self._fn = fn_index
        self._base = base.rstrip("/")
        self.session = uuid.uuid4().hex

    async def call(self, endpoint: str, data: list, timeout: float) -> tuple[Timing, list | None]:
        started = time.perf_counter()
        begun = None
        try:
            async with asyncio.timeout(timeout):
                join = {"data": data, "event_data": None, "fn_index": self._fn[endpoint], "trigger_id": None, "session_hash": self.session}
                async with self._http.post(f"{self._base}/gradio_api/queue/join", json=join) as response:
                    await response.read()
                    if response.status != 200:
                        return self._failed(endpoint, started, begun, f"join {response.status}"), None
                async with self._http.get(f"{self._base}/gradio_api/queue/data", params={"session_hash": self.session}) as stream:
                    async for line in _lines(stream.content):
                        if not line.startswith(b"data:"):
                            continue
                        message = json.loads(line[5:])
                        kind = message.get("msg")
                        if kind == "process_starts" and begun is None:
                            begun = time.perf_counter()
                        elif kind == "process_completed":
                            done = time.perf_counter()
                            begun = begun or done
                            output = message.get("output") or {}
                            if not message.get("success", True) or "error" in output and output.get("error"):
                                return self._failed(endpoint, started, begun, f"error: {str(output.get('error'))[:200]}"), None
                            timing = Timing(endpoint, begun - started, done - begun, done - started, True)
                            return timing, output.get("data")
                        elif kind == "unexpected_error":
                            return self._failed(endpoint, started, begun, f"unexpected: {message.get('message')}"), None
        except TimeoutError:
            return self._failed(endpoint, started, begun, "timeout"), None
        except Exception as error:  # noqa: BLE001 - a failed request is a finding, counted
            return self._failed(endpoint, started, begun, f"{type(error).__name__}: {error}"), None
        return self._failed(endpoint, started, begun, "stream ended without a result"), None

    @staticmethod
    def _failed(endpoint: str, started: float, begun: float | None, error: str) -> Timing:
        now = time.perf_counter()
        begun = begun or now
        return Timing(endpoint, begun - started, now - begun, now - started, False, error)


async def _lines(content):
    """The lines of an event stream, however long (an answer's line grows with the conversation;
    aiohttp's own line reader stops at 64 KiB)."""
    pending = b""
    async for chunk in content.iter_any():
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            yield line.rstrip(b"\r")
    if pending:
        yield pending


def http_session(timeout: float):
    """A browser's connections: an ``aiohttp.ClientSession`` that ignores proxy settings (loopback)."""
    import aiohttp

    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout), trust_env=False)


def fn_indexes(url: str) -> dict[str, int]:
    """The queue's number of each named endpoint, from the page's /config."""
    with urllib.request.urlopen(url.rstrip("/") + "/config", timeout=10) as response:
        config = json.loads(response.read())
    return {d["api_name"]: d["id"] for d in config["dependencies"] if d.get("api_name")}


# ---------------------------------------------------------------- the burst
@dataclass
class LoadResult:
    conversations: int
    concurrent: int
    timings: list[Timing] = field(default_factory=list)
    elapsed: float = 0.0
    client_cpu: float = 0.0  # CPU seconds the load generator (this process) spent on the burst
    errors: list[str] = field(default_factory=list)
    replies: dict[int, list[str]] = field(default_factory=dict)

    def summary(self) -> dict:
        asks = [t for t in self.timings if t.endpoint == "ask" and t.ok]
        searches = [t for t in self.timings if t.endpoint == "search" and t.ok]

        def ms(values: list[float], p: float) -> float | None:
            return round(1000 * percentile(values, p), 1) if values else None

        return {
            "conversations": self.conversations,
            "concurrent": self.concurrent,
            "requests": len(self.timings),
            "answers": len(asks),
            "searches": len(searches),
            "errors": len(self.errors),
            "error_examples": self.errors[:5],
            "elapsed_seconds": round(self.elapsed, 2),
            "answers_per_second": round(len(asks) / self.elapsed, 1) if self.elapsed else None,
            "requests_per_second": round(len(self.timings) / self.elapsed, 1) if self.elapsed else None,
            "client_cpu_per_request_ms": round(1000 * self.client_cpu / len(self.timings), 2) if self.timings else None,
            "answer_ms": {"p50": ms([t.total for t in asks], 50), "p95": ms([t.total for t in asks], 95), "max": ms([t.total for t in asks], 100)},
            "answer_wait_ms": {"p50": ms([t.wait for t in asks], 50), "p95": ms([t.wait for t in asks], 95)},
            "answer_processing_ms": {"p50": ms([t.processing for t in asks], 50), "p95": ms([t.processing for t in asks], 95)},
            "search_ms": {"p50": ms([t.total for t in searches], 50), "p95": ms([t.total for t in searches], 95)},
        }


def _last_reply(data: list | None) -> str:
    messages = data[0] if data else None
    if not messages:
        return ""
    content = messages[-1].get("content") if isinstance(messages[-1], dict) else ""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


async def _burst(urls: list[str], conversations: list[Conversation], concurrent: int, timeout: float, search: bool) -> LoadResult:
    result = LoadResult(len(conversations), concurrent)
    fns = [fn_indexes(url) for url in urls]
    gate = asyncio.Semaphore(concurrent)

    async def converse(conversation: Conversation) -> None:
        # one HTTP client per conversation, as each browser has its own connections and cookies;
        # conversation n stays on page n mod len(urls), as a sticky proxy keeps it (docs/deployment.md)
        where = conversation.n % len(urls)
        async with gate, http_session(timeout) as http:
            client = PageClient(http, fns[where], urls[where])
            replies = result.replies.setdefault(conversation.n, [])
            for turn in conversation.turns:
                timing, data = await client.call("ask", [turn, "自动识别", None], timeout)
                result.timings.append(timing)
                if not timing.ok:
                    result.errors.append(f"#{conversation.n} ask: {timing.error}")
                    return
                reply = _last_reply(data)
                replies.append(reply)
                if "pa-notice-error" in reply:
                    result.errors.append(f"#{conversation.n} ask: error notice")
            if search:
                timing, data = await client.call("search", [f"{conversation.region} 补贴", "all", "all", "all"], timeout)
                result.timings.append(timing)
                if not timing.ok:
                    result.errors.append(f"#{conversation.n} search: {timing.error}")
                elif data and "pa-notice-error" in str(data[0]):
                    result.errors.append(f"#{conversation.n} search: error notice")

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(converse(c) for c in conversations))
    result.elapsed, result.client_cpu = time.perf_counter() - started, time.process_time() - cpu
    return result


def run_load(
    url: str | list[str], conversations: int = 100, concurrent: int = 50, timeout: float = 60, search: bool = True, burst: int = 0
) -> LoadResult:
    """The ``burst``-th burst (``plan``) against a page already serving at ``url`` (or several pages,
    each conversation kept on one)."""
    urls = [url] if isinstance(url, str) else list(url)
    return asyncio.run(_burst(urls, plan(conversations, burst), concurrent, timeout, search))


def idle_latency(url: str, n: int = 10, timeout: float = 60) -> dict:
    """One person alone on a quiet server: first turns of fresh sessions, one after another (ms)."""

    async def run() -> list[float]:
        fn = fn_indexes(url)
        async with http_session(timeout) as http:
            # one warm-up question (the first request of a page pays for its own first use)
            await PageClient(http, fn, url).call("ask", [IDLE_QUESTION.format(years=2), "自动识别", None], timeout)
            times = []
            for i in range(n):
                timing, _ = await PageClient(http, fn, url).call("ask", [IDLE_QUESTION.format(years=3 + i), "自动识别", None], timeout)
                if timing.ok:
                    times.append(timing.total)
            return times

    times = asyncio.run(run())
    return {
        "n": len(times),
        "p50_ms": round(1000 * percentile(times, 50), 1) if times else None,
        "max_ms": round(1000 * max(times), 1) if times else None,
    }


# ---------------------------------------------------------------- a server of its own
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def start_server(env: dict[str, str], log: Path, args: tuple[str, ...] = (), wait: float = 180) -> tuple[subprocess.Popen, str]:
    """`policy serve --port <free>` as a child process; returns once the page answers."""
    port = free_port()
    env = {**env, "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    with open(log, "wb") as out:
        process = subprocess.Popen([*policy_command(), "serve", "--port", str(port), *args], env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://{LOOPBACK}:{port}/"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PolicyError(f"`policy serve` exited with {process.returncode}: {log.read_text(errors='replace')[-800:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            pass
        time.sleep(0.3)
    stop_server(process)
    raise PolicyError(f"`policy serve` did not answer within {wait:.0f} s: {log.read_text(errors='replace')[-800:]}")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def serve_and_load(
    env: dict[str, str], work: Path, conversations: int = 100, concurrent: int = 50, repeat: int = 1,
    processes: int = 1, expected: list[dict[int, list[str]]] | None = None, clock: ReferenceClock | None = None,
) -> dict:
    """Serve the index named by ``env`` (POLICY_HOME …) with ``processes`` `policy serve` processes,
    measure one person alone, then the burst ``repeat`` times (each conversation kept on one
    process); the CPU reference (sampled on ``clock``, the run's, when given) and load average before and after.

    ``expected``: for each burst, each conversation's replies when run alone in process
    (``core_rate`` of that burst's ``plan``); a reply of the page that differs is counted
    (``replies_differing``) — a session that saw another's history, or a follow-up sent to a
    process that did not hold its conversation.
    """
    import psutil

    clock = clock or ReferenceClock(repeat=3)
    reference_before, load_before = clock.sample(f"serving, {processes} process(es): before"), load_average()
    servers = []
    try:
        for n in range(processes):
            servers.append(start_server(env, work / f"serve-load-{n}.log"))
        urls = [url for _, url in servers]
        handles = [psutil.Process(process.pid) for process, _ in servers]
        idle = idle_latency(urls[0])
        bursts = []
        for burst in range(repeat):
            cpu_before = [h.cpu_times() for h in handles]
            result = run_load(urls, conversations, concurrent, burst=burst)
            cpu_after = [h.cpu_times() for h in handles]
            summary = result.summary()
            busy = sum((a.user - b.user) + (a.system - b.system) for a, b in zip(cpu_after, cpu_before))
            summary["server_cpu_seconds"] = round(busy, 2)
            summary["server_cpu_per_answer_ms"] = round(1000 * busy / max(1, summary["answers"] + summary["searches"]), 1)
            summary["load_average"] = load_average()
            if expected is not None:
                want_of = expected[burst]
                summary["replies_differing"] = sum(
                    got != want for n, replies in result.replies.items() for got, want in zip(replies, want_of.get(n, []))
                )
            bursts.append(summary)
        rss = [h.memory_info().rss for h in handles]
    finally:
        for process, _ in servers:
            stop_server(process)
    return {
        "processes": processes,
        "cpu_reference_seconds": {"before": round(reference_before, 4), "after": round(clock.sample(f"serving, {processes} process(es): after"), 4)},
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "idle": idle,
        "bursts": bursts,
        "server_rss_mib": round(max(rss) / 2**20, 1),
    }


def core_rate(settings, conversations: list[Conversation]) -> dict:
    """The speed of the core, in this process, one thread: every turn of the plan through the page's
    own turn function (``ui.chat.respond``: the answer and its HTML), one conversation after another.

    What the page would deliver if serving cost nothing: the reference for its answers a second.
    """
    from assistant.answer import get_assistant
    from assistant.config import today as beijing_today
    from ui.chat import Conversation as Chat
    from ui.chat import respond

    assistant = get_assistant(settings)
    assistant.warm()
    day = beijing_today()
    times, replies = [], {}
    started = time.perf_counter()
    for conversation in conversations:
        chat = Chat()
        for turn in conversation.turns:
            begun = time.perf_counter()
            chat = respond(chat, turn, lambda: assistant, today=day)
            times.append(time.perf_counter() - begun)
            replies.setdefault(conversation.n, []).append(chat.messages[-1]["content"])
    elapsed = time.perf_counter() - started
    return {
        "answers": len(times),
        "answers_per_second": round(len(times) / elapsed, 1),
        "p50_ms": round(1000 * percentile(times, 50), 1),
        "p95_ms": round(1000 * percentile(times, 95), 1),
        "replies": replies,
    }


def bench_serving(
    corpus: Path, home: Path, embedding: str, work: Path, conversations: int, concurrent: int, runs: int, say,
    clock: ReferenceClock | None = None,
) -> dict:
    """`policy bench`'s serving section: cold start step by step, the speed of the core, and the page
    under a burst of concurrent conversations, each beside the CPU reference of the same run (``clock``)."""
    from assistant.config import Settings
    from evals.bench_cold import cold_start
    from evals.bench_measure import bench_env

    env = bench_env(home, corpus, embedding)
    say("serving: cold start, step by step, beside the reference process")
    cold = cold_start(env, COLD_QUESTION, runs)
    say("serving: the speed of the core (one thread, in process)")
    settings = Settings(corpus_dir=corpus, home=home, embedding=embedding, log_questions=False)
    core = core_rate(settings, plan(conversations))
    # what each burst's conversations get alone (each burst asks first questions of its own)
    expected = [core.pop("replies"), *(core_rate(settings, plan(conversations, burst))["replies"] for burst in range(1, runs))]
    say(f"serving: `policy serve` under {conversations} conversations, {concurrent} at a time")
    page = serve_and_load(env, work, conversations, concurrent, repeat=runs, expected=expected, clock=clock)
    say("serving: two `policy serve` processes, each conversation kept on one (scale-out)")
    two = serve_and_load(env, work, conversations, concurrent, repeat=runs, processes=2, expected=expected, clock=clock)
    return {
        "embedding": embedding,
        "cold_start": cold,
        "core": core,
        "page": page,
        "median_burst": _median_burst(page),
        "page_to_core": round(_median_burst(page)["answers_per_second"] / core["answers_per_second"], 2) if core["answers_per_second"] else None,
        "two_processes": two,
        "two_processes_median_burst": _median_burst(two),
    }


def _median_burst(page: dict) -> dict:
    """The median of the bursts by answer p95."""
    bursts = sorted(page["bursts"], key=lambda b: b["answer_ms"]["p95"] or float("inf"))
    return bursts[len(bursts) // 2]


COLD_QUESTION = "浙江技师干满几年能评中级职称？"

# (key, label, limit, unit, how to read the value, lower is better)
SERVING_TARGETS = (
    ("page_p95", "page API, 50 concurrent conversations: answer p95", 1500.0, "ms", lambda s: s["median_burst"]["answer_ms"]["p95"], True),
    ("page_rate", "page API, 50 concurrent conversations: answers a second", 25.0, "/s", lambda s: s["median_burst"]["answers_per_second"], False),
    ("page_errors", "page API, 50 concurrent conversations: errors", 0.0, "", lambda s: max(b["errors"] for b in s["page"]["bursts"]), True),
    ("page_alone", "one person alone on the page", 100.0, "ms", lambda s: s["page"]["idle"]["p50_ms"], True),
    ("cold_ratio", "cold `policy ask` to its answer, × the reference process", 2.0, "×", lambda s: s["cold_start"]["ratio_to_reference"], True),
)


def serving_targets(serving: dict | None) -> list[dict]:
    """The issue's serving and cold-start targets, met or not (the 50-conversation ones only at 50)."""
    if not serving:
        return []
    out = []
    for key, label, limit, unit, read, lower in SERVING_TARGETS:
        value = read(serving)
        if key.startswith("page_") and key != "page_alone" and serving["median_burst"]["concurrent"] != 50:
            concurrent = serving["median_burst"]["concurrent"]
            note, why = f"measured at {concurrent} concurrent, not 50", f"本次同时进行 {concurrent} 个对话，不是 50 个"
            out.append({"key": key, "target": label, "limit": limit, "unit": unit, "value": value, "met": None, "note": note, "why": why, "bound": "≤" if lower else "≥"})
            continue
        met = value <= limit if lower else value >= limit
        note = f"{value / limit:.2f}× the limit" if limit else ("none" if met else f"{value:g}")
        bound = "≤" if lower else "≥"
        out.append({"key": key, "target": label, "limit": limit, "unit": unit, "value": value, "met": met, "note": note, "bound": bound})
    return out


def _ms(reference: float | None, *values: float, digits: int = 0) -> str:
    """``23 / 40 ms · 0.0354 / 0.0615× ref``: times in ms, each with its ratio to the run's CPU reference."""
    text = " / ".join(f"{v:.{digits}f}" for v in values) + " ms"
    if not reference:
        return text
    ratios = [ratio_text(v / 1000 / reference).removesuffix("× ref") for v in values]
    return f"{text} · {' / '.join(ratios)}× ref"


def render_serving(serving: dict | None, reference: float | None = None) -> list[str]:
    """The Markdown section of bench.md for ``serving``; ``reference``: the run's CPU reference in
    seconds (evals/bench_reference.py), beside which every time is given."""
    if not serving:
        return []
    cold, core, page, burst = serving["cold_start"], serving["core"], serving["page"], serving["median_burst"]
    ref = cold["reference_seconds"]
    ask = cold["ask_wall_seconds"]
    in_units = f" ({ratio_text(ask['median'] / reference)} of the in-process reference)" if reference else ""
    out = ["", f"## Serving and cold start ({serving['embedding']} embeddings)", ""]
    out.append(
        f"Cold `policy ask` to its answer: **{ask['median']:.2f} s** [{ask['min']:.2f}–{ask['max']:.2f}]{in_units}, "
        f"**{cold['ratio_to_reference']:.2f}×** the reference process ({cold['reference']}: "
        f"{ref['median']:.2f} s [{ref['min']:.2f}–{ref['max']:.2f}] in the same run; medians of {cold['runs']})."
    )
    out += ["", "| step of a cold process | ms (median) |", "|---|---|"]
    out += [f"| {name} | {_ms(reference, ms)} |" for name, ms in cold["steps_ms"].items()]
    out += ["", f"Heavy modules a cold `policy ask` imports: {', '.join(cold['heavy_modules']) or 'none'}."]
    cpu = page["cpu_reference_seconds"]
    out += [
        "",
        f"The page (`policy serve`, its own process, loopback): {burst['conversations']} conversations of 2–4 turns and one "
        f"search each, {burst['concurrent']} at a time, through the page's queue API "
        f"(median of {len(page['bursts'])} bursts by p95). CPU reference (evals/bench_reference.py) sampled around the bursts: "
        f"{cpu['before']:.3f} s before, {cpu['after']:.3f} s after; load average "
        f"{page['load_average_before']} → {page['load_average_after']}.",
        "",
        "| measure | one `policy serve` | two, each conversation kept on one | core (one thread, in process) |",
        "|---|---|---|---|",
    ]
    two, pair = serving["two_processes"], serving["two_processes_median_burst"]

    def p50_p95(key: str):
        return lambda b: _ms(reference, b[key]["p50"], b[key]["p95"])

    rows = (
        ("answers a second", lambda b: f"{b['answers_per_second']:.1f}", f"{core['answers_per_second']:.1f}"),
        ("answer p50 / p95", p50_p95("answer_ms"), _ms(reference, core["p50_ms"], core["p95_ms"], digits=1)),
        ("of which waiting in the queue, p50 / p95", p50_p95("answer_wait_ms"), "—"),
        ("of which processing, p50 / p95", p50_p95("answer_processing_ms"), "—"),
        ("search p50 / p95", p50_p95("search_ms"), "—"),
        ("errors", lambda b: f"{b['errors']} of {b['requests']} requests", "—"),
        ("replies differing from the conversation run alone", lambda b: str(b.get("replies_differing", "—")), "—"),
        ("server CPU per request", lambda b: _ms(reference, b["server_cpu_per_answer_ms"], digits=1), "—"),
        ("load generator CPU per request (on the same cores)", _client_cpu(reference), "—"),
    )
    out += [f"| {label} | {cell(burst)} | {cell(pair)} | {core_cell} |" for label, cell, core_cell in rows]
    out += [
        f"| one person alone (p50 of {page['idle']['n']}) | {_ms(reference, page['idle']['p50_ms'])} | "
        f"{_ms(reference, two['idle']['p50_ms'])} | {_ms(reference, core['p50_ms'], digits=1)} |",
        f"| server RSS after the bursts (largest process) | {page['server_rss_mib']:.0f} MiB | {two['server_rss_mib']:.0f} MiB | — |",
        "",
        f"The page delivers {serving['page_to_core']:.2f}× the core's answers a second on one process. "
        f"Load average during the two-process bursts: {two['load_average_before']} → {two['load_average_after']}.",
    ]
    return out


def _client_cpu(reference: float | None):
    """The load generator's CPU per request, for a burst that recorded it (reports before round 7 did not)."""

    def cell(burst: dict) -> str:
        value = burst.get("client_cpu_per_request_ms")
        return "—" if value is None else _ms(reference, value, digits=1)

    return cell


def render_serving_report(data: dict) -> str:
    """serving.md for a `policy bench --serving-only` run: the targets and the serving section,
    every time beside the run's CPU reference."""
    meta = data["meta"]
    reference = (data.get("reference") or {}).get("seconds")
    out = [f"# 服务与冷启动 · Serving and cold start ({meta['started'][:10]})", ""]
    out.append(
        f"`policy bench --serving-only` at commit `{meta['commit'] or '?'}` · embedding `{meta['embedding']}` · "
        f"{meta['cpus']} CPUs, {meta['machine']} · repeat {meta['repeat']}{' · **quick run**' if meta['quick'] else ''}. "
        f"Load average at start {meta['load_average_start']}, at end {meta.get('load_average_end')}."
    )
    if reference:
        runs = data["reference"]
        out.append(
            f"CPU reference (`{runs['work']}`, timed in this run, the same as in bench.md): median {reference:.3f} s "
            f"[{runs['min']:.3f}–{runs['max']:.3f}] over {runs['runs']} runs."
        )
    out += ["", "## Targets", "", "| target | limit | measured | met | note |", "|---|---|---|---|---|"]
    for t in data["targets"]:
        met = "—" if t["met"] is None else ("✅" if t["met"] else "❌")
        value = _ms(reference, t["value"], digits=1) if t["unit"] == "ms" else f"{t['value']:.1f} {t['unit']}"
        out.append(f"| {t['target']} | {t['bound']} {t['limit']:g} {t['unit']} | {value} | {met} | {t['note']} |")
    out += render_serving(data.get("serving"), reference)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m evals.bench_serving [URL] [CONVERSATIONS] [CONCURRENT]``: the burst against a running page
    (or, without a URL, a `policy serve` of its own over the ``POLICY_*`` settings)."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0].startswith("http"):
        url, rest = args[0], args[1:]
        conversations = int(rest[0]) if rest else 100
        concurrent = int(rest[1]) if len(rest) > 1 else 50
        reference = ReferenceClock(repeat=3).sample("start")
        idle = idle_latency(url)
        result = run_load(url, conversations, concurrent)
        out = {"cpu_reference_seconds": round(reference, 4), "idle": idle, **result.summary(), "load_average": load_average()}
    else:
        conversations = int(args[0]) if args else 100
        concurrent = int(args[1]) if len(args) > 1 else 50
        work = Path(os.environ.get("TMPDIR", "/tmp"))
        out = serve_and_load(dict(os.environ), work, conversations, concurrent)
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
