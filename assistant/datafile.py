"""The project's YAML data files (facts, rules' parameters, regions, synonyms …), read one way.

With libyaml (PyYAML's C extension, in the PyPI wheels) the project's 23 data files (22 of them
read by a first answer) load in ~20 ms instead of ~230 ms with the pure-Python reader (measured
on this machine), into the same Python objects; without it, the pure-Python safe loader.  Either way only plain
data is built (no Python objects named by the file).
"""

from __future__ import annotations

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """``yaml.safe_load``, with libyaml when it is there."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader, C or Python
