"""ui.chat: one turn with a fake assistant — history carried, refusals and errors shown politely."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

import pytest

from assistant.errors import BadQuestion, IndexMissing
from assistant.schema import Answer, Citation, DialogueState, Turn
from assistant.understand.dialogue import Correction
from ui.card import LIVE
from ui.chat import AUTO_REGION, INTERNAL_ERROR, MAX_HISTORY_TURNS, NOT_REVISABLE, Conversation, respond, revise_steps, turn_steps

TODAY = date(2026, 11, 21)


@dataclass
class FakeIndex:
    documents: dict = field(default_factory=dict)
    articles: list = field(default_factory=list)

    def articles_of(self, doc_id):
        return []


@dataclass
class FakeAssistant:
    """Records what it was asked; answers, refuses or fails as told."""

    fail: Exception | None = None
    calls: list = field(default_factory=list)
    index: FakeIndex = field(default_factory=FakeIndex)

    def ask(self, question, history, region=None, today=None):
        self.calls.append((question, tuple(history), region, today))
        if self.fail is not None:
            raise self.fail
        cite = Citation("d1", "某办法", None, None, "浙江省", "第十条", "原文", "in_force", 1.0)
        return Answer(question=question, answer=f"答：{question}", abstained=False, region="浙江省", citations=(cite,), as_of=today)


def test_an_answer_is_added_to_the_turns_and_the_messages():
    fake = FakeAssistant()
    after = respond(Conversation(), "能评副高吗？", lambda: fake, today=TODAY)
    assert after.turns == (Turn("user", "能评副高吗？"), Turn("assistant", "答：能评副高吗？"))
    assert [m["role"] for m in after.messages] == ["user", "assistant"]
    assert "pa-card" in after.messages[1]["content"]
    assert fake.calls == [("能评副高吗？", (), None, TODAY)]


def test_the_conversation_so_far_is_passed_as_history():
    fake = FakeAssistant()
    first = respond(Conversation(), "我在浙江，是高级技师", lambda: fake, today=TODAY)
    respond(first, "那正高呢？", lambda: fake, region="浙江省", today=TODAY)
    question, history, region, _ = fake.calls[-1]
    assert question == "那正高呢？" and region == "浙江省"
    assert history == (Turn("user", "我在浙江，是高级技师"), Turn("assistant", "答：我在浙江，是高级技师"))


def test_history_is_bounded():
    fake = FakeAssistant()
    conversation = Conversation(turns=tuple(Turn("user", str(i)) for i in range(40)))
    respond(conversation, "再问", lambda: fake, today=TODAY)
    assert len(fake.calls[0][1]) == MAX_HISTORY_TURNS


def test_auto_region_means_read_it_from_the_question():
    fake = FakeAssistant()
    respond(Conversation(), "问", lambda: fake, region=AUTO_REGION, today=TODAY)
    assert fake.calls[0][2] is None


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (BadQuestion("问题是空的：请输入您想了解的政策问题。"), "问题是空的：请输入您想了解的政策问题。"),
        (IndexMissing("var/index"), "请先运行 `policy ingest`"),
        (RuntimeError("boom <script>"), INTERNAL_ERROR),
    ],
)
def test_refusals_and_errors_become_a_polite_message_and_are_not_history(error, shown):
    fake = FakeAssistant(fail=error)
    before = Conversation(turns=(Turn("user", "前一个问题"), Turn("assistant", "前一个回答")))
    after = respond(before, "<b>问题</b>", lambda: fake, today=TODAY)
    assert after.turns == before.turns
    user, reply = after.messages[-2:]
    assert user["content"] == '<div class="pa-user">&lt;b&gt;问题&lt;/b&gt;</div>'
    assert shown in reply["content"] and "pa-notice" in reply["content"]
    assert "boom" not in reply["content"]  # internals stay in the log


def test_an_assistant_that_cannot_even_open_is_a_polite_message():
    def broken():
        raise IndexMissing("var/index")

    after = respond(Conversation(), "问", broken, today=TODAY)
    assert "policy ingest" in after.messages[-1]["content"]


def test_the_question_and_a_busy_bubble_show_before_the_answer():
    fake = FakeAssistant()
    steps = turn_steps(Conversation(), "能评副高吗？", lambda: fake, today=TODAY)
    messages, conversation, done = next(steps)
    assert not done and not fake.calls  # nothing asked yet: this is what the page shows at once
    assert "能评副高吗？" in messages[0]["content"] and "pa-busy" in messages[1]["content"]
    assert conversation == Conversation()
    messages, conversation, done = next(steps)
    assert done and "pa-card" in messages[1]["content"] and len(conversation.turns) == 2


# ------------------------------------------------------------------ state apart from the transcript
ZHEJIANG = DialogueState(facts={"province": "浙江省", "skill_level": "高级技师"}, region="浙江省")


@dataclass
class StatefulFake(FakeAssistant):
    """Answers its first question with a state and every later one without (as the library does
    when it declines a question or answers whether a document is in force)."""

    def ask(self, question, history, region=None, today=None):
        answer = super().ask(question, history, region, today)
        return replace(answer, state=ZHEJIANG if len(self.calls) == 1 else None)


def test_the_state_outlives_the_history_window():
    fake = StatefulFake()
    conversation = Conversation()
    for question in ["我在浙江，是高级技师", *["谢谢"] * 10, "能评副高吗？"]:
        conversation = respond(conversation, question, lambda: fake, today=TODAY)
    history = fake.calls[-1][1]
    assert any(turn.state == ZHEJIANG for turn in history)  # eleven exchanges later, still passed on
    assert len(history) <= 20  # what the library reads at most


def test_a_long_conversation_keeps_a_bounded_transcript():
    fake = FakeAssistant()
    conversation = Conversation()
    for n in range(300):
        conversation = respond(conversation, f"第{n}个问题：能评副高吗？", lambda: fake, today=TODAY)
    shown = conversation.showing()
    assert len(shown) <= 41, len(shown)
    assert "折叠" in shown[0]["content"] and "560" in shown[0]["content"]  # 600 messages, 40 shown
    assert "第299个问题" in shown[-2]["content"]
    assert len(conversation.turns) <= 20
    assert len(repr(conversation)) < 120_000  # the session's share of the server's memory


def test_a_question_too_long_is_refused_before_anything_is_shown_or_asked():
    fake = FakeAssistant()
    before = Conversation(turns=(Turn("user", "前一个问题"), Turn("assistant", "前一个回答")))
    question = "请问高级技师评职称" * 1_500 + "结尾"
    steps = list(turn_steps(before, question, lambda: fake, today=TODAY))
    assert len(steps) == 1  # no busy bubble holding the whole question
    messages, after, done = steps[0]
    assert done and fake.calls == [] and after.turns == before.turns
    assert "问题太长" in messages[-1]["content"] and "pa-notice" in messages[-1]["content"]
    assert len(messages[-2]["content"]) < 200 and "结尾" not in repr(after)


# ------------------------------------------------------------------ a chip changed: the answer given again
FACTS_STATE = DialogueState(facts={"skill_level": "高级技师", "years_since_level": Decimal(3)}, topic="title_for_skilled")


@dataclass
class RevisingFake(FakeAssistant):
    """Answers with a state (so the answer has chips) and records the corrections it was given."""

    corrections: list = field(default_factory=list)

    def ask(self, question, history, region=None, today=None, corrections=()):
        self.corrections.append(corrections)
        answer = super().ask(question, history, region, today)
        facts = dict(FACTS_STATE.facts)
        for change in corrections:
            if change.value is None:
                facts.pop(change.fact, None)
            else:
                facts[change.fact] = change.value
        return replace(answer, answer=f"答（{len(self.corrections)}）", state=replace(FACTS_STATE, facts=facts))


def answered(fake) -> Conversation:
    return respond(Conversation(), "我是高级技师，干了3年，能评副高吗？", lambda: fake, today=TODAY)


def test_a_changed_fact_answers_the_same_question_again_in_place():
    fake = RevisingFake()
    before = answered(fake)
    assert before.revisable() and LIVE in before.messages[-1]["content"]
    steps = list(revise_steps(before, '{"fact": "years_since_level", "value": "5"}', lambda: fake, today=TODAY))
    (busy, _, problem), (messages, after, last_problem) = steps
    assert problem is None and "pa-busy" in busy[-1]["content"] and len(busy) == 2  # the answer's bubble, busy
    assert last_problem is None
    question, history, _, _ = fake.calls[-1]
    assert question == "我是高级技师，干了3年，能评副高吗？" and history == before.history()
    assert fake.corrections[-1] == (Correction("years_since_level", Decimal(5)),)
    assert len(after.messages) == 2 and after.messages[0] == before.messages[0]  # the question stays, the answer is replaced
    assert "已按您更改的情况重新判断" in after.messages[1]["content"] and "5年" in after.messages[1]["content"]
    assert after.turns[0] == before.turns[0] and after.turns[1].content == "答（2）"
    assert after.state.facts["years_since_level"] == Decimal(5) and after.answered == before.answered
    assert after.revisable()  # and it can be changed again


def test_a_removed_fact_is_sent_as_none():
    fake = RevisingFake()
    after = list(revise_steps(answered(fake), '{"fact": "years_since_level", "value": null}', lambda: fake, today=TODAY))[-1][1]
    assert fake.corrections[-1] == (Correction("years_since_level", None),)
    assert "years_since_level" not in after.state.facts and "已删除" in after.messages[-1]["content"]


@pytest.mark.parametrize("edit", ["", "{", '{"fact": "nope", "value": 1}', '{"fact": "years_since_level", "value": "很多"}', '{"fact": "awards", "value": ["宇宙大奖"]}', "x" * 5000])
def test_a_change_that_cannot_be_read_changes_nothing_and_says_why(edit):
    fake = RevisingFake()
    before = answered(fake)
    steps = list(revise_steps(before, edit, lambda: fake, today=TODAY))
    assert len(steps) == 1
    messages, after, problem = steps[0]
    assert after == before and problem and len(fake.calls) == 1  # nothing asked


def test_only_the_latest_answer_can_be_changed():
    fake = RevisingFake()
    first = answered(fake)
    later = list(turn_steps(first, "<b>", lambda: fake, today=TODAY))[-1][1]  # refused: the last bubble is a notice
    assert LIVE not in later.messages[1]["content"]  # the earlier chips are a record now
    steps = list(revise_steps(later, '{"fact": "years_since_level", "value": "5"}', lambda: fake, today=TODAY))
    assert len(steps) == 1 and steps[0][2] == NOT_REVISABLE and steps[0][1] == later
    assert not list(revise_steps(Conversation(), '{"fact": "years_since_level", "value": "5"}', lambda: fake, today=TODAY))[0][1].turns


def test_a_failure_while_answering_again_keeps_the_answer():
    fake = RevisingFake()
    before = answered(fake)
    fake.fail = RuntimeError("boom")
    messages, after, problem = list(revise_steps(before, '{"fact": "years_since_level", "value": "5"}', lambda: fake, today=TODAY))[-1]
    assert after == before and problem == INTERNAL_ERROR and messages == before.showing()
