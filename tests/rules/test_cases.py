"""Table-driven rule cases: tests/rules/cases/*.yaml, each citing the article it checks.

A case::

    - name: 高级技师满4年且考核合格可申报副高级
      rule: zj.title_by_skill_level
      as_of: 2026-11-21
      cite: {doc_id: zj-2022-0839a3, article: 三、（二）1.（3）}
      facts: {skill_level: 高级技师, years_since_level: 4, annual_appraisal_passed: true}
      expect: {verdict: eligible, value: 副高级}

``expect`` may hold verdict, value, unit, missing (exact, in order),
summary_contains (substrings) and steps_cite (articles the steps must name).  The
cited article must exist in the corpus and be named by a step or by the rule.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from assistant.rules import evaluate, get_rule

from rules_support import resolve

CASES_DIR = Path(__file__).resolve().parent / "cases"


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["cases"]):
            out.append((f"{path.stem}[{i}] {case['name']}", case))
    return out


CASES = _load()


def _same(expected, actual) -> bool:
    if expected is None or actual is None:
        return expected is actual
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(actual, (int, Decimal)) and Decimal(str(expected)) == Decimal(str(actual))
    return str(expected) == str(actual)


def test_there_are_cases_for_every_rule():
    from assistant.rules import all_rules

    covered = {case["rule"] for _, case in CASES}
    missing = [r.id for r in all_rules() if r.id not in covered]
    assert not missing, f"rules without cases: {missing}"


@pytest.mark.parametrize("name,case", CASES, ids=[n for n, _ in CASES])
def test_case(name, case):
    cite = case["cite"]
    assert resolve(cite["doc_id"], cite["article"], cite.get("quote")) is None, resolve(cite["doc_id"], cite["article"], cite.get("quote"))
    as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(str(case["as_of"]))
    calc = evaluate(case["rule"], case.get("facts") or {}, as_of)
    expect = case["expect"]
    assert calc.verdict == expect["verdict"], calc.summary
    assert calc.in_force == expect.get("in_force", True), f"in_force {calc.in_force}: {calc.summary}"
    if "value" in expect:
        assert _same(expect["value"], calc.value), f"value {calc.value!r} != {expect['value']!r}: {calc.summary}"
    if "unit" in expect:
        assert calc.unit == expect["unit"]
    if "missing" in expect:
        assert list(calc.missing) == list(expect["missing"])
    for text in expect.get("summary_contains", []):
        assert text in calc.summary, f"{text!r} not in {calc.summary!r}"
    named = {(s.doc_id, s.article) for s in calc.steps} | {(c.doc_id, c.article) for c in get_rule(case["rule"]).citations}
    assert (cite["doc_id"], cite["article"]) in named, f"the case cites {cite} but neither the steps nor the rule name it"
    for article in expect.get("steps_cite", []):
        assert article in {s.article for s in calc.steps}, f"no step cites {article}"
    for step in calc.steps:
        if step.doc_id:
            assert resolve(step.doc_id, step.article) is None
