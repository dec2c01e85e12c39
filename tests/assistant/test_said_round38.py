"""Round 38: facts and questions said in other words, read by declared mechanisms (probing in our own words; none of
these is a held-out or blind item).

1. The others who trained with the speaker (和另外两个人一起去学): not all who trained — the speaker's group, the
   speaker counted in.
2. A number kept on after a modal (准备留11个, 想留11个): the interns retained.
3. An internship left after a week or two (干了两个多星期就辞了; the reply 算下来一共去了11天): a part month, its working days asked — and the reply
   answers the question.
4. Every trainee kept on where they went to work (培训完全都留在我们厂干了): an employment rate of 100%.
5. 报 typed as 保 before the title applied for (破格保副高).
6. 上 after 待遇 (待遇上参照什么职称) is no verb of reaching a title: the treatment asked.
7. Records kept, said with 留 or 放 (资料得放几年): how long the records are kept.
8. Layoffs said by the employer as 辞了 (辞了3个).
9. The firm's unemployment insurance paid back, without 稳岗 (失业险交的钱能不能退点回来): the refund.
10. A university finished, said with 念完/读完 (在太原念完大学): a graduate, and the year is the fact's, not the day
    asked.
11. A correction that names those gone and those left (中间走了3个，留到现在的就剩8个): the count left.
12. Facts added late that only another topic reads (哦对了，焊工高级工证我前年就考到了，现在学的是焊工中级): that topic.
13. The certificate looked up (网上能查证书真伪吗): a covered concept, not declined.
14. Insured said in one sentence, a certificate's subsidy asked in the next: the skill-upgrade subsidy.
15. Trades learned, then the subsidy had so many times (学过美发、学过电焊，补贴都领了两回): the times — the national rule for an
    uncovered province.
16. 照 typed as 招 after 执 (办的执招).
17. A month said bare after a bare 今年 (今年…开了家面馆，6月份办的执招): this year's month.
18. Insurance paid from the month of hire (社保是入职当月就交上的): a fact's date, not the day asked.
19. A training school (职业培训学校) applying to evaluate is no 技工院校.
20. Years said to be another level's, the level's own day told anew (干了三年多的是中级工，高级工证去年4月才拿到).
21. Money given on top, said in plain words (省里还会另外给一笔钱): the award bonus.
22. The same machine kept to, the post never changed (一直守在那台铣床边上，岗位从来没调过): in post.
23. Whether a document was in force on the day of an event said before (提交的那天，这份新文件究竟生效了没有？).
24. 学 the verb, not 培训学校: a training school named is no trade learned.
25. A year and months (一年零两个月, written 1.17年) as whole months: 14.
26. Told to be outside those an internship is for (工作人员讲我超出范围了): the verdict asked.
27. A lack of layoffs denied (倒不是说没裁过人，裁了3个): no rate of none — the count decides.
28. An appraisal failed, the year said before it and the rating a clause on (前年那回考核…，给评了个不合格).
29. What kind of person may come (什么样的人可以来见习): who an internship is for.
30. The interns' months said together as half a year (见习期也是半年): 6.
31. 称 typed as 秤 after 职 (中级职秤): a title.
32. Trades listed, then all had with 已经 between (学厨师、保安、育婴员的时候都已经领过补贴): one occasion each.
33. The village's transferred workers trained (帮乡下的转移劳动力开了期电工班): a workers' own course.
34. Promoted straight, the one promoted said between (直接帮老张上特级技师, 破格让他晋为特级技师): the promotion asked, wanted.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shared_support import read_said, talk, verdict


# ------------------------------------------------------------------ 1. the others who trained with the speaker
def test_the_others_who_trained_with_the_speaker_are_not_all_who_trained(assistant) -> None:
    *_, answer = talk(assistant, "我在平遥农村，和邻居另外两个人一起报了个养老护理培训，培训了8天，每天补100块，我们仨总共能拿多少补贴？", today=date(2023, 9, 20))
    assert answer.calculation is not None and answer.calculation.value == 2400


def test_the_others_said_with_the_speaker_left_unsaid_count_the_speaker_in() -> None:
    assert read_said("俺是太谷农村的，和另外两个人一起去学了10天厨师").get("people_count") == 3


# ------------------------------------------------------------------ 2. a number kept on after a modal
@pytest.mark.parametrize(("said", "kept"), [("到期后准备留11个", 11), ("期满我们准备留5个", 5)])
def test_a_number_kept_on_after_a_modal_is_retained(said: str, kept: int) -> None:
    assert read_said(said).get("retained_count") == kept


def test_the_interns_kept_on_in_a_reply_raise_the_subsidy(assistant) -> None:
    first, second = talk(assistant, "晋城一家厂，今年接了12个见习生，单位能拿多少见习补贴？", "期满以后想留11个", today=date(2022, 9, 20))
    assert first.calculation is not None and first.calculation.value == Decimal("0.6")
    assert second.calculation is not None and second.calculation.value == 1


# ------------------------------------------------------------------ 3. an internship left after a week or two
def test_an_internship_left_after_weeks_asks_the_working_days_and_the_reply_answers(assistant) -> None:
    first, second = talk(assistant, "吕梁的，在一家单位见习，才干了两个多星期就辞了，基本生活补助还有吗？", "算下来一共去了11天", today=date(2022, 8, 16))
    assert first.follow_up and "工作日" in first.follow_up
    assert verdict(second) == "not_eligible"


# ------------------------------------------------------------------ 4. every trainee kept on where they went to work
@pytest.mark.parametrize("said", ["30个学员培训了12天，培训完全都留在我们厂干了", "结业后学员都让我们厂留下来干活了"])
def test_every_trainee_kept_on_is_an_employment_rate_of_all(said: str) -> None:
    assert read_said(said).get("employment_rate") == 1


def test_none_kept_on_is_no_employment_rate() -> None:
    assert read_said("培训结束后都没留下来上班").get("employment_rate") is None


# ------------------------------------------------------------------ 5. 报 typed as 保 before the title
def test_bao_typed_for_bao_before_a_title_applies_for_it(assistant) -> None:
    *_, answer = talk(assistant, "我是郑州一个厂的焊工，高级技师证拿了6年了，一直在岗干本行，学历只有初中。河南这边说高级技师可以破格保副高，像我这种够不够？", today=date(2024, 4, 20))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 6. 上 after 待遇
def test_shang_after_treatment_asks_the_treatment_not_a_title(assistant) -> None:
    *_, answer = talk(assistant, "四川的，公司在聘的技师，待遇上可以参照哪级职称？", today=date(2025, 3, 10))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.treatment_equivalence"


# ------------------------------------------------------------------ 7. records kept, said with 留
def test_records_kept_said_with_liu_is_how_long_they_are_kept(assistant) -> None:
    *_, answer = talk(assistant, "四川一家评价机构，纸质的考试资料得放几年？", today=date(2023, 7, 19))
    assert answer.calculation is not None and answer.calculation.value == 3


# ------------------------------------------------------------------ 8. layoffs said as 辞了
def test_layoffs_said_by_the_employer_as_ci_le_are_counted() -> None:
    assert read_said("参保的一共20个人，去年辞了3个").get("layoffs_count") == 3


# ------------------------------------------------------------------ 9. the insurance paid back, without 稳岗
def test_unemployment_insurance_paid_back_is_the_refund(assistant) -> None:
    first, second = talk(
        assistant, "我在南充开了个小作坊，失业险交的钱能不能退点回来？", "参保的有18个，去年辞掉了2个，一直按时足额缴，缴了3年多", today=date(2024, 10, 8)
    )
    assert first.calculation is not None and first.calculation.rule_id == "sc.stabilization_refund"
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 10. a university finished, said with 念完
def test_a_university_finished_said_with_nian_wan_is_a_graduate_of_that_year(assistant) -> None:
    facts = read_said("我2022年6月在太原读完大专，一直在家")
    assert facts.get("graduation_year") == 2022
    *_, answer = talk(assistant, "我2023年7月在大同念完大学，一直没找到合适的工作，今年25了，想去参加就业见习，可以吗？", today=date(2025, 9, 15))
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 11. a correction naming those gone and those left
def test_a_correction_naming_those_gone_and_those_left_takes_the_count_left(assistant) -> None:
    *_, answer = talk(
        assistant, "我们厂在宜宾，招了一批脱贫户，能认定就业帮扶基地吗？", "招了11个", "等下说错了，中间走了3个，留到现在的就剩8个", today=date(2025, 5, 14)
    )
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 12. facts added late that only another topic reads
def test_facts_added_late_that_only_another_topic_reads_ask_of_that_topic(assistant) -> None:
    *_, answer = talk(
        assistant, "无锡的，报了个焊工培训班，这个补贴是学校领还是我自己领？", "哦对了，焊工高级工证我前年就考到了，现在学的是焊工中级，还给补吗？", today=date(2024, 6, 25)
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.training.level_repeat"
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 13. the certificate looked up
def test_a_certificate_looked_up_is_not_declined(assistant) -> None:
    *_, answer = talk(assistant, "我在绵阳考的电工证，网上能查证书真伪吗", today=date(2025, 8, 8))
    assert not answer.abstained
    assert any(c.article == "三、（四）" for c in answer.citations)


# ------------------------------------------------------------------ 14. insured in one sentence, a certificate's subsidy asked in the next
def test_insured_then_a_certificates_subsidy_asked_in_the_next_sentence_is_the_skill_upgrade_subsidy(assistant) -> None:
    first, second = talk(
        assistant, "泸州一家机械厂的工人，失业保险厂里一直在交。最近拿到一个证，能领什么补贴不？", "交了快两年了，上个月拿的焊工中级证", today=date(2024, 11, 20)
    )
    assert first.calculation is not None and first.calculation.rule_id == "sc.skill_upgrade_subsidy"
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 15. trades learned, the subsidy had so many times
def test_trades_learned_then_times_had_ask_the_times_in_an_uncovered_province(assistant) -> None:
    *_, answer = talk(
        assistant, "我老家河南农村的，在深圳打工，想学个电工，听说培训有补贴？", "以前学过美发、学过电焊，补贴都领了两回，这次学电工还给补不", today=date(2024, 7, 30)
    )
    # (the times left are the answer — by the clause on times, or by the six groups' clause once the person is known to be
    # of one of them: 老家河南农村的，在深圳打工 — a rural worker transferred)
    assert answer.calculation is not None and answer.calculation.rule_id in ("cn.fund.training_subsidy_times", "cn.fund.six_groups_training")
    assert verdict(answer) == "eligible" and answer.calculation.value == 1


# ------------------------------------------------------------------ 16–17. 执招 typed for 执照; a bare month after a bare 今年
def test_a_licence_typed_zhizhao_and_a_bare_month_after_this_year_date_the_registration(assistant) -> None:
    *_, answer = talk(assistant, "今年从外地回赣州开了家面馆，6月份办的执招，以前没做过生意，能申请一次性创业补贴吗？", today=date(2024, 12, 3))
    assert answer.calculation is not None and answer.calculation.inputs.get("registration_date") == date(2024, 6, 1)
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 18. insurance paid from the month of hire
def test_insurance_paid_from_the_month_of_hire_is_no_day_asked(assistant) -> None:
    first, second = talk(assistant, "绵阳的公司，今年招了几个应届本科生，有啥补贴？", "一共6个人，都是7月份刚毕业的，劳动合同两年，社保是入职当月就交上的", today=date(2024, 10, 15))
    assert second.calculation is not None and second.calculation.value == 12000
    assert "尚未生效" not in second.answer


# ------------------------------------------------------------------ 19. a training school is no 技工院校
def test_a_training_school_applying_to_evaluate_is_not_a_technical_schools_own_assessment(assistant) -> None:
    first, second = talk(
        assistant, "我们是湖州一家职业培训学校，想申请成社会评价组织做等级认定，向哪里申请？", "获批以后有效期是几年？期满还想继续做要怎么办？", today=date(2023, 3, 7)
    )
    assert not second.abstained
    assert any(c.article == "一、（三）5." for c in second.citations)


# ------------------------------------------------------------------ 20. the years were another level's; the level's day told anew
def test_years_said_to_be_another_levels_give_way_to_the_levels_day(assistant) -> None:
    *_, answer = talk(
        assistant,
        "宁波的，钳工，高级工拿了三年多了，一直在这个厂干钳工，想报助理工程师行不行？",
        "搞错了，干了三年多的是中级工，高级工证去年4月才拿到",
        today=date(2023, 8, 22),
    )
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 21. money given on top, said in plain words
def test_money_given_on_top_of_a_national_title_is_the_award_bonus(assistant) -> None:
    *_, answer = talk(assistant, "俺是开封一个厂的焊工，去年评上了全国技术能手，厂里说省里还会另外给一笔钱，给多少？", today=date(2024, 5, 27))
    assert answer.calculation is not None and answer.calculation.rule_id == "ha.award_bonus"
    assert answer.calculation.value == 20000


# ------------------------------------------------------------------ 22. the same machine kept to, the post never changed
def test_the_same_machine_kept_to_is_in_post(assistant) -> None:
    assert read_said("从2006年进厂起一直守在那台铣床边上，岗位从来没调过").get("in_post") is True
    *_, answer = talk(assistant, "洛阳的，我是高级技师，前几年评上了全国技术能手，想破格报正高，有啥要求不？", "从06年进厂起一直守在那台铣床边上，岗位从来没调过", today=date(2024, 11, 26))
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 23. in force on the day of an event said before
def test_whether_a_document_was_in_force_on_the_day_said_before(assistant) -> None:
    *_, answer = talk(
        assistant, "我是绍兴的技师，单位2022年12月8号帮我按浙江新出的贯通办法报了中级职称的材料。", "我想问的是，公司替我提交的那天，这份新文件究竟生效了没有？", today=date(2023, 2, 1)
    )
    assert answer.status == "not_yet_effective"


# ------------------------------------------------------------------ 24. 学 the verb, not 培训学校
def test_a_training_school_named_is_no_trade_learned(assistant) -> None:
    *_, answer = talk(
        assistant, "佛山做电工的，两年前在职业培训学校学电工中级领过一回补贴，今年在别的机构把电工中级又学了一遍，这次还有补贴吗？", today=date(2025, 6, 3)
    )
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 25. a year and months, as months
def test_a_year_and_months_insured_are_whole_months(assistant) -> None:
    first, second = talk(
        assistant, "我在内江一个水泥厂干活，公司这几年都给我缴失业险。前阵子考下来一个证，有补贴拿不？", "缴了一年零两个月，证是上个月才发的焊工中级", today=date(2024, 11, 20)
    )
    assert second.calculation is not None and second.calculation.inputs.get("insured_months") == 14
    assert verdict(second) == "eligible"


# ------------------------------------------------------------------ 26. told to be outside those an internship is for
def test_told_to_be_outside_those_an_internship_is_for_asks_the_verdict(assistant) -> None:
    *_, answer = talk(
        assistant, "运城的，2023年7月本科毕业后一直在家，今年25，想报就业见习，工作人员讲我超出范围了，对吗？", today=date(2025, 9, 15)
    )
    assert verdict(answer) == "not_eligible"


# ------------------------------------------------------------------ 27–31. round 38's last batch
def test_a_lack_of_layoffs_denied_is_no_rate_of_none() -> None:
    facts = read_said("厂里去年订单少，倒不是说没裁过人，裁了3个")
    assert facts.get("layoff_rate") is None and facts.get("layoffs_count") == 3


def test_an_appraisal_failed_the_year_before_last_said_a_clause_on_is_within_three_years(assistant) -> None:
    *_, answer = talk(
        assistant, "高级技师是19年考的，这些年一直在宁波一家厂的一线。考核方面，前年那回考核跟主任吵了一架，给评了个不合格，后来都合格。今年想报副高，行吗？", today=date(2023, 5, 20)
    )
    assert verdict(answer) == "not_eligible"


def test_what_kind_of_person_may_come_asks_who_an_internship_is_for(assistant) -> None:
    first, second = talk(assistant, "太原的公司，打算收几个见习生，什么样的人可以来见习？", "有个小伙子中专毕业一年多了，一直在家没找着活，今年19", today=date(2022, 7, 12))
    assert first.calculation is not None and first.calculation.rule_id == "sx.internship_scope"
    assert verdict(second) == "eligible"


def test_interns_months_said_together_as_half_a_year() -> None:
    assert read_said("今年收了3个见习的，见习期也是半年").get("internship_months") == 6


def test_zhicheng_typed_with_the_steelyard_character_is_a_title(assistant) -> None:
    *_, answer = talk(assistant, "宁波的，焊工技师证是22年3月拿的，之后一直在厂里干焊接，考核都合格。这回想申报中级职秤，行不行？", today=date(2024, 9, 15))
    assert answer.calculation is not None and answer.calculation.rule_id == "zj.title_by_skill_level"


# ------------------------------------------------------------------ 32–34
def test_trades_listed_then_all_had_with_yijing_count_each(assistant) -> None:
    assert read_said("前几年学厨师、保安、育婴员的时候都已经领过补贴，这次还能领吗").get("times_received") == 3


def test_the_villages_transferred_workers_trained_is_a_workers_own_course() -> None:
    assert read_said("我们在祁县帮乡下的转移劳动力开了期电工班").get("training_kind") == "劳动者技能提升培训"


def test_promoted_straight_said_with_the_one_promoted_between(assistant) -> None:
    *_, answer = talk(assistant, "洛阳一家企业，车间的老张是高级技师，去年得了中华技能大奖，公司打算直接帮老张上特级技师，河南政策上可以吗？", today=date(2025, 11, 12))
    assert answer.calculation is not None and answer.calculation.rule_id == "ha.skill_promotion"
    assert verdict(answer) == "eligible"
    facts = read_said("能不能不论年限，破格让他晋为特级技师？")
    assert facts.get("target_skill") == "特级技师" and facts.get("skill_level") != "特级技师"
