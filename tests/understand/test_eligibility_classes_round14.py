"""Eligibility verdicts (round 14, elig31, blind-dev31 classes), each class with cases in words, places,
people, figures and dates of their own, played through the whole assistant (its own answers the transcript):

1. a correction that denies a fact held from an earlier turn (“高级技师其实还没拿到”, “全国技术能手没评上”,
   “我家不是低保户”) takes it back — the level, the award, the category — and the question is decided again
   (merge_facts: a ladder's ``denied``, a set fact's ``terms.negated_into``); a denial said before the first
   item of a list, or after its last, covers every item (“没有特级技师、首席技师”, “不是零就业家庭、特困或者
   监测户”); a correction's “不是X” is no value said instead (intents ``said_instead``);
2. an exceptional (破格) route whose years the person falls short of, the other routes denied: not eligible,
   not a question — the years in the trade said to run to now (“进厂干铣工到现在16年”) are those years, not
   the years since the level; awards all said not held (``awards_not_held``) rule out a route that names them;
3. a verdict that hangs on a fact at an earlier day the person did not give (the age at a subsidy's first
   approval): asked, not refused — the day a subsidy began (“从2022年7月开始领”) is that fact's day, not the
   day the question is judged at;
4. a window judged on the day asked (renewal within the 3 months before the end of an evaluation body's
   approval): the day the body was set up (“被遴选为”, “被认定为…评价机构”) is no day asked about;
5. facts told in a later turn that answer the first turn's question (licence registered, running since, first
   business of one's own: “之前都是给人打工，自己没干过买卖”) give the verdict, not another question.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts, merge_facts
from assistant.query import date_asked
from assistant.text import normalize
from shared_support import talk, verdict


def _facts(text: str) -> dict:
    return extract_facts(normalize(text))


# ------------------------------------------------------------------ 1. a correction that denies what was held
def test_a_level_said_not_held_later_takes_back_the_level_held():
    merged = merge_facts({"skill_level": "高级技师", "target_title": "副高级"}, _facts("等一下，高级技师其实还没拿到手"))
    assert "skill_level" not in merged and "高级技师" in merged["skill_levels_not_held"], merged
    merged = merge_facts({"skill_level": "高级技师"}, _facts("证上写的是技师，不是高级技师，高级技师我压根还没考"))
    assert merged["skill_level"] == "技师", merged


def test_a_list_of_levels_denied_before_or_after_is_denied_whole():
    read = _facts("厂里没有特级技师、首席技师，我是高级技师")
    assert read["skill_level"] == "高级技师" and read["skill_levels_not_held"] == {"特级技师", "首席技师"}, read
    read = _facts("特级技师、首席技师都没评过，我就是个高级技师")
    assert read["skill_level"] == "高级技师", read


def test_categories_denied_as_a_list_are_all_denied():
    read = _facts("家里也不是零就业家庭、特困或者监测户，我是残疾人")
    assert read["excluded_categories"] >= {"零就业家庭", "特困人员", "防止返贫监测对象"}, read
    assert read["person_categories"] == {"残疾"}, read


@pytest.mark.parametrize(
    "turns",
    [
        # the dev item's own class, other words: a higher level held, then said never obtained
        ("宁波的，我是高级技师，2019年拿的证，一直在车间干，近三年考核都合格，能报副高吗",
         "不好意思，刚看了证书，高级技师其实还没拿到，去年考的成绩还没出来，手上就一本技师证，也没获过什么奖。副高还能报吗"),
        ("温州的，我是高级技师，证是2018年拿的，考核都合格，想报副高", "等一下我记错了，高级技师我其实还没考，证上是技师，2018年拿的。还能报副高吗"),
        # the level denied, none said instead: the level the title asks for is not held
        ("金华的，我是高级技师，干了6年，近三年考核都合格，能评副高吗", "哦我搞错了，高级技师其实还没拿到手，上个月才考完。那现在能报副高吗"),
        # Henan: the level that opened 正高 taken back, the awards of the other route all denied
        ("郑州的焊工，特级技师，在岗干了20年，能不能破格报正高？",
         "搞错了，特级技师厂里还没评呢，我现在就是高级技师，全国技术能手、中原技能大奖、政府特贴这些也都没拿过。那正高还能破格报吗"),
        # Henan: the award that opened the 18-year route taken back
        ("洛阳的车工，高级技师，2020年获得全国技术能手，在岗干了19年了，能破格报正高吗", "说错了，全国技术能手没评上，只是入围了，别的奖和特贴也都没有。那正高还能报吗"),
    ],
)
def test_a_correction_denying_a_held_credential_decides_again(assistant, turns):
    first, last = talk(assistant, *turns)
    assert verdict(first) != "not_eligible", first.answer
    assert verdict(last) == "not_eligible", last.answer


def test_a_category_denied_in_a_correction_is_no_longer_held(assistant):
    first, last = talk(
        assistant,
        "绵阳的，我是今年毕业的大学生，家里是低保户，四川的一次性求职补贴我能领吗",
        "说错了，我家不是低保户，之前是，后来退出了；家里也不是零就业家庭、特困或者监测户，我也没有残疾，没办过助学贷款。那求职补贴还能领吗",
        today=date(2025, 6, 1),
    )
    assert verdict(first) in ("eligible", "amount"), first.answer
    assert "低保家庭" not in last.facts.get("person_categories", ()), last.facts
    assert verdict(last) == "not_eligible", last.answer


# ------------------------------------------------------------------ 2. an exceptional route's years short, the others denied
def test_the_years_in_the_trade_said_to_run_to_now_are_years_in_the_trade():
    assert _facts("我是高级技师，退伍后进厂干铣工到现在16年，一直在岗")["years_in_occupation"] == 16
    assert _facts("我是高级技师，技校毕业进厂干车工到今年15年").get("years_since_graduation") is None
    assert _facts("高级技师，参加工作后一直干电工，干到现在17年了")["years_in_occupation"] == 17


@pytest.mark.parametrize(
    "question",
    [
        "洛阳的，车工，高级技师，前年拿了中原技能大奖。技校毕业进厂干车工到今年15年，现在还在车间。厂里没有特级技师、首席技师，中华技能大奖和世赛金牌都没有。能破格报正高级职称吗",
        "开封的电工，高级技师，享受省政府特贴，参加工作后一直干电工，干到现在17年了，仍在岗位上。特级技师、首席技师都没评过，中华技能大奖、世赛金牌也没拿过。正高能破格申报吗",
        "平顶山的，钳工，高级技师，获得过全国技术能手，转业后进厂干钳工干到现在14年了，一直在一线。特级技师、首席技师都没有，中华技能大奖、世赛金牌都没拿过。能破格报正高吗",
        "安阳的焊工，高级技师，享受过国务院特贴，在岗从事焊工满15年，厂里特级技师、首席技师都还没评，中华技能大奖、世赛金牌也没有，正高能破格吗",
        "驻马店的，电焊工，高级技师，2019年获得中原技能大奖，进厂以后一直干电焊，到现在一共16年，在岗。我们厂没有特级技师、首席技师的评聘，中华技能大奖、世赛金牌也都没拿到过。能破格申报正高吗",
    ],
)
def test_an_exceptional_route_short_of_its_years_with_the_others_denied_is_no(assistant, question):
    (answer,) = talk(assistant, question)
    assert verdict(answer) == "not_eligible", answer.answer
    assert answer.calculation.rule_id == "ha.title_exceptional", answer.calculation.rule_id


# ------------------------------------------------------------------ 3. a fact at an earlier day, not given
def test_the_day_a_subsidy_began_is_that_facts_day_not_the_day_asked():
    today = date(2026, 5, 10)
    assert date_asked("单位的社保补贴是2023年3月开始享受的，今年3月满三年", today) == today
    assert date_asked("2022年9月起在公益性岗位上做保洁", today) == today
    assert date_asked("从2022年10月开始领社保补贴，现在满三年了", today) == today
    assert date_asked("2024年3月开始招的见习生", today) == date(2024, 3, 1)  # hiring is an event a rule governs


@pytest.mark.parametrize(
    ("question", "today"),
    [
        ("我是社区认定的就业困难人员，在超市上班，单位的社保补贴是2023年3月开始享受的，今年3月满三年，单位说停了。我还能接着补吗", date(2026, 5, 10)),
        ("她是就业困难人员，2022年9月起在公益性岗位上做保洁，公益性岗位补贴到今年9月满3年，街道说要停。还能接着享受吗", date(2025, 10, 20)),
        ("帮我爸问一下，他是就业困难人员，灵活就业，从2022年10月开始领社保补贴，现在满三年了，听说有的能一直领到退休，他能不能？", date(2025, 11, 3)),
        ("我妈是就业困难人员，2023年1月开始享受灵活就业社保补贴，今年1月满三年停了，还能接着领吗", date(2026, 3, 1)),
    ],
)
def test_a_period_that_hangs_on_the_age_at_first_approval_asks_for_it(assistant, question, today):
    (answer,) = talk(assistant, question, today=today)
    assert verdict(answer) == "need_more_info", answer.answer
    assert answer.calculation.in_force, answer.answer


# ------------------------------------------------------------------ 4. a window judged on the day asked
@pytest.mark.parametrize(
    ("question", "today", "expected"),
    [
        ("杭州一家技工学校，2023年6月被认定为技能人才评价机构，有效期到今年6月底。现在想申请延续，可以递交了吗", date(2026, 4, 10), "eligible"),
        ("我们是丽水的一家职业学校，2023年10月被确定为社会培训评价组织，有效期3年。延续申请现在可以提交吗", date(2026, 8, 15), "eligible"),
        ("衢州一家企业，2023年7月被纳入评价机构目录，有效期三年，现在能申请延续了吗", date(2026, 6, 10), "eligible"),
        ("舟山的评价机构，机构是2023年4月被批准设立的，今年4月到期，现在交延续申请可以吗，还是要等到期", date(2026, 2, 10), "eligible"),
        ("我们2024年2月通过遴选成为社会培训评价组织，有效期到2027年2月，浙江这边延续申请现在能交吗", date(2026, 12, 20), "eligible"),
        # before the window opens, and after the approval ran out: no
        ("宁波的一家企业评价机构，2023年8月通过遴选成为评价机构，有效期到明年8月，延续申请现在可以交吗", date(2026, 2, 15), "not_eligible"),
        ("台州一家评价机构，2023年9月遴选设立，有效期到今年9月已经过了，现在再申请延续还来得及吗", date(2026, 11, 20), "not_eligible"),
    ],
)
def test_a_renewal_window_is_judged_on_the_day_asked(assistant, question, today, expected):
    (answer,) = talk(assistant, question, today=today)
    assert answer.calculation is not None and answer.calculation.rule_id == "zj.eval_institution_validity", answer.answer
    assert verdict(answer) == expected, answer.answer
    assert f"{today.year}年{today.month}月{today.day}日" in answer.answer, answer.answer


# ------------------------------------------------------------------ 5. a later turn answers the first turn's question
def test_no_business_of_ones_own_before_is_a_first_startup():
    for text in ("之前都是给人打工，自己没干过买卖", "以前从来没做过生意，一直在厂里上班", "自己没开过店，之前都在工地干活", "以前都是在外面打工，没当过老板"):
        assert _facts(text).get("first_startup") is True, text
    assert _facts("之前自己做过生意，后来关了").get("first_startup") is not True


@pytest.mark.parametrize(
    ("turns", "today"),
    [
        (("在深圳打了八年工，去年回老家湖南邵阳开了个快递驿站，国家的一次性创业补贴我能领吗", "营业执照是2024年1月办下来的，一直正常营业到现在。以前从来没做过生意，都是在厂里上班"), date(2025, 6, 1)),
        (("我是街道认定的就业困难人员，在贵阳开了个修鞋铺，能申请一次性创业补贴吗", "个体户是2024年5月注册的，开到现在没停过，自己没开过店，之前都在工地干活"), date(2025, 9, 10)),
        (("我2023年6月大学毕业，在杭州开了个设计工作室，国家的一次性创业补贴我能领吗", "营业执照是2023年12月办的，开到现在没停过，以前也没开过公司"), date(2025, 3, 1)),
        (("在外打工多年，前年回河北保定老家开了个农家乐，一次性创业补贴能领吗", "执照是2024年4月拿的，一直开着。以前都是在外面打工，没当过老板"), date(2025, 6, 1)),
    ],
)
def test_a_later_turn_telling_the_facts_asked_gives_the_verdict(assistant, turns, today):
    first, last = talk(assistant, *turns, today=today)
    assert verdict(first) == "need_more_info", first.answer
    assert verdict(last) == "eligible", last.answer
    assert last.follow_up is None, last.follow_up


def test_a_later_turn_telling_a_short_running_time_is_a_no(assistant):
    first, last = talk(assistant, "我从广东打工回来，在江西赣州老家搞了个养鸡场，听说有一次性创业补贴？", "执照是今年2月才办的，之前没自己干过买卖", today=date(2025, 6, 1))
    assert verdict(last) == "not_eligible", last.answer
