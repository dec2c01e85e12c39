"""晋中市职业技能培训补贴（sx07-2023-d5c5f6 三、（一）（二）（四））.

Three kinds of training, three rules; ``training_kind`` chooses among them (the
router asks which kind when it is not known).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.rules.base import Clause, Context, Outcome, Rule, fmt_money, fmt_number, fmt_percent
from assistant.rules.common import least, said_text

DOC = "sx07-2023-d5c5f6"
REGION = "晋中市"

ORDER = Clause(DOC, "三、（一）", "培训结束后就业率达到80%及以上的，按前10天每人每天150元、之后每人每天100元补贴标准，给予企业或用人单位职业技能培训补贴")
ENTERPRISE = Clause(DOC, "三、（二）", "全市各类企业要完成政府补贴性培训0.7万人左右，按照每人300元给予企业职业技能培训补贴")
STAFF = Clause(DOC, "二、（一）", "全市各级各类企业职工（含在企业工作的劳务派遣人员）培训0.7万人")
WORKER = Clause(DOC, "三、（四）", "补贴标准为每人每天100元，原则上每人不超过1000元")


def for_count(ctx: Context, trainees: int | None) -> bool:
    """Whether to answer the total for ``trainees`` rather than the amount per person.

    “一共/总共” asks for the total, “每个学员/每人” for one person; with neither, a head
    count said asks for the total (“30个人，培训了12天，培训补贴能拿多少”: what the
    enterprise or the school gets for them), as every per-person amount reads it.
    """
    if not trainees:
        return False
    basis = ctx.get("amount_basis")
    return basis == "合计" or (basis is None and trainees > 1)


def tiered_daily(days: int, first_days: int, first_rate: Decimal, later_rate: Decimal) -> Decimal:
    """Per-person subsidy: ``first_rate`` for the first days, ``later_rate`` after.

    >>> tiered_daily(8, 10, Decimal(150), Decimal(100)), tiered_daily(15, 10, Decimal(150), Decimal(100))
    (Decimal('1200'), Decimal('2000'))
    """
    return first_rate * min(days, first_days) + later_rate * max(days - first_days, 0)


def capped_daily(days: int, rate: Decimal, cap: Decimal) -> Decimal:
    """Per-person subsidy at ``rate`` a day, not above ``cap``.

    >>> capped_daily(7, Decimal(100), Decimal(1000)), capped_daily(12, Decimal(100), Decimal(1000))
    (Decimal('700'), Decimal('1000'))
    """
    return min(rate * days, cap)


def order_training(ctx: Context) -> Outcome:
    """三、（一）: 订单式、项目制培训 — 150元/天 for the first 10 days, then 100元/天, if ≥80% are employed.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("jz.order_training_subsidy", {"training_days": 15, "employment_rate": "0.8"}, date(2026, 11, 21)).value
    Decimal('2000')
    >>> evaluate("jz.order_training_subsidy", {"employment_rate": "0.85", "asks_whether": True}, date(2026, 11, 21)).verdict
    'eligible'
    """
    first_days, first = ctx.p("jz.order_training.first_days"), ctx.p("jz.order_training.first_daily")
    later, floor = ctx.p("jz.order_training.later_daily"), ctx.p("jz.order_training.min_employment_rate")
    ctx.step(
        f"订单式、项目制培训结束后就业率达到{fmt_percent(floor.d)}及以上的，按前{fmt_number(first_days.d)}天每人每天{fmt_money(first.d)}、之后每人每天{fmt_money(later.d)}给予企业或用人单位培训补贴。",
        ORDER,
    )
    batches = batch_rates(ctx, days_each(ctx))
    if batches is not None:  # batches each with its own days and rate: each decided on its own rate, then added
        return order_batches(ctx, batches, int(first_days.d), first.d, later.d, floor)
    rate = ctx.get("employment_rate")
    ctx.compare("employment_rate", floor, "at_least")
    if rate is not None and rate < floor.d:
        ctx.step(f"培训结束后就业率{fmt_percent(rate)}，未达到{fmt_percent(floor.d)}。", floor.reference)
        return ctx.result("not_eligible", Decimal(0), "元", f"按晋中市规定，订单式、项目制培训结束后就业率须达到{fmt_percent(floor.d)}及以上才给予补贴；就业率{fmt_percent(rate)}不符合。")
    if ctx.get("asks_whether") and ctx.get("training_days") is None:
        # “企业那边能拿补贴吗？”: whether, not how much — the employment rate decides, the days only size it
        if rate is None:
            ctx.need("employment_rate")
            return ctx.incomplete(f"按晋中市规定，订单式、项目制培训结束后就业率达到{fmt_percent(floor.d)}及以上的，才按前{fmt_number(first_days.d)}天每人每天{fmt_money(first.d)}、之后每人每天{fmt_money(later.d)}给予企业或用人单位补贴。")
        ctx.step(f"培训结束后就业率{fmt_percent(rate)}，达到{fmt_percent(floor.d)}。", floor.reference)
        return ctx.result("eligible", None, None, f"可以。按晋中市规定，订单式、项目制培训结束后就业率达到{fmt_percent(floor.d)}及以上的，按前{fmt_number(first_days.d)}天每人每天{fmt_money(first.d)}、之后每人每天{fmt_money(later.d)}给予企业或用人单位职业技能培训补贴；就业率{fmt_percent(rate)}符合。告诉我培训天数可算出金额。")
    each = days_each(ctx)
    if each is not None:  # several classes (batches), each with its own days: each tiered, then added
        if not ctx.need("employment_rate"):
            return ctx.incomplete(f"按晋中市规定，培训后就业率达到{fmt_percent(floor.d)}及以上的，前{fmt_number(first_days.d)}天每人每天{fmt_money(first.d)}、之后每人每天{fmt_money(later.d)}。")
        ctx.step(f"培训结束后就业率{fmt_percent(rate)}，达到{fmt_percent(floor.d)}。", floor.reference)
        return order_each(ctx, each, int(first_days.d), first.d, later.d, rate)
    if not ctx.need("training_days", "employment_rate"):
        return ctx.incomplete(f"按晋中市规定，培训后就业率达到{fmt_percent(floor.d)}及以上的，前{fmt_number(first_days.d)}天每人每天{fmt_money(first.d)}、之后每人每天{fmt_money(later.d)}。")
    days = ctx.get("training_days")
    per_person = tiered_daily(days, int(first_days.d), first.d, later.d)
    shown_first = min(days, int(first_days.d))
    ctx.step(f"{shown_first}天 × {fmt_money(first.d)} + {max(days - int(first_days.d), 0)}天 × {fmt_money(later.d)} = {fmt_money(per_person)}/人。", first.reference)
    summary = f"按晋中市规定，就业率{fmt_percent(rate)}达到要求，培训{days}天每人补贴{fmt_money(per_person)}（补贴给企业或用人单位）。"
    trainees = ctx.get("trainees_count")
    if trainees and trainees > 1:  # “一个学员能拿多少”: the amount for one, no total of one
        total = per_person * trainees
        ctx.step(f"{trainees}人 × {fmt_money(per_person)} = {fmt_money(total)}。", first.reference)
        summary += f"{trainees}人合计{fmt_money(total)}。"
        if for_count(ctx, trainees):
            return ctx.result("amount", total, "元", summary)
    return ctx.result("amount", per_person, "元/人", summary)


def order_each(ctx: Context, each: list[tuple[int, int]], first_days: int, first: Decimal, later: Decimal, rate: Decimal) -> Outcome:
    """Several classes (or people) each with their own days: each one's tiered figure, times its people, added.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("jz.order_training_subsidy", {"training_days_each": {"12": 15, "25": 10}, "employment_rate": 1}, date(2023, 12, 20))
    >>> c.value, c.steps[-1].text
    (Decimal('55500'), '合计：1700元 × 15 + 3000元 × 10 = 55500元。')
    """
    parts, total, people, said = [], Decimal(0), 0, []
    for days, n in each:
        one = tiered_daily(days, first_days, first, later)
        ctx.step(f"{n}人各{days}天：{min(days, first_days)}天 × {fmt_money(first)} + {max(days - first_days, 0)}天 × {fmt_money(later)} = {fmt_money(one)}/人。", ORDER)
        parts.append(f"{fmt_money(one)} × {n}" if n > 1 else fmt_money(one))
        said.append(f"{n}人各{days}天，每人{fmt_money(one)}" if n > 1 else f"{days}天{fmt_money(one)}")
        total += one * n
        people += n
    ctx.step(f"合计：{' + '.join(parts)} = {fmt_money(total)}。", ORDER)
    summary = f"按晋中市规定，就业率{fmt_percent(rate)}达到要求，前{first_days}天每人每天{fmt_money(first)}、之后每人每天{fmt_money(later)}，逐批计算：" + "；".join(said) + f"，{people}人合计{fmt_money(total)}（补贴给企业或用人单位）。"
    return ctx.result("amount", total, "元", summary)


def batch_rates(ctx: Context, each: list[tuple[int, int]] | None) -> list[tuple[int, int, Decimal]] | None:
    """Batches said each with their people, days and employment rate (``training_days_each`` and
    ``employment_rate_each``, both keyed by the batch's people): (days, people, rate) for each, or None unless every
    batch's rate is said and the people tell the batches apart."""
    rates = [(Decimal(str(r)) / 100, int(n)) for r, n in ctx.get("employment_rate_each") or () if str(r).isdigit()]
    if each is None or len(rates) < 2:
        return None
    people = [n for _, n in each]
    by_people = {n: r for r, n in rates}
    if len(set(people)) != len(people) or len(by_people) != len(rates) or set(by_people) != set(people):
        return None
    return [(days, n, by_people[n]) for days, n in each]


def order_batches(ctx: Context, batches: list[tuple[int, int, Decimal]], first_days: int, first: Decimal, later: Decimal, floor) -> Outcome:
    """Several batches, each with its own days and employment rate: those that reach the rate, each tiered and times
    its people, added; the others get none.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("jz.order_training_subsidy", {"training_days_each": {"8": 20, "14": 10, "10": 15}, "employment_rate_each": {"90": 20, "80": 10, "60": 15}}, date(2023, 12, 20))
    >>> c.value, c.steps[-1].text
    (Decimal('43000'), '合计：1200元 × 20 + 1900元 × 10 = 43000元。')
    """
    parts, said, total = [], [], Decimal(0)
    for days, n, rate in batches:
        if rate < floor.d:
            ctx.step(f"{n}人、{days}天的一批：就业率{fmt_percent(rate)}，未达到{fmt_percent(floor.d)}，不予补贴。", floor.reference)
            said.append(f"{n}人的一批就业率{fmt_percent(rate)}未达到{fmt_percent(floor.d)}，不能享受")
            continue
        one = tiered_daily(days, first_days, first, later)
        ctx.step(f"{n}人、{days}天的一批：就业率{fmt_percent(rate)}，达到{fmt_percent(floor.d)}；{min(days, first_days)}天 × {fmt_money(first)} + {max(days - first_days, 0)}天 × {fmt_money(later)} = {fmt_money(one)}/人。", ORDER)
        parts.append(f"{fmt_money(one)} × {n}" if n > 1 else fmt_money(one))
        said.append(f"{n}人各{days}天、就业率{fmt_percent(rate)}，每人{fmt_money(one)}")
        total += one * n
    if not parts:
        return ctx.result("not_eligible", Decimal(0), "元", f"按晋中市规定，订单式、项目制培训结束后就业率须达到{fmt_percent(floor.d)}及以上才给予补贴；" + "；".join(said) + "。")
    ctx.step(f"合计：{' + '.join(parts)} = {fmt_money(total)}。", ORDER)
    summary = f"按晋中市规定，培训结束后就业率达到{fmt_percent(floor.d)}及以上的，前{first_days}天每人每天{fmt_money(first)}、之后每人每天{fmt_money(later)}，逐批计算：" + "；".join(said) + f"；合计{fmt_money(total)}（补贴给企业或用人单位）。"
    return ctx.result("amount", total, "元", summary)


def enterprise_training(ctx: Context) -> Outcome:
    """三、（二）: enterprise staff training — 300元 per trainee to the enterprise."""
    per = ctx.p("jz.enterprise_training.per_person")
    ctx.step(f"企业职工培训按照每人{fmt_money(per.d)}给予企业职业技能培训补贴。", ENTERPRISE)
    staff = ctx.get("enterprise_staff")
    if staff is not None:  # who is trained: 企业职工, those dispatched to work in the enterprise included
        ctx.step("企业职工培训的对象为企业职工（含在企业工作的劳务派遣人员）。", STAFF)
    if staff is False:
        return ctx.result("not_eligible", None, None, "按晋中市规定，企业职工培训补贴按企业职工（含在企业工作的劳务派遣人员）的培训人数给予企业；不是本企业职工的人员不能计入。")
    trainees = ctx.get("trainees_count")
    if not for_count(ctx, trainees):
        return ctx.result("amount", per.d, "元/人", f"按晋中市规定，企业职工培训按照每人{fmt_money(per.d)}给予企业职业技能培训补贴。")
    total = per.d * trainees
    ctx.step(f"{trainees}人 × {fmt_money(per.d)} = {fmt_money(total)}。", per.reference)
    return ctx.result("amount", total, "元", f"按晋中市规定，企业职工培训每人{fmt_money(per.d)}，{trainees}人合计{fmt_money(total)}（补贴给企业）。")


def days_each(ctx: Context) -> list[tuple[int, int]] | None:
    """The days of each of several people (``training_days_each``: (days, people) pairs, in the order
    of the days), or None when one figure holds for all."""
    said = [(days, n) for days, n in ctx.get("training_days_each") or () if str(days).isdigit()]  # days: people
    if not said or len(said) < 2 and sum(n for _, n in said) < 2:
        return None
    return sorted((int(days), int(n)) for days, n in said)


def _each_said(days: int, people: int, rate: Decimal, cap: Decimal) -> str:
    """“12天应1200元，按上限1000元” / “2人各6天，每人600元”."""
    one, uncapped = capped_daily(days, rate, cap), rate * days
    who = f"{people}人各{days}天，每人" if people > 1 else f"{days}天"
    return who + (f"应{fmt_money(uncapped)}，按上限{fmt_money(one)}" if one < uncapped else fmt_money(one))


def worker_each(ctx: Context, each: list[tuple[int, int]], daily, cap) -> Outcome:
    """Several people, each with their own days: each one's figure capped, then added."""
    parts, total, people = [], Decimal(0), 0
    for days, n in each:
        uncapped = daily.d * days
        one = capped_daily(days, daily.d, cap.d)
        head = f"{n}人各" if n > 1 else ""
        ctx.step(
            f"{head}{days}天：{days}天 × {fmt_money(daily.d)} = {fmt_money(uncapped)}" + (f"，超过每人{fmt_money(cap.d)}的上限，按{fmt_money(cap.d)}。" if one < uncapped else "。"),
            daily.reference if one == uncapped else cap.reference,
        )
        parts.append(f"{fmt_money(one)} × {n}" if n > 1 else fmt_money(one))
        total += one * n
        people += n
    ctx.step(f"合计：{' + '.join(parts)} = {fmt_money(total)}。", daily.reference)
    summary = (
        f"按晋中市规定，每人每天{fmt_money(daily.d)}、原则上每人不超过{fmt_money(cap.d)}，逐人计算："
        + "；".join(_each_said(days, n, daily.d, cap.d) for days, n in each)
        + f"，{people}人合计{fmt_money(total)}。"
    )
    return ctx.result("amount", total, "元", summary)


def worker_training(ctx: Context) -> Outcome:
    """三、（四）: training for workers — 100元/天, in principle at most 1,000元 a person.

    Several people with their own days: the cap per person, then the sum.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("jz.worker_training_subsidy", {"training_days_each": {"6": 2, "13": 1}}, date(2026, 11, 21)).value
    Decimal('2200')
    """
    daily, cap = ctx.p("jz.worker_training.daily"), ctx.p("jz.worker_training.cap")
    ctx.step(f"面向劳动者的职业技能提升培训补贴标准为每人每天{fmt_money(daily.d)}，原则上每人不超过{fmt_money(cap.d)}。", WORKER)
    each = days_each(ctx)
    if each is not None:
        return worker_each(ctx, each, daily, cap)
    fewest = least(ctx, "training_days")
    if ctx.get("training_days") is None and fewest is not None and daily.d * fewest >= cap.d:
        # “培训了十一二天”: every number of days in the range reaches the cap, so the amount is the cap
        days = said_text(ctx, "training_days", "")
        per_person, capped = cap.d, True
        ctx.step(f"{days}天 × {fmt_money(daily.d)} ≥ {fmt_number(fewest)}天 × {fmt_money(daily.d)} = {fmt_money(daily.d * fewest)}，超过上限，按{fmt_money(cap.d)}。", daily.reference)
    else:
        if ctx.get("training_days") is None and ctx.get("asks_per_day"):
            # “一天补多少”: the day's standard is the answer; the days trained are not needed for it
            return ctx.result("amount", daily.d, "元/人/天", f"按晋中市规定，补贴标准为每人每天{fmt_money(daily.d)}，原则上每人不超过{fmt_money(cap.d)}。")
        if not ctx.need("training_days"):
            return ctx.incomplete(f"按晋中市规定，补贴标准为每人每天{fmt_money(daily.d)}，原则上每人不超过{fmt_money(cap.d)}。")
        days = ctx.get("training_days")
        per_person = capped_daily(days, daily.d, cap.d)
        capped = per_person < daily.d * days
        ctx.step(
            f"{days}天 × {fmt_money(daily.d)} = {fmt_money(daily.d * days)}" + (f"，超过上限，按{fmt_money(cap.d)}。" if capped else "。"),
            daily.reference,
        )
    summary = f"按晋中市规定，培训{days}天每人补贴{fmt_money(per_person)}" + (f"（原则上每人不超过{fmt_money(cap.d)}）" if capped else "") + "。"
    trainees = ctx.get("trainees_count")
    if trainees and trainees > 1:  # “一个学员能拿多少”: the amount for one, no total of one
        total = per_person * trainees
        ctx.step(f"{trainees}人 × {fmt_money(per_person)} = {fmt_money(total)}。", daily.reference)
        summary += f"{trainees}人合计{fmt_money(total)}。"
        if for_count(ctx, trainees):
            return ctx.result("amount", total, "元", summary)
    return ctx.result("amount", per_person, "元/人", summary)


RULES: tuple[Rule, ...] = (
    Rule(
        id="jz.order_training_subsidy",
        kind="amount",
        title="订单式、项目制培训补贴",
        region=REGION,
        topic="training_subsidy_amount",
        citations=(ORDER,),
        formula=order_training,
        inputs=("training_days", "training_days_each", "employment_rate", "employment_rate_each", "trainees_count", "amount_basis", "asks_whether"),
        parameters=("jz.order_training.first_days", "jz.order_training.first_daily", "jz.order_training.later_daily", "jz.order_training.min_employment_rate"),
        selector=(("training_kind", "订单式项目制培训"),),
        reading="“前10天150元、之后100元”按每名学员的培训天数分段计算；就业率“达到80%及以上”含80%。说了人数时按人数合计（问“每人”“每个学员”时按每人）。",
    ),
    Rule(
        id="jz.enterprise_training_subsidy",
        kind="amount",
        title="企业职工培训补贴",
        region=REGION,
        topic="training_subsidy_amount",
        citations=(ENTERPRISE,),
        formula=enterprise_training,
        inputs=("trainees_count", "amount_basis", "enterprise_staff"),
        parameters=("jz.enterprise_training.per_person",),
        selector=(("training_kind", "企业职工培训"),),
    ),
    Rule(
        id="jz.worker_training_subsidy",
        kind="amount",
        title="面向劳动者的职业技能提升培训补贴",
        region=REGION,
        topic="training_subsidy_amount",
        citations=(WORKER,),
        formula=worker_training,
        inputs=("training_days", "training_days_each", "trainees_count", "amount_basis", "asks_per_day"),
        parameters=("jz.worker_training.daily", "jz.worker_training.cap"),
        selector=(("training_kind", "劳动者技能提升培训"),),
        reading="“原则上每人不超过1000元”按上限计算，逐人适用：各人培训天数不同的，每人分别封顶后相加。",
    ),
)
