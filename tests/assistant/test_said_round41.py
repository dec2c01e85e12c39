"""Round 41: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A person's certificate coming through (技师证…才批下来): the day the level was got, not an evaluation body's standing.
2. Shanxi's retention said as counts (10个留下9个), the minimum wage not: the standard it settles — a share of the
   minimum wage — is the answer, not an overview.
3. Written Cantonese: home, shop and work (屋企, 铺头, 返过工), V得 for “can V” (报得), 咩 closing a question.
4. Left the trade for other work (出来跑外卖了, 辞职出来开了个店): not in post.
5. Insurance begun 那时候 (失业保险也是那时候开始交的): from the date said before — the months to now counted.
6. A firm's size said alone (算大型的): a large enterprise.
7. A graduating class in two digits (24届): that year's class; people who came in to a firm (进来两个…): its hires,
   and the day they came the day asked about.
8. A year said as now in two digits (现在都到26年了): no years in a trade.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. a certificate coming through
def test_a_certificate_coming_through_is_the_day_the_level_was_got(assistant) -> None:
    *_, answer = talk(assistant, "温州的电工，技师证23年3月才批下来，单位让我明年初报中级职称，年限够不够", today=date(2024, 6, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "zj.title_by_skill_level"
    assert verdict(answer) == "not_eligible"


def test_an_evaluation_bodys_standing_approved_is_still_its_founding_day() -> None:
    assert read_said("我们机构的评价资格是2023年3月批下来的").get("established_date") == date(2023, 3, 1)


# ------------------------------------------------------------------ 2. Shanxi retention said as counts
def test_shanxi_retention_said_as_counts_settles_the_standard(assistant) -> None:
    *_, answer = talk(assistant, "长治一家厂，今年接了12个见习的，期满留了11个，见习补贴能按什么标准给", today=date(2022, 11, 2))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy"
    assert answer.calculation.verdict == "amount" and answer.calculation.value == 1


def test_shanxi_retention_of_six_in_ten_raises_the_standard_by_one_step(assistant) -> None:
    *_, answer = talk(assistant, "晋城的单位，见习生10个，期满留下6个，补贴能按多少算", today=date(2022, 9, 20))
    assert answer.calculation is not None and answer.calculation.verdict == "amount"
    assert Decimal("0.6") < answer.calculation.value < 1


# ------------------------------------------------------------------ 3. written Cantonese
def test_written_cantonese_home_shop_and_work_read_as_mandarin(assistant) -> None:
    from assistant.text import normalize

    assert normalize("佢一直喺屋企睇铺头，冇返过工，报得见习咩？") == "他一直在家看店，没有上过班，能报见习吗？"
    *_, answer = talk(assistant, "我个仔20年中专毕业，之后一直喺屋企，冇返过工，今年27岁喇，佢仲报得见习咩？我哋东莞嘅", today=date(2024, 5, 6))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.internship_eligibility"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 4. left the trade for other work
@pytest.mark.parametrize("said", ["焊工干了八年，去年厂子不景气我就出来跑外卖了", "后来辞职出来开了个小超市"])
def test_left_the_trade_for_other_work_is_not_in_post(said: str) -> None:
    assert read_said(said).get("in_post") is False


# ------------------------------------------------------------------ 5. insurance begun then
def test_insurance_begun_then_counts_from_the_date_before(assistant) -> None:
    *_, answer = talk(assistant, "绵阳一家物流公司上班，今年3月进的公司，失业保险也是那时候开始交的。上个月考了个叉车司机中级证，技能提升补贴能领吗", today=date(2024, 9, 10))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 6. size said alone
@pytest.mark.parametrize("said", ["算大型的，三千来号人", "我们是大型的"])
def test_size_said_alone_is_a_large_enterprise(said: str) -> None:
    assert read_said(said).get("employer_size") == "大型企业"


def test_a_large_firm_said_alone_gets_the_large_firms_share(assistant) -> None:
    *_, answer = talk(assistant, "乐山一家企业问稳岗返还，算大型的，去年一个没裁，单位和职工一共交了五十万失业保险", today=date(2024, 9, 12))
    assert answer.calculation is not None and answer.calculation.value == 150000


# ------------------------------------------------------------------ 7. a class in two digits; people who came in
def test_people_who_came_in_to_a_firm_are_its_hires_and_that_day_is_asked_about(assistant) -> None:
    *_, answer = talk(assistant, "遂宁一家电子厂，今年9月进来三个24届的大专生，合同都签了两年，社保也交了，那个吸纳就业补贴一共能拿多少", today=date(2024, 11, 20))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.absorb_employment_subsidy"
    assert answer.calculation.value == 6000


def test_a_two_digit_class_is_that_years_class() -> None:
    from assistant.text import resolve_relative_dates

    assert resolve_relative_dates("招了个24届本科生", date(2024, 8, 1)) == "招了个2024届本科生"
    assert resolve_relative_dates("第25届技能大赛", date(2024, 8, 1)) == "第25届技能大赛"


# ------------------------------------------------------------------ 8. a year said as now
def test_a_year_said_as_now_is_no_years_in_a_trade() -> None:
    assert read_said("现在都到26年了，那个补贴还有没有", today=date(2026, 2, 1)).get("years_in_occupation") is None
