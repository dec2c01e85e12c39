"""Conversations whose last turn is short (round 12, blind-dev26 classes), played through the whole
assistant with its own answers as the transcript; our own wording, persons, numbers and documents:

- a question whether the document just talked of is in force yet, said as 已经生效/开始实施了吗 or
  现在可以照它申请了吗, is a validity question about that document (resolution to validity);
- a reply to one question that volunteers another fact in passing (“31了，本科毕业五年了” to
  “您属于哪类人员？”): a bare “N了” is an age; “当时57”/“那时候他才57” is the age at the time talked of,
  and “我们单位60退休” the retirement age — the pending fact then follows from them;
- “全都上岗了” as the whole reply to “就业率是多少？” is a rate of 100%;
- a follow-up about the 240元 premium of Shanxi's 见习补贴: named alone (“那保险补贴呢？”) it is that
  part alone; said as added (“加上保险那个补贴，一共多少”) it is the sum of both parts;
- a reply fills a count: “获评了4名” is a number of people (the award held counted, a member added later
  added to it); a bare “18个” with nothing asked is the topic's own count before the generic 人数;
  “都是6个月” beside another fact is the one unknown fact of the topic said in months;
- a new question that opens with 那 but asks a whole question of its own and changes no fact the topic
  reads follows the topic its own words name (“那直播的时候…能写只招男的吗？”); one that changes such a
  fact (“那能不能直接评首席技师？”) or says 呢 is still the last question changed;
- the document a follow-up points back at is the one the person named, not a document found first that
  only mentions it; “具体由谁…” and “那规定…？” are asked of the document just discussed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shared_support import SX_INTERNSHIP, talk, verdict


@pytest.mark.parametrize(
    ("opening", "follow_up", "today"),
    [
        ("浙江那个高技能人才与专业技术人才职业发展贯通的实施办法，主要讲什么", "那它已经生效了吗？", date(2022, 12, 1)),
        ("浙江那个高技能人才与专业技术人才职业发展贯通的实施办法，主要讲什么", "现在可以照这个文件申请了吗", date(2022, 12, 10)),
        ("川人社规〔2023〕15号讲的是什么", "已经开始实施了没有", date(2024, 1, 20)),
    ],
)
def test_a_short_question_whether_the_document_just_discussed_is_in_force_yet(assistant, opening, follow_up, today):
    _, last = talk(assistant, opening, follow_up, today=today)
    assert not last.abstained, last.answer
    assert last.status == "not_yet_effective", (last.status, last.answer)


def test_the_same_follow_up_after_the_document_took_effect_says_it_is_in_force(assistant):
    _, last = talk(assistant, "川人社规〔2023〕15号讲的是什么", "现在已经执行了吗", today=date(2024, 6, 1))
    assert not last.abstained and last.status == "in_force", (last.status, last.answer)


def test_a_bare_age_said_in_passing_in_a_reply_decides_the_internship_question(assistant):
    first, last = talk(assistant, "洛阳的，想问问就业见习哪些人能去，我没工作", "31了，本科毕业五年了", today=date(2025, 3, 1))
    assert last.facts.get("age") == 31, last.facts
    assert verdict(last) == "not_eligible", last.answer


def test_an_age_at_first_approval_and_a_retirement_age_answer_the_years_to_retirement(assistant):
    *_, last = talk(assistant, "太原的，在公益性岗位上干，补贴能领多久", "第一次核定那时候我57，我们单位60退休")
    assert last.facts.get("age") == 57 and last.facts.get("retirement_age") == 60, last.facts
    assert last.calculation is not None and last.calculation.verdict != "need_more_info", last.answer
    assert "延长至退休" in last.answer, last.answer


def test_all_placed_as_a_whole_reply_is_a_full_employment_rate(assistant):
    *_, last = talk(assistant, "晋中的企业，订单式培训补贴怎么算", "16个学员，培训了12天", "全都上岗了", today=date(2024, 1, 10))
    assert last.facts.get("employment_rate") == Decimal(1), last.facts
    # 10天×150元 + 2天×100元 = 1700元 a trainee, 16 trainees
    assert last.calculation is not None and last.calculation.value == Decimal(27200), last.answer


def test_the_premium_asked_alone_after_the_internship_total_is_that_part_alone(assistant):
    first, last = talk(assistant, "运城一家单位，接了3个见习生，每人见习5个月，最低工资1880，见习补贴一共多少", "那保险补贴呢？", today=date(2023, 5, 1))
    assert first.calculation.value == Decimal(3 * 5 * 1128), first.answer
    assert last.calculation is not None and last.calculation.value == Decimal(720), last.answer
    assert any((c.doc_id, c.article) == SX_INTERNSHIP for c in last.citations), last.citations


def test_the_premium_said_as_added_after_the_internship_total_is_the_sum(assistant):
    first, last = talk(assistant, "运城一家单位，接了3个见习生，每人见习5个月，最低工资1880，见习补贴一共多少", "把意外险的补贴也加上，一共多少？", today=date(2023, 5, 1))
    assert last.calculation is not None and last.calculation.value == Decimal(3 * 5 * 1128 + 3 * 240), last.answer


def test_the_premium_asked_alone_in_one_message_with_wage_and_months_is_that_part_alone(assistant):
    (answer,) = talk(assistant, "阳泉一家单位接了2个见习生，见习6个月，最低工资1880，他们的人身意外险保费补贴一共给多少", today=date(2023, 5, 1))
    assert answer.calculation is not None and answer.calculation.value == Decimal(480), answer.answer


def test_a_number_of_winners_said_in_a_reply_counts_the_award_held_and_an_added_award_is_added(assistant):
    first, count, last = talk(assistant, "河南新评上全国技术能手的，省里另外奖多少", "我们集团今年获评了4名", "另外还有1个拿了中华技能大奖的，加起来多少？")
    assert count.calculation is not None and count.calculation.value == Decimal(80000), count.answer
    # 4 × 2万 (全国技术能手) + 1 × 5万 (中华技能大奖)
    assert last.calculation is not None and last.calculation.value == Decimal(130000), last.answer


def test_a_bare_count_after_a_question_about_a_per_person_subsidy_is_that_subsidy_s_count(assistant):
    # the topic reads its own count (招用人数) and the generic 人数: “18个” is its own
    first, last = talk(assistant, "四川的一家劳务经纪人，组织脱贫人口进厂，都签了2年合同交了社保，有补助吗", "18个", today=date(2025, 4, 15))
    assert first.calculation is not None and first.calculation.value == Decimal(300), first.answer
    assert last.calculation is not None and last.calculation.value == Decimal(18 * 300), last.answer


def test_the_length_of_one_session_of_training_is_the_training_days(assistant):
    first, last = talk(assistant, "晋中的厂子，搞了订单式培训，一期12天，结业后就业率90%，每人补多少", "30个人一共呢？", today=date(2024, 1, 10))
    assert first.facts.get("training_days") == 12, first.facts
    assert last.calculation is not None and last.calculation.value == Decimal(30 * 1700), last.answer


def test_a_question_of_its_own_opening_with_then_follows_the_topic_its_words_name(assistant):
    # “那…吗？” asking a whole new question about the same document is not the last question with one thing
    # changed: the rule on building a studio does not answer whether a post may be for locals only
    first, last = talk(assistant, "我们区公共就业服务中心想搭个直播间搞直播带岗，可以吗", "那直播里介绍岗位的时候，能说只要本地户口的吗？")
    assert verdict(first) == "eligible", first.answer
    assert verdict(last) == "not_eligible", last.answer
    assert any(c.article == "三、（二）" for c in last.citations[:1]), last.citations


def test_a_changed_element_said_with_ne_still_holds_the_topic(assistant):
    first, last = talk(assistant, "四川的企业招了1个毕业年度的大学生，签了两年合同交了社保，一次性吸纳就业补贴多少", "那招3个呢？", today=date(2025, 4, 1))
    assert last.state.topic == first.state.topic, (first.state.topic, last.state.topic)


def test_a_question_opening_with_then_that_changes_a_fact_the_topic_reads_holds_the_topic(assistant):
    # “那能不能直接评首席技师？” after what a 正高 may be assessed for: the level wanted changed, same rule
    first, last = talk(assistant, "我在宁波一家机械厂，有正高级工程师职称，想参加职业技能评价，能直接评什么等级？", "那能不能直接评首席技师？")
    assert last.state.topic == first.state.topic, (first.state.topic, last.state.topic)
    assert not last.abstained, last.answer


@pytest.mark.parametrize(
    "opening",
    ["江西省职业技能等级认定工作管理办法哪年印发的", "江西关于职业技能等级认定有没有一个管理办法"],
)
def test_a_follow_up_pointing_back_asks_of_the_document_the_person_named(assistant, opening):
    # the first answer may show first a document that only mentions the one named; “这个文件” is the one named
    _, last = talk(assistant, opening, "这个文件主送哪些单位？省属企业在里面吗")
    assert last.citations and last.citations[0].doc_id == "jx-2022-ac1246", [(c.doc_id, c.article) for c in last.citations]


def test_a_follow_up_asking_for_the_detail_stays_in_the_document_just_discussed(assistant):
    # “具体由谁来运营？” names no document: it asks the detail of what the notice just said
    _, last = talk(assistant, "人社部那个直播带岗的通知，支持在哪里建直播间", "具体由谁来运营？")
    assert not last.abstained, last.answer
    assert last.citations and {c.doc_id for c in last.citations} == {"cn-2023-6dae69"}, [(c.doc_id, c.article) for c in last.citations]


def test_a_bare_span_said_of_everyone_in_a_reply_with_another_fact_is_the_topic_s_span(assistant):
    # “每人都是5个月，最低工资1880”: the months are the internship's, said beside the wage
    _, told, last = talk(assistant, "朔州的单位，接了6个见习生，见习补贴怎么算", "每人都是5个月，最低工资1880", "一共能拿多少？", today=date(2023, 5, 1))
    assert last.facts.get("internship_months") == Decimal(5), last.facts
    assert told.calculation is not None and told.calculation.value == Decimal(6 * 5 * 1128), told.answer
    # the total asked again right after the answer that gave it, the premium beside it, adds the premium
    # (round 13: a total asked again, test_conversation_turns_conv29)
    assert last.calculation is not None and last.calculation.value == Decimal(6 * 5 * 1128 + 6 * 240), last.answer


def test_what_is_asked_of_the_person_who_goes_is_the_internship_range_and_a_reply_decides_it(assistant):
    first, last = talk(assistant, "杭州的，想去参加个就业见习，对人有什么要求？", "27了，中专毕业的", today=date(2025, 3, 1))
    assert first.state.topic == "internship_eligibility", first.answer
    assert verdict(last) == "not_eligible", last.answer


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("我们培训学校2023年在晋中做了补贴性的职业技能培训，补贴到现在还没拨下来", "那规定最晚什么时候必须发放完？"),
        ("晋中2023年人人持证方案里，评价机构能领什么补贴", "那方案对补贴发放时间有要求吗？"),
    ],
)
def test_a_whole_question_opening_with_then_that_points_at_the_document_is_asked_of_it(assistant, opening, follow_up):
    # “那规定…？”: elliptical only by its opening 那, pointing back at the document, naming no place of its own
    _, last = talk(assistant, opening, follow_up)
    assert not last.abstained, last.answer
    assert {c.doc_id for c in last.citations} <= {"sx07-2023-d5c5f6", "sx07-2023-fb2da7"}, [(c.doc_id, c.article) for c in last.citations]
