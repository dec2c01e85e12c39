"""One source file → its documents, articles and chunks (stages 1–4, no I/O)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from assistant.errors import CorpusFileError
from assistant.schema import Article, Chunk, Document, book
from ingest.articles import parse_articles
from ingest.chunk import chunk_document
from ingest.fixes import DocumentOverride, FixTable
from ingest.metadata import Metadata, make_doc_id, read_metadata
from ingest.normalize import normalize_text
from ingest.readers import decode
from ingest.segment import DOC_NUMBER_LINE, Segment, segment

logger = logging.getLogger(__name__)


_NO_TITLE = (
    "找不到文件标题（no recognizable title）；如确属政策文件，请在 corpus/fixes.yaml 的 documents 中补充标题与依据"
)


@dataclass(frozen=True)
class ParsedFile:
    name: str
    encoding: str
    documents: tuple[Document, ...]
    articles: tuple[Article, ...]
    chunks: tuple[Chunk, ...]
    warnings: tuple[str, ...] = ()


def _override(fixes: FixTable, seg: Segment) -> DocumentOverride | None:
    for o in fixes.documents:
        if o.file != seg.file:
            continue
        if o.line is not None and o.line == seg.start:
            return o
        if o.title_match is not None and o.title_match == seg.title:
            return o
    return None


def _bare(title: str) -> str:
    return re.sub(r"[《》〈〉“”\s]", "", title)


def _is_child(parent_title: str, title: str) -> bool:
    """An attached measure right after the notice that issues it."""
    return (
        parent_title.endswith("通知")
        and len(_bare(title)) >= 6
        and _bare(title) in _bare(parent_title)
        and _bare(title) != _bare(parent_title)
    )


def parse_file(name: str, data: bytes, fixes: FixTable, chunk_max_chars: int = 360) -> ParsedFile:
    """Decode, normalize, segment, read metadata, parse articles and chunk one file."""
    text, encoding = decode(data, name)
    normalized = normalize_text(name, text, fixes)
    if not normalized.lines:
        raise CorpusFileError(name, "清理网页框架后没有正文（no text after removing page chrome）")
    segments = segment(normalized)
    if not segments:
        # Text, but neither a title nor enough body to be an untitled document:
        # refuse it by name rather than ingest nothing from it in silence.
        raise CorpusFileError(name, _NO_TITLE, line=normalized.lines[0].start)
    warnings: list[str] = list(normalized.notes)
    documents: list[Document] = []
    articles: list[Article] = []
    chunks: list[Chunk] = []
    metas: list[Metadata] = []
    for seg in segments:
        override = _override(fixes, seg)
        title = (override.values.get("title") if override else None) or seg.title
        if not title:
            raise CorpusFileError(name, _NO_TITLE, line=seg.start)
        parent_index = None
        if documents and seg.title and _is_child(documents[-1].title, seg.title):
            parent_index = len(documents) - 1
        meta = read_metadata(seg, override, metas[parent_index] if parent_index is not None else None)
        doc_id = make_doc_id(meta)
        if any(d.doc_id == doc_id for d in documents):
            warnings.append(f"{name}:{seg.start}: 重复文件《{meta.title}》，已跳过（duplicate document）")
            continue

        head = (seg.title + "\n") if seg.title else ""
        body_lines = [l.text for l in seg.lines]
        doc_text = head + "\n".join(body_lines)
        # article body: after the 文号 / dated title, before the signature block
        offsets = []
        pos = len(head)
        for line in body_lines:
            offsets.append(pos)
            pos += len(line) + 1
        first = 0
        while first < len(body_lines) and first < 2 and (
            DOC_NUMBER_LINE.match(body_lines[first])
            or (seg.title and body_lines[first].startswith(seg.title[:10]) and re.search(r"（\d{4}年\d{1,2}月\d{1,2}日）$", body_lines[first]))
        ):
            first += 1
        last = min(meta.signature_lines) if meta.signature_lines else len(body_lines)
        if last <= first:
            last = len(body_lines)
        body_start = offsets[first] if first < len(offsets) else len(doc_text)
        body_end = (offsets[last - 1] + len(body_lines[last - 1])) if last - 1 < len(offsets) and last > 0 else len(doc_text)

        doc = Document(
            doc_id=doc_id,
            title=meta.title,
            region=meta.region,
            level=meta.level,  # type: ignore[arg-type]
            source_file=name,
            line_start=seg.start,
            line_end=seg.end,
            text=doc_text,
            province=meta.province,
            issuer=meta.issuer,
            doc_number=meta.doc_number,
            doc_type=meta.doc_type,
            issued_date=meta.issued_date,
            published_date=meta.published_date,
            effective_date=meta.effective_date,
            expiry_date=meta.expiry_date,
            validity_text=meta.validity_text,
            validity_basis=meta.validity_basis,
            parent_id=documents[parent_index].doc_id if parent_index is not None else None,
            source_url=meta.source_url,
            title_source=meta.title_source,
            notes=meta.notes,
        )
        doc_articles = parse_articles(doc_id, doc_text, body_start, body_end, meta.title)
        documents.append(doc)
        metas.append(meta)
        articles.extend(doc_articles)

    # a notice that issues a measure takes the measure's period, and lists its children
    by_id = {d.doc_id: d for d in documents}
    for doc in list(documents):
        parent = by_id.get(doc.parent_id) if doc.parent_id else None
        if parent and doc.doc_number is None and parent.doc_number:
            # a measure issued by a notice is cited with the notice's 文号
            doc = by_id[doc.doc_id] = replace(doc, doc_number=parent.doc_number)
        if parent and doc.effective_date is None and doc.expiry_date is None and (
            parent.effective_date or parent.expiry_date
        ):
            by_id[doc.doc_id] = replace(
                doc,
                effective_date=parent.effective_date,
                expiry_date=parent.expiry_date,
                validity_text=parent.validity_text,
                validity_basis=f"随印发它的{book(parent.title)}（{parent.validity_basis}）",
            )
    for doc in list(by_id.values()):
        if doc.parent_id:
            parent = by_id[doc.parent_id]
            updated = replace(parent, children=parent.children + (doc.doc_id,))
            if parent.effective_date is None and parent.expiry_date is None and (
                doc.effective_date or doc.expiry_date
            ):
                updated = replace(
                    updated,
                    effective_date=doc.effective_date,
                    expiry_date=doc.expiry_date,
                    validity_text=doc.validity_text,
                    validity_basis=f"随所印发的{book(doc.title)}",
                )
            by_id[parent.doc_id] = updated
    documents = [by_id[d.doc_id] for d in documents]

    for doc in documents:
        doc_articles = [a for a in articles if a.doc_id == doc.doc_id]
        chunks.extend(chunk_document(doc, doc_articles, chunk_max_chars))
    return ParsedFile(name, encoding, tuple(documents), tuple(articles), tuple(chunks), tuple(warnings))
