"""JSON that people and other programs hand us (a ``--history`` file, a ``--batch`` line), read within bounds.

``json.loads`` recurses once per nesting level: ``[[[[…]]]]`` 100,000 deep raises
``RecursionError``, which is not a ``ValueError`` and took the whole batch down with
it.  ``loads`` measures the nesting first (one pass over the text, no recursion) and
refuses anything deeper than ``MAX_DEPTH`` with a ``BadRequest`` that says so; the
files we read are a few levels deep (a history is a list of turns, a turn's state
holds a dict of facts whose values may be lists).

``too_deep`` is the same check for Python objects a library caller passes in
(``state`` dicts), walked without recursion.
"""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.errors import BadRequest

MAX_DEPTH = 32  # a history turn's state is 4 levels deep; 32 leaves room and stays far from the recursion limit
# the most read as one piece (a history file, a batch line): 20 turns of 2,000 characters with their
# states are ~200 KB, a 100,000-character question ~300 KB; more is a wrong file, not a question
MAX_BYTES = 4 * 2**20

# strings first (a bracket inside "…" is text), then only the brackets are left to count
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def depth(text: str) -> int:
    """How deeply the arrays and objects in JSON ``text`` nest (0 for a scalar), without parsing it.

    >>> depth('{"a": [1, {"b": "[[["}]}'), depth("5"), depth("[" * 100_000 + "]" * 100_000)
    (3, 0, 100000)
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    level = deepest = 0
    for char in brackets:
        if char in "[{":
            level += 1
            if level > deepest:
                deepest = level
        else:
            level -= 1
    return deepest


def loads(text: str, what: str) -> Any:
    """``json.loads(text)``, refusing nesting deeper than ``MAX_DEPTH``; ``what`` names the text in messages.

    Raises ``BadRequest`` for nesting and ``ValueError`` (as ``json.loads`` does) for text that is not JSON.

    >>> loads('[{"role": "user", "content": "见习补贴"}]', "对话历史")
    [{'role': 'user', 'content': '见习补贴'}]
    >>> loads("[" * 1000 + "]" * 1000, "第 3 行")
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 第 3 行的 JSON 嵌套太深（1000 层，最多 32 层）：请检查文件是否损坏。
    """
    levels = depth(text)
    if levels > MAX_DEPTH:
        raise BadRequest(f"{what}的 JSON 嵌套太深（{levels} 层，最多 {MAX_DEPTH} 层）：请检查文件是否损坏。")
    return json.loads(text)


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether lists, tuples, sets and dicts in ``value`` nest deeper than ``limit`` (walked without recursion).

    >>> nested = []
    >>> for _ in range(100_000):
    ...     nested = [nested]
    >>> too_deep({"facts": {"a": [1, 2]}}), too_deep(nested)
    (False, True)
    """
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple, set, frozenset)):
            children = item
        else:
            continue
        if level >= limit:  # also ends a list that contains itself
            return True
        stack.extend((child, level + 1) for child in children)
    return False
