"""Helpers shared by the test folders (tests/ is on the import path through its conftest): a
conversation played through the assistant as the chat page plays it, an answer's verdict and figure, and a
document found by title."""

from __future__ import annotations

from datetime import date

from assistant.answer import Assistant
from assistant.schema import Turn

TODAY = date(2026, 12, 1)

# (document, article) of the clauses the amount and total tests check their citations against
DIFFICULT_SI = ("cn-2023-dc2db9", "第十条（一）")
GRADUATE_SI = ("cn-2023-dc2db9", "第十条（二）")
PUBLIC_POST = ("cn-2023-dc2db9", "第十一条")
CN_JOB_SEEKING = ("cn-2023-dc2db9", "第八条")
DIGITAL_TRADE_GOALS = ("cn-2024-72468f", "一、")
HENAN_BONUS = ("ha-2023-8075c7", "六、（十三）")
SX_ALLOWANCE = ("sx-2022-192e44", "三、（一）")
SX_INTERNSHIP = ("sx-2022-192e44", "三、（二）")
SX_PARK = ("sx-nd-db4bfa", "三、（九）")
JZ_ORDER = ("sx07-2023-d5c5f6", "三、（一）")
JZ_STAFF = ("sx07-2023-d5c5f6", "三、（二）")
JZ_RURAL = ("sx07-2023-d5c5f6", "三、（四）")
SC_ABSORB = ("sc-2024-9a23d6", "一、（四）")
SC_LOAN = ("sc-2024-9a23d6", "一、（五）")
SC_FLEXIBLE = ("sc-2024-9a23d6", "一、（六）")
SC_INTERNSHIP = ("sc-2024-9a23d6", "二、（十三）")
SC_JOB_SEEKING = ("sc-2024-9a23d6", "二、（十四）")
SC_WORK_RELIEF = ("sc-2024-9a23d6", "三、（十五）")
SC_ASSISTANCE_BASE = ("sc-2024-9a23d6", "三、（十六）")


def read_said(text: str, today: date = TODAY) -> dict:
    """The facts of one message as the assistant reads them: normalized, its relative dates placed on the
    calendar at ``today``."""
    from assistant.facts import extract_facts
    from assistant.text import normalize, resolve_relative_dates

    return extract_facts(resolve_relative_dates(normalize(text), today), as_of=today)


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


def figure(answer):
    """The figure an answer's calculation worked out (a total, an amount, a period), or None when no rule decided it."""
    return answer.calculation.value if answer.calculation is not None else None


def doc_titled(index, title: str) -> str:
    """The id of the document of the index with this exact title."""
    return next(d.doc_id for d in index.documents.values() if d.title == title)
