"""Round 39: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A denial said with who did not give it (没给评, 没被评为, 街道没给认定他是…): the award or group not held.
2. None of the groups, said as no status at all (什么身份都没有).
3. One registered as out of work, said as the person registered (在街道登记过的失业人员): the registration.
4. A further group of hires added with 外加 / 再加上: counted in the total.
5. Whether the person spoken of may do an internship, said as meeting its conditions (他够条件吗) or as wanting to go
   (想来我们这见习…行不行): who an internship is for, not the host unit's conditions.
6. A span to retirement in years and months (还差2年7个月): whole months, not a fraction of years.
7. Moved to another trade than the one certified (后来调去开叉车了): no longer in the trade held.
8. The year of a course (本科大三 / 高职大三 / 3年制…2年级) and a course's length (3年制) — no span of work.
9. A school giving its own students a level, said with 评 (学校自己给学生评等级证): the school's own assessment.
10. A count owned to as said short or over (少报了2个，是9个 / 多算了1个): the count held, changed.
11. The interns whose term ran out counted beside those kept on (8个期满了，留下来7个): the retention rate.
12. The interns said as those who intern (见习的有3个): their count.
13. A part of the question set aside in brackets (（保险补贴另算）): not asked.
14. Whole months said worked in full (前三个月都满勤): the months of the internship.
15. A place those spoken of went to work in, said in a later turn (坐车去苏州的电子厂): not where the person is.
16. Organised together, then the factory gone to (县里统一组织的，坐火车去宁波的电子厂): an organised migration.
17. A province the corpus does not hold, whether one may have a national subsidy asked: the national rules, the
    question of which is theirs asked — not declined.
18. A date, then the schooling it ended, in a reply (去年7月，本科): the day of leaving school, not the day asked about.
19. 退 alone for 退休 (男的，60退): the retirement age, not an amount.
20. A correction said with 岔 (我看岔了): a correction.
21. The age when a subsidy began said after it (那时候47岁), and its period had in full: no more of it.
22. One placed on a public-welfare post of a group named for placing again (重度残疾): placed again.
24. Insurance paid oneself, how said between (社保是自己按灵活就业交的): the social-insurance subsidy.
25. The share taken from the wage (工资里扣的个人那部分): the individual's share asked.
26. A subsidy had, one level up now (评价补贴领过了，想考更高一级): the same trade, had already.
27. The age said after the word for it (周岁21).
28. A figure asked of one (1人能补多少), and those who can stay on (有N个能留下来上岗).
29. A guess checked with 吧？ on the way to the question (按天算吧？最多能补多少): the amount of the training.
30. From the countryside, working in a town (农村的…在县城打零工): a rural worker transferred.
31. Days off with leave granted (都是病假…领导批了): not unexcused.
32. Interning at the firm (在厂里顶岗实习): among its staff.
33. A worker of a trade said to be on the shop floor (车间有位老电工): a front-line worker.
34. Worked away in a factory, then back home (在苏州进厂干了六年，去年回南充老家): a returning migrant worker.
35. A shop set up with 办 (回来办了个面馆): the day it was registered.
36. Those who took on one of their own groups past the year of leaving school (招的是往届的): not of it.
37. A loan asked beyond the ceiling of who borrows (个人名义贷六十万…能批吗): not that much; registered as a small
    business in a later turn (要是注册成小微企业呢): the business's ceiling.
38. 申 alone for 申请 (能不能申), and a two-digit year with 起 (从21年起): a date.
39. A day said that is the day a fact began (毕业, 注册, 办执照): read as that fact, not the day asked about.
40. A national document named by one in a province the corpus does not hold: what it says, not a decline.
41. A relative named, then a bare number closing the clause (我妹17): the age.
42. Those placed in work after training said as 落实工作的 (落实工作的一共22个): the employed count.
43. The place gone to with 的 between (都去的江苏苏州电子厂): where they went, not where the person is.
44. A level denied with 那个 between (特级技师那个我还没有): not held.
45. A severe disability of a kind said between (重度肢体残疾): a severely disabled person.
46. 著 for the particle 着 after a verb, as Taiwan writes it (一直沒找著工作): not employed.
47. The month of leaving a school named by 一所 (2022年6月运城一所中职毕业的): the month.
48. Villagers going out to work (想出去打工的村民): rural workers transferred.
49. A firm training its staff, where they work said between (给40个一线职工搞了…培训): the staff's training.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. a denial said with who did not give it
@pytest.mark.parametrize("said", ["省里没给评全国技术能手", "全国技术能手那年没被评上", "我没被评为全国技术能手"])
def test_an_award_denied_with_who_did_not_give_it_is_not_held(said: str) -> None:
    facts = read_said(said)
    assert "全国技术能手" not in (facts.get("awards") or ())
    assert facts.get("leading_talent_honor") is not True


def test_a_henan_technician_with_a_national_silver_and_no_title_given_is_not_eligible(assistant) -> None:
    *_, answer = talk(assistant, "洛阳的，前年参加国赛得了银牌（单位没给报全国技术能手，也没给评），我是技师，证拿了3年，这能破格申报副高吗？", today=date(2025, 3, 2))
    assert verdict(answer) == "not_eligible"


def test_a_group_denied_with_who_did_not_give_it_is_not_held() -> None:
    facts = read_said("街道没给认定他是就业困难人员")
    assert "就业困难人员" not in (facts.get("person_categories") or ())


# ------------------------------------------------------------------ 2. no status at all
@pytest.mark.parametrize("said", ["他什么身份都没有", "这小伙子啥特殊身份也不是"])
def test_no_status_at_all_is_none_of_the_groups(said: str) -> None:
    assert read_said(said).get("person_categories") == frozenset()


# ------------------------------------------------------------------ 3. registered, said of the person
def test_a_person_said_registered_as_out_of_work_is_registered() -> None:
    assert read_said("另一个是在社区登记过的失业人员").get("registered_unemployed") is True


# ------------------------------------------------------------------ 4. a further group added with 外加
@pytest.mark.parametrize("said", ["今年招了2个监测户，外加3个就业困难人员", "招了4个应届大学生，再加上1个就业困难人员"])
def test_a_further_group_added_with_wai_jia_is_counted_in(said: str) -> None:
    assert read_said(said).get("hires_count") == 5


def test_two_groups_joined_by_wai_jia_are_added_in_the_absorb_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "绵阳一家餐饮店，今年5月招了2个监测户，外加3个就业困难人员，合同都签的两年，社保正常交，一次性吸纳就业补贴一共多少？", today=date(2025, 7, 1))
    assert answer.calculation is not None and answer.calculation.value == 10000


# ------------------------------------------------------------------ 5. whether the person spoken of may intern
def test_whether_he_meets_the_internship_conditions_is_who_it_is_for(assistant) -> None:
    *_, answer = talk(assistant, "运城的，隔壁家小子20岁，高中念完就没上了，一直闲着，我们店想让他来当见习生，他够条件吗？", today=date(2023, 5, 9))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == "eligible"


def test_someone_wanting_to_come_and_intern_asks_whether_they_may(assistant) -> None:
    *_, answer = talk(assistant, "大同这边，一个中专毕业4年的小伙子想到我们公司见习，今年26了，行不行？", today=date(2024, 6, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 6. a span to retirement in years and months
def test_a_span_to_retirement_in_years_and_months_is_whole_months(assistant) -> None:
    *_, answer = talk(assistant, "武汉的，就业困难人员，灵活就业交社保，第一次核定补贴时离退休还差2年7个月，这个社保补贴能领多久？", today=date(2024, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == 31 and answer.calculation.unit == "个月"


def test_a_span_to_retirement_in_half_years_stays_in_years(assistant) -> None:
    *_, answer = talk(assistant, "长沙的，就业困难人员，灵活就业交社保，第一次核定补贴时离退休还差3年半，这个社保补贴能领多久？", today=date(2024, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == Decimal("3.5") and answer.calculation.unit == "年"


# ------------------------------------------------------------------ 7. moved to another trade
@pytest.mark.parametrize("said", ["我是钳工高级技师，前年车间缺人，把我调去开叉车了", "电工技师，后来转岗当了焊工"])
def test_moved_to_another_trade_is_no_longer_in_the_trade_held(said: str) -> None:
    assert read_said(said).get("in_post") is False


def test_moved_within_the_same_trade_is_not_out_of_it() -> None:
    assert read_said("我是焊工技师，去年调到三车间干焊工").get("in_post") is not False


# ------------------------------------------------------------------ 8. the year of a course
@pytest.mark.parametrize(("said", "final"), [("孩子读本科，今年刚上大三", False), ("闺女念的高职，现在大三", True), ("读的3年制技校，这学期上2年级", False)])
def test_the_year_of_a_course_says_whether_it_is_the_final_one(said: str, final: bool) -> None:
    assert read_said(said).get("in_graduation_year") is final


def test_a_courses_length_is_no_span_of_work() -> None:
    facts = read_said("儿子读的3年制中专")
    assert facts.get("years_in_occupation") is None and facts.get("in_post") is None


# ------------------------------------------------------------------ 9. a school giving its students a level, said with 评
def test_a_school_grading_its_own_students_is_its_own_assessment(assistant) -> None:
    *_, answer = talk(assistant, "侄子在江西新余康展高级技工学校读书，听说学校能自己给学生评职业技能等级证，是真的吗？", today=date(2023, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jx.school_self_assessment"


# ------------------------------------------------------------------ 10. a count owned to as said short or over
def test_a_count_said_short_then_given_anew_replaces_the_count(assistant) -> None:
    *_, answer = talk(assistant, "遂宁的，去年9月招了7个脱贫户，合同社保都齐，一年能扣多少税？", "少报了2个，是9个", today=date(2025, 1, 10))
    assert answer.calculation is not None and answer.calculation.value == 9 * 7800


def test_a_count_said_over_alone_takes_the_number_off(assistant) -> None:
    *_, answer = talk(assistant, "遂宁的，去年9月招了7个脱贫户，合同社保都齐，一年能扣多少税？", "不好意思，多算了1个", today=date(2025, 1, 10))
    assert answer.calculation is not None and answer.calculation.value == 6 * 7800


# ------------------------------------------------------------------ 11. those whose term ran out, and those kept on
def test_the_interns_whose_term_ran_out_beside_those_kept_give_the_rate() -> None:
    facts = read_said("8个期满了，留下来7个")
    assert facts.get("interns_count") == 8 and facts.get("retained_count") == 7


# ------------------------------------------------------------------ 12. the interns said as those who intern
def test_the_interns_said_as_those_who_intern_are_counted() -> None:
    assert read_said("这边最低工资1900，见习的有3个").get("interns_count") == 3


# ------------------------------------------------------------------ 13. a part set aside in brackets
def test_a_part_set_aside_in_brackets_is_not_asked(assistant) -> None:
    *_, answer = talk(assistant, "临汾的，收了3个见习大学生，每人见习5个月，最低工资1800，单位的见习补贴一共多少（保险那个补贴另算）？", today=date(2023, 4, 2))
    assert answer.calculation is not None and answer.calculation.value == 3 * 5 * 1080


# ------------------------------------------------------------------ 14. whole months said worked in full
def test_whole_months_worked_in_full_are_the_internship_months(assistant) -> None:
    *_, answer = talk(assistant, "晋中的，有个见习生前三个月都满勤，第四个月只来了9个工作日就不干了，生活补助按几个月发？", today=date(2023, 8, 8))
    assert answer.calculation is not None and answer.calculation.value == 3


# ------------------------------------------------------------------ 15. a place gone to, in a later turn
def test_a_place_gone_to_in_a_later_turn_is_not_where_the_person_is(assistant) -> None:
    *_, answer = talk(assistant, "我是达州一个村的干部，村里有几户脱贫户想出去打工，有什么求职补贴？", "乡里统一组织的，坐火车去苏州的电子厂，一共4个人，总共最多能拿多少", today=date(2025, 4, 2))
    assert not answer.abstained
    assert answer.calculation is not None and answer.calculation.value == 1600


# ------------------------------------------------------------------ 16. organised together, then the factory
def test_organised_together_then_the_factory_gone_to_is_an_organised_migration() -> None:
    assert read_said("县里统一组织的，坐火车去宁波的电子厂").get("organized_migration") is True


# ------------------------------------------------------------------ 17. an uncovered province, a national subsidy's verdict asked
def test_an_uncovered_province_asking_whether_is_answered_from_the_national_rules(assistant) -> None:
    first, second = talk(assistant, "在厦门，大专毕业后一直没找单位，现在自己接点设计的活，社保自己交，能领补贴吗？", "去年7月，大专", today=date(2025, 5, 20))
    assert not first.abstained and first.follow_up
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 18. a date, then the schooling it ended
def test_a_date_then_the_schooling_it_ended_is_the_day_of_leaving_school() -> None:
    facts = read_said("毕业后一直打零工。2024年7月，本科")
    assert facts.get("graduation_year") == 2024 and facts.get("graduation_month") == 7


# ------------------------------------------------------------------ 19. 退 alone
def test_tui_alone_is_the_retirement_age() -> None:
    facts = read_said("57，男的，60退")
    assert facts.get("retirement_age") == 60 and facts.get("contribution") is None


# ------------------------------------------------------------------ 20. a correction said with 岔
def test_a_correction_said_with_cha_replaces_the_figure(assistant) -> None:
    *_, answer = talk(assistant, "贵阳的，就业困难人员，灵活就业每个月交900的社保，补贴一个月最多多少", "不好意思我看岔了，每月交的是1200", today=date(2024, 12, 2))
    assert answer.calculation is not None and answer.calculation.value == 800


# ------------------------------------------------------------------ 21. the age when a subsidy began, its period had in full
def test_the_age_said_after_the_subsidy_began_fixes_the_period_and_a_period_had_in_full_ends_it(assistant) -> None:
    facts = read_said("我2021年3月开始享受社保补贴，那时候47岁")
    assert facts.get("age_at_first_approval") == 47
    *_, answer = talk(assistant, "九江的。我2021年3月开始享受就业困难人员灵活就业社保补贴，那时候47岁，我们这女的55退休。领满三年去年3月停了，现在还能再申请吗？", today=date(2025, 1, 9))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 22. placed again on a public-welfare post
def test_one_with_a_severe_disability_on_a_post_may_be_placed_again(assistant) -> None:
    *_, answer = talk(assistant, "我弟重度残疾，在兰州街道的公益岗扫地，第一次安置，三年的补贴快到期了，别的地方也找不到活，到期还能再安排公益岗吗", today=date(2025, 3, 1))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 24. insurance paid oneself, how said between
def test_insurance_paid_oneself_as_a_flexible_worker_asks_the_social_insurance_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "本人50，去年社区认定了就业困难人员。现在洛阳送快递，社保是自己按灵活就业交的，这个能给补点不？", today=date(2024, 8, 20))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.si_subsidy_difficult"


# ------------------------------------------------------------------ 25. the share taken from the wage
def test_the_share_taken_from_the_wage_asks_the_individuals_share() -> None:
    assert read_said("那她工资里扣的个人那部分，能一起补吗").get("asks_individual_share") is True


# ------------------------------------------------------------------ 26. had, then one level up
def test_a_subsidy_had_then_one_level_up_is_the_same_trade_had_already(assistant) -> None:
    *_, answer = talk(assistant, "在长沙做了失业登记。前年考了个保育师五级，评价补贴领过了，今年想考更高一级，还能领吗？", today=date(2025, 2, 26))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 27. 周岁N
def test_the_age_said_after_the_word_for_it() -> None:
    assert read_said("周岁21，明年3月满22").get("age") == 21


# ------------------------------------------------------------------ 28. a figure asked of one, those who can stay on
def test_a_figure_asked_of_one_with_those_who_can_stay_on(assistant) -> None:
    assert read_said("订单式培训补贴1人能补多少").get("amount_basis") == "每个"
    *_, answer = talk(assistant, "太谷一家食品厂，和职校办了个订单班，40个人，培训12天，结业后至少有34个能留下来上岗。培训补贴一人能补多少？", today=date(2023, 6, 5))
    assert answer.calculation is not None and answer.calculation.value == 1700


# ------------------------------------------------------------------ 29. a guess checked with 吧？
def test_a_guess_checked_with_ba_on_the_way_to_the_question_asks_the_training_amount(assistant) -> None:
    *_, answer = talk(assistant, "祁县的，下岗了在家，报了个中式面点师的培训班，一共15天，补贴是按天给的吧？我这期最多补多少", today=date(2023, 7, 20))
    assert answer.calculation is not None and answer.calculation.value == 1000


# ------------------------------------------------------------------ 30. from the countryside, working in a town
def test_from_the_countryside_working_in_a_town_is_a_transferred_rural_worker() -> None:
    assert "农村转移就业劳动者" in (read_said("铜仁乡下的，这几年一直在县城打零工") .get("person_categories") or ())


# ------------------------------------------------------------------ 31. leave granted
def test_days_off_on_leave_granted_are_not_unexcused(assistant) -> None:
    *_, answer = talk(assistant, "大同，女儿在单位见习，请了几天假，单位说缺勤了这个月生活费不发了，有这规定吗", "都是病假，医院开了假条，领导也批了，总共5天", today=date(2022, 10, 12))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 32. interning at the firm
def test_interning_at_the_firm_is_among_its_staff(assistant) -> None:
    *_, answer = talk(assistant, "还在读书，在遂宁一家电子厂顶岗实习，厂里备过案能自己做技能等级认定。我们实习的能参加吗？", today=date(2024, 5, 6))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 33. a worker of a trade on the shop floor
def test_a_worker_of_a_trade_said_to_be_on_the_shop_floor_is_front_line() -> None:
    assert read_said("车间里有位50多岁的老电工，没考过证").get("frontline_worker") is True


# ------------------------------------------------------------------ 34. worked away in a factory, then back home
def test_worked_away_in_a_factory_then_back_home_is_a_returning_migrant_worker() -> None:
    assert "返乡入乡农民工" in (read_said("在苏州进厂干了六年，去年回南充老家了").get("person_categories") or ())


# ------------------------------------------------------------------ 35. a shop set up with 办
def test_a_shop_set_up_with_ban_dates_the_registration() -> None:
    assert read_said("2024年3月回来办了个面馆，一直开着").get("registration_date") == date(2024, 3, 1)


# ------------------------------------------------------------------ 36. a graduate of an earlier year
def test_a_graduate_of_an_earlier_year_is_not_one_of_the_year_of_leaving(assistant) -> None:
    *_, answer = talk(assistant, "我们在宜宾开了家装修公司，今年招了个大学生，签了三年合同，社保也交了，吸纳就业补贴能拿不", "是往届的，毕业两年多了", today=date(2025, 7, 3))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 37. a loan asked beyond the ceiling
def test_a_loan_asked_beyond_the_persons_ceiling_is_not_that_much(assistant) -> None:
    *_, answer = talk(assistant, "南充的，打工回来想开个养殖场，以我个人名义贷六十万的创业担保贷款，能批吗", today=date(2025, 3, 27))
    assert verdict(answer) == "not_eligible" and answer.calculation.value == 300000


def test_registered_as_a_small_business_in_a_later_turn_borrows_as_one(assistant) -> None:
    *_, answer = talk(assistant, "想回乐山做茶叶加工，创业担保贷款个人最多能贷多少", "要是注册成小微企业呢，最多能贷多少", today=date(2025, 4, 9))
    assert answer.calculation is not None and answer.calculation.value == 4000000


# ------------------------------------------------------------------ 38. 申 alone, a two-digit year with 起
def test_shen_alone_asks_whether() -> None:
    assert read_said("这个补贴我们能不能申？").get("asks_whether") is True


def test_a_two_digit_year_with_qi_is_a_date(assistant) -> None:
    *_, answer = talk(assistant, "南充一个小厂，10个人都参保，失业保险从21年起一分没欠过，去年辞退了1个。稳岗返还能不能申？", today=date(2024, 9, 20))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 39. a day said that a fact began on
def test_a_registration_corrected_to_an_earlier_day_is_the_days_fact_not_the_day_asked(assistant) -> None:
    *_, answer = talk(
        assistant, "我以前在广东打工，回遵义老家开了个小卖部，头一回自己干，返乡创业有一次性补贴吗？", "今年3月办的执照，一直开着", "不对，我看了下执照，是前年12月办的",
        today=date(2025, 8, 1),
    )
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 40. a national document named from an uncovered province
def test_a_national_document_named_from_an_uncovered_province_is_answered(assistant) -> None:
    *_, answer = talk(assistant, "昆明的，问一下国家那个高技能领军人才培育计划，是从哪年到哪年实施的？", today=date(2024, 6, 1))
    assert not answer.abstained and "2026" in answer.answer


# ------------------------------------------------------------------ 41. a relative named, then a bare number
def test_a_relative_named_then_a_bare_number_is_their_age() -> None:
    assert read_said("我妹17，初中毕业就没上学了").get("age") == 17


# ------------------------------------------------------------------ 42. 落实工作的
def test_those_placed_in_work_said_as_luoshi_are_the_employed() -> None:
    facts = read_said("订单班练了30个人，结业后到现在落实工作的一共22个")
    assert facts.get("employed_count") == 22


# ------------------------------------------------------------------ 43. the place gone to with 的 between
def test_the_place_gone_to_with_de_between_is_not_the_persons(assistant) -> None:
    *_, answer = talk(assistant, "达州一个村的干部，村里有脱贫户想出去打工，有啥求职补贴？", "乡里统一组织的，都去的江苏苏州电子厂，一共6个", today=date(2025, 3, 3))
    assert not answer.abstained


# ------------------------------------------------------------------ 44. a level denied with 那个 between
def test_a_level_denied_with_nage_between_is_not_held() -> None:
    facts = read_said("高级技师那个我还没有的")
    assert facts.get("skill_level") != "高级技师" and "高级技师" in (facts.get("skill_levels_not_held") or ())


# ------------------------------------------------------------------ 45. a severe disability of a kind
def test_a_severe_disability_of_a_kind_is_a_severely_disabled_person() -> None:
    assert "重度残疾人" in (read_said("我姐是重度视力残疾").get("person_categories") or ())


# ------------------------------------------------------------------ 46. 著 for 着
def test_zhe_written_zhu_after_a_verb_reads_as_the_particle() -> None:
    assert read_said("兒子一直沒找著工作").get("employed") is False


# ------------------------------------------------------------------ 47. the month of leaving a school named by 一所
def test_the_month_of_leaving_a_school_named_by_yisuo() -> None:
    facts = read_said("儿子2022年6月运城一所中职毕业的")
    assert facts.get("graduation_year") == 2022 and facts.get("graduation_month") == 6


# ------------------------------------------------------------------ 48. villagers going out to work
def test_villagers_going_out_to_work_are_rural_workers_transferred() -> None:
    assert "农村转移就业劳动者" in (read_said("村里组织了一批想出去打工的村民参加电焊培训").get("person_categories") or ())


# ------------------------------------------------------------------ 49. a firm training its front-line staff
def test_a_firm_training_its_front_line_staff_is_the_staffs_training(assistant) -> None:
    *_, answer = talk(assistant, "榆次一家机械厂，今年给40个一线职工搞了岗位技能提升培训，走的政府补贴性培训，企业能拿多少补贴？", today=date(2023, 10, 30))
    assert answer.calculation is not None and answer.calculation.value == 12000
