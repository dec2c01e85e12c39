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
        if not edges:
            return None
        edges = [r for r in self.relations if r in edges]  # corpus order
        replaced = tuple(sorted((r for r in edges if r.kind in REPLACING), key=lambda r: REPLACING.index(r.kind)))
        # named as the repealing article writes it (the full title), else as the first to cite it with both
        named = next((r for r in (*replaced, *edges) if r.number and r.title), edges[0])
        return Standing(named.target_name(), replaced, tuple(edges))
