"""A stated fact that decides the verdict is read (round 10, neg10), through the whole assistant.

One class per group, in words, places and topics of their own (not those of the dev items):

- a list closed by 啥的/之类的/这些 and denied (“技术能手、特贴之类的都没有”): none of it is held;
- a bare no to a transcript's yes/no question naming one level (“请问您已经是特级技师了吗？” — “还没有”);
- a transcript's own question (“你几岁了？”, “您之前领过几次？”) answered by a bare number, read as that fact;
- a count of times used that reaches the limit of a declared clause (ask: false: decides only when said);
- whether asked, a condition of the clause not spoken to (社保) is asked for, not assumed met;
- years said since an event that cannot have passed since the day said (去年拿的证，之后干了6年);
- the longest period reached, asking whether the subsidy then stops (满3年以后会不会就断了).
"""

from __future__ import annotations

from datetime import date


from assistant.facts import extract_facts
from assistant.schema import Turn
from assistant.text import normalize
from assistant.understand.replies import read_reply
from shared_support import talk, verdict


def _transcript(assistant, turns, question, today=date(2025, 6, 1)):
    history = tuple(Turn(role, text) for role, text in turns)
    return assistant.ask(question, history, today=today)


# ------------------------------------------------------------------ a closed list denied
def test_a_list_closed_by_zhilei_and_denied_holds_none_of_it():
    assert "awards" not in extract_facts(normalize("技能大师工作室、特贴之类的都没有"))
    assert extract_facts(normalize("拿过省技术能手，特贴什么的也没有"))["awards"] == frozenset({"省技术能手"})


def test_a_bronze_with_the_rest_denied_is_not_the_gold_henan_requires(assistant):
    (answer,) = talk(assistant, "洛阳的，前年国赛拿了块铜牌，现在是中级工，技术能手、特贴之类的都没有，能破格申报副高吗")
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ a bare no to one level asked
def test_a_bare_no_to_one_level_asked_is_that_level_not_held():
    assert read_reply("不是", "skill_level", "请问您现在是高级技师吗？") == {"skill_levels_not_held": frozenset({"高级技师"})}
    assert read_reply("是的", "skill_level", "您已经取得技师了吗？") == {"skill_level": "技师"}
    # to a question listing the levels, a no is none held at all
    assert read_reply("没有", "skill_level", "请问您取得的是技师还是高级技师？") == {"skill_level": "无"}


def test_no_special_grade_said_in_reply_refuses_the_chief_level_directly(assistant):
    answer = _transcript(assistant, [
        ("user", "我在绍兴一家纺织厂，是正高级工程师，想直接参加首席技师评价可以吗"),
        ("assistant", "首席技师评价原则上要先取得特级技师职业技能等级。请问您已经是特级技师了吗？"),
    ], "还没有")
    assert verdict(answer) == "not_eligible", answer.answer


def test_no_level_held_said_to_the_assistants_own_question_refuses_the_chief_level(assistant):
    first, second, third = talk(assistant, "我在台州一家机械厂，有正高级工程师职称，想参加职业技能评价", "那能直接评首席技师吗", "没有")
    assert verdict(third) == "not_eligible", third.answer


# ------------------------------------------------------------------ a transcript's own question answered by a number
def test_age_answered_to_a_transcripts_question_decides_internship(assistant):
    answer = _transcript(assistant, [
        ("user", "洛阳的，想参加就业见习，现在没工作"),
        ("assistant", "就业见习面向离校2年内未就业的高校毕业生和16-24岁的登记失业青年。你几岁了？毕业几年了？"),
    ], "28了，本科毕业五年了")
    assert answer.facts.get("age") == 28
    assert verdict(answer) == "not_eligible", answer.answer


def test_times_used_answered_to_a_transcripts_question_reach_the_limit(assistant):
    answer = _transcript(assistant, [
        ("user", "我是下岗失业的，在区里报了个育婴员培训班，培训完能拿证，有培训补贴吗"),
        ("assistant", "城镇登记失业人员属于六类人员，可以享受职业培训补贴，每人累计最多3次。您之前领过几次培训补贴？"),
    ], "4次了，都是前几年的")
    assert answer.facts.get("times_received") == 4
    assert verdict(answer) == "not_eligible", answer.answer


def test_times_used_below_the_limit_do_not_refuse(assistant):
    answer = _transcript(assistant, [
        ("user", "我是下岗失业的，报了个育婴员培训班，已经拿到证了，有培训补贴吗"),
        ("assistant", "城镇登记失业人员属于六类人员，可以享受职业培训补贴，每人累计最多3次。您之前领过几次培训补贴？"),
    ], "1次")
    assert verdict(answer) != "not_eligible", answer.answer


# ------------------------------------------------------------------ whether asked: a condition not spoken to
def test_whether_asked_the_unstated_social_insurance_is_asked(assistant):
    (answer,) = talk(assistant, "内江一家餐馆，招了一个就业困难人员，签了三年合同，能拿一次性吸纳就业补贴吗", today=date(2025, 8, 1))
    assert verdict(answer) == "need_more_info", answer.answer
    assert answer.calculation.missing[0] == "social_insurance_paid"
    (stated,) = talk(assistant, "内江一家餐馆，招了一个就业困难人员，签了三年合同，社保也交了，能拿一次性吸纳就业补贴吗", today=date(2025, 8, 1))
    assert stated.calculation.value == 2000, stated.answer


# ------------------------------------------------------------------ years that cannot have passed
def test_years_since_a_level_longer_than_since_its_year_is_asked_back(assistant):
    (answer,) = talk(assistant, "温州的，高级技师证是去年拿的，拿证后又干满了6年，考核都合格，能评副高吗", today=date(2026, 3, 1))
    assert verdict(answer) == "need_more_info", answer.answer
    assert "矛盾" in answer.answer


def test_years_since_a_level_that_fit_its_year_decide(assistant):
    (answer,) = talk(assistant, "温州的，高级技师证是2020年拿的，拿证后一直在岗干满了5年，近三年考核都合格，能评副高吗", today=date(2026, 3, 1))
    assert verdict(answer) == "eligible", answer.answer


# ------------------------------------------------------------------ does it stop when the period is reached
def test_whether_the_post_subsidy_stops_at_three_years_near_retirement(assistant):
    (answer,) = talk(assistant, "社区一位就业困难人员在公益性岗位上干了两年多，满3年以后补贴会不会就断了？她初次核定时离退休还差三年", today=date(2025, 6, 1))
    assert verdict(answer) == "eligible", answer.answer
    (far,) = talk(assistant, "社区一位就业困难人员在公益性岗位上干了两年多，满3年以后补贴会不会就断了？她初次核定时离退休还有十二年", today=date(2025, 6, 1))
    assert verdict(far) == "not_eligible", far.answer
