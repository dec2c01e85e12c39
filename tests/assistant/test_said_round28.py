"""Round 28: what people say, read as they mean it (probing in our own words; none of these is a held-out or blind
item).

1. The premium of the interns' accident insurance named as 保险费, and the payee said between the verb and 多少
   (这笔保险费政府能给我们报多少), asks the premium subsidy; a social-insurance contribution (社会保险费) does not.
2. A whole year said as 一整年 (补一整年最多多少) is one year the subsidy is multiplied over.
3. The speaker and one of kin said together (我和我老婆都…), then each with a figure (我学了12天，她学了5天): two
   people, each by the rule, added.
4. A short reply that cannot be the number asked (58了，男的 to “距法定退休年龄还有几年？”) is not taken as it: an age is
   not a number of years to retirement.
5. A day named alone right after an answer on a document's standing (那2028年1月呢？) asks that document's standing
   on that day.
6. Groups of hires listed, then some of one group singled out in a later sentence by the group's own word (不过其中1个
   大学生只签了半年合同, 应届生里有1个…) and the others said of (其余的都签了3年): that group split, the rest of everyone
   with what is said of the others.
7. Most placed (培训完大部分都就业了) is not all placed; a correction giving how many found work (说错了，只有15个人找到
   工作) changes those placed, not the number trained.
8. A term quoted from a document titled by it, defined there by its short form (“高技能领军人才” — 领军人才指…): that
   article, not the first place the full words appear.
9. N年多 is more than N years and less than N+1 (两年多 → 2.5): past a 离校2年内 limit, short of 满3年, and the level it
   is said of still held (拿技师证三年多了).  A graduate past the 2 years asking Sichuan's flexible-employment insurance
   subsidy, nothing said of being recognised as 就业困难人员, is not eligible as a graduate.
10. A reply that splits the people held (两个是应届的，一个不是，他是前年毕业的) after a figure each was asked: each
    decided, those who qualify added.
11. Working now at a workplace named, in a part there (现在在…阀门厂当班组长), is in post; an intern's allowance asked
    after she left early (参加就业见习，没满1个月就不干了…生活补助) asks the allowance, not who may intern.
12. A public post given again with words between (又给安排了一次) is a second placement; money asked for looking for
    work (求职可以补点钱) is the job-seeking subsidy; people sent out of their county in an organised group, their own
    subsidy asked (他们个人还有没有补贴), is the job-seeking subsidy of organised labour export.
13. An organisation's own standing asked (2022年7月被遴选成了评价组织…这个资格是一直有效吗): the day it was selected is a
    fact of it, not the day asked; and words it shares with another province's title (职业技能等级认定) do not make
    that province's document the one asked about.
14. A technician school's schooling said not to be enough for an exam (技校毕业…考中级会计职称…学历不够) asks what that
    schooling counts as, not a title by skill level; 高级工班 is then the class, not a skill level.
15. A day ahead (明年开春再去申请) is the day of what is planned, a measure's end before it deciding; the day a person went
    onto a post (前年…上的岗) is a fact of theirs, not the day asked.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import talk, verdict


# totals in our own words: (messages, day asked, the figure)
TOTALS = [
    # 1. the interns' premium named as 保险费, the payee before 多少
    (("太原一家公司，接了5个见习的大学生，给他们都上了意外险，这笔保险费政府能给我们报多少？",), date(2024, 5, 10), 1200),
    (("我们在长治，收了3个见习生，意外险都买了，保险费政府一共补我们多少？",), date(2024, 5, 10), 720),
    # 2. a whole year
    (("成都的，认定了就业困难人员，现在灵活就业自己交社保，每月交600。补贴补一整年最多能补多少？",), date(2025, 3, 1), 4800),
    (("我在绵阳，就业困难人员，灵活就业，社保一个月交750，这个社保补贴一整年下来最多多少钱？",), date(2025, 3, 1), 6000),
    # 3. the speaker and one of kin, each with a figure
    (("我和我老婆都是农村出来的，在榆次报了政府的技能培训，我学了12天，她学了5天，都结业了。俩人一共能补多少？",), date(2023, 12, 20), 1500),
    (("我跟我弟都是失业人员，在介休参加了职业技能培训，我培训了6天，他培训了15天，都学完了，我们俩补贴加起来多少？",), date(2023, 12, 20), 1600),
    # 6. groups of hires listed, then in a later sentence some of one group singled out by its own word, and the others
    (("我们在德阳开了个餐馆，今年招了4个应届生和2个就业困难人员，都上了社保。但应届生里有1个只签了8个月的合同，其余的都签了3年。一次性吸纳就业补贴一共能补多少？",), date(2024, 10, 15), 10000),
    (("绵阳一家厂，今年招了5个今年毕业的大学生，还有2个就业困难人员，合同都签了两年。不过其中2个大学生社保还没交，其他人社保都交了。一次性吸纳就业补贴一共多少？",), date(2024, 10, 15), 10000),
    # 10. a reply that splits the people held after a figure each was asked
    (("我们在宜宾开了家小公司，今年招了4个大学生，合同都签了3年，社保也交了，招大学生每人能补多少？", "3个是应届的，1个不是，他是2021年毕业的"), date(2024, 9, 10), 6000),
]


@pytest.mark.parametrize(("messages", "today", "expected"), TOTALS)
def test_totals_in_our_words(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert answer.calculation is not None and answer.calculation.value == expected, answer.answer


def test_social_insurance_fee_is_not_the_premium():
    from assistant.facts import extract_facts

    assert extract_facts("见习人员的社会保险费政府能补多少").get("asks_premium") is None
    assert extract_facts("给见习生买的意外险，这个保险费政府能补我们多少").get("asks_premium") is True


def test_an_age_is_not_years_to_retirement(assistant):
    *_, answer = talk(assistant, "街道给我们小区一个就业困难人员安排了公益性岗位，他这岗位补贴能一直领到退休吗？", "58了，男的", today=date(2024, 6, 5))
    assert answer.state.facts.get("years_to_retirement") is None, answer.answer
    assert answer.state.facts.get("age") == 58


@pytest.mark.parametrize(
    ("follow_up", "status"),
    [
        ("那2028年1月呢？", "已失效"),
        ("我问的是2026年6月那会儿，到时候还能按它办吗？", "现行有效"),
    ],
)
def test_a_day_named_after_a_standing_answer(assistant, follow_up, status):
    *_, answer = talk(assistant, "川人社规〔2022〕9号现在还有效吗？", follow_up, today=date(2025, 4, 16))
    assert not answer.abstained and status in answer.answer and "川人社规〔2022〕9号" in answer.answer, answer.answer


def test_most_placed_is_not_all_placed():
    from assistant.facts import extract_facts

    assert extract_facts("办了个订单班，30个人培训了12天，结业后大多数都上岗了").get("employment_rate") is None
    assert extract_facts("办了个订单班，30个人培训了12天，结业后全部上岗了").get("employment_rate") == 1


# conversations ending in a verdict: (messages, day asked, the verdict, words the answer says)
VERDICTS = [
    # 7. a correction of those placed keeps those trained: 21 of 30 is 70%, under 80%
    (("我们是榆次的企业，搞了个项目制培训，一共30个人，培训了12天，培训完大部分都进厂了，补贴怎么算？", "说错了，其实培训完只有21个人进了厂。"), date(2023, 12, 20), "not_eligible", "70%"),
    # 15. a day ahead after a measure ends: the refund ran to the end of 2024
    (("绵阳一家小厂，失业保险交了3年了，去年没裁员，能申请稳岗返还吗？", "要是明年开春再去申请呢，还能返吗？"), date(2024, 12, 10), "not_eligible", "2024年12月31日"),
]


@pytest.mark.parametrize(("messages", "today", "expected", "said"), VERDICTS)
def test_conversations_ending_in_a_verdict(assistant, messages, today, expected, said):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected and said in answer.answer, answer.answer


def test_a_term_defined_by_its_short_form(assistant):
    *_, answer = talk(assistant, "“高技能领军人才”具体是指哪些人？人社部那个培育计划里哪一条讲的？", today=date(2024, 7, 8))
    assert answer.citations and (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2024-ae3e1c", "二、（一）"), answer.answer


@pytest.mark.parametrize(
    ("message", "today", "expected"),
    [
        ("德阳的，大专毕业两年多了一直没正式工作，现在跑外卖自己交社保，社保补贴能领不？", date(2025, 6, 1), "not_eligible"),
        ("德阳的，大专毕业一年多了一直没正式工作，现在跑外卖自己交社保，社保补贴能领不？", date(2025, 6, 1), "eligible"),
        ("嘉兴的，拿技师证两年多了，一直在车间干，近三年考核都合格，能评中级职称吗？", date(2025, 6, 1), "not_eligible"),
        ("嘉兴的，拿技师证三年多了，一直在车间干，近三年考核都合格，能评中级职称吗？", date(2025, 6, 1), "eligible"),
    ],
)
def test_years_and_more(assistant, message, today, expected):
    *_, answer = talk(assistant, message, today=today)
    assert verdict(answer) == expected, answer.answer


def test_years_and_more_normalized():
    from assistant.text import normalize

    assert "2.5年" in normalize("毕业两年多了") and "1年多少" in normalize("补贴一年多少钱")


def test_now_at_a_workplace_in_a_part_is_in_post(assistant):
    *_, answer = talk(assistant, "我是全国技术能手，目前在洛阳一家轴承厂当班长，能破格报副高吗？", today=date(2024, 10, 12))
    assert verdict(answer) == "eligible", answer.answer


def test_allowance_asked_after_leaving_early(assistant):
    *_, answer = talk(
        assistant,
        "我儿子在太原一家公司参加就业见习，干了不到一个月就不干了，公司说生活补助不给发，对吗？",
        "他干了16个工作日",
        today=date(2023, 8, 14),
    )
    assert verdict(answer) == "eligible", answer.answer


def test_a_public_post_given_again(assistant):
    *_, answer = talk(assistant, "我妈是就业困难人员，公益性岗位干满了三年，后来又给安排了一回，现在又快到期了，还能再安排吗？", today=date(2025, 2, 18))
    assert verdict(answer) == "not_eligible", answer.answer


def test_money_while_looking_for_work(assistant):
    *_, answer = talk(assistant, "孩子大四了，明年毕业，家里是低保户，找工作能补点钱吗？", today=date(2024, 11, 5))
    assert not answer.abstained and answer.calculation is not None and "求职" in answer.answer, answer.answer


def test_their_own_subsidy_after_organised_export(assistant):
    *_, answer = talk(
        assistant,
        "广元一个劳务合作社，今年组织了10个脱贫户进厂，都签了一年合同交了社保，合作社能拿多少服务补助？",
        "其中4个是我们统一包车送到外省的，出了县了。他们个人还有没有补贴？",
        today=date(2024, 12, 5),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "sc.poverty_migration_job_seeking", answer.answer


def test_own_selection_date_and_no_other_province_document(assistant):
    *_, answer = talk(assistant, "我们是嘉兴一家培训机构，2023年3月被人社局遴选为社会培训评价组织，可以开展职业技能等级认定。这个资格一直有效吗？", today=date(2025, 2, 12))
    assert all(c.region in ("浙江省", "全国") for c in answer.citations), [c.region for c in answer.citations]
    assert "截至2025年2月12日" in answer.answer or "2023年3月1日" not in answer.answer, answer.answer


def test_technician_school_schooling_for_an_exam(assistant):
    *_, answer = talk(assistant, "我技校毕业，在杭州做统计，想考中级统计师，人家说我学历不够，浙江对技校的有什么说法？", "预备技师班", today=date(2024, 3, 1))
    assert answer.citations and answer.citations[0].article == "三、（三）" and "本科" in answer.answer, answer.answer


def test_the_day_one_went_onto_a_post_is_a_fact():
    from assistant.query import date_asked

    assert date_asked("我妈前年在社区公益岗上的岗，现在补贴还能领吗", date(2024, 8, 6)) == date(2024, 8, 6)
