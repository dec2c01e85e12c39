"""What ``policy show`` prints: the document list, one document with its relations, one article
with the citation to copy; plain Chinese for people, JSON (machine names) with ``--json``."""

from __future__ import annotations

import json
from datetime import date

from assistant.cli_help import WIDTH, wrap
from assistant.lookup import article_citation, quoted_citation
from assistant.schema import STATUS_LABELS, Article, Citation, Document, book
from assistant.store import IndexHandle

# how an edge reads from the document shown, by direction
_OUT = {"repeals": "废止", "supersedes": "与之不一致的以本文件为准", "issues": "印发", "cites": "引用"}
_IN = {"repeals": "被废止", "supersedes": "不一致之处以后者为准", "issues": "印发本文件", "cites": "引用本文件"}


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False)


def _day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "—"


def _indented(text: str, indent: str = "  ") -> list[str]:
    return [indent + line for line in wrap(text, WIDTH - len(indent))]


def document_list(index: IndexHandle, day: date, as_json: bool) -> str:
    """Every document: id, title, 文号, region, status on ``day``."""
    docs = list(index.documents.values())
    if as_json:
        return _json(
            [
                {
                    "doc_id": d.doc_id,
                    "title": d.title,
                    "doc_number": d.doc_number,
                    "region": d.region,
                    "status": d.status_on(day),
                    "parent_id": d.parent_id,
                }
                for d in docs
            ]
        )
    lines = [f"共 {len(docs)} 个文件（状态按{_day(day)}计）。查看一个文件：policy show 文件编号", ""]
    for d in docs:
        lines.append(f"{d.doc_id} · {d.region} · {STATUS_LABELS[d.status_on(day)]} · 文号：{d.doc_number or '未载明'}")
        lines.extend(_indented(book(d.title)))
    return "\n".join(lines)


def _doc_name(index: IndexHandle, doc_id: str) -> str:
    doc = index.documents[doc_id]
    return f"{book(doc.title)}（{doc_id}）"


def _edge_lines(index: IndexHandle, doc: Document) -> list[str]:
    graph = index.graph
    lines: list[str] = []
    for r in graph.incoming(doc.doc_id):
        lines.extend(_indented(f"{_IN[r.kind]}：{_doc_name(index, r.source)}{r.article}" + (f"：“{r.quote}”" if r.kind != "cites" else "")))
    for r in graph.outgoing(doc.doc_id):
        target = _doc_name(index, r.target) if r.in_corpus else r.target_name() + "（语料未收录）"
        lines.extend(_indented(f"{_OUT[r.kind]}：{target}〔{r.article}〕" + (f"：“{r.quote}”" if r.kind in ("repeals", "supersedes") else "")))
    return lines


def _copy_line(doc: Document, article: Article | None, status) -> str:
    """The citation hotline staff paste, on one line: 《标题》（文号）条目：“原文”."""
    if article is None:
        return Citation(doc.doc_id, doc.title, doc.doc_number, doc.issuer, doc.region, "正文", "", status, 1.0).formatted()
    line = quoted_citation(article_citation(doc, article, status), number_once=True)
    return " ".join(part.strip() for part in line.splitlines() if part.strip())


def document(index: IndexHandle, doc: Document, found: list[Article] | None, day: date, as_json: bool) -> str:
    """One document (metadata, relations, its articles) or, with ``found``, those articles."""
    status = doc.status_on(day)
    graph = index.graph
    if as_json:
        data = doc.to_dict()
        data["status"] = status
        data["relations"] = [r.to_dict() for r in (*graph.incoming(doc.doc_id), *graph.outgoing(doc.doc_id))]
        data["citation"] = _copy_line(doc, None, status)
        if found is not None:
            data["articles"] = [a.to_dict() for a in found]
            data["citations"] = [_copy_line(doc, a, status) for a in found]
            data.pop("text")
        return _json(data)
    lines = wrap(book(doc.title), WIDTH)
    fields = [
        ("编号", doc.doc_id),
        ("文号", doc.doc_number or "未载明"),
        ("发文机关", doc.issuer or "未载明"),
        ("地区", doc.region),
        ("日期", f"成文 {_day(doc.issued_date)} · 施行 {_day(doc.effective_date)} · 有效期至 {_day(doc.expiry_date)}"),
        ("状态", f"{STATUS_LABELS[status]}（截至{_day(day)}）"),
        ("依据", doc.validity_text),
        ("有效期依据", doc.validity_basis if doc.validity_basis and "废止" in doc.validity_basis else None),
        ("来源", f"{doc.source_file} 第 {doc.line_start}–{doc.line_end} 行"),
    ]
    for key, value in fields:
        if value:
            lines.extend(_indented(f"{key}：{value}"))
    if found is not None:
        for a in found:
            lines += ["", a.path + (f"  {a.heading}" if a.heading and not a.body.startswith(a.heading) else "")]
            lines.append(a.body)  # as written: copied text gets no line breaks of ours
            lines += ["", "复制引用（一行）：", _copy_line(doc, a, status)]
        return "\n".join(lines)
    lines += ["", "复制引用（一行）：", _copy_line(doc, None, status)]
    edges = _edge_lines(index, doc)
    if edges:
        lines += ["", "文件关系："] + edges
    lines += ["", "条目："]
    for a in index.articles_of(doc.doc_id):
        head = a.heading or a.body[:24].replace("\n", " ")
        lines.extend(_indented(f"{a.path}  {head}"))
    return "\n".join(lines)


def absent_document(index: IndexHandle, key: str, day: date, as_json: bool) -> str | None:
    """A 文号 or title the corpus only cites: what its documents say of it, or None."""
    from assistant.lookup import normalize_doc_number
    from assistant.understand.reference import read_reference

    ref = read_reference(normalize_doc_number(key) if "〔" in normalize_doc_number(key) else f"《{key.strip('《》')}》")
    standing = index.graph.about_reference(ref.doc_numbers, ref.titles)
    if standing is None:
        return None
    if as_json:
        return _json(
            {
                "in_corpus": False,
                "name": standing.name,
                "replaced_by": [r.to_dict() for r in standing.replaced_by],
                "cited_by": [r.to_dict() for r in standing.cited_by],
            }
        )
    lines = wrap(f"语料未收录{standing.name}。", WIDTH)
    for r in standing.replaced_by:
        verb = "废止" if r.kind == "repeals" else "规定与之不一致的以其为准"
        new = index.documents[r.source]
        lines.extend(_indented(f"已被{_doc_name(index, r.source)}{r.article}{verb}（{book(new.title)}截至{_day(day)}{STATUS_LABELS[new.status_on(day)]}）：“{r.quote}”"))
    lines += ["", "语料中提到它的条文："]
    for r in standing.cited_by:
        lines.extend(_indented(f"{_doc_name(index, r.source)}{r.article}"))
    return "\n".join(lines)

