"""Clauses declared as conditions (assistant/rules/conditions.yaml), read by one engine."""

from __future__ import annotations

from datetime import date

import pytest
from rules_support import resolve

from assistant.answer import ask
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


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("我是劳务派遣到成都一家汽车零部件厂干活的，厂里已经在人社那边备案了，说要给职工搞技能等级认定，我这种派遣的能参加不？", "eligible"),
        ("我們是成都一家製造企業，已經在人社部門備案了，可以自主做技能等級認定。車間裡有一批勞務派遣工，能一起給他們認定嗎？", "eligible"),
        ("我们在绵阳是备案过的职业技能等级评价机构，想顺带开个考前辅导班收点培训费，这个允许不？", "not_eligible"),
        ("我们是金华一家职业培训学校，独立法人，想申请做社会评价组织，考评员督导员都配齐了，就是考场里还没装视频监控，这样能报吗", "not_eligible"),
        ("我们是上海注册的一家培训公司，想在杭州申请当职业技能等级认定的评价机构，不打算在浙江另设公司，这样能申请吗？", "not_eligible"),
    ],
)
def test_questions_reach_the_declared_clause(question, verdict):
    answer = ask(question, today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == verdict, answer.answer


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
