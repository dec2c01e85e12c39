"""One engine reads the declared cues of every fact (``assistant/rules/facts/*.yaml``).

A fact's ``cues`` say how people say it: for each value, patterns over the normalized
text.  The engine knows no fact by name; adding a way of saying something is a line
of data with an example beside it, not code.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

from assistant.rules.inputs import FACTS


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, tuple[tuple[Any, re.Pattern[str]], ...]], ...]:
    table = []
    for key, spec in FACTS.items():
        if spec.cues:
            options = tuple((value, re.compile("|".join(f"(?:{p})" for p in patterns))) for value, patterns in spec.cues)
            table.append((key, options))
    return tuple(table)


def read_cues(text: str) -> dict[str, Any]:
    """The facts whose declared cues the (normalized) text matches; the first value that matches wins.

    >>> read_cues("去年因为请了长病假，考核没评合格，前年和大前年都合格")
    {'annual_appraisal_passed': False}
    >>> read_cues("现在还在原来岗位做钳工，近三年考核都合格") == {"in_post": True, "annual_appraisal_passed": True}
    True
    >>> read_cues("前两年被调去办公室搞行政管理了，离开一线了")
    {'in_post': False}
    """
    facts: dict[str, Any] = {}
    for key, options in _compiled():
        for value, pattern in options:
            if pattern.search(text):
                facts[key] = value
                break
    return facts


def implied(facts: dict[str, Any]) -> dict[str, Any]:
    """Facts that follow from others (declared ``implied``), for those not stated.

    >>> implied({"headcount": 28})
    {'employer_size': '中小微企业'}
    >>> implied({"headcount": 28, "employer_size": "大型企业"}), implied({"headcount": 5000})
    ({}, {})
    """
    out: dict[str, Any] = {}
    for key, spec in FACTS.items():
        if key in facts or not spec.implied:
            continue
        for source, below, value, _ in spec.implied:
            number = facts.get(source)
            if isinstance(number, (int, Decimal)) and not isinstance(number, bool) and number < below:
                out[key] = value
                break
    return out


_CLAUSE_END = "，,。；;！!？?\n"


def _before(text: str, start: int, size: int) -> str:
    """Up to ``size`` characters before ``start`` within the same clause."""
    window = text[max(0, start - size) : start]
    cut = max(window.rfind(c) for c in _CLAUSE_END)
    return window[cut + 1 :]


@functools.lru_cache(maxsize=1)
def _term_table():
    table = []
    for key, spec in FACTS.items():
        if spec.terms is not None:
            t = spec.terms
            table.append((
                key,
                tuple((values, re.compile(p)) for values, p in t.entries),
                re.compile(t.negation) if t.negation else None,
                t,
                re.compile(t.none) if t.none else None,
            ))
    return tuple(table)


def read_terms(text: str) -> dict[str, Any]:
    """The members of every set fact with declared ``terms``, as frozensets.

    >>> read_terms("我是返乡农民工，不是低保户")["person_categories"], read_terms("我是返乡农民工，不是低保户")["excluded_categories"]
    (frozenset({'返乡入乡农民工'}), frozenset({'低保家庭'}))
    >>> sorted(read_terms("获得过全国技术能手和浙江工匠")["awards"]), read_terms("没有获过奖")["awards"]
    (['全国技术能手', '浙江工匠'], frozenset())
    """
    found: dict[str, list[str]] = {}
    for key, entries, negation, terms, none in _term_table():
        members: list[str] = []
        taken: list[tuple[int, int]] = []
        for values, pattern in entries:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                if negation is not None and negation.search(_before(text, m.start(), terms.window)):
                    if terms.negated_into:
                        found.setdefault(terms.negated_into, []).extend(v for v in values[:1])
                    continue
                members.extend(v for v in values if v not in members)
        if members:
            found.setdefault(key, []).extend(members)
        elif none is not None and none.search(text) and key not in found:
            found[key] = []
    out: dict[str, Any] = {}
    for key, members in found.items():
        spec = FACTS[key]
        if spec.terms is not None and spec.terms.minus:
            members = [m for m in members if m not in found.get(spec.terms.minus, [])]
            if not members:
                continue
        out[key] = frozenset(members)
    return out
