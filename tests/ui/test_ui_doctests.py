"""The examples in the page's modules and in assistant.lookup run and hold (pytest collects tests/ only)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["ui.render", "ui.card", "ui.chat", "ui.look", "assistant.lookup"]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
