"""Slot filling: many phrasings (tests/rules/facts_cases.yaml) and merging across turns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from assistant.facts import extract_facts, merge_facts, normalize
from assistant.rules.inputs import FACTS

CASES = yaml.safe_load((Path(__file__).resolve().parent / "facts_cases.yaml").read_text(encoding="utf-8"))["cases"]


def _same(want, got) -> bool:
    if isinstance(want, list):
        return isinstance(got, frozenset) and got == frozenset(want)
    if isinstance(want, bool):
        return got is want
    if isinstance(want, (int, float)):
        return got is not None and Decimal(str(got)) == Decimal(str(want))
    if isinstance(got, date):
        return got.isoformat() == str(want)
    return got == want


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_phrasing(case):
    facts = extract_facts(case["text"])
    for key, want in (case.get("facts") or {}).items():
        assert key in facts, f"{key} not extracted from {case['text']!r}: {facts}"
        assert _same(want, facts[key]), f"{key}: {facts[key]!r} != {want!r}"
    for key in case.get("absent", []):
        assert key not in facts, f"{key} should not be extracted from {case['text']!r}: {facts}"


def test_keys_are_declared_facts():
    for case in CASES:
        for key in extract_facts(case["text"]):
            assert key.startswith("_") or key in FACTS


def test_empty_and_irrelevant_text():
    assert extract_facts("") == {}
    assert extract_facts("你好") == {}
    assert extract_facts("一次性创业补贴") == {}


def test_normalize():
    assert normalize("幹了三年半") == "干了3.5年"
    assert normalize("半年") == "0.5年"
    assert normalize("一次性补贴") == "一次性补贴"


class TestMerge:
    def test_facts_carry_across_turns(self):
        f = merge_facts({}, extract_facts("我是浙江的高级技师"))
        f = merge_facts(f, extract_facts("能评副高吗"))
        assert f["province"] == "浙江省" and f["skill_level"] == "高级技师" and f["target_title"] == "副高级"

    def test_a_bare_number_of_years_answers_the_follow_up(self):
        f = merge_facts({}, extract_facts("我是浙江的高级技师，能评副高吗"))
        f = merge_facts(f, extract_facts("5年，考核都合格"))
        assert f["years_since_level"] == Decimal(5) and f["annual_appraisal_passed"] is True
        assert not any(k.startswith("_") for k in f)

    def test_a_bare_number_without_a_level_counts_years_in_the_job(self):
        assert merge_facts({}, extract_facts("十年"))["years_in_occupation"] == Decimal(10)

    def test_later_corrects_earlier(self):
        f = merge_facts({}, extract_facts("我是高级技师，取得后干了3年"))
        f = merge_facts(f, extract_facts("不对，是4年"))
        assert f["years_since_level"] == Decimal(4)
        f = merge_facts(f, extract_facts("我说错了，是技师不是高级技师"))
        assert f["skill_level"] == "技师"

    def test_region_correction(self):
        f = merge_facts(extract_facts("我在浙江"), extract_facts("不对，我在河南"))
        assert f["province"] == "河南省"

    def test_sets_accumulate_unless_corrected(self):
        f = merge_facts({}, extract_facts("获得过浙江工匠"))
        f = merge_facts(f, extract_facts("还有全国技术能手"))
        assert f["awards"] == frozenset({"浙江工匠", "全国技术能手"})
        f = merge_facts(f, extract_facts("更正一下，只有全国技术能手"))
        assert f["awards"] == frozenset({"全国技术能手"})

    def test_an_explicit_none_replaces_nothing_known(self):
        f = merge_facts({}, extract_facts("我没有获过奖"))
        assert f["awards"] == frozenset()

    def test_booleans_flip(self):
        f = merge_facts(extract_facts("还在岗"), extract_facts("其实已经退休了"))
        assert f["in_post"] is False

    def test_merge_does_not_mutate(self):
        earlier = {"skill_level": "技师"}
        merge_facts(earlier, {"skill_level": "高级技师"})
        assert earlier == {"skill_level": "技师"}
