"""Facts the person already stated decide the verdict, through the whole assistant (round 9, facts9).

- Schooling said to end below college (初中毕业, 高中文化, 学历只有小学) rules out the 高校 graduate
  groups; with an age outside 16-24 nothing is left to ask: not eligible.  A corrected age flips it.
- A head count of 300 or more is no small or micro firm (declared ``implied``, shown to be corrected).
- Layoffs said as a count before the verb (“走了6个都是我们辞退的”) give the rate with the head count;
  a changed count (“那要是辞退了3个呢”) is decided again.
- A short reply with a part not met is no (“2022年那次不合格，其余两年合格”, “还没有，下学期才进毕业学年”);
  a number said with another unit (“三次了”) is not the fact asked, but the topic's fact said in it.
- A statement naming a second subsidy (“已经领了技能提升补贴”) after a question about 取证补贴 is
  about the clause on both.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.understand.replies import read_reply
from shared_support import talk, verdict


# ------------------------------------------------------------------ schooling and age
@pytest.mark.parametrize(
    "question",
    [
        "我小学文化，28岁，登记失业好几年了，能不能参加就业见习",
        "俺高中没毕业就出来干活了，今年27岁，在社区做了失业登记，就业见习我可以去吗",
        "太原的，初中学历，今年30了，失业登记了，能参加就业见习吗",
    ],
)
def test_schooling_below_college_and_an_age_over_24_is_not_eligible_for_internship(assistant, question):
    (answer,) = talk(assistant, question)
    assert verdict(answer) == "not_eligible", answer.answer
    assert answer.follow_up is None


def test_a_corrected_age_flips_internship_eligibility(assistant):
    first, second, third = talk(assistant, "我22岁，初中毕业，没工作，能参加就业见习吗", "登记过了", "不对，我记错了，今年已经26了")
    assert verdict(second) == "eligible", second.answer
    assert verdict(third) == "not_eligible", third.answer


def test_a_later_school_keeps_the_graduate_open():
    from assistant.facts import extract_facts
    from assistant.text import normalize

    facts = extract_facts(normalize("高中毕业后读了三年大专，去年毕业的"))
    assert "高校毕业生" not in (facts.get("excluded_categories") or ())


# ------------------------------------------------------------------ firm size as a head count
@pytest.mark.parametrize(
    "question",
    [
        "杭州一家八百人左右的物流公司，去年招了3个应届本科生，合同签了两年，社保都交了，有社保补贴吗",
        "我们厂有1200名工人，今年招了一批离校两年内的大学生，签的三年合同，能申请社保补贴吗",
    ],
)
def test_a_head_count_of_hundreds_is_no_small_firm_for_the_graduate_social_insurance_subsidy(assistant, question):
    (answer,) = talk(assistant, question)
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.si_subsidy_graduates"
    assert verdict(answer) == "not_eligible", answer.answer


def test_a_corrected_head_count_makes_the_firm_small_again(assistant):
    _, second = talk(assistant, "我们厂有1200名工人，今年招了一批离校两年内的大学生，签的三年合同，能申请社保补贴吗", "不对，其实只有15个人")
    assert verdict(second) == "eligible", second.answer


# ------------------------------------------------------------------ layoffs as counts
SICHUAN_DAY = date(2024, 9, 1)  # 稳岗返还 runs to 2024-12-31


def test_layoffs_said_count_first_give_the_rate(assistant):
    (answer,) = talk(assistant, "攀枝花一家小公司，参保职工28人，失业保险交了两年，去年有7个人被公司裁掉了，能申请稳岗返还吗", today=SICHUAN_DAY)
    assert answer.state.facts.get("layoffs_count") == 7
    assert verdict(answer) == "not_eligible", answer.answer  # 7/28 = 25% > 20%


def test_a_changed_layoff_count_is_decided_again(assistant):
    first, second, third = talk(
        assistant, "遂宁一家小厂，参保18个人，能申请稳岗返还吗", "交了四年多，去年辞退了4个", "那要是辞退了3个呢", today=SICHUAN_DAY
    )
    assert second.state.facts.get("insured_months") == 54, second.state.facts  # 交了四年多 (more than 4, under 5: 4.5年): the insurance, in months
    assert verdict(second) == "not_eligible", second.answer  # 4/18 = 22.2%
    assert verdict(third) == "eligible", third.answer  # 3/18 = 16.7%


# ------------------------------------------------------------------ short replies
@pytest.mark.parametrize(
    ("fact", "reply", "value"),
    [
        ("annual_appraisal_passed", "2022年那次不合格，其余两年合格", False),
        ("annual_appraisal_passed", "头一年没通过，后面都过了", False),
        ("in_graduation_year", "还没有，下学期才进毕业学年", False),
        ("annual_appraisal_passed", "嗯，三年都合格", True),
    ],
)
def test_a_reply_with_a_part_not_met_is_no(fact, reply, value):
    from assistant.text import normalize

    assert read_reply(normalize(reply), fact) == {fact: value}


def test_a_count_of_times_is_not_a_number_of_years():
    from assistant.text import normalize

    assert read_reply(normalize("三次了"), "years_to_retirement") == {}
    assert read_reply(normalize("2次"), "public_post_replacements") == {"public_post_replacements": 2}


def test_a_part_failed_appraisal_in_a_conversation_is_not_eligible(assistant):
    first, second = talk(assistant, "宁波的，技师证拿了6年了，想评中级职称要什么条件", "2023年那次没过，另外两年合格")
    assert first.follow_up and "考核" in first.follow_up, first.answer
    assert second.state.facts.get("annual_appraisal_passed") is False
    assert verdict(second) == "not_eligible", second.answer


def test_not_yet_in_the_graduation_year_is_not_eligible(assistant):
    first, second = talk(assistant, "我是江西省商务技师学院的学生，能在学校参加自主认定的等级评价吗", "还没，下学期才到毕业学年")
    assert first.follow_up and "毕业学年" in first.follow_up, first.answer
    assert verdict(second) == "not_eligible", second.answer


def test_times_placed_answer_the_placement_limit_whatever_was_asked(assistant):
    first, second = talk(assistant, "我是零就业家庭的就业困难人员，公益性岗位到期了还没找到工作，还能再安置吗", "已经两次了")
    assert second.state.facts.get("public_post_replacements") == 2, second.state.facts
    assert "min_wage" not in second.state.facts and "years_to_retirement" not in second.state.facts
    assert verdict(second) == "not_eligible", second.answer


@pytest.mark.parametrize("reply", ["其中三个人已经领了技能提升补贴", "是的，他们都交着失业保险，够条件申请技能提升补贴"])
def test_a_second_subsidy_named_in_a_reply_routes_to_the_clause_on_both(assistant, reply):
    first, second = talk(assistant, "晋中一家评价机构，去年给一批职工做了技能评价，想申请取证补贴", reply)
    assert not second.abstained, second.answer
    assert second.calculation is not None and second.calculation.rule_id == "jz.no_evaluation_subsidy_with_upgrade_subsidy"
    assert verdict(second) == "not_eligible", second.answer
