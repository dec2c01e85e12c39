"""四川省职业技能等级认定（sc-2022-cced2c 评价材料保管年限）与职业技能等级制度（sc-2023-79c742 比照待遇）."""

from __future__ import annotations

from assistant.rules.base import Clause, Context, Outcome, Rule, cn_date, fmt_number
from assistant.rules.common import treatment_in_post
from assistant.rules.relations import relate
from assistant.rules.dates import add_years
from assistant.rules.inputs import NO_SKILL_LEVEL

RECORDS_DOC = "sc-2022-cced2c"
LEVELS_DOC = "sc-2023-79c742"
REGION = "四川省"

RECORDS = Clause(RECORDS_DOC, "三、（三）", "纸质材料保管不少于3年，评价过程视频材料保管不少于5年，其中，个人报名表、承诺书、签到表、考场记录表、成绩汇总表、质量督导表等反映关键节点的纸质材料须扫描成电子版材料并永久保存")
KEY_PAPERS = Clause(RECORDS_DOC, "三、（三）", "个人报名表、承诺书、签到表、考场记录表、成绩汇总表、质量督导表等反映关键节点的纸质材料须扫描成电子版材料并永久保存")


def record_retention(ctx: Context) -> Outcome:
    """三、（三）: paper ≥3 years, video ≥5 years, key-node papers scanned and kept for good.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.record_retention", {"material_kind": "视频材料", "record_date": "2023-06-01"}, date(2026, 11, 21)).value
    '2028-06-01'
    """
    paper, video = ctx.p("sc.records.paper_min_years"), ctx.p("sc.records.video_min_years")
    ctx.step(f"评价机构纸质材料保管不少于{fmt_number(paper.d)}年，评价过程视频材料保管不少于{fmt_number(video.d)}年，反映关键节点的纸质材料须扫描成电子版并永久保存。", RECORDS)
    if not ctx.need("material_kind"):
        return ctx.incomplete(f"按四川省规定，纸质材料保管不少于{fmt_number(paper.d)}年，评价过程视频材料不少于{fmt_number(video.d)}年，个人报名表、承诺书、签到表等关键节点纸质材料须扫描成电子版永久保存。")
    kind = ctx.get("material_kind")
    if kind == "关键节点纸质材料":
        ctx.step("个人报名表、承诺书、签到表、考场记录表、成绩汇总表、质量督导表等须扫描成电子版材料并永久保存。", KEY_PAPERS)
        return ctx.result("info", "永久", None, "按四川省规定，个人报名表、承诺书、签到表、考场记录表、成绩汇总表、质量督导表等反映关键节点的纸质材料须扫描成电子版并永久保存。")
    years = video if kind == "视频材料" else paper
    label = "评价过程视频材料" if kind == "视频材料" else "纸质材料"
    made = ctx.get("record_date")
    if made is None:
        return ctx.result("info", years.d, "年（不少于）", f"按四川省规定，{label}保管不少于{fmt_number(years.d)}年。")
    until = add_years(made, int(years.d))
    ctx.step(f"{cn_date(made)}形成的{label}至少保管到{cn_date(until)}。", years.reference)
    state = "仍须保管" if ctx.as_of < until else "已满最低保管年限"
    return ctx.result("info", until.isoformat(), None, f"按四川省规定，{label}保管不少于{fmt_number(years.d)}年，{cn_date(made)}形成的材料至少保管到{cn_date(until)}；截至{cn_date(ctx.as_of)}{state}。")


TREAT = Clause(LEVELS_DOC, "四、（十六）", "对在聘的高级工、技师、高级技师在学习进修、轮岗锻炼、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，分别比照本单位初级、中级、高级职称人员享受同等待遇")
TREAT_TOP = Clause(LEVELS_DOC, "四、（十六）", "聘用到特级技师岗位的人员，比照本单位正高级职称人员享受同等待遇")
TREAT_CHIEF = Clause(LEVELS_DOC, "四、（十六）", "首席技师薪酬待遇可参照本单位高级管理人员标准确定或根据实际确定，不低于特级技师薪酬待遇")
_MAP = {"高级工": ("初级", TREAT), "技师": ("中级", TREAT), "高级技师": ("高级", TREAT), "特级技师": ("正高级", TREAT_TOP)}
_TITLES = {"初级", "中级", "高级", "副高级", "正高级"}


def treatment_equivalence(ctx: Context) -> Outcome:
    """四、（十六）: in Sichuan 高级工/技师/高级技师 are compared with 初级/中级/高级 titles."""
    if not ctx.need("skill_level"):
        ctx.step("在聘的高级工、技师、高级技师分别比照本单位初级、中级、高级职称人员享受同等待遇；特级技师比照正高级。", TREAT)
        return ctx.incomplete()
    level = ctx.get("skill_level")
    if level == "首席技师":
        floor = relate(ctx, "sc.chief_pay_floor")  # the 特级技师 pay said is the floor
        if floor is not None:
            return floor
        ctx.step("首席技师薪酬待遇可参照本单位高级管理人员标准确定，不低于特级技师薪酬待遇。", TREAT_CHIEF)
        return ctx.result("info", "本单位高级管理人员", None, "按四川省规定，首席技师薪酬待遇可参照本单位高级管理人员标准确定或根据实际确定，不低于特级技师薪酬待遇。")
    if level not in _MAP:
        held = "未取得职业技能等级的" if level == NO_SKILL_LEVEL else level
        ctx.step(f"比照待遇只规定了高级工及以上等级；{held}未作规定。", TREAT)
        return ctx.result("not_eligible", None, None, f"四川省该意见只规定高级工及以上等级的比照待遇，{held}未作规定。")
    title, clause = _MAP[level]
    ctx.step(f"在聘的{level}比照本单位{title}职称人员享受同等待遇。", clause)
    asked = ctx.get("target_title") or ctx.get("title_level")  # “能不能按中级职称那样享受待遇”: a title named
    if asked in _TITLES and asked != title and not (title == "高级" and asked == "副高级"):  # 高级 beside 正高级 (特级技师) is 副高级
        higher = next((lv for lv, (t, _) in _MAP.items() if t == asked), None)
        need = f"，比照{asked}须聘为{higher}" if higher else ""
        return ctx.result("not_eligible", title, None, f"按四川省规定，在聘的{level}比照的是本单位{title}职称人员，不是{asked}{need}。")
    own = treatment_in_post(ctx, level, f"本单位{title}职称人员", clause, "按四川省规定", "学习进修、轮岗锻炼、岗位聘任、职务职级晋升、评优评奖")
    if own is not None:  # the person's own post said: in it, or not
        return own
    return ctx.result("info", title, None, f"按四川省规定，在聘的{level}在学习进修、岗位聘任、职务职级晋升、评优评奖等方面，比照本单位{title}职称人员享受同等待遇。")


RULES: tuple[Rule, ...] = (
    Rule(
        id="sc.record_retention",
        title="职业技能等级认定评价材料保管年限",
        region=REGION,
        topic="record_retention",
        citations=(RECORDS, KEY_PAPERS),
        formula=record_retention,
        inputs=("material_kind", "record_date"),
        parameters=("sc.records.paper_min_years", "sc.records.video_min_years"),
    ),
    Rule(
        id="sc.treatment_equivalence",
        title="在聘技能人才比照职称人员享受同等待遇",
        region=REGION,
        topic="treatment_equivalence",
        citations=(TREAT, TREAT_TOP, TREAT_CHIEF),
        formula=treatment_equivalence,
        inputs=("skill_level", "special_technician_pay", "target_title", "title_level", "hired_at_level"),
    ),
)
