"""全国《就业补助资金管理办法》（cn-2023-dc2db9）: who may receive which subsidy, how often, how long.

The 办法 fixes eligibility, counts and periods; amounts are set by each province
(第十五条), so these rules answer "can I / how many times / how long", not "how much" — except over
figures the person states (a monthly contribution, the local minimum wage): those are multiplied out
over the period the article allows (the longest period, or the months to retirement).
From 2026 on every rule notes 第三十一条: central funding for these expenditures
was set to run to 2025, its extension depending on an evaluation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from assistant.rules.base import Bar, Caveat, Clause, Context, Outcome, ParamValue, Rule, fmt_money, fmt_number
from assistant.rules.common import (
    UNSAID_GROUPS,
    had_text,
    Check,
    all_of,
    any_of,
    at_least,
    between,
    category_or,
    closed,
    contribution_total,
    fact_is,
    far_from_retirement,
    fmt_share,
    graduated_within,
    has_category,
    in_graduation_year,
    join,
    monthly_over_period,
    period_total,
    retirement_by_law,
    retirement_law_text,
    share_of,
    span_to_retirement,
    startup_groups,
    total_asked,
    years_to_retirement,
)

DOC = "cn-2023-dc2db9"
REGION = "全国"

CENTRAL_PERIOD = Caveat(
    after=date(2025, 12, 31),
    text="《就业补助资金管理办法》第三十一条规定中央财政就业补助资金相关支出实施期限至2025年，是否延续及延续期限根据绩效评估结果确定；2026年起请向当地人社部门确认现行执行口径。",
    clause=Clause(DOC, "第三十一条", "中央财政就业补助资金相关支出实施期限至2025年"),
)

TRAINING = Clause(DOC, "第五条", "职业培训补贴实行“先垫后补”和“信用支付”等办法，每人累计最多享受3次")
EVALUATION = Clause(DOC, "第六条", "每人累计最多享受3次，同一职业（工种）不得重复享受")
EVALUATION_WHO = Clause(DOC, "第六条", "对通过初次职业技能评价并取得符合规定证书（包括职业资格证书、职业技能等级证书、专项职业能力证书，不含培训合格证）的六类人员，给予职业技能评价补贴")
# 第五条: the 六类人员 第六条 names
SIX_CATEGORIES = ("防止返贫监测对象", "毕业年度高校毕业生", "城乡未继续升学的应届初高中毕业生", "农村转移就业劳动者", "城镇登记失业人员", "就业困难人员")
INTERNSHIP = Clause(DOC, "第七条", "享受就业见习补贴的人员范围为离校2年内未就业高校毕业生和16-24岁登记失业青年")
JOB_SEEKING = Clause(DOC, "第八条", "对在毕业学年积极求职创业的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，残疾及获得国家助学贷款的高校毕业生，给予一次性求职补贴")
STARTUP = Clause(DOC, "第九条", "对首次创办小微企业或从事个体经营，且所创办企业或个体工商户自工商登记注册之日起正常运营1年以上的离校2年内高校毕业生、就业困难人员、返乡入乡农民工，可给予一次性创业补贴")
SI_SCOPE = Clause(DOC, "第十条", "享受社会保险补贴的人员范围包括：符合《中华人民共和国就业促进法》规定的就业困难人员和高校毕业生")
SI_DIFFICULT = Clause(DOC, "第十条（一）", "按其为就业困难人员实际缴纳的基本养老保险费、基本医疗保险费和失业保险费给予补贴，不包括就业困难人员个人应缴纳的部分")
SI_GRADUATES = Clause(DOC, "第十条（二）", "对招用毕业年度和离校2年内未就业高校毕业生，与之签订1年以上劳动合同并为其缴纳社会保险费的小微企业，给予最长1年的社会保险补贴")
PUBLIC_POST = Clause(DOC, "第十一条", "享受公益性岗位补贴的人员范围为就业困难人员，重点是其中的大龄失业人员和零就业家庭人员")
PUBLIC_POST_WAGE = Clause(DOC, "第十一条", "对公益性岗位安置的就业困难人员给予岗位补贴，补贴标准参照当地最低工资标准执行")
PUBLIC_POST_AGAIN = Clause(DOC, "第十一条", "可再次按程序通过公益性岗位予以安置，岗位补贴和社会保险补贴期限重新计算")

# 第十六条: no subsidy of this 办法 for staff on the establishment of an organ or public institution
STAFF_BAR = Bar(
    "staff_on_establishment",
    True,
    Clause(DOC, "第十六条", "不得对机关事业单位在编人员发放本办法中的补贴"),
    "不能。按《就业补助资金管理办法》第十六条，不得对机关事业单位在编人员发放本办法中的补贴。",
)
# 第六条: the evaluation subsidy is for certificates, not for a training certificate of completion
TRAINING_CERTIFICATE_BAR = Bar(
    "certificate_kind",
    "培训合格证",
    Clause(DOC, "第六条", "不含培训合格证"),
    "不能。按《就业补助资金管理办法》第六条，职业技能评价补贴针对通过初次职业技能评价并取得职业资格证书、职业技能等级证书或专项职业能力证书的人员，不含培训合格证。",
)

GRADUATE_CATEGORIES = ("高校毕业生", "离校2年内未就业高校毕业生", "离校2年内高校毕业生", "毕业年度高校毕业生")


def remaining_times(received: int, limit: int) -> int:
    """How many more times a capped subsidy may be received.

    >>> remaining_times(2, 3), remaining_times(3, 3), remaining_times(5, 3)
    (1, 0, 0)
    """
    return max(limit - received, 0)


def subsidy_years(years_to_retirement: Decimal, near: Decimal, max_years: Decimal) -> Decimal | None:
    """Longest subsidy period: None means “until retirement” (under ``near`` years from it).

    >>> subsidy_years(Decimal("4.5"), Decimal(5), Decimal(3)) is None
    True
    >>> subsidy_years(Decimal(5), Decimal(5), Decimal(3))
    Decimal('3')
    """
    return None if years_to_retirement < near else max_years


def _times_had(ctx: Context, clause: Clause) -> int:
    """The times had: those said, and the one under way when the question is about after it (“这次领完以后”)."""
    received = ctx.get("times_received")
    if ctx.get("counts_this_one"):
        ctx.step(f"此前已享受{received}次，这一次领完后共{received + 1}次。", clause)
        return received + 1
    return received


def training_times(ctx: Context) -> Outcome:
    """第五条: at most 3 vocational-training subsidies per person.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("cn.fund.training_subsidy_times", {"times_received": 2}, date(2025, 6, 1)).value
    1
    >>> evaluate("cn.fund.training_subsidy_times", {"times_received": 2, "asks_limit": True}, date(2025, 6, 1)).value
    3
    >>> evaluate("cn.fund.training_subsidy_times", {"times_received": 2, "asks_limit": True, "asks_remaining": True}, date(2025, 6, 1)).value
    1
    >>> c = evaluate("cn.fund.training_subsidy_times", {"asks_limit": True}, date(2025, 6, 1))
    >>> c.verdict, c.value, c.missing
    ('info', 3, ())
    """
    limit = ctx.p("cn.fund.training.max_times")
    ctx.step(f"职业培训补贴每人累计最多享受{fmt_number(limit.d)}次。", TRAINING)
    lower = _level_held_at_or_above(ctx)
    if lower is not None:  # “说反了，去年考的是高级工，今年补考中级工”: the level condition decides, whatever the count
        return lower
    if ctx.get("asks_limit") and ctx.get("times_received") is None:  # “一个人最多能享受几次？”: the limit, nothing to ask
        return ctx.result("info", int(limit.d), "次", f"按《就业补助资金管理办法》第五条，职业培训补贴每人累计最多享受{fmt_number(limit.d)}次。")
    if not ctx.need("times_received"):
        return ctx.incomplete(f"按《就业补助资金管理办法》，职业培训补贴每人累计最多享受{fmt_number(limit.d)}次。")
    received = _times_had(ctx, TRAINING)
    ctx.compare("times_received", limit, "less_than", value=received)
    left = remaining_times(received, int(limit.d))
    # “最多能享受几次？”: the limit is what is asked — unless what is left is asked too (“我还剩几次？”)
    limit_asked = bool(ctx.get("asks_limit")) and ctx.get("asks_remaining") is not True
    figure = int(limit.d) if limit_asked else left
    if left == 0:
        return ctx.result("not_eligible", figure if limit_asked else 0, "次", f"按《就业补助资金管理办法》第五条，职业培训补贴每人累计最多享受{fmt_number(limit.d)}次；您已享受{received}次，不能再享受。")
    return ctx.result("eligible", figure, "次", f"按《就业补助资金管理办法》第五条，职业培训补贴每人累计最多享受{fmt_number(limit.d)}次；{had_text(received)}，还可享受{left}次。")


def _level_held_at_or_above(ctx: Context, subsidy: str = "培训补贴", doing: str = "参加{target}培训") -> Outcome | None:
    """人社部发〔2024〕5号四、（十二）, where the facts already say it: a certificate of the same
    occupation at or above the level trained (or certified) for now — no subsidy for it
    (“获得高等级证书的不得再申领同一职业（工种）低等级证书补贴”).

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("cn.fund.training_subsidy_times", {"times_received": 1, "skill_level": "高级工", "target_skill": "中级工", "same_occupation": True}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("cn.fund.training_subsidy_times", {"times_received": 1, "skill_level": "中级工", "target_skill": "高级工", "same_occupation": True}, date(2026, 11, 21)).verdict
    'eligible'
    """
    from assistant.rules.inputs import skill_rank
    from assistant.rules.sources import sources
    from assistant.rules.training_management import NO_REPEAT

    if not sources()[NO_REPEAT.doc_id].period.contains(ctx.as_of):  # the notice not (or no longer) in force
        return None
    held, target = ctx.get("skill_level"), ctx.get("target_skill")
    if ctx.get("same_occupation") is not True or skill_rank(held) < 0 or skill_rank(target) < 0 or skill_rank(held) < skill_rank(target):
        return None
    how = "同一等级不可重复申领培训补贴" if skill_rank(held) == skill_rank(target) else "获得高等级证书的不得再申领同一职业（工种）低等级证书补贴"
    doing = doing.format(target=target)
    ctx.step(f"已取得同一职业（工种）的{held}证书，再{doing}：{how}。", NO_REPEAT)
    return ctx.result("not_eligible", None, None, f"不能。按人社部发〔2024〕5号四、（十二），{how}；您已有同一职业（工种）的{held}证书，{doing}不能再领{subsidy}。")


def _same_occupation_received(ctx: Context) -> bool | None:
    """Whether an earlier evaluation subsidy was for the occupation asked about now.

    Said outright (“同一工种领过”), or implied: a subsidy already received
    (``times_received`` ≥ 1) for the occupation the person names again now
    (“电工领过一次，再考电工高一级”, ``same_occupation``).
    """
    said = ctx.get("same_occupation_received")
    if said is not None:
        return said
    received, same = ctx.get("times_received"), ctx.get("same_occupation")
    if ((received is not None and received >= 1) or ctx.get("received_before") is True) and same is not None:
        # (“领过了。那我今年再考电工三级”: an earlier use told without its number, the occupation named again)
        return same
    return None


def evaluation_subsidy(ctx: Context) -> Outcome:
    """第六条: at most 3 skill-evaluation subsidies, never twice for one occupation.

    “同一职业（工种）不得重复享受” is read per occupation, whatever the level: a
    higher level of an occupation already subsidised is the same occupation.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("cn.fund.evaluation_subsidy", {"times_received": 1, "same_occupation": True}, date(2025, 6, 1)).verdict
    'not_eligible'

    A certificate of the same occupation already held at a higher level bars a subsidy for a lower
    one (人社部发〔2024〕5号四、（十二）), whether or not a subsidy was received for it:

    >>> c = evaluate("cn.fund.evaluation_subsidy", {"skill_level": "高级工", "target_skill": "中级工", "same_occupation": True}, date(2026, 12, 1))
    >>> c.verdict, [s.article for s in c.steps if s.doc_id == "cn-2024-2dec8d"]
    ('not_eligible', ['四、（十二）'])

    Asked whether one may have it, with none of the 六类人员 said, who it is for decides:

    >>> c = evaluate("cn.fund.evaluation_subsidy", {"times_received": 0, "asks_whether": True}, date(2025, 6, 1))
    >>> c.verdict, c.missing
    ('need_more_info', ('person_categories',))
    >>> evaluate("cn.fund.evaluation_subsidy", {"times_received": 0, "asks_whether": True, "person_categories": ["城镇登记失业人员"]}, date(2025, 6, 1)).verdict
    'eligible'

    Certificates of several occupations obtained, the number of subsidies asked: one for each occupation:

    >>> evaluate("cn.fund.evaluation_subsidy", {"occupations": ["电工", "焊工"], "certificate_obtained": True, "amount_basis": "合计"}, date(2025, 6, 1)).value
    2
    """
    limit = ctx.p("cn.fund.evaluation.max_times")
    ctx.step(f"职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次，同一职业（工种）不得重复享受。", EVALUATION)
    lower = _level_held_at_or_above(ctx, "证书补贴", "取{target}证书")
    if lower is not None:  # “有电工高级工证，再补个电工中级的证”: a lower certificate of the same occupation
        return lower
    if _same_occupation_received(ctx) is True:
        return ctx.result("not_eligible", None, None, "不能。按《就业补助资金管理办法》第六条，同一职业（工种）的职业技能评价补贴不得重复享受（换成更高等级也是同一职业（工种））。")
    if ctx.get("asks_limit") and ctx.get("times_received") is None:  # “每人最多能领几次？”: the limit, nothing to ask
        return ctx.result("info", int(limit.d), "次", f"按《就业补助资金管理办法》第六条，职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次，同一职业（工种）不得重复享受。")
    trades = sorted(ctx.get("occupations") or ())
    if ctx.get("times_received") is None and ctx.get("certificate_obtained") is True and len(trades) >= 2 and ctx.get("amount_basis") == "合计":
        # “考了电工初级、电工中级，又考了焊工初级，都拿到证了，一共能领几次”: one for each occupation, at most the limit
        times = min(len(trades), int(limit.d))
        ctx.step(f"取得的证书涉及{'、'.join(trades)}{len(trades)}个职业（工种），同一职业（工种）不得重复享受，每人累计最多{fmt_number(limit.d)}次：共{times}次。", EVALUATION)
        return ctx.result("eligible", times, "次", f"按《就业补助资金管理办法》第六条，职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次，同一职业（工种）不得重复享受（同一职业考了几个等级也只算1次）；您的证书涉及{'、'.join(trades)}{len(trades)}个职业（工种），一共可享受{times}次（须属于六类人员、通过初次职业技能评价并取得符合规定的证书）。")
    who = has_category(ctx, *SIX_CATEGORIES)
    if ctx.get("times_received") is None and ctx.get("asks_whether") and who.ok is False:
        # who the person is said, none of the 六类人员, and no times told: who it is for decides first
        ctx.step("职业技能评价补贴的对象是取得符合规定证书的六类人员（防止返贫监测对象、毕业年度高校毕业生、城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、城镇登记失业人员、就业困难人员）。", EVALUATION_WHO)
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第六条，职业技能评价补贴给予通过初次职业技能评价并取得符合规定证书的六类人员；按您所说，您不属于这六类人员，不能享受。" + (who.why if who.why == UNSAID_GROUPS else ""))
    if not ctx.need("times_received"):
        return ctx.incomplete(f"按《就业补助资金管理办法》第六条，职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次，同一职业（工种）不得重复享受。")
    received = _times_had(ctx, EVALUATION)
    ctx.compare("times_received", limit, "less_than", value=received)
    left = remaining_times(received, int(limit.d))
    if left == 0:
        return ctx.result("not_eligible", 0, "次", f"按《就业补助资金管理办法》第六条，职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次；您已享受{received}次，不能再享受。")
    tail = "" if _same_occupation_received(ctx) is False else "，但同一职业（工种）不得重复享受"
    who = has_category(ctx, *SIX_CATEGORIES)
    if received == 0 and ctx.get("asks_whether") and who.ok is False:
        # “都不是，我是城里户口，在厂里干了八年了，正式工”: who the person is said, and none of the 六类人员
        ctx.step("职业技能评价补贴的对象是取得符合规定证书的六类人员（防止返贫监测对象、毕业年度高校毕业生、城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、城镇登记失业人员、就业困难人员）。", EVALUATION_WHO)
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第六条，职业技能评价补贴给予通过初次职业技能评价并取得符合规定证书的六类人员；按您所说，您不属于这六类人员，不能享受。" + (who.why if who.why == UNSAID_GROUPS else ""))
    if received == 0 and ctx.get("asks_whether") and not ctx.get("asks_limit") and who.ok is None:
        # “我能不能领？” the first time, none of the 六类人员 said: who the subsidy is for decides, ask it
        # (one who has had it before was found to be of them then)
        ctx.step("职业技能评价补贴的对象是取得符合规定证书的六类人员（防止返贫监测对象、毕业年度高校毕业生、城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、城镇登记失业人员、就业困难人员）。", EVALUATION_WHO)
        ctx.need("person_categories")
        return ctx.incomplete(f"按《就业补助资金管理办法》第六条，职业技能评价补贴给予通过初次职业技能评价并取得符合规定证书的六类人员（如城镇登记失业人员、就业困难人员、农村转移就业劳动者等），每人累计最多享受{fmt_number(limit.d)}次；要看您是否属于这六类人员。")
    limit_asked = bool(ctx.get("asks_limit")) and ctx.get("asks_remaining") is not True
    return ctx.result("eligible", int(limit.d) if limit_asked else left, "次", f"按《就业补助资金管理办法》第六条，职业技能评价补贴每人累计最多享受{fmt_number(limit.d)}次；{had_text(received)}，还可享受{left}次{tail}（须通过初次职业技能评价并取得符合规定的证书，不含培训合格证）。")


def internship_eligibility(ctx: Context) -> Outcome:
    """第七条: 离校2年内未就业高校毕业生 and 16-24岁登记失业青年."""
    years = ctx.p("cn.fund.internship.years_after_leaving")
    low, high = ctx.p("cn.fund.internship.youth_min_age"), ctx.p("cn.fund.internship.youth_max_age")
    ctx.step(f"就业见习补贴的人员范围为离校{fmt_number(years.d)}年内未就业高校毕业生和{fmt_number(low.d)}-{fmt_number(high.d)}岁登记失业青年。", INTERNSHIP)
    # “我30岁了，失业在家”: a graduate said of no one who describes themselves otherwise is none (closed)
    schooled = closed(ctx, has_category(ctx, "高校毕业生"))
    graduate = category_or(
        ctx,
        "离校2年内未就业高校毕业生",
        all_of(schooled, graduated_within(ctx, years), fact_is(ctx, "employed", False)),
    )
    youth = category_or(
        ctx,
        "16-24岁登记失业青年",
        all_of(between(ctx, "age", low, high), fact_is(ctx, "registered_unemployed")),
    )
    raise_at = ctx.p("cn.fund.internship.retention_raise_at")
    retention = ctx.get("retention_rate")
    if retention is not None:
        reached = ctx.compare("retention_rate", raise_at, "at_least")
        ctx.step(
            f"见习期满留用率{fmt_number(retention * 100)}%" + ("达到" if reached else "未达到") + f"{fmt_number(raise_at.d * 100)}%，" + ("可适当提高见习补贴标准。" if reached else "按一般标准。"),
            raise_at.reference,
        )
    result = any_of(graduate, youth)
    if result.ok is not True and not ctx.get("person_categories") and retention is not None:
        # a host unit asking about its retention, not a person asking whether they may intern
        return ctx.result("info", None, None, f"按《就业补助资金管理办法》第七条，见习期满留用率达到{fmt_number(raise_at.d * 100)}%以上的单位，可适当提高见习补贴标准（具体标准由省级确定）。")
    if result.ok:
        return ctx.result("eligible", None, None, "按《就业补助资金管理办法》第七条，您属于就业见习补贴的人员范围（补贴发给吸纳见习的单位，用于见习人员基本生活费、人身意外伤害保险和指导管理费用）。")
    if result.ok is None:
        _ask(ctx, result, (youth, graduate))
        return ctx.incomplete("按《就业补助资金管理办法》第七条，就业见习补贴的人员范围为离校2年内未就业高校毕业生和16-24岁登记失业青年。")
    return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第七条，就业见习补贴的人员范围为离校2年内未就业高校毕业生和16-24岁登记失业青年；按您所说的情况不在此范围。" + (UNSAID_GROUPS if schooled.why == UNSAID_GROUPS else ""))


def job_seeking(ctx: Context) -> Outcome:
    """第八条: graduating-year graduates from named hardship groups."""
    ctx.step("在毕业学年积极求职创业的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，残疾及获得国家助学贷款的高校毕业生，给予一次性求职补贴。", JOB_SEEKING)
    if ctx.get("seeking_work") is False:
        # “决定今年不找了，专心考研”: the subsidy is for those 积极求职创业 in the graduating year
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第八条，一次性求职补贴给予在毕业学年积极求职创业的困难家庭等高校毕业生；您说目前不求职，不符合条件。")
    groups = closed(ctx, has_category(ctx, "低保家庭", "零就业家庭", "防止返贫监测对象", "特困人员", "残疾", "获得国家助学贷款"), excluded_only=True)
    year = in_graduation_year(ctx)  # said, or worked out from when the person leaves school
    if year.why:
        ctx.step(f"{year.why}。", JOB_SEEKING)
    result = all_of(groups, year)
    if result.ok:
        return ctx.result("eligible", None, None, f"按《就业补助资金管理办法》第八条，毕业学年的{groups.why}高校毕业生可享受一次性求职补贴（具体标准由省级确定）。")
    if result.ok is None:
        _ask(ctx, result)
        return ctx.incomplete("按《就业补助资金管理办法》第八条，一次性求职补贴面向毕业学年的低保家庭、零就业家庭、防止返贫监测对象家庭、特困人员中的高校毕业生，以及残疾、获得国家助学贷款的高校毕业生。")
    why = "不在毕业学年" if year.ok is False else "不属于所列困难群体"
    note = UNSAID_GROUPS if year.ok is not False and groups.why == UNSAID_GROUPS else ""
    return ctx.result("not_eligible", None, None, f"按《就业补助资金管理办法》第八条，您{why}，不符合一次性求职补贴的条件。{note}")


def startup(ctx: Context) -> Outcome:
    """第九条: first business, running a year or more, for three groups."""
    years = ctx.p("cn.fund.startup.min_operating_years")
    leaving = ctx.p("cn.fund.startup.years_after_leaving")
    ctx.step("首次创办小微企业或从事个体经营、且自工商登记注册之日起正常运营1年以上的离校2年内高校毕业生、就业困难人员、返乡入乡农民工，可给予一次性创业补贴。", STARTUP)
    who, others = startup_groups(ctx, leaving)  # (离校2年内 counted to the day the business was registered)
    first = fact_is(ctx, "first_startup")
    running = at_least(ctx, "operating_years", years)
    result = all_of(who, first, running)
    if result.ok:
        return ctx.result("eligible", None, None, "按《就业补助资金管理办法》第九条，您符合一次性创业补贴的条件（具体标准由省级确定）。")
    if result.ok is False:
        reasons = []
        if who.ok is False:
            reasons.append("不属于离校2年内高校毕业生、就业困难人员或返乡入乡农民工")
        if first.ok is False:
            reasons.append("不是首次创业")
        if running.ok is False:
            reasons.append(f"正常运营未满{fmt_number(years.d)}年")
        if running.ok is False:
            ctx.step(f"须自工商登记注册之日起正常运营{fmt_number(years.d)}年以上。", years.reference)
        note = UNSAID_GROUPS if who.ok is False and others.why == UNSAID_GROUPS else ""
        return ctx.result("not_eligible", None, None, f"按《就业补助资金管理办法》第九条，您{join(reasons)}，暂不符合一次性创业补贴的条件。{note}")
    _ask(ctx, result)
    return ctx.incomplete("按《就业补助资金管理办法》第九条，一次性创业补贴要求首次创业、正常运营1年以上，且属于离校2年内高校毕业生、就业困难人员或返乡入乡农民工。")


def _ask_retirement(ctx: Context) -> None:
    """Years to retirement are retirement age − age: with the age known, ask the retirement age."""
    if ctx.get("age") is not None and ctx.get("retirement_age") is None:
        ctx.need("retirement_age")
    else:
        ctx.need("years_to_retirement")


def _gap(ctx: Context, to_retire: Decimal | None) -> str:
    """The years from first approval to retirement, said with how they were worked out when the person spoke of now
    and of the years already had (“现在还差4年”, “已经领满3年”: 7 at first approval)."""
    said = f"初次核定时距法定退休年龄{fmt_number(to_retire or 0)}年"
    received, now, age = ctx.get("years_received"), ctx.get("years_to_retirement_now"), ctx.get("age")
    if to_retire is None or ctx.get("years_to_retirement") is not None or not received:
        return said
    if now is not None:
        return f"{said}（现在还有{fmt_number(now)}年，已享受{fmt_number(received)}年）"
    if ctx.get("age_at_first_approval") is None and age is not None:
        return f"{said}（现在{age}岁，已享受{fmt_number(received)}年）"
    return said


def _period_answer(ctx: Context, years: Decimal | None, max_years, near, what: str, tail: str) -> Outcome | None:
    """The yes/no answer to “能一直领到退休吗”: yes under ``near`` years to retirement, else no."""
    if ctx.get("asks_until_retirement") is not True:
        return None
    if years is None:
        return ctx.result("eligible", "至退休", None, f"可以。按《就业补助资金管理办法》{what}，初次核定时距法定退休年龄不足{fmt_number(near.d)}年的，补贴期限可延长至退休{tail}。")
    return ctx.result("not_eligible", max_years.d, "年", f"不能延长至退休。按《就业补助资金管理办法》{what}，只有初次核定时距法定退休年龄不足{fmt_number(near.d)}年的才可延长至退休，其余人员补贴期限最长不超过{fmt_number(max_years.d)}年{tail}。")


def _years_left(ctx: Context, years: Decimal | None, what: str, reference, tail: str = "", spent_only: bool = False) -> Outcome | None:
    """“已经领了整2年了，还能再领多久”: the longest period less the years already had (``years_received``),
    when the period is a number of years (not to retirement) and what is left of it is asked.  ``spent_only``: only
    a period already had in full (“补满三年今年1月就停了…还能接着申请不”), whatever is asked — no more to have."""
    received = ctx.get("years_received")
    if years is None or received is None or (ctx.get("asks_years_left") is not True and not (spent_only and received >= years)):
        return None
    if spent_only and received >= years:
        ctx.step(f"补贴期限最长不超过{fmt_number(years)}年，已享受{fmt_number(received)}年，期限已满。", reference)
        return ctx.result("not_eligible", Decimal(0), "年", f"按《就业补助资金管理办法》{what}，补贴期限最长不超过{fmt_number(years)}年{tail}；已享受{fmt_number(received)}年，期限已满，不能再享受。")
    left = max(years - received, Decimal(0))
    ctx.step(f"补贴期限最长不超过{fmt_number(years)}年，已享受{fmt_number(received)}年，还可享受{fmt_number(years)} − {fmt_number(received)} = {fmt_number(left)}年。", reference)
    rest = f"还可再享受{fmt_number(left)}年" if left > 0 else "期限已满，不能再享受"
    return ctx.result("info", left, "年", f"按《就业补助资金管理办法》{what}，补贴期限最长不超过{fmt_number(years)}年{tail}；已享受{fmt_number(received)}年，{rest}。")


def _period_only(ctx: Context) -> bool:
    """“能补几年？”: the period is asked and no amount beside it — with “每月最多能补多少？能补多久？” the
    amount leads and the period is said beside it."""
    return ctx.get("asks_period") is True and ctx.get("asks_amount") is not True


def _whole_asked(ctx: Context) -> bool:
    """An employer's monthly contribution said and the subsidy asked — how long, or how much and not a
    month's (“最多能拿多少”): the total over the period, since the subsidy is that contribution itself."""
    return ctx.get("asks_period") is True or (ctx.get("asks_amount") is True and ctx.get("asks_per_month") is not True)


def _people_placed(ctx: Context) -> int:
    """The people a total is asked over (“安置了两个…两个人一共”), 1 when asked per person."""
    people = ctx.get("people_count")
    if ctx.get("amount_basis") == "每个" or not isinstance(people, int) or isinstance(people, bool) or people < 1:
        return 1
    return people


def _basis_unknown(ctx: Context) -> bool:
    """A total over years asked (“两年最多一共”) of a contribution said without saying whether a month's or a
    year's (a bare “一千五”): that is asked, not assumed."""
    return ctx.get("contribution_monthly") is None and ctx.get("contribution_yearly") is None and (ctx.get("period_years") is not None or bool(ctx.get("whole_period")))


# the insurances whose employer contributions 第十条（一） subsidises, as facts said itemised
_SI_ITEMS = (("pension_contribution", "养老保险费"), ("medical_contribution", "医疗保险费"), ("unemployment_contribution", "失业保险费"))


def si_difficult(ctx: Context) -> Outcome:
    """第十条（一）: employment-difficulty persons — what is subsidised and for how long.

    The period is counted from the first approval: under 5 years to the statutory
    retirement age it may run to retirement, otherwise at most 3 years.  “能一直领到
    退休吗” (``asks_until_retirement``) is answered yes or no.

    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("cn.fund.si_subsidy_difficult", {"person_categories": ["就业困难人员"],
    ...      "employment_form": "灵活就业", "contribution": 9000, "years_to_retirement": 8}, date(2025, 6, 1))
    >>> c.verdict, c.value
    ('amount', Decimal('6000.00'))
    >>> c = evaluate("cn.fund.si_subsidy_difficult", {"person_categories": ["就业困难人员"], "employment_form": "灵活就业",
    ...      "age": 56, "retirement_age": 60, "asks_until_retirement": True}, date(2025, 6, 1))
    >>> c.verdict, c.value
    ('eligible', '至退休')
    >>> c = evaluate("cn.fund.si_subsidy_difficult", {"person_categories": ["就业困难人员"], "employment_form": "单位招用",
    ...      "pension_contribution": 640, "medical_contribution": 300, "unemployment_contribution": 20, "contribution_monthly": True}, date(2025, 3, 1))
    >>> c.verdict, c.value, c.unit, c.steps[-1].text
    ('amount', Decimal('960'), '元/月', '每月养老保险费640元 + 医疗保险费300元 + 失业保险费20元 = 960元（工伤保险等其他险种和个人缴纳的部分不在补贴范围内）。')
    """
    ctx.step("社会保险补贴的人员范围包括就业困难人员和高校毕业生。", SI_SCOPE)
    who = has_category(ctx, "就业困难人员")
    if who.ok is False:
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第十条（一），此项社会保险补贴针对就业困难人员。")
    if ctx.get("asks_individual_share") is True and ctx.get("employment_form") != "灵活就业":
        # “职工自己缴的那份也算进去吗？”: the clause answers it — the employer's share only; asked beside how long
        # (“能补几年？她自己缴的那份也给补吗？”) the period is the figure, this said with it
        ctx.step("单位招用（含公益性岗位安置）的，按单位实际缴纳的基本养老、基本医疗和失业保险费给予补贴，不包括个人应缴纳的部分。", SI_DIFFICULT)
    if ctx.get("asks_individual_share") is True and ctx.get("employment_form") != "灵活就业" and ctx.get("asks_period") is not True:
        return ctx.result("not_eligible", None, None, "不能。按《就业补助资金管理办法》第十条（一），招用就业困难人员的单位按其为就业困难人员实际缴纳的基本养老保险费、基本医疗保险费和失业保险费给予补贴，不包括就业困难人员个人应缴纳的部分（即使由单位代扣代缴）。")
    max_years, near = ctx.p("cn.fund.si.max_years"), ctx.p("cn.fund.si.near_retirement_years")
    share = ctx.p("cn.fund.si.flexible_share")
    to_retire = years_to_retirement(ctx)
    if to_retire is not None:
        ctx.compare("years_to_retirement", near, "less_than", value=to_retire)  # under 5 years: to retirement
    far = to_retire is None and far_from_retirement(ctx, near.d)  # “离退休还早得很”, “还有十几年”
    # “男的，今年58了”: the age and sex said, the statutory retirement ages decide it where every birth date agrees
    law = retirement_by_law(ctx, near.d) if to_retire is None and not far else None
    far = far or law == "far"
    by_law = law == "near"
    gap = retirement_law_text(ctx, law, near.d) if law else ("离法定退休年龄还远" if far else _gap(ctx, to_retire))
    asked = ctx.get("asks_until_retirement") is True
    if who.ok is None:
        ctx.ask("person_categories")
    # “单位每月交养老640、医疗300、失业20，每个月能补多少”: the employer's contributions itemised (so the person
    # is hired, where nothing else is said) answer, whatever the period
    items = [(name, ctx.get(key)) for key, name in _SI_ITEMS if ctx.get(key) is not None]
    itemised = bool(items) and ctx.get("employment_form") in ("单位招用", None) and ctx.get("whole_period") is not True and ctx.get("period_years") is None and not asked
    if not asked and ctx.get("asks_period") is not True and not itemised:
        # (“最长能享受几年？”: the period is the same for a hired and a flexibly employed person)
        ctx.need("employment_form")
    within = ctx.get("period_years") is not None and ctx.get("period_years") <= max_years.d  # “一年能补多少”: retirement cannot matter
    # “一年缴一万二，按上限能补多少”: the yearly cap of a flexible worker does not depend on the period
    yearly = (
        ctx.get("employment_form") == "灵活就业" and ctx.get("contribution") is not None and ctx.get("whole_period") is not True
        and ctx.get("period_years") is None and not asked
    )  # fmt: skip
    whether_only = ctx.get("asks_whether") is True and who.ok is True and ctx.get("employment_form") is not None and not (
        asked or ctx.get("asks_period") or ctx.get("asks_amount") or ctx.get("whole_period") or ctx.get("period_years") is not None or itemised or ctx.get("contribution") is not None
    )
    if to_retire is None and not far and not by_law and whether_only:
        # “认定了就业困难人员，灵活就业自己交社保，这个能有补贴吗？”: whether is asked, and who the person is settles
        # it; how long turns on the age, said with it, not asked (as 第十一条)
        what = (
            f"灵活就业后缴纳社会保险费的，可给予社会保险补贴，原则上不超过实际缴费的{fmt_share(share.value)}"
            if ctx.get("employment_form") == "灵活就业"
            else "被单位招用（含公益性岗位安置）的，按单位实际缴纳的基本养老、基本医疗和失业保险费给予补贴（不含个人部分）"
        )
        return ctx.result("eligible", None, None, f"符合条件：按《就业补助资金管理办法》第十条（一），就业困难人员{what}；补贴期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休（以初次核定时年龄为准）。")
    if to_retire is None and not far and not by_law and not within and not yearly and not itemised:
        _ask_retirement(ctx)
    if ctx.missing:
        ctx.step(f"补贴期限：距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休，其余人员最长不超过{fmt_number(max_years.d)}年（以初次核定时年龄为准）；灵活就业的补贴原则上不超过实际缴费的{fmt_share(share.value)}。", max_years.reference)
        return ctx.incomplete(
            f"按《就业补助资金管理办法》第十条（一），就业困难人员社会保险补贴期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休；单位招用的按单位实际缴纳的养老、医疗、失业保险费补贴（不含个人部分），灵活就业的原则上不超过实际缴费的{fmt_share(share.value)}。"
        )
    form = ctx.get("employment_form")
    years = None if by_law else (max_years.d if far or to_retire is None else subsidy_years(to_retire, near.d, max_years.d))
    if to_retire is None and not far and not by_law:
        gap = "所问为每年的补贴上限" if yearly and not within else ("所问为单位所缴各项保险费对应的补贴" if itemised and not within else "所问期限在最长期限之内")
    # (“离退休还有3年”: to retirement is those 3 years; “差4年零3个月”: 51个月)
    retiring = span_to_retirement(to_retire) if to_retire is not None else None
    span, unit = (years, "年") if years is not None else (retiring[:2] if retiring is not None else ("至退休", None))
    if years is None:
        ctx.step(f"{gap}，不足{fmt_number(near.d)}年，补贴可延长至退休。", near.reference)
        period = f"可延长至退休（按您所说，还有{retiring[2]}）" if retiring is not None else (f"可延长至退休（{gap}）" if by_law else "可延长至退休")
    else:
        if (yearly or itemised) and to_retire is None and not far and not by_law and not within:
            period = f"最长不超过{fmt_number(max_years.d)}年（初次核定时距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休）"
            ctx.step(f"{gap}；补贴期限{period}。", max_years.reference)
        else:
            ctx.step(f"{gap}，不属于不足{fmt_number(near.d)}年的情形，补贴期限最长不超过{fmt_number(max_years.d)}年。", max_years.reference)
            period = f"最长不超过{fmt_number(max_years.d)}年"
    answer = _period_answer(ctx, years, max_years, near, "第十条（一）", f"（您{gap}）")
    if answer is not None:
        return answer
    left = _years_left(ctx, years, "第十条（一）", max_years.reference, f"（{gap}）", spent_only=not _period_only(ctx))
    if left is not None:
        return left
    # “最长能补多久、最多一共多少钱？”: the period and, with a monthly contribution said, the total over it
    monthly_said = ctx.get("contribution_monthly") is True and (ctx.get("contribution") is not None or bool(items))
    if _period_only(ctx) and not (monthly_said and total_asked(ctx)):  # “能补几年？”: the period, whatever the amount
        own = "；个人应缴纳的部分不在补贴范围内（单位招用的只补单位缴纳的养老、医疗、失业保险费）" if ctx.get("asks_individual_share") is True and form != "灵活就业" else ""
        # (said to be a person in difficulty, the period running to retirement: the extension is theirs — a verdict)
        return ctx.result("eligible" if who.ok is True and years is None else "info", span, unit, f"按《就业补助资金管理办法》第十条（一），就业困难人员社会保险补贴期限{period}{own}。")
    if form == "灵活就业":
        ctx.step(f"灵活就业后缴纳的社会保险费，补贴标准原则上不超过实际缴费的{fmt_share(share.value)}。", share.reference)
        totalled = contribution_total(ctx, share.value, years, max_years.reference if years == max_years.d else None, until_retirement=to_retire if years is None else None)
        if totalled is not None:
            total, text = totalled
            ctx.step(f"{text}。", share.reference)
            return ctx.result("amount", total, "元（上限）", f"按《就业补助资金管理办法》第十条（一），就业困难人员灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限{period}；{text}。")
        paid = ctx.get("contribution")
        if paid is not None and _basis_unknown(ctx):
            ctx.need("contribution_monthly")
            return ctx.incomplete(f"按《就业补助资金管理办法》第十条（一），就业困难人员灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限{period}；合计多少要看您说的{fmt_money(paid)}是每月还是每年缴纳的。")
        if paid is not None:
            cap = share_of(paid, share.value)
            ctx.step(f"{fmt_money(paid)} × {fmt_share(share.value)} = {fmt_money(cap)}（上限）。", share.reference)
            return ctx.result("amount", cap, "元（上限）", f"按《就业补助资金管理办法》第十条（一），就业困难人员灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，即不超过{fmt_money(cap)}；补贴期限{period}。")
        return ctx.result("info", span, unit, f"按《就业补助资金管理办法》第十条（一），就业困难人员灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限{period}。")
    ctx.step("单位招用（含公益性岗位安置）的，按单位实际缴纳的基本养老、基本医疗和失业保险费给予补贴，不包括个人应缴纳的部分。", SI_DIFFICULT)
    # “单位每月给他交养老、医疗、失业合计1050，最多一共补多少”: the employer's monthly contribution over the period
    employer_month = sum((value for _, value in items), Decimal(0)) if items else ctx.get("contribution")
    if employer_month is not None and ctx.get("contribution_monthly") is True:
        people = ctx.get("people_count") if ctx.get("amount_basis") != "每个" else None
        spanned = monthly_over_period(ctx, employer_month, "单位每月缴纳的养老、医疗、失业保险费", years, to_retire if years is None else None, people if isinstance(people, int) and people > 1 else 1)
        if spanned is not None:
            total, months, worked = spanned
            if years is not None and ctx.get("period_years") is None:
                ctx.step(f"补贴期限最长不超过{fmt_number(years)}年，按{fmt_number(months)}个月计。", max_years.reference)
            ctx.step(f"{worked}（不含个人缴纳的部分）。", SI_DIFFICULT)
            return ctx.result(
                "amount", total, "元",
                f"按《就业补助资金管理办法》第十条（一），对招用就业困难人员的单位，按其实际缴纳的基本养老、基本医疗和失业保险费给予补贴（不含个人部分），补贴期限{period}；{worked}。",
            )
    if itemised:
        total = sum((value for _, value in items), Decimal(0))
        said = " + ".join(f"{name}{fmt_money(value)}" for name, value in items)
        each = "每月" if ctx.get("contribution_monthly") else ""
        text = f"{each}{said} = {fmt_money(total)}" if len(items) > 1 else f"{each}{said}"
        ctx.step(f"{text}（工伤保险等其他险种和个人缴纳的部分不在补贴范围内）。", SI_DIFFICULT)
        return ctx.result(
            "amount", total, "元/月" if each else "元",
            f"按《就业补助资金管理办法》第十条（一），对招用就业困难人员的单位，按其实际缴纳的基本养老、基本医疗和失业保险费给予补贴（不含工伤保险等其他险种，不含个人部分）：{text}，{each}最多补贴{fmt_money(total)}；补贴期限{period}。",
        )
    return ctx.result("info", span, unit, f"按《就业补助资金管理办法》第十条（一），对招用就业困难人员并缴纳社会保险费的单位，按其实际缴纳的基本养老、基本医疗和失业保险费给予补贴（不含个人部分），补贴期限{period}。")


def si_graduates(ctx: Context) -> Outcome:
    """第十条（二）: small enterprises hiring graduates (≤1 year) and flexibly employed graduates (≤2/3, ≤2 years).

    The flexibly employed graduate's figures (the share, the longest period) are stated in 第十条（二）: that
    clause is cited first, the scope (第十条) after it.
    """
    scope = "社会保险补贴的人员范围包括就业困难人员和高校毕业生。"
    if ctx.get("employment_form") != "灵活就业":
        ctx.step(scope, SI_SCOPE)
    if not ctx.need("employment_form"):
        return ctx.incomplete("按《就业补助资金管理办法》第十条（二），小微企业招用毕业年度和离校2年内未就业高校毕业生的，给予最长1年的社会保险补贴；离校2年内未就业高校毕业生灵活就业的，补贴原则上不超过实际缴费的2/3，最长不超过2年。")
    form = ctx.get("employment_form")
    if form == "灵活就业":
        share, years = ctx.p("cn.fund.graduate_si.flexible_share"), ctx.p("cn.fund.graduate_si.flexible_max_years")
        leaving = ctx.p("cn.fund.graduate_si.years_after_leaving")
        ctx.step(f"离校{fmt_number(leaving.d)}年内未就业的高校毕业生灵活就业后缴纳的社会保险费，补贴原则上不超过实际缴费的{fmt_share(share.value)}，最长不超过{fmt_number(years.d)}年。", share.reference)
        ctx.step(scope, SI_SCOPE)
        who = category_or(ctx, ("离校2年内未就业高校毕业生", "离校2年内高校毕业生"), graduated_within(ctx, leaving))
        if who.ok is False:
            return ctx.result("not_eligible", None, None, f"按《就业补助资金管理办法》第十条（二），灵活就业社会保险补贴只针对离校{fmt_number(leaving.d)}年内未就业的高校毕业生。")
        if who.ok is None and ctx.get("asks_amount") and ctx.get("contribution_monthly") is True and ctx.get("contribution") is not None:
            # “每月交九百…总共最多能补多少”: the most it comes to does not turn on when the person left school — the figure,
            # the condition said with it (not asked)
            totalled = contribution_total(ctx, share.value, years.d, years.reference)
            if totalled is not None:
                total, text = totalled
                ctx.step(f"{text}。", share.reference)
                return ctx.result("amount", total, "元（上限）", f"按《就业补助资金管理办法》第十条（二），离校{fmt_number(leaving.d)}年内未就业高校毕业生灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年；{text}（须为离校{fmt_number(leaving.d)}年内未就业的高校毕业生）。")
        if who.ok is None:
            ctx.ask("years_since_graduation")
            return ctx.incomplete(f"按《就业补助资金管理办法》第十条（二），离校{fmt_number(leaving.d)}年内未就业的高校毕业生灵活就业的，社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年。")
        monthly_said = ctx.get("contribution_monthly") is True and ctx.get("contribution") is not None
        # “能补几年？”: the period, whatever the amount — but “能补多久，总额多少” with the month's contribution
        # said asks the total over it (as 第十条（一）)
        if _period_only(ctx) and not (monthly_said and total_asked(ctx)):
            left = _years_left(ctx, years.d, "第十条（二）", years.reference)
            if left is not None:  # “已经领了1年了，还能领多久”
                return left
            # (the person one the clause covers — left school within the window, working flexibly — the period is theirs)
            return ctx.result("eligible" if who.ok is True else "info", years.d, "年", f"按《就业补助资金管理办法》第十条（二），离校{fmt_number(leaving.d)}年内未就业高校毕业生灵活就业的社会保险补贴期限最长不超过{fmt_number(years.d)}年（补贴原则上不超过实际缴费的{fmt_share(share.value)}）。")
        paid = ctx.get("contribution")
        totalled = contribution_total(ctx, share.value, years.d, years.reference)
        if totalled is not None:
            total, text = totalled
            ctx.step(f"{text}。", share.reference)
            return ctx.result("amount", total, "元（上限）", f"按《就业补助资金管理办法》第十条（二），离校2年内未就业高校毕业生灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年；{text}。")
        if paid is not None and _basis_unknown(ctx):
            ctx.need("contribution_monthly")
            return ctx.incomplete(f"按《就业补助资金管理办法》第十条（二），离校2年内未就业高校毕业生灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年；合计多少要看您说的{fmt_money(paid)}是每月还是每年缴纳的。")
        if paid is not None:
            cap = share_of(paid, share.value)
            each = "每月" if ctx.get("contribution_monthly") is True else ("每年" if ctx.get("contribution_yearly") is True else "")
            ctx.step(f"{each}缴费{fmt_money(paid)} × {fmt_share(share.value)} = {each}{fmt_money(cap)}（上限）。", share.reference)
            return ctx.result("amount", cap, f"元{'/月' if each == '每月' else ('/年' if each == '每年' else '')}（上限）", f"按《就业补助资金管理办法》第十条（二），离校2年内未就业高校毕业生灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，即{each}不超过{fmt_money(cap)}，补贴期限最长不超过{fmt_number(years.d)}年。")
        if ctx.get("asks_whether") is True and who.ok is True:
            # “我可以申请吗？”: the person is one the clause covers — the verdict, the standard with it
            return ctx.result("eligible", None, None, f"按《就业补助资金管理办法》第十条（二），您属于离校{fmt_number(leaving.d)}年内未就业的高校毕业生，灵活就业后缴纳社会保险费的可享受社会保险补贴：原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年。")
        return ctx.result("info", years.d, "年", f"按《就业补助资金管理办法》第十条（二），离校2年内未就业高校毕业生灵活就业的社会保险补贴原则上不超过实际缴费的{fmt_share(share.value)}，补贴期限最长不超过{fmt_number(years.d)}年。")
    if form == "公益性岗位":
        return ctx.result("not_eligible", None, None, "《就业补助资金管理办法》第十条（二）规定的是小微企业招用和灵活就业两种情形；公益性岗位安置适用第十一条（就业困难人员）。")
    max_years, contract = ctx.p("cn.fund.graduate_si.enterprise_max_years"), ctx.p("cn.fund.graduate_si.min_contract_years")
    ctx.step(f"招用毕业年度和离校2年内未就业高校毕业生、签订{fmt_number(contract.d)}年以上劳动合同并缴纳社会保险费的小微企业，给予最长{fmt_number(max_years.d)}年的社会保险补贴（不含个人部分）。", SI_GRADUATES)
    size = ctx.get("employer_size")
    if size == "大型企业" or (size != "小微企业" and ctx.get("medium_or_large_enterprise") is True):
        # “不算小微企业”, “中型企业”: not a small or micro firm
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第十条（二），招用高校毕业生的社会保险补贴只给予小微企业。")
    leaving = ctx.p("cn.fund.graduate_si.years_after_leaving")
    if graduated_within(ctx, leaving).ok is False:  # “2023年6月毕业的”, asked at the end of 2026: past the window
        return ctx.result("not_eligible", None, None, f"按《就业补助资金管理办法》第十条（二），小微企业社会保险补贴针对招用毕业年度和离校{fmt_number(leaving.d)}年内未就业的高校毕业生；按您所说的毕业时间，已离校超过{fmt_number(leaving.d)}年。")
    years_ok = at_least(ctx, "contract_years", contract)
    if years_ok.ok is False:
        return ctx.result("not_eligible", None, None, f"按《就业补助资金管理办法》第十条（二），须与高校毕业生签订{fmt_number(contract.d)}年以上劳动合同。")
    if _period_only(ctx) and ctx.get("contribution") is None:
        # “小微企业招了离校两年的大学生，社保补贴能补几年”: the longest period, whatever is still to be checked
        # (as for the flexibly employed above) — the conditions said with it, nothing asked
        return ctx.result("info", max_years.d, "年", f"按《就业补助资金管理办法》第十条（二），小微企业招用毕业年度或离校{fmt_number(leaving.d)}年内未就业高校毕业生、签订{fmt_number(contract.d)}年以上劳动合同并缴纳社会保险费的，社会保险补贴期限最长{fmt_number(max_years.d)}年（不含个人应缴部分）。")
    ctx.need("employer_size")
    if years_ok.ok is None:  # a range said across the limit (“签了一两年”) is asked as a figure
        ctx.need("contract_years")
    if ctx.missing:
        return ctx.incomplete(f"按《就业补助资金管理办法》第十条（二），小微企业招用高校毕业生并签订{fmt_number(contract.d)}年以上劳动合同的，给予最长{fmt_number(max_years.d)}年的社会保险补贴。")
    paid = ctx.get("contribution")
    if paid is not None and ctx.get("contribution_monthly") is True:
        # “单位每月给每人交养老、医疗、失业一共1180，最多能补多少”: the employer's part over the longest year, per person hired
        people = next((n for n in (ctx.get("hires_count"), ctx.get("people_count")) if isinstance(n, int) and not isinstance(n, bool)), 1)
        # (“能补多久？”, then the month's contribution: the period's total answers both)
        # (“最多能拿多少”: the subsidy is the employer's contribution itself, so an amount asked, not a
        # month's, is the total over the longest period)
        spanned = monthly_over_period(ctx, paid, "单位每月缴纳的社会保险费", max_years.d, people=people if ctx.get("amount_basis") != "每个" else 1, asked=_whole_asked(ctx) or None)
        if spanned is not None:
            total, months, worked = spanned
            ctx.step(f"{worked}（不含个人应缴部分）。", SI_GRADUATES)
            return ctx.result(
                "amount", total, "元（上限）",
                f"按《就业补助资金管理办法》第十条（二），小微企业招用毕业年度或离校2年内未就业高校毕业生、签订{fmt_number(contract.d)}年以上劳动合同并缴纳社会保险费的，给予最长{fmt_number(max_years.d)}年的社会保险补贴（不含个人应缴部分）；{worked}。",
            )
    return ctx.result("eligible", max_years.d, "年", f"按《就业补助资金管理办法》第十条（二），小微企业招用毕业年度或离校2年内未就业高校毕业生、签订{fmt_number(contract.d)}年以上劳动合同并缴纳社会保险费的，给予最长{fmt_number(max_years.d)}年的社会保险补贴（不含个人应缴部分）。")


def _placed_again_step(limit: ParamValue) -> str:
    """第十一条's re-placement, as a step states it (one wording for every path of ``public_post``)."""
    return f"补贴期满后仍难以就业的大龄就业困难人员、零就业家庭中的就业困难人员、重度残疾人等，可再次安置，期限重新计算，累计安置次数不超过{fmt_number(limit.d)}次（含首次安置）"


def _placed_again(limit: ParamValue) -> str:
    """第十一条's re-placement, as an answer states it."""
    return f"按《就业补助资金管理办法》第十一条，期满后仍难以通过其他渠道就业的大龄就业困难人员、零就业家庭中的就业困难人员、重度残疾人等可再次按程序安置，累计安置次数不超过{fmt_number(limit.d)}次（含首次安置）"


def public_post(ctx: Context) -> Outcome:
    """第十一条: public-welfare posts — who, how long, how many re-placements.

    Reading of “累计安置次数不超过2次”: 累计 counts every placement, the first included — 2 in all, so one
    re-placement after the first post runs out.  (Read until round 20 as 2 re-placements, the first not
    counted; every blind reader who met the case read it as 2 in all — the README records the choice.)

    >>> from assistant.rules.registry import evaluate
    >>> facts = {"person_categories": ["就业困难人员", "零就业家庭"]}
    >>> [evaluate("cn.fund.public_welfare_post", facts | {"public_post_replacements": n}, date(2025, 6, 1)).verdict for n in (0, 1)]
    ['eligible', 'not_eligible']
    >>> [evaluate("cn.fund.public_welfare_post", facts | {"public_post_replacements": 1} | asked, date(2025, 6, 1)).value for asked in ({}, {"asks_limit": True})]
    [0, Decimal('2')]
    """
    ctx.step("公益性岗位补贴的人员范围为就业困难人员，重点是其中的大龄失业人员和零就业家庭人员。", PUBLIC_POST)
    # 大龄失业人员 and 零就业家庭人员 are named as groups *within* 就业困难人员 (“重点是其中的…”)
    who = has_category(ctx, "就业困难人员")
    if who.ok is None and has_category(ctx, "零就业家庭", "大龄失业人员").ok:
        who = replace(who, ok=True)
    if who.ok is None and (ctx.get("employment_form") == "公益性岗位" or ctx.get("public_post_replacements") is not None) and has_category(ctx, "重度残疾人").ok:
        # (“我哥重度残疾，一直在社区公益岗看车棚”: one placed on a post already, of a group the clause names for placing
        # again — placed as one of those the posts are for)
        who = replace(who, ok=True)
    if who.ok is False:
        return ctx.result("not_eligible", None, None, "按《就业补助资金管理办法》第十一条，公益性岗位补贴的人员范围为就业困难人员。")
    replacements = ctx.get("public_post_replacements")
    limit = ctx.p("cn.fund.public_post.max_replacements")
    if replacements is None and ctx.get("asks_replacement") and not ctx.get("asks_limit") and who.ok is not False:
        # “到期了还能接着安置吗”: whether one more placement is left — the placements had decide it, asked (with the
        # group, when that is open too)
        ctx.step(f"{_placed_again_step(limit)}。", PUBLIC_POST_AGAIN)
        if who.ok is None:
            ctx.ask("person_categories")
        ctx.need("public_post_replacements")
        return ctx.incomplete(f"{_placed_again(limit)}。")
    if replacements is None and ctx.get("asks_limit") and not ctx.get("asks_period") and who.ok is not False:
        # “前前后后最多能给安置几次”: the limit of placements asked (the times of a post are its placements), none had
        # told — the limit answers
        ctx.step(f"{_placed_again_step(limit)}。", PUBLIC_POST_AGAIN)
        return ctx.result("info", limit.d, "次", f"{_placed_again(limit)}。")
    amount_of_post = ctx.get("asks_amount") is True and ctx.get("min_wage") is not None and replacements is None
    placed = replacements + 1 if replacements is not None else None  # every placement, the first included
    if who.ok is None and ctx.get("asks_amount") is True and not ctx.get("asks_whether") and replacements is None and ctx.get("min_wage") is None and not ctx.get("asks_period") and not ctx.get("asks_per_month"):
        # “公益性岗位补贴怎么算”: how much, asked of the subsidy, not whether of a person — its standard answers
        # (who it is for said with it), not a question of who the person is
        max_years, near = ctx.p("cn.fund.public_post.max_years"), ctx.p("cn.fund.public_post.near_retirement_years")
        ctx.step(f"岗位补贴标准参照当地最低工资标准执行；补贴期限除距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休外，最长不超过{fmt_number(max_years.d)}年。", PUBLIC_POST_WAGE)
        return ctx.result("info", None, None, f"按《就业补助资金管理办法》第十一条，公益性岗位补贴给安置的就业困难人员，标准参照当地最低工资标准执行，即每人每月按当地最低工资标准补贴；期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休。告诉我当地最低工资标准和人数、月数，我可以算出合计。")
    if who.ok is None and not (placed is not None and remaining_times(placed, int(limit.d)) == 0) and not (ctx.get("asks_period") and replacements is None) and not amount_of_post:
        # (re-placements used up: the answer is no whatever the category; “最长能领多久”: the period
        # is answered for the group the subsidy is for, said above, and the age decides it; so is the amount
        # asked with the wage given — “当地最低工资1900，公益岗一个月补多少”: the post's, for those it places)
        ctx.ask("person_categories")
        return ctx.incomplete("按《就业补助资金管理办法》第十一条，公益性岗位补贴的人员范围为就业困难人员，重点是其中的大龄失业人员和零就业家庭人员。")
    if replacements is not None:
        ctx.compare("public_post_replacements", limit, "less_than")
        ctx.step(f"{_placed_again_step(limit)}；您已安置{placed}次。", PUBLIC_POST_AGAIN)
        left = remaining_times(placed, int(limit.d))
        # “累计最多能安置几次？”: the limit asked (not what is left of it, unless that is asked too)
        limit_asked = ctx.get("asks_limit") is True and ctx.get("asks_remaining") is not True
        if left == 0:
            return ctx.result("not_eligible", limit.d if limit_asked else 0, "次", f"按《就业补助资金管理办法》第十一条，公益性岗位累计安置次数不超过{fmt_number(limit.d)}次（含首次安置）；您已安置{placed}次，不能再次安置。")
        return ctx.result("eligible", limit.d if limit_asked else left, "次", f"{_placed_again(limit)}；您已安置{placed}次，还可再次安置{left}次（岗位补贴和社会保险补贴期限重新计算）。")
    max_years, near = ctx.p("cn.fund.public_post.max_years"), ctx.p("cn.fund.public_post.near_retirement_years")
    ctx.step(f"岗位补贴标准参照当地最低工资标准执行；补贴期限除距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休外，最长不超过{fmt_number(max_years.d)}年。", PUBLIC_POST_WAGE)
    to_retire = years_to_retirement(ctx)
    if to_retire is not None:
        ctx.compare("years_to_retirement", near, "less_than", value=to_retire)  # under 5 years: to retirement
    far = to_retire is None and far_from_retirement(ctx, near.d)  # “离退休还早得很”, “还有十几年”
    law = retirement_by_law(ctx, near.d) if to_retire is None and not far else None  # “男的，今年58了”
    far = far or law == "far"
    by_law = law == "near"
    gap = retirement_law_text(ctx, law, near.d) if law else ("离法定退休年龄还远" if far else _gap(ctx, to_retire))
    monthly = ctx.get("min_wage")
    spanned = period_total(ctx, monthly, max_years.d) if monthly is not None and not _period_only(ctx) else None
    if spanned is not None:
        # “最低工资两千一一个月，干满一年一共多少”: a span within the longest period, whatever the age
        total, worked = spanned
        ctx.step(f"所问{fmt_number(ctx.get('period_years'))}年在最长期限{fmt_number(max_years.d)}年之内；岗位补贴参照当地最低工资标准：{worked}。", PUBLIC_POST_WAGE)
        return ctx.result(
            "amount", total, "元",
            f"按《就业补助资金管理办法》第十一条，公益性岗位补贴参照当地最低工资标准，每人每月{fmt_money(monthly)}；{worked}"
            f"（期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休）。",
        )
    asked_span = ctx.get("period_years") is not None  # longer than the longest period: it depends on the age
    if to_retire is None and not far and not by_law and monthly is not None and not _period_only(ctx) and not ctx.get("whole_period") and not asked_span:
        # “当地最低工资一千九，这3个人每个月岗位补贴一共多少？”: the month's figure needs no period
        people = ctx.get("people_count") or 1
        total = monthly * people
        worked = f"{fmt_money(monthly)}/月" + (f" × {people}人 = {fmt_money(total)}/月" if people > 1 else "")
        ctx.step(f"岗位补贴参照当地最低工资标准：{worked}。", PUBLIC_POST_WAGE)
        return ctx.result(
            "amount", total, "元/月",
            f"按《就业补助资金管理办法》第十一条，公益性岗位补贴参照当地最低工资标准，每人每月{fmt_money(monthly)}"
            + (f"，{people}人每月合计{fmt_money(total)}" if people > 1 else "")
            + f"；期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休。",
        )
    if monthly is None and ctx.get("asks_per_month") is True and not _period_only(ctx) and not ctx.get("whole_period") and not asked_span:
        # “公益岗一个月补多少”: the month's figure is the local minimum wage — that is asked, not the age
        ctx.ask("min_wage")
        return ctx.incomplete(f"按《就业补助资金管理办法》第十一条，公益性岗位补贴标准参照当地最低工资标准执行，即每人每月按当地最低工资标准补贴；期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休。")
    asked_whether_only = ctx.get("asks_whether") is True and who.ok is True and not (
        ctx.get("asks_period") or ctx.get("asks_amount") or ctx.get("whole_period") or asked_span
        or ctx.get("asks_until_retirement") or ctx.get("asks_years_left") or ctx.get("years_received") is not None or ctx.get("age_at_first_approval") is not None
    )  # (not “三年到期以后还能一直领到退休吗”: the period is what is asked)
    if to_retire is None and not far and not by_law and asked_whether_only:
        # “认定了就业困难人员，社区安排我去搞保洁，说是公益性岗位…我能享受吗”: whether is asked, and who the person is
        # settles it; how long turns on the age, said with it, not asked
        return ctx.result("eligible", None, None, f"符合条件：按《就业补助资金管理办法》第十一条，公益性岗位补贴的人员范围为就业困难人员，您可以享受；补贴标准参照当地最低工资标准，期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休。")
    if to_retire is None and not far and not by_law:
        _ask_retirement(ctx)
        return ctx.incomplete(f"按《就业补助资金管理办法》第十一条，公益性岗位补贴标准参照当地最低工资标准，期限最长不超过{fmt_number(max_years.d)}年，距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休。")
    years = None if by_law else (max_years.d if far else subsidy_years(to_retire, near.d, max_years.d))
    answer = _period_answer(ctx, years, max_years, near, "第十一条", f"（您{gap}）")
    if answer is not None:
        ctx.step(f"{gap}。", near.reference if years is None else max_years.reference)
        return answer
    # (no spent period here: 第十一条 lets some be placed again once it has run out)
    left = _years_left(ctx, years, "第十一条", max_years.reference, f"（{gap}）") if _period_only(ctx) else None
    if left is not None:
        return left
    wage = ctx.get("min_wage")
    wage_text = f"（当地最低工资标准{fmt_money(wage)}/月）" if wage is not None else ""
    if years is None:
        ctx.step(f"{gap}，不足{fmt_number(near.d)}年，可延长至退休。", near.reference)
        # (the month's standard said by the person, an amount asked is the period's: “按上限最多能领多少钱”)
        spanned = monthly_over_period(ctx, wage, "当地最低工资标准", None, to_retire, people=_people_placed(ctx), asked=ctx.get("asks_amount") is True or None) if wage is not None and to_retire is not None else None
        if spanned is not None and ctx.get("period_years") is None:
            # “离退休还差4年零3个月，最低工资1950，最多一共能发多少”: the wage over the months to retirement
            total, months, worked = spanned
            ctx.step(f"岗位补贴参照当地最低工资标准：{worked}。", PUBLIC_POST_WAGE)
            return ctx.result(
                "amount", total, "元",
                f"按《就业补助资金管理办法》第十一条，公益性岗位补贴参照当地最低工资标准{fmt_money(wage)}/月；初次核定时距法定退休年龄不足{fmt_number(near.d)}年的可延长至退休（至退休共{fmt_number(months)}个月），最多合计：{worked}。",
            )
        # (one placed on a post, or said to be of the people it is for: the extension to retirement is theirs — a verdict)
        theirs = "eligible" if who.ok is True or ctx.get("employment_form") == "公益性岗位" else "info"
        if to_retire is not None:  # “离退休还差4年”: to retirement is those 4 years (as 第十条（一）)
            value, unit, words = span_to_retirement(to_retire)
            return ctx.result(theirs, value, unit, f"按《就业补助资金管理办法》第十一条，您初次核定时距法定退休年龄不足{fmt_number(near.d)}年，公益性岗位补贴可延长至退休（按您所说，还有{words}）；补贴标准参照当地最低工资标准{wage_text}。")
        said = f"您{gap}。公益性岗位补贴可延长至退休" if by_law else f"您初次核定时距法定退休年龄不足{fmt_number(near.d)}年，公益性岗位补贴可延长至退休"
        return ctx.result(theirs, "至退休", None, f"按《就业补助资金管理办法》第十一条，{said}；补贴标准参照当地最低工资标准{wage_text}。")
    ctx.step(f"{gap}，补贴期限最长不超过{fmt_number(max_years.d)}年。", max_years.reference)
    if wage is not None and (ctx.get("amount_basis") == "合计" or ctx.get("whole_period") or ctx.get("asks_amount") is True):
        # “最低工资按一千九算，按最长期限一共能补多少”: the monthly standard over the whole period, times the people placed
        spanned = monthly_over_period(ctx, wage, "当地最低工资标准", years, people=_people_placed(ctx), asked=True)
        if spanned is not None:
            total, months, worked = spanned
            ctx.step(f"{worked}。", PUBLIC_POST_WAGE)
            return ctx.result(
                "amount",
                total,
                "元",
                f"按《就业补助资金管理办法》第十一条，公益性岗位补贴参照当地最低工资标准{fmt_money(wage)}/月，期限最长不超过{fmt_number(max_years.d)}年（{gap}）；{worked}。",
            )
    return ctx.result("info", years, "年", f"按《就业补助资金管理办法》第十一条，公益性岗位补贴期限最长不超过{fmt_number(max_years.d)}年；补贴标准参照当地最低工资标准{wage_text}。")


def _ask(ctx: Context, result: Check, paths: tuple[Check, ...] = ()) -> None:
    """Ask the most decisive question: the one fact a path still lacks, else the person's category
    (one question covers most paths).

    ``ask``, not ``need``: categories are open-world, so a known but incomplete
    list is still asked about.
    """
    for path in paths:
        if path.ok is None and len(path.missing) == 1 and path.missing[0] != "person_categories":
            # “我20岁…”: only the 失业登记 is missing for the youth path — that, not the category
            ctx.ask(path.missing[0])
            return
    keys = ["person_categories"] if "person_categories" in result.missing else []
    keys += [k for k in result.missing if k not in ("person_categories", "years_since_graduation", "age", "employed", "registered_unemployed")]
    ctx.ask(*(keys or result.missing))


def _rule(id: str, title: str, topic: str, citations, formula, inputs, parameters=(), selector=(), reading="", bars=(STAFF_BAR,)) -> Rule:
    """A rule of this 办法; every one of its subsidies is barred to staff on the establishment (第十六条)."""
    return Rule(
        id=id,
        title=title,
        region=REGION,
        topic=topic,
        citations=tuple(citations),
        formula=formula,
        parameters=tuple(parameters),
        selector=tuple(selector),
        caveats=(CENTRAL_PERIOD,),
        reading=reading,
        bars=tuple(bars),
        inputs=tuple(dict.fromkeys((*inputs, *(b.fact for b in bars)))),
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "cn.fund.training_subsidy_times", "职业培训补贴享受次数", "training_subsidy_times", (TRAINING,), training_times,
        ("times_received", "skill_level", "target_skill", "same_occupation", "asks_limit", "asks_remaining", "counts_this_one"), ("cn.fund.training.max_times",),
    ),
    _rule(
        "cn.fund.evaluation_subsidy",
        "职业技能评价补贴享受次数",
        "evaluation_subsidy",
        (EVALUATION, EVALUATION_WHO),
        evaluation_subsidy,
        ("times_received", "received_before", "same_occupation_received", "same_occupation", "skill_level", "target_skill", "asks_limit", "asks_remaining", "counts_this_one", "asks_whether", "person_categories", "excluded_categories", "occupations", "certificate_obtained", "amount_basis"),
        ("cn.fund.evaluation.max_times",),
        bars=(STAFF_BAR, TRAINING_CERTIFICATE_BAR),
        reading="“同一职业（工种）不得重复享受”按职业（工种）计，不论等级：已就电工享受过的，再评电工更高等级也不再享受。已有同一职业（工种）更高等级证书的，再取低等级证书不能再申领补贴（人社部发〔2024〕5号四、（十二））。",
    ),
    _rule(
        "cn.fund.internship_eligibility",
        "就业见习补贴的人员范围",
        "internship_eligibility",
        (INTERNSHIP,),
        internship_eligibility,
        ("person_categories", "excluded_categories", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "employed", "age", "registered_unemployed", "retention_rate"),
        ("cn.fund.internship.years_after_leaving", "cn.fund.internship.youth_min_age", "cn.fund.internship.youth_max_age", "cn.fund.internship.retention_raise_at"),
        reading="第七条“留用率达到50%以上”含50%（山西省文件写“高于50%”，不含）。",
    ),
    _rule(
        "cn.fund.job_seeking_subsidy",
        "一次性求职补贴的人员范围",
        "job_seeking_subsidy",
        (JOB_SEEKING,),
        job_seeking,
        ("person_categories", "excluded_categories", "in_graduation_year", "graduation_year", "graduation_years_ago", "graduation_month", "seeking_work"),
        reading="毕业学年按学年（9月1日至次年8月31日）计：明年6月毕业的，今年9月起即处于毕业学年。人员类别按“开放”理解：只说是应届高校毕业生、未说家庭情况的，追问是否属于低保、零就业等家庭，而不是判定不符合。",
    ),
    _rule(
        "cn.fund.startup_subsidy",
        "一次性创业补贴的条件",
        "startup_subsidy",
        (STARTUP,),
        startup,
        ("person_categories", "excluded_categories", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "first_startup", "operating_years", "registration_date"),
        ("cn.fund.startup.min_operating_years", "cn.fund.startup.years_after_leaving"),
        reading="“正常运营1年以上”含满1年；“离校2年内”按登记注册时计（与四川省一、（五）同），未说注册日期的按所问日期计。",
    ),
    _rule(
        "cn.fund.si_subsidy_difficult",
        "就业困难人员社会保险补贴",
        "social_insurance_subsidy",
        (SI_SCOPE, SI_DIFFICULT, Clause(DOC, "第十条（一）", "就业困难人员社会保险补贴期限，除对距法定退休年龄不足5年的就业困难人员可延长至退休外，其余人员最长不超过3年")),
        si_difficult,
        ("person_categories", "excluded_categories", "employment_form", "years_to_retirement", "far_from_retirement", "age", "age_at_first_approval", "years_received", "years_to_retirement_now", "retirement_age", "sex", "asks_until_retirement", "asks_whether", "contribution", "contribution_monthly", "contribution_yearly", "period_years", "whole_period", "asks_period", "asks_amount", "pension_contribution", "medical_contribution", "unemployment_contribution", "asks_years_left", "asks_individual_share"),
        ("cn.fund.si.max_years", "cn.fund.si.near_retirement_years", "cn.fund.si.flexible_share"),
        selector=(("person_categories", "就业困难人员"),),
        reading="“不足5年”不含5年：恰为5年的按最长3年计。距退休年数按初次核定时年龄计（法定退休年龄−年龄）；问“能否领到退休”时直接答能或不能。补贴上限按实际缴费×2/3向下取整到分。",
    ),
    _rule(
        "cn.fund.si_subsidy_graduates",
        "高校毕业生社会保险补贴",
        "social_insurance_subsidy",
        (SI_SCOPE, SI_GRADUATES, Clause(DOC, "第十条（二）", "补贴标准原则上不超过其实际缴费的2/3，补贴期限最长不超过2年")),
        si_graduates,
        ("employment_form", "employer_size", "medium_or_large_enterprise", "contract_years", "contribution", "contribution_monthly", "contribution_yearly", "period_years", "whole_period", "person_categories", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "asks_period", "asks_amount", "years_received", "asks_years_left", "asks_per_month"),
        (
            "cn.fund.graduate_si.enterprise_max_years",
            "cn.fund.graduate_si.min_contract_years",
            "cn.fund.graduate_si.years_after_leaving",
            "cn.fund.graduate_si.flexible_share",
            "cn.fund.graduate_si.flexible_max_years",
        ),
        # a person who says when they left school (“离校不到一年”) is asking as a graduate
        selector=(*(("person_categories", c) for c in GRADUATE_CATEGORIES), *((k, "*") for k in ("years_since_graduation", "graduation_year", "graduation_years_ago"))),
    ),
    _rule(
        "cn.fund.public_welfare_post",
        "公益性岗位补贴的人员、期限与再次安置",
        "public_welfare_post",
        (PUBLIC_POST, PUBLIC_POST_WAGE, PUBLIC_POST_AGAIN),
        public_post,
        ("person_categories", "excluded_categories", "years_to_retirement", "far_from_retirement", "age", "age_at_first_approval", "years_received", "years_to_retirement_now", "retirement_age", "sex", "asks_until_retirement", "public_post_replacements", "asks_replacement", "min_wage", "amount_basis", "whole_period", "period_years", "people_count", "asks_period", "asks_amount", "asks_years_left", "asks_limit", "asks_remaining", "asks_whether"),
        ("cn.fund.public_post.max_years", "cn.fund.public_post.near_retirement_years", "cn.fund.public_post.max_replacements"),
        reading="“累计安置次数不超过2次”读作含首次安置在内累计不超过2次（期满后可再次安置1次）；另一读法（首次不计、可再次安置2次）较宽。",
    ),
)

