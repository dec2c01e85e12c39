"""A stated disqualifier is never answered “eligible” (issue 11: twice a graduation or an age outside a
clause's window still gave 可以).

The contract, across every rule: take each routed conversation (route_cases.yaml, clause_cases/,
amount_cases/) whose rule answers ``eligible`` and reads a window the person states, put the person
outside every such window the rule reads at once (a clause listing alternatives, 离校2年内高校毕业生
或16-24岁登记失业青年, is still met by the other), and the same rule must no longer say ``eligible``:

- 离校年数 (a rule reading ``years_since_graduation``): left school 9 years before;
- 年龄 (a rule whose clauses say 16-24岁): 40 years old.

The figures stated win over the dates that derived them (graduation year, birth year), which are
dropped, so the case tests the rule and not the reading.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant.rules import decide, get_rule
from assistant.facts import extract_facts, merge_facts, normalize
from assistant.understand.slots import implied

from tests.rules.test_rule_route import CASES

_DERIVED = {
    "years_since_graduation": ("graduation_year", "graduation_years_ago", "graduation_month", "in_graduation_year"),
    "age": ("birth_date",),
}


def _facts(turns: list[str]) -> dict:
    facts: dict = {}
    for turn in turns:
        facts = merge_facts(facts, extract_facts(turn))
    return {**facts, **implied(facts)}


def _windows(rule_id: str, facts: dict) -> list[tuple[str, object]]:
    """The windows the rule reads that the person spoke to (a window not said of them is not theirs
    to be outside: 返乡农民工 starting a business are not asked when they left school)."""
    rule = get_rule(rule_id)
    out: list[tuple[str, object]] = []
    if "years_since_graduation" in rule.inputs and any(k in facts for k in ("years_since_graduation", *_DERIVED["years_since_graduation"])):
        out.append(("years_since_graduation", Decimal(9)))
    if "age" in rule.inputs and any(k in facts for k in ("age", *_DERIVED["age"])) and any("16-24岁" in c.quote or "16—24岁" in c.quote for c in rule.citations):
        out.append(("age", 40))
    return out


def _eligible_cases() -> list[tuple[str, dict, str, object]]:
    out = []
    for case in CASES:
        expect = case.get("expect") or {}
        if expect.get("verdict") != "eligible" or not expect.get("rule_id"):
            continue
        try:
            windows = _windows(expect["rule_id"], _facts(case["turns"]))
        except Exception:
            continue
        if windows:
            out.append((case["name"], case, tuple(k for k, _ in windows), tuple(v for _, v in windows)))
    return out


CONTRACT = _eligible_cases()


def test_the_contract_has_cases_to_bite_on():
    keys = {key for _, _, keys, _ in CONTRACT for key in keys}
    assert {"years_since_graduation", "age"} <= keys, keys


@pytest.mark.parametrize("name,case,keys,values", CONTRACT, ids=[f"{n} / {'+'.join(k)}" for n, _, k, _ in CONTRACT])
def test_outside_a_stated_window_is_never_eligible(name, case, keys, values):
    as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(str(case["as_of"]))
    facts = _facts(case["turns"])
    for key, value in zip(keys, values):
        for derived in _DERIVED[key]:
            facts.pop(derived, None)
        facts[key] = value
    question = " ".join(normalize(t) for t in case["turns"])
    d = decide(question, facts, case.get("region"), as_of)
    if d is None or d.calculation is None or d.rule_id != case["expect"]["rule_id"]:
        return  # routed elsewhere by the changed facts: the contract is on the rule the case names
    assert d.calculation.verdict != "eligible", (name, keys, values, d.text)
