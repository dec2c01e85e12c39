"""ui.serving: what the page does in place of Gradio's per-request work gives what Gradio's would.

The chat's value, the checks of the inputs and a session's block configs are compared with
Gradio's own (``gr.Chatbot.postprocess``, ``Dropdown.preprocess``, ``SessionState`` as Gradio
builds it), on the page as `policy serve` builds it over the real corpus.
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import gradio as gr
import pytest
from gradio.state_holder import SessionState

from assistant.answer import get_assistant
from assistant.config import today as beijing_today
from ui.app import build_app, enable_queue
from ui.chat import Conversation, assistant_message, busy_message, refused, respond, revise_steps, turn_steps
from ui.serving import NotAChoice, as_text, chat_value, choice, lazy_session_configs


def run(coroutine):
    """``asyncio.run`` in a thread of its own: Playwright's sync API (the browser tests of this
    directory) leaves an event loop running in the main thread for the whole session."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="module")
def demo(real_build):
    return enable_queue(build_app(real_build[0]))


@pytest.fixture(scope="module")
def talked(real_build) -> Conversation:
    """A conversation of the kinds of bubble the page shows: answers with cards, a refusal, a notice."""
    assistant = get_assistant(real_build[0])
    chat = Conversation()
    for question in ("我在浙江，是高级技师，干了3年，近3年考核都合格，能评副高吗？", "那正高呢？", "<b>x</b>", "北京的职业培训补贴标准是多少？"):
        chat = respond(chat, question, lambda: assistant, today=beijing_today())
    return chat


def test_the_chat_value_is_what_gradios_chatbot_sends(demo, talked):
    chatbot = next(block for block in demo.blocks.values() if isinstance(block, gr.Chatbot))
    shown = [
        *talked.showing(busy_message()),
        assistant_message("\n    indented <b>html</b>\n\n"),  # Gradio's postprocess re-indents text (inspect.cleandoc)
        assistant_message(""),
        *refused("很长的问题" * 100, "问题太长"),
    ]
    assert chat_value(shown) == chatbot.postprocess(shown).model_dump()
    assert json.dumps(chat_value(shown), ensure_ascii=False) == json.dumps(chatbot.postprocess(shown).model_dump(), ensure_ascii=False)


def test_the_answering_events_take_and_give_the_values_as_sent(demo):
    answering = [fn for fn in demo.fns.values() if fn.api_name and fn.api_name.startswith(("ask", "search"))]
    assert {fn.api_name for fn in answering} >= {"ask", "ask_1", "ask_example", "search", "search_1"}
    assert all(not fn.preprocess and not fn.postprocess for fn in answering)


@pytest.mark.parametrize("value", ["自动识别", "浙江", None])
def test_a_choice_passes_as_gradios_dropdown_lets_it(demo, value):
    region = next(b for b in demo.blocks.values() if isinstance(b, gr.Dropdown) and b.elem_id == "pa-region")
    options = [v for _, v in region.choices]
    if value == "浙江":
        value = next(v for v in options if v != "自动识别")
    assert choice(value, options, "地区") == region.preprocess(value)


@pytest.mark.parametrize("value", ["火星", "", ["浙江"], 1, {"a": 1}])
def test_a_value_gradio_would_refuse_is_refused(demo, value):
    region = next(b for b in demo.blocks.values() if isinstance(b, gr.Dropdown) and b.elem_id == "pa-region")
    options = [v for _, v in region.choices]
    with pytest.raises(gr.Error):
        region.preprocess(value)
    with pytest.raises(NotAChoice, match="请从列表中选择地区"):
        choice(value, options, "地区")


@pytest.mark.parametrize("value", ["问题", "", 12, None, ["a"]])
def test_text_is_read_as_gradios_textbox_reads_it(value):
    expected = gr.Textbox().preprocess(value)
    assert as_text(value) == ("" if expected is None else expected)


# ---------------------------------------------------------------- sessions
def test_a_new_session_builds_no_block_config(demo, monkeypatch):
    assert lazy_session_configs()
    built = []
    original = type(demo.default_config).config_for_block
    monkeypatch.setattr(type(demo.default_config), "config_for_block", staticmethod(lambda *a, **k: built.append(a[0]) or original(*a, **k)))
    SessionState(demo)
    assert built == []


def test_a_session_lists_the_same_configs_as_gradio_would(demo, talked, monkeypatch):
    """After the same events, the deep-link list of a lazy session equals the one of a session built
    Gradio's way: the page's values, the box's rebuilt config, the state."""
    assert lazy_session_configs()
    lazy = SessionState(demo)
    eager = SessionState(demo)
    # what Gradio's own __init__ builds: every block of the page
    eager.config_values = {k: eager.blocks_config.config_for_block(k, [], v) for k, v in eager.blocks_config.blocks.items() if k in demo.blocks}
    ask = next(fn for fn in demo.fns.values() if fn.api_name == "ask")
    box = gr.update(value="", interactive=True)

    async def events(session):
        await demo.preprocess_data(ask, ["问题", "自动识别", None], session)
        await demo.postprocess_data(ask, [chat_value(talked.showing()), talked, ""], session)
        await demo.postprocess_data(ask, [chat_value(talked.showing()), talked, dict(box)], session)

    for session in (lazy, eager):
        run(events(session))
    assert [json.dumps(c, sort_keys=True, default=str) for c in lazy.components] == [
        json.dumps(c, sort_keys=True, default=str) for c in eager.components
    ]


# ---------------------------------------------------------------- one plan, two drivers
class Instant:
    """A budget that runs the work at once, sync or awaited."""

    def run(self, work):
        return work()

    async def run_async(self, work):
        return work()


def _drive_async(plan):
    from ui.chat import steps_async

    async def collect():
        return [step async for step in steps_async(plan, Instant())]

    return run(collect())


def test_the_page_driver_shows_what_the_plain_driver_shows(real_build, talked):
    from ui.chat import revise_plan, turn_plan

    assistant = get_assistant(real_build[0])
    day = beijing_today()
    for question in ("那正高呢？", "<b>", "北京的职业培训补贴标准是多少？"):
        assert _drive_async(turn_plan(talked, question, lambda: assistant, None, day)) == list(
            turn_steps(talked, question, lambda: assistant, None, day)
        )
    first = respond(Conversation(), "我在浙江，是高级技师，干了3年，近3年考核都合格，能评副高吗？", lambda: assistant, today=day)
    edit = '{"fact": "years_since_level", "value": "6"}'
    assert first.revisable()
    assert _drive_async(revise_plan(first, edit, lambda: assistant, None, day)) == list(revise_steps(first, edit, lambda: assistant, None, day))


# ---------------------------------------------------------------- warming
def test_the_page_is_warmed_on_its_own_examples_and_a_search(real_build, monkeypatch):
    from assistant.answer import Assistant
    from ui.app import EXAMPLES
    from ui.serving import warm_page

    asked = []
    ask = Assistant.ask
    monkeypatch.setattr(Assistant, "ask", lambda self, question, history=(), **kw: asked.append((question, len(history))) or ask(self, question, history, **kw))
    searched = []
    import assistant.lookup

    search = assistant.lookup.search_articles
    monkeypatch.setattr(assistant.lookup, "search_articles", lambda *a, **kw: searched.append(a[1]) or search(*a, **kw))
    warm_page(get_assistant(real_build[0]), EXAMPLES, beijing_today())
    assert sorted(q for q, _ in asked) == sorted([*EXAMPLES, *EXAMPLES])  # each alone, and all in one conversation
    assert max(n for _, n in asked) >= 2 * (len(EXAMPLES) - 1) - 1  # the later ones read the conversation so far
    assert searched == ["培训补贴"]
