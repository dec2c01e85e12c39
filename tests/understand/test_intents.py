"""Every declared intent (assistant/data/intents.yaml) matches its examples and none of its not-examples.

Examples are what people type: they are normalized first, as every message is before it is read.
"""

from __future__ import annotations

import pytest

from assistant.text import normalize
from assistant.understand.intents import intent, intents


def _cases():
    for entry in intents().values():
        for text in entry.examples:
            yield pytest.param(entry.id, text, True, id=f"{entry.id}+{text}")
        for text in entry.not_examples:
            yield pytest.param(entry.id, text, False, id=f"{entry.id}-{text}")


@pytest.mark.parametrize(("id", "text", "matches"), list(_cases()))
def test_each_intent_reads_its_examples(id, text, matches):
    found = intent(id).search(normalize(text))
    assert (found is not None) == matches, f"{id}: {text!r} → {normalize(text)!r} {'not ' if matches else ''}matched{f' ({found.group(0)!r})' if found else ''}"


def test_each_intent_says_what_it_is_and_has_enough_examples():
    thin = [e.id for e in intents().values() if len(e.examples) < 3 or len(e.not_examples) < 2 or not e.comment.strip()]
    assert not thin, f"each entry needs a comment, 3 examples and 2 not-examples: {thin}"


def test_a_broken_or_undeclared_entry_is_refused(tmp_path, monkeypatch):
    from assistant import patterns
    from assistant.understand import intents as module

    monkeypatch.setattr(patterns, "_declared", set(patterns._declared))  # the patterns below are no declared ones

    with pytest.raises(KeyError, match="not declared"):
        intent("no_such_intent")
    for text, message in [
        ("intents: [{id: a, comment: x, patterns: ['(a']}]", "does not compile"),
        ("intents: [{id: a, comment: x, patterns: [a], example: [a]}]", "unknown keys"),
        ("intents: [{id: a, comment: x, patterns: [a], groups: [term]}]", "do not name"),
        ("intents: [{id: a, comment: x, patterns: [a]}, {id: a, comment: y, patterns: [b]}]", "declared twice"),
    ]:
        path = tmp_path / "intents.yaml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(module, "FILE", path)
        module.intents.cache_clear()
        with pytest.raises(ValueError, match=message):
            module.intents()
    module.intents.cache_clear()
