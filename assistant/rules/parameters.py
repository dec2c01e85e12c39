"""Dated parameter values, each with its legal reference (parameters/*.yaml).

One YAML file per source document; each parameter is::

    zj.title.min_years.senior_technician:
      description: 取得高级技师后从事技术技能工作的最低年限（申报副高级职称）
      unit: 年
      values:
        2022-12-17:
          value: 4
          reference: {doc_id: zj-2022-0839a3, article: 三、（二）1.（3）, quote: 从事技术技能工作满4年}

A value holds from its date until the next date; ``value: null`` ends it (the
reference then quotes the sentence that ends it).  Numbers become ``Decimal``;
"2/3" becomes ``Fraction``.  A parameter without a description, a dated value or a
complete reference on every value is refused.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from assistant.datafile import load_yaml
from assistant.rules.base import Clause, ParamValue, RegistrationError, RuleError

PARAMETERS_DIR = Path(__file__).resolve().parent / "parameters"


@dataclass(frozen=True)
class DatedValue:
    since: date
    value: Any  # Decimal, Fraction, str, bool, or None (no longer in force)
    reference: Clause


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    unit: str | None
    values: tuple[DatedValue, ...]  # sorted by date
    file: str

    def at(self, day: date) -> DatedValue | None:
        current = None
        for v in self.values:
            if v.since <= day:
                current = v
        return current if current is not None and current.value is not None else None

    @property
    def start(self) -> date:
        return self.values[0].since


def _number(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, str) and "/" in value:
        num, den = value.split("/", 1)
        return Fraction(int(num), int(den))
    return value


def parse_parameter(name: str, data: Any, file: str = "<memory>") -> Parameter:
    """Check and read one parameter; refuse it without description, dates or references."""
    here = f"{file}: {name}"
    if not isinstance(data, dict) or not data.get("description"):
        raise RegistrationError(f"{here}: a parameter needs a description")
    raw = data.get("values")
    if not isinstance(raw, dict) or not raw:
        raise RegistrationError(f"{here}: a parameter needs dated values (values: {{YYYY-MM-DD: …}})")
    values: list[DatedValue] = []
    for key, entry in raw.items():
        try:
            since = key if isinstance(key, date) else date.fromisoformat(str(key))
        except ValueError as e:
            raise RegistrationError(f"{here}: {key!r} is not a date") from e
        if not isinstance(entry, dict) or "value" not in entry:
            raise RegistrationError(f"{here} {since}: each dated entry needs `value` and `reference`")
        ref = entry.get("reference") or {}
        clause = Clause(str(ref.get("doc_id") or ""), str(ref.get("article") or ""), str(ref.get("quote") or ""))
        if not clause.is_complete():
            raise RegistrationError(f"{here} {since}: value has no citation (reference: {{doc_id, article, quote}})")
        values.append(DatedValue(since, _number(entry["value"]), clause))
    values.sort(key=lambda v: v.since)
    if values[0].value is None:
        raise RegistrationError(f"{here}: the first dated value cannot be null")
    return Parameter(name, str(data["description"]), data.get("unit"), tuple(values), file)


class ParameterSet:
    """Every parameter, by name."""

    def __init__(self, parameters: dict[str, Parameter]):
        self._parameters = parameters

    def __contains__(self, name: str) -> bool:
        return name in self._parameters

    def __iter__(self):
        return iter(self._parameters.values())

    def get(self, name: str) -> Parameter:
        try:
            return self._parameters[name]
        except KeyError:
            raise RuleError(f"unknown parameter {name!r}: declare it in assistant/rules/parameters/*.yaml") from None

    def at(self, name: str, day: date) -> ParamValue:
        parameter = self.get(name)
        value = parameter.at(day)
        if value is None:
            raise RuleError(f"parameter {name} has no value in force on {day.isoformat()}")
        return ParamValue(name, value.value, parameter.unit, value.reference, value.since)

    @classmethod
    def from_dir(cls, directory: Path = PARAMETERS_DIR) -> ParameterSet:
        parameters: dict[str, Parameter] = {}
        for path in sorted(directory.glob("*.yaml")):
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
            for name, entry in data.items():
                if name in parameters:
                    raise RegistrationError(f"{path.name}: parameter {name} already declared in {parameters[name].file}")
                parameters[name] = parse_parameter(name, entry, path.name)
        return cls(parameters)


@functools.lru_cache(maxsize=1)
def parameters() -> ParameterSet:
    return ParameterSet.from_dir()
