"""The fixed CPU reference of ``policy bench``, and the machine a run was made on.

A timing taken on a shared 2-core machine means little alone: the same ingest takes
70 s on a quiet machine and 170 s while another process compiles.  So every timing in
the report is also given as a ratio to a *CPU reference* measured in the same run: a
fixed piece of pure-Python work (integer arithmetic, dictionary updates, building a
string of CJK characters: the kind of work jieba, the rules and composing do), timed
``repeat`` times on one core, the median taken.  "4.4 s (6.8× ref)" means the step
took 6.8 times as long as the reference did in that run, whatever the machine's
speed or load at the time.

The work is fixed for good (``REFERENCE_LOOPS``): changing it would make the ratios of
two reports incomparable.  On this project's 2-core machine (AMD EPYC, Python 3.11),
quiet, one run takes about 0.65 s.

The bench samples the reference at its start, between its stages and at its end
(``ReferenceClock``), so that load that comes and goes during a long run shows in
the spread of the samples; ratios use the median of all of them.

This is the one reference of every bench report: the serving load (evals/bench_serving.py)
samples the same clock before and after each burst, and cold start (evals/bench_cold.py)
compares a new `policy ask` process with a new Python process that runs this same work once
(``python -m evals.bench_reference``: interpreter start plus the reference), so that every
ratio in bench.md and serving.md is in the same unit.

>>> reference_work(1000)
563141894
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field

REFERENCE_LOOPS = 2_000_000  # fixed: see the module docstring


def reference_work(loops: int = REFERENCE_LOOPS) -> int:
    """The reference's work: deterministic pure Python, one core, a checksum returned (never skipped)."""
    table: dict[str, int] = {}
    chars: list[str] = []
    acc = 0
    for i in range(loops):
        key = "k%d" % (i % 997)
        table[key] = table.get(key, 0) + i
        acc = (acc * 31 + i) & 0xFFFFFFFF
        if i % 7 == 0:
            chars.append(chr(0x4E00 + i % 5000))
    text = "".join(chars)
    return (acc + len(table) + text.count("一") + sum(table.values())) & 0xFFFFFFFF


def time_reference(repeat: int = 5, loops: int = REFERENCE_LOOPS) -> list[float]:
    """Wall seconds of ``repeat`` runs of the reference work."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        reference_work(loops)
        out.append(time.perf_counter() - started)
    return out


@dataclass
class ReferenceClock:
    """Samples of the reference taken during one bench run (label → seconds of each run).

    ``ratio(seconds)`` is a timing over the median of every sample so far.
    """

    repeat: int = 5
    loops: int = REFERENCE_LOOPS
    samples: dict[str, list[float]] = field(default_factory=dict)

    def sample(self, label: str) -> float:
        """Time the reference now (``repeat`` runs) under ``label``; the median of those runs."""
        runs = time_reference(self.repeat, self.loops)
        self.samples.setdefault(label, []).extend(runs)
        return statistics.median(runs)

    @property
    def all_runs(self) -> list[float]:
        return [s for runs in self.samples.values() for s in runs]

    @property
    def seconds(self) -> float:
        """The reference: the median of every run so far."""
        runs = self.all_runs
        if not runs:
            raise ValueError("the reference has not been measured yet")
        return statistics.median(runs)

    def ratio(self, seconds: float | None) -> float | None:
        """``seconds`` in reference units (None stays None)."""
        return None if seconds is None else seconds / self.seconds

    def to_dict(self) -> dict:
        runs = self.all_runs
        return {
            "work": f"evals.bench_reference.reference_work({self.loops})",
            "seconds": round(self.seconds, 4),
            "min": round(min(runs), 4),
            "max": round(max(runs), 4),
            "runs": len(runs),
            "samples": {label: [round(s, 4) for s in values] for label, values in self.samples.items()},
        }


def ratio_text(ratio: float | None) -> str:
    """A ratio to the reference as printed beside a timing: three significant figures.

    >>> ratio_text(6.8049), ratio_text(0.008771), ratio_text(632.4), ratio_text(None)
    ('6.80× ref', '0.00877× ref', '632× ref', '—')
    """
    if ratio is None:
        return "—"
    return f"{ratio:.0f}× ref" if ratio >= 100 else f"{ratio:#.3g}× ref"


def cpu_model() -> str:
    """The CPU's model name (``/proc/cpuinfo``), else what ``platform`` knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict:
    """What a report records about the machine: cores (all, and usable by this process), CPU model,
    system and Python, and the load average now."""
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count()
    return {
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "cpu_model": cpu_model(),
        "system": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "load_average": load_average(),
    }


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # not on every platform
        return []


def main() -> int:
    """``python -m evals.bench_reference``: the reference work once, in this new process (the
    reference process of cold start); prints its in-process seconds as one JSON line."""
    started = time.perf_counter()
    reference_work()
    sys.stdout.write(json.dumps({"seconds": round(time.perf_counter() - started, 4)}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
