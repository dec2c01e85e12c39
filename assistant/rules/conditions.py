"""Clauses that are a list of conditions, declared as data (``clauses/*.yaml``) and read by one engine.

Many clauses say no more than “who meets A, B and C may …” or “X may not …”.  Each
such clause is one entry: its document, article and quote, the region, the words a
question about it uses (its topic), and its conditions — each a declared fact
(``assistant/rules/facts``) with the value it must have, the sentence of the clause
that sets it, and what to say when a person fails it.  The engine builds an ordinary
``Rule`` from each entry (registered, cited and dated like the hand-written ones), so
routing, region discipline, periods and the dialogue treat them alike.

Verdicts: a condition stated false → ``not_eligible`` naming its clause; one still
unknown that the person can answer (``ask``, the default) → ``need_more_info`` asking
for the first such fact (conditions are listed most decisive first); all known and
met → ``eligible``.  A condition with ``ask: false`` is never asked for: it only fails
when the person says so; while it is unknown the answer states the clause and lists it
(``info``), never assuming it met.  An entry with
``verdict: not_eligible`` and no conditions states a prohibition.

A number condition (``at_least``) must be a number the clause's quote states (in digits, or
一 to 十 as in “连续服务满三年”), so no figure enters without its source; it is recorded as a ``Threshold`` (named
``<rule id>:<fact>``, its reference the condition's sentence), so the answer can say
how far off the person is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.datafile import load_yaml
from assistant.patterns import check
from assistant.rules.base import Clause, Context, Outcome, ParamValue, Period, RegistrationError, Rule
from assistant.rules.common import GRADUATES, THIS_YEAR_GRADUATE, UNSAID_GROUPS, _in_graduation_calendar_year, had_text, in_graduation_year, said_not_held, went_through
from assistant.rules.inputs import FACTS

CLAUSES_DIR = Path(__file__).resolve().parent / "clauses"


@dataclass(frozen=True)
class Condition:
    fact: str
    clause: Clause
    fails: str  # Chinese: why a person who fails it is not eligible
    is_: Any = None  # the value a bool / str fact must have
    among: tuple[str, ...] = ()  # a set / str fact must hold one of these
    at_least: Decimal | None = None  # a number fact must reach this (stated in the clause's quote)
    at_most: Decimal | None = None  # … must not exceed this
    below: Decimal | None = None  # … must stay under this (“累计10天以上不予发放”: below 10)
    ask: bool = True  # asked for when unknown; False: only a stated failure counts
    label: str = ""  # Chinese: the condition in a few words (listed when not asked)
    also: tuple[str, ...] = ()  # other set facts whose members count too (教师本人或其指导的选手: the coached medals)
    # a yes/no fact saying the act this condition follows is still ahead (the training only planned: “培训后取得证书”
    # is then a step to come) — unknown then, the condition is not asked but stated with the verdict
    after: str = ""
    # with ``below``: what is left under it, said when the verdict is met and the count is known (“还可享受{left}次”):
    # the count of uses had, and the uses left given as the figure (a times cap: 每人累计最多享受3次)
    left: str = ""
    this_one: str = ""  # a yes/no fact: the use now under way is counted among those had (“这次领完以后还能领几次”)

    @property
    def limit(self) -> tuple[Decimal, str] | None:
        """The number the clause states and how the fact must stand to it."""
        for value, relation in ((self.at_least, "at_least"), (self.at_most, "at_most"), (self.below, "less_than")):
            if value is not None:
                return value, relation
        return None

    def holds(self, value: Any, excluded: frozenset[str] = frozenset(), open_world: bool = True) -> bool | None:
        """True / False for a known value, None when unknown.

        A set fact is open-world (“我是大学毕业生” says nothing of being 毕业年度 or not):
        a set naming none of ``among`` leaves the condition unknown, unless it is empty
        (“都不是”) or every one of ``among`` was excluded (``excluded``: the members the
        person said they are not, the fact's ``negated_into``).  A set fact that records no
        negations (awards: people list what they won) is read as the list (``open_world``
        False): naming none of ``among`` fails the condition.

        >>> c = Condition("person_categories", None, "", among=("毕业年度高校毕业生", "就业困难人员"))
        >>> c.holds(frozenset({"就业困难人员"})), c.holds(frozenset({"高校毕业生"})), c.holds(frozenset())
        (True, None, False)
        >>> c.holds(frozenset({"高校毕业生"}), excluded=frozenset({"毕业年度高校毕业生", "就业困难人员"}))
        False
        >>> c.holds(None, excluded=frozenset({"毕业年度高校毕业生", "就业困难人员"})), c.holds(None, excluded=frozenset({"就业困难人员"}))
        (False, None)
        >>> Condition("awards", None, "", among=("全国技术能手",)).holds(frozenset({"国赛银牌"}), open_world=False)
        False
        """
        if value is None and self.among and open_world and excluded and all(a in excluded for a in self.among):
            return False  # none said, every one listed said not held (“大二的学生…城里普通家庭，也没啥特殊情况”)
        if value is None or value == frozenset():
            return None if value is None else False
        if self.at_least is not None:
            return Decimal(str(value)) >= self.at_least
        if self.at_most is not None:
            return Decimal(str(value)) <= self.at_most
        if self.below is not None:
            return Decimal(str(value)) < self.below
        if self.among:
            if isinstance(value, (set, frozenset, tuple)):
                if any(m in self.among for m in value):
                    return True
                return False if not open_world or all(a in excluded for a in self.among) else None
            return value in self.among
        return value == self.is_


@dataclass(frozen=True)
class DeclaredTopic:
    """A topic a declared clause answers: how questions about it are said."""

    id: str
    name: str
    patterns: tuple[tuple[str, float], ...]
    requires: str | None = None
    # topics whose rules this clause points to for the conditions (“具体条件见第五条、第六条”): one of them answers
    # when it reads a fact the person told that this clause does not (route.decide)
    defers_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Declared:
    rule: Rule
    topic: DeclaredTopic


def _formula(conditions: tuple[Condition, ...], yes: str, verdict: str, main: Clause, relation_id: str | None = None):
    def formula(ctx: Context) -> Outcome:
        ctx.step(main.quote + "。", main)
        if relation_id is not None:  # the clause's figure relative to one the person gave (relations/*.yaml)
            from assistant.rules.relations import relate, relations

            related = relate(ctx, relation_id, stated=relations()[relation_id].clause.quote == main.quote)
            if related is not None:
                return related
        if verdict == "not_eligible" and not conditions:
            return ctx.result("not_eligible", None, None, yes)
        unknown: list[Condition] = []
        ahead: list[Condition] = []
        for condition in conditions:
            if condition.limit is not None:  # the limit the clause states, recorded like a parameter's
                value, relation = condition.limit
                limit = ParamValue(f"{ctx.rule.id}:{condition.fact}", value, None, condition.clause, ctx.as_of)
                state = ctx.compare(condition.fact, limit, relation)  # a range said (“干了十几年”) when both ends agree
            else:
                state = condition.holds(_joined(ctx, condition), _excluded(ctx, condition.fact, condition), bool(_negated(condition.fact)))
            unsaid = state is None and _went_through(ctx, condition)
            if state is False or unsaid:
                ctx.step(condition.fails, condition.clause)
                return ctx.result("not_eligible", None, None, f"不符合。{condition.fails}" + (UNSAID_GROUPS if unsaid else ""))
            if state is None and condition.after and ctx.get(condition.after) is True:
                ahead.append(condition)  # “我想报个育婴员的培训”: the certificate comes after the training — stated, not asked
                continue
            if state is None and condition.ask:
                unknown.append(condition)
        if unknown:
            # ask, not need: a known set naming none of the groups is still asked about — by the clause's own groups,
            # those the person said they are not (or, of this year's graduates, left school in another year) left out
            first = unknown[0]
            ctx.ask(first.fact, among=_open_members(ctx, first))
            return ctx.incomplete(yes)
        rest = [c.label for c in conditions if not c.ask and ctx.get(c.fact) is None and (FACTS[c.fact].kind == "set" or ctx.span(c.fact) is None) and c.label]
        if rest:
            # conditions the person did not speak to are not assumed met: the clause is stated, no verdict
            return ctx.result("info", None, None, f"{yes}（您未说明是否满足：{'；'.join(rest)}。）")
        if ahead:
            later = "；".join(c.label or c.clause.quote for c in ahead)
            for c in ahead:
                ctx.step(f"尚待满足（在打算进行的事之后）：{c.label or c.clause.quote}。", c.clause)
            uses = _uses_left(ctx, conditions)  # (“补贴都领了两回，这次学电工还给补不”: the uses left said too)
            if uses is not None:
                left, told, text = uses
                return ctx.result("eligible", left, "次", f"{yes}（按您所说的情况符合人员条件；还须：{later}。）{told}，{text}。")
            return ctx.result("eligible", None, None, f"{yes}（按您所说的情况符合人员条件；还须：{later}。）")
        # a verdict on the person's case said as one (“符合。…”), as a failed condition is (“不符合。…”); a clause
        # asked about with nothing of a case said is stated as it is
        told = any(ctx.get(c.fact) is not None for c in conditions)
        said = f"符合。{yes}" if told and not yes.startswith(("符合", "可以", "能")) else yes
        uses = _uses_left(ctx, conditions)  # a cap of uses, the uses had said: the uses left, as the figure
        if uses is not None:
            left, told, text = uses
            return ctx.result("eligible", left, "次", f"{said}{told}，{text}。")
        return ctx.result("eligible", None, None, said)

    return formula


def _uses_left(ctx: Context, conditions: tuple[Condition, ...]) -> tuple[int, str, str] | None:
    """A cap of uses whose uses had are said (每人累计最多享受3次, 领过2次): (the uses left, what was had, the uses left
    said), the step recorded; None when no such cap or count."""
    for c in conditions:
        had = ctx.get(c.fact) if c.left and c.below is not None else None
        if isinstance(had, int) and not isinstance(had, bool):
            counted = had + (1 if c.this_one and ctx.get(c.this_one) is True else 0)
            left = max(int(c.below) - counted, 0)
            told = f"算上这一次已享受{counted}次" if counted != had else had_text(had)
            ctx.step(f"{told}，{c.left.format(left=left)}。", c.clause)
            return left, told, c.left.format(left=left)
    return None


def _members_told(condition: Condition) -> tuple[str, ...]:
    """The yes/no facts that tell members the condition lists (``member_facts``): read by its rule."""
    return tuple(f for m, f in FACTS[condition.fact].member_facts if m in condition.among) if condition.among else ()


def _went_through(ctx: Context, condition: Condition) -> bool:
    """A group condition whose groups the person went through, denying some and naming none of the rest
    (``common.went_through``): not held, said so."""
    if not condition.among or FACTS[condition.fact].kind != "set" or not _negated(condition.fact):
        return False
    return went_through(said_not_held(ctx, condition.fact), condition.among)


def _open_members(ctx: Context, condition: Condition) -> tuple[str, ...]:
    """The members a set condition lists that the person has not said they are not: asked by name."""
    if not condition.among or FACTS[condition.fact].kind != "set":
        return ()
    excluded = _excluded(ctx, condition.fact, condition)
    return tuple(m for m in condition.among if m not in excluded)


def _related(relation: str | None, where: str = "") -> tuple[str, ...]:
    """The facts a declared relation reads; an undeclared relation is refused by name."""
    if relation is None:
        return ()
    from assistant.rules.relations import relations

    if relation not in relations():
        raise RegistrationError(f"{where}: relation {relation!r} is not declared in assistant/rules/relations/")
    rel = relations()[relation]
    return tuple(k for k in (rel.fact, rel.rate_fact) if k)


def _joined(ctx: Context, condition: Condition) -> Any:
    """The fact's value, with the members of the condition's ``also`` facts joined to a set (None when none is said),
    and a graduate who leaves school in the calendar year asked about of that year's graduates (毕业年度高校毕业生:
    “我今年6月本科毕业”), as ``common.has_category`` reads them; whether the day asked is in the 毕业学年, from when the
    person leaves school where not said outright."""
    value = ctx.get(condition.fact)
    if condition.fact == "in_graduation_year" and value is None:
        # “今年6月毕业”: when the person leaves school tells whether the day asked is in the 毕业学年 (common.in_graduation_year)
        return in_graduation_year(ctx).ok
    more = [m for other in condition.also for m in (ctx.get(other) or ())]
    # a member told by its own yes/no fact (“办了失业登记”: 城镇登记失业人员)
    more += [m for m, fact in FACTS[condition.fact].member_facts if m in condition.among and ctx.get(fact) is True]
    if _this_year_graduate(ctx, condition) is True:
        more.append(THIS_YEAR_GRADUATE)
    if not more:
        return value
    return frozenset(value or ()) | frozenset(more)


def _this_year_graduate(ctx: Context, condition: Condition) -> bool | None:
    """Whether a graduate said (高校毕业生) left school in the calendar year asked about, when the condition names
    that year's graduates; None when not known or not asked."""
    cats = ctx.get(condition.fact) if condition.fact == "person_categories" else None
    if THIS_YEAR_GRADUATE not in condition.among or not cats or not (frozenset(cats) & GRADUATES):
        return None
    return _in_graduation_calendar_year(ctx)


def _negated(fact: str) -> tuple[str, ...]:
    """The set fact holding the members of ``fact`` the person said they are not (``negated_into``)."""
    terms = FACTS[fact].terms
    return (terms.negated_into,) if terms and terms.negated_into else ()


def _excluded(ctx: Context, fact: str, condition: Condition | None = None) -> frozenset[str]:
    said = frozenset(m for other in _negated(fact) for m in ctx.get(other) or ())
    if condition is not None:  # “没办失业登记”: not of the 城镇登记失业人员
        said |= {m for m, told in FACTS[fact].member_facts if m in condition.among and ctx.get(told) is False}
    if condition is not None and _this_year_graduate(ctx, condition) is False:
        said |= {THIS_YEAR_GRADUATE}  # left school in an earlier year: not of this year's graduates
    return said


def _clause(doc: str, entry: dict, where: str) -> Clause:
    clause = Clause(str(entry.get("doc", doc)), str(entry["article"]), str(entry["quote"]))
    if not clause.is_complete():
        raise RegistrationError(f"{where}: a clause needs doc, article and quote")
    return clause


_NUMERALS = "零一二三四五六七八九十"


def _states(quote: str, number: Decimal) -> bool:
    """Whether ``quote`` states ``number``: in digits, or for 1–10 in Chinese numerals
    (“连续服务满三年及以上” states 3; “十三年” does not).

    >>> _states("连续服务满三年及以上", Decimal(3)), _states("满十三年", Decimal(3)), _states("累计10天以上", Decimal(10))
    (True, False, True)
    """
    digits = {str(number), format(number.normalize(), "f")}
    if any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])", quote) for f in digits):
        return True
    if number != number.to_integral_value() or not 1 <= number <= 10:
        return False
    words = {_NUMERALS[int(number)], "两"} if number == 2 else {_NUMERALS[int(number)]}
    around = "零一二三四五六七八九十百千万两"
    return any(re.search(rf"(?<![{around}]){w}(?![{around}])", quote) for w in words)


def parse_condition(doc: str, entry: dict, where: str) -> Condition:
    """One condition of a declared entry (the one format of ``clauses/`` and ``amounts/``)."""
    fact = str(entry["fact"])
    if fact not in FACTS:
        raise RegistrationError(f"{where}: undeclared fact {fact!r}: declare it in assistant/rules/facts/")
    clause = _clause(doc, entry, where)
    limits = {}
    for key in ("at_least", "at_most", "below"):
        if key in entry:
            limits[key] = Decimal(str(entry[key]))
            if not _states(clause.quote, limits[key]):
                raise RegistrationError(f"{where}: {fact} {key} {limits[key]} is not a number its quote states")
    if len(limits) > 1:
        raise RegistrationError(f"{where}: a condition on {fact} has one of at_least, at_most, below")
    among = tuple(str(v) for v in entry.get("among") or ())
    spec = FACTS[fact]
    for value in among or ((entry["is"],) if "is" in entry and spec.choices else ()):
        if spec.choices and value not in spec.choices:
            raise RegistrationError(f"{where}: {value!r} is not a choice of {fact}")
    if not limits and not among and "is" not in entry:
        raise RegistrationError(f"{where}: a condition on {fact} needs is, among, at_least, at_most or below")
    also = tuple(str(v) for v in entry.get("also") or ())
    for other in also:
        if other not in FACTS or FACTS[other].kind != "set" or spec.kind != "set":
            raise RegistrationError(f"{where}: also {other!r} joins a declared set fact to the set fact {fact}")
    after = str(entry.get("after") or "")
    if after and (after not in FACTS or FACTS[after].kind != "bool"):
        raise RegistrationError(f"{where}: after {after!r} names a declared yes/no fact (the act still ahead)")
    left = str(entry.get("left") or "")
    if left and ("below" not in limits or "{left}" not in left):
        raise RegistrationError(f"{where}: left names what stays under a below limit, with {{left}}")
    this_one = str(entry.get("this_one") or "")
    if this_one and (not left or this_one not in FACTS or FACTS[this_one].kind != "bool"):
        raise RegistrationError(f"{where}: this_one names a declared yes/no fact, beside left")
    return Condition(
        fact, clause, str(entry["fails"]), entry.get("is"), among, limits.get("at_least"), limits.get("at_most"),
        limits.get("below"), bool(entry.get("ask", True)), str(entry.get("label", "")), also, after, left, this_one,
    )


def parse_period(raw: Mapping | None, where: str) -> Period | None:
    """A declared entry's own period (``period: {from, to, basis}``), for a document not in
    ``sources.yaml`` because it states no date (the one format of ``clauses/`` and ``amounts/``)."""
    if not raw:
        return None
    try:
        start = raw["from"] if isinstance(raw["from"], date) else date.fromisoformat(str(raw["from"]))
        end = raw.get("to")
        end = None if end is None else end if isinstance(end, date) else date.fromisoformat(str(end))
    except (KeyError, ValueError) as e:
        raise RegistrationError(f"{where}: period needs `from` (YYYY-MM-DD), an optional `to` and a basis") from e
    if not raw.get("basis"):
        raise RegistrationError(f"{where}: a period needs a basis (how it was fixed)")
    return Period(start, end, str(raw["basis"]))


def load(*paths: Path) -> tuple[Declared, ...]:
    """Every clause declared in ``paths`` (default: every file of ``clauses/``) as a Rule and its
    topic; a malformed entry is refused by name, and so is an id declared twice."""
    out: list[Declared] = []
    for path in paths or sorted(CLAUSES_DIR.glob("*.yaml")):
        out.extend(_load_file(path))
    check_declared(out, "clauses")
    return tuple(out)


def check_declared(declared, what: str) -> None:
    """Refuse an id declared twice, and one topic said two ways (its words would depend on file order).
    ``declared``: items with ``rule`` and ``topic`` (here and in ``amounts.py``)."""
    seen: set[str] = set()
    topics: dict[str, DeclaredTopic] = {}
    for d in declared:
        if d.rule.id in seen:
            raise RegistrationError(f"{what}: {d.rule.id} is declared twice")
        seen.add(d.rule.id)
        if topics.setdefault(d.topic.id, d.topic) != d.topic:
            raise RegistrationError(f"{what}: topic {d.topic.id} is declared differently by {d.rule.id}")


def parse_topic(t: dict) -> DeclaredTopic:
    """A declared topic (``{id, name, says, requires, defers_to}``); a broken pattern is refused now, not when a person types."""
    topic = DeclaredTopic(str(t["id"]), str(t["name"]), tuple((str(p), float(w)) for p, w in t["says"]), t.get("requires"), tuple(str(d) for d in t.get("defers_to") or ()))
    for pattern, _ in topic.patterns:
        check(pattern)
    return topic


def _load_file(path: Path) -> list[Declared]:
    out = []
    for entry in load_yaml(path.read_text(encoding="utf-8")) or ():
        where = f"{path.name}: {entry.get('id', '<no id>')}"
        doc = str(entry["doc"])
        main = _clause(doc, entry["clause"], where)
        conditions = tuple(parse_condition(doc, c, where) for c in entry.get("conditions") or ())
        verdict = entry.get("verdict", "eligible")
        if verdict not in ("eligible", "not_eligible"):
            raise RegistrationError(f"{where}: verdict is eligible (conditions) or not_eligible (a prohibition)")
        relation = str(entry["relation"]) if entry.get("relation") else None
        _related(relation, where)
        t = entry["topic"]
        topic = parse_topic(t)
        rule = Rule(
            id=str(entry["id"]),
            title=str(entry["title"]),
            region=str(entry["region"]),
            topic=topic.id,
            citations=(main, *dict.fromkeys(c.clause for c in conditions if c.clause != main)),
            formula=_formula(conditions, str(entry["answer"]), verdict, main, relation),
            inputs=tuple(dict.fromkeys([*(k for c in conditions for k in (c.fact, *c.also, *_negated(c.fact), *_members_told(c), *((c.after,) if c.after else ()))), *_related(relation)])),
            reading=str(entry.get("reading", "")),
            period=parse_period(entry.get("period"), where),
        )
        out.append(Declared(rule, topic))
    return out


@functools.lru_cache(maxsize=1)
def declared() -> tuple[Declared, ...]:
    return load()


def rules() -> tuple[Rule, ...]:
    return tuple(d.rule for d in declared())


def topics() -> tuple[DeclaredTopic, ...]:
    """One per topic id (several clauses may answer one topic)."""
    return tuple({d.topic.id: d.topic for d in declared()}.values())
