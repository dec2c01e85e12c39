"""The typed objects that pass between stages: one definition each.

Frozen dataclasses inside the library; ``to_dict``/``from_dict`` at file and
UI boundaries (JSON Lines, the ``--json`` contract).  Dates are ``datetime.date``
inside and ISO strings outside.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import Any, Literal

Status = Literal["in_force", "expired", "not_yet_effective", "unknown"]
Level = Literal["national", "provincial", "municipal"]

STATUS_LABELS: dict[str, str] = {
    "in_force": "现行有效",
    "expired": "已失效",
    "not_yet_effective": "尚未施行",
    "unknown": "未载明施行期限",
}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def validity_status(effective: date | None, expiry: date | None, on: date) -> Status:
    """Status of a rule or document on ``on`` from its stated period.

    ``expiry`` is the last day in force (inclusive).

    >>> validity_status(date(2024, 2, 1), date(2026, 1, 31), date(2026, 11, 21))
    'expired'
    >>> validity_status(date(2024, 2, 1), None, date(2023, 1, 1))
    'not_yet_effective'
    >>> validity_status(None, None, date(2026, 1, 1))
    'unknown'
    """
    if expiry is not None and on > expiry:
        return "expired"
    if effective is not None and on < effective:
        return "not_yet_effective"
    if effective is None and expiry is None:
        return "unknown"
    return "in_force"


@dataclass(frozen=True)
class Document:
    """One policy document (a notice, or the measure it issues)."""

    doc_id: str
    title: str
    region: str  # "全国", a province ("浙江省") or a city ("晋中市")
    level: Level
    source_file: str
    line_start: int  # 1-based, inclusive, in the raw file
    line_end: int
    text: str  # normalized text: every chunk and quote is a substring of it
    province: str | None = None  # the province a city belongs to; the province itself
    issuer: str | None = None
    doc_number: str | None = None  # 文号 in 〔YYYY〕N号 form
    doc_type: str | None = None  # 通知 / 办法 / 意见 / 方案 …
    issued_date: date | None = None  # 成文日期
    published_date: date | None = None  # 发布日期
    effective_date: date | None = None
    expiry_date: date | None = None  # last day in force
    validity_text: str | None = None  # the sentence that states the period, verbatim
    validity_basis: str | None = None  # how the period was derived
    parent_id: str | None = None  # the notice that issues this measure
    children: tuple[str, ...] = ()
    source_url: str | None = None
    title_source: str = "text"  # "text" or "override" (corpus/fixes.yaml)
    notes: tuple[str, ...] = ()

    def status_on(self, day: date) -> Status:
        return validity_status(self.effective_date, self.expiry_date, day)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for key in ("issued_date", "published_date", "effective_date", "expiry_date"):
            data[key] = _iso(getattr(self, key))
        data["children"] = list(self.children)
        data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        values = dict(data)
        for key in ("issued_date", "published_date", "effective_date", "expiry_date"):
            values[key] = _date(values.get(key))
        values["children"] = tuple(values.get("children") or ())
        values["notes"] = tuple(values.get("notes") or ())
        return cls(**values)


@dataclass(frozen=True)
class Article:
    """One numbered unit of a document (第十条, 三、, （二）, 1., （3）) or its preamble.

    ``start``/``end`` delimit the article's own text in ``Document.text``
    (its children are separate articles).
    """

    doc_id: str
    path: str  # citation path as written: "三、（二）1.（3）", "第十条（二）", "引言", "正文"
    marker: str  # "（3）", "第十条", "" for preamble
    heading: str  # the short title on the marker line, if any ("基本条件")
    level: int
    start: int
    end: int
    text: str
    parent_path: str | None = None
    chain: tuple[str, ...] = ()  # headings of the ancestors, outermost first

    @property
    def body(self) -> str:
        """The text without its own number (the path already says it): never “一、 一、”.

        >>> Article("d", "三、（二）", "（二）", "", 2, 0, 9, "（二）完善评价标准。").body
        '完善评价标准。'
        """
        text = self.text.strip()
        return text[len(self.marker) :].lstrip() if self.marker and text.startswith(self.marker) else text

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["chain"] = list(self.chain)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        values = dict(data)
        values["chain"] = tuple(values.get("chain") or ())
        return cls(**values)


RelationKind = Literal["repeals", "supersedes", "issues", "cites"]
RELATION_KINDS: tuple[str, ...] = ("repeals", "supersedes", "issues", "cites")

# How an edge reads from its source (“本文件废止了…”) and from its target (“…废止了本文件”).
RELATION_LABELS: dict[str, tuple[str, str]] = {
    "repeals": ("废止", "被废止"),
    "supersedes": ("与之不一致的以本文件为准", "不一致之处以后者为准"),
    "issues": ("印发", "由…印发"),
    "cites": ("引用", "被引用"),
}


@dataclass(frozen=True)
class Relation:
    """One edge of the document graph: what an article of one corpus document says about another document.

    ``kind``: ``repeals`` (…同时废止), ``supersedes`` (与本办法不一致的，以本办法为准: in force only
    where consistent), ``issues`` (a notice → the measure it issues), ``cites`` (any other 文号
    or 《title》 mentioned).  ``target`` is the named document's ``doc_id`` when the corpus holds
    it (``in_corpus``), else its 文号, else its title or description, as written.  ``quote`` is
    verbatim from the source's ``article``; ``why`` is the reviewed reason when
    corpus/relations.yaml decided the edge.
    """

    source: str
    kind: RelationKind
    target: str
    in_corpus: bool
    article: str
    quote: str
    number: str | None = None  # the 文号 as written
    title: str | None = None  # the title (or description) as written, without the outer 《》
    why: str | None = None

    def target_name(self) -> str:
        """The target as a reader names it: 《title》（文号）, or what is known of it.

        >>> Relation("a", "cites", "人社部发〔2019〕90号", False, "一、", "q", "人社部发〔2019〕90号", "关于X的意见").target_name()
        '《关于X的意见》（人社部发〔2019〕90号）'
        """
        title = book(self.title) if self.title else ""
        number = f"（{self.number}）" if self.number and title else (self.number or "")
        return f"{title}{number}" or self.target

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(**data)


def book(title: str) -> str:
    """A title in 《》, with the titles nested inside it in 〈〉 — never 《《…》》.

    >>> book("关于印发《X办法》的通知"), book("《X办法》政策解读")
    ('《关于印发〈X办法〉的通知》', '《〈X办法〉政策解读》')
    """
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


@dataclass(frozen=True)
class Chunk:
    """The retrieval unit: an article (or one part of a long one) with its context."""

    chunk_id: str
    doc_id: str
    article: str  # citation path
    part: int  # 0 unless a long article was split
    text: str  # exact substring of the document text
    start: int
    end: int
    context: str  # "title › 三、贯通主要内容 › （二）…": used for retrieval, never quoted
    title: str
    region: str
    province: str | None = None
    doc_number: str | None = None
    clause_expiry: date | None = None  # "执行期限至2024年12月31日" inside the clause
    clause_expiry_text: str | None = None

    @property
    def index_text(self) -> str:
        return f"{self.context}\n{self.text}"

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["clause_expiry"] = _iso(self.clause_expiry)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        values = dict(data)
        values["clause_expiry"] = _date(values.get("clause_expiry"))
        return cls(**values)


@dataclass(frozen=True)
class Citation:
    """What an answer rests on: a verbatim quote from one article of one document."""

    doc_id: str
    title: str
    doc_number: str | None
    issuer: str | None
    region: str
    article: str
    quote: str
    status: Status
    score: float
    chunk_id: str | None = None
    # the cited document's place in the document graph: what repeals, supersedes, issues or
    # cites it, and what it repeals, supersedes or issues (its own outgoing citations are
    # left to `policy show`)
    relations: tuple[Relation, ...] = ()

    @classmethod
    def of(
        cls, doc: Document, article: str, quote: str, on: date, score: float = 1.0, chunk_id: str | None = None
    ) -> Citation:
        """A citation of ``article`` in ``doc``, with the document's status on ``on``."""
        return cls(
            doc_id=doc.doc_id,
            title=doc.title,
            doc_number=doc.doc_number,
            issuer=doc.issuer,
            region=doc.region,
            article=article,
            quote=quote,
            status=doc.status_on(on),
            score=score,
            chunk_id=chunk_id,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "region": self.region,
            "article": self.article,
            "quote": self.quote,
            "status": self.status,
            "score": round(float(self.score), 4),
            "relations": [r.to_dict() for r in self.relations],
        }

    def formatted(self) -> str:
        """The standard citation form hotline staff paste: 《标题》（文号）第十条."""
        number = f"（{self.doc_number}）" if self.doc_number else ""
        article = "" if self.article in ("正文", "引言") else self.article
        return f"{book(self.title)}{number}{article}"


@dataclass(frozen=True)
class Step:
    """One applied clause of a calculation."""

    text: str
    doc_id: str | None = None
    article: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "doc_id": self.doc_id, "article": self.article}


ThresholdOp = Literal["at_least", "more_than", "at_most", "less_than"]
_OP_WORDS = {"at_least": "满", "more_than": "高于", "at_most": "不超过", "less_than": "少于"}


def _amount_text(amount: Decimal, unit: str | None) -> str:
    """A number with its unit as a person reads it: a share as a percentage, 1.50 as 1.5.

    >>> _amount_text(Decimal("0.05"), "比例"), _amount_text(Decimal("1.50"), "年"), _amount_text(Decimal(3), "个月")
    ('5个百分点', '1.5年', '3个月')
    """
    if unit == "比例":
        points = (amount * 100).normalize()
        return f"{format(points, 'f')}个百分点"
    value = amount.normalize() if isinstance(amount, Decimal) else amount
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return f"{text}{unit or ''}"


@dataclass(frozen=True)
class Span:
    """A duration said as a range: “六七年” 6~7, “十几年” 11~19, “好几年” at least 2 (``high`` None: open).

    A duration fact (years, months, days: ``FactSpec.ranged``) may hold one instead of a number.
    A limit is decided only when both ends agree (``decide``); a range across it is unknown,
    and the rule asks for the figure.

    >>> s = Span(Decimal(6), Decimal(7))
    >>> str(s), s.decide("at_least", Decimal(4)), s.decide("at_least", Decimal(8)), s.decide("at_least", Decimal(7))
    ('6~7', True, False, None)
    >>> open_ = Span(Decimal(2), None)
    >>> str(open_), open_.decide("at_least", Decimal(2)), open_.decide("at_most", Decimal(5)), open_.decide("less_than", Decimal(2))
    ('2~', True, None, False)
    >>> Span.parse({"low": 11, "high": 19}), Span.parse("2~"), Span.parse("6~7").to_dict(), Span.parse("7~6"), Span.parse(5)
    (Span(low=Decimal('11'), high=Decimal('19')), Span(low=Decimal('2'), high=None), {'low': 6, 'high': 7}, None, None)
    """

    low: Decimal
    high: Decimal | None  # None: no upper end said (“好几年”)

    def __str__(self) -> str:
        return f"{_plain(self.low)}~{'' if self.high is None else _plain(self.high)}"

    def words(self, unit: str = "") -> str:
        """The range as a person reads it: 6~7年, 至少2年.

        >>> Span(Decimal(6), Decimal(7)).words("年"), Span(Decimal(2), None).words("年")
        ('6~7年', '至少2年')
        """
        return f"至少{_plain(self.low)}{unit}" if self.high is None else f"{self}{unit}"

    def decide(self, op: str, limit: Decimal) -> bool | None:
        """Whether every value of the range meets the limit (True), none does (False), or some do (None)."""
        test = {
            "at_least": lambda v: v >= limit,
            "more_than": lambda v: v > limit,
            "at_most": lambda v: v <= limit,
            "less_than": lambda v: v < limit,
        }[op]
        low = test(self.low)
        high = test(self.high) if self.high is not None else op in ("at_least", "more_than")  # an open end goes on upwards
        return low if low == high else None

    def scaled(self, times: Decimal = Decimal(1), plus: Decimal = Decimal(0), per: Decimal = Decimal(1)) -> Span:
        """Both ends times ``times`` plus ``plus``, divided by ``per`` (months said, years kept)."""

        def one(v: Decimal) -> Decimal:
            said = v * times + plus
            return said if per == 1 else (said / per).quantize(Decimal("0.01"))

        return Span(one(self.low), None if self.high is None else one(self.high))

    def to_dict(self) -> dict[str, Any]:
        return {"low": _jsonable(self.low), "high": _jsonable(self.high)}

    @classmethod
    def parse(cls, value: Any) -> Span | None:
        """A range from its JSON (``{"low": 6, "high": 7}``) or text (``"6~7"``, ``"2~"``); None when it is none."""
        if isinstance(value, Span):
            return value
        try:
            if isinstance(value, dict) and "low" in value:
                low, high = value.get("low"), value.get("high")
            elif isinstance(value, str) and value.count("~") == 1:
                low, high = (part.strip() or None for part in value.split("~"))
            else:
                return None
            low = Decimal(str(low))
            high = None if high is None else Decimal(str(high))
        except (ArithmeticError, ValueError, TypeError):
            return None
        if not low.is_finite() or low < 0 or (high is not None and (not high.is_finite() or high <= low)):
            return None
        return cls(low, high)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(value.quantize(Decimal(1)))


@dataclass(frozen=True)
class Threshold:
    """One comparison a rule made of a fact with a limit it declares (a parameter), and how far off it is.

    The rule layer records one wherever it compares (years, ages, rates, counts, dates), so an
    answer can say what would change its verdict without reading the rule's text:

    - ``value`` is the person's value (None: not known), ``met`` the comparison (None: not known);
    - ``gap`` is how far the value is from the limit, in ``unit``, when it is not met: what is
      still missing for a lower bound (“还差1年”), how far past an upper bound (“超出1岁”);
    - ``met_on`` is the first day a lower bound counted in time from a known day will be met
      (取得等级于2023年3月，满4年 → 2027年3月1日); ``until`` the last day an upper bound counted
      in time still holds (离校2年内 → 离校后第2年的同一天).

    >>> t = Threshold("years_since_level", "zj.title.min_years.senior_technician", "at_least", Decimal(4), "年",
    ...               Decimal(3), False, Decimal(1))
    >>> t.shortfall(), t.condition()
    ('还差1年', '满4年')
    """

    fact: str  # the fact compared (assistant/rules/facts)
    parameter: str  # the declared parameter the limit comes from (assistant/rules/parameters)
    op: ThresholdOp
    limit: Decimal | date
    unit: str | None = None  # "年", "岁", "次", "个月", "人", "比例" …; None for a date
    value: Decimal | date | Span | None = None  # a Span: the range said (“6~7年”), decided when both ends agree
    met: bool | None = None
    gap: Decimal | None = None
    met_on: date | None = None
    until: date | None = None
    precision: Literal["day", "month", "year"] = "day"  # how exactly ``met_on``/``until`` are known
    doc_id: str | None = None
    article: str | None = None

    @property
    def lower(self) -> bool:
        """A lower bound (满…, 高于…): more of the fact meets it."""
        return self.op in ("at_least", "more_than")

    def condition(self) -> str:
        """The condition in words: 满4年, 不超过24岁, 高于50%, 少于3次, 不早于2026年2月10日.

        >>> Threshold("age", "p", "at_most", Decimal(24), "岁").condition()
        '不超过24岁'
        >>> Threshold("retention_rate", "p", "more_than", Decimal("0.5"), "比例").condition()
        '高于50%'
        >>> Threshold("application_date", "p", "at_least", date(2026, 2, 10)).condition()
        '不早于2026年2月10日'
        """
        if isinstance(self.limit, date):
            words = {"at_least": "不早于", "more_than": "晚于", "at_most": "不晚于", "less_than": "早于"}
            return f"{words[self.op]}{self.limit.year}年{self.limit.month}月{self.limit.day}日"
        if self.unit == "比例":
            limit = f"{format((self.limit * 100).normalize(), 'f')}%"
        else:
            limit = _amount_text(self.limit, self.unit)
        return f"{_OP_WORDS[self.op]}{limit}"

    def shortfall(self) -> str | None:
        """How far from the limit, when not met: 还差1年, 还差约4个月, 还差5个百分点, 超出1岁, 已达上限.

        None when met, unknown, a date, or counted from a day known only to the year (see ``met_on``).

        >>> Threshold("times_received", "p", "less_than", Decimal(3), "次", Decimal(3), False, Decimal(0)).shortfall()
        '已达上限'
        >>> Threshold("age", "p", "at_most", Decimal(24), "岁", Decimal(26), False, Decimal(2)).shortfall()
        '超出2岁'
        >>> Threshold("years_since_level", "p", "at_least", Decimal(4), "年", Decimal("3.7"), False, Decimal("0.3")).shortfall()
        '还差约4个月'
        >>> Threshold("years_since_level", "p", "at_least", Decimal(4), "年", Decimal("2.5"), False, Decimal("1.5")).shortfall()
        '还差1年6个月'
        """
        if self.met is not False or self.gap is None or self.precision == "year":
            return None
        if not self.lower:
            return f"超出{_amount_text(self.gap, self.unit)}" if self.gap > 0 else "已达上限"
        if self.gap <= 0:
            return f"须{self.condition()}"
        if self.unit == "年" and self.gap != self.gap.to_integral_value():
            months = self.gap * 12
            whole = int(months.to_integral_value(rounding=ROUND_CEILING))
            about = "" if months == whole else "约"
            years, rest = divmod(whole, 12)
            return f"还差{about}" + (f"{years}年" if years else "") + (f"{rest}个月" if rest else "")
        return f"还差{_amount_text(self.gap, self.unit)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "parameter": self.parameter,
            "op": self.op,
            "limit": _jsonable(self.limit),
            "unit": self.unit,
            "value": _jsonable(self.value),
            "met": self.met,
            "gap": _jsonable(self.gap),
            "met_on": _iso(self.met_on),
            "until": _iso(self.until),
            "precision": self.precision,
            "doc_id": self.doc_id,
            "article": self.article,
        }


Verdict = Literal["eligible", "not_eligible", "amount", "need_more_info", "not_applicable", "info"]


@dataclass(frozen=True)
class Calculation:
    """The result of a deterministic rule: verdict, value, steps, what is missing."""

    rule_id: str
    inputs: dict[str, Any]
    verdict: str
    value: Decimal | int | str | None = None
    unit: str | None = None
    steps: tuple[Step, ...] = ()
    missing: tuple[str, ...] = ()
    citation: Citation | None = None
    summary: str = ""
    in_force: bool = True  # False: the rule was outside its period on the day evaluated (the verdict says why)
    thresholds: tuple[Threshold, ...] = ()  # every limit the rule compared a fact with, in order
    applied_on: date | None = None  # the day the rule was applied: the day asked, or its event's (取证之日) when said
    unprovided: str | None = None  # the person's value the rule's article does not provide for (市级 where it names 国家级、省级)
    asked_among: tuple[str, ...] = ()  # the first missing fact a set: the members the rule lists still open (asked by name)

    def to_dict(self) -> dict[str, Any]:
        value: Any = self.value
        if isinstance(value, Decimal):
            value = int(value) if value == value.to_integral_value() else float(value)
        return {
            "rule_id": self.rule_id,
            "inputs": {k: _jsonable(v) for k, v in self.inputs.items()},
            "verdict": self.verdict,
            "value": value,
            "unit": self.unit,
            "steps": [s.to_dict() for s in self.steps],
            "missing": list(self.missing),
            "in_force": self.in_force,
            "thresholds": [t.to_dict() for t in self.thresholds],
            "applied_on": _iso(self.applied_on),
            "unprovided": self.unprovided,
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, Span):
        return value.to_dict()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):  # no order of its own: sorted, so the JSON is the same in every process
        return [_jsonable(v) for v in sorted(value, key=str)]
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


CONTEXT_CHARS = 300  # how much of the person's earlier words the state keeps


REGION_PENDING = "region"  # ``pending`` when the assistant asked which region to answer for


@dataclass(frozen=True)
class DialogueState:
    """What a conversation has established, kept apart from its transcript.

    ``facts`` are typed values keyed by the declared facts (``assistant/rules/facts``);
    ``pending`` is the fact the assistant just asked for (a short reply is read as it);
    ``topic`` and ``intent`` are what the person is asking about, so that “那正高呢？”
    re-evaluates the same question with one element changed; ``asked`` counts how many
    times in a row ``pending`` has been asked (never the same question twice).
    """

    facts: dict[str, Any] = field(default_factory=dict)
    pending: str | None = None
    topic: str | None = None
    intent: str | None = None  # "amount" when the person asked how much
    region: str | None = None
    asked: int = 0
    context: str = ""  # the person's recent messages (normalized, bounded): words a topic needs
    event_date: date | None = None  # the day of what the person described (“2025年招的”), kept for follow-ups
    implied: tuple[str, ...] = ()  # facts worked out from others, not said (recomputed each turn)
    region_over: str | None = None  # the region option (a province) the person's own answer replaced
    document: str | None = None  # the doc_id the last answer quoted first: “现在还管用不？” asks about it

    def to_dict(self) -> dict[str, Any]:
        return {
            "context": self.context,
            "event_date": _iso(self.event_date),
            "implied": list(self.implied),
            "facts": {k: _jsonable(v) for k, v in self.facts.items()},
            "pending": self.pending,
            "topic": self.topic,
            "intent": self.intent,
            "region": self.region,
            "asked": self.asked,
            "region_over": self.region_over,
            "document": self.document,
        }

    @classmethod
    def from_dict(cls, data: Any) -> DialogueState | None:
        """A state read back from JSON (``--history``, the page); None when it is not one.

        Values are typed again by the fact declarations; unknown keys are dropped.
        """
        if not isinstance(data, dict):
            return None
        from assistant.rules.inputs import FACTS, coerce

        raw = data.get("facts") if isinstance(data.get("facts"), dict) else {}
        facts = {}
        for key, value in raw.items():
            if key in FACTS:
                typed = coerce(key, value)
                if typed is not None:
                    facts[key] = typed
        pending = data.get("pending") if data.get("pending") in FACTS or data.get("pending") == REGION_PENDING else None
        asked = data.get("asked") if isinstance(data.get("asked"), int) and 0 <= data.get("asked") < 100 else 0
        text = lambda v: v if isinstance(v, str) and len(v) <= 80 else None  # noqa: E731
        context = data.get("context") if isinstance(data.get("context"), str) else ""
        try:
            event = date.fromisoformat(data["event_date"]) if isinstance(data.get("event_date"), str) else None
        except ValueError:
            event = None
        implied = tuple(k for k in data.get("implied") or () if isinstance(k, str) and k in facts) if isinstance(data.get("implied"), list) else ()
        return cls(
            facts, pending, text(data.get("topic")), text(data.get("intent")), text(data.get("region")), asked,
            context[-CONTEXT_CHARS:], event, implied, text(data.get("region_over")), text(data.get("document")),
        )


@dataclass(frozen=True)
class Turn:
    role: Literal["user", "assistant"]
    content: str
    state: DialogueState | None = None  # on assistant turns: the state after that answer


# Why an answer is a decline: the question's concept is not one the corpus covers; the person's
# province has no documents (the national rules are still given, labelled national); no passage
# of the corpus addresses the question.
ABSTAIN_REASONS = ("out_of_scope", "region_not_covered", "no_passage")


@dataclass(frozen=True)
class Answer:
    """What ``assistant.ask`` returns; ``to_dict`` is the ``--json`` contract."""

    question: str
    answer: str
    abstained: bool
    region: str | None
    citations: tuple[Citation, ...] = ()
    calculation: Calculation | None = None
    follow_up: str | None = None
    as_of: date | None = None
    warnings: tuple[str, ...] = field(default=())
    facts: dict[str, Any] = field(default_factory=dict)
    state: DialogueState | None = None  # the conversation's state after this answer
    reason: str | None = None  # why it declined (ABSTAIN_REASONS); None when it answered
    # a validity answer: the status it gives what was asked about on the day asked — a document, a
    # measure with its own period, or a document the corpus only cites as repealed (expired), which
    # need not be the status of the document its first citation quotes; None for other answers
    status: Status | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "reason": self.reason,
            "region": self.region,
            "citations": [c.to_dict() for c in self.citations],
            "calculation": self.calculation.to_dict() if self.calculation else None,
            "follow_up": self.follow_up,
            "as_of": _iso(self.as_of),
            "state": self.state.to_dict() if self.state else None,
            "status": self.status,
        }


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk with the evidence behind its rank."""

    chunk: Chunk
    score: float  # fused score (higher is better)
    lexical: float = 0.0  # BM25 score
    dense: float = 0.0  # cosine similarity
    lexical_rank: int | None = None  # 1-based
    dense_rank: int | None = None
