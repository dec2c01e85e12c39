"""Round 20: a subsidy named in no words any topic declares, asked of one's own case (probing in our own words).

People describe a measure instead of naming it (“政府往回退失业保险的那个钱”, “招人的奖励”, “单位还能领那个钱吗”).
When no topic's words and no conversation say what it is about, the article retrieval finds is what they ask of: the
rules resting on that article decide — a verdict asked of one's own case, or a figure asked of it with facts of the case
told (in this message or earlier ones).  Where several topics rest on the article and the sentence quoted is none of
their clauses, the one whose rules read most of what the person told is taken.  A question of a group, with no case of
one's own, is answered from the passage, not by a rule's verdict.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize(
    ("question", "day", "rule", "verdict", "value"),
    [
        # 川办发〔2024〕34号 一、（三）: 中小微企业按上年度实际缴纳失业保险费的60%返还 — 36,000 × 60%
        ("我们是南充一家小公司，参保缴失业保险五年了，去年一个人没辞退，去年一共缴了三万六的失业保险，能退回来多少？", date(2024, 10, 1), "sc.stabilization_refund", "amount", 21600),
        # 一、（四）: 一次性吸纳就业补贴 2000元/人 — 4 graduates of the year
        ("我们厂在乐山，今年招了4个今年毕业的大学生，合同签了三年，社保也交了，能领多少钱", date(2025, 8, 1), "sc.absorb_employment_subsidy", "amount", 8000),
        ("我们在泸州有个小超市，今年3月招了两个就业困难人员，签了两年合同交了社保，这种招人的奖励一共有多少？", date(2025, 5, 1), "sc.absorb_employment_subsidy", "amount", 4000),
        # 山西 三、（二）: 见习期限未满提前签订劳动合同的，给予用人单位最多3个月的剩余期限补贴（至2022年底）
        ("太原的，我去一家单位见习了四个月，现在他们要留我，签了三年合同，单位还能领那个钱吗", date(2022, 8, 1), None, "eligible", None),
    ],
)
def test_a_measure_described_not_named_is_decided_by_the_rule_on_the_article_found(assistant, question, day, rule, verdict, value):
    (answer,) = talk(assistant, question, today=day)
    calc = answer.calculation
    assert calc is not None and calc.verdict == verdict, (calc, answer.answer)
    if rule is not None:
        assert calc.rule_id == rule, calc.rule_id
    if value is not None:
        assert calc.value == value, answer.answer
    assert not answer.abstained


def test_facts_told_first_then_a_figure_asked_reach_the_rule(assistant):
    # 山西 三、（二）: 留用7/10 = 70% → 70% of the minimum wage; 1800 × 70% × 10人 × 6个月
    *_, last = talk(assistant, "大同的，我们接了10个见习的毕业生，期满留下来了7个", "最低工资1800，十个人都见习了6个月，一共补多少", today=date(2022, 9, 1))
    assert last.calculation is not None and last.calculation.rule_id == "sx.internship_subsidy", last.answer
    assert last.calculation.value == 75600, last.answer


def test_what_was_told_picks_among_the_topics_resting_on_one_article():
    from assistant.answer import _topic_of_article

    quoted = "就业见习留用率每提高10%，按当地最低工资标准再提高5%；对于留用率高于80%的，补贴标准提高到当地最低工资标准。"
    assert _topic_of_article("sx-2022-192e44", "三、（二）", quoted, frozenset({"retained_count", "interns_count", "min_wage"})) == "internship_subsidy"
    assert _topic_of_article("sx-2022-192e44", "三、（二）", quoted) is None  # nothing told: the sentence decides none


def test_a_question_about_a_group_not_ones_own_case_is_not_routed(assistant):
    # no case of one's own told: the passage answers, no rule's verdict is made up
    (answer,) = talk(assistant, "失业保险交满多久的企业，政府往回退钱？", today=date(2024, 10, 1))
    assert answer.calculation is None or answer.calculation.verdict not in ("eligible", "not_eligible"), answer.answer
