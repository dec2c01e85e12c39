"""A firm's training told by a worker in it, the subsidy unnamed (round 16, a class found by probing in our own
words, not from an eval item): “厂里组织我们40多号人搞了个技能提升培训，企业能拿多少补贴”, “单位安排我们30个人
参加了技能培训，公司能拿多少” are the enterprise staff training subsidy (晋中 三、（二）, 300元 a person) — before,
the first was read as the workers' own training (每天100元) and the second found no topic and was declined."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("晋中，单位安排我们30个人参加了技能培训，公司能拿多少", Decimal("9000")),
        ("俺在平遥县一个厂子上班，厂里组织我们40个人搞了个技能提升培训，企业能拿多少补贴", Decimal("12000")),
        ("榆次的，公司安排咱们车间20个人培训了一周，厂里能领多少", Decimal("6000")),
    ],
)
def test_the_firms_training_told_by_a_worker(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.enterprise_training_subsidy", answer.answer
    assert answer.calculation.value == expected, answer.answer


def test_the_workers_own_training_stays_theirs(assistant):
    (answer,) = talk(assistant, "晋中，我参加了10天培训，能拿多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.worker_training_subsidy", answer.answer
