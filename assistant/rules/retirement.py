"""The statutory retirement age (法定退休年龄) an age and sex allow (statutory/retirement_age.yaml).

National law, not a document of the corpus: read only to tell whether someone of a given age is under (or at
least) a number of years from retirement where every birth date that age allows gives the same answer — “男的，
今年58了” in 2025 is under 5 years from it whatever the month of birth; “48岁，女的” is not decided (a woman's
statutory age is 50 or 55, later up to 58, by her post, which was not said).  Pure functions of declared data.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from assistant.datafile import load_yaml

DATA = Path(__file__).resolve().parent / "statutory" / "retirement_age.yaml"


@dataclass(frozen=True)
class Group:
    name: str
    sex: str
    base: int  # the age before the change, in years
    from_birth: tuple[int, int]  # (year, month): born then or later retire later
    step_months: int
    max_months: int

    def age_of(self, year: int, month: int) -> Decimal:
        """The statutory retirement age, in years, of one born in ``year``-``month``.

        >>> men = groups()["男职工"]
        >>> men.age_of(1964, 12), men.age_of(1965, 1), men.age_of(1965, 5), men.age_of(1976, 9), men.age_of(1990, 1)
        (Decimal('60.00'), Decimal('60.08'), Decimal('60.17'), Decimal('63.00'), Decimal('63.00'))
        >>> groups()["原法定退休年龄50周岁的女职工"].age_of(1975, 3)
        Decimal('50.17')
        """
        since = (year - self.from_birth[0]) * 12 + (month - self.from_birth[1])
        months = 0 if since < 0 else min(self.max_months, since // self.step_months + 1)
        return (Decimal(self.base) + Decimal(months) / 12).quantize(Decimal("0.01"))


@functools.cache
def groups() -> dict[str, Group]:
    data = load_yaml(DATA.read_text(encoding="utf-8"))
    out = {}
    for name, g in data["groups"].items():
        year, month = (int(x) for x in str(g["from_birth"]).split("-"))
        out[name] = Group(name, g["sex"], int(g["base"]), (year, month), int(g["step_months"]), int(g["max_months"]))
    return out


def _months(year: int, month: int) -> int:
    return year * 12 + month - 1


def retirement_age_range(sex: str, age: int, on: date | None, latest: date) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest statutory retirement age of one of ``sex`` who was ``age`` on a day: ``on`` when
    that day is known, else some day not after ``latest`` (then any earlier birth is possible: the lowest is the
    age before the change).  None for a sex not declared.

    >>> retirement_age_range("男", 58, date(2025, 6, 1), date(2025, 6, 1))  # born 1966-06 … 1967-06
    (Decimal('60.42'), Decimal('60.67'))
    >>> retirement_age_range("男", 56, None, date(2023, 5, 1))
    (Decimal('60'), Decimal('60.67'))
    >>> retirement_age_range("女", 50, date(2026, 1, 1), date(2026, 1, 1))  # born 1975-01 … 1976-01, either post
    (Decimal('50.08'), Decimal('56.58'))
    """
    mine = [g for g in groups().values() if g.sex == sex]
    if not mine:
        return None
    day = on or latest
    # born at the latest on ``day`` ``age`` years before; at the earliest a day after ``age + 1`` years before
    last = _months(day.year - age, day.month)
    first = _months(day.year - age - 1, day.month) if on is not None else None
    high = max(g.age_of(last // 12, last % 12 + 1) for g in mine)
    low = min(g.age_of(first // 12, first % 12 + 1) if first is not None else Decimal(g.base) for g in mine)
    return low, high


def gap_to_retirement(sex: str | None, age: int | None, on: date | None, latest: date, years: Decimal) -> str | None:
    """“near” when every statutory retirement age the age allows is under ``years`` away, “far” when every one is
    ``years`` or more away, else None (or None without a sex and an age).

    >>> [gap_to_retirement("男", a, date(2025, 3, 1), date(2025, 3, 1), Decimal(5)) for a in (54, 55, 56, 57, 58, 59)]
    ['far', 'far', None, 'near', 'near', 'near']
    >>> gap_to_retirement("男", 56, None, date(2023, 9, 1), Decimal(5))
    'near'
    >>> gap_to_retirement("女", 52, date(2025, 3, 1), date(2025, 3, 1), Decimal(5)), gap_to_retirement("女", 48, date(2025, 3, 1), date(2025, 3, 1), Decimal(5))
    ('near', None)

    No sex said: “far” when it is far from every statutory age of both sexes (44) — the period is then the
    longest one whoever asks; “near” is left to the sex (how long to retirement turns on it).

    >>> [gap_to_retirement(None, a, date(2025, 3, 1), date(2025, 3, 1), Decimal(5)) for a in (44, 52, 58)]
    ['far', None, None]
    """
    if age is None:
        return None
    if sex is None:
        both = {gap_to_retirement(s, age, on, latest, years) for s in ("男", "女")}
        return "far" if both == {"far"} else None
    span = retirement_age_range(sex, age, on, latest)
    if span is None:
        return None
    low, high = span
    if high - age < years:
        return "near"
    if low - age >= years:
        return "far"
    return None


def schedule_text(sex: str | None) -> str:
    """How the statutory age of this sex runs, in words (shown with any answer worked out from it); both, with none said."""
    if sex is None:
        return f"{schedule_text('男')}；{schedule_text('女')}（男女结论相同）"
    if sex == "男":
        return "男职工法定退休年龄原为60周岁，2025年起按出生年月逐步延迟，最高63周岁"
    return "女职工法定退休年龄原为50周岁或55周岁，2025年起按出生年月逐步延迟，最高分别为55周岁、58周岁"
