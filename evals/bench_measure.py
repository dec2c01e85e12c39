"""Measuring for ``policy bench``: spreads over repeated runs, percentiles, timed child processes.

Every figure the benchmark reports is a ``Spread``: the median of repeated runs with
their minimum, maximum and interquartile range, so a single lucky (or unlucky) run
never stands alone.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Spread:
    """Median of ``n`` runs, with min, max and the interquartile range.

    >>> s = Spread.of([3.0, 1.0, 2.0, 10.0])
    >>> (s.median, s.min, s.max, s.n)
    (2.5, 1.0, 10.0, 4)
    """

    median: float
    min: float
    max: float
    q1: float
    q3: float
    n: int

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        if not values:
            raise ValueError("no values to summarise")
        ordered = sorted(values)
        if len(ordered) >= 2:
            q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
        else:
            q1 = q3 = ordered[0]
        return cls(statistics.median(ordered), ordered[0], ordered[-1], q1, q3, len(ordered))

    def to_dict(self) -> dict:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}

    def text(self, unit: str = "", digits: int = 1) -> str:
        """``12.3 ms [11.0–14.2]`` (min–max), or the lone value when there was one run."""
        if self.n == 1 or self.min == self.max:
            return f"{self.median:.{digits}f}{unit}"
        return f"{self.median:.{digits}f}{unit} [{self.min:.{digits}f}–{self.max:.{digits}f}]"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (the value below which ``p``% of the values lie).

    >>> percentile([float(i) for i in range(1, 101)], 95)
    95.0
    """
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * p // 100)))  # ceil
    return ordered[int(rank) - 1]


def latency_summary(runs: list[list[float]]) -> dict[str, Spread]:
    """p50/p95/p99 of each run (a list of milliseconds), summarised across runs."""
    return {
        name: Spread.of([percentile(run, p) for run in runs if run])
        for name, p in (("p50", 50), ("p95", 95), ("p99", 99))
    }


# ------------------------------------------------------------ child processes
def policy_command() -> list[str]:
    """How a user starts ``policy``: the console script beside this interpreter, else ``-m``."""
    script = Path(sys.executable).with_name("policy")
    if script.exists():
        return [str(script)]
    found = shutil.which("policy")
    return [found] if found else [sys.executable, "-m", "assistant.cli"]


def bench_env(home: Path, corpus: Path, embedding: str, chroma_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_")}
    env.update(
        POLICY_HOME=str(home),
        POLICY_CORPUS=str(corpus),
        POLICY_EMBEDDING=embedding,
        POLICY_LOG_QUESTIONS="0",
        PYTHONUNBUFFERED="1",
    )
    if chroma_url:
        env["POLICY_CHROMA_URL"] = chroma_url
    return env


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    peak_rss: int  # bytes, the largest resident set sampled while it ran
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0  # user + system CPU of the child and the processes it waited for (its workers)

    def json(self):
        """The last JSON line the child printed."""
        for line in reversed(self.stdout.strip().splitlines()):
            if line.startswith(("{", "[")):
                return json.loads(line)
        raise ValueError(f"no JSON in output (exit {self.returncode}): {self.stderr[-500:]}")


def run_child(cmd: list[str], env: dict[str, str], timeout: float = 3600, sample_every: float = 0.02) -> ChildRun:
    """Run a command, timing it from spawn to exit and sampling its RSS (children included) with psutil."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            handle = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                rss = handle.memory_info().rss + sum(c.memory_info().rss for c in handle.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                return
            stop.wait(sample_every)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return ChildRun(seconds, peak, proc.returncode, out, err, round(cpu, 3))
