"""Short replies read as the fact just asked for; elliptical follow-ups; the state advanced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant.schema import DialogueState
from assistant.text import normalize
from assistant.understand.dialogue import advance, is_elliptical, read_turn
from assistant.understand.replies import read_reply

REPLIES = [
    ("合格", "annual_appraisal_passed", True),
    ("都合格的", "annual_appraisal_passed", True),
    ("嗯，合格。", "annual_appraisal_passed", True),
    ("不合格", "annual_appraisal_passed", False),
    ("没过", "annual_appraisal_passed", False),
    ("是的", "in_post", True),
    ("对", "in_post", True),
    ("不在岗了", "in_post", False),
    ("没有", "registered_unemployed", False),
    ("还没", "employed", False),
    ("没有", "awards", frozenset()),
    ("8个", "hires_count", 8),
    ("八个", "hires_count", 8),
    ("三年", "years_since_level", Decimal(3)),
    ("两年半", "years_in_occupation", Decimal("2.5")),
    ("一千九百八", "min_wage", Decimal(1980)),
    ("六成", "retention_rate", Decimal("0.6")),
    ("副高", "target_title", "副高级"),
    ("技师", "skill_level", "技师"),
    ("二十五了", "age", 25),  # a numeral with no unit after it
    ("三十八", "age", 38),
    ("十二", "hires_count", 12),
    ("26了，大专毕业四年多了", "age", 26),  # the figure leads, the rest says something else
    ("五个，都是应届的", "hires_count", 5),
    ("没有不合格的", "annual_appraisal_passed", True),  # a no before the fact's own no-word
    ("都合格。那我能评副高不？", "annual_appraisal_passed", True),  # a yes, then a question of its own
]


@pytest.mark.parametrize(("reply", "pending", "value"), REPLIES)
def test_a_short_reply_fills_the_pending_fact(reply, pending, value):
    assert read_reply(normalize(reply), pending) == {pending: value}


@pytest.mark.parametrize(("reply", "pending"), [("你好", "annual_appraisal_passed"), ("合格", None), ("三年", "in_post"), ("随便说点什么很长的话题和政策无关的内容", "in_post"), ("8天，12天", "training_days"), ("三次", "years_to_retirement")])
def test_a_reply_that_does_not_answer_gives_nothing(reply, pending):
    assert read_reply(normalize(reply), pending) == {}


def test_elliptical_follow_ups():
    assert is_elliptical("那正高呢？") and is_elliptical("要是招了5个呢") and is_elliptical("那河南呢")
    assert not is_elliptical("我是浙江的高级技师，取得证书后干了五年，近三年考核都合格，能评副高吗？")


def test_a_changed_element_replaces_the_one_it_stands_for():
    state = DialogueState(facts={"skill_level": "高级技师", "target_title": "副高级"}, topic="title_for_skilled")
    reading = read_turn(normalize("那正高呢？"), state, frozenset({"skill_level", "target_title"}))
    assert reading.elliptical and reading.facts == {"target_title": "正高级"}
    # outside an elliptical follow-up, “正高” said as held stays held
    assert read_turn(normalize("我是正高"), state, frozenset({"target_title"})).facts == {"title_level": "正高级"}


def test_the_same_fact_asked_twice_is_counted():
    s1 = advance(DialogueState(), {}, "title_for_skilled", None, "浙江省", ("annual_appraisal_passed",), "能评副高吗")
    s2 = advance(s1, {}, "title_for_skilled", None, "浙江省", ("annual_appraisal_passed",), "嗯嗯")
    s3 = advance(s2, {"annual_appraisal_passed": True}, "title_for_skilled", None, "浙江省", (), "合格")
    assert (s1.asked, s2.asked, s3.asked, s3.pending) == (1, 2, 0, None)
    assert "能评副高吗" in s3.context and "合格" in s3.context


def test_state_round_trips_through_json():
    state = DialogueState({"years_since_level": Decimal("3.5"), "awards": frozenset({"全国技术能手"})}, "annual_appraisal_passed", "title_for_skilled", "amount", "浙江省", 1, "能评副高吗", date(2025, 7, 1), ("awards",))
    assert DialogueState.from_dict(state.to_dict()) == state
    assert DialogueState.from_dict({"facts": {"no_such_fact": 1, "age": "abc"}, "pending": "nope", "asked": -3}) == DialogueState()
    assert DialogueState.from_dict("garbage") is None


@pytest.mark.parametrize(
    ("reply", "asked", "value"),
    [
        ("没有", "近3年年度考核有没有不合格的情况？", True),
        ("没", "还要确认一下，这几年考核中间有没有哪年没过？", True),
        ("有", "近3年年度考核有没有不合格的情况？", False),
        ("是的", "您近3年考核有没有没通过的？", False),
        ("没有", "近3年年度考核都合格吗？", False),  # asked as the fact itself: no is no
        ("合格", "近3年年度考核有没有不合格的情况？", True),  # the fact's own word is never turned round
        ("没过", "近3年年度考核有没有不合格的情况？", False),
    ],
)
def test_a_yes_or_no_to_a_question_put_about_the_opposite_is_turned_round(reply, asked, value):
    assert read_reply(normalize(reply), "annual_appraisal_passed", asked) == {"annual_appraisal_passed": value}
    assert read_turn(normalize(reply), DialogueState(pending="annual_appraisal_passed", topic="title_for_skilled"), asked=asked).facts["annual_appraisal_passed"] is value
