"""Helpers shared by the test folders (tests/ is on the import path through its conftest): a
conversation played through the assistant as the chat page plays it, an answer's verdict, and a
document found by title."""

from __future__ import annotations

from datetime import date

from assistant.answer import Assistant
from assistant.schema import Turn

TODAY = date(2026, 12, 1)


def talk(assistant: Assistant, *messages: str, today: date = TODAY, keep_state: bool = True, **kwargs):
    """Say each message in turn; return every answer.  Each answer's dialogue state goes into the
    transcript with it; without ``keep_state`` the transcript carries no states (a file written
    by hand) and is replayed."""
    transcript: list[Turn] = []
    answers = []
    for message in messages:
        answer = assistant.ask(message, tuple(transcript), today=today, **kwargs)
        answers.append(answer)
        transcript += [Turn("user", message), Turn("assistant", answer.answer, answer.state if keep_state else None)]
    return answers


def steps_cited(answer) -> set[tuple[str, str]]:
    """The (document, article) pairs the steps of an answer's calculation cite."""
    return {(s.doc_id, s.article) for s in answer.calculation.steps if s.doc_id}


def verdict(answer) -> str | None:
    """The rule's verdict an answer carries, or None when no rule decided it."""
    return answer.calculation.verdict if answer.calculation is not None else None


def doc_titled(index, title: str) -> str:
    """The id of the document of the index with this exact title."""
    return next(d.doc_id for d in index.documents.values() if d.title == title)
