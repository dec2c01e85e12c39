"""The day an answer is evaluated at, and the place whose rules apply (reliability round two).

- Every answer says the date it evaluated at, in its text and as ``as_of``; a year attached to
  新规/新政策/文件 is not an event date; a measure expired today is flagged as such even when
  the event described fell inside its period (label and text).
- The place where the person works or applies decides; where they come from does not; a region
  option that disagrees with the question is asked back, never resolved silently, and the
  person's answer then carries through the conversation.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.schema import REGION_PENDING, Answer, Turn

TODAY = date(2026, 12, 1)
ABSORB = "四川企业吸纳了3名毕业年度高校毕业生，签了1年以上劳动合同并缴了社保，一次性吸纳就业补贴能领多少钱？"


def _then(question: str, answer: Answer) -> list[Turn]:
    return [Turn("user", question), Turn("assistant", answer.answer, answer.state)]


# ------------------------------------------------------------------ the day evaluated at
def test_every_answer_states_the_day_it_evaluated_at(assistant):
    for question in ("高级技师干了5年能评副高吗？", "浙江技能人才评价机构的有效期是几年？", ABSORB):
        answer = assistant.ask(question, today=TODAY)
        assert not answer.abstained, question
        assert answer.as_of == TODAY
        assert "2026年12月1日" in answer.answer, (question, answer.answer)


def test_a_year_attached_to_new_rules_is_not_the_day_evaluated_at(assistant):
    plain = assistant.ask(ABSORB, today=TODAY)
    dated = assistant.ask("根据2025年新规，" + ABSORB, today=TODAY)
    assert dated.as_of == plain.as_of == TODAY
    assert "已失效" in dated.answer
    assert dated.citations[0].status == "expired"


def test_an_event_in_its_period_is_evaluated_then_and_flagged_expired_now(assistant):
    answer = assistant.ask("2024年10月，" + ABSORB, today=TODAY)
    assert answer.as_of == date(2024, 10, 1)
    sichuan = [c for c in answer.citations if c.doc_id.startswith("sc")]
    assert sichuan and sichuan[0].status == "expired"  # the label is read now, not at the event
    assert "2024年10月1日" in answer.answer and "已失效" in answer.answer


# ------------------------------------------------------------------ the place that decides
def test_where_the_person_works_decides_not_where_they_come_from(assistant):
    answer = assistant.ask("我是浙江人但在江苏工作，高级技师干了5年能评副高吗？", today=TODAY)
    assert answer.region == "江苏省"
    assert answer.calculation is None or not answer.calculation.rule_id.startswith("zj.")
    assert "按浙江省规定" not in answer.answer
    moved = assistant.ask("老家河南的，现在在杭州上班，高级技师干了5年能评副高吗？", today=TODAY)
    assert moved.state.region == "杭州市"
    assert "按河南省规定" not in moved.answer


def test_an_option_that_disagrees_with_the_question_is_asked_back(assistant):
    question = "我在河南，高级技师干了5年能评副高吗？"
    asked = assistant.ask(question, region="浙江", today=TODAY)
    assert asked.calculation is None and not asked.citations
    assert "河南省" in asked.answer and "浙江省" in asked.answer and asked.follow_up
    assert asked.state.pending == REGION_PENDING

    chosen = assistant.ask("河南", _then(question, asked), region="浙江", today=TODAY)
    assert chosen.region == "河南省"
    assert chosen.calculation is not None and chosen.calculation.rule_id.startswith("ha.")
    assert chosen.state.region_over == "浙江省"

    history = _then(question, asked) + _then("河南", chosen)
    later = assistant.ask("近三年考核都合格，一直在岗", history, region="浙江", today=TODAY)
    assert later.region == "河南省"  # the person's choice holds while the option stays as it was
    assert later.calculation is not None and later.calculation.rule_id.startswith("ha.")


def test_an_option_that_agrees_or_a_comparison_is_not_asked_back(assistant):
    same = assistant.ask("我在杭州，高级技师干了5年能评副高吗？", region="浙江", today=TODAY)
    assert same.state.pending != REGION_PENDING and same.region == "杭州市"
    compare = assistant.ask("浙江和河南的高级技师评副高条件有什么不同？", region="浙江", today=TODAY)
    assert compare.state is None or compare.state.pending != REGION_PENDING


def test_a_university_named_after_a_place_is_where_one_studied_not_where_one_is():
    from assistant.query import understand

    assert understand("我是重庆大学毕业的，毕业就去了绵阳一个乡镇干了三年", (), today=TODAY).region == "绵阳市"
    assert understand("浙江大学毕业，现在在郑州上班", (), today=TODAY).region == "郑州市"


def test_a_measure_with_its_own_deadline_is_expired_inside_a_document_in_force(assistant):
    """四川 稳岗返还 (一、（三）) ran to 2024-12-31 inside a document in force to 2025-12-31: on 2025-06-01 the
    article cited for it is expired, and a validity question about it says so first."""
    from datetime import date

    answer = assistant.ask("宜宾的企业，稳岗返还今年还能按四川那个文件申请吗？那文件不是到2025年底才失效吗", today=date(2025, 6, 1))
    first = answer.citations[0]
    assert (first.doc_id, first.article, first.status) == ("sc-2024-9a23d6", "一、（三）", "expired"), answer.answer
    asked = assistant.ask("川办发〔2024〕34号里的稳岗返还还有效吗", today=date(2025, 6, 1))
    assert asked.answer.startswith("其中“失业保险稳岗返还”（一、（三）") and "已失效" in asked.answer.split("\n")[0], asked.answer


def test_still_open_asked_of_a_measure_with_its_own_deadline_is_a_validity_question(assistant):
    """“现在还可以申请吗” of a named document's measure, with nothing said of the person: the measure's own
    period (稳岗返还 to 2024-12-31) answers, expired after it; said of a case, the rule answers as before."""
    asked = assistant.ask("川办发〔2024〕34号里面讲的稳岗返还，现在还可以申请吗", today=date(2025, 9, 1))
    assert asked.status == "expired" and asked.answer.startswith("其中“失业保险稳岗返还”"), asked.answer
    assert (asked.citations[0].doc_id, asked.citations[0].article) == ("sc-2024-9a23d6", "一、（三）")
    case = assistant.ask("成都的，川办发〔2024〕34号，我们厂30个人，去年没裁员，失业保险交了两年，现在还能申请稳岗返还吗", today=date(2024, 9, 1))
    assert case.calculation is not None and not case.answer.startswith("其中“失业保险稳岗返还”"), case.answer


# ------------------------------------------------------------------ the document just quoted
def test_a_short_validity_follow_up_is_about_the_document_just_quoted(assistant):
    question = "四川那个贯彻新时代技能人才职业技能等级制度的意见，就是讲特级技师首席技师评聘那个"
    first = assistant.ask(question, today=TODAY)
    assert first.state is not None and first.state.document == first.citations[0].doc_id
    later = assistant.ask("现在还管用不", _then(question, first), today=TODAY)
    assert not later.abstained, later.answer
    assert later.citations[0].doc_id == first.state.document
    assert "截至2026年12月1日" in later.answer
    alone = assistant.ask("现在还管用不", today=TODAY)
    assert alone.abstained or not alone.citations or alone.citations[0].doc_id != first.state.document


def test_the_document_of_the_conversation_travels_with_its_state():
    from assistant.schema import DialogueState

    state = DialogueState(document="sc-2023-79c742")
    assert DialogueState.from_dict(state.to_dict()).document == "sc-2023-79c742"
    assert DialogueState.from_dict({**state.to_dict(), "document": 5}).document is None


def test_a_follow_up_about_the_document_just_quoted_is_answered_from_it(assistant):
    question = "晋中2023年人人持证那个方案里，企业职工培训每人补多少？"
    first = assistant.ask(question, today=TODAY)
    doc = assistant.index.documents[first.state.document]
    notice = doc.parent_id or doc.doc_id
    later = assistant.ask("这个方案是依据省里哪个文件定的？", _then(question, first), today=TODAY)
    assert not later.abstained and later.calculation is None, later.answer
    assert later.citations[0].doc_id == notice  # who issued it and on what basis: the cover notice says
    elliptical = assistant.ask("那订单式培训呢？", _then(question, first), today=TODAY)
    assert elliptical.calculation is not None  # a changed element, not a question about the document


@pytest.mark.parametrize("reply", ["后年1月15号到期", "2028年1月证书就到期了"])
def test_a_date_something_runs_out_on_is_a_fact_not_the_day_evaluated_at(assistant, reply):
    """“明年3月31号到期” answers when the approval ends; the question is still about applying today."""
    from shared_support import talk

    first, second = talk(assistant, "宁波的评价机构，打算现在就申请延续", reply)
    assert second.as_of == TODAY
    assert second.calculation is not None and second.calculation.verdict == "not_eligible", second.answer
    assert "2026年12月1日不在申请期内" in second.answer
