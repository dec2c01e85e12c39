"""Helpers for the reliability tests: the `policy` command as a subprocess, and `policy serve` on loopback.

Every process started here is stopped in a ``finally`` (terminate, then kill), and
every request goes to 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.config import REPO_ROOT, Settings
from assistant.schema import Answer
from assistant.store import IndexHandle
from evals.bench_serving import LOOPBACK, free_port  # noqa: F401  (re-exported for the tests)
from evals.bench_serving import stop_server as stop

SERVER_START_SECONDS = 90


def policy_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of a `policy` process over ``settings`` (a test corpus and home)."""
    env = {
        **os.environ,
        "POLICY_HOME": str(settings.home),
        "POLICY_CORPUS": str(settings.corpus_dir),
        "POLICY_EMBEDDING": settings.embedding,
        "POLICY_LOG_QUESTIONS": "1" if settings.log_questions else "0",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    for key in ("POLICY_AUTH", "POLICY_AUTH_FILE", "GRADIO_ALLOWED_PATHS"):
        env.pop(key, None)
    env.update(extra)
    return env


def policy_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", *args]


def run_policy(settings: Settings, *args: str, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
    """Run `policy ARGS` to completion (bytes in, text out, never a hang past ``timeout``)."""
    return subprocess.run(
        policy_command(*args),
        cwd=REPO_ROOT,
        env=policy_env(settings, **extra),
        capture_output=True,
        timeout=timeout,
        text=True,
        errors="replace",
    )


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def serving(settings: Settings, log: Path, *args: str, auth: tuple[str, str] | None = None, **extra: str) -> Iterator[Server]:
    """`policy serve ARGS --port <free>` until the block ends; waits until the page answers."""
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            policy_command("serve", "--port", str(port), *args),
            cwd=REPO_ROOT,
            env=policy_env(settings, **extra),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://{LOOPBACK}:{port}/", port, process, log)
    try:
        _wait_until_serving(server, auth)
        yield server
    finally:
        stop(process)


def _wait_until_serving(server: Server, auth: tuple[str, str] | None) -> None:
    # with a login the page itself answers 200 (the login form), so the check is the same
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"`policy serve` exited with {server.process.returncode}:\n{server.output()}")
        try:
            with urllib.request.urlopen(server.url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"`policy serve` did not answer on {server.url} within {SERVER_START_SECONDS} s:\n{server.output()}")


def http_get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    """Status and body of a GET to loopback (errors are statuses, not exceptions)."""
    import urllib.error

    assert url.startswith(f"http://{LOOPBACK}:"), url
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def assert_grounded(answer: Answer, index: IndexHandle) -> None:
    """Every citation names a corpus document and article, and its quote is verbatim article text."""
    for c in answer.citations:
        assert c.doc_id in index.documents, f"citation outside the corpus: {c.doc_id}"
        texts = [a.text for a in index.articles_of(c.doc_id) if a.path == c.article]
        assert texts, f"{c.doc_id} has no article {c.article!r}"
        assert c.quote.strip() and any(c.quote in t for t in texts), f"quote not verbatim: {c.quote!r}"
    if answer.abstained:  # the abstention contract: a reason; no unrelated citation shown as support
        assert answer.reason in ("out_of_scope", "region_not_covered", "no_passage")
        if answer.reason == "out_of_scope":
            assert answer.citations == ()
        elif answer.reason == "region_not_covered":
            assert all(c.region == "全国" for c in answer.citations)
        else:
            assert len(answer.citations) <= 1


def reply_text(result) -> str:
    """The last assistant bubble of an ``/ask`` result, as HTML text."""
    messages = result[0]
    content = messages[-1]["content"]
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def read_log(settings: Settings) -> list[dict]:
    path = Path(settings.home) / "logs" / "questions.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def close_all(clients) -> None:
    """Close gradio clients side by side: each waits up to a second for its heartbeat thread."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max(1, min(len(clients), 16))) as pool:
        list(pool.map(lambda c: c.close(), clients))
