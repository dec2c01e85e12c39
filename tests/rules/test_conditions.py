"""Clauses declared as conditions (assistant/rules/clauses/*.yaml), read by one engine."""

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
        ("sc.enterprise_recognition_staff", {"enterprise_filed": True, "own_staff": True}, "eligible"),
        ("sc.enterprise_recognition_staff", {"enterprise_filed": True}, "info"),  # own staff not said: stated, not assumed
        ("sc.enterprise_recognition_staff", {"enterprise_filed": True, "own_staff": False}, "not_eligible"),
        ("sc.enterprise_recognition_staff", {"enterprise_filed": False}, "not_eligible"),
        ("sc.enterprise_recognition_staff", {}, "need_more_info"),
        ("sc.evaluation_body_no_training", {}, "not_eligible"),
        ("zj.evaluation_body_conditions", {"has_video_monitoring": False}, "not_eligible"),
        ("zj.evaluation_body_conditions", {"registered_in_province": False}, "not_eligible"),
        ("zj.evaluation_body_conditions", {}, "info"),  # conditions not asked and not said: stated, not assumed met
        ("zj.evaluation_body_conditions", {"registered_in_province": True, "has_video_monitoring": True}, "info"),  # staff and record unsaid
        ("zj.evaluation_body_conditions", {"registered_in_province": True, "has_video_monitoring": True, "has_assessment_staff": True, "has_bad_record": False}, "eligible"),
        ("zj.evaluation_body_conditions", {"has_bad_record": True}, "not_eligible"),
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



def _entry(tmp_path, condition: str, name: str = "c.yaml", rule_id: str = "t.absence"):
    path = tmp_path / name
    path.write_text(
        f"- {{id: {rule_id}, title: t, region: 山西省, doc: sx-2022-192e44, clause: {{article: 四、（五）, quote: 累计10天以上}}, "
        "topic: {id: t_absence, name: t, says: [[旷工, 1]]}, answer: 可以, conditions: [" + condition + "]}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("days", "verdict"), [(9, "eligible"), (10, "not_eligible"), (12, "not_eligible"), (None, "need_more_info")])
def test_a_number_must_stay_below_the_clause_figure(tmp_path, days, verdict):
    """“累计10天以上不予发放”: 10 days already fails (以上 includes the figure)."""
    from assistant.rules.base import Context

    (declared,) = conditions.load(_entry(tmp_path, "{fact: training_days, below: 10, article: 四、（五）, quote: 累计10天以上, fails: 不发}"))
    ctx = Context(declared.rule, {} if days is None else {"training_days": days}, DAY, {})
    assert declared.rule.formula(ctx).verdict == verdict
    if days is not None:
        (t,) = ctx.thresholds
        assert (t.op, t.limit, t.met) == ("less_than", 10, days < 10)


def test_at_most_includes_the_figure(tmp_path):
    from assistant.rules.base import Context

    (declared,) = conditions.load(_entry(tmp_path, "{fact: training_days, at_most: 10, article: 四、（五）, quote: 累计10天以上, fails: 不发}"))
    for days, verdict in ((10, "eligible"), (11, "not_eligible")):
        assert declared.rule.formula(Context(declared.rule, {"training_days": days}, DAY, {})).verdict == verdict


def test_a_condition_has_one_number_test_and_an_id_is_declared_once(tmp_path):
    both = "{fact: training_days, at_most: 10, below: 10, article: 四、（五）, quote: 累计10天以上, fails: 不发}"
    with pytest.raises(RegistrationError, match="one of at_least, at_most, below"):
        conditions.load(_entry(tmp_path, both))
    one = "{fact: training_days, below: 10, article: 四、（五）, quote: 累计10天以上, fails: 不发}"
    with pytest.raises(RegistrationError, match="declared twice"):
        conditions.load(_entry(tmp_path, one, "a.yaml"), _entry(tmp_path, one, "b.yaml"))


def test_every_file_of_the_clauses_directory_is_read():
    files = sorted(conditions.CLAUSES_DIR.glob("*.yaml"))
    assert len(files) >= 3
    assert {d.rule.id for d in conditions.declared()} == {d.rule.id for d in conditions.load(*files)}


def test_clauses_sharing_a_topic_must_declare_it_alike(tmp_path):
    one = "{fact: training_days, below: 10, article: 四、（五）, quote: 累计10天以上, fails: 不发}"
    a = _entry(tmp_path, one, "a.yaml", rule_id="t.a")
    b = _entry(tmp_path, one, "b.yaml", rule_id="t.b")
    b.write_text(b.read_text(encoding="utf-8").replace("[[旷工, 1]]", "[[缺勤, 1]]"), encoding="utf-8")
    with pytest.raises(RegistrationError, match="declared differently"):
        conditions.load(a, b)


def test_a_number_written_in_chinese_numerals_is_stated(tmp_path):
    """“连续服务满三年及以上” states 3; “满十三年” does not state 3."""

    def entry(quote: str, least: int):
        path = tmp_path / "n.yaml"
        path.write_text(
            f"- {{id: t.years, title: t, region: 四川省, doc: sc-2024-9a23d6, clause: {{article: 二、（十一）, quote: {quote}}}, "
            "topic: {id: t_years, name: t, says: [[学费, 1]]}, answer: 可以, "
            f"conditions: [{{fact: years_in_occupation, at_least: {least}, article: 二、（十一）, quote: {quote}, fails: 不够}}]}}\n",
            encoding="utf-8",
        )
        return path

    (declared,) = conditions.load(entry("连续服务满三年及以上", 3))
    assert declared.rule.inputs == ("years_in_occupation",)
    with pytest.raises(RegistrationError, match="not a number its quote states"):
        conditions.load(entry("连续服务满十三年及以上", 3))
    with pytest.raises(RegistrationError, match="not a number its quote states"):
        conditions.load(entry("连续服务满三年及以上", 4))
