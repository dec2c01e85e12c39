"""Server mode: the same code against a real Chroma server (`chroma run` on loopback).

A module-scoped server is started on a free port of 127.0.0.1, with its data in a
temporary directory, and is always terminated.  Settings select it through
``chroma_url`` (``POLICY_CHROMA_URL``), exactly as a deployment does; ingest writes
one collection per build to it, and the app processes only read.  Everything uses the
model-free ``hash`` embedder, so nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.config import REPO_ROOT, Settings
from assistant.errors import PolicyError
from assistant.retrieve.dense import DenseStore
from assistant.store import current_build, open_index, read_manifest
from ingest.index import collection_name
from ingest.pipeline import ingest

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 21)
QUESTIONS = [
    "浙江技师干满几年能评中级职称？",
    "在山西当见习生，单位每月给的生活补助最低得多少？",
    "四川省职业技能等级认定的评价机构怎么备案？",
    "就业补助资金可以用于哪些支出？",
    "晋中订单式培训的补贴标准是多少？",
    "河南对获得中华技能大奖的人有什么奖励？",
]


def hash_settings(corpus: Path, home: Path) -> Settings:
    return Settings(corpus_dir=corpus, home=home, embedding="hash")


def chroma_binary() -> str | None:
    """The `chroma` CLI chromadb installs: on PATH, or beside this interpreter (a venv not activated)."""
    beside = Path(sys.executable).with_name("chroma")
    if beside.exists():
        return str(beside)
    return shutil.which("chroma")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_heartbeat(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited with {proc.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"chroma run did not answer its heartbeat within {timeout:.0f} s:\n{log.read_text(errors='replace')[-2000:]}")


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    binary = chroma_binary()
    if binary is None:
        pytest.skip("the `chroma` CLI (installed with chromadb) is not on PATH nor beside the interpreter")
    root = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = root / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [binary, "run", "--path", str(root / "data"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_heartbeat(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("server-corpus") / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", dest)
    return dest


@pytest.fixture(scope="module")
def embedded(corpus, tmp_path_factory):
    """The same corpus in the default embedded mode, for comparison."""
    settings = hash_settings(corpus, tmp_path_factory.mktemp("embedded-home"))
    ingest(settings, write_parsed=False)
    return settings


@pytest.fixture(scope="module")
def served(corpus, chroma_url, tmp_path_factory):
    """The corpus ingested into the server (first build)."""
    settings = hash_settings(corpus, tmp_path_factory.mktemp("server-home")).with_(chroma_url=chroma_url)
    report = ingest(settings, write_parsed=False)
    assert report.chunks > 0 and not report.up_to_date
    return settings


def _answers(settings, questions=QUESTIONS) -> list[tuple]:
    assistant = Assistant(settings)
    out = []
    for question in questions:
        answer = assistant.ask(question, today=TODAY)
        out.append((answer.abstained, answer.answer, [(c.doc_id, c.article, c.quote) for c in answer.citations]))
    return out


def test_ingest_writes_a_collection_to_the_server_not_a_local_directory(served, chroma_url):
    build = current_build(served)
    manifest = read_manifest(build)
    assert manifest["chroma_url"] == chroma_url
    assert manifest["collection"] == collection_name(build.name)
    assert not (build / "chroma").exists()
    assert manifest["collection"] in DenseStore.names(chroma_url)
    index = open_index(served)
    assert index.dense.count() == manifest["chunks"] == len(index.chunks)


def test_answers_and_citations_match_embedded_mode(served, embedded):
    assert _answers(served) == _answers(embedded)


def test_dense_results_match_embedded_mode(served, embedded):
    """Chroma over HTTP ranks the same chunks as the embedded store, with and without a filter."""
    from assistant.retrieve.hybrid import Filters, HybridSearcher

    results = []
    for settings in (served, embedded):
        searcher = HybridSearcher(open_index(settings))
        results.append(
            [
                [h.chunk.chunk_id for h in searcher.search(q, k=10, filters=f, mode="dense")]
                for q in QUESTIONS
                for f in (None, Filters(regions=frozenset({"浙江省", "全国"})))
            ]
        )
    assert results[0] == results[1]


def test_two_app_processes_share_one_index(served, chroma_url):
    """A second process (``policy ask``) and two Assistants in this one read the same collection."""
    collections_before = DenseStore.names(chroma_url)
    count_before = open_index(served).dense.count()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("POLICY_")},
        "POLICY_HOME": str(served.home),
        "POLICY_CORPUS": str(served.corpus_dir),
        "POLICY_EMBEDDING": "hash",
        "POLICY_CHROMA_URL": chroma_url,
    }
    child = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", QUESTIONS[0], "--json", "--date", TODAY.isoformat()],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    theirs = json.loads(child.stdout.strip().splitlines()[-1])

    first, second = Assistant(served), Assistant(served)
    mine = [a.ask(QUESTIONS[0], today=TODAY, as_of=TODAY) for a in (first, second)]
    assert mine[0].to_dict() == mine[1].to_dict()
    assert [c["doc_id"] + c["article"] for c in theirs["citations"]] == [c.doc_id + c.article for c in mine[0].citations]
    assert first.index.manifest["collection"] == second.index.manifest["collection"]
    # readers only read: no collection made, none written
    assert DenseStore.names(chroma_url) == collections_before
    assert open_index(served).dense.count() == count_before


def test_reingest_swaps_collections_and_drops_the_old_one(served, chroma_url):
    """A new build writes a new collection, CURRENT moves to it atomically, and old ones go.

    The build just replaced stays one generation (an app process may be answering from it
    while it reopens); the one before it is dropped with its build directory.
    """
    first = read_manifest(current_build(served))["collection"]
    live_before = Assistant(served)
    assert live_before.ask(QUESTIONS[0], today=TODAY).citations

    ingest(served, rebuild=True, write_parsed=False)
    second = read_manifest(current_build(served))["collection"]
    assert second != first
    names = DenseStore.names(chroma_url)
    assert second in names and first in names  # the predecessor is kept one generation
    # the process that opened the old build still answers; a fresh open serves the new collection
    assert live_before.ask(QUESTIONS[1], today=TODAY).citations
    fresh = Assistant(served)
    assert fresh.index.manifest["collection"] == second
    assert _answers(served) == [
        (a.abstained, a.answer, [(c.doc_id, c.article, c.quote) for c in a.citations])
        for a in (fresh.ask(q, today=TODAY) for q in QUESTIONS)
    ]

    ingest(served, rebuild=True, write_parsed=False)
    third = read_manifest(current_build(served))["collection"]
    names = DenseStore.names(chroma_url)
    assert first not in names, "the collection two builds back is dropped"
    assert {second, third} <= set(names)
    assert len([n for n in names if n in {first, second, third}]) == 2


def test_an_interrupted_build_leaves_no_collection_behind(served, chroma_url):
    """A build killed after writing its collection never serves, and the next ingest drops it."""
    live = read_manifest(current_build(served))["collection"]
    script = (
        "import sys; from assistant.config import Settings; from ingest.pipeline import ingest\n"
        "s = Settings.from_env()\n"
        "try:\n    ingest(s, rebuild=True, write_parsed=False, interrupt_after='chroma')\n"
        "except KeyboardInterrupt:\n    sys.exit(3)\n"
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("POLICY_")},
        "POLICY_HOME": str(served.home),
        "POLICY_CORPUS": str(served.corpus_dir),
        "POLICY_EMBEDDING": "hash",
        "POLICY_CHROMA_URL": chroma_url,
    }
    child = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert child.returncode == 3, child.stderr
    abandoned = [p for p in (served.index_dir / "builds").iterdir() if p.name.endswith(".tmp")]
    assert len(abandoned) == 1
    orphan = collection_name(abandoned[0].name.removesuffix(".tmp"))
    assert orphan in DenseStore.names(chroma_url)
    assert read_manifest(current_build(served))["collection"] == live  # never became current

    ingest(served, rebuild=True, write_parsed=False)
    assert orphan not in DenseStore.names(chroma_url)
    assert not any(p.name.endswith(".tmp") for p in (served.index_dir / "builds").iterdir())


def test_an_unreachable_server_is_a_clean_error(corpus, tmp_path):
    settings = hash_settings(corpus, tmp_path / "home").with_(chroma_url=f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(PolicyError, match="chroma run"):
        ingest(settings, write_parsed=False)
