"""Clauses declared as conditions (assistant/rules/conditions.yaml), read by one engine."""

from __future__ import annotations

from datetime import date

import pytest
from rules_support import resolve

from assistant.rules import conditions
from assistant.rules.base import RegistrationError
from assistant.rules.registry import evaluate
from assistant.rules.route import all_topics, detect_topic

DAY = date(2026, 11, 21)


def test_every_declared_clause_quotes_its_article():
    for d in conditions.declared():
        for clause in d.rule.citations:
            assert resolve(clause.doc_id, clause.article, clause.quote) is None, (d.rule.id, clause)


def test_declared_topics_are_routed():
    ids = {t.id for t in all_topics()}
    assert {t.id for t in conditions.topics()} <= ids


@pytest.mark.parametrize(
    ("rule", "facts", "verdict"),
    [
        ("sc.enterprise_recognition_staff", {"enterprise_filed": True}, "eligible"),
        ("sc.enterprise_recognition_staff", {"enterprise_filed": False}, "not_eligible"),
        ("sc.enterprise_recognition_staff", {}, "need_more_info"),
        ("sc.evaluation_body_no_training", {}, "not_eligible"),
        ("zj.evaluation_body_conditions", {"has_video_monitoring": False}, "not_eligible"),
        ("zj.evaluation_body_conditions", {"registered_in_province": False}, "not_eligible"),
        ("zj.evaluation_body_conditions", {}, "info"),  # conditions not asked and not said: stated, not assumed met
        ("zj.evaluation_body_conditions", {"registered_in_province": True, "has_video_monitoring": True}, "eligible"),
    ],
)
def test_verdicts(rule, facts, verdict):
    calc = evaluate(rule, facts, DAY)
    assert calc.verdict == verdict, calc.summary
    if rule == "zj.evaluation_body_conditions" and verdict == "info":
        assert "未说明" in calc.summary


def test_a_malformed_entry_is_refused(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text(
        "- {id: x, title: t, region: 全国, doc: cn-2023-dc2db9, clause: {article: 第五条, quote: 每人累计最多享受3次},"
        " topic: {id: x, name: x, says: [[a, 1]]}, answer: a,"
        " conditions: [{fact: times_received, at_least: 4, article: 第五条, quote: 每人累计最多享受3次, fails: f}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistrationError, match="not a number its quote states"):
        conditions.load(bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace("times_received", "no_such_fact"), encoding="utf-8")
    with pytest.raises(RegistrationError, match="undeclared fact"):
        conditions.load(bad)


def test_an_unrelated_question_finds_no_declared_topic():
    assert detect_topic("高级技师干了5年能评副高吗", {}).id == "title_for_skilled"
