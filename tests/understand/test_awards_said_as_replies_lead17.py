"""Awards said as a reply (round 17, class found by probing in our own words): the medal said right after the
contest (“国赛的，银牌”), and “X啥的都没评上” — none of that kind held.  Before, neither was read, and a person
with only a 国赛银牌 was asked again which award they hold instead of told they are not eligible.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts
from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("国赛的，银牌", {"国赛银牌"}),
        ("世赛的，铜牌", {"世赛铜牌"}),
        ("全国技能大赛，金牌", {"国赛金牌"}),
        ("技术能手之类的都没有", set()),
        ("国赛没参加，世赛拿了银牌", {"世赛银牌"}),
    ],
)
def test_awards_said_as_replies(text, awards):
    assert set(extract_facts(text).get("awards", {"<unread>"})) == awards


def test_a_silver_medal_only_is_not_enough_for_henan_associate(assistant):
    turns = ["河南洛阳的，前年全国技能大赛拿了个奖，能不能破格报副高", "国赛的，铜牌。中原技能大奖啥的都没评上，现在是高级工，干了七年"]
    last = talk(assistant, *turns, today=DAY)[-1]
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
