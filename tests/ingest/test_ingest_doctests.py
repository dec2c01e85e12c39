"""The examples in the ingest modules' docstrings run and hold (pytest collects tests/ only)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import ingest

MODULES = sorted(m.name for m in pkgutil.iter_modules(ingest.__path__, "ingest."))


def test_every_stage_module_is_listed():
    assert {"ingest.normalize", "ingest.segment", "ingest.metadata", "ingest.articles", "ingest.chunk", "ingest.index"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
