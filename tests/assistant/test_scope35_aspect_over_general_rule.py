"""The article stating the aspect asked comes first over a rule's general article (scope issue, round 15, helper scope35).

The class: a rule answers with its measure's general article (山西见习: 见习单位按月发放基本生活补助, 三、（一）) while
the question asks an aspect (几天, 多少天) that another article of the same document states (四、（五）: 无故缺勤连续5天
以上或累计10天以上…不予发放基本生活费).  Two things kept that article second:

- the rule's article was credited with the terms the person's words are expanded to (生活费 → 基本生活补助 is
  the rule's own wording), so the article that uses the person's own words (生活费, 无故, 缺勤) seemed no nearer;
- the rule's own article was found a hair ahead, and only the first passage found was weighed.

Now only the person's own words weigh, and the first of the two found that is not the rule's own article is
weighed.  Where the rule's article itself states the aspect asked (满15个工作日按1个月发放), it stays first.
The questions are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "山西见习的人连续多少天没来上班会停发基本生活费？",
        "山西见习生一个月里累计缺勤几天就拿不到生活费？",
        "山西见习人员无故缺勤几天就不发生活费？",
        "山西的见习学员无故不到岗几天，单位可以不发生活费？",
    ],
)
def test_the_article_stating_the_days_asked_is_first(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("sx-2022-192e44", "四、（五）"), answer.answer


def test_the_rules_own_article_stays_first_when_it_states_the_aspect(assistant):
    answer = assistant.ask("山西见习不满一个月，见习几天以上才按一个月发生活补助？", today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("sx-2022-192e44", "三、（一）"), answer.answer
