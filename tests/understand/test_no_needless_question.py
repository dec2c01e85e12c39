"""A complete answer ends without a question back (round 10, ask10); a verdict on the person still asks.

The class: a question about a rule in general — its conditions, whom it covers, its longest period, how
many times — is answered by the rule's article, with nothing asked of the person; a fact the person stated
that decides the figure asked is applied, not asked about again; where the province is unsaid and one
region's passage answers what a rule says, the answer says whose rule it is once and does not also ask.
A verdict asked on the person's own case, with a fact that decides it missing, is still asked about — one
fact at a time.  Words, groups and figures of their own (not those of the dev items).
"""

from __future__ import annotations

import pytest

from assistant.rules.route import asks_about_rule, own_case
from shared_support import talk, verdict


# ------------------------------------------------------------------ how a question is read
@pytest.mark.parametrize(
    "text",
    ["失业青年参加就业见习有什么年龄要求？", "一次性求职补贴哪些人可以领？", "什么样的人才算高技能领军人才", "公益性岗位最多能再安置几次"],
)
def test_a_question_about_the_rule_is_read_so(text):
    assert asks_about_rule(text)


@pytest.mark.parametrize(
    "text",
    ["一次性创业补贴要什么条件？我大专毕业一年，开了网店，我能领吗", "我这种情况能不能领求职补贴", "高级技师能评副高吗"],
)
def test_a_verdict_asked_is_not(text):
    assert not asks_about_rule(text)


def test_a_group_named_is_no_case_of_ones_own():
    assert not own_case("期满后仍没找到工作的零就业家庭人员最长能拿几年")
    assert own_case("最长能拿几年", context="我是零就业家庭的，在社区公益岗上班")


# ------------------------------------------------------------------ no question back
def test_the_conditions_asked_in_general_are_answered_without_a_question(assistant):
    (answer,) = talk(assistant, "失业青年参加就业见习有什么年龄要求？")
    assert answer.calculation.rule_id == "cn.fund.internship_eligibility"
    assert answer.follow_up is None, answer.answer
    assert "16-24岁" in answer.answer
    assert not answer.answer.rstrip().endswith("？"), answer.answer


def test_whom_a_subsidy_covers_is_answered_without_asking_who_one_is(assistant):
    (answer,) = talk(assistant, "一次性求职补贴哪些人可以领？")
    assert answer.calculation.rule_id == "cn.fund.job_seeking_subsidy"
    assert answer.follow_up is None, answer.answer
    assert "属于哪类人员" not in answer.answer


def test_the_longest_period_for_a_group_named_is_answered_without_asking_the_persons_age(assistant):
    (answer,) = talk(assistant, "就业困难人员灵活就业的社保补贴最长能补多久？")
    assert answer.calculation.rule_id == "cn.fund.si_subsidy_difficult"
    assert answer.follow_up is None, answer.answer
    assert "3年" in answer.answer and "退休" in answer.answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("公益性岗位补贴最长可以拿多久？我离退休还有两年半", 2.5),  # under 5 years: to retirement, the years said (2.5)
        ("公益性岗位补贴最长能拿几年？我离退休还有十年", 3),  # far from it: the longest period
    ],
)
def test_the_years_to_retirement_said_decide_the_period_asked(assistant, text, value):
    (answer,) = talk(assistant, text)
    assert answer.calculation.rule_id == "cn.fund.public_welfare_post"
    assert answer.calculation.value == value, answer.answer
    assert answer.follow_up is None, answer.answer


def test_a_local_rule_quoted_with_the_region_unsaid_names_the_region_once_and_asks_nothing(assistant):
    (answer,) = talk(assistant, "见习人员连续缺勤几天就不发生活补助？")
    assert answer.follow_up is None, answer.answer
    assert answer.answer.count("山西省的规定") == 1, answer.answer
    assert "请问您在哪个省份" not in answer.answer
    # the next message is read afresh, not as the province asked for
    assert answer.state.pending is None


# ------------------------------------------------------------------ a verdict on one's own case still asks
def test_a_verdict_on_ones_own_startup_asks_the_one_fact_missing(assistant):
    (answer,) = talk(assistant, "我是返乡农民工，自己开了个小饭馆，能领一次性创业补贴吗？")
    assert verdict(answer) == "need_more_info"
    assert answer.follow_up is not None and answer.follow_up.count("？") == 1, answer.follow_up


def test_conditions_asked_together_with_ones_own_verdict_still_ask(assistant):
    (answer,) = talk(assistant, "一次性创业补贴要什么条件？我大专毕业一年，开了网店，我能领吗")
    assert verdict(answer) == "need_more_info"
    assert answer.follow_up is not None, answer.answer


def test_the_longest_period_for_ones_own_case_asks_the_years_to_retirement(assistant):
    (answer,) = talk(assistant, "我是就业困难人员，社保补贴最长能补几年？")
    assert answer.calculation.rule_id == "cn.fund.si_subsidy_difficult"
    assert answer.follow_up is not None and "退休" in answer.follow_up, answer.answer


def test_ones_own_verdict_on_a_local_rule_asks_the_province_and_notes_it_once(assistant):
    (answer,) = talk(assistant, "我见习期间连着旷工6天，还能领基本生活费吗？")
    assert answer.follow_up is not None and "省份" in answer.follow_up, answer.answer
    assert "如您不在山西省" not in answer.answer  # asked once, not also in a note
