"""A clause that states its measure's own end (此政策延续至2022年底, 执行期限至2024年12月31日) ends the
period of every rule that quotes it — read from the quote, not declared by hand — and a day after it,
the day asked or the day of the event described, gets “no, the measure had ended”."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assistant.periods import programme_span, sentence_around, stated_end
from assistant.rules import RegistrationError, evaluate
from assistant.rules.base import Clause, Context, Outcome, Period, Rule
from assistant.rules.parameters import parameters
from assistant.rules.registry import Registry, all_rules, registry
from assistant.rules.sources import sources
from tests.conftest import REAL_CORPUS

DOC = "zj-2022-0839a3"  # any document of sources.yaml: registration does not read the corpus


def _formula(ctx: Context) -> Outcome:
    return ctx.result("eligible", None, None, "可以。")


def _rule(quote: str, **changes) -> Rule:
    values = dict(id="test.stated", title="测试补贴", region="浙江省", topic="test", citations=(Clause(DOC, "三、（一）", quote),), formula=_formula)
    values.update(changes)
    return Rule(**values)


@pytest.fixture
def reg() -> Registry:
    return Registry(parameters(), sources())


@pytest.mark.parametrize(
    "quote, end",
    [
        ("取得技师证书的，每人补贴2000元，执行期限至2025年6月30日", date(2025, 6, 30)),
        ("对提前签订劳动合同的，给予最多3个月的剩余期限补贴，此政策延续至2024年底", date(2024, 12, 31)),
        ("阶段性降低失业保险费率政策延续执行至2025年6月", date(2025, 6, 30)),
        ("各项补贴实施期限至2026年", date(2026, 12, 31)),
    ],
)
def test_a_quote_that_states_its_end_ends_the_rules_period(reg, quote, end):
    rule = reg.register(_rule(quote))
    period = reg.period_of(rule)
    assert period.start == sources()[DOC].period.start  # the document's first day
    assert period.end == end
    assert period.clause is not None and period.clause.quote in quote and period.clause.article == "三、（一）"
    assert reg.evaluate("test.stated", {}, end).verdict == "eligible"
    late = reg.evaluate("test.stated", {}, date.fromordinal(end.toordinal() + 1))
    assert late.verdict == "not_eligible" and not late.in_force and "已失效" in late.summary


def test_a_quote_of_another_sentence_keeps_the_documents_period(reg):
    rule = reg.register(_rule("取得技师证书的，每人补贴2000元"))
    assert reg.period_of(rule) == sources()[DOC].period


def test_a_documents_own_period_is_not_a_clauses(reg):
    rule = reg.register(_rule("本文件自2024年7月13日起施行，除有明确执行期限的，有效期至2025年12月31日"))
    assert reg.period_of(rule) == sources()[DOC].period


def test_a_declared_period_may_not_run_past_the_end_its_clause_states(reg):
    quote = "每人补贴2000元，执行期限至2025年6月30日"
    with pytest.raises(RegistrationError, match="runs past the end its clause states"):
        reg.register(_rule(quote, period=Period(date(2024, 1, 1), date(2025, 12, 31), "test")))
    with pytest.raises(RegistrationError, match="runs past"):
        reg.register(_rule(quote, id="test.open", period=Period(date(2024, 1, 1), None, "test")))
    reg.register(_rule(quote, id="test.narrower", period=Period(date(2024, 1, 1), date(2025, 3, 31), "test")))


@pytest.mark.parametrize(
    "rule_id, start, end, words",
    [
        ("sx.internship_early_contract", date(2022, 3, 31), date(2022, 12, 31), "此政策延续至2022年底"),
        ("sc.stabilization_refund", date(2024, 7, 13), date(2024, 12, 31), "执行期限至2024年12月31日"),
        ("sc.skill_upgrade_subsidy", date(2024, 7, 13), date(2024, 12, 31), "执行期限至2024年12月31日"),
    ],
)
def test_the_corpus_clauses_with_their_own_end(rule_id, start, end, words):
    period = registry().period_of(registry().get(rule_id))
    assert (period.start, period.end, period.clause.quote) == (start, end, words)
    assert words in period.basis


def _articles() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    with open(REAL_CORPUS / "parsed" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out[(a["doc_id"], a["path"])] = out.get((a["doc_id"], a["path"]), "") + "\n" + a["text"]
    return out


def test_every_rule_quoting_a_sentence_that_states_an_end_stops_there():
    """The guard over the corpus: a rule quoting part of a sentence whose end states the measure's
    end (or any sentence of an article that says 以上政策执行期限至…) is not in force after it."""
    articles = _articles()
    checked = 0
    for rule in all_rules():
        if rule.topic == "document_validity":
            continue
        period = registry().period_of(rule)
        for clause in rule.citations:
            text = articles.get((clause.doc_id, clause.article), "")
            sentence = sentence_around(text, clause.quote)
            whole = stated_end(text)
            found = stated_end(sentence) if sentence else None
            if found is None and whole is not None and whole.whole_article:
                found = whole
            if found is None:
                continue
            checked += 1
            assert period.end is not None and period.end <= found.end, f"{rule.id}: {clause.article} says “{found.phrase}”"
    assert checked >= 3


def test_the_early_contract_subsidy_had_ended_at_an_event_after_2022():
    facts = {"asks_whether": True, "interns_count": 2}
    late = evaluate("sx.internship_early_contract", facts, date(2023, 9, 1))
    assert late.verdict == "not_eligible" and not late.in_force
    assert "截至2023年9月1日已失效" in late.summary
    assert any("此政策延续至2022年底" in s.text and s.article == "三、（二）" for s in late.steps)
    early = evaluate("sx.internship_early_contract", facts, date(2022, 11, 1))
    assert early.verdict == "eligible" and "最多3个月" in early.summary


def test_whether_the_early_contract_subsidy_is_paid_needs_no_months():
    calc = evaluate("sx.internship_early_contract", {"asks_whether": True}, date(2022, 10, 20))
    assert calc.verdict == "eligible" and calc.missing == ()
    # how much: the months are asked
    assert evaluate("sx.internship_early_contract", {}, date(2022, 10, 20)).missing == ("remaining_months",)


@pytest.mark.parametrize(
    "title, text, span",
    [
        ("加快数字人才培育支撑数字经济发展行动方案（2024-2026年）", "", (2024, 2026)),
        ("关于共享公共实训基地的通知", "决定，从2024年至2027年，开展百万民企员工职业技能提升行动", (2024, 2027)),
        ("高技能领军人才培育计划", "从2024年到2026年，联合组织实施高技能领军人才培育计划。", (2024, 2026)),
        ("关于印发江西省专业技术人才知识更新工程实施方案的通知", "决定自2022年起，实施我省专业技术人才知识更新工程", (2022, None)),
        ("关于推进人力资源服务业高质量发展的实施意见", "到2025年，营业收入达到200亿元。", None),
    ],
)
def test_the_years_a_programme_runs(title, text, span):
    found = programme_span(title, text)
    assert (None if found is None else (found.first, found.last)) == span
