"""Details a covered programme's text may or may not give (assistant/data/aspects.yaml `details:`),
this round's: the span of a placement (a subsidy's months are not it), the levels a certificate or a
class corresponds to (可衔接认定相应职称 says there is one, not which), what one pays (a share of what
was paid that is refunded is no cost), the years to a level (named as what one applies for).
Passages are written for the test."""

from __future__ import annotations

import pytest

from assistant.text import normalize
from assistant.understand.aspects import unstated_detail as _unstated


def unstated_detail(question, passages, **kw):
    return _unstated(normalize(question), passages, **kw)


@pytest.mark.parametrize(
    ("question", "silent", "stating", "missing"),
    [
        # the span of a placement: a subsidy's 2 months in another clause is not it
        ("湖北的就业见习最长能见习几个月？", "见习期限未满提前签订劳动合同的，给予单位最多2个月的剩余期限补贴。", "见习期限最长不超过12个月。", "期限或时长"),
        # which level a certificate corresponds to
        ("取得数字技能等级证书以后，能直接对应认定中级职称吗？", "取得等级证书的可衔接认定相应职称。", "取得二级证书的，对应中级职称。", "对应关系"),
        ("预备技师班毕业的参照什么学历，对应哪一级？", "技工院校学生参照相应学历待遇。", "高级工班、预备技师班毕业生分别参照大专、本科学历待遇。", "对应关系"),
        # a class the mapping does not name
        ("技校中级工班毕业的算中专吗？", "高级工班、预备技师班毕业生分别参照大专、本科学历待遇。", "中级工班毕业生参照中专学历待遇。", "对应关系"),
        ("预备技师班毕业的按什么学历算？", "高级工班毕业生按相当于大专学历对待。", "预备技师（技师）班毕业生按相当于本科学历对待。", "对应关系"),
        # what one pays: a share refunded is no cost
        ("灵活就业人员社保每个月要交多少钱？", "按上年度实际缴纳失业保险费的50%返还。", "灵活就业人员按缴费基数的20%缴纳基本养老保险费。", "缴费或收费数额"),
        # the years to a level, stated only where the level is what one applies for
        ("申报首席技师要干几年特级技师？", "在岗满10年的首席技师可破格申报正高级职称。", "取得特级技师后满5年的，可申报首席技师。", "年限条件"),
    ],
)
def test_a_detail_is_declined_unless_a_passage_states_it(question, silent, stating, missing):
    assert missing in (unstated_detail(question, [silent]) or "")
    assert unstated_detail(question, [stating]) is None


@pytest.mark.parametrize(
    "question",
    [
        "见习补贴最多能领几个月？",  # a subsidy's span, no placement named: read as before
        "高级技师能不能评副高？",  # a verdict asked, no correspondence
        "考到等级证书以后，可以拿来对应职称吗？",  # whether there is one at all: 可衔接认定相应职称 answers
        "见习生的意外险保费补贴一共多少？",  # a subsidy of a premium, not a cost
        "见习补贴每个月给单位多少钱？",  # a subsidy asked, not a cost
    ],
)
def test_questions_that_ask_no_such_detail_are_left_alone(question):
    found = unstated_detail(question, ["给予见习单位当地最低工资标准60%的就业见习补贴，最长12个月。", "取得高级技师后满4年可申报副高级职称。"])
    assert found is None or ("对应关系" not in found and "缴费" not in found and "期限或时长" not in found)
