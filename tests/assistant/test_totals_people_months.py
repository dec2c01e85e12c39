"""Totals over people × months (× a rate) said in new wordings (round 10, “totals” part 3).

The value an answer leads with is the total asked, the per-unit standard beside it, when the
question (or a later turn correcting it) says:
- the months as “都见满了N个月” and the interns as “接了N个…（长的修饰）…来见习”;
- a months figure said of each (“每人见3个月”) — a fact of them, not “每人多少” asked;
- the employer's monthly contribution as “单位每月给每人交的社保是…” / “这三项每月给她交…” /
  a corrected “每个月其实交的是…”;
- two people placed on public-welfare posts × the longest period;
- a head count corrected later (“实际参训合格的是N个”) after a per-person question;
- a number of days corrected later (“又加了N天…，前后一共M天”).

Questions written in our own words (other persons, figures and places than the dev items); each
was answered wrongly before this was built.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_total
from shared_support import DIFFICULT_SI, GRADUATE_SI, JZ_RURAL, JZ_STAFF, PUBLIC_POST, SC_INTERNSHIP, SX_INTERNSHIP, talk

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "value", "article"),
    [
        # Shanxi: 60% of the minimum wage × 8 interns × 5 months, plus 240 × 8 premium
        ("大同一家单位，今年接了8个见习生，都见满了5个月，期满没有留人。最低工资1900，见习补贴加上人身意外险保费补贴，一共能拿多少？",
         8 * 5 * 1140 + 8 * 240, SX_INTERNSHIP),
        # Sichuan: the interns described at length, months said of each
        ("我们在绵阳，收了3个前年毕业、到现在还没找到工作的大学生来见习，每人见了4个月，当地最低工资按两千算，单位能拿多少见习补贴？",
         3 * 4 * 2000, SC_INTERNSHIP),
        # a small firm: the employer's monthly contribution said “每月给每人交的社保是…” × 12 × 3
        ("我们是小微企业，招了3个今年毕业的大学生，合同签了三年，公司每月给每人交的社保是九百八。社保补贴最长补多久？三个人最多能补多少？",
         980 * 12 * 3, GRADUATE_SI),
        # two people on public-welfare posts, far from retirement: wage × 36 × 2
        ("社区用公益性岗位安置了两个就业困难人员，都四十来岁，离退休还有十几年。当地最低工资2050，岗位补贴最长几年？两个人加起来最多补多少？",
         2050 * 36 * 2, PUBLIC_POST),
    ],
)
def test_the_total_over_people_and_months_is_the_value(assistant, real_index, question, value, article):
    answer = assistant.ask(question, today=TODAY)
    assert_total(answer, real_index, value, article)


@pytest.mark.parametrize(
    ("turns", "value", "article"),
    [
        # the three insurances paid for her a month, far from retirement: × 36
        (["我们饭店招了个就业困难人员做帮厨，社保补贴怎么补？", "养老医疗失业这三项，单位每月给她交1200，她四十岁，离退休还早，最多一共能补多少？"],
         1200 * 36, DIFFICULT_SI),
        # a per-person question, then the head count corrected: the group's total
        (["晋中企业职工培训补贴一个人给多少", "我们榆次一个厂报了40个人", "名单对过了，真正参训合格的有45个，按45个算多少？"],
         45 * 300, JZ_STAFF),
        # days added later: the whole length counted (15 × 100 over the 1000 cap → 1000 each)
        (["晋中面向农村转移劳动力的技能提升培训，补贴标准是多少", "我们学校办了一期，25个农村转移劳动力，培训6天", "后来又加了9天实操课，前后一共15天，人数没变，总共能补多少？"],
         25 * 1000, JZ_RURAL),
    ],
)
def test_a_total_asked_in_a_later_turn_counts_what_was_corrected(assistant, real_index, turns, value, article):
    answer = talk(assistant, *turns, today=TODAY)[-1]
    assert_total(answer, real_index, value, article)
