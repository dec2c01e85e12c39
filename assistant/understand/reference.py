"""A hotline lookup typed into the chat: which document, which article, which quoted words.

"豫人社办〔2023〕102号 三、（七）说的是什么", "就业补助资金管理办法第十条", "“企业出一点、平台让一点、
政府补一点”是哪个文件里的", "赣人社规〔2022〕7号是个什么文件" — staff name a document by its
文号 or (part of) its title, an article by its path, a passage by a remembered quote.  This
module only reads what is named (pure, from normalized text); ``Assistant`` resolves it
against the index with ``assistant.lookup``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.understand.intents import intent

_CN = "一二三四五六七八九十百零〇"
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}〔\d{4}〕\d+号")
# an article path as written in the documents: 第十条（二）, 三、（二）1.（3）, （七）
_PATH = re.compile(
    rf"第[{_CN}\d]+条(?:第?[（(][{_CN}\d]+[）)]|第[{_CN}\d]+[项款])?"
    rf"|[{_CN}]+(?:、(?:[（(][{_CN}]+[）)])?|[（(][{_CN}]+[）)])(?:\d+[.．])?(?:[（(]\d+[）)])?"
    rf"|[（(][{_CN}]+[）)](?:\d+[.．])?(?:[（(]\d+[）)])?"
)
_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{6,80})[”\"」』]")
# where in a document something is said (“哪一条 / 第几条 / 写在哪”: a search inside it) and what a lookup
# asks (what an article says, which document says something, what a document is) are declared in
# assistant/data/intents.yaml (asks_where_in_document, asks_lookup)
_TITLE = re.compile(r"《([^《》]{4,60})》")


@dataclass(frozen=True)
class Reference:
    """What a question names: 文号, titles, article paths and quoted words (in that order)."""

    doc_numbers: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    asks_lookup: bool = False  # the question asks what something says, not about the person's case
    asks_where: bool = False  # the question asks which article says something (search inside the document)

    @property
    def names_document(self) -> bool:
        return bool(self.doc_numbers or self.titles)


def read_reference(text: str) -> Reference:
    """The document, article and quote a (normalized) question names.

    >>> r = read_reference("豫人社办〔2023〕102号三、（七）说的是什么")
    >>> r.doc_numbers, r.paths, r.asks_lookup
    (('豫人社办〔2023〕102号',), ('三、（七）',), True)
    >>> read_reference("就业补助资金管理办法第十条（二）讲的啥").paths
    ('第十条（二）',)
    >>> read_reference("有个说法叫“企业出一点、平台让一点、政府补一点”，是哪个文件里的").quotes
    ('企业出一点、平台让一点、政府补一点',)
    >>> read_reference("高级技师干了5年能评副高吗").asks_lookup
    False
    """
    numbers = tuple(dict.fromkeys(m.group(0) for m in _DOC_NUMBER.finditer(text)))
    rest = _DOC_NUMBER.sub(" ", text)
    titles = tuple(dict.fromkeys(m.group(1) for m in _TITLE.finditer(rest)))
    quotes = tuple(q for q in dict.fromkeys(m.group(1) for m in _QUOTE.finditer(rest)) if q not in titles)
    bare = _QUOTE.sub(" ", _TITLE.sub(" ", rest))
    spoken = spoken_paths(bare)  # 第三部分第（十六）条: read whole, its pieces not read again as paths
    bare = without_spans(bare, [(start, end) for start, end, _ in spoken])
    found = [(start, path) for start, _, path in spoken] + [(m.start(), _path(m.group(0))) for m in _PATH.finditer(bare)]
    found += [(start - 1, path) for start, _, path in headed_paths(rest)]  # 基本原则第三条: tried before the plain 第三条
    paths = tuple(dict.fromkeys(path for _, path in sorted(found)))
    return Reference(numbers, titles, paths, quotes, bool(intent("asks_lookup").search(text)), bool(intent("asks_where_in_document").search(text)))


def _path(written: str) -> str:
    """A path as the documents write it: full-width brackets, 、 after a chapter numeral.

    >>> _path("四(五)"), _path("三（二）2.（2）"), _path("第十条")
    ('四、（五）', '三、（二）2.（2）', '第十条')
    """
    path = written.replace("(", "（").replace(")", "）").replace("．", ".")
    return re.sub(rf"^([{_CN}]+)（", r"\1、（", path)


def _chinese(number: str) -> str:
    """二 stays 二; 2 becomes 二 (the normalizer turns spoken numbers into digits)."""
    if not number.isdigit():
        return number
    import cn2an

    return cn2an.an2cn(number)


def path_aliases(path: str) -> tuple[str, ...]:
    """Other ways the same article may be numbered: 第四条 is 四、 in a document numbered 一、二、.

    >>> path_aliases("第四条"), path_aliases("第十条（二）"), path_aliases("三、（七）")
    (('第四条', '四、'), ('第十条（二）', '十、（二）'), ('三、（七）',))
    >>> path_aliases("第十条第二项"), path_aliases("第十条第2项")[1]
    (('第十条第二项', '第十条（二）', '十、（二）'), '第十条（二）')
    """
    m = re.fullmatch(rf"第([{_CN}]+)条(.*)", path)
    if m:
        rest = re.sub(rf"^第([{_CN}\d]+)[项款]$", lambda n: f"（{_chinese(n.group(1))}）", m.group(2))
        return tuple(dict.fromkeys((path, f"第{m.group(1)}条{rest}", f"{m.group(1)}、{rest}")))
    return (path,)


# ------------------------------------------------------------ places said in words
@dataclass(frozen=True)
class _SpokenUnits:
    """The unit words of ``assistant/data/paths.yaml`` and the reader built from them."""

    part: frozenset[str]
    first: frozenset[str]  # the unit words a place may begin with (部分, 条)
    below: frozenset[str]
    place: re.Pattern[str]  # one place: 第 + number (bracketed or not) + unit, or a bracketed number after another place
    between: re.Pattern[str]  # what may stand between two places said one after another


@functools.lru_cache(maxsize=1)
def spoken_units() -> _SpokenUnits:
    data = load_yaml((DATA_DIR / "paths.yaml").read_text(encoding="utf-8"))
    units = data["units"]
    words = sorted({w for kind in ("part", "article", "any", "below") for w in units[kind]}, key=len, reverse=True)  # 小点 before 点
    number = rf"[{_CN}两\d]+"
    place = re.compile(
        rf"第\s*(?:[（(]\s*(?P<bracketed>{number})\s*[）)]|(?P<number>{number}))\s*(?P<unit>{'|'.join(map(re.escape, words))})"
        rf"|[（(]\s*(?P<bare>{number})\s*[）)]"
    )
    between = re.compile(rf"\s*(?:{'|'.join(map(re.escape, sorted(data['between'], key=len, reverse=True)))})?\s*")
    return _SpokenUnits(frozenset(units["part"]), frozenset(units["part"]) | frozenset(units["article"]), frozenset(units["below"]), place, between)


def spoken_paths(text: str) -> list[tuple[int, int, str]]:
    """The places in a document said in words (``assistant/data/paths.yaml``), each (start, end,
    path as the documents write it).

    >>> [p for _, _, p in spoken_paths("四川稳就业那个文件，第三部分第（十六）条讲的啥？")]
    ['三、（十六）']
    >>> [p for _, _, p in spoken_paths("第十条第（二）项说的是啥")], [p for _, _, p in spoken_paths("第三部分第二大点第3小点")]
    (['第十条（二）'], ['三、（二）3.'])
    >>> spoken_paths("第3次申请还能领吗"), spoken_paths("第3小点说的啥"), spoken_paths("第一点，补贴多少")
    ([], [], [])
    """
    units = spoken_units()
    out: list[tuple[int, int, str]] = []
    at = 0
    while True:
        m = units.place.search(text, at)
        if m is None:
            return out
        bracketed = m.group("bracketed")
        if m.group("bare") is not None or not (m.group("unit") in units.first or (bracketed and not bracketed.isdigit())):
            at = m.end()  # a bracketed number alone is a path as written (read by _PATH); 第一点 alone is a person's point
            continue
        start, pieces, level = m.start(), [], 0
        while m is not None:
            number, bracketed = m.group("number") or m.group("bracketed") or m.group("bare"), m.group("bracketed") or m.group("bare")
            if bracketed and not bracketed.isdigit() and level < 2:
                level = 2  # (十六): an item, whatever the unit word
            else:
                level += 1
            pieces.append(_spoken_piece(level, number, m.group("unit") in units.part))
            end = m.end()
            gap = units.between.match(text, end)
            m = units.place.match(text, gap.end())
            if m is not None and m.group("bare") is None and m.group("unit") in units.part:
                m = None  # 第三部分第四部分: two places, not one
        out.append((start, end, "".join(pieces)))
        at = end


_HEADING_RUN = re.compile(r"[\u4e00-\u9fff]{2,10}$")
# the words of a part, of what leads from its heading to a place in it, and of a kind of document are
# declared in assistant/data/intents.yaml (headed_part, part_lead_out, document_kind_at_end)


def headed_paths(text: str) -> list[tuple[int, int, str]]:
    """A place said by its part's heading and the number under it (“基本原则第三条”, “重点任务里的第二点”,
    “保障措施部分第1条”), each (start, end, ``〈words before〉（N）``): the words are matched against the
    document's part headings when the document is known (``assistant.lookup.named_articles``).

    >>> [p for _, _, p in headed_paths("贯通实施办法里，基本原则第二条讲的啥")]
    ['〈基本原则〉（二）']
    >>> [p for _, _, p in headed_paths("重点任务里的第二点讲的啥")], headed_paths("第三部分第四点"), headed_paths("第3次申请")
    (['〈重点任务〉（二）'], [], [])
    >>> headed_paths("就业补助资金管理办法第十七条"), headed_paths("办法第十条第（二）项"), headed_paths("若干措施第（七）条")
    ([], [], [])
    >>> [p for _, _, p in headed_paths("人人持证方案的经费保障部分，补贴最晚什么时候发完")], headed_paths("第三部分讲的啥")
    (['〈人持证方案的经费保障〉'], [])
    """
    units = spoken_units()
    whole = {start: end for start, end, _ in spoken_paths(text)}
    out: list[tuple[int, int, str]] = []
    for m in units.place.finditer(text):
        unit, number = m.group("unit"), m.group("number")
        if number is None or unit in units.part or unit in units.below or whole.get(m.start(), m.end()) != m.end():
            continue  # 第（七）条 is the document's own item; 第十条第（二）项 a place of several levels
        before = intent("part_lead_out").regex.sub("", text[: m.start()])
        run = _HEADING_RUN.search(before)
        if run is None or re.search(r"第\s*[" + _CN + r"两\d]+\s*$", before) or intent("document_kind_at_end").search(run.group(0)):
            continue  # 管理办法第十七条: a document's article, not a part's heading
        out.append((m.start(), m.end(), f"〈{run.group(0)}〉（{_chinese(number)}）"))
    for m in intent("headed_part").finditer(text):  # “经费保障部分”, “保障措施那部分”: the part itself
        if any(start <= m.start() < end for start, end, _ in out) or re.search(r"第\s*[" + _CN + r"两\d]+\s*$", m.group("heading")):
            continue
        run = _HEADING_RUN.search(m.group("heading").removesuffix("的"))
        if run is not None and not intent("document_kind_at_end").search(run.group(0)):
            out.append((m.start(), m.end(), f"〈{run.group(0)}〉"))
    return sorted(out)


def heading_named(run: str, headings: list[tuple[str, str]]) -> str | None:
    """The part (its path) whose heading the words before a place name: the longest end of ``run``
    (three characters or more, or the whole heading) that a heading holds; None when none or two do.

    >>> heading_named("那个实施办法基本原则", [("一、", "指导思想"), ("二、", "基本原则"), ("三、", "贯通主要内容")])
    '二、'
    >>> heading_named("见习补贴", [("一、", "指导思想"), ("三、", "支持政策")]) is None
    True
    """
    for size in range(len(run), 1, -1):
        tail = run[-size:]
        held = [path for path, heading in headings if tail in heading and (size >= 3 or tail == heading)]
        if len(held) == 1:
            return held[0]
        if len(held) > 1:
            return None
    return None


def _spoken_piece(level: int, number: str, part: bool) -> str:
    """One level of a path as the documents write it: 三、 or 第三条, （二）, 3., （3）."""
    if level == 1:
        cn = _chinese(number)
        return f"{cn}、" if part else f"第{cn}条"
    if level == 2:
        return f"（{_chinese(number)}）"
    digits = number if number.isdigit() else str(_arabic(number))
    return f"{digits}." if level == 3 else f"（{digits}）"


def _arabic(number: str) -> int:
    import cn2an

    return int(cn2an.cn2an(number.replace("两", "二"), "smart"))


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span blanked (spaces, so that positions hold)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
