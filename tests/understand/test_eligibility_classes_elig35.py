"""Eligibility verdicts (round 15, elig35), each class with cases in words, places, people and figures of
their own:

1. a fact implied by what is told, not named (implied fact):
   - shifts still worked where the trade is done (“后来也一直在主控室倒班”) — still in post;
   - a business counted as one's first (“注册了自己的第一家小公司”) or after others (“我开的第二家店”);
   - half the trainees placed (“只有一半人就业”) — a rate of 50%; not 一半多/不到一半;
   - trainees said as about a number (“学员三十出头”) — that number;
   - the contest, then what event and who won, then the medal (“全国职业技能大赛焊接项目我拿了金牌”) — 国赛金牌;
2. a denial said as “has nothing to do with me” (“中华技能大奖也跟我不沾边”, “世赛金牌跟我无缘”) — not held;
3. a two-digit year first in its clause with an event right after it (“23年给厂里搞了…”, “我19年进的厂”)
   — that calendar year, not a count of years (“干这行20年也没评上” stays a duration);
4. a shortened verb of training (“培了15天”, “培了半个月”) — the days it states.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import read_said, talk, verdict

TODAY = date(2026, 12, 1)


def _facts(text: str) -> dict:
    return read_said(text, TODAY)


# ------------------------------------------------------------------ 1. implied facts
@pytest.mark.parametrize(
    "text, held",
    [
        ("2019年考的高级技师，之后一直在锅炉房倒班", True),
        ("拿了高级技师以后，现在还在泵房值班", True),
        ("技师证拿了五年，天天在装配线上跟班", True),
        ("拿了高级技师以后就调到办公室搞行政了", False),
    ],
)
def test_shifts_still_worked_are_in_post(text, held):
    assert _facts(text).get("in_post") is held, _facts(text)


@pytest.mark.parametrize(
    "text, first",
    [
        ("去年毕业，今年3月注册了自己的第一家工作室", True),
        ("在老家开了人生第一家奶茶店", True),
        ("这已经是我开的第三家店了", False),
        ("注册了自己的第二个公司，前一个去年注销了", False),
    ],
)
def test_a_business_counted_says_whether_it_is_the_first(text, first):
    assert _facts(text).get("first_startup") is first, _facts(text)


@pytest.mark.parametrize(
    "text, rate",
    [
        ("订单班培训了30个人，结业后一半的学员上岗了", Decimal("0.5")),
        ("项目制培训完，只有一半人进厂", Decimal("0.5")),
        ("培训完一半多的人都上岗了", None),
        ("结业后不到一半人就业", None),
    ],
)
def test_half_placed_is_a_rate_of_one_half(text, rate):
    assert _facts(text).get("employment_rate") == rate, _facts(text)


def test_trainees_said_as_about_a_number():
    read = _facts("给企业搞了个订单式培训，学员四十出头，结业后有三十八个上岗了")
    assert read.get("trainees_count") == 40 and read.get("employed_count") == 38, read


@pytest.mark.parametrize(
    "text, award",
    [
        ("去年全国职业技能大赛数控车项目我拿了金牌", "国赛金牌"),
        ("前年世界技能大赛砌筑项目我们队拿了银牌", "世赛银牌"),
        ("全国技能大赛电工赛项我得了个铜牌", "国赛铜牌"),
    ],
)
def test_a_medal_said_after_the_contest_and_the_event(text, award):
    assert award in _facts(text).get("awards", ()), _facts(text)


# ------------------------------------------------------------------ 2. a denial as “nothing to do with me”
@pytest.mark.parametrize(
    "text, denied",
    [
        ("我是高级技师，全国技术能手跟我不沾边", "全国技术能手"),
        ("中原技能大奖和我沾不上边，只有省技术能手", "中原技能大奖"),
        ("中华技能大奖跟我无缘", "中华技能大奖"),
    ],
)
def test_an_award_said_to_have_nothing_to_do_with_one_is_not_held(text, denied):
    read = _facts(text)
    assert denied not in read.get("awards", ()) and denied in read.get("awards_not_held", ()), read


def test_an_allowance_held_the_18_years_short_and_the_other_awards_denied_is_not_eligible(assistant):
    (reply,) = talk(assistant, "洛阳的车工，高级技师，享受省政府特殊津贴，在岗干了十二年。特级技师没评，中华技能大奖、世赛金牌都跟我不沾边。能破格报正高吗")
    assert verdict(reply) == "not_eligible", reply.answer


# ------------------------------------------------------------------ 3. a two-digit year before an event
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("焊工，22年评上的高级技师，干这行20年了", "level_obtained_year", 2022),
        ("焊工，22年评上的高级技师，干这行20年了", "years_in_occupation", Decimal("20")),
        ("我19年进的厂，一直干钳工", "work_start_date", date(2019, 1, 1)),
        ("干这行20年也没评上", "years_in_occupation", Decimal("20")),
    ],
)
def test_a_two_digit_year_first_in_its_clause_is_a_year(text, key, value):
    assert _facts(text).get(key) == value, _facts(text)


@pytest.mark.parametrize("text", ["23年给厂里搞了个订单班，30个人，培训了12天", "24年在老家开了个小饭馆"])
def test_a_two_digit_year_before_an_event_is_no_count_of_years(text):
    read = _facts(text)
    assert "_years" not in read and read.get("operating_years") is None and read.get("years_in_occupation") is None, read


# ------------------------------------------------------------------ 4. a shortened verb of training
@pytest.mark.parametrize(
    "text, days",
    [
        ("去年培了15天，20个人", 15),
        ("厂里培了十天，学员12个", 10),
        ("订单班培了半个月", 15),
        ("培训班培了8天，结业后全部上岗", 8),
    ],
)
def test_a_shortened_training_verb_states_the_days(text, days):
    assert _facts(text).get("training_days") == days, _facts(text)


# ------------------------------------------------------------------ 5. “够拿…那个补贴”: qualified to get the subsidy pointed at
@pytest.mark.parametrize(
    "question, expected",
    [
        ("榆次一家企业，搞了个订单式培训，学员25个，结业后有22个都上岗了，够拿按天算的那个补贴的条件不？", "eligible"),
        ("灵石的企业办了个项目制培训，学员四十出头，结业后只有一半人上岗，够拿那个补贴不？", "not_eligible"),
    ],
)
def test_qualified_to_get_the_subsidy_pointed_at_is_a_verdict(assistant, question, expected):
    (reply,) = talk(assistant, question, today=date(2024, 6, 1))
    assert verdict(reply) == expected, reply.answer


# ------------------------------------------------------------------ 6. the placement now running out, counted (“这是第一回到期”)
@pytest.mark.parametrize(
    "turns, expected",
    [
        (("公益性岗位干满三年了，补贴到期，还是没找到别的工作，能再安排公益岗吗？", "我是大龄就业困难人员，这是第一次期满"), "eligible"),
        (("公益岗补贴又到期了，还能再安置吗？", "我们家是零就业家庭，公益岗这是第三次期满了"), "not_eligible"),
    ],
)
def test_the_placement_running_out_counted_decides_re_placement(assistant, turns, expected):
    *_, last = talk(assistant, *turns)
    assert verdict(last) == expected, last.answer
