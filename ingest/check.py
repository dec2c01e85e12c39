"""``policy ingest --check``: validate the corpus and list every problem found."""

from __future__ import annotations

import hashlib
import json

from assistant.config import Settings
from assistant.errors import CorpusFileError
from ingest.normalize import to_simplified


def _traditional(text: str | None) -> str:
    """Characters that Traditional→Simplified conversion would still change."""
    if not text:
        return ""
    return "".join(sorted({a for a, b in zip(text, to_simplified(text)) if a != b}))


def check_corpus(settings: Settings) -> list[str]:
    """Problems, one readable line each; an empty list means the corpus is sound."""
    from ingest.fixes import FixTable
    from ingest.parse import parse_file
    from ingest.pipeline import invalid_names, raw_files

    problems: list[str] = []
    try:
        fixes = FixTable.load(settings.fixes_file)
    except CorpusFileError as error:
        return [str(error)]
    problems.extend(f"{name}: 文件名不是 UTF-8 编码（file name is not UTF-8）" for name in invalid_names(settings))
    files = raw_files(settings)
    if not files:
        return [*problems, f"{settings.raw_dir}: 没有源文件"]
    names = {p.name for p in files}
    # A repair or override for a file that is gone is never applied: say so.
    for entry in (*fixes.fixes, *fixes.documents):
        if entry.file not in names:
            what = f"修复 {entry.damaged!r}" if hasattr(entry, "damaged") else "文档元数据"
            problems.append(f"fixes.yaml: {what} 指向不存在的源文件 {entry.file}")
    all_docs = []
    all_chunks = []
    all_articles = []
    seen: dict[str, str] = {}  # content hash -> first file with it
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(f"{path.name}: 无法读取（{type(error).__name__}）")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            problems.append(f"{path.name}: 与 {seen[digest]} 内容完全相同（duplicate file）")
            continue
        seen[digest] = path.name
        try:
            parsed = parse_file(path.name, data, fixes, settings.chunk_max_chars)
        except CorpusFileError as error:
            problems.append(str(error))
            continue
        docs = {d.doc_id: d for d in parsed.documents}
        all_docs.extend(parsed.documents)
        all_chunks.extend(parsed.chunks)
        all_articles.extend(parsed.articles)
        for override in fixes.documents:
            if override.file == path.name and not any(
                (override.line is not None and d.line_start == override.line)
                or (override.title_match is not None and d.title == override.title_match)
                for d in parsed.documents
            ):
                where = f"第 {override.line} 行" if override.line is not None else f"《{override.title_match}》"
                problems.append(f"fixes.yaml: {path.name} 的文档元数据（{where}）没有匹配任何文件，需要复核")
        for d in parsed.documents:
            where = f"{path.name}:{d.line_start} 《{d.title}》"
            if not d.title.strip():
                problems.append(f"{where}: 缺少标题")
            if not d.region or d.region == "未知":
                problems.append(f"{where}: 无法确定地区（region）")
            if not any(a.doc_id == d.doc_id for a in parsed.articles):
                problems.append(f"{where}: 没有解析出任何条目（article）")
            leftover = _traditional(d.text + d.title + (d.issuer or "") + (d.doc_number or ""))
            if leftover:
                problems.append(f"{where}: 仍有繁体字 {leftover[:20]}")
        for c in parsed.chunks:
            doc = docs[c.doc_id]
            if doc.text[c.start : c.end] != c.text:
                problems.append(f"{path.name}: 块 {c.chunk_id} 不是文件正文的原文子串")
    problems.extend(_relation_problems(settings, all_docs, all_articles))
    ids = [d.doc_id for d in all_docs]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"doc_id 重复：{dup}")
    parsed_docs = settings.parsed_dir / "documents.jsonl"
    if parsed_docs.exists():
        committed = [json.loads(l)["doc_id"] for l in parsed_docs.read_text(encoding="utf-8").splitlines() if l]
        if sorted(committed) != sorted(ids):
            problems.append("corpus/parsed/documents.jsonl 与源文件不一致：请运行 `policy ingest`")
    return problems


def _relation_problems(settings: Settings, documents, articles) -> list[str]:
    """corpus/relations.yaml entries that no longer match an edge, notices without their issuing edge."""
    from ingest.relations import RelationOverrides, extract_relations

    try:
        overrides = RelationOverrides.load(settings.relations_file)
    except CorpusFileError as error:
        return [str(error)]
    return extract_relations(documents, articles, overrides)[1]
