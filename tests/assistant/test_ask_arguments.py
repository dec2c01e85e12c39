"""The library's boundary: ``assistant.ask`` and ``Assistant.ask`` check their arguments.

A wrong argument is a ``BadRequest`` (a ``PolicyError``, not a ``BadQuestion``) whose Chinese
message names the argument — never a ``TypeError``/``KeyError`` from deep inside, and never
a quiet misreading (``top_k=-1`` used to give an answer without citations).  What is
accepted is decided in ``assistant/request.py``; the accepted forms are tested here too.
"""

from __future__ import annotations

import reprlib
from datetime import date, datetime

import pytest
from assistant_support import TODAY

from assistant.answer import ask as library_ask
from assistant.config import Settings
from assistant.errors import BadQuestion, BadRequest, PolicyError
from assistant.schema import Turn

QUESTION = "四川职业技能等级认定有哪些规定"


def _deep(levels: int) -> dict:
    state: dict = {}
    for _ in range(levels):
        state = {"facts": state}
    return state


BAD = [
    ({"question": 5}, "question"),
    ({"question": None}, "question"),
    ({"question": b"\xe8\xa1\xa5\xe8\xb4\xb4"}, "question"),
    ({"top_k": "5"}, "top_k"),
    ({"top_k": -1}, "top_k"),
    ({"top_k": 0}, "top_k"),
    ({"top_k": 21}, "top_k"),
    ({"top_k": 10**9}, "top_k"),
    ({"top_k": 2.0}, "top_k"),
    ({"top_k": True}, "top_k"),
    ({"region": 5}, "region"),
    ({"region": ["浙江"]}, "region"),
    ({"history": "abc"}, "history"),
    ({"history": {"role": "user", "content": "我在浙江"}}, "history"),
    ({"history": 5}, "history"),
    ({"history": [5]}, "history[0]"),
    ({"history": ["我在浙江"]}, "history[0]"),
    ({"history": [{"content": "我在浙江"}]}, "history[0].role"),
    ({"history": [{"role": "user"}]}, "history[0].content"),
    ({"history": [{"role": "robot", "content": "我在浙江"}]}, "history[0].role"),
    ({"history": [{"role": "user", "content": 5}]}, "history[0].content"),
    ({"history": [{"role": "user", "content": "我在浙江"}, {"role": "assistant", "content": "好", "state": "zz"}]}, "history[1].state"),
    ({"history": [{"role": "assistant", "content": "好", "state": [1, 2]}]}, "history[0].state"),
    ({"history": [{"role": "assistant", "content": "好", "state": _deep(5_000)}]}, "history[0].state"),
    ({"history": [Turn("robot", "我在浙江")]}, "history[0].role"),  # type: ignore[arg-type]
    ({"history": [Turn("user", 5)]}, "history[0].content"),  # type: ignore[arg-type]
    ({"today": "2026/11/21"}, "today"),
    ({"today": datetime(2026, 11, 21, 8, 0)}, "today"),
    ({"today": 20261121}, "today"),
    ({"as_of": "soon"}, "as_of"),
    ({"as_of": "2025-02-30"}, "as_of"),
]
IDS = [f"{name}={reprlib.repr(value)[:24]}" for kwargs, _ in BAD for name, value in kwargs.items()]


def _check_refusal(caught: pytest.ExceptionInfo, argument: str) -> None:
    error = caught.value
    message = str(error)
    assert isinstance(error, PolicyError) and not isinstance(error, BadQuestion)
    assert f"参数 {argument} " in message and error.argument == argument, message
    assert "应为" in message and any("\u4e00" <= ch <= "\u9fff" for ch in message)
    assert "Traceback" not in message and len(message) < 300


@pytest.mark.parametrize(("kwargs", "argument"), BAD, ids=IDS)
def test_library_ask_refuses_each_malformed_argument_by_name(real_build, kwargs, argument):
    call = {"question": QUESTION, "today": TODAY, "settings": real_build[0], **kwargs}
    with pytest.raises(BadRequest) as caught:
        library_ask(**call)
    _check_refusal(caught, argument)


@pytest.mark.parametrize(("kwargs", "argument"), BAD, ids=IDS)
def test_assistant_ask_refuses_each_malformed_argument_by_name(assistant, kwargs, argument):
    call = {"question": QUESTION, "today": TODAY, **kwargs}
    with pytest.raises(BadRequest) as caught:
        assistant.ask(**call)
    _check_refusal(caught, argument)


def test_arguments_are_checked_before_the_index_is_opened(tmp_path):
    nowhere = Settings(corpus_dir=tmp_path / "corpus", home=tmp_path / "home", embedding="hash")
    with pytest.raises(BadRequest, match="top_k"):
        library_ask(QUESTION, top_k="5", settings=nowhere, today=TODAY)
    with pytest.raises(BadRequest, match="settings"):
        library_ask(QUESTION, settings={"home": "/tmp"}, today=TODAY)  # type: ignore[arg-type]


def test_a_bad_question_is_still_a_bad_question(assistant):
    with pytest.raises(BadQuestion, match="问题是空的"):
        assistant.ask("   ", today=TODAY, top_k=3)


# ------------------------------------------------------------------ what is accepted
def test_dates_may_be_iso_strings(real_build):
    question = "川人社规〔2023〕15号还有效吗？"
    as_dates = library_ask(question, today=TODAY, as_of=date(2025, 1, 1), settings=real_build[0])
    as_text = library_ask(question, today=TODAY.isoformat(), as_of="2025-01-01", settings=real_build[0])
    assert as_text.to_dict() == as_dates.to_dict()
    assert {c.status for c in as_text.citations} == {"in_force"}


@pytest.mark.parametrize("k", [1, 3, 20])
def test_top_k_within_bounds_limits_the_citations(assistant, k):
    answer = assistant.ask(QUESTION, today=TODAY, top_k=k)
    assert 1 <= len(answer.citations) <= k


def test_history_forms_that_are_accepted(real_build):
    settings = real_build[0]
    first = library_ask("我在浙江，是高级技师，干了5年，能评副高吗？", today=TODAY, settings=settings)
    turns = [
        {"role": "user", "content": "我在浙江，是高级技师，干了5年，能评副高吗？", "id": 1, "time": "10:00"},  # extra keys ignored
        {"role": "assistant", "content": first.answer, "state": first.to_dict()["state"]},  # the state as --json wrote it
    ]
    as_dicts = library_ask("那正高呢？", history=turns, today=TODAY, settings=settings)
    as_turns = library_ask(
        "那正高呢？", history=(Turn("user", turns[0]["content"]), Turn("assistant", first.answer, first.state)), today=TODAY, settings=settings
    )
    assert as_dicts.to_dict() == as_turns.to_dict()
    assert as_dicts.region == "浙江省"
    assert library_ask(QUESTION, history=None, today=TODAY, settings=settings).citations
    # a state whose values cannot be read loses those values, not the question
    odd = [{"role": "assistant", "content": "好", "state": {"facts": {"age": "很多"}, "asked": "x", "event_date": "soon"}}]
    assert library_ask(QUESTION, history=odd, today=TODAY, settings=settings).citations
