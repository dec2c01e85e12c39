"""Server mode (POLICY_CHROMA_URL): what a citizen is told when the Chroma server fails.

- The message never holds the server's address (an internal URL is no business of a
  citizen's); it is logged for the operator instead.
- A server that answers without the build's collection (its data directory emptied, or
  a new server on the same port) is a missing index — 索引不存在，请先运行 `policy ingest` —
  not a service that is down; plain `policy ingest` sees it and rebuilds.

The message-building function is tested with the client's real exceptions (chromadb's
``NotFoundError``, httpx's ``ConnectError``, the ``ValueError`` that ``HttpClient`` raises
when nothing listens); then the same, end to end, against real `chroma run` servers on
loopback when the `chroma` CLI is there.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from reliability_support import LOOPBACK, free_port, run_policy, stop

from assistant.answer import Assistant
from assistant.errors import ChromaUnavailable, CollectionMissing, IndexMissing, PolicyError
from assistant.retrieve.dense import DenseStore, server_error, unreachable
from ingest.pipeline import ingest

TODAY = date(2026, 11, 21)
GOOD = ("100_js_notice_measure.txt", "101_ty_plan_page.txt")
QUESTION = "江苏技能人才培训补贴标准是多少"
URL = "http://10.20.30.40:8123"  # an internal address, never contacted: only passed to the message builder
SERVICE_DOWN = "请确认服务仍在运行"


def _no_address(message: str, url: str) -> None:
    host_port = url.split("://", 1)[1]
    assert url not in message and host_port not in message and host_port.split(":")[0] not in message, message
    assert host_port.split(":")[1] not in message, message


# ------------------------------------------------------------------ the message builder
def test_a_missing_collection_is_a_missing_index_not_a_service_down(caplog):
    from chromadb.errors import NotFoundError

    with caplog.at_level(logging.WARNING, logger="assistant.retrieve.dense"):
        error = server_error(NotFoundError("Collection [chunks_0123] does not exist"), URL, "chunks_0123", "查询")
    assert isinstance(error, CollectionMissing) and isinstance(error, IndexMissing)
    message = str(error)
    assert message.startswith("索引不存在") and "policy ingest" in message and SERVICE_DOWN not in message
    _no_address(message, URL)
    assert URL in caplog.text  # for the operator


@pytest.mark.parametrize(
    "make",
    [
        lambda: __import__("httpx").ConnectError("[Errno 111] Connection refused"),
        lambda: __import__("httpx").ReadTimeout("timed out"),
        lambda: ValueError("Could not connect to a Chroma server. Are you sure it is running?"),
        lambda: ConnectionRefusedError(111, "Connection refused"),
    ],
    ids=["httpx.ConnectError", "httpx.ReadTimeout", "HttpClient ValueError", "ConnectionRefusedError"],
)
def test_an_unreachable_server_is_named_without_its_address(make, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant.retrieve.dense"):
        error = server_error(make(), URL, "chunks_0123", "查询")
        made = unreachable(URL, make())
    for e in (error, made):
        assert isinstance(e, ChromaUnavailable)
        message = str(e)
        assert "检索服务暂时无法连接" in message and "chroma run" in message
        _no_address(message, URL)
    assert caplog.text.count(URL) >= 2


def test_a_client_that_cannot_connect_raises_the_clean_error(caplog):
    url = f"http://{LOOPBACK}:{free_port()}"  # nothing listens there
    with caplog.at_level(logging.WARNING, logger="assistant.retrieve.dense"):
        with pytest.raises(ChromaUnavailable) as caught:
            DenseStore.open("chunks_0123", url=url)
    _no_address(str(caught.value), url)
    assert url in caplog.text


def test_a_bad_url_is_not_echoed():
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        DenseStore.open("chunks_0123", url="not a url with secret-host")
    assert "secret-host" not in str(caught.value) and "POLICY_CHROMA_URL" in str(caught.value)


# ------------------------------------------------------------------ real servers
def chroma_binary() -> str | None:
    beside = Path(sys.executable).with_name("chroma")
    return str(beside) if beside.exists() else shutil.which("chroma")


@contextmanager
def chroma_server(data: Path, port: int, log: Path) -> Iterator[str]:
    """`chroma run` on 127.0.0.1:port over ``data`` until the block ends (always stopped)."""
    binary = chroma_binary()
    if binary is None:
        pytest.skip("the `chroma` CLI (installed with chromadb) is not on PATH nor beside the interpreter")
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [binary, "run", "--path", str(data), "--host", LOOPBACK, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
    url = f"http://{LOOPBACK}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"chroma run exited:\n{log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chroma run did not answer within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        stop(process)


def _cli_messages(settings) -> str:
    """The message `policy ask` prints (its stderr also carries the operator's log lines, with the address)."""
    result = run_policy(settings, "ask", QUESTION, POLICY_CHROMA_URL=settings.chroma_url)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    (message,) = [line for line in result.stderr.splitlines() if line.startswith("错误：")]
    assert settings.chroma_url in result.stderr  # logged, for the operator
    return message


@pytest.mark.slow
def test_server_down_then_an_empty_server_then_plain_ingest(make_corpus, tmp_path):
    settings = make_corpus(*GOOD)
    port = free_port()
    log = tmp_path / "chroma.log"
    with chroma_server(tmp_path / "data1", port, log) as url:
        settings = settings.with_(chroma_url=url)
        ingest(settings, write_parsed=False)
        assistant = Assistant(settings)
        assert assistant.ask(QUESTION, today=TODAY).citations  # the collection opened over HTTP

    # (1) the server is down: a clean message, no address, for the open Assistant and a new process
    for message in (_ask_error(assistant), _ask_error(Assistant(settings)), _cli_messages(settings)):
        assert "检索服务暂时无法连接" in message
        _no_address(message, url)

    # (2) a server again on the same address, its data directory empty: the index is missing
    with chroma_server(tmp_path / "data2", port, log):
        for message in (_ask_error(assistant), _ask_error(Assistant(settings)), _cli_messages(settings)):
            assert "索引不存在" in message and "policy ingest" in message and SERVICE_DOWN not in message
            _no_address(message, url)

        # plain `policy ingest` sees the collection is gone (the local build is whole) and rebuilds
        result = run_policy(settings, "ingest", POLICY_CHROMA_URL=url)
        assert result.returncode == 0, result.stderr
        assert "索引已是最新" not in result.stdout and "已重新建立索引" in result.stderr
        assert Assistant(settings).ask(QUESTION, today=TODAY).citations


def _ask_error(assistant: Assistant) -> str:
    with pytest.raises(PolicyError) as caught:
        assistant.ask(QUESTION, today=TODAY)
    return str(caught.value)
