"""The public-welfare post's subsidy asked with the wage given (round 16, a class found by probing in our own
words, not from an eval item): “公益性岗位，当地最低工资1900，一个月补多少” is the post's figure for those it
places (参照当地最低工资标准) — before, whom it is for was asked, and the question was then declined as a figure
the corpus does not give; a person who says they are not 就业困难人员 is not made one by the post (an implied
member the person denied is never implied)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("公益性岗位，当地最低工资1900，一个月补多少", Decimal("1900")),
        ("公益性岗位，当地最低工资1900，一个月补多少，干满3年一共多少", Decimal("68400")),
        ("社区的公益岗，我们这最低工资一千八，每月岗位补贴多少", Decimal("1800")),
    ],
)
def test_the_posts_figure_with_the_wage_given(assistant, question, expected):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.value == expected, answer.answer


def test_a_denied_category_is_not_implied_by_the_post(assistant):
    (answer,) = talk(assistant, "我不是就业困难人员，在公益岗上，最低工资1900，一个月补多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
