"""Round 20: what the person says they do not ask about names no topic (probing in our own words).

“我问的不是培训费那个，是考证鉴定那块的补贴”: the training subsidy is named only to be set aside; the evaluation subsidy
is asked (第六条), named with a spoken filler between (鉴定那边的补贴).  A rule heard of and asked back (“河南不是说…吗”)
is not such a denial.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk

DAY = date(2025, 6, 1)


def test_the_subject_set_aside_names_no_topic(assistant):
    (answer,) = talk(assistant, "去年考了个焊工中级的等级证，我说的不是培训补贴，是鉴定那边的补贴，我能申请吗", today=DAY)
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.evaluation_subsidy", (answer.calculation, answer.answer)


def test_a_rule_heard_of_is_not_set_aside():
    from assistant.rules.route import detect_topic

    topic = detect_topic("开封的，去年国赛拿了银牌，现在是技师，河南不是说国赛选手可以破格评副高吗", {})
    assert topic is not None and topic.id == "title_for_skilled", topic
