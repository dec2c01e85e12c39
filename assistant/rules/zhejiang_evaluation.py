"""浙江省技能人才评价机构设立有效期与延续（zj-nd-dfcb58 一、（三）5.）.

How the period is counted: an institution set up on day D is valid through the day
before D + 3 years; the renewal application falls “有效期满前3个月内”, i.e. from
D + 3 years − 3 months up to the last valid day; each renewal found 合格 adds 3
years.  Renewals not mentioned are counted as none (the step says so).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from assistant.rules.base import Clause, Context, Outcome, Rule, cn_date, fmt_number
from assistant.rules.dates import add_months, add_years

DOC = "zj-nd-dfcb58"
REGION = "浙江省"

VALIDITY = Clause(DOC, "一、（三）5.", "评价机构设立有效期为3年，到期需要延续有效期的，应于有效期满前3个月内向人力资源和社会保障部门提交申请，经评估合格的，有效期延长3年")


def validity_window(established: date, years: int, extension: int, renewals: int, window_months: int) -> tuple[date, date]:
    """(first day of the renewal window, last valid day).

    >>> validity_window(date(2023, 5, 10), 3, 3, 0, 3)
    (datetime.date(2026, 2, 10), datetime.date(2026, 5, 9))
    >>> validity_window(date(2022, 6, 1), 3, 3, 1, 3)
    (datetime.date(2028, 3, 1), datetime.date(2028, 5, 31))
    """
    end_exclusive = add_years(established, years + extension * renewals)
    return add_months(end_exclusive, -window_months), end_exclusive - timedelta(days=1)


def _span_sum(years: Decimal, extension: Decimal, renewals: int) -> str:
    """The years of the first period and of each renewal, added (the total without its unit).

    >>> _span_sum(Decimal(3), Decimal(3), 1), _span_sum(Decimal(3), Decimal(3), 4)
    ('3年 + 3年 = 6', '3年 + 3年 × 4 = 15')
    """
    total = fmt_number(years + extension * renewals)
    if renewals <= 3:
        return " + ".join([f"{fmt_number(years)}年"] + [f"{fmt_number(extension)}年"] * renewals) + f" = {total}"
    return f"{fmt_number(years)}年 + {fmt_number(extension)}年 × {renewals} = {total}"


def institution_validity(ctx: Context) -> Outcome:
    """一、（三）5.: when an evaluation institution's approval runs out and when to renew.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("zj.eval_institution_validity", {"established_date": "2023-05-10"}, date(2026, 3, 1)).value
    '2026-05-09'
    >>> c = evaluate("zj.eval_institution_validity", {"validity_end_date": "2027-02-28"}, date(2026, 12, 1))
    >>> c.value, "2026年12月1日至2027年2月28日" in c.summary or c.summary
    ('2027-02-28', True)
    >>> [evaluate("zj.eval_institution_validity", {"established_date": "2024-06-01", "asks_whether": True}, d).verdict for d in (date(2026, 12, 1), date(2027, 4, 1))]
    ['not_eligible', 'eligible']
    >>> evaluate("zj.eval_institution_validity", {"established_date": "2024-06-01", "renewals": 1, "asks_total_span": True}, date(2026, 12, 1)).value
    Decimal('6')
    """
    years = ctx.p("zj.eval_institution.validity_years")
    window = ctx.p("zj.eval_institution.renewal_window_months")
    extension = ctx.p("zj.eval_institution.extension_years")
    ctx.step(f"评价机构设立有效期为{fmt_number(years.d)}年；需延续的，应于有效期满前{fmt_number(window.d)}个月内提交申请，经评估合格的，有效期延长{fmt_number(extension.d)}年。", VALIDITY)
    renewals = ctx.get("renewals")
    dated = ctx.get("established_date") is not None or ctx.get("validity_end_date") is not None
    # “2024年3月设立的…续一次的话，前后加起来一共能开展几年”: the span asked, whatever the date said
    if renewals is not None and (not dated or ctx.get("asks_total_span") is True):
        # “续过一次期，总共能开展评价几年”: the span needs no date
        total = years.d + extension.d * renewals
        ctx.step(f"设立有效期{fmt_number(years.d)}年" + (f"，每次延续经评估合格延长{fmt_number(extension.d)}年，延续{renewals}次" if renewals else "") + f"，共{fmt_number(total)}年。", extension.reference if renewals else years.reference)
        summary = f"按浙江省规定，评价机构设立有效期为{fmt_number(years.d)}年，到期延续经评估合格的延长{fmt_number(extension.d)}年；" + (f"延续{renewals}次，前后共{_span_sum(years.d, extension.d, renewals)}年。" if renewals else f"未延续的为{fmt_number(total)}年。")
        established = ctx.get("established_date")
        if established is not None:  # the day said: when the first period and the last end
            _, first_end = validity_window(established, int(years.d), int(extension.d), 0, int(window.d))
            _, last_end = validity_window(established, int(years.d), int(extension.d), renewals, int(window.d))
            summary += f"按{cn_date(established)}设立计，首个有效期至{cn_date(first_end)}" + (f"，延续后至{cn_date(last_end)}。" if renewals else "。")
        return ctx.result("info", total, "年", summary)
    end = ctx.get("validity_end_date")  # “明年2月底到期”: the last valid day, said instead of the day set up
    if end is None and not ctx.need("established_date"):
        return ctx.incomplete(f"按浙江省规定，评价机构设立有效期为{fmt_number(years.d)}年，需延续的应于有效期满前{fmt_number(window.d)}个月内申请，评估合格的延长{fmt_number(extension.d)}年。")
    if end is not None:
        last = end
        start = add_months(end + timedelta(days=1), -int(window.d))
        ctx.step(f"有效期至{cn_date(last)}（按您所说）。", years.reference)
    else:
        established = ctx.get("established_date")
        counted = renewals or 0
        start, last = validity_window(established, int(years.d), int(extension.d), counted, int(window.d))
        if renewals is None:
            ctx.step(f"按未延续计算：{cn_date(established)}设立，有效期至{cn_date(last)}。", years.reference)
        else:
            ctx.step(f"{cn_date(established)}设立，已延续{counted}次，有效期至{cn_date(last)}。", extension.reference)
    ctx.step(f"延续申请应在{cn_date(start)}至{cn_date(last)}之间提交。", window.reference)
    summary = f"按浙江省规定，该评价机构有效期至{cn_date(last)}；如需延续，应在{cn_date(start)}至{cn_date(last)}之间（有效期满前{fmt_number(window.d)}个月内）提交申请，经评估合格的延长{fmt_number(extension.d)}年。"
    applied = ctx.get("application_date")
    if applied is None and ctx.get("asks_whether"):
        applied = ctx.as_of  # “现在能交延续申请了吗”: applying on the day asked
    if applied is not None:
        # the window: from 3 months before the end (window) to the last valid day (validity + renewals)
        ctx.compare("application_date", window, "at_least", limit=start)
        ctx.compare("application_date", extension if renewals else years, "at_most", limit=last)
        inside = start <= applied <= last
        ctx.step(f"申请日期{cn_date(applied)}" + ("在" if inside else "不在") + "延续申请期内。", window.reference)
        summary += f"您的申请日期{cn_date(applied)}" + ("在申请期内。" if inside else "不在申请期内。")
        return ctx.result("eligible" if inside else "not_eligible", last.isoformat(), None, summary)
    if ctx.as_of > last:
        summary += f"截至{cn_date(ctx.as_of)}已过有效期。"
    elif ctx.as_of >= start:
        summary += f"截至{cn_date(ctx.as_of)}正处于延续申请期内。"
    else:
        summary += f"截至{cn_date(ctx.as_of)}仍在有效期内，尚未到延续申请期。"
    return ctx.result("info", last.isoformat(), None, summary)


RULES: tuple[Rule, ...] = (
    Rule(
        id="zj.eval_institution_validity",
        title="技能人才评价机构设立有效期与延续申请期",
        region=REGION,
        topic="evaluation_institution_validity",
        citations=(VALIDITY,),
        formula=institution_validity,
        inputs=("established_date", "renewals", "application_date", "validity_end_date", "asks_whether", "asks_total_span"),
        parameters=("zj.eval_institution.validity_years", "zj.eval_institution.renewal_window_months", "zj.eval_institution.extension_years"),
        reading="设立日起算3年（至前一日）；“有效期满前3个月内”为满期前3个月的同日起至有效期最后一日；未说明延续次数时按未延续计算。",
    ),
)
