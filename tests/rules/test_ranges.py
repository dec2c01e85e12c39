"""Durations said as ranges (“六七年”, “十几年”, “好几年”, “十一二天”): a limit is decided when both
ends of the range agree, and the figure is asked when the limit falls within it (issue 11)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from assistant.facts import extract_facts
from assistant.rules.registry import evaluate
from assistant.schema import DialogueState, Span

ZJ = {"skill_level": "高级技师", "annual_appraisal_passed": True}  # 副高级: 满4年 (zj-2022-0839a3 三、（二）1.（3）)
SC_2024 = date(2024, 9, 1)  # the 技能提升补贴 clause runs to 2024-12-31


@pytest.mark.parametrize(
    ("rule", "facts", "day", "verdict", "missing"),
    [
        # 浙江: years since the level against 满4年
        ("zj.title_by_skill_level", {**ZJ, "years_since_level": "6~7"}, date(2026, 11, 21), "eligible", ()),
        ("zj.title_by_skill_level", {**ZJ, "years_since_level": "2~3"}, date(2026, 11, 21), "not_eligible", ()),
        ("zj.title_by_skill_level", {**ZJ, "years_since_level": "3~5"}, date(2026, 11, 21), "need_more_info", ("years_since_level",)),
        ("zj.title_by_skill_level", {**ZJ, "years_since_level": "4~"}, date(2026, 11, 21), "eligible", ()),  # “好几年” of at least 4
        ("zj.title_by_skill_level", {**ZJ, "years_since_level": "2~"}, date(2026, 11, 21), "need_more_info", ("years_since_level",)),
        # 四川 技能提升补贴: insured 1 year (12 months) or more
        ("sc.skill_upgrade_subsidy", {"insured_months": "72~84"}, SC_2024, "eligible", ()),
        ("sc.skill_upgrade_subsidy", {"insured_months": "7~8"}, SC_2024, "not_eligible", ()),
        ("sc.skill_upgrade_subsidy", {"insured_months": "11~12"}, SC_2024, "need_more_info", ("insured_months",)),
        # 晋中 劳动者技能提升培训: 100元 a day, at most 1000元 — 10 days reach the cap
        ("jz.worker_training_subsidy", {"training_days": "11~12"}, date(2026, 11, 21), "amount", ()),
        ("jz.worker_training_subsidy", {"training_days": "9~11"}, date(2026, 11, 21), "need_more_info", ("training_days",)),
        ("jz.worker_training_subsidy", {"training_days": "7~8"}, date(2026, 11, 21), "need_more_info", ("training_days",)),
        # 四川 学费奖补 (a declared clause): 连续服务满三年
        ("sc.grassroots_tuition_award", {"provincial_university": True, "remote_grassroots": True, "years_in_occupation": "5~6"}, SC_2024, "eligible", ()),
        ("sc.grassroots_tuition_award", {"provincial_university": True, "remote_grassroots": True, "years_in_occupation": "1~2"}, SC_2024, "not_eligible", ()),
        ("sc.grassroots_tuition_award", {"provincial_university": True, "remote_grassroots": True, "years_in_occupation": "2~3"}, SC_2024, "need_more_info", ("years_in_occupation",)),
        # 山西 见习: 连续缺勤5天以上不予发放
        ("sx.internship_allowance", {"absence_consecutive_days": "6~7", "min_wage": 1980}, date(2022, 8, 1), "not_eligible", ()),
        ("sx.internship_allowance", {"absence_consecutive_days": "4~6", "min_wage": 1980}, date(2022, 8, 1), "need_more_info", ("absence_consecutive_days",)),
    ],
)
def test_a_range_is_decided_when_both_ends_agree(rule, facts, day, verdict, missing):
    calc = evaluate(rule, facts, day)
    assert calc.verdict == verdict, calc.summary
    assert calc.missing == missing
    if verdict == "amount":
        assert calc.value == Decimal(1000)


def test_the_range_is_recorded_with_its_threshold_and_no_made_up_gap():
    calc = evaluate("zj.title_by_skill_level", {**ZJ, "years_since_level": "2~3"}, date(2026, 11, 21))
    (t,) = [t for t in calc.thresholds if t.fact == "years_since_level"]
    assert t.value == Span(Decimal(2), Decimal(3)) and t.met is False and t.gap is None
    assert "2~3年" in calc.summary
    assert json.loads(json.dumps(calc.to_dict()))["inputs"]["years_since_level"] == {"low": 2, "high": 3}


def test_arithmetic_never_runs_on_a_range():
    # 订单式培训 pays by the day in two tiers: a range of days is no amount, the figure is asked
    calc = evaluate("jz.order_training_subsidy", {"training_days": "11~12", "employment_rate": "0.9"}, date(2026, 11, 21))
    assert calc.verdict == "need_more_info" and calc.missing == ("training_days",)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("高级工证拿了六七年", "years_since_level", Span(Decimal(6), Decimal(7))),
        ("干这行十几年了", "years_in_occupation", Span(Decimal(11), Decimal(19))),
        ("在车间干了二十几年", "years_in_occupation", Span(Decimal(21), Decimal(29))),
        ("技师证拿了好几年", "years_since_level", Span(Decimal(2), None)),
        ("培训了十一二天", "training_days", Span(Decimal(11), Decimal(12))),
        ("技师证拿了两三年", "years_since_level", Span(Decimal(2), Decimal(3))),  # was read as 23年
    ],
)
def test_ranges_are_read(text, key, value):
    assert extract_facts(text)[key] == value


@pytest.mark.parametrize("text", ["招了五六个大学生", "五六个人培训了20天"])
def test_counts_of_people_said_as_ranges_stay_unread(text):
    facts = extract_facts(text)
    assert not any(isinstance(v, Span) for v in facts.values())
    assert not {"hires_count", "people_count", "trainees_count", "headcount"} & facts.keys()


def test_ten_and_some_people_is_read_as_at_least_ten():
    """“十几个人” counts like “五十多人”: the number said (10), enough to tell a firm under 20 is small."""
    facts = extract_facts("厂里十几个人")
    assert facts.get("headcount") == 10 and not any(isinstance(v, Span) for v in facts.values())


def test_a_range_survives_the_state_json():
    state = DialogueState(facts={"years_since_level": Span(Decimal(6), Decimal(7)), "training_days": Span(Decimal(2), None)})
    data = json.loads(json.dumps(state.to_dict(), ensure_ascii=False))
    assert data["facts"]["years_since_level"] == {"low": 6, "high": 7}
    assert DialogueState.from_dict(data) == state
