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
