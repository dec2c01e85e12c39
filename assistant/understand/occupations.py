"""Common occupations (工种) as people name them (``assistant/data/occupations.yaml``).

One pattern, longest name first so 维修电工 beats 电工; read by the occupation reader
(``assistant.facts``) and removed from the words before a level by the ladder reader.
"""

from __future__ import annotations

import re

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml


def _occupation_pattern() -> re.Pattern[str]:
    data = load_yaml((DATA_DIR / "occupations.yaml").read_text(encoding="utf-8"))
    names = sorted(data["occupations"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + f")(?![{data['not_followed_by']}])")


OCCUPATION_RE = _occupation_pattern()
