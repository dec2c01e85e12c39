"""Round 25: what was said held and what was said not held, in the person's own words (probing in our own words; none
of these is a held-out or blind item).

1. One honour of a list is enough, whatever else is said not held beside it; an honour of a city or a county is none
   of the list; a denial reaches over the person it was said of (没认定过我是什么…).
2. A post asked to be given (能不能聘我当首席技师) is not a post held; a level held, used to apply for a title (拿这个
   技师证去报…的中级职称), is not a level asked for.
3. A group left (退出低保了) and the others denied: no group of the subsidy is held, asked or not.
4. A school leaver going on to study is none of the groups of those who did not.
5. Replies: a date alone, said to a question of no date, is no day of the event asked about; “12个” after an answer
   that counted working days is working days; a level alone, from someone holding a title, is the level wanted.
6. A times count said in all after the subsidy (培训补贴也都领了，前前后后一共三回) routes to the times rule; 直接升特级.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import talk

from assistant.facts import extract_facts
from assistant.text import normalize


def _verdict(answer):
    return answer.calculation.verdict if answer.calculation is not None else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("荣誉就一个县里的劳模，省里的奖都没拿过", False),
        ("我只有个区里的五一劳动奖章", None),
        ("省里的表彰没评上，不过前年拿了中华技能大奖", True),
        ("单位也没认定过他是什么高精尖缺人才", False),
        ("我是市里的劳动模范", None),
    ],
)
def test_an_honour_of_the_list_held_or_not(text, value):
    assert extract_facts(normalize(text)).get("leading_talent_honor") is value


def test_a_post_asked_for_is_not_held():
    facts = extract_facts(normalize("我在厂里是高级技师，明年厂里评聘，可不可以直接聘我当特级技师？"))
    assert facts["skill_level"] == "高级技师" and facts.get("target_skill") == "特级技师" and "hired_at_level" not in facts


def test_a_level_held_used_to_apply_for_a_title_is_not_asked_for():
    facts = extract_facts(normalize("我有焊工技师证，能不能用这个证去报机械专业的中级职称"))
    assert facts["skill_level"] == "技师" and facts.get("target_title") == "中级" and "title_level" not in facts


def test_a_title_held_in_a_series_is_held():
    facts = extract_facts(normalize("前年评上了工程系列的中级"))
    assert facts.get("title_level") == "中级" and "target_title" not in facts


def test_a_school_leaver_going_on_to_college_is_none_of_the_groups_who_did_not():
    excluded = extract_facts(normalize("闺女今年高中毕业，被一所高职录取了，秋天去上大专"))["excluded_categories"]
    assert {"城乡未继续升学的应届初高中毕业生", "城镇登记失业人员", "毕业年度高校毕业生"} <= excluded


@pytest.mark.parametrize(
    ("message", "verdict", "today"),
    [
        # one honour held is enough, whatever is said not held beside it
        ("我是全国技术能手，省里的表彰倒是没有，这算高技能领军人才吗？", "eligible", date(2026, 6, 1)),
        ("干了二十年车工，荣誉只有一个市里的劳模，省级以上的表彰和特贴都没有，我算不算高技能领军人才？", "not_eligible", date(2026, 6, 1)),
        # 首席技师原则上从特级技师中产生: a post asked for, the level below it held
        ("成都一家汽车厂，我是钳工高级技师，特级技师还没评上，厂里能不能直接聘我当首席技师？", "not_eligible", date(2025, 6, 1)),
        # the level held used for a title: the title rule decides (中级 needs 技师 and 3 years after it)
        ("温州的，我有电工技师证，拿了一年多，能用这个技师证去报电气专业的中级职称吗？", "not_eligible", date(2026, 6, 1)),
        # 培训补贴每人累计最多3次, the times said in all after the subsidy
        ("我是进城打工的，学过厨师、电焊、保育员，培训补贴也都领了，前后一共3回，这回学叉车还能补吗？", "not_eligible", date(2025, 6, 1)),
        ("郑州的，我是高级技师，前年拿了中华技能大奖，能破格直接升特级吗？", "eligible", date(2025, 6, 1)),
    ],
)
def test_a_verdict_from_what_was_said_held_and_not(assistant, message, verdict, today):
    (answer,) = talk(assistant, message, today=today)
    assert _verdict(answer) == verdict, answer.answer


def test_a_group_left_and_the_others_denied_is_no_group_of_the_job_seeking_subsidy(assistant):
    first, second = talk(
        assistant,
        "我在南充读大学，今年毕业，家里吃低保，四川那个一次性求职补贴是多少？",
        "对了，我们家前年就退出低保了，我爸妈都在上班，我也没贷过助学贷款，身体也挺好",
        today=date(2025, 5, 1),
    )
    assert _verdict(first) == "amount"
    assert _verdict(second) == "not_eligible", second.answer


def test_a_date_alone_in_reply_to_a_question_of_no_date_is_no_day_of_the_event(assistant):
    first, second = talk(
        assistant,
        "开封的，我是电工高级技师，听说河南可以破格评副高，我能报吗？",
        "2020年",
        today=date(2026, 3, 1),
    )
    assert "尚未施行" not in second.answer and _verdict(second) != "not_eligible", second.answer


def test_a_count_with_no_thing_after_an_answer_counting_working_days_is_working_days(assistant):
    first, second = talk(
        assistant,
        "我在晋中一家单位见习，这个月干了没多久就不干了，这个月的生活补助有吗？",
        "9个",
        today=date(2025, 6, 1),
    )
    assert second.calculation is not None and second.calculation.inputs.get("working_days") == 9, second.answer
    assert _verdict(second) == "not_eligible", second.answer


def test_a_level_alone_from_someone_holding_a_title_is_the_level_wanted(assistant):
    first, second = talk(
        assistant,
        "杭州的，我是中级职称的工程师，在车间搞设备维修，能参加电工的技能评价吗？",
        "高级技师",
        today=date(2026, 6, 1),
    )
    assert second.calculation is not None and second.calculation.inputs.get("target_skill") == "高级技师", second.answer
    assert _verdict(second) == "not_eligible", second.answer


# ------------------------------------------------------------------ round 25, second step: asking better
def test_the_group_question_names_the_clauses_own_groups_those_ruled_out_left_out(assistant):
    first, second = talk(assistant, "我想去学个电焊，听说政府给补贴，我能领不？", "大专毕业三年了，一直打零工", today=date(2025, 6, 1))
    assert "城镇登记失业人员" in (first.follow_up or "") and "16-24岁登记失业青年" not in (first.follow_up or ""), first.follow_up
    assert "毕业年度高校毕业生" not in (second.follow_up or ""), second.follow_up


def test_a_group_told_by_its_own_yes_or_no_and_a_training_still_ahead(assistant):
    (answer,) = talk(assistant, "我前年大学毕业的，一直没找着工作，去年办了失业登记，现在想报个育婴员培训，能享受培训补贴吗？", today=date(2025, 6, 1))
    assert _verdict(answer) == "eligible", answer.answer
    assert "取得" in answer.answer and "证书" in answer.answer, answer.answer  # the step still ahead is stated


def test_a_year_said_in_reply_to_how_long_since_school_is_the_year_of_leaving(assistant):
    first, second = talk(assistant, "我想去见习，见习补贴我这种能有吗？我是大学毕业的", "2024年7月", today=date(2025, 9, 1))
    assert second.state is not None and second.state.facts.get("graduation_year") == 2024, second.state
    assert "years_since_graduation" not in second.state.facts


def test_a_post_running_out_asked_again_is_the_re_placement_and_a_first_placement_said_in_reply(assistant):
    first, second = talk(
        assistant,
        "我在街道公益岗干满三年了，下个月到期，外面还是找不到活，期满以后还能再安置吗？",
        "我家是零就业家庭，这是头一回",
        today=date(2025, 9, 1),
    )
    assert first.calculation is not None and "public_post_replacements" in first.calculation.missing, first.answer
    assert _verdict(second) == "eligible" and second.calculation.value == 1, second.answer


def test_two_numbers_in_a_reply_to_an_amount_fill_the_people_and_the_months_and_are_said_back(assistant):
    first, second, third = talk(
        assistant,
        "我们是太原的一家超市，打算接见习生，见习补贴连保险补贴一共能拿多少？",
        "3个，半年",
        "最低工资按1880算",
        today=date(2025, 6, 1),
    )
    assert "已记下" in second.answer and "见习月数6" in second.answer, second.answer  # not the same answer word for word
    assert third.calculation is not None and third.calculation.value == 3 * 1128 * 6 + 3 * 240, third.answer


def test_the_count_reached_in_a_changed_element(assistant):
    first, second = talk(assistant, "德阳的，我们厂招了6个脱贫人口，能认定就业帮扶基地吗", "那要是招够11个呢，奖多少钱？", today=date(2025, 4, 1))
    assert _verdict(first) == "not_eligible"
    assert second.calculation is not None and second.calculation.value == 50000, second.answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("去年评上了四川省技术能手", True),
        ("我是省劳模，在厂里干了二十年", True),
        ("我是县技术能手，省里的还没评上", False),
    ],
)
def test_a_provinces_own_honour_is_a_provincial_commendation(text, value):
    assert extract_facts(normalize(text)).get("leading_talent_honor") is value


def test_the_internship_subsidy_asked_by_the_person_is_who_it_is_for(assistant):
    first, second = talk(assistant, "见习补贴我能领吗", "我今年25了，高中毕业在家，登记了失业", today=date(2025, 6, 1))
    assert first.calculation is not None and first.calculation.rule_id == "cn.fund.internship_eligibility", first.answer
    assert _verdict(second) == "not_eligible", second.answer


def test_a_document_described_at_length_and_asked_whether_in_force_on_the_day_of_what_was_done(assistant):
    (answer,) = talk(
        assistant,
        "四川人社厅2023年12月出过一个贯彻实施新时代技能人才职业技能等级制度的意见，就是特级技师那个。我们厂2024年1月10号报的评审，当时这个意见已经开始执行了没有？",
        today=date(2024, 6, 1),
    )
    assert answer.status == "not_yet_effective", answer.answer


def test_documents_repealed_asked_whether_they_can_still_be_relied_on(assistant):
    (answer,) = talk(assistant, "单位里还有人拿2017年那版就业补助资金管理办法当依据审补贴，这个现在还能作为依据吗？", today=date(2026, 6, 1))
    assert answer.status == "expired" and "废止" in answer.answer, answer.answer


def test_what_those_going_to_the_grassroots_are_given_asked_as_a_whole(assistant):
    (answer,) = talk(assistant, "我今年大专毕业，去了凉山一个乡镇的单位上班，四川对到基层工作的有什么优惠政策？", today=date(2025, 7, 1))
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.grassroots_youth_benefits", answer.answer


def test_a_training_planned_with_its_limit_of_times_reached_said_in_a_reply(assistant):
    first, second = talk(
        assistant,
        "我是从村里出来在城里打工的，想报个电工培训，政府给补贴吗？",
        "拿过，厨师、保育员、焊工，前前后后一共3次了",
        today=date(2025, 6, 1),
    )
    assert _verdict(second) == "not_eligible", second.answer


@pytest.mark.parametrize(
    ("message", "rule_id", "today"),
    [
        # the internship described, not named
        ("我前年专科毕业，一直没上班。听说政府出钱，让没工作的毕业生去企业里学经验，我能去吗？", "cn.fund.internship_eligibility", date(2025, 6, 1)),
        # the hiring subsidy described, not named
        ("德阳一家小厂，上个月招了一个今年毕业的大学生，合同签了两年，社保也交了。听说国家对招人的企业会发一笔补贴，我们能拿吗？", "sc.absorb_employment_subsidy", date(2025, 6, 1)),
    ],
)
def test_a_subsidy_described_in_plain_words_is_the_subsidy(assistant, message, rule_id, today):
    (answer,) = talk(assistant, message, today=today)
    assert answer.calculation is not None and answer.calculation.rule_id == rule_id, answer.answer
