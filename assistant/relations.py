"""The document graph, read: what a document says about others, and what others say about it.

The edges are extracted at ingest (ingest/relations.py) and stored with the build;
this module only looks them up.  A document the corpus lacks is known by the 文号 or
title the citing documents wrote: ``about_reference`` finds its edges from a 文号 or
title as a person types it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.schema import Document, Relation

# edges that change which text is in force, strongest first
REPLACING = ("repeals", "supersedes")


def plain_title(title: str) -> str:
    """A title compared by its words: without the outer 《》 or spaces, inner 〈〉 as 《》.

    >>> plain_title("《财政部人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》")
    '财政部人力资源社会保障部关于印发《就业补助资金管理办法》的通知'
    >>> plain_title("关于印发《X办法》的通知")
    '关于印发《X办法》的通知'
    """
    text = re.sub(r"\s+", "", title)
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1]
    return text.replace("〈", "《").replace("〉", "》")


_plain = plain_title


def _number_key(number: str) -> str:
    """The part of a 文号 that identifies it whatever prefix is typed: 〔2017〕164号."""
    return number[number.find("〔") :] if "〔" in number else number


def same_number(written: str, typed: str) -> bool:
    """A typed 文号 names a written one, with or without (part of) the issuer's prefix.

    >>> same_number("财社〔2017〕164号", "〔2017〕164号"), same_number("财社〔2017〕164号", "财社〔2017〕16号")
    (True, False)
    >>> same_number("人社部发〔2019〕90号", "川人社规〔2019〕90号")
    False
    """
    if _number_key(written) != _number_key(typed) or "〔" not in typed:
        return written == typed
    prefix, given = written.partition("〔")[0], typed.partition("〔")[0]
    return not given or prefix.endswith(given) or given.endswith(prefix)


@dataclass(frozen=True)
class Standing:
    """What the corpus says about a document it cites: replaced (by which edges) or only cited."""

    name: str  # as the citing documents write it: 《title》（文号）
    replaced_by: tuple[Relation, ...]  # repeals / supersedes edges, repeals first
    cited_by: tuple[Relation, ...]  # every edge that names it, in corpus order

    @property
    def repealed(self) -> bool:
        return any(r.kind == "repeals" for r in self.replaced_by)

    @property
    def citing_documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.cited_by))


class DocumentGraph:
    """Edges by source and by target, over one build's documents."""

    def __init__(self, relations: Sequence[Relation], documents: Mapping[str, Document]):
        self.relations = tuple(relations)
        self.documents = documents
        self._from: dict[str, list[Relation]] = {}
        self._to: dict[str, list[Relation]] = {}
        for r in self.relations:
            self._from.setdefault(r.source, []).append(r)
            self._to.setdefault(r.target, []).append(r)

    def outgoing(self, doc_id: str) -> tuple[Relation, ...]:
        """What ``doc_id``'s articles say about other documents."""
        return tuple(self._from.get(doc_id, ()))

    def incoming(self, doc_id: str) -> tuple[Relation, ...]:
        """What other corpus documents say about ``doc_id`` (or about a 文号/title the corpus lacks)."""
        return tuple(self._to.get(doc_id, ()))

    def of_document(self, doc_id: str) -> tuple[Relation, ...]:
        """The edges a citation of ``doc_id`` carries: everything said about it, and what it
        repeals, supersedes or issues (its own plain citations are in ``outgoing``)."""
        return self.incoming(doc_id) + tuple(r for r in self.outgoing(doc_id) if r.kind != "cites")

    def replaced(self, doc_id: str) -> tuple[Relation, ...]:
        """The edges that repeal or supersede ``doc_id``, repeals first."""
        found = [r for r in self.incoming(doc_id) if r.kind in REPLACING]
        return tuple(sorted(found, key=lambda r: REPLACING.index(r.kind)))

    @functools.cached_property
    def _outside(self) -> dict[str, list[Relation]]:
        """Targets the corpus does not hold, by their key (文号, else title as written)."""
        out: dict[str, list[Relation]] = {}
        for r in self.relations:
            if not r.in_corpus:
                out.setdefault(r.target, []).append(r)
        return out

    def about_reference(self, numbers: Sequence[str] = (), titles: Sequence[str] = ()) -> Standing | None:
        """What the corpus says about a document it does not hold, named by 文号 or 《title》.

        None when no corpus document names it either: the corpus knows nothing of it.
        """
        edges: list[Relation] = []
        for key, found in self._outside.items():
            numbered = [r for r in found if r.number and any(same_number(r.number, n) for n in numbers)]
            titled = [
                r for r in found
                if not numbers and r.title and any(_plain(t) in (_plain(r.title), _plain(r.target)) or _plain(r.title).endswith(_plain(t)) for t in titles if len(_plain(t)) >= 6)
            ]  # fmt: skip
            edges.extend(numbered or titled)
        return self._standing(edges)

    def about_edition(self, text: str, year: int) -> Standing | None:
        """A document the corpus does not hold, named by the title it issued and the year of its 文号
        (“2017年那个就业补助资金管理办法”: 《关于印发〈就业补助资金管理办法〉的通知》（财社〔2017〕164号）,
        which the 2023 办法 repeals): ``text`` holds the title (or the one in its 《》, at least 6
        characters).  Only a document some corpus document repeals or supersedes: a year alone does
        not say which of several documents the corpus cites is meant.
        """
        plain = _plain(text)
        edges = []
        for found in self._outside.values():
            for r in found:
                if r.kind not in REPLACING or not r.number or f"〔{year}〕" not in r.number or not r.title:
                    continue
                names = [_plain(r.title), *re.findall(r"《([^》]{6,})》", _plain(r.title))]
                if any(len(n) >= 6 and n in plain for n in names):
                    edges.append(r)
        return self._standing(edges)

    def about_title_words(self, text: str) -> Standing | None:
        """A document the corpus does not hold but repeals or supersedes, named by its title's words
        without 《》 or issuer (“就业补助资金管理办法的补充通知还有效吗”: 财社〔2019〕122号 and
        〔2021〕89号); not when a corpus document's title says the same words (关于印发…办法的通知 is
        both the 2017 notice and the 2023 one the corpus holds)."""
        said = _title_words(text)
        held = {_title_words(d.title) for d in self.documents.values()}
        edges = [
            r for found in self._outside.values() for r in found
            if r.kind in REPLACING and r.title and len(_title_words(r.title)) >= 8
            and _title_words(r.title) in said and _title_words(r.title) not in held
        ]  # fmt: skip
        return self._standing(edges)

    def _standing(self, edges: Sequence[Relation]) -> Standing | None:
        if not edges:
            return None
        edges = [r for r in self.relations if r in edges]  # corpus order
        replaced = tuple(sorted((r for r in edges if r.kind in REPLACING), key=lambda r: REPLACING.index(r.kind)))
        # named as the repealing article writes it (the full title), else as the first to cite it with both;
        # a title two repealed documents share (关于《…》的补充通知: 〔2019〕122号 and 〔2021〕89号) names both
        named = next((r for r in (*replaced, *edges) if r.number and r.title), edges[0])
        both = list(dict.fromkeys(r.target_name() for r in replaced if r.kind == replaced[0].kind)) if replaced else []
        return Standing("、".join(both) if len(both) > 1 else named.target_name(), replaced, tuple(edges))


def _title_words(title: str) -> str:
    """A title's own words: without 《》〈〉, spaces or the issuer before 关于.

    >>> _title_words("《财政部人力资源社会保障部关于〈就业补助资金管理办法〉的补充通知》")
    '就业补助资金管理办法的补充通知'
    """
    text = re.sub(r"[《》〈〉\s]", "", title)
    return text[text.index("关于") + 2 :] if "关于" in text[:40] else text


# what a title is called after its subject: 管理办法, 实施方案 … (stripped to find the subject)
_KIND_OF_TEXT = re.compile(r"(?:工作)?(?:管理办法|实施办法|实施方案|实施细则|工作方案|行动方案|办法|方案|细则|规定|意见|指南|计划)(?:（试行）|\(试行\))?$")
_REGION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市|自治区))")


def subject_of(title: str) -> tuple[str, str]:
    """(the place a title names, its subject without the kind of text).

    >>> subject_of("江西省职业技能等级认定工作管理办法")
    ('江西', '职业技能等级认定')
    >>> subject_of("江西省专业技术人才知识更新工程实施方案")
    ('江西', '专业技术人才知识更新工程')
    """
    text = _plain(title)
    place = _REGION_PREFIX.match(text)
    core = _KIND_OF_TEXT.sub("", text[place.end() :] if place else text)
    name = place.group(0) if place else ""
    return re.sub(r"(省|市|自治区)$", "", name), core


def _issued_elsewhere(graph: DocumentGraph) -> tuple[tuple[Relation, str, str], ...]:
    return tuple((r, *subject_of(r.title or r.target)) for r in graph.relations if r.kind == "issues" and not r.in_corpus)


def absent_body(graph: DocumentGraph, text: str) -> Relation | None:
    """The ``issues`` edge of a measure the corpus holds only as its cover notice, when ``text``
    names that measure: its subject (at least 6 characters) followed by its kind of text (办法,
    方案 …), or a programme's proper name (…工程) with its place.  A question about the subject
    without naming the measure (“江西技工院校学生能参加职业技能等级认定吗”) is not one.

    “江西省职业技能等级认定工作管理办法里，对考评员有什么条件要求？” names a 办法 whose notice
    is in the corpus and whose articles are not: nothing in the corpus answers what it says.

    >>> from assistant.schema import Relation
    >>> r = Relation("jx-2022-ac1246", "issues", "江西省职业技能等级认定工作管理办法", False, "正文", "印发", None, "江西省职业技能等级认定工作管理办法")
    >>> g = DocumentGraph((r,), {})
    >>> absent_body(g, "江西省职业技能等级认定工作管理办法里，对考评员有什么条件要求？") is r
    True
    >>> absent_body(g, "江西技工院校学生能参加学校的职业技能等级认定吗") is None
    True
    """
    for relation, place, subject in _issued_elsewhere(graph):
        if len(subject) < 6 or subject not in text:
            continue
        after = text[text.index(subject) + len(subject) :][:8]
        named_as_text = re.match(r"(?:工作)?(?:管理|实施)?(?:办法|方案|细则|规定|意见)", after)
        proper_name = re.search(r"(?:工程|计划|行动|项目)$", subject) and place and place in text
        if named_as_text or proper_name:
            return relation
    return None
