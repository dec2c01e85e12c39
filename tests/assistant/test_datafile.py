"""Every YAML data file reads into the same objects with libyaml as with the pure-Python safe loader."""

from __future__ import annotations

import pytest
import yaml

from assistant.config import REPO_ROOT
from assistant.datafile import LOADER, load_yaml

DATA_FILES = sorted((REPO_ROOT / "assistant").rglob("*.yaml"))


def test_libyaml_is_used_when_pyyaml_has_it():
    assert LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_a_data_file_reads_the_same_either_way(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_only_plain_data_is_built():
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
