"""Stage 2b — read a segment's metadata: issuer, 文号, dates, region, validity.

Evidence in order of trust: the reviewed overrides (corpus/fixes.yaml), the
government page's own metadata table, the document's header lines (文号 under the
title, a dated title), its signature block, its title, then its body text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import cn2an

from assistant.regions import NATIONAL, region_code, regions
from ingest.fixes import DocumentOverride
from ingest.normalize import Line, gov_fields_present, normalize_line
from ingest.segment import DATE_LINE, DOC_NUMBER_LINE, DOC_TYPES, Segment

ORGAN_SUFFIX = (
    r"(?:部|厅|局|委|办|办公室|办公厅|政府|委员会|总工会|联合会|科学院|小组办公室|领导小组|网信办|国资委|数据局)"
)
_DATE = r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
_SIGNATURE = re.compile(rf"^(?P<organs>[\u4e00-\u9fff“”（）、 ]{{2,120}}?)?(?P<date>{_DATE})?$")
_TRAILER = re.compile(r"^（(此件|联系单位|本文有删减|此件公开发布)[^）]*）$")


@dataclass(frozen=True)
class Metadata:
    title: str
    title_source: str
    issuer: str | None
    doc_number: str | None
    region: str
    province: str | None
    level: str
    doc_type: str | None
    issued_date: date | None
    published_date: date | None
    effective_date: date | None
    expiry_date: date | None
    validity_text: str | None
    validity_basis: str | None
    source_url: str | None
    signature_lines: tuple[int, ...]  # indexes into segment.lines that are signature/trailer
    notes: tuple[str, ...] = field(default=())


def parse_date(text: str) -> date | None:
    """'2022年11月17日' / '2023-12-11' / '2023年09月13日' → date.

    >>> parse_date("2023年09月13日"), parse_date("2023-12-11")
    (datetime.date(2023, 9, 13), datetime.date(2023, 12, 11))
    """
    m = re.search(_DATE, text) or re.search(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def doc_type_of(title: str) -> str | None:
    bare = re.sub(r"（[^（）]*）$", "", title)
    for kind in sorted(DOC_TYPES, key=len, reverse=True):
        if bare.endswith(kind):
            return "政策解读" if kind == "解读" else kind
    return None


def _signature(lines: tuple[Line, ...]) -> tuple[list[int], str | None, date | None]:
    """The signature block at the end of a segment: organ lines and a date line.

    Returns (line indexes, issuer, date).  Trailing notes such as （此件主动公开）
    are part of the block.
    """
    idx = len(lines) - 1
    taken: list[int] = []
    while idx >= 0 and _TRAILER.match(lines[idx].text):
        taken.append(idx)
        idx -= 1
    organs: list[str] = []
    day = None
    # a date line, or organs+date on one line, possibly preceded by organ lines
    for _ in range(6):
        if idx < 0:
            break
        text = lines[idx].text
        if day is None and DATE_LINE.match(text):
            day = parse_date(text)
            taken.append(idx)
            idx -= 1
            continue
        m = re.match(rf"^(.{{2,120}}?){_DATE}$", text)
        if day is None and m and not re.search(r"[。，；：]", m.group(1)):
            day = parse_date(text)
            organs.insert(0, m.group(1))
            taken.append(idx)
            idx -= 1
            continue
        if (
            len(text) <= 60
            and not re.search(r"[。，；：]", text)
            and not re.match(r"^(第[一二三四五六七八九十]+[章条]|[一二三四五六七八九十]+、|（)", text)
            and (day is not None or re.search(ORGAN_SUFFIX + r"$", text))
        ):
            organs.insert(0, text)
            taken.append(idx)
            idx -= 1
            continue
        break
    if day is None and not organs:
        return [], None, None
    return sorted(taken), _join_organs(organs), day


def _join_organs(lines: list[str]) -> str | None:
    """Signature lines → issuer: one space between organs, none inside a wrapped name.

    >>> _join_organs(["江西省人力资源和社会保障厅江西省财政厅", "江西省教育厅"])
    '江西省人力资源和社会保障厅江西省财政厅 江西省教育厅'
    >>> _join_organs(["晋中市“人人持证、技能社会”", "建设领导小组办公室"])
    '晋中市“人人持证、技能社会”建设领导小组办公室'
    """
    issuer = ""
    for line in (l.strip() for l in lines):
        if issuer and re.search(ORGAN_SUFFIX + "$", issuer):
            issuer += " "
        issuer += line
    return issuer or None


def _issuer_from_title(title: str) -> str | None:
    m = re.match(rf"^(.{{2,60}}?{ORGAN_SUFFIX}|.{{2,40}}?等[一二三四五六七八九十]*部门)(关于|印发)", title)
    return m.group(1) if m else None


_VALIDITY = [
    (
        re.compile(rf"自{_DATE}(?:起)?施行(?:[，,]?有效期([一二三四五六七八九十\d]+)年)?"),
        "stated",
    ),
    (re.compile(r"自(?:公布|发布|印发)之日起(\d+)日后施行"), "days_after_publication"),
    (re.compile(r"自(?:公布|发布|印发)之日起施行"), "on_publication"),
]
_EXPIRY = re.compile(rf"有效期至{_DATE}")


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in "。\n；") + 1
    rights = [p for p in (text.find(c, end) for c in "。\n") if p != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def validity(text: str, issued: date | None) -> tuple[date | None, date | None, str | None, str | None]:
    """(effective, expiry, sentence, basis) from what the text states.

    >>> validity("本通知自2022年12月28日施行，有效期5年。", None)[:2]
    (datetime.date(2022, 12, 28), datetime.date(2027, 12, 27))
    >>> validity("本办法自公布之日起30日后施行。", date(2022, 11, 17))[:2]
    (datetime.date(2022, 12, 17), None)
    """
    effective = expiry = None
    sentence = basis = None
    for pattern, kind in _VALIDITY:
        m = pattern.search(text)
        if not m:
            continue
        sentence = _sentence(text, m.start(), m.end())
        if kind == "stated":
            effective = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if m.group(4):
                expiry = add_years(effective, _number(m.group(4))) - timedelta(days=1)
            basis = "text"
        elif kind == "days_after_publication" and issued:
            effective = issued + timedelta(days=int(m.group(1)))
            basis = f"公布之日（按成文日期 {issued.isoformat()} 计）起{m.group(1)}日后施行"
        elif kind == "on_publication" and issued:
            effective = issued
            basis = f"自发布之日起施行（按成文日期 {issued.isoformat()} 计）"
        break
    m = _EXPIRY.search(text)
    if m:
        expiry = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        sentence = sentence or _sentence(text, m.start(), m.end())
        basis = basis or "text"
    return effective, expiry, sentence, basis


def _region_from_body(text: str) -> str | None:
    """The province a body speaks for: its own province named alongside 我省/全省."""
    if not re.search(r"我省|全省|本省|我市|全市", text):
        return None
    counts: dict[str, int] = {}
    for province, city, _ in regions().find(text):
        key = city or province
        counts[key] = counts.get(key, 0) + (2 if city is None else 1)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


def _region_from_name(name: str) -> str | None:
    """The region an issuer or title names first (a city before its province)."""
    found = regions().find(name[:40])
    if not found:
        return None
    province, city, _ = found[0]
    return city or province


def read_metadata(
    segment: Segment,
    override: DocumentOverride | None = None,
    parent: Metadata | None = None,
) -> Metadata:
    values = dict(override.values) if override else {}
    notes: list[str] = []
    title = values.get("title") or segment.title
    title_source = "override" if values.get("title") and values.get("title") != segment.title else "text"
    if not title:
        raise ValueError("no title")

    gov = gov_fields_present(segment.fields)
    fields = {f.label: normalize_line(f.value) for f in segment.fields if f.value}
    if not gov:
        fields = {k: v for k, v in fields.items() if k == "原文链接"}

    lines = segment.lines
    # 文号 and a dated title right under the title
    doc_number = values.get("doc_number")
    dateline = None
    for line in lines[:2]:
        if doc_number is None and DOC_NUMBER_LINE.match(line.text):
            doc_number = line.text
        m = re.search(rf"（{_DATE}）$", line.text)
        if m and line.text.startswith(title[:10]):
            dateline = parse_date(line.text)
    doc_number = doc_number or fields.get("发文字号") or fields.get("文号") or None
    if doc_number:
        doc_number = re.sub(r"\s+", "", doc_number)

    sig_idx, sig_issuer, sig_date = _signature(lines)
    issuer = (
        values.get("issuer")
        or fields.get("发文机关")
        or fields.get("发布机构")
        or _issuer_from_title(title)
        or sig_issuer
        or (parent.issuer if parent else None)
    )
    issued = (
        parse_date(values["issued_date"]) if values.get("issued_date") else None
    ) or sig_date or parse_date(fields.get("成文日期", "")) or dateline
    if issued is None and parent is not None:
        issued = parent.issued_date
    published = parse_date(fields.get("发布日期", "") or fields.get("发布时间", ""))

    body = "\n".join(l.text for l in lines)
    effective, expiry, validity_text, basis = validity(body, issued)
    page_effective = parse_date(fields.get("生效日期", "")) if fields.get("生效日期") else None
    if effective is None and page_effective is not None and published == page_effective and issued is not None and issued < page_effective:
        # a portal's “生效日期” that is only the day it put the page up (its 发布时间, months after the document was
        # issued and sent out to be carried out) is no date the document set: it applies from its issue
        effective = issued
        basis = f"页面“生效日期”{page_effective.isoformat()}即页面发布时间，晚于成文日期；按成文日期 {issued.isoformat()} 起施行"
    elif effective is None and page_effective is not None:
        effective = page_effective
        basis = "页面“生效日期”"
    if expiry is None and fields.get("废止日期"):
        expiry = parse_date(fields["废止日期"])

    # region: override, issuer, title, 文号, parent, body
    region = values.get("region")
    table = regions()
    if region is None and issuer and table.is_national_issuer(issuer):
        region = NATIONAL
    region = region or (_region_from_name(issuer) if issuer else None) or _region_from_name(title)
    if region is None and doc_number:
        region = table.from_doc_number(doc_number)
    if region is None and parent is not None:
        region = parent.region
    if region is None:
        region = _region_from_body(body)
        if region:
            notes.append(f"地区据正文推定（{region}）")
    if region is None:
        region = NATIONAL if issuer and table.is_national_issuer(issuer) else "未知"
    if region == NATIONAL:
        province, level = None, "national"
    elif table.province(region):
        province, level = table.province(region).name, "provincial"
    else:
        province, level = table.province_of_city(region), "municipal"

    return Metadata(
        title=title,
        title_source=title_source,
        issuer=issuer,
        doc_number=doc_number,
        region=region,
        province=province,
        level=level,
        doc_type=doc_type_of(title),
        issued_date=issued,
        published_date=published,
        effective_date=effective,
        expiry_date=expiry,
        validity_text=validity_text,
        validity_basis=basis,
        source_url=fields.get("原文链接"),
        signature_lines=tuple(sig_idx),
        notes=tuple(notes),
    )


def make_doc_id(meta: Metadata) -> str:
    """Stable id: region code, year, and a hash of region, title and 文号.

    >>> len(make_doc_id.__doc__) > 0
    True
    """
    year = meta.issued_date.year if meta.issued_date else "nd"
    key = f"{meta.region}|{meta.title}|{meta.doc_number or ''}"
    return f"{region_code(meta.region)}-{year}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
