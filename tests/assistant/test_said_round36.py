"""Round 36: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. Whether the people who take someone in would take this person (我这种情况，人家单位收不收？), or whether what
   someone said of the person's standing is so (街道说我不符合，真是这样吗): a verdict asked.
2. No topic named in its own words, several reading as much of what the person told: the measure the question names
   (就业见习) and, of its topics, the one that decides who may have it.
3. Years in the trade said as 这一行 (干我们这一行二十年了): the years in the trade, not since a level.
4. A class of a level said to be on offer (街道开了个中级工培训班): the level trained for, not one held.
5. An appraisal with nothing gone wrong (考核也没出过岔子 / 差错): passed.
6. The share of trainees who found work said after the training's end (结业后找到工作的占六成): the employment rate.
7. People who went when the firm's business went bad (订单少了，减了4个人): laid off.
8. Written Cantonese (攞咗…证, 喺厂里, 可唔可以): read as Mandarin; 陪训 typed for 培训.
9. Where a fact happened said with 去 (前年去省里的大赛拿了个奖): the award's date is a fact, not the day asked.
10. A level said to be required (投标要求有个中级工证): the level wanted, not held.
11. An industrial park's support asked as 支持 / 扶持, and the award named by 奖励 with the operating money added to it.
12. A day of a planned event said without its year (打算4月20号签): this year's, and the day asked about.
13. An evaluation body's standing said got (取得的认定机构资格) on a day; handing in now asked (现在交可以吗 / 算数不).
14. Moved up into the graduating year (升到毕业那一年): in the graduating year.
15. Whether a document still holds asked with 作数.
16. Occupations listed, then 各领过1回 said after them: one occasion for each named before it.
17. Someone of the speaker's workplace named by their post, then asked of by a pronoun (那我们厂长…，他也能…): another
    person — what they have is theirs alone, not added to the first person's.
18. Of a village (俺是X村里的): a rural worker — the course run for such workers, its daily subsidy capped.
19. 正式在编: on the establishment of a public body — none of the fund's subsidies.
20. Where or how to apply asked after a verdict (那去哪报名？网上能办吗): not the same verdict again.
21. No job found said with 找上 (一直没找上工作): not employed.
22. The unemployment insurance, who pays it, then how long (失业保险单位交了两年多): the months insured.
23. Times subsidised said with 补过 (已经补过两回了): the times had.
24. 提生 typed for 提升 (技能提生补贴).
25. A filing done long before the day asked (前年就在人社那边把…备了案): that fact's date, however many words between.
26. An appraisal never let down (没拉过胯), or passed each year said after it (考核…每年都是合格): passed.
27. People counted loosely (三百来号人): the firm's headcount — and from it, not a small firm.
28. A level supposed (要是再评上国家级) after one held (前年评上了省级): the one asked of.
29. The speaker joined to one of kin (我跟我妹妹都…), then the two counted again (两个人都…): one group of two.
30. A reply that opens with its yes (登了，…，到现在还没上班): yes — unless a later clause turns on a but.
31. A registration done before the day asked (去年就去街道登记了): that fact's date, not the day asked.
32. A correction giving the one group held a new count (招了5个 … 说错了，是8个人): the group counted anew.
33. A business registered at school and closed since, said far from the school years (大三的时候用自己名字…办过…执照，后来注销了):
    this one is not the first.
34. The level of the thing at hand (今年这个是电工中级的) or of a class with words between (电工四级的政府补贴培训班):
    the level trained for, not one held.
35. What a host pays the interns it takes on (想招几个见习的，每个月该给他们发多少): their living allowance.
36. Whether the subsidy goes on after its term, said with 延 (到期了还能接着延吗): whether it runs to retirement.
37. One place said by its count (南充1个大学的学生): no group of people — the person asking is asked which group.
38. Those placed in the firm a class was run with (培训完16个都进了那家厂): the count employed.
39. A 文号 said by its issuer and serial, the year left out (川办发34号): the one known 文号 of that issuer and serial.
40. A follow-up changing one element where the element is another topic named outright (那评职称呢，能破格报正高不):
    that topic, not the conversation's.
41. A count taken on ending its clause, the internship said in the next (收5个，见习半年): the interns.
42. A title aimed at (冲一下副高): the title asked of.
43. No job found said in the north's words (没寻下个营生): not employed.
44. Insurance said not unpaid (不是没交满), then paid since the firm opened (开厂三年多一直按时足额交的): paid, the months
    counted from the years the firm has run.
45. The round of a public-welfare post done (这已经是第二回干满了): one re-placement had.
46. The top level got straight, said other ways (厂里要给他弄特级技师，是不是得一级一级排; 能直接上特级技师不): its promotion.
47. A level after a trade named …师 (面点师初级证, 烹调师中级): the trade's skill level, not a title; times had said 拿到过.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import read_said, talk, verdict

from assistant.query import date_asked
from assistant.rules.route import topic_by_facts
from assistant.text import normalize, resolve_relative_dates
from assistant.understand.intents import intent


# ------------------------------------------------------------------ 1. a verdict asked in other words
@pytest.mark.parametrize(
    "said",
    [
        "高中毕业打了几年工，现在二十五岁没活干，我这种情况人家单位收不收？",
        "社区的人说我不够条件，真是这样吗？",
        "办事员讲他没资格领，对不对？",
    ],
)
def test_whether_one_would_be_taken_or_a_verdict_heard_is_so_asks_a_verdict(said: str) -> None:
    assert intent("asks_verdict").search(normalize(said))


@pytest.mark.parametrize("said", ["单位要不要给见习生交保险？", "听说今年补贴标准涨了，是真的吗？"])
def test_a_duty_or_a_rumour_about_a_figure_is_no_verdict(said: str) -> None:
    assert not intent("asks_verdict").search(normalize(said))


# ------------------------------------------------------------------ 2. the topic of the measure named
def test_the_measure_named_and_the_topic_deciding_who_break_a_tie_of_facts() -> None:
    said = "技校出来在饭店干了几年，今年二十三，上个月饭店关门了，一直没活干，那个就业见习我能报个名不"
    facts = read_said(said, date(2022, 9, 1))
    assert topic_by_facts(normalize(said), facts).id == "internship_eligibility"


@pytest.mark.parametrize(
    ("said", "day", "expected"),
    [
        # left school in 2019, 26 in 2022: neither within 2 years of leaving nor a young person of 16-24
        ("大专是19年毕业的，到现在一直没找着合适的活，今年26了，想去大同那边报名见习，我这种情况人家单位收不收？", date(2022, 8, 1), "not_eligible"),
        # left school in 2021, not working since: within 2 years
        ("我21年7月中专毕业，一直没找到工作，太原有单位搞就业见习，街道说我不符合，真是这样吗？", date(2022, 9, 1), "eligible"),
    ],
)
def test_internship_scope_asked_in_other_words_gets_a_verdict(assistant, said: str, day: date, expected: str) -> None:
    *_, answer = talk(assistant, said, today=day)
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == expected


# ------------------------------------------------------------------ 3. years in this line of work
@pytest.mark.parametrize(
    ("said", "years"),
    [
        ("高级技师，干这一行十七年了，一直在岗", 17),
        ("我在这一行干了二十年，证是前年才考的", 20),
    ],
)
def test_years_in_this_line_of_work_are_the_years_in_the_trade(said: str, years: int) -> None:
    facts = read_said(said)
    assert facts.get("years_in_occupation") == years
    assert "years_since_level" not in facts


def test_a_henan_senior_technician_short_of_the_years_is_told_no_without_being_asked_them(assistant) -> None:
    *_, answer = talk(assistant, "开封的，高级技师，前年评上全国技术能手，干这一行14年了，一直在岗，能破格评正高吗", today=date(2024, 3, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 4. a class of a level on offer
@pytest.mark.parametrize(
    ("said", "held", "wanted"),
    [
        ("早就考下焊工高级工了，听说街道开了个焊工中级工培训班", "高级工", "中级工"),
        ("单位组织了一期高级技师培训班，我现在是技师", "技师", "高级技师"),
        ("我有中级工证", "中级工", None),
    ],
)
def test_a_class_of_a_level_on_offer_is_the_level_trained_for(said: str, held: str, wanted: str | None) -> None:
    facts = read_said(said)
    assert facts.get("skill_level") == held
    assert facts.get("target_skill") == wanted


def test_a_lower_class_on_offer_after_a_higher_certificate_gets_no_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "前年已经拿了电工高级工证，现在社区有个电工中级工培训班，去学的话培训补贴还能领吗", today=date(2024, 9, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 5. an appraisal with nothing gone wrong
@pytest.mark.parametrize(
    ("said", "passed"),
    [
        ("技师证拿了四年多，年度考核也没出过岔子", True),
        ("考核这几年一次都没出过差错", True),
        ("考核有没有问题我还得问问", None),
    ],
)
def test_an_appraisal_with_nothing_gone_wrong_is_passed(said: str, passed: bool | None) -> None:
    assert read_said(said).get("annual_appraisal_passed") is passed


# ------------------------------------------------------------------ 6. the share who found work
@pytest.mark.parametrize(
    ("said", "rate"),
    [
        ("结业以后找到工作的占了六成左右", "0.6"),
        ("培训完找着工作的人只有五成", "0.5"),
        ("学完八成五的学员都找到工作了", "0.85"),
    ],
)
def test_the_share_who_found_work_after_the_training_is_the_employment_rate(said: str, rate: str) -> None:
    assert str(read_said(said).get("employment_rate")) == rate


# ------------------------------------------------------------------ 7. people who went when business went bad
@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("前年订单少，减了4个人", 4),
        ("去年生意不好，走了3个，都是自己辞的", 0),
        ("去年走了2个人", None),  # who went, and why, unsaid
    ],
)
def test_people_who_went_when_business_went_bad_were_laid_off(said: str, count: int | None) -> None:
    assert read_said(said).get("layoffs_count") == count


# ------------------------------------------------------------------ 8. written Cantonese; a typed slip
@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("我喺佛山做焊工，旧年攞咗高级工证", "我在佛山做焊工，去年拿了高级工证"),
        ("佢哋冇交社保，可唔可以攞补贴？", "他们没有交社保，可不可以拿补贴？"),
        ("我系统维护员，考核系合格", "我系统维护员，考核系合格"),  # no Cantonese marker: 系 kept
        ("报了个社区的电工陪训班", "报了个社区的电工培训班"),
    ],
)
def test_written_cantonese_and_a_typed_slip_are_read_as_meant(said: str, meant: str) -> None:
    assert normalize(said) == meant


def test_a_cantonese_question_gets_its_verdict(assistant) -> None:
    *_, answer = talk(assistant, "我喺宁波一间厂做钳工，2019年攞咗高级技师证，之后一直喺车间做，近三年考核都係合格，可唔可以报副高？", today=date(2024, 10, 1))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 9. the date of an award won somewhere
def test_an_award_won_where_one_went_is_a_fact_not_the_day_asked() -> None:
    said = resolve_relative_dates(normalize("前年去省里的技能大赛拿了个一等奖，现在能破格报副高吗"), date(2025, 5, 1))
    assert date_asked(said, date(2025, 5, 1)) == date(2025, 5, 1)


# ------------------------------------------------------------------ 10. a level required
def test_a_level_required_is_wanted_not_held() -> None:
    facts = read_said("电工高级工证早就有了，新接的活要求有个电工中级工证")
    assert facts.get("skill_level") == "高级工" and facts.get("target_skill") == "中级工"


# ------------------------------------------------------------------ 11. an industrial park's support
def test_an_industrial_parks_support_asked_as_support_is_its_award_and_money(assistant) -> None:
    *_, answer = talk(assistant, "我们在运城办了个人力资源服务产业园，要是评上省级，有啥扶持？", today=date(2024, 5, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.hr_park_support"


def test_the_award_named_by_itself_with_the_operating_money_added_is_both_parts() -> None:
    assert read_said("评上省级以后，奖金和第一年的运营经费加起来有多少").get("hr_park_parts") == frozenset({"一次性奖励", "运营经费补助"})


# ------------------------------------------------------------------ 12. a planned day said without its year
def test_a_planned_day_without_its_year_is_this_years_and_the_day_asked() -> None:
    said = resolve_relative_dates(normalize("去年10月招的见习生，想提前跟她签劳动合同，打算4月20号签"), date(2024, 3, 1))
    assert "2024年4月20号" in said
    assert date_asked(said, date(2024, 3, 1)) == date(2024, 4, 20)
    assert read_said("去年10月招的见习生，想提前跟她签劳动合同，打算4月20号签", date(2024, 3, 1)).get("early_contract_date") == date(2024, 4, 20)


# ------------------------------------------------------------------ 13. an evaluation body's standing and handing in now
def test_an_evaluation_bodys_standing_got_on_a_day_and_handing_in_now(assistant) -> None:
    facts = read_said("我们机构2023年9月1号取得的等级认定机构资格，现在交延续申请可以吗")
    assert facts.get("established_date") == date(2023, 9, 1)
    assert read_said("材料都齐了，这周就递上去，算数不？").get("asks_whether") is True
    *_, answer = talk(assistant, "湖州的评价机构，2023年9月1号取得的等级认定机构资格，想早点把延续申请交了，现在交可以吗？", today=date(2026, 1, 5))
    assert verdict(answer) == "not_eligible"  # the window opens 3 months before 2026-08-31


# ------------------------------------------------------------------ 14. moved up into the graduating year
def test_moved_up_into_the_graduating_year_is_in_it() -> None:
    assert read_said("孩子九月开学就升入毕业年级了").get("in_graduation_year") is True


# ------------------------------------------------------------------ 15. 作数
def test_whether_a_document_still_holds_asked_with_zuoshu() -> None:
    assert intent("follow_up_validity").search(normalize("这个文件现在还作数吗？"))


# ------------------------------------------------------------------ 16. occupations listed, each had once
def test_occupations_listed_then_each_had_once_counts_those_before() -> None:
    assert read_said("之前考保育师、家政服务员证各领过一回评价补贴，现在想再考个电工，还能领几次").get("times_received") == 2


# ------------------------------------------------------------------ 17. another person, named by their post
def test_another_person_named_by_their_post_has_only_what_is_said_of_them(assistant) -> None:
    first, second = talk(
        assistant,
        "洛阳的，我前年在世界技能大赛拿了银牌，能直接晋升特级技师吗？",
        "那我们厂长是中原技能大奖获得者，他也能直接晋升特级技师吗？",
        today=date(2024, 9, 1),
    )
    assert verdict(first) == "eligible"
    assert second.state.facts.get("awards") == frozenset({"中原技能大奖"})
    assert verdict(second) == "not_eligible"  # 四、（八）: 中华技能大奖 or a 世赛 medal only


# ------------------------------------------------------------------ 18. of a village
def test_of_a_village_is_a_rural_worker(assistant) -> None:
    assert read_said("俺是榆次村里的，想学个厨师").get("rural_laborer") is True
    *_, answer = talk(assistant, "俺是祁县村里的，农闲想学个月嫂，培训班上15天，一天补100，能补1500不？", today=date(2023, 6, 1))
    assert answer.calculation is not None and answer.calculation.value == 1000


# ------------------------------------------------------------------ 19. on the establishment
def test_a_regular_post_on_the_establishment_gets_none_of_the_funds_subsidies(assistant) -> None:
    assert read_said("我在县医院上班，是正式在编的").get("staff_on_establishment") is True
    *_, answer = talk(assistant, "我在县医院当护士，是正式在编的，周末想学个养老护理员，考了证能领职业培训补贴吗？", today=date(2024, 8, 1))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 20. where to apply, after a verdict
@pytest.mark.parametrize("said", ["那该去哪报名？网上能办吗，还是得跑人社局？", "那怎么申请呢？"])
def test_where_to_apply_after_a_verdict_is_not_the_verdict_again(assistant, said: str) -> None:
    first, second = talk(assistant, "我是大同的，去年6月中专毕业，一直没找到工作，能参加就业见习吗？", said, today=date(2022, 8, 1))
    assert verdict(first) == "eligible"
    assert second.answer != first.answer
    assert verdict(second) is None


@pytest.mark.parametrize(("said", "asks"), [("那该去哪报名？", True), ("网上能办吗，还是得跑人社局？", True), ("要是我已经把退休手续办了呢？", False)])
def test_where_to_apply_is_told_from_a_procedure_done(said: str, asks: bool) -> None:
    assert bool(intent("asks_where_to_apply").search(normalize(said))) is asks


# ------------------------------------------------------------------ 21–24
def test_no_job_found_said_with_zhaoshang_is_not_employed() -> None:
    assert read_said("技校毕业快一年了，一直没找上工作").get("employed") is False


def test_the_insurance_then_who_pays_it_then_how_long_is_the_months_insured() -> None:
    assert read_said("我们是小公司，失业保险单位交了三年多，一个月都没落下").get("insured_months") == 42


def test_times_subsidised_said_with_bu_are_the_times_had(assistant) -> None:
    assert read_said("政府出钱的培训我已经补过两回了").get("times_received") == 2
    *_, answer = talk(assistant, "政府给钱的那种职业培训，我前几年补过两回了，今年想学个电焊，还能补几次？", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.value == 1


def test_tisheng_typed_for_the_skill_upgrade_subsidy() -> None:
    assert "技能提升补贴" in normalize("听说有个技能提生补贴")


# ------------------------------------------------------------------ 25. a filing long before
def test_a_filing_said_far_into_its_clause_is_a_facts_date() -> None:
    said = resolve_relative_dates(normalize("我们厂大前年就在市人社局把技能等级认定工作备了案，现在能直接给老师傅认定等级吗"), date(2024, 5, 1))
    assert date_asked(said, date(2024, 5, 1)) == date(2024, 5, 1)


# ------------------------------------------------------------------ 26. an appraisal never let down
@pytest.mark.parametrize("said", ["年度考核也没拉过胯", "考核嘛，我们厂每年都是合格"])
def test_an_appraisal_never_let_down_or_passed_each_year_is_passed(said: str) -> None:
    assert read_said(said).get("annual_appraisal_passed") is True


# ------------------------------------------------------------------ 27. people counted loosely
def test_people_counted_loosely_are_the_firms_headcount() -> None:
    facts = read_said("我们是一家机械厂，五百来号人，制度都健全")
    assert facts.get("headcount") == 500
    assert read_said("住在3号楼").get("headcount") is None


# ------------------------------------------------------------------ 28. a level supposed
def test_a_level_supposed_after_one_held_is_the_one_asked(assistant) -> None:
    *_, answer = talk(assistant, "我们园区去年评上了省级人力资源服务产业园，奖励也拿了。要是明年再评上国家级，国家级那个一次性奖励给多少？", today=date(2024, 4, 1))
    assert answer.calculation is not None and answer.calculation.value == 2000000


# ------------------------------------------------------------------ 29. the speaker and one of kin, counted again
def test_the_speaker_and_one_of_kin_counted_again_are_two(assistant) -> None:
    *_, answer = talk(assistant, "绵阳的，家里是低保户，我跟我弟弟都是今年大学毕业，两个人都在到处找工作，一次性求职补贴我们俩加起来能拿多少？", today=date(2025, 4, 1))
    assert answer.calculation is not None and answer.calculation.value == 3000


# ------------------------------------------------------------------ 30. a reply opening with its yes
def test_a_reply_opening_with_its_yes_answers_yes_unless_a_but_follows() -> None:
    from assistant.rules.inputs import FACTS
    from assistant.understand.replies import clauses_answer

    assert clauses_answer(FACTS["registered_unemployed"], "登了，上个月去社区登的，现在还在家") is True
    assert clauses_answer(FACTS["registered_unemployed"], "登了，不过后来又上班了") is None


# ------------------------------------------------------------------ 31. a registration's date
def test_a_registration_done_before_is_a_facts_date() -> None:
    said = resolve_relative_dates(normalize("去年就去社区登记了，一直没上班，能去见习吗"), date(2025, 7, 1))
    assert date_asked(said, date(2025, 7, 1)) == date(2025, 7, 1)


# ------------------------------------------------------------------ 32. a correction of the group's count
def test_a_correction_counts_the_one_group_held_anew(assistant) -> None:
    first, second = talk(assistant, "运城一家饭店，招了4个见习的，人身意外险有补贴吗？", "说错了，是6个人", today=date(2022, 7, 1))
    assert first.calculation.value == 960
    assert second.calculation.value == 1440


# ------------------------------------------------------------------ 33. a business at school, closed since
def test_a_business_registered_at_school_and_closed_makes_this_one_not_the_first() -> None:
    assert read_said("读大二的时候拿自己身份证在网上注册过一个网店执照，后来注销了").get("first_startup") is False


# ------------------------------------------------------------------ 34. the level at hand
@pytest.mark.parametrize(
    ("said", "held", "wanted"),
    [
        ("前年拿了焊工高级工证，今年这个是焊工中级的", "高级工", "中级工"),
        ("去年考了电工四级，今年单位又让我上了一期电工四级的政府补贴培训班", "中级工", "中级工"),
    ],
)
def test_the_level_of_the_thing_at_hand_is_wanted(said: str, held: str, wanted: str) -> None:
    facts = read_said(said)
    assert facts.get("skill_level") == held and facts.get("target_skill") == wanted


# ------------------------------------------------------------------ 35. what a host pays its interns
def test_what_a_host_pays_the_interns_it_takes_on_is_their_allowance(assistant) -> None:
    *_, answer = talk(assistant, "我们厂在阳泉，打算招两个见习的中专生，每个月该给他们发多少钱？", today=date(2022, 8, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_allowance"


# ------------------------------------------------------------------ 36. 接着延
def test_whether_the_subsidy_goes_on_said_with_yan(assistant) -> None:
    assert read_said("听说公益岗补贴只给3年，到期了还能接着延吗").get("asks_until_retirement") is True
    *_, answer = talk(assistant, "在公益性岗位上干保洁，补贴只给3年，到期了还能接着延吗？我是女的，开始领的时候46岁，退休年龄50", today=date(2024, 5, 1))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 37. one student, no group
def test_a_student_of_one_university_asking_is_asked_the_group(assistant) -> None:
    *_, answer = talk(assistant, "我是绵阳一个大学的大四学生，最近一直在投简历，家里条件比较困难，爸妈都在外面打零工，听说有个1500的求职补贴，我能领吗？", today=date(2024, 11, 1))
    assert verdict(answer) == "need_more_info"


# ------------------------------------------------------------------ 38. placed in that firm
def test_those_placed_in_the_firm_a_class_was_run_with_are_employed() -> None:
    assert read_said("订单班20个人，培训完16个都进了那家厂").get("employed_count") == 16


# ------------------------------------------------------------------ 39. issuer and serial, no year
def test_a_doc_number_without_its_year_is_read_by_issuer_and_serial() -> None:
    from assistant.lookup import read_doc_numbers

    corpus = ["川办发〔2024〕34号", "川人社规〔2022〕9号", "晋人社厅发〔2022〕9号"]
    assert [r.number for r in read_doc_numbers(corpus, "川办发34号这个文件现在还有效吗")] == ["川办发〔2024〕34号"]
    assert [r.number for r in read_doc_numbers(corpus, "川人社规9号讲了什么")] == ["川人社规〔2022〕9号"]
    assert read_doc_numbers(corpus, "住在川西9号楼") == []


# ------------------------------------------------------------------ 40. another topic named in a follow-up
def test_a_follow_up_naming_another_topic_outright_asks_that_topic(assistant) -> None:
    first, second = talk(assistant, "郑州的，我拿过中华技能大奖，能直接晋升特级技师吗？", "那评职称呢，我能破格报正高吗？", today=date(2024, 6, 1))
    assert first.calculation.rule_id == "ha.skill_promotion"
    assert second.calculation is not None and second.calculation.rule_id != "ha.skill_promotion"


# ------------------------------------------------------------------ 41. taken on, then the internship
def test_a_count_taken_on_then_the_internship_in_the_next_clause_are_the_interns() -> None:
    assert read_said("我们这最低工资1900，接4个，见习6个月").get("interns_count") == 4


# ------------------------------------------------------------------ 42–45
def test_a_title_aimed_at_is_asked_of(assistant) -> None:
    *_, answer = talk(assistant, "台州的，2020年5月拿的高级技师证，考核年年合格，领导让我冲一下副高，我现在能报吗", today=date(2024, 3, 1))
    assert verdict(answer) == "not_eligible"  # 3 years 10 months since the level, 4 needed


def test_no_job_found_in_the_norths_words_is_not_employed() -> None:
    assert read_said("前年毕的业，一直也没寻下个营生").get("employed") is False


def test_insurance_said_not_unpaid_then_paid_since_the_firm_opened() -> None:
    facts = read_said("失业保险我们不是没交，开厂两年多一直按时足额交的")
    assert facts.get("insured_months") == 30
    assert facts.get("social_insurance_paid") is not False


def test_the_second_round_of_a_public_post_done_is_one_re_placement() -> None:
    assert read_said("公益岗这已经是第二回干满了").get("public_post_replacements") == 1
    assert read_said("劳动合同第二回到期了").get("public_post_replacements") is None


# ------------------------------------------------------------------ 46. 特级技师 got straight, said other ways
@pytest.mark.parametrize("said", ["我徒弟在新乡一家厂，前年拿了中华技能大奖，厂里要给他弄特级技师，是不是得一级一级排？", "许昌的，我拿过世赛银牌，能直接上特级技师不？"])
def test_the_top_level_got_straight_said_other_ways_is_its_promotion(assistant, said: str) -> None:
    *_, answer = talk(assistant, said, today=date(2024, 6, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "ha.skill_promotion"


# ------------------------------------------------------------------ 47. a level after a trade named …师
@pytest.mark.parametrize(
    ("said", "held", "wanted"),
    [("去年考了个面点师初级证", "初级工", None), ("今年想考中式烹调师中级", None, "中级工")],
)
def test_a_level_after_a_trade_named_shi_is_its_skill_level(said: str, held: str | None, wanted: str | None) -> None:
    facts = read_said(said)
    assert facts.get("skill_level") == held and facts.get("target_skill") == wanted
    assert "title_level" not in facts and "target_title" not in facts


def test_a_title_after_engineer_is_still_a_title_and_times_had_said_nadaoguo() -> None:
    assert read_said("我是工程师中级职称").get("title_level") == "中级"
    assert read_said("去年考证拿到过一次评价补贴").get("times_received") == 1
