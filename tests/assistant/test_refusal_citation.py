"""A refusal cites the condition that failed (issue 11: the exact article that says so).

A rule reads its own article first (三、（一）: the allowance) and then its conditions, each with the
article that sets it; when a condition rules the person out, the answer's first citation is that
condition's article (四、（五）: 无故缺勤连续5天以上 … 不予发放), not the allowance's.  A rule's
caveats (a fund's spending period) are not conditions; out of its period a rule is cited by its
own article.
"""

from __future__ import annotations

from datetime import date

import pytest


TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "doc_id", "article", "words"),
    [
        ("太原的见习生，上个月连着旷工了一个礼拜，基本生活补助还发吗？", "sx-2022-192e44", "四、（五）", "无故缺勤"),
        ("晋中的见习生，这个月无故缺勤累计12天了，还能领基本生活补助吗？", "sx-2022-192e44", "四、（五）", "累计10天以上"),
    ],
)
def test_a_refusal_cites_the_condition_that_failed(assistant, question, doc_id, article, words):
    answer = assistant.ask(question, today=TODAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible"
    first = answer.citations[0]
    assert (first.doc_id, first.article) == (doc_id, article) and words in first.quote


def test_an_allowance_granted_cites_its_own_article(assistant):
    answer = assistant.ask("太原的见习生，见习了3个月，从没缺过勤，基本生活补助按几个月发？", today=TODAY)
    assert answer.calculation is not None and answer.calculation.verdict in ("eligible", "amount", "info")
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("sx-2022-192e44", "三、（一）")
