"""Round 20: people counted by parts, and those placed told from those trained (probing in our own words).

1. “一班培训了20个，二班25个，还有5个外包过来的也参加了”: the parts listed after the first count are added (50).
2. “培训完有35个人留在我们这上班了”: those placed after a training of 50 — not a new count of trainees (70%, short of 80%).
"""

from __future__ import annotations

from datetime import date

from shared_support import talk

DAY = date(2024, 5, 1)  # 晋中市2023年…工作方案 in force (from its issue, 2023-04-19)


def test_trainees_counted_by_class_are_added(assistant):
    # 晋中 三、（二）: 企业职工培训每人300元 — 50 trained
    (answer,) = talk(assistant, "晋中榆次的企业，组织职工培训，一班培训了20个，二班25个，还有5个外包过来的也参加了，能拿多少补贴", today=DAY)
    assert answer.state.facts.get("trainees_count") == 50, answer.state.facts
    assert answer.calculation is not None and answer.calculation.value == 15000, answer.answer


def test_those_placed_are_not_a_new_count_of_trainees(assistant):
    # 晋中 三、（一）: 培训结束后就业率达到80%及以上的 — 35 of 50 is 70%
    *_, last = talk(assistant, "晋中的，搞了个订单式培训，培训了50个人，补贴标准是多少", "培训完有35个人留在我们这上班了，那补贴能拿吗", today=DAY)
    assert last.state.facts.get("trainees_count") == 50, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
