"""Helpers shared by the ingest tests (fixtures live in tests/conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.config import REPO_ROOT

REAL_CORPUS = REPO_ROOT / "corpus"
FIXTURE_RAW = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "raw"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURE_RAW / name).read_bytes()


def fixture_text(name: str) -> str:
    return fixture_bytes(name).decode("utf-8")


def catalog_rows(readme: str) -> list[dict[str, str]]:
    """The document table of corpus/README.md, one dict per row, keyed by column header."""
    lines = readme.splitlines()
    header = next(l for l in lines if l.startswith("| # |"))
    columns = [c.strip() for c in header.strip("|").split("|")]
    rows = []
    for line in lines:
        if not re.match(r"^\| \d+ \|", line):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        assert len(cells) == len(columns), line
        rows.append(dict(zip(columns, cells)))
    return rows
