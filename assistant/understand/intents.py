"""How a message says what kind of thing it asks or tells, declared in ``assistant/data/intents.yaml``.

Not the facts a rule reads (those are declared on the facts), but what the answering and the
slot filling steer by: a question about a document itself, a pointer back at the document just
discussed, a correction, a list asked for, a date that names a document rather than an event.
The code asks for an entry by its id::

    intent("asks_list").search(text)

An entry's patterns are alternatives over the normalized text, one expression in their order.
They are checked when the file loads through ``assistant.patterns`` (a broken pattern is refused
then, not when a person types; one the cache written by ``policy ingest`` holds is known to
compile) and compiled the first time the entry is used.  ``tests/understand/test_intents.py``
runs every entry's examples and not-examples.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterator, Mapping

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.patterns import check, compiled

FILE = DATA_DIR / "intents.yaml"
_KEYS = frozenset({"id", "comment", "patterns", "groups", "examples", "not"})


@dataclass(frozen=True)
class Intent:
    """One declared way of saying something: its patterns as one expression, and its examples."""

    id: str
    comment: str
    patterns: tuple[str, ...]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    groups: tuple[str, ...] = ()  # named groups its readers take out of a match

    @property
    def pattern(self) -> str:
        """The alternatives as one expression, in their order.

        >>> intent("asks_share").pattern.split("|")[:3]
        ['分到', '分配', '任务']
        """
        return "|".join(self.patterns)

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The expression, compiled on first use (``assistant.patterns.compiled``: once per process)."""
        return compiled(self.pattern)

    def search(self, text: str) -> re.Match[str] | None:
        """
        >>> intent("correction").search("说错了，是技师").group(0)
        '说错'
        """
        return self.regex.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text)


def _entry(raw: object) -> Intent:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ValueError(f"{FILE.name}: an entry without an id: {raw!r:.80}")
    where = f"{FILE.name} {raw['id']}"
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)} (known: {sorted(_KEYS)})")
    patterns = raw.get("patterns")
    if not patterns or not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise ValueError(f"{where}: `patterns` must be a list of regular expressions")
    if not isinstance(raw.get("comment"), str) or not raw["comment"].strip():
        raise ValueError(f"{where}: `comment` must say what it recognizes and who reads it")
    texts = {name: raw.get(name) or [] for name in ("examples", "not", "groups")}
    for name, values in texts.items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise ValueError(f"{where}: `{name}` must be a list of texts")
    entry = Intent(raw["id"], raw["comment"], tuple(patterns), tuple(texts["examples"]), tuple(texts["not"]), tuple(texts["groups"]))
    try:
        check(entry.pattern)
    except re.error as e:
        raise ValueError(f"{where}: a pattern does not compile: {e}") from e
    missing = [g for g in entry.groups if f"(?P<{g}>" not in entry.pattern]
    if missing:
        raise ValueError(f"{where}: its readers take the groups {missing}, which its patterns do not name")
    return entry


@functools.lru_cache(maxsize=1)
def intents() -> Mapping[str, Intent]:
    """Every declared entry by its id, in the file's order."""
    found: dict[str, Intent] = {}
    for raw in load_yaml(FILE.read_text(encoding="utf-8"))["intents"]:
        entry = _entry(raw)
        if entry.id in found:
            raise ValueError(f"{FILE.name}: {entry.id} is declared twice")
        found[entry.id] = entry
    return MappingProxyType(found)


def intent(id: str) -> Intent:
    """The declared entry ``id`` (a KeyError names the file when there is none)."""
    try:
        return intents()[id]
    except KeyError:
        raise KeyError(f"{id!r} is not declared in {FILE}") from None
