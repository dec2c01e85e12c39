"""Round 37: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A hedge between the verb and the number (交了快两年, 交了大概两年, 交了得有两年): the way declared with the verb alone
   fits it — the months insured, a bound from above kept as one.
2. Layoffs said with 裁掉了: the count laid off.
3. On the same post all along (一直在这个岗上干到现在): in post.
4. The business act named, then said to be the first (开店这还是头一回): the first business.
5. A transcript's question of the level wanted (你想考什么等级？) answered by a bare level: the level wanted.
6. A level followed by how it is got (技师这块怎么考): the level wanted, not held.
7. A loan, then how much may be borrowed (贷款的话最多能借多少): the guaranteed start-up loan — not a home loan.
8. The rest of a group said by 剩下那个 after a part of it counted: the part and the rest, not another group.
9. A confirmation or what is told, then a follow-up (对，都期满了。那能提到多少？): the answer that gives it may stand.
10. A level supposed (要是明年评上特级技师): the one asked of.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. a hedge between the verb and the number
@pytest.mark.parametrize(
    ("said", "months"),
    [
        ("失业保险厂里一直按月交的，交了快两年了", 23),
        ("失业保险交了大概两年", 24),
        ("失业保险一直有交，交了得有两年了", 24),
        ("失业保险交了少说也有两年", 24),
    ],
)
def test_a_hedge_between_the_verb_and_the_number_still_reads_the_months_insured(said: str, months: int) -> None:
    assert read_said(said).get("insured_months") == months


# ------------------------------------------------------------------ 2. layoffs said with 裁掉了
def test_layoffs_said_with_caidiaole_are_counted() -> None:
    assert read_said("去年参保的有28个人，下半年裁掉了3个").get("layoffs_count") == 3


# ------------------------------------------------------------------ 3. on the same post all along
def test_on_the_same_post_all_along_is_in_post() -> None:
    assert read_said("2008年进厂当钳工，一直在这个岗上，没换过工种").get("in_post") is True


# ------------------------------------------------------------------ 4. the first business, said after the act
@pytest.mark.parametrize("said", ["在厂里干了好些年，自己开店这还是头一回", "注册公司对我来说也是第一次"])
def test_the_business_act_then_said_to_be_the_first_is_the_first_business(said: str) -> None:
    assert read_said(said).get("first_startup") is True


# ------------------------------------------------------------------ 5. a transcript's question of the level wanted
def test_a_bare_level_replying_to_a_transcripts_question_of_the_level_wanted_is_wanted() -> None:
    from assistant.understand.dialogue import DialogueState, _fill_asked_in_transcript

    facts = {"skill_level": "技师"}
    asked = "同一职业同一等级不能重复申领。你准备考什么等级？"
    assert _fill_asked_in_transcript("高级工吧，技师证我去年就拿了", DialogueState(), facts, asked) == "target_skill"
    assert facts["target_skill"] == "高级工"


# ------------------------------------------------------------------ 6. a level followed by how it is got
@pytest.mark.parametrize(("said", "wanted"), [("想打听下高级技师这块怎么考", "高级技师"), ("技师咋评啊，我是高级工", "技师")])
def test_a_level_followed_by_how_it_is_got_is_wanted(said: str, wanted: str) -> None:
    facts = read_said(said)
    assert facts.get("target_skill") == wanted
    assert facts.get("skill_level") != wanted


def test_a_level_followed_by_how_a_title_is_got_stays_held() -> None:
    assert read_said("高级技师怎么评副高").get("skill_level") == "高级技师"


# ------------------------------------------------------------------ 7. a loan, then how much may be borrowed
def test_how_much_a_loan_may_be_asked_is_the_start_up_loan(assistant) -> None:
    *_, answer = talk(assistant, "我是返乡的农民工，打算在南充开个小饭馆，贷款的话，个人最多能借多少？", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.startup_loan"
    assert answer.calculation.value == 300000


def test_a_home_loan_is_not_the_start_up_loan(assistant) -> None:
    *_, answer = talk(assistant, "成都的，房贷最多能贷多少？", today=date(2025, 3, 1))
    assert answer.calculation is None or answer.calculation.rule_id != "sc.startup_loan"


# ------------------------------------------------------------------ 8. the rest said by 剩下那个
def test_the_rest_said_by_that_one_left_is_the_rest_of_the_group(assistant) -> None:
    *_, answer = talk(
        assistant,
        "绵阳一家厂，今年招了3个应届毕业的大学生，2个签的三年合同，社保都交了；剩下那个只签了半年。一次性吸纳就业补贴一共能拿多少？",
        today=date(2024, 9, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 4000


# ------------------------------------------------------------------ 9. a confirmation, then the follow-up
@pytest.mark.parametrize("said", ["对，那能提到最低工资的百分之多少？", "都是一批的，见习都结束了。那能提到最低工资的百分之多少？"])
def test_a_follow_up_after_a_confirmation_gets_the_answer_that_gives_it(assistant, said: str) -> None:
    first, second = talk(assistant, "晋城一家商场，今年带了10个见习的，见习结束留下了7个，留用率高的话补贴能多给吗？", said, today=date(2022, 11, 1))
    assert first.calculation is not None and first.calculation.rule_id == "sx.internship_subsidy"
    assert second.calculation is not None and second.calculation.value == first.calculation.value


# ------------------------------------------------------------------ 10. a level supposed
def test_a_level_supposed_is_the_one_asked_of(assistant) -> None:
    first, second = talk(
        assistant,
        "温州的，我高级技师拿了6年了，一直在车间干，考核年年合格，能评副高吗？",
        "那假如过两年评上特级技师，还在车间干，正高能报不？",
        today=date(2026, 3, 1),
    )
    assert verdict(first) == "eligible"
    assert verdict(second) == "eligible"
    assert second.calculation.value == "正高级"


@pytest.mark.parametrize(("said", "held"), [("如果今年考上技师，能报中级职称吗", "技师"), ("一旦拿到高级技师，副高能评不", "高级技师")])
def test_a_level_supposed_is_read_as_held_for_the_question(said: str, held: str) -> None:
    assert read_said(said).get("skill_level") == held
