"""Numbers said with their unit, read through the facts' declared ``mentions``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts import extract_facts, merge_facts
from assistant.rules.inputs import load_facts
from assistant.understand.mentions import derive, read_mentions, scan


def test_units_are_canonical_and_calendar_years_are_not_numbers_of_years():
    said = [(m.value, m.unit, m.word) for m in scan("2024年招的，补贴1.5万，干了3.5年，20个人，6个多月")]
    assert said == [(Decimal("15000"), "元", "万"), (Decimal("3.5"), "年", "年"), (Decimal(20), "个", "个人"), (Decimal(6), "月", "个多月")]


def test_a_mention_is_read_with_its_words_not_by_position():
    # the same 天 is training in one sentence, absence in another
    assert read_mentions("培训了25天").get("training_days") == 25
    said = read_mentions("见习期间连续旷工了6天，培训那边没事")
    assert said.get("absence_consecutive_days") == 6 and "training_days" not in said and "absence_total_days" not in said
    # “一共7天” counts absence only where absence is talked about
    assert "absence_total_days" not in read_mentions("培训一共7天")


def test_two_counts_give_the_rate_when_the_rate_is_not_said():
    facts = extract_facts("榆次区我们厂搞了个订单班，20个人培训了25天，结业后上岗了17个")
    assert (facts["trainees_count"], facts["training_days"], facts["employed_count"]) == (20, 25, 17)
    assert facts["employment_rate"] == Decimal("0.85")
    # a rate said outright wins over the counts
    assert extract_facts("20个人培训，上岗了17个，就业率90%")["employment_rate"] == Decimal("0.9")
    # more employed than trained is no rate
    assert "employment_rate" not in derive({"employed_count": 30, "trainees_count": 20})


def test_counts_across_turns_and_a_corrected_count():
    facts = merge_facts({}, extract_facts("晋中的订单式培训，培训了20个人"))
    facts = merge_facts(facts, extract_facts("结束后上岗了17个"))
    assert facts["employment_rate"] == Decimal("0.85")
    facts = merge_facts(facts, extract_facts("说错了，上岗了15个"))
    assert facts["employment_rate"] == Decimal("0.75")
    # a stated rate is kept when the number of trainees is given later
    stated = merge_facts(merge_facts({}, extract_facts("订单式培训，就业率有85%")), extract_facts("培训了十五天，二十个人"))
    assert (stated["employment_rate"], stated["trainees_count"]) == (Decimal("0.85"), 20)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("x: {kind: int, label: x, question: x, mentions: [{unit: 公里}]}", "unit"),
        ("x: {kind: bool, label: x, question: x, mentions: [{unit: 天}]}", "int / decimal"),
        ("x: {kind: int, label: x, question: x, mentions: [{unit: 天, near: 培训}]}", "unit"),
        ("x: {kind: decimal, label: x, question: x, ratio_of: [x, nothing]}", "ratio_of"),
    ],
)
def test_a_malformed_mention_is_refused(tmp_path, entry, message):
    (tmp_path / "f.yaml").write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_facts(tmp_path)


def test_a_lone_number_fills_the_one_fact_of_the_topic_said_with_its_unit():
    from assistant.rules.route import topic_inputs
    from assistant.schema import DialogueState
    from assistant.understand.dialogue import read_turn

    inputs = topic_inputs("training_subsidy_amount")
    state = DialogueState(facts={"province": "山西省", "training_kind": "劳动者技能提升培训"}, topic="training_subsidy_amount")
    reading = read_turn("8天", state, inputs)
    assert reading.facts == {"training_days": 8} and reading.filled == "training_days"
    # a correction replaces the one known fact said in 天
    state = DialogueState(facts={**state.facts, "training_days": 8}, topic="training_subsidy_amount")
    assert read_turn("不对，是12天", state, inputs).facts.get("training_days") == 12
    # without a correction a known fact is not overwritten by a bare number
    assert "training_days" not in read_turn("12天", state, inputs).facts
    # a unit no fact of the topic takes fills nothing
    assert read_turn("3次", state, inputs).filled is None
    # a changed element (“那要是15天呢”) replaces it too
    assert read_turn("那要是15天呢？", state, inputs).facts.get("training_days") == 15
