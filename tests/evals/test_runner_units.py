"""The runner compares an expected figure written in 万元 with answers, which carry 元.

A writer may put "200" with unit 万元 for a 200万元 reward; the answer's calculation says 2000000 (元).
Both are the same figure and must score alike, whether read from the calculation or from the text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.schema import Answer, Calculation
from evals.runner import Evaluator


def _scorer() -> Evaluator:
    ev = Evaluator.__new__(Evaluator)  # _correct reads no index for amount items
    return ev


def _answer(value, text: str = "") -> Answer:
    calc = None if value is None else Calculation(rule_id="r", inputs={}, verdict="eligible", value=value, unit="元")
    return Answer(question="q", answer=text, abstained=False, region=None, calculation=calc)


@pytest.mark.parametrize(
    "unit, want, value, text, ok",
    [
        ("万元", 200, Decimal(2000000), "", True),  # 200万元 = 2000000元 from the calculation
        ("万元", 90, 900000, "", True),
        ("万元", 200, Decimal(200), "", False),  # 200元 is not 200万元
        ("万元", 180, None, "三年合计180万元。", True),  # read from the answer's first lines
        ("元", 1200, Decimal(1200), "", True),
        ("元", 1200, Decimal(12000000), "", False),
    ],
)
def test_expected_figure_in_wan_is_compared_in_yuan(unit, want, value, text, ok):
    item = {"expected_number": want, "expected_unit": unit, "category": "amount"}
    got, _ = _scorer()._correct(item, _answer(value, text), False, False)
    assert got is ok
