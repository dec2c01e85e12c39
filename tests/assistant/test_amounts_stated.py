"""Amounts worked out from what the question states (round 9, second part).

- The people trained, not the school that trains them (“一个培训学校，给25个…办了8天的培训”).
- A training said in half months (培训了半个月 = 15天) or as a bare duration after the training named
  (“项目制培训，12天，30个学员”); 政府补贴性培训 names the training subsidy.
- 稳岗返还 from last year's unemployment insurance said as a sum (单位加个人一共交了五万; 交了200000的失业保险).
- An amount asked with the region unsaid, where one region's rules hold the topic: worked out by them,
  the region named; the province still asked when no figure can be worked out.
- The limit asked (每人最多能领几次) is the figure, whatever one has had; what is left when that is asked.
- How many months until a limit unmet is met (还要等几个月才能评).
- 社保补贴 for a hired person from the employer's contributions said by insurance (养老五百二、医疗二百四、
  失业十五、工伤八块): pension, medical and unemployment added; injury insurance and the person's part not.

Questions written from the corpus texts in other regions, figures and words than the dev items.
Every amount case, the limit asked and the months to wait were answered wrongly (or with no figure)
before this was built; the other tests guard what must stay as it was (the province asked when
nothing of the case is said, a bare number read as the figure asked for, what is left when that is
asked, the region named beside a figure).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)
WORKER = ("sx07-2023-d5c5f6", "三、（四）")
ORDER = ("sx07-2023-d5c5f6", "三、（一）")
ENTERPRISE = ("sx07-2023-d5c5f6", "三、（二）")
REFUND = ("sc-2024-9a23d6", "一、（三）")
POVERTY = ("sc-2024-9a23d6", "三、（十六）")
LOAN = ("sc-2024-9a23d6", "一、（五）")
EVALUATION = ("cn-2023-dc2db9", "第六条")
SI_DIFFICULT = ("cn-2023-dc2db9", "第十条（一）")
TITLE = ("zj-2022-0839a3", "三、（二）1.（3）")


@pytest.mark.parametrize(
    ("question", "today", "value", "unit", "cited"),
    [
        # the people trained, not the one school
        ("榆社一个培训学校，帮25个脱贫劳动力办了8天的技能培训，一共能补多少", TODAY, 20000, "元", WORKER),
        # half a month of training; a bare duration after the training named
        ("寿阳的企业和技校办了个订单班，培训了半个月，结业后八成五都上岗了，每个学员补多少", TODAY, 2000, "元/人", ORDER),
        ("灵石一家企业搞了一期项目制培训，12天，30个学员，结业后27个留下上班了，每人补多少", TODAY, 1700, "元/人", ORDER),
        # training the government subsidises
        ("和顺一家企业组织了50个员工参加政府补贴性培训，企业一共能拿多少", TODAY, 15000, "元", ENTERPRISE),
        # the refund from last year's contributions said as a sum
        ("绵阳一家小微企业，失业保险交了三年，去年没裁员，去年单位加个人一共交了五万，稳岗返还能返多少", date(2024, 9, 1), 30000, "元", REFUND),
        ("乐山一家大型企业，失业保险一直足额交，去年没裁员，去年企业和职工一共交了200000的失业保险，稳岗返还能返多少", date(2024, 9, 1), 60000, "元", REFUND),
        # the region unsaid, one region's rules: its figure
        ("我是劳务经纪人，在乡村振兴重点帮扶县组织了10个脱贫人口进厂，都签了两年合同交了社保，服务补助一共多少", date(2025, 3, 1), 3000, "元", POVERTY),
        ("小微企业贷了100万创业担保贷款，年利率3.5%，一年财政贴息多少", date(2025, 3, 1), 17500, "元/年", LOAN),
    ],
)
def test_the_amount_stated_is_worked_out(assistant, real_index, question, today, value, unit, cited):
    answer = assistant.ask(question, today=today)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None and calc.value is not None, answer.answer
    assert (Decimal(calc.value), calc.unit) == (Decimal(value), unit), answer.answer
    assert cited in {(c.doc_id, c.article) for c in answer.citations}, answer.citations
    assert answer.follow_up is None, answer.follow_up


def test_a_figure_worked_out_for_the_one_region_says_which(assistant):
    answer = assistant.ask("我是劳务经纪人，在乡村振兴重点帮扶县组织了10个脱贫人口进厂，都签了两年合同交了社保，服务补助一共多少", today=date(2025, 3, 1))
    assert "四川省" in answer.answer.split("\n")[0], answer.answer
    assert "如您不在四川省" in answer.answer, answer.answer


def test_with_no_figure_to_work_out_the_province_is_still_asked(assistant):
    answer = assistant.ask("劳务专业合作社组织脱贫人口就业，服务补助怎么算", today=date(2025, 3, 1))
    assert answer.follow_up is not None and "省份" in answer.follow_up, answer.answer


def test_a_number_alone_is_not_the_unemployment_insurance_paid(assistant):
    from shared_support import talk

    first, second = talk(assistant, "运城的单位，接了几个见习生，单位能拿多少见习补贴？", "2000", today=date(2022, 8, 1))
    assert (Decimal(second.calculation.value), second.calculation.unit) == (Decimal(1200), "元/人·月"), second.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("職業技能評價補貼每人最多能領幾次？我領過一次了", 3),  # the limit asked
        ("我领过一次职业技能评价补贴，还能再领几次", 2),  # what is left asked
        ("职业技能评价补贴一个人最多能领几次", 3),  # the limit asked, nothing said of oneself: nothing to ask
    ],
)
def test_the_limit_or_what_is_left_as_asked(assistant, question, value):
    answer = assistant.ask(question, today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.value == value, answer.answer
    assert answer.follow_up is None, answer.follow_up
    assert EVALUATION in {(c.doc_id, c.article) for c in answer.citations}, answer.citations


def test_months_to_wait_until_the_years_are_met(assistant):
    answer = assistant.ask("2025年3月拿的高级技师证，在杭州做电工，考核年年合格，还要等几个月才能评副高？", today=TODAY)
    calc = answer.calculation
    assert calc is not None and calc.verdict == "not_eligible", answer.answer
    assert (Decimal(calc.value), calc.unit) == (Decimal(27), "个月"), answer.answer  # 2029年3月: 4 years after
    assert calc.steps[-1].article == TITLE[1] and "还有27个月" in answer.answer, calc.steps


def test_the_employers_contributions_itemised_are_added_as_the_subsidy_covers_them(assistant, real_index):
    answer = assistant.ask("招了个就业困难人员，单位每个月给她缴养老五百二、医疗二百四、失业十五、工伤八块，她自己也扣两百多，社保补贴每月最多补多少", today=date(2025, 6, 1))
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert calc is not None and calc.value is not None, answer.answer
    assert (Decimal(calc.value), calc.unit) == (Decimal(775), "元/月"), answer.answer
    assert "520元 + 医疗保险费240元 + 失业保险费15元 = 775元" in calc.steps[-1].text and calc.steps[-1].article == SI_DIFFICULT[1], calc.steps
    assert answer.follow_up is None or "退休" not in answer.follow_up, answer.follow_up
