"""Single-turn eligibility verdicts (round 13, elig30): the classes of wrong verdicts on fresh sets, each
with cases in words, places, people and figures of their own (not those of the dev items):

1. a disqualifier said in passing, denied with words between, or as the condition of the people an
   organisation serves (没享受过政府特贴, 不具备独立法人资格, 户籍在老家, 员工可以自己去领技能提升补贴,
   没上过大学, 52岁开始领的) — never an “eligible”;
2. a fact only implied (a 技工院校 class graduating this year is among 毕业年度高校毕业生; the years in
   the trade counted from the month one left school and went into the works);
3. a date that puts the event inside or outside a measure's period (an early contract signed after
   the measure ended; the year of an award is not the day asked about; applying “now” inside a window);
4. an honour below the level a rule names (区五一劳动奖章, 市劳模: not 全国 nor 省级以上);
5. one decisive fact missing: asked for, not a verdict given (留下了几个, 招了大学生 — of which year?,
   上岗人数还在统计), and a national rule deciding whether, asked in a province the corpus does not hold.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts
from assistant.text import normalize
from assistant.understand.slots import read_cues, read_terms
from shared_support import talk, verdict


def _facts(text: str) -> dict:
    return extract_facts(normalize(text))


# ------------------------------------------------------------------ 1. a disqualifier said in passing
def test_an_honour_denied_with_a_verb_of_enjoying_is_not_held():
    text = normalize("评过高级技师，政府特殊津贴从没享受过，全国技术能手也没能评上")
    assert "awards" not in read_terms(text) or not read_terms(text)["awards"] & {"政府特殊津贴（级别未明）", "全国技术能手"}
    assert read_cues(normalize("这些年没享受过政府特贴"))["leading_talent_honor"] is False


def test_honours_below_the_provinces_and_the_higher_ones_denied_are_no_leading_talent(assistant):
    (answer,) = talk(
        assistant,
        "我在宁波一家汽车厂当高级技师，拿过区里的五一劳动奖章和市劳模，省级和国家级的荣誉都没拿到，也从没享受过政府特殊津贴，我算高技能领军人才吗？",
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_branch_without_a_legal_person_of_its_own_cannot_be_an_evaluation_body(assistant):
    (answer,) = talk(assistant, "我们是江苏一家公司在温州开的分公司，不具备独立法人资格，能申请成为浙江的社会评价组织吗？")
    assert answer.facts.get("province") == "浙江省", answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_registration_elsewhere_said_of_the_household_is_no_local_unemployed(assistant):
    (answer,) = talk(assistant, "户籍还在老家河北，在太谷这边的活干完了，已经办了求职登记，我算你们方案里的“失业人员”吗？")
    assert answer.facts.get("local_hukou") is False, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_the_workers_condition_said_by_the_evaluation_body_bars_its_certificate_subsidy(assistant):
    (answer,) = talk(
        assistant,
        # (2023: the year 晋中's 2023 plan is for — it applies from its issue, 2023-04-19)
        "我们是和顺的一家评价机构，2023年给一家化工厂的在职工人做了技能等级认定，这些工人都参保交着失业保险，按政策可以自己去申领技能提升补贴。我们机构还能领取证补贴吗？",
        today=date(2023, 12, 20),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_count_below_the_clause_said_with_the_award_it_asks_for(assistant):
    (answer,) = talk(assistant, "攀枝花一家建材厂，今年吸纳了6个脱贫人口就业，想认定个帮扶车间拿5万奖补，够不够？", today=date(2025, 5, 10))
    assert verdict(answer) == "not_eligible", answer.answer


def test_the_age_the_subsidy_began_at_fixes_its_period_not_the_age_now(assistant):
    # 52 at first approval: 8 years from 60, so 3 years at most — used up, whatever the age now (58)
    (answer,) = talk(assistant, "我是就业困难人员，今年58岁，60岁退休，灵活就业社保补贴是52岁开始领的，领满3年了，还能接着领吗？")
    assert answer.facts.get("age_at_first_approval") == 52, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer
    # 56 at first approval: under 5 years from 60, so it may run to retirement
    (answer,) = talk(assistant, "我是就业困难人员，今年58岁，60岁退休，灵活就业社保补贴是56岁开始领的，能一直领到退休吗？")
    assert verdict(answer) == "eligible", answer.answer


def test_the_years_already_had_count_back_to_the_first_approval(assistant):
    # 58 now, 3 years had: 55 at first approval, 5 years from 60 — not under 5, so not to retirement
    (answer,) = talk(assistant, "我是就业困难人员，今年58，法定退休60岁，灵活就业的社保补贴已经领满3年了，还能一直领到退休吗？")
    assert answer.facts.get("years_received") == 3, answer.facts
    assert verdict(answer) == "not_eligible", answer.answer
    # the years to retirement said of now, in reply to the question about first approval: 3 now + 3 had = 6 then
    answers = talk(assistant, "街道给一个就业困难人员办的社保补贴已经领满3年了，还能接着补吗", "现在离退休还差3年")
    assert verdict(answers[-1]) == "not_eligible", answers[-1].answer


def test_never_at_college_and_over_24_is_no_intern_under_the_national_rule(assistant):
    # a province the corpus does not hold: the national 第七条 decides (labelled national), not a decline
    (answer,) = talk(assistant, "南宁一家超市想招见习生，来的姑娘今年二十五，职高毕业后没上过大学，已经登记失业了，她能算见习人员吗？")
    assert answer.facts.get("age") == 25 and "高校毕业生" in answer.facts.get("excluded_categories", ()), answer.facts
    assert not answer.abstained and verdict(answer) == "not_eligible", answer.answer


def test_the_same_level_of_a_trade_once_paid_from_unemployment_insurance_is_not_paid_again(assistant):
    (answer,) = talk(assistant, "前年用失业保险领过电工初级的技能提升补贴，今年又去上了电工初级的政府补贴培训，还能领培训补贴吗？")
    assert verdict(answer) == "not_eligible", answer.answer
    assert any(c.doc_id == "cn-2024-2dec8d" for c in answer.citations[:1]), [c.article for c in answer.citations]


# ------------------------------------------------------------------ 2. a fact only implied
def test_a_technician_college_class_graduating_this_year_is_among_this_years_graduates(assistant):
    (answer,) = talk(
        assistant,
        "我在技师学院读高级工班，今年6月毕业，毕业前第一次参加认定，考了焊工高级工证，能领职业技能评价补贴吗？",
        today=date(2025, 10, 10),
    )
    assert verdict(answer) == "eligible", answer.answer
    # left the same class two years before: not of the year's graduates, never an “eligible” on that ground
    (answer,) = talk(
        assistant,
        "我前年6月从技师学院高级工班毕业，现在第一次参加认定，考了焊工高级工证，能领职业技能评价补贴吗？",
        today=date(2025, 10, 10),
    )
    assert verdict(answer) != "eligible", answer.answer


@pytest.mark.parametrize("month,expected", [("2008年9月", "not_eligible"), ("2005年9月", "eligible")])
def test_years_in_the_trade_run_from_the_month_one_left_school_and_went_in(assistant, month, expected):
    (answer,) = talk(
        assistant,
        f"南阳一家机床厂的钳工，{month}中专毕业进的厂，一直干钳工没离开过一线。高级技师，前几年评上了全国技术能手。想破格报正高，能报吗？",
        today=date(2025, 6, 1),
    )
    assert verdict(answer) == expected, answer.answer


# ------------------------------------------------------------------ 3. a date and a measure's period
def test_an_early_contract_signed_after_the_measure_ended_gets_nothing(assistant):
    (answer,) = talk(
        assistant,
        "长治一家物流公司，前年10月接了个见习生，见习期半年，去年2月还差两个月见习期满，我们就提前跟他签了劳动合同，剩下那两个月的补贴能拿吗？",
        today=date(2024, 6, 1),
    )
    assert answer.facts.get("early_contract_date") == date(2023, 2, 1), answer.facts
    assert verdict(answer) == "not_eligible", answer.answer


def test_the_year_an_award_was_won_is_not_the_day_asked_about(assistant):
    (answer,) = talk(
        assistant,
        "郑州一家机床厂的钳工，2004年进厂一直在一线，高级技师证早拿了，2021年还评上了中原技能大奖。今年想破格报正高，行吗？",
        today=date(2025, 6, 1),
    )
    assert verdict(answer) == "eligible", answer.answer


@pytest.mark.parametrize("today,expected", [(date(2026, 9, 1), "eligible"), (date(2026, 6, 1), "not_eligible")])
def test_applying_now_is_judged_against_the_renewal_window(assistant, today, expected):
    (answer,) = talk(assistant, "我们是湖州的一家评价机构，2023年11月20日遴选通过，设立有效期3年。现在就把延续申请递上去，会不会太早？", today=today)
    assert verdict(answer) == expected, answer.answer


# ------------------------------------------------------------------ 5. one decisive fact missing
def test_some_kept_on_without_the_number_is_asked_not_answered(assistant):
    (answer,) = talk(assistant, "运城一家公司去年接了8个见习生，协议期满后有几个留下转正了。听说留用率高补贴标准能提高，我们能按提高的标准拿吗？")
    assert verdict(answer) == "need_more_info" and answer.calculation.missing == ("retained_count",), answer.answer


def test_graduates_hired_without_their_year_are_asked_about_not_paid(assistant):
    (answer,) = talk(assistant, "今年3月我们在德阳招了3个大学生，签了两年合同，社保交了，能拿一次性吸纳就业补贴吗？", today=date(2025, 6, 1))
    assert verdict(answer) == "need_more_info", answer.answer
    (answer,) = talk(assistant, "今年3月我们在德阳招了3个当年毕业的大学生，签了两年合同，社保交了，一次性吸纳就业补贴一共多少？", today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.value == 6000, answer.answer


def test_a_young_person_out_of_school_is_asked_whether_registered_unemployed(assistant):
    (answer,) = talk(assistant, "闺女今年十八，初中毕业后就没再上学了，想让她去单位见习，符合见习条件吗？")
    assert verdict(answer) == "need_more_info" and "registered_unemployed" in answer.calculation.missing, answer.answer


def test_a_graduate_paying_their_own_insurance_is_asked_when_they_left_school(assistant):
    (answer,) = talk(assistant, "大专毕业后一直在开网约车，社保是我自己交的，国家这块有没有补贴？")
    assert verdict(answer) == "need_more_info" and answer.calculation.missing == ("years_since_graduation",), answer.answer


def test_a_national_rule_answers_whether_where_the_province_is_not_held(assistant):
    (answer,) = talk(
        assistant,
        "南京的，去年7月本科毕业，一直没找到工作，现在做自媒体，按灵活就业交了社保。能申请社保补贴吗？大概能补多少？",
        today=date(2025, 4, 1),
    )
    assert not answer.abstained and verdict(answer) == "eligible", answer.answer


def test_placements_still_being_counted_leave_the_rate_open(assistant):
    (answer,) = talk(
        assistant,
        "晋中寿阳一家企业，2024年3月委托技工学校搞了期订单式培训，30个人培训了12天，上岗的人数人事还在统计，这个补贴我们能拿吗？",
        today=date(2024, 5, 20),
    )
    assert verdict(answer) == "need_more_info", answer.answer
    assert "培训结束后就业的人数" in answer.facts.get("undecided", ()), answer.facts
