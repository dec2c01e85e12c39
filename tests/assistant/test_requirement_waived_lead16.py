"""Whether a requirement holds (round 16, a class found by probing in our own words, not from an eval item):
“学历有限制吗”, “要不要论文”, “外语计算机还考吗” are answered by the sentence that waives it (浙江 三、（二）1.
不将学历、论文、外语、计算机等作为…限制性条件; 河南 三、（七） 不受学历、资历、年限等限制), nothing asked of the
person — before, the rule's question about the person's level came back instead.  A verdict asked on the
person's own case is still the rule's verdict."""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("請問浙江高技能人才評職稱，學歷有限制嗎", "限制性条件"),
        ("浙江技能人才评职称要不要论文", "限制性条件"),
        ("浙江高技能人才评职称，外语计算机还考吗", "限制性条件"),
        ("河南高级技师破格评副高，对学历有要求吗", "不受学历"),
    ],
)
def test_the_waiving_sentence_answers(assistant, question, said):
    (answer,) = talk(assistant, question, today=DAY)
    assert said in answer.answer.splitlines()[0], answer.answer
    assert answer.follow_up is None, answer.follow_up


def test_a_verdict_on_the_persons_case_stays_the_rules(assistant):
    (answer,) = talk(assistant, "我是杭州的高级技师，干了5年考核都合格，学历只有初中，能评副高吗", today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "eligible", answer.answer
