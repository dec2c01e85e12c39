"""Round 18: facts said in passing, in words we had not read (probing in our own words):

1. how long a business has run said in a clause of its own after the one that opens it (“开了个奶茶店，一年多了”);
2. out of work said as 失业在家 / 目前失业: not employed (a 16–24 in Shanxi is in the internship's scope);
3. an age said as 才四十出头 (a reply to the retirement question): the age, and from it far from retirement.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize(
    "question",
    ["成都的，离校一年的大学生，第一次开了个奶茶店，一年多了，能领创业补贴吗", "绵阳的，去年毕业，头一回开了个小饭馆，已经两年了，创业补贴能拿吗"],
)
def test_a_business_s_years_in_a_clause_of_their_own(assistant, question):
    (answer,) = talk(assistant, question, today=date(2025, 6, 1))
    assert answer.state.facts.get("operating_years") is not None, answer.state.facts
    assert answer.state.pending != "operating_years", answer.answer


@pytest.mark.parametrize("question", ["太原的，20岁，失业在家，能去见习吗", "大同的，22岁，目前失业，可以参加就业见习不"])
def test_out_of_work_in_passing(assistant, question):
    (answer,) = talk(assistant, question, today=date(2024, 5, 1))
    assert answer.state.facts.get("employed") is False, answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == "eligible", answer.answer


@pytest.mark.parametrize("reply", ["还早呢，才四十出头", "我才三十出头"])
def test_an_age_said_loosely_answers_the_retirement_question(assistant, reply):
    first, last = talk(assistant, "我是就业困难人员，被单位招了，社保补贴能补几年", reply, today=date(2025, 6, 1))
    assert first.state.pending == "years_to_retirement", first.answer
    assert last.state.pending != "years_to_retirement", last.answer
    assert last.calculation is not None and last.calculation.value == 3, last.answer


@pytest.mark.parametrize(("reply", "verdict"), [("2024年10月", "eligible"), ("2024年3月", "not_eligible")])
def test_a_certificate_year_inside_which_the_measure_began_or_ended_asks_the_month(assistant, reply, verdict):
    # 川办发〔2024〕34号 四、（十九）: 技能提升补贴 from 2024-07-13 to 2024-12-31 — “去年拿的证” asked in 2025 may fall
    # on either side of its start: the month is asked, then decides
    first, last = talk(assistant, "德阳的企业职工，交失业保险3年了，去年拿了技师证，能领技能提升补贴吗", reply, today=date(2025, 6, 1))
    assert first.calculation is not None and first.calculation.missing == ("level_obtained_date",), first.answer
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer
