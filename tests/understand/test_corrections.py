"""Facts changed by hand (the page's chips): the same question is answered again with them.

The question's text is not read for facts again (it still says “干了3年”), a removed fact
is asked for, and what was corrected is what the conversation carries forward.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant.errors import BadRequest
from assistant.schema import Turn
from assistant.understand.dialogue import Correction, correction

TODAY = date(2026, 12, 1)
QUESTION = "我在浙江，是高级技师，干了3年，近3年考核都合格，能评副高吗？"


@pytest.fixture(scope="module")
def first(assistant):
    answer = assistant.ask(QUESTION, (), today=TODAY)
    assert answer.calculation.verdict == "not_eligible"
    return answer


def again(assistant, first, *changes: Correction):
    history = (Turn("user", QUESTION), Turn("assistant", first.answer, first.state))
    return assistant.ask(QUESTION, history, today=TODAY, corrections=changes)


def test_a_changed_fact_changes_the_verdict_though_the_text_says_otherwise(assistant, first):
    answer = again(assistant, first, correction("years_since_level", "5"))
    assert answer.calculation.verdict == "eligible" and answer.calculation.value == "副高级"
    assert answer.state.facts["years_since_level"] == Decimal(5)
    assert answer.state.topic == first.state.topic
    assert answer.state.context == first.state.context  # asked again: the words are not added twice


def test_a_removed_fact_is_asked_for(assistant, first):
    answer = again(assistant, first, correction("annual_appraisal_passed", None), correction("years_since_level", 4))
    assert answer.calculation.verdict == "need_more_info"
    assert "annual_appraisal_passed" not in answer.state.facts
    assert answer.state.pending == "annual_appraisal_passed" and answer.follow_up


def test_the_corrected_facts_carry_into_the_next_turn(assistant, first):
    corrected = again(assistant, first, correction("years_since_level", 5))
    history = (Turn("user", QUESTION), Turn("assistant", corrected.answer, corrected.state))
    follow = assistant.ask("那正高呢？", history, today=TODAY)
    assert follow.state.facts["years_since_level"] == Decimal(5)
    assert follow.state.facts["target_title"] == "正高级"


def test_a_changed_level_is_a_new_ladder_rung(assistant, first):
    answer = again(assistant, first, correction("skill_level", "技师"))
    assert answer.calculation.verdict == "not_eligible"
    assert answer.calculation.value == "中级"  # a 技师 opens 中级, not the 副高级 asked for


@pytest.mark.parametrize(
    ("fact", "value"),
    [("no_such_fact", "1"), ("years_since_level", "很多"), ("years_since_level", 500), ("skill_level", "宇宙级"), ("annual_appraisal_passed", "也许")],
)
def test_a_value_that_cannot_be_read_is_refused_with_a_message(fact, value):
    with pytest.raises(BadRequest) as error:
        correction(fact, value)
    assert "无法" in str(error.value) or "没有" in str(error.value)


def test_corrections_must_be_checked_corrections(assistant):
    with pytest.raises(BadRequest):
        assistant.ask(QUESTION, (), today=TODAY, corrections=({"years_since_level": 5},))
