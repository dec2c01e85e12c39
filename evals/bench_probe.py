"""Child processes of ``policy bench``, run as ``python -m evals.bench_probe MODE …``.

- ``serve QA.jsonl…``: what a serving process holds: open the index (settings from
  ``POLICY_*``), warm it, answer every question of the QA files, then print one
  JSON line with the resident set at each step and its peak.
- ``cold QUESTION``: run ``policy ask QUESTION --json`` inside this process, then
  print which heavy modules it imported (torch must not be among them on the
  default path) and how long import, open and answer took.

The parent measures wall time and samples RSS from outside (evals/bench_measure.py).
The peak is sampled with psutil, not read from ``ru_maxrss``: a child started by
``subprocess`` (vfork + exec on Linux) inherits its parent's high-water mark, so
``ru_maxrss`` would report the benchmark process's memory, not the probe's.
"""

from __future__ import annotations

import io
import json
import sys
import threading
import time
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

HEAVY_MODULES = ("torch", "sentence_transformers", "transformers", "tensorflow", "onnxruntime", "gradio")


def _rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


class PeakRss:
    """The largest resident set seen, sampled every ``every`` seconds on a thread (bytes)."""

    def __init__(self, every: float = 0.005):
        self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.peak = max(self.peak, _rss())

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())
        return self.peak


def serve(files: list[Path]) -> dict:
    from assistant.answer import Assistant
    from assistant.config import Settings
    from assistant.schema import Turn
    from evals.runner import TODAY, load_items

    items = load_items(files)
    sampler = PeakRss()
    rss_start = _rss()
    started = time.perf_counter()
    assistant = Assistant(Settings.from_env())
    assistant.warm()
    opened = time.perf_counter() - started
    rss_open = _rss()
    errors = 0
    for item in items:
        history = tuple(Turn(t["role"], t["content"]) for t in item.get("history") or [])
        day = date.fromisoformat(item["date"]) if item.get("date") else None
        try:
            assistant.ask(item["question"], history, today=day or TODAY)
        except Exception:  # the probe measures memory; the QA runner reports failures
            errors += 1
    return {
        "chunks": len(assistant.index.chunks),
        "answered": len(items) - errors,
        "errors": errors,
        "open_seconds": round(opened, 3),
        "rss_start": rss_start,
        "rss_open": rss_open,
        "rss_end": _rss(),
        "peak_rss": sampler.stop(),
        "heavy_modules": sorted(m for m in HEAVY_MODULES if m in sys.modules),
    }


def cold(question: str) -> dict:
    sampler = PeakRss()
    started = time.perf_counter()
    from assistant.cli import main

    imported = time.perf_counter() - started
    sys.argv = ["policy", "ask", question, "--json"]
    out = io.StringIO()
    code = 0
    with redirect_stdout(out):
        try:
            main()
        except SystemExit as stop:
            code = int(stop.code or 0)
    answer = json.loads(out.getvalue().strip().splitlines()[-1]) if out.getvalue().strip() else {}
    return {
        "exit": code,
        "import_seconds": round(imported, 3),
        "total_seconds": round(time.perf_counter() - started, 3),
        "citations": len(answer.get("citations") or []),
        "heavy_modules": sorted(m for m in HEAVY_MODULES if m in sys.modules),
        "peak_rss": sampler.stop(),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in ("serve", "cold"):
        sys.stderr.write("usage: python -m evals.bench_probe serve QA.jsonl… | cold QUESTION\n")
        return 2
    result = serve([Path(a) for a in args[1:]]) if args[0] == "serve" else cold(args[1])
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
