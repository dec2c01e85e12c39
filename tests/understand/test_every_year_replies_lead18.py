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
