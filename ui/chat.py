"""One chat turn: ask the assistant with the conversation so far, and render what it says.

Kept apart from the Gradio wiring so it can be tested with a fake assistant.  A
question the library refuses (``BadQuestion``) or any error while answering
becomes a polite message in the chat; the conversation goes on.  ``record``, when
given, is told the outcome of each turn (the page passes the question log);
``budget``, when given, bounds the time a turn may take (``ui.limits.Budget``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from assistant.config import MAX_HISTORY_TURNS as LIBRARY_HISTORY_TURNS
from assistant.config import MAX_SHOWN_MESSAGES, PAGE_HISTORY_TURNS
from assistant.config import today as _today
from assistant.errors import BadQuestion, PolicyError, UnknownDocument
from assistant.lookup import ArticleContext, article_context
from assistant.privacy import redact_prefix
from assistant.query import validate_question
from assistant.schema import Answer, DialogueState, Turn
from assistant.store import IndexHandle
from ui.render import answer_html, busy_html, folded_html, notice_html, refused_html, user_html

logger = logging.getLogger(__name__)

MAX_HISTORY_TURNS = PAGE_HISTORY_TURNS  # recent turns passed for context; facts and region travel in the state
KEPT_TURNS = LIBRARY_HISTORY_TURNS - 1  # turns kept: with a turn carrying the state, what the library reads
INTERNAL_ERROR = "抱歉，处理这个问题时出现了内部错误（已记录）。请稍后再试，或换个说法提问；需要人工帮助请拨打 12333。"
AUTO_REGION = "自动识别"

# (question, answer or None, outcome): what the page's question log is told about a turn
Recorder = Callable[[str, Answer | None, str], None]


T = TypeVar("T")


class Runner(Protocol):
    """Runs a turn's work within a time budget (``ui.limits.Budget``); raises ``Busy`` past it."""

    def run(self, work: Callable[[], T]) -> T: ...


class Asker(Protocol):
    index: IndexHandle

    def ask(self, question: str, history: tuple[Turn, ...], region: str | None = None, today: date | None = None) -> Answer: ...


@dataclass(frozen=True)
class Conversation:
    """What one browser session has said, in parts with limits of their own.

    ``state`` is what the conversation has established (facts, region, the fact just asked
    for): the latest the assistant returned, kept whatever the limits on text drop.  ``turns``
    are the recent turns the assistant reads (at most ``KEPT_TURNS``); ``messages`` what the
    Chatbot shows (at most ``MAX_SHOWN_MESSAGES``; ``folded`` counts the earlier ones, shown as
    a note).  ``answered`` counts the questions answered.
    """

    turns: tuple[Turn, ...] = ()
    messages: tuple[dict[str, str], ...] = ()  # {"role", "content"}, content is HTML from ui.render
    state: DialogueState | None = None
    folded: int = 0
    answered: int = 0

    def showing(self, *messages: dict[str, str]) -> list[dict[str, str]]:
        note = [assistant_message(folded_html(self.folded))] if self.folded else []
        return [*note, *self.messages, *messages]

    def then(self, shown: tuple[dict[str, str], ...], answer: Answer | None = None) -> Conversation:
        """This conversation after one more exchange: ``shown`` in the chat and, when the question
        was answered, its turns and the state the answer carries (kept when it carries none)."""
        messages = (*self.messages, *shown)
        dropped = max(0, len(messages) - MAX_SHOWN_MESSAGES)
        if answer is None:
            return Conversation(self.turns, messages[dropped:], self.state, self.folded + dropped, self.answered)
        turns = (*self.turns, Turn("user", answer.question), Turn("assistant", answer.answer, answer.state))
        return Conversation(
            turns[-KEPT_TURNS:],
            messages[dropped:],
            answer.state if answer.state is not None else self.state,
            self.folded + dropped,
            self.answered + 1,
        )

    def history(self) -> tuple[Turn, ...]:
        """The turns the assistant reads: the recent ones, and the turn that carries the state.

        The library takes the state from the latest assistant turn that carries one and replays
        the user turns after it.  When that turn is older than the recent window (the answers
        since carried no state: declined questions, answers on whether a document is in force),
        the window reaches back to it; when it is no longer kept, the state comes on a turn of
        its own before the kept ones.
        """
        recent = self.turns[-MAX_HISTORY_TURNS:]
        if self.state is None or any(turn.state is not None for turn in recent):
            return recent
        for n in range(len(self.turns) - 1, -1, -1):
            if self.turns[n].state is not None:
                return self.turns[n:]
        return (Turn("assistant", "", self.state), *self.turns)


def user_message(question: str) -> dict[str, str]:
    return {"role": "user", "content": user_html(question)}


def assistant_message(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


def busy_message() -> dict[str, str]:
    return assistant_message(busy_html())


def region_option(value: str | None) -> str | None:
    """The region dropdown's value as the library's ``region`` argument (None: read it from the question)."""
    return None if not value or value == AUTO_REGION else value


def contexts_for(index: IndexHandle, answer: Answer) -> list[ArticleContext | None]:
    """Each cited article in context, for the expandable full text (None when it cannot be found)."""
    out: list[ArticleContext | None] = []
    for citation in answer.citations:
        try:
            out.append(article_context(index, citation.doc_id, citation.article))
        except UnknownDocument:
            out.append(None)
    return out


def respond(
    conversation: Conversation,
    question: str,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
    budget: Runner | None = None,
) -> Conversation:
    """The conversation after ``question``; never raises."""
    question = question if isinstance(question, str) else ""

    def work() -> tuple[Answer, str]:
        assistant = get_assistant()
        answer = assistant.ask(question, conversation.history(), region=region_option(region), today=today or _today())
        return answer, answer_html(answer, contexts_for(assistant.index, answer))

    try:
        answer, content = budget.run(work) if budget is not None else work()
    except BadQuestion as error:
        logger.info("question refused: %s", error)
        _tell(record, question, None, "refused")
        return conversation.then(refused(question, str(error)))
    except PolicyError as error:  # index missing or damaged, or past the time budget: the message says what to do
        logger.warning("cannot answer: %s", error)
        _tell(record, question, None, "error")
        return conversation.then((user_message(question), assistant_message(notice_html(str(error), "error"))))
    except Exception:  # one bad request must not take the page down
        # the server log is not the question log: it gets the question redacted too
        logger.exception("internal error while answering %r", redact_prefix(question, 200))
        _tell(record, question, None, "error")
        return conversation.then((user_message(question), assistant_message(notice_html(INTERNAL_ERROR, "error"))))
    _tell(record, question, answer, "abstained" if answer.abstained else "answered")
    return conversation.then((user_message(question), assistant_message(content)), answer)


def refused(question: str, reason: str) -> tuple[dict[str, str], dict[str, str]]:
    """A refused question in the chat: its start, and why (the text itself is not kept)."""
    return {"role": "user", "content": refused_html(question)}, assistant_message(notice_html(reason))


def refusal(question: str) -> str | None:
    """Why the library would refuse ``question`` (too long, empty, markup…), or None.

    Checked before anything is shown or asked: cheap, and a refused question is then neither
    echoed whole nor kept.
    """
    try:
        validate_question(question)
    except BadQuestion as error:
        return str(error)
    return None


def _tell(record: Recorder | None, question: str, answer: Answer | None, outcome: str) -> None:
    if record is None:
        return
    try:
        record(question, answer, outcome)
    except Exception:  # logging must never cost the person their answer
        logger.exception("question log failed")


def turn_steps(
    conversation: Conversation,
    question: str,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
    budget: Runner | None = None,
) -> Iterator[tuple[list[dict[str, str]], Conversation, bool]]:
    """What the page shows while a question is answered: ``(messages, conversation, done)``.

    First, at once, the question with a busy bubble; then the answer (or a polite message).  A
    question the library would refuse is one step: the reason, nothing asked.
    """
    question = question if isinstance(question, str) else ""
    reason = refusal(question)
    if reason is not None:
        logger.info("question refused: %s", reason)
        _tell(record, question, None, "refused")
        after = conversation.then(refused(question, reason))
        yield after.showing(), after, True
        return
    yield conversation.showing(user_message(question), busy_message()), conversation, False
    after = respond(conversation, question, get_assistant, region=region, today=today, record=record, budget=budget)
    yield after.showing(), after, True
