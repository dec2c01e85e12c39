"""The examples in the rules' and facts' docstrings run and hold (pytest collects tests/ only)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import assistant.rules

MODULES = sorted(m.name for m in pkgutil.iter_modules(assistant.rules.__path__, "assistant.rules.")) + ["assistant.facts"]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
