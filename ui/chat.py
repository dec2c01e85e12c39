"""One chat turn: ask the assistant with the conversation so far, and render what it says.

Kept apart from the Gradio wiring so it can be tested with a fake assistant.  A
question the library refuses (``BadQuestion``) or any error while answering
becomes a polite message in the chat; the conversation goes on.  ``record``, when
given, is told the outcome of each turn (the page passes the question log).
"""

from __future__ import annotations

from assistant.config import today as _today
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from assistant.errors import BadQuestion, PolicyError, UnknownDocument
from assistant.lookup import ArticleContext, article_context
from assistant.privacy import redact
from assistant.schema import Answer, Turn
from assistant.store import IndexHandle
from ui.render import answer_html, busy_html, notice_html, user_html

logger = logging.getLogger(__name__)

MAX_HISTORY_TURNS = 12  # the last six exchanges carry facts and region; older ones add only noise
INTERNAL_ERROR = "抱歉，处理这个问题时出现了内部错误（已记录）。请稍后再试，或换个说法提问；需要人工帮助请拨打 12333。"
AUTO_REGION = "自动识别"

# (question, answer or None, outcome): what the page's question log is told about a turn
Recorder = Callable[[str, Answer | None, str], None]


class Asker(Protocol):
    index: IndexHandle

    def ask(self, question: str, history: tuple[Turn, ...], region: str | None = None, today: date | None = None) -> Answer: ...


@dataclass(frozen=True)
class Conversation:
    """What one browser session has said: turns for the assistant, messages for the Chatbot."""

    turns: tuple[Turn, ...] = ()
    messages: tuple[dict[str, str], ...] = ()  # {"role", "content"}, content is HTML from ui.render

    def showing(self, *messages: dict[str, str]) -> list[dict[str, str]]:
        return [*self.messages, *messages]


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
) -> Conversation:
    """The conversation after ``question``; never raises."""
    question = question if isinstance(question, str) else ""
    shown_user = user_message(question)
    try:
        assistant = get_assistant()
        answer = assistant.ask(
            question, conversation.turns[-MAX_HISTORY_TURNS:], region=region_option(region), today=today or _today()
        )
        content = answer_html(answer, contexts_for(assistant.index, answer))
    except BadQuestion as error:
        logger.info("question refused: %s", error)
        _tell(record, question, None, "refused")
        return Conversation(conversation.turns, (*conversation.messages, shown_user, assistant_message(notice_html(str(error)))))
    except PolicyError as error:  # index missing or damaged: the message says what to do
        logger.warning("cannot answer: %s", error)
        _tell(record, question, None, "error")
        return Conversation(
            conversation.turns, (*conversation.messages, shown_user, assistant_message(notice_html(str(error), "error")))
        )
    except Exception:  # one bad request must not take the page down
        # the server log is not the question log: it gets the question redacted too
        logger.exception("internal error while answering %r", redact(question[:200]))
        _tell(record, question, None, "error")
        return Conversation(
            conversation.turns, (*conversation.messages, shown_user, assistant_message(notice_html(INTERNAL_ERROR, "error")))
        )
    _tell(record, question, answer, "abstained" if answer.abstained else "answered")
    turns = (*conversation.turns, Turn("user", question), Turn("assistant", answer.answer, answer.state))
    return Conversation(turns, (*conversation.messages, shown_user, assistant_message(content)))


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
) -> Iterator[tuple[list[dict[str, str]], Conversation, bool]]:
    """What the page shows while a question is answered: ``(messages, conversation, done)``.

    First, at once, the question with a busy bubble; then the answer (or a polite message).
    """
    question = question if isinstance(question, str) else ""
    yield conversation.showing(user_message(question), busy_message()), conversation, False
    after = respond(conversation, question, get_assistant, region=region, today=today, record=record)
    yield list(after.messages), after, True
