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

from collections.abc import Iterable, Mapping
import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from assistant.datafile import load_yaml
from assistant.patterns import check
from assistant.schema import Span

logger = logging.getLogger(__name__)

Kind = Literal["str", "decimal", "int", "bool", "date", "set", "counts"]

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
class Terms:
    """How the members of a set fact are said (``terms`` in the YAML)."""

    entries: tuple[tuple[tuple[str, ...], str], ...]  # (values added, pattern), in reading order
    negation: str | None = None  # a pattern that, ending just before a term, negates it
    window: int = 5  # how many characters before a term the negation may stand in
    negated_into: str | None = None  # a negated term's first value goes to this set fact
    none: str | None = None  # a pattern saying the set is empty
    minus: str | None = None  # members another set fact holds are removed
    counted: str | None = None  # a ``counts`` fact: how many of each member were said (“1个中华技能大奖、2个全国技术能手”)
    denied_after: str | None = None  # a pattern that, starting right after a term, denies it (“特贴也没有”)
    count_before: str | None = None  # with ``counted``: a pattern ending right before a term, its group 1 the count (“2个新获了”)
    count_after: str | None = None  # … or starting right after it (“…的有3人”)
    # intents (assistant/data/intents.yaml) read at the end of a term's clause before it that say the term is not
    # the person's own: another person's (“我师傅拿了中华技能大奖”) or a rule's condition quoted (“不是说拿了…可以…”)
    not_own: tuple[str, ...] = ()
    # a negated term's first value is recorded in this set fact, the set itself staying the complete list
    # said (unlike ``negated_into``, which makes it open: awards are listed, categories are not)
    denied_into: str | None = None
    # a pattern that, said beside members, says they are all there is (“普通农民工，啥特殊身份也没有”): every other
    # value of the fact goes to ``negated_into``
    closes: str | None = None


@dataclass(frozen=True)
class Ladder:
    """A ladder of levels (``ladder`` in the YAML): held in its fact, wanted in ``wanted``."""

    wanted: str
    pick: Literal["highest", "last"]
    terms: tuple[tuple[str, str], ...]  # (value, pattern), in reading order
    denied: str | None = None  # a set fact: the levels said not held (“特级技师我还没考”)
    not_own: tuple[str, ...] = ()  # intents saying a level is another person's (“我师傅是高级技师”): not read held


@dataclass(frozen=True)
class Implication:
    """A value that follows from another fact: a number ``below`` a bound or ``at_least`` one, a value ``equals``, or one known that ``differs`` from a value.

    >>> Implication("headcount", None, None, True, "", at_least=Decimal(300)).holds({"headcount": 3000})
    True
    >>> Implication("headcount", None, None, True, "", at_least=Decimal(300)).holds({"headcount": 299})
    False
    >>> Implication("contribution", Decimal(5000), None, True, "", unless=("contribution_yearly",)).holds({"contribution": 1500, "contribution_yearly": True})
    False
    """

    source: str
    below: Decimal | None
    equals: str | None
    value: str | bool
    why: str
    at_least: Decimal | None = None
    unless: tuple[str, ...] = ()  # facts that, when known, say otherwise (a year's contribution said: not a month's)
    when: tuple[tuple[str, str], ...] = ()  # other facts that must hold these values too (a man's age: ``sex`` 男)
    differs: str | None = None  # … or a value known and other than this one (registered in 江苏省, not 浙江省)

    def holds(self, facts: dict[str, Any]) -> bool:
        """
        >>> Implication("age", Decimal(56), None, True, "", when=(("sex", "男"),)).holds({"age": 50, "sex": "男"})
        True
        >>> Implication("age", Decimal(56), None, True, "", when=(("sex", "男"),)).holds({"age": 50})
        False
        >>> rule = Implication("registered_province", None, None, False, "", differs="浙江省")
        >>> rule.holds({"registered_province": "江苏省"}), rule.holds({"registered_province": "浙江省"}), rule.holds({})
        (True, False, False)
        """
        if any(facts.get(other) is not None for other in self.unless):
            return False
        if any(facts.get(other) != value for other, value in self.when):
            return False
        given = facts.get(self.source)
        number = isinstance(given, (int, Decimal)) and not isinstance(given, bool)
        if self.below is not None:
            return number and given < self.below
        if self.at_least is not None:
            return number and given >= self.at_least
        if self.differs is not None:
            return given is not None and given != self.differs
        return given == self.equals or (isinstance(given, (frozenset, set, tuple, list)) and self.equals in given)


@dataclass(frozen=True)
class FactSpec:
    """One declared fact (``assistant/rules/facts/*.yaml``): its type, words and question."""

    key: str
    kind: Kind
    label: str  # Chinese, for listing what is understood or missing
    question: str  # Chinese, asked when the fact is missing; may name {skill_level}
    # a set fact asked among the members a rule lists (the groups of its clause, those said not held left out):
    # the question naming them, {among}
    question_among: str | None = None
    # the same asked of the people the person speaks of (an employer's hires, a class's trainees), not of the person
    question_among_others: str | None = None
    question_others: str | None = None
    # a set fact's members told by a yes/no fact of their own (城镇登记失业人员: “办了失业登记” — registered_unemployed):
    # that fact yes holds the member, no says it is not held
    member_facts: tuple[tuple[str, str], ...] = ()
    choices: tuple[str, ...] = ()
    yes: tuple[str, ...] = ()  # bool facts: short replies meaning yes when this fact was just asked
    no: tuple[str, ...] = ()
    # set facts: what a short reply to this fact's own question names (member, pattern) — words that name a member
    # only as an answer to it (“是，本科” to “您属于哪类人员？”: a graduate; “对，大一就开始贷了”: a student loan)
    in_reply: tuple[tuple[str, str], ...] = ()
    elliptical: str | None = None  # “那正高呢？”: a held value of this fact stands for that fact
    answered_by: tuple[str, ...] = ()  # facts whose words, in a reply when this fact is asked, answer it (“干了5年”)
    # facts giving the day this one is counted from (“2019年拿的” to “取得等级后有几年了？”): said in a reply when this
    # fact is asked, they answer it — another figure of years in that reply is not this one (“焊工干了十一年了”)
    dated_by: tuple[str, ...] = ()
    occasions: str | None = None  # a bool fact: a reply naming past occasions by level only is of the conversation's occupation
    # an intent (assistant/data/intents.yaml): an occasion told again without its number (“今年又学了叉车，也领了补贴”)
    # adds one to the count the conversation holds
    one_more: str | None = None
    examples: tuple[dict, ...] = ()  # {text, value} pairs, run by the tests
    cues: tuple[tuple[Any, tuple[str, ...]], ...] = ()  # (value, patterns) in reading order
    bounds: tuple[Decimal, Decimal] | None = None  # a number outside them is not believed
    implied: tuple[Implication, ...] = ()  # values that follow from another fact
    since: str | None = None  # a years fact that can be counted from this date fact to the day asked
    since_unit: str = "年"  # the unit the count from ``since`` is in: 年, or 个月 (“失业保险从2021年起一直交” → months insured)
    terms: Terms | None = None  # set facts: the terms that add members
    ladder: Ladder | None = None  # levels held here and wanted in another fact
    money: bool = False  # an amount in 元 (a bare number with nothing asked fills it when the topic reads it)
    counts_people: bool = False  # a number of people (“8个” alone fills it when the topic reads it)
    of_person: bool = False  # said of one person among several listed (“1个只签了半年”“一个38岁”): tells them apart in a total
    fallback: bool = False  # read by rules only when a more specific fact of its kind is unknown: a reply fills the specific one
    mentions: tuple[dict, ...] = ()  # how it is said with a number: {unit, before, after, not_before, window}
    ratio_of: tuple[str, str] | None = None  # a rate derived from two counts (part, whole) when not said
    difference_of: tuple[str, str] | None = None  # years derived from two ages (now, then) when not said
    per_turn: bool = False  # what a message asks (the period, not the amount): not carried to a new question
    # a bool fact that a total asked again, telling nothing new, right after an answer giving that total
    # means (“那一共能拿多少” after “见习补贴合计33840元；另有保费补贴1200元”: the part listed beside it too)
    asked_again: bool = False
    clears: tuple[str, ...] = ()  # said in a message, these facts of earlier messages no longer hold (“那我能报个啥？”: the title asked before)
    dated_fact: tuple[str, int] | None = None  # (bool fact, N): a year within the N years before the day asked makes it false, an earlier one true
    since_age: tuple[str, int] | None = None  # (age fact, N): years that cannot have begun before age N (“28岁，干了20年” is not believed)
    ranged: bool = False  # a duration that may be said as a range (“六七年”, “十几天”): it holds a ``Span`` then
    counted_list: tuple[str, str] | None = None  # (set fact, pattern): “考过A、B、C，都领过补贴” — a count, the members listed
    counted_clauses: str | None = None  # a pattern: the clauses of a message saying it, two or more, are a count (“前年…拿了补贴，去年…也拿了补贴”)
    undecided: str | None = None  # a pattern naming the thing: said beside words of not yet settled (“合同还没定签多长”), the fact is open (``UNDECIDED``)
    vague: bool = False  # a count said only as “some” (“留下了一部分”: negation.yaml ``vague``) beside its ``undecided`` thing is open too
    # values people say that no rule provides for (“市级见习基地” where the rules list 国家级, 省级): read by
    # their cues like any value, and a rule reading the fact answers that its article does not provide for it
    unlisted: tuple[str, ...] = ()
    # a value said in place of a listed one of the same kind (国赛银牌 where 国赛金牌 is listed): the person
    # spoke to that condition and does not meet it (``assistant.rules.common.near_misses``)
    near: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # how a question asks for this fact (“你今年多大？”, “以前享受过几次？”): a transcript's own question, not
    # the one the assistant would have asked, still has its reply read as this fact (``dialogue.read_turn``)
    asked: str | None = None
    # the years from one stated event to another, both said with their month (“去年9月签的合同，今年11月才培训”):
    # (pattern of the clause holding the first date, pattern of the clause holding the second)
    interval: tuple[str, str] | None = None
    # a date said as a time after another stated event (“2024年6月毕业，毕业三个月后注册了个体户”):
    # (year fact, month fact, pattern just before the figure, pattern of the clause it is said in)
    offset: tuple[str, str, str, str] | None = None
    # intents read at the end of a cue's clause before it that say what the cue names is not the person's own
    # (“我师傅是全国劳模”): a cue said only so is not said (``slots.not_own``; terms and ladders declare their own)
    not_own: tuple[str, ...] = ()

    @property
    def values(self) -> tuple[str, ...]:
        """Every value the fact may hold as said: the listed choices, then the unlisted ones."""
        return self.choices + self.unlisted


FACTS_DIR = Path(__file__).resolve().parent / "facts"
UNDECIDED = "undecided"  # the set fact holding the labels of the facts said to be not yet settled
# a rate said as above a figure (超过八成, 九成多) is held this much above it: a threshold 高于80% is met, and the
# figure is shown as said (rules.base.fmt_percent: 80%以上)
ABOVE_FIGURE = Decimal("0.0001")
_KINDS = ("str", "decimal", "int", "bool", "date", "set", "counts")


def load_facts(directory: Path = FACTS_DIR) -> dict[str, FactSpec]:
    """Every declared fact, from the YAML files of ``directory``; a malformed entry is refused.

    >>> facts = load_facts()
    >>> facts["annual_appraisal_passed"].kind, "不合格" in facts["annual_appraisal_passed"].no
    ('bool', True)
    """
    specs: dict[str, FactSpec] = {}
    for path in sorted(directory.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        keys = re.findall(r"^([A-Za-z_][\w]*):", text, flags=re.M)
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:  # YAML keeps the last of two equal keys silently
            raise ValueError(f"{path.name}: fact {twice[0]!r} is declared twice")
        for key, entry in (load_yaml(text) or {}).items():
            if key in specs:
                raise ValueError(f"{path.name}: fact {key!r} is declared twice")
            if not isinstance(entry, dict) or entry.get("kind") not in _KINDS or not entry.get("label") or not entry.get("question"):
                raise ValueError(f"{path.name}: fact {key!r} needs kind ({'/'.join(_KINDS)}), label and question")
            answers = entry.get("answers") or {}
            unlisted = entry.get("unlisted") or {}
            if unlisted and (entry["kind"] != "str" or not isinstance(unlisted, dict)):
                raise ValueError(f"{path.name}: fact {key!r}: unlisted values (value: [patterns]) are for str facts with choices")
            specs[key] = FactSpec(
                key=key,
                kind=entry["kind"],
                label=str(entry["label"]),
                question=str(entry["question"]),
                question_among=str(entry["question_among"]) if entry.get("question_among") else None,
                question_among_others=str(entry["question_among_others"]) if entry.get("question_among_others") else None,
                question_others=str(entry["question_others"]) if entry.get("question_others") else None,
                member_facts=tuple((str(m), str(f)) for m, f in (entry.get("member_facts") or {}).items()),
                choices=tuple(str(c) for c in entry.get("choices") or ()),
                unlisted=tuple(str(v) for v in unlisted),
                near=tuple((str(v), tuple(str(w) for w in (ws if isinstance(ws, list) else [ws]))) for v, ws in (entry.get("near") or {}).items()),
                yes=tuple(str(w) for w in answers.get("yes") or ()),
                no=tuple(str(w) for w in answers.get("no") or ()),
                in_reply=tuple((str(m), str(p)) for m, p in (entry.get("in_reply") or {}).items()),
                elliptical=entry.get("elliptical"),
                answered_by=tuple(str(k) for k in entry.get("answered_by") or ()),
                dated_by=tuple(str(k) for k in entry.get("dated_by") or ()),
                occasions=entry.get("occasions"),
                one_more=_one_more(key, entry.get("one_more")),
                examples=tuple(entry.get("examples") or ()),
                cues=_cues(key, entry["kind"], {**(entry.get("cues") or {}), **unlisted}, bool(entry.get("held_wins"))),
                counts_people=bool(entry.get("counts_people")),
                of_person=bool(entry.get("of_person")),
                fallback=bool(entry.get("fallback")),
                mentions=_mentions(key, entry["kind"], entry.get("mentions") or ()),
                ratio_of=tuple(entry["ratio_of"]) if entry.get("ratio_of") else None,
                difference_of=tuple(entry["difference_of"]) if entry.get("difference_of") else None,
                per_turn=bool(entry.get("per_turn")),
                asked_again=bool(entry.get("asked_again")),
                clears=tuple(str(k) for k in entry.get("clears") or ()),
                since_age=(str(entry["since_age"]["fact"]), int(entry["since_age"]["from"])) if entry.get("since_age") else None,
                dated_fact=(str(entry["dated_fact"]["fact"]), int(entry["dated_fact"]["within_years"])) if entry.get("dated_fact") else None,
                money=bool(entry.get("money")),
                ranged=_ranged(key, entry),
                counted_list=(str(entry["counted_list"]["of"]), check(str(entry["counted_list"]["said"]))) if entry.get("counted_list") else None,
                counted_clauses=check(str(entry["counted_clauses"])) if entry.get("counted_clauses") else None,
                since=entry.get("since"),
                since_unit=str(entry.get("since_unit") or "年"),
                undecided=check(str(entry["undecided"])) if entry.get("undecided") else None,
                vague=bool(entry.get("vague")),
                asked=check(str(entry["asked"])) if entry.get("asked") else None,
                interval=(check(str(entry["interval"]["from"])), check(str(entry["interval"]["to"]))) if entry.get("interval") else None,
                offset=(str(entry["offset"]["year"]), str(entry["offset"]["month"]), check(str(entry["offset"]["before"])), check(str(entry["offset"]["clause"]))) if entry.get("offset") else None,
                terms=_terms(key, entry.get("terms")),
                ladder=_ladder(key, entry.get("ladder")),
                not_own=_not_own(key, entry.get("not_own")),
                implied=tuple(
                    Implication(
                        i["from"], Decimal(str(i["below"])) if "below" in i else None, i.get("equals"), i["value"], i["why"],
                        Decimal(str(i["at_least"])) if "at_least" in i else None,
                        tuple(i.get("unless") or ()),
                        tuple((str(k), str(v)) for k, v in (i.get("when") or {}).items()),
                        i.get("differs"),
                    )
                    for i in entry.get("implied") or ()
                ),
                bounds=tuple(Decimal(str(b)) for b in entry["bounds"]) if entry.get("bounds") else None,
            )
    specs = _expanded(specs)
    for spec in specs.values():
        for rule in spec.implied:
            source, value = rule.source, rule.value
            bounds = [b for b in (rule.below, rule.equals, rule.at_least, rule.differs) if b is not None]
            if source not in specs or any(u not in specs for u in rule.unless) or any(k not in specs or (specs[k].choices and v not in specs[k].choices) for k, v in rule.when) or (spec.choices and value not in spec.choices) or len(bounds) != 1 or (spec.kind == "bool") != isinstance(value, bool):
                raise ValueError(
                    f"fact {spec.key!r}: implied from undeclared {source!r}, to an unknown value {value!r}, or without one of below/at_least/equals/differs"
                )
        for other in (spec.terms.negated_into, spec.terms.minus, spec.terms.denied_into) if spec.terms else ():
            if other and (other not in specs or specs[other].kind != "set"):
                raise ValueError(f"fact {spec.key!r}: terms name {other!r}, which is not a declared set fact")
        if spec.terms and spec.terms.counted and (spec.terms.counted not in specs or specs[spec.terms.counted].kind != "counts"):
            raise ValueError(f"fact {spec.key!r}: terms count into {spec.terms.counted!r}, which is not a declared counts fact")
        if spec.ladder and (spec.ladder.wanted not in specs or any(v not in spec.choices for v, _ in spec.ladder.terms)):
            raise ValueError(f"fact {spec.key!r}: ladder wants an undeclared fact or has a value outside its choices")
        if spec.ladder and spec.ladder.denied and (spec.ladder.denied not in specs or specs[spec.ladder.denied].kind != "set"):
            raise ValueError(f"fact {spec.key!r}: ladder denies into {spec.ladder.denied!r}, which is not a declared set fact")
        if spec.offset and (spec.kind != "date" or spec.offset[0] not in specs or spec.offset[1] not in specs):
            raise ValueError(f"fact {spec.key!r}: offset is for a date fact, from a declared year and month fact")
        if spec.since_unit not in ("年", "个月") or (spec.since_unit == "个月" and spec.kind != "int"):
            raise ValueError(f"fact {spec.key!r}: since_unit is 年 or 个月 (个月 for an int fact)")
        if spec.since and (spec.since not in specs or specs[spec.since].kind != "date"):
            raise ValueError(f"fact {spec.key!r}: since names {spec.since!r}, which is not a declared date fact")
        if spec.ratio_of and (len(spec.ratio_of) != 2 or any(k not in specs for k in spec.ratio_of)):
            raise ValueError(f"fact {spec.key!r}: ratio_of names two declared facts (part, whole)")
        if spec.difference_of and (len(spec.difference_of) != 2 or any(k not in specs for k in spec.difference_of)):
            raise ValueError(f"fact {spec.key!r}: difference_of names two declared facts (now, then)")
        if spec.dated_fact and (spec.dated_fact[0] not in specs or specs[spec.dated_fact[0]].kind != "bool"):
            raise ValueError(f"fact {spec.key!r}: dated_fact names {spec.dated_fact[0]!r}, which is not a declared bool fact")
        if spec.since_age and (spec.since_age[0] not in specs or spec.kind not in ("decimal", "int")):
            raise ValueError(f"fact {spec.key!r}: since_age names an undeclared fact or the fact is not a number")
        if any(k not in specs for k in spec.clears):
            raise ValueError(f"fact {spec.key!r}: clears an undeclared fact")
        if any(k not in specs or specs[k].kind != spec.kind for k in spec.answered_by):
            raise ValueError(f"fact {spec.key!r}: answered_by names an undeclared fact or one of another kind")
        if any(k not in specs for k in spec.dated_by):
            raise ValueError(f"fact {spec.key!r}: dated_by names an undeclared fact")
        if spec.elliptical and spec.elliptical not in specs:
            raise ValueError(f"fact {spec.key!r}: elliptical names undeclared fact {spec.elliptical!r}")
        if spec.counted_list and (spec.counted_list[0] not in specs or specs[spec.counted_list[0]].kind != "set" or spec.kind != "int"):
            raise ValueError(f"fact {spec.key!r}: counted_list counts the members of a declared set fact into an int fact")
        if spec.vague and not spec.undecided:
            raise ValueError(f"fact {spec.key!r}: vague reads the thing its undecided pattern names: declare undecided")
        if spec.undecided and (UNDECIDED not in specs or specs[UNDECIDED].kind != "set"):
            raise ValueError(f"fact {spec.key!r}: undecided needs the declared set fact {UNDECIDED!r}")
        if spec.undecided and sum(1 for other in specs.values() if other.label == spec.label) > 1:
            raise ValueError(f"fact {spec.key!r}: a fact that may be said undecided is named by its label, which another fact shares")
        if spec.unlisted and (not spec.choices or any(v in spec.choices for v in spec.unlisted)):
            raise ValueError(f"fact {spec.key!r}: unlisted values go beside choices, never among them")
        if any(v not in spec.choices or any(w not in spec.choices or w == v for w in ws) for v, ws in spec.near):
            raise ValueError(f"fact {spec.key!r}: near names a value outside its choices (or the value itself)")
        if spec.occasions and (spec.occasions not in specs or specs[spec.occasions].kind != "bool"):
            raise ValueError(f"fact {spec.key!r}: occasions names {spec.occasions!r}, which is not a declared bool fact")
    return specs


_MENTION_UNITS = ("天", "工作日", "月", "年", "岁", "元", "%", "个", "次", "数")
_DATE_UNITS = ("日期", "年份", "往年", "届")  # when: read by date facts, or by int facts (the year, years ago, take: month)
_MENTION_KEYS = {
    "unit", "before", "after", "not_before", "not_after", "window", "with", "rest", "both", "times", "plus", "ordinal",
    "adds_listed", "prefer", "clause", "not_clause", "previous", "previous_holds", "shares", "across", "yields_to", "per", "not_values", "take", "last",
    "ranges", "upper", "again", "asked", "alone", "each", "next",
}
_PATTERN_KEYS = ("before", "after", "not_before", "not_after", "with", "clause", "not_clause", "previous", "next")
_LADDER_NAME = re.compile(r"\{([a-z_]+)\}")


def _expanded(specs: dict[str, FactSpec]) -> dict[str, FactSpec]:
    """Patterns of cues and mentions may name a ladder fact, ``{skill_level}``: any of its levels as said;
    or ``{occupation}``: any occupation of ``assistant/data/occupations.yaml`` as people name it.

    A name that is no ladder fact is refused; ``{0,6}`` (a count) is not a name.
    """
    from assistant.understand.occupations import OCCUPATION_RE

    def expand(key: str, pattern: str) -> str:
        def level(m: re.Match[str]) -> str:
            if m.group(1) == "occupation":
                return OCCUPATION_RE.pattern
            named = specs.get(m.group(1))
            if named is None or named.ladder is None:
                raise ValueError(f"fact {key!r}: pattern names {{{m.group(1)}}}, which is not a fact with a ladder")
            return "(?:" + "|".join(f"(?:{p})" for _, p in named.ladder.terms) + ")"

        out = _LADDER_NAME.sub(level, pattern)
        check(out)
        return out

    out = {}
    for key, spec in specs.items():
        cues = tuple((value, tuple(expand(key, p) for p in patterns)) for value, patterns in spec.cues)
        mentions = tuple({**w, **{n: expand(key, w[n]) for n in _PATTERN_KEYS if w.get(n)}} for w in spec.mentions)
        for way in mentions:
            for name in [way.get("previous_holds"), *(way.get("yields_to") or ()), *(way.get("asked") or ())]:
                if name and (name not in specs or (name == way.get("previous_holds") and specs[name].ladder is None)):
                    raise ValueError(f"fact {key!r}: a mention names {name!r}, which is not a declared fact (with a ladder, for previous_holds)")
        out[key] = replace(spec, cues=cues, mentions=mentions)
    return out


DURATION_UNITS = frozenset({"年", "月", "个月", "天", "工作日"})


def _ranged(key: str, entry: dict) -> bool:
    """Whether a fact may hold a range (``Span``): a number of years, months or days said of the person
    (every way it is said with a number is in one of those units), never people or money.  ``ranged:
    false`` declares a duration that is used as an exact figure only (a period asked about).
    """
    if entry.get("ranged") is not None:
        if entry["ranged"] and entry.get("kind") not in ("int", "decimal"):
            raise ValueError(f"fact {key!r}: ranged is for int / decimal facts")
        return bool(entry["ranged"])
    units = {u for w in entry.get("mentions") or () for u in (w["unit"] if isinstance(w.get("unit"), list) else [w.get("unit")])}
    return entry.get("kind") in ("int", "decimal") and bool(units) and units <= DURATION_UNITS and not entry.get("counts_people") and not entry.get("money")


def _mentions(key: str, kind: str, ways) -> tuple[dict, ...]:
    """The declared ways a number fact is said (read by ``assistant/understand/mentions.py``)."""
    if ways and kind not in ("int", "decimal", "date") and not (kind == "counts" and all(w.get("each") for w in ways)):
        raise ValueError(f"fact {key!r}: mentions are for int / decimal / date facts (and, each, for counts facts)")
    if any(w.get("each") for w in ways) and (kind != "counts" or not all(w.get("each") for w in ways)):
        raise ValueError(f"fact {key!r}: each is for counts facts, on every way of it")
    out = []
    for way in ways:
        units = way.get("unit")
        units = units if isinstance(units, list) else [units]
        from assistant.understand.mentions import UNIT_WORDS

        if set(way) - _MENTION_KEYS or any(u not in _MENTION_UNITS and u not in UNIT_WORDS and u not in _DATE_UNITS for u in units):
            raise ValueError(f"fact {key!r}: a mention has {sorted(_MENTION_KEYS)} and a unit among {_MENTION_UNITS + _DATE_UNITS}")
        if kind == "date" and set(units) - set(_DATE_UNITS) - {"往年"} or kind == "date" and "往年" in units:
            raise ValueError(f"fact {key!r}: a date fact is said with 日期 / 年份 / 届, not {units}")
        if way.get("take") not in (None, "month", "month_end") or (way.get("take") and set(units) - {"日期", "往年"}):
            raise ValueError(f"fact {key!r}: take: month is for 日期 / 往年, take: month_end for 日期")
        for name in _PATTERN_KEYS:
            if way.get(name):
                check(way[name])
        out.append(dict(way))
    return tuple(out)


def _ladder(key: str, ladder: dict | None) -> Ladder | None:
    if not ladder:
        return None
    if ladder.get("pick") not in ("highest", "last"):
        raise ValueError(f"fact {key!r}: ladder pick must be highest or last")
    terms = []
    for term in ladder.get("terms") or ():
        check(term["say"])
        terms.append((str(term["value"]), str(term["say"])))
    return Ladder(str(ladder["wanted"]), ladder["pick"], tuple(terms), ladder.get("denied"), _not_own(key, ladder.get("not_own")))


def _not_own(key: str, ids: object) -> tuple[str, ...]:
    """The intents a ladder or terms names (``not_own``), each declared in assistant/data/intents.yaml."""
    if not ids:
        return ()
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ValueError(f"fact {key!r}: not_own is a list of intent ids")
    from assistant.understand.intents import intents

    unknown = [i for i in ids if i not in intents()]
    if unknown:
        raise ValueError(f"fact {key!r}: not_own names intents not declared in intents.yaml: {unknown}")
    return tuple(ids)


def _one_more(key: str, name: str | None) -> str | None:
    """The intent a fact declares as ``one_more``, checked to be declared in assistant/data/intents.yaml."""
    from assistant.understand.intents import intents

    if name is not None and name not in intents():
        raise ValueError(f"fact {key!r}: one_more names {name!r}, which is not a declared intent")
    return name


def _terms(key: str, terms: dict | None) -> Terms | None:
    if not terms:
        return None
    entries = []
    for entry in terms.get("list") or ():
        values = tuple(str(v) for v in entry["values"])
        check(entry["say"])
        entries.append((values, str(entry["say"])))
    for pattern in (terms.get("negation"), terms.get("none"), terms.get("denied_after"), terms.get("count_before"), terms.get("count_after"), terms.get("closes")):
        if pattern:
            check(pattern)
    if terms.get("counted") and not (terms.get("count_before") and terms.get("count_after")):
        raise ValueError(f"fact {key!r}: terms that count (counted) say how a count is said: count_before and count_after")
    return Terms(
        tuple(entries), terms.get("negation"), int(terms.get("window", 5)), terms.get("negated_into"), terms.get("none"), terms.get("minus"), terms.get("counted"),
        terms.get("denied_after"), terms.get("count_before"), terms.get("count_after"), _not_own(key, terms.get("not_own")),
        terms.get("denied_into"), terms.get("closes"),
    )


def _cues(key: str, kind: str, cues: dict, held_wins: bool = False) -> tuple[tuple[Any, tuple[str, ...]], ...]:
    """(value, patterns) pairs; a bool fact's ``false`` cues come first (a negation wins) — unless the fact
    declares ``held_wins``: one of several alternatives (any honour of a list), where one said held settles it
    whatever else is said not held beside it (“省里的表彰没有，但我是全国技术能手”)."""
    out = []
    for value, patterns in cues.items():
        if kind == "bool":
            if str(value) not in ("true", "false", "True", "False"):
                raise ValueError(f"fact {key!r}: bool cues are `true` / `false`, not {value!r}")
            value = str(value).lower() == "true"
        elif kind in ("int", "decimal"):
            value = Decimal(str(value)) if kind == "decimal" else int(value)
        for pattern in patterns:
            check(pattern)  # a broken pattern is refused when the facts load, not when a person types
        out.append((value, tuple(patterns)))
    # stable: YAML order, a bool's `true` last (first where held wins)
    return tuple(sorted(out, key=lambda item: (item[0] is True) != held_wins)) if kind == "bool" else tuple(out)


FACTS: dict[str, FactSpec] = load_facts()


def undecided_keys(facts: Mapping[str, Any]) -> frozenset[str]:
    """The facts the person said are not yet settled (“合同还没定签多长”), by key, that are still unknown.

    ``UNDECIDED`` holds their labels (shown as understood, in Chinese); a value said later settles one.

    >>> undecided_keys({"undecided": frozenset({"劳动合同期限（年）"})})
    frozenset({'contract_years'})
    >>> undecided_keys({"undecided": frozenset({"劳动合同期限（年）"}), "contract_years": 2})
    frozenset()
    """
    said = facts.get(UNDECIDED) or ()
    return frozenset(k for k, spec in FACTS.items() if spec.undecided and spec.label in said and facts.get(k) is None)


# A known but too vague value gets a sharper question than the generic one.
_CLARIFY: tuple[tuple[str, str, str], ...] = (
    ("title_level", "初级", "请问您的初级职称是助理级（如助理工程师）还是员级（如技术员）？"),
    ("title_level", "高级", "请问您的高级职称是副高级还是正高级？"),
    ("awards", "政府特殊津贴（级别未明）", "请问您享受的政府特殊津贴是国务院政府特殊津贴，还是省级或其他级别的？"),
)


def sizes_amount(key: str) -> bool:
    """Whether fact ``key`` only sizes an amount (money, a number of people, days or months, the minimum wage) rather
    than deciding whether one qualifies.

    >>> sizes_amount("internship_months"), sizes_amount("min_wage"), sizes_amount("years_since_graduation")
    (True, True, False)
    """
    spec = FACTS.get(key)
    return spec is not None and (spec.money or spec.counts_people or key.endswith(("_days", "_months")) or key in ("min_wage",))


def question_for(key: str, facts: dict[str, Any] | None = None, among: tuple[str, ...] = ()) -> str:
    """The Chinese question that asks for ``key``; placeholders filled from ``facts``; a set fact asked among the
    members a rule lists (``among``) names them.

    >>> question_for("person_categories", {}, ("城镇登记失业人员", "就业困难人员"))
    '请问您是否属于以下人员：城镇登记失业人员、就业困难人员？都不是的话请回复“都不是”。'
    >>> question_for("person_categories", {"hires_count": 1}, ("就业困难人员",))
    '请问所说的人员是否属于以下人员：就业困难人员？都不是的话请回复“都不是”。'

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
    if among and spec.question_among:
        # (“招了个去年毕业的…单位能拿补贴吗”: the people hired are asked about, not the employer)
        asked = spec.question_among_others if spec.question_among_others and _of_others(facts or {}) else spec.question_among
        return asked.replace("{among}", "、".join(among))
    if spec.question_others and _of_others(facts or {}):
        return spec.question_others
    level = (facts or {}).get("skill_level") or "现有技能"
    return spec.question.replace("{skill_level}", str(level))


def _of_others(facts: dict[str, Any]) -> bool:
    """Whether the facts speak of people the person hires, trains or places (a count of them, or hiring said),
    not of the person themselves.

    >>> _of_others({"hires_count": 2}), _of_others({"employment_form": "单位招用"}), _of_others({"age": 30})
    (True, True, False)
    """
    counted = any(spec.counts_people and isinstance(facts.get(k), int) and not isinstance(facts.get(k), bool) and facts[k] >= 1 for k, spec in FACTS.items())
    return counted or facts.get("employment_form") == "单位招用"


def related_members(key: str, members: Iterable[str]) -> frozenset[str]:
    """The members of set fact ``key`` said together with ``members`` by one declared term
    (“应届大学生” adds 毕业年度高校毕业生 and 高校毕业生: each is related to the other).

    >>> "毕业年度高校毕业生" in related_members("person_categories", ["高校毕业生"]), related_members("person_categories", ["退役军人"])
    (True, frozenset({'退役军人'}))
    """
    spec = FACTS[key]
    held = set(members)
    if spec.terms is None:
        return frozenset(held)
    return frozenset(held | {v for values, _ in spec.terms.entries if held & set(values) for v in values})


def _span(key: str, spec: FactSpec, span: Span | None) -> Span | None:
    """A range as fact ``key`` holds it: its low end within the bounds, its high end cut to them."""
    if span is None:
        return None
    if spec.kind == "int" and any(v is not None and v != v.to_integral_value() for v in (span.low, span.high)):
        return None
    if spec.bounds:
        low, high = spec.bounds
        if not low <= span.low <= high:
            logger.info("fact %s: %s is outside %s, not taken", key, span, spec.bounds)
            return None
        if span.high is not None and span.high > high:
            span = Span(span.low, high) if high > span.low else None
    return span


def coerce(key: str, value: Any) -> Any:
    """``value`` in the declared type of ``key``, or None when it cannot be read.

    >>> coerce("years_since_level", "3.5"), coerce("awards", ["全国技术能手"])
    (Decimal('3.5'), frozenset({'全国技术能手'}))
    >>> coerce("in_post", "是"), coerce("working_days", 15.0), coerce("age", "abc")
    (True, 15, None)
    >>> coerce("years_since_level", 300), coerce("years_since_level", -5)
    (None, None)
    >>> coerce("award_counts", {"全国技术能手": 2, "中华技能大奖": 1}), coerce("award_counts", {"全国技术能手": 0.5})
    ((('中华技能大奖', 1), ('全国技术能手', 2)), None)

    A duration (``ranged``) may be a range, kept as a ``Span`` within the fact's bounds; a range
    is no count of people, nor any other number:

    >>> coerce("years_since_level", {"low": 6, "high": 7}), coerce("training_days", "11~19"), coerce("years_since_level", "2~")
    (Span(low=Decimal('6'), high=Decimal('7')), Span(low=Decimal('11'), high=Decimal('19')), Span(low=Decimal('2'), high=None))
    >>> coerce("hires_count", {"low": 5, "high": 6}), coerce("years_since_level", {"low": 50, "high": 70}), coerce("training_days", "1.5~3")
    (None, Span(low=Decimal('50'), high=Decimal('60')), None)
    """
    spec = FACTS.get(key)
    if value is None or spec is None:
        return None if spec is None else value
    try:
        if spec.kind in ("decimal", "int"):
            if isinstance(value, bool):
                return None
            span = Span.parse(value)
            if span is not None or isinstance(value, dict):
                return _span(key, spec, span) if spec.ranged else None
            number = value if isinstance(value, Decimal) else Decimal(str(value))
            if spec.bounds and not spec.bounds[0] <= number <= spec.bounds[1]:
                logger.info("fact %s: %s is outside %s, not taken", key, number, spec.bounds)
                return None
            if spec.kind == "decimal":
                return number
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
        if spec.kind == "counts":
            # how many of each member: ((member, n), …) sorted, each n a whole number within bounds
            pairs = value.items() if isinstance(value, Mapping) else value
            out = {}
            for member, n in pairs:
                number = Decimal(str(n))
                if number != number.to_integral_value() or number < 0 or (spec.bounds and not spec.bounds[0] <= number <= spec.bounds[1]):
                    return None
                out[str(member)] = int(number)
            return tuple(sorted(out.items()))
        text = str(value).strip()
        return text or None
    except (InvalidOperation, ValueError, TypeError):
        logger.warning("fact %s: cannot read %r as %s", key, value, spec.kind)
        return None
