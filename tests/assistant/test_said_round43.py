"""Round 43: facts said in other words and facts nobody says, read by declared mechanisms (probing in our own words;
none of these is a held-out or blind item).

1. Whether one may have a capped subsidy asked, no earlier use told: taken as the first (shown as understood, never
   as a question) — the times had are asked only when an earlier use is told without its number.
2. A fact only worked out says nothing of the case: a measure's standing asked stays a question of its standing.
3. The times had told after an answer that took none: the count said, and the topic of times goes on.
4. 大四学生 (a final-year student) among this year's graduates, in a list of those hired.
5. A class named between the school and the leaving (技师学院高级工班毕业): the year of leaving read.
6. A certificate said as 考到了 / 考下来了: obtained; 还没考到: not.
7. Social insurance denied with whom it is for between (没给这俩新人交社保): not paid.
8. An earlier use told without its number, the same occupation again (领过了…再考电工三级): not again.
9. The limit of placements asked with 给 between (最多能给安置几次): the limit.
10. An internship signed up for, pointed at with 那个 (还能报那个就业见习吗): whether the person may join.
11. A school's kind glossed in brackets (职高（中职）毕业): a 中职 graduate, the date the leaving's.
12. A group asked as the only one taken (还是只收大学生？): no group of the person's.
13. A two-digit year, then where one left school (21年从川大毕业): that year.
14. A business that ran some months, why it closed said between (开了五个月生意不好就关了): less than a year.
15. The card shows an implied fact only where the rule that answered read it.
16. Those who saw a training through, beside those who signed up (报名50个，培训完的46个): the ones counted.
17. A company set up to be the one that borrows (合伙注册个小公司来贷): the firm's ceiling.
18. A level supposed got, then the years after it asked (要是明年把高级技师考下来，还得干几年): the years the rule sets.
19. Facts said in other words: a job not yet settled (工作一直没落实), the major studied as the very one with its diploma
    (学的就是化工，有毕业证), the round of placement (已经是第二轮了), one more use asked (还能再补一回不), the times had
    said before the training subsidy (两回都领了培训补贴…还剩几次); at home in dialect (一直在屋里没出去上班), paying begun
    (社保已经开始交了), the same training again (再培一遍电工中级).
20. A number whose last digit stands for a unit, then 一 of what follows (一千八百八一个月): 1880 a month.
21. A yes granted by saying the verb twice around 是 (登是登了，年前在街道办的).
22. The element changed is another measure called by its own name (那创业担保贷款呢？): that measure is asked of.
23. A title wanted said as a try, a little further on (副高的职称今年能不能冲一下): wanted, not held.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. the first time, unless an earlier use is told
def test_whether_one_may_have_it_with_no_earlier_use_told_is_the_first_time(assistant) -> None:
    *_, answer = talk(assistant, "我是城镇登记失业人员，上个月考了个保育师证，职业技能评价补贴我能领吗", today=date(2025, 6, 1))
    assert verdict(answer) == "eligible" and answer.follow_up is None
    assert "此前未享受过" in answer.answer and "已享受0次" not in answer.answer
    assert "times_received" in answer.state.implied


@pytest.mark.parametrize("said", ["去年学电工拿了补贴，今年学焊工还能拿补贴吗", "培训补贴我之前领过几次了，还能领吗", "政府出钱的培训我补过两回了"])
def test_an_earlier_use_told_in_any_words_is_no_first_time(said: str) -> None:
    facts = read_said(said)
    assert facts.get("received_before") is True and facts.get("times_received") != 0


@pytest.mark.parametrize("said", ["有几个已经领了技能提升补贴", "他领过失业保险金"])
def test_another_subsidy_had_is_no_earlier_use_of_this_one(said: str) -> None:
    assert read_said(said).get("received_before") is None


def test_times_had_told_without_their_number_are_asked(assistant) -> None:
    *_, answer = talk(assistant, "培训补贴我之前领过几次了，今年还能领吗", today=date(2025, 6, 1))
    assert answer.follow_up is not None and "几次" in answer.follow_up


# ------------------------------------------------------------------ 2. a worked-out fact tells nothing of the case
def test_a_measures_standing_asked_stays_a_question_of_its_standing(assistant) -> None:
    *_, answer = talk(assistant, "川办发〔2024〕34号里面的失业保险稳岗返还，现在还可以申请吗？", today=date(2025, 4, 1))
    assert "已失效" in answer.answer and "2024年12月31日" in answer.answer


# ------------------------------------------------------------------ 3. the times told after none was taken
def test_times_told_after_none_was_taken_go_on_with_the_times(assistant) -> None:
    first, second = talk(assistant, "老家河南农村的，在宁波打工，想去学个电工，政府的培训补贴我能享受吗", "之前学厨师、学挖机各补过一回了，这回是第三回，还能补吗", today=date(2024, 9, 1))
    assert second.calculation is not None and second.calculation.rule_id == "cn.fund.training_subsidy_times"
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 4. 大四学生
def test_final_year_students_are_of_this_years_graduates() -> None:
    facts = read_said("招了2个大四学生")
    assert "毕业年度高校毕业生" in facts["person_categories"]
    assert "毕业年度高校毕业生" not in read_said("我大四学生的时候就考了证").get("person_categories", frozenset())


def test_final_year_students_in_a_list_of_those_hired_are_counted(assistant) -> None:
    *_, answer = talk(assistant, "泸州做机械加工的，年后招了3个人：2个今年7月毕业的大四学生，1个社区认定的就业困难人员，合同都签了3年，社保也交了，一次性吸纳就业补贴一共多少", today=date(2025, 3, 2))
    assert answer.calculation is not None and answer.calculation.value == 6000


# ------------------------------------------------------------------ 5. the class between school and leaving
def test_a_class_between_the_school_and_the_leaving_gives_the_year() -> None:
    assert read_said("我是2024年技工学校高级工班毕业的").get("graduation_year") == 2024


# ------------------------------------------------------------------ 6. a certificate 考到了
@pytest.mark.parametrize(("said", "value"), [("培训完证也考到了", True), ("证书已经考下来了", True), ("证还没考到", False)])
def test_a_certificate_said_as_got_by_exam(said: str, value: bool) -> None:
    assert read_said(said).get("certificate_obtained") is value


# ------------------------------------------------------------------ 7. insurance denied, whom for between
@pytest.mark.parametrize("said", ["没给这俩新人交社保", "社保一直没给那几个学徒交", "社保一直没给他门交"])
def test_insurance_denied_with_whom_it_is_for_between_is_not_paid(said: str) -> None:
    assert read_said(said).get("social_insurance_paid") is False


# ------------------------------------------------------------------ 8. an earlier use, the same occupation
def test_an_earlier_use_told_without_its_number_for_the_same_occupation_bars_another(assistant) -> None:
    *_, answer = talk(assistant, "南昌的，失业登记了，今年考了个焊工四级证，能领职业技能评价补贴吗", "领过了。那我明年再考焊工三级，还能领吗", today=date(2025, 5, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 9. the limit of placements, 给 between
def test_the_limit_of_placements_asked_with_gei_between_is_the_limit(assistant) -> None:
    *_, answer = talk(assistant, "我姐是零就业家庭的，在街道公益岗干满三年了，还是找不到别的活，这种岗位最多能给安置几次", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.value == 2


# ------------------------------------------------------------------ 10. 报那个就业见习
def test_an_internship_pointed_at_with_nage_is_whether_one_may_join(assistant) -> None:
    *_, answer = talk(assistant, "大同的，20年本科毕业后一直在家待着，今年27了，还能报那个就业见习吗", today=date(2024, 5, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 11. a bracketed gloss of the school's kind
def test_a_school_kind_glossed_in_brackets_is_that_school(assistant) -> None:
    assert "中职毕业生" in read_said("闺女技校（中职）毕业的")["person_categories"]
    *_, answer = talk(assistant, "儿子去年夏天职高（中职）毕业的，快一年了还没找到工作，在晋城家里待着。山西的就业见习他能参加吗", today=date(2022, 6, 20))
    assert verdict(answer) == "eligible" and "尚未施行" not in answer.answer


# ------------------------------------------------------------------ 12. a group asked as the only one taken
def test_a_group_asked_as_the_only_one_taken_is_not_the_persons() -> None:
    assert "高校毕业生" not in read_said("中专毕业的，见习是不是只收大学生？").get("person_categories", frozenset())


# ------------------------------------------------------------------ 13. a two-digit year, then where one left school
def test_a_two_digit_year_then_where_one_left_school_is_that_year() -> None:
    facts = read_said("我21年从川大毕业", today=date(2024, 3, 1))
    assert facts.get("graduation_year") == 2021 and "years_in_occupation" not in facts


# ------------------------------------------------------------------ 14. months run, why it closed between
def test_a_business_that_closed_after_months_with_the_reason_between_ran_under_a_year() -> None:
    assert read_said("2024年3月开了个小吃店，开了5个月生意不好就关了").get("operating_years") == Decimal("0.42")


def test_a_business_closed_within_the_year_gets_no_startup_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "我儿子22年从西南交大毕业，23年3月在德阳注册了个个体户卖早餐，干了五六个月生意不好就关了。大学生创业那一万块他还能申请吗", today=date(2024, 10, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 15. an implied fact on the card
def test_the_card_shows_an_implied_fact_only_where_the_rule_read_it(assistant) -> None:
    from ui.card import facts_html

    *_, answer = talk(assistant, "浙江的，高级技师，取得证书后干了5年，近三年考核都合格，能报副高吗", today=date(2025, 6, 1))
    assert "times_received" in answer.state.implied
    assert "已享受该补贴的次数" not in facts_html(answer)
    *_, answer = talk(assistant, "我是城镇登记失业人员，上个月考了个保育师证，职业技能评价补贴我能领吗", today=date(2025, 6, 1))
    assert "已享受该补贴的次数" in facts_html(answer) and "（推定）" in facts_html(answer)


# ------------------------------------------------------------------ 16. those who saw it through
@pytest.mark.parametrize(("said", "count"), [("报名的有50个，最后培训完的46个", 46), ("报名30人，结业28人", 28)])
def test_those_who_saw_a_training_through_are_the_ones_counted(said: str, count: int) -> None:
    assert read_said(said).get("trainees_count") == count


def test_those_placed_after_the_training_are_not_those_trained() -> None:
    assert read_said("培训完有20个人留在厂里上班了").get("trainees_count") is None


# ------------------------------------------------------------------ 17. a company set up to borrow
def test_a_company_set_up_to_borrow_is_the_applicant(assistant) -> None:
    first, second = talk(assistant, "南充的，打工回来想开个养殖场，创业担保贷款个人最多能贷多少", "那要是我和表哥合伙注册个小公司来贷呢，最多能贷多少", today=date(2025, 5, 1))
    assert first.calculation.value == 300000 and second.calculation.value == 4000000


# ------------------------------------------------------------------ 18. a level supposed got
def test_a_level_supposed_got_then_the_years_after_it(assistant) -> None:
    *_, answer = talk(assistant, "温州的电工，技师证拿了一年多，能评工程师吗", "那我要是明年把高级技师考下来，之后还得干几年才能报副高？", today=date(2025, 5, 1))
    assert answer.calculation is not None and answer.calculation.value == 4 and answer.calculation.unit == "年"


# ------------------------------------------------------------------ 19. facts said in other words
@pytest.mark.parametrize(
    ("said", "key", "value"),
    [
        ("前年七月本科毕业的，工作一直没落实", "employed", False),
        ("我读的就是机电一体化，拿了毕业证", "related_major_diploma", True),
        ("我妈这回已经是第二轮了", "public_post_replacements", 1),
        ("今年又考了个焊工中级，还能再领1回不", "received_before", True),
        ("孩子中专毕业，到现在一直在屋里没出去上班", "employed", False),
        ("合同签了三年，社保这个月已经开始交了", "social_insurance_paid", True),
        ("想换个学校再培一遍焊工中级", "same_level", True),
    ],
)
def test_facts_said_in_other_words(said: str, key: str, value) -> None:
    assert read_said(said).get(key) == value


def test_the_times_had_said_before_the_training_subsidy_are_its_times(assistant) -> None:
    *_, answer = talk(assistant, "湖南农村的，在东莞打工，前几年学了电焊和厨师，两回都领了培训补贴。这个补贴我还剩几次？", today=date(2024, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.training_subsidy_times" and answer.calculation.value == 1


# ------------------------------------------------------------------ 20. 一千八百八一个月
def test_a_number_then_one_of_the_month_is_the_number_a_month() -> None:
    assert read_said("我们这最低工资是一千八百八一个月").get("min_wage") == Decimal("1880")


# ------------------------------------------------------------------ 21. a yes granted
def test_a_yes_granted_with_the_verb_twice_answers_the_question(assistant) -> None:
    first, second = talk(assistant, "22岁，初中毕业后在东莞打了几年工，厂子倒闭就没活了，就业见习我能去吗？", "登是登了，上个月在街道办的", today=date(2024, 6, 1))
    assert first.follow_up is not None and "失业登记" in first.follow_up
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 22. 那<another measure>呢
def test_another_measure_called_by_its_own_name_is_asked_of(assistant) -> None:
    first, second = talk(assistant, "内江的，在外省打工多年回来第一次创业，办了个小公司，注册两年了一直正常经营，能拿一次性创业补贴吗？", "那创业担保贷款呢？用公司名义最多能贷多少", today=date(2025, 3, 1))
    assert first.calculation.rule_id == "sc.startup_subsidy"
    assert second.calculation is not None and second.calculation.rule_id == "sc.startup_loan" and second.calculation.value == 4000000


# ------------------------------------------------------------------ 23. a title tried for
def test_a_title_tried_for_is_wanted_not_held() -> None:
    facts = read_said("高级技师，副高的职称今年能不能冲一下")
    assert facts.get("target_title") == "副高级" and "title_level" not in facts
