"""河南省关于加强和改进技能人才队伍建设的若干措施（ha-2023-8075c7，豫人社办〔2023〕102号）.

- 三、（七）：技能人员破格申报副高级、正高级职称的条件；
- 六、（十三）：新获“中华技能大奖”“全国技术能手”在国家奖励基础上增5万元、2万元；
- 四、（八）：“中华技能大奖”或世赛奖牌获得者可破格直接晋升特级技师；
- 二、（四）：全日制技工院校高级工班、预备技师（技师）班学生分别参照大专、本科学历待遇；
- 六、（十五）：企业聘用的特级技师比照正高级职称人员，首席技师参照高级管理人员。
"""

from __future__ import annotations

from assistant.rules.base import Clause, Context, Outcome, ParamValue, Rule, fmt_money, fmt_number
from assistant.rules.relations import relate
from assistant.rules.common import Check, all_of, degree_verdict, join, near_misses, treatment_in_post, years_at_least
from assistant.rules.inputs import NO_SKILL_LEVEL, skill_rank

DOC = "ha-2023-8075c7"
REGION = "河南省"

DEPUTY = Clause(DOC, "三、（七）", "符合下列条件之一的技能人员可不受学历、资历、年限等限制，破格申报副高级职称")
DEPUTY_SKILL = Clause(DOC, "三、（七）", "取得高级技师职业资格或职业技能等级证书，在岗且从事本职业工作满4年")
DEPUTY_AWARD = Clause(DOC, "三、（七）", "在岗且从事本职业的“全国技术能手”“中原技能大奖”获得者")
DEPUTY_ALLOWANCE = Clause(DOC, "三、（七）", "省级以上政府特贴获得者")
DEPUTY_WORLD = Clause(DOC, "三、（七）", "世赛金银铜牌获得者（含指导教练）")
DEPUTY_NATIONAL = Clause(DOC, "三、（七）", "国赛金牌获得者（含指导教练）")
FULL = Clause(DOC, "三、（七）", "符合下列条件之一的技能人员可不受学历、资历、年限等限制，破格申报正高级职称")
FULL_LEVEL = Clause(DOC, "三、（七）", "在岗且从事本职业的我省特级技师、首席技师")
FULL_AWARD = Clause(DOC, "三、（七）", "在岗且从事本职业的“中华技能大奖”或世赛金牌获得者")
FULL_YEARS = Clause(DOC, "三、（七）", "在岗且从事本业工作满18年，获得“全国技术能手”“中原技能大奖”或省级以上政府特贴的高级技师")

ALLOWANCES = ("国务院政府特殊津贴", "省级政府特殊津贴")


UNSAID_AWARDS = "您没有提到获得所列奖项或称号，按没有计算；如获得过，请告诉我。"


def _has(ctx: Context, names: tuple[str, ...], *, unspecified_allowance: bool = False, standalone: bool = False, coached: bool = False) -> Check:
    """Whether the person holds one of ``names``.

    ``standalone``: the award is a route of its own (“国赛金牌获得者”), not a condition
    added to the person's own route.  Awards are rare and people say them when they
    have them, so an award route the person did not speak to is taken as not held —
    the answer says so — rather than asked about before the route they described.
    ``coached``: the clause counts the coach of a winner (“世赛金银铜牌获得者（含指导教练）”):
    a medal won by the person's student (``coached_awards``) is held too.
    """
    if coached:
        won = [a for a in names if a in (ctx.get("coached_awards") or ())]
        if won:
            return Check(True, (), "指导教练：所指导选手获" + join(won))
    awards = ctx.get("awards")
    denied = ctx.get("awards_not_held") or frozenset()
    if awards is None and denied and all(_said_not_held(name, denied) for name in names):
        # “全国技术能手、中原技能大奖、特贴这些都没有”: every award the route names is said not held
        return Check(False, (), "无所列奖项")
    if awards is None:
        return Check(False, (), UNSAID_AWARDS) if standalone else Check(None, ("awards",))
    held = [a for a in names if a in awards]
    if held:
        return Check(True, (), join(held))
    if unspecified_allowance and "政府特殊津贴（级别未明）" in awards:
        return Check(None, ("awards",))
    return Check(False, (), "无所列奖项")


def _said_not_held(name: str, denied: frozenset[str]) -> bool:
    """An award said not held: by its name, or, for a 政府特贴 of a level, by 特贴 said without one.

    >>> _said_not_held("省级政府特殊津贴", frozenset({"政府特殊津贴（级别未明）"})), _said_not_held("全国技术能手", frozenset({"中原技能大奖"}))
    (True, False)
    """
    return name in denied or (name in ALLOWANCES and "政府特殊津贴（级别未明）" in denied)


def _in_post(ctx: Context) -> Check:
    value = ctx.get("in_post")
    return Check(None, ("in_post",)) if value is None else Check(value, (), "不在岗" if not value else "")


def _level_at_least(ctx: Context, level: str) -> Check:
    skill = ctx.get("skill_level")
    if skill is None:
        return Check(None, ("skill_level",))
    return Check(skill_rank(skill) >= skill_rank(level))


def _years(ctx: Context, minimum: ParamValue) -> Check:
    """在岗且从事本职业工作满N年 (the 18-year route): years in the occupation."""
    ok = years_at_least(ctx, "years_in_occupation", minimum, lower="years_since_level")
    return Check(ok, ("years_in_occupation",) if ok is None else ())


def _years_with_level(ctx: Context, minimum: ParamValue) -> Check:
    """取得高级技师证书，在岗且从事本职业工作满4年.

    The years since the certificate decide when the person gave them (“证拿了3年”:
    short, as the sibling rules of the other provinces count it, “获得高级技师…后，
    从事…满4年”), whatever years in the trade are said beside them; otherwise the years
    in post in the occupation (“高级技师，在岗干了6年”), with the years since the level as
    their lower bound.
    """
    said = ctx.get("years_since_level") is not None or ctx.span("years_since_level") is not None
    dated = any(ctx.get(k) is not None for k in ("level_obtained_date", "level_obtained_year", "level_obtained_years_ago"))
    unsaid_in_post = ctx.get("years_in_occupation") is None and ctx.span("years_in_occupation") is None
    if said or (dated and unsaid_in_post):
        # (both said — “焊了十几年…高级技师证拿到手两年半”: the years since the certificate, the shorter, decide)
        # “2023年5月拿的”: the years since the certificate, counted to the day evaluated at
        ok = years_at_least(ctx, "years_since_level", minimum)
        if ok is not None or said:
            return Check(ok, () if ok is not None else ("years_since_level",))
    ok = years_at_least(ctx, "years_in_occupation", minimum, lower="years_since_level")
    return Check(ok, ("years_since_level",) if ok is None else ())


def _deputy_paths(ctx: Context) -> list[tuple[Check, Clause, str]]:
    years = ctx.p("ha.exceptional_title.deputy_senior.min_years")
    return [
        (all_of(_level_at_least(ctx, "高级技师"), _in_post(ctx), _years_with_level(ctx, years)), DEPUTY_SKILL, f"取得高级技师且在岗从事本职业满{fmt_number(years.d)}年"),
        (all_of(_has(ctx, ("全国技术能手", "中原技能大奖"), standalone=True), _in_post(ctx)), DEPUTY_AWARD, "在岗从事本职业的“全国技术能手”或“中原技能大奖”获得者"),
        (_has(ctx, ALLOWANCES, unspecified_allowance=True, standalone=True), DEPUTY_ALLOWANCE, "省级以上政府特贴获得者"),
        (_has(ctx, ("世赛金牌", "世赛银牌", "世赛铜牌"), standalone=True, coached=True), DEPUTY_WORLD, "世赛金银铜牌获得者（含指导教练）"),
        (_has(ctx, ("国赛金牌",), standalone=True, coached=True), DEPUTY_NATIONAL, "国赛金牌获得者（含指导教练）"),
    ]


def _full_paths(ctx: Context) -> list[tuple[Check, Clause, str]]:
    years = ctx.p("ha.exceptional_title.full_senior.min_years")
    return [
        (all_of(_in_post(ctx), _level_at_least(ctx, "特级技师")), FULL_LEVEL, "在岗从事本职业的特级技师、首席技师"),
        (all_of(_has(ctx, ("中华技能大奖", "世赛金牌"), standalone=True), _in_post(ctx)), FULL_AWARD, "在岗从事本职业的“中华技能大奖”或世赛金牌获得者"),
        (
            all_of(
                _in_post(ctx),
                _level_at_least(ctx, "高级技师"),
                _years(ctx, years),
                _has(ctx, ("全国技术能手", "中原技能大奖", *ALLOWANCES), unspecified_allowance=True),
            ),
            FULL_YEARS,
            f"在岗从事本业满{fmt_number(years.d)}年、获得“全国技术能手”“中原技能大奖”或省级以上政府特贴的高级技师",
        ),
    ]


def _any(paths: list[tuple[Check, Clause, str]]) -> tuple[bool | None, tuple[Check, Clause, str] | None, tuple[str, ...]]:
    for path in paths:
        if path[0].ok is True:
            return True, path, ()
    # the route nearest a verdict asked first (“全国技术能手，副高能不能直接报”: the award's route needs only 在岗, not
    # the level the 高级技师 route would ask)
    open_paths = sorted((c for c, _, _ in paths if c.ok is None), key=lambda c: len(c.missing))
    missing = tuple(dict.fromkeys(k for c in open_paths for k in c.missing))
    return (None, None, missing) if missing else (False, None, ())


def title_exceptional(ctx: Context) -> Outcome:
    """三、（七）: 破格申报副高级 / 正高级职称 (any one condition of the list suffices).

    Reading: “取得高级技师…证书，在岗且从事本职业工作满4年” counts from the
    certificate (years in the occupation bound it from above); “满18年” counts years in
    the occupation.  Award routes the person did not speak to are taken as not held and
    said so (``_has``, ``standalone``).  “我省特级技师、首席技师” is read as a level held; a 特级
    or 首席技师 also counts as holding 高级技师.  An unspecified 政府特贴 is asked about.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("ha.title_exceptional", {"skill_level": "高级技师", "in_post": True,
    ...          "years_since_level": 4, "awards": []}, date(2026, 11, 21)).value
    '副高级'

    A prize said won at a competition but not which (“世赛回来说拿了奖”) is asked, not taken as none:

    >>> c = evaluate("ha.title_exceptional", {"skill_level": "高级工", "in_post": True, "target_title": "副高级", "competition_placed": True}, date(2026, 11, 21))
    >>> c.verdict, c.missing
    ('need_more_info', ('awards',))
    """
    target = ctx.get("target_title")
    target = "副高级" if target == "高级" else target
    if target in ("员级", "助理级", "初级", "中级"):
        ctx.step("该条只规定技能人员破格申报副高级和正高级职称。", DEPUTY)
        return ctx.result("not_eligible", None, None, f"河南省该条只规定技能人员破格申报副高级、正高级职称，未规定{target}职称。")
    wanted = (target,) if target in ("副高级", "正高级") else ("正高级", "副高级")
    results: dict[str, tuple[bool | None, tuple[Check, Clause, str] | None, tuple[str, ...]]] = {}
    for title in wanted:
        results[title] = _any(_full_paths(ctx) if title == "正高级" else _deputy_paths(ctx))
    for title in wanted:
        ok, path, _ = results[title]
        if ok:
            check, clause, label = path
            head = FULL if title == "正高级" else DEPUTY
            ctx.step(f"符合下列条件之一的技能人员可不受学历、资历、年限等限制，破格申报{title}职称。", head)
            ctx.step(f"您属于：{label}" + (f"（{check.why}）" if check.why else "") + "。", clause)
            extra = ""
            if title == "副高级" and "正高级" in results and results["正高级"][0] is None:
                extra = "如需判断能否破格申报正高级职称，" + "".join(ctx.question(k) for k in results["正高级"][2])
            return ctx.result("eligible", title, None, f"符合条件：按河南省规定，{label}可不受学历、资历、年限等限制，破格申报{title}职称。{extra}")
    # none proven
    undecided = [t for t in wanted if results[t][0] is None]
    answered = _answered_on_the_award(ctx, wanted, undecided)
    if answered is not None:
        return answered
    if undecided:
        title = undecided[-1]  # ask first about the lower title (副高级) when both are open
        ctx.ask(*results[title][2])
        ctx.step(f"破格申报{title}职称须符合所列条件之一。", FULL if title == "正高级" else DEPUTY)
        routes = "；".join(label for _, _, label in (_full_paths(ctx) if title == "正高级" else _deputy_paths(ctx)))
        return ctx.incomplete(f"按河南省规定，符合下列条件之一的技能人员可破格申报{title}职称：{routes}。")
    title = wanted[-1]
    ctx.step(f"所列破格申报{join(wanted)}职称的条件均不符合。", FULL if title == "正高级" else DEPUTY)
    if target is None:
        summary = "按河南省规定，您目前不符合破格申报副高级或正高级职称的条件（如高级技师在岗从事本职业满4年，或获得全国技术能手、中原技能大奖、省级以上政府特贴、世赛奖牌、国赛金牌等）。"
    else:
        # (the routes said with the no: “要在本行干满多少年才行？我现在干了15年” reads its 18 years there)
        routes = "；".join(label for _, _, label in (_full_paths(ctx) if title == "正高级" else _deputy_paths(ctx)))
        summary = f"按河南省规定，您目前不符合破格申报{title}职称的条件（须符合下列之一：{routes}）。"
    if ctx.get("awards") is None and ctx.get("competition_placed") is True:
        # “世赛回来说拿了奖”: a prize said won but not which — whether it is a listed medal decides
        ctx.ask("awards")
        return ctx.incomplete(f"按河南省规定，世赛金银铜牌获得者（含指导教练）、国赛金牌获得者（含指导教练）等可破格申报{title}职称；要看所获的是哪一种奖（如世赛优胜奖、国赛银牌不在所列之中）。")
    if ctx.get("awards") is None:
        summary += UNSAID_AWARDS
    return ctx.result("not_eligible", None, None, summary)


_AWARD_CLAUSES = {"国赛金牌": DEPUTY_NATIONAL, "世赛金牌": DEPUTY_WORLD, "世赛银牌": DEPUTY_WORLD, "世赛铜牌": DEPUTY_WORLD, "全国技术能手": DEPUTY_AWARD}


def _answered_on_the_award(ctx: Context, wanted: tuple[str, ...], undecided: list[str]) -> Outcome | None:
    """“之前拿过国赛银牌，其他称号都没有，能破格申报副高吗”: the person rests the question on an award
    said in place of a listed one (declared ``near``: 国赛银牌 for 国赛金牌).  That condition is
    answered — not met — and the routes through a 技能等级 the person never mentioned are said as
    what would change the verdict, not asked one by one.  None when the person said their level
    (that route is theirs to be asked about) or holds a listed award.
    """
    if ctx.get("skill_level") is not None or not undecided:
        return None
    listed = tuple(_AWARD_CLAUSES)
    coached = tuple(a for a in listed if a != "全国技术能手")  # the clauses that count the coach (含指导教练)
    misses = near_misses(ctx, "awards", listed)
    # (“我带的学生在国赛上拿了银牌…我这个能算吗”: the medal of the student coached, in place of a listed one)
    coached_misses = near_misses(ctx, "coached_awards", coached) if not misses else []
    if not (misses or coached_misses) or any(a in (ctx.get("awards") or ()) for a in listed) or any(a in (ctx.get("coached_awards") or ()) for a in coached):
        return None
    said, instead = (misses or coached_misses)[0]
    whose = "您所说的" if misses else "您指导的选手所获"
    years = ctx.p("ha.exceptional_title.deputy_senior.min_years")
    title = wanted[-1]
    ctx.step(f"所列条件是{instead}获得者，{said}不在所列条件之中。", _AWARD_CLAUSES[instead])
    return ctx.result(
        "not_eligible",
        None,
        None,
        f"按河南省规定，{whose}{said}不在破格申报{title}职称所列的条件之中（所列为{instead}等{'，含指导教练' if not misses else ''}）；按您所说的情况不符合破格申报条件。"
        f"如您已取得高级技师证书且在岗从事本职业满{fmt_number(years.d)}年，可按该条件破格申报副高级职称。",
    )


BONUS = Clause(DOC, "六、（十三）", "对我省经评选新获“中华技能大奖”和“全国技术能手”称号人员（含中央驻豫单位）在国家奖励基础上分别增5万元、2万元奖励")
_BONUS_PARAMS = (("中华技能大奖", "ha.award_bonus.china_skill_award"), ("全国技术能手", "ha.award_bonus.national_technical_expert"))


def award_bonus(ctx: Context) -> Outcome:
    """六、（十三）: the provincial bonus on top of the national award.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("ha.award_bonus", {"awards": ["中华技能大奖"]}, date(2026, 11, 21)).value
    Decimal('50000')
    >>> evaluate("ha.award_bonus", {"awards": ["中华技能大奖", "全国技术能手"], "award_counts": {"中华技能大奖": 1, "全国技术能手": 3}}, date(2026, 11, 21)).value
    Decimal('110000')
    >>> c = evaluate("ha.award_bonus", {"awards": ["中华技能大奖", "全国技术能手", "省技术能手"], "award_counts": {"中华技能大奖": 1, "全国技术能手": 2}, "amount_basis": "合计"}, date(2026, 11, 21))
    >>> c.value, c.steps[-1].text
    (Decimal('90000'), '“省技术能手”不属于“中华技能大奖”“全国技术能手”，不在增发奖励范围内。')
    >>> [evaluate("ha.award_bonus", {"awards": ["全国技术能手"], **said}, date(2025, 3, 1)).verdict for said in ({"award_year": 2022}, {"award_year": 2024}, {"award_years_ago": 1})]
    ['not_eligible', 'amount', 'amount']
    """
    if not ctx.need("awards"):
        ctx.step("新获“中华技能大奖”“全国技术能手”称号的，在国家奖励基础上分别增5万元、2万元奖励。", BONUS)
        return ctx.incomplete()
    awards = ctx.get("awards")
    counts = dict(ctx.get("award_counts") or ())
    # “老张2022年评上的全国技术能手”: an award won in a year before this measure took effect is not 新获 under it
    # (the year said relative to now, “今年拿了…”, is said in the person's own clause: it comes first)
    year = ctx.as_of.year - ctx.get("award_years_ago") if ctx.get("award_years_ago") is not None else ctx.get("award_year")
    from assistant.rules.registry import registry

    start = registry().period_of(ctx.rule).start
    if year is not None and start is not None and year < start.year:
        ctx.step(f"增发奖励针对经评选新获称号的人员；{year}年获得的称号早于本措施施行（{start.year}年{start.month}月{start.day}日），不属于新获。", BONUS)
        return ctx.result("not_eligible", None, None, f"按河南省规定，增发奖励针对本措施施行（{start.year}年{start.month}月{start.day}日）后经评选新获“中华技能大奖”“全国技术能手”称号的人员；{year}年获得的不属于新获。")
    total = None
    parts: list[str] = []
    for award, name in _BONUS_PARAMS:
        if award in awards:
            p = ctx.p(name)
            n = counts.get(award, 1)
            ctx.step(f"新获“{award}”：在国家奖励基础上增加{fmt_money(p.d)}奖励。", p.reference)
            amount = p.d * n
            if n != 1:
                ctx.step(f"“{award}”{n}人 × {fmt_money(p.d)} = {fmt_money(amount)}。", p.reference)
            total = amount if total is None else total + amount
            parts.append(f"“{award}”增{fmt_money(p.d)}" + (f"×{n}人" if n != 1 else ""))
    # (a total asked: what is not in it is said; asked of that one alone, the figure is what the text does not give)
    others = sorted(a for a in awards if a not in dict(_BONUS_PARAMS)) if total is not None and ctx.get("amount_basis") == "合计" else []
    if others:
        # “还有1个是省技术能手”: an honour of the list said beside the two, not in the measure's bonus
        ctx.step("、".join(f"“{a}”" for a in others) + "不属于“中华技能大奖”“全国技术能手”，不在增发奖励范围内。", BONUS)
    people = None if counts else ctx.get("people_count")
    if total is not None and len(parts) == 1 and people and people > 1 and ctx.get("amount_basis") != "每个":
        # “集团今年有三个人新评上全国技术能手，额外奖励加起来多少”
        ctx.step(f"{people}人 × {fmt_money(total)} = {fmt_money(total * people)}。", BONUS)
        parts[0] = f"{parts[0]}/人，{people}人合计{fmt_money(total * people)}"
        total = total * people
    if total is None:
        ctx.step("增发奖励只针对新获“中华技能大奖”“全国技术能手”称号的人员。", BONUS)
        return ctx.result("not_eligible", None, None, "按河南省规定，增发奖励只针对经评选新获“中华技能大奖”“全国技术能手”称号的人员（分别增5万元、2万元）。")
    national = ctx.get("national_award_amount")
    if national is not None and ctx.get("amount_basis") == "合计" and len(parts) == 1 and not counts:
        # “国家那边给了一万块…国家的加上省里的，一共多少”: the national award as the person says it (the corpus has no
        # sum for it), and the province's on top of it
        ctx.step(f"国家奖励{fmt_money(national)}（您所说） + 省里增发{fmt_money(total)} = {fmt_money(national + total)}。", BONUS)
        return ctx.result("amount", national + total, "元", f"按河南省规定，经评选新获该称号的我省人员（含中央驻豫单位）在国家奖励基础上{join(parts)}；加上您所说的国家奖励{fmt_money(national)}，合计{fmt_money(national + total)}。")
    return ctx.result(
        "amount",
        total,
        "元",
        f"按河南省规定，经评选新获该称号的我省人员（含中央驻豫单位）在国家奖励基础上{join(parts)}" + ("。" if "合计" in parts[0] else f"，合计{fmt_money(total)}。")
        + ("".join(f"“{a}”" for a in others[:1]) + ("等" if len(others) > 1 else "") + "不在这项增发奖励范围内。" if others else ""),
    )


PROMOTION = Clause(DOC, "四、（八）", "“中华技能大奖”或世赛奖牌获得者可破格直接晋升特级技师")


def skill_promotion(ctx: Context) -> Outcome:
    """四、（八）: 中华技能大奖 or any 世赛 medal → direct promotion to 特级技师 (优胜奖 is not a medal)."""
    if not ctx.need("awards"):
        ctx.step("“中华技能大奖”或世赛奖牌获得者可破格直接晋升特级技师。", PROMOTION)
        return ctx.incomplete()
    awards = ctx.get("awards")
    held = [a for a in ("中华技能大奖", "世赛金牌", "世赛银牌", "世赛铜牌") if a in awards]
    if held:
        ctx.step(f"{join(held)}获得者可破格直接晋升特级技师。", PROMOTION)
        return ctx.result("eligible", "特级技师", None, f"按河南省规定，{join(held)}获得者可破格直接晋升特级技师。")
    ctx.step("只有“中华技能大奖”或世赛奖牌获得者可破格直接晋升特级技师。", PROMOTION)
    return ctx.result("not_eligible", None, None, "按河南省规定，破格直接晋升特级技师限于“中华技能大奖”或世赛奖牌（金、银、铜牌）获得者。")


QUOTA = Clause(DOC, "四、（八）", "我省28个千亿级产业链中每年评聘不少于10名特级技师")


def special_technician_quota(ctx: Context) -> Outcome:
    """四、（八）: at least 10 特级技师 a year in each of the 28 千亿级 chains.

    The clause's own figure (10) is the answer unless a total is asked (加起来, 一共: 28 × 10).

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("ha.special_technician_quota", {"amount_basis": "合计"}, date(2026, 11, 21)).value
    Decimal('280')
    >>> evaluate("ha.special_technician_quota", {}, date(2026, 11, 21)).value
    Decimal('10')
    """
    chains, each = ctx.p("ha.special_technician.chains"), ctx.p("ha.special_technician.per_chain_min")
    total = chains.d * each.d
    ctx.step(f"{fmt_number(chains.d)}个千亿级产业链中每年评聘不少于{fmt_number(each.d)}名特级技师：{fmt_number(chains.d)} × {fmt_number(each.d)} = {fmt_number(total)}名。", QUOTA)
    summary = f"按河南省规定，全省{fmt_number(chains.d)}个千亿级产业链中每个产业链每年评聘不少于{fmt_number(each.d)}名特级技师，合计每年不少于{fmt_number(total)}名。"
    if ctx.get("amount_basis") != "合计":  # the figure the clause states is what is asked, unless a total is
        stated = f"按河南省规定，全省{fmt_number(chains.d)}个千亿级产业链中每年评聘不少于{fmt_number(each.d)}名特级技师（如按每个产业链各{fmt_number(each.d)}名计，合计不少于{fmt_number(total)}名）。"
        return ctx.result("info", each.d, "名（每年，不少于）", summary if ctx.get("amount_basis") == "每个" else stated)
    return ctx.result("info", total, "名（每年，不少于）", summary)


GRADUATES = Clause(DOC, "二、（四）", "落实全日制技工院校高级工班、预备技师（技师）班学生分别参照大专、本科学历待遇")
_GRADUATE_LEVELS = {"高级工班": "大专", "预备技师（技师）班": "本科"}


def vocational_graduate_treatment(ctx: Context) -> Outcome:
    """二、（四）: full-time 技工院校 classes treated like 大专 / 本科."""
    if not ctx.need("graduate_class"):
        ctx.step("全日制技工院校高级工班、预备技师（技师）班学生分别参照大专、本科学历待遇。", GRADUATES)
        return ctx.incomplete()
    klass = ctx.get("graduate_class")
    degree = _GRADUATE_LEVELS.get(klass)
    if ctx.get("full_time_study") is False:
        ctx.step("该条只适用于全日制技工院校的学生；非全日制学籍不在其列。", GRADUATES)
        return ctx.result("not_eligible", None, None, "河南省该条只规定全日制技工院校高级工班、预备技师（技师）班学生参照大专、本科学历待遇；非全日制学籍（如在职读的、企业新型学徒制）不按此条对待。")
    if degree is None:
        ctx.step(f"该条只规定高级工班、预备技师（技师）班；{klass}未作规定。", GRADUATES)
        return ctx.result("not_eligible", None, None, f"河南省该条只规定全日制技工院校高级工班、预备技师（技师）班学生参照大专、本科学历待遇，{klass}未作规定。")
    ctx.step(f"全日制技工院校{klass}学生参照{degree}学历待遇。", GRADUATES)
    return ctx.result(*degree_verdict(ctx, degree), degree, None, f"按河南省规定，全日制技工院校{klass}学生参照{degree}学历待遇。")


TREAT = Clause(DOC, "六、（十五）", "企业聘用的特级技师可比照正高级职称人员享受同等待遇，首席技师参照本单位高级管理人员标准确定薪酬待遇，且不低于特级技师薪酬待遇")


def treatment_equivalence(ctx: Context) -> Outcome:
    """六、（十五）: only 特级技师 and 首席技师 are named."""
    if not ctx.need("skill_level"):
        ctx.step("企业聘用的特级技师比照正高级职称人员享受同等待遇，首席技师参照本单位高级管理人员标准确定薪酬待遇。", TREAT)
        return ctx.incomplete()
    level = ctx.get("skill_level")
    if level == "特级技师":
        ctx.step("企业聘用的特级技师可比照正高级职称人员享受同等待遇。", TREAT)
        own = treatment_in_post(ctx, level, "正高级职称人员", TREAT, "按河南省规定", "")
        if own is not None:  # the person's own post said: in it, or not
            return own
        return ctx.result("info", "正高级", None, "按河南省规定，企业聘用的特级技师可比照正高级职称人员享受同等待遇。")
    if level == "首席技师":
        floor = relate(ctx, "ha.chief_pay_floor")  # the 特级技师 pay said is the floor
        if floor is not None:
            return floor
        ctx.step("首席技师参照本单位高级管理人员标准确定薪酬待遇，且不低于特级技师薪酬待遇。", TREAT)
        return ctx.result("info", "本单位高级管理人员", None, "按河南省规定，首席技师参照本单位高级管理人员标准确定薪酬待遇，且不低于特级技师薪酬待遇。")
    held = "未取得职业技能等级的" if level == NO_SKILL_LEVEL else level
    ctx.step(f"该条只规定特级技师、首席技师的待遇；{held}未作规定。", TREAT)
    return ctx.result("not_eligible", None, None, f"河南省该条只规定企业聘用的特级技师、首席技师的比照待遇，{held}未作规定。")


RULES: tuple[Rule, ...] = (
    Rule(
        id="ha.title_exceptional",
        title="技能人员破格申报副高级、正高级职称",
        region=REGION,
        topic="title_for_skilled",
        citations=(DEPUTY, DEPUTY_SKILL, DEPUTY_AWARD, DEPUTY_ALLOWANCE, DEPUTY_WORLD, DEPUTY_NATIONAL, FULL, FULL_LEVEL, FULL_AWARD, FULL_YEARS),
        formula=title_exceptional,
        inputs=("level_obtained_date", "level_obtained_year", "level_obtained_years_ago", "skill_level", "in_post", "years_in_occupation", "years_since_level", "awards", "awards_not_held", "coached_awards", "target_title", "competition_placed"),
        parameters=("ha.exceptional_title.deputy_senior.min_years", "ha.exceptional_title.full_senior.min_years"),
        reading="“满4年”“满18年”按在岗从事本职业（本业）的年数计；仅知取得等级后的年数时作为下限。未说明级别的“政府特贴”会追问级别。所说奖项是所列奖项的同类而非所列（国赛银牌之于国赛金牌）、又未说技能等级时，按所说情况判定不符合，并说明高级技师满4年的途径，不逐项追问。世赛金银铜牌、国赛金牌两项“含指导教练”：所指导选手获奖的指导教练同样符合。",
    ),
    Rule(
        id="ha.award_bonus",
        kind="amount",
        title="新获中华技能大奖、全国技术能手的省级增发奖励",
        region=REGION,
        topic="award_bonus",
        citations=(BONUS,),
        formula=award_bonus,
        inputs=("awards", "award_counts", "people_count", "amount_basis", "award_year", "award_years_ago", "national_award_amount"),
        parameters=("ha.award_bonus.china_skill_award", "ha.award_bonus.national_technical_expert"),
        reading="两项称号同时新获时分别增发并合计；获奖年份早于本措施施行年份的不作为“新获”；“新获”“经评选”的其他认定由主管部门确定。",
    ),
    Rule(
        id="ha.skill_promotion",
        title="中华技能大奖、世赛奖牌获得者破格晋升特级技师",
        region=REGION,
        topic="skill_promotion",
        citations=(PROMOTION,),
        formula=skill_promotion,
        inputs=("awards",),
        reading="“世赛奖牌”指金、银、铜牌，不含优胜奖。",
    ),
    Rule(
        id="ha.special_technician_quota",
        title="千亿级产业链每年评聘特级技师的最少人数",
        region=REGION,
        topic="special_technician_quota",
        citations=(QUOTA,),
        formula=special_technician_quota,
        inputs=("amount_basis",),
        parameters=("ha.special_technician.chains", "ha.special_technician.per_chain_min"),
        reading="“28个千亿级产业链中每年评聘不少于10名”读作每个产业链每年不少于10名；问合计（加起来、一共）时全省合计不少于280名，否则答条文所写的10名。",
    ),
    Rule(
        id="ha.vocational_graduate_treatment",
        title="技工院校高级工班、预备技师班学生参照大专、本科学历待遇",
        region=REGION,
        topic="vocational_graduates",
        citations=(GRADUATES,),
        formula=vocational_graduate_treatment,
        inputs=("graduate_class", "full_time_study", "degree_asked"),
    ),
    Rule(
        id="ha.treatment_equivalence",
        title="特级技师、首席技师比照待遇",
        region=REGION,
        topic="treatment_equivalence",
        citations=(TREAT,),
        formula=treatment_equivalence,
        inputs=("skill_level", "special_technician_pay", "hired_at_level"),
    ),
)
