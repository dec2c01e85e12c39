"""Round 19: counts said by listing or by a number before a kind (a blind dev set's classes, in our own words):

1. occasions listed one after another, then “都领了” (前年学电焊、去年学叉车、今年学了中式烹调，每回都领了): that many
   times had — a trade named after the list (想再学个育婴员) is the one asked about, not one had;
2. a sum over kinds with several of one kind (1家国家级…，还有2家省级的): that kind's figure that many times.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.facts import extract_facts
from shared_support import talk


@pytest.mark.parametrize(
    ("text", "times"),
    [("大前年学了电焊、前年学了叉车、去年学了中式面点，每次都领了补贴，今年想学个育婴员", 3), ("前年学电工、去年学焊工，都领过培训补贴，这回想学叉车", 2)],
)
def test_occasions_listed_before_all_had_are_counted(text, times):
    assert extract_facts(text).get("times_received") == times


def test_a_fourth_training_after_three_listed_is_past_the_limit(assistant):
    # 《就业补助资金管理办法》第五条: 职业培训补贴每人累计最多享受3次
    (answer,) = talk(assistant, "我在外面打工，大前年学了电焊、前年学了叉车、去年学了中式面点，每次考完证都领了培训补贴，今年想再学个育婴员，还能补吗", today=date(2025, 6, 1))
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


def test_several_of_one_kind_in_a_sum(assistant):
    # 川办发〔2024〕34号 二、（十三）: 国家级 30万元, 省级 20万元 一次性奖补
    (answer,) = talk(assistant, "四川这边，今年我们市有两家单位新评上国家级就业见习基地，一家评上省级的，一次性奖补一共多少钱？", today=date(2025, 3, 1))
    assert answer.calculation is not None and answer.calculation.value == 800000, answer.answer


def test_the_people_trained_before_the_firm_s_size(assistant):
    # 晋中 三、（二）: 企业职工培训 300元/人 — the people trained (26), not the firm's 四十来人
    first, last = talk(assistant, "晋中的企业给职工搞技能培训，补贴怎么算", "榆次的，公司四十来人，这回培训了26个", today=date(2024, 5, 1))
    assert last.calculation is not None and last.calculation.value == 7800, last.answer


def test_the_count_to_go_by_said_at_the_end_of_a_correction(assistant):
    # 川办发〔2024〕34号 一、（四）: 一次性吸纳就业补贴 2000元/人
    turns = talk(assistant, "德阳的厂，今年招了7个应届大学生，一次性吸纳就业补贴能拿多少", "都签了两年合同，社保也交了", "不对，有两个没签合同走了，按5个算", today=date(2025, 3, 1))
    assert turns[-1].calculation is not None and turns[-1].calculation.value == 10000, turns[-1].answer
