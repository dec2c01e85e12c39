"""The typed inputs rules read: one ``FactSpec`` per fact key, and the vocabulary of values.

Facts travel between turns as a plain mapping (``assistant.facts.extract_facts``
builds it from what a person types); a rule never reads that mapping directly.
``coerce`` turns each value into its declared type — ``Decimal`` for years, money
and rates, ``int`` for counts and days, ``bool``, ``date``, ``str`` or
``frozenset[str]`` — and a value that cannot be read counts as missing, so a rule
asks for it instead of guessing.

Rates are fractions (``Decimal("0.6")`` for 60%); money is yuan.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

logger = logging.getLogger(__name__)

Kind = Literal["str", "decimal", "int", "bool", "date", "set"]

# --- vocabulary (labels as the documents write them) ---------------------------

# 职业技能等级, lowest first ("新八级工": sc-2023-79c742 二、（五）).
SKILL_LEVELS: tuple[str, ...] = ("学徒工", "初级工", "中级工", "高级工", "技师", "高级技师", "特级技师", "首席技师")
# The person said they hold no skill certificate at all ("别的证都没有", "没有任何证").
NO_SKILL_LEVEL = "无"
# 职称级别, lowest first.  "初级" is ambiguous (员级 or 助理级) and "高级" is ambiguous
# (副高级 or 正高级); rules that need the difference ask for it.
TITLE_LEVELS: tuple[str, ...] = ("员级", "助理级", "中级", "副高级", "正高级")
TITLE_AMBIGUOUS: dict[str, tuple[str, ...]] = {"初级": ("员级", "助理级"), "高级": ("副高级", "正高级")}

AWARDS: tuple[str, ...] = (
    "中华技能大奖",
    "全国技术能手",
    "中原技能大奖",
    "省技术能手",
    "世赛金牌",
    "世赛银牌",
    "世赛铜牌",
    "世赛优胜奖",
    "国赛金牌",
    "国赛银牌",
    "国赛铜牌",
    "国务院政府特殊津贴",
    "省级政府特殊津贴",
    "政府特殊津贴（级别未明）",
    "国家级技能大师工作室领办人",
    "省级技能大师工作室领办人",
    "钱江技能大奖",
    "浙江工匠",
    "浙江杰出工匠",
    "浙江大工匠",
    "新时代突出贡献浙派工匠",
    "拔尖技能人才",
    "杰出技能人才",
)

PERSON_CATEGORIES: tuple[str, ...] = (
    "高校毕业生",
    "离校2年内未就业高校毕业生",
    "离校2年内高校毕业生",
    "毕业年度高校毕业生",
    "16-24岁登记失业青年",
    "中职毕业生",
    "留学回国毕业生",
    "就业困难人员",
    "返乡入乡农民工",
    "农村转移就业劳动者",
    "城镇登记失业人员",
    "城乡未继续升学的应届初高中毕业生",
    "防止返贫监测对象",
    "脱贫人口",
    "低保家庭",
    "零就业家庭",
    "特困人员",
    "残疾",
    "获得国家助学贷款",
    "大龄失业人员",
    "重度残疾人",
    "企业职工",
    "退役军人",
)

# The kind of school a graduate category is about.  Kinds exclude each other (a
# person who says 大学毕业 is not a 中职 or 留学回国 graduate); every other category
# is independent of the rest (a graduate may or may not be from a 低保 family).
SCHOOL_KINDS: dict[str, str] = {
    "高校毕业生": "高校",
    "离校2年内未就业高校毕业生": "高校",
    "离校2年内高校毕业生": "高校",
    "毕业年度高校毕业生": "高校",
    "中职毕业生": "中职",
    "留学回国毕业生": "留学回国",
    "城乡未继续升学的应届初高中毕业生": "初高中",
}

EMPLOYMENT_FORMS: tuple[str, ...] = ("灵活就业", "单位招用", "公益性岗位")
EMPLOYER_SIZES: tuple[str, ...] = ("大型企业", "中小微企业", "小微企业")
TRAINING_KINDS: tuple[str, ...] = ("订单式项目制培训", "企业职工培训", "劳动者技能提升培训")
# Whether a count-based amount is asked per unit (person, trainee, chain …) or in total ("每个学员" / "一共").
AMOUNT_BASES: tuple[str, ...] = ("每个", "合计")
MATERIAL_KINDS: tuple[str, ...] = ("纸质材料", "视频材料", "关键节点纸质材料")
GRADUATE_CLASSES: tuple[str, ...] = ("中级工班", "高级工班", "预备技师（技师）班")
# 江西省技工院校学生自主认定试点院校 (jx-2023-4eeff3); any other school is "其他院校".
PILOT_SCHOOLS: tuple[str, ...] = ("江西省电子信息技师学院", "江西省商务技师学院", "江西新余康展高级技工学校")
OTHER_SCHOOL = "其他院校"


def skill_rank(level: str | None) -> int:
    """Position of a skill level in the ladder; -1 when unknown or none held.

    >>> skill_rank("高级技师") > skill_rank("技师")
    True
    """
    return SKILL_LEVELS.index(level) if level in SKILL_LEVELS else -1


def title_rank(level: str | None) -> int:
    """Position of a title level; -1 for unknown or ambiguous ("初级", "高级")."""
    return TITLE_LEVELS.index(level) if level in TITLE_LEVELS else -1


# --- the facts ---------------------------------------------------------------


@dataclass(frozen=True)
class FactSpec:
    key: str
    kind: Kind
    label: str  # Chinese, for listing what is missing
    question: str  # Chinese, asked when the fact is missing; may name {skill_level}
    choices: tuple[str, ...] = ()


def _spec(key: str, kind: Kind, label: str, question: str, choices: tuple[str, ...] = ()) -> FactSpec:
    return FactSpec(key, kind, label, question, choices)


FACTS: dict[str, FactSpec] = {
    s.key: s
    for s in (
        _spec("province", "str", "所在省份", "请问您在哪个省份？"),
        _spec("city", "str", "所在城市", "请问您在哪个城市？"),
        _spec("skill_level", "str", "已取得的职业技能等级", "请问您目前取得的职业技能等级是什么（高级工、技师、高级技师、特级技师或首席技师）？", SKILL_LEVELS + (NO_SKILL_LEVEL,)),
        _spec("target_skill", "str", "想申请的职业技能等级", "请问您想申请哪个职业技能等级？", SKILL_LEVELS),
        _spec("title_level", "str", "已取得的职称级别", "请问您目前取得的职称是什么级别（助理级、中级、副高级或正高级）？", TITLE_LEVELS + tuple(TITLE_AMBIGUOUS)),
        _spec("target_title", "str", "想申报的职称级别", "请问您想申报哪个级别的职称？", TITLE_LEVELS + tuple(TITLE_AMBIGUOUS)),
        _spec("years_since_level", "decimal", "取得现技能等级后从事技术技能工作的年限", "请问您取得{skill_level}等级后从事技术技能工作有几年了？"),
        _spec("level_obtained_date", "date", "取得现技能等级的日期", "请问您是哪一年哪一月取得{skill_level}等级的？"),
        _spec("level_obtained_year", "int", "取得现技能等级的年份", "请问您是哪一年取得{skill_level}等级的？"),
        _spec("level_obtained_years_ago", "int", "取得现技能等级的年份比所问年份早几年（今年0、去年1、前年2；按 as_of 换算）", "请问您是哪一年取得{skill_level}等级的？"),
        _spec("years_in_occupation", "decimal", "在岗从事本职业工作的年限", "请问您在岗从事本职业工作有几年了？"),
        _spec("in_post", "bool", "是否仍在岗从事本职业", "请问您目前是否仍在岗、从事与申报职业相关的技术技能工作？"),
        _spec("annual_appraisal_passed", "bool", "近3年年度考核是否合格", "近3年年度考核是否合格？"),
        _spec("awards", "set", "获得的奖项或称号", "请问您获得过哪些奖项或称号（如全国技术能手、中华技能大奖、世赛奖牌、政府特殊津贴等）？没有的话也请告诉我。", AWARDS),
        _spec("school", "str", "就读院校", "请问您在哪所学校就读？", PILOT_SCHOOLS + (OTHER_SCHOOL,)),
        _spec("graduate_class", "str", "技工院校就读班次", "请问您是技工院校哪个班次的毕业生（中级工班、高级工班或预备技师（技师）班）？", GRADUATE_CLASSES),
        _spec("min_wage", "decimal", "当地最低工资标准（元/月）", "请问当地最低工资标准是每月多少元？"),
        _spec("internship_months", "decimal", "见习月数", "请问见习了几个月？"),
        _spec("remaining_months", "decimal", "提前签订劳动合同时见习期剩余月数", "请问签订劳动合同时，见习期还剩几个月？"),
        _spec("working_days", "int", "不满一个月部分的见习工作日数", "请问（不满一个月的部分）见习了多少个工作日？"),
        _spec("absence_consecutive_days", "int", "连续无故缺勤天数", "请问是否有无故缺勤？最长连续缺勤了几天？"),
        _spec("absence_total_days", "int", "累计无故缺勤天数", "请问累计无故缺勤了几天？"),
        _spec("interns_count", "int", "见习人数", "请问共有多少名见习人员？"),
        _spec("retained_count", "int", "见习期满留用人数", "请问见习协议期满后留用了多少人？"),
        _spec("retention_rate", "decimal", "见习期满留用率", "请问见习协议期满后的留用率是多少？"),
        _spec("times_received", "int", "已享受该补贴的次数", "请问您此前已经享受过几次该项补贴？"),
        _spec("same_occupation_received", "bool", "是否已就同一职业（工种）享受过", "请问您这次评价的职业（工种）以前是否已经享受过职业技能评价补贴？"),
        _spec("occupations", "set", "提到的职业（工种）", "请问是哪个职业（工种）？"),
        _spec("same_occupation", "bool", "这次与已有证书（已享受补贴）是否同一职业（工种）", "请问这次培训（评价）的职业（工种）和您已有证书（已领补贴）的是同一个职业（工种）吗？"),
        _spec("person_categories", "set", "人员类别", "请问您属于哪类人员（如离校2年内未就业高校毕业生、16-24岁登记失业青年、就业困难人员、返乡入乡农民工等）？", PERSON_CATEGORIES),
        _spec("excluded_categories", "set", "已说明不属于的人员类别", "请问您是否属于以下人员类别？", PERSON_CATEGORIES),
        _spec("age", "int", "年龄", "请问您今年多大年龄？"),
        _spec("years_to_retirement", "decimal", "初次核定时距法定退休年龄的年数", "请问初次核定享受补贴时，您距法定退休年龄还有几年？"),
        _spec("retirement_age", "int", "法定退休年龄", "请问您的法定退休年龄是多少岁？"),
        _spec("asks_until_retirement", "bool", "是否在问补贴能否延续到退休", "请问您是想知道补贴能否一直领到退休吗？"),
        _spec("years_since_graduation", "decimal", "离校年数", "请问您离校（毕业）几年了？"),
        _spec("graduation_year", "int", "离校（毕业）年份", "请问您是哪年哪月离校（毕业）的？"),
        _spec("graduation_years_ago", "int", "离校（毕业）年份比所问年份早几年（今年0、去年1、前年2）", "请问您是哪年哪月离校（毕业）的？"),
        _spec("graduation_month", "int", "离校（毕业）月份", "请问您是几月离校（毕业）的？"),
        _spec("employed", "bool", "目前是否已就业", "请问您目前是否已经就业？"),
        _spec("registered_unemployed", "bool", "是否已办理失业登记", "请问您是否在当地办理了失业登记？"),
        _spec("in_graduation_year", "bool", "是否处于毕业学年", "请问您是否处于毕业学年（即将毕业的那一学年）？"),
        _spec("first_startup", "bool", "是否首次创业", "请问这是否是您首次创办小微企业或从事个体经营？"),
        _spec("operating_years", "decimal", "自登记注册起正常运营的年数", "请问企业（个体工商户）自工商登记注册之日起已正常运营多长时间？"),
        _spec("employment_form", "str", "就业形式", "请问您是灵活就业，还是由单位招用（或通过公益性岗位安置）？", EMPLOYMENT_FORMS),
        _spec("employer_size", "str", "企业规模", "请问企业属于大型企业，还是中小微企业（小微企业）？", EMPLOYER_SIZES),
        _spec("contract_years", "decimal", "劳动合同期限（年）", "请问签订的劳动合同期限是几年？"),
        _spec("contribution", "decimal", "实际缴纳的社会保险费（元）", "请问实际缴纳的社会保险费是多少元？"),
        _spec("public_post_replacements", "int", "公益性岗位期满后再次安置的次数", "请问公益性岗位补贴期满后，您已经再次安置过几次？"),
        _spec("training_kind", "str", "培训类别", "请问是哪类培训：订单式/项目制培训、企业职工培训，还是面向劳动者的职业技能提升培训？", TRAINING_KINDS),
        _spec("training_days", "int", "培训天数", "请问培训了多少天？"),
        _spec("trainees_count", "int", "培训人数", "请问参加培训的有多少人？"),
        _spec("amount_basis", "str", "按每个（每人）还是合计计算", "请问您想知道每人（每个）的数额，还是合计数额？", AMOUNT_BASES),
        _spec("employment_rate", "decimal", "培训结束后的就业率", "请问培训结束后的就业率是多少？"),
        _spec("hires_count", "int", "招用人数", "请问招用了多少人？"),
        _spec("established_date", "date", "评价机构设立（遴选通过）日期", "请问评价机构是哪一天设立（遴选通过）的？"),
        _spec("renewals", "int", "已延续有效期的次数", "请问有效期已经延续过几次？"),
        _spec("application_date", "date", "提交申请的日期", "请问是哪一天提交（或打算提交）申请的？"),
        _spec("material_kind", "str", "评价材料类别", "请问是哪类材料：一般纸质材料、评价过程视频材料，还是个人报名表、承诺书、签到表等反映关键节点的纸质材料？", MATERIAL_KINDS),
        _spec("record_date", "date", "评价活动（材料形成）日期", "请问这些材料是哪一天形成的（评价活动日期）？"),
        _spec("insured_months", "int", "足额缴纳失业保险费的月数", "请问企业足额缴纳失业保险费多少个月了？"),
        _spec("layoff_rate", "decimal", "上年度裁员率", "请问企业上年度裁员率是多少（未裁员请说明）？"),
        _spec("headcount", "int", "参保职工人数", "请问企业参保职工有多少人？"),
        _spec("unemployment_insurance_paid", "decimal", "上年度实际缴纳失业保险费（元）", "请问企业及其职工上年度实际缴纳的失业保险费是多少元？"),
        _spec("loan_amount", "decimal", "贷款金额（元）", "请问贷款金额是多少元？"),
        _spec("loan_at_ceiling", "bool", "是否按最高额度贷款（贷满、顶格）", "请问您贷款金额是多少？"),
        _spec("interest_rate", "decimal", "贷款年利率", "请问贷款的年利率是多少？"),
        _spec("amount", "decimal", "提到的金额（元，未能归入其他事实）", "请问涉及的金额是多少元？"),
        _spec("rate", "decimal", "提到的比例（未能归入其他事实）", "请问比例是多少？"),
        _spec("base_level", "str", "见习基地级别", "请问是国家级还是省级就业见习基地？", ("国家级", "省级")),
        _spec("doc_id", "str", "所问的文件", "请问您问的是哪份文件（标题或文号）？"),
    )
}


# A known but too vague value gets a sharper question than the generic one.
_CLARIFY: tuple[tuple[str, str, str], ...] = (
    ("title_level", "初级", "请问您的初级职称是助理级（如助理工程师）还是员级（如技术员）？"),
    ("title_level", "高级", "请问您的高级职称是副高级还是正高级？"),
    ("awards", "政府特殊津贴（级别未明）", "请问您享受的政府特殊津贴是国务院政府特殊津贴，还是省级或其他级别的？"),
)


def question_for(key: str, facts: dict[str, Any] | None = None) -> str:
    """The Chinese question that asks for ``key``; placeholders filled from ``facts``.

    >>> question_for("years_since_level", {"skill_level": "高级技师"})
    '请问您取得高级技师等级后从事技术技能工作有几年了？'
    >>> question_for("years_since_level", {})
    '请问您取得现有技能等级后从事技术技能工作有几年了？'
    >>> question_for("title_level", {"title_level": "初级"})
    '请问您的初级职称是助理级（如助理工程师）还是员级（如技术员）？'
    """
    spec = FACTS.get(key)
    if spec is None:
        return f"请补充：{key}。"
    known = (facts or {}).get(key)
    for clarify_key, vague, question in _CLARIFY:
        if key == clarify_key and (known == vague or (not isinstance(known, str) and known and vague in known)):
            return question
    level = (facts or {}).get("skill_level") or "现有技能"
    return spec.question.replace("{skill_level}", str(level))


def coerce(key: str, value: Any) -> Any:
    """``value`` in the declared type of ``key``, or None when it cannot be read.

    >>> coerce("years_since_level", "3.5"), coerce("awards", ["全国技术能手"])
    (Decimal('3.5'), frozenset({'全国技术能手'}))
    >>> coerce("in_post", "是"), coerce("working_days", 15.0), coerce("age", "abc")
    (True, 15, None)
    """
    spec = FACTS.get(key)
    if value is None or spec is None:
        return None if spec is None else value
    try:
        if spec.kind == "decimal":
            if isinstance(value, bool):
                return None
            return value if isinstance(value, Decimal) else Decimal(str(value))
        if spec.kind == "int":
            if isinstance(value, bool):
                return None
            number = Decimal(str(value))
            return int(number) if number == number.to_integral_value() else None
        if spec.kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "1", "yes", "是", "合格", "在岗"):
                return True
            if text in ("false", "0", "no", "否", "不合格", "不在岗"):
                return False
            return None
        if spec.kind == "date":
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if spec.kind == "set":
            if isinstance(value, str):
                return frozenset([value])
            return frozenset(str(v) for v in value)
        text = str(value).strip()
        return text or None
    except (InvalidOperation, ValueError, TypeError):
        logger.warning("fact %s: cannot read %r as %s", key, value, spec.kind)
        return None
