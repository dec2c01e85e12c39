"""Stage 2 — segment: one normalized file → the documents it holds, one after another.

A document starts at a title block: one or more short lines without sentence
punctuation (a title wrapped across lines is one block) whose text ends in a
document type (通知, 办法, 意见, 方案, 措施, 计划, 指南, 解读 …), followed by what
opens a document (a 文号, an addressee line, a chapter, body text).  Lines before
the first title are the page header.  A file whose text starts without a title
holds an untitled document there (its title may come from corpus/fixes.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import Line, NormalizedFile, PageField

DOC_TYPES = (
    "通知", "办法", "意见", "方案", "措施", "计划", "指南", "规定", "细则", "决定", "通告",
    "公告", "解读", "规程", "条例", "纲要", "规划", "标准", "目录", "函", "批复",
)  # fmt: skip
TITLE_SUFFIX = re.compile(
    r"(" + "|".join(DOC_TYPES) + r")(（[^（）]{1,20}）)?$"
)
HEADING_MARKER = re.compile(
    r"^(第[一二三四五六七八九十百零〇]+[章条节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、](?!\d)|（\d{1,2}）)"
)
DOC_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,14}〔(19|20)\d{2}〕\d{1,4}号$")
DATE_LINE = re.compile(r"^(19|20)\d{2}年\d{1,2}月\d{1,2}日$")
_MAX_TITLE_LINE = 60
_MAX_TITLE = 120


@dataclass(frozen=True)
class Segment:
    """The lines of one document, before metadata and articles are read from them."""

    file: str
    title: str | None
    title_lines: tuple[Line, ...]
    lines: tuple[Line, ...]  # the body: every line after the title block
    fields: tuple[PageField, ...]  # page fields that describe this document
    header: tuple[Line, ...] = ()  # page-header lines before the first title (first segment only)

    @property
    def start(self) -> int:
        first = self.title_lines[0] if self.title_lines else self.lines[0]
        return first.start

    @property
    def end(self) -> int:
        last = self.lines[-1] if self.lines else self.title_lines[-1]
        return last.end


def _title_like(text: str, continuation: bool = False) -> bool:
    """A line that can be (part of) a title; a wrapped title's tail may be short."""
    if continuation and re.match(r"^（[^（）]{1,10}）", text):
        text = "题" + text  # "（工种）的通知" continues a title
    return (
        (2 if continuation else 4) <= len(text) <= _MAX_TITLE_LINE
        and not re.search(r"[。，；：:！？]", text)
        and not HEADING_MARKER.match(text)
        and not DATE_LINE.match(text)
        and not DOC_NUMBER_LINE.match(text)
        and not text.startswith(("各", "（"))
        and not re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", text)  # a signature with its date
    )


def _title_block(lines: tuple[Line, ...], i: int) -> int:
    """Number of lines in a title block starting at ``i`` (0 if none)."""
    text = ""
    j = i
    while j < len(lines) and _title_like(lines[j].text, continuation=j > i) and len(text) < _MAX_TITLE:
        text += lines[j].text
        j += 1
        if TITLE_SUFFIX.search(text) and _opens_document(lines, j, text):
            return j - i
    return 0


def _opens_document(lines: tuple[Line, ...], j: int, title: str) -> bool:
    """What follows a title: a 文号, addressee, chapter, article, note, or body text."""
    if j >= len(lines):
        return False
    text = lines[j].text
    if _is_dateline(title, text):
        return True
    if DATE_LINE.match(text):
        return False
    if DOC_NUMBER_LINE.match(text) or text.startswith("各") or text.endswith("："):
        return True
    if re.match(r"^(第一[章条]|一、|（本文有删减）)", text):
        return True
    if _title_like(text):
        return False
    return "。" in text or "，" in text


def _is_dateline(title: str, text: str) -> bool:
    """The title repeated with its date: 关于…的意见（2024年8月17日）."""
    return text.startswith(title) and re.search(r"（\d{4}年\d{1,2}月\d{1,2}日）$", text) is not None


def segment(file: NormalizedFile) -> list[Segment]:
    lines = file.lines
    starts: list[tuple[int, int]] = []  # (line index, title block length)
    i = 0
    while i < len(lines):
        n = _title_block(lines, i)
        if n and starts and starts[-1][0] + starts[-1][1] == i:
            prev = "".join(l.text for l in lines[starts[-1][0] : i])
            if _is_dateline(prev, "".join(l.text for l in lines[i : i + n])):
                n = 0  # the title repeated with its date belongs to the body
        if n:
            starts.append((i, n))
            i += n
        else:
            i += 1

    segments: list[Segment] = []
    first = starts[0][0] if starts else len(lines)
    header = lines[:first]
    header_fields = tuple(f for f in file.fields if not lines or f.line < (lines[first].start if first < len(lines) else 10**9))
    # Body text before the first title is an untitled document (the page lost its title).
    if sum(1 for l in header if "。" in l.text) >= 2:
        segments.append(Segment(file.name, None, (), header, header_fields))
        header = ()
    for k, (idx, n) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = lines[idx + n : stop]
        title = "".join(l.text for l in lines[idx : idx + n])
        span_start = lines[idx].start
        span_end = lines[stop - 1].end if stop - 1 >= idx else span_start
        next_start = lines[stop].start if stop < len(lines) else 10**9
        fields = tuple(f for f in file.fields if span_start <= f.line < next_start)
        if k == 0 and not segments:
            fields = header_fields + fields
        segments.append(
            Segment(
                file.name,
                title,
                tuple(lines[idx : idx + n]),
                tuple(body),
                fields,
                header=tuple(header) if k == 0 and not segments else (),
            )
        )
        del span_end
    return segments
