"""Round 19: whose medal, and an internship asked with a place in between (probing in our own words):

1. a medal won by the person one coached (带的徒弟拿了世赛金牌, 培养的学生拿了国赛金牌) is the coach's coached medal,
   not an award of their own: the 副高 clause counting coaches (含指导教练) takes it, the 正高 clause does not, and a
   near miss (国赛银牌, 世赛优胜奖) is answered as one; the teacher's clause (教师本人或其指导的选手) counts it;
2. “还能去山西见习吗”: whether the person may go to an internship, a place said in between.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("河南，培养的学生拿了国赛金牌，我是他的指导教练，能破格评副高吗", "eligible"),
        ("河南的，我带的选手拿了世赛优胜奖，我是教练，能破格评副高吗", "not_eligible"),
        ("平顶山，我指导的徒弟拿了国赛铜牌，我能破格报副高吗", "not_eligible"),
    ],
)
def test_a_coached_medal_under_the_clause_that_counts_coaches(assistant, question, verdict):
    (answer,) = talk(assistant, question)
    assert "awards" not in answer.state.facts, answer.state.facts
    assert answer.state.facts.get("coached_awards"), answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


def test_a_coached_gold_is_no_own_gold_for_the_full_senior_title(assistant):
    # 三、（七）: 正高 lists “在岗且从事本职业的…世赛金牌获得者” — no coaches; the apprentice's medal is not the master's
    (answer,) = talk(assistant, "河南高级技师，在岗，带的徒弟拿了世赛金牌，我能破格评正高吗")
    assert "awards" not in answer.state.facts, answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict != "eligible", answer.answer


def test_the_teacher_clause_counts_the_student_s_title(assistant):
    (answer,) = talk(assistant, "河南一所技工学校的老师，我指导的学生获得了全国技术能手，我能破格直接参加职称晋升评审吗")
    assert answer.calculation is not None and answer.calculation.verdict == "eligible", answer.answer


@pytest.mark.parametrize("question", ["我中专毕业一年了，现在在超市上班，还能去太原见习吗", "大专毕业8个月，在一家公司做文员，能到山西的单位见习不"])
def test_an_internship_asked_with_a_place_in_between(assistant, question):
    (answer,) = talk(assistant, question, today=date(2025, 6, 1))
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer  # employed
