"""Round 40: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A level or award denied by 不是 said after it (特级技师不是，…): not held — the level said held is the person's.
2. A count of kinds (三项, 两险) before a figure: no money — the figure after it is the contribution.
3. The longest period asked, then what it comes to (最长补几年？算下来最多能补多少): the total over that period.
4. Unemployment insurance paid for years without a break, said with 连着 or the years right after it (好几年没断过).
5. Those let go said with 这边 between the firm and the verb (都是厂里这边辞退的): laid off.
6. Certificates counted with their level between (两个初级证，每次都领了补贴), and trainings the subsidy paid for,
   listed, then counted (靠补贴学过…，一共两回): the times had.
7. Out of work, then registered where the registration is done (失业以后在社区登记了): registered as unemployed.
8. The one-off subsidy named with looking for work before it (找工作能领一笔一次性补贴): the job-seeking subsidy.
9. A whether-question closed by its mark, more said after it (她能拿不？家里…): whether, not how much; and
   能不能 with 也 between (能不能也领).
10. An uncovered province, one of the six groups asking whether training is paid for: the national rule, not a decline.
11. A class joined, its days said ahead (报了个…班，要上10天): the days trained; the class makes it a training question.
12. Time out of work (失业快半年了): not years in a trade.
13. A title wanted, put first with 把 (想今年把中级工程师报了): wanted, not held; the title topic.
14. Levels offered as a choice (中级还是副高？): neither held nor wanted alone.
15. A higher level held, a lower level's class taken in the same trade: the no-lower-level rule (四、（十二）).
16. The local minimum wage said with 最低 alone after the minimum wage was named: the minimum wage.
17. Another person asked of after a short reply in the same message (是头一回。那我老婆呢？): the first person's facts
    do not carry over.
18. The year said between the degree and graduating (本科2022年毕业的, 大专24年7月毕的业): a college graduate.
19. From the countryside, working where they went (老家农村的，一直在外省厂里打工): a rural worker transferred — not
    in place of a group counted (带了5个脱贫户去…打工).
20. No business of one's own before, the object unsaid (以前从没自己干过): the first business.
21. Time since leaving school said as 到现在 (…毕业的，到现在快两年了): not years worked — and a declared ignored way
    with ``with`` only where that is said (高级技师…到现在两年半了 stays the years since the level).
22. Applications sent with nothing back (简历投了好多都没回音): not employed.
23. Whether one is counted among those it is for (能算进去不, 还算不算在政策里头): whether, of the internship.
24. A trade's own work as the verb (焊了十六年, 掌勺二十年): the years in the trade.
25. The date a certificate bears (发证日期是…): the day it was got — after a clause ran out, not eligible.
26. Hired, the contract said, then sent to train (招了个…签了…合同；…公司送他去…学): the new-hire training clause.
27. Teaching at a school said with the verb (在技校当老师, 在职校教书): a teacher — not a wish (能去技校当老师吗).
28. Leaving school this summer: in the 毕业学年 (the conditions engine and the Jiangxi pilot read it); left last year:
    no longer a student.
29. The school giving its own certificates (学校能自己发等级证了): the schools' self-assessment.
30. 那时候 / 当时 with something done then (执照那时候就办了): the date said before it.
31. Living in the countryside (在榆次农村, 地里活不多): a rural labourer, whose course is the workers' own.
32. Henan's 4 years after the 高级技师 certificate: the years since it decide when said, whatever years in the trade
    are said beside them (焊了十几年…证拿到手两年半).
33. The firm said by its trade, then its people (我们是做机械配件的，四十来号人): the headcount.
34. A couple and their child (两口子加上儿子: 3), a family counted with 个 (一家三个); a rate per one person is no
    count (一个人不超过四百).
35. A firm's staff training said without a verb between (组织职工岗位技能提升): the staff's training.
36. The premium named loosely (保费那块听说有补贴): the premium subsidy asked.
37. Months worked in full said 干满了, then a part month's working days: the months of the allowance.
38. The graduating year in other words (今年是毕业那一年, 今年是最后一年了) — its 1年 no span.
39. Back from working away to open a business in a place named (打了八年工，前年回于都开了个小超市): a returning
    migrant worker.
40. Whether, said as 这个有没有补贴 or 能给我补点…不.
41. Graduating said with 要 (今年六月要毕业的): the year of graduating.
42. Registered as out of work said 登了失业.
43. The times said before the trainings they count (参加过三回政府补贴的培训): the limit of times.
44. A level asked to be given by the works (给认个等级) and production work named at the works (钢厂轧钢): direct
    recognition of a front-line worker.
45. Whether one may sign up for an internship (见习…能报上名不).
46. No employer found (一直没找到单位): not employed.
47. A date said not to be the one (不是前年，是…): not the day asked about.
48. Never left the post, said by its tool or place (一直没离开过车床): in post.
49. A year of a course before its last (三年制的，今年才读第二年): not in the 毕业学年.
50. How a training's subsidy is worked out (接政府补贴的技能培训…补贴咋算的): the training standard, not who may have it.
51. The job-seeking subsidy said of the field (求职方面的补贴).
52. Appraisals passed, said with 有过 (考核都有過).
53. A level's certificate called 證照, as Taiwan says it (中級證照); the skill-upgrade subsidy called 补助.
54. An age said in words after 今年满 (今年满十九).
55. Registered as out of work at the township (去镇上登了失业).
56. Not one job held (一份正经工作都没干过): not employed.
57. Worked at a works away, then back to the home place (在苏州电子厂干了七八年，前年回的临沂老家): a returning migrant.
58. All trainees kept on at the works, said with 全 alone (完了人全留厂里上班): every one placed.
59. A trade named as what is to be learned (想学个电工, 这次学电工): the training still ahead — its certificate a step to
    come, not asked; the uses of a capped subsidy had said: the uses left given with the verdict.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. 不是 after the level
@pytest.mark.parametrize("said", ["首席技师不是，我是高级技师", "我是高级技师，首席技师我也不是"])
def test_a_level_denied_by_bu_shi_after_it_is_not_held(said: str) -> None:
    facts = read_said(said)
    assert facts.get("skill_level") == "高级技师"
    assert "首席技师" in (facts.get("skill_levels_not_held") or ())


def test_a_henan_senior_technician_who_is_not_a_special_technician_is_not_eligible_for_zhenggao(assistant) -> None:
    *_, answer = talk(assistant, "开封一家机械厂的，我是高级技师，在岗干了十二年，评过全国技术能手，特级技师不是。正高级能不能破格报？", today=date(2025, 5, 6))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 2. a count of kinds is no money
def test_a_count_of_kinds_before_a_figure_is_not_a_contribution() -> None:
    facts = read_said("单位给他交的养老、医疗、失业三项单位部分每月九百")
    assert facts.get("unemployment_contribution") is None
    assert facts.get("contribution") == Decimal(900)


# ------------------------------------------------------------------ 3. the longest period, then what it comes to
def test_the_longest_period_then_what_it_comes_to_is_the_total(assistant) -> None:
    *_, answer = talk(
        assistant,
        "济南的，厂里招了个就业困难人员，男的，四十出头，单位每月给他交养老医疗失业一共八百。这个社保补贴最长补几年？算下来最多能补多少？",
        today=date(2025, 4, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 28800


# ------------------------------------------------------------------ 4. insurance paid for years without a break
@pytest.mark.parametrize(("said", "months"), [("失业保险连着交了两年没断", 24), ("失业险五年没停过，一直足额", 60)])
def test_insurance_paid_for_years_without_a_break(said: str, months: int) -> None:
    assert read_said(said).get("insured_months") == months


def test_a_small_firm_that_paid_for_years_and_let_few_go_may_apply(assistant) -> None:
    *_, answer = talk(assistant, "绵阳一家小厂，参保职工20个，失业保险连着交了四年没断过，去年辞退了3个，今年稳岗返还能申请吗", today=date(2024, 9, 2))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 5. 这边 between the firm and the verb
def test_those_let_go_by_the_factory_said_with_zhe_bian_are_laid_off() -> None:
    assert read_said("去年走了3个，都是厂里这边辞退的").get("layoffs_count") == 3


# ------------------------------------------------------------------ 6. certificates and trainings counted
@pytest.mark.parametrize("said", ["考了育婴员、保育员两个初级证，每次都领了补贴", "靠补贴学过厨师、美发，一共两回了"])
def test_times_had_counted_over_a_list(said: str) -> None:
    assert read_said(said).get("times_received") == 2


# ------------------------------------------------------------------ 7. out of work, then registered
def test_out_of_work_then_registered_at_the_community_is_registered() -> None:
    assert read_said("去年厂子倒了，失业以后在社区登记了").get("registered_unemployed") is True
    assert read_said("失业了，街道那边一直没登记").get("registered_unemployed") is False


# ------------------------------------------------------------------ 8. the one-off subsidy for looking for work
def test_the_one_off_subsidy_named_with_looking_for_work_is_the_job_seeking_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "南充的，儿子明年6月大专毕业，正在到处找工作，听说找工作有一次性的补贴，我们家是低保户，他能拿吗", today=date(2025, 11, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.job_seeking_subsidy"


# ------------------------------------------------------------------ 9. whether, closed by its mark; 能不能也
@pytest.mark.parametrize("said", ["她能拿不？我们家就普通家庭", "我弟也开了个小饭馆，能不能也领"])
def test_whether_is_asked(said: str) -> None:
    assert read_said(said).get("asks_whether") is True


# ------------------------------------------------------------------ 10. an uncovered province, training paid for
def test_an_uncovered_province_registered_unemployed_asking_about_training_gets_the_national_rule(assistant) -> None:
    *_, answer = talk(assistant, "合肥的，失业了在社区登记过，想去学个电工，培训有补贴吗", today=date(2025, 3, 10))
    assert not answer.abstained
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.six_groups_training"


# ------------------------------------------------------------------ 11. a class joined, its days said ahead
def test_the_days_of_a_class_said_ahead_are_the_days_trained() -> None:
    assert read_said("报了个育婴员的班，要上10天").get("training_days") == 10


def test_a_jinzhong_class_of_ten_days_is_paid_for_by_the_day(assistant) -> None:
    *_, answer = talk(assistant, "介休的，失业在家，报了个电工的班，要上10天，听说按天补，我能补多少", today=date(2023, 8, 1))
    assert answer.calculation is not None and answer.calculation.value == 1000


# ------------------------------------------------------------------ 12. time out of work
def test_time_out_of_work_is_not_years_in_a_trade() -> None:
    assert read_said("下岗快一年了").get("years_in_occupation") is None


# ------------------------------------------------------------------ 13. a title put first with 把
def test_a_title_put_first_with_ba_is_wanted(assistant) -> None:
    facts = read_said("打算明年把中级工程师报了")
    assert facts.get("target_title") == "中级" and facts.get("title_level") is None
    *_, answer = talk(assistant, "湖州的，去年5月拿的电工技师证，想今年把中级工程师报了，能报吗", today=date(2025, 2, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "zj.title_by_skill_level"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 14. levels offered as a choice
def test_levels_offered_as_a_choice_are_neither_held_nor_wanted() -> None:
    facts = read_said("凭这个能报哪一级，中级还是副高？")
    assert facts.get("title_level") is None and facts.get("target_title") is None


# ------------------------------------------------------------------ 15. a higher level held, a lower class taken
def test_a_lower_class_in_the_same_trade_after_a_higher_level_is_not_paid(assistant) -> None:
    *_, answer = talk(assistant, "电工高级工证去年就拿到了，单位又安排我们参加电工中级的培训，说能领补贴。合肥这边，我这种情况能领吗", today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.training.level_repeat"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 16. the minimum wage said with 最低 alone
def test_the_minimum_wage_said_with_zui_di_alone() -> None:
    assert read_said("补贴参照最低工资，我们这边最低是两千一").get("min_wage") == Decimal(2100)


# ------------------------------------------------------------------ 17. another person after a short reply
def test_another_person_after_a_short_reply_does_not_carry_the_first_persons_facts(assistant) -> None:
    *_, answer = talk(
        assistant,
        "我女儿去年大学毕业，今年1月在绵阳办了执照开花店，一直开着，一次性创业补贴能领吗？",
        "是第一次。那我老公呢？他在绵阳上了二十年班，上个月辞职也开了个店，能不能也领",
        today=date(2025, 9, 1),
    )
    assert verdict(answer) != "eligible"


# ------------------------------------------------------------------ 18. the year between the degree and graduating
@pytest.mark.parametrize("said", ["儿子本科2022年毕业的", "闺女大专24年7月毕的业"])
def test_the_year_between_the_degree_and_graduating_is_a_college_graduate(said: str) -> None:
    assert "高校毕业生" in (read_said(said, today=date(2025, 3, 1)).get("person_categories") or ())


# ------------------------------------------------------------------ 19. from the countryside, working away
def test_from_the_countryside_working_away_is_a_rural_worker_transferred() -> None:
    assert "农村转移就业劳动者" in (read_said("老家上饶农村的，一直在广东的厂里打工").get("person_categories") or ())
    assert read_said("村里带了5个脱贫户去宁波厂里打工").get("person_categories") == frozenset({"脱贫人口"})


# ------------------------------------------------------------------ 20. no business before, the object unsaid
def test_no_business_before_with_the_object_unsaid_is_the_first() -> None:
    assert read_said("开了个修车铺，以前从没自己干过").get("first_startup") is True


# ------------------------------------------------------------------ 21. time since leaving school
def test_time_since_leaving_school_is_not_years_worked() -> None:
    assert read_said("他中专毕业的，到现在快两年了").get("years_in_occupation") is None
    assert read_said("高级技师证拿到后一直在岗，到现在三年半了").get("years_since_level") == Decimal("3.5")


# ------------------------------------------------------------------ 22. applications with nothing back
def test_applications_with_nothing_back_is_not_employed() -> None:
    assert read_said("简历投了好多都没回音").get("employed") is False


# ------------------------------------------------------------------ 23. counted among those it is for
@pytest.mark.parametrize("said", ["还有个22岁的，这个能算进去不", "现在去见习还算不算在政策里头"])
def test_counted_among_those_it_is_for_asks_whether(said: str) -> None:
    assert read_said(said).get("asks_whether") is True


def test_a_graduate_of_four_years_ago_asking_whether_internship_counts_is_not_eligible(assistant) -> None:
    *_, answer = talk(assistant, "晋城的，18年大专毕业，今年27了，一直没找着活。现在去单位见习还算不算在政策里头？", today=date(2022, 9, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 24. the trade's own work as the verb
@pytest.mark.parametrize(("said", "years"), [("我焊了十二年了", 12), ("在酒店掌勺十五年", 15)])
def test_the_trade_worked_as_the_verb_gives_the_years(said: str, years: int) -> None:
    assert read_said(said).get("years_in_occupation") == years


# ------------------------------------------------------------------ 25. the date the certificate bears
def test_the_date_a_certificate_bears_is_when_it_was_got(assistant) -> None:
    assert read_said("证书上写的发证日期是2025年2月3号").get("level_obtained_date") == date(2025, 2, 3)
    *_, answer = talk(
        assistant,
        "绵阳一家厂上班，失业保险交了两年多，前阵子考了个电工中级，拿了证能领技能提升补贴吗",
        "证上写的发证日期是2025年2月3号",
        today=date(2025, 4, 1),
    )
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 26. hired, then sent to train
def test_hired_then_sent_to_train_is_the_new_hire_clause(assistant) -> None:
    *_, answer = talk(
        assistant,
        "石家庄一家仓储公司，今年2月招了个农村出来打工的小伙子，签的两年合同；5月公司送他去政府认定的培训学校学了叉车，证也拿到了。这个培训补贴公司能申请吗？",
        today=date(2025, 7, 1),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.enterprise_new_hire_training"


# ------------------------------------------------------------------ 27. teaching at a school
def test_teaching_at_a_school_said_with_the_verb_is_a_teacher() -> None:
    assert read_said("我在职校教书八年了").get("is_teacher") is True
    assert read_said("技工学校当老师，带的学生拿了奖").get("is_teacher") is True
    assert read_said("退休了能去技校当老师吗").get("is_teacher") is None


# ------------------------------------------------------------------ 28. leaving school this summer
def test_leaving_this_summer_is_in_the_graduation_year(assistant) -> None:
    *_, answer = talk(assistant, "孩子在榆社一所职校学电工，今年7月毕业，学校说毕业这届能免费考一次等级证，他能参加吗", today=date(2023, 5, 20))
    assert verdict(answer) == "eligible"


def test_left_school_last_year_is_no_longer_a_student_of_the_pilot(assistant) -> None:
    *_, answer = talk(assistant, "去年7月从江西省商务技师学院毕业了，现在在厂里上班，听说学校能自己发等级证了，我回去考一个行不行", today=date(2024, 3, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 30. 那时候 with something done then
def test_then_with_something_done_is_the_date_said_before(assistant) -> None:
    *_, answer = talk(
        assistant,
        "在苏州厂里打了十年工，2023年9月回宜宾老家开了个小超市，执照那时候就办了，一直开着，以前从没自己干过。返乡创业的一次性补贴能拿不？",
        today=date(2025, 1, 15),
    )
    assert answer.calculation is not None and answer.calculation.value == 10000


# ------------------------------------------------------------------ 31. living in the countryside
def test_living_in_the_countryside_is_a_rural_labourer_whose_course_is_the_workers_own() -> None:
    facts = read_said("在太谷农村，地里活不多，镇上组织去学电工")
    assert facts.get("rural_laborer") is True


# ------------------------------------------------------------------ 32. Henan: the years since the certificate
def test_henan_years_since_the_certificate_decide_beside_years_in_the_trade(assistant) -> None:
    *_, answer = talk(assistant, "在安阳一家厂干电工二十来年了，高级技师证拿到手才一年半，一直在一线。能不能破格报副高？", today=date(2024, 6, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 33. the firm by its trade, then its people
def test_the_firm_said_by_its_trade_then_its_people_is_the_headcount() -> None:
    assert read_said("我们是绵阳做塑料件的，三十来号人").get("headcount") == 30


# ------------------------------------------------------------------ 34. a couple and their child; a family
@pytest.mark.parametrize(("said", "people"), [("我们两口子加上刚毕业的女儿", 3), ("补贴说一个人不超过三百，我们一家三个能拿多少", 3)])
def test_people_counted_as_family(said: str, people: int) -> None:
    assert read_said(said).get("people_count") == people


# ------------------------------------------------------------------ 35. a firm's staff training without a verb
def test_a_firms_staff_training_said_without_a_verb() -> None:
    assert read_said("公司今年组织员工技能提升，走的政府补贴培训").get("training_kind") == "企业职工培训"


# ------------------------------------------------------------------ 36. the premium named loosely
def test_the_premium_named_loosely_is_asked() -> None:
    assert read_said("见习的都给上了意外险，保费这块听说有补贴").get("asks_premium") is True


# ------------------------------------------------------------------ 37. months worked in full, then a part month
def test_months_worked_in_full_then_a_part_month(assistant) -> None:
    *_, answer = talk(assistant, "我在晋城一家单位见习，前面干满了3个月，第4个月上了16个工作日就走了。基本生活补助该发几个月的", today=date(2022, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == 4


# ------------------------------------------------------------------ 38. the graduating year in other words
@pytest.mark.parametrize("said", ["孩子在职校念书，今年是毕业那一年", "他在技师学院，今年是最后一年了"])
def test_the_graduating_year_in_other_words(said: str) -> None:
    facts = read_said(said)
    assert facts.get("in_graduation_year") is True
    assert facts.get("years_in_occupation") is None and facts.get("years_since_graduation") is None


# ------------------------------------------------------------------ 39. back from working away to open a business
def test_back_from_working_away_to_open_a_business_is_a_returning_migrant_worker() -> None:
    assert "返乡入乡农民工" in (read_said("在宁波打了十年工，去年回吉安永丰开了个面馆").get("person_categories") or ())


# ------------------------------------------------------------------ 40. whether, in other words
@pytest.mark.parametrize("said", ["自己交的社保，这个有没有补贴？", "江西能给我补点社保不"])
def test_whether_in_other_words(said: str) -> None:
    assert read_said(said).get("asks_whether") is True


# ------------------------------------------------------------------ 41. graduating said with 要
def test_graduating_said_with_yao_is_the_year() -> None:
    assert read_said("我是厦门一所大学今年7月要毕业的", today=date(2024, 3, 1)).get("graduation_year") == 2024


# ------------------------------------------------------------------ 42. 登了失业
def test_registered_said_deng_le_shi_ye() -> None:
    assert read_said("回来以后在社区登了失业").get("registered_unemployed") is True


# ------------------------------------------------------------------ 43. the times before the trainings they count
def test_the_times_before_the_trainings_they_count(assistant) -> None:
    *_, answer = talk(assistant, "长沙的，登记失业一年多了，之前参加过三回政府补贴的培训（厨师、电工、家政），补贴都领了。现在想学个叉车，还能给补贴不", today=date(2024, 7, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.training_subsidy_times"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 44. a level given by the works
def test_a_level_asked_to_be_given_by_the_filed_works_to_a_front_line_worker(assistant) -> None:
    *_, answer = talk(assistant, "五十六了，在德阳钢厂炼钢干了三十年，一直没考过证。我们厂备了案能自己评技能等级，像我这样还能给认个等级不？", today=date(2025, 5, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.direct_recognition_no_limits"
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 45. signing up for an internship
def test_whether_one_may_sign_up_for_an_internship(assistant) -> None:
    *_, answer = talk(assistant, "临汾的，今年27了，初中毕业就没念了，在家闲了两年，政府搞的那个就业见习我能报上名不", today=date(2022, 7, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 46. no employer found
def test_no_employer_found_is_not_employed() -> None:
    assert read_said("大专毕业一直没找到单位").get("employed") is False


# ------------------------------------------------------------------ 47. a date said not to be the one
def test_a_date_said_not_to_be_the_one_is_not_the_day_asked_about() -> None:
    from assistant.query import date_asked

    assert date_asked("说错了，不是2023年，是2021年5月拿的证", date(2024, 6, 1)) == date(2024, 6, 1)


# ------------------------------------------------------------------ 48. never left the post
def test_never_left_the_machine_is_in_post() -> None:
    assert read_said("证是前年拿的，一直没离开过机床").get("in_post") is True


# ------------------------------------------------------------------ 49. a year of a course before its last
def test_a_year_before_the_last_of_a_three_year_course_is_not_the_graduating_year() -> None:
    assert read_said("他读的是三年制的，今年才读第二年").get("in_graduation_year") is False


# ------------------------------------------------------------------ 50. how a training's subsidy is worked out
def test_how_a_trainings_subsidy_is_worked_out_is_the_standard(assistant) -> None:
    *_, answer = talk(assistant, "榆社一家培训学校的，今年接了政府补贴的技能培训，学员是失业人员、农民工这些，补贴咋算的？", today=date(2023, 7, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.worker_training_subsidy"


# ------------------------------------------------------------------ 51. the job-seeking subsidy of the field
def test_the_job_seeking_subsidy_said_of_the_field(assistant) -> None:
    *_, answer = talk(assistant, "我家闺女在绵阳读大专，今年毕业，家里是低保户，有没有求职方面的补贴", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.job_seeking_subsidy"


# ------------------------------------------------------------------ 52. appraisals passed, said with 有过
def test_appraisals_passed_said_with_you_guo() -> None:
    assert read_said("這三年的考核都有過").get("annual_appraisal_passed") is True


# ------------------------------------------------------------------ 53. 證照 and 补助
def test_a_certificate_called_zheng_zhao_and_the_upgrade_subsidy_called_bu_zhu(assistant) -> None:
    *_, answer = talk(assistant, "在德陽一間工廠上班，失業保險繳了兩年多，上個月考到焊工的中級證照，技能提升補助我可以領嗎？", today=date(2024, 10, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"


# ------------------------------------------------------------------ 54. 今年满十九
def test_an_age_after_jin_nian_man() -> None:
    assert read_said("我侄女初中毕业就没读了，今年满十九").get("age") == 19


# ------------------------------------------------------------------ 55. registered at the township
def test_registered_at_the_township() -> None:
    assert read_said("上个月去乡里登了失业").get("registered_unemployed") is True


# ------------------------------------------------------------------ 56. not one job held
def test_not_one_job_held_is_not_employed() -> None:
    assert read_said("毕业以后一份正式工作也没找到过").get("employed") is False


# ------------------------------------------------------------------ 57. worked at a works away, then home
def test_worked_away_at_a_works_then_home_is_a_returning_migrant() -> None:
    assert "返乡入乡农民工" in (read_said("在东莞鞋厂干了十年，去年回的赣州老家，开了个早餐店").get("person_categories") or ())


# ------------------------------------------------------------------ 58. all kept on, said with 全
def test_all_trainees_kept_on_said_with_quan() -> None:
    assert read_said("跟职校合作培训了十天，完了人全留厂里干活").get("employment_rate") == Decimal(1)


# ------------------------------------------------------------------ 59. a trade to be learned; the uses left
def test_a_trade_to_be_learned_with_the_uses_had_gives_the_uses_left(assistant) -> None:
    assert read_said("老家安徽农村的，在杭州打工，想学个焊工").get("training_planned") is True
    *_, answer = talk(
        assistant, "我老家四川农村的，在厦门打工，想学个叉车，听说培训有补贴？", "之前学过厨师，补贴领过一回，这次学叉车还给补不", today=date(2024, 8, 1)
    )
    assert verdict(answer) == "eligible" and answer.calculation.value == 2
