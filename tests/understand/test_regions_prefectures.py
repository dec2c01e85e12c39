"""Autonomous prefectures are named as people write them (凉山州), never as a 市 that does not exist."""

from __future__ import annotations

import pytest

from assistant.regions import regions
from assistant.rules.route import person_of


@pytest.mark.parametrize(
    ("text", "province", "city"),
    [
        ("我是凉山州的", "四川省", "凉山州"),
        ("我在凉山彝族自治州打工", "四川省", "凉山州"),
        ("阿坝的牧民", "四川省", "阿坝州"),
        ("西昌的培训学校", "四川省", "凉山州"),  # a county-level city of the prefecture
        ("晋中的榆次", "山西省", "晋中市"),  # an ordinary city keeps its 市
        ("成都市", "四川省", "成都市"),
    ],
)
def test_the_city_is_named_as_written(text, province, city):
    found = regions().find(text)
    assert found, text
    assert found[0][:2] == (province, city)


def test_a_prefecture_is_a_city_of_its_province():
    table = regions()
    assert table.province_of_city("凉山州") == table.province_of_city("凉山彝族自治州") == "四川省"
    assert table.province_of_city("凉山市") is None  # no such city
    assert person_of("凉山彝族自治州", {}).city == "凉山州"
