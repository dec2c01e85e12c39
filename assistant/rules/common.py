"""Small pure helpers shared by the domain modules: tri-state checks, shares, lists."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from assistant.rules.base import Context, ParamValue, fmt_number
from assistant.rules.dates import add_years
from assistant.rules.retirement import gap_to_retirement, schedule_text
from assistant.rules.inputs import SCHOOL_KINDS


def years_at_least(
    ctx: Context, key: str, minimum: ParamValue, *, upper: str | None = None, lower: str | None = None
) -> bool | None:
    """Whether fact ``key`` (years) reaches the parameter ``minimum``: True, False, or None when unknown.

    When ``key`` is unknown a related fact can still decide: ``upper`` is a count of
    years that is never smaller than ``key`` (years in the occupation bound the years
    since a level was obtained), ``lower`` one that is never larger.  Nothing is
    recorded as missing here; the caller decides what to ask.  The comparison is
    recorded (``Context.compare``) with what it was decided on, so the answer can say
    how many years are missing and from which day the limit is met.
    """
    value = ctx.get(key)
    if value is not None:
        return ctx.compare(key, minimum, "at_least")
    if ctx.span(key) is not None:  # “拿了十几年”: decided when the whole range is on one side of the limit
        met = ctx.compare(key, minimum, "at_least")
        if met is not None:
            return met
    if key == "years_since_level":
        known = _years_from_obtained(ctx, minimum)
        if known is not None:
            return known
    if upper is not None:
        bound = most(ctx, upper)
        if bound is not None and bound < minimum.d:
            return ctx.compare(key, minimum, "at_least", value=bound)  # at most ``bound`` years
    if lower is not None:
        bound = least(ctx, lower)
        if bound is not None and bound >= minimum.d:
            return ctx.compare(key, minimum, "at_least", value=bound)  # at least ``bound`` years
        if bound is None and lower == "years_since_level" and _years_from_obtained(ctx, minimum, record_as=key) is True:
            return True  # “2020年拿的高级技师证，一直在本岗位”: at least as long as the level
    ctx.compare(key, minimum, "at_least")  # unknown: the condition is still recorded
    return None


def least(ctx: Context, key: str) -> Decimal | None:
    """The fewest fact ``key`` can be: its figure, or the low end of the range said (“十几年”: 11).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("zj.title_by_skill_level"), {"years_in_occupation": "11~19", "years_since_level": "2~"}, date(2026, 11, 21), registry().parameters)
    >>> least(ctx, "years_in_occupation"), most(ctx, "years_in_occupation"), least(ctx, "years_since_level"), most(ctx, "years_since_level")
    (Decimal('11'), Decimal('19'), Decimal('2'), None)
    """
    value = ctx.get(key)
    if value is not None:
        return value
    span = ctx.span(key)
    return span.low if span is not None else None


def most(ctx: Context, key: str) -> Decimal | None:
    """The most fact ``key`` can be: its figure, or the high end of the range said (None: open, “好几年”)."""
    value = ctx.get(key)
    if value is not None:
        return value
    span = ctx.span(key)
    return span.high if span is not None else None


def said_text(ctx: Context, key: str, unit: str) -> str | None:
    """The fact as the person said it, for the answer's words: 5年, 6~7年, 至少2年 (None: not said).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("zj.title_by_skill_level"), {"years_since_level": "6~7"}, date(2026, 11, 21), registry().parameters)
    >>> said_text(ctx, "years_since_level", "年"), said_text(ctx, "years_in_occupation", "年")
    ('6~7年', None)
    """
    value = ctx.get(key)
    if value is not None:
        return f"{fmt_number(value)}{unit}"
    span = ctx.span(key)
    return span.words(unit) if span is not None else None


def full_years(start: date, end: date) -> Decimal:
    """Whole years from ``start`` to ``end`` plus the part-year in tenths, rounded down.

    >>> full_years(date(2021, 3, 1), date(2025, 3, 1)), full_years(date(2021, 3, 1), date(2025, 2, 28))
    (Decimal('4.0'), Decimal('3.9'))
    """
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    anniversary = add_years(start, years)
    fraction = Decimal((end - anniversary).days) / Decimal(366)
    return Decimal(years) + fraction.quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def _years_from_obtained(ctx: Context, minimum: ParamValue, record_as: str = "years_since_level") -> bool | None:
    """Years since a level from the date (or year) it was obtained, counted to ``as_of``.

    A bare year is read both ways: from 31 December (fewest years) and from 1 January
    (most); only an answer both agree on is given.  The comparison is recorded under
    ``record_as`` with the day (or the year) the limit is met.
    """
    least = minimum.d
    on = ctx.get("level_obtained_date")
    if on is not None:
        years = full_years(on, ctx.as_of)
        ctx.step(f"按{on.year}年{on.month}月{on.day}日取得等级计算，至{ctx.as_of.year}年{ctx.as_of.month}月{ctx.as_of.day}日约{fmt_number(years)}年（须期间一直从事技术技能工作）。", ctx.rule.citations[0])
        return ctx.compare(record_as, minimum, "at_least", value=years, start=on)
    year = ctx.get("level_obtained_year")
    if year is None and ctx.get("level_obtained_years_ago") is not None:
        year = ctx.as_of.year - int(ctx.get("level_obtained_years_ago"))  # “前年拿的”
    if year is None:
        return None
    fewest = full_years(date(year, 12, 31), ctx.as_of) if date(year, 12, 31) <= ctx.as_of else Decimal(0)
    most = full_years(date(year, 1, 1), ctx.as_of) if date(year, 1, 1) <= ctx.as_of else Decimal(0)
    if fewest >= least:
        ctx.step(f"{year}年取得等级，至{ctx.as_of.year}年{ctx.as_of.month}月{ctx.as_of.day}日至少已满{fmt_number(fewest)}年（须期间一直从事技术技能工作）。", ctx.rule.citations[0])
        return ctx.compare(record_as, minimum, "at_least", value=fewest)
    if most < least:
        ctx.step(f"{year}年取得等级，至{ctx.as_of.year}年{ctx.as_of.month}月{ctx.as_of.day}日最多{fmt_number(most)}年。", ctx.rule.citations[0])
        whole = int(least) if least == int(least) else None
        met_on = date(year + whole, 1, 1) if whole is not None else None  # some day of that year
        ctx.compare(record_as, minimum, "at_least", value=most, met_on=met_on, precision="year")
        return False
    return None


def people_total(ctx: Context, per_person: Decimal, people: int | None = None) -> tuple[Decimal, int] | None:
    """A per-person amount totalled over the people said (“班上12个学生…一共能发多少”), unless asked per person;
    ``people`` when the rule counts them otherwise (the people a count said in reply filled)."""
    people = people if people is not None else ctx.get("people_count")
    if people and people > 1 and ctx.get("amount_basis") != "每个":
        return per_person * people, people
    return None


def people_months_total(ctx: Context, per_month: Decimal) -> tuple[Decimal, int, Decimal] | None:
    """A per-person-per-month amount totalled over the interns and months said, when a total is asked.

    “5个见习生每人见习6个月，一共多少” → (total, 5, 6).  None when the person asks per
    person (“每人每月”), or said neither a head count nor a number of months.
    """
    # with no count of interns, the one number of people said is theirs (“3个人，都见习6个月”)
    # (“招了4个，见习期都是6个月”: the people hired are the interns)
    interns, months = ctx.get("interns_count") or ctx.get("people_count") or ctx.get("hires_count"), ctx.get("internship_months")
    basis = ctx.get("amount_basis")
    # the months said with an amount asked and no month's figure asked (“见习6个月，能补多少”, “那见习6个月呢”
    # after the monthly figure): what they come to over those months
    # (asked of one person — “一个人见习4个月呢” — it is one person's months; “4个…每人多少” asks the standard)
    over_months = months is not None and ctx.get("asks_per_month") is not True and (basis != "每个" or not interns)
    if ctx.get("asks_per_month") is True and basis is None and interns and interns > 1:
        # “那平摊到每个月，我们单位一个月能拿多少”: a month's for the interns together
        return per_month * interns, interns, Decimal(1)
    if (basis == "合计" and (interns or months)) or (basis != "每个" and interns and months) or over_months:
        people, span = (1 if basis == "每个" else interns or 1), months or Decimal(1)
        return per_month * people * span, people, span
    return None


def months_of(years: Decimal) -> Decimal:
    """Whole months in a span said in years (“3年4个月” read as 3.33 years → 40 months).

    >>> months_of(Decimal("3.33")), months_of(Decimal("4.25")), months_of(Decimal("2.5")), months_of(Decimal(3))
    (Decimal('40'), Decimal('51'), Decimal('30'), Decimal('36'))
    """
    return (Decimal(years) * 12).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def span_to_retirement(years: Decimal) -> tuple[Decimal, str, str]:
    """A span to retirement said in years and months (“差3年8个月”, read as 3.67 years): its figure, unit and words —
    whole months when it is not whole or half years (a worker counts it so: 44个月), years when it is (4年半: 4.5年).

    >>> span_to_retirement(Decimal("3.67")), span_to_retirement(Decimal(4)), span_to_retirement(Decimal("4.5"))[:2]
    ((Decimal('44'), '个月', '3年8个月，共44个月'), (Decimal('4'), '年', '4年'), (Decimal('4.5'), '年'))
    """
    months = months_of(years)
    if months % 6 == 0:
        return months / 12, "年", f"{fmt_number(months / 12)}年"
    whole, rest = divmod(int(months), 12)
    return months, "个月", (f"{whole}年{rest}个月，共{fmt_number(months)}个月" if whole else f"{fmt_number(months)}个月")


def years_asked(ctx: Context) -> Any:
    """The span a total is asked over (``period_years``), but not the one year of a year's figure asked beside
    the longest period and the total over it (“一年最多补多少？前后最多能补几年、总共多少？”: the year's figure
    and the total over the longest period — ``asks_period`` with ``whole_period``).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def years(facts):
    ...     return years_asked(Context(get_rule("cn.fund.si_subsidy_difficult"), facts, date(2025, 6, 1), registry().parameters))
    >>> years({"period_years": 1}), years({"period_years": 1, "whole_period": True, "asks_period": True}), years({"period_years": 2, "whole_period": True, "asks_period": True})
    (Decimal('1'), None, Decimal('2'))
    """
    years = ctx.get("period_years")
    if years == 1 and ctx.get("whole_period") is True and ctx.get("asks_period") is True:
        return None
    return years


def total_asked(ctx: Context) -> bool:
    """Whether a total over a span is asked: the years said, the whole period, or a total (“一共”)."""
    return ctx.get("period_years") is not None or bool(ctx.get("whole_period")) or ctx.get("amount_basis") == "合计"


def monthly_over_period(ctx: Context, per_month: Decimal, what: str, max_years: Decimal | None, until_retirement: Decimal | None = None, people: int = 1, asked: bool | None = None) -> tuple[Decimal, Decimal, str] | None:
    """A monthly amount (an employer's contribution, a post's wage) over the months of the period asked,
    times the people: the years said (at most ``max_years``), else — a total asked — the longest period
    ``max_years``, or, where the period runs to retirement, the months to it (``until_retirement`` years,
    “4年零3个月” → 51).  Returns (total, months, the working); None when no total is asked or no span known.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def total(facts, **kw):
    ...     ctx = Context(get_rule("cn.fund.si_subsidy_difficult"), facts, date(2025, 6, 1), registry().parameters)
    ...     return monthly_over_period(ctx, Decimal(1050), "单位每月缴纳", **kw)
    >>> total({"whole_period": True}, max_years=Decimal(3))
    (Decimal('37800'), Decimal('36'), '单位每月缴纳1050元 × 36个月（3年） = 37800元')
    >>> total({"amount_basis": "合计"}, max_years=None, until_retirement=Decimal("3.33"))
    (Decimal('42000'), Decimal('40'), '单位每月缴纳1050元 × 40个月（至退休） = 42000元')
    >>> total({"amount_basis": "合计"}, max_years=Decimal(1), people=2)
    (Decimal('25200'), Decimal('12'), '单位每月缴纳1050元 × 12个月（1年） × 2人 = 25200元')
    >>> total({}, max_years=Decimal(3)) is None
    True
    """
    if not (asked or total_asked(ctx)):  # ``asked``: the caller knows a total is asked (a period asked with the month's figure)
        return None
    years = years_asked(ctx)
    if years is not None and max_years is not None:
        years = min(Decimal(years), max_years)
    if years is not None:
        months, span = months_of(years), f"{fmt_number(years)}年"
    elif max_years is not None:
        months, span = months_of(max_years), f"{fmt_number(max_years)}年"
    elif until_retirement is not None:
        months, span = months_of(until_retirement), "至退休"
    else:
        return None
    total = per_month * months * people
    text = f"{what}{fmt_number(per_month)}元 × {fmt_number(months)}个月（{span}）" + (f" × {people}人" if people > 1 else "") + f" = {fmt_number(total)}元"
    return total, months, text


def contribution_total(ctx: Context, share: Decimal | Fraction, max_years: Decimal | None, period: Any = None, until_retirement: Decimal | None = None) -> tuple[Decimal, str] | None:
    """A share of a contribution said per month or per year, over the years asked (at most ``max_years``).

    “社保每月自己交1200，补贴按上限算两年最多能补多少” → 1200 × 12 × 2 × 2/3 = 19200; “自己交社保一年9000，
    社保补贴最多一共能拿多少” → 9000 × 2/3 × 2 = 12000.  The years are the ones said (``period_years``:
    “按一年算”), else the whole period when it is asked (``whole_period``: “按最长期限”“最多一共”) or a
    total is asked with no span said (“每个月交900，一共能补多少”: the longest period, ``max_years``) —
    only where the article states a longest period.  ``period`` (the reference of the clause stating
    it) is cited for the years counted when they are the longest period.  The month's (the year's) cap
    is shown beside the total.  None unless the contribution was said per month or per year and the
    years are known.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def total(facts, paid=960, monthly=True):
    ...     said = {"contribution": paid, ("contribution_monthly" if monthly else "contribution_yearly"): True}
    ...     ctx = Context(get_rule("cn.fund.si_subsidy_graduates"), {**said, **facts}, date(2025, 6, 1), registry().parameters)
    ...     return contribution_total(ctx, Fraction(2, 3), Decimal(2))
    >>> total({"period_years": 1})
    (Decimal('7680.00'), '每月缴费960元 × 2/3 = 每月最多640元；× 12个月 × 1年 = 7680元（上限）')
    >>> total({"amount_basis": "合计"})[0], total({"period_years": 5})[0], total({}) is None
    (Decimal('15360.00'), Decimal('15360.00'), True)
    >>> total({"whole_period": True}, 7500, monthly=False)
    (Decimal('10000.00'), '每年缴费7500元 × 2/3 = 每年最多5000元；× 2年 = 10000元（上限）')
    >>> total({}, 7500, monthly=False) is None  # a year's cap asked: the rule answers it
    True
    >>> total({"asks_per_month": True}) is None, total({"asks_per_month": True, "amount_basis": "合计"})[0]  # the month's cap asked alone / beside the total
    (True, Decimal('15360.00'))
    """
    paid = ctx.get("contribution")
    monthly = ctx.get("contribution_monthly") is True
    if paid is None or not (monthly or ctx.get("contribution_yearly") is True):
        return None
    if monthly and ctx.get("asks_per_month") is True and ctx.get("amount_basis") != "合计" and not ctx.get("whole_period") and ctx.get("period_years") is None:
        return None  # “每个月交1050，一个月最多能补多少”: only the month's cap is asked, which the rule answers
    years = years_asked(ctx)
    longest = False
    if years is None and max_years is not None and (ctx.get("whole_period") or ctx.get("amount_basis") == "合计"):
        years, longest = max_years, True
    if years is None and max_years is None and until_retirement is not None and monthly and (ctx.get("whole_period") or ctx.get("amount_basis") == "合计"):
        # the period runs to retirement (under 5 years from it at the first approval): the months to it
        months = months_of(until_retirement)
        total = share_of(paid * months, share)
        month = share_of(paid, share)
        return total, (
            f"每月缴费{fmt_number(paid)}元 × {fmt_share(share)} = 每月最多{fmt_number(month)}元；"
            f"× {fmt_number(months)}个月（至退休） = {fmt_number(total)}元（上限）"
        )
    if years is None:
        return None
    if max_years is not None and years > max_years:
        years, longest = max_years, True
    if longest and period is not None:
        ctx.step(f"补贴期限最长不超过{fmt_number(max_years)}年，按{fmt_number(years)}年计。", period)
    if monthly:
        total = share_of(paid * 12 * years, share)
        month = share_of(paid, share)
        return total, (
            f"每月缴费{fmt_number(paid)}元 × {fmt_share(share)} = 每月最多{fmt_number(month)}元；"
            f"× 12个月 × {fmt_number(years)}年 = {fmt_number(total)}元（上限）"
        )
    year = share_of(paid, share)
    total = share_of(paid * years, share)
    return total, f"每年缴费{fmt_number(paid)}元 × {fmt_share(share)} = 每年最多{fmt_number(year)}元；× {fmt_number(years)}年 = {fmt_number(total)}元（上限）"


def period_total(ctx: Context, per_month: Decimal, max_years: Decimal) -> tuple[Decimal, str] | None:
    """A monthly amount over the span the person names (``period_years``: “干满一年一共多少”), times
    the people said; None when no span is said or it is longer than ``max_years`` (the period
    then depends on more than the person said).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def total(facts):
    ...     ctx = Context(get_rule("cn.fund.public_welfare_post"), facts, date(2025, 6, 1), registry().parameters)
    ...     return period_total(ctx, Decimal(2100), Decimal(3))
    >>> total({"period_years": 1})
    (Decimal('25200'), '2100元/月 × 12个月（1年） = 25200元')
    >>> total({"period_years": Decimal("0.5"), "people_count": 3})
    (Decimal('37800.0'), '2100元/月 × 6个月（0.5年） × 3人 = 37800元')
    >>> total({"period_years": 5}) is None, total({}) is None
    (True, True)
    """
    years = ctx.get("period_years")
    if years is None or years > max_years or years <= 0:
        return None
    months = years * 12
    people = ctx.get("people_count") or 1
    if ctx.get("amount_basis") == "每个":
        people = 1
    total = per_month * months * people
    text = f"{fmt_number(per_month)}元/月 × {fmt_number(months)}个月（{fmt_number(years)}年）"
    if people > 1:
        text += f" × {people}人"
    return total, f"{text} = {fmt_number(total)}元"


def share_of(amount: Decimal, share: Decimal | Fraction) -> Decimal:
    """``amount × share`` rounded down to the cent (a cap is never exceeded by rounding).

    >>> share_of(Decimal("900"), Fraction(2, 3)), share_of(Decimal("1000"), Fraction(2, 3))
    (Decimal('600.00'), Decimal('666.66'))
    >>> share_of(Decimal("1980"), Decimal("0.6"))
    Decimal('1188.00')
    """
    if isinstance(share, Fraction):
        value = amount * share.numerator / share.denominator
    else:
        value = amount * share
    return value.quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def fmt_share(share: Decimal | Fraction) -> str:
    """A share as the documents write it.

    >>> fmt_share(Fraction(2, 3)), fmt_share(Decimal("0.3"))
    ('2/3', '30%')
    """
    if isinstance(share, Fraction):
        return f"{share.numerator}/{share.denominator}"
    from assistant.rules.base import fmt_percent

    return fmt_percent(share)


def join(items: Iterable[str]) -> str:
    """Chinese enumeration with 、.

    >>> join(["浙江省", "河南省"])
    '浙江省、河南省'
    """
    return "、".join(items)


@dataclass(frozen=True)
class Check:
    """One condition or one path: True, False, or None (unknown, with what is missing)."""

    ok: bool | None
    missing: tuple[str, ...] = ()
    why: str = ""
    said: bool = False  # False decided by a figure or a day the person said (an age, the day of leaving school)


UNSAID_GROUPS = "（您说了自己的情况，没有提到属于以上人员类别，按不属于计算；如属于，请告诉我。）"


def closed(ctx: Context, check: Check, excluded_only: bool = False) -> Check:
    """A group membership the person left unsaid, when they said what they are: taken as not held.

    Categories are open-world (``has_category``), but a person who describes themselves — a category,
    one they are not, their age — and names none of the groups a measure lists is answered as not in them,
    the assumption said (``UNSAID_GROUPS``) so they can correct it; with nothing said of themselves the
    group is asked.  Only a check whose one missing fact is the category is closed.  Groups a person would
    not think to mention (a family's 低保、零就业: ``excluded_only``) are closed only when some are denied
    (“不是低保也不是困难家庭”).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.internship_eligibility"), {"age": 30}, date(2025, 6, 1), registry().parameters)
    >>> closed(ctx, Check(None, ("person_categories",))).ok
    False
    >>> ctx = Context(get_rule("cn.fund.internship_eligibility"), {}, date(2025, 6, 1), registry().parameters)
    >>> closed(ctx, Check(None, ("person_categories",))).ok is None
    True
    """
    if check.ok is not None or set(check.missing) != {"person_categories"}:
        return check
    described = bool(ctx.get("excluded_categories")) or (not excluded_only and (bool(ctx.get("person_categories")) or ctx.get("age") is not None))
    return Check(False, (), UNSAID_GROUPS) if described else check


def closed_after(ctx: Context, failed: Check, path: Check, keys: tuple[str, ...]) -> Check:
    """Another path a person might take, left unsaid (none of ``keys`` said), when the path they described failed
    by the days or figures they said (“2022年大学毕业…想来见习”, asked in 2025: not within the 2 years): taken as not
    held, the assumption said (``UNSAID_GROUPS``) so they can correct it — a graduate long out of school is not
    assumed to be a registered unemployed youth.  Otherwise ``path`` unchanged.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.internship_eligibility"), {"graduation_year": 2022}, date(2025, 6, 1), registry().parameters)
    >>> closed_after(ctx, Check(False, (), "离校已超过2年", True), Check(None, ("age",)), ("age", "registered_unemployed")).ok
    False
    >>> closed_after(ctx, Check(False, (), "不属于"), Check(None, ("age",)), ("age", "registered_unemployed")).ok is None
    True
    """
    if failed.ok is False and failed.said and path.ok is None and all(ctx.get(k) is None for k in keys):
        return Check(False, (), UNSAID_GROUPS)
    return path


def startup_groups(ctx: Context, leaving: ParamValue) -> tuple[Check, Check]:
    """Who the one-off start-up subsidy is for (第九条; 川办发〔2024〕34号一、（五）): (all three groups, the two groups
    other than graduates).  离校2年内 is counted to the day the business was registered, when said; a graduate past the
    two years on that day, both days said, naming neither other group, is taken as in neither (said so:
    ``UNSAID_GROUPS`` in ``others.why``) — with no day of registration the start may have been within them.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> facts = {"person_categories": ["高校毕业生"], "graduation_year": 2019, "graduation_month": 7, "registration_date": date(2023, 3, 1)}
    >>> ctx = Context(get_rule("cn.fund.startup_subsidy"), facts, date(2024, 9, 20), registry().parameters)
    >>> who, others = startup_groups(ctx, ctx.p("cn.fund.startup.years_after_leaving")); who.ok, others.why == UNSAID_GROUPS
    (False, True)
    >>> ctx = Context(get_rule("cn.fund.startup_subsidy"), {k: v for k, v in facts.items() if k != "registration_date"}, date(2024, 9, 20), registry().parameters)
    >>> startup_groups(ctx, ctx.p("cn.fund.startup.years_after_leaving"))[0].ok is None
    True
    """
    graduate = category_or(ctx, ("离校2年内高校毕业生", "离校2年内未就业高校毕业生"), all_of(has_category(ctx, "高校毕业生"), graduated_within(ctx, leaving, on=ctx.get("registration_date"))))
    others = has_category(ctx, "就业困难人员", "返乡入乡农民工")
    if graduate.ok is False and graduate.said and ctx.get("registration_date") is not None:
        others = closed(ctx, others)
    return any_of(others, graduate), others


def all_of(*checks: Check) -> Check:
    """Tri-state AND.

    >>> all_of(Check(True), Check(None, ("in_post",))).ok is None
    True
    >>> all_of(Check(False), Check(None, ("in_post",))).ok
    False
    """
    if any(c.ok is False for c in checks):
        failed = [c for c in checks if c.ok is False]
        first = next((c for c in failed if c.said), failed[0])
        return Check(False, (), first.why, first.said)
    missing = tuple(dict.fromkeys(k for c in checks if c.ok is None for k in c.missing))
    return Check(None, missing) if missing else Check(True)


def any_of(*checks: Check) -> Check:
    """Tri-state OR.

    >>> any_of(Check(False), Check(None, ("age",))).missing
    ('age',)
    >>> any_of(Check(False), Check(True)).ok
    True
    """
    if any(c.ok is True for c in checks):
        return next(c for c in checks if c.ok is True)
    missing = tuple(dict.fromkeys(k for c in checks if c.ok is None for k in c.missing))
    return Check(None, missing) if missing else Check(False)


def had_text(received: int) -> str:
    """The uses of a capped subsidy had, in words: none had is said so (told, or taken as none when no earlier use was
    told — ``times_received`` implied).

    >>> had_text(0), had_text(2)
    ('您此前未享受过', '您已享受2次')
    """
    return "您此前未享受过" if received == 0 else f"您已享受{received}次"


def has_category(ctx: Context, *names: str) -> Check:
    """Whether the person belongs to one of ``names`` (tri-state).

    Categories are open-world: saying “我是应届大学毕业生” says nothing about the
    family (低保、零就业 …), so a category not mentioned is unknown, not false.  It
    is false only when the person excluded it: an empty ``person_categories``
    (“都不是”), ``excluded_categories`` (“家里不是低保户”), or a graduate of another
    kind of school (``inputs.SCHOOL_KINDS``: a 大学 graduate is not a 中职 one).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.job_seeking_subsidy"), {"person_categories": ["高校毕业生"]}, date(2025, 6, 1), registry().parameters)
    >>> has_category(ctx, "低保家庭").ok is None, has_category(ctx, "高校毕业生").ok
    (True, True)
    >>> ctx = Context(get_rule("cn.fund.job_seeking_subsidy"), {"person_categories": ["高校毕业生"], "excluded_categories": ["低保家庭"]}, date(2025, 6, 1), registry().parameters)
    >>> has_category(ctx, "低保家庭").ok
    False
    """
    cats = ctx.get("person_categories")
    held = [n for n in names if cats and n in cats]
    this_year = _in_graduation_calendar_year(ctx) if THIS_YEAR_GRADUATE in names and cats and cats & GRADUATES else None
    if this_year is True:
        held.append(THIS_YEAR_GRADUATE)  # “今年7月从技师学院预备技师班毕业”: a graduate in the year of leaving school
    if held:
        return Check(True, (), join(held))
    excluded = set(ctx.get("excluded_categories") or ())
    if this_year is False:
        excluded.add(THIS_YEAR_GRADUATE)  # left school in an earlier year: not of this year's graduates
    kinds = {SCHOOL_KINDS[c] for c in cats or () if c in SCHOOL_KINDS}
    excluded |= {n for n in names if n in SCHOOL_KINDS and kinds and SCHOOL_KINDS[n] not in kinds}
    if cats == frozenset() or all(n in excluded for n in names):
        return Check(False, (), "不属于" + join(names))
    if went_through(said_not_held(ctx), names):
        # “不是失业也不是应届生，在物流公司上班交社保的”: the person went through the groups listed, denying as many
        # as are left, and named none of the rest — not held, the assumption said (``UNSAID_GROUPS``) so it can be corrected
        return Check(False, (), UNSAID_GROUPS)
    return Check(None, ("person_categories",))


def said_not_held(ctx: Context, fact: str = "person_categories") -> frozenset[str]:
    """The groups the person said in words they are not of: those denied (``excluded_categories``) and those told by
    a yes/no of their own answered no (``member_facts``: “没登记过失业”) — not those worked out (a graduate of an
    earlier year is not of this year's graduates).
    """
    from assistant.rules.inputs import FACTS

    spec = FACTS[fact]
    told = {m for m, f in spec.member_facts if ctx.get(f) is False}
    denied = ctx.get(spec.terms.negated_into) if spec.terms and spec.terms.negated_into else None
    return frozenset(denied or ()) | told


def went_through(excluded: Iterable[str], names: Iterable[str]) -> bool:
    """Whether a person went through the groups ``names`` lists: denied at least as many of them as are left
    unnamed — the rest of the list, unnamed, is then not theirs.  (A town household alone denies the rural groups
    only: of the six groups of the training subsidy, two of six — the others are still asked.)

    >>> six = ("防止返贫监测对象", "毕业年度高校毕业生", "城乡未继续升学的应届初高中毕业生", "农村转移就业劳动者", "城镇登记失业人员", "就业困难人员")
    >>> went_through({"农村转移就业劳动者", "防止返贫监测对象"}, six), went_through({"农村转移就业劳动者", "防止返贫监测对象", "城镇登记失业人员"}, six)
    (False, True)
    >>> went_through({"低保家庭"}, ("低保家庭", "残疾")), went_through(set(), ("低保家庭", "残疾"))
    (True, False)
    """
    names = set(names)
    denied = set(excluded) & names
    return bool(denied) and len(denied) >= len(names - denied)


THIS_YEAR_GRADUATE = "毕业年度高校毕业生"
# a graduate said in words that do not say the year (大学毕业, 预备技师班毕业): of this year's graduates
# when the year of leaving school is the year asked about
GRADUATES = frozenset({"高校毕业生", "离校2年内高校毕业生", "离校2年内未就业高校毕业生"})


def _in_graduation_calendar_year(ctx: Context) -> bool | None:
    """Whether the person left school in the calendar year of the day asked (毕业年度: the year of
    leaving school, 1 January to 31 December — not the 毕业学年 of ``in_graduation_year``), when the
    year is said.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def at(facts, day=date(2025, 9, 20)):
    ...     return _in_graduation_calendar_year(Context(get_rule("cn.fund.evaluation_subsidy"), facts, day, registry().parameters))
    >>> at({"graduation_year": 2025, "graduation_month": 7}), at({"graduation_year": 2024}), at({"graduation_years_ago": 0}), at({}) is None
    (True, False, True, True)
    >>> at({"years_since_graduation": 3}), at({"years_since_graduation": 0}) is None
    (False, True)
    """
    year = graduation_year_said(ctx)
    if year is None:
        since = ctx.get("years_since_graduation")  # “大专毕业三年了”: a year or more out of school is another year's
        return False if since is not None and since >= 1 else None
    return year == ctx.as_of.year


def category_or(ctx: Context, names: str | tuple[str, ...], definition: Check) -> Check:
    """A named category, stated or else defined by facts (离校年数、年龄、是否就业 …).

    A stated category decides; otherwise its definition does (a graduate of three
    years ago is not “离校2年内”), and what is unknown is asked in the definition's
    concrete terms (the age, not “are you a 16-24岁登记失业青年”).  What is said of the
    person outright overrides the name: a category whose definition the stated facts
    contradict (“2023年6月大专毕业…离校两年内的毕业生…好像有补贴”, asked in September
    2025) does not hold.
    """
    stated = has_category(ctx, *((names,) if isinstance(names, str) else names))
    return stated if stated.ok is True and not (definition.ok is False and definition.said) else definition


def graduated_within(ctx: Context, limit: ParamValue, on: date | None = None) -> Check:
    """Whether the person left school no more than ``limit`` years before ``as_of`` (or ``on``: the
    day the thing the window is for happened, a business registered).

    Read from, in order: ``years_since_graduation`` (“离校1年”); ``graduation_year``
    (“2024年7月毕业”) or ``graduation_years_ago`` (“去年7月毕业”: the year before the
    one asked about), each with ``graduation_month`` when said.  A date known only to
    the month or the year is decided only when every day it could be agrees.  The
    comparison is recorded as ``years_since_graduation`` at most ``limit``, with the last
    day it surely holds (``until``) when the day of leaving is known to the month or year.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def at(facts, day=date(2026, 11, 21)):
    ...     ctx = Context(get_rule("cn.fund.internship_eligibility"), facts, day, registry().parameters)
    ...     return graduated_within(ctx, ctx.p("cn.fund.internship.years_after_leaving")).ok
    >>> at({"graduation_years_ago": 1, "graduation_month": 7}), at({"graduation_years_ago": 2, "graduation_month": 7}), at({"graduation_years_ago": 2, "graduation_month": 11})
    (True, False, None)
    >>> at({"graduation_year": 2024, "graduation_month": 12}), at({"years_since_graduation": 3}), at({}) is None
    (True, False, True)
    >>> at({"years_since_graduation": 2, "graduation_year": 2024, "graduation_month": 6})  # the month said decides
    False
    """
    day = on or ctx.as_of
    key = "years_since_graduation"
    # a day of leaving said to the month is more exact than a count of years said beside it (“两年多了，24年
    # 6月毕业的”: 两年多 read as 2 would be within 2 years; June 2024 is not, by December 2026)
    dated = ctx.get("graduation_year") is not None and ctx.get("graduation_month") is not None
    years = None if dated else ctx.get(key)
    if years is not None:
        met = ctx.compare(key, limit, "at_most")
        return Check(met, (), f"离校{fmt_number(years)}年", met is False)
    span = None if dated else ctx.span(key)
    if span is not None:  # “毕业一两年了”: decided when the whole range is on one side; else asked
        met = ctx.compare(key, limit, "at_most")
        return Check(met, (key,) if met is None else (), f"离校{span.words('年')}", met is False)
    whole = int(limit.d)
    year = ctx.get("graduation_year")
    if year is None:
        ago = ctx.get("graduation_years_ago")
        if ago is None:
            ctx.compare(key, limit, "at_most")
            return Check(None, (key,))
        year = ctx.as_of.year - ago  # “去年毕业”: counted from the day asked
    if not 1900 <= year <= 9999:
        ctx.compare(key, limit, "at_most")
        return Check(None, (key,))
    month = ctx.get("graduation_month")
    if month is not None and not 1 <= month <= 12:
        month = None
    first = date(year, month or 1, 1)
    last = date(year, month or 12, calendar.monthrange(year, month or 12)[1])
    if first > day:
        return Check(False, (), "尚未离校", True)
    last = min(last, day)  # the person says they have left: not after the day asked about
    precision = "month" if month is not None else "year"
    if whole == limit.d and day <= add_years(first, whole):
        ctx.compare(key, limit, "at_most", value=full_years(first, day), met=True, until=add_years(first, whole), precision=precision)
        return Check(True, (), "离校未满" + fmt_number(limit.d) + "年")
    if whole == limit.d and day > add_years(last, whole):
        ctx.compare(key, limit, "at_most", value=full_years(last, day), met=False, precision=precision)
        return Check(False, (), "离校已超过" + fmt_number(limit.d) + "年", True)
    ctx.compare(key, limit, "at_most", until=add_years(first, whole), precision=precision)
    return Check(None, (key,))


def years_to_retirement(ctx: Context) -> Decimal | None:
    """Years from first approval to the statutory retirement age: stated, or retirement age − age.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> years_to_retirement(Context(get_rule("cn.fund.si_subsidy_difficult"), {"age": 56, "retirement_age": 60}, date(2025, 6, 1), registry().parameters))
    Decimal('4')
    >>> years_to_retirement(Context(get_rule("cn.fund.si_subsidy_difficult"), {"age": 57, "age_at_first_approval": 54, "retirement_age": 60}, date(2025, 6, 1), registry().parameters))
    Decimal('6')
    >>> years_to_retirement(Context(get_rule("cn.fund.si_subsidy_difficult"), {"years_to_retirement_now": 4, "years_received": 3}, date(2025, 6, 1), registry().parameters))
    Decimal('7')
    >>> years_to_retirement(Context(get_rule("cn.fund.si_subsidy_difficult"), {"age": 57, "years_received": 3, "retirement_age": 60}, date(2025, 6, 1), registry().parameters))
    Decimal('6')
    """
    stated = ctx.get("years_to_retirement")
    if stated is not None:
        return stated
    reads = ctx.rule.inputs
    # the years already had (“已经领满3年了”): the first approval was that long ago, so the years to retirement
    # (or the age) said of now (“现在还差4年”, “今年57岁”) were that much more (less) then
    received = ctx.get("years_received") if "years_received" in reads else None
    now = ctx.get("years_to_retirement_now") if "years_to_retirement_now" in reads else None
    if now is not None:
        return now + (received or 0)
    # the age the subsidy began at (“从54岁开始领”) fixes the period, not the age now (“今年57岁”)
    first = ctx.get("age_at_first_approval") if "age_at_first_approval" in reads else None
    age, retire = (first if first is not None else ctx.get("age")), ctx.get("retirement_age")
    if first is None and age is not None and received is not None:
        age = age - received
    if age is not None and retire is not None and retire >= age:
        return Decimal(retire - age)
    return None


def retirement_by_law(ctx: Context, near: Decimal) -> str | None:
    """“near” (under ``near`` years from the statutory retirement age at the first approval) or “far”, worked out
    from the age and sex said by the statutory retirement ages (``retirement.py``) where no retirement age nor
    years to it are said — only when every birth date the age allows gives the same answer; else None.

    The age at the first approval (“领补贴那年56岁”) was on some day up to the day asked; the age said of now with
    no years received is the age at the first approval (as ``years_to_retirement`` reads it), on the day asked.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> rule, params = get_rule("cn.fund.public_welfare_post"), registry().parameters
    >>> [retirement_by_law(Context(rule, f, date(2025, 6, 1), params), Decimal(5)) for f in ({"age": 58, "sex": "男"}, {"age_at_first_approval": 56, "sex": "男"}, {"age": 50, "sex": "男"}, {"age": 58}, {"age": 58, "sex": "男", "retirement_age": 55})]
    ['near', None, 'far', None, None]
    """
    if ctx.get("retirement_age") is not None or ctx.get("years_to_retirement") is not None:
        return None
    first = ctx.get("age_at_first_approval")
    if first is not None:
        return gap_to_retirement(ctx.get("sex"), int(first), None, ctx.as_of, near)
    age, received = ctx.get("age"), ctx.get("years_received")
    if age is None:
        return None
    if received:
        return gap_to_retirement(ctx.get("sex"), int(age - received), None, ctx.as_of, near)
    return gap_to_retirement(ctx.get("sex"), int(age), ctx.as_of, ctx.as_of, near)


def retirement_law_text(ctx: Context, gap: str, near: Decimal) -> str:
    """The reason shown for a gap to retirement worked out by ``retirement_by_law``."""
    side = f"不足{fmt_number(near)}年" if gap == "near" else f"{fmt_number(near)}年以上"
    said = "年龄、性别" if ctx.get("sex") else "年龄"
    return f"初次核定时距法定退休年龄{side}——按您说的{said}推算，依据国家法定退休年龄规定（不在本库文件中）：{schedule_text(ctx.get('sex'))}；特殊工种等提前退休的，请告诉我您的退休年龄"


def far_from_retirement(ctx: Context, near: Decimal) -> bool:
    """Said to be far from retirement: in words (“离退休还早得很”) or as a range of years wholly at or
    past ``near`` (“还有十几年”: 11~19).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> rule, params = get_rule("cn.fund.public_welfare_post"), registry().parameters
    >>> [far_from_retirement(Context(rule, f, date(2025, 6, 1), params), Decimal(5)) for f in ({"years_to_retirement": {"low": 11, "high": 19}}, {"years_to_retirement": {"low": 4, "high": 6}}, {"far_from_retirement": True}, {})]
    [True, False, True, False]
    """
    if ctx.get("far_from_retirement") is True:
        return True
    span = ctx.span("years_to_retirement")
    return span is not None and span.low >= near


def graduation_year_said(ctx: Context) -> int | None:
    """The calendar year the person leaves (or left) school: said (``graduation_year``), or counted back from the day
    asked (``graduation_years_ago``: “去年毕业” 1, “今年夏天毕业” 0).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.job_seeking_subsidy"), {"graduation_years_ago": 1}, date(2026, 12, 1), registry().parameters)
    >>> graduation_year_said(ctx)
    2025
    """
    year = ctx.get("graduation_year")
    if year is None and ctx.get("graduation_years_ago") is not None:
        year = ctx.as_of.year - ctx.get("graduation_years_ago")
    return year


def in_graduation_year(ctx: Context) -> Check:
    """Whether the day asked falls in the person's 毕业学年, the last school year before leaving.

    Said outright (“应届”“大四”: ``in_graduation_year``), or worked out from when the person
    leaves school (``graduation_year`` or ``graduation_years_ago``, with ``graduation_month``):
    a school year runs from 1 September to 31 August, so one leaving in June 2027 is in the
    毕业学年 from 1 September 2026 to 31 August 2027 (“我明年六月毕业”, asked in December 2026).
    A year said without its month is read as leaving in the summer, as students do; one leaving
    from September on (“12月毕业”) is in the school year that begins that September.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> def at(facts, day=date(2026, 12, 1)):
    ...     ctx = Context(get_rule("cn.fund.job_seeking_subsidy"), facts, day, registry().parameters)
    ...     return in_graduation_year(ctx).ok
    >>> at({"graduation_year": 2027, "graduation_month": 6}), at({"graduation_year": 2027}), at({"graduation_year": 2026, "graduation_month": 6})
    (True, True, False)
    >>> at({"graduation_year": 2027, "graduation_month": 6}, date(2026, 8, 31)), at({"graduation_year": 2028}), at({}) is None
    (False, False, True)
    >>> at({"graduation_years_ago": 0, "graduation_month": 7}, date(2026, 3, 1)), at({"in_graduation_year": False, "graduation_year": 2027})
    (True, False)

    What an expired rule said while in force (``Context.within``, ``as_of`` its last day): a 毕业学年
    that fell within its period counts.

    >>> from assistant.rules.base import Period
    >>> ctx = Context(get_rule("sc.job_seeking_subsidy"), {"graduation_year": 2025}, date(2025, 12, 31), registry().parameters,
    ...               Period(date(2024, 7, 13), date(2025, 12, 31), ""))
    >>> in_graduation_year(ctx).ok
    True
    """
    said = ctx.get("in_graduation_year")
    if said is not None:
        return Check(said, (), "" if said else "不在毕业学年")
    year = graduation_year_said(ctx)
    if year is None or not 1900 <= year <= 9998:
        return Check(None, ("in_graduation_year",))
    month = ctx.get("graduation_month")
    start = year if month is not None and 9 <= month <= 12 else year - 1
    first, last = date(start, 9, 1), date(start + 1, 8, 31)
    ok = first <= ctx.as_of <= last
    if not ok and ctx.within is not None and first <= ctx.as_of and ctx.within.start <= last:
        # what an expired rule said while in force: the 毕业学年 fell within its period
        return Check(True, (), f"{year}年毕业，毕业学年（{first.year}年9月至{last.year}年8月）在该规定有效期内")
    leaving = f"{year}年{month}月" if month is not None and 1 <= month <= 12 else f"{year}年"
    return Check(ok, (), f"{leaving}毕业，毕业学年为{first.year}年9月至{last.year}年8月" + ("" if ok else "，所问日期不在其中"))


def near_misses(ctx: Context, key: str, listed: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The values of fact ``key`` the person said in place of one of ``listed`` (declared ``near``:
    国赛银牌 where 国赛金牌 is listed), as (said, listed) pairs: a condition they spoke to and fail.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("ha.title_exceptional"), {"awards": ["国赛银牌"]}, date(2026, 12, 1), registry().parameters)
    >>> near_misses(ctx, "awards", ("国赛金牌", "世赛金牌")), near_misses(ctx, "awards", ("全国技术能手",))
    ((('国赛银牌', '国赛金牌'),), ())
    """
    from assistant.rules.inputs import FACTS

    held = ctx.get(key)
    values = set(held) if isinstance(held, (frozenset, set, tuple)) else {held}
    wanted = set(listed)
    return tuple((value, w) for value, ws in FACTS[key].near if value in values for w in ws if w in wanted)


def fact_is(ctx: Context, key: str, wanted: object = True) -> Check:
    value = ctx.get(key)
    return Check(None, (key,)) if value is None else Check(value == wanted)


def at_least(ctx: Context, key: str, limit: ParamValue, **compare) -> Check:
    """Fact ``key`` reaches the parameter ``limit`` (tri-state; the comparison is recorded).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.startup_subsidy"), {"operating_years": "0.5"}, date(2025, 6, 1), registry().parameters)
    >>> at_least(ctx, "operating_years", ctx.p("cn.fund.startup.min_operating_years")).ok, ctx.thresholds[-1].shortfall()
    (False, '还差6个月')
    """
    met = ctx.compare(key, limit, "at_least", **compare)
    return Check(None, (key,)) if met is None else Check(met)


def at_most(ctx: Context, key: str, limit: ParamValue, **compare) -> Check:
    """Fact ``key`` does not exceed the parameter ``limit`` (tri-state; the comparison is recorded)."""
    met = ctx.compare(key, limit, "at_most", **compare)
    return Check(None, (key,)) if met is None else Check(met)


def between(ctx: Context, key: str, low: ParamValue, high: ParamValue) -> Check:
    """``low`` ≤ fact ``key`` ≤ ``high`` (tri-state); both bounds are recorded.

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> ctx = Context(get_rule("cn.fund.internship_eligibility"), {"age": 26}, date(2025, 6, 1), registry().parameters)
    >>> between(ctx, "age", ctx.p("cn.fund.internship.youth_min_age"), ctx.p("cn.fund.internship.youth_max_age")).ok
    False
    >>> [t.shortfall() for t in ctx.thresholds]
    [None, '超出2岁']
    """
    above = ctx.compare(key, low, "at_least")
    below = ctx.compare(key, high, "at_most")
    if above is None or below is None:
        return Check(None, (key,))
    return Check(above and below, said=not (above and below))


def degree_verdict(ctx: Context, degree: str) -> tuple[str]:
    """The verdict on a schooling a class counts as: ``info`` when the person asks which, else whether
    it is the one they name (“学历能不能按本科算”: ``eligible`` when the clause says 本科, ``not_eligible``
    when it says another).

    >>> from datetime import date
    >>> from assistant.rules.registry import get_rule, registry
    >>> at = lambda said: degree_verdict(Context(get_rule("zj.vocational_graduate_exam"), said, date(2026, 11, 21), registry().parameters), "大专")
    >>> at({}), at({"degree_asked": "大专"}), at({"degree_asked": "本科"})
    (('info',), ('eligible',), ('not_eligible',))
    """
    asked = ctx.get("degree_asked")
    if asked is None:
        return ("info",)
    return ("eligible",) if asked == degree else ("not_eligible",)


def treatment_in_post(ctx: Context, level: str, compared: str, clause: Any, source: str, fields: str) -> Any:
    """A treatment a document grants the holders of a skill level the employer has put in that post (在聘:
    比照职称人员享受同等待遇), decided on the person's own post when they said it; None when unsaid.

    ``compared``: whom the level is compared with (本单位中级职称人员); ``source``: “按四川省规定”;
    ``fields``: where the treatment applies (学习进修、评优评奖 …).  Said not in that post (“考了技师证，
    厂里没聘”): not yet — the treatment is the in-post holder's; said in it (“厂里聘我当技师两年了”): yes.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> [evaluate("sc.treatment_equivalence", {"skill_level": "技师", "hired_at_level": h}, date(2025, 6, 1)).verdict for h in (True, False, None)]
    ['eligible', 'not_eligible', 'info']
    """
    hired = ctx.get("hired_at_level")
    where = f"在{fields}等方面" if fields else ""
    if hired is False:
        ctx.step(f"比照{compared}享受同等待遇的是单位在聘（聘用到相应技能岗位）的{level}；未被聘用到{level}岗位的，不在此列。", clause)
        return ctx.result("not_eligible", None, None, f"暂不能。{source}，{where}比照{compared}享受同等待遇的是单位聘用的{level}；您取得了{level}但单位没有聘您到{level}岗位，聘用后才能比照。")
    if hired is True:
        ctx.step(f"单位已聘您为{level}：聘用的{level}比照{compared}享受同等待遇。", clause)
        return ctx.result("eligible", f"比照{compared}", None, f"可以。{source}，单位聘用的{level}{where}比照{compared}享受同等待遇；单位已聘您为{level}，可据此向单位争取相应待遇（由单位落实）。")
    return None
