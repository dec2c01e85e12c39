"""``policy ingest --check``: validate the corpus and list every problem found."""

from __future__ import annotations

import json

from assistant.config import Settings
from assistant.errors import CorpusFileError
from ingest.normalize import to_simplified


def check_corpus(settings: Settings) -> list[str]:
    """Problems, one readable line each; an empty list means the corpus is sound."""
    from ingest.fixes import FixTable
    from ingest.parse import parse_file
    from ingest.pipeline import raw_files

    problems: list[str] = []
    try:
        fixes = FixTable.load(settings.fixes_file)
    except CorpusFileError as error:
        return [str(error)]
    files = raw_files(settings)
    if not files:
        return [f"{settings.raw_dir}: 没有源文件"]
    all_docs = []
    all_chunks = []
    for path in files:
        try:
            parsed = parse_file(path.name, path.read_bytes(), fixes, settings.chunk_max_chars)
        except CorpusFileError as error:
            problems.append(str(error))
            continue
        docs = {d.doc_id: d for d in parsed.documents}
        all_docs.extend(parsed.documents)
        all_chunks.extend(parsed.chunks)
        for d in parsed.documents:
            where = f"{path.name}:{d.line_start} 《{d.title}》"
            if not d.title.strip():
                problems.append(f"{where}: 缺少标题")
            if not d.region or d.region == "未知":
                problems.append(f"{where}: 无法确定地区（region）")
            if not any(a.doc_id == d.doc_id for a in parsed.articles):
                problems.append(f"{where}: 没有解析出任何条目（article）")
            leftover = sorted({a for a, b in zip(d.text, to_simplified(d.text)) if a != b})
            if leftover:
                problems.append(f"{where}: 仍有繁体字 {''.join(leftover[:20])}")
        for c in parsed.chunks:
            doc = docs[c.doc_id]
            if doc.text[c.start : c.end] != c.text:
                problems.append(f"{path.name}: 块 {c.chunk_id} 不是文件正文的原文子串")
    ids = [d.doc_id for d in all_docs]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"doc_id 重复：{dup}")
    parsed_docs = settings.parsed_dir / "documents.jsonl"
    if parsed_docs.exists():
        committed = [json.loads(l)["doc_id"] for l in parsed_docs.read_text(encoding="utf-8").splitlines() if l]
        if sorted(committed) != sorted(ids):
            problems.append("corpus/parsed/documents.jsonl 与源文件不一致：请运行 `policy ingest`")
    return problems
