"""Taiwan/HK wording and pinyin slips (assistant/data/variants.yaml) as the normalizer reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.datafile import load_yaml
from assistant.text import normalize

ROOT = Path(__file__).resolve().parents[2]
TABLE = load_yaml((ROOT / "assistant" / "data" / "variants.yaml").read_text(encoding="utf-8"))


def test_no_slip_is_a_word_of_the_corpus():
    """A slip that the corpus itself uses would be no slip: rewriting it would change the texts."""
    texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "parsed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    found = [slip for slip in TABLE["typos"] if any(slip in t for t in texts)]
    assert not found


@pytest.mark.parametrize(
    ("said", "read"),
    [("前年考合没过，其他都没问题", "考核没过"), ("自己一年交了一万二社宝", "社保"), ("能评付高吗", "评副高"), ("稳岗反还什么时候到账", "稳岗返还"),
     ("今年搞职工计能提升培训，报了45个人", "职工技能提升培训"), ("考了个职业机能等级证", "职业技能等级证"), ("统计能力和设计能力", "统计能力和设计能力")],
)
def test_slips_read_as_meant(said, read):
    assert read in normalize(said)


def test_no_city_nickname_is_a_word_of_the_corpus():
    """A nickname the corpus uses would be rewritten in questions only (and it would name no one city)."""
    texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "parsed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not [n for n in TABLE["nicknames"] if any(n in t for t in texts)]


@pytest.mark.parametrize(("said", "province"), [("蓉城小微企业一家，稳岗返还能申请不", "四川省"), ("我在杭城一家厂里干焊工", "浙江省"), ("羊城这边的企业", "广东省")])
def test_a_city_called_by_its_nickname_is_that_city(said, province):
    from assistant.query import detect_regions, province_of

    assert province_of(detect_regions(normalize(said))[0]) == province
