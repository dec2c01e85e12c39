"""The source documents rules cite, with the effective period each rule inherits (sources.yaml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from assistant.datafile import load_yaml
from assistant.rules.base import Clause, Period, RegistrationError

SOURCES_FILE = Path(__file__).resolve().parent / "sources.yaml"


@dataclass(frozen=True)
class Source:
    doc_id: str
    title: str
    short: str  # other words a question may name it by (answers always use ``title``)
    doc_number: str | None
    region: str
    period: Period

    def cited_name(self) -> str:
        """《标题》（文号）, as answers name a document: its own title, never a short name of ours.

        >>> Source("d", "关于印发《X办法》的通知", "X办法", "苏人社规〔2024〕3号", "江苏省", None).cited_name()
        '《关于印发〈X办法〉的通知》（苏人社规〔2024〕3号）'
        """
        from assistant.schema import book

        number = f"（{self.doc_number}）" if self.doc_number else ""
        return f"{book(self.title)}{number}"


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise RegistrationError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from e


def parse_sources(data: dict[str, Any], where: str = "sources.yaml") -> dict[str, Source]:
    """Read and check the source table; a source without a start date or basis is refused."""
    sources: dict[str, Source] = {}
    for doc_id, entry in (data or {}).items():
        here = f"{where}: {doc_id}"
        for key in ("title", "short", "region", "basis"):
            if not entry.get(key):
                raise RegistrationError(f"{here}: missing {key!r}")
        start = _date(entry.get("from"), here)
        if start is None:
            raise RegistrationError(f"{here}: no effective period (`from`): a document with no stated or issued date cannot carry a rule")
        end = _date(entry.get("to"), here)
        if end is not None and end < start:
            raise RegistrationError(f"{here}: `to` {end} is before `from` {start}")
        clause = None
        if entry.get("validity"):
            v = entry["validity"]
            clause = Clause(doc_id, str(v.get("article", "")), str(v.get("quote", "")))
            if not clause.is_complete():
                raise RegistrationError(f"{here}: validity needs article and quote")
        sources[doc_id] = Source(
            doc_id=doc_id,
            title=entry["title"],
            short=entry["short"],
            doc_number=entry.get("doc_number"),
            region=entry["region"],
            period=Period(start, end, entry["basis"], clause),
        )
    return sources


@functools.lru_cache(maxsize=1)
def sources() -> dict[str, Source]:
    return parse_sources(load_yaml(SOURCES_FILE.read_text(encoding="utf-8")), SOURCES_FILE.name)
