"""Routing conversations to rules (tests/rules/route_cases.yaml, clause_cases/*.yaml) and region discipline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from assistant.facts import extract_facts, merge_facts, normalize
from assistant.rules import Decision, all_rules, decide
from assistant.rules.route import TOPICS, applies_to, person_of
from assistant.understand.slots import implied

_HERE = Path(__file__).resolve().parent
# route_cases.yaml, then one file of conversations per file of declared clauses (assistant/rules/clauses/)
# and of declared amounts (assistant/rules/amounts/)
CASES = [
    case
    for path in (
        _HERE / "route_cases.yaml",
        *sorted((_HERE / "clause_cases").glob("*.yaml")),
        *sorted((_HERE / "amount_cases").glob("*.yaml")),
    )
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
]


def run(turns: list[str], region: str | None, as_of: date) -> Decision | None:
    facts: dict = {}
    for turn in turns:
        facts = merge_facts(facts, extract_facts(turn))
    worked_out = implied(facts)
    facts = {**facts, **worked_out}  # as the dialogue state adds them (“核定公益岗补贴” → 就业困难人员), and marks them
    question = " ".join(normalize(t) for t in turns)
    return decide(question, facts, region, as_of, implied=frozenset(worked_out))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_route_case(case):
    as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(str(case["as_of"]))
    d = run(case["turns"], case.get("region"), as_of)
    expect = case["expect"]
    if "decision" in expect and expect["decision"] is None:
        assert d is None, d
        return
    assert d is not None
    calc = d.calculation
    if "calculation" in expect:
        assert calc is None
    for key in ("topic", "rule_id", "region"):
        if key in expect:
            assert getattr(d, key) == expect[key], (key, d)
    if "verdict" in expect:
        assert calc is not None and calc.verdict == expect["verdict"], d.text
    if "value" in expect:
        want, got = expect["value"], calc.value
        if isinstance(want, (int, float)):
            assert Decimal(str(got)) == Decimal(str(want)), d.text
        else:
            assert str(got) == str(want), d.text
    if "missing" in expect:
        assert list(d.missing) == expect["missing"]
    if "follow_up" in expect:
        assert d.follow_up == expect["follow_up"]
    for text in expect.get("follow_up_contains", []):
        assert d.follow_up and text in d.follow_up, d.follow_up
    for text in expect.get("text_contains", []):
        assert text in d.text, d.text


def test_decision_calculation_summary_is_the_decision_text():
    d = run(["我是浙江的高级技师，能评副高吗"], None, date(2026, 11, 21))
    assert d.text == d.calculation.summary
    assert d.to_dict()["calculation"]["rule_id"] == "zj.title_by_skill_level"


def test_another_provinces_rule_is_never_applied():
    """For every topic and every covered province, the chosen rule applies to the person."""
    provinces = ["浙江省", "河南省", "山西省", "四川省", "江西省", "广东省", "晋中市", "太原市"]
    questions = {
        "title_for_skilled": "高级技师在岗干了5年，考核合格，能评副高吗",
        "award_bonus": "新获中华技能大奖奖励多少钱",
        "internship_subsidy": "见习补贴标准，留用率85%",
        "training_subsidy_amount": "订单式培训补贴每天多少",
        "record_retention": "评价视频材料要保存几年",
        "evaluation_institution_validity": "评价机构有效期几年",
        "treatment_equivalence": "高级技师享受什么待遇，比照什么职称",
    }
    for topic, question in questions.items():
        for region in provinces:
            d = decide(question, extract_facts(question), region, date(2026, 11, 21))
            assert d is not None and d.topic == topic, (topic, region, d)
            if d.rule_id:
                person = person_of(region, {})
                rule = next(r for r in all_rules() if r.id == d.rule_id)
                assert applies_to(rule, person), (topic, region, d.rule_id)
            elif d.calculation is not None:
                assert d.calculation.verdict == "not_applicable"
                assert not any(s.doc_id for s in d.calculation.steps), "a refusal cites no other region's clause"


def test_every_rule_topic_is_routable():
    from assistant.rules.route import all_topics

    topics = {t.id for t in all_topics()}
    assert {r.topic for r in all_rules()} <= topics


def test_decide_takes_a_date():
    with pytest.raises(TypeError):
        decide("高级技师能评副高吗", {}, "浙江省", "2026-11-21")  # type: ignore[arg-type]


def test_topics_are_declared_data_and_a_malformed_one_is_refused(tmp_path):
    from assistant.rules.route import TOPICS_FILE, load_topics

    assert [t.id for t in load_topics(TOPICS_FILE)] == [t.id for t in TOPICS]
    bad = tmp_path / "topics.yaml"
    bad.write_text("- {id: x, name: x, says: [['(unclosed', 1]]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="topics.yaml: x"):
        load_topics(bad)
    bad.write_text("- {id: x, name: x, says: [[a, 1]]}\n- {id: x, name: y, says: [[b, 1]]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="declared twice"):
        load_topics(bad)


def _document_named_by_every_piece(question: str, reg) -> str | None:
    """What ``route._document_named`` answers, looking at every piece of every length (as it did before it
    looked only where a piece of the shortest length starts)."""
    import re

    from assistant.rules.route import _TITLE_PIECE_MAX, _TITLE_PIECE_MIN, _title_pieces

    compact = re.sub(r"[\[（(【]\s*(\d{4})\s*[\]）)】]", r"〔\1〕", re.sub(r"\s+", "", question))
    numbers, pieces = _title_pieces(reg)
    for number, doc_id in numbers.items():
        if number in compact:
            return doc_id
    order = {doc_id: i for i, doc_id in enumerate(reg.sources)}
    for size in range(min(len(compact), _TITLE_PIECE_MAX), _TITLE_PIECE_MIN - 1, -1):
        found = {pieces[size][compact[i : i + size]] for i in range(len(compact) - size + 1) if compact[i : i + size] in pieces[size]}
        if found:
            return min(found, key=order.__getitem__)
    return None


def test_a_document_named_by_a_piece_of_its_title_is_found_where_any_piece_would_find_it():
    import json

    from assistant.config import REPO_ROOT
    from assistant.rules.registry import registry
    from assistant.rules.route import _document_named

    reg = registry()
    questions = [
        json.loads(line)["question"]
        for path in sorted((REPO_ROOT / "evals/qa").glob("*.jsonl"))
        if "heldout" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for source in reg.sources.values():  # titles whole, cut, run together and inside other words
        core = source.title.strip("《》")
        questions += [core, f"请问{core[2:20]}第几条", f"{core[:9]}和{source.short}", core[-12:] + core[:12]]
    named = 0
    for question in questions:
        expected = _document_named_by_every_piece(question, reg)
        assert _document_named(question, reg) == expected, question
        named += expected is not None
    assert named > 100
