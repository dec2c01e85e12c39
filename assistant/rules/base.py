"""What a rule is: a cited clause, an effective period, declared inputs and parameters, a formula.

A ``Rule`` is declared like an OpenFisca variable — data, not a class hierarchy::

    TITLE_BY_SKILL_LEVEL = Rule(
        id="zj.title_by_skill_level",
        title="浙江：高技能人才按技能等级和年限申报职称",
        region="浙江省",
        topic="title_for_skilled",
        citations=(Clause("zj-2022-0839a3", "三、（二）1.", "具备高级工以上职业资格或职业技能等级"),),
        inputs=("skill_level", "years_since_level", "annual_appraisal_passed"),
        parameters=("zj.title.min_years.senior_technician",),
        formula=_title_by_skill_level,
    )

The formula is a pure function of a ``Context`` (typed facts, the parameters in
force on ``as_of``) that records ``Step``s — each naming the clause it applied —
and returns an ``Outcome``.  ``assistant.rules.registry.evaluate`` turns that into
an ``assistant.schema.Calculation``.  The effective period comes from the source
document (``sources.yaml``) unless the rule states its own, narrower one (a
clause with its own 执行期限).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from assistant.errors import PolicyError
from assistant.rules.dates import add_months, add_years
from assistant.rules.inputs import ABOVE_FIGURE, FACTS, coerce, question_for
from assistant.schema import Span, Status, Step, Threshold, ThresholdOp, validity_status


class RuleError(PolicyError):
    """A rule, parameter or source that cannot be used."""


class RegistrationError(RuleError):
    """A rule or parameter refused at registration (no citation, no period, unknown input …)."""


class UnknownRule(RuleError):
    """``evaluate`` or ``get_rule`` was given an id the registry does not hold."""


@dataclass(frozen=True)
class Clause:
    """A verbatim quote from one article of one document: what a rule or value rests on."""

    doc_id: str
    article: str  # citation path as in corpus/parsed/articles.jsonl: "三、（二）1.（3）", "第十条（一）"
    quote: str  # an exact substring of that article's text

    def is_complete(self) -> bool:
        return all(isinstance(v, str) and v.strip() for v in (self.doc_id, self.article, self.quote))


@dataclass(frozen=True)
class Period:
    """When a rule or value is in force; ``end`` is the last day in force (inclusive)."""

    start: date
    end: date | None
    basis: str  # how the period is established, in Chinese: the validity sentence or its derivation
    clause: Clause | None = None  # the sentence that states the period, when the text states one

    def status(self, day: date) -> Status:
        return validity_status(self.start, self.end, day)

    def contains(self, day: date) -> bool:
        return self.status(day) == "in_force"

    def describe(self) -> str:
        """The period in words.

        >>> Period(date(2024, 7, 13), date(2025, 12, 31), "text").describe()
        '自2024年7月13日起施行，有效期至2025年12月31日'
        >>> Period(date(2022, 12, 17), None, "text").describe()
        '自2022年12月17日起施行，未载明有效期'
        """
        tail = f"有效期至{cn_date(self.end)}" if self.end else "未载明有效期"
        return f"自{cn_date(self.start)}起施行，{tail}"


def cn_date(day: date) -> str:
    """A date as 2025年12月31日.

    >>> cn_date(date(2025, 12, 31))
    '2025年12月31日'
    """
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class Caveat:
    """A note a rule adds from a given day on (e.g. a funding period that has run out)."""

    after: date  # shown when as_of > after
    text: str
    clause: Clause


@dataclass(frozen=True)
class Bar:
    """A stated fact that rules a person out whatever else holds, with the clause that says so.

    “不得对机关事业单位在编人员发放本办法中的补贴” is a bar on every subsidy of that
    办法: declared once beside the rules it bars, checked by the registry before the
    formula runs, so a disqualifier said in passing never yields an eligible verdict.
    """

    fact: str  # a declared fact (assistant/rules/facts)
    value: Any  # the value that bars (True for a bool fact, a choice for a str fact)
    clause: Clause
    text: str  # why, in Chinese, naming the clause


@dataclass(frozen=True)
class Outcome:
    verdict: str  # "eligible", "not_eligible", "amount", "info", "need_more_info"
    value: Decimal | int | str | None = None
    unit: str | None = None
    summary: str = ""


Formula = Callable[["Context"], Outcome]


@dataclass(frozen=True)
class Rule:
    """One declared unit of policy logic."""

    id: str
    title: str  # Chinese
    region: str  # "全国", a province or a city, as the source document's region
    topic: str  # what questions it answers (see route.TOPICS)
    citations: tuple[Clause, ...]  # the clauses it encodes; the first is the main one
    formula: Formula
    inputs: tuple[str, ...] = ()  # fact keys (assistant.rules.inputs.FACTS)
    parameters: tuple[str, ...] = ()  # parameter names (parameters/*.yaml)
    period: Period | None = None  # None: the source document's period (sources.yaml)
    selector: tuple[tuple[str, str], ...] = ()  # (fact, value): which variant of a topic this is
    caveats: tuple[Caveat, ...] = ()
    reading: str = ""  # how an ambiguous clause was read, in Chinese; shown in the README
    kind: str = "eligibility"  # "amount" when the rule computes money: preferred for "多少钱" questions
    event: str | None = None  # a date fact: the day of the event the rule governs (取得证书), when said, is the day it applies
    bars: tuple[Bar, ...] = ()  # stated facts that rule the person out (checked before the formula)
    asked_by: str | None = None  # a bool fact: the question names this route (“直接申报”“绿色通道”); a verdict it reaches is preferred

    @property
    def doc_id(self) -> str:
        return self.citations[0].doc_id if self.citations else ""


class Context:
    """What a formula sees: typed facts, parameters in force on ``as_of``, and a step log.

    Built fresh for each evaluation; the formula stays pure.
    """

    def __init__(self, rule: Rule, facts: Mapping[str, Any], as_of: date, parameters: Any, within: Period | None = None):
        self.rule = rule
        self.as_of = as_of
        # set when the formula tells what an expired rule said while in force (``as_of`` its last day):
        # a time of the person's own that fell within that period counts (“2025届” under a rule to 2025年底)
        self.within = within
        self._raw = facts
        self._parameters = parameters
        self.steps: list[Step] = []
        self.inputs: dict[str, Any] = {}
        self.missing: list[str] = []
        self.among: dict[str, tuple[str, ...]] = {}  # a set fact asked: the members still open that the rule lists
        self.thresholds: list[Threshold] = []

    # -- facts
    def get(self, key: str) -> Any:
        """The typed fact, or None; records it among the calculation's inputs.

        A duration said as a range (“六七年”: a ``Span``) is no figure: ``get`` gives None, so
        arithmetic with it asks for the figure; ``compare`` decides a limit on it when both ends
        agree, and ``span`` gives it to a rule that reasons on its ends.
        """
        if key not in FACTS:
            raise RuleError(f"rule {self.rule.id} reads undeclared fact {key!r}: add it to assistant/rules/inputs.py")
        value = coerce(key, self._raw.get(key))
        if isinstance(value, Span):
            self.inputs[key] = value  # shown as understood (“6~7年”)
            return None
        since = FACTS[key].since
        if value is None and since and self.rule and since in FACTS:
            # “2025年3月注册的，一直营业到现在”: the years from that day to the day asked
            start = coerce(since, self._raw.get(since))
            if start is not None:
                # a day after the one asked about (registered 2026-05, asked as of 2025-10): none yet on that day;
                # whole years by the calendar (2024-07-01 to 2025-07-01 is 1 year, not 365/365.25), the rest in days
                whole = max(self.as_of.year - start.year - ((self.as_of.month, self.as_of.day) < (start.month, start.day)), 0)
                days = max((self.as_of - add_years(start, whole)).days, 0) if self.as_of >= start else 0
                value = Decimal(whole) + (Decimal(days) / Decimal("365.25")).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
                if FACTS[key].kind == "int":  # whole years, by the calendar (an age: 周岁 on the day asked)
                    value = max(self.as_of.year - start.year - ((self.as_of.month, self.as_of.day) < (start.month, start.day)), 0)
                if FACTS[key].since_unit == "个月":  # whole months, by the calendar (insured since a month said)
                    value = max((self.as_of.year - start.year) * 12 + self.as_of.month - start.month - (self.as_of.day < start.day), 0)
                self.inputs[since] = start
        if value is not None:
            self.inputs[key] = value
        return value

    def span(self, key: str) -> Span | None:
        """The range said for duration ``key`` (“十几年” → 11~19), or None (a figure, or nothing said).

        >>> from assistant.rules.registry import get_rule, registry
        >>> ctx = Context(get_rule("zj.title_by_skill_level"), {"years_since_level": {"low": 11, "high": 19}}, date(2026, 11, 21), registry().parameters)
        >>> ctx.get("years_since_level"), ctx.span("years_since_level")
        (None, Span(low=Decimal('11'), high=Decimal('19')))
        """
        if key not in FACTS:
            raise RuleError(f"rule {self.rule.id} reads undeclared fact {key!r}: add it to assistant/rules/inputs.py")
        value = coerce(key, self._raw.get(key))
        if isinstance(value, Span):
            self.inputs[key] = value
            return value
        return None

    def need(self, *keys: str) -> bool:
        """True when every key is known; the unknown ones are recorded as missing."""
        ok = True
        for key in keys:
            if self.get(key) is None:
                ok = False
                if key not in self.missing:
                    self.missing.append(key)
        return ok

    def ask(self, *keys: str, among: tuple[str, ...] = ()) -> None:
        """Record keys as missing even when known: a vague value to be made precise (初级 → 员级/助理级).
        ``among``: for a set fact, the members the rule lists that are still open — the question names them."""
        for key in keys:
            if key not in self.missing:
                self.missing.append(key)
            if among:
                self.among[key] = tuple(among)

    def question(self, key: str) -> str:
        return question_for(key, dict(self._raw))

    # -- parameters
    def p(self, name: str) -> ParamValue:
        if name not in self.rule.parameters:
            raise RuleError(f"rule {self.rule.id} reads undeclared parameter {name!r}: list it in Rule.parameters")
        return self._parameters.at(name, self.as_of)

    # -- thresholds
    def compare(
        self,
        key: str,
        param: ParamValue,
        op: ThresholdOp,
        *,
        limit: Decimal | date | None = None,
        unit: str | None | object = ...,
        value: Any = ...,
        start: date | None = None,
        met_on: date | None = None,
        until: date | None = None,
        precision: str | None = None,
        met: bool | None | object = ...,
    ) -> bool | None:
        """Compare fact ``key`` with the declared parameter ``param`` and record the comparison.

        ``limit`` and ``unit`` default to the parameter's (a rule that counts months against a
        limit in years passes both); ``value`` defaults to the fact.  ``start`` is the day the
        counted quantity began (取得等级、开业、离校): a limit in years or months is then also a
        day — ``met_on`` for a lower bound not yet met, ``until`` for an upper bound that holds.
        A start said to the month only is stored as its 1st: ``precision`` is then "month" (the
        default reads a 1st that way), "year" for a start known to the year.
        Returns whether the limit is met (None when the value is unknown); the ``Threshold``
        goes to ``Calculation.thresholds``.  ``met`` overrides the comparison when the caller
        decided it on more than ``value`` (a day known only to the month, both ways).
        A range said (“六七年”: a ``Span``) is decided when both its ends agree, and is unknown
        (None: the rule asks for the figure) when the limit falls within it.

        >>> from assistant.rules.registry import get_rule, registry
        >>> ctx = Context(get_rule("zj.title_by_skill_level"), {"years_since_level": 3}, date(2026, 11, 21), registry().parameters)
        >>> ctx.compare("years_since_level", ctx.p("zj.title.min_years.senior_technician"), "at_least")
        False
        >>> t = ctx.thresholds[0]
        >>> t.limit, t.gap, t.shortfall()
        (Decimal('4'), Decimal('1'), '还差1年')
        >>> said = lambda low, high: Context(get_rule("zj.title_by_skill_level"), {"years_since_level": {"low": low, "high": high}}, date(2026, 11, 21), registry().parameters)
        >>> [said(*r).compare("years_since_level", ctx.p("zj.title.min_years.senior_technician"), "at_least") for r in ((6, 7), (2, 3), (3, 5), (4, None))]
        [True, False, None, True]
        """
        limit = param.d if limit is None else limit
        unit = param.unit if unit is ... else unit
        if value is ...:
            value = self.get(key)
            spec = FACTS.get(key)
            if start is None and spec is not None and spec.since and spec.since in self.inputs:
                start = self.inputs[spec.since]  # counted from a day the person gave (进厂、注册)
            if value is None:
                value = self.span(key)
        decided = met
        met = None
        gap: Decimal | None = None
        if isinstance(value, Span):
            if isinstance(limit, date):
                raise RuleError(f"rule {self.rule.id}: {key} compared with a limit of another kind")
            met = value.decide(op, Decimal(limit)) if decided is ... else decided  # no gap: it is known only within the range
        elif value is not None:
            if isinstance(limit, date) != isinstance(value, date):
                raise RuleError(f"rule {self.rule.id}: {key} compared with a limit of another kind")
            met = {
                "at_least": value >= limit,
                "more_than": value > limit,
                "at_most": value <= limit,
                "less_than": value < limit,
            }[op]
            if decided is not ...:
                met = decided
            if met is False and not isinstance(limit, date):
                gap = Decimal(limit) - Decimal(value) if op in ("at_least", "more_than") else Decimal(value) - Decimal(limit)
        if start is not None and not isinstance(limit, date) and unit in ("年", "个月"):
            whole = int(limit) if limit == int(limit) else None
            if whole is not None:
                day = add_years(start, whole) if unit == "年" else add_months(start, whole)
                if op in ("at_least", "more_than") and met is not True and met_on is None and day > self.as_of:
                    met_on = day
                if op in ("at_most", "less_than") and met is not False and until is None:
                    until = day
        if precision is None:
            precision = "month" if start is not None and start.day == 1 else "day"
        threshold = Threshold(
            fact=key,
            parameter=param.name,
            op=op,
            limit=limit,
            unit=None if isinstance(limit, date) else unit,
            value=value,
            met=met,
            gap=gap,
            met_on=met_on,
            until=until,
            precision=precision,
            doc_id=param.reference.doc_id,
            article=param.reference.article,
        )
        same = (key, param.name, op)
        self.thresholds = [t for t in self.thresholds if (t.fact, t.parameter, t.op) != same]
        self.thresholds.append(threshold)
        return met

    # -- steps and results
    def step(self, text: str, clause: Clause) -> None:
        self.steps.append(Step(text=text, doc_id=clause.doc_id, article=clause.article))

    def result(self, verdict: str, value: Decimal | int | str | None = None, unit: str | None = None, summary: str = "") -> Outcome:
        return Outcome(verdict, value, unit, summary)

    def incomplete(self, summary: str = "") -> Outcome:
        """Some fact the decision turns on is unknown.

        The summary states the rule; the questions for the missing facts are built
        by the caller from ``Calculation.missing`` (``route.Decision.follow_up``).
        """
        if not summary:
            labels = "、".join(FACTS[k].label for k in self.missing if k in FACTS)
            summary = f"还需要以下信息才能判断：{labels}。" if labels else "还需要补充信息才能判断。"
        return Outcome("need_more_info", None, None, summary)


@dataclass(frozen=True)
class ParamValue:
    """A parameter's value on a day, with the clause it comes from."""

    name: str
    value: Any  # Decimal for numbers
    unit: str | None
    reference: Clause
    since: date

    @property
    def d(self) -> Decimal:
        """The value as a Decimal (numbers only)."""
        if not isinstance(self.value, Decimal):
            raise RuleError(f"parameter {self.name} is not a number")
        return self.value


def fmt_number(value: Decimal | int) -> str:
    """A number for Chinese text without trailing zeros.

    >>> fmt_number(Decimal("1380.00")), fmt_number(Decimal("0.5")), fmt_number(3)
    ('1380', '0.5', '3')
    """
    if isinstance(value, int):
        return str(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def fmt_percent(rate: Decimal) -> str:
    """A fraction as a percentage.

    >>> fmt_percent(Decimal("0.6")), fmt_percent(Decimal("0.05"))
    ('60%', '5%')
    >>> fmt_percent(Decimal(25) / Decimal(30)), fmt_percent(Decimal(2) / Decimal(3))
    ('83.33%', '66.67%')

    A rate said as above a whole percentage (“过了八成”, “九成多”: held a ten-thousandth above it, mentions._under)
    is shown as said:

    >>> fmt_percent(Decimal("0.8001")), fmt_percent(Decimal("0.8001").quantize(Decimal("0.0001")))
    ('80%以上', '80%以上')
    """
    above = rate - ABOVE_FIGURE
    if (above * 100) == (above * 100).to_integral_value() and rate * 100 != (rate * 100).to_integral_value():
        return f"{fmt_number((above * 100).to_integral_value())}%以上"
    percent = rate * 100
    if percent != percent.quantize(Decimal("0.01")):
        percent = percent.quantize(Decimal("0.01"))  # a rate worked out from counts (25/30): two places
    return f"{fmt_number(percent)}%"


def fmt_money(amount: Decimal) -> str:
    """Yuan as the documents write it: whole 万 as 万元, cents only when there are some.

    >>> fmt_money(Decimal("1140.000")), fmt_money(Decimal("828.5")), fmt_money(Decimal("50000")), fmt_money(Decimal("7800"))
    ('1140元', '828.50元', '5万元', '7800元')
    >>> fmt_money(Decimal("14000000000")), fmt_money(Decimal("3600000000000")), fmt_money(Decimal("150000000"))
    ('140亿元', '3.6万亿元', '1.5亿元')
    """
    cents = amount.quantize(Decimal("0.01"))
    if cents == cents.to_integral_value() and cents >= 10**12 and cents % 10**10 == 0:
        return f"{fmt_number(cents / 10**12)}万亿元"
    if cents == cents.to_integral_value() and cents >= 10**8 and cents % 10**6 == 0:
        return f"{fmt_number(cents / 10**8)}亿元"
    if cents == cents.to_integral_value() and cents >= 10000 and cents % 10000 == 0:
        return f"{fmt_number(cents / 10000)}万元"
    text = str(cents.quantize(Decimal(1))) if cents == cents.to_integral_value() else str(cents)
    return f"{text}元"
