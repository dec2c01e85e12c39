"""Numbers said with their unit, read through the facts' declared ``mentions``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts import extract_facts, merge_facts
from assistant.rules.inputs import load_facts
from assistant.text import normalize
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
        ("x: {kind: decimal, label: x, question: x, mentions: [{unit: 年, before: '{nothing}'}]}", "ladder"),
        ("x: {kind: decimal, label: x, question: x, mentions: [{unit: 年, yields_to: [nothing]}]}", "not a declared fact"),
        ("x: {kind: date, label: x, question: x, mentions: [{unit: 往年}]}", "date fact"),
        ("x: {kind: int, label: x, question: x, mentions: [{unit: 年份, take: month}]}", "take: month"),
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


# --- the options that declare years and dates (formerly an elif chain and date readers in facts.py)

_OPTIONS = """
contract:
  kind: decimal
  label: x
  question: x?
  mentions:
  - {unit: 年, clause: 合同}
worked:
  kind: decimal
  label: x
  question: x?
  bounds: [0, 50]
  mentions:
  - {unit: 年, before: 干, yields_to: [contract]}
  - {unit: 个月, before: 干, per: 12}
  - {unit: 年, before: '取得[^。；]*后', across: true, window: 24}
placements:
  kind: int
  label: x
  question: x?
  mentions:
  - {unit: 次, ordinal: true, plus: -1, not_values: [2]}
registered:
  kind: date
  label: x
  question: x?
  mentions:
  - {unit: 日期, clause: 注册}
graduated_month:
  kind: int
  label: x
  question: x?
  mentions:
  - {unit: [日期, 往年], take: month, after: 毕业}
graduated_ago:
  kind: int
  label: x
  question: x?
  mentions:
  - {unit: 往年, after: 毕业}
"""


@pytest.fixture
def declared(tmp_path, monkeypatch):
    """The engine reading only the declarations of ``_OPTIONS``."""
    from assistant.understand import mentions

    mentions._unclaimed()  # the shared list of ignored numbers, read against the real facts first
    (tmp_path / "x.yaml").write_text(_OPTIONS, encoding="utf-8")
    specs = load_facts(tmp_path)
    monkeypatch.setattr(mentions, "_facts", lambda: specs)
    mentions._ways.cache_clear()
    mentions._all_ways.cache_clear()
    yield mentions.read_mentions
    mentions._ways.cache_clear()
    mentions._all_ways.cache_clear()


def test_a_fact_yields_a_mention_to_the_facts_it_names(declared):
    assert declared("签了3年合同，干了4年") == {"contract": 3, "worked": 4}
    assert declared("合同干了3年") == {"contract": 3}  # 干 fits too, but the contract comes first


def test_bounds_per_and_across(declared):
    assert declared("干了300年") == {}  # outside the declared bounds: not believed
    assert declared("干了−5年") == {}  # below zero: no count of anything
    assert declared("干了6个月") == {"worked": Decimal("0.50")}
    assert declared("取得证书后，又在车间里待了5年") == {"worked": 5}  # the words before, across a comma


def test_an_ordinal_with_a_value_where_readings_part(declared):
    assert declared("这是第3次") == {"placements": 2}
    assert declared("这是第2次") == {}


def test_dates_relative_years_and_months(declared):
    from datetime import date

    assert declared("2024年3月5日注册的") == {"registered": date(2024, 3, 5)}
    assert declared("2024年2月30日注册的") == {}  # no such day
    assert declared("去年7月毕业") == {"graduated_month": 7, "graduated_ago": 1}
    assert declared("2024年6月毕业") == {"graduated_month": 6}


def test_scan_dates_keeps_relative_years_relative():
    from assistant.understand.mentions import scan_dates

    said = [(m.unit, m.value, m.month) for m in scan_dates("前年3月拿的证，2026届，2019年进厂")]
    assert said == [("往年", Decimal(2), 3), ("届", Decimal(2026), None), ("年份", Decimal(2019), None)]


def test_the_clause_before_holding_a_level_makes_bare_work_the_years_since_it():
    assert extract_facts("我是高级技师，干了5年").get("years_since_level") == 5
    assert "years_since_level" not in extract_facts("我想考高级技师，干了5年")


@pytest.mark.parametrize("text", ["高级技师，取得证书后干了300年", "高级技师，取得证书后干了−5年", "300年", "-5年"])
def test_absurd_years_are_no_fact_for_a_verdict(text):
    said = extract_facts(text)
    assert not {"years_since_level", "years_in_occupation", "_years"} & said.keys()
    merged = merge_facts({"skill_level": "高级技师"}, said)
    assert "years_since_level" not in merged


def test_a_number_of_years_right_before_a_month_is_a_date_not_years():
    # “23年6月”: the old reader skipped a 年 followed by a digit; the declared list of ignored numbers does too
    assert "_years" not in extract_facts("23年6月本科毕业")
    assert extract_facts("工作了1年6个月")["years_in_occupation"] == Decimal("1.5")


def test_ranges_name_declared_parameters():
    """A way's ``ranges`` names the parameters a range is compared with: each must exist."""
    from assistant.rules.inputs import FACTS
    from assistant.rules.parameters import parameters

    named = [(key, n) for key, spec in FACTS.items() for w in spec.mentions for n in w.get("ranges") or ()]
    assert named, "no fact declares ranges"
    assert [(k, n) for k, n in named if n not in parameters()] == []


def test_a_range_of_absence_days_decides_only_when_both_ends_agree():
    """“十一二天” is 11~12 days: past the 10 of 四、（五） either way (10天以上 includes 10, so 10~12 too);
    9~11 straddles it (the rule asks)."""
    from datetime import date

    from assistant.rules.registry import evaluate
    from assistant.schema import Span
    from assistant.understand.mentions import read_mentions

    said = read_mentions("见习没请假，前前后后加起来旷了11~12天").get("absence_total_days")
    assert isinstance(said, Span) and (said.low, said.high) == (11, 12)
    day = date(2026, 11, 21)
    assert evaluate("sx.internship_allowance", {"absence_total_days": said}, day).verdict == "not_eligible"
    straddling, past = Span.parse({"low": 9, "high": 11}), Span.parse({"low": 10, "high": 12})
    assert evaluate("sx.internship_allowance", {"absence_total_days": straddling}, day).verdict == "need_more_info"
    assert evaluate("sx.internship_allowance", {"absence_total_days": past}, day).verdict == "not_eligible"


def test_calendar_days_bound_working_days_from_above():
    """“干了十来天就走了”: at most 10 working days, below the 15 of 三、（一）; 20 days may be 15 working days."""
    from assistant.understand.mentions import read_mentions

    assert read_mentions("见习干了10来天就走了").get("working_days") == 10
    assert "working_days" not in read_mentions("见习干了20天就走了")
    assert "working_days" not in read_mentions("见习干了15天就走了")  # 15 calendar days may be 11 working days … or 15


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("去年全省营收大概一百四十亿", 14_000_000_000),  # the figure before 亿 is read whole, not 140 + 十亿
        ("总额按8萬億元算", 8_000_000_000_000),
        ("专项资金三万亿", 3_000_000_000_000),
        ("目标是200亿元", 20_000_000_000),
    ],
)
def test_money_in_yi_and_wanyi_is_read_as_yuan(said, value):
    money = [m for m in scan(normalize(said)) if m.unit == "元"]
    assert money and money[0].value == value, said
