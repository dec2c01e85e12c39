"""零 as “and” between the parts of a duration (round 17, class found by probing in our own words):
“两个月零十八个工作日” left 十八 unread (零十八 is no number), so only the 2 months were counted.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.text import normalize
from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("两个月零十八个工作日", "2个月零18个工作日"),
        ("三个月零五天", "3个月零5天"),
        ("一千零五十元", "1050元"),
        ("零就业家庭", "零就业家庭"),
        ("干了两年零三个月", "干了2.25年"),
    ],
)
def test_zero_joins_the_parts(said, written):
    assert normalize(said) == written


def test_months_and_working_days_of_an_internship_left_early(assistant):
    """Shanxi: whole months, plus one for a part month of at least 15 working days (三、（一）)."""
    (answer,) = talk(assistant, "在大同一家单位见习，干了三个月零十六个工作日就走了，这边最低工资一千八，生活补助最少该发多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.value == 7200, answer.answer
