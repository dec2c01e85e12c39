"""Arithmetic over two figures the person asks about: their difference or their sum.

“四川比山西高出几个百分点？”, “2029年和2035年的目标差几个百分点？”, “一家评上国家级、另一家评上省级，
一次性奖补加起来一共多少？”: two figures, each stated somewhere — a rule's parameter (the figure
a rule gives for 山西 and for 四川, for 国家级 and for 省级) or a sentence of a passage no rule
holds (“到2029年…45%以上”, “到2035年…50%以上”) — and one operation.  This module holds what
both ways share: the operation asked (declared in ``assistant/data/intents.yaml``:
``asks_difference``, ``asks_sum``), the two ``Operand``s (each a figure with the words and the
article that state it) and ``combine``, which works the result out and writes it as a
``Calculation``: one step per figure, citing its article, and one for the arithmetic.

Where the operands come from is elsewhere: ``assistant.operands`` (the same question asked of
each of two things named, through the rules; or the figures two anchors lead to in a passage).

Figures are compared in one unit: a share of a base (``×当地最低工资标准``, a fraction) is
written as a percentage of it, and a difference of percentages is in 个百分点.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from assistant.rules.base import fmt_money, fmt_number
from assistant.rules.dates import add_months
from assistant.schema import Calculation, Step
from assistant.understand.intents import intent

Operation = Literal["difference", "sum"]

# the bound a unit carries (元（上限）, %（下限）): said beside the figure, not part of the unit
_BOUND = re.compile(r"（(上限|下限)）$")
_BOUND_WORDS = {"上限": "最多", "下限": "至少"}
# a share of a base: “×当地最低工资标准（每人每月）” (the value a fraction of it)
_OF_BASE = re.compile(r"^×(?P<base>[^（(]+)")


def operation_asked(text: str) -> Operation | None:
    """The operation a question asks for over two figures, if any (a difference first).

    >>> operation_asked("四川比山西高出几个百分点？"), operation_asked("国家级和省级的加起来一共多少")
    ('difference', 'sum')
    >>> operation_asked("见习补贴每人多少") is None
    True
    """
    if intent("asks_difference").search(text):
        return "difference"
    if intent("asks_sum").search(text):
        return "sum"
    return None


@dataclass(frozen=True)
class Operand:
    """One figure: what it is of (``label``), its value in ``unit``, and where it is stated."""

    label: str  # 四川省 / 2029年 / 国家级
    value: Decimal
    unit: str  # 元 % 年 人次 …: figures in one unit are combined
    figure: str  # as answers write it: 当地最低工资标准的100%, 45%以上, 30万元
    source: str  # 《标题》条款, as the answer names it
    doc_id: str | None = None
    article: str | None = None


def _plain(value: Decimal) -> Decimal:
    """60.0 → 60, 0.50 → 0.5: values as they are said."""
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def figure_text(value: Decimal, unit: str, wan: bool = False) -> str:
    """A value in its unit as answers write it.

    >>> figure_text(Decimal(300000), "元"), figure_text(Decimal(45), "%"), figure_text(Decimal(3), "年")
    ('30万元', '45%', '3年')
    >>> figure_text(Decimal(13000), "人"), figure_text(Decimal(6000), "人"), figure_text(Decimal(15000), "人次")
    ('1.3万人', '6000人', '1.5万人次')
    >>> figure_text(Decimal(6000), "人", wan=True)  # beside a figure in 万
    '0.6万人'

    """
    if unit == "元" or unit.startswith("元/"):  # 30万元, 1200元/人·月
        return fmt_money(value) + unit[1:]
    if (value >= 10000 or wan) and (value / 10000) == (value / 10000).quantize(Decimal("0.01")):
        return f"{fmt_number(value / 10000)}万{unit}"  # 1.3万人, as the documents write it
    return f"{fmt_number(value)}{unit}"


def operand_of_value(label: str, value: Decimal | int | str | None, unit: str | None, source: str, doc_id: str | None = None, article: str | None = None) -> Operand | None:
    """A rule's result as an operand: its value in a unit figures can be compared in, or None.

    >>> o = operand_of_value("山西省", Decimal("0.6"), "×当地最低工资标准（每人每月）", "《通知》三、（二）")
    >>> o.value, o.unit, o.figure
    (Decimal('60'), '%', '当地最低工资标准的60%')
    >>> operand_of_value("国家级", Decimal(300000), "元", "s").figure, operand_of_value("x", Decimal(60), "%（下限）", "s").figure
    ('30万元', '至少60%')
    >>> operand_of_value("x", "2026-05-09", None, "s") is None, operand_of_value("x", Decimal(1200), "元/人·月", "s").figure
    (True, '1200元/人·月')
    """
    if value is None or isinstance(value, str) or not unit:
        return None
    value = _plain(Decimal(value))
    bound = _BOUND.search(unit)
    unit = _BOUND.sub("", unit)
    most = _BOUND_WORDS[bound.group(1)] if bound else ""
    share = _OF_BASE.match(unit)
    if share:  # a fraction of a base: as a percentage of it
        percent = _plain(value * 100)
        return Operand(label, percent, "%", f"{most}{share.group('base')}的{fmt_number(percent)}%", source, doc_id, article)
    if unit == "比例":
        percent = _plain(value * 100)
        return Operand(label, percent, "%", f"{most}{fmt_number(percent)}%", source, doc_id, article)
    return Operand(label, value, unit, f"{most}{figure_text(value, unit)}", source, doc_id, article)


def combine(operation: Operation, first: Operand, second: Operand, rule_id: str = "arith") -> Calculation | None:
    """The difference or the sum of two figures in one unit, as a calculation citing both; None when
    their units differ.

    >>> a = Operand("四川省", Decimal(100), "%", "当地最低工资标准的100%", "《措施》二、（十三）", "sc", "二、（十三）")
    >>> b = Operand("山西省", Decimal(60), "%", "当地最低工资标准的60%", "《通知》三、（二）", "sx", "三、（二）")
    >>> c = combine("difference", b, a)
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('40'), '个百分点', '四川省比山西省高：100% − 60% = 40个百分点。')
    >>> [s.article for s in c.steps]
    ['三、（二）', '二、（十三）', None]
    >>> s = combine("sum", Operand("国家级", Decimal(300000), "元", "30万元", "s"), Operand("省级", Decimal(200000), "元", "20万元", "s"))
    >>> s.value, s.unit, s.steps[-1].text
    (Decimal('500000'), '元', '合计：国家级30万元 + 省级20万元 = 50万元。')
    >>> s.summary
    '国家级：30万元；省级：20万元（均见s）。合计：国家级30万元 + 省级20万元 = 50万元。'

    >>> combine("sum", Operand("a", Decimal(3), "年", "3年", "s"), Operand("b", Decimal(3), "元", "3元", "s")) is None
    True
    """
    if first.unit != second.unit:
        return None
    unit = first.unit
    wan = not unit.startswith("元") and max(first.value, second.value) >= 10000  # every figure of the line in 万, as the larger is

    def text(value: Decimal, unit: str = unit) -> str:
        return figure_text(value, unit, wan)

    if operation == "sum":
        total = first.value + second.value
        arithmetic = f"合计：{first.label}{text(first.value)} + {second.label}{text(second.value)} = {text(total)}。"
        value, shown = total, unit
    else:
        big, small = (first, second) if first.value >= second.value else (second, first)
        value = big.value - small.value
        shown = "个百分点" if unit == "%" else unit
        if value == 0:
            arithmetic = f"两者相同：都是{text(big.value)}。"
        else:
            word = "高" if unit == "%" else "多"
            arithmetic = f"{big.label}比{small.label}{word}：{text(big.value)} − {text(small.value)} = {text(value, shown)}。"
    value = _plain(value)
    steps = (
        Step(f"{first.label}：{first.figure}。", first.doc_id, first.article),
        Step(f"{second.label}：{second.figure}。", second.doc_id, second.article),
        Step(arithmetic),
    )
    if first.source == second.source:  # one clause states both: named once
        stated = f"{first.label}：{first.figure}；{second.label}：{second.figure}（均见{first.source}）。"
    else:
        stated = f"{first.label}：{first.figure}（{first.source}）；{second.label}：{second.figure}（{second.source}）。"
    summary = stated + arithmetic
    return Calculation(
        rule_id=f"{rule_id}.{operation}",
        inputs={},
        verdict="amount",
        value=value,
        unit=shown,
        steps=steps,
        summary=summary,
    )


def per_year_total(each: Operand, first_year: int, last_year: int, bound: str = "", stated: str = "") -> Calculation:
    """A figure stated for each year of a span, added over the years asked (“每年100万人次以上”,
    2024到2027年: 4年); ``stated`` is the span the source states it for (2024—2027年).

    >>> c = per_year_total(Operand("每年", Decimal(1000000), "人次", "100万人次以上", "《通知》八、", "d", "八、"), 2024, 2027, "以上")
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('4000000'), '人次', '合计：每年100万人次 × 4年（2024—2027年）= 400万人次以上。')
    """
    years = last_year - first_year + 1
    total = _plain(each.value * years)
    arithmetic = f"合计：每年{figure_text(each.value, each.unit)} × {years}年（{first_year}—{last_year}年）= {figure_text(total, each.unit)}{bound}。"
    steps = (Step(f"每年：{each.figure}。", each.doc_id, each.article), Step(arithmetic))
    return Calculation(
        rule_id="passage.per_year_total",
        inputs={},
        verdict="amount",
        value=total,
        unit=each.unit,
        steps=steps,
        summary=f"{stated or f'{first_year}—{last_year}年'}每年{each.figure}（{each.source}）。{arithmetic}",
    )


# an amount for each person: 元/人, or its bound (元/人（上限）: “不超过400元/人”)
_PER_HEAD = re.compile(r"^元/人(?P<per>·年|·月)?(?P<bound>（上限）|（下限）)?$")


def per_head_total(each: Calculation, people: int) -> Calculation | None:
    """An amount a rule gives for each person, times the people the question counts (“给12个失业人员
    办了15天的培训…总共能补多少”: 1000元/人 × 12人): the rule's steps, each citing its article, then the
    product, citing the article the per-person figure is stated in.  None unless the rule's result is an
    amount for each person and more than one person is counted.

    >>> each = Calculation("jz.worker", {"training_days": 15}, "amount", Decimal(1000), "元/人",
    ...     (Step("每人每天100元，原则上每人不超过1000元。", "d", "三、（四）"), Step("15天 × 100元 = 1500元，超过上限，按1000元。", "d", "三、（四）")),
    ...     summary="培训15天每人补贴1000元。")
    >>> c = per_head_total(each, 12)
    >>> c.value, c.unit, c.steps[-1].text, c.steps[-1].article, c.inputs
    (Decimal('12000'), '元', '12人 × 1000元 = 12000元。', '三、（四）', {'training_days': 15, 'people_count': 12})
    >>> c.summary
    '培训15天每人补贴1000元。12人合计12000元。'
    >>> per_head_total(replace(each, unit="元/人（上限）"), 3).unit, per_head_total(each, 1), per_head_total(replace(each, unit="元"), 5)
    ('元（上限）', None, None)
    >>> per_head_total(replace(each, unit="元/人·年"), 2).unit  # a figure per person a year: the people's, a year
    '元/年'
    """
    shape = _PER_HEAD.match(each.unit or "")
    if shape is None or people <= 1 or each.verdict != "amount" or not isinstance(each.value, Decimal):
        return None
    total = _plain(each.value * people)
    stated = next((s for s in reversed(each.steps) if s.doc_id and s.article), None)
    product = f"{people}人 × {fmt_money(each.value)} = {fmt_money(total)}"
    bound = shape.group("bound") or ""
    return replace(
        each,
        inputs={**each.inputs, "people_count": people},
        value=total,
        unit=f"元{'/' + shape.group('per')[1:] if shape.group('per') else ''}{bound}",
        steps=(*each.steps, Step(f"{product}。", stated.doc_id if stated else None, stated.article if stated else None)),
        summary=f"{each.summary}{people}人合计{_BOUND_WORDS[bound[1:3]] if bound else ''}{fmt_money(total)}。",
    )


def months_until(start: date, day: date) -> int:
    """Whole months from ``start`` until ``day`` is reached (a part of a month counts as one).

    >>> months_until(date(2026, 12, 1), date(2027, 6, 1)), months_until(date(2026, 12, 1), date(2027, 6, 2)), months_until(date(2026, 12, 1), date(2026, 11, 1))
    (6, 7, 0)
    """
    months = 0
    while add_months(start, months) < day:
        months += 1
    return months


def wait_asked(text: str) -> bool:
    """Whether the question asks how long until a limit is met (“还要等几个月才能报中级职称”).

    >>> wait_asked("还要等几个月才能报中级职称？"), wait_asked("见习补贴能发几个月")
    (True, False)
    """
    return bool(intent("asks_wait").search(text))


def months_to_wait(calc: Calculation, as_of: date, months_asked: bool = True) -> Calculation | None:
    """The months from ``as_of`` until the one limit a rule found unmet will be met (取得技师后满3年:
    2027年6月1日; asked on 2026年12月1日: 6个月), as the rule's calculation with that figure, citing the
    article the limit is stated in; None unless exactly one limit is unmet and the day it is met is known
    and later.

    >>> from assistant.schema import Threshold
    >>> t = Threshold("years_since_level", "p", "at_least", Decimal(3), "年", Decimal("2.5"), False, Decimal("0.5"), date(2027, 6, 1), None, "month", "d", "三、（二）1.（2）")
    >>> c = months_to_wait(Calculation("r", {}, "not_eligible", "中级", None, (), summary="尚不满3年。", thresholds=(t,)), date(2026, 12, 1))
    >>> c.value, c.unit, c.steps[-1].text, c.verdict
    (Decimal('6'), '个月', '2027年6月起满3年，距2026年12月1日还有6个月。', 'not_eligible')
    >>> c = months_to_wait(Calculation("r", {}, "not_eligible", "中级", None, (), summary="尚不满3年。", thresholds=(t,)), date(2026, 12, 1), months_asked=False)
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('0.5'), '年', '2027年6月起满3年，距2026年12月1日还有0.5年（6个月）。')
    """
    unmet = [t for t in calc.thresholds if t.met is False]
    if len(unmet) != 1 or unmet[0].met_on is None or unmet[0].met_on <= as_of:
        return None
    limit = unmet[0]
    months = months_until(as_of, limit.met_on)
    day = f"{limit.met_on.year}年{limit.met_on.month}月" + ("" if limit.precision in ("month", "year") else f"{limit.met_on.day}日")
    value, unit, said = Decimal(months), "个月", f"{months}个月"
    if limit.unit == "年" and not months_asked and months % 6 == 0:
        # a limit in years, the wait asked without months (“还差多久”): said in the limit's unit, the months beside it
        value, unit = Decimal(months) / 12, "年"
        said = f"{fmt_number(value)}年（{months}个月）"
    text = f"{day}起{limit.condition()}，距{as_of.year}年{as_of.month}月{as_of.day}日还有{said}。"
    return replace(
        calc,
        value=value,
        unit=unit,
        steps=(*calc.steps, Step(text, limit.doc_id, limit.article)),
        summary=f"{calc.summary}{text}",
    )


def years_to_serve(calc: Calculation) -> Calculation | None:
    """The years still to serve to the one limit in years a rule found unmet, when no day counts it (the years
    said as a figure, “在岗干满13年”; 满18年: 18 − 13 = 5年), as the rule's calculation with that figure, citing the
    article the limit is stated in; None unless exactly one limit is unmet and it is one in years with its gap.

    >>> from assistant.schema import Threshold
    >>> t = Threshold("years_in_occupation", "p", "at_least", Decimal(18), "年", Decimal(13), False, Decimal(5), None, None, "day", "d", "三、（七）")
    >>> c = years_to_serve(Calculation("r", {}, "not_eligible", None, None, (), summary="不符合。", thresholds=(t,)))
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('5'), '年', '在岗从事本职业工作的年限须满18年，您已有13年，还差18年 − 13年 = 5年。')
    """
    unmet = [t for t in calc.thresholds if t.met is False]
    if len(unmet) != 1:
        return None
    limit = unmet[0]
    if limit.unit != "年" or limit.op != "at_least" or limit.gap is None or limit.gap <= 0 or not isinstance(limit.value, Decimal) or not isinstance(limit.limit, Decimal):
        return None
    from assistant.rules.inputs import FACTS

    label = FACTS[limit.fact].label if limit.fact in FACTS else ""
    text = f"{label}须{limit.condition()}，您已有{fmt_number(limit.value)}年，还差{fmt_number(limit.limit)}年 − {fmt_number(limit.value)}年 = {fmt_number(limit.gap)}年。"
    return replace(calc, value=limit.gap, unit="年", steps=(*calc.steps, Step(text, limit.doc_id, limit.article)), summary=f"{calc.summary}{text}")


def years_after_obtained(calc: Calculation) -> Calculation | None:
    """The years to serve after a level supposed got (“要是明年考下来，之后还得干几年”): the one limit in years on the
    time since the level, unmet, as the rule's calculation with that limit as its figure; None otherwise.

    >>> from assistant.schema import Threshold
    >>> t = Threshold("years_since_level", "p", "at_least", Decimal(4), "年", Decimal(0), False, Decimal(4), None, None, "day", "d", "三、（二）1.（3）")
    >>> c = years_after_obtained(Calculation("r", {}, "not_eligible", None, None, (), summary="不符合。", thresholds=(t,)))
    >>> c.value, c.unit
    (Decimal('4'), '年')
    """
    unmet = [t for t in calc.thresholds if t.met is False and t.fact == "years_since_level" and t.unit == "年" and t.op == "at_least" and isinstance(t.limit, Decimal)]
    if len(unmet) != 1:
        return None
    limit = unmet[0]
    text = f"取得该等级后须从事技术技能工作满{fmt_number(limit.limit)}年。"
    return replace(calc, value=limit.limit, unit="年", steps=(*calc.steps, Step(text, limit.doc_id, limit.article)), summary=f"{calc.summary}{text}")


__all__ = ["Operand", "Operation", "combine", "figure_text", "months_to_wait", "months_until", "years_to_serve", "years_after_obtained", "operand_of_value", "operation_asked", "per_head_total", "per_year_total", "wait_asked"]
