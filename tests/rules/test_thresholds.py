"""What would change a verdict: every limit a rule compares a fact with is recorded, typed.

Cases are data (threshold_cases.yaml).  Each expected ``Threshold`` is found by its fact,
parameter and comparison; its limit is the declared parameter's value on ``as_of`` (unless
the case says the rule converts it), so the figure shown to a person always comes from the
rule's own parameters.  Every declared parameter is either compared in some case or listed
as not a threshold, with the reason: a new limit cannot be added without saying which.
"""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import assistant.schema
from assistant.rules import evaluate, get_rule
from assistant.rules.parameters import parameters

DATA = yaml.safe_load((Path(__file__).resolve().parent / "threshold_cases.yaml").read_text(encoding="utf-8"))
CASES = DATA["cases"]


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _same(expected, actual) -> bool:
    if expected is None or actual is None:
        return expected is actual
    if isinstance(expected, bool):
        return expected is actual
    if isinstance(expected, (int, float)):
        return isinstance(actual, (int, Decimal)) and Decimal(str(expected)) == Decimal(actual)
    if isinstance(expected, date):
        return expected == actual
    return str(expected) == str(actual)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_threshold_case(case):
    as_of = _day(case["as_of"])
    calc = evaluate(case["rule"], case.get("facts") or {}, as_of)
    rule = get_rule(case["rule"])
    for want in case["expect"]:
        found = [t for t in calc.thresholds if (t.fact, t.parameter, t.op) == (want["fact"], want["parameter"], want["op"])]
        assert found, f"no threshold {want['fact']} {want['op']} {want['parameter']}; recorded: {[(t.fact, t.op, t.parameter) for t in calc.thresholds]}"
        t = found[0]
        assert want["parameter"] in rule.parameters, "a threshold comes from a parameter the rule declares"
        declared = parameters().at(want["parameter"], as_of)
        assert _same(want.get("limit", declared.value), t.limit), f"limit {t.limit!r}"
        assert t.unit == want.get("unit", None if isinstance(t.limit, date) else declared.unit)
        assert (t.doc_id, t.article) == (declared.reference.doc_id, declared.reference.article)
        for key in ("value", "met", "gap", "precision", "shortfall"):
            if key in want:
                actual = t.shortfall() if key == "shortfall" else getattr(t, key)
                assert _same(want[key], actual), f"{key}: {actual!r}, expected {want[key]!r}"
        for key in ("met_on", "until"):
            if key in want:
                assert getattr(t, key) == (_day(want[key]) if want[key] else None), f"{key}: {getattr(t, key)!r}"
    for fact in case.get("absent", []):  # a comparison the rule set aside is not reported
        assert fact not in {t.fact for t in calc.thresholds}, fact


def test_every_parameter_is_compared_or_said_not_to_be_a_limit():
    compared = {want["parameter"] for case in CASES for want in case["expect"]}
    listed = set(DATA["not_thresholds"])
    declared = {p.name for p in parameters()}
    assert not compared & listed, f"both compared and listed as not a threshold: {sorted(compared & listed)}"
    assert not (compared | listed) - declared, f"unknown parameters: {sorted((compared | listed) - declared)}"
    assert declared <= compared | listed, f"parameters neither compared in a case nor listed: {sorted(declared - compared - listed)}"


def test_thresholds_travel_in_the_json_contract():
    calc = evaluate("zj.title_by_skill_level", {"skill_level": "高级技师", "level_obtained_date": "2023-03-01", "annual_appraisal_passed": True}, date(2026, 11, 21))
    (data,) = calc.to_dict()["thresholds"]
    assert data == {
        "fact": "years_since_level",
        "parameter": "zj.title.min_years.senior_technician",
        "op": "at_least",
        "limit": 4,
        "unit": "年",
        "value": 3.7,
        "met": False,
        "gap": 0.3,
        "met_on": "2027-03-01",
        "until": None,
        "precision": "month",
        "doc_id": "zj-2022-0839a3",
        "article": "三、（二）1.（3）",
    }


def test_threshold_doctests():
    for name in ("Threshold", "_amount_text"):
        finder = doctest.DocTestFinder()
        runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
        for test in finder.find(getattr(assistant.schema, name), name, globs=vars(assistant.schema)):
            runner.run(test)
        assert runner.failures == 0


def test_a_declared_condition_with_a_number_records_its_threshold(tmp_path):
    """Clauses declared as conditions (assistant/rules/clauses/) compare numbers too: the same record."""
    from assistant.rules import conditions
    from assistant.rules.base import Context

    entry = tmp_path / "conditions.yaml"
    entry.write_text(
        """
- id: zj.example_years
  title: 例
  region: 浙江省
  doc: zj-2022-0839a3
  clause: {article: 三、（二）1.（3）, quote: 从事技术技能工作满4年，可申报相应系列副高级职称评审}
  topic: {id: example_years, name: 例, says: [['副高', 1]]}
  conditions:
  - {fact: years_since_level, at_least: 4, article: 三、（二）1.（3）, quote: 从事技术技能工作满4年, fails: 须满4年。}
  answer: 可以。
""",
        encoding="utf-8",
    )
    (declared,) = conditions.load(entry)
    ctx = Context(declared.rule, {"years_since_level": 3}, date(2026, 11, 21), parameters())
    assert declared.rule.formula(ctx).verdict == "not_eligible"
    (t,) = ctx.thresholds
    assert (t.fact, t.parameter, t.op, t.limit, t.met, t.gap) == ("years_since_level", "zj.example_years:years_since_level", "at_least", Decimal(4), False, Decimal(1))
    assert (t.doc_id, t.article) == ("zj-2022-0839a3", "三、（二）1.（3）")
