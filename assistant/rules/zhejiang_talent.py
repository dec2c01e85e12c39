"""浙江省高技能人才与专业技术人才职业发展贯通（zj-2022-0839a3）.

- 三、（二）1.：高技能人才按技能等级和年限申报职称（高级工+2年→助理级，技师+3年→中级，
  高级技师+4年→副高级，特级/首席技师且仍在相关领域工作→正高级），近3年年度考核合格；
- 三、（二）2.：直报条件（奖项、称号 → 中级 / 副高级 / 正高级）；
- 三、（四）1.：专业技术人才参加职业技能评价（助理级→高级工，中级→技师，高级→高级技师，
  正高级→特级技师；首席技师原则上需先取得特级技师；取得等级1年后可按累计年限申报晋级）；
- 三、（三）：技工院校毕业生报考专业技术人员职业资格考试时的学历对待；
- 三、（五）1.：在聘高技能人才比照专业技术人员享受同等待遇。
"""

from __future__ import annotations


from assistant.rules.base import Clause, Context, Outcome, Rule, fmt_number
from assistant.rules.relations import relate
from assistant.rules.common import degree_verdict, join, most, said_text, treatment_in_post, years_at_least
from assistant.rules.inputs import NO_SKILL_LEVEL, skill_rank, title_rank

DOC = "zj-2022-0839a3"
REGION = "浙江省"

BASIC = Clause(DOC, "三、（二）1.", "具备高级工以上职业资格或职业技能等级，均可参加相应系列职称评审")
APPRAISAL = Clause(DOC, "三、（二）1.", "高技能人才参加职称评审应在现工作岗位上近3年年度考核合格")

# skill level → (title it opens, clause, parameter holding the years); 特级/首席 need no years.
_LADDER: dict[str, tuple[str, Clause, str | None]] = {
    "高级工": ("助理级", Clause(DOC, "三、（二）1.（1）", "从事技术技能工作满2年，可申报相应系列助理级职称评审"), "zj.title.min_years.senior_worker"),
    "技师": ("中级", Clause(DOC, "三、（二）1.（2）", "从事技术技能工作满3年，可申报相应系列中级职称评审"), "zj.title.min_years.technician"),
    "高级技师": ("副高级", Clause(DOC, "三、（二）1.（3）", "从事技术技能工作满4年，可申报相应系列副高级职称评审"), "zj.title.min_years.senior_technician"),
    "特级技师": ("正高级", Clause(DOC, "三、（二）1.（4）", "且目前仍在与申报职业工作相关的技术技能领域工作，可申报相应系列正高级职称评审"), None),
    "首席技师": ("正高级", Clause(DOC, "三、（二）1.（4）", "且目前仍在与申报职业工作相关的技术技能领域工作，可申报相应系列正高级职称评审"), None),
}


def _lower_rung(level: str, target: str | None) -> str | None:
    """The ladder level below ``level`` whose clause opens the title asked, when that title is lower.

    >>> _lower_rung("高级技师", "助理级"), _lower_rung("高级技师", "中级"), _lower_rung("技师", "副高级"), _lower_rung("技师", None)
    ('高级工', '技师', None, None)
    """
    if target is None or level not in _LADDER:
        return None
    wanted = "副高级" if target == "高级" else target
    if title_rank(wanted) >= title_rank(_LADDER[level][0]):
        return None
    return next((rung for rung, (title, _, _) in _LADDER.items() if title == wanted), None)


def _target_check(ctx: Context, reachable: str, clause: Clause, how: str) -> Outcome | None:
    """When the person asks for a title above what the clause opens, say so."""
    target = ctx.get("target_title")
    if target is None or target in ("初级",):
        return None
    wanted = "副高级" if target == "高级" else target
    if title_rank(wanted) > title_rank(reachable):
        ctx.step(f"{how}对应的是{reachable}职称，不能据此申报{target}职称。", clause)
        return ctx.result(
            "not_eligible",
            reachable,
            None,
            f"按浙江省规定，{how}可申报的是{reachable}职称，不能直接申报{target}职称。",
        )
    return None


def _rung_said_not_held(ctx: Context) -> tuple[str, str, Clause] | None:
    """(level, title, clause) when the level whose clause opens the title asked is said not held (“高级技师
    还没考”, asking for 副高级), or a level below it: the ladder is climbed a level at a time.  Not for 正高级,
    which 特级技师 or 首席技师 opens.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("zj.title_by_skill_level", {"target_title": "副高级", "skill_levels_not_held": ["高级技师"]}, date(2026, 11, 21))
    >>> c.verdict, c.steps[0].article
    ('not_eligible', '三、（二）1.（3）')
    >>> evaluate("zj.title_by_skill_level", {"target_title": "中级", "skill_levels_not_held": ["高级技师"]}, date(2026, 11, 21)).verdict
    'need_more_info'
    """
    target = ctx.get("target_title")
    wanted = "副高级" if target == "高级" else target
    said_not = ctx.get("skill_levels_not_held") or frozenset()
    if not wanted or wanted == "正高级" or not said_not:
        return None
    for rung, (title, clause, years) in _LADDER.items():
        if title == wanted and years is not None and any(skill_rank(level) <= skill_rank(rung) for level in said_not):
            return rung, title, clause
    return None


def title_by_skill_level(ctx: Context) -> Outcome:
    """三、（二）1.: a skill level plus years of technical work opens a title level.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("zj.title_by_skill_level", {"skill_level": "技师", "years_since_level": "3",
    ...              "annual_appraisal_passed": True}, date(2026, 11, 21))
    >>> c.verdict, c.value
    ('eligible', '中级')
    >>> evaluate("zj.title_by_skill_level", {"skill_level": "高级技师"}, date(2026, 11, 21)).missing
    ('years_since_level', 'annual_appraisal_passed')
    """
    denied = _rung_said_not_held(ctx)
    if ctx.get("skill_level") is None and denied is not None:
        # “高级技师其实还没拿到”, asking for 副高: the level that opens the title asked is said not held
        rung, title, clause = denied
        ctx.step(f"取得{rung}的，方可按此条申报{title}职称；您尚未取得{rung}。", clause)
        return ctx.result("not_eligible", None, None, f"按浙江省规定，须取得{rung}职业资格或职业技能等级后从事技术技能工作满规定年限，才可申报{title}职称；您尚未取得{rung}，暂不符合。")
    if not ctx.need("skill_level"):
        ctx.step("具备高级工以上职业资格或职业技能等级的，可参加相应系列职称评审。", BASIC)
        return ctx.incomplete()
    level = ctx.get("skill_level")
    if level not in _LADDER:
        held = "未取得职业技能等级" if level == NO_SKILL_LEVEL else f"{level}低于高级工"
        ctx.step(f"{held}，不符合“具备高级工以上职业资格或职业技能等级”的基本条件。", BASIC)
        return ctx.result("not_eligible", None, None, f"按浙江省规定，高技能人才须具备高级工以上职业资格或职业技能等级才能按技能等级参加职称评审；您{held}，尚不符合。")
    title, clause, years_param = _LADDER[level]
    how = f"取得{level}"
    rung = _lower_rung(level, ctx.get("target_title"))
    above = rung is not None
    if above:
        # “高级技师能评助理工程师吗”: a level above the rung that opens the title asked meets “以上”;
        # its years since the higher level are at least as many since the lower one
        ctx.step(f"您已取得{level}，高于{rung}；按“{rung}以上”对应的条款申报。", clause)
        title, clause, years_param = _LADDER[rung]
        how = f"取得{level}（{rung}以上）"
    ctx.step(f"取得{level if not above else rung}的，可申报{title}职称" + ("（须从事技术技能工作满规定年限）。" if years_param else "（须目前仍在相关技术技能领域工作）。"), clause)
    early = _target_check(ctx, title, clause, how)
    if early is not None:
        return early

    years_ok: bool | None = True
    minimum = None
    if years_param:
        minimum = ctx.p(years_param)
        years_ok = years_at_least(ctx, "years_since_level", minimum, upper="years_in_occupation")
        if above and years_ok is False:
            # fewer years since the higher level says little about the years since the lower one:
            # the years in the work bound them (never fewer); unknown, they are asked
            ctx.thresholds = [t for t in ctx.thresholds if t.fact != "years_since_level"]  # not the years that count here
            work = most(ctx, "years_in_occupation")  # a range said (“干了六七年”): its high end
            years_ok = ctx.compare("years_in_occupation", minimum, "at_least") if work is not None and work < minimum.d else None
            if years_ok is None:
                ctx.ask("years_in_occupation")
    in_post = ctx.get("in_post") if years_param is None else True
    appraisal_years = ctx.p("zj.title.appraisal_years")
    appraisal = ctx.get("annual_appraisal_passed")

    if years_ok is False:
        have = ctx.get("years_since_level")
        have_text = ("刚取得" if have == 0 else f"目前{fmt_number(have)}年") if have is not None else f"尚不满{fmt_number(minimum.d)}年"
        if have is None and ctx.span("years_since_level") is not None:
            have_text = f"目前{said_text(ctx, 'years_since_level', '年')}"  # “拿了两三年”: the range said, all of it short
        ctx.step(f"取得{level}后须从事技术技能工作满{fmt_number(minimum.d)}年，{have_text}，未满。", minimum.reference)
        return ctx.result(
            "not_eligible",
            title,
            None,
            f"按浙江省规定，取得{level}后从事技术技能工作满{fmt_number(minimum.d)}年才可申报{title}职称；您{have_text}，暂不符合，满{fmt_number(minimum.d)}年后可以申报。",
        )
    if in_post is False:
        ctx.step(f"{level}申报正高级职称须目前仍在与申报职业相关的技术技能领域工作；您已不在该领域工作。", clause)
        return ctx.result("not_eligible", title, None, f"按浙江省规定，{level}须目前仍在与申报职业相关的技术技能领域工作，才可申报正高级职称。")
    if appraisal is False:
        ctx.step(f"须在现工作岗位上近{fmt_number(appraisal_years.d)}年年度考核合格；您不满足。", appraisal_years.reference)
        return ctx.result("not_eligible", title, None, f"按浙江省规定，参加职称评审须在现工作岗位上近{fmt_number(appraisal_years.d)}年年度考核合格，目前不符合。")

    if years_ok is None:
        ctx.need("years_since_level")
    if in_post is None:
        ctx.need("in_post")
    if appraisal is None:
        ctx.need("annual_appraisal_passed")
    if ctx.missing:
        cond = f"取得{level}后从事技术技能工作满{fmt_number(minimum.d)}年" if minimum else "目前仍在与申报职业相关的技术技能领域工作"
        ctx.step(f"另须在现工作岗位上近{fmt_number(appraisal_years.d)}年年度考核合格。", appraisal_years.reference)
        return ctx.incomplete(f"按浙江省规定，{cond}、且近{fmt_number(appraisal_years.d)}年年度考核合格的，可申报{title}职称。")

    if minimum is not None:
        have_text = said_text(ctx, "years_since_level", "年") or "满足年限"
        ctx.step(f"取得{level}后已从事技术技能工作{have_text}，满{fmt_number(minimum.d)}年。", minimum.reference)
    else:
        ctx.step("目前仍在与申报职业相关的技术技能领域工作。", clause)
    ctx.step(f"近{fmt_number(appraisal_years.d)}年年度考核合格。", appraisal_years.reference)
    return ctx.result(
        "eligible",
        title,
        None,
        f"符合条件：按浙江省规定，您可申报相应系列{title}职称评审（学历、论文、外语、计算机不作为限制性条件）。",
    )


# 三、（二）2. 直报条件: award → the title it opens, highest first.
_DIRECT: tuple[tuple[str, Clause, tuple[str, ...]], ...] = (
    (
        "正高级",
        Clause(DOC, "三、（二）2.（3）", "世界技能大赛金牌获得者、中华技能大奖获得者、享受国务院政府特殊津贴的高技能人才、新时代突出贡献浙派工匠、浙江大工匠，可直接申报正高级职称"),
        ("世赛金牌", "中华技能大奖", "国务院政府特殊津贴", "新时代突出贡献浙派工匠", "浙江大工匠"),
    ),
    (
        "副高级",
        Clause(DOC, "三、（二）2.（2）", "世界技能大赛银牌和铜牌获得者、全国技术能手、国家级技能大师工作室领办人、钱江技能大奖获得者、浙江杰出工匠、省“百千万”高技能领军人才培养工程入选的“杰出技能人才”，可直接申报副高级职称"),
        ("世赛银牌", "世赛铜牌", "全国技术能手", "国家级技能大师工作室领办人", "钱江技能大奖", "浙江杰出工匠", "杰出技能人才"),
    ),
    (
        "中级",
        Clause(DOC, "三、（二）2.（1）", "世界技能大赛优胜奖获得者、省技术能手、省级技能大师工作室领办人、浙江工匠、省“百千万”高技能领军人才培养工程中入选的“拔尖技能人才”，可直接申报中级职称"),
        ("世赛优胜奖", "省技术能手", "省级技能大师工作室领办人", "浙江工匠", "拔尖技能人才"),
    ),
)
DIRECT_BASIS = Clause(DOC, "三、（二）2.", "建立职称评审绿色通道，符合条件的可直接申报相应职称")


def title_direct(ctx: Context) -> Outcome:
    """三、（二）2.: named awards open a title directly (绿色通道).

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("zj.title_direct", {"awards": ["全国技术能手"]}, date(2026, 11, 21)).value
    '副高级'
    """
    if not ctx.need("awards"):
        ctx.step("高技能领军人才符合直报条件的，可直接申报相应职称（世赛奖牌、中华技能大奖、全国技术能手、浙江工匠等）。", DIRECT_BASIS)
        return ctx.incomplete()
    awards = ctx.get("awards")
    if "政府特殊津贴（级别未明）" in awards and not awards & {"国务院政府特殊津贴"}:
        ctx.ask("awards")
        ctx.step("享受国务院政府特殊津贴的高技能人才可直接申报正高级职称；需确认津贴级别。", _DIRECT[0][1])
        return ctx.incomplete()
    for title, clause, names in _DIRECT:
        held = [a for a in names if a in awards]
        if held:
            ctx.step(f"{join(held)}可直接申报{title}职称。", clause)
            early = _target_check(ctx, title, clause, f"凭{join(held)}直报")
            if early is not None:
                return early
            return ctx.result(
                "eligible",
                title,
                None,
                f"符合直报条件：按浙江省规定，{join(held)}可通过职称评审绿色通道直接申报{title}职称。",
            )
    ctx.step(f"所列奖项（{join(sorted(awards)) or '无'}）不在直报条件所列范围内。", DIRECT_BASIS)
    return ctx.result("not_eligible", None, None, "按浙江省规定，您所列的奖项或称号不在职称评审直报条件范围内，可按技能等级和从业年限申报（三、（二）1.）。")


# 三、（四）1.: title held → skill evaluation it opens.
_EVAL_BASIS = Clause(DOC, "三、（四）1.", "具有助理级以上职称，从事本职业（工种）或相关职业（工种）工作，可申请参加与现岗位相对应职业（工种）的职业技能评价")
_EVAL: dict[str, tuple[str, Clause]] = {
    "助理级": ("高级工", Clause(DOC, "三、（四）1.（1）", "取得助理级职称，可申请参加相应职业（工种）高级工职业技能评价")),
    "中级": ("技师", Clause(DOC, "三、（四）1.（2）", "取得中级职称，可申请参加相应职业（工种）技师职业技能评价")),
    "副高级": ("高级技师", Clause(DOC, "三、（四）1.（3）", "取得高级职称，可申请参加相应职业（工种）高级技师职业技能评价")),
    "正高级": ("特级技师", Clause(DOC, "三、（四）1.（4）", "取得正高级职称，可申请参加相应职业（工种）特级技师职业技能评价")),
}
_CHIEF = Clause(DOC, "三、（四）1.（4）", "参加首席技师职业技能评价的，原则上需先取得特级技师职业技能等级")


def skill_eval_for_titled(ctx: Context) -> Outcome:
    """三、（四）1.: a professional title opens a skill-level evaluation.

    Reading: 三、（四）1.（3）“取得高级职称” covers 副高级 and 正高级; a 正高级 holder may
    also take 特级技师 (（4）).  A higher title may apply for a lower level.  Promotion
    beyond the level a title opens goes through 晋级评价 one year after the last level
    (三、（四）1. last paragraph), by cumulative years per the occupation's standard.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("zj.skill_eval_for_titled", {"title_level": "中级"}, date(2026, 11, 21)).value
    '技师'
    """
    if not ctx.need("title_level"):
        ctx.step("具有助理级以上职称的专业技术人才，可申请参加与现岗位相对应职业（工种）的职业技能评价。", _EVAL_BASIS)
        return ctx.incomplete()
    title = ctx.get("title_level")
    target = ctx.get("target_skill")
    if title == "员级":
        ctx.step("员级职称低于助理级，不符合“具有助理级以上职称”的参评条件。", _EVAL_BASIS)
        return ctx.result("not_eligible", None, None, "按浙江省规定，须具有助理级以上职称才能据此参加职业技能评价；员级职称不符合。")
    if title == "初级":
        ctx.ask("title_level")
        ctx.step("须具有助理级以上职称；初级职称包括员级和助理级，需确认。", _EVAL_BASIS)
        return ctx.incomplete()
    if title == "高级":
        if target in ("特级技师", "首席技师"):
            ctx.ask("title_level")
            ctx.step("取得正高级职称的，可申请特级技师评价；需确认您的高级职称是副高级还是正高级。", _EVAL["正高级"][1])
            return ctx.incomplete()
        title = "副高级"
    level, clause = _EVAL[title]
    ctx.step(f"取得{title}职称，可申请参加相应职业（工种）{level}职业技能评价。", clause)
    if target is None or skill_rank(target) <= skill_rank(level):
        chosen = target or level
        return ctx.result(
            "eligible",
            chosen,
            None,
            f"符合条件：按浙江省规定，取得{title}职称、从事本职业（工种）或相关职业（工种）工作的，可申请参加相应职业（工种）{chosen}职业技能评价。",
        )
    if target == "首席技师":
        ctx.step("参加首席技师职业技能评价，原则上需先取得特级技师职业技能等级。", _CHIEF)
        skill = ctx.get("skill_level")
        if skill == "特级技师":
            return ctx.result("eligible", "首席技师", None, "按浙江省规定，您已取得特级技师，可申请参加首席技师职业技能评价。")
        if skill is None and "特级技师" not in (ctx.get("skill_levels_not_held") or ()):
            ctx.need("skill_level")
            return ctx.incomplete("按浙江省规定，参加首席技师评价原则上需先取得特级技师职业技能等级。")
        return ctx.result("not_eligible", level, None, f"按浙江省规定，参加首席技师评价原则上需先取得特级技师职业技能等级；取得{title}职称可申请的是{level}评价。")
    # Above what the title opens: only by 晋级评价 from a level already held.
    wait = ctx.p("zj.skill_eval.promotion_wait_years")
    skill = ctx.get("skill_level")
    if skill is not None and skill_rank(target) == skill_rank(skill) + 1:
        ctx.step(f"取得职业资格或职业技能等级{fmt_number(wait.d)}年后，可按累计工作年限申报相应职业（工种）晋级评价。", wait.reference)
        ok = years_at_least(ctx, "years_since_level", wait)
        if ok is None:
            ctx.need("years_since_level")
            return ctx.incomplete(f"按浙江省规定，取得{skill}满{fmt_number(wait.d)}年后可按累计工作年限申报{target}晋级评价。")
        if ok:
            return ctx.result("eligible", target, None, f"按浙江省规定，您取得{skill}已满{fmt_number(wait.d)}年，可按累计工作年限申报{target}晋级评价（具体年限以该职业技能标准为准）。")
        return ctx.result("not_eligible", level, None, f"按浙江省规定，取得{skill}满{fmt_number(wait.d)}年后才可申报{target}晋级评价；凭{title}职称目前可申请{level}评价。")
    return ctx.result(
        "not_eligible",
        level,
        None,
        f"按浙江省规定，取得{title}职称可申请参加的是{level}职业技能评价，不能直接申请{target}；取得等级{fmt_number(wait.d)}年后可按累计工作年限申报晋级评价。",
    )


_EXAM = Clause(DOC, "三、（三）", "技工院校中级工班、高级工班、预备技师（技师）班毕业生，参加上述资格考试报名时，可分别按相当于中专、大专、本科学历对待")
_EXAM_LEVELS = {"中级工班": "中专", "高级工班": "大专", "预备技师（技师）班": "本科"}


def vocational_graduate_exam(ctx: Context) -> Outcome:
    """三、（三）: 技工院校 graduates count as 中专/大专/本科 when registering for professional exams."""
    if not ctx.need("graduate_class"):
        ctx.step("技工院校中级工班、高级工班、预备技师（技师）班毕业生报名专业技术人员职业资格考试时，分别按相当于中专、大专、本科学历对待。", _EXAM)
        return ctx.incomplete()
    klass = ctx.get("graduate_class")
    degree = _EXAM_LEVELS.get(klass)
    if degree is None:
        ctx.step("只有中级工班、高级工班、预备技师（技师）班毕业生有此规定。", _EXAM)
        return ctx.result("not_eligible", None, None, "按浙江省规定，此项学历对待只适用于技工院校中级工班、高级工班、预备技师（技师）班毕业生。")
    ctx.step(f"技工院校{klass}毕业生报名时按相当于{degree}学历对待。", _EXAM)
    text = f"按浙江省规定，技工院校{klass}毕业生报名参加经济、会计、统计等专业技术人员职业资格考试时，可按相当于{degree}学历对待。"
    return ctx.result(*degree_verdict(ctx, degree), degree, None, text)


_TREAT = Clause(DOC, "三、（五）1.", "各类企业对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照助理级、中级和副高级专业技术人员享受同等待遇")
_TREAT_TOP = Clause(DOC, "三、（五）1.", "聘用到特级技师岗位的人员，比照正高级职称人员享受同等待遇")
_TREAT_CHIEF = Clause(DOC, "三、（五）1.", "首席技师薪酬待遇可参照本单位高级管理人员标准确定或根据实际确定，不低于特级技师薪酬待遇")
_TREAT_MAP = {"高级工": ("助理级", _TREAT), "技师": ("中级", _TREAT), "高级技师": ("副高级", _TREAT), "特级技师": ("正高级", _TREAT_TOP)}
_TITLE_RANK = ("助理级", "中级", "副高级", "正高级")


def treatment_equivalence(ctx: Context) -> Outcome:
    """三、（五）1.: skill levels in post are treated like title levels; a higher title asked is not the level's.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> [evaluate("zj.treatment_equivalence", {"skill_level": "高级技师", "title_level": t}, date(2025, 6, 1)).verdict for t in ("正高级", "副高级", None)]
    ['not_eligible', 'info', 'info']
    """
    if not ctx.need("skill_level"):
        ctx.step("在聘的高级工、技师、高级技师比照助理级、中级和副高级专业技术人员享受同等待遇；特级技师比照正高级。", _TREAT)
        return ctx.incomplete()
    level = ctx.get("skill_level")
    if level == "首席技师":
        floor = relate(ctx, "zj.chief_pay_floor")  # the 特级技师 pay said is the floor
        if floor is not None:
            return floor
        ctx.step("首席技师薪酬待遇可参照本单位高级管理人员标准确定或根据实际确定，不低于特级技师薪酬待遇。", _TREAT_CHIEF)
        return ctx.result("info", "本单位高级管理人员", None, "按浙江省规定，首席技师薪酬待遇可参照本单位高级管理人员标准确定或根据实际确定，且不低于特级技师薪酬待遇。")
    if level not in _TREAT_MAP:
        held = "未取得职业技能等级的" if level == NO_SKILL_LEVEL else level
        ctx.step(f"比照待遇只规定了高级工及以上等级；{held}未作规定。", _TREAT)
        return ctx.result("not_eligible", None, None, f"浙江省该办法只规定高级工及以上等级比照专业技术人员的待遇，{held}未作规定。")
    title, clause = _TREAT_MAP[level]
    ctx.step(f"在聘的{level}比照{title}专业技术人员享受同等待遇。", clause)
    asked = ctx.get("title_level")  # “她能不能按正高职称的待遇来？”: the title asked to be treated as
    if asked in _TITLE_RANK and _TITLE_RANK.index(asked) > _TITLE_RANK.index(title):
        top = next(k for k, (t, _) in _TREAT_MAP.items() if t == asked)
        return ctx.result("not_eligible", title, None, f"不能比照{asked}。按浙江省规定，在聘的{level}比照{title}专业技术人员享受同等待遇；比照{asked}的是在聘的{top}。")
    own = treatment_in_post(ctx, level, f"{title}专业技术人员", clause, "按浙江省规定", "学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报")
    if own is not None:  # the person's own post said: in it, or not
        return own
    return ctx.result("info", title, None, f"按浙江省规定，企业在聘的{level}在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照{title}专业技术人员享受同等待遇。")


RULES: tuple[Rule, ...] = (
    Rule(
        id="zj.title_by_skill_level",
        title="高技能人才按技能等级和从业年限申报职称",
        region=REGION,
        topic="title_for_skilled",
        citations=(BASIC, APPRAISAL, *(c for _, c, _ in _LADDER.values())),
        formula=title_by_skill_level,
        inputs=("level_obtained_date", "level_obtained_year", "level_obtained_years_ago", "skill_level", "years_since_level", "years_in_occupation", "in_post", "annual_appraisal_passed", "target_title"),
        parameters=("zj.title.min_years.senior_worker", "zj.title.min_years.technician", "zj.title.min_years.senior_technician", "zj.title.appraisal_years"),
        reading="年限按“取得该等级后从事技术技能工作”的年数计；只知在本职业的总年限时，总年限不足即可判定不符合，否则追问。",
    ),
    Rule(
        id="zj.title_direct",
        title="高技能领军人才直接申报职称（直报条件）",
        region=REGION,
        topic="title_for_skilled",
        citations=(DIRECT_BASIS, *(c for _, c, _ in _DIRECT)),
        formula=title_direct,
        inputs=("awards", "target_title", "asks_direct_route"),
        selector=(("awards", "*"),),
        asked_by="asks_direct_route",
    ),
    Rule(
        id="zj.skill_eval_for_titled",
        title="专业技术人才凭职称参加职业技能评价",
        region=REGION,
        topic="skill_for_titled",
        citations=(_EVAL_BASIS, *(c for _, c in _EVAL.values()), _CHIEF),
        formula=skill_eval_for_titled,
        inputs=("level_obtained_date", "level_obtained_year", "level_obtained_years_ago", "title_level", "target_skill", "skill_level", "years_since_level", "skill_levels_not_held"),
        parameters=("zj.skill_eval.promotion_wait_years",),
        reading="“取得高级职称”含副高级和正高级；凭职称可申请的等级以下各级亦可申请；更高等级须从已有等级晋级。",
    ),
    Rule(
        id="zj.vocational_graduate_exam",
        title="技工院校毕业生报考专业技术人员职业资格考试的学历对待",
        region=REGION,
        topic="vocational_graduates",
        citations=(_EXAM,),
        formula=vocational_graduate_exam,
        inputs=("graduate_class", "degree_asked"),
    ),
    Rule(
        id="zj.treatment_equivalence",
        title="在聘高技能人才比照专业技术人员享受同等待遇",
        region=REGION,
        topic="treatment_equivalence",
        citations=(_TREAT, _TREAT_TOP, _TREAT_CHIEF),
        formula=treatment_equivalence,
        inputs=("skill_level", "special_technician_pay", "hired_at_level", "title_level"),
    ),
)
