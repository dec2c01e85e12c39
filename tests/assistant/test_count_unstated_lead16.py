"""A number of people (places, events) asked of a thing the corpus names but gives no count of (round 16, a
class found by probing in our own words, not from an eval item): declined with the passage that names the
thing (no_passage) — before, another programme's count was quoted as the answer (数字技术工程师培育项目 answered
with the 领军人才 plan's 1.5万人次).  A count the corpus gives is still answered."""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    ["数字技术工程师培育项目每年培养多少人", "技能大师工作室要建多少个", "就业见习基地要建多少个"],
)
def test_a_count_the_corpus_does_not_give_is_declined(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("高技能领军人才培育计划要培养多少人", "1.5万"), ("河南每年评多少个特级技师", "10")],
)
def test_a_count_the_corpus_gives_is_answered(assistant, question, said):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer
