"""Clauses that state fixed figures, declared as data (``amounts/*.yaml``) and read by one engine.

Many clauses say no more than “X gets 300元/人”, “100万元 and 200万元 for 省级 and
国家级”, “每人每天100元，原则上每人不超过1000元”, “每年最高60万元”.  Each such clause is
one entry: its document, article and quote, the region, the words a question about it
uses (its topic), and its **parts** — each a figure its own quote states, with its unit
and what it is counted per (once, per person, per year, per day, per month, per time,
or several of these: per person-day).  The engine builds an ordinary ``Rule`` from each
entry (registered, cited and dated like the hand-written ones, ``kind="amount"``), so
routing, region discipline, periods and the dialogue treat it like the others.

How a figure becomes an amount (each step a ``Context.step`` naming the part's clause):

- a ``choice`` fact selects the figure (国家级 → 200万元, 省级 → 100万元); while it is
  unknown the clause is stated and the choice asked for;
- the figure is multiplied by the count of each thing it is per (the people, the years,
  the days … the topic's facts say); a count not said leaves the amount per that thing
  (“元/人”, “元/年”), or, when several parts are added, counts as one and the step says so;
- a ``cap`` bounds the amount per what it names (“每人不超过1000元”: the days are
  multiplied first, the cap applies per person, then the people are counted);
- ``longest`` is the clause's own maximum count (“最长不超过2年”): the years asked are
  cut to it, and “按最长期限算” (``whole_period``) counts it;
- ``of`` names the base a share is taken of (“职工教育经费…60%以上用于一线职工”): when the
  person says the base (职工教育经费80万), the amount is the base times the share, in 元
  (“职工教育经费80万元 × 60% = 48万元”); otherwise the share itself is the answer;
- a part stated as a bound (``bound: at_most``: 最高、不超过; ``at_least``: 以上、不少于)
  makes the amount one (“元（上限）”, 按上限计算; “60%（下限）”, 至少);
- parts that add up (“一次性奖励加上运营经费补助”) are summed: the parts a ``parts``
  fact names, or every part when none is named — unless the parts named are each asked in a
  question of its own and no total is (``parts_asked_apart``: “一次性奖励多少？每年运营补助最多
  多少？”): then each is answered, the first as the amount.  One entry holds the parts of one
  clause (they share its topic, its choice and its conditions), so no separate ``sum``
  of entries is needed; parts that add share one unit.  Parts that count different
  things (“1次职业指导、3次岗位推荐”) are declared ``adds: false``: several asked are
  listed (``info``), one asked is its amount — unless their total is asked (``amount_basis``
  合计: “加起来最少几次”) and they share one unit and one bound: then they are added;
- ``amount_basis`` “每个” answers per person even when a head count is said; the
  summary then gives the total beside it.

An entry may carry ``conditions`` in the format of ``clauses/`` (``conditions.py``):
a condition stated false gives ``not_eligible``; one unknown that can be asked gives
``need_more_info``; ``ask: false`` ones are listed as what the amount presumes.

Every figure must be written as its quote writes it (``100万元``, ``300元``, ``35%``,
``3年``) and occur in that quote, so no number enters without its source.  Percentages
are carried as percent (``35`` with unit ``%``), as they are shown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.datafile import load_yaml
from assistant.rules.base import Clause, Context, Outcome, ParamValue, RegistrationError, Rule, fmt_money, fmt_number
from assistant.rules.conditions import Condition, DeclaredTopic, check_declared, parse_condition, parse_period, parse_topic
from assistant.rules.inputs import FACTS

AMOUNTS_DIR = Path(__file__).resolve().parent / "amounts"

# what a figure may be counted per → (the word in units and steps, the facts that count it, first known wins)
DIMENSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "person": ("人", ("people_count",)),
    "year": ("年", ("period_years",)),
    "day": ("天", ("training_days",)),
    "month": ("月", ()),
    "time": ("次", ()),
}
_ORDER = tuple(DIMENSIONS)  # units read 元/人·天: the person first

# a figure as the quote writes it → (number, canonical unit, factor)
_FIGURE = re.compile(r"^(?P<n>\d+(?:\.\d+)?|[一两二三四五六七八九十])(?P<unit>万元|元|%|个工作日|工作日|个月|月|年|天|日|次)$")
_UNITS = {"万元": ("元", Decimal(10000)), "个工作日": ("工作日", Decimal(1)), "个月": ("月", Decimal(1)), "日": ("天", Decimal(1))}
_NUMERALS = {c: Decimal(i) for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": Decimal(2)}  # “延长一年”


@dataclass(frozen=True)
class Figure:
    """A number a clause states, with its unit: 100万元 → 1000000 元."""

    value: Decimal
    unit: str  # 元 % 年 月 天 工作日 次
    said: str  # as the quote writes it

    def text(self, value: Decimal | None = None) -> str:
        """The figure (or another value in its unit) as answers write it.

        >>> parse_figure("60万元").text(), parse_figure("35%").text(Decimal(70)), parse_figure("15个工作日").text()
        ('60万元', '70%', '15个工作日')
        """
        value = self.value if value is None else value
        if self.unit == "元":
            return fmt_money(value)
        return f"{fmt_number(value)}{'个' if self.unit in ('工作日', '月') else ''}{self.unit}"


def parse_figure(said: str) -> Figure:
    """A figure as written (``100万元``, ``300元``, ``35%``, ``3年``, ``15个工作日``, ``一年``).

    >>> parse_figure("100万元").value, parse_figure("35%").unit, parse_figure("15个工作日").unit, parse_figure("一年").value
    (Decimal('1000000'), '%', '工作日', Decimal('1'))
    """
    m = _FIGURE.match(str(said).strip())
    if m is None:
        raise ValueError(f"{said!r} is not a figure (a number and one of 元 万元 % 年 个月 天 个工作日 次)")
    unit, factor = _UNITS.get(m.group("unit"), (m.group("unit"), Decimal(1)))
    n = m.group("n")
    value = _NUMERALS[n] if n in _NUMERALS else Decimal(n)
    value *= factor
    return Figure(value.to_integral_value() if value == value.to_integral_value() else value, unit, str(said).strip())


def states(quote: str, said: str) -> bool:
    """Whether ``quote`` writes the figure ``said`` (not as the tail of a longer number).

    >>> states("分别给予100万元和200万元的一次性奖励", "100万元"), states("分别给予100万元", "00万元")
    (True, False)
    """
    return re.search(rf"(?<![\d.一二三四五六七八九十百千万两]){re.escape(said)}", quote) is not None


@dataclass(frozen=True)
class Cap:
    """“原则上每人不超过1000元”: the amount per ``per`` does not exceed ``figure``."""

    figure: Figure
    per: tuple[str, ...]
    clause: Clause


@dataclass(frozen=True)
class Base:
    """What a share is of (“职工教育经费”), and the fact that holds the person's figure for it."""

    name: str
    fact: str


@dataclass(frozen=True)
class Part:
    """One figure of a clause (or one per value of the entry's choice), counted per ``per``."""

    name: str
    clause: Clause
    figures: tuple[tuple[str | None, Figure], ...]  # (choice value, figure); (None, figure) when one figure
    per: tuple[str, ...]  # dimensions, in DIMENSIONS order; () = once
    counts: tuple[tuple[str, tuple[str, ...]], ...]  # dimension → the facts that count it
    bound: str = ""  # "at_most": the figure is a maximum (最高、不超过); "at_least": a minimum (以上、不少于)
    cap: Cap | None = None
    longest: Figure | None = None  # the clause's own maximum count of years (最长不超过2年)
    of: Base | None = None  # a share (%) of a base the person may give: then an amount in 元

    def figure(self, choice: str | None) -> Figure | None:
        for value, figure in self.figures:
            if value is None or value == choice:
                return figure
        return None

    @property
    def unit(self) -> str:
        return self.figures[0][1].unit

    def count_facts(self, dimension: str) -> tuple[str, ...]:
        return dict(self.counts)[dimension]


@dataclass(frozen=True)
class Amount:
    """One part worked out: the amount, the counts applied, the words of the calculation."""

    value: Decimal
    per: tuple[str, ...]  # dimensions left uncounted (the amount is per each of them)
    text: str  # the calculation, in Chinese
    capped: bool = False
    unit: str = ""  # the unit of ``value`` when it is not the figure's (a share of a base: 元)


def work_out(figure: Figure, per: tuple[str, ...], counts: Mapping[str, Decimal | None], cap: Cap | None = None) -> Amount:
    """The figure times the count of each thing it is per; a cap bounds the amount per what it names.

    A count that is None stays out: the amount is then per that thing.

    >>> a = work_out(parse_figure("100元"), ("person", "day"), {"person": Decimal(30), "day": Decimal(15)},
    ...              Cap(parse_figure("1000元"), ("person",), Clause("d", "a", "q")))
    >>> a.value, a.per, a.text
    (Decimal('30000'), (), '每人每天100元 × 15天 = 1500元，超过每人1000元的上限，按1000元计；× 30人 = 3万元')
    >>> work_out(parse_figure("60万元"), ("year",), {"year": Decimal(3)}).text
    '每年60万元 × 3年 = 180万元'
    >>> work_out(parse_figure("300元"), ("person",), {"person": None}).per
    ('person',)
    >>> work_out(parse_figure("100元"), ("person", "day"), {"person": Decimal(30), "day": None},
    ...          Cap(parse_figure("1000元"), ("person",), Clause("d", "a", "q"))).value  # no days: per person-day
    Decimal('100')
    """
    inner = tuple(d for d in per if cap is None or d not in cap.per)  # counted before the cap applies
    outer = tuple(d for d in per if d not in inner)
    head = "".join(f"每{DIMENSIONS[d][0]}" for d in per) + figure.text()
    value, text, left, capped = figure.value, head, [], False
    for dimension in inner:
        n = counts.get(dimension)
        if n is None:
            left.append(dimension)
            continue
        value *= n
        text += f" × {fmt_number(n)}{DIMENSIONS[dimension][0]}"
    if value != figure.value:
        text += f" = {figure.text(value)}"
    if cap is not None and not left and value > cap.figure.value:
        cap_words = "".join(f"每{DIMENSIONS[d][0]}" for d in cap.per)
        value, capped = cap.figure.value, True
        text += f"，超过{cap_words}{cap.figure.text()}的上限，按{cap.figure.text()}计"
    multiplied = False
    for dimension in outer:
        n = counts.get(dimension)
        if n is None or (cap is not None and left):  # the cap cannot be applied: nothing to count it over
            left.append(dimension)
            continue
        value *= n
        text += f"{'；' if capped or inner else ' '}× {fmt_number(n)}{DIMENSIONS[dimension][0]}"
        multiplied = True
    if multiplied:
        text += f" = {figure.text(value)}"
    return Amount(value, tuple(d for d in _ORDER if d in left), text, capped)


def share_of(figure: Figure, base: Decimal, of: Base) -> Amount:
    """A share applied to the base the person gave: an amount in 元.

    >>> a = share_of(parse_figure("60%"), Decimal(800000), Base("职工教育经费", "education_fund"))
    >>> a.value, a.unit, a.text
    (Decimal('480000'), '元', '职工教育经费80万元 × 60% = 48万元')
    """
    value = base * figure.value / 100
    value = value.to_integral_value() if value == value.to_integral_value() else value.quantize(Decimal("0.01"))
    return Amount(value, (), f"{of.name}{fmt_money(base)} × {figure.text()} = {fmt_money(value)}", unit="元")


def unit_of(unit: str, per: tuple[str, ...], bound: str = "") -> str:
    """元/人·天, 元/年（上限）…

    >>> unit_of("元", ("person", "day")), unit_of("元", ("year",), "（上限）"), unit_of("%", ())
    ('元/人·天', '元/年（上限）', '%')
    """
    tail = ("/" + "·".join(DIMENSIONS[d][0] for d in per)) if per else ""
    return f"{unit}{tail}{bound}"


@dataclass(frozen=True)
class Entry:
    """A declared amount clause, checked: what the formula reads."""

    id: str
    main: Clause
    parts: tuple[Part, ...]
    answer: str  # the clause in Chinese, said with every result
    choice: str | None = None  # a str fact selecting among a part's figures
    parts_fact: str | None = None  # a set fact naming the parts asked about
    conditions: tuple[Condition, ...] = ()
    note: str = ""  # added to every summary (a document that states no date …)
    adds: bool = True  # several parts asked add up; False: they are listed (counts of different things)
    relation: str | None = None  # a declared relation (relations/*.yaml) answering once the person's figure is said


def _counts(ctx: Context, part: Part, basis: str | None) -> tuple[dict[str, Decimal | None], list[str]]:
    """The count of each thing the part is per, from the facts, and what was assumed (words)."""
    counts: dict[str, Decimal | None] = {}
    said: list[str] = []
    for dimension in part.per:
        n = next((ctx.get(k) for k in part.count_facts(dimension) if ctx.get(k) is not None), None)
        if dimension == "year" and part.longest is not None:
            if n is None and ctx.get("whole_period"):
                n = part.longest.value  # “按最长期限算”: the clause's own maximum
                said.append(f"按最长期限{part.longest.text()}计")
            elif n is not None and n > part.longest.value:
                said.append(f"所问{fmt_number(n)}年超过最长期限{part.longest.text()}，按{part.longest.text()}计")
                n = part.longest.value
        if dimension == "person" and basis == "每个":
            n = None  # asked per person: the total is said beside it
        counts[dimension] = None if n is None else Decimal(n)
    return counts, said


def _unmet(entry: Entry, ctx: Context) -> Outcome | None:
    """The conditions of ``clauses/`` read the same way: a failure or a question, else None."""
    unknown: list[Condition] = []
    for condition in entry.conditions:
        if condition.limit is not None:
            value, relation = condition.limit
            ctx.compare(condition.fact, ParamValue(f"{entry.id}:{condition.fact}", value, None, condition.clause, ctx.as_of), relation)
        state = condition.holds(ctx.get(condition.fact))
        if state is False:
            ctx.step(condition.fails, condition.clause)
            return ctx.result("not_eligible", None, None, f"不符合。{condition.fails}")
        if state is None and condition.ask:
            unknown.append(condition)
    if unknown:
        ctx.need(unknown[0].fact)
        return ctx.incomplete(entry.answer)
    return None


# a part's figure as a bound: (how a result is led, the word before an amount, the unit's tail)
BOUNDS: dict[str, tuple[str, str, str]] = {
    "": ("", "", ""),
    "at_most": ("按上限计算", "最多", "（上限）"),  # 最高、不超过
    "at_least": ("按下限计算", "至少", "（下限）"),  # 以上、不少于
}


@dataclass(frozen=True)
class Declared:
    """An entry as the registry and the router see it (its rule and topic) and as read (its parts)."""

    rule: Rule
    topic: DeclaredTopic
    entry: Entry


def _formula(entry: Entry):
    def formula(ctx: Context) -> Outcome:
        named = ctx.get(entry.parts_fact) if entry.parts_fact else None
        parts = [p for p in entry.parts if not named or p.name in named] or list(entry.parts)
        # one part asked, stated in its own article (第十八条（一）), and nothing to ask or refuse first:
        # that article answers, so it is cited first
        own = (
            len(parts) == 1
            and parts[0].clause.article != entry.main.article
            and not entry.conditions
            and not (entry.choice and ctx.get(entry.choice) is None)
        )
        if not own:
            ctx.step(entry.main.quote + "。", entry.main)
        failed = _unmet(entry, ctx)
        if failed is not None:
            return failed
        if entry.relation is not None:  # the clause's figure relative to one the person gave (4年 + 一年)
            from assistant.rules.relations import relate

            related = relate(ctx, entry.relation, stated=not own)
            if related is not None:
                return related
        choice = ctx.get(entry.choice) if entry.choice else None
        if entry.choice and choice is None:
            ctx.need(entry.choice)
            return ctx.incomplete(entry.answer + entry.note)
        basis = ctx.get("amount_basis")
        several = len(parts) > 1
        # parts named and each asked in its own question (“一次性奖励多少？每年运营补助最多多少？”), no
        # total asked: each is answered, not added; the first is the amount, the others beside it
        apart = several and bool(named) and ctx.get("parts_asked_apart") is True and basis != "合计"
        # listed parts of one unit and one bound, their total asked (“几次服务，加起来”): added
        adds = not apart and (entry.adds or (several and basis == "合计" and len({p.unit for p in parts}) == 1 and len({p.bound for p in parts}) == 1))
        worked: list[tuple[Part, Amount]] = []
        assumed: list[str] = []
        for part in parts:
            counts, said = _counts(ctx, part, basis)
            base = ctx.get(part.of.fact) if part.of is not None else None
            if base is not None and (len(parts) == 1 or not adds):
                amount = share_of(part.figure(choice), Decimal(base), part.of)
            else:
                amount = work_out(part.figure(choice), part.per, counts, part.cap)
            if several and adds:  # added to the others: a count not said counts as one (and is said so)
                said.extend(f"{part.name}按1{DIMENSIONS[d][0]}计" for d in amount.per if not (d == "person" and basis == "每个"))
            prefix = choice if choice and len(part.figures) > 1 else ""
            if amount.unit:  # a share of the base the person gave
                most = BOUNDS[part.bound][1]
                ctx.step(f"{part.name}：{prefix}{amount.text}" + (f"，{most}{fmt_money(amount.value)}" if most else "") + "。", part.clause)
            else:
                ctx.step(f"{part.name}：{prefix}{BOUNDS[part.bound][1] if '×' not in amount.text else ''}{amount.text}" + (f"（{'；'.join(said)}）" if said else "") + "。", part.clause)
            if amount.capped:
                ctx.step(f"{part.cap.figure.text()}为上限。", part.cap.clause)
            if own:
                ctx.step(entry.main.quote + "。", entry.main)
            worked.append((part, amount))
            assumed.extend(said)
        bound = next((p.bound for p in parts if p.bound), "")
        lead, _, tail = BOUNDS[bound]
        # “按上限计算” only where a bound was multiplied or added; a bound said alone says 最多 / 至少
        lead = lead if (several and adds) or any("×" in a.text and not a.unit for _, a in worked) else ""
        head = lead + (f"（{choice}）" if lead and choice else f"{choice}：" if choice else "")
        head = f"{head}，" if lead else head
        words = _result_words(worked, several, adds)
        summary = f"{entry.answer}{head}{words}{_per_person_total(ctx, worked, basis)}" + (f"（{'；'.join(assumed)}）" if assumed else "") + "。"
        rest = [c.label for c in entry.conditions if not c.ask and ctx.get(c.fact) is None and c.label]
        if rest:
            summary += f"（须满足：{'；'.join(rest)}。）"
        summary += entry.note
        if apart:
            first = worked[0][1]
            return ctx.result("amount", first.value, unit_of(first.unit or parts[0].unit, first.per, BOUNDS[parts[0].bound][2]), summary)
        if several and not adds:  # listed, not added (“1次职业指导、3次岗位推荐”)
            return ctx.result("info", None, None, summary)
        total = sum((a.value for _, a in worked), Decimal(0))
        if several:
            pieces = " + ".join(f"{p.name}{p.figures[0][1].text(a.value)}" for p, a in worked)
            ctx.step(f"合计：{pieces} = {parts[0].figures[0][1].text(total)}。", entry.main)
        per = () if several else worked[0][1].per
        return ctx.result("amount", total, unit_of(worked[0][1].unit or parts[0].unit, per, tail), summary)

    return formula


def _result_words(worked: list[tuple[Part, Amount]], several: bool, adds: bool = True) -> str:
    """The result in words, with its arithmetic when something was counted.

    >>> part = Part("运营经费补助", Clause("d", "a", "q"), ((None, parse_figure("60万元")),), ("year",), (("year", ("period_years",)),), "at_most")
    >>> _result_words([(part, work_out(parse_figure("60万元"), ("year",), {"year": Decimal(3)}))], False)
    '运营经费补助每年60万元 × 3年 = 180万元'
    >>> _result_words([(part, work_out(parse_figure("60万元"), ("year",), {"year": None}))], False)
    '运营经费补助每年最多60万元'
    """

    def piece(part: Part, amount: Amount) -> str:
        if amount.unit:  # a share of the base the person gave: 至少48万元（职工教育经费80万元 × 60%）
            return f"{part.name}{BOUNDS[part.bound][1]}{fmt_money(amount.value)}（{amount.text}）"
        if "×" in amount.text:
            return f"{part.name}{amount.text}"
        figure = part.figures[0][1]
        most = BOUNDS[part.bound][1] if not (several and adds) else ""
        return f"{part.name}{''.join(f'每{DIMENSIONS[d][0]}' for d in amount.per)}{most}{figure.text(amount.value)}"

    if several and adds:
        total = sum((a.value for _, a in worked), Decimal(0))
        most = next((BOUNDS[p.bound][1] for p, _ in worked if p.bound), "")
        return f"{' + '.join(piece(p, a) for p, a in worked)}，合计{most}{worked[0][0].figures[0][1].text(total)}"
    return "；".join(piece(p, a) for p, a in worked)


def _per_person_total(ctx: Context, worked: list[tuple[Part, Amount]], basis: str | None) -> str:
    """Asked per person with a head count said: the total beside it (“每人1000元，30人合计3万元”)."""
    if basis != "每个" or len(worked) != 1:
        return ""
    part, amount = worked[0]
    if "person" not in amount.per:
        return ""
    people = next((ctx.get(k) for k in part.count_facts("person") if ctx.get(k) is not None), None)
    if not people or people < 2:
        return ""
    return f"，{people}人合计{part.figures[0][1].text(amount.value * people)}"


# ---------------------------------------------------------------- loading


def _clause(doc: str, entry: Mapping, where: str, main: Clause | None = None) -> Clause:
    article = entry.get("article") or (main.article if main else None)
    clause = Clause(str(entry.get("doc", doc)), str(article or ""), str(entry.get("quote") or ""))
    if not clause.is_complete():
        raise RegistrationError(f"{where}: a clause needs doc, article and quote")
    return clause


def _figure(said: Any, clause: Clause, where: str) -> Figure:
    try:
        figure = parse_figure(str(said))
    except ValueError as e:
        raise RegistrationError(f"{where}: {e}") from None
    if not states(clause.quote, figure.said):
        raise RegistrationError(f"{where}: {figure.said} is not a figure its quote states")
    return figure


def _fact(key: Any, kinds: tuple[str, ...], where: str) -> str:
    key = str(key)
    if key not in FACTS:
        raise RegistrationError(f"{where}: undeclared fact {key!r}: declare it in assistant/rules/facts/")
    if FACTS[key].kind not in kinds:
        raise RegistrationError(f"{where}: fact {key!r} is a {FACTS[key].kind}, not {'/'.join(kinds)}")
    return key


def _per(value: Any, where: str) -> tuple[str, ...]:
    said = [] if value in (None, "once") else (value if isinstance(value, list) else [value])
    unknown = [d for d in said if d not in DIMENSIONS]
    if unknown:
        raise RegistrationError(f"{where}: per {unknown} is not once or one of {list(DIMENSIONS)}")
    return tuple(d for d in _ORDER if d in said)


def _part(doc: str, raw: Mapping, main: Clause, choice: str | None, where: str) -> Part:
    name = str(raw.get("name") or "")
    if not name:
        raise RegistrationError(f"{where}: every part needs a name")
    here = f"{where}: part {name}"
    clause = _clause(doc, raw, here, main)
    per = _per(raw.get("per"), here)
    given = raw.get("count") or {}
    counts = []
    for dimension in per:
        facts = given.get(dimension) or DIMENSIONS[dimension][1]
        facts = tuple(_fact(k, ("int", "decimal"), here) for k in (facts if isinstance(facts, list | tuple) else [facts]))
        if not facts:
            raise RegistrationError(f"{here}: per {dimension} needs `count` (the facts that count it)")
        counts.append((dimension, facts))
    raw_figure = raw.get("figure")
    if isinstance(raw_figure, Mapping):
        if choice is None:
            raise RegistrationError(f"{here}: figures by choice need the entry's `choice` fact")
        options = FACTS[choice].choices
        if set(map(str, raw_figure)) != set(options):
            raise RegistrationError(f"{here}: figures by {choice} must name each of its choices {list(options)}")
        figures = tuple((str(k), _figure(v, clause, here)) for k, v in raw_figure.items())
    elif raw_figure is not None:
        figures = ((None, _figure(raw_figure, clause, here)),)
    else:
        raise RegistrationError(f"{here}: a part needs a figure")
    if len({f.unit for _, f in figures}) != 1:
        raise RegistrationError(f"{here}: a part's figures share one unit")
    cap = None
    if raw.get("cap"):
        c = raw["cap"]
        cap_clause = _clause(doc, c, f"{here} cap", clause)
        cap = Cap(_figure(c.get("figure"), cap_clause, f"{here} cap"), _per(c.get("per"), f"{here} cap"), cap_clause)
        if cap.figure.unit != figures[0][1].unit or not set(cap.per) <= set(per) or set(cap.per) == set(per):
            raise RegistrationError(f"{here}: a cap is in the part's unit and per some, not all, of what the part is per")
    longest = None
    if raw.get("longest"):
        if "year" not in per:
            raise RegistrationError(f"{here}: `longest` is the most years of a part counted per year")
        lc = raw["longest"]
        longest = _figure(lc.get("figure"), _clause(doc, lc, f"{here} longest", clause), f"{here} longest")
        if longest.unit != "年":
            raise RegistrationError(f"{here}: `longest` is a number of years")
    bound = str(raw.get("bound") or "")
    if bound not in BOUNDS:
        raise RegistrationError(f"{here}: bound is at_most (最高、不超过) or at_least (以上、不少于)")
    of = None
    if raw.get("of"):
        o = raw["of"]
        if figures[0][1].unit != "%" or per:
            raise RegistrationError(f"{here}: `of` is the base of a share: a figure in % counted once")
        if not str(o.get("name") or ""):
            raise RegistrationError(f"{here}: `of` needs the name of the base (职工教育经费)")
        fact = _fact(o.get("fact"), ("decimal",), f"{here} of")
        if not FACTS[fact].money:
            raise RegistrationError(f"{here}: `of` fact {fact!r} is not a sum of money")
        of = Base(str(o["name"]), fact)
    return Part(name, clause, figures, per, tuple(counts), bound, cap, longest, of)


def _entry(raw: Mapping, where: str) -> Declared:
    for key in ("id", "title", "region", "doc", "clause", "topic", "parts", "answer"):
        if not raw.get(key):
            raise RegistrationError(f"{where}: missing {key!r}")
    doc = str(raw["doc"])
    main = _clause(doc, raw["clause"], where)
    choice = _fact(raw["choice"], ("str",), where) if raw.get("choice") else None
    if choice and not FACTS[choice].choices:
        raise RegistrationError(f"{where}: choice fact {choice!r} declares no choices")
    parts = tuple(_part(doc, p, main, choice, where) for p in raw["parts"])
    if len({p.name for p in parts}) != len(parts):
        raise RegistrationError(f"{where}: two parts share a name")
    adds = bool(raw.get("adds", True))
    if adds and len({p.unit for p in parts}) != 1:
        raise RegistrationError(f"{where}: parts that add up share one unit ({sorted({p.unit for p in parts})}); else `adds: false`")
    if adds and {"at_most", "at_least"} <= {p.bound for p in parts}:
        raise RegistrationError(f"{where}: a maximum and a minimum do not add up; declare `adds: false`")
    parts_fact = _fact(raw["parts_fact"], ("set",), where) if raw.get("parts_fact") else None
    if parts_fact and set(FACTS[parts_fact].choices) != {p.name for p in parts}:
        raise RegistrationError(f"{where}: the choices of {parts_fact!r} must be the part names {[p.name for p in parts]}")
    conds = tuple(parse_condition(doc, c, where) for c in raw.get("conditions") or ())
    t = raw["topic"]
    topic = parse_topic(t)
    relation = str(raw["relation"]) if raw.get("relation") else None
    if relation is not None:
        from assistant.rules.relations import relations

        if relation not in relations():
            raise RegistrationError(f"{where}: relation {relation!r} is not declared in assistant/rules/relations/")
    entry = Entry(str(raw["id"]), main, parts, str(raw["answer"]), choice, parts_fact, conds, str(raw.get("note") or ""), adds, relation)
    counted = [k for p in parts for _, facts in p.counts for k in facts]
    longest = ["whole_period"] if any(p.longest for p in parts) else []
    bases = [p.of.fact for p in parts if p.of is not None]
    inputs = [*(c.fact for c in conds), *([choice] if choice else []), *([parts_fact, "parts_asked_apart"] if parts_fact else []), *counted, *longest, *bases, "amount_basis"]
    if relation is not None:
        from assistant.rules.relations import relations

        inputs.extend(k for k in (relations()[relation].fact, relations()[relation].rate_fact) if k)
    citations = [main]
    for clause in (c for p in parts for c in (p.clause, p.cap.clause if p.cap else None) if c is not None):
        citations.append(clause)
    citations.extend(c.clause for c in conds)
    rule = Rule(
        id=entry.id,
        title=str(raw["title"]),
        region=str(raw["region"]),
        topic=topic.id,
        citations=tuple(dict.fromkeys(citations)),
        formula=_formula(entry),
        inputs=tuple(dict.fromkeys(inputs)),
        period=parse_period(raw.get("period"), where),
        reading=str(raw.get("reading") or ""),
        kind="amount",
    )
    return Declared(rule, topic, entry)


def load(*paths: Path) -> tuple[Declared, ...]:
    """Every amount clause declared in ``paths`` (default: every file of ``amounts/``) as a Rule and
    its topic; a malformed entry is refused by name, and so is an id declared twice."""
    out: list[Declared] = []
    for path in paths or sorted(AMOUNTS_DIR.glob("*.yaml")):
        for raw in load_yaml(path.read_text(encoding="utf-8")) or ():
            where = f"{path.name}: {raw.get('id', '<no id>') if isinstance(raw, Mapping) else '<not a mapping>'}"
            if not isinstance(raw, Mapping):
                raise RegistrationError(f"{where}: an entry is a mapping")
            try:
                out.append(_entry(raw, where))
            except (KeyError, TypeError, AttributeError) as e:
                raise RegistrationError(f"{where}: malformed entry ({e!r}); format in assistant/rules/amounts/README.md") from e
    check_declared(out, "amounts")
    return tuple(out)


@functools.lru_cache(maxsize=1)
def declared() -> tuple[Declared, ...]:
    return load()


def rules() -> tuple[Rule, ...]:
    return tuple(d.rule for d in declared())


def topics() -> tuple[DeclaredTopic, ...]:
    """One per topic id (several entries may answer one topic)."""
    return tuple({d.topic.id: d.topic for d in declared()}.values())
