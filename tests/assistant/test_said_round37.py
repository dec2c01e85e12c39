"""Round 37: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. A hedge between the verb and the number (交了快两年, 交了大概两年, 交了得有两年): the way declared with the verb alone
   fits it — the months insured, a bound from above kept as one.
2. Layoffs said with 裁掉了: the count laid off.
3. On the same post all along (一直在这个岗上干到现在): in post.
4. The business act named, then said to be the first (开店这还是头一回): the first business.
5. A transcript's question of the level wanted (你想考什么等级？) answered by a bare level: the level wanted.
6. A level followed by how it is got (技师这一级怎么考): the level wanted, not held.
7. A loan, then how much may be borrowed (贷款的话最多能借多少): the guaranteed start-up loan — not a home loan.
8. The rest of a group said by 剩下那个 after a part of it counted: the part and the rest, not another group.
9. A confirmation or what is told, then a follow-up (对，都期满了。那能提到多少？): the answer that gives it may stand.
10. A level supposed (要是明年评上特级技师): the one asked of.
11. The years to retirement said with a pronoun between (离我退休还有四年多): the years to retirement.
12. A national-contest gold asked against the straight promotion to 特级技师: that promotion's own rule, not the
    innovation one.
13. Last year's contributions said by who paid them together (去年厂里连工人一起交了…): the insurance paid, and last year
    is the base year's, not the day asked.
14. Insurance begun for someone (才开始给我交): a fact's date, not the day asked.
15. A day's figure heard (说是一天80块补) of a class joined: the training subsidy.
16. Applying now, then whether that is allowed (现在就去申请延续行不行): whether.
17. Days missed here and there without leave (没请过假，东一天西一天，加起来有9天): the absence in all.
18. Whether the subsidy is about to run out (补助是不是快要到期了): whether it runs to retirement.
19. Weeks worked on weekdays (四个礼拜，周一到周五都去): five working days a week — 周五 in a range of weekdays is a day
    of the week, not five days.
20. Years listed, then each had once (前年跟去年各领过一次): one occasion a year.
21. 考 a bare 中级 after a skill level was told (还是电工，这回考中级的): a skill level taken, no title asked.
22. A part of the whole kept on (八个当中只留五个): the count retained.
23. The certificate looked at in the clause before, its date in this one (翻了下证书，是…发的): the level's date.
24. 前前后后 (all along) is not 后 (after): the years in the trade, not the years since the level.
25. The business shrank and people went, in one clause (业务收缩走了6个人): laid off.
26. On the establishment said by denying it is lacking (编制不是没有，是有编的那种).
27. Days said, then said to be working days (是18天，都是工作日): the working days.
28. Starting up told, the subsidy asked in the next sentence (第一次自己创业。…有什么补贴没？): the start-up subsidy.
29. One from the countryside who took a training (我是…农村的，…报了个…培训): a worker's own training.
30. A day's figure heard with 的话 (每天100块的话补贴就是…): the local subsidy a day — the digital plan defers to it.
31. A group said by what they have (还有1个是办了国家助学贷款的): that group's count.
32. A certificate's date said with 取的 (19年12月取的高级技师证): the level's date.
33. Whether there is anything, in Sichuan words (有啥子补贴没得): asked of the case told.
34. People counted loosely with 号人 after 厂子 (厂子，六十来号人): the firm's headcount.
35. Still at a workplace named by its kind (还在机械厂干钳工): in post.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict

from assistant.query import date_asked
from assistant.text import normalize, resolve_relative_dates


# ------------------------------------------------------------------ 1. a hedge between the verb and the number
@pytest.mark.parametrize(
    ("said", "months"),
    [
        ("失业保险厂里一直按月交的，交了快两年了", 23),
        ("失业保险交了大概两年", 24),
        ("失业保险一直有交，交了得有两年了", 24),
        ("失业保险交了少说也有两年", 24),
    ],
)
def test_a_hedge_between_the_verb_and_the_number_still_reads_the_months_insured(said: str, months: int) -> None:
    assert read_said(said).get("insured_months") == months


# ------------------------------------------------------------------ 2. layoffs said with 裁掉了
def test_layoffs_said_with_caidiaole_are_counted() -> None:
    assert read_said("去年参保的有28个人，下半年裁掉了3个").get("layoffs_count") == 3


# ------------------------------------------------------------------ 3. on the same post all along
def test_on_the_same_post_all_along_is_in_post() -> None:
    assert read_said("2008年进厂当钳工，一直在这个岗上，没换过工种").get("in_post") is True


# ------------------------------------------------------------------ 4. the first business, said after the act
@pytest.mark.parametrize("said", ["在厂里干了好些年，自己开店这还是头一回", "注册公司对我来说也是第一次"])
def test_the_business_act_then_said_to_be_the_first_is_the_first_business(said: str) -> None:
    assert read_said(said).get("first_startup") is True


# ------------------------------------------------------------------ 5. a transcript's question of the level wanted
def test_a_bare_level_replying_to_a_transcripts_question_of_the_level_wanted_is_wanted() -> None:
    from assistant.understand.dialogue import DialogueState, _fill_asked_in_transcript

    facts = {"skill_level": "技师"}
    asked = "同一职业同一等级不能重复申领。你准备考什么等级？"
    assert _fill_asked_in_transcript("高级工吧，技师证我去年就拿了", DialogueState(), facts, asked) == "target_skill"
    assert facts["target_skill"] == "高级工"


# ------------------------------------------------------------------ 6. a level followed by how it is got
@pytest.mark.parametrize(("said", "wanted"), [("想打听下高级技师这一级怎么考", "高级技师"), ("技师咋评啊，我是高级工", "技师")])
def test_a_level_followed_by_how_it_is_got_is_wanted(said: str, wanted: str) -> None:
    facts = read_said(said)
    assert facts.get("target_skill") == wanted
    assert facts.get("skill_level") != wanted


def test_a_level_followed_by_how_a_title_is_got_stays_held() -> None:
    assert read_said("高级技师怎么评副高").get("skill_level") == "高级技师"


# ------------------------------------------------------------------ 7. a loan, then how much may be borrowed
def test_how_much_a_loan_may_be_asked_is_the_start_up_loan(assistant) -> None:
    *_, answer = talk(assistant, "我是返乡的农民工，打算在南充开个小饭馆，贷款的话，个人最多能借多少？", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.startup_loan"
    assert answer.calculation.value == 300000


def test_a_home_loan_is_not_the_start_up_loan(assistant) -> None:
    *_, answer = talk(assistant, "成都的，房贷最多能贷多少？", today=date(2025, 3, 1))
    assert answer.calculation is None or answer.calculation.rule_id != "sc.startup_loan"


# ------------------------------------------------------------------ 8. the rest said by 剩下那个
def test_the_rest_said_by_that_one_left_is_the_rest_of_the_group(assistant) -> None:
    *_, answer = talk(
        assistant,
        "遂宁一家公司，今年招了3个应届大学生，2个签了三年合同，社保也都交了；剩下那个只签了半年合同。一次性吸纳就业补贴一共能拿多少？",
        today=date(2024, 9, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 4000


# ------------------------------------------------------------------ 9. a confirmation, then the follow-up
@pytest.mark.parametrize("said", ["对，那能提到最低工资的百分之多少？", "都是一批的，见习都结束了。那能提到最低工资的百分之多少？"])
def test_a_follow_up_after_a_confirmation_gets_the_answer_that_gives_it(assistant, said: str) -> None:
    first, second = talk(assistant, "晋城一家商场，今年带了10个见习的，见习结束留下了7个，留用率高的话补贴能多给吗？", said, today=date(2022, 11, 1))
    assert first.calculation is not None and first.calculation.rule_id == "sx.internship_subsidy"
    assert second.calculation is not None and second.calculation.value == first.calculation.value


# ------------------------------------------------------------------ 10. a level supposed
def test_a_level_supposed_is_the_one_asked_of(assistant) -> None:
    first, second = talk(
        assistant,
        "温州的，我高级技师拿了6年了，一直在车间干，考核年年合格，能评副高吗？",
        "那假如过两年评上特级技师，还在车间干，正高能报不？",
        today=date(2026, 3, 1),
    )
    assert verdict(first) == "eligible"
    assert verdict(second) == "eligible"
    assert second.calculation.value == "正高级"


@pytest.mark.parametrize(("said", "held"), [("如果今年考上技师，能报中级职称吗", "技师"), ("一旦拿到高级技师，副高能评不", "高级技师")])
def test_a_level_supposed_is_read_as_held_for_the_question(said: str, held: str) -> None:
    assert read_said(said).get("skill_level") == held


# ------------------------------------------------------------------ 11. the years to retirement, a pronoun between
@pytest.mark.parametrize("said", ["第一次核定的时候，离我退休还有四年多", "当时她距她法定退休就剩四年多了"])
def test_years_to_retirement_said_with_a_pronoun_between(said: str) -> None:
    assert read_said(said).get("years_to_retirement") == Decimal("4.5")


# ------------------------------------------------------------------ 12. a national-contest gold and 特级技师
def test_a_national_contest_gold_asked_against_the_straight_promotion_is_that_rule(assistant) -> None:
    *_, answer = talk(assistant, "洛阳的，我前年在国赛上获奖拿了金牌，听说河南能破格直接晋升特级技师，我这个能不能？", today=date(2024, 5, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "ha.skill_promotion"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 13. last year's contributions, paid together
def test_last_years_contributions_paid_together_are_the_insurance_paid_not_the_day_asked(assistant) -> None:
    said = "乐山一个小厂，去年厂里连工人一起交了三万，一个人都没裁，失业保险交了五六年了，稳岗返还能返多少？"
    assert read_said(said, date(2024, 9, 1)).get("unemployment_insurance_paid") == 30000
    assert date_asked(resolve_relative_dates(normalize(said), date(2024, 9, 1)), date(2024, 9, 1)) == date(2024, 9, 1)
    *_, answer = talk(assistant, said, today=date(2024, 9, 1))
    assert answer.calculation is not None and answer.calculation.value == 18000


# ------------------------------------------------------------------ 14. insurance begun for someone
def test_insurance_begun_for_someone_is_a_facts_date() -> None:
    said = resolve_relative_dates(normalize("厂里去年11月才开始给我交失业保险，能领技能提升补贴吗"), date(2024, 9, 1))
    assert date_asked(said, date(2024, 9, 1)) == date(2024, 9, 1)


# ------------------------------------------------------------------ 15. a day's figure heard, of a class joined
def test_a_days_figure_heard_of_a_class_joined_is_the_training_subsidy(assistant) -> None:
    *_, answer = talk(assistant, "榆次的，下岗了在街道登了记，报了个培训学校开的月嫂班，一共上12天，说是按一天100块补，能拿1200不？", today=date(2023, 9, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.worker_training_subsidy"
    assert answer.calculation.value == 1000


# ------------------------------------------------------------------ 16. applying now, whether that is allowed
@pytest.mark.parametrize("said", ["现在就去申请延续行不行？", "这个月去办，可以吗"])
def test_applying_now_then_whether_allowed_asks_whether(said: str) -> None:
    assert read_said(said).get("asks_whether") is True


# ------------------------------------------------------------------ 17. days missed here and there
def test_days_missed_here_and_there_without_leave_are_the_absence_in_all() -> None:
    facts = read_said("也没请假，东一天西一天，前后一共8天")
    assert facts.get("absence_total_days") == 8
    assert facts.get("absence_excused") is False


# ------------------------------------------------------------------ 18. whether the subsidy is about to run out
def test_whether_the_subsidy_is_about_to_run_out_asks_whether_it_runs_to_retirement() -> None:
    assert read_said("在公益岗干了两年半了，补助是不是快要到期了？").get("asks_until_retirement") is True


# ------------------------------------------------------------------ 19. weeks worked on weekdays
def test_weeks_worked_on_weekdays_are_five_working_days_a_week() -> None:
    assert normalize("星期一到星期五天天加班") == "星期一到星期五天天加班"
    assert read_said("在运城一家单位见习，前后做了四个礼拜，周一到周五都去，后来就不去了").get("working_days") == 20


# ------------------------------------------------------------------ 20. years listed, each had once
def test_years_listed_each_had_once_are_one_occasion_a_year() -> None:
    assert read_said("前年、去年和今年各领过一次培训补贴了", date(2025, 6, 1)).get("times_received") == 3


# ------------------------------------------------------------------ 21. 考 a bare 中级 after a skill level
def test_kao_a_bare_middle_level_after_a_skill_level_is_no_title(assistant) -> None:
    first, second = talk(assistant, "宁德的，失业登记了，去年拿焊工初级证那回领过1次评价补贴。", "焊工的，这次考的是中级，能领不", today=date(2024, 10, 1))
    assert second.calculation is not None and second.calculation.rule_id == "cn.fund.evaluation_subsidy"
    assert not second.abstained


# ------------------------------------------------------------------ 22. a part of the whole kept on
def test_a_part_of_the_whole_kept_on_is_the_count_retained() -> None:
    assert read_said("八个当中只留五个").get("retained_count") == 5


# ------------------------------------------------------------------ 23. the certificate looked at, its date
def test_the_certificate_looked_at_then_its_date_is_the_levels_date() -> None:
    assert read_said("我刚翻了翻证书，是2018年5月发的").get("level_obtained_date") == date(2018, 5, 1)


# ------------------------------------------------------------------ 24. 前前后后 is not after
def test_all_along_is_not_after_the_level() -> None:
    facts = read_said("技师证老早就拿了，这一行前前后后干了二十年")
    assert facts.get("years_in_occupation") == 20
    assert "years_since_level" not in facts


# ------------------------------------------------------------------ 25. the business shrank and people went
def test_people_gone_when_the_business_shrank_are_laid_off() -> None:
    assert read_said("去年订单萎缩走了5个人").get("layoffs_count") == 5


# ------------------------------------------------------------------ 26. on the establishment, lack denied
def test_on_the_establishment_said_by_denying_it_is_lacking() -> None:
    assert read_said("在镇卫生院上班，编制也不是没有，属于有编的").get("staff_on_establishment") is True


# ------------------------------------------------------------------ 27. days, then said to be working days
def test_days_then_said_to_be_working_days_are_the_working_days() -> None:
    assert read_said("查了考勤是17天，都是工作日").get("working_days") == 17


# ------------------------------------------------------------------ 28. starting up told, subsidy asked next
def test_starting_up_told_then_the_subsidy_asked_in_the_next_sentence(assistant) -> None:
    *_, answer = talk(assistant, "我去年大专毕业，在南充开了个小吃店，第一次自己创业。四川对这种有什么补贴没？", today=date(2025, 5, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.startup_subsidy"


# ------------------------------------------------------------------ 29. one from the countryside took a training
def test_one_from_the_countryside_who_took_a_training_is_a_workers_own_training() -> None:
    assert read_said("我是和顺乡下的，不是厂里上班的，在县里报了个10天的电焊培训").get("training_kind") == "劳动者技能提升培训"


# ------------------------------------------------------------------ 30. a day's figure heard with 的话
def test_a_days_figure_heard_with_dehua_is_the_local_subsidy_not_the_digital_plan(assistant) -> None:
    *_, answer = talk(assistant, "太谷的，下岗了，报了个直播电商的培训班，上了14天课，听说每天100块的话补贴有一千四？", today=date(2023, 9, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "jz.worker_training_subsidy"
    assert answer.calculation.value == 1000


# ------------------------------------------------------------------ 31. a group said by what they have
def test_a_group_said_by_what_they_have_is_counted() -> None:
    counts = dict(read_said("家里低保的2个，还有3个是办了国家助学贷款的").get("category_counts") or ())
    assert counts.get("获得国家助学贷款") == 3


# ------------------------------------------------------------------ 32. a certificate's date said with 取的
def test_a_certificates_date_said_with_qude_is_the_levels_date() -> None:
    assert read_said("我是2020年8月取的技师证，一直在厂里干").get("level_obtained_date") == date(2020, 8, 1)


# ------------------------------------------------------------------ 33. whether there is anything, Sichuan words
def test_whether_there_is_anything_in_sichuan_words() -> None:
    from assistant.understand.intents import intent

    assert intent("asks_any_for_case").search(normalize("我们这种情况有啥子补贴没得"))


# ------------------------------------------------------------------ 34. people counted loosely after 厂子
def test_people_counted_loosely_after_changzi_are_the_headcount() -> None:
    assert read_said("我们德阳这个厂子，六十来号人，效益还行").get("headcount") == 60


# ------------------------------------------------------------------ 35. still at a workplace named by its kind
def test_still_at_a_workplace_named_by_its_kind_is_in_post() -> None:
    assert read_said("到时候还在机械厂干钳工").get("in_post") is True
