"""Levels said with everyday verbs and with “没问题” after them (round 17, class found by probing in our own
words: a follow-up “那就先弄个中级吧…报中级没问题吧” kept the earlier 副高 and answered not eligible).

1. 弄/搞 a level without 了 wants it (“先弄个中级”, “想搞个技师证”); with 了 it is held (“弄了个中级职称”);
2. 没问题/没事/没关系 after a level deny nothing (“评副高没问题吧” asks whether one may): before, the
   level was read as denied — the title wanted was lost, or the skill level recorded as not held.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.understand.slots import read_ladders
from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("那就先弄个中级吧", {"target_title": "中级"}),
        ("想先搞个技师证", {"target_skill": "技师"}),
        ("我前年弄了个中级职称", {"title_level": "中级"}),
        ("我搞了个高级工证", {"skill_level": "高级工"}),
        ("高级技师干了6年，评副高没问题吧", {"skill_level": "高级技师", "target_title": "副高级"}),
        ("我是技师，报高级技师应该没啥问题吧", {"skill_level": "技师", "target_skill": "高级技师"}),
        ("中级职称我没有", {}),
        ("技师证我没拿到", {"skill_levels_not_held": frozenset({"技师"})}),
    ],
)
def test_everyday_verbs_and_no_problem(text, expected):
    assert read_ladders(text) == expected


def test_a_lower_title_taken_up_in_a_follow_up(assistant):
    """The person first wants 副高, is told the award reaches 中级 only, and settles for 中级."""
    turns = ["前年评上了浙江省技术能手，走绿色通道能评职称吗", "想一步到位评副高，我是技师", "那就先弄个中级吧。我在湖州，年年考核都是合格，报中级没问题吧"]
    answers = talk(assistant, *turns, today=DAY)
    last = answers[-1]
    assert last.state is not None and last.state.facts.get("target_title") == "中级", last.state
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3. a shortfall to a threshold (“那还差两年是吧”) is not years held; the years to retirement still are
        ("那还差两年是吧", {}),
        ("离退休还差4年", {"years_to_retirement": 4}),
        # 4. where one works now, then the trade done there: still in post (not what one did before)
        ("我在一家汽修厂做电工", {"in_post": True}),
        ("我在洛阳一拖干钣金，高级技师", {"in_post": True}),
        ("以前在宇通干钣金", {}),
        ("以前在宇通干钣金，现在转行了", {"in_post": False}),
    ],
)
def test_shortfalls_and_work_now(text, expected):
    from assistant.facts import extract_facts

    facts = extract_facts(text)
    assert {k: facts.get(k) for k in ("_years", "years_since_level", "years_to_retirement", "in_post") if facts.get(k) is not None} == expected, facts


def test_the_years_short_echoed_then_another_title(assistant):
    """Told 正高 needs 18 years (the person has 15), the person echoes the gap and asks about 副高, which a
    全国技术能手 in post may apply for directly: the echoed gap is not the years held, the work said is in post."""
    turns = ["我拿过全国技术能手，想了解河南评正高要啥条件", "我是高级技师，在新乡一家厂里干焊工，前后干了十五年", "差三年是吧，那副高呢，我现在能直接报不"]
    last = talk(assistant, *turns, today=DAY)[-1]
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


def test_a_shortfall_said_alone_answers_the_question_asked(assistant):
    """“还差三年” said alone after “距法定退休年龄还有几年？” is the years to retirement (the shortfall echoed with
    more after it is not read as years held, above)."""
    turns = ["我是就业困难人员，在九江打零工，社保补贴快领满3年了，到期了还能接着领吗", "还差三年"]
    answers = talk(assistant, *turns, today=DAY)
    assert answers[0].state is not None and answers[0].state.pending == "years_to_retirement", answers[0].answer
    last = answers[-1]
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # 5. “…能…吧”, “…没问题吧” ask for a confirmation: a question, not a statement
        ("那我是不是也能去报名见习吧", True),
        ("我这情况能领吧", True),
        ("直接报副高没毛病吧", True),
        ("副高能报不", True),
        ("行吧", False),
        ("没问题", False),
        ("能，都合格", False),
    ],
)
def test_asking_for_a_confirmation_asks(text, asks):
    from assistant.understand.dialogue import asks_something

    assert asks_something(text) is asks


def test_joining_asked_after_the_subsidy_was_discussed(assistant):
    """After the host unit's subsidy was talked about, “那我也能去报见习吧” asks whether the person may join."""
    turns = ["见习是不是只收大学生", "我不是大学生，初中毕业，今年二十，在太原", "前两周刚去街道登记了失业，那我也能去参加见习吧"]
    last = talk(assistant, *turns, today=DAY)[-1]
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer
