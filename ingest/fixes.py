"""The reviewed repair table (corpus/fixes.yaml): load it, check it, apply it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.errors import CorpusFileError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fix:
    file: str
    damaged: str
    repair: str
    why: str
    count: int = 1
    whole_line: bool = False


@dataclass(frozen=True)
class DocumentOverride:
    """Metadata for one document that its own text does not state."""

    file: str
    why: str
    line: int | None = None  # raw line the document starts on
    title_match: str | None = None  # or: the document's (normalized) title
    values: dict = field(default_factory=dict)  # title, doc_number, issuer, region …


@dataclass(frozen=True)
class FixTable:
    fixes: tuple[Fix, ...] = ()
    documents: tuple[DocumentOverride, ...] = ()

    @classmethod
    def load(cls, path: Path) -> FixTable:
        if not path.exists():
            return cls()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            raise CorpusFileError(path.name, f"修复表不是合法的 YAML：{error}") from error
        fixes = []
        for entry in data.get("fixes") or []:
            missing = {"file", "damaged", "repair", "why"} - set(entry)
            if missing:
                raise CorpusFileError(path.name, f"修复条目缺少字段 {sorted(missing)}: {entry}")
            if "\n" in str(entry["damaged"]) or "\n" in str(entry["repair"]):
                raise CorpusFileError(path.name, f"修复条目不能跨行: {entry['damaged']!r}")
            fixes.append(
                Fix(
                    file=entry["file"],
                    damaged=str(entry["damaged"]),
                    repair=str(entry["repair"]),
                    why=entry["why"],
                    count=int(entry.get("count", 1)),
                    whole_line=bool(entry.get("whole_line", False)),
                )
            )
        documents = []
        for entry in data.get("documents") or []:
            if "file" not in entry or not str(entry.get("why") or "").strip():
                # an override is evidence-backed or it is not applied: a region, title or 文号 put
                # on a document needs the reason it is right
                raise CorpusFileError(path.name, f"文档元数据条目缺少 file/why（依据）: {entry}")
            values = {
                k: v for k, v in entry.items() if k not in ("file", "why", "line", "match_title")
            }
            documents.append(
                DocumentOverride(
                    file=entry["file"],
                    why=entry["why"],
                    line=entry.get("line"),
                    title_match=entry.get("match_title")
                    or (entry.get("title") if entry.get("line") is None else None),
                    values=values,
                )
            )
        return cls(tuple(fixes), tuple(documents))

    def for_file(self, name: str) -> tuple[Fix, ...]:
        return tuple(f for f in self.fixes if f.file == name)

    def apply(self, name: str, lines: list[str]) -> list[str]:
        """Apply this file's fixes line by line; a fix that no longer matches is an error."""
        out = list(lines)
        for fix in self.for_file(name):
            seen = 0
            for i, line in enumerate(out):
                if fix.whole_line:
                    if line.strip() == fix.damaged:
                        out[i] = fix.repair
                        seen += 1
                elif fix.damaged in line:
                    seen += line.count(fix.damaged)
                    out[i] = line.replace(fix.damaged, fix.repair)
            if seen != fix.count:
                raise CorpusFileError(
                    name,
                    f"修复表已过期：{fix.damaged!r} 应出现 {fix.count} 次，实际 {seen} 次"
                    "（corpus/fixes.yaml 需要复核）",
                )
        return out
