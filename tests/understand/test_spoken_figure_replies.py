"""A figure said in words as the whole reply decides (“二十五了” to “多大年龄？”); asked again, the hint
gives an example in the fact's own unit (an age is not “8个”)."""

from __future__ import annotations

import pytest

from assistant.answer import _hint
from assistant.rules.inputs import FACTS
from shared_support import talk, verdict


def test_an_age_said_in_words_as_a_reply_decides_the_internship_question(assistant):
    first, second = talk(assistant, "中专毕业好几年了一直打零工，最近去街道登记了失业，能参加就业见习不？", "二十六了")
    assert verdict(first) == "need_more_info" and first.state.pending == "age", first.answer
    assert verdict(second) == "not_eligible", second.answer


def test_a_young_jobseeker_answering_in_words_is_within_the_age_range(assistant):
    _, second = talk(assistant, "高中毕业没上大学，在社区登记失业了，能去见习吗", "十九")
    assert verdict(second) == "eligible", second.answer


@pytest.mark.parametrize(("key", "example"), [("age", "35岁"), ("training_days", "10天"), ("years_since_level", "3年"), ("retention_rate", "60%")])
def test_the_hint_gives_a_figure_in_the_facts_unit(key, example):
    assert example in _hint(FACTS[key])


def test_the_hint_lists_the_choices_of_a_fact_with_choices():
    assert "高级技师" in _hint(FACTS["skill_level"])
