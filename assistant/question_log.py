"""The question log: one JSON line per question asked at an edge (CLI, page), redacted before writing.

Off unless ``Settings.log_questions`` (``POLICY_LOG_QUESTIONS=1``).  What a line
holds, in ``<POLICY_HOME>/logs/questions.jsonl``::

    {"time": "2026-11-21T10:02:03+08:00", "session": "9f2c…", "question": "我手机【手机号】…",
     "region": "浙江省", "outcome": "answered", "abstained": false,
     "top_citation": {"doc_id": "zj-…", "article": "三、（二）1.（3）", "doc_number": null}}

- ``question`` goes through ``assistant.privacy.redact`` (ID-card, phone, bank-card
  numbers, e-mail, however they are spaced or written) and is cut to
  ``MAX_QUESTION_CHARS`` after, not before: a cut through a number would keep its
  first digits (``redact_prefix``).
- ``session`` is a salted hash of the page's session id (or of the CLI run): the
  turns of one conversation can be read together, but the id itself, which would
  let someone read that session's answers while it is open, is never written.
  The salt is new in each process, so sessions cannot be linked across restarts.
- The file and its directory are created readable by their owner only.

The library never writes it: ``assistant.answer`` stays pure; the CLI and the page
call ``record`` after they have an answer or a refusal.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Literal

from assistant.config import MAX_QUESTION_CHARS, Settings
from assistant.privacy import redact_prefix
from assistant.schema import Answer

logger = logging.getLogger(__name__)

Outcome = Literal["answered", "abstained", "refused", "error"]


def log_path(settings: Settings) -> Path:
    return settings.home / "logs" / "questions.jsonl"


class QuestionLog:
    """Appends redacted records to one file; safe to share between threads."""

    def __init__(self, path: Path, salt: bytes | None = None):
        self.path = path
        self._salt = salt if salt is not None else os.urandom(16)
        self._lock = threading.Lock()

    @classmethod
    def for_settings(cls, settings: Settings) -> QuestionLog | None:
        """The log these settings ask for, or None when logging is off."""
        return cls(log_path(settings)) if settings.log_questions else None

    def session_hash(self, session: str) -> str:
        return hashlib.sha256(self._salt + session.encode("utf-8", "replace")).hexdigest()[:16]

    def record(
        self,
        *,
        at: datetime,
        session: str,
        question: str,
        answer: Answer | None = None,
        outcome: Outcome | None = None,
        region: str | None = None,
    ) -> None:
        """Append one line; a failure to write is logged and never reaches the person asking."""
        text = question if isinstance(question, str) else ""
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates from a non-UTF-8 terminal
        top = answer.citations[0] if answer is not None and answer.citations else None
        entry = {
            "time": at.isoformat(timespec="seconds"),
            "session": self.session_hash(session),
            "question": redact_prefix(text, MAX_QUESTION_CHARS),
            "region": (answer.region if answer is not None else None)
            or (redact_prefix(region, 40) if isinstance(region, str) and region else None),
            "outcome": outcome or ("abstained" if answer is not None and answer.abstained else "answered"),
            "abstained": bool(answer.abstained) if answer is not None else None,
            "top_citation": {"doc_id": top.doc_id, "article": top.article, "doc_number": top.doc_number} if top else None,
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        try:
            with self._lock:
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as handle:
                    handle.write(line)
        except OSError as error:
            logger.warning("question log %s not written: %s", self.path, error)
