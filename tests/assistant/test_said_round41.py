"""Round 41: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A person's certificate coming through (技师证…才批下来): the day the level was got, not an evaluation body's standing.
2. Shanxi's retention said as counts (10个留下9个), the minimum wage not: the standard it settles — a share of the
   minimum wage — is the answer, not an overview.
3. Written Cantonese: home, shop and work (屋企, 铺头, 返过工), V得 for “can V” (报得), 咩 closing a question.
4. Left the trade for other work (出来跑外卖了, 辞职出来开了个店): not in post.
5. Insurance begun 那时候 (失业保险也是那时候开始交的): from the date said before — the months to now counted.
6. A firm's size said alone (算大型的): a large enterprise.
7. A graduating class in two digits (24届): that year's class; people who came in to a firm (进来两个…): its hires,
   and the day they came the day asked about.
8. A year said as now in two digits (现在都到26年了): no years in a trade.
9. The date of a fact, not the day asked about: recognised as a person in difficulty (前年被认定为…), leaving a
   vocational high school (职高毕业), the insurance the firm and staff paid together (单位和职工加一起交的).
10. One person named by a word for a man or a woman (招了个老哥, 安置了个大姐): their sex — not two people.
11. The evaluation subsidy had for a trade, then a higher level of it taken (又把…高级考下来了, 又考过了三级): the same
    trade; “no other trade taken” (别的工种都没考过) is no other trade.
12. Insurance put off until something happens (社保等她转正了再交): not paid yet.
13. “How much more is added” (省里再加多少) adds no member: the award asked about instead of the one before.
14. A firm counted by its people (一家十几个人的小公司): no people counted for a total; 一家 no money.
15. A graduate who left school within two years and works flexibly, asking how long: the period is theirs (eligible).
16. The years had in full, then whether it stops before retirement (三年补完我还没到退休，后面就断了？): whether it runs
    to retirement.
17. Leaving a vocational high school (职高毕业) with its date: the year of leaving school.
18. The insurance's money asked of the interns' insurance (这个保险钱政府补多少): the premium subsidy.
19. The same training done over (重新培训一遍): the same trade and level — no second subsidy, nothing asked.
20. On the establishment, said as now (现在是在编的): no subsidy of the fund.
21. A certificate expected on a day past a clause's deadline (证最快明年1月中旬发下来，还赶得上不？): that day is asked
    about — the clause has run out by then.
22. The period running to retirement for a person in difficulty or on a public post: theirs — a verdict.
23. Whether the document still holds, asked in a clause after a plan or hearsay (那下个月再招两个，这个文件现在还算数不？
    有人说那个文件去年年底就到期了): the document's status.
24. Those hired named with what is paid for each (招应届大学生一个人能补2000？): the hiring subsidy.
25. A year's contribution said 一年下来; an age in words closing with 了 (俺侄子二十二了); 失业登计 (a typo) registered.
26. Trades listed with 和 before the subsidy said had for each (学过叉车和电工，证都拿了), a trade wanted after it: the
    times had are those listed before.
27. A stall opened (开了个奶茶档): a business registered then — too short a time decides, nothing asked.
28. Those kept on at work after a training, as a share (结业以后留下来上班的也就七成): the training's employment rate,
    not an intern retention.
29. A training school running order-based training (培训学校…搞订单培训): the order-based training alone, not two
    kinds added.
30. The upgrade subsidy had (领到手了) or to be claimed by the people themselves (自己打算去申): the evaluation body's
    取证补贴 is not had for them.
31. The insurance paid oneself in one sentence, what the state makes up asked in the next (政府给补多少): the social
    insurance subsidy.
32. A year's most asked with 补回来 (一年最多能补回来多少); a span reckoned in full (三年满打满算最多能减多少).
33. A firm said by its trade opening the message (宜宾做五金的，四十来个人): its headcount.
34. The employer's part said with 给 (单位给交的那部分每人每月一千一): the contribution.
35. One person and one month asked (那一人一个月补多少): the figure for each.
36. Whether a person in difficulty working flexibly has a subsidy (这个能有补贴吗): yes — the age is not asked.
37. A rough count said exactly in the same clause set off by dashes, or with 准确点说 (十来个——准确说是12个——): the
    exact count.
38. The years a job after school lasted said with 过 (毕业后在西安干过两年销售): no time since leaving school — the year
    of leaving decides.
39. The exam's cost named loosely (考试这块国家能补点不): the evaluation subsidy.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. a certificate coming through
def test_a_certificate_coming_through_is_the_day_the_level_was_got(assistant) -> None:
    *_, answer = talk(assistant, "温州的电工，技师证23年3月才批下来，单位让我明年初报中级职称，年限够不够", today=date(2024, 6, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "zj.title_by_skill_level"
    assert verdict(answer) == "not_eligible"


def test_an_evaluation_bodys_standing_approved_is_still_its_founding_day() -> None:
    assert read_said("我们机构的评价资格是2023年3月批下来的").get("established_date") == date(2023, 3, 1)


# ------------------------------------------------------------------ 2. Shanxi retention said as counts
def test_shanxi_retention_said_as_counts_settles_the_standard(assistant) -> None:
    *_, answer = talk(assistant, "长治一家厂，今年接了12个见习的，期满留了11个，见习补贴能按什么标准给", today=date(2022, 11, 2))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_subsidy"
    assert answer.calculation.verdict == "amount" and answer.calculation.value == 1


def test_shanxi_retention_of_six_in_ten_raises_the_standard_by_one_step(assistant) -> None:
    *_, answer = talk(assistant, "晋城的单位，见习生10个，期满留下6个，补贴能按多少算", today=date(2022, 9, 20))
    assert answer.calculation is not None and answer.calculation.verdict == "amount"
    assert Decimal("0.6") < answer.calculation.value < 1


# ------------------------------------------------------------------ 3. written Cantonese
def test_written_cantonese_home_shop_and_work_read_as_mandarin(assistant) -> None:
    from assistant.text import normalize

    assert normalize("佢一直喺屋企睇铺头，冇返过工，报得见习咩？") == "他一直在家看店，没有上过班，能报见习吗？"
    *_, answer = talk(assistant, "我个仔20年中专毕业，之后一直喺屋企，冇返过工，今年27岁喇，佢仲报得见习咩？我哋东莞嘅", today=date(2024, 5, 6))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.internship_eligibility"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 4. left the trade for other work
@pytest.mark.parametrize("said", ["焊工干了八年，去年厂子不景气我就出来跑外卖了", "后来辞职出来开了个小超市"])
def test_left_the_trade_for_other_work_is_not_in_post(said: str) -> None:
    assert read_said(said).get("in_post") is False


# ------------------------------------------------------------------ 5. insurance begun then
def test_insurance_begun_then_counts_from_the_date_before(assistant) -> None:
    *_, answer = talk(assistant, "绵阳一家物流公司上班，今年3月进的公司，失业保险也是那时候开始交的。上个月考了个叉车司机中级证，技能提升补贴能领吗", today=date(2024, 9, 10))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 6. size said alone
@pytest.mark.parametrize("said", ["算大型的，三千来号人", "我们是大型的"])
def test_size_said_alone_is_a_large_enterprise(said: str) -> None:
    assert read_said(said).get("employer_size") == "大型企业"


def test_a_large_firm_said_alone_gets_the_large_firms_share(assistant) -> None:
    *_, answer = talk(assistant, "乐山一家企业问稳岗返还，算大型的，去年一个没裁，单位和职工一共交了五十万失业保险", today=date(2024, 9, 12))
    assert answer.calculation is not None and answer.calculation.value == 150000


# ------------------------------------------------------------------ 7. a class in two digits; people who came in
def test_people_who_came_in_to_a_firm_are_its_hires_and_that_day_is_asked_about(assistant) -> None:
    *_, answer = talk(assistant, "遂宁一家电子厂，今年9月进来三个24届的大专生，合同都签了两年，社保也交了，那个吸纳就业补贴一共能拿多少", today=date(2024, 11, 20))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.absorb_employment_subsidy"
    assert answer.calculation.value == 6000


def test_a_two_digit_class_is_that_years_class() -> None:
    from assistant.text import resolve_relative_dates

    assert resolve_relative_dates("招了个24届本科生", date(2024, 8, 1)) == "招了个2024届本科生"
    assert resolve_relative_dates("第25届技能大赛", date(2024, 8, 1)) == "第25届技能大赛"


# ------------------------------------------------------------------ 8. a year said as now
def test_a_year_said_as_now_is_no_years_in_a_trade() -> None:
    assert read_said("现在都到26年了，那个补贴还有没有", today=date(2026, 2, 1)).get("years_in_occupation") is None


# ------------------------------------------------------------------ 9. the date of a fact
@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("泉州的，我老婆前年被认定为就业困难人员，现在自己摆摊，社保一年自己交九千，补贴最多补多少", date(2024, 8, 1)),
        ("闺女去年夏天职高毕业，学的烹饪，一直没找到活，大同这边的就业见习她能去吗", date(2022, 8, 10)),
        ("广元的小厂，去年单位和职工加一起交的失业保险费两万左右，今年稳岗返还返多少", date(2024, 9, 20)),
    ],
)
def test_the_date_of_a_fact_is_not_the_day_asked_about(said: str, day: date) -> None:
    from assistant.query import date_asked
    from assistant.text import normalize, resolve_relative_dates

    assert date_asked(resolve_relative_dates(normalize(said), day), day) == day


def test_a_flexible_worker_recognised_two_years_ago_gets_the_national_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "泉州的，我老婆前年被认定为就业困难人员，现在自己摆摊，灵活就业社保一年自己交九千，补贴最多能补多少", today=date(2024, 8, 1))
    assert not answer.abstained
    assert answer.calculation is not None and answer.calculation.value == 6000


# ------------------------------------------------------------------ 10. a word for a man or a woman
@pytest.mark.parametrize(("said", "sex"), [("上个月招了个老哥，五十七了", "男"), ("社区安置了位大姐，今年五十一", "女"), ("我一个大老爷们，干保洁", "男")])
def test_one_person_named_by_a_word_for_a_man_or_a_woman(said: str, sex: str) -> None:
    assert read_said(said).get("sex") == sex


@pytest.mark.parametrize("said", ["招了两个小伙子", "招了个小伙子和一个姑娘"])
def test_several_people_give_no_sex(said: str) -> None:
    assert read_said(said).get("sex") is None


# ------------------------------------------------------------------ 11. the same trade a level higher
@pytest.mark.parametrize("said", ["育婴员四级那回领过评价补贴了，今年又考过了三级", "焊工初级领过1次评价补贴。今年又把焊工中级考下来了，别的工种都没考过"])
def test_a_higher_level_of_the_trade_subsidised_is_the_same_trade(said: str) -> None:
    facts = read_said(said)
    assert facts.get("same_occupation_received") is True and facts.get("same_occupation") is not False


def test_a_higher_level_of_the_trade_subsidised_gets_no_second_evaluation_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "合肥的，失业登记过，前年考育婴员四级领过评价补贴了，今年又考过了三级，这次评价补贴还能领吗", today=date(2025, 6, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.evaluation_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 12. insurance put off
def test_insurance_put_off_until_later_is_not_paid(assistant) -> None:
    assert read_said("合同签了三年，社保打算等他转正了再交").get("social_insurance_paid") is False
    *_, answer = talk(assistant, "眉山一家小超市，今年4月招了个今年毕业的大学生，合同签了两年，社保打算等他转正了再交，吸纳就业补贴现在能申请吗", today=date(2025, 5, 8))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 13. how much more is added
def test_how_much_more_is_added_asks_of_the_award_named_instead(assistant) -> None:
    *_, answer = talk(assistant, "洛阳的，我们厂有个师傅今年评上了全国技术能手，省里另外奖励多少", "要是他拿的是中华技能大奖呢，省里再加多少", today=date(2024, 10, 8))
    assert answer.calculation is not None and answer.calculation.value == 50000


# ------------------------------------------------------------------ 14. a firm counted by its people
def test_a_firm_counted_by_its_people_counts_no_people_and_a_firm_no_money(assistant) -> None:
    facts = read_said("我被一家二十来个人的小公司招了")
    assert facts.get("people_count") is None
    *_, answer = talk(
        assistant,
        "烟台的，去年7月大专毕业，一直没找到工作，自己交社保有补贴吗",
        "那要是我被一家十来个人的小公司招了，签三年合同，公司给交社保，公司那头补多长时间",
        today=date(2024, 3, 5),
    )
    assert answer.calculation is not None and answer.calculation.value == 1


# ------------------------------------------------------------------ 15. a graduate's period
def test_a_flexibly_working_graduate_asking_how_long_is_eligible_for_two_years(assistant) -> None:
    *_, answer = talk(assistant, "合肥的，前年7月本科毕业，一直没进单位，在家接点翻译的活，社保自己按灵活就业交。社保补贴最长能补几年？", today=date(2024, 4, 2))
    assert verdict(answer) == "eligible" and answer.calculation.value == 2


# ------------------------------------------------------------------ 16. the years had, then whether it stops
def test_the_years_had_then_whether_it_stops_asks_whether_it_runs_to_retirement(assistant) -> None:
    assert read_said("3年领完我还没退休，是不是就停了？").get("asks_until_retirement") is True
    *_, answer = talk(assistant, "郑州的，我是就业困难人员，男的，今年58，头一回申请灵活就业社保补贴，三年补完我还没到退休，后面就断了？", today=date(2024, 6, 1))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 17. a vocational high school left
def test_leaving_a_vocational_high_school_gives_the_year_of_leaving() -> None:
    assert read_said("儿子2022年6月职高毕业的，学的电子").get("graduation_year") == 2022


# ------------------------------------------------------------------ 18. the insurance's money
def test_the_insurances_money_of_the_interns_is_the_premium_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "忻州一家农机站，今年接了6个见习生，要不要给他们买意外险", "买了。那这个保险钱政府能补多少，6个人一共", today=date(2022, 8, 3))
    assert answer.calculation is not None and answer.calculation.value == 1440


# ------------------------------------------------------------------ 19. the same training done over
def test_the_same_training_done_over_gets_no_second_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "天津的，前年学的育婴员四级，证拿了补贴也领了，今年单位又让我们去别的机构重新培训一遍，这次补贴还给不给", today=date(2024, 9, 4))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.training.level_repeat"
    assert verdict(answer) == "not_eligible" and not answer.follow_up


# ------------------------------------------------------------------ 20. on the establishment, said as now
def test_on_the_establishment_said_as_now_gets_no_fund_subsidy() -> None:
    assert read_said("后来考进了卫生院，现在是在编的").get("staff_on_establishment") is True


# ------------------------------------------------------------------ 21. a certificate expected past a deadline
def test_a_certificate_expected_past_the_clauses_deadline_is_asked_about_on_that_day(assistant) -> None:
    *_, answer = talk(
        assistant,
        "遂宁的，厂里上班，失业保险交了四年了，正在考焊工中级证，考出来有技能提升补贴吗",
        "成绩出来得晚，证估计明年2月份才能拿到，那还赶得上吗",
        today=date(2024, 10, 28),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 22. the extension to retirement is theirs
def test_the_extension_to_retirement_on_a_public_post_is_a_verdict(assistant) -> None:
    *_, answer = talk(assistant, "贵阳的，在社区公益岗上看车棚，听说补贴最多3年？", "男的，第一次安排上岗那年57岁", today=date(2024, 8, 6))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.public_welfare_post"
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 23. validity after a plan or hearsay
@pytest.mark.parametrize("said", ["那我们下个月准备再招两个，这个文件现在还算数不？", "不过有人说那个文件去年年底就到期了，真的假的？"])
def test_validity_asked_after_a_plan_or_hearsay_answers_the_documents_status(assistant, said: str) -> None:
    *_, answer = talk(assistant, "内江一家小厂，招毕业年度的大学生，那个一次性吸纳就业补贴是多少", said, today=date(2026, 3, 2))
    assert "已失效" in answer.answer.split("\n")[0]


# ------------------------------------------------------------------ 24. those hired, what is paid for each
def test_those_hired_with_what_is_paid_for_each_is_the_hiring_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "宜宾开餐馆的，听说招个应届大学生能补两千？", today=date(2025, 4, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.absorb_employment_subsidy"


# ------------------------------------------------------------------ 25. a year's contribution, an age in words, a typo
def test_a_years_contribution_an_age_in_words_and_a_typo() -> None:
    assert read_said("社保都是我自己交，一年下来九千多").get("contribution_yearly") is True
    assert read_said("我外甥二十三了，一直在家").get("age") == 23
    assert read_said("去社区做了失业登计").get("registered_unemployed") is True


# ------------------------------------------------------------------ 26. trades listed with 和, one wanted after
def test_trades_listed_with_he_before_the_subsidy_had_count_the_times_had() -> None:
    assert read_said("以前靠补贴学过电焊和厨师，证都拿了，现在还想学个美发").get("times_received") == 2


# ------------------------------------------------------------------ 27. a stall opened
def test_a_stall_opened_recently_is_too_short_a_time_and_nothing_is_asked(assistant) -> None:
    *_, answer = talk(assistant, "惠州的，前年6月大专毕业，一直没上班，去年11月开了个烧烤摊位，办了执照，到现在半年多，一次性创业补贴能申请吗", today=date(2024, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.startup_subsidy"
    assert verdict(answer) == "not_eligible" and not answer.follow_up


# ------------------------------------------------------------------ 28. kept on after a training, a share
def test_those_kept_on_after_a_training_as_a_share_is_the_employment_rate() -> None:
    facts = read_said("培训完留下来上班的只有六成")
    assert facts.get("employment_rate") == Decimal("0.6") and facts.get("retention_rate") is None


# ------------------------------------------------------------------ 29. a school running order-based training
def test_a_school_running_order_based_training_is_that_training_alone(assistant) -> None:
    *_, answer = talk(assistant, "介休一家培训学校，给一家厂搞订单培训，30个人培训12天，结业后27个进厂了，补贴一共多少", today=date(2023, 7, 3))
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.order_training_subsidy"


# ------------------------------------------------------------------ 30. the upgrade subsidy had or to be claimed
@pytest.mark.parametrize("said", ["技能提升补贴我上个月领到手了", "这几个都交着失业保险，他们自己打算去申那个技能提升补贴"])
def test_the_upgrade_subsidy_had_or_to_be_claimed_by_the_people(said: str) -> None:
    assert read_said(said).get("upgrade_subsidy_eligible") is True


# ------------------------------------------------------------------ 31. paid oneself, made up asked next
def test_paid_oneself_then_what_the_state_makes_up_is_the_social_insurance_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "去年7月本科毕业，没找到单位，在绵阳接点剪视频的活，社保是自己按灵活就业交的，一个月九百。政府给补多少？", today=date(2025, 3, 3))
    assert answer.calculation is not None and answer.calculation.value == 600


# ------------------------------------------------------------------ 32. a year's most, a span in full
def test_a_years_most_and_a_span_in_full() -> None:
    assert read_said("政府补社保的话，一年最多能给我补回来多少").get("period_years") == 1
    assert read_said("两年满打满算最多能减多少").get("period_years") == 2


# ------------------------------------------------------------------ 33. a firm said by its trade
def test_a_firm_said_by_its_trade_opening_the_message_gives_its_headcount() -> None:
    assert read_said("泸州做包装的，三十来个人，失业保险一直交着").get("headcount") == 30


# ------------------------------------------------------------------ 34. the employer's part with 给
def test_the_employers_part_said_with_gei_is_the_contribution() -> None:
    assert read_said("社保也交了，单位给交的那部分每人每月九百").get("contribution") == 900


# ------------------------------------------------------------------ 35. one person and one month
def test_one_person_one_month_asks_the_figure_for_each() -> None:
    assert read_said("那一人一个月能补多少").get("amount_basis") == "每个"


# ------------------------------------------------------------------ 36. whether, for a person in difficulty
def test_whether_a_person_in_difficulty_working_flexibly_has_a_subsidy_is_yes(assistant) -> None:
    *_, answer = talk(assistant, "昆明的，社区认定我是就业困难人员，现在开网约车，社保自己按灵活就业交，这个能有补贴吗？", today=date(2024, 9, 9))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.si_subsidy_difficult"
    assert verdict(answer) == "eligible" and not answer.follow_up


# ------------------------------------------------------------------ 37. a rough count said exactly
@pytest.mark.parametrize("said", ["村里组织了二十来个脱贫户——准确说是23个——去苏州进厂", "招了二十来个，准确点说是23个"])
def test_a_rough_count_said_exactly_is_the_exact_count(said: str) -> None:
    facts = read_said(said)
    assert 23 in (facts.get("people_count"), facts.get("hires_count"))


# ------------------------------------------------------------------ 38. a job after school, said with 过
def test_a_job_after_school_said_with_guo_is_no_time_since_leaving(assistant) -> None:
    assert read_said("2019年大专毕业，毕业后在工地干过三年，后来不干了").get("years_since_graduation") is None
    *_, answer = talk(assistant, "我26了，大专19年毕业的，毕业后在外地干过两年保安，现在回晋城在家待着，能去参加就业见习吗", today=date(2023, 5, 4))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 39. the exam's cost named loosely
def test_the_exams_cost_named_loosely_is_the_evaluation_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "昆明的，失业登记过，今年第一次考了个保育师四级证，考试这块国家能补点不", today=date(2024, 8, 2))
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.evaluation_subsidy"
