"""Round 27: what people say of themselves, read as they mean it (probing in our own words; none of these is a
held-out or blind item).

1. Insurance said to have been paid since the person joined (从入职起就给交社保) runs from the day they joined.
2. A year said of the layoffs a refund counts (去年裁了…) is that fact's year, not the day the question is about.
3. The day a person came home to start up (…回绵阳老家开了个…) and the day a licence was issued (执照就是…办的) are
   facts about them, not the day the question is about.
4. How a subsidy is worked out, asked of no one, is answered with its standard, not with a question of who one is.
5. A firm's size said alone in the clause after it (开了家小公司，二十几个人) is its insured head count.
6. A sole trader (个体户) borrows as a person; two of them asking the total get twice the person's ceiling.
7. A part of the question set aside (保险那块先不算) says nothing of whether a total or a figure each is asked.
8. Who one is at a workplace named, said as now (我是洛阳一家厂的高级技师), is in post there.
9. People described in turn (my daughter…, then 她室友…她能领吗？) and then a total asked: each by the rule, added.
10. Coming from the village to work in town (农村的，来城里打工) is a rural worker; free training asked about (政府有免费的
    培训吗) is a training still to come, and its subsidy the six groups'.
11. A figure a policy sets (每年至少评几个), asked of the policy by no one in particular, is answered from its article —
    not with a rule's list of what it lacks about the person.
12. Buried denials of a status: 没评上低保 / 低保没批下来 (not a 低保 household), 一直没去登记失业 (not registered),
    今年在读高中 (a pupil going on in school, no school leaver).
13. A group counted and, in a later sentence of the same message, some of it taken off (不过有3个…没来参加): the rest.
14. A subsidy had with a lower level of the same trade (去年考焊工初级领过评价补贴) bars it for a higher level; a public
    post renewed once after it ran out (续过一次) is the one re-placement allowed.
15. An intern signed after some months (见习了3个月就签了劳动合同，协议是6个月): the months served and the agreement's,
    and the remaining-period subsidy asked of them.
16. A group of hires split with only some of it described (招了6个…，但有2个社保还没交; 里面有1个合同只签了半年): the
    rest are the group as said, the part set apart by a yes or no the other way for them.
17. A firm that gave a number of its staff a training (给40个职工做了技能提升培训) asks of the enterprise training subsidy,
    and asking whether the dispatched workers among them count keeps that subsidy.
18. Hires counted, then parts of them counted that add up to them (招了5个大学生，3个今年毕业的，2个是2022年毕业的): the
    parts are those people, not a group beside them.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import talk, verdict


@pytest.mark.parametrize(
    ("messages", "today", "expected"),
    [
        # 四川 技能提升补贴: a year of insurance, said as paid since joining a little under two years ago
        (("我在南充一家纺织厂上班，前年9月进的厂，厂里从进厂就给交社保。这个月刚拿到焊工中级证，技能提升补贴能领吗？",), date(2024, 8, 20), "eligible"),
        # … and joining only a few months ago: less than a year insured
        (("我在南充一家纺织厂上班，今年3月进的厂，厂里从进厂就给交社保。这个月刚拿到焊工中级证，技能提升补贴能领吗？",), date(2024, 8, 20), "not_eligible"),
    ],
)
def test_insurance_paid_since_joining_runs_from_the_day_joined(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # 四川 稳岗返还, 20 insured: 3 laid off last year is 15% (≤ 20%), 5 is 25%
        (("绵阳一家小厂，20个人参保，失业保险交了4年了，稳岗返还能不能申请？", "去年裁了3个人"), "eligible"),
        (("绵阳一家小厂，20个人参保，失业保险交了4年了，稳岗返还能不能申请？", "去年辞退了5个"), "not_eligible"),
    ],
)
def test_a_year_of_layoffs_is_not_the_day_asked_about(assistant, messages, expected):
    *_, answer = talk(assistant, *messages, today=date(2024, 10, 8))
    assert verdict(answer) == expected, answer.answer
    assert "尚未施行" not in answer.answer, answer.answer


def test_coming_home_to_start_up_is_a_fact_not_the_day_asked_about(assistant):
    *_, answer = talk(
        assistant,
        "在浙江电子厂干了八年，前年5月回绵阳老家开了家快递驿站，头一回创业，执照也是前年5月办的，一直开着没停过，一次性创业补贴能拿吗？",
        today=date(2025, 9, 1),
    )
    assert verdict(answer) in ("eligible", "amount") and answer.calculation.value == 10000, answer.answer
    assert "尚未施行" not in answer.answer, answer.answer


def test_how_a_subsidy_is_worked_out_is_answered_not_asked_who(assistant):
    """4. How a subsidy is worked out (公益岗补贴咋算), asked of no one in particular, is answered with its standard —
    not with a question of who the person is; the local minimum wage said next gives the month's figure."""
    first, second = talk(assistant, "社区的公益岗补贴咋算的？", "我们这里最低工资是1900", today=date(2025, 4, 2))
    assert verdict(first) == "info" and "最低工资" in first.answer and "哪类人员" not in first.answer, first.answer
    assert verdict(second) == "amount" and second.calculation.value == 1900, second.answer


def test_a_firms_size_said_alone_after_it_is_its_head_count(assistant):
    (answer,) = talk(
        assistant,
        "我们在南充开了家小装修公司，十五六个人，失业保险交了5年多，去年没裁人，去年单位和个人加起来交了3万，稳岗返还能返多少？",
        today=date(2024, 9, 20),
    )
    assert answer.calculation is not None and answer.calculation.value == 18000, answer.answer  # 30000 × 60%
    assert "尚未施行" not in answer.answer, answer.answer


def test_sole_traders_borrow_as_persons_and_two_add_up(assistant):
    first, second = talk(assistant, "我在南充开了个面馆，个体户，创业担保贷款最多能贷多少？", "我弟也是个体户，开了个手机店。我们两个加起来一共最多能贷多少？", today=date(2025, 2, 12))
    assert first.calculation is not None and first.calculation.value == 300000, first.answer
    assert second.calculation is not None and second.calculation.value == 600000, second.answer


def test_a_part_set_aside_leaves_the_total_asked(assistant):
    (answer,) = talk(
        assistant,
        "晋城的公司，带了3个见习的毕业生，最低工资按1900算，每个人一个月补多少？三个人一个月一共多少？意外险那块每人多少就不用算了。",
        today=date(2025, 4, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 3420, answer.answer  # 1900 × 60% × 3


def test_who_one_is_at_a_workplace_is_in_post(assistant):
    *_, answer = talk(assistant, "我是洛阳一家轴承厂的高级技师，去年评上了全国技术能手，想破格报副高，行不行？", today=date(2025, 6, 1))
    assert answer.state.facts.get("in_post") is True, answer.state.facts
    assert verdict(answer) == "eligible", answer.answer


def test_people_described_in_turn_then_a_total(assistant):
    first, second, third = talk(
        assistant,
        "我儿子在德阳读大四，今年毕业，家里是零就业家庭，他正在找工作，有什么补贴没有？",
        "他同学也是今年毕业，申请过国家助学贷款，也在投简历，他能领吗？",
        "那两个人一共能领多少？",
        today=date(2025, 4, 20),
    )
    assert first.calculation is not None and first.calculation.value == 1500, first.answer
    assert second.calculation is not None and second.calculation.value == 1500, second.answer
    assert third.calculation is not None and third.calculation.value == 3000, third.answer


@pytest.mark.parametrize(
    "question",
    [
        "我是村里的，前年来县城打工，报了个焊工培训班，学完拿到证了，培训费能补吗",
        "我初中毕业没再上学，在家帮忙种地，听说政府有免费的培训，学个手艺能领补贴不",
    ],
)
def test_rural_workers_and_school_leavers_training_is_the_six_groups(assistant, question):
    (answer,) = talk(assistant, question, today=date(2025, 8, 1))
    assert verdict(answer) == "eligible", answer.answer


def test_a_quota_of_a_policy_is_answered_from_its_article(assistant):
    (answer,) = talk(assistant, "河南那个文件里，千亿级产业链每年要评多少个特级技师？至少几个？", today=date(2025, 3, 10))
    assert answer.calculation is None or answer.calculation.verdict != "need_more_info", answer.answer
    assert answer.citations and answer.citations[0].article == "四、（八）", answer.citations[:1]
    assert "不少于10名" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "key", "value"),
    [
        ("我家申请了好几次低保都没批下来，我今年大学毕业正在找工作，求职补贴能领吗", "excluded_categories", "低保家庭"),
        ("我22岁，厂里不干了以后一直没去登记失业，能去见习吗", "registered_unemployed", False),
        ("孩子还在读高中，暑假想去学个面点，能领培训补贴不", "excluded_categories", "城乡未继续升学的应届初高中毕业生"),
    ],
)
def test_buried_denials_of_a_status(assistant, question, key, value):
    (answer,) = talk(assistant, question, today=date(2025, 6, 10))
    held = answer.state.facts.get(key)
    assert (value in held) if isinstance(value, str) else held is value, answer.state.facts
    assert verdict(answer) != "eligible", answer.answer


def test_some_of_a_group_taken_off_later_in_the_message(assistant):
    (answer,) = talk(
        assistant,
        "太谷一家食品厂，今年搞了职工技能提升培训，报名的有30个人。但是有3个临时被派去出差了，压根没参加培训。按晋中企业职工培训的标准，厂里能拿多少？",
        today=date(2024, 3, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 8100, answer.answer  # 27 × 300


@pytest.mark.parametrize(
    "question",
    [
        "我登记失业了，前年考焊工初级领过评价补贴，今年考了焊工中级，还能领吗",
        "我是就业困难人员，公益岗干满三年到期后又续过一次，现在又到期了，还能再给安排吗",
    ],
)
def test_what_was_had_before_bars_it_again(assistant, question):
    (answer,) = talk(assistant, question, today=date(2025, 6, 10))
    assert verdict(answer) == "not_eligible", answer.answer


def test_an_intern_signed_before_the_agreement_ran_out(assistant):
    (answer,) = talk(assistant, "我们是忻州一家公司，有个见习生见习了3个月就跟我们签了劳动合同，协议是6个月，剩下的补贴单位还能拿吗？最低工资1800", today=date(2022, 9, 1))
    assert answer.state.facts.get("served_months") == 3 and answer.state.facts.get("internship_months") == 6, answer.state.facts
    assert verdict(answer) in ("eligible", "amount"), answer.answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("我们在宜宾，今年招了5个今年毕业的大学生，合同都签了两年，不过有1个社保还没给他交，吸纳就业补贴一共能拿多少", 8000),
        ("遂宁一家厂今年招了4个应届毕业生，社保都交了，里面有1个合同只签了半年，一次性吸纳就业补贴总共多少", 6000),
    ],
)
def test_a_group_split_with_only_some_described(assistant, question, total):
    (answer,) = talk(assistant, question, today=date(2024, 10, 10))
    assert answer.calculation is not None and answer.calculation.value == total, answer.answer


def test_a_firm_training_a_number_of_its_staff(assistant):
    first, second = talk(assistant, "我们是榆次的一家厂，给25个工人搞了技能提升培训，能补多少", "这里面有3个是劳务派遣的，也能算吗", today=date(2024, 5, 10))
    assert first.calculation is not None and first.calculation.value == 7500, first.answer  # 25 × 300
    # whether they count: the rule's total again, or the article saying the enterprise's staff include them
    assert not second.abstained and "劳务派遣" in second.answer, second.answer
    assert (second.calculation is not None and second.calculation.value == 7500) or second.citations[0].article == "二、（一）", second.answer


def test_parts_that_add_up_to_the_hires_are_those_hires(assistant):
    (answer,) = talk(assistant, "自贡的公司，今年招了5个大学生，3个今年毕业的，2个是2022年毕业的，都签了两年合同交了社保，一次性吸纳就业补贴一共多少", today=date(2024, 10, 10))
    assert answer.calculation is not None and answer.calculation.value == 6000, answer.answer  # 3 × 2000
