"""Training said as learning a trade (round 16, a class found by probing in our own words, not from an eval
item): “学了12天电工，能补多少”, “学个手艺政府给补钱吗”, “想学门技术，一天补多少” are the workers' training
subsidy (晋中 三、（四）) — before, no topic was found and each was declined; the day's standard asked (一天补多少)
is answered without asking the days; the days learned said in a later turn of the conversation are read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


def _value(answer):
    return answer.calculation.value if answer.calculation is not None else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("晋中的，学了12天电工，能补多少", Decimal("1000")),
        ("晋中，我学了6天挖掘机，能补多少钱", Decimal("600")),
        ("晋中下岗职工，想学门技术，一天补多少", Decimal("100")),
        ("下岗了想学焊工，晋中培训补贴一天给多少", Decimal("100")),
    ],
)
def test_learning_a_trade_is_the_workers_training(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.worker_training_subsidy", answer.answer
    assert _value(answer) == expected, answer.answer
    assert answer.follow_up is None, answer.follow_up


def test_the_days_said_later_in_the_conversation(assistant):
    *_, last = talk(assistant, "我在晋中，想去学个手艺", "电工", "学了12天", today=DAY)
    assert _value(last) == Decimal("1000"), last.answer


def test_an_order_class_stays_the_order_classs(assistant):
    (answer,) = talk(assistant, "晋中，订单班20个人学了7天，就业率85%，一共补多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id != "jz.worker_training_subsidy", answer.answer
