"""Fixtures for the page's tests: the real `policy serve` on a free loopback port, and headless Chromium.

The server is started the way a person starts it (``python -m assistant.cli serve``)
over a private copy of the real corpus with an empty ``POLICY_HOME``, so its
first act is to build the index (``hash`` embeddings: seconds, no model).  The
tests then open the same index in-process to know what the assistant answers,
and check that the page shows exactly that.

Chromium is Debian's ``/usr/bin/chromium``; nothing is ever downloaded.  Without
it (or without the ``playwright`` package) the browser tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.config import REPO_ROOT, Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
SERVER_START_SECONDS = 90


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def ui_settings(tmp_path_factory) -> Settings:
    """A copy of the real corpus (raw files and reviewed fixes) and an empty home: nothing built yet."""
    root = tmp_path_factory.mktemp("ui")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copytree(REPO_ROOT / "corpus" / "raw", corpus / "raw")
    shutil.copy2(REPO_ROOT / "corpus" / "fixes.yaml", corpus / "fixes.yaml")
    return Settings(corpus_dir=corpus, home=root / "home", embedding="hash", log_questions=False)


def _wait_until_serving(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"`policy serve` exited with {process.returncode}:\n{log.read_text(encoding='utf-8', errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"`policy serve` did not answer on {url} within {SERVER_START_SECONDS} s:\n{log.read_text(encoding='utf-8', errors='replace')}")


@pytest.fixture(scope="session")
def server(ui_settings, tmp_path_factory):
    """``(url, log path)`` of `policy serve` running on a free loopback port; stopped after the session."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {
        **os.environ,
        "POLICY_HOME": str(ui_settings.home),
        "POLICY_CORPUS": str(ui_settings.corpus_dir),
        "POLICY_EMBEDDING": ui_settings.embedding,
        "POLICY_LOG_QUESTIONS": "0",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_serving(url, process, log)
        yield url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def served_assistant(server, ui_settings):
    """The assistant over the index the server built, in this process: what the page should show."""
    from assistant.answer import Assistant
    from assistant.store import open_index

    return Assistant(ui_settings, index=open_index(ui_settings))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    playwright = sync_api.sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception as error:
        playwright.stop()
        pytest.skip(f"Chromium did not start: {error}")
    yield chromium
    chromium.close()
    playwright.stop()


@dataclass
class PageEvents:
    """What a page did that it never should: open a dialog (alert/confirm/prompt), fetch from elsewhere."""

    dialogs: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)  # requests to anything but the served page


@pytest.fixture
def open_page(browser, server):
    """``open_page(width, height) -> (page, events)``: a fresh context on the served page."""
    url, _ = server
    contexts = []

    def open_(width: int = 1100, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        events = PageEvents()

        def on_dialog(dialog) -> None:
            events.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def on_request(request) -> None:
            if not request.url.startswith((url, "data:", "blob:")):
                events.external.append(request.url)

        page.on("dialog", on_dialog)
        page.on("request", on_request)
        page.goto(url)
        page.wait_for_selector("#pa-question textarea")
        return page, events

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
