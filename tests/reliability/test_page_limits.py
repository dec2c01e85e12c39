"""Limits on what one request may ask of the page: sizes checked on the server before any work,
refused input not kept, and a time budget after which the person gets a Chinese message.

A hostile client speaks the page's API directly (``gradio_client`` or raw queue joins), so no
check in the browser counts: every endpoint the page exposes (ask, the examples, search, the
document view) checks its own input, and a body too large for any of them is refused at the door.
The page is launched in this process with a one-second budget (POLICY_REQUEST_SECONDS=1), so a
test can make the assistant slow and look into a session's server-side state.
"""

from __future__ import annotations

import json
import time

import pytest
from page_support import call_raw, own_page, request, session_holds, settings_from_env
from reliability_support import reply_text

import ui.app
from assistant.answer import Assistant

SLOW = "请在这里慢下来"
BUDGET_SECONDS = 1


@pytest.fixture(scope="module")
def limited(real_build):
    with own_page(settings_from_env(real_build[0], POLICY_REQUEST_SECONDS=str(BUDGET_SECONDS))) as page:
        yield page


@pytest.fixture
def asked(monkeypatch):
    """Every question that reaches the assistant; a question holding SLOW takes three seconds."""
    real_ask = Assistant.ask
    seen = []

    def ask(self, question, *args, **kwargs):
        seen.append(question)
        if isinstance(question, str) and SLOW in question:
            time.sleep(3 * BUDGET_SECONDS)
        return real_ask(self, question, *args, **kwargs)

    monkeypatch.setattr(Assistant, "ask", ask)
    return seen


@pytest.fixture
def searched(monkeypatch):
    """Every search that reaches the library; one holding SLOW takes three seconds."""
    real = ui.app.search_articles
    seen = []

    def search_articles(index, text, *args, **kwargs):
        seen.append(text)
        if SLOW in text:
            time.sleep(3 * BUDGET_SECONDS)
        return real(index, text, *args, **kwargs)

    monkeypatch.setattr(ui.app, "search_articles", search_articles)
    return seen


# ------------------------------------------------------------------ sizes, before any work
def test_an_over_long_question_is_refused_before_any_work_and_not_kept(limited, client, asked):
    # longer than the library takes (2,000), short enough to paste into the box (20,000)
    session = client(limited.url)
    marker = "结尾的标记"
    question = "请问高级技师评职称" * 1_500 + marker  # 13,505 characters
    started = time.perf_counter()
    refused = session.predict(question, "自动识别", api_name="/ask")
    elapsed = time.perf_counter() - started

    text = reply_text(refused)
    assert "问题太长" in text and "13505" in text.replace(",", "")
    assert asked == []  # the assistant never saw it
    assert elapsed < 2
    payload = json.dumps(refused, ensure_ascii=False)
    assert marker not in payload and len(payload) < 3_000, len(payload)  # not echoed back whole
    assert not session_holds(limited, session.session_hash, marker)  # nor kept in the session

    answered = session.predict("高级技师能评副高吗？", "自动识别", api_name="/ask")
    assert "pa-cite-1" in reply_text(answered)
    assert marker not in json.dumps(answered, ensure_ascii=False)
    assert not session_holds(limited, session.session_hash, marker)
    assert len(asked) == 1


@pytest.mark.parametrize(
    ("api_name", "data"),
    [
        ("/ask", ["问" * 2_000_000, "自动识别", None]),  # the tester's 5 MB question
        ("/search", ["培训" * 1_000_000, "all", "all", "all"]),  # and 5 MB search (36 s of CPU before)
        ("/ask", ["问" * 20_001, "自动识别", None]),  # longer than the question box takes
        ("/search", ["培训补贴 高级技师 " * 1_000, "all", "all", "all"]),  # 10,000 characters: the box takes 500
        ("/search", ["培训补贴", "x" * 10_000, "all", "all"]),  # no filter value is that long
        ("/show_document", ["x" * 100_000]),
    ],
    ids=["ask-5MB", "search-5MB", "ask-20001", "search-10000", "filter-10000", "document-100000"],
)
def test_input_larger_than_its_field_takes_is_refused_at_the_door(limited, api_name, data, asked, searched):
    started = time.perf_counter()
    status, body = call_raw(limited.port, api_name, data, timeout=20)
    assert time.perf_counter() - started < 5
    assert status == 413, (status, str(body)[:200])
    assert "请求太大" in body.decode("utf-8") and len(body) < 1_000  # said in Chinese, nothing echoed
    assert asked == [] and searched == []


def test_the_door_refuses_what_it_cannot_measure_in_advance(limited):
    # no Content-Length (chunked): counted as it arrives, refused once over the limit
    def chunks():
        for _ in range(40):
            yield b"x" * 65_536

    status, _, body = request(limited.port, "POST", "/gradio_api/queue/join", chunks(), {"Content-Type": "application/json"})
    assert status == 413 and "请求太大" in body.decode("utf-8")


def test_within_the_limits_the_page_still_answers_through_every_entry(limited, client):
    session = client(limited.url)
    assert "pa-cite-1" in reply_text(session.predict("高级技师能评副高吗？", "自动识别", api_name="/ask"))
    assert "pa-card" in session.predict("培训补贴", "all", "all", "all", api_name="/search")
    status, output = call_raw(limited.port, "/search", ["培训补贴 " * 99, "浙江省", "all", "in_force"])  # 495 characters
    assert status == 200 and "error" not in output, output


def test_the_examples_endpoint_answers_only_the_examples(limited, asked):
    # the Chatbot's example_select takes its text from event data, which any client can forge
    forged = {"index": 0, "value": {"text": "请问任意文字能评副高吗？"}}
    status, output = call_raw(limited.port, "/ask_example", ["自动识别", None], event_data=forged)
    assert status == 200 and asked == []
    assert "任意文字" not in json.dumps(output, ensure_ascii=False)

    real = {"index": 1, "value": {"text": ui.app.EXAMPLES[1]}}
    status, output = call_raw(limited.port, "/ask_example", ["自动识别", None], event_data=real)
    assert status == 200 and asked == [ui.app.EXAMPLES[1]]
    assert "pa-cite-1" in json.dumps(output, ensure_ascii=False)


# ------------------------------------------------------------------ a time budget per request
def test_an_answer_past_its_time_budget_is_a_chinese_message_and_the_page_goes_on(limited, client, asked):
    session = client(limited.url)
    started = time.perf_counter()
    late = session.predict(f"{SLOW}，高级技师能评副高吗？", "自动识别", api_name="/ask")
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET_SECONDS + 1.5, elapsed
    assert "请稍后再试" in reply_text(late) and "pa-cite" not in reply_text(late)
    assert late[1] == f"{SLOW}，高级技师能评副高吗？"  # the question goes back into the box (its value, not an update: ui/serving.py)

    answered = session.predict("高级技师能评副高吗？", "自动识别", api_name="/ask")
    assert "pa-cite-1" in reply_text(answered)
    assert len(answered[0]) == 4  # the late turn is shown but is not history


def test_a_search_past_its_time_budget_is_a_chinese_message(limited, client, searched):
    session = client(limited.url)
    started = time.perf_counter()
    html = session.predict(f"{SLOW} 培训补贴", "all", "all", "all", api_name="/search")
    assert time.perf_counter() - started < BUDGET_SECONDS + 1.5
    assert "请稍后再试" in html and "pa-card" not in html
    assert "pa-card" in session.predict("培训补贴", "all", "all", "all", api_name="/search")


def test_the_budget_is_read_from_the_environment(real_build):
    assert settings_from_env(real_build[0], POLICY_REQUEST_SECONDS="2.5").request_seconds == 2.5
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="POLICY_REQUEST_SECONDS"):
        settings_from_env(real_build[0], POLICY_REQUEST_SECONDS="soon")
