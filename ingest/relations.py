"""Stage 4b — the document graph: which document repeals, supersedes, issues or cites which.

Read from the articles' own words, after every file is parsed (a citation may name a
document of another file):

- ``repeals``: the documents named before 废止 in a sentence (……同时废止。), or before a clause
  that ends 不再执行 / 停止执行 / 同时失效 …;
- ``supersedes``: the documents named before 不一致 in a sentence that says 以本办法/本通知…为准,
  or, when none is named, the documents it describes (此前发布的……规范性文件);
- ``issues``: the measure a notice issues (现将《…》印发给你们; 现予印发), named or, when the
  sentence names none, the measure the corpus pairs with the notice;
- ``cites``: every other 文号 or 《title》 mentioned.

A document's mentions of itself (its own title or 文号, 本《意见》, an abbreviation it defines
with 以下简称) are not edges.  A named document is looked up by its 文号 first — a title can
be shared by a repealed version and the one that replaced it (《就业补助资金管理办法》
（财社〔2017〕164号）) — and by its exact title when it has none.  Each edge quotes the
sentence that states it (a citation in a long list: the clause that holds it).

Where the text is ambiguous, the reviewed table corpus/relations.yaml decides (each entry
with its ``why``); an entry that no longer matches an edge is reported, never ignored.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from assistant.errors import CorpusFileError
from assistant.relations import plain_title as _plain
from assistant.schema import RELATION_KINDS, Article, Document, Relation, RelationKind, book

logger = logging.getLogger(__name__)

# a 文号 in brackets after a title: （人社部发〔2019〕90号）, （中共四川省委人才工作领导小组〔2023〕3号）, （人社部第31号令）
_NUMBER = re.compile(r"（([\u4e00-\u9fff]{1,20}(?:〔\d{4}〕\d+号|第\d+号令))）")
_SENTENCE_END = "。！？\n"
# 废止 anywhere after the names; the other ways of saying it only where a clause ends with them
# (……同时停止执行。 / ……不再执行；), since “不再执行本办法第三条” or “证书失效的” say something else
_REPEAL = re.compile(
    r"(?:同时|予以|一并|即行)?(?P<at>废止)"
    r"|(?P<b>不再执行|停止执行|不再施行|停止施行|(?<=同时|自行|即行|宣布|一并)失效|(?<=同时|一并)作废)(?=[。；;！\s]|$)"
)
_PREVAIL = re.compile(r"以本(?:《[^》]{1,8}》|办法|通知|意见|规定|方案|文件|措施|细则|决定|实施办法|实施意见)为准")
_INCONSISTENT = re.compile(r"与本(?:《[^》]{1,8}》|办法|通知|意见|规定|方案|文件|措施|细则|决定|实施办法|实施意见)不一致")
# a notice issuing a measure now (not 另行制定印发, a later one; not 关于印发《…》的通知, a title)
_ISSUE = re.compile(r"现将.{0,80}?(?P<at>印发)|现予(?P<b>印发)|现(?P<c>印发)|(?P<d>印发)给?你们")
# between a title and the （文号） of the notice that issues it: 关于印发《X》的通知（…）
_WRAPPER_TAIL = re.compile(r"的(?:通知|函|意见|决定|批复)$")
_WRAPPER_JOIN = re.compile(r"^(?:和|及|、|与)$")
_WRAPPER_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,30}?)关于(?:印发|转发)?$")
_ALIAS = re.compile(r"以下简称$")
_CLAUSE_MAX = 120  # a citation quoted from a longer sentence: the clause that holds it
_BRACKET = re.compile("[《》]")
_SENTENCE_MARK = re.compile(f"[{_SENTENCE_END}]")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    inner: str  # the title without the outer 《》


@dataclass(frozen=True)
class Mention:
    """A document named in an article: its span, 文号 and title as written."""

    start: int
    end: int
    number: str | None
    title: str | None


def _title_spans(text: str) -> list[_Span]:
    """Outermost 《…》 spans (an inner 《》, however written, stays inside)."""
    spans, depth, begin = [], 0, 0
    for found in _BRACKET.finditer(text):  # only the brackets: a long text is not walked character by character
        i, ch = found.start(), found.group()
        if ch == "《":
            if depth == 0:
                begin = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append(_Span(begin, i + 1, text[begin + 1 : i]))
    return spans


def find_aliases(text: str) -> frozenset[str]:
    """The abbreviations a document defines for itself or what it cites: （以下简称《办法》）.

    >>> sorted(find_aliases("制定了《B办法》（以下简称《办法》）。"))
    ['办法']
    """
    return frozenset(s.inner for s in _title_spans(text) if _ALIAS.search(text[max(0, s.start - 8) : s.start]))


def find_mentions(text: str, aliases: frozenset[str] = frozenset()) -> list[Mention]:
    """Every document an article names: 《title》（文号）, 《title》, （文号）, and a notice
    written without brackets, 关于印发《X》的通知（文号）.  Abbreviations defined here
    (（以下简称《办法》）) and their later uses, and 本《意见》, are the document itself.

    >>> [(m.title, m.number) for m in find_mentions("根据《关于X的意见》（人社部发〔2019〕90号）和《Y规定》，制定本办法。")]
    [('关于X的意见', '人社部发〔2019〕90号'), ('Y规定', None)]
    >>> [(m.title, m.number) for m in find_mentions("5.关于印发《A规程（试行）》的通知（人社职司便函〔2020〕17号）")]
    [('关于印发《A规程（试行）》的通知', '人社职司便函〔2020〕17号')]
    >>> find_mentions("制定了《B办法》（以下简称《办法》）。《办法》共六章。本《意见》自发布之日起施行。")[0].title
    'B办法'
    >>> len(find_mentions("制定了《B办法》（以下简称《办法》）。《办法》共六章。本《意见》自发布之日起施行。"))
    1
    """
    spans = _title_spans(text)
    used: set[int] = set()
    aliases = aliases | find_aliases(text)
    mentions: list[Mention] = []
    for m in _NUMBER.finditer(text):
        number, paren = m.group(1), m.start()
        before = [i for i, s in enumerate(spans) if s.end <= paren and i not in used]
        if before and spans[before[-1]].end == paren:  # 《title》（文号）
            i = before[-1]
            used.add(i)
            mentions.append(Mention(spans[i].start, m.end(), number, spans[i].inner))
            continue
        wrapped = _wrapped(text, spans, before, paren)
        if wrapped is not None:
            first, covered = wrapped
            used.update(covered)
            mentions.append(Mention(first, m.end(), number, text[first:paren]))
            continue
        mentions.append(Mention(m.start(), m.end(), number, None))
    for i, s in enumerate(spans):
        if i in used or s.inner in aliases or text[max(0, s.start - 1) : s.start] == "本":
            continue
        mentions.append(Mention(s.start, s.end, None, s.inner))
    return sorted(mentions, key=lambda m: m.start)


def _wrapped(text: str, spans: list[_Span], before: list[int], paren: int) -> tuple[int, list[int]] | None:
    """关于印发《A》和《B》的函（文号）: the start of the written title and the spans it holds."""
    if not before:
        return None
    i = before[-1]
    if not _WRAPPER_TAIL.search(text[spans[i].end : paren]) or len(text[spans[i].end : paren]) > 4:
        return None
    covered = [i]
    while len(covered) < len(before):
        prev = before[-len(covered) - 1]
        if not _WRAPPER_JOIN.match(text[spans[prev].end : spans[covered[-1]].start]):
            break
        covered.append(prev)
    first = spans[covered[-1]].start
    line_start = max(text.rfind(c, 0, first) for c in "\n。；：，、") + 1
    head = _WRAPPER_HEAD.search(text[line_start:first])
    if head is None:
        return None
    start = line_start + head.start()
    while start < first and not ("\u4e00" <= text[start] <= "\u9fff"):  # a list number (5.) is not the title
        start += 1
    return start, covered


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (to 。！？ or a line end) around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    rights = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    if right <= len(text) and text[right - 1 : right] == "\n":
        right -= 1
    return left, right


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention; in a long one, the clause that holds it; in a long list of
    citations (、), the mention itself."""
    left, right = _sentence(text, start, end)
    if right - left <= _CLAUSE_MAX:
        return left, right
    marks = "，；："
    clause_left = max([left - 1] + [text.rfind(c, left, start) for c in marks]) + 1
    ends = [i for i in (text.find(c, end, right) for c in marks) if i != -1]
    clause_right = min(ends) + 1 if ends else right
    if clause_right - clause_left <= _CLAUSE_MAX:
        return clause_left, clause_right
    return start, end


@dataclass
class _Corpus:
    documents: dict[str, Document]
    by_number: dict[str, list[Document]] = field(default_factory=dict)
    by_title: dict[str, list[Document]] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: list[Document]) -> _Corpus:
        corpus = cls({d.doc_id: d for d in documents})
        for d in documents:
            if d.doc_number:
                corpus.by_number.setdefault(re.sub(r"\s+", "", d.doc_number), []).append(d)
            corpus.by_title.setdefault(_plain(d.title), []).append(d)
            if d.issuer:  # 《人力资源社会保障部关于…》 names the document whose title is 关于…
                corpus.by_title.setdefault(_plain(d.issuer + d.title), []).append(d)
        return corpus

    def resolve(self, number: str | None, title: str | None) -> Document | None:
        """The corpus document a 文号 (first) or an exact title names, or None."""
        if number:
            found = self.by_number.get(number, [])
            if len(found) > 1 and title:  # a notice and its measure share the 文号: the title says which
                titled = [d for d in found if _plain(d.title) == _plain(title)]
                found = titled or found
            found = sorted(found, key=lambda d: d.parent_id is not None)  # else the notice, which owns it
            return found[0] if found else None
        if title:
            found = self.by_title.get(_plain(title), [])
            return found[0] if len(found) == 1 else None
        return None


def _own(doc: Document, mention: Mention) -> bool:
    """Does the document name itself (its title, its 文号)?"""
    if mention.number and doc.doc_number and mention.number == doc.doc_number:
        return True
    return not mention.number and bool(mention.title) and _plain(mention.title) == _plain(doc.title)


# ------------------------------------------------------------------ statements, then edges
@dataclass(frozen=True)
class Statement:
    """What one article says about another document, read before the rest of the corpus is known.

    Reading an article needs only its own document (``document_statements``); which document a
    statement names needs the whole corpus (``resolve``).  So ingest reads each file's statements
    when it parses the file (in a worker, kept with the cached parse) and resolves them all once
    every file is in: adding a file reads only that file's articles, however large the corpus.

    A statement names a document by ``number`` (文号) and/or ``title`` as written; or it is a
    ``supersedes`` of documents described, not named (``described``: complete as it is); or it is
    the ``issues`` of the measure the corpus pairs with the notice (``paired``), when the sentence
    names none: ``quote`` is the sentence, ``wider`` the sentence with the one before it (quoted
    when the sentence alone does not name the measure).
    """

    source: str
    article: str
    kind: RelationKind
    quote: str
    number: str | None = None
    title: str | None = None
    described: str | None = None
    paired: bool = False
    wider: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, False)}

    @classmethod
    def from_dict(cls, data: dict) -> Statement:
        return cls(**data)


def document_statements(doc: Document, articles) -> list[Statement]:
    """Every statement of one document's articles, in the order they are stated (the document's
    ``text`` is read once, for the abbreviations it defines)."""
    aliases = find_aliases(doc.text)
    return [s for article in articles for s in article_statements(doc, article, aliases)]


def article_statements(doc: Document, article: Article, aliases: frozenset[str]) -> list[Statement]:
    """What one article states, in the order it states it (``aliases``: the document's own, ``find_aliases``)."""
    text = article.text
    out: list[Statement] = []
    mentions = [m for m in find_mentions(text, aliases) if not _own(doc, m)]
    spans = _title_spans(text)
    handled: set[int] = set()

    def named(m: Mention, kind: str, quote: tuple[int, int]) -> Statement:
        return Statement(doc.doc_id, article.path, kind, text[quote[0] : quote[1]].strip(), m.number, m.title)  # type: ignore[arg-type]

    for s_left, s_right in _sentences(text):
        sentence = text[s_left:s_right]
        inside = [m for m in mentions if s_left <= m.start < s_right]
        repeal = _outside_titles(_REPEAL, sentence, s_left, spans)
        prevail = _outside_titles(_PREVAIL, sentence, s_left, spans)
        issue = _outside_titles(_ISSUE, sentence, s_left, spans)
        if repeal is not None:
            for m in inside:
                if m.end <= repeal:
                    out.append(named(m, "repeals", (s_left, s_right)))
                    handled.add(m.start)
        if prevail is not None:
            limit = _outside_titles(_INCONSISTENT, sentence, s_left, spans) or prevail
            before = [m for m in inside if m.end <= limit and m.start not in handled]
            for m in before:
                out.append(named(m, "supersedes", (s_left, s_right)))
                handled.add(m.start)
            if not before:  # 此前发布的……规范性文件与本通知不一致之处，以本通知为准
                described = text[s_left:limit]
                described = re.sub(r"^(?:[（(]?[一二三四五六七八九十\d]+[、.．)）])+", "", described)
                described = re.sub(r"(?:与|同)$", "", described).strip("，、 ")
                if described:
                    out.append(Statement(doc.doc_id, article.path, "supersedes", sentence.strip(), described=described))
        if issue is not None:
            titled = [m for m in inside if m.title and m.end <= issue and m.start not in handled and not m.number]
            if titled:
                m = titled[-1]
                out.append(named(m, "issues", (s_left, s_right)))
                handled.add(m.start)
            else:  # 现予印发: the measure the corpus pairs with the notice, if it has exactly one
                left = _sentence(text, max(0, s_left - 2), max(0, s_left - 1))[0] if s_left > 1 else s_left
                out.append(
                    Statement(doc.doc_id, article.path, "issues", sentence.strip(), paired=True, wider=text[left:s_right].strip())
                )
        for m in inside:
            if m.start not in handled:
                out.append(named(m, "cites", _clause(text, m.start, m.end)))
    return out


def _issued_measure(doc: Document, corpus: _Corpus) -> Document | None:
    children = [corpus.documents[c] for c in doc.children if c in corpus.documents]
    return children[0] if len(children) == 1 else None


def resolve(statement: Statement, corpus: _Corpus) -> Relation | None:
    """The edge a statement makes in this corpus (None: it names its own document, or a paired
    measure the corpus does not hold)."""
    s = statement
    if s.described is not None:
        return Relation(s.source, s.kind, s.described, False, s.article, s.quote)
    if s.paired:
        measure = _issued_measure(corpus.documents[s.source], corpus)
        if measure is None:
            return None
        quote = s.quote if _plain(measure.title) in _plain(s.quote) else s.wider or s.quote
        return Relation(s.source, "issues", measure.doc_id, True, s.article, quote, None, measure.title)
    target = corpus.resolve(s.number, s.title)
    if target is not None and target.doc_id == s.source:
        return None
    title = _plain(s.title) if s.title else None
    if target is not None:
        key, in_corpus = target.doc_id, True
    else:
        key, in_corpus = s.number or title or "", False
    return Relation(s.source, s.kind, key, in_corpus, s.article, s.quote, number=s.number, title=title)


def article_relations(doc: Document, article: Article, corpus: _Corpus) -> list[Relation]:
    """The edges one article states, in the order it states them."""
    edges = (resolve(s, corpus) for s in article_statements(doc, article, find_aliases(doc.text)))
    return [e for e in edges if e is not None]


def _sentences(text: str) -> list[tuple[int, int]]:
    out, left = [], 0
    for found in _SENTENCE_MARK.finditer(text):
        i, ch = found.start(), found.group()
        end = i + 1 if ch != "\n" else i
        if text[left:end].strip():
            out.append((left, end))
        left = i + 1
    if text[left:].strip():
        out.append((left, len(text)))
    return out


def _outside_titles(pattern: re.Pattern, sentence: str, offset: int, spans: list[_Span]) -> int | None:
    """Where ``pattern`` first matches outside any 《title》 (关于印发《X》的通知 is a name, not an act):
    at its verb (a named group) when it has one (现将《X》印发: at 印发, after the title)."""
    for m in pattern.finditer(sentence):
        groups = [g for g in m.re.groupindex if m.group(g) is not None]
        at = offset + (m.start(groups[0]) if groups else m.start())
        if not any(s.start <= at < s.end for s in spans):
            return at
    return None


# ------------------------------------------------------------------ overrides
@dataclass(frozen=True)
class RelationOverride:
    """A reviewed decision about one edge: drop it, change its kind or target, or add it."""

    why: str
    source: str
    article: str
    target: str
    kind: str | None = None  # matches this kind only (None: any)
    action: str = "set"  # "set", "drop" or "add"
    values: dict = field(default_factory=dict)  # for "set": kind / target / in_corpus / title / number; for "add": the edge


@dataclass(frozen=True)
class RelationOverrides:
    entries: tuple[RelationOverride, ...] = ()

    @classmethod
    def load(cls, path: Path) -> RelationOverrides:
        if not path.exists():
            return cls()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            raise CorpusFileError(path.name, f"文件关系复核表不是合法的 YAML：{error}") from error
        entries = []
        for entry in data.get("relations") or []:
            if not isinstance(entry, dict) or not str(entry.get("why") or "").strip():
                raise CorpusFileError(path.name, f"文件关系条目缺少 why（依据）：{entry}")
            missing = {"source", "article", "target"} - set(entry)
            if missing:
                raise CorpusFileError(path.name, f"文件关系条目缺少字段 {sorted(missing)}：{entry}")
            action = "drop" if entry.get("drop") else "add" if entry.get("add") else "set"
            values = dict(entry.get("set") or entry.get("add") or {}) if action != "drop" else {}
            kind = values.get("kind") if action == "add" else entry.get("kind")
            for value in (kind, values.get("kind")):
                if value is not None and value not in RELATION_KINDS:
                    raise CorpusFileError(path.name, f"文件关系条目的 kind 应为 {'/'.join(RELATION_KINDS)}：{entry}")
            if action == "set" and not values:
                raise CorpusFileError(path.name, f"文件关系条目应写明 drop、set 或 add：{entry}")
            entries.append(
                RelationOverride(
                    why=str(entry["why"]).strip(),
                    source=str(entry["source"]),
                    article=str(entry["article"]),
                    target=str(entry["target"]),
                    kind=kind,
                    action=action,
                    values=values,
                )
            )
        return cls(tuple(entries))

    @property
    def quoted(self) -> frozenset[tuple[str, str]]:
        """(source, article) of every edge added by hand: its quote is checked against that article's text."""
        return frozenset((o.source, o.article) for o in self.entries if o.action == "add")


def _apply(relations: list[Relation], overrides: RelationOverrides, texts: Mapping[tuple[str, str], list[str]], corpus: _Corpus) -> tuple[list[Relation], list[str]]:
    notes: list[str] = []
    out = list(relations)
    for o in overrides.entries:
        where = f"corpus/relations.yaml: {o.source} {o.article} → {o.target}"
        if o.action == "add":
            quote = str(o.values.get("quote") or "")
            if not quote or not any(quote in text for text in texts.get((o.source, o.article), [])):
                notes.append(f"{where}：要添加的关系的 quote 不是该条文的原文，未添加，需要复核")
                continue
            target = corpus.documents.get(o.target)
            out.append(
                Relation(o.source, o.values["kind"], o.target, target is not None, o.article, quote,
                         o.values.get("number"), o.values.get("title"), o.why)
            )
            continue
        hits = [i for i, r in enumerate(out) if (r.source, r.article, r.target) == (o.source, o.article, o.target) and (o.kind is None or r.kind == o.kind)]
        if not hits:
            notes.append(f"{where}：没有匹配任何抽取出的关系（文本或抽取规则已变），需要复核")
            continue
        if o.action == "drop":
            out = [r for i, r in enumerate(out) if i not in hits]
            continue
        for i in hits:
            values = dict(o.values)
            if "target" in values:
                values.setdefault("in_corpus", values["target"] in corpus.documents)
            out[i] = replace(out[i], why=o.why, **values)
    return out, notes


def extract_relations(
    documents: list[Document], articles: list[Article], overrides: RelationOverrides | None = None
) -> tuple[list[Relation], list[str]]:
    """Every edge the corpus states, with the reviewed overrides applied; and notes on overrides
    that no longer apply.  Deterministic: documents and articles in corpus order."""
    by_doc: dict[str, list[Article]] = {}
    texts: dict[tuple[str, str], list[str]] = {}
    for a in articles:
        by_doc.setdefault(a.doc_id, []).append(a)
        texts.setdefault((a.doc_id, a.path), []).append(a.text)
    statements = (s for doc in documents for s in document_statements(doc, by_doc.get(doc.doc_id, [])))
    return resolve_relations(documents, statements, overrides, texts)


def resolve_relations(
    documents: list[Document],
    statements: Iterable[Statement],
    overrides: RelationOverrides | None = None,
    texts: Mapping[tuple[str, str], list[str]] | None = None,
) -> tuple[list[Relation], list[str]]:
    """``extract_relations`` from the statements already read (in corpus order), without the
    articles: ``documents`` are read for their metadata only (not their text), and ``texts`` need
    hold only the articles an added override quotes (``RelationOverrides.quoted``)."""
    corpus = _Corpus.of(documents)
    relations = [edge for edge in (resolve(s, corpus) for s in statements) if edge is not None]
    relations = _dedupe(relations)
    relations, notes = _apply(relations, overrides or RelationOverrides(), texts or {}, corpus)
    relations = _dedupe(relations)
    issued = {(r.source, r.target) for r in relations if r.kind == "issues"}
    for doc in documents:  # every notice the corpus pairs with a measure says that it issues it
        for child in doc.children:
            if (doc.doc_id, child) not in issued:
                notes.append(f"{doc.doc_id}《{doc.title}》：没有找到印发 {child} 的原文，文件关系中缺少这一条，需要复核")
    return relations, notes


_STRENGTH = {"repeals": 0, "supersedes": 1, "issues": 2, "cites": 3}


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One edge per (source, target, article): the strongest kind, the first quote."""
    best: dict[tuple[str, str, str], Relation] = {}
    order: list[tuple[str, str, str]] = []
    for r in relations:
        key = (r.source, r.target, r.article)
        if key not in best:
            best[key] = r
            order.append(key)
        elif _STRENGTH[r.kind] < _STRENGTH[best[key].kind]:
            best[key] = r
    return [best[k] for k in order]


def apply_repeals(documents: list[Document], relations: list[Relation]) -> list[Document]:
    """A corpus document another one repeals is in force until the day before the repealing
    one takes effect (or is issued): its expiry says so, and so does every status computed
    from it.  A measure issued by a repealed notice goes with it.  Superseding (where
    inconsistent) leaves the dates alone: the rest of the document stays in force.
    """
    from datetime import timedelta

    by_id = {d.doc_id: d for d in documents}
    for r in relations:
        if r.kind != "repeals" or not r.in_corpus or r.target not in by_id:
            continue
        source = by_id[r.source]
        start = source.effective_date or source.issued_date
        if start is None:
            continue
        target = by_id[r.target]
        for doc_id in (target.doc_id, *target.children):
            doc = by_id.get(doc_id)
            last = start - timedelta(days=1)
            if doc is None or (doc.expiry_date is not None and doc.expiry_date <= last):
                continue
            by_id[doc_id] = replace(
                doc,
                expiry_date=last,
                validity_basis=f"被{book(source.title)}{r.article}废止（该文件自{start.isoformat()}起施行）",
            )
    return [by_id[d.doc_id] for d in documents]
