"""Common occupations (工种) as people name them (``assistant/data/occupations.yaml``).

One pattern, longest name first so 维修电工 beats 电工; read by the occupation reader
(``assistant.facts``) and removed from the words before a level by the ladder reader.  An occupation's
certificate named the way people name it (电工证、焊工证书) is a skill certificate of that occupation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml


def _occupation_pattern() -> re.Pattern[str]:
    data = load_yaml((DATA_DIR / "occupations.yaml").read_text(encoding="utf-8"))
    names = sorted(data["occupations"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + f")(?![{data['not_followed_by']}])")


OCCUPATION_RE = _occupation_pattern()


def trades(names: Iterable[str]) -> frozenset[str]:
    """The trades named: a name another begins with is the same trade (叉车 and 叉车司机, 电焊 and 电焊工).

    >>> sorted(trades({"叉车", "叉车司机"})), sorted(trades({"电工", "焊工"})), sorted(trades({"电焊", "电焊工", "维修电工"}))
    (['叉车'], ['焊工', '电工'], ['电焊', '维修电工'])
    """
    names = set(names)
    return frozenset(n for n in names if not any(o != n and n.startswith(o) for o in names))


def _certificate_pattern() -> re.Pattern[str]:
    data = load_yaml((DATA_DIR / "occupations.yaml").read_text(encoding="utf-8"))
    names = sorted(data["occupations"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")的?(?:证书|证)(?!明)")


# “在四川考的电工证想查下真假”: a certificate named by its occupation (never 证明)
CERTIFICATE_RE = _certificate_pattern()
