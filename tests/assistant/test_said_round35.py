"""Round 35: facts said in other words, read by declared mechanisms (probing in our own words; none of these is a
held-out or blind item).

1. People an organizer brought to work somewhere (我带了20个乡亲到县里的工厂上班): those people, not the speaker too;
   a number of things the speaker has (我2个身份都有): no people.
2. A year restated in brackets, then a fact of that year (前年（2022年）厂里裁了3个人): the fact's date, not the day asked.
3. Whether one may go straight to a level (能直接上吗): not a question about a later document (接上).
4. Pinyin slips: 赛 typed as 塞 (世塞), 式 typed as 试 (订单试).
5. Signing someone else up (能给他报名参加…的就业见习不, 还能报名参加不): whether that person may take an internship.
6. The insurance named, who pays it, then a year's figure in the next clause (社保是按个体自己缴的，一年大概9千).
7. Those found work said as 找着/找上 (学完以后找着工作的31个): the count employed.
8. An event done again this year (前年…考了初级，今年又报了中级): the day asked is this year's, not the earlier one's.
9. Occasions told clause by clause, the subsidy left unsaid in the later one (…也领了), or counted together over one told
   before (…2回都是政府出的钱): each one counted.
10. A person said to be “of” a two-digit year (我闺女03年的): the year born.
11. “这个文件还管用吗” after an answer that quoted the national rule and then the rule of the province the person named:
    the province's document is the one asked about.
12. A conversation on a topic that is one region's figure only (a base's one-off award), the region unsaid: the reply
    that tells what the figure turns on (国家级的) gets the figure, that region named.
13. Whether a certificate is genuine said as fear it is false (怕是假的, 假证): where certificates are looked up.
14. Whether one's kind of person counts for the subsidy a training gives (培训考证有补贴，技校的也算不算): the training
    subsidy's people, the training still to come.
15. Whether a document still holds, asked with a closing particle (现在还管用不哦): the conversation's document.
16. One more occasion asked for (这回学…，还能再领1次吗) after the occasions had were told: the times had stand, and the
    times are what is asked.
17. Years listed together with what happened in them (大前年和前年都合格，去年没过): facts, not the day asked about.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import read_said, talk, verdict

from assistant.query import date_asked
from assistant.text import normalize


# ------------------------------------------------------------------ 1. people counted
@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("我是劳务经纪人，今年带了12个脱贫劳动力到宁波的电子厂打工，能领多少补助", 12),
        ("我带了8个老乡去成都工地干活，都签了合同", 8),
        ("我带着3个徒弟一起考的焊工证", 4),  # going with them: the speaker too
        ("低保户和残疾人我2个身份都有，能领2份吗", None),
        ("我两个证都拿到了，补贴能领几次", None),
    ],
)
def test_people_counted_as_the_speaker_means_them(said: str, count: int | None) -> None:
    assert read_said(said).get("people_count") == count


# ------------------------------------------------------------------ 2, 8. the day asked about
@pytest.mark.parametrize(
    ("said", "today", "asked"),
    [
        ("大前年（2021年）单位辞退了4个人，今年能不能申请稳岗返还", date(2024, 10, 8), date(2024, 10, 8)),
        ("去年（2023年）招了5个应届生，能补多少", date(2024, 10, 8), date(2023, 12, 31)),  # an event, not a fact
        ("大前年学了个电工考了初级，今年又报了中级的班，考完还能补吗", date(2025, 7, 1), date(2025, 7, 1)),
        ("去年考了焊工中级，明年再去考高级，到时候还能补吗", date(2025, 7, 1), date(2026, 1, 1)),
    ],
)
def test_the_day_asked_is_that_of_the_event_asked_about(said: str, today: date, asked: date) -> None:
    assert date_asked(normalize(said), today) == asked


# ------------------------------------------------------------------ 3. going straight to a level
def test_going_straight_to_a_level_is_not_a_question_about_a_later_document(assistant) -> None:
    *_, answer = talk(assistant, "郑州的，我徒弟拿了中华技能大奖，现在是技师，能直接上特级技师吗？", today=date(2024, 6, 1))
    assert not answer.abstained
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 4. pinyin slips
@pytest.mark.parametrize(
    ("said", "meant"),
    [("他拿过世塞银牌", "他拿过世赛银牌"), ("跟技校搞了个订单试培训", "跟技校搞了个订单式培训")],
)
def test_pinyin_slips_are_read_as_meant(said: str, meant: str) -> None:
    assert normalize(said) == meant


# ------------------------------------------------------------------ 5. signing someone up for an internship
@pytest.mark.parametrize(
    ("said", "day", "expected"),
    [
        ("大同的，我妹妹26岁了，高中毕业后一直在家，能帮她报名参加山西的就业见习不？", date(2022, 9, 1), "not_eligible"),
        ("我儿子去年6月大专毕业，到现在还没上班。长治这边搞就业见习，他还能报名参加不？", date(2022, 9, 1), "eligible"),
    ],
)
def test_signing_someone_up_asks_whether_they_may_take_an_internship(assistant, said: str, day: date, expected: str) -> None:
    *_, answer = talk(assistant, said, today=day)
    assert answer.calculation is not None and answer.calculation.rule_id == "sx.internship_scope"
    assert verdict(answer) == expected


# ------------------------------------------------------------------ 6, 7. figures said in the clause after
def test_a_years_contribution_said_in_the_clause_after_the_insurance() -> None:
    facts = read_said("社保是自己按灵活就业缴的，一年大概九千多")
    assert facts.get("contribution_yearly") is True


def test_those_who_found_work_said_as_found() -> None:
    assert read_said("一期培训了25个，学完找上工作的19个").get("employed_count") == 19


# ------------------------------------------------------------------ 8. the lower level after a higher one, this year
def test_a_lower_level_trained_for_this_year_after_a_higher_one_gets_no_subsidy(assistant) -> None:
    *_, answer = talk(
        assistant,
        "合肥的，大前年学了个焊工考了高级工，领过1次培训补贴。今年又报了焊工中级的班，考完还能领补贴吗？",
        today=date(2024, 9, 1),
    )
    assert verdict(answer) == "not_eligible"
    assert any(c.article == "四、（十二）" for c in answer.citations)


# ------------------------------------------------------------------ 9. occasions counted
@pytest.mark.parametrize(
    ("said", "times"),
    [
        ("前年学电焊领了培训补贴，去年学了个月嫂也领了，今年还能领吗", 2),
        ("学过1次烘焙，后来又学了插花，2回都是政府出的钱", 2),
        ("我领了补贴，也领了证", None),
    ],
)
def test_occasions_had_are_counted(said: str, times: int | None) -> None:
    assert read_said(said).get("times_received") == times


# ------------------------------------------------------------------ 10. born in a two-digit year
@pytest.mark.parametrize(
    ("said", "born"),
    [("我闺女03年的，中专刚毕业", date(2003, 1, 1)), ("我儿子九九年的，在家待了两年", date(1999, 1, 1)), ("我弟05年的", date(2005, 1, 1))],
)
def test_a_person_of_a_two_digit_year_was_born_then(said: str, born: date) -> None:
    assert read_said(said, date(2024, 5, 1)).get("birth_date") == born


# ------------------------------------------------------------------ 11. the document a validity question points back at
def test_validity_asked_after_the_named_provinces_rule_is_of_that_provinces_document(assistant) -> None:
    *_, answer = talk(
        assistant,
        "我在南充，家里是零就业家庭，今年读大四，四川是不是有个一次性求职补贴？",
        "那这个文件到现在还有效吗？",
        today=date(2026, 3, 2),
    )
    assert answer.status == "expired"
    assert "川办发〔2024〕34号" in answer.answer


# ------------------------------------------------------------------ 12. one region's figure, the region unsaid
def test_the_reply_that_tells_what_a_one_region_figure_turns_on_gets_the_figure(assistant) -> None:
    *_, answer = talk(assistant, "我们单位接收见习生好几年了，听说当上见习基地政府有奖？", "国家级的，今年刚批下来", today=date(2025, 4, 1))
    assert answer.calculation is not None and answer.calculation.value == 300000
    assert "四川省" in answer.answer


# ------------------------------------------------------------------ 13. a certificate feared false
def test_a_certificate_feared_false_is_looked_up_where_certificates_are(assistant) -> None:
    *_, answer = talk(assistant, "宜宾一个培训学校给我发了个焊工四级证书，会不会是假证啊？", today=date(2024, 3, 1))
    assert not answer.abstained
    assert answer.citations and "查询" in answer.citations[0].quote


# ------------------------------------------------------------------ 14. one's kind counted for the training subsidy
def test_whether_ones_kind_counts_for_the_training_subsidy(assistant) -> None:
    *_, answer = talk(
        assistant,
        "我女儿在技工院校读高级工班，今年7月毕业。听说毕业生参加培训考证有补贴，她们技工院校的算不算？",
        today=date(2024, 3, 5),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.six_groups_training"
    assert verdict(answer) == "eligible"


# ------------------------------------------------------------------ 15. a validity follow-up with a particle
def test_a_validity_follow_up_with_a_closing_particle(assistant) -> None:
    *_, answer = talk(assistant, "宜宾的，我们企业想自己开展职业技能等级认定，先要去哪里备案？", "现在还算数不哦？", today=date(2026, 6, 1))
    assert answer.status in ("in_force", "expired")
    assert answer.answer.startswith("截至")


# ------------------------------------------------------------------ 16. one more occasion asked for
def test_one_more_occasion_asked_for_keeps_the_times_had(assistant) -> None:
    *_, answer = talk(
        assistant,
        "我是从山里出来在城里打工的，想学个厨师，政府给不给培训补贴？",
        "早先学过保育员和电焊，2回都领了补贴",
        "那这回学厨师，还能再领1次不？",
        today=date(2025, 4, 2),
    )
    assert answer.calculation is not None and answer.calculation.inputs.get("times_received") == 2
    assert verdict(answer) == "eligible" and "还可享受1次" in answer.answer


# ------------------------------------------------------------------ 17. years listed, of facts
def test_years_listed_with_what_happened_in_them_are_facts() -> None:
    assert date_asked(normalize("大前年和前年考核都合格，去年没过，还能报吗"), date(2025, 5, 1)) == date(2025, 5, 1)
