"""Round 20: a clause that points to other rules for its conditions (probing in our own words).

数字人才 三、（四） says digital occupations' training and evaluation are subsidised “按规定” — the fund's 第五条、第六条
(declared ``defers_to``).  Asked of a digital course with the times already had told (“之前…都领过，一共3次了”), the
times rule answers: 每人累计最多享受3次 — not the clause's “who may” again.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk


def test_the_times_had_told_are_decided_by_the_rule_the_clause_points_to(assistant):
    *_, last = talk(assistant, "我是城镇登记失业人员，想去学个电商直播培训，能领培训补贴吗", "之前学电工、焊工、叉车的时候都领过，一共3次了", today=date(2025, 6, 1))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
    assert "3次" in last.answer, last.answer


def test_the_clause_answers_when_nothing_told_is_read_elsewhere(assistant):
    (answer,) = talk(assistant, "我是城镇登记失业人员，想去学个电商直播培训，能领培训补贴吗", today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.digital.training_subsidies", answer.calculation
