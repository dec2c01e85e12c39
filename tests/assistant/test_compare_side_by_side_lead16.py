"""Two regions compared (round 16, a class found by probing in our own words, not from an eval item): the
topic's rule of each region named, each stated — before, the first region's rule alone was stated (and a
question about the person asked back), the second region only quoted below it."""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("浙江和河南，高级技师评副高要求有啥不一样", "按浙江省规定", "按河南省规定"),
        ("河南跟浙江对首席技师待遇的规定一样吗", "按河南省规定", "按浙江省规定"),
        ("山西和四川，招见习生补多少", "按山西省规定", "四川"),
    ],
)
def test_each_regions_rule_is_stated(assistant, question, first, second):
    (answer,) = talk(assistant, question, today=DAY)
    head = answer.answer.split("根据", 1)[0]  # the statements, before the quotes
    assert first in head and second in head, answer.answer
    assert answer.follow_up is None, answer.follow_up


def test_a_region_without_such_a_rule_is_said_to_have_none(assistant):
    (answer,) = talk(assistant, "浙江和四川，高级工评助理级要满几年", today=DAY)
    assert "四川省：语料中没有关于这一点的规定。" in answer.answer, answer.answer
    assert "满2年" in answer.answer, answer.answer


def test_one_region_asked_is_answered_as_before(assistant):
    (answer,) = talk(assistant, "浙江高级技师评副高要几年", today=DAY)
    assert "河南" not in answer.answer.split("根据", 1)[0], answer.answer
