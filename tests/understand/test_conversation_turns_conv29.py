"""Conversations that go wrong on their last turn (round 13, blind-dev29 classes), played through the whole
assistant with its own answers as the transcript; our own wording, persons, numbers and documents.

- a reply's date that tells of a past fact (“前年还被评为优秀”) is that fact's, not the day the rules are
  judged at (the years since a level are counted to today);
- a reply that denies a level with words between (“特级技师厂里从来没评过”) holds it not, and the level said
  held in the same reply (“我只是高级技师”) is the one held, when the title asked is changed (“那正高呢？”);
- a “no” to “which awards?” with an explanation that names none of the choices (“就区里评过一次先进”) is none;
- a correction (“说错了，…那现在能报哪个”) goes on with the same question, whatever other words it says;
- a question whether the measure just discussed still holds, asked in one clause of a message (“这个规定还在
  不在”), is a validity question about that measure and its own period; a 文号 said by its number alone
  (“那个15号文”) in a conversation about one province is that province's document; “这个办法是现行有效的吧？
  以前那个…号还能用吗” says first that the document discussed is in force;
- “那里面…要啥条件” after naming a measure the corpus holds only as its cover notice is declined; “这个管理办法
  是发给哪些单位的？” after a notice that names the 管理办法 it is based on is asked of that 管理办法's notice;
- a new question while a fact is pending (“顺便问一下，这笔钱最晚什么时候得发到位”) that tells nothing and asks
  by when is answered from the passage that states the time limit, and nothing is asked again;
- a bare value with nothing asked (“国家级”) that is a choice of one fact the topic reads is that fact; a
  correction said with 看错了 replaces it;
- facts told in earlier turns decide a later one: a day of leaving school said to the month outweighs a count
  of years said beside it (“毕业两年多了，2024年5月毕业的”), and “离校两年内一直没找到工作的大学毕业生” said at
  the start is the category the later question needs;
- a changed element that is the day of the event (“那要是今年招的呢？”) judges the same question on that day,
  not on the earlier event's (a year restated in brackets, “去年（2022年）接了…”, is the event's too); the time
  still short of a full internship (“见习还差两个月没满”) is the months remaining, not fewer;
- “…，这几个人呢” after describing some of the people is the last question put of them: a clause that reads
  both subsidies named across the two turns (取证补贴, 技能提升补贴) answers it;
- a statement that tells how many people a per-person subsidy is for (“10个人学了6天”, a bare “12个”), asking
  nothing, wants what they come to: the total over them, and so does a correction of another fact of it
  (“搞错了，学了14天”) — also when the answer took the one province's rule as assumed;
- a total asked again, telling nothing new, right after the answer that gave it with another part beside it
  (见习补贴合计…；另有保费补贴…, then “那总共能拿多少？”) adds that part (facts declared ``asked_again``);
- a whole question of its own asked of the document just discussed (“那对转型服务商有什么要求？指南里怎么说？”)
  is ranked by its own words as much as by the earlier ones.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import talk, verdict


def test_a_date_of_an_appraisal_in_a_reply_is_not_the_day_judged(assistant):
    from assistant.query import date_asked

    assert date_asked("合格，前年还被评为优秀", date(2026, 12, 1)) == date(2026, 12, 1)
    first, last = talk(assistant, "温州的焊工，2022年3月拿的高级技师，一直在岗，想评副高", "合格，前年还被评为优秀")
    assert first.state.pending == "annual_appraisal_passed", first.follow_up
    # 2022年3月 to 2026年12月 is over 4 years; to the end of 前年 (2024) it would not be
    assert verdict(last) == "eligible", last.answer


def test_a_level_denied_with_words_between_is_not_held_when_the_title_changes(assistant):
    from assistant.facts import extract_facts

    read = extract_facts("我只是高级技师，特级技师厂里从来没评过")
    assert read.get("skill_level") == "高级技师" and read.get("skill_levels_not_held") == frozenset({"特级技师"}), read
    first, last = talk(assistant, "衢州的，钳工高级技师，拿证6年了，考核都合格，能评副高吗", "那正高呢？我只是高级技师，特级技师厂里从来没评过")
    assert verdict(first) == "eligible", first.answer
    assert last.facts.get("target_title") == "正高级" and last.facts.get("skill_level") == "高级技师", last.facts
    assert verdict(last) == "not_eligible", last.answer


def test_no_awards_with_an_explanation_naming_none_of_the_choices_is_none(assistant):
    first, last = talk(assistant, "开封的，车工高级技师，在岗干了20年，能破格报正高不", "没有，国家级、省级的奖都没拿过，就区里评过一次先进")
    assert first.state.pending == "awards", first.follow_up
    assert last.facts.get("awards") == frozenset(), last.facts
    assert verdict(last) == "not_eligible", last.answer


def test_a_no_that_then_names_an_award_held_is_not_none():
    from assistant.understand.replies import read_reply

    assert read_reply("没有，就拿过1回省技术能手", "awards") == {}
    assert read_reply("没有，国家级省级的奖1个都没拿过，就评过1回市里的先进", "awards") == {"awards": frozenset()}


def test_a_correction_goes_on_with_the_same_question(assistant):
    first, last = talk(assistant, "丽水的，在化工厂做技术，有初级职称，能考哪个等级的技能证？", "说错了，我前年就评上中级职称了，那现在能报哪个")
    assert last.state.topic == first.state.topic, (first.state.topic, last.state.topic)
    assert verdict(last) == "eligible" and last.calculation.value == "技师", last.answer


def test_whether_the_measure_just_discussed_still_holds_asked_in_one_clause(assistant):
    _, last = talk(assistant, "眉山的企业，四川对职工考证的技能提升补贴是怎么规定的", "那现在还能申请不？这个规定还在不在", today=date(2025, 5, 1))
    # the document is in force to 2025, the measure's own clause only to 2024年12月31日
    assert last.status == "expired", (last.status, last.answer)
    assert (last.citations[0].doc_id, last.citations[0].article) == ("sc-2024-9a23d6", "四、（十九）"), last.citations


@pytest.mark.parametrize(("today", "status"), [(date(2025, 6, 1), "in_force"), (date(2026, 3, 1), "expired")])
def test_a_document_number_said_alone_is_the_province_s_document(assistant, today, status):
    _, last = talk(assistant, "四川的特级技师、首席技师怎么评聘", "那个15号文现在还有效吗", today=today)
    assert not last.abstained and last.citations[0].doc_id == "sc-2023-79c742", last.answer
    assert last.status == status, (last.status, last.answer)


def test_the_document_discussed_is_said_in_force_before_the_old_one_it_repealed(assistant):
    _, last = talk(assistant, "就业见习补贴的人员范围是什么", "这个办法现在是有效的吧？以前那个财社〔2017〕164号还能用吗", today=date(2025, 3, 1))
    assert last.status == "in_force", (last.status, last.answer)
    assert "已废止" in last.answer, last.answer
    (alone,) = talk(assistant, "财社〔2017〕164号现在还能用吗", today=date(2025, 3, 1))
    assert alone.status == "expired", alone.answer


def test_what_is_inside_a_measure_held_only_as_its_notice_is_declined(assistant):
    _, last = talk(assistant, "江西职业技能等级认定工作管理办法是哪年发的", "那里面对考评人员有啥要求")
    assert last.abstained, last.answer


def test_a_pointer_naming_a_kind_is_the_measure_of_that_kind_the_document_names(assistant):
    _, last = talk(assistant, "江西哪几所技工院校可以自己给学生做等级认定", "这个管理办法是发给哪些单位的？")
    assert last.citations and last.citations[0].doc_id == "jx-2022-ac1246", last.citations


def test_a_question_by_when_while_a_fact_is_pending_is_answered_from_the_time_limit(assistant):
    first, last = talk(assistant, "我们是晋中的培训机构，2023年办了几期培训班，补贴是按每人每天100元吧", "顺便问一下，这笔钱最晚什么时候得发到位", today=date(2024, 2, 1))
    assert first.follow_up, first.answer
    assert last.follow_up is None, last.follow_up
    assert (last.citations[0].doc_id, last.citations[0].article) == ("sx07-2023-d5c5f6", "六、"), last.citations


def test_a_bare_choice_with_nothing_asked_is_the_topic_s_fact_and_a_correction_replaces_it(assistant):
    first, level, last = talk(assistant, "评上就业见习基地的单位有没有奖补", "国家级", "哦看错了，我们是省级的，那能拿多少", today=date(2025, 3, 1))
    assert level.facts.get("base_level") == "国家级", level.facts
    assert last.facts.get("base_level") == "省级", last.facts
    assert last.calculation is not None and last.calculation.value == Decimal(200000), last.answer


def test_a_month_of_leaving_school_outweighs_a_count_of_years_said_beside_it(assistant):
    first, last = talk(assistant, "南昌的广告公司想招个见习生，单位能拿见习补贴吗", "毕业两年多了，2024年5月大专毕业的，今年26了，一直没工作")
    assert first.state.pending == "person_categories", first.follow_up
    # May 2024 to December 2026 is past 2 years, and 26 is past 24: no route of 第七条 is open
    assert verdict(last) == "not_eligible", last.answer


def test_the_category_said_in_the_first_turn_decides_the_later_total(assistant):
    first, last = talk(assistant, "离校两年内一直没找到工作的大学毕业生，打零工灵活就业交社保，有补贴吗", "每个月交1200，两年最多能补多少")
    assert "离校2年内未就业高校毕业生" in first.facts.get("person_categories", ()), first.facts
    assert last.calculation is not None and last.calculation.value == Decimal(1200 * 2 // 3 * 24), last.answer


def test_a_changed_element_that_is_this_year_judges_the_question_today(assistant):
    from assistant.facts import extract_facts
    from assistant.query import date_asked

    assert date_asked("朔州一家超市，2022年（2022年）接了2个见习生", date(2023, 5, 10)) == date(2022, 12, 31)
    assert extract_facts("有1个见习还差2个月没满就跟他签了劳动合同").get("remaining_months") == Decimal(2)
    first, last = talk(assistant, "朔州一家超市，去年接了2个见习生，有1个见习还差两个月没满就跟他签了劳动合同，剩下的能补吗", "那要是今年招的呢？上个月又来了一个，也想提前跟他签合同", today=date(2023, 5, 10))
    assert verdict(first) in ("amount", "eligible"), first.answer  # signed in 2022: the clause ran to the end of 2022
    assert last.state.topic == first.state.topic, last.state.topic
    assert verdict(last) == "not_eligible", last.answer


def test_these_people_put_in_the_last_question_are_judged_by_the_clause_on_both_subsidies(assistant):
    first, last = talk(assistant, "晋中的评价机构，给一批人组织了技能评价，能拿取证补贴吗", "其中5个交了失业保险，符合领技能提升补贴的条件，这几个人呢", today=date(2024, 3, 1))
    assert last.calculation is not None and last.calculation.rule_id == "jz.no_evaluation_subsidy_with_upgrade_subsidy", last.answer
    assert verdict(last) == "not_eligible", last.answer


def test_a_statement_telling_the_people_is_answered_with_their_total_and_so_is_its_correction(assistant):
    _, told, corrected = talk(assistant, "我们培训机构在晋中给下岗失业人员办班，补贴是按每人每天100？", "10个人学了6天", "搞错了，学了14天", today=date(2024, 3, 1))
    assert told.calculation is not None and told.calculation.value == Decimal(10 * 600), told.answer
    # 14 days × 100元 is over the 1000元 a trainee cap: 10 × 1000
    assert corrected.calculation is not None and corrected.calculation.value == Decimal(10 * 1000), corrected.answer


def test_a_bare_count_after_an_answer_on_the_one_province_s_per_person_rule_is_totalled(assistant):
    first, last = talk(assistant, "我们是帮扶县的劳务经纪人，组织脱贫户进厂上班，都签了两年合同交了社保，有补助吗", "12个", today=date(2025, 4, 15))
    assert last.calculation is not None and last.calculation.value == Decimal(12 * 300), last.answer


def test_a_total_asked_again_after_the_answer_that_gave_it_adds_the_part_beside_it(assistant):
    first, last = talk(assistant, "阳泉的企业招了4个见习生，见习5个月，当地最低工资1880，见习补贴多少", "那总共能拿多少？", today=date(2023, 5, 1))
    assert first.calculation.value == Decimal(4 * 5 * 1128), first.answer  # the 见习补贴 itself, the premium beside it
    assert last.calculation is not None and last.calculation.value == Decimal(4 * 5 * 1128 + 4 * 240), last.answer


def test_a_correction_that_asks_the_subsidy_s_amount_leaves_its_who_qualifies_topic(assistant):
    # (round 18: “见习补贴能提高吗” asks of the standard, the subsidy's own topic — the who-qualifies one is
    # reached by asking whether the unit may have it)
    first, _, last = talk(assistant, "我们单位能拿见习补贴吗", "8个人见习5个月，留下4个，最低工资1980", "说错了，8个都留下了，见习补贴一共多少？", today=date(2025, 3, 1))
    assert first.state.topic == "internship_eligibility", first.state.topic
    assert last.state.topic == "internship_subsidy", last.state.topic  # the amount is the subsidy's own (its region asked)


def test_a_question_of_its_own_asked_of_the_document_is_ranked_by_its_own_words(assistant):
    _, last = talk(assistant, "中小企业数字化转型指南是哪年出的，主要讲什么", "那对转型服务商有什么要求？指南里怎么说？")
    assert (last.citations[0].doc_id, last.citations[0].article) == ("cn-2022-d18100", "三、（二）"), last.citations[:3]
