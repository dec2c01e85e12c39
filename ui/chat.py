"""One chat turn: ask the assistant with the conversation so far, and render what it says.

Kept apart from the Gradio wiring so it can be tested with a fake assistant.  A
question the library refuses (``BadQuestion``) or any error while answering
becomes a polite message in the chat; the conversation goes on.  ``revise_steps``
answers the last question again after the person changed or removed a fact the
assistant understood (a chip of the answer card): the answer is replaced in place.  ``record``, when
given, is told the outcome of each turn (the page passes the question log);
``budget``, when given, bounds the time a turn may take (``ui.limits.Budget``).

A turn is written once, as a *plan*: a generator that yields what the page shows and, in
between, the one piece of work the turn needs (``Work``: the answer and its HTML); the driver
runs the work within the budget and sends the result back in (or throws in its error).  Two
drivers run the same plans: ``steps`` here, one call after another (tests, the bench), and
``steps_async`` on the page's event loop, which awaits the work on the budget's pool — so the
page runs no thread but the one that answers (``ui.app``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, Protocol, TypeVar

from assistant.config import MAX_HISTORY_TURNS as LIBRARY_HISTORY_TURNS
from assistant.config import MAX_SHOWN_MESSAGES, PAGE_HISTORY_TURNS
from assistant.config import today as _today
from assistant.errors import BadQuestion, BadRequest, PolicyError, UnknownDocument
from assistant.lookup import ArticleContext, article_context
from assistant.privacy import redact_prefix
from assistant.query import validate_question
from assistant.schema import Answer, DialogueState, Turn
from assistant.store import IndexHandle
from assistant.understand.dialogue import Correction, correction
from ui.card import DEAD_MARK, LIVE_MARK, RATES, answer_html, fact_label, fact_value
from ui.render import busy_html, folded_html, notice_html, refused_html, user_html

logger = logging.getLogger(__name__)

MAX_HISTORY_TURNS = PAGE_HISTORY_TURNS  # recent turns passed for context; facts and region travel in the state
KEPT_TURNS = LIBRARY_HISTORY_TURNS - 1  # turns kept: with a turn carrying the state, what the library reads
INTERNAL_ERROR = "抱歉，处理这个问题时出现了内部错误（已记录）。请稍后再试，或换个说法提问；需要人工帮助请拨打 12333。"
NOT_REVISABLE = "只能更改最新一条回答中的情况：请直接在输入框里说明，或重新提问。"
MAX_EDIT_CHARS = 2000  # one fact's change as JSON: a set of 23 names fits many times over
AUTO_REGION = "自动识别"

# (question, answer or None, outcome): what the page's question log is told about a turn
Recorder = Callable[[str, Answer | None, str], None]


T = TypeVar("T")


class Runner(Protocol):
    """Runs a turn's work within a time budget (``ui.limits.Budget``); raises ``Busy`` past it."""

    def run(self, work: Callable[[], T]) -> T: ...


class AsyncRunner(Protocol):
    """The same, awaited: the work runs elsewhere while the event loop serves others."""

    def run_async(self, work: Callable[[], T]) -> Awaitable[T]: ...


@dataclass(frozen=True)
class Work(Generic[T]):
    """The work a plan needs done (answering, rendering), yielded to its driver: the driver runs it
    within the time budget and sends back its result, or throws its error (``Busy`` past the budget)
    into the plan."""

    run: Callable[[], T]


# a plan yields what the page shows and the Work it needs, and returns what its caller reads (``respond``)
Plan = Generator[Any, Any, Any]


def steps(plan: Plan, budget: Runner | None = None) -> Generator[Any, None, Any]:
    """Drive ``plan`` here: each ``Work`` run on ``budget`` (inline without one), each shown step
    passed on; returns what the plan returns."""
    ok, value = True, None
    while True:
        try:
            item = plan.send(value) if ok else plan.throw(value)
        except StopIteration as done:
            return done.value
        if isinstance(item, Work):
            try:
                ok, value = True, budget.run(item.run) if budget is not None else item.run()
            except Exception as error:  # noqa: BLE001 - handed to the plan, which decides what to show
                ok, value = False, error
            continue
        ok, value = True, None
        yield item


async def steps_async(plan: Plan, budget: AsyncRunner) -> AsyncIterator[Any]:
    """Drive ``plan`` on an event loop: each ``Work`` awaited on ``budget`` (its pool, its time limit),
    everything else done here, at once (building the messages shown is cheap)."""
    ok, value = True, None
    while True:
        try:
            item = plan.send(value) if ok else plan.throw(value)
        except StopIteration:
            return
        if isinstance(item, Work):
            try:
                ok, value = True, await budget.run_async(item.run)
            except Exception as error:  # noqa: BLE001 - handed to the plan
                ok, value = False, error
            continue
        ok, value = True, None
        yield item


class Asker(Protocol):
    index: IndexHandle

    def ask(self, question: str, history: tuple[Turn, ...], region: str | None = None, today: date | None = None, **kwargs) -> Answer: ...


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
        was answered, its turns and the state the answer carries (kept when it carries none).
        The chips of the answer before stop being controls: only the latest answer is revised."""
        messages = (*_settled(self.messages), *shown)
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

    def revisable(self) -> bool:
        """Whether the last exchange is an answer whose facts can be changed (its chips are live)."""
        return (
            len(self.turns) >= 2
            and self.turns[-1].role == "assistant"
            and self.turns[-1].state is not None
            and self.turns[-2].role == "user"
            and bool(self.messages)
            and LIVE_MARK in self.messages[-1].get("content", "")
        )

    def replaced(self, content: str, answer: Answer) -> Conversation:
        """The last answer given again: its bubble and its turn replaced, the question kept."""
        turns = (*self.turns[:-1], Turn("assistant", answer.answer, answer.state))
        state = answer.state if answer.state is not None else self.state
        return Conversation(turns, (*self.messages[:-1], assistant_message(content)), state, self.folded, self.answered)

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


def _settled(messages: tuple[dict[str, str], ...]) -> tuple[dict[str, str], ...]:
    """The messages with the last answer's chips made a record (no longer controls)."""
    if messages and LIVE_MARK in messages[-1].get("content", ""):
        last = messages[-1]
        return (*messages[:-1], {**last, "content": last["content"].replace(LIVE_MARK, DEAD_MARK)})
    return messages


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
    shown = steps(respond_plan(conversation, question, get_assistant, region, today, record), budget)
    try:
        while True:
            next(shown)
    except StopIteration as done:
        return done.value


def respond_plan(
    conversation: Conversation,
    question: str,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
) -> Plan:
    """``respond`` as a plan: one ``Work`` (the answer and its HTML), then the conversation after it."""
    question = question if isinstance(question, str) else ""

    def work() -> tuple[Answer, str]:
        assistant = get_assistant()
        answer = assistant.ask(question, conversation.history(), region=region_option(region), today=today or _today())
        return answer, answer_html(answer, contexts_for(assistant.index, answer))

    try:
        answer, content = yield Work(work)
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
    return steps(turn_plan(conversation, question, get_assistant, region, today, record), budget)


def turn_plan(
    conversation: Conversation,
    question: str,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
) -> Plan:
    """``turn_steps`` as a plan (what the page drives with ``steps_async``)."""
    question = question if isinstance(question, str) else ""
    reason = refusal(question)
    if reason is not None:
        logger.info("question refused: %s", reason)
        _tell(record, question, None, "refused")
        after = conversation.then(refused(question, reason))
        yield after.showing(), after, True
        return
    yield conversation.showing(user_message(question), busy_message()), conversation, False
    after = yield from respond_plan(conversation, question, get_assistant, region=region, today=today, record=record)
    yield after.showing(), after, True


def parse_edit(text: object) -> tuple[Correction, ...]:
    """The change the page sends when a chip is edited: ``{"fact": key, "value": …}`` (``null`` removes).

    Typed by the fact declarations; a rate is sent in percent (45 → 0.45).  ``BadRequest``
    with a Chinese message for anything else.

    >>> parse_edit('{"fact": "years_since_level", "value": "5"}')
    (Correction(fact='years_since_level', value=Decimal('5')),)
    >>> parse_edit('{"fact": "retention_rate", "value": "45"}')
    (Correction(fact='retention_rate', value=Decimal('0.45')),)
    >>> parse_edit('{"fact": "awards", "value": ["全国技术能手", "浙江工匠"]}')[0].value == frozenset({"全国技术能手", "浙江工匠"})
    True
    >>> parse_edit("not json")
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 无法读取要更改的情况，请重试。
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_EDIT_CHARS:
        raise BadRequest("无法读取要更改的情况，请重试。", "edit")
    try:
        data = json.loads(text)
    except ValueError:
        raise BadRequest("无法读取要更改的情况，请重试。", "edit") from None
    if not isinstance(data, dict) or not isinstance(data.get("fact"), str):
        raise BadRequest("无法读取要更改的情况，请重试。", "edit")
    fact, value = data["fact"], data.get("value")
    if isinstance(value, list):
        value = [v for v in value if isinstance(v, str) and v.strip()][:50] or None
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        raise BadRequest("无法读取要更改的情况，请重试。", "edit")
    if fact in RATES and value not in (None, ""):
        try:
            value = Decimal(str(value).strip().rstrip("%")) / 100
        except (InvalidOperation, ValueError):
            raise BadRequest(f"无法按“{fact_label(fact)}”读取“{str(value)[:40]}”：请填写百分数，例如 45。", "edit") from None
    _check_set(fact, value)
    return (correction(fact, value),)


def _check_set(fact: str, value: object) -> None:
    """A set fact with declared choices takes only those (an award nobody declared is not a fact)."""
    from assistant.rules.inputs import FACTS

    spec = FACTS.get(fact)
    if spec is None or spec.kind != "set" or not spec.choices or value in (None, ""):
        return
    members = [value] if isinstance(value, str) else list(value)
    unknown = [m for m in members if m not in spec.choices]
    if unknown:
        raise BadRequest(f"“{unknown[0][:40]}”不是可选的{fact_label(fact)}：请从列出的选项中选择。", "edit")


def change_words(changes: tuple[Correction, ...]) -> tuple[tuple[str, str], ...]:
    """(label, new value or 已删除) for the note on an answer given again."""
    return tuple((fact_label(c.fact), "已删除" if c.value is None else fact_value(c.fact, c.value)) for c in changes)


def revise_steps(
    conversation: Conversation,
    edit: object,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
    budget: Runner | None = None,
) -> Iterator[tuple[list[dict[str, str]], Conversation, str | None]]:
    """The last question answered again with a fact changed: ``(messages, conversation, problem)``.

    First the answer's bubble becomes a busy one, then the new answer replaces it.  A change
    that cannot be read, or made to an answer that is not the latest, changes nothing and
    yields the reason as ``problem`` (the page shows it as a notice).  Never raises.
    """
    return steps(revise_plan(conversation, edit, get_assistant, region, today, record), budget)


def revise_plan(
    conversation: Conversation,
    edit: object,
    get_assistant: Callable[[], Asker],
    region: str | None = None,
    today: date | None = None,
    record: Recorder | None = None,
) -> Plan:
    """``revise_steps`` as a plan (what the page drives with ``steps_async``)."""
    if not conversation.revisable():
        yield conversation.showing(), conversation, NOT_REVISABLE
        return
    try:
        changes = parse_edit(edit)
    except BadRequest as error:
        yield conversation.showing(), conversation, str(error)
        return
    question = conversation.turns[-2].content
    busy = Conversation(conversation.turns, (*conversation.messages[:-1], busy_message()), conversation.state, conversation.folded, conversation.answered)
    yield busy.showing(), conversation, None

    def work() -> tuple[Answer, str]:
        assistant = get_assistant()
        answer = assistant.ask(
            question, conversation.history(), region=region_option(region), today=today or _today(), corrections=changes
        )
        return answer, answer_html(answer, contexts_for(assistant.index, answer), revised=change_words(changes))

    try:
        answer, content = yield Work(work)
    except PolicyError as error:  # past the time budget, index gone, a change refused: nothing is lost
        logger.warning("cannot answer again: %s", error)
        yield conversation.showing(), conversation, str(error)
        return
    except Exception:
        logger.exception("internal error while answering %r again", redact_prefix(question, 200))
        yield conversation.showing(), conversation, INTERNAL_ERROR
        return
    _tell(record, question, answer, "abstained" if answer.abstained else "answered")
    after = conversation.replaced(content, answer)
    yield after.showing(), after, None
