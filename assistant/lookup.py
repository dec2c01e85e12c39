"""Find a document or article by what a person types: id, 文号, title words, article path."""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from datetime import date

from assistant.errors import UnknownDocument
from assistant.relations import DocumentGraph, same_number
from assistant.schema import Article, Citation, Document, Relation, Status, book
from assistant.store import IndexHandle
from assistant.understand.intents import intent
from assistant.understand.reference import heading_named, headed_paths, path_aliases, spoken_paths, without_spans


def normalize_path(path: str) -> str:
    """Accept half-width brackets, spaces and 第10条 for 第十条.

    >>> normalize_path("三、(二)1.(3)")
    '三、（二）1.（3）'
    >>> normalize_path("第10条")
    '第十条'
    """
    import cn2an

    path = re.sub(r"\s+", "", path).replace("(", "（").replace(")", "）").replace("．", ".")
    return re.sub(r"第(\d+)([条章])", lambda m: f"第{cn2an.an2cn(m.group(1))}{m.group(2)}", path)


def normalize_doc_number(text: str) -> str:
    return re.sub(r"[\[（(【〔]\s*(\d{4})\s*[\]）)】〕]\s*(\d+)\s*号?", r"〔\1〕\2号", re.sub(r"\s+", "", text))


def find_document(index: IndexHandle, key: str) -> Document:
    key = key.strip()
    if key in index.documents:
        return index.documents[key]
    number = normalize_doc_number(key)
    by_number = [d for d in index.documents.values() if d.doc_number and d.doc_number == number]
    if by_number:
        # the notice and its measure share a 文号: prefer the measure, which holds the articles
        by_number.sort(key=lambda d: (d.parent_id is None, d.doc_id))
        return by_number[0]
    by_title = [d for d in index.documents.values() if key and key in d.title]
    if len(by_title) == 1:
        return by_title[0]
    hint = "；可能是：" + "、".join(f"{d.doc_id}{book(d.title)}" for d in by_title[:5]) if by_title else ""
    raise UnknownDocument(f"找不到文件 {key!r}{hint}。用 `policy show` 的文件编号、文号或标题中的词查找。")


_ITEM = re.compile(r"([一二三四五六七八九十百零〇]+)、（([一二三四五六七八九十百零〇]+)）")


def numbers_items_through(articles: list[Article]) -> bool:
    """Does the document number its items through its sections — 二、（六） then 三、（七） — as a
    set of measures does (“若干措施” of 18 条), rather than afresh under each section (三、（一）)?

    Then an item's number alone names it, and “第七条” is its seventh item, not its seventh section.
    ``articles`` are one document's.
    """
    key = tuple(a.path for a in articles)  # hashing the paths costs less than reading them
    found = _THROUGH.get(key)
    if found is None:
        if len(_THROUGH) > 1000:  # builds replaced many times in one process
            _THROUGH.clear()
        found = _THROUGH[key] = _numbers_through(articles)
    return found


_THROUGH: dict[tuple, bool] = {}  # per document numbering seen (a few dozen entries)


def _numbers_through(articles: list[Article]) -> bool:
    sections: set[str] = set()
    labels: list[str] = []
    for path in dict.fromkeys(a.path for a in articles):
        m = _ITEM.fullmatch(path)
        if m:
            sections.add(m.group(1))
            labels.append(m.group(2))
    return len(sections) >= 2 and len(labels) == len(set(labels))


def named_articles(articles: list[Article], typed: str) -> list[Article]:
    """The pieces of the article a typed path names in one document (its articles, in order).

    A path is read as the document numbers: “第七条” is 第七条 where the articles are 第…条, the
    seventh item 三、（七） where the items are numbered through the sections
    (``numbers_items_through``), else the seventh section 七、; an item named without its section
    (“（十四）”) is found where only one section holds it.  Other paths must match as written
    (``path_aliases``: 第十条第二项 is 第十条（二）).
    """
    headed = re.fullmatch(r"〈(.+?)〉(.*)", typed)
    if headed:  # 基本原则第三条: the part whose heading the words name, and the item under it
        parts = [(a.path, a.heading) for a in articles if a.heading and re.fullmatch(rf"[{_CN_DIGITS}]+、", a.path)]
        part = heading_named(headed.group(1), list(dict.fromkeys(parts)))
        return [a for a in articles if a.path == part + headed.group(2)] if part else []
    if re.search(r"[\d()．\s]", typed):  # typed with digits or half-width brackets (normalizing needs cn2an)
        typed = normalize_path(typed)
    candidates = list(path_aliases(typed))
    ordinal = re.fullmatch(rf"第([{_CN_DIGITS}]+)条", typed)
    item = re.fullmatch(rf"（[{_CN_DIGITS}]+）", typed)
    if (ordinal or item) and numbers_items_through(articles):
        label = f"（{ordinal.group(1)}）" if ordinal else typed
        owners = {a.path for a in articles if _ITEM.fullmatch(a.path) and a.path.endswith(label)}
        if len(owners) == 1:
            candidates.insert(1 if ordinal else 0, owners.pop())  # after a literal 第七条, before 七、
    for path in candidates:
        found = [a for a in articles if a.path == path]
        if found:
            return found
    return []


def said_path(typed: str) -> str | None:
    """A place typed wholly in words (第三部分第（十六）条, 第十条第二项) as the documents write it, or None.

    >>> said_path("第三部分第（十六）条"), said_path("三、（十六）")
    ('三、（十六）', None)
    """
    typed = typed.strip()
    spoken = spoken_paths(typed)
    return spoken[0][2] if len(spoken) == 1 and spoken[0][:2] == (0, len(typed)) else None


def find_articles(index: IndexHandle, doc: Document, path: str) -> list[Article]:
    wanted = said_path(path) or normalize_path(path)
    articles = index.articles_of(doc.doc_id)
    exact = named_articles(articles, wanted)
    if exact:
        return exact
    under = [a for a in articles if a.path.startswith(wanted)]
    if under:
        return under
    paths = "、".join(dict.fromkeys(a.path for a in articles[:12]))
    raise UnknownDocument(f"{book(doc.title)}中没有条目 {path!r}。该文件的条目有：{paths} …")


# ------------------------------------------------------------ what is asked of a document named
# Words a question uses to ask about a document itself (“是个什么文件”, “讲的啥”, “原文”), not about
# something in it; a question that names a document and says nothing else asks for the document.
_DOCUMENT_TALK = frozenset(
    "文件 通知 办法 方案 意见 措施 若干 规定 政策 计划 指南 解读 内容 主要 什么 哪个 哪份 那个 那份 这个 这份 "
    "一个 里面 关于 讲的 说的 写的 讲了 说了 写了 原文 全文 文号 条文 一下 请问 帮忙 麻烦 具体 到底 大概 哪些 "
    "怎么 如何 是否 是不是 有没有 还有 现在 出台 印发 发布 一份".split()
)


def content_words(text: str, titles: list[str], known) -> list[str]:
    """The words of a question that ask something of a document rather than name it: those the
    corpus knows (``known(token)``), outside the 文号, the titles of the document named (``titles``),
    the places and the words that talk about a document (``_DOCUMENT_TALK``).

    “人社部发〔2024〕29号关于领军人才推迟退休是怎么规定的” asks about 推迟退休 in it;
    “赣人社规〔2022〕7号是个什么文件” asks what the document is.
    """
    from assistant.tokenize import tokenize

    named: set[str] = set()
    for title in titles:
        named.update(tokenize(title))
    places = _place_words()
    rest = _DOC_NUMBER.sub(" ", text)
    return [
        t
        for t in dict.fromkeys(tokenize(rest))
        if len(t) >= 2 and known(t) and t not in named and t not in places and t not in _DOCUMENT_TALK
    ]


@functools.lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The provinces and cities as a question may name them (read once, as ``regions()`` is)."""
    from assistant.regions import regions

    places: set[str] = set()
    for p in regions().provinces:
        places |= {p.name, *p.short, *p.cities, *p.city_names()}
    return frozenset(places)


# ------------------------------------------------------------ a document named loosely
# “晋中那个人人持证方案”, “数字贸易那个意见”, “山西见习那个文件”, “四川稳就业措施”: a document is
# named by some words of its title (or its place) before the kind of document it is.  政策 and
# 规定 are left out: “见习补贴政策” names a measure, not a document (intents.yaml document_kind).
_NAME_BREAK = re.compile(r"[，。？！；,.?!;：:\s]")
_CJK_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
NAMED_AT_LEAST = 3.0  # the weight of one title word no other document family has (log 20)


@dataclass(frozen=True)
class _Family:
    """A document and the documents it issues (a notice and its measure), as a title names them."""

    members: frozenset[str]
    pairs: frozenset[str]  # two-character runs of the titles, places left out (they are weighed apart)
    kinds: frozenset[str]  # the kinds of document the titles say (方案, 意见 …)
    province: str | None  # None: national
    city: str | None


_FAMILIES: dict[tuple, tuple[_Family, ...]] = {}


def _families(documents: dict[str, Document]) -> tuple[_Family, ...]:
    key = tuple((d.doc_id, d.title, d.parent_id) for d in documents.values())
    found = _FAMILIES.get(key)
    if found is not None:
        return found
    from assistant.regions import regions

    places = set()
    for p in regions().provinces:
        places |= {p.name, *p.short, *p.cities}
    place_pairs = {w[i : i + 2] for w in places for i in range(len(w) - 1)}
    roots: dict[str, list[Document]] = {}
    for d in documents.values():
        roots.setdefault(d.parent_id or d.doc_id, []).append(d)
    out = []
    for members in roots.values():
        titles = [d.title for d in members]
        pairs = {m for t in titles for m in _CJK_PAIR.findall(t)} - place_pairs
        kinds = {k for t in titles for k in intent("document_kind").regex.findall(t)} | {"文件"}
        head = next(d for d in members if d.parent_id is None) if any(d.parent_id is None for d in members) else members[0]
        province = head.province if head.region != "全国" else None
        city = head.region if head.region not in ("全国", head.province) else None
        out.append(_Family(frozenset(d.doc_id for d in members), frozenset(pairs), frozenset(kinds), province, city))
    _FAMILIES.clear()
    _FAMILIES[key] = found = tuple(out)
    return found


@functools.lru_cache(maxsize=4)
def _pair_counts(families: tuple[_Family, ...]) -> dict[str, int]:
    """How many families' titles hold each two-character run."""
    df: dict[str, int] = {}
    for f in families:
        for pair in f.pairs:
            df[pair] = df.get(pair, 0) + 1
    return df


def documents_named(documents: dict[str, Document], text: str, places: tuple[str, ...] = ()) -> frozenset[str]:
    """The document family (notice and measure) a question names loosely, or nothing.

    Each run of words before a kind of document (“…那个意见”, “…方案里”) is weighed against each
    family's titles: the inverse family frequency of every two-character run they share, and of the
    place the question names (``places``: provinces or cities, as ``assistant.query`` reads them) —
    a family of another province is never named.  The best family must weigh ``NAMED_AT_LEAST``
    and half as much again as the next one.
    """
    import math

    from assistant.query import province_of

    families = _families(documents)
    kinds = list(intent("document_kind").finditer(text))
    if not families or not kinds:
        return frozenset()
    provinces = {province_of(p) for p in places if p != "全国"} - {None}
    cities = {p for p in places if p != "全国" and p not in provinces}
    count = len(families)
    df = _pair_counts(families)
    in_province = {p: sum(1 for f in families if f.province == p) for p in provinces}
    in_city = {c: sum(1 for f in families if f.city == c) for c in cities}
    best: dict[int, float] = {}
    for m in kinds:
        start = max(0, m.start() - 24)
        breaks = [b.end() for b in _NAME_BREAK.finditer(text, start, m.start())]
        span = text[breaks[-1] if breaks else start : m.start()]
        said = set(_CJK_PAIR.findall(span))
        for n, f in enumerate(families):
            if m.group(0) not in f.kinds or (provinces and f.province is not None and f.province not in provinces):
                continue
            weight = math.fsum(math.log(count / df[p]) for p in said & f.pairs)
            if f.province in provinces:
                weight += math.log(count / in_province[f.province])
            if f.city in cities:
                weight += math.log(count / in_city[f.city])
            best[n] = max(best.get(n, 0.0), weight)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < NAMED_AT_LEAST or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
        return frozenset()
    return families[ranked[0][0]].members


# ------------------------------------------------------------ a document's 文号 asked
@dataclass(frozen=True)
class NumberStated:
    """A document's 文号 as the corpus gives it (``number``: None when it gives none), the corpus articles
    that write it beside the document's title (``stated``: its own first, then other documents citing
    it), and the 文号 its own text writes that belong to another document of the same title (an
    earlier edition, which a reader could take for this one's)."""

    document: Document
    number: str | None
    stated: tuple[Relation, ...]
    same_title: tuple[Relation, ...]


def number_stated(family: list[Document], graph: DocumentGraph) -> NumberStated:
    """The 文号 of a document family (a notice and the measure it issues share one) and where it is written.

    ``family``: the documents named, the measure first (as ``Assistant._referenced_documents`` gives
    them); the 文号 is the family's, the edges are read from ``graph`` (``cites`` edges carry the
    文号 as the citing article writes it).
    """
    head = family[0]
    members = {d.doc_id for d in family} | set(head.children) | ({head.parent_id} if head.parent_id else set())
    number = next((d.doc_number for d in family if d.doc_number), None)
    stated: list[Relation] = []
    if number:
        for doc_id in sorted(members, key=lambda m: m != head.doc_id):
            stated += [r for r in graph.incoming(doc_id) if r.number and same_number(r.number, number)]
        own = [r for r in stated if r.source in members]
        stated = own + [r for r in stated if r.source not in members]
    same_title = [
        r
        for doc_id in sorted(members)
        for r in graph.outgoing(doc_id)
        if not number and r.number and not r.in_corpus and _issued_title(r.title or "") in {_issued_title(d.title) for d in family}
    ]
    firsts: dict[str, Relation] = {}
    for r in same_title:
        firsts.setdefault(r.number, r)
    return NumberStated(head, number, tuple(dict.fromkeys(stated)), tuple(firsts.values()))


def _issued_title(title: str) -> str:
    """The title of what a document is, without the notice that issues it: …关于印发《X》的通知 → X.

    >>> _issued_title("财政部人力资源社会保障部关于印发《就业补助资金管理办法》的通知"), _issued_title("就业补助资金管理办法")
    ('就业补助资金管理办法', '就业补助资金管理办法')
    >>> _issued_title("关于《就业补助资金管理办法》的补充通知")
    '关于《就业补助资金管理办法》的补充通知'
    """
    m = re.search(r"印发[《〈]([^》〉]+)[》〉]的通知$", title)
    return m.group(1) if m else title


# ------------------------------------------------------------ a term's meaning or members asked
# “小快轻准是指啥”, “东部地区是哪几个省市”: the passage that defines or lists the term answers, not one
# that only uses it.  The question's forms are the intents asks_meaning and asks_members; the
# documents' forms are declared in assistant/data/definitions.yaml.
_SENTENCE_SPAN = re.compile(r"[^。；！？\n]+[。；！？]?")


@functools.lru_cache(maxsize=512)  # read by the lookup, the retrieval and the quotes of one question
def term_asked(text: str) -> str | None:
    """The term whose meaning or members a (normalized) question asks, without the words that lead
    into it (“就业补助资金里讲的东部地区” → 东部地区), or None.

    >>> term_asked("就业补助资金里讲的东部地区是哪几个省市？"), term_asked("“小快轻准”是指啥")
    ('东部地区', '小快轻准')
    >>> term_asked("就业补助资金里的“其他支出”具体指什么？"), term_asked("就业补助资金分钱时说的东部地区，具体指哪几个省市？")
    ('其他支出', '东部地区')
    >>> term_asked("高级技师评副高要满几年") is None, term_asked("方案里说的十大平台，具体是哪些？"), term_asked("具体是哪些？") is None
    (True, '十大平台', True)
    >>> term_asked("中央分配就业补助资金时，哪些省份属于东部地区？"), term_asked("热线这边有人问“高技能领军人才”具体指哪些人")
    ('东部地区', '高技能领军人才')
    """
    from assistant.understand.intents import intent

    for name in ("asks_meaning", "asks_members", "asks_members_before"):
        m = intent(name).search(text)
        if m is not None:
            said = m.group("term")
            quoted = re.findall(r"[“‘\"]([^”’\"]{2,})[”’\"]", said)
            if quoted:  # (“‘高技能领军人才’具体是指哪些人”: the words quoted are the term)
                said = quoted[-1]
            elif re.search(r"[“‘\"]", said):  # (“热线这边有人问“高技能领军人才”具体指哪些人”: the quote closes after the term)
                said = re.split(r"[“‘\"]", said)[-1] or said
            term = intent("term_lead_in").regex.sub("", said).strip("“”\"‘’ ")
            term = intent("asking_after_term").regex.sub("", term).strip("“”\"‘’ ，,")  # “…十大平台，具体是哪些”: no term, only the asking
            if len(term) >= 2:
                return term
    return None


def count_between(question: str, quote: str) -> str | None:
    """“从学徒工到首席技师一共分几级”: the items of the list the quote gives from the one named to the other,
    counted (“从学徒工到首席技师共8级”), or None when the question asks no such count or the quote lists
    no run of items (joined by 、, 和, 及) from the one to the other.

    >>> count_between("从学徒工到首席技师一共分几级？", "形成由学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师构成的序列")
    '从学徒工到首席技师共8级。'
    >>> count_between("从初级工到技师有几级", "形成由学徒工、初级工、中级工、高级工、技师、高级技师构成的序列")
    '从初级工到技师共4级。'
    >>> count_between("从学徒工到首席技师一共分几级？", "学徒工可以晋升为首席技师") is None
    True
    """
    from assistant.understand.intents import intent

    m = intent("asks_count_between").search(question)
    if m is None:
        return None
    a, b, unit = m.group("a"), m.group("b"), m.group("unit")
    for start in (i.start() for i in re.finditer(re.escape(a), quote)):  # the run of items from a to b
        end = quote.find(b, start + len(a))
        if end < 0:
            break
        items = [i for i in re.split(r"、|和|及", quote[start : end + len(b)]) if i]
        if len(items) >= 2 and not any(len(i) > 12 or re.search(r"[，。；：,;:（）()]", i) for i in items):
            return f"从{a}到{b}共{len(items)}{unit}。"
    return None


@functools.lru_cache(maxsize=1)
def _defining_forms() -> tuple[str, ...]:
    from assistant.config import DATA_DIR
    from assistant.datafile import load_yaml

    return tuple(load_yaml((DATA_DIR / "definitions.yaml").read_text(encoding="utf-8"))["defines"])


@functools.lru_cache(maxsize=256)
def _defining(term: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(form.replace("{term}", re.escape(term)), re.I) for form in _defining_forms())


@dataclass(frozen=True)
class Defined:
    """Where a passage defines or lists a term: its sentence (``start``, ``end``) and how strongly
    (``form``: the index of the first form of assistant/data/definitions.yaml it matches; lower is
    stronger — a glossary entry before a gloss in brackets)."""

    start: int
    end: int
    form: int


def defining_sentence(text: str, term: str) -> Defined | None:
    """The sentence of ``text`` that defines ``term`` or lists what it covers most strongly
    (``assistant/data/definitions.yaml``; the first such sentence), or None.

    >>> t = "在东部地区和中西部地区之间进行划分。东部地区包括北京、上海7省（市）。"
    >>> d = defining_sentence(t, "东部地区"); t[d.start : d.end]
    '东部地区包括北京、上海7省（市）。'
    >>> defining_sentence("提供“小快轻准”的产品和解决方案。", "小快轻准") is None
    True
    >>> defining_sentence("5.MES（制造执行系统）：介于…", "mes").form < defining_sentence("应用制造执行系统（MES）", "MES").form
    True
    """
    fold = (lambda t: t.casefold()) if term.isascii() else (lambda t: t)  # noqa: E731 — SaaS asked as saas
    folded = fold(term)
    if folded not in fold(text):
        return None
    best: Defined | None = None
    forms = _defining(term)
    for m in _SENTENCE_SPAN.finditer(text):
        if folded not in fold(m.group(0)):
            continue
        form = next((i for i, pattern in enumerate(forms) if pattern.search(m.group(0))), None)
        if form is not None and (best is None or form < best.form):
            best = Defined(m.start(), m.end(), form)
    return best


# ------------------------------------------------------------ the 有效期 of a thing, not of a document
# “评价机构设立有效期为3年”: the corpus gives some things a period of their own; a question about
# the 有效期 of such a thing asks for that article, not whether a document is in force.
_THING_PERIOD = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:的)?有效期(?:为|是|相应|延长|\d)")
_PERIOD_SUBJECTS: dict[tuple, tuple[str, ...]] = {}


def period_subjects(articles: list[Article]) -> tuple[str, ...]:
    """The things the articles give a 有效期 (评价机构设立, 合格成绩), each as the last six characters
    before it, without those of a document (本办法, 本通知 …)."""
    key = (len(articles), articles[0].doc_id if articles else "", articles[-1].end if articles else 0)
    found = _PERIOD_SUBJECTS.get(key)
    if found is None:
        subjects = []
        for a in articles:
            for m in _THING_PERIOD.finditer(a.text):
                subject = re.sub(r"^.*[，。；：、]", "", m.group(1))[-6:]
                if len(subject) >= 4 and not re.search(r"本(?:办法|通知|意见|方案|文件|措施|规定)|施行|印发", subject):
                    subjects.append(subject)
        _PERIOD_SUBJECTS.clear()
        _PERIOD_SUBJECTS[key] = found = tuple(dict.fromkeys(subjects))
    return found


def asks_period_of_thing(articles: list[Article], text: str) -> bool:
    """Does the question ask the 有效期 of a thing an article gives one, named with at least four of its
    characters in a row just before it (“评价机构设立以后有效期几年”), rather than whether a document is
    in force (“评价机构管理办法的有效期”)?"""
    if "有效期" not in text:
        return False
    before = text[: text.index("有效期")]
    for subject in period_subjects(articles):
        for i in range(len(subject) - 3):
            at = before.rfind(subject[i : i + 4])
            # the thing is what the 有效期 belongs to: no document named between them (评价机构管理办法的有效期)
            if at >= 0 and len(before) - at <= 12 and not intent("names_document_or_policy").search(before[at:]):
                return True
    return False


# ------------------------------------------------------------ a rule's article or the passage found
RULE_MARGIN = 0.2  # measured on the development sets' lookups (see passage_over_rule)
# a passage that also states the aspect asked (几天, 哪一级) needs less: the figure is the answer's own sign
ASPECT_MARGIN = 0.1


def passage_over_rule(rule_coverage: float, passage_coverage: float, margin: float = RULE_MARGIN) -> bool:
    """Does a passage say what was asked where a rule's article does not?  Each coverage is the share
    of the question's words (idf-weighted) a text holds; the passage must hold ``margin`` more.

    A rule that waits for the person's facts (“请问您目前取得的职业技能等级”) cites its own article;
    “哪些人可以直接申报副高” is answered by the item that lists them (2.（2）), which holds 直接、申报、
    副高级职称 where the rule's article (1.) holds none of them.

    >>> passage_over_rule(0.23, 0.78), passage_over_rule(0.52, 0.60)
    (True, False)
    """
    return passage_coverage >= rule_coverage + margin


# ------------------------------------------------------------------ search
# Hotline staff search by keywords, by 文号, by article path, or by a mix
# ("人社部发〔2024〕5号 四、（十二）"); the UI's lookup tab is a thin form over this.

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,10}[\[［（(【〔]\s*\d{4}\s*[\]］）)】〕]\s*\d+\s*号?")
_CN_DIGITS = "一二三四五六七八九十百零〇"


def without_doc_numbers(text: str) -> str:
    """The question without the 文号 it names: the document's number is how the question finds the
    document, never what it asks of it, and a passage that quotes the same 文号 (按照川人社规〔2022〕9号
    等规定进行) is no nearer the question for it.

    >>> without_doc_numbers("川人社规〔2023〕15号里说的8个技能等级是哪8个？")
    ' 里说的8个技能等级是哪8个？'
    """
    return _DOC_NUMBER.sub(" ", text)


_PATH = re.compile(
    rf"(?:第[{_CN_DIGITS}\d]+[条章节]|[{_CN_DIGITS}]+、|[（(][{_CN_DIGITS}\d]+[）)]|\d+[.．])+"
)
_DOC_ID = re.compile(r"^[a-z]{2}\d{0,2}-(?:\d{4}|nd)-[0-9a-f]{6}$")


@dataclass(frozen=True)
class SearchQuery:
    """What a search box holds, split into its parts."""

    doc_numbers: tuple[str, ...] = ()  # 文号 in 〔YYYY〕N号 form, with the issuer prefix if typed
    doc_ids: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()  # normalized article paths
    keywords: str = ""


@dataclass(frozen=True)
class ArticleHit:
    """One article found by ``search_articles``, with the citation staff paste."""

    document: Document
    article: Article
    status: Status
    score: float
    citation: Citation


def parse_search(text: str) -> SearchQuery:
    """Split a search box into 文号, document ids, article paths and keywords.

    >>> q = parse_search("人社部发[2024]5号 四、(十二) 培训补贴")
    >>> q.doc_numbers, q.paths, q.keywords
    (('人社部发〔2024〕5号',), ('四、（十二）',), '培训补贴')
    >>> parse_search("第10条").paths, parse_search("川办发〔2024〕34号 第三部分第（十六）条").paths
    (('第十条',), ('三、（十六）',))
    >>> parse_search("zj-2022-0839a3 三、（二）1.（3）").doc_ids
    ('zj-2022-0839a3',)
    """
    text = text or ""
    numbers = tuple(normalize_doc_number(m.group(0)) for m in _DOC_NUMBER.finditer(text))
    rest = _DOC_NUMBER.sub(" ", text)
    doc_ids: list[str] = []
    paths: list[str] = []
    words: list[str] = []
    for piece in rest.split():
        if _DOC_ID.match(piece):
            doc_ids.append(piece)
        elif _PATH.fullmatch(piece):
            paths.append(normalize_path(piece))
        elif said_path(piece):
            paths.append(said_path(piece))
        else:
            words.append(piece)
    return SearchQuery(numbers, tuple(doc_ids), tuple(paths), " ".join(words))


def number_matches(doc: Document, number: str) -> bool:
    """A typed 文号 matches with or without (part of) the issuer prefix.

    >>> doc = Document("d", "t", "全国", "national", "f", 1, 1, "", doc_number="人社部发〔2024〕5号")
    >>> [number_matches(doc, n) for n in ("〔2024〕5号", "查人社部发〔2024〕5号", "川人社规〔2024〕5号", "〔2024〕15号")]
    [True, True, False, False]
    """
    if not doc.doc_number or "〔" not in number or "〔" not in doc.doc_number:
        return doc.doc_number == number
    typed, _, bare = number.partition("〔")
    prefix, _, own = doc.doc_number.partition("〔")
    return own == bare and (typed.endswith(prefix) or prefix.endswith(typed))


def _path_matches(path: str, wanted: str) -> bool:
    """The article itself or one of its sub-items ("三、（二）" finds "三、（二）1.（3）")."""
    return path == wanted or path.startswith(wanted)


_ARTICLE_BM25: dict[str, object] = {}
_ARTICLE_BM25_LOCK = threading.Lock()


def _article_bm25(index: IndexHandle):
    """BM25 (bm25s, Lucene variant) over articles — their headings and text — once per build."""
    key = f"{index.build}|{len(index.articles)}"
    with _ARTICLE_BM25_LOCK:
        found = _ARTICLE_BM25.get(key)
        if found is None:
            import bm25s

            from assistant.tokenize import tokenize

            found = bm25s.BM25(method="lucene")
            found.index(
                [tokenize(" ".join((*a.chain, a.heading, a.text))) or ["∅"] for a in index.articles],
                show_progress=False,
            )
            _ARTICLE_BM25.clear()  # one build is live at a time
            _ARTICLE_BM25[key] = found
        return found


def search_articles(
    index: IndexHandle,
    text: str = "",
    region: str | None = None,
    doc_id: str | None = None,
    status: Status | None = None,
    *,
    on: date,
    limit: int = 50,
) -> list[ArticleHit]:
    """Articles matching a search box and filters, best first, each with its citation.

    ``text`` may hold keywords, a 文号, a document id and article paths;
    ``region`` keeps that region's documents (a province includes its cities);
    ``status`` is the document's status on ``on``.  Without keywords the
    matches come in document order.  The quote is the article's whole text.
    """
    query = parse_search(text)
    docs = [d for d in index.documents.values() if _doc_wanted(d, query, region, doc_id, status, on)]
    allowed = {d.doc_id for d in docs}
    positions = [
        i
        for i, a in enumerate(index.articles)
        if a.doc_id in allowed and (not query.paths or any(_path_matches(a.path, p) for p in query.paths))
    ]
    if query.keywords.strip():
        from assistant.tokenize import tokenize

        tokens = tokenize(query.keywords)
        terms = query.keywords.split()
        scores = _article_bm25(index).get_scores(tokens) if tokens else None
        ranked = []
        for i in positions:
            a = index.articles[i]
            haystack = f"{a.heading}{a.text}"
            exact = sum(1 for t in terms if t in haystack)
            score = (float(scores[i]) if scores is not None else 0.0) + 2.0 * exact
            if score > 0:
                ranked.append((score, i))
        ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    else:
        ranked = [(0.0, i) for i in positions]
    hits = []
    for score, i in ranked[:limit]:
        a = index.articles[i]
        doc = index.documents[a.doc_id]
        day_status = doc.status_on(on)
        hits.append(ArticleHit(doc, a, day_status, score, article_citation(doc, a, day_status, score)))
    return hits


def _doc_wanted(
    doc: Document, query: SearchQuery, region: str | None, doc_id: str | None, status: str | None, on: date
) -> bool:
    if doc_id and doc.doc_id != doc_id:
        return False
    if query.doc_ids and doc.doc_id not in query.doc_ids:
        return False
    if query.doc_numbers and not any(number_matches(doc, n) for n in query.doc_numbers):
        return False
    if region and doc.region != region and doc.province != region:
        return False
    return not status or doc.status_on(on) == status


def article_citation(doc: Document, article: Article, status: Status, score: float = 1.0) -> Citation:
    """A citation of a whole article (the quote is its text, verbatim)."""
    return Citation(
        doc_id=doc.doc_id,
        title=doc.title,
        doc_number=doc.doc_number,
        issuer=doc.issuer,
        region=doc.region,
        article=article.path,
        quote=article.text.strip(),
        status=status,
        score=score,
    )


def quoted_citation(citation: Citation, number_once: bool = False) -> str:
    """What hotline staff paste: the standard form, then the quoted text; with ``number_once``
    the article's number is said once (第十条：“……”, not 第十条：“第十条……”).

    >>> c = Citation("d", "就业补助资金管理办法", "财社〔2023〕1号", None, "全国", "第十条", "补贴标准……", "in_force", 1.0)
    >>> quoted_citation(c)
    '《就业补助资金管理办法》（财社〔2023〕1号）第十条：“补贴标准……”'
    >>> quoted_citation(Citation("d", "X办法", None, None, "浙江省", "三、（二）1.（3）", "（3）获得高级技师……", "in_force", 1.0), number_once=True)
    '《X办法》三、（二）1.（3）：“获得高级技师……”'
    """
    quote = without_number(citation.article, citation.quote) if number_once else citation.quote
    return f"{citation.formatted()}：“{quote}”"


def without_number(path: str, quote: str) -> str:
    """A quote without the number its path already ends with (the longest such ending): a verbatim
    substring still, and no “一、：“一、…”” in a citation or a document view."""
    if path in ("正文", "引言"):
        return quote
    for i in range(len(path) - 1):
        ending = path[i:]
        if quote.startswith(ending) and len(quote) > len(ending):
            return quote[len(ending) :].lstrip()
    return quote


# ----------------------------------------------------------------- context
@dataclass(frozen=True)
class ArticleContext:
    """An article with what surrounds it: the headings above it and the items under it.

    ``body`` is the article's own text pieces and its sub-items in document order
    (an article's text may resume after its sub-items, as a second piece).
    """

    document: Document
    article: Article  # the first piece
    ancestors: tuple[Article, ...]  # outermost first
    body: tuple[Article, ...]


def article_context(index: IndexHandle, doc_id: str, path: str) -> ArticleContext:
    """The article ``path`` of ``doc_id`` in context; UnknownDocument if either is absent."""
    doc = index.documents.get(doc_id)
    if doc is None:
        raise UnknownDocument(f"找不到文件 {doc_id!r}。")
    articles = index.articles_of(doc_id)
    by_path: dict[str, Article] = {}
    for a in articles:
        by_path.setdefault(a.path, a)
    article = by_path.get(path) or by_path.get(normalize_path(path))
    if article is None:
        raise UnknownDocument(f"{book(doc.title)}中没有条目 {path!r}。")
    ancestors: list[Article] = []
    parent = article.parent_path
    while parent and parent in by_path and len(ancestors) < 12:
        ancestors.insert(0, by_path[parent])
        parent = by_path[parent].parent_path
    body = tuple(
        sorted(
            (a for a in articles if a.path == article.path or _descends(a, article.path, by_path)),
            key=lambda a: a.start,
        )
    )
    return ArticleContext(doc, article, tuple(ancestors), body)


def _descends(article: Article, path: str, by_path: dict[str, Article]) -> bool:
    parent = article.parent_path
    for _ in range(12):  # paths are at most a few levels deep; the bound guards against a cycle
        if parent is None:
            return False
        if parent == path:
            return True
        parent = by_path[parent].parent_path if parent in by_path else None
    return False


# ------------------------------------------------------------------ family
def clause_family(articles: list[Article], path: str) -> tuple[list[Article], list[Article], list[Article]]:
    """The pieces of article ``path``, the items under it and the headings above it (nearest first).

    A rule or a search names an article (第十条); what a question asks about it (its 期限) may be
    said in one of its items (第十条（一）) or in the item it belongs to (三、（四）1. above
    三、（四）1.（2））.  ``articles`` are one document's, in document order.
    """
    own = [a for a in articles if a.path == path]
    if not own:
        return [], [], []
    by_path: dict[str, Article] = {}
    for a in articles:
        by_path.setdefault(a.path, a)
    below = [a for a in articles if a.path != path and _descends(a, path, by_path)]
    above: list[Article] = []
    parent = own[0].parent_path
    while parent and parent in by_path and len(above) < 12:
        above.append(by_path[parent])
        parent = by_path[parent].parent_path
    return own, below, above


def states_asked(sentence: str, wanted: tuple) -> bool:
    """Does the sentence state what was asked as a figure or a level (“不少于5年”, “3次”,
    “次年3月底”, “县级及以上人力资源和社会保障部门”)?

    Only such an answer counts: an aspect's word answers (申请, 以上, 期限) are said by most
    passages on a topic and cannot tell two of them apart.

    >>> from assistant.understand.aspects import asked_aspects
    >>> wanted = asked_aspects("视频要留多久")
    >>> states_asked("评价过程视频材料保管不少于5年。", wanted), states_asked("具有助理级以上职称。", wanted)
    (True, False)
    >>> states_asked("向所在地市级人力资源社会保障部门申请备案。", asked_aspects("去哪一级部门备案"))
    True
    >>> states_asked("形成由学徒工、初级工、中级工、高级工构成的等级序列。", asked_aspects("一共分几级"))
    True

    An aspect declared ``worded`` is stated by its words alone (“处以…取消资格”):

    >>> states_asked("视情节分别处以约谈、限期整改、取消资格的处理。", asked_aspects("违规了会怎么处理"))
    True
    """
    for aspect in wanted:
        for pattern in aspect.answer:
            for m in pattern.finditer(sentence):
                if aspect.worded or re.search(rf"[\d{_CN_DIGITS}两]|级", m.group(0)):
                    return True
    return False


# ------------------------------------------------------------ 文号 typed loosely
# 文号 as people type them: 川人社规〔2022〕9号, 川人社规2022年9号, 人社部发2024第5号, 〔2024〕05号,
# 川人社规〔2022〕9 (no 号), 川人社规2022-9号; the prefix is the issuer's (川人社规, 人社部发)
_TYPED_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{2,10})\s*"
    r"(?:〔\s*((?:19|20)\d{2})\s*〕|((?:19|20)\d{2})\s*(?:年|第|-|—)?)"
    r"\s*第?\s*(\d{1,4})(?:\s*号(?!线)|(?![\d月日年天个万元%.]))"
)


@dataclass(frozen=True)
class NumberRead:
    """A 文号 as typed and the corpus document's 文号 it is read as (``how``: why)."""

    typed: str
    number: str
    how: str  # "exact", "written_differently", "issuer", "number" or "year"


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (short strings: issuers, numbers)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _issuer_close(typed: str, prefix: str) -> tuple[bool, bool]:
    """(same issuer, close issuer): the typed run of characters ends with the issuer's prefix (or the
    prefix ends with it: 〔…〕 typed without 人社部), else one of its tails is one edit away
    (川人社发 for 川人社规, 豫人社 for 豫人社办)."""
    if typed.endswith(prefix) or prefix.endswith(typed):
        return True, True
    tails = {typed[-n:] for n in (len(prefix) - 1, len(prefix), len(prefix) + 1) if 2 <= n <= len(typed)}
    # the first character names the issuer's province (川, 豫, 晋 …): never read one province's 文号 as another's
    return False, any(t[0] == prefix[0] and _distance(t, prefix) <= 1 for t in tails)


def read_doc_numbers(
    numbers: list[str] | tuple[str, ...], text: str, has_path: object = None, cited: object = None
) -> list[NumberRead]:
    """The 文号 in ``text`` read against the corpus's ``numbers`` (each 〔YYYY〕N号 with its issuer).

    A typed 文号 is read as one corpus 文号 when only the writing differs (2022年9号, 09号, no 号),
    else when the year and number agree and the issuer is one edit away (川人社发 for 川人社规);
    a number or a year one edit away is read as the corpus's only when ``has_path(number)`` says the
    document holds the article the question names (the evidence that it is that document).
    A 文号 the corpus cites (``cited(number)``: a document it does not hold) is never read as another.

    >>> corpus = ["川人社规〔2022〕9号", "川人社规〔2023〕15号", "人社部发〔2024〕5号", "豫人社办〔2023〕102号"]
    >>> [(r.typed, r.number, r.how) for r in read_doc_numbers(corpus, "川人社规2022年9号三、（三）说的什么")]
    [('川人社规2022年9号', '川人社规〔2022〕9号', 'written_differently')]
    >>> [(r.number, r.how) for r in read_doc_numbers(corpus, "川人社发〔2022〕9号讲了啥")]
    [('川人社规〔2022〕9号', 'issuer')]
    >>> read_doc_numbers(corpus, "豫人社办〔2023〕12号三、（七）", has_path=lambda n: n == "豫人社办〔2023〕102号")[0].how
    'number'
    >>> read_doc_numbers(corpus, "豫人社办〔2023〕12号还有效吗")  # a number typo without evidence: not guessed
    []
    >>> read_doc_numbers(corpus, "晋人社规〔2022〕9号讲了啥")  # another province's 文号 is not read as 四川's
    []
    >>> read_doc_numbers(corpus, "人社部发〔2019〕90号", cited=lambda n: n == "人社部发〔2019〕90号")
    []
    >>> [(r.typed, r.number, r.how) for r in read_doc_numbers(corpus, "那个102号文现在还能用吗")]
    [('102号', '豫人社办〔2023〕102号', 'serial')]
    >>> read_doc_numbers(corpus + ["晋人社厅发〔2022〕9号"], "9号文件讲了啥"), read_doc_numbers(corpus, "住在9号楼")  # two 9号: not guessed
    ([], [])
    >>> [(r.typed, r.number, r.how) for r in read_doc_numbers(corpus + ["川办发〔2024〕34号"], "川办发34号这份文件现在还算数吗")]
    [('川办发34号', '川办发〔2024〕34号', 'issuer_serial')]
    """
    known = []
    for number in dict.fromkeys(numbers):
        m = re.fullmatch(r"(.*)〔(\d{4})〕(\d+)号", number)
        if m:
            known.append((number, m.group(1), m.group(2), int(m.group(3))))
    found: list[NumberRead] = []
    for m in _TYPED_NUMBER.finditer(text):
        issuer, year, digits = m.group(1), m.group(2) or m.group(3), m.group(4)
        typed = m.group(0)
        canonical = f"{issuer}〔{year}〕{int(digits)}号"
        if cited is not None and cited(canonical):
            continue
        exact, close, loose = [], [], []
        for number, prefix, y, n in known:
            same, near = _issuer_close(issuer, prefix)
            if y == year and n == int(digits) and same:
                exact.append(number)
            elif y == year and n == int(digits) and near:
                close.append(number)
            elif same and (
                (y == year and _distance(str(n), str(int(digits))) == 1)
                or (n == int(digits) and abs(int(y) - int(year)) == 1)
            ):
                loose.append((number, "number" if y == year else "year"))
        if exact:
            how = "exact" if typed in exact or typed.endswith(exact[0]) else "written_differently"
            found.append(NumberRead(typed, exact[0], how))
        elif len(set(close)) == 1:
            found.append(NumberRead(typed, close[0], "issuer"))
        else:
            evidenced = [(n, how) for n, how in loose if has_path is not None and has_path(n)]
            if len(evidenced) == 1:
                found.append(NumberRead(typed, *evidenced[0]))
    # a 文号 said by its serial alone, as people say it (“164号文”, “34号文件”): the one known 文号 with that serial
    taken = [(m.start(), m.end()) for m in _TYPED_NUMBER.finditer(text)]
    for m in _SERIAL_ONLY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        serial = [number for number, _, _, n in known if n == int(m.group(1))]
        if len(serial) == 1:
            found.append(NumberRead(m.group(0), serial[0], "serial"))
    # the issuer and the serial, the year left out (“川办发34号这份文件”): the one known 文号 of that issuer and serial
    read = [(a, b) for a, b in taken] + [(m.start(), m.end()) for m in _SERIAL_ONLY.finditer(text)]
    for m in _ISSUER_SERIAL.finditer(text):
        if any(a <= m.start(2) < b for a, b in read):
            continue
        issued = {number for number, prefix, _, n in known if n == int(m.group(2)) and m.group(1).endswith(prefix)}
        if len(issued) == 1:
            found.append(NumberRead(m.group(0), issued.pop(), "issuer_serial"))
    return found


_ISSUER_SERIAL = re.compile(r"([\u4e00-\u9fff]{2,10})\s*(\d{1,4})\s*号(?![楼院线])")


_SERIAL_ONLY = re.compile(r"(?<![\d〕\]）)])(\d{1,4})\s*号(?=文件|文(?!化))")


# ------------------------------------------------------------ article paths typed loosely
_LOOSE_PATH = re.compile(
    rf"第\s*([{_CN_DIGITS}\d]+)\s*条(?:\s*[（(]\s*([{_CN_DIGITS}\d]+)\s*[）)])?"
    rf"|(?<![{_CN_DIGITS}\d])([{_CN_DIGITS}]+)\s*[、.．]?\s*[（(]\s*([{_CN_DIGITS}]+)\s*[）)]"
    rf"(?:\s*(\d+)(?![\d年月日号天个万元%])\s*[.．、]?)?(?:\s*[（(]\s*(\d+)\s*[）)])?"
)


def read_paths(text: str) -> tuple[str, ...]:
    """Article paths as typed, written as the documents write them: 第10条 → 第十条, 三（二）1（3） →
    三、（二）1.（3）, 一(三)4(2) → 一、（三）4.（2）.

    >>> read_paths("就业补助资金管理办法第10条（二）说的什么")
    ('第十条（二）',)
    >>> read_paths("贯通实施办法三（二）1（3）讲的啥"), read_paths("政策解读一(三)4.(2)")
    (('三、（二）1.（3）',), ('一、（三）4.（2）',))
    >>> read_paths("三、（七）讲的啥"), read_paths("去年干了3年")
    (('三、（七）',), ())
    >>> read_paths("第三部分第（十六）条讲的啥"), read_paths("第10条第（二）项")
    (('三、（十六）',), ('第十条（二）',))
    """

    def chinese(number: str) -> str:
        if not number.isdigit():
            return number
        import cn2an  # only when a path is typed with digits (importing it compiles its patterns: ~0.1 s)

        return cn2an.an2cn(number)

    # a place said in words (第十条第（二）项, 第三部分第四点) is read whole, not in pieces
    spoken = spoken_paths(text)
    out = [(start, path) for start, _, path in spoken]
    out += [(start - 1, path) for start, _, path in headed_paths(text)]  # before the plain 第三条 it also reads
    text = without_spans(text, [(start, end) for start, end, _ in spoken])
    for m in _LOOSE_PATH.finditer(text):
        if m.group(1):
            path = f"第{chinese(m.group(1))}条" + (f"（{chinese(m.group(2))}）" if m.group(2) else "")
        else:
            path = f"{m.group(3)}、（{m.group(4)}）"
            if m.group(5):
                path += f"{m.group(5)}."
                if m.group(6):
                    path += f"（{m.group(6)}）"
        out.append((m.start(), path))
    return tuple(dict.fromkeys(path for _, path in sorted(out)))
