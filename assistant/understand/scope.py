"""What a question is about, by concept: covered by the corpus, or a neighbour it does not cover.

Retrieval scores of relevant and unrelated passages overlap, so a score cut-off cannot tell
"养老保险关系怎么转" (not in the corpus) from "社保补贴怎么领" (in it).  Concepts can: the
lexicon in ``assistant/data/concepts.yaml`` names what the corpus covers and the neighbouring
concepts of the same field that it does not, each by how people say it.  The concept a question
asks about is the last one named in the last clause that names one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
import re
from dataclasses import dataclass

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.understand.intents import intent

_CLAUSE = re.compile(r"[^，,。；;？?！!\n]+")
# what people say around a concept named is declared in assistant/data/intents.yaml and read here by id:
# a clause that asks (asks_in_clause); a weak term said as the base a share is taken of (“按当地最低工资的多少
# 给”, “最低工资标准的百分之几”: as_base_before, as_base_after) — the share is asked, not the base — or as
# what a covered measure is tied to (“补贴跟最低工资有关系吗”: tied_before, tied_after), or what a cost is
# counted into (“见习补贴要不要算进社保缴费基数”: counted_into_before) — the measure is asked, the weak term
# names its reference


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    covered: bool
    terms: tuple[str, ...]
    ask: tuple[str, ...] = ()  # examples that are declined (uncovered) …
    keep: tuple[str, ...] = ()  # … and that are not
    weak_terms: tuple[str, ...] = ()  # decline only when the clause asked names nothing covered
    person: bool = False  # says who the person is (技师, 高校毕业生), never what is asked
    generic: bool = False  # names no scheme of its own (补贴, 补助): another concept named in the clause asked decides
    learned: bool = False  # a thing one learns or studies (驾照, 成人本科): the training (subsidy) asked of it is of this, not the corpus's


@dataclass(frozen=True)
class ConceptMention:
    concept: Concept
    term: str
    start: int

    @property
    def weak(self) -> bool:
        return self.term in self.concept.weak_terms

    def as_base(self, text: str) -> bool:
        """A weak term said as the base of a share asked (“分别按当地最低工资的多少给”)."""
        end = self.start + len(self.term)
        before, after = text[: self.start], text[end:]
        return self.weak and bool(
            intent("as_base_before").search(before) or intent("as_base_after").match(after) or intent("stated_figure_after").match(after)
            or (intent("tied_before").search(before) and intent("tied_after").match(after)) or intent("counted_into_before").search(before)
        )


@dataclass(frozen=True)
class Lexicon:
    concepts: tuple[Concept, ...]

    @functools.cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, Concept]]:
        table: dict[str, Concept] = {}
        for concept in self.concepts:
            for term in (*concept.terms, *concept.weak_terms):
                if term in table and table[term] is not concept:
                    raise ValueError(f"concepts.yaml: “{term}” names both {table[term].id} and {concept.id}")
                table[term] = concept
        alternation = "|".join(re.escape(t) for t in sorted(table, key=len, reverse=True))
        return re.compile(alternation), table

    def mentions(self, text: str) -> list[ConceptMention]:
        """Every concept named in ``text``, longest term first where they overlap.

        >>> [m.concept.id for m in lexicon().mentions("领取失业金期间考了技师证，技能提升补贴能领吗")]
        ['unemployment_benefit', 'skill_levels', 'training']
        """
        pattern, table = self._pattern
        return [ConceptMention(table[m.group(0)], m.group(0), m.start()) for m in pattern.finditer(text)]

    def asked(self, text: str) -> ConceptMention | None:
        """The concept the question asks about, in the clause that asks.

        The clause asked is the last one that asks (？, 吗, 多少, 怎么 …) and names a concept,
        else the last that names one.  In it, the last concept named decides — a weak term of
        an uncovered concept only when nothing covered is named there.

        >>> lexicon().asked("高级技师在杭州能直接落户吗？要社保交满多久").concept.id
        'household_registration'
        >>> lexicon().asked("见习期间摔伤了，见习补贴还发吗").concept.id
        'internship'
        >>> lexicon().asked("成都现在的最低工资标准是多少？算见习补贴要用").concept.id
        'wages_and_contracts'
        >>> lexicon().asked("见习补贴是按最低工资的多少发的").concept.id
        'internship'
        >>> lexicon().asked("今天天气怎么样") is None, lexicon().asked("每人每月补多少？我们这最低工资1800") is None
        (True, True)
        >>> lexicon().asked("山西和四川给见习单位的见习补贴，分别按当地最低工资的多少给？").concept.id
        'internship'
        >>> lexicon().asked("公益岗的岗位补贴怎么定？和最低工资挂钩吗").concept.covered
        True
        >>> lexicon().asked("单位发给见习人员的生活费，要不要计入社保缴费基数？").concept.id
        'internship'
        >>> lexicon().asked("灵活就业自己交养老保险，缴费基数能选60%那档吗").concept.id
        'pension'
        >>> lexicon().asked("太原最低工资现在是1880吧？政府给单位的见习补贴，一个人一个月是多少钱").concept.id
        'internship'
        >>> lexicon().asked("成都最低工资是2100吗").concept.id
        'wages_and_contracts'
        """
        found = [m for m in self.mentions(text) if not m.concept.person and not m.as_base(text)]
        if not found:
            return None
        clauses = [
            (c.start(), c.end(), bool(intent("asks_in_clause").search(c.group(0)) or text[c.end() : c.end() + 1] in ("？", "?")))
            for c in _CLAUSE.finditer(text)
        ]
        named = [(start, end, asks) for start, end, asks in clauses if any(start <= m.start < end for m in found)]
        if not named:
            return found[-1]
        asking = [c for c in named if c[2]]
        start, end, asks = (asking or named)[-1]
        inside = [m for m in found if start <= m.start < end]
        strong = [m for m in inside if not m.weak]
        if strong:
            # (“规培期间每个月有多少补助”: the scheme named decides, not the generic 补助 said of it)
            chosen = ([m for m in strong if not m.concept.generic] or strong)[-1]
            # “想考个成人本科提升学历，有补贴吗”“考个B2驾驶证，有没有培训补贴”: a subsidy or training asked of a thing
            # learned that the corpus does not cover is that thing's
            learned = [m for m in found if m.concept.learned and m.start < chosen.start]
            if learned and (chosen.concept.generic or chosen.concept.id == "training") and not any(m.concept.covered and not m.concept.generic and m.concept.id != "training" for m in found):
                return learned[-1]
            return chosen
        # a weak term decides only in the clause that asks ("每人每月补多少？我们这最低工资1800" asks
        # about the subsidy, and says the wage in passing)
        return inside[-1] if asks else None


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml((DATA_DIR / "concepts.yaml").read_text(encoding="utf-8"))
    concepts = []
    for covered, key in ((True, "covered"), (False, "uncovered")):
        for entry in data[key]:
            examples = entry.get("examples") or {}
            concepts.append(
                Concept(
                    entry["id"], entry["label"], covered, tuple(entry.get("terms") or ()),
                    tuple(examples.get("ask") or ()), tuple(examples.get("keep") or ()), tuple(entry.get("weak_terms") or ()), bool(entry.get("person")),
                    bool(entry.get("generic")), bool(entry.get("learned")),
                )
            )
    return Lexicon(tuple(concepts))


_SHARED_RUN = 6  # characters of the question's own words a passage must share, beside the term, to speak to it


def out_of_scope(text: str, passages: Iterable[str] = ()) -> Concept | None:
    """The uncovered concept a question asks about, or None when it may be answered.

    Asked of what a document says (“行动方案里…”), a passage that names the term asked together with a run
    of the question's other words (高层次数字人才 … 住房、落户: what the 数字人才 plan says of settling) speaks
    to it: the question is answered from it.

    >>> out_of_scope("公积金怎么提取").label
    '住房公积金'
    >>> out_of_scope("社保补贴怎么领") is None
    True
    >>> out_of_scope("数字人才行动方案里，高层次数字人才在住房、落户上有什么支持", ["将高层次数字人才纳入地方高级专家库，鼓励…在住房、落户…给予支持"]) is None
    True
    >>> out_of_scope("高级技师在杭州能直接落户吗", ["首席技师、特级技师等高技能领军人才…落户、购（租）住房…"]).label
    '落户与户籍'
    """
    asked = lexicon().asked(text)
    if asked is None or asked.concept.covered:
        return None
    if intent("points_inside").search(text) and any(_speaks_to(text, asked, passage) for passage in passages):
        return None
    return asked.concept


def _speaks_to(text: str, asked: ConceptMention, passage: str) -> bool:
    """Does the passage name the term asked and share a run of the question's other words?"""
    if asked.term not in passage:
        return False
    rest = text[: asked.start] + "，" + text[asked.start + len(asked.term) :]
    for run in re.findall(r"[\u4e00-\u9fff\w]+", rest):
        for i in range(len(run) - _SHARED_RUN + 1):
            if run[i : i + _SHARED_RUN] in passage:
                return True
    return False


def names_covered(text: str) -> bool:
    """Does the question name a concept the corpus covers (not only who the person is)?

    >>> names_covered("晋中一县一品特色品牌培训，每个品牌至少培训多少人"), names_covered("我是高校毕业生")
    (True, False)
    """
    return any(m.concept.covered and not m.concept.person for m in lexicon().mentions(text))


def covered_labels() -> list[str]:
    return [c.label for c in lexicon().concepts if c.covered]
