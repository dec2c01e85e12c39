"""Every rule, parameter, step clause and source period resolves against corpus/parsed."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from assistant.rules import all_rules
from assistant.rules.base import Caveat, Clause, Period
from assistant.rules.parameters import parameters
from assistant.rules.registry import registry
from assistant.rules.sources import sources

from rules_support import documents, resolve

RULE_MODULES = (
    "assistant.rules.zhejiang_talent",
    "assistant.rules.zhejiang_evaluation",
    "assistant.rules.henan_skills",
    "assistant.rules.jiangxi_assessment",
    "assistant.rules.shanxi_internship",
    "assistant.rules.jinzhong_training",
    "assistant.rules.employment_fund",
    "assistant.rules.training_management",
    "assistant.rules.sichuan_employment",
    "assistant.rules.sichuan_skills",
)


def _module_clauses() -> list[tuple[str, Clause]]:
    """Every Clause a rule module declares (formulas cite only these and parameter references)."""
    found = []
    for name in RULE_MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, Clause):
                found.append((f"{name}.{attr}", value))
            elif isinstance(value, Caveat):
                found.append((f"{name}.{attr}", value.clause))
            elif isinstance(value, dict):
                for v in value.values():
                    for item in v if isinstance(v, tuple) else (v,):
                        if isinstance(item, Clause):
                            found.append((f"{name}.{attr}", item))
            elif isinstance(value, tuple):
                for v in value:
                    for item in v if isinstance(v, tuple) else (v,):
                        if isinstance(item, Clause):
                            found.append((f"{name}.{attr}", item))
    return found


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_citations_resolve(rule):
    for clause in rule.citations:
        assert resolve(clause.doc_id, clause.article, clause.quote) is None, resolve(clause.doc_id, clause.article, clause.quote)
    period = rule.period
    if period is not None and period.clause is not None:
        c = period.clause
        assert resolve(c.doc_id, c.article, c.quote) is None, resolve(c.doc_id, c.article, c.quote)
    for caveat in rule.caveats:
        c = caveat.clause
        assert resolve(c.doc_id, c.article, c.quote) is None


@pytest.mark.parametrize("where,clause", _module_clauses(), ids=lambda x: x if isinstance(x, str) else "")
def test_module_clauses_resolve(where, clause):
    assert resolve(clause.doc_id, clause.article, clause.quote) is None, f"{where}: {resolve(clause.doc_id, clause.article, clause.quote)}"


@pytest.mark.parametrize("parameter", list(parameters()), ids=lambda p: p.name)
def test_parameter_references_resolve(parameter):
    for value in parameter.values:
        ref = value.reference
        problem = resolve(ref.doc_id, ref.article, ref.quote)
        assert problem is None, f"{parameter.name} {value.since}: {problem}"


@pytest.mark.parametrize("doc_id", list(sources()))
def test_source_periods_match_the_corpus(doc_id):
    source = sources()[doc_id]
    doc = documents()[doc_id]
    assert source.region == doc["region"]
    parent = documents().get(doc.get("parent_id") or "", {})
    # a measure is cited by the 文号 of the notice that issues it
    assert (source.doc_number or None) in (doc["doc_number"], parent.get("doc_number"))
    expected_start = doc["effective_date"] or doc["issued_date"]
    assert source.period.start == date.fromisoformat(expected_start), "from: effective_date, else issued_date"
    if doc["effective_date"] is None:
        assert "成文日期" in source.period.basis or "未载明" in source.period.basis
    expected_end = date.fromisoformat(doc["expiry_date"]) if doc["expiry_date"] else None
    assert source.period.end == expected_end
    if source.period.clause is not None:
        c = source.period.clause
        assert resolve(c.doc_id, c.article, c.quote) is None


def test_every_rule_has_a_period_and_a_source_or_its_own():
    reg = registry()
    for rule in all_rules():
        period = reg.period_of(rule)
        assert isinstance(period, Period) and period.start and period.basis


def test_rule_regions_are_their_documents_regions():
    for rule in all_rules():
        assert rule.region == documents()[rule.doc_id]["region"], rule.id


def test_parameters_are_used_by_some_rule():
    used = {name for rule in all_rules() for name in rule.parameters}
    unused = [p.name for p in parameters() if p.name not in used]
    assert not unused, f"parameters no rule reads: {unused}"


def test_readme_lists_every_rule():
    from pathlib import Path

    import assistant.rules

    readme = (Path(assistant.rules.__file__).parent / "README.md").read_text(encoding="utf-8")
    missing = [r.id for r in all_rules() if f"`{r.id}`" not in readme]
    assert not missing, f"add these rules to assistant/rules/README.md: {missing}"


def test_readme_lists_every_fact_key():
    from pathlib import Path

    import assistant.rules
    from assistant.rules.inputs import FACTS

    readme = (Path(assistant.rules.__file__).parent / "README.md").read_text(encoding="utf-8")
    assert not [k for k in FACTS if f"`{k}`" not in readme]
