"""Understanding people, round 11, played through the whole assistant: a level and the year it was
obtained said as the reply to “what level?”, then corrected; a level said by its number alone; an age
given as a birth year; a date said as a time after graduation.  (Figures and persons of our own, not
the dev sets'.)"""

from __future__ import annotations

from datetime import date


from shared_support import talk, verdict


def test_a_corrected_level_decides_with_the_year_said_in_reply(assistant):
    first, second, third = talk(assistant, "我是温州的钳工，想评副高", "技师，2018年拿的", "不对，是高级技师，2018年拿的，这三年考核都合格", today=date(2026, 6, 1))
    assert verdict(first) == "need_more_info" and "level_obtained_year" not in (first.facts or {})
    assert verdict(second) == "not_eligible" and second.facts.get("level_obtained_year") == 2018, second.answer
    assert verdict(third) == "eligible" and third.facts.get("skill_level") == "高级技师", third.answer


def test_a_year_after_a_level_in_a_question_that_answers_nothing_is_not_taken_as_the_year_obtained(assistant):
    (answer,) = talk(assistant, "我是嘉兴的技师，2016年进的电厂，能评中级职称吗", today=date(2026, 6, 1))
    assert "level_obtained_year" not in (answer.facts or {}), answer.facts


def test_a_level_said_by_its_old_number_in_reply(assistant):
    first, second = talk(assistant, "我是宁波的电工，想评中级职称", "二级的，2021年拿的，一直在厂里干，这几年考核都合格", today=date(2026, 6, 1))
    assert second.facts.get("skill_level") == "技师", second.facts
    assert verdict(second) == "eligible", second.answer


def test_a_birth_year_gives_the_age_on_the_day_asked(assistant):
    (young,) = talk(assistant, "我2005年出生，技校没读完，现在在社区登记失业了，单位招我见习能享受见习补贴吗", today=date(2026, 3, 1))
    (older,) = talk(assistant, "我1996年出生，初中毕业，现在在社区登记失业了，单位招我见习能享受见习补贴吗", today=date(2026, 3, 1))
    assert young.as_of == date(2026, 3, 1) and verdict(young) == "eligible", young.answer
    assert verdict(older) == "not_eligible", older.answer
