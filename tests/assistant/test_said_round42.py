"""Round 42: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. The insurance premium asked loosely (这个保费政府按人头补贴吗, 保险那块一共能补多少): the premium subsidy, counted.
2. A rate said as above a figure (超过八成, 九成多, 八成以上): a threshold 高于80% is met; shown as said (80%以上).
3. A rule quoted back as a question (不是说不满一个月也按一个月算？): its numbers are the rule's, not the person's.
4. Insurance put off, the wait said before the paying (等转正了再给她上社保): not paid.
5. Not recognised, with 去 between (没去认定过什么就业困难人员, 就业困难人员没认定过): not of that group.
6. Sichuan's flexible-work insurance subsidy asked with nothing said of who the person is: who is asked, not assumed.
7. Whether it pays the person something, asked as 能不能 (我这样能不能补点？): whether is asked.
8. Some of a counted group described, then the rest (有3个没签合同，其余的…): each part decided, the total added.
9. Whom it is given to after the verb (一年最多能补我多少): a year's most, asked.
10. Worked away, then back home opening a business (在浙江打工多年，回襄阳开了个汽修店): a returning migrant worker.
11. A shop opened with what it sells between (开了个卖海蛎煎的小店), the shop named first (店是去年5月开的): its
    registration; starting work (去年5月开始在厂里上班) is none.
12. Hiring one, then what the government pays for it (听说招一个政府给两千？): the hiring subsidy.
13. Whether it stops once the years are had, asked first (他是不是也干满三年就停了): whether it runs to retirement.
14. Neighbouring numbers after tens (二十二三个, 三十五六岁): a range.
15. An exam ahead said with 才 (明年三月才考试): that day is asked about — a clause run out by then.
16. A clause past its own end answering whether the measure still holds (今年这个政策还有没有？): expired.
17. The minimum wage stated and only checked (最低工资现在是1880吧？) beside the subsidy asked: no wage question.
18. The day a fact began said as 办的 in a reply, or a certificate 到手 (前年十月办的, 证18年就到手了): that fact's
    date, not the day asked about.
19. A count that gives a rate, said anew (搞错了，实际留下来上班的只有21个): the rate follows the counts.
20. How a training is paid for (订单式培训，政府咋补贴？): the training subsidy.
21. Levels denied closing with 啥的 (特级技师啥的都还没评过): not held.
22. A reply that passed, with a “not the top grade” aside (都合格的，就是那次没评上优秀而已): passed.
23. A case supposed naming another value of the element held (明年想冲国家级的，要是评上了给多少): that value.
24. The upgrade subsidy asked with the certificate said by the level taken (失业保险交了三年，正在考焊工中级，考下来有
    补贴吗): the skill upgrade subsidy.
25. A subsidy had then, named before the verb (去年我电工高级工那个补贴已经领过了): a fact's date, not the day asked.
26. One's sex said with 俺 (俺男的，今年57了): theirs — the retirement age follows, nothing asked.
27. The school named in a clause of its own, the leaving after it (中专，护理专业，去年6月毕的业): a 中职 graduate.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. the premium asked loosely
@pytest.mark.parametrize(
    "said",
    ["我们给见习的都上了意外险。这个保费政府那边按人头补贴吗", "保险那块1个人补多少", "收了4个见习生，光保险那块一共能补多少"],
)
def test_the_premium_asked_loosely_is_the_premium_subsidy(said: str) -> None:
    assert read_said(said).get("asks_premium") is True


def test_the_premium_asked_loosely_is_counted_for_the_interns(assistant) -> None:
    *_, answer = talk(assistant, "阳泉一家超市，收了8个见习生，意外伤害险都给买了，这个保费政府按人头补贴吗，8个人一共补多少", today=date(2022, 10, 12))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy"
    assert answer.calculation.value == 1920


def test_ones_own_insurance_part_is_no_premium() -> None:
    assert read_said("我灵活就业自己交的保险那块能补多少").get("asks_premium") is None


# ------------------------------------------------------------------ 2. a rate said as above a figure
@pytest.mark.parametrize("said", ["期满留下来的超过八成", "留用率八成以上", "留用率八成多"])
def test_a_rate_said_as_above_a_figure_is_above_it(said: str) -> None:
    assert read_said(said).get("retention_rate") > Decimal("0.8")


def test_a_rate_said_as_not_above_is_not_raised() -> None:
    from assistant.rules.base import fmt_percent

    assert read_said("留用率不超过八成").get("retention_rate") == Decimal("0.8")
    assert fmt_percent(read_said("就业率九成多").get("employment_rate")) == "90%以上"


def test_retention_above_eighty_percent_gets_the_full_minimum_wage(assistant) -> None:
    *_, answer = talk(assistant, "忻州一家单位，见习期满留下来的超过八成，我们这最低工资一千八百八，见习补贴每人每月能补多少", today=date(2022, 10, 20))
    assert answer.calculation is not None and answer.calculation.value == 1880
    assert "80.01%" not in answer.answer


# ------------------------------------------------------------------ 3. a rule quoted back
def test_a_rule_quoted_back_gives_none_of_its_numbers() -> None:
    said = read_said("孩子见习了10个工作日就走了，单位说生活补助不给，不是说不满一个月也按一个月算？")
    assert said.get("working_days") == 10 and "internship_months" not in said


def test_it_is_not_that_keeps_the_figure_said_after_it() -> None:
    assert read_said("去年也不是说没裁人，裁了5个").get("layoffs_count") == 5


# ------------------------------------------------------------------ 4. insurance put off
@pytest.mark.parametrize("said", ["老板说等试用期过了再给他交社保", "转正后再交社保"])
def test_insurance_put_off_with_the_wait_first_is_not_paid(said: str) -> None:
    assert read_said(said).get("social_insurance_paid") is False


# ------------------------------------------------------------------ 5. not recognised, with 去
@pytest.mark.parametrize("said", ["也没去认定过什么就业困难人员", "就业困难人员没认定过"])
def test_not_recognised_is_not_of_that_group(said: str) -> None:
    facts = read_said(said)
    assert "就业困难人员" in facts.get("excluded_categories", ()) and "就业困难人员" not in facts.get("person_categories", ())


# ------------------------------------------------------------------ 6 / 7. who the person is, asked
def test_sichuan_flexible_insurance_asked_whether_with_no_group_asks_who(assistant) -> None:
    *_, answer = talk(assistant, "遂宁的，五十出头，厂子倒闭后自己开货车，社保按灵活就业交，一年九千多。这个社保能不能补点？", today=date(2025, 3, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.flexible_si_subsidy"
    assert verdict(answer) == "need_more_info"
    assert "就业困难人员" in (answer.follow_up or "") and "返乡" not in (answer.follow_up or "")


def test_asked_as_neng_bu_neng_bu_is_whether() -> None:
    assert read_said("我这样能不能补点？").get("asks_whether") is True


# ------------------------------------------------------------------ 8. some of a group, then the rest
def test_some_of_a_group_then_the_rest_are_decided_apart(assistant) -> None:
    *_, answer = talk(
        assistant,
        "我是广元一个劳务合作社的，在重点帮扶县，今年组织了12个脱贫户去企业上班，有2个没签劳动合同，其余的都签了两年、社保也交了，就业创业服务补助能拿多少",
        today=date(2024, 10, 8),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.poverty_service_subsidy"
    assert answer.calculation.value == 3000


# ------------------------------------------------------------------ 9. whom it is given to after the verb
def test_whom_it_is_given_to_after_the_verb_asks_a_years_most() -> None:
    facts = read_said("社保补贴一年最多能补我多少")
    assert facts.get("period_years") == 1 and facts.get("asks_amount") is True


# ------------------------------------------------------------------ 10. worked away, back home opening a business
def test_worked_away_then_back_opening_a_business_is_a_returning_migrant_worker() -> None:
    assert "返乡入乡农民工" in read_said("在东莞打工好多年，回赣州开了个快餐店").get("person_categories", ())


# ------------------------------------------------------------------ 11. a shop opened
@pytest.mark.parametrize("said", ["去年3月在镇上开了个卖农资的小店", "店是去年3月开的"])
def test_a_shop_opened_is_registered_then(said: str) -> None:
    from assistant.facts import extract_facts

    assert extract_facts(said, date(2025, 1, 10)).get("registration_date") == date(2024, 3, 1)


def test_starting_work_is_no_registration() -> None:
    from assistant.facts import extract_facts

    assert "registration_date" not in extract_facts("去年3月开始在厂里上班", date(2025, 1, 10))


def test_a_returning_worker_whose_shop_is_under_a_year_old_is_not_yet_eligible(assistant) -> None:
    *_, answer = talk(assistant, "漳州的，在外地打了八九年工，去年8月回老家开了个卖水果的小店，执照也办了，现在能申请返乡创业补贴吗", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.startup_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 12. hiring one, what the government pays
def test_hiring_one_then_what_the_government_pays_is_the_hiring_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "绵阳的，厂里打算招两个今年毕业的大学生，听说招一个政府给两千？", today=date(2025, 4, 2))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.absorb_employment_subsidy"


# ------------------------------------------------------------------ 13. whether it stops once the years are had
def test_whether_it_stops_once_the_years_are_had_asks_about_retirement() -> None:
    assert read_said("我爸今年57，刚上公益岗，他是不是干满三年就停了").get("asks_until_retirement") is True


# ------------------------------------------------------------------ 14. neighbouring numbers after tens
def test_neighbouring_numbers_after_tens_are_a_range() -> None:
    from assistant.text import spoken_numbers

    assert spoken_numbers("也就二十二三个吧") == "也就22~23个吧"
    assert spoken_numbers("三十五六岁") == "35~36岁"


# ------------------------------------------------------------------ 15. an exam ahead said with 才
def test_an_exam_ahead_said_with_cai_is_the_day_asked_about() -> None:
    from assistant.query import date_asked
    from assistant.text import normalize

    assert date_asked(normalize("报的高级工明年三月才考试，到时候还能申请吗"), date(2024, 10, 20), default=None) == date(2025, 3, 1)


def test_the_upgrade_subsidy_for_an_exam_past_its_deadline_is_not_had(assistant) -> None:
    *_, answer = talk(
        assistant,
        "德阳的，在厂里上班失业保险交了五年，想考焊工高级工，考下来有技能提升补贴吗？",
        "报的班明年三月才考试，到时候还能按这个申请吗",
        today=date(2024, 10, 25),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 16. a clause past its own end
def test_a_clause_past_its_own_end_answering_whether_it_holds_is_expired(assistant) -> None:
    *_, answer = talk(
        assistant,
        "运城的，单位有个见习生表现好，见习期还剩5个月，想提前和他签劳动合同，剩下那几个月的补贴还能拿吗？",
        "合同打算这个月签，今年这个政策还有没有？",
        today=date(2023, 4, 10),
    )
    assert answer.citations and answer.citations[0].status == "expired"
    assert "另见" not in answer.answer or answer.citations[0].article not in answer.answer.split("另见")[-1]


# ------------------------------------------------------------------ 17. the minimum wage stated and checked
def test_the_minimum_wage_stated_and_checked_is_no_wage_question(assistant) -> None:
    *_, answer = talk(assistant, "我们是阳泉一家药店，收了3个见习的大学生。阳泉最低工资现在是1880吧？单位的见习补贴一个人一个月给多少", today=date(2022, 9, 5))
    assert not answer.abstained
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy"


def test_the_minimum_wage_asked_is_still_declined() -> None:
    from assistant.understand.scope import lexicon

    assert lexicon().asked("成都最低工资是2100吗").concept.id == "wages_and_contracts"


# ------------------------------------------------------------------ 18. the day a fact began
@pytest.mark.parametrize("said", ["2023年10月办的，一直开着没停过。能给多少", "高级技师证2018年就到手了，一直在车间"])
def test_the_day_a_fact_began_is_not_the_day_asked(said: str) -> None:
    from assistant.query import date_asked

    assert date_asked(said, date(2025, 5, 10), default=None) is None


# ------------------------------------------------------------------ 19. a count that gives a rate, said anew
def test_a_count_said_anew_gives_the_rate(assistant) -> None:
    *_, answer = talk(
        assistant,
        "榆次一家机械厂，跟技校搞了订单式培训，40个人学了15天，结业后就业率说是九成，补贴怎么算？",
        "刚核了一下，真正留下来上班的只有28个",
        today=date(2023, 10, 9),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.order_training_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 20. how a training is paid for
def test_how_a_training_is_paid_for_is_the_training_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "灵石的一家厂，准备跟职校办个订单式培训，晋中政府咋补贴？", today=date(2023, 8, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.order_training_subsidy"


# ------------------------------------------------------------------ 21. levels denied closing with 啥的
def test_levels_denied_closing_with_shade_are_not_held() -> None:
    facts = read_said("高级技师，首席技师啥的都还没评过")
    assert facts.get("skill_level") == "高级技师" and "首席技师" in facts.get("skill_levels_not_held", ())


# ------------------------------------------------------------------ 22. passed, not the top grade
def test_a_reply_that_passed_with_a_not_top_grade_aside_is_passed() -> None:
    from assistant.rules.inputs import FACTS
    from assistant.text import normalize
    from assistant.understand.replies import clauses_answer

    spec = FACTS["annual_appraisal_passed"]
    assert clauses_answer(spec, normalize("都合格的，就是去年那次没评上优秀而已")) is True
    assert clauses_answer(spec, normalize("合格，就是去年没过")) is False


# ------------------------------------------------------------------ 23. a case supposed naming another value
def test_a_case_supposed_naming_another_level_changes_the_level(assistant) -> None:
    *_, answer = talk(
        assistant,
        "乐山的，我们单位今年评上了省级就业见习基地，有奖补没？",
        "以后想争取国家级的，要是评上了能给多少",
        today=date(2024, 10, 9),
    )
    assert answer.calculation is not None and answer.calculation.value == 300000


# ------------------------------------------------------------------ 24. the upgrade subsidy, the level taken
def test_the_upgrade_subsidy_asked_with_the_level_taken(assistant) -> None:
    *_, answer = talk(assistant, "内江上班，失业保险交了两年多，正在考电工高级，考下来有补贴吗", today=date(2024, 9, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"


# ------------------------------------------------------------------ 25. a subsidy had then
def test_a_subsidy_had_then_is_a_facts_date() -> None:
    from assistant.query import date_asked

    assert date_asked("去年我焊工中级那个补贴已经领过了，现在想再报个焊工初级的班", date(2024, 6, 18), default=None) is None


# ------------------------------------------------------------------ 26. sex said with 俺
@pytest.mark.parametrize("said, sex", [("俺男的，今年58了", "男"), ("俺女的，今年49", "女")])
def test_sex_said_with_an_is_theirs(said: str, sex: str) -> None:
    assert read_said(said).get("sex") == sex


# ------------------------------------------------------------------ 27. the school named in a clause of its own
def test_the_school_named_alone_then_the_leaving_is_a_vocational_graduate() -> None:
    assert "中职毕业生" in read_said("职高，学的汽修，前年7月毕的业").get("person_categories", ())
    assert not read_said("中专，还在读").get("person_categories")
