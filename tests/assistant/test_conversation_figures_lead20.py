"""Round 20: figures at the end of a conversation (probing in our own words).

1. “十个人都见习了6个月”: one group that is everyone held is not a list of people told apart — the retention said
   before still raises the standard for all of them (山西 三、（二）: 留用率70% → 70% of the minimum wage).
2. “那一共多少？” then “那平摊到每个月呢”: the month's figure asked now replaces the total asked before — the interns'
   month together, not the total again; “…每个月呢？” asks the month again of a changed case.
3. “哦对，还有3个是失业人员”: people added after a word recalling them are added to those held.
4. “今年我又学了叉车，也领了补贴”: one more occasion told without its number adds one to the times held.
"""

from __future__ import annotations

from datetime import date

from decimal import Decimal

from shared_support import talk

DAY = date(2022, 9, 1)  # the 山西 notice of 2022 in force


def test_everyone_said_as_one_group_keeps_the_retention_said_before(assistant):
    # 留用7/10 = 70%: 60% + 2 × 5% = 70%; 1800 × 70% × 10人 × 6个月
    *_, last = talk(assistant, "大同的，我们接了10个见习的毕业生，期满留下来了7个，见习补贴能多拿点吗", "最低工资1800，十个人都见习了6个月，一共补多少", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("75600"), last.answer


def test_a_months_figure_asked_after_the_total_is_the_month(assistant):
    # 留用4/8 = 50%, not above it: 60%; 1800 × 60% × 8人 a month
    *_, total, month = talk(assistant, "晋城的单位，收了8个见习生，期满留下了4个", "最低工资1800，见习都是6个月，那一共多少？", "那平摊到每个月呢，单位一个月拿多少", today=DAY)
    assert total.calculation is not None and total.calculation.value == Decimal("51840"), total.answer
    assert month.calculation is not None and month.calculation.value == Decimal("8640"), month.answer


def test_people_added_after_a_recalling_word_are_added(assistant):
    # 川办发〔2024〕34号 一、（四）: 每人每年7800元, 3年 — 5 + 3 hired
    *_, last = talk(assistant, "我在宜宾开了个厂，招了几个脱贫户，听说能减税？", "5个", "哦对，还有3个是失业人员，也招进来了。这8个人3年都干满，一共最多能扣多少税费？", today=date(2025, 3, 1))
    assert last.calculation is not None and last.calculation.value == 187200, last.answer


def test_the_month_asked_again_of_a_changed_case(assistant):
    # 川办发〔2024〕34号 二、（十三）: 按当地最低工资标准 — 3 interns a month
    *_, last = talk(assistant, "四川的单位招见习生，见习补贴按什么标准给？", "我们有3个见习生，最低工资按2100算，每个月能拿多少见习补贴？", "那如果最低工资按1970算，每个月呢？", today=date(2025, 3, 1))
    assert last.calculation is not None and last.calculation.value == 5910, last.answer


def test_one_more_occasion_told_without_its_number(assistant):
    # 《就业补助资金管理办法》第五条: 职业培训补贴每人累计最多享受3次 — 2 had, then one more told, then a fourth asked
    *_, last = talk(
        assistant,
        "我是城镇登记失业人员，前年学电工领过一次职业培训补贴，去年学焊工又领过一次，培训补贴有次数限制吗？",
        "今年我又学了叉车，也领了补贴。明年还想学个挖掘机，还能再领培训补贴吗？",
        today=date(2025, 10, 20),
    )
    assert last.state.facts.get("times_received") == 3, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
