"""Stage 4 — chunk: articles → retrieval units with their heading chain as context.

A chunk is the smallest meaningful article unit: one article's own text, or, for a
long article, a run of whole sentences of it.  Its text is an exact substring of
the document text (citations quote it verbatim); the title and heading chain
travel beside it as ``context`` for retrieval only.  A heading-only article makes
no chunk of its own: its heading is in its children's context.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.periods import stated_end
from assistant.schema import Article, Chunk, Document

# A sentence, or a line that ends without one (a heading, an addressee line ending in ：).
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+(?=\n|$)")


def clause_expiry(text: str) -> tuple[date | None, str | None]:
    """A period stated inside one clause: 执行期限至2024年12月31日, 延续至2022年底
    (``assistant.periods.stated_end``, the one reader the rules use too).

    >>> clause_expiry("…返还，执行期限至2024年12月31日。")[0]
    datetime.date(2024, 12, 31)
    >>> clause_expiry("此政策延续至2022年底。")[0]
    datetime.date(2022, 12, 31)
    """
    found = stated_end(text)
    return (found.end, found.phrase) if found else (None, None)


def _parts(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Split into runs of whole sentences of at most ``max_chars`` (a longer sentence stays whole)."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    parts: list[list[int]] = []
    for start, end in spans:
        if parts and end - parts[-1][0] <= max_chars:
            parts[-1][1] = end
        else:
            parts.append([start, end])
    # a short tail joins the previous part
    if len(parts) > 1 and parts[-1][1] - parts[-1][0] < max_chars // 4:
        tail = parts.pop()
        parts[-1][1] = tail[1]
    return [(a, b) for a, b in parts]


def is_heading_only(article: Article) -> bool:
    body = article.text[len(article.marker) :].strip()
    return article.marker != "" and body == article.heading and "。" not in body


def chunk_document(doc: Document, articles: list[Article], max_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for article in articles:
        if is_heading_only(article) or not article.text.strip():
            continue
        context = " › ".join((doc.title,) + article.chain + ((article.marker + article.heading,) if article.heading else ()))
        for start, end in _parts(article.text, max_chars):
            while start < end and article.text[start] in " \n":
                start += 1
            text = article.text[start:end].strip()
            if not text:
                continue
            base = f"{doc.doc_id}:{article.path}"
            part = seen.get(base, 0)
            seen[base] = part + 1
            expiry, expiry_text = clause_expiry(text)
            abs_start = article.start + start
            chunks.append(
                Chunk(
                    chunk_id=base if part == 0 else f"{base}#{part + 1}",
                    doc_id=doc.doc_id,
                    article=article.path,
                    part=part,
                    text=text,
                    start=abs_start,
                    end=abs_start + len(text),
                    context=context,
                    title=doc.title,
                    region=doc.region,
                    province=doc.province,
                    doc_number=doc.doc_number,
                    clause_expiry=expiry,
                    clause_expiry_text=expiry_text,
                )
            )
    return chunks
