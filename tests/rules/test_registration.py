"""Registration refuses what has no citation or period; evaluation always takes a date."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RegistrationError, UnknownRule, evaluate, get_rule
from assistant.rules.base import Clause, Context, Outcome, Period, Rule
from assistant.rules.parameters import parameters, parse_parameter
from assistant.rules.registry import Registry
from assistant.rules.sources import parse_sources, sources

GOOD = Clause("zj-2022-0839a3", "三、（二）1.（3）", "从事技术技能工作满4年")


def _formula(ctx: Context) -> Outcome:
    ctx.step("test", GOOD)
    return ctx.result("info", "ok")


def _rule(**changes) -> Rule:
    values = dict(id="test.rule", title="测试规则", region="浙江省", topic="test", citations=(GOOD,), formula=_formula)
    values.update(changes)
    return Rule(**values)


@pytest.fixture
def reg() -> Registry:
    return Registry(parameters(), sources())


def test_a_cited_rule_registers(reg):
    reg.register(_rule())
    assert reg.evaluate("test.rule", {}, date(2026, 1, 1)).value == "ok"


def test_the_rules_of_a_topic_are_those_registered_for_it_in_order(reg):
    from assistant.rules.registry import registry

    real = registry()
    for topic in {r.topic for r in real.all()}:
        assert real.of_topic(topic) == tuple(r for r in real.all() if r.topic == topic)
    assert reg.of_topic("test") == ()
    reg.register(_rule())
    reg.register(_rule(id="test.other", topic="other"))
    reg.register(_rule(id="test.second"))
    assert [r.id for r in reg.of_topic("test")] == ["test.rule", "test.second"]  # a rule added after a lookup counts


@pytest.mark.parametrize(
    "changes",
    [
        {"citations": ()},
        {"citations": (Clause("zj-2022-0839a3", "三、（二）1.（3）", ""),)},
        {"citations": (Clause("", "三、", "x"),)},
        {"citations": (Clause("zj-2022-0839a3", "", "x"),)},
    ],
    ids=["no citation", "empty quote", "no doc", "no article"],
)
def test_an_uncited_rule_is_refused(reg, changes):
    with pytest.raises(RegistrationError, match="citation"):
        reg.register(_rule(**changes))


def test_a_rule_without_a_period_is_refused(reg):
    # sx-nd-db4bfa states no date at all and is not in sources.yaml
    orphan = Clause("sx-nd-db4bfa", "三、（九）", "分别给予100万元和200万元的一次性奖励")
    with pytest.raises(RegistrationError, match="effective period"):
        reg.register(_rule(region="山西省", citations=(orphan,)))
    # …unless the rule states its own period
    reg.register(_rule(region="山西省", citations=(orphan,), period=Period(date(2022, 1, 1), None, "test")))


def test_other_refusals(reg):
    with pytest.raises(RegistrationError, match="region"):
        reg.register(_rule(region="河南省"))
    with pytest.raises(RegistrationError, match="parameter"):
        reg.register(_rule(parameters=("no.such.parameter",)))
    with pytest.raises(RegistrationError, match="facts"):
        reg.register(_rule(inputs=("shoe_size",)))
    with pytest.raises(RegistrationError, match="title"):
        reg.register(_rule(title=""))
    reg.register(_rule())
    with pytest.raises(RegistrationError, match="already"):
        reg.register(_rule())


@pytest.mark.parametrize(
    "data,match",
    [
        ({"values": {"2022-01-01": {"value": 1, "reference": {"doc_id": "x", "article": "一、", "quote": "q"}}}}, "description"),
        ({"description": "d", "values": {}}, "dated values"),
        ({"description": "d", "values": {"2022-01-01": {"value": 1}}}, "citation"),
        ({"description": "d", "values": {"2022-01-01": {"value": 1, "reference": {"doc_id": "x", "article": "一、"}}}}, "citation"),
        ({"description": "d", "values": {"someday": {"value": 1, "reference": {"doc_id": "x", "article": "一、", "quote": "q"}}}}, "date"),
        ({"description": "d", "values": {"2022-01-01": {"value": None, "reference": {"doc_id": "x", "article": "一、", "quote": "q"}}}}, "null"),
    ],
)
def test_an_uncited_or_undated_parameter_is_refused(data, match):
    with pytest.raises(RegistrationError, match=match):
        parse_parameter("test.p", data)


def test_a_parameter_ends_with_null():
    p = parameters().get("sx.internship.early_contract.max_months")
    assert p.at(date(2022, 12, 31)).value == 3
    assert p.at(date(2023, 1, 1)) is None


def test_a_source_without_a_start_is_refused():
    with pytest.raises(RegistrationError, match="effective period"):
        parse_sources({"x": {"title": "t", "short": "s", "region": "浙江省", "basis": "b", "from": None}})


def test_evaluate_needs_a_date_and_a_known_rule():
    with pytest.raises(TypeError):
        evaluate("zj.title_by_skill_level", {}, "2026-11-21")  # type: ignore[arg-type]
    with pytest.raises(UnknownRule):
        get_rule("no.such.rule")


def test_expired_rule_is_a_no_and_says_why():
    calc = evaluate("sc.job_seeking_subsidy", {}, date(2026, 11, 21))
    assert calc.verdict == "not_eligible" and calc.in_force is False
    assert "2025年12月31日" in calc.steps[0].text and "已失效" in calc.steps[0].text
    assert (calc.steps[0].doc_id, calc.steps[0].article) == ("sc-2024-9a23d6", "二、（十四）")  # the rule's clause
    assert (calc.steps[-1].doc_id, calc.steps[-1].article) == ("sc-2024-9a23d6", "四、")  # the period's
    assert "1500元" in calc.summary  # still answerable: what it said while in force


def test_not_yet_effective():
    calc = evaluate("zj.title_by_skill_level", {"skill_level": "技师"}, date(2022, 12, 16))
    assert calc.verdict == "not_eligible" and not calc.in_force and "尚未施行" in calc.summary


def test_every_step_names_its_clause():
    calc = evaluate("zj.title_by_skill_level", {"skill_level": "高级技师", "years_since_level": 5, "annual_appraisal_passed": True}, date(2026, 11, 21))
    assert calc.steps and all(s.doc_id and s.article for s in calc.steps)


def test_calculation_serializes():
    calc = evaluate("sx.internship_subsidy", {"min_wage": "1980", "retention_rate": "0.6"}, date(2026, 11, 21))
    data = calc.to_dict()
    assert data["value"] == 1287 and data["inputs"]["retention_rate"] == 0.6


def test_a_stated_bar_rules_the_person_out_before_the_formula():
    # 第十六条 bars every subsidy of the 办法 to staff on the establishment, whatever else is said
    calc = evaluate("cn.fund.evaluation_subsidy", {"staff_on_establishment": True, "times_received": 0}, date(2025, 6, 1))
    assert calc.verdict == "not_eligible" and calc.steps[0].article == "第十六条"
    calc = evaluate("cn.fund.evaluation_subsidy", {"certificate_kind": "培训合格证", "times_received": 0}, date(2025, 6, 1))
    assert calc.verdict == "not_eligible" and calc.steps[0].article == "第六条"
    # not said, or said otherwise: the formula decides
    assert evaluate("cn.fund.evaluation_subsidy", {"staff_on_establishment": False, "times_received": 0}, date(2025, 6, 1)).verdict == "eligible"
    assert evaluate("cn.fund.evaluation_subsidy", {"times_received": 0}, date(2025, 6, 1)).verdict == "eligible"


def test_a_bar_needs_a_citation_and_its_fact_among_the_inputs():
    from assistant.rules.base import Bar, Clause, Rule
    from assistant.rules.registry import registry as live

    reg = live()
    base = reg.get("cn.fund.evaluation_subsidy")
    from dataclasses import replace

    bad = replace(base, id="x.bar", bars=(Bar("staff_on_establishment", True, Clause("cn-2023-dc2db9", "第十六条", ""), "不能"),))
    with pytest.raises(RegistrationError, match="bar needs a citation"):
        type(reg)(reg.parameters, reg.sources).register(bad)
    bad = replace(base, id="x.bar", inputs=("times_received",), bars=(Bar("staff_on_establishment", True, base.bars[0].clause, "不能"),))
    with pytest.raises(RegistrationError, match="among its inputs"):
        type(reg)(reg.parameters, reg.sources).register(bad)
