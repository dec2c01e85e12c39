"""Round 20: denials over a list, the state one is in now, and sums the person states (probing in our own words).

1. A denial reaches over the short items listed after it (“没得过什么省技术能手、政府特贴这些”): each is denied, none held.
2. One who says they are not working now (“单位倒闭，现在一直在家没上班”) is not in post — never read in post from
   “一直在家没上班” (a denial inside is no shift worked).
3. A sum the person states (“养老医疗一共每月1100”, “一年一共交了8400”) is a figure of their case, not a total asked: a
   month's cap asked is the month's, and a year's contribution said with 一共 is read as the contribution.
"""

from __future__ import annotations

from datetime import date

from decimal import Decimal

from shared_support import talk


def test_a_denial_reaches_over_the_awards_listed_after_it(assistant):
    (answer,) = talk(assistant, "我是高级工，没得过什么省技术能手、政府特贴这些，浙江的，能评啥职称")
    facts = answer.state.facts
    assert not facts.get("awards"), facts
    assert {"省技术能手", "政府特殊津贴（级别未明）"} <= set(facts.get("awards_not_held") or ()), facts
    assert facts.get("leading_talent_honor") is False, facts


def test_one_not_working_now_is_not_in_post(assistant):
    # 豫人社办〔2023〕102号 三、（七）: 取得高级技师…在岗且从事本职业工作满4年
    (answer,) = talk(assistant, "洛阳的，高级技师拿了6年了，前年单位倒闭，现在一直在家没上班，能破格评副高吗")
    assert answer.state.facts.get("in_post") is False, answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


def test_a_monthly_sum_stated_is_not_a_total_asked(assistant):
    # 第十条（一）: 灵活就业的补贴原则上不超过实际缴费的2/3 — 1100 × 2/3 a month
    (answer,) = talk(assistant, "就业困难人员，灵活就业，自己交社保，养老医疗一共每月1100。一个月最多补多少", today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.value == Decimal("733.33"), answer.answer
    assert answer.state.facts.get("amount_basis") != "合计", answer.state.facts


def test_a_years_contribution_said_with_yigong_is_read(assistant):
    # 第十条（二）: 离校2年内未就业高校毕业生灵活就业 — 8400 × 2/3 a year
    (answer,) = talk(assistant, "我是离校一年的大学生，灵活就业，去年养老保险一年一共交了8400，社保补贴最多给多少", today=date(2025, 6, 1))
    assert answer.state.facts.get("contribution") == 8400, answer.state.facts
    assert answer.calculation is not None and answer.calculation.value == 5600, answer.answer
