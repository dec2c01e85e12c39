"""Every rule, on any day and with any facts, returns a well-formed Calculation."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.rules import all_rules, evaluate
from assistant.rules.inputs import FACTS
from assistant.rules.registry import VERDICTS, registry

from rules_support import resolve

RULE_IDS = [r.id for r in all_rules()]


def _value(spec):
    if spec.choices:
        if spec.kind == "set":
            return st.lists(st.sampled_from(spec.choices), max_size=3)
        return st.sampled_from(spec.choices)
    return {
        "decimal": st.decimals(min_value=0, max_value=40, places=1, allow_nan=False),
        "int": st.integers(min_value=0, max_value=40),
        "bool": st.booleans(),
        "date": st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
        "str": st.sampled_from(["浙江省", "河南省", "晋中市", "x"]),
        "set": st.lists(st.sampled_from(["x"]), max_size=1),
        "counts": st.dictionaries(st.sampled_from(["中华技能大奖", "全国技术能手", "x"]), st.integers(min_value=0, max_value=40), max_size=2),
    }[spec.kind]


FACT_DICTS = st.fixed_dictionaries({}, optional={k: _value(s) for k, s in FACTS.items()})


def test_every_rule_on_its_first_and_last_day():
    reg = registry()
    for rule in all_rules():
        period = reg.period_of(rule)
        for day in (period.start, period.end or period.start + timedelta(days=1500), period.start - timedelta(days=1)):
            calc = evaluate(rule.id, {}, day)
            assert calc.verdict in VERDICTS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_id=st.sampled_from(RULE_IDS), facts=FACT_DICTS, day=st.dates(min_value=date(2022, 1, 1), max_value=date(2028, 12, 31)))
def test_any_facts_any_day(rule_id, facts, day):
    calc = evaluate(rule_id, facts, day)
    assert calc.verdict in VERDICTS
    assert set(calc.missing) <= set(FACTS)
    assert (calc.verdict == "need_more_info") == bool(calc.missing), calc
    if calc.verdict == "amount":
        assert isinstance(calc.value, (Decimal, int)) and calc.value >= 0
    for step in calc.steps:
        if step.doc_id:
            assert resolve(step.doc_id, step.article) is None
    calc.to_dict()
