"""Eligibility verdicts where the facts a person states are set against a measure's conditions (round 14,
elig33) — each class with cases in words, places, people, figures and dates of their own (not those of
the dev items that showed the class):

1. the years since a level counted from a year said relatively or in the past (技师证是前年下来的, 大前年
   批下来的, 2024年发下来的): they fall short of the years the route needs — a verdict, not a question;
2. a failed appraisal said in a clause of its own among passed years (…都合格，就去年那次…被评了不合格;
   去年因为旷工没过; 单位给评了个不合格): the 近3年考核合格 condition is not met;
3. a condition held by someone else (我师傅拿了中华技能大奖, 我表哥是全国技术能手, 我同事拿了世赛银牌,
   我表哥家是脱贫户) or quoted from a rule (河南不是说拿了…可以…) is not the person's own;
4. 离校2年内 and 正常运营1年以上 worked out from the graduation and registration dates said (a school
   named with a number, 1所职业学院; a month said without its year, 10月份注册);
5. a rate threshold worked out from counts said (学员20个…有15个来我们这上班了 → 75% < 80%);
6. a contract shorter than the year required, said after a sentence break (…三十来人。…招了个应届硕士,
   合同先签了8个月); a person outside the ages and years an internship takes (27岁、毕业3年) asked as
   whether they may come into the internship post (进我们的见习岗);
7. a count reaching a threshold over turns, only those of the group counted (又招了5个，4个是脱贫户) and a
   correction withdrawing the qualifying status, the others denied (早就退出低保了 … 没申请过助学贷款).
"""

from __future__ import annotations

from datetime import date

from assistant.facts import extract_facts
from assistant.text import normalize
from shared_support import talk, verdict


def _facts(text: str) -> dict:
    return extract_facts(normalize(text))


def granted(answer) -> bool:
    """A “yes”: eligible, or an amount above nothing (“能拿吗？” answered “可以，1万元”)."""
    calc = answer.calculation
    return calc is not None and (calc.verdict == "eligible" or (calc.verdict == "amount" and calc.value is not None and float(calc.value) > 0))


# ------------------------------------------------------------------ 1. years from a year said relatively
def test_a_level_said_to_have_come_through_in_a_year_is_the_year_it_was_obtained():
    assert _facts("我是电工技师，技师证是前年下来的").get("level_obtained_years_ago") == 2
    assert _facts("高级工证去年才批下来，一直在车间").get("level_obtained_years_ago") == 1
    assert _facts("焊工高级技师，证书是2024年发下来的").get("level_obtained_year") == 2024
    assert _facts("高级技师资格大前年到手的").get("level_obtained_years_ago") == 3


def test_a_senior_technician_whose_certificate_came_through_two_years_ago_is_short_of_four_years(assistant):
    (answer,) = talk(assistant, "温州的，我是钳工高级技师，高级技师证是前年下来的，一直在厂里干，年度考核都合格，想报副高级工程师，可以吗？")
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_technician_approved_last_year_is_short_of_three_years_for_the_intermediate_title(assistant):
    (answer,) = talk(assistant, "湖州一家电机厂的，维修电工技师资格去年才批下来，这几年考核都合格，能不能评中级职称？")
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_certificate_said_to_have_come_through_in_a_past_year_is_counted_from_that_year(assistant):
    (answer,) = talk(assistant, "台州的，汽修高级工，证书是2025年发下来的，近三年考核都合格，想评助理工程师行不行？")
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ 2. a failed appraisal in a clause of its own
def test_a_year_failed_said_after_the_years_passed_is_a_failed_appraisal():
    for text in (
        "考核嘛，大前年、前年都过了，去年因为旷工没过",
        "年度考核前两年都是合格，就去年那次被定了个不合格",
        "考核方面，前年因为工伤请假太久，单位给评了个不合格，其余年份都合格",
        "考核的话大前年去年都合格，就前年那回出了质量事故被评为不称职",
    ):
        assert _facts(text).get("annual_appraisal_passed") is False, text


def test_an_appraisal_never_failed_is_passed():
    assert _facts("考核一直合格，从来没有不合格过").get("annual_appraisal_passed") is True


def test_a_failed_appraisal_last_year_bars_the_assistant_title(assistant):
    (answer,) = talk(
        assistant,
        "温州瑞安的，高级工2020年就拿了，一直做钳工。考核嘛，大前年、前年都过了，去年因为旷工被评了不合格，能报助理工程师吗？",
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_failed_appraisal_said_as_the_units_rating_bars_the_intermediate_title(assistant):
    (answer,) = talk(
        assistant,
        "绍兴的技师，2019年拿的证一直在岗。考核方面，前年因为工伤请假太久，单位给评了个不合格，其余年份都合格。能评中级职称吗？",
    )
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ 3. a condition held by someone else
def test_an_award_won_by_another_person_is_not_the_persons():
    assert "全国技术能手" not in (_facts("我表哥是全国技术能手，我是高级工").get("awards") or ())
    assert "省技术能手" not in (_facts("我同事去年评上了省技术能手，我没评上").get("awards") or ())
    assert "中华技能大奖" not in (_facts("我师傅去年拿了中华技能大奖，我跟着他干了好几年").get("awards") or ())
    # the person's own award beside another's is kept
    assert "全国技术能手" in _facts("我和我师傅都拿了全国技术能手").get("awards")


def test_a_level_held_by_another_person_is_not_the_persons():
    assert _facts("我师傅是高级技师，我是技师").get("skill_level") == "技师"


def test_a_cousins_household_category_is_not_the_persons():
    assert "脱贫人口" not in (_facts("我表哥家是脱贫户，我家不是").get("person_categories") or ())
    # the person's own parents are the person's household
    assert "低保家庭" in _facts("我爸妈是低保户").get("person_categories")


def test_an_award_quoted_from_the_rule_is_not_held():
    facts = _facts("我是高级技师，河南不是说拿了中华技能大奖可以破格直接晋升特级技师嘛")
    assert "中华技能大奖" not in (facts.get("awards") or ())
    # nothing said of the speaker: the condition is asked about as if held
    assert "全国技术能手" in _facts("听说拿了全国技术能手可以直接评副高，是真的吗")["awards"]
    # a question about the other person (every 我 names them): their level is the one asked about
    assert _facts("我徒弟是技师，能评中级吗").get("skill_level") == "技师"


def test_a_colleagues_world_medal_does_not_promote_the_person(assistant):
    (answer,) = talk(
        assistant,
        "我在新乡一家电器厂，是高级技师，我同事前年拿了世赛银牌，我自己没得过什么奖。河南不是说拿了世赛奖牌的可以破格直接晋升特级技师吗，我能晋吗？",
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_masters_honour_does_not_open_the_green_channel(assistant):
    (answer,) = talk(
        assistant,
        "杭州的，我师傅是浙江杰出工匠，我跟他干了十年，我自己是高级技师，没拿过什么称号，能不能走绿色通道直接报副高？",
    )
    assert verdict(answer) != "eligible", answer.answer


# ------------------------------------------------------------------ 4. 离校2年内 and 运营1年以上 from the dates said
def test_a_school_named_with_a_number_does_not_hide_the_graduation_date():
    facts = _facts("我是2022年7月从成都1所职业学院毕业的")
    assert (facts.get("graduation_year"), facts.get("graduation_month")) == (2022, 7)


def test_a_month_said_without_its_year_is_of_the_year_said_before_it():
    from assistant.text import resolve_relative_dates

    today = date(2025, 6, 1)
    assert "2023年10月份在老家" in resolve_relative_dates("我2023年6月本科毕业，10月份在老家注册了个体户", today)
    assert "2024年3月份注册" in resolve_relative_dates("2023年11月研究生毕业，3月份注册了工作室", today)
    # a month said of a figure is no date
    assert resolve_relative_dates("2023年6月毕业，每月1500元", today) == "2023年6月毕业，每月1500元"


def test_a_graduate_registering_a_shop_within_two_years_and_running_it_a_year_is_eligible_sichuan(assistant):
    (answer,) = talk(
        assistant,
        "我是22年7月从成都1所职业学院毕业的，23年4月办了营业执照开了个花店，一直正常营业到现在，第一次创业，能拿四川的一次性创业补贴吗？",
        today=date(2024, 9, 1),
    )
    assert granted(answer), answer.answer


def test_a_graduate_registering_in_a_month_said_alone_is_eligible(assistant):
    (answer,) = talk(
        assistant,
        "我2023年6月在武汉一所大学本科毕业，10月份在老家襄阳注册了个体户卖水果，第一次创业，到现在一直正常开着，能领一次性创业补贴吗？",
        today=date(2025, 6, 1),
    )
    assert granted(answer), answer.answer


def test_a_graduate_registering_in_the_next_spring_is_eligible(assistant):
    (answer,) = talk(
        assistant,
        "我2023年11月研究生毕业，3月份注册了一个设计工作室，个体户，头一回创业，一直正常经营，能领一次性创业补贴吗？",
        today=date(2025, 6, 1),
    )
    assert granted(answer), answer.answer


# ------------------------------------------------------------------ 5. a rate threshold from the counts said
def test_the_people_trained_and_placed_said_in_other_words_give_the_rate():
    facts = _facts("2023年做了个订单培训，学员20个，培训结束后有15个来我们这上班了")
    assert (facts.get("trainees_count"), facts.get("employed_count")) == (20, 15)
    facts = _facts("搞了个订单式培训，培训了30人，最后留下来干活的就21个")
    assert facts.get("employed_count") == 21


def test_an_order_class_placing_three_quarters_gets_no_subsidy(assistant):
    (answer,) = talk(assistant, "平遥一家酒店，今年初做了个订单培训，学员20个，培训结束后有15个来我们这上班了，补贴能拿吗？", today=date(2024, 6, 1))
    assert verdict(answer) == "not_eligible", answer.answer


def test_an_order_class_asked_with_the_daily_figures_heard_is_decided_on_its_rate(assistant):
    (answer,) = talk(
        assistant,
        "寿阳的一家厂子，今年3月办订单班培训了50个学员，结业以后进厂的才36个，按晋中的政策，这批能拿前10天150、之后100的那个补贴吗？",
        today=date(2024, 6, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_project_class_placing_most_is_eligible(assistant):
    (answer,) = talk(assistant, "榆社的培训学校，今年给企业搞了项目制培训，培训了30人，最后留下来干活的就27个，这个补贴能拿不？", today=date(2024, 6, 1))
    assert granted(answer), answer.answer


def test_an_order_class_placing_seven_in_ten_gets_no_subsidy(assistant):
    (answer,) = talk(assistant, "左权县一家服装厂，今年搞了个订单式培训，培训了30人，最后留下来干活的就21个，能拿补贴不？", today=date(2024, 6, 1))
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ 6. a contract too short; outside the ages and years
def test_a_contract_of_eight_months_after_a_sentence_break_bars_the_graduate_insurance_subsidy(assistant):
    (answer,) = talk(
        assistant,
        "我们是郑州一家小微企业，三十来人。今年7月招了个应届硕士，社保交上了，合同先签了8个月试试。能申请高校毕业生社保补贴吗？",
        today=date(2025, 9, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_graduate_taken_on_by_a_firm_is_hired_by_a_unit():
    assert _facts("今年6月招了个应届研究生，五险都交上了").get("employment_form") == "单位招用"
    assert _facts("新招了1个本科生，合同签了半年").get("employment_form") == "单位招用"


def test_a_contract_of_half_a_year_bars_the_graduate_insurance_subsidy(assistant):
    (answer,) = talk(
        assistant,
        "太原一家广告公司，十来个人。上个月招了个去年毕业的本科生，社保交着，劳动合同只签了半年，能领高校毕业生社保补贴吗？",
        today=date(2025, 9, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_young_man_past_the_years_and_ages_may_not_come_into_the_internship_post(assistant):
    (answer,) = talk(assistant, "晋城的一家设计公司，有个27岁的大专生，毕业3年了一直没正式工作，他能进我们单位的见习岗吗？")
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_technical_school_leaver_of_four_years_may_not_come_into_the_internship_post(assistant):
    (answer,) = talk(assistant, "运城一家物流公司，想收一个25岁、技校毕业快四年的小伙子来我们见习岗位，能进吗？")
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ 7. a count over turns; a status withdrawn
def test_people_hired_again_add_to_the_count_only_those_of_the_group(assistant):
    first, second = talk(
        assistant,
        "宜宾一家鞋厂，今年招了6个脱贫人口，能认定就业帮扶基地吗？",
        "这个月又招了5个，4个是脱贫户，1个是本地的大学生。现在够了吗？",
        today=date(2025, 5, 20),
    )
    assert verdict(first) == "not_eligible", first.answer
    assert verdict(second) == "amount" and second.calculation.value == 50000, second.answer


def test_people_hired_again_all_of_the_group_reach_the_count(assistant):
    _, second = talk(
        assistant,
        "绵阳的一家食品企业，之前吸纳了9个脱贫劳动力就业，听说能认定帮扶基地拿奖补？",
        "后来又招了2个，都是脱贫户，这下够了吧？",
        today=date(2025, 5, 20),
    )
    assert verdict(second) == "amount" and second.calculation.value == 50000, second.answer


def test_people_hired_again_most_not_of_the_group_fall_short(assistant):
    _, second = talk(
        assistant,
        "达州一家农业公司，招了7个脱贫人口来干活，能认定就业帮扶基地吗？",
        "最近又招了3个，1个是脱贫户，另外2个不是。够10个了吗？",
        today=date(2025, 5, 20),
    )
    assert verdict(second) == "not_eligible", second.answer


def test_a_status_withdrawn_with_the_others_denied_ends_the_job_seeking_subsidy(assistant):
    _, second = talk(
        assistant,
        "绵阳读大四，今年6月毕业，家里是零就业家庭，四川的求职补贴我能领吗？",
        "不好意思说错了，我妈去年就找到工作了，家里早就不是零就业家庭了，也不是低保户、特困户、监测户。我没办过助学贷款，也没有残疾。这样还能领吗？",
        today=date(2025, 3, 5),
    )
    assert verdict(second) == "not_eligible", second.answer


def test_a_household_out_of_the_monitored_list_with_the_others_denied_is_not_eligible(assistant):
    _, second = talk(
        assistant,
        "我是泸州的应届大学毕业生，今年7月毕业，家里是防止返贫监测户，一次性求职补贴能拿吗？",
        "哦我记错了，我家前年就退出监测了，爸妈都在上班，现在也不是低保、特困家庭，我没贷过助学贷款，身体也没残疾。还能拿吗？",
        today=date(2025, 3, 5),
    )
    assert verdict(second) == "not_eligible", second.answer


def test_a_loan_withdrawn_with_the_family_denied_ends_the_national_job_seeking_subsidy(assistant):
    _, second = talk(
        assistant,
        "武汉的大四学生，今年7月毕业，我办了国家助学贷款，求职补贴能领吗？",
        "哦不对，助学贷款我后来没申请，家里也不是低保户、零就业家庭、监测户、特困户，我也没残疾。那还能领吗？",
        today=date(2025, 3, 5),
    )
    assert verdict(second) == "not_eligible", second.answer


def test_a_held_category_said_not_held_later_is_withdrawn():
    from assistant.facts import merge_facts

    merged = merge_facts({"person_categories": frozenset({"低保家庭", "高校毕业生"})}, {"excluded_categories": frozenset({"低保家庭"}), "_correction": True})
    assert "低保家庭" not in merged["person_categories"] and "低保家庭" in merged["excluded_categories"]


def test_a_business_registered_a_calendar_year_before_has_run_a_year():
    # 2024-07-01 to 2025-07-01 is one year by the calendar (not 365 / 365.25 days, which fell short of it)
    from assistant.rules.registry import evaluate

    facts = {"registration_date": date(2024, 7, 1), "person_categories": ["高校毕业生"], "graduation_year": 2024, "graduation_month": 6, "first_startup": True}
    calc = evaluate("sc.startup_subsidy", facts, date(2025, 7, 1))
    assert calc.verdict == "amount" and calc.value == 10000, calc.summary
    assert evaluate("sc.startup_subsidy", facts, date(2025, 6, 30)).verdict == "not_eligible"
