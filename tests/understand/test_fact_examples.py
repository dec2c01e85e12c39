"""Every declared fact's examples (assistant/rules/facts/*.yaml), read by the one engine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts import extract_facts
from assistant.rules.inputs import FACTS, coerce, load_facts
from assistant.text import normalize

EXAMPLES = [(key, ex["text"], ex["value"], ex.get("asked"), bool(ex.get("implied"))) for key, spec in FACTS.items() for ex in spec.examples]


def test_there_are_examples_for_every_cue_fact():
    with_cues = {k for k, s in FACTS.items() if s.cues or s.terms or s.ladder}
    with_examples = {k for k, s in FACTS.items() if s.examples}
    assert with_cues <= with_examples, f"facts with cues but no examples: {sorted(with_cues - with_examples)}"


@pytest.mark.parametrize(("key", "text", "value", "asked", "by_implication"), EXAMPLES, ids=[f"{k}:{t}" + (f"(to {a})" if a else "") for k, t, _, a, _ in EXAMPLES])
def test_declared_example(key, text, value, asked, by_implication):
    """An example with ``asked`` is a reply to the question of that fact (ways declared ``asked``); one marked
    ``implied`` gets its value from the facts said (the fact's ``implied`` rules), as the dialogue shows it."""
    from assistant.understand.mentions import read_in_reply
    from assistant.understand.slots import implied

    said = extract_facts(text) | read_in_reply(normalize(text), asked)
    if by_implication:
        said = said | implied(said)
    assert said.get(key) == coerce(key, value)


def test_a_malformed_declaration_is_refused(tmp_path):
    (tmp_path / "bad.yaml").write_text("x:\n  kind: number\n  label: x\n  question: x?\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs kind"):
        load_facts(tmp_path)
    (tmp_path / "bad.yaml").write_text("x:\n  kind: bool\n  label: x\n  question: x?\n  cues: {maybe: [a]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bool cues"):
        load_facts(tmp_path)
    (tmp_path / "bad.yaml").write_text("x:\n  kind: bool\n  label: x\n  question: x?\n  cues: {'true': ['(']}\n", encoding="utf-8")
    with pytest.raises(Exception):
        load_facts(tmp_path)


def test_unlisted_and_near_values_are_declared_beside_the_choices(tmp_path):
    head = "x:\n  kind: str\n  label: x\n  question: x?\n  choices: [国家级, 省级]\n"
    (tmp_path / "bad.yaml").write_text(head + "  unlisted: {省级: ['省级基地']}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="beside choices"):
        load_facts(tmp_path)
    (tmp_path / "bad.yaml").write_text(head + "  near: {市级: 省级}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="near names"):
        load_facts(tmp_path)
    (tmp_path / "ok.yaml").write_text(head + "  unlisted: {市级: ['市级基地']}\n  near: {国家级: 省级}\n", encoding="utf-8")
    (tmp_path / "bad.yaml").unlink()
    spec = load_facts(tmp_path)["x"]
    assert spec.choices == ("国家级", "省级") and spec.values == ("国家级", "省级", "市级") and spec.near == (("国家级", ("省级",)),)


@pytest.mark.parametrize(("key", "value"), [("years_since_level", 300), ("years_since_level", -5), ("age", 7), ("hires_count", -1)])
def test_absurd_numbers_are_not_believed(key, value):
    assert coerce(key, value) is None
    assert coerce("years_since_level", Decimal("4.5")) == Decimal("4.5")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("高級技師幹了五年", "高级技师干了5年"),
        ("一万二", "1.2万"),
        ("兩年多", "2.5年"),
        ("三年半", "3.5年"),
        ("一千八", "1.8千"),
        ("數位貿易", "数字贸易"),
        ("資訊科技", "信息技术"),
        ("四\u00ad川", "四川"),
        ("四\u200b川", "四川"),
        ("二〇二五年", "2025年"),
    ],
)
def test_one_normalizer(text, normalized):
    assert normalize(text) == normalized


def test_the_normalizer_leaves_mainland_wording_alone():
    # OpenCC's tw2sp would turn these into 创建 / 文档: the reviewed table does not
    assert normalize("建立健全政策文件") == "建立健全政策文件"
