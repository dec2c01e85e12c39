"""Stage 1 — normalize: raw text → clean Simplified lines that remember their source lines.

In order:
1. the reviewed repairs of corpus/fixes.yaml (on the raw text, so they match grep);
2. OpenCC ``t2s`` (phrase-aware Traditional→Simplified; a no-op on Simplified text);
3. per line: Unicode clean-up, web-page fields captured then dropped with the rest
   of the page chrome, 文号 brackets to 〔YYYY〕N号, full-width punctuation between
   Chinese characters, stray spaces removed, quotation marks paired;
4. hard-wrapped lines (a sentence broken across two lines by PDF extraction) rejoined.

Every output line keeps the raw line numbers it came from, so documents can
report their source span.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from assistant.text import SPACES, normalize_line, to_simplified  # noqa: F401  (re-exported: one normalizer)
from ingest.fixes import FixTable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Line:
    text: str
    start: int  # raw line number, 1-based
    end: int  # raw line number of the last raw line joined into this one


@dataclass(frozen=True)
class PageField:
    label: str
    value: str
    line: int


@dataclass(frozen=True)
class NormalizedFile:
    name: str
    lines: tuple[Line, ...]  # blank lines dropped
    fields: tuple[PageField, ...] = ()
    converted_chars: int = 0  # characters changed by Traditional→Simplified
    chrome_lines: tuple[int, ...] = ()
    notes: tuple[str, ...] = field(default=())


# --- page chrome --------------------------------------------------------------

# Labelled fields of government disclosure pages and news sites.  Captured as
# metadata, then the line is dropped.
FIELD_LABELS = (
    "索引号", "发布机构", "发文机关", "生效日期", "废止日期", "失效时间", "发文字号", "文号",
    "所属主题", "主题分类", "标题", "成文日期", "发布日期", "发布时间", "来源", "浏览次数",
    "阅读次数", "原文链接",
)  # fmt: skip
# Pages space out short labels to align them (文  号, 标  题): allow spaces inside any label.
_LABELS = "|".join(r"\s*".join(label) for label in sorted(FIELD_LABELS, key=len, reverse=True))
_FIELD_RE = re.compile(rf"(?P<label>{_LABELS})\s*[:：]\s*(?P<value>.*?)(?=\s*(?:{_LABELS})\s*[:：]|$)")
# Lines that are page furniture, not document text (why: each is navigation,
# contact details, a counter or a print/font button of the site the text was
# scraped from).
CHROME_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"^[\d\-\s()（）]{7,}$",  # a phone number alone
        r"^(联系方式|政策文件|全文检索|用户登录|网站首页)$",
        r"^(地址|电话|邮编|传真)[:：]",
        r"^(地址|电话)$",
        r"^首页\s*[>＞]",  # breadcrumb
        r"进入适老模式|无障碍阅读",
        r"【\s*(打印正文|字体|关闭窗口|打印本页)",
        r"^[×xX✕]$",
        r"^\\?\*[^*]{1,20}\\?\*$",  # a category label such as \*数字经济类\*
        r"^https?://\S+$",  # a bare address
        r"来看[!！]$",  # an aggregator's headline
    )
)
_GOV_FIELDS = {"索引号", "发布机构", "发文机关", "生效日期", "废止日期", "失效时间", "发文字号", "文号", "成文日期", "标题"}


def _page_fields(text: str, line_no: int) -> list[PageField]:
    return [
        PageField(m.group("label").replace(" ", ""), m.group("value").strip(), line_no)
        for m in _FIELD_RE.finditer(text)
    ]


def is_chrome(text: str) -> bool:
    return any(p.search(text) for p in CHROME_PATTERNS)


_SENTENCE_END = "。；！？：”）》…"
_HEADING_START = re.compile(
    r"^(第[一二三四五六七八九十百零〇]+[章条节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|（\d+）)"
)


def _rejoin_hard_wraps(lines: list[Line]) -> list[Line]:
    """Join a body line that stops mid-sentence with the line that continues it.

    Only lines with sentence punctuation inside (body text, not titles or
    signatures) that end on a Chinese character, followed directly (no blank line)
    by a line that is not a numbered heading.
    """
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end + 1 == line.start
            and ("，" in prev.text or "。" in prev.text)
            and re.search(r"[\u4e00-\u9fff]$", prev.text)
            and not _HEADING_START.match(line.text)
            and re.match(r"[\u4e00-\u9fff“]", line.text)
        ):
            out[-1] = Line(prev.text + line.text, prev.start, line.end)
        else:
            out.append(line)
    return out


def normalize_text(name: str, text: str, fixes: FixTable | None = None) -> NormalizedFile:
    """Normalize one decoded source file."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if fixes is not None:
        raw_lines = fixes.apply(name, raw_lines)
    joined = "\n".join(raw_lines)
    simplified = to_simplified(joined)
    converted = sum(1 for a, b in zip(joined, simplified) if a != b)
    fields: list[PageField] = []
    chrome: list[int] = []
    lines: list[Line] = []
    pending_url_label: int | None = None
    for no, raw in enumerate(simplified.split("\n"), start=1):
        stripped = raw.translate(SPACES).strip()
        if not stripped:
            continue
        if pending_url_label is not None and re.match(r"^https?://\S+$", stripped):
            fields.append(PageField("原文链接", stripped, pending_url_label))
            chrome.append(no)
            pending_url_label = None
            continue
        found = _page_fields(stripped, no)
        if found and _FIELD_RE.match(stripped):
            fields.extend(found)
            chrome.append(no)
            if any(f.label == "原文链接" and not f.value for f in found):
                pending_url_label = no
            continue
        if is_chrome(stripped):
            chrome.append(no)
            continue
        line = normalize_line(stripped)
        if line:
            lines.append(Line(line, no, no))
    lines = _rejoin_hard_wraps(lines)
    notes = []
    if converted:
        notes.append(f"繁体转简体 {converted} 字")
    return NormalizedFile(
        name=name,
        lines=tuple(lines),
        fields=tuple(fields),
        converted_chars=converted,
        chrome_lines=tuple(chrome),
        notes=tuple(notes),
    )


def gov_fields_present(fields: tuple[PageField, ...] | list[PageField]) -> bool:
    """True when the page header is a government disclosure table describing the document."""
    return len({f.label for f in fields} & _GOV_FIELDS) >= 2
