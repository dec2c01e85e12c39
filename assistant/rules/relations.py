"""A figure a clause states relative to a figure the person gives, declared as data (``relations/*.yaml``).

Some clauses state no figure of their own but a relation to another: “首席技师薪酬待遇…不低于特级技师
薪酬待遇”, “劳务报酬…不低于财政资金总额的20%”, “工资增幅不低于…人均工资增幅”, “有效期相应延长一年”.
When the person says the other figure (特级技师年薪36万, 财政资金800万, 原来有效期4年) the clause's
figure follows from it.  Each relation is one entry: its document, article and quote, the figure
the person gives (a declared fact, typed), and how the clause's figure follows:

- ``equal``: the same figure (as a floor or a ceiling, ``bound``): 36万元 → 不低于36万元;
- ``share``: a share the quote states of it: 800万元 × 20% = 160万元;
- ``raise``: it raised by a rate — the quote's, or one the person gives (``rate``, a declared
  fact in %): 9.6万元 × (1 + 7.5%) = 10.32万元;
- ``extend``: a period lengthened by what the quote states: 4年 + 1年 = 5年;
- ``advance``: a period the person says is the usual one, shortened by what the quote states
  (“首次申报评审职称提前1年”: usually 5年 → 5年 − 1年 = 4年).

``relate(ctx, id)`` is called by the rule answering the clause: it returns None while the person's
figure is unknown (the rule then states the clause as before), else the result, each step citing
the clause.  Every stated figure must occur in its quote; facts must be declared with the right kind.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from assistant.datafile import load_yaml
from assistant.rules.base import Clause, Context, Outcome, RegistrationError, fmt_money, fmt_number
from assistant.rules.inputs import FACTS

RELATIONS_DIR = Path(__file__).parent / "relations"
KINDS = ("equal", "share", "raise", "extend", "advance")
PERIODS = ("extend", "advance")  # a number of years, not a sum of money
BOUND_WORDS = {"": "", "at_least": "不低于", "at_most": "不超过"}
_CN_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


@dataclass(frozen=True)
class Relation:
    id: str
    kind: str
    clause: Clause
    given: str  # the name of the person's figure (特级技师薪酬待遇)
    fact: str  # the fact holding it
    result: str  # the name of the clause's figure (首席技师薪酬待遇)
    figure: Decimal | None = None  # the quote's figure: % for share/raise, years for extend
    figure_text: str = ""
    rate_fact: str | None = None  # raise: the rate the person gives, in %
    rate_name: str = ""
    bound: str = ""
    answer: str = ""  # the clause in Chinese, said before the result
    share: bool = False  # equal: the person's figure is a share (副高以上占35%), held as a fraction

    def unit(self) -> str:
        return "年" if self.kind in PERIODS else "%" if self.share else "元"


def _show(rel: Relation, value: Decimal) -> str:
    if rel.kind in PERIODS:
        return f"{fmt_number(value)}年"
    if rel.share:
        return f"{fmt_number(_round(value * 100))}%"
    return fmt_money(value)


def _round(v: Decimal) -> Decimal:
    return v.to_integral_value() if v == v.to_integral_value() else v.quantize(Decimal("0.01"))


def compute(rel: Relation, given: Decimal, rate: Decimal | None = None) -> tuple[Decimal, str]:
    """The clause's figure from the person's, and the arithmetic in words.

    >>> r = Relation("x", "share", Clause("d", "a", "q"), "财政资金总额", "f", "劳务报酬", Decimal(20), "20%")
    >>> compute(r, Decimal(8000000))
    (Decimal('1600000'), '财政资金总额800万元 × 20% = 160万元')
    >>> compute(Relation("x", "raise", Clause("d", "a", "q"), "去年人均工资", "f", "今年人均工资", rate_name="增幅"), Decimal(96000), Decimal("7.5"))
    (Decimal('103200'), '去年人均工资96000元 × (1 + 增幅7.5%) = 103200元')
    >>> compute(Relation("x", "extend", Clause("d", "a", "q"), "原有效期", "f", "有效期", Decimal(1), "一年"), Decimal(4))
    (Decimal('5'), '原有效期4年 + 延长一年 = 5年')
    >>> compute(Relation("x", "advance", Clause("d", "a", "q"), "一般申报年限", "f", "可申报年限", Decimal(1), "1年"), Decimal(6))
    (Decimal('5'), '一般申报年限6年 − 提前1年 = 5年')
    >>> compute(Relation("x", "equal", Clause("d", "a", "q"), "特级技师薪酬待遇", "f", "首席技师薪酬待遇", bound="at_least"), Decimal(360000))
    (Decimal('360000'), '首席技师薪酬待遇不低于特级技师薪酬待遇36万元')
    >>> compute(Relation("x", "equal", Clause("d", "a", "q"), "同类高职比例", "f", "技师学院比例", bound="at_least", share=True), Decimal("0.35"))
    (Decimal('0.35'), '技师学院比例不低于同类高职比例35%')
    """
    if rel.kind == "equal":
        return given, f"{rel.result}{BOUND_WORDS[rel.bound]}{rel.given}{_show(rel, given)}"
    if rel.kind == "share":
        value = _round(given * rel.figure / 100)
        return value, f"{rel.given}{_show(rel, given)} × {rel.figure_text} = {_show(rel, value)}"
    if rel.kind == "raise":
        r = rate if rate is not None else rel.figure
        value = _round(given * (100 + r) / 100)
        said = f"{rel.rate_name}{fmt_number(r)}%" if rate is not None else rel.figure_text
        return value, f"{rel.given}{_show(rel, given)} × (1 + {said}) = {_show(rel, value)}"
    if rel.kind == "advance":
        value = given - rel.figure
        return value, f"{rel.given}{_show(rel, given)} − 提前{rel.figure_text} = {_show(rel, value)}"
    value = given + rel.figure
    return value, f"{rel.given}{_show(rel, given)} + 延长{rel.figure_text} = {_show(rel, value)}"


def relate(ctx: Context, rid: str, stated: bool = False) -> Outcome | None:
    """The result of relation ``rid`` from the person's figure; None while it (or a rate asked for) is unknown.

    ``stated``: the caller has already stepped the clause's quote."""
    rel = relations()[rid]
    given = ctx.get(rel.fact)
    rate = ctx.get(rel.rate_fact) if rel.rate_fact else None
    if given is None or (rel.rate_fact and rate is None):
        return None
    # a fact said in % is held as a fraction (7.5% → 0.075), as every % fact is
    value, words = compute(rel, Decimal(given), None if rate is None else Decimal(rate) * 100)
    if not stated:
        ctx.step(rel.clause.quote + "。", rel.clause)
    ctx.step(f"按所说{rel.given}计算：{words}。", rel.clause)
    lead = {"at_least": "至少", "at_most": "最多"}.get(rel.bound, "")
    summary = f"{rel.answer}按您所说，{words}，即{rel.result}{lead}{_show(rel, value)}。"
    unit = rel.unit() + {"at_least": "（下限）", "at_most": "（上限）"}.get(rel.bound, "")
    if rel.share:  # carried as percent (35 with unit %), as the declared amounts carry it
        value = _round(value * 100)
    return ctx.result("amount", value, unit, summary)


def _figure(said: str, quote: str, where: str) -> Decimal:
    if said not in quote:
        raise RegistrationError(f"{where}: {said} is not a figure its quote states")
    head = said.rstrip("%年")
    if head in _CN_NUM:
        return Decimal(_CN_NUM[head])
    try:
        return Decimal(head)
    except ArithmeticError:
        raise RegistrationError(f"{where}: {said!r} is not a figure (35%, 3年, 一年)") from None


def _fact(key, kinds: tuple[str, ...], where: str) -> str:
    key = str(key)
    if key not in FACTS or FACTS[key].kind not in kinds:
        raise RegistrationError(f"{where}: {key!r} is not a declared {'/'.join(kinds)} fact (assistant/rules/facts/)")
    return key


def parse(raw: dict, where: str) -> Relation:
    for key in ("id", "doc", "clause", "relation", "given", "result"):
        if not raw.get(key):
            raise RegistrationError(f"{where}: missing {key!r}")
    kind = str(raw["relation"])
    if kind not in KINDS:
        raise RegistrationError(f"{where}: relation {kind!r} is not one of {KINDS}")
    c = raw["clause"]
    clause = Clause(str(raw["doc"]), str(c.get("article") or ""), str(c.get("quote") or ""))
    if not clause.is_complete():
        raise RegistrationError(f"{where}: a clause needs doc, article and quote")
    g = raw["given"]
    fact = _fact(g.get("fact"), ("decimal", "int"), where)
    share = g.get("is") == "share"  # (given: {…, is: share}: a share said in %, for an equal relation)
    if share and kind != "equal":
        raise RegistrationError(f"{where}: only an equal relation takes a share as given")
    if kind not in PERIODS and not share and not FACTS[fact].money:
        raise RegistrationError(f"{where}: the given fact {fact!r} is not a sum of money")
    figure, text, rate_fact, rate_name = None, "", None, ""
    if raw.get("figure") is not None:
        text = str(raw["figure"])
        figure = _figure(text, clause.quote, where)
    if raw.get("rate"):
        rate_fact = _fact(raw["rate"].get("fact"), ("decimal",), where)
        rate_name = str(raw["rate"].get("name") or "")
    if kind in ("share", *PERIODS) and figure is None:
        raise RegistrationError(f"{where}: a {kind} needs the quote's figure")
    if kind == "raise" and (figure is None) == (rate_fact is None):
        raise RegistrationError(f"{where}: a raise needs either the quote's rate or a rate fact")
    if kind == "equal" and figure is not None:
        raise RegistrationError(f"{where}: an equal relation states no figure of its own")
    bound = str(raw.get("bound") or "")
    if bound not in BOUND_WORDS:
        raise RegistrationError(f"{where}: bound is at_least or at_most")
    return Relation(str(raw["id"]), kind, clause, str(g.get("name") or ""), fact, str(raw["result"]), figure, text, rate_fact, rate_name, bound, str(raw.get("answer") or ""), share)


def load(*paths: Path) -> dict[str, Relation]:
    out: dict[str, Relation] = {}
    for path in paths or sorted(RELATIONS_DIR.glob("*.yaml")):
        for raw in load_yaml(path.read_text(encoding="utf-8")) or ():
            where = f"{path.name}: {raw.get('id', '<no id>') if isinstance(raw, dict) else '<not a mapping>'}"
            if not isinstance(raw, dict):
                raise RegistrationError(f"{where}: an entry is a mapping")
            rel = parse(raw, where)
            if rel.id in out:
                raise RegistrationError(f"{where}: id declared twice")
            out[rel.id] = rel
    return out


@functools.lru_cache(maxsize=1)
def relations() -> dict[str, Relation]:
    return load()
