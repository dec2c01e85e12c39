"""Round 19: things people say plainly that were misheard (probing in our own words):

1. 见习期满 is 就业见习's own word (见习期满留用率): not the civil-service probation, which is declined;
2. homophone slips of 级 and 高 (高极技师, 评副搞) beside the level or title they belong to;
3. “那5个人呢” after a month's figure per person: what the people now counted come to together;
4. years in the trade running to now (干本行20年了): still in post;
5. years worked said after the level held (高级技师，干了十五六年): the years worked too, for a rule that counts them.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize("question", ["山西见习补贴，见习期满留下来一半以上能提高吗", "忻州的见习单位，见习期满留用的人多，补贴标准能往上提吗"])
def test_internship_end_is_the_internship_s_own_word(assistant, question):
    (answer,) = talk(assistant, question)
    assert not answer.abstained, answer.answer
    assert answer.citations and answer.citations[0].doc_id == "sx-2022-192e44", answer.citations[:1]


def test_civil_service_probation_is_still_declined(assistant):
    (answer,) = talk(assistant, "刚考进事业单位，见习期满转正后工资涨多少")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question", ["浙江搞技术的，高极技师证拿了3年，评副搞可以吗", "温州的，高极技师拿证3年，报副搞行不行"])
def test_homophone_slips_of_level_and_title(assistant, question):
    (answer,) = talk(assistant, question)
    assert answer.state.facts.get("skill_level") == "高级技师", answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer
    assert answer.calculation.value == "副高级", answer.calculation


@pytest.mark.parametrize(("people", "total"), [("那5个人呢", 5940), ("那要是3个人呢", 3564)])
def test_people_counted_after_a_figure_per_person(assistant, people, total):
    first, last = talk(assistant, "山西的见习单位，最低工资1980，见习补贴每人每月多少", people)
    assert first.calculation is not None and first.calculation.value == 1188, first.answer
    assert last.calculation is not None and last.calculation.value == total, last.answer


@pytest.mark.parametrize("question", ["河南的高级技师，干本行20年了，拿过中原技能大奖，能直接评正高吗", "南阳的，高级技师，做这行十九年了，全国技术能手，能破格报正高不"])
def test_years_in_the_trade_running_to_now_mean_still_in_post(assistant, question):
    (answer,) = talk(assistant, question)
    assert answer.state.facts.get("in_post") is True, answer.state.facts
    assert answer.calculation is not None and answer.calculation.verdict == "eligible", answer.answer


@pytest.mark.parametrize(("reply", "verdict"), [("高级技师，干了十五六年吧", "not_eligible"), ("是高级技师，干了二十年了", "eligible")])
def test_years_worked_after_the_level_count_as_years_in_the_trade(assistant, reply, verdict):
    # 豫人社办〔2023〕102号 三、（七）: 在岗且从事本业工作满18年、获得“全国技术能手”的高级技师 may apply for 正高 out of turn
    first, last = talk(assistant, "我在许昌一家厂当电工，拿过全国技术能手，想破格评正高", reply)
    assert first.state.pending == "skill_level", first.answer
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer
    assert last.state.pending != "years_in_occupation", last.answer


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [("有一年没合格", "not_eligible"), ("中间有1年没通过", "not_eligible"), ("四年前有一年不合格，最近三年都合格", "eligible"), ("以前有一年没过，近三年都合格", "eligible")],
)
def test_replies_to_the_appraisal_question_that_count_a_year(assistant, reply, verdict):
    # 浙江 贯通办法: 近3年年度考核合格 — “有一年没合格” is a no (its 一年 is no years held); a failure said before the three
    # years, then those three said passed, is a yes
    first, last = talk(assistant, "浙江，高级技师拿证6年了，能评副高吗", reply)
    assert first.state.pending == "annual_appraisal_passed", first.answer
    assert last.calculation is not None and last.calculation.verdict == verdict, last.answer
    assert last.state.facts.get("years_since_level") == 6, last.state.facts


@pytest.mark.parametrize(("text", "kept"), [("山西的企业，见习生10个留下来8个", 8), ("运城一家超市，见习的12个留下来9个，最低工资1880", 9)])
def test_the_count_kept_said_after_the_verb(text, kept):
    # “10个留下来8个”: 10 are the interns, 8 were kept on (not the 10 read before 留下来)
    from assistant.facts import extract_facts

    assert extract_facts(text).get("retained_count") == kept
