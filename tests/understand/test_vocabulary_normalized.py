"""Declared vocabulary is read against normalized text, so it must be written as the normalizer writes.

A message passes through ``assistant.text.normalize`` before any cue, term, mention or reply word
is matched: “第一次” arrives as “第1次”, “一个都没裁” as “1个都没裁”, “十来年” as “10来年”.  A
pattern written with the spoken numeral can never match; these tests find such dead alternatives
in every declaration (the plain reply words are normalized when they are loaded instead).
"""

from __future__ import annotations

import pytest

from assistant.rules.inputs import FACTS
from assistant.text import normalize, spoken_numbers
from assistant.understand.replies import read_reply


def _patterns():
    for key, spec in FACTS.items():
        for value, patterns in spec.cues:
            for p in patterns:
                yield f"{key}.cues[{value}]", p
        for way in spec.mentions:
            for name in ("before", "after", "not_before", "not_after", "with", "clause", "not_clause", "previous"):
                if isinstance(way.get(name), str):
                    yield f"{key}.mentions.{name}", way[name]
        if spec.terms:
            for values, p in spec.terms.entries:
                yield f"{key}.terms{list(values)}", p
            for name in ("negation", "none", "denied_after"):
                if getattr(spec.terms, name):
                    yield f"{key}.terms.{name}", getattr(spec.terms, name)
        if spec.ladder:
            for value, p in spec.ladder.terms:
                yield f"{key}.ladder[{value}]", p


def test_no_declared_pattern_is_written_with_spoken_numerals():
    dead = [(where, p, spoken_numbers(p)) for where, p in _patterns() if spoken_numbers(p) != p]
    assert not dead, "patterns that normalized text can never match (write the digits):\n" + "\n".join(
        f"  {w}: {p[:80]!r} → {q[:80]!r}" for w, p, q in dead
    )


@pytest.mark.parametrize(
    ("reply", "key", "value"),
    [
        ("是第一次", "times_received", 0),
        ("头一回", "times_received", 0),
        ("一次都没领过", "times_received", 0),
        ("一个都没裁", "layoffs_count", 0),
        ("有一年不合格", "annual_appraisal_passed", False),
        ("第一次", "first_startup", True),
    ],
)
def test_reply_words_with_numerals_are_read(reply, key, value):
    assert read_reply(normalize(reply), key) == {key: value}


def _strings(node, path):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in ("examples", "not"):  # examples are what people type: they go through the normalizer
                yield from _strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, f"{path}[{i}]")


@pytest.mark.parametrize("name", ["ladder_verbs.yaml", "concepts.yaml", "aspects.yaml", "synonyms.yaml", "mentions.yaml", "intents.yaml", "../rules/topics.yaml"])
def test_vocabulary_files_are_written_as_normalized(name):
    import yaml

    from assistant.config import DATA_DIR

    data = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    dead = [(w, s) for w, s in _strings(data, name) if spoken_numbers(s) != s]
    assert not dead, "vocabulary that normalized text can never contain:\n" + "\n".join(f"  {w}: {s[:80]!r}" for w, s in dead)
