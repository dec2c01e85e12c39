"""Round 18: a reply that says every year or always before its answer (“年年都过了”, “一直都合格”) answers the
question put — before, 年年 hid the answer and the same question was asked again (a loop). Found by probing in
our own words."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.text import normalize
from assistant.understand.replies import read_reply
from shared_support import talk

ASKED = "近3年年度考核有没有不合格的情况？"


@pytest.mark.parametrize(
    ("reply", "passed"),
    [("年年都过了", True), ("每年都过了", True), ("一直都合格", True), ("这几年都没问题", True), ("一直没过", False), ("每年都不合格", False)],
)
def test_every_year_before_the_answer(reply, passed):
    assert read_reply(normalize(reply), "annual_appraisal_passed", ASKED).get("annual_appraisal_passed") is passed


def test_the_question_is_not_asked_again(assistant):
    first, last = talk(assistant, "宁波的，技师，拿证4年了，能评中级职称吗", "年年都过了", today=date(2026, 12, 1))
    assert first.state.pending == "annual_appraisal_passed", first.answer
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "verdict"),
    [
        ("郑州的，国赛银牌，在岗，能破格评副高吗", "那金牌呢", "eligible"),
        ("洛阳的，拿过国赛金牌，在岗，能破格评副高吗", "要是铜牌呢", "not_eligible"),
    ],
)
def test_a_medal_changed_in_a_follow_up(assistant, first, follow_up, verdict):
    # 河南 三、（七）: 国赛金牌 qualifies for 副高 破格; a follow-up naming only the colour changes the medal held
    _, last = talk(assistant, first, follow_up, today=date(2026, 12, 1))
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer


def test_a_level_follow_up_is_not_a_changed_medal(assistant):
    _, last = talk(assistant, "杭州的，高级技师证拿了5年，考核都合格，能评副高吗", "那正高呢", today=date(2026, 12, 1))
    assert last.state.facts.get("target_title") == "正高级", last.state.facts
