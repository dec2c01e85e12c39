"""Clauses declared as fixed figures (assistant/rules/amounts/*.yaml), read by one engine."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from rules_support import resolve

from assistant.rules import amounts
from assistant.rules.base import Context, RegistrationError
from assistant.rules.registry import evaluate, registry
from assistant.rules.route import all_topics
from assistant.text import normalize
from assistant.understand.replies import read_reply

DAY = date(2026, 11, 21)
CASES_DIR = Path(__file__).resolve().parent / "amount_cases"


# ------------------------------------------------------------ the declared entries


def test_every_declared_quote_is_in_its_article():
    for d in amounts.declared():
        for clause in d.rule.citations:
            assert resolve(clause.doc_id, clause.article, clause.quote) is None, (d.rule.id, clause)


def _parts():
    return [(d.rule.id, p) for d in amounts.declared() for p in d.entry.parts]


@pytest.mark.parametrize(("rule_id", "part"), _parts(), ids=lambda x: x if isinstance(x, str) else x.name)
def test_every_figure_is_stated_by_its_quote(rule_id, part):
    assert resolve(part.clause.doc_id, part.clause.article, part.clause.quote) is None
    for _, figure in part.figures:
        assert amounts.states(part.clause.quote, figure.said), (rule_id, part.name, figure.said)
    if part.cap is not None:
        assert amounts.states(part.cap.clause.quote, part.cap.figure.said)
        assert resolve(part.cap.clause.doc_id, part.cap.clause.article, part.cap.clause.quote) is None


def test_declared_topics_are_routed_and_rules_registered():
    ids = {t.id for t in all_topics()}
    assert {t.id for t in amounts.topics()} <= ids
    registered = {r.id for r in registry().all()}
    assert {d.rule.id for d in amounts.declared()} <= registered
    assert all(d.rule.kind == "amount" for d in amounts.declared())


def test_every_file_of_entries_has_conversations_two_per_entry():
    for path in sorted(amounts.AMOUNTS_DIR.glob("*.yaml")):
        cases = CASES_DIR / path.name
        assert cases.exists(), f"add conversations for {path.name} to tests/rules/amount_cases/"
        said = [c["expect"].get("rule_id") for c in yaml.safe_load(cases.read_text(encoding="utf-8"))["cases"]]
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert said.count(entry["id"]) >= 2, f"{entry['id']}: at least two conversations in amount_cases/{path.name}"


def test_every_file_of_the_amounts_directory_is_read():
    files = sorted(amounts.AMOUNTS_DIR.glob("*.yaml"))
    assert {d.rule.id for d in amounts.declared()} == {d.rule.id for d in amounts.load(*files)}


# ------------------------------------------------------------ choice, parts, totals


@pytest.mark.parametrize(
    ("facts", "value", "unit"),
    [
        ({"hr_park_level": "国家级", "hr_park_parts": ["一次性奖励"]}, 2000000, "元"),
        ({"hr_park_level": "省级", "hr_park_parts": ["一次性奖励"]}, 1000000, "元"),
        ({"hr_park_level": "省级", "hr_park_parts": ["运营经费补助"]}, 600000, "元/年（上限）"),  # no years said: per year
        ({"hr_park_level": "省级", "hr_park_parts": ["运营经费补助"], "period_years": 3}, 1800000, "元（上限）"),
        ({"hr_park_level": "国家级", "period_years": 3}, 4400000, "元（上限）"),  # no part named: both, 200万 + 80万 × 3
        ({"hr_park_level": "国家级"}, 2800000, "元（上限）"),  # both, the yearly one counted once (said so)
    ],
)
def test_a_choice_selects_the_figure_and_parts_add_up(facts, value, unit):
    calc = evaluate("sx.hr_park_support", facts, DAY)
    assert (calc.verdict, calc.value, calc.unit) == ("amount", Decimal(value), unit), calc.summary
    assert all(s.doc_id == "sx-nd-db4bfa" and s.article == "三、（九）" for s in calc.steps)
    assert "未载明施行日期" in calc.summary


def test_an_unknown_choice_is_asked_for_and_the_clause_stated():
    calc = evaluate("sx.hr_park_support", {}, DAY)
    assert calc.verdict == "need_more_info" and calc.missing == ("hr_park_level",)
    assert "200万元" in calc.summary and "80万元" in calc.summary


def test_a_part_left_uncounted_in_a_sum_is_said_to_count_once():
    calc = evaluate("sx.hr_park_support", {"hr_park_level": "国家级"}, DAY)
    assert "运营经费补助按1年计" in calc.summary and "合计最多280万元" in calc.summary


@pytest.mark.parametrize(("factors", "value"), [(["基础因素", "重点工作因素"], 70), (["投入因素"], 15), (None, 100)])
def test_percent_figures_add_as_percent(factors, value):
    calc = evaluate("cn.fund.allocation_weights", {"allocation_factors": factors} if factors else {}, DAY)
    assert (calc.value, calc.unit) == (Decimal(value), "%")


def test_one_part_asked_cites_its_own_article_first():
    one = evaluate("cn.fund.allocation_weights", {"allocation_factors": ["基础因素"]}, DAY)
    assert [s.article for s in one.steps] == ["第十八条（一）", "第十八条"]
    two = evaluate("cn.fund.allocation_weights", {"allocation_factors": ["基础因素", "投入因素"]}, DAY)
    assert two.steps[0].article == "第十八条"


def test_parts_that_count_different_things_are_listed_not_added():
    asked_one = evaluate("sc.graduate_follow_up_services", {"graduate_services": ["岗位推荐"]}, date(2025, 3, 1))
    assert (asked_one.verdict, asked_one.value, asked_one.unit) == ("amount", Decimal(3), "次（下限）")
    listed = evaluate("sc.graduate_follow_up_services", {}, date(2025, 3, 1))
    assert listed.verdict == "info" and listed.value is None
    assert "职业指导至少1次" in listed.summary and "岗位推荐至少3次" in listed.summary


# ------------------------------------------------------------ the engine on entries written here


def _load(tmp_path, text: str, name: str = "a.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return amounts.load(path)


DAILY = """
- id: t.daily
  title: 测试：每人每天100元，每人不超过1000元
  region: 晋中市
  doc: sx07-2023-d5c5f6
  clause: {article: 三、（四）, quote: 补贴标准为每人每天100元，原则上每人不超过1000元}
  topic: {id: t_daily, name: 测试, says: [[培训, 3]]}
  parts:
  - name: 培训补贴
    quote: 补贴标准为每人每天100元
    figure: 100元
    per: [person, day]
    cap: {figure: 1000元, per: person, quote: 原则上每人不超过1000元}
  answer: 按晋中市规定，每人每天100元，原则上每人不超过1000元；
"""


def _run(declared, facts):
    ctx = Context(declared.rule, facts, DAY, registry().parameters)
    return declared.rule.formula(ctx), ctx


@pytest.mark.parametrize(
    ("facts", "value", "unit", "words"),
    [
        ({"training_days": 8}, 800, "元/人", "每人每天100元 × 8天 = 800元"),
        ({"training_days": 15}, 1000, "元/人", "超过每人1000元的上限，按1000元计"),  # the cap per person
        ({"training_days": 15, "people_count": 30}, 30000, "元", "× 30人 = 3万元"),  # capped, then counted
        ({"training_days": 8, "people_count": 30}, 24000, "元", "× 30人 = 24000元"),
        ({"people_count": 30}, 100, "元/人·天", "每人每天100元"),  # no days said: per person-day
        ({"training_days": 15, "people_count": 30, "amount_basis": "每个"}, 1000, "元/人", "30人合计3万元"),  # asked per person: total beside it
    ],
)
def test_per_person_day_with_a_cap_per_person(tmp_path, facts, value, unit, words):
    (declared,) = _load(tmp_path, DAILY)
    outcome, ctx = _run(declared, facts)
    assert (outcome.verdict, outcome.value, outcome.unit) == ("amount", Decimal(value), unit), outcome.summary
    assert words in outcome.summary + "".join(s.text for s in ctx.steps)


PER_PERSON = """
- id: t.per_person
  title: 测试：300元/人
  region: 四川省
  doc: sc-2024-9a23d6
  clause: {article: 三、（十六）, quote: 按300元/人的标准给予就业创业服务补助}
  topic: {id: t_per_person, name: 测试, says: [[服务补助, 3]]}
  parts:
  - {name: 就业创业服务补助, quote: 按300元/人的标准给予就业创业服务补助, figure: 300元, per: person, count: {person: [hires_count, people_count]}}
  conditions:
  - {fact: contract_years, at_least: 1, article: 三、（十六）, quote: 并协助签订1年以上劳动合同, fails: 须签订1年以上劳动合同。}
  answer: 按四川省规定，按300元/人给予就业创业服务补助；
"""


@pytest.mark.parametrize(
    ("facts", "verdict", "value"),
    [
        ({"contract_years": 1, "people_count": 12}, "amount", 3600),
        ({"contract_years": 1, "hires_count": 35, "people_count": 40}, "amount", 10500),  # the first count fact said wins
        ({"contract_years": 2}, "amount", 300),
        ({"contract_years": "0.5", "people_count": 12}, "not_eligible", None),  # a condition of clauses/ stated false
        ({"people_count": 12}, "need_more_info", None),  # … unknown: asked for
    ],
)
def test_per_person_totals_and_conditions(tmp_path, facts, verdict, value):
    (declared,) = _load(tmp_path, PER_PERSON)
    outcome, ctx = _run(declared, facts)
    assert (outcome.verdict, outcome.value) == (verdict, None if value is None else Decimal(value)), outcome.summary
    if verdict == "need_more_info":
        assert ctx.missing == ["contract_years"]
    if "contract_years" in facts:
        (t,) = ctx.thresholds
        assert (t.fact, t.limit, t.op) == ("contract_years", Decimal(1), "at_least")


YEARLY = """
- id: t.yearly
  title: 测试：补贴期限最长不超过2年
  region: 全国
  doc: cn-2023-dc2db9
  clause: {article: 第十条（二）, quote: 补贴期限最长不超过2年}
  topic: {id: t_yearly, name: 测试, says: [[社保补贴, 3]]}
  parts:
  - name: 补贴
    quote: 补贴期限最长不超过2年
    figure: 2年
    per: year
    longest: {figure: 2年, quote: 补贴期限最长不超过2年}
  answer: 测试；
"""


@pytest.mark.parametrize(
    ("facts", "value", "said"),
    [
        ({"period_years": 1}, 2, ""),
        ({"period_years": 3}, 4, "所问3年超过最长期限2年，按2年计"),  # cut to the clause's own maximum
        ({"whole_period": True}, 4, "按最长期限2年计"),  # “按最长期限算”
    ],
)
def test_years_are_cut_to_the_clauses_longest(tmp_path, facts, value, said):
    (declared,) = _load(tmp_path, YEARLY)
    outcome, ctx = _run(declared, facts)
    assert outcome.value == Decimal(value)
    assert said in "".join(s.text for s in ctx.steps)


# ------------------------------------------------------------ refusals, by name


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("figure: 100元", "figure: 150元"), "150元 is not a figure its quote states"),
        (("figure: 100元", "figure: 100块"), "is not a figure"),
        (("per: [person, day]", "per: [person, week]"), "is not once or one of"),
        (("cap: {figure: 1000元, per: person,", "cap: {figure: 1000元, per: [person, day],"), "per some, not all"),
        (("cap: {figure: 1000元,", "cap: {figure: 10%,"), "10% is not a figure its quote states"),
        (("per: [person, day]", "per: [person, day]\n    count: {day: [no_such_fact]}"), "undeclared fact 'no_such_fact'"),
        (("per: [person, day]", "per: [person, day]\n    count: {day: [province]}"), "is a str, not int/decimal"),
        (("    figure: 100元", "    figure: {省级: 100元}"), "need the entry's `choice` fact"),
        (("  answer: 按晋中市规定", "  answered: 按晋中市规定"), "missing 'answer'"),
        (("    figure: 100元\n", "    figure: 100元\n    bound: higher\n"), "bound is at_most"),
    ],
)
def test_a_malformed_entry_is_refused_by_name(tmp_path, change, message):
    old, new = change
    assert old in DAILY
    with pytest.raises(RegistrationError, match="t.daily") as refused:
        _load(tmp_path, DAILY.replace(old, new))
    assert message in str(refused.value)


TWO_UNITS = """
- id: t.two_units
  title: 测试：见习补贴和保费补贴
  region: 山西省
  doc: sx-2022-192e44
  clause: {article: 三、（二）, quote: 给予见习单位当地最低工资标准60%的就业见习补贴和每人240元的人身意外伤害保险保费补贴}
  topic: {id: t_two, name: 测试, says: [[见习, 3]]}
  parts:
  - {name: 见习补贴, quote: 给予见习单位当地最低工资标准60%的就业见习补贴, figure: 60%}
  - {name: 保费补贴, quote: 每人240元的人身意外伤害保险保费补贴, figure: 240元, per: person}
  answer: 测试；
"""


def test_figures_by_choice_name_every_choice_and_parts_that_add_share_a_unit(tmp_path):
    park = (amounts.AMOUNTS_DIR / "shanxi_hr_services.yaml").read_text(encoding="utf-8")
    with pytest.raises(RegistrationError, match="sx.hr_park_support.*must name each of its choices"):
        _load(tmp_path, park.replace("figure: {省级: 100万元, 国家级: 200万元}", "figure: {省级: 100万元}"))
    with pytest.raises(RegistrationError, match="t.two_units.*share one unit"):
        _load(tmp_path, TWO_UNITS)
    (listed,) = _load(tmp_path, TWO_UNITS.replace("  answer:", "  adds: false\n  answer:"))  # listed, not added
    outcome, _ = _run(listed, {"people_count": 5})
    assert outcome.verdict == "info" and "保费补贴每人240元" in outcome.summary


def test_an_id_is_declared_once(tmp_path):
    (tmp_path / "a.yaml").write_text(DAILY, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(DAILY, encoding="utf-8")
    with pytest.raises(RegistrationError, match="t.daily is declared twice"):
        amounts.load(tmp_path / "a.yaml", tmp_path / "b.yaml")


# ------------------------------------------------------------ periods and the dialogue


def test_an_undated_document_carries_the_period_its_entry_declares():
    period = registry().period_of(next(r for r in registry().all() if r.id == "sx.hr_park_support"))
    assert period.start == date(2022, 1, 1) and period.end is None and "未载明" in period.basis
    before = evaluate("sx.hr_park_support", {"hr_park_level": "省级"}, date(2021, 6, 1))
    assert before.in_force is False


def test_a_measure_for_one_year_is_not_applied_after_it():
    assert evaluate("zj.exam_score_extension", {}, date(2023, 6, 1)).value == Decimal(1)
    later = evaluate("zj.exam_score_extension", {}, DAY)
    assert later.in_force is False and later.verdict == "not_eligible" and "延长一年" in later.summary


@pytest.mark.parametrize(("reply", "value"), [("省级的", "省级"), ("国家级", "国家级")])
def test_a_short_reply_gives_the_level_asked_for(reply, value):
    assert read_reply(normalize(reply), "hr_park_level") == {"hr_park_level": value}


def test_a_changed_level_or_span_re_asks_the_same_question():
    from assistant.rules.route import topic_inputs
    from assistant.schema import DialogueState
    from assistant.understand.dialogue import read_turn

    state = DialogueState(facts={"hr_park_level": "省级", "period_years": 3}, topic="hr_park_support")
    inputs = topic_inputs("hr_park_support")
    assert read_turn(normalize("那国家级呢？"), state, inputs).facts.get("hr_park_level") == "国家级"
    assert read_turn(normalize("那要是五年呢"), state, inputs).facts.get("period_years") == Decimal(5)


# ------------------------------------------------------------ a share of a base the person gives


def test_a_share_of_a_base_the_person_gives_is_an_amount_in_yuan():
    calc = evaluate("cn.leader_plan.education_fund_share", {"education_fund": 800000}, DAY)
    assert (calc.verdict, calc.value, calc.unit) == ("amount", Decimal(480000), "元（下限）")
    assert "职工教育经费80万元 × 60% = 48万元" in calc.summary and "至少48万元" in calc.summary
    assert all(s.doc_id == "cn-2024-ae3e1c" and s.article == "四、（十二）" for s in calc.steps)


def test_without_the_base_the_share_itself_is_the_answer():
    calc = evaluate("cn.leader_plan.education_fund_share", {}, DAY)
    assert (calc.value, calc.unit) == (Decimal(60), "%（下限）")


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ({"figure": "300元", "of": {"name": "经费", "fact": "education_fund"}}, "a figure in %"),
        ({"figure": "60%", "of": {"name": "经费", "fact": "people_count"}}, "is a int, not decimal"),
        ({"figure": "60%", "of": {"name": "经费", "fact": "years_since_level"}}, "not a sum of money"),
        ({"figure": "60%", "of": {"fact": "education_fund"}}, "needs the name of the base"),
    ],
)
def test_a_base_is_refused_unless_it_is_money_under_a_share(tmp_path, part, message):
    quote = "60%以上用于一线职工教育和培训" if part["figure"] == "60%" else "每人300元"
    entry = {
        "id": "cn.test_share", "title": "t", "region": "全国", "doc": "cn-2024-ae3e1c",
        "clause": {"article": "四、（十二）", "quote": quote},
        "topic": {"id": "test_share", "name": "t", "says": [["测试", 3]]},
        "parts": [{"name": "一线", "quote": quote, **part}], "answer": "t；",
    }
    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump([entry], allow_unicode=True), encoding="utf-8")
    with pytest.raises(RegistrationError, match=message):
        amounts.load(path)
