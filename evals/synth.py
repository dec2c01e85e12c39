"""Synthetic corpora for the scale benchmark: the real documents, re-issued by other regions.

A *variant* re-issues every seed document under another region of
``assistant/data/regions.yaml``, as a coherent document of that region:

- the source region's names are replaced throughout (浙江省 → 江苏省, 浙江 → 江苏, its
  cities → the target's cities), a provincial document re-issued by a city speaks as a
  city (我省 → 我市, 全省 → 全市, 人力资源和社会保障厅 → 局), and a national document
  is re-issued by a province or city (人力资源社会保障部 → 江苏省人力资源社会保障厅);
- 文号 prefixes follow the issuer (浙人社发〔2022〕16号 → 苏人社发〔2021〕19号);
- every year moves by the variant's shift (dates, 文号, titles, validity periods), and
  every amount in 元 is scaled by the variant's factor.

So BM25 statistics stay realistic (the vocabulary and lengths of real policy text),
and the original documents keep their ids: the QA set's expected articles must still
win among the decoys.  Variants are written as raw files into a new corpus directory
(the seed files, their repair table, and the variants) and go through the normal
``policy ingest`` path.  Variant files are already repaired and Simplified, so they
need no entry in ``fixes.yaml`` beyond the document overrides the seed files need.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

from assistant.config import Settings
from assistant.regions import NATIONAL, Province, regions

logger = logging.getLogger(__name__)

# Each shift and factor is used in turn; never 0 or 1, so no variant copies a seed date or amount.
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3, -4, 4)
AMOUNT_FACTORS = ("0.8", "1.2", "0.9", "1.1", "1.5", "0.7", "1.3", "0.6")
# Target regions with no 文号 prefix of their own (not issuers in this domain).
_EXCLUDED = {"香港特别行政区", "澳门特别行政区", "台湾省"}

# National organs → the target's counterpart; "{t}" is the target's name, "{o}" 厅 or 局.
_NATIONAL_ORGANS = {
    "中共中央办公厅": "中共{t}委办公厅",
    "国务院办公厅": "{t}人民政府办公厅",
    "中共中央组织部": "中共{t}委组织部",
    "中央网信办": "中共{t}委网信办",
    "人力资源社会保障部": "{t}人力资源社会保障{o}",
    "人力资源和社会保障部": "{t}人力资源和社会保障{o}",
    "工业和信息化部": "{t}工业和信息化{o}",
    "国家发展改革委": "{t}发展改革委",
    "国家发展和改革委员会": "{t}发展和改革委员会",
    "国家数据局": "{t}数据局",
    "财政部": "{t}财政{o}",
    "教育部": "{t}教育{o}",
    "科技部": "{t}科技{o}",
    "全国": "全{l}",
    "各省、自治区、直辖市": "各市、县（市、区）",
}
# A province's wording when a city re-issues its document.
_PROVINCE_TO_CITY = {
    "我省": "我市",
    "全省": "全市",
    "本省": "本市",
    "省级": "市级",
    "省委": "市委",
    "省政府": "市政府",
    "省人民政府": "市人民政府",
    "人力资源和社会保障厅": "人力资源和社会保障局",
    "人力资源社会保障厅": "人力资源社会保障局",
    "人社厅": "人社局",
    "财政厅": "财政局",
    "教育厅": "教育局",
    "各省辖市、济源示范区": "各县（市、区）",
    "各市、县（市、区）": "各县（市、区）",
    "各市（州）": "各县（市、区）",
    "各市(州)": "各县(市、区)",
}
_DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10})(?P<open>\s*[〔\[\(（［【]\s*)(?P<year>(?:19|20)\d{2})"
    r"(?P<close>\s*[〕\]\)）］】]\s*)(?P<num>\d{1,4})(?P<tail>\s*号)"
)
_YEAR_OR_DATE = re.compile(
    r"(?<!\d)(?P<dy>(?:19|20)\d{2})年(?P<dm>\d{1,2})月(?P<dd>\d{1,2})日"
    r"|(?<!\d)(?P<y>(?:19[89]|20[0-4])\d)(?=\s*(?:年|〕|\]|）|\)|-|—|－|至|/|\.\d))"
)
_YEARED = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(\s*)(亿元|万元|元)")


@dataclass(frozen=True)
class Target:
    """A region that re-issues documents: a province, or a city of one."""

    name: str  # 江苏省 / 苏州市 / 北京市
    short: str  # 江苏 / 苏州 / 北京
    prefix: str  # opens its 文号: 苏 / 苏州 / 京
    province: Province
    city: bool

    @property
    def organ_suffix(self) -> str:
        """厅 for a province's departments, 局 for a city's (and a municipality's)."""
        return "局" if self.city or self.name.endswith("市") else "厅"


@dataclass(frozen=True)
class Variant:
    number: int
    target: Target
    year_shift: int
    amount_factor: Decimal
    round: int = 0  # 0: each region once; later rounds re-issue as revisions (titles say so)

    @property
    def tag(self) -> str:
        return f"v{self.number:04d}"


@dataclass(frozen=True)
class SeedDocument:
    file: str
    title: str
    region: str
    line_start: int
    line_end: int
    chunks: int
    title_lines: tuple[int, ...] = ()  # raw line numbers of its title block
    inner: str | None = None  # the title of the measure this notice issues, when its title contains it


@dataclass(frozen=True)
class SeedFile:
    name: str
    lines: tuple[str, ...]  # repaired, Simplified raw lines (1:1 with the raw file)
    owner: tuple[int, ...]  # per line: index into documents of the document it belongs to


@dataclass(frozen=True)
class Seed:
    settings: Settings
    files: tuple[SeedFile, ...]
    documents: tuple[SeedDocument, ...]
    fixes: dict  # the seed corpus's fixes.yaml

    @property
    def chunks(self) -> int:
        return sum(d.chunks for d in self.documents)


@dataclass(frozen=True)
class SynthCorpus:
    corpus_dir: Path
    variants: int
    files: int
    estimated_chunks: int


def targets() -> list[Target]:
    """Every province, then every city, in the order of regions.yaml."""
    table = regions()
    province_prefixes = {x for p in table.provinces for x in p.prefixes}
    out: list[Target] = []
    for p in table.provinces:
        if p.name not in _EXCLUDED and p.prefixes:
            out.append(Target(p.name, p.short[0], p.prefixes[0], p, city=False))
    for p in table.provinces:
        if p.name in _EXCLUDED:
            continue
        for c in p.cities:
            prefix = c[:2] if c[0] in province_prefixes else c[0]
            out.append(Target(c + "市", c, prefix, p, city=True))
    return out


def load_seed(settings: Settings) -> Seed:
    """Parse the seed corpus as ingest does; keep each file's repaired lines and who owns them."""
    from ingest.fixes import FixTable
    from ingest.normalize import to_simplified
    from ingest.normalize import normalize_text
    from ingest.parse import parse_file
    from ingest.pipeline import raw_files
    from ingest.readers import decode
    from ingest.segment import segment

    fixes = FixTable.load(settings.fixes_file)
    files: list[SeedFile] = []
    documents: list[SeedDocument] = []
    for path in raw_files(settings):
        data = path.read_bytes()
        parsed = parse_file(path.name, data, fixes, settings.chunk_max_chars)
        text, _ = decode(data, path.name)
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        lines = to_simplified("\n".join(fixes.apply(path.name, raw))).split("\n")
        titles = {
            seg.start: tuple(range(seg.title_lines[0].start, seg.title_lines[-1].end + 1))
            for seg in segment(normalize_text(path.name, text, fixes))
            if seg.title_lines
        }
        first = len(documents)
        by_id = {d.doc_id: d for d in parsed.documents}
        for doc in sorted(parsed.documents, key=lambda d: d.line_start):
            count = sum(1 for c in parsed.chunks if c.doc_id == doc.doc_id)
            inner = next((by_id[c].title for c in doc.children if c in by_id and by_id[c].title in doc.title), None)
            documents.append(
                SeedDocument(
                    path.name, doc.title, doc.region, doc.line_start, doc.line_end, count,
                    titles.get(doc.line_start, ()), inner,
                )
            )
        mine = list(range(first, len(documents)))
        owner = []
        for no in range(1, len(lines) + 1):
            # a line before a document (its page header) belongs to the document after it
            after = [i for i in mine if documents[i].line_end >= no]
            owner.append(after[0] if after else mine[-1])
        files.append(SeedFile(path.name, tuple(lines), tuple(owner)))
    raw_fixes = yaml.safe_load(settings.fixes_file.read_text(encoding="utf-8")) if settings.fixes_file.exists() else {}
    return Seed(settings, tuple(files), tuple(documents), raw_fixes or {})


def plan(count: int) -> list[Variant]:
    """``count`` variants: every target region once per round, a new year shift each round."""
    regions_ = targets()
    out = []
    for n in range(count):
        round_, i = divmod(n, len(regions_))
        out.append(
            Variant(
                number=n + 1,
                target=regions_[i],
                year_shift=YEAR_SHIFTS[(n + round_) % len(YEAR_SHIFTS)],
                amount_factor=Decimal(AMOUNT_FACTORS[n % len(AMOUNT_FACTORS)]),
                round=round_,
            )
        )
    return out


# --------------------------------------------------------------- rewriting
def _source(region: str) -> tuple[Province | None, str | None]:
    """(province, city or None) of a seed document's region; (None, None) for national."""
    table = regions()
    if region == NATIONAL:
        return None, None
    p = table.province(region)
    if p is not None:
        return p, None
    name = table.province_of_city(region)
    return (table.province(name) if name else None), region.removesuffix("市")


def _city_for(variant: Variant, source_city: str | None) -> tuple[str, str]:
    """(name, short) a seed city document moves to: the target city, or one of the target province's."""
    t = variant.target
    if t.city or not t.province.cities:
        return t.name, t.short
    c = t.province.cities[variant.number % len(t.province.cities)]
    return c + "市", c


def target_region(variant: Variant, region: str) -> str:
    """The region a seed document of ``region`` belongs to in this variant."""
    province, city = _source(region)
    if city is not None:
        return _city_for(variant, city)[0]
    return variant.target.name


def _names(variant: Variant, region: str) -> dict[str, str]:
    """Surface-form replacements for one document (longest match wins, one pass)."""
    t = variant.target
    province, city = _source(region)
    out: dict[str, str] = {}
    if province is None:  # national → the target's own organs
        level = "市" if t.organ_suffix == "局" else "省"
        for src, dst in _NATIONAL_ORGANS.items():
            out[src] = dst.format(t=t.name, o=t.organ_suffix, l=level)
        return out
    if city is not None:  # a city document → a city of the target (its province follows)
        name, short = _city_for(variant, city)
        out[city + "市"] = name
        out[city] = short
        dest_province = t.province
    else:
        dest_province = None
    p_name, p_short = (dest_province.name, dest_province.short[0]) if dest_province else (t.name, t.short)
    out[province.name] = p_name
    for s in province.short:
        if len(s) >= 2:
            out[s] = p_short
    cities = (dest_province or t.province).cities if not t.city else (t.short,)
    for i, c in enumerate(province.cities):
        if c == city:
            continue
        dst = cities[i % len(cities)] if cities else p_short
        out.setdefault(c + "市", dst + "市")
        out.setdefault(c, dst)
    return out


def _sub_all(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def _split_prefix(region: str, prefix: str) -> tuple[str, str | None]:
    """(text before the 文号, the issuer's own 文号 prefix or None when the 文号 is another issuer's)."""
    province, _ = _source(region)
    own = regions().national_prefixes if province is None else province.prefixes
    for i in reversed(range(len(prefix))):  # the last: text before a 文号 may name the province
        if any(prefix.startswith(x, i) for x in own):
            return prefix[:i], prefix[i:]
    return prefix, None


def _doc_number_prefix(variant: Variant, region: str, prefix: str) -> str:
    t = variant.target
    province, _ = _source(region)
    if province is None:
        return t.prefix + prefix.replace("人社部", "人社").replace("厅信", "").replace("部", "").replace("厅", "")
    for own in sorted(province.prefixes, key=len, reverse=True):
        if prefix.startswith(own):
            return t.prefix + prefix[len(own) :]
    return prefix


def _shift_years(text: str, shift: int) -> str:
    """Every year moves by ``shift`` (one pass, so no year moves twice); 29 February becomes the 28th."""

    def on_match(m: re.Match) -> str:
        if m.group("y") is not None:
            return str(int(m.group("y")) + shift)
        year, month, day = int(m.group("dy")) + shift, int(m.group("dm")), int(m.group("dd"))
        try:
            date(year, month, day)
            day_text = m.group("dd")
        except ValueError:  # 29 February in a common year
            day_text = "28"
        return f"{year}年{m.group('dm')}月{day_text}日"

    return _YEAR_OR_DATE.sub(on_match, text)


def _scale_amounts(text: str, factor: Decimal) -> str:
    def scale(m: re.Match) -> str:
        value = Decimal(m.group(1)) * factor
        places = Decimal(1) if "." not in m.group(1) else Decimal(10) ** -len(m.group(1).split(".")[1])
        if places == 1 and value >= 100:
            value = (value / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 10  # round figures stay round
        value = value.quantize(places, rounding=ROUND_HALF_UP)
        return f"{value}{m.group(2)}{m.group(3)}"

    return _AMOUNT.sub(scale, text)


def rewrite(text: str, variant: Variant, region: str) -> str:
    """One seed text (a line, a title, a 文号) as the variant's region would issue it."""
    def number(m: re.Match) -> str:
        before, own = _split_prefix(region, m.group("prefix"))
        if own is None:  # another issuer's 文号, cited: that document is unchanged
            return _rest(before, variant, region) + m.group(0)[len(before) :]
        year = int(m.group("year")) + variant.year_shift
        num = (int(m.group("num")) + 3 * variant.number) % 150 + 1
        prefix = _doc_number_prefix(variant, region, own)
        return f"{_rest(before, variant, region)}{prefix}{m.group('open')}{year}{m.group('close')}{num}{m.group('tail')}"

    parts = []
    last = 0
    for m in _DOC_NUMBER.finditer(text):  # 文号 first, so the name pass below leaves them alone
        parts.append(_rest(text[last : m.start()], variant, region))
        parts.append(number(m))
        last = m.end()
    parts.append(_rest(text[last:], variant, region))
    return "".join(parts)


def _rest(text: str, variant: Variant, region: str) -> str:
    text = _sub_all(text, _names(variant, region))
    province, city = _source(region)
    if province is not None and city is None and variant.target.organ_suffix == "局":
        text = _sub_all(text, _PROVINCE_TO_CITY)
    text = _shift_years(text, variant.year_shift)
    return _scale_amounts(text, variant.amount_factor)


# --------------------------------------------------------------- revisions
def revision(variant: Variant) -> str:
    """What a later round adds to titles, so a region's second issue is not a duplicate."""
    return f"{2020 + variant.round}年修订"


def revised_title(title: str, variant: Variant, inner: str | None = None) -> str:
    """A title as the revision names it; the measure a notice issues (《…》, or ``inner``) is revised with it.

    >>> v = Variant(1, targets()[0], 1, Decimal(1), round=1)
    >>> revised_title("关于印发《就业补助资金管理办法》的通知", v)
    '关于印发《就业补助资金管理办法（2021年修订）》的通知'
    >>> revised_title("关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）", v)
    '关于贯彻实施新时代技能人才职业技能等级制度的意见（试行，2021年修订）'
    """
    if variant.round == 0 or _YEARED.search(title):
        return title  # a title with a year is already new: the round's year shift moved it
    if "》" in title:
        i = title.index("》")
        return _revised_end(title[:i], variant) + title[i:]
    if inner and inner in title:  # 关于印发X的通知 → 关于印发X（2021年修订）的通知, so X stays its child
        return title.replace(inner, _revised_end(inner, variant), 1)
    return _revised_end(title, variant)


def _revised_end(text: str, variant: Variant) -> str:
    stripped = text.rstrip()
    if stripped.endswith(("）", ")")):
        return stripped[:-1] + f"，{revision(variant)}" + stripped[-1]
    return stripped + f"（{revision(variant)}）"


def _revise_lines(lines: list[str], doc: SeedDocument, variant: Variant) -> None:
    """Apply ``revised_title`` to a document's raw title block (and a dated title line after it)."""
    if variant.round == 0 or not doc.title_lines or _YEARED.search(doc.title):
        return
    block = [n - 1 for n in doc.title_lines if 0 < n <= len(lines)]
    closing = next((i for i in block if "》" in lines[i]), None)
    if closing is not None:
        line = lines[closing]
        j = line.index("》")
        lines[closing] = _revised_end(line[:j], variant) + line[j:]
        return
    inner = rewrite(doc.inner, variant, doc.region) if doc.inner else None
    holder = next((i for i in block if inner and inner in lines[i]), None)
    if holder is not None:
        lines[holder] = lines[holder].replace(inner, _revised_end(inner, variant), 1)
        return
    last = max(i for i in block if lines[i].strip()) if any(lines[i].strip() for i in block) else None
    if last is None:
        return
    old = lines[last].strip()
    lines[last] = _revised_end(lines[last], variant)
    for k in range(last + 1, min(last + 4, len(lines))):  # 关于…的意见（2024年8月17日）repeats the title
        if lines[k].strip().startswith(old):
            lines[k] = lines[last].strip() + lines[k].strip()[len(old) :]
            break


# --------------------------------------------------------------- writing
def _omitted(variant: Variant, doc: SeedDocument) -> bool:
    """A document the variant would re-issue in its own region is left out (no near-twin decoys)."""
    return target_region(variant, doc.region) == doc.region


def variant_text(seed_file: SeedFile, seed: Seed, variant: Variant) -> str:
    lines = []
    for line, owner in zip(seed_file.lines, seed_file.owner):
        doc = seed.documents[owner]
        lines.append("" if _omitted(variant, doc) else rewrite(line, variant, doc.region))
    for owner in sorted(set(seed_file.owner)):
        if not _omitted(variant, seed.documents[owner]):
            _revise_lines(lines, seed.documents[owner], variant)
    return "\n".join(lines)


def _override_for(entry: dict, seed: Seed, variant: Variant, name: str) -> dict | None:
    """A seed document override, rewritten for the variant file (same line, rewritten values)."""
    docs = [d for d in seed.documents if d.file == entry["file"]]
    if entry.get("line") is not None:
        doc = next((d for d in docs if d.line_start == entry["line"]), docs[0])
    else:
        title = entry.get("match_title") or entry.get("title")
        doc = next((d for d in docs if d.title == title), docs[0])
    if _omitted(variant, doc):
        return None
    out = {"file": name, "why": f"synthetic variant of {entry['file']} (bench)"}
    for key, value in entry.items():
        if key in ("file", "why"):
            continue
        if key == "region" and isinstance(value, str):
            out[key] = target_region(variant, value)
        elif key in ("title", "match_title") and isinstance(value, str):
            inner = rewrite(doc.inner, variant, doc.region) if doc.inner else None
            out[key] = revised_title(rewrite(value, variant, doc.region), variant, inner)
        elif isinstance(value, str):
            out[key] = rewrite(value, variant, doc.region)
        else:
            out[key] = value
    return out


def estimate_chunks(seed: Seed, variants: list[Variant]) -> int:
    """Chunks the corpus will hold: ingest skips a document whose (region, title) it has seen."""
    seen = {(d.region, d.title) for d in seed.documents}
    total = seed.chunks
    for v in variants:
        for d in seed.documents:
            if _omitted(v, d):
                continue
            inner = rewrite(d.inner, v, d.region) if d.inner else None
            key = (target_region(v, d.region), revised_title(rewrite(d.title, v, d.region), v, inner))
            if key not in seen:
                seen.add(key)
                total += d.chunks
    return total


def variants_for(seed: Seed, chunks: int) -> list[Variant]:
    """The fewest variants that bring the corpus to about ``chunks`` chunks (the seed alone if smaller)."""
    count = 0
    per = max(seed.chunks, 1)
    while True:
        estimate = estimate_chunks(seed, plan(count))
        if estimate >= chunks - per / 2:
            return plan(count)
        count += max(1, int((chunks - estimate) / per))


def make_corpus(seed: Seed, dest: Path, chunks: int) -> SynthCorpus:
    """Write a corpus of about ``chunks`` chunks to ``dest`` (raw/ and fixes.yaml)."""
    if dest.exists():
        shutil.rmtree(dest)
    raw = dest / "raw"
    raw.mkdir(parents=True)
    for f in seed.files:
        shutil.copyfile(seed.settings.raw_dir / f.name, raw / f.name)
    variants = variants_for(seed, chunks)
    fixes = dict(seed.fixes)
    overrides = list(fixes.get("documents") or [])
    written = len(seed.files)
    for v in variants:
        for f in seed.files:
            name = f"{v.tag}_{f.name}"
            text = variant_text(f, seed, v)
            if not text.strip():  # every document of the file is in the target's own region
                continue
            (raw / name).write_text(text, encoding="utf-8")
            written += 1
            for entry in seed.fixes.get("documents") or []:
                if entry.get("file") == f.name and (override := _override_for(entry, seed, v, name)):
                    overrides.append(override)
    fixes["documents"] = overrides
    (dest / "fixes.yaml").write_text(yaml.safe_dump(fixes, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return SynthCorpus(dest, len(variants), written, estimate_chunks(seed, variants))


def add_file(seed: Seed, corpus_dir: Path, number: int, file_index: int = 0) -> Path:
    """One more source file in a synthetic corpus: the seed file ``file_index`` re-issued as
    variant ``number`` (one past the corpus's own, so its documents are new), with its
    document overrides added to fixes.yaml.  What `policy bench` adds to a large index to
    time an incremental ingest."""
    variant = plan(number)[-1]
    seed_file = seed.files[file_index]
    name = f"{variant.tag}_{seed_file.name}"
    path = corpus_dir / "raw" / name
    path.write_text(variant_text(seed_file, seed, variant), encoding="utf-8")
    fixes_path = corpus_dir / "fixes.yaml"
    fixes = yaml.safe_load(fixes_path.read_text(encoding="utf-8")) if fixes_path.exists() else {}
    fixes = fixes or {}
    overrides = list(fixes.get("documents") or [])
    for entry in seed.fixes.get("documents") or []:
        if entry.get("file") == seed_file.name and (override := _override_for(entry, seed, variant, name)):
            overrides.append(override)
    fixes["documents"] = overrides
    fixes_path.write_text(yaml.safe_dump(fixes, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
