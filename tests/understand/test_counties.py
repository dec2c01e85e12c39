"""County-level places of the covered provinces (assistant/data/regions.yaml `counties`): a person names
the county (三台县, 华蓥市) instead of the province, and the province's rules apply."""

from __future__ import annotations

import pytest

from assistant.regions import regions


@pytest.mark.parametrize(
    ("text", "province", "city"),
    [
        ("三台县一家纺织厂，招了5个应届生", "四川省", "绵阳市"),
        ("我在汶川县打工", "四川省", "阿坝州"),
        ("盂县的企业", "山西省", "阳泉市"),
        ("我们是兰考县的合作社", "河南省", "开封市"),
        ("修水县的培训学校", "江西省", "九江市"),
        ("泰顺县一家小厂", "浙江省", "温州市"),
    ],
)
def test_a_county_said_in_full_is_its_province_and_city(text, province, city):
    assert [(p, c) for p, c, _ in regions().find(text)][:1] == [(province, city)]


@pytest.mark.parametrize("text", ["三台的朋友", "城区的企业", "鼓楼区的公司", "东区那边"])
def test_a_bare_generic_or_shared_name_is_no_place(text):
    """Only the full name is taken (三台 alone could be a stage); 城区 and 东区 are generic; 鼓楼区 is in
    several provinces."""
    assert regions().find(text) == []


def test_the_generated_lists_cover_the_covered_provinces_only():
    by_province = {p.name: sum(1 for _, city in p.counties if city in p.cities) for p in regions().provinces}
    assert all(by_province[name] > 60 for name in ("山西省", "浙江省", "江西省", "河南省", "四川省")), by_province
    assert sum(by_province.values()) == sum(by_province[n] for n in ("山西省", "浙江省", "江西省", "河南省", "四川省"))
