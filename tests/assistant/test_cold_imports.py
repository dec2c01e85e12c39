"""A new `policy ask` process imports only what its answer needs (cold start, issue 15).

Run as a user runs it, in a process of its own; what it imported is read from ``sys.modules``
after it answered.  The page (gradio), the LLM layer (langchain), the benchmark's tools (pandas,
matplotlib) and torch are not on that path.
"""

from __future__ import annotations

import json
import subprocess
import sys

from assistant_support import policy_env

from assistant.config import REPO_ROOT

NOT_FOR_AN_ANSWER = ("gradio", "gradio_client", "langchain_core", "pandas", "matplotlib", "torch", "sentence_transformers", "uvicorn", "fastapi")
# nor, on a small build in embedded mode, Chroma (its vectors are searched exactly, assistant/retrieve/exact.py)
# or bm25s and scipy (its saved index is read with numpy, assistant.retrieve.lexical.SavedBM25)
NOT_FOR_A_SMALL_BUILD = ("chromadb", "bm25s", "scipy")
QUESTION = "浙江技师干满几年能评中级职称？"

SCRIPT = """
import json, sys
sys.argv = ["policy", "ask", {question!r}, "--json"]
from assistant.cli import main
try:
    main()
except SystemExit as stop:
    assert not stop.code, stop.code
sys.stderr.write("MODULES " + json.dumps(sorted(m for m in sys.modules if "." not in m)) + "\\n")
"""


def _probe(settings, *args: str) -> subprocess.CompletedProcess:
    """A new Python process over the built index, as a person's first `policy ask` would be."""
    done = subprocess.run([sys.executable, *args], cwd=REPO_ROOT, env=policy_env(settings), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_policy_ask_imports_only_what_the_answer_needs(real_build):
    done = _probe(real_build[0], "-c", SCRIPT.format(question=QUESTION))
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["citations"]
    modules = json.loads(next(line for line in done.stderr.splitlines() if line.startswith("MODULES "))[8:])
    assert not set(modules) & set(NOT_FOR_AN_ANSWER), set(modules) & set(NOT_FOR_AN_ANSWER)
    assert not set(modules) & set(NOT_FOR_A_SMALL_BUILD), set(modules) & set(NOT_FOR_A_SMALL_BUILD)
    assert {"assistant", "jieba", "numpy"} <= set(modules)  # the probe does see what it imported


def test_the_cold_probe_times_every_step_in_a_process_of_its_own(real_build):
    done = _probe(real_build[0], "-m", "evals.bench_cold", QUESTION)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(report["steps_ms"]) == ["imports", "settings", "index", "bm25", "dense", "embedder", "first_answer", "second_answer"]
    assert all(ms >= 0 for ms in report["steps_ms"].values()) and report["citations"] > 0
    assert "gradio" not in report["heavy_modules"] and "chromadb" not in report["heavy_modules"] and "jieba" in report["heavy_modules"]
