"""A per-day training subsidy with a per-person cap (晋中方案 三、（四）: 每人每天100元，原则上每人不超过1000元),
totalled over people and summed over two programmes of one question.

- The group trained named as 零工市场的求职人员 is a group of people (三、（四）), not the venue whose
  免费公共就业服务 《就业补助资金管理办法》第十二条 subsidises.
- Several people trained for different numbers of days (“两个人学了6天，另外两个人学了13天”): the cap
  applies to each person, then the figures are added, each step cited.
- Two programmes of one enterprise (企业职工培训 三、（二） and 订单式培训 三、（一）), each with its own
  head count and days, and their sum asked: each worked out from its own words, then added.
- A follow-up that changes the head count re-evaluates the capped per-person figure times the new count;
  a rate the person quotes (“补贴是每人每天100元吧”) is not a question asked per person.

Questions written in other words, places and numbers than the dev items; each was answered wrongly before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant.schema import Turn
from assistant_support import assert_contract

TODAY = date(2026, 12, 1)
DOC = "sx07-2023-d5c5f6"


@pytest.mark.parametrize(
    ("question", "value", "steps", "cited"),
    [
        # different days for different people: capped one by one, then added
        ("平遥的一家培训中心，给四个农村转移劳动力办了面点培训，两个人学了6天，另外两个人学了13天，合计能补多少", 3200,
         ["2人各6天：6天 × 100元 = 600元。", "2人各13天：13天 × 100元 = 1300元，超过每人1000元的上限，按1000元。", "合计：600元 × 2 + 1000元 × 2 = 3200元。"], "三、（四）"),
        ("左权县的培训学校办了期电焊培训，两个失业人员参加，一个培训了15天，一个培训了9天，一共能申请多少补贴", 1900,
         ["15天：15天 × 100元 = 1500元，超过每人1000元的上限，按1000元。", "9天：9天 × 100元 = 900元。"], "三、（四）"),
        # 零工市场的求职人员: the people trained, not the venue
        ("昔阳一家职业培训学校，给16个零工市场的求职人员办了11天的家政服务培训，按晋中规定补贴一共多少", 16000,
         ["11天 × 100元 = 1100元，超过上限，按1000元。"], "三、（四）"),
        # two programmes, each with its own people and days, added
        ("灵石一家公司：员工培训做了25个人，另外跟职业学院办了个订单式培训，8个学员、培训12天，结业后全部上岗。两项加起来一共多少？", 21100,
         [], "三、（一）"),
    ],
)
def test_capped_per_person_and_totals(assistant, real_index, question, value, steps, cited):
    answer = assistant.ask(question, region="晋中市", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    calc = answer.calculation
    assert not answer.abstained and calc is not None, answer.answer
    assert Decimal(calc.value) == Decimal(value), answer.answer
    texts = [s.text for s in calc.steps] + [s.text for r in (getattr(answer, "related", None) or ()) for s in r.steps]
    for step in steps:
        assert step in texts, texts
    # every step cites its article; the sum of two cited figures is arithmetic over them
    assert all(s.doc_id and s.article for s in calc.steps if not (calc.rule_id.startswith("arith.") and s.text.startswith("合计："))), calc.steps
    assert (DOC, cited) in {(c.doc_id, c.article) for c in answer.citations}, answer.citations
    assert answer.follow_up is None


def test_two_programmes_each_cited(assistant):
    answer = assistant.ask("灵石一家公司：员工培训做了25个人，另外跟职业学院办了个订单式培训，8个学员、培训12天，结业后全部上岗。两项加起来一共多少？", region="晋中市", today=TODAY)
    cited = {(c.doc_id, c.article) for c in answer.citations}
    assert {(DOC, "三、（一）"), (DOC, "三、（二）")} <= cited, answer.citations
    assert "7500元" in answer.answer and "13600元" in answer.answer, answer.answer


def test_the_employment_service_subsidy_is_not_asked_about_trainees(assistant):
    answer = assistant.ask("和顺的培训机构给零工市场里找活的人办培训，每人每天补多少", region="晋中市", today=TODAY)
    assert "免费" not in (answer.follow_up or ""), answer.answer
    assert (DOC, "三、（四）") in {(c.doc_id, c.article) for c in answer.citations}, answer.citations


def test_a_follow_up_changing_the_head_count_re_evaluates(assistant):
    history: list[Turn] = []
    turns = ["我们在和顺办了个面向失业人员的技能提升培训，补贴是每人每天100元吗", "学了三个礼拜，21天", "那如果是6个人呢"]
    answers = []
    for text in turns:
        answer = assistant.ask(text, tuple(history), region="晋中市", today=TODAY)
        answers.append(answer)
        history += [Turn("user", text), Turn("assistant", answer.answer, answer.state)]
    assert answers[0].calculation is not None and answers[0].calculation.verdict == "need_more_info", answers[0].answer
    assert Decimal(answers[1].calculation.value) == 1000, answers[1].answer  # 21天 × 100元, capped
    assert (Decimal(answers[2].calculation.value), answers[2].calculation.unit) == (Decimal(6000), "元"), answers[2].answer
