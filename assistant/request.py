"""What a caller may pass to ``ask``: checked once, at the library's boundary, into typed values.

``assistant.ask`` and ``Assistant.ask`` are called by the CLI, the page, the evaluators
and other people's programs.  A wrong argument used to surface deep inside as a
``TypeError`` or ``KeyError`` (``top_k="5"``, ``history="abc"``, a turn without
``role``), or to be quietly misread (``top_k=-1`` gave no citations).  ``check``
validates every argument with pydantic and raises one ``BadRequest`` whose Chinese
message names the argument, what it should be and what came instead.

What is accepted (decided here, documented in ``ask``):

- ``question``: a ``str``.  Whether its text can be answered (empty, too long, markup)
  is for ``understand`` to judge: that is a ``BadQuestion``.
- ``history``: a list or tuple of turns (``None`` is no history).  A turn is a ``Turn``
  or a dict ``{"role": "user" | "assistant", "content": str, "state"?: dict | None}``;
  other keys are ignored (files written by other tools carry ids and times).  A
  ``state`` is what ``Answer.to_dict()["state"]`` wrote (or a ``DialogueState``): its
  values are typed again by the fact declarations and what cannot be read is dropped
  (``DialogueState.from_dict``); a state that is not a dict, or nests deeper than
  ``safejson.MAX_DEPTH``, is refused.
- ``region``: a ``str`` or ``None`` (which regions exist is ``understand``'s business).
- ``today``, ``as_of``: a ``datetime.date`` or a ``"YYYY-MM-DD"`` string (JSON has no
  date type; a program relaying a JSON request passes the string on).  A ``datetime``
  is refused: which day it falls on depends on a time zone the caller must choose.
- ``top_k``: an ``int`` from 1 to ``MAX_TOP_K``, or ``None`` for the setting.  ``True``,
  ``5.0`` and ``"5"`` are refused rather than guessed at.
"""

from __future__ import annotations

import re
import reprlib
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from assistant.errors import BadRequest
from assistant.privacy import redact
from assistant.safejson import MAX_DEPTH, too_deep
from assistant.schema import DialogueState, Turn

MAX_TOP_K = 20  # citations an answer can show; `policy ask --top-k` has the same bound

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> Any:
    if isinstance(value, datetime):
        raise ValueError("a datetime, not a date")
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)  # 2025-02-30 raises ValueError: reported as this argument
    return value


def _state(value: Any) -> Any:
    if value is None or isinstance(value, DialogueState):
        return value
    if not isinstance(value, dict):
        raise ValueError("not a dict")
    if too_deep(value):
        raise ValueError("nested too deeply")
    return DialogueState.from_dict(value)


def _turn(value: Any) -> Any:
    if isinstance(value, Turn):
        return {"role": value.role, "content": value.content, "state": value.state}
    return value


def _turns(value: Any) -> Any:
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise ValueError("not a list")
    return tuple(_turn(item) for item in value)


Day = Annotated[date | None, BeforeValidator(_day)]


class TurnArgument(BaseModel):
    """One turn of ``history`` as a caller may write it."""

    model_config = ConfigDict(strict=True, frozen=True, extra="ignore", arbitrary_types_allowed=True)

    role: Literal["user", "assistant"]
    content: str
    state: Annotated[DialogueState | None, BeforeValidator(_state)] = None


History = Annotated[tuple[TurnArgument, ...], BeforeValidator(_turns)]


class HistoryArgument(BaseModel):
    """``history`` alone, for the edges that read it from a file before there is a question."""

    model_config = ConfigDict(strict=True, frozen=True)

    history: History


class AskArguments(BaseModel):
    """The arguments of ``ask``, checked; ``turns`` is the history as the pipeline reads it."""

    model_config = ConfigDict(strict=True, frozen=True, arbitrary_types_allowed=True)

    question: str
    history: History = ()
    region: str | None = None
    today: Day = None
    as_of: Day = None
    top_k: Annotated[int, Field(ge=1, le=MAX_TOP_K)] | None = None

    @property
    def turns(self) -> tuple[Turn, ...]:
        return _as_turns(self.history)


def _as_turns(history: tuple[TurnArgument, ...]) -> tuple[Turn, ...]:
    return tuple(Turn(t.role, t.content, t.state) for t in history)


_DAY = "日期（datetime.date，或 \"YYYY-MM-DD\" 格式的字符串）"
_EXPECTED = {
    "question": "字符串（问题的文字）",
    "history": "列表，每一项是一轮对话：{\"role\": \"user\" 或 \"assistant\", \"content\": \"文字\"}",
    "turn": "一轮对话：Turn，或 {\"role\": \"user\" 或 \"assistant\", \"content\": \"文字\", \"state\": 可省略}",
    "role": "\"user\" 或 \"assistant\"",
    "content": "字符串（这一轮说的话）",
    "state": f"对象（上一次回答的 state，即 Answer.to_dict()[\"state\"]，嵌套不超过 {MAX_DEPTH} 层）或 None",
    "region": "字符串（如 \"浙江\"、\"晋中市\"）或 None",
    "today": _DAY,
    "as_of": _DAY,
    "top_k": f"1 到 {MAX_TOP_K} 之间的整数，或 None（用默认值）",
}
_SHOW = reprlib.Repr()
_SHOW.maxstring = _SHOW.maxother = 40
_SHOW.maxlevel = 2
_SHOW.maxlist = _SHOW.maxtuple = _SHOW.maxdict = 3


def _where(loc: tuple[str | int, ...]) -> tuple[str, str]:
    """``("history", 3, "role")`` → ``("history[3].role", "role")``: how to name it, what to expect."""
    name, key = "", "question"
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
            key = "turn"
        elif part in _EXPECTED or part in TurnArgument.model_fields:
            name += f".{part}" if name else part
            key = part
    return name or "?", key


def _shown(value: Any) -> str:
    """What came instead, short and with personal numbers out (messages reach logs)."""
    return f"{type(value).__name__} {redact(_SHOW.repr(value))}"


def _message(error: ValidationError) -> str:
    problems = error.errors(include_url=False)
    first = problems[0]
    name, key = _where(tuple(first["loc"]))
    if first["type"] == "missing":
        text = f"参数 {name} 缺失：应为{_EXPECTED[key]}。"
    else:
        text = f"参数 {name} 无效：应为{_EXPECTED[key]}，收到 {_shown(first['input'])}。"
    if len(problems) > 1:
        text += f"（另有 {len(problems) - 1} 处问题）"
    return text


def check(
    question: Any,
    history: Any = (),
    region: Any = None,
    today: Any = None,
    as_of: Any = None,
    top_k: Any = None,
) -> AskArguments:
    """The arguments of ``ask``, typed; ``BadRequest`` naming the first that is wrong.

    >>> check("见习补贴", [{"role": "user", "content": "我在浙江"}], top_k=3, as_of="2025-01-01").turns
    (Turn(role='user', content='我在浙江', state=None),)
    >>> check("见习补贴", top_k="5")
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 参数 top_k 无效：应为1 到 20 之间的整数，或 None（用默认值），收到 str '5'。
    >>> check("见习补贴", history=[{"content": "我在浙江"}])
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 参数 history[0].role 缺失：应为"user" 或 "assistant"。
    """
    try:
        return AskArguments.model_validate(
            {"question": question, "history": history, "region": region, "today": today, "as_of": as_of, "top_k": top_k}
        )
    except ValidationError as error:
        raise BadRequest(_message(error), argument=_where(tuple(error.errors()[0]["loc"]))[0]) from None


def check_history(history: Any) -> tuple[Turn, ...]:
    """``history`` as turns, or ``BadRequest`` naming the first turn that is wrong (same rules as ``check``).

    >>> check_history([{"role": "robot", "content": "x"}])
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 参数 history[0].role 无效：应为"user" 或 "assistant"，收到 str 'robot'。
    """
    try:
        return _as_turns(HistoryArgument.model_validate({"history": history}).history)
    except ValidationError as error:
        raise BadRequest(_message(error), argument=_where(tuple(error.errors()[0]["loc"]))[0]) from None
