"""Understanding people: what follows from what they say, through the whole assistant.

Each test is a class of understanding, said in new words (written from the corpus rules,
not from the evaluation items): a time implied by a date (毕业学年, 离校2年内 at registration),
a follow-up that keeps the conversation's topic, a correction of a count, a total over a
period asked, a value the rule's list does not include, a slip of pinyin input, the words of
a clause said as a question.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk

TODAY = date(2026, 12, 1)


def articles(answer) -> list[tuple[str, str]]:
    return [(c.doc_id, c.article) for c in answer.citations]


# --- 1. a time implied by a date -------------------------------------------------------------


def test_graduating_next_summer_is_the_graduation_school_year_in_december(assistant):
    """第八条 毕业学年: one who leaves school next July is in it from this September."""
    (a,) = talk(assistant, "我家是防返贫监测户，我明年7月研究生毕业，这学期一直在跑招聘会，一次性求职补贴我能申请吗")
    assert a.calculation.rule_id == "cn.fund.job_seeking_subsidy"
    assert a.calculation.verdict == "eligible"
    assert ("cn-2023-dc2db9", "第八条") in articles(a)


def test_graduating_the_year_after_next_is_not_yet_the_graduation_school_year(assistant):
    (a,) = talk(assistant, "孩子后年6月大学毕业，家里是零就业家庭，她现在就能领一次性求职补贴吗")
    assert a.calculation.rule_id == "cn.fund.job_seeking_subsidy"
    assert a.calculation.verdict == "not_eligible"


def test_two_years_after_leaving_school_is_counted_to_the_day_the_business_was_registered(assistant):
    """第九条 离校2年内: at registration (as the Sichuan rule reads it), not at the day asked."""
    (a,) = talk(assistant, "我2023年7月大专毕业，2025年3月头一回注册了个体户卖水果，到现在一直正常营业，一次性创业补贴能领吗")
    assert a.calculation.rule_id == "cn.fund.startup_subsidy"
    assert a.calculation.verdict == "eligible"


# --- 2. a follow-up keeps the topic ----------------------------------------------------------


def test_a_follow_up_on_the_evaluation_subsidy_stays_on_it(assistant):
    """“考焊工中级”: the level after a trade is its 技能等级, not a 职称; the follow-up states the
    times received, a fact of the evaluation subsidy: the topic goes on (第六条 同一职业不得重复享受)."""
    first, second = talk(assistant, "评价补贴一个人最多能领几次", "我去年考焊工初级的时候领过一次了，今年想考焊工中级，还能领吗")
    assert first.state.topic == "evaluation_subsidy"
    assert second.state.topic == "evaluation_subsidy"
    assert second.calculation.rule_id == "cn.fund.evaluation_subsidy"
    assert second.calculation.verdict == "not_eligible"


def test_a_lower_certificate_of_a_trade_already_held_higher_gets_no_subsidy(assistant):
    """人社部发〔2024〕5号四、（十二）: 获得高等级证书的不得再申领同一职业（工种）低等级证书补贴."""
    (a,) = talk(assistant, "我手上已经有焊工高级工证了，单位让我再去补个焊工中级的证，这个证还能申请补贴吗")
    assert a.calculation.verdict == "not_eligible"
    assert articles(a)[0] == ("cn-2024-2dec8d", "四、（十二）")


# --- 3. a correction of a count --------------------------------------------------------------


@pytest.mark.parametrize("correction", ["不好意思说错了，招的是6个", "记错了，是6个，不是5个"])
def test_a_corrected_count_replaces_the_count_held(assistant, correction):
    first, second = talk(
        assistant,
        "我们是南充的企业，2025年3月招了5个就业困难人员，签了3年合同也交了社保，一次性吸纳就业补贴能拿多少",
        correction,
    )
    assert first.calculation.value == Decimal(10000)
    assert second.calculation.value == Decimal(12000)


# --- 4. a total over a period asked ----------------------------------------------------------


def test_a_monthly_contribution_said_after_the_verb_gives_the_year_s_total(assistant):
    """第十条（一）: 2/3 of what is paid, asked for a year: 1200 × 2/3 × 12."""
    (a,) = talk(assistant, "我是就业困难人员，在送外卖，自己交社保每个月一千二，一年最多能补多少")
    assert a.calculation.value == Decimal(9600)


# --- 5. a value the rule's list does not include ---------------------------------------------


def test_a_silver_medal_where_gold_is_listed_is_a_condition_spoken_to_and_not_met(assistant):
    (a,) = talk(assistant, "我是河南洛阳的，前年在全国职业技能大赛拿了铜牌，别的称号没有，能不能破格报副高")
    assert a.calculation.rule_id == "ha.title_exceptional"
    assert a.calculation.verdict == "not_eligible"
    assert "高级技师" in a.answer  # what would change it


def test_a_silver_medal_with_a_level_said_still_asks_about_that_level(assistant):
    (a,) = talk(assistant, "我是河南洛阳的高级技师，前年在全国职业技能大赛拿了铜牌，能不能破格报副高")
    assert a.calculation.verdict == "need_more_info"


def test_a_city_level_base_is_not_provided_for(assistant):
    """The article names 国家级 and 省级 only: the corpus does not answer a 市级 base's case — a decline
    (issue 12's contract) showing that article, not a verdict on a case it does not speak to."""
    (a,) = talk(assistant, "我们厂2025年被评成了市级就业见习基地，四川这边能给多少一次性奖补", today=date(2025, 10, 1))
    assert a.abstained and a.reason == "no_passage"
    assert "市级" in a.answer
    assert articles(a)[0] == ("sc-2024-9a23d6", "二、（十三）")


def test_an_unlisted_value_given_as_the_reply_is_taken_and_answered(assistant):
    first, second = talk(assistant, "我们厂今年新评上了就业见习基地，在成都，能给多少一次性奖补", "市级的", today=date(2025, 10, 1))
    assert first.state.pending == "base_level"
    assert second.abstained and second.state.facts["base_level"] == "市级"


# --- 6. a slip of pinyin input ---------------------------------------------------------------


def test_a_homophone_slip_of_a_field_word_is_read_as_meant(assistant):
    (a,) = talk(assistant, "榆次一家企业，今年组织职工计能提升培训，一共30个人，补贴能给多少", today=date(2024, 5, 1))
    assert a.calculation.rule_id == "jz.enterprise_training_subsidy"
    assert a.calculation.value == Decimal(9000)


# --- 7. the words of a clause said as a question ---------------------------------------------


def test_insured_workers_with_a_certificate_is_the_skill_upgrade_subsidy(assistant):
    """四川四、（十九） in the person's words: 参加失业保险的职工考了证."""
    first, second = talk(assistant, "自贡的，在厂里上班交失业保险，考了证有没有补贴", "两年了，7月底拿到的焊工中级工证", today=date(2024, 9, 10))
    assert first.state.topic == "skill_upgrade_subsidy"
    assert second.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert second.calculation.verdict == "eligible"
