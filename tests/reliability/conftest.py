"""Fixtures for the reliability tests: the page served in this process, and clients of its API.

``page`` is the app `policy serve` builds (``ui.app.build_app`` with ``ui.app.launch_options``),
launched in this process on a free loopback port so a test can patch the assistant behind it.
Clients are ``gradio_client.Client`` — what the page's own JavaScript calls, spoken from
Python — with telemetry off; every request goes to 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from reliability_support import LOOPBACK, close_all, free_port

from assistant.config import Settings

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
for _name in ("NO_PROXY", "no_proxy"):
    os.environ[_name] = ",".join(filter(None, [os.environ.get(_name), "127.0.0.1", "localhost"]))


@dataclass
class Page:
    url: str
    settings: Settings


@pytest.fixture(scope="session")
def page_settings(real_build, tmp_path_factory) -> Settings:
    """The session index in a home of its own (the question log is on and written there)."""
    home = tmp_path_factory.mktemp("page") / "home"
    shutil.copytree(real_build[0].home, home)
    return real_build[0].with_(home=home, log_questions=True)


@pytest.fixture(scope="session")
def page(page_settings) -> Iterator[Page]:
    from ui.app import build_app, enable_queue, launch_options

    demo = enable_queue(build_app(page_settings))
    port = free_port()
    demo.launch(**launch_options(page_settings, LOOPBACK, port, quiet=True), prevent_thread_lock=True)
    try:
        yield Page(f"http://{LOOPBACK}:{port}/", page_settings)
    finally:
        demo.close(verbose=False)


@pytest.fixture
def client() -> Iterator[Callable[..., object]]:
    """``client(url, auth=None)``: a new browser session on the page's API; all closed afterwards."""
    from gradio_client import Client

    made = []

    def make(url: str, auth: tuple[str, str] | None = None):
        assert url.startswith(f"http://{LOOPBACK}:")
        c = Client(url, auth=auth, verbose=False, download_files=False, analytics_enabled=False)
        made.append(c)
        return c

    yield make
    close_all(made)



@dataclass
class Served:
    """`policy serve` in its own process, as a person starts it, over a test index."""

    server: object  # reliability_support.Server
    settings: Settings

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Iterator[Served]:
    """`policy serve` (default host) over a copy of the real corpus, index built first (hash embeddings unless POLICY_TEST_EMBEDDING names another), question log on."""
    from reliability_support import serving

    from assistant.config import REPO_ROOT
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("served")
    shutil.copytree(REPO_ROOT / "corpus" / "raw", root / "corpus" / "raw")
    shutil.copy2(REPO_ROOT / "corpus" / "fixes.yaml", root / "corpus" / "fixes.yaml")
    settings = Settings(corpus_dir=root / "corpus", home=root / "home", embedding=os.environ.get("POLICY_TEST_EMBEDDING", "hash"), log_questions=True)
    ingest(settings)
    with serving(settings, root / "serve.log") as server:
        yield Served(server, settings)
