"""What a later turn changes decides the verdict or the figure, through the whole assistant (round 12, conv12).

- A correction of a number of years (“我算了算…其实才15年”) replaces the years held, whichever fact
  they were read as; a count answering a rate asked (“27个” to 就业率是多少) is the rate's part.
- Absences said as a total (“东一天西一天加一块有12天”) are the total days away, and 加一块 is no
  sum of money; a list of occasions counts every member listed, those the vocabulary does not know.
- 期满后还能接着领吗 asks whether the period runs on; an organizer named (劳务站统一组织坐车去的)
  is organized migration; 养老加医疗每月一千二 is the monthly contribution, over the longest period.
- In an elliptical follow-up a value of the vocabulary of the fact held (国家级 after 省级基地)
  changes that fact; a follow-up about someone else (那我徒弟呢？她…) does not carry the first
  person's facts; a registration said with 办了个体工商户 is a fact's date, not the day asked.
"""

from __future__ import annotations

from datetime import date


from shared_support import talk, verdict


def test_corrected_years_in_the_job_decide_the_exceptional_full_senior_title(assistant):
    first, second = talk(
        assistant,
        "我在洛阳，高级技师，拿过全国技术能手，在岗干本行18年了，能不能破格评正高？",
        "哦不好意思，我算了算，是2011年进的厂，其实才15年",
    )
    assert verdict(first) == "eligible", first.answer
    assert verdict(second) == "not_eligible", second.answer
    assert second.calculation.inputs.get("years_in_occupation") == 15


def test_a_count_answering_the_employment_rate_gives_the_rate_from_the_trainees(assistant):
    first, second = talk(assistant, "榆次一家企业，2023年办了一期订单式培训，招了36个学员，能拿培训补贴吗？", "27个")
    assert first.follow_up, first.answer
    assert verdict(second) == "not_eligible", second.answer  # 27/36 = 75% < 80%


def test_absences_added_up_are_the_total_days_away(assistant):
    _, second = talk(assistant, "在太原一家公司见习，见习期的生活补助能照常发吧？", "有几次没去上班也没打招呼，东一天西一天加一块有12天")
    assert verdict(second) == "not_eligible", second.answer
    assert "amount" not in second.calculation.inputs and "min_wage" not in second.calculation.inputs


def test_every_occasion_listed_counts_towards_the_three_times(assistant):
    (answer,) = talk(assistant, "我是九江的失业人员，以前学焊工、电工、挖掘机的时候都领过职业培训补贴，这次还能领吗？")
    assert answer.calculation is not None and answer.calculation.inputs.get("times_received") == 3, answer.answer


def test_asked_whether_the_period_runs_on_then_under_five_years_to_retirement(assistant):
    first, second = talk(assistant, "我是就业困难人员，在赣州打零工灵活就业，社保补贴眼看快领满了，期满以后能不能接着拿？", "还差三年")
    assert verdict(second) == "eligible", second.answer


def test_an_organizer_named_is_organized_migration(assistant):
    _, second = talk(
        assistant,
        "达州的脱贫户，今年4月去了江苏一个厂里上班，听说有求职补贴？",
        "是镇上劳务站统一组织坐包车过去的，能拿多少？",
        today=date(2025, 5, 1),
    )
    assert second.calculation is not None and second.calculation.value == 400, second.answer


def test_named_insurances_a_month_over_the_longest_period(assistant):
    _, second = talk(
        assistant,
        "洛阳的，去年6月大专毕业一直没找到正式工作，现在打零工算灵活就业，自己交社保，有补贴吗？",
        "养老和医疗加一起每个月一千二，按最长期限算一共最多能补多少？",
    )
    assert second.calculation is not None and second.calculation.value == 19200, second.answer  # 1200 × 2/3 × 24


def test_the_other_level_asked_of_the_base_held(assistant):
    _, second = talk(assistant, "绵阳的，我们公司今年刚评上省级就业见习基地，有奖补吗？", "那要是国家级的呢？", today=date(2025, 6, 1))
    assert second.calculation is not None and second.calculation.value == 300000, second.answer


def test_another_person_does_not_inherit_the_first_persons_appraisals(assistant):
    first, second = talk(
        assistant,
        "温州的，我是高级技师，证拿了7年，年度考核都合格，想评副高",
        "那我徒弟呢？她技师证拿了4年，想评中级",
    )
    assert verdict(first) == "eligible", first.answer
    assert verdict(second) == "need_more_info", second.answer
    assert "annual_appraisal_passed" in second.calculation.missing


def test_a_shop_registered_earlier_is_judged_on_the_day_asked(assistant):
    (answer,) = talk(
        assistant,
        "我2023年7月大学毕业，2024年2月在德阳办了个体工商户开面馆，一直开到现在，头一回创业，能领一次性创业补贴吗？",
        today=date(2025, 4, 1),
    )
    assert verdict(answer) in ("eligible", "amount"), answer.answer
