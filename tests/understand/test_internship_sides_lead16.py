"""Who asks about an internship, said by who the interns are (round 16, a class found by probing in our own
words, not from an eval item).  Played through the whole assistant.

1. a firm taking people on, said by who they are and then that they intern (“招了15个应届毕业生见习”,
   “带了3个失业青年做见习”), asking what it gets: the host unit's 就业见习补贴 (山西 三、（二）) — before, the
   person category (毕业生) left the question without a topic and it was declined or answered off-topic;
2. the intern, or the family, asking what the intern gets a month (“我在大同见习，一个月能领多少钱”): the
   living allowance the unit pays (三、（一）, not less than the local minimum wage) — before, declined as a
   figure the corpus does not give.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "我们公司在太原，今年招了15个应届毕业生见习，每人每月能补多少",
        "厂里在大同，接收了8个大学生来见习，政府给补多少",
        "我们店在晋城，安排了两个中专毕业生见习半年，政府每个月给补多少",
        "我们单位在临汾，带了3个失业青年做见习，有补贴没",
    ],
)
def test_a_firm_naming_who_it_takes_on_gets_the_host_units_subsidy(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy", answer.answer


def test_the_firms_total_with_the_wage_and_months_given(assistant):
    (answer,) = talk(assistant, "公司在忻州，收了5个离校没找到工作的大学生见习，最低工资2000，见习3个月，一共能补多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.value == Decimal("18000.00"), answer.answer  # 5 × 3 × 2000 × 60%


@pytest.mark.parametrize(
    "question",
    [
        "我去年毕业，在太原一家公司见习，每个月能拿多少",
        "我在大同见习，一个月能领多少钱",
        "俺闺女在长治一家厂里见习，她每月能拿多少",
    ],
)
def test_the_intern_asking_what_they_get_is_the_living_allowance(assistant, question):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_allowance", answer.answer
    assert "最低工资标准" in answer.answer


def test_the_unit_asking_what_it_must_pay_its_interns_is_the_allowance(assistant):
    (answer,) = talk(assistant, "我们公司招了5个见习生，在太原，生活补助每月要发多少", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_allowance", answer.answer
