"""山西省就业见习（sx-2022-192e44）.

- 三、（一）：见习人员基本生活补助按月不低于当地最低工资标准；满15个工作日（含）不满1个月按1个月发放，
  未满15个工作日不予发放；
- 四、（五）：无故缺勤连续5天以上或累计10天以上的，不予发放基本生活费；
- 三、（二）：见习单位补贴为当地最低工资标准的60%，另每人240元人身意外伤害保险保费补贴；
  留用率高于50%可提高（每提高10%再提高最低工资标准的5%），高于80%提高到最低工资标准；
  提前签订劳动合同的剩余期限补贴最多3个月（延续至2022年底）；
- 二、：纳入见习范围的人员。

How 三、（二）'s retention ladder is read (``retention_share``): the ladder starts
above 50%; each *full* 10 percentage points above 50% adds 5% of the minimum wage
to the 60% base (60%→65%, 70%→70%, exactly 80%→75%); a partial step adds nothing
(55% stays at 60%); above 80% the standard is the full minimum wage.  “可提高”
makes this the most the standard may be raised to, not an entitlement.  The
subsidy is read as per intern per month, since the minimum wage is monthly.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal

from assistant.rules.base import Clause, Context, Outcome, Rule, fmt_money, fmt_number, fmt_percent
from assistant.rules.common import all_of, any_of, between, category_or, closed, fact_is, graduated_within, has_category, most, people_months_total

DOC = "sx-2022-192e44"
REGION = "山西省"

ALLOWANCE = Clause(DOC, "三、（一）", "见习单位应为见习人员按月发放不低于当地最低工资标准的基本生活补助")
SUBSIDY = Clause(DOC, "三、（二）", "给予见习单位当地最低工资标准60%的就业见习补贴和每人240元的人身意外伤害保险保费补贴")
RETENTION = Clause(DOC, "三、（二）", "就业见习留用率每提高10%，按当地最低工资标准再提高5%；对于留用率高于80%的，补贴标准提高到当地最低工资标准")
EARLY = Clause(DOC, "三、（二）", "对于见习期限未满与见习人员提前签订劳动合同的，给予用人单位最多3个月的剩余期限补贴，此政策延续至2022年底")
ABSENCE = Clause(DOC, "四、（五）", "对于无故缺勤连续5天以上或累计10天以上的见习人员不予发放基本生活费")
SCOPE = Clause(DOC, "二、", "将离校2年内未就业或就业转失业的高校毕业生和中职毕业生，16-24岁的失业青年以及符合条件的留学回国毕业生全部纳入就业见习范围")

# A calendar month has at most 23 working days: more than that cannot be "不满1个月".
_MAX_WORKING_DAYS_IN_MONTH = 23


def allowance_months(full_months: int, extra_working_days: int, min_days: int) -> int:
    """Months of allowance: whole months, plus one for a remainder of at least ``min_days`` working days.

    >>> allowance_months(0, 14, 15), allowance_months(0, 15, 15), allowance_months(2, 16, 15)
    (0, 1, 3)
    """
    return full_months + (1 if extra_working_days >= min_days else 0)


def absence_disqualifies(consecutive: int, total: int, max_consecutive: int, max_total: int) -> bool:
    """“无故缺勤连续5天以上或累计10天以上” (以上 includes the number itself).

    >>> absence_disqualifies(4, 9, 5, 10), absence_disqualifies(5, 5, 5, 10), absence_disqualifies(2, 10, 5, 10)
    (False, True, True)
    """
    return consecutive >= max_consecutive or total >= max_total


def retention_share(
    rate: Decimal,
    base: Decimal,
    raise_above: Decimal,
    step: Decimal,
    step_raise: Decimal,
    full_above: Decimal,
    full_share: Decimal,
) -> Decimal:
    """The subsidy as a share of the minimum wage for a retention rate (see the module docstring).

    >>> args = (Decimal("0.6"), Decimal("0.5"), Decimal("0.1"), Decimal("0.05"), Decimal("0.8"), Decimal("1"))
    >>> [fmt_percent(retention_share(Decimal(r), *args)) for r in ("0.5", "0.55", "0.6", "0.7", "0.8", "0.81")]
    ['60%', '60%', '65%', '70%', '75%', '100%']
    """
    if rate > full_above:
        return full_share
    if rate <= raise_above:
        return base
    steps = ((rate - raise_above) / step).to_integral_value(rounding=ROUND_FLOOR)
    return base + steps * step_raise


def _retention_rate(ctx: Context) -> Decimal | None:
    rate = ctx.get("retention_rate")
    if rate is not None:
        return rate
    # (“招了6个…最后留了4个”: with no count of interns, the people taken on are the interns — as for the totals;
    # a count smaller than those retained is not of the interns — “后来又有3个签了合同，一共留了9个” — the next is)
    retained = ctx.get("retained_count")
    counts = [n for n in (ctx.get("interns_count"), ctx.get("hires_count"), ctx.get("people_count")) if n]
    interns = next((n for n in counts if retained is not None and n >= retained), None)
    if retained is not None and interns:
        return Decimal(retained) / Decimal(interns)
    return None


def living_allowance(ctx: Context) -> Outcome:
    """三、（一） and 四、（五）: the intern's monthly living allowance.

    >>> from assistant.rules.registry import evaluate
    >>> [evaluate("sx.internship_allowance", {"working_days": w}, date(2026, 11, 21)).verdict for w in ({"low": 17, "high": 18}, {"low": 11, "high": 12}, {"low": 14, "high": 16})]
    ['eligible', 'not_eligible', 'need_more_info']
    >>> evaluate("sx.internship_allowance", {"working_days": 15, "min_wage": 1980}, date(2026, 11, 21)).value
    Decimal('1980')
    >>> evaluate("sx.internship_allowance", {"partial_month": True}, date(2026, 11, 21)).missing
    ('working_days',)

    四、（五）: 无故缺勤 5 days in a row (or 10 in all) stops it; days off with leave do not.

    >>> evaluate("sx.internship_allowance", {"asks_absence_limit": "累计"}, date(2026, 11, 21)).value
    Decimal('10')
    >>> evaluate("sx.internship_allowance", {"absence_consecutive_days": 6}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("sx.internship_allowance", {"absence_total_days": 11}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("sx.internship_allowance", {"absence_consecutive_days": 6, "absence_excused": True}, date(2026, 11, 21)).verdict
    'eligible'
    >>> evaluate("sx.internship_allowance", {"absence_consecutive_days": 2, "absence_total_days": 8}, date(2026, 11, 21)).verdict
    'eligible'
    """
    share = ctx.p("sx.internship.allowance.min_wage_share")
    min_days = ctx.p("sx.internship.allowance.min_working_days")
    max_c, max_t = ctx.p("sx.internship.absence.consecutive_days"), ctx.p("sx.internship.absence.total_days")
    asked = ctx.get("asks_absence_limit")
    if asked and all(ctx.get(k) is None and ctx.span(k) is None for k in ("absence_consecutive_days", "absence_total_days")):
        # “累计旷了几天就不发”: the limit itself asked — the one of the kind asked, the other beside it
        limit = max_t if asked == "累计" else max_c
        ctx.step(f"无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的，不予发放基本生活费。", ABSENCE)
        return ctx.result(
            "info", limit.d, "天（以上，不予发放）",
            f"按山西省规定，无故缺勤{asked}{fmt_number(limit.d)}天以上的见习人员不予发放基本生活费（连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上，满足其一即不予发放）。",
        )
    ctx.step("见习单位按月发放不低于当地最低工资标准的基本生活补助。", share.reference)
    excused = ctx.get("absence_excused") is True and any(
        ctx.get(k) is not None or ctx.span(k) is not None for k in ("absence_consecutive_days", "absence_total_days")
    )
    if excused:
        # 四、（五） names 无故缺勤: days off with leave (请假、病假) are not counted
        ctx.step("不予发放的是“无故缺勤”连续5天以上或累计10天以上的见习人员；请了假的缺勤不属于无故缺勤。", ABSENCE)
    for key, limit in (() if excused else (("absence_consecutive_days", max_c), ("absence_total_days", max_t))):
        span = ctx.span(key)  # “缺勤了三五天”: a range said decides only when it is all on one side
        if span is not None and ctx.compare(key, limit, "less_than") is not True:
            ctx.step(f"无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的，不予发放基本生活费。", max_c.reference)
            if span.decide("less_than", limit.d) is False:
                return ctx.result("not_eligible", Decimal(0), "元", f"按山西省规定，无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的见习人员不予发放基本生活费。")
            ctx.need(key)
            return ctx.incomplete(f"按山西省规定，无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的不予发放基本生活费；请说具体缺勤了几天。")
    consecutive = None if excused else most(ctx, "absence_consecutive_days")  # a range under the limit: its high end
    total = None if excused else most(ctx, "absence_total_days")
    if consecutive is not None:
        ctx.compare("absence_consecutive_days", max_c, "less_than")
    if total is not None or consecutive is not None:
        ctx.compare("absence_total_days", max_t, "less_than", value=max(total or 0, consecutive or 0))
    if absence_disqualifies(consecutive or 0, max(total or 0, consecutive or 0), int(max_c.d), int(max_t.d)):
        ctx.step(f"无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的，不予发放基本生活费。", max_c.reference)
        return ctx.result("not_eligible", Decimal(0), "元", f"按山西省规定，无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的见习人员不予发放基本生活费。")
    if consecutive is None and total is not None and total >= max_c.d:
        # 累计未到10天，但其中可能有连续5天以上
        ctx.step(f"无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的，不予发放基本生活费。", max_c.reference)
        ctx.need("absence_consecutive_days")
        return ctx.incomplete(f"按山西省规定，无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的不予发放基本生活费；累计{total}天未到{fmt_number(max_t.d)}天，还要看是否连续{fmt_number(max_c.d)}天以上。")

    months = ctx.get("internship_months")
    days = ctx.get("working_days")
    span = ctx.span("working_days")
    if days is None and span is not None:
        # “十七八个工作日”: decided when the whole range is on one side of the 15 working days
        reached = span.decide("at_least", min_days.d)
        if reached is None:
            ctx.compare("working_days", min_days, "at_least")
            ctx.need("working_days")
            return ctx.incomplete(f"按山西省规定，见习满{fmt_number(min_days.d)}个工作日（含）不满1个月的按1个月发放，未满的不予发放；请说具体见习了几个工作日。")
        days = span.low if reached or span.high is None else span.high
    if months is None and days is None and excused:
        # “都是病假，有医院假条，单位也批了，前前后后一共6天”: days off with leave — no stop, still paid
        return ctx.result(
            "eligible", share.d, "×当地最低工资标准（每月，不低于）",
            f"按山西省规定，只有无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的见习人员才不予发放基本生活费；"
            "请了假（如病假）的缺勤不属于无故缺勤，基本生活补助照常发放，每月不低于当地最低工资标准。",
        )
    if months is None and days is None and (consecutive is not None or total is not None):
        # “前后加起来旷了7天，没有连着超过3天的”: the days said are under both limits — still paid
        said = "、".join(
            part for part in (
                f"连续不超过{consecutive}天" if consecutive is not None else "",
                f"累计{max(total or 0, consecutive or 0)}天" if total is not None else "",
            ) if part
        )
        ctx.step(f"无故缺勤{said}，未达到连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上，不属于不予发放的情形。", ABSENCE)
        return ctx.result(
            "eligible", share.d, "×当地最低工资标准（每月，不低于）",
            f"按山西省规定，只有无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的见习人员才不予发放基本生活费；"
            f"无故缺勤{said}，未达到，基本生活补助照常发放，每月不低于当地最低工资标准。",
        )
    if months is None and days is None:
        # The monthly standard needs no duration; the 15-day rule is stated with it.
        ctx.step(f"见习满{fmt_number(min_days.d)}个工作日（含）不满1个月的按1个月发放，未满{fmt_number(min_days.d)}个工作日的不予发放。", min_days.reference)
        rule = f"见习满{fmt_number(min_days.d)}个工作日（含）不满1个月的按1个月发放，未满{fmt_number(min_days.d)}个工作日的不予发放。"
        if ctx.get("partial_month") is True:
            # “干了大半个月就走了，还要发吗”: a part month, its working days unsaid — they decide, and are asked
            ctx.compare("working_days", min_days, "at_least")
            ctx.need("working_days")
            return ctx.incomplete(f"按山西省规定，{rule}")
        wage = ctx.get("min_wage")
        if wage is None:
            return ctx.result("info", share.d, "×当地最低工资标准（每月，不低于）", f"按山西省规定，见习单位按月发放基本生活补助，每月不低于当地最低工资标准；{rule}")
        monthly = wage * share.d
        return ctx.result("amount", monthly, "元/月（不低于）", f"按山西省规定，见习人员基本生活补助每月不低于当地最低工资标准，即不低于{fmt_money(monthly)}/月；{rule}")
    whole = int(months) if months is not None else 0
    if months is not None and months != whole and days is None:
        ctx.need("working_days")
        return ctx.incomplete("不满1个月的部分要看工作日数：")
    if months is None and days > _MAX_WORKING_DAYS_IN_MONTH:
        ctx.need("internship_months")
        return ctx.incomplete()
    extra = days or 0
    paid = allowance_months(whole, extra, int(min_days.d))
    if days is not None:
        ctx.compare("working_days", min_days, "at_least")
        if extra >= min_days.d:
            ctx.step(f"不满1个月的部分见习{extra}个工作日，满{fmt_number(min_days.d)}个工作日（含），按1个月发放。", min_days.reference)
        else:
            ctx.step(f"不满1个月的部分见习{extra}个工作日，未满{fmt_number(min_days.d)}个工作日，该部分不予发放。", min_days.reference)
    if paid == 0:
        return ctx.result("not_eligible", Decimal(0), "元", f"按山西省规定，见习未满{fmt_number(min_days.d)}个工作日的，不予发放基本生活补助。")
    absence_note = "" if consecutive is not None or total is not None or ctx.get("absence_excused") is True else f"（以上按无无故缺勤计；无故缺勤连续{fmt_number(max_c.d)}天以上或累计{fmt_number(max_t.d)}天以上的不予发放）"
    wage = ctx.get("min_wage")
    if wage is None:
        return ctx.result(
            "eligible",
            paid,
            "个月",
            f"按山西省规定，可按{paid}个月发放基本生活补助，每月不低于当地最低工资标准{absence_note}。告诉我当地最低工资标准，可算出最低金额。",
        )
    amount = wage * share.d * paid
    ctx.step(f"{paid}个月 × 当地最低工资标准{fmt_money(wage)} = 不低于{fmt_money(amount)}。", share.reference)
    return ctx.result("amount", amount, "元", f"按山西省规定，应按{paid}个月发放基本生活补助，合计不低于{fmt_money(amount)}（每月不低于当地最低工资标准{fmt_money(wage)}）{absence_note}。")


def unit_subsidy(ctx: Context) -> Outcome:
    """三、（二）: the host unit's subsidy, raised by retention.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sx.internship_subsidy", {"min_wage": 1980, "retention_rate": "0.85"}, date(2026, 11, 21)).value
    Decimal('1980.00')
    """
    base = ctx.p("sx.internship.subsidy.min_wage_share")
    insurance = ctx.p("sx.internship.subsidy.insurance_per_person")
    ctx.step(f"给予见习单位当地最低工资标准{fmt_percent(base.d)}的就业见习补贴和每人{fmt_money(insurance.d)}的人身意外伤害保险保费补贴。", base.reference)
    added = ctx.get("premium_added") is True
    if any(ctx.get(k) not in (None, frozenset()) for k in _INTERN_SAID) and _scope_check(ctx).ok is False:
        # an intern described outside 二、's scope (“27岁，以前在工地干活，现在失业了”): no subsidy for them
        ctx.step("见习人员须为离校2年内未就业（或就业转失业）的高校毕业生和中职毕业生、16-24岁的失业青年或符合条件的留学回国毕业生。", SCOPE)
        return ctx.result("not_eligible", None, None, "按山西省规定，就业见习范围是离校2年内未就业（或就业转失业）的高校毕业生和中职毕业生、16-24岁的失业青年以及符合条件的留学回国毕业生；按所说的情况不在此范围，单位不能为其享受就业见习补贴。")
    if ctx.get("asks_premium") and not added:
        # “人身意外险保费补贴一共多少”“那保险补贴呢？”: the premium part alone, 240元 a person (said as
        # added to the 见习补贴 — “加上保险那个补贴，一共多少” — the total below adds the two)
        people = ctx.get("interns_count") or ctx.get("people_count")
        if people and ctx.get("amount_basis") != "每个":
            total = insurance.d * people
            ctx.step(f"{people}人 × {fmt_money(insurance.d)} = {fmt_money(total)}。", insurance.reference)
            return ctx.result("amount", total, "元", f"按山西省规定，人身意外伤害保险保费补贴每人{fmt_money(insurance.d)}，{people}名见习人员合计{fmt_money(total)}。")
        return ctx.result("amount", insurance.d, "元/人", f"按山西省规定，人身意外伤害保险保费补贴每人{fmt_money(insurance.d)}。")
    rate = _retention_rate(ctx)
    raise_above = ctx.p("sx.internship.retention.raise_above")
    step, step_raise = ctx.p("sx.internship.retention.step"), ctx.p("sx.internship.retention.step_raise")
    full_above, full_share = ctx.p("sx.internship.retention.full_above"), ctx.p("sx.internship.retention.full_share")
    share = base.d
    if rate is not None:
        ctx.compare("retention_rate", raise_above, "more_than", value=rate)
        ctx.compare("retention_rate", full_above, "more_than", value=rate)
        share = retention_share(rate, base.d, raise_above.d, step.d, step_raise.d, full_above.d, full_share.d)
        if rate > full_above.d:
            ctx.step(f"留用率{fmt_percent(rate.quantize(Decimal('0.0001')))}高于{fmt_percent(full_above.d)}，补贴标准提高到当地最低工资标准。", full_above.reference)
        elif rate > raise_above.d:
            steps = (share - base.d) / step_raise.d
            ctx.step(
                f"留用率{fmt_percent(rate.quantize(Decimal('0.0001')))}高于{fmt_percent(raise_above.d)}，比{fmt_percent(raise_above.d)}提高了{fmt_number(steps)}个整{fmt_percent(step.d)}，"
                f"补贴标准可提高{fmt_percent(step_raise.d * steps)}，为当地最低工资标准的{fmt_percent(share)}（按每满{fmt_percent(step.d)}计一档）。",
                step.reference,
            )
        else:
            ctx.step(f"留用率{fmt_percent(rate.quantize(Decimal('0.0001')))}未高于{fmt_percent(raise_above.d)}，按基本标准{fmt_percent(base.d)}。", raise_above.reference)
    wage = ctx.get("min_wage")
    may = "最高可按" if share != base.d else "按"
    if wage is None:
        note = "" if rate is not None else f"（留用率高于{fmt_percent(raise_above.d)}的可提高，高于{fmt_percent(full_above.d)}的提高到当地最低工资标准）"
        if rate is not None:
            # “10个留下9个，能按多少算”: the retention said settles the standard — a share of the minimum wage
            return ctx.result(
                "amount",
                share,
                "×当地最低工资标准（每人每月）",
                f"按山西省规定，留用率{fmt_percent(rate.quantize(Decimal('0.0001')))}，就业见习补贴按当地最低工资标准的{fmt_percent(share)}发放，另给予每人{fmt_money(insurance.d)}的人身意外伤害保险保费补贴。告诉我当地最低工资标准可算出金额。",
            )
        return ctx.result(
            "info",
            share,
            "×当地最低工资标准（每人每月）",
            f"按山西省规定，就业见习补贴{may}当地最低工资标准的{fmt_percent(share)}发放{note}，另给予每人{fmt_money(insurance.d)}的人身意外伤害保险保费补贴。告诉我当地最低工资标准可算出金额。",
        )
    per_month = (wage * share).quantize(Decimal("0.01"))
    ctx.step(f"当地最低工资标准{fmt_money(wage)} × {fmt_percent(share)} = {fmt_money(per_month)}/人·月。", base.reference)
    summary = f"按山西省规定，就业见习补贴{may}每人每月{fmt_money(per_month)}（当地最低工资标准{fmt_money(wage)}的{fmt_percent(share)}），另给予每人{fmt_money(insurance.d)}的人身意外伤害保险保费补贴。"
    totalled = people_months_total(ctx, per_month)
    if totalled is not None:
        # “4个见习生见习6个月，一共多少”: the 见习补贴 itself; the 240元 premium is a separate subsidy
        total, people, span = totalled
        interns = ctx.get("interns_count")
        ctx.step(f"{people}人 × {fmt_number(span)}个月 × {fmt_money(per_month)} = {fmt_money(total)}。", base.reference)
        extra = f"另有人身意外伤害保险保费补贴{people}人 × {fmt_money(insurance.d)} = {fmt_money(insurance.d * people)}。" if interns else ""
        if added:
            # “见习补贴加上意外险保费补贴一共多少”: both parts added, the premium for each of the interns counted
            # (“我们准备招5个…连保险补贴一起”: the people hired are the interns)
            both = total + insurance.d * people
            ctx.step(f"就业见习补贴{fmt_money(total)} + 保费补贴{fmt_money(insurance.d * people)} = {fmt_money(both)}。", insurance.reference)
            summary += f"{people}名见习人员见习{fmt_number(span)}个月，就业见习补贴{fmt_money(total)}，加人身意外伤害保险保费补贴{fmt_money(insurance.d * people)}，合计{fmt_money(both)}。"
            return ctx.result("amount", both, "元", summary)
        if ctx.get("internship_months") is None and span == 1 and people > 1:
            # (“5个见习生，一共多少”: the months not said — the interns' month together, the months still to multiply by)
            summary += f"{people}名见习人员每月合计{fmt_money(total)}；再乘以见习的月数即为见习补贴总额（见习几个月？）。{extra}"
            return ctx.result("amount", total, "元", summary)
        summary += f"{people}名见习人员见习{fmt_number(span)}个月，就业见习补贴合计{fmt_money(total)}；{extra}"
        return ctx.result("amount", total, "元", summary)
    return ctx.result("amount", per_month, "元/人·月", summary)


def early_contract(ctx: Context) -> Outcome:
    """三、（二）: remaining-period subsidy when the contract is signed early (至2022年底).

    The remaining months (at most 3) are paid at the unit's 见习补贴 standard of the
    same paragraph, 60% of the minimum wage a month (the retention raise is judged
    at the end of the agreement, so it is not applied to the remaining months).

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sx.internship_early_contract", {"remaining_months": 3, "min_wage": 1880}, date(2022, 8, 1)).value
    Decimal('3384.00')

    The months left are those said, or the agreement's months less those served before the signing
    (“见习协议签的6个月，干了2个月就提前签了”: 6 − 2 = 4, paid for at most 3):

    >>> c = evaluate("sx.internship_early_contract", {"internship_months": 5, "served_months": 1, "min_wage": 2000}, date(2022, 8, 1))
    >>> c.value, c.steps[1].text
    (Decimal('3600.00'), '见习协议5个月，已见习1个月，剩余5 − 1 = 4个月，超过最多3个月，按3个月计。')
    """
    cap = ctx.p("sx.internship.early_contract.max_months")
    base = ctx.p("sx.internship.subsidy.min_wage_share")
    ctx.step(f"见习期限未满与见习人员提前签订劳动合同的，给予用人单位最多{fmt_number(cap.d)}个月的剩余期限补贴（延续至2022年底）。", cap.reference)
    agreed, served = ctx.get("internship_months"), ctx.get("served_months")
    countable = agreed is not None and served is not None and agreed > served
    if ctx.get("remaining_months") is None and ctx.get("asks_whether") and not (countable and ctx.get("asks_amount")):
        # “还能拿剩下那段的补贴吗”: whether, not how much — the months only size it (asked with “最多多少钱”
        # and the months said, the amount is worked out below)
        return ctx.result("eligible", None, None, f"可以。按山西省规定，见习期限未满与见习人员提前签订劳动合同的，给予用人单位最多{fmt_number(cap.d)}个月的剩余期限补贴，按就业见习补贴标准（当地最低工资标准的{fmt_percent(base.d)}）按月计；此政策延续至2022年底。")
    left = ctx.get("remaining_months")
    if left is None and countable:
        left = agreed - served
        over = f"，超过最多{fmt_number(cap.d)}个月，按{fmt_number(cap.d)}个月计" if left > cap.d else ""
        ctx.step(f"见习协议{fmt_number(agreed)}个月，已见习{fmt_number(served)}个月，剩余{fmt_number(agreed)} − {fmt_number(served)} = {fmt_number(left)}个月{over}。", cap.reference)
    elif not ctx.need("remaining_months"):
        return ctx.incomplete(f"按山西省规定，提前签订劳动合同的，给予用人单位最多{fmt_number(cap.d)}个月的剩余期限补贴。")
    months = min(left, cap.d)
    wage = ctx.get("min_wage")
    if wage is None:
        return ctx.result("amount", months, "个月", f"按山西省规定，可给予用人单位{fmt_number(months)}个月的剩余期限补贴（最多{fmt_number(cap.d)}个月），按就业见习补贴标准（当地最低工资标准的{fmt_percent(base.d)}）计。告诉我当地最低工资标准可算出金额。")
    monthly = (wage * base.d).quantize(Decimal("0.01"))
    interns = ctx.get("interns_count") or 1
    total = monthly * months * interns
    ctx.step(f"剩余期限补贴按就业见习补贴标准计：{fmt_money(wage)} × {fmt_percent(base.d)} = {fmt_money(monthly)}/月。", base.reference)
    ctx.step(f"{fmt_number(months)}个月 × {fmt_money(monthly)}" + (f" × {interns}人" if interns > 1 else "") + f" = {fmt_money(total)}。", cap.reference)
    summary = f"按山西省规定，提前签订劳动合同的，给予用人单位最多{fmt_number(cap.d)}个月的剩余期限补贴；按每月{fmt_money(monthly)}（当地最低工资标准的{fmt_percent(base.d)}）计，{fmt_number(months)}个月" + (f"、{interns}人" if interns > 1 else "") + f"共{fmt_money(total)}。"
    if ctx.get("asks_period") is True and ctx.get("asks_amount") is not True:
        # “能补几个月的？按啥标准？”: the months asked, the amount beside them
        return ctx.result("amount", months, "个月", summary)
    return ctx.result("amount", total, "元", summary)


def _scope_check(ctx: Context):
    """二、: whether the person described is among those brought into internships (a ``Check``)."""
    years = ctx.p("sx.internship.scope.years_after_leaving")
    low, high = ctx.p("sx.internship.scope.youth_min_age"), ctx.p("sx.internship.scope.youth_max_age")
    graduate = category_or(
        ctx,
        "离校2年内未就业高校毕业生",
        all_of(has_category(ctx, "高校毕业生", "中职毕业生"), graduated_within(ctx, years), fact_is(ctx, "employed", False)),
    )
    youth = category_or(
        ctx,
        "16-24岁登记失业青年",
        all_of(between(ctx, "age", low, high), any_of(fact_is(ctx, "registered_unemployed"), fact_is(ctx, "employed", False))),
    )
    # (a returning overseas graduate is said so: one described by age and schooling who says nothing of it is not one)
    returnee = closed(ctx, has_category(ctx, "留学回国毕业生"))
    return any_of(graduate, youth, returnee)


# what describes an intern (their kind, age, schooling, work): said, the scope of 二、 is asked of them
_INTERN_SAID = ("person_categories", "excluded_categories", "age", "years_since_graduation", "graduation_year", "graduation_years_ago", "employed", "registered_unemployed")


def scope(ctx: Context) -> Outcome:
    """二、: who is brought into internships in Shanxi."""
    years = ctx.p("sx.internship.scope.years_after_leaving")
    low, high = ctx.p("sx.internship.scope.youth_min_age"), ctx.p("sx.internship.scope.youth_max_age")
    ctx.step(f"离校{fmt_number(years.d)}年内未就业或就业转失业的高校毕业生和中职毕业生、{fmt_number(low.d)}-{fmt_number(high.d)}岁的失业青年以及符合条件的留学回国毕业生纳入就业见习范围。", SCOPE)
    result = _scope_check(ctx)
    if result.ok:
        return ctx.result("eligible", None, None, "按山西省规定，您属于就业见习范围，可以参加就业见习。")
    if result.ok is None:
        # ask, not need: categories are open-world, a known list can still be incomplete
        ctx.ask(*(("person_categories",) if "person_categories" in result.missing else result.missing))
        return ctx.incomplete("按山西省规定，离校2年内未就业（或就业转失业）的高校毕业生和中职毕业生、16-24岁的失业青年以及符合条件的留学回国毕业生可参加就业见习。")
    return ctx.result("not_eligible", None, None, "按山西省规定，就业见习范围是离校2年内未就业（或就业转失业）的高校毕业生和中职毕业生、16-24岁的失业青年以及符合条件的留学回国毕业生；按您所说的情况不在此范围。")


RULES: tuple[Rule, ...] = (
    Rule(
        id="sx.internship_allowance",
        kind="amount",
        title="见习人员基本生活补助",
        region=REGION,
        topic="internship_allowance",
        citations=(ALLOWANCE, ABSENCE),
        formula=living_allowance,
        inputs=("min_wage", "internship_months", "working_days", "partial_month", "absence_consecutive_days", "absence_total_days", "absence_excused", "asks_absence_limit"),
        parameters=(
            "sx.internship.allowance.min_wage_share",
            "sx.internship.allowance.min_working_days",
            "sx.internship.absence.consecutive_days",
            "sx.internship.absence.total_days",
        ),
        reading="“以上”含本数：连续缺勤满5天或累计满10天即不予发放。只说见习了多少个工作日而未说月数时，视为见习总时长不满1个月。",
    ),
    Rule(
        id="sx.internship_subsidy",
        kind="amount",
        title="就业见习补贴（见习单位）及留用率提高标准",
        region=REGION,
        topic="internship_subsidy",
        citations=(SUBSIDY, RETENTION, Clause(DOC, "三、（二）", "对于见习协议期满留用率高于50%的单位，可提高补贴标准")),
        formula=unit_subsidy,
        inputs=("min_wage", "retention_rate", "retained_count", "interns_count", "internship_months", "amount_basis", "asks_premium", "premium_added", "people_count", "asks_per_month", *_INTERN_SAID),
        parameters=(
            "sx.internship.subsidy.min_wage_share",
            "sx.internship.subsidy.insurance_per_person",
            "sx.internship.retention.raise_above",
            "sx.internship.retention.step",
            "sx.internship.retention.step_raise",
            "sx.internship.retention.full_above",
            "sx.internship.retention.full_share",
            "sx.internship.scope.years_after_leaving",
            "sx.internship.scope.youth_min_age",
            "sx.internship.scope.youth_max_age",
        ),
        reading="留用率高于50%起算，每满10个百分点提高最低工资标准的5%（60%→65%→70%→75%，恰为80%时为75%，不足一档不提高）；高于80%的提高到最低工资标准（100%）。“可提高”为上限。补贴按每名见习人员每月计；问合计时乘人数和月数，不含另列的240元/人保费补贴。",
    ),
    Rule(
        id="sx.internship_early_contract",
        kind="amount",
        title="见习期未满提前签订劳动合同的剩余期限补贴",
        region=REGION,
        topic="internship_early_contract",
        citations=(EARLY,),
        formula=early_contract,
        inputs=("remaining_months", "internship_months", "served_months", "min_wage", "interns_count", "asks_whether", "asks_period", "asks_amount", "early_contract_date"),
        parameters=("sx.internship.early_contract.max_months", "sx.internship.subsidy.min_wage_share"),
        reading="剩余期限补贴按同段的就业见习补贴标准（当地最低工资标准的60%）按月计算，最多3个月。",

        event="early_contract_date",  # the early signing is the event this subsidy governs
    ),
    Rule(
        id="sx.internship_scope",
        title="就业见习人员范围",
        region=REGION,
        topic="internship_eligibility",
        citations=(SCOPE,),
        formula=scope,
        inputs=("person_categories", "excluded_categories", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "employed", "age", "registered_unemployed"),
        parameters=("sx.internship.scope.years_after_leaving", "sx.internship.scope.youth_min_age", "sx.internship.scope.youth_max_age"),
        reading="山西省文件写“16-24岁的失业青年”，未要求办理失业登记；未就业即可。",
    ),
)
