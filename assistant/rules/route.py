"""Routing: which rule answers a question, for whom, on which day.

``decide(question, facts, region, as_of)``:

1. finds the topic by the words declared for it (``topics.yaml``, then the declared
   clauses' topics; the facts add weight) — no topic, no decision (retrieval alone answers);
2. keeps the topic's rules that apply where the person is: national rules
   everywhere, a province's rules in that province, a city's in that city.  A
   person whose province has no rule on the topic gets ``not_applicable`` naming
   the regions that do — another province's rule is never applied.  Unknown
   region and only local rules: ask for the region;
3. keeps the variants the facts select (``Rule.selector``), or asks which one;
4. evaluates them and keeps the best: for "how much" questions a rule that
   computes an amount, otherwise one in force; then the most local; then the most
   decisive verdict.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from assistant.datafile import load_yaml
from assistant.patterns import Patterns, check
from assistant.regions import NATIONAL, regions
from assistant.rules.base import Rule
from assistant.rules.common import join
from assistant.rules.inputs import FACTS, coerce, question_for
from assistant.rules.registry import Registry, outcome_rank, registry
from assistant.schema import Calculation, Step
from assistant.understand.intents import intent

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Decision:
    """What the router decided; ``calculation`` is None when it must first ask (region, variant)."""

    topic: str  # Topic.id
    calculation: Calculation | None
    follow_up: str | None  # a Chinese question for the missing facts, or None
    missing: tuple[str, ...]  # fact keys (assistant.rules.inputs.FACTS)
    region: str | None  # the applied rule's region ("全国", a province or a city)
    rule_id: str | None = None
    text: str = ""  # the conclusion in Chinese (the calculation's summary, or the routing message)
    regions_with_rule: tuple[str, ...] = ()  # regions that have a rule on this topic
    related: tuple[Calculation, ...] = field(default=())  # other rules evaluated for the same question

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "calculation": self.calculation.to_dict() if self.calculation else None,
            "follow_up": self.follow_up,
            "missing": list(self.missing),
            "region": self.region,
            "rule_id": self.rule_id,
            "text": self.text,
            "regions_with_rule": list(self.regions_with_rule),
        }


@dataclass(frozen=True)
class Topic:
    id: str
    name: str  # Chinese, used in messages
    patterns: tuple[tuple[str, float], ...]  # (regex, weight)
    facts: tuple[tuple[str, float], ...] = ()  # (fact key, weight) when the fact is known
    requires: str | None = None  # a regex the text must match for the topic to count
    any_region: bool = False  # the question names its document: region discipline does not apply
    verdict_topic: str | None = None  # asked “can one get it?” with no region: the topic whose national rule decides who
    defers_to: tuple[str, ...] = ()  # topics whose rules the clause points to for its conditions (conditions.DeclaredTopic)
    # facts whose values say only what kind of thing is asked about (training_kind 劳动者技能提升培训: a training of the
    # person's own): they score the topic but are none of the case's own facts — a whether asked with them still goes
    # to ``verdict_topic`` (an employer's kind, 企业职工培训, holds the topic)
    kind_facts: tuple[tuple[str, tuple[str, ...]], ...] = ()


TOPICS_FILE = Path(__file__).resolve().parent / "topics.yaml"


def load_topics(path: Path = TOPICS_FILE) -> tuple[Topic, ...]:
    """The topics declared in ``topics.yaml``; a malformed entry (or pattern) is refused by name."""
    topics = []
    for entry in load_yaml(path.read_text(encoding="utf-8")) or ():
        where = f"{path.name}: {entry.get('id', '<no id>')}"
        try:
            topic = Topic(
                str(entry["id"]),
                str(entry["name"]),
                tuple((str(p), float(w)) for p, w in entry["says"]),
                tuple((str(k), float(w)) for k, w in entry.get("facts") or ()),
                entry.get("requires"),
                bool(entry.get("any_region")),
                entry.get("verdict_topic"),
                kind_facts=tuple((str(k), tuple(str(v) for v in vs)) for k, vs in (entry.get("kind_facts") or {}).items()),
            )
            for pattern in (*(p for p, _ in topic.patterns), *((topic.requires,) if topic.requires else ())):
                check(pattern)
        except (KeyError, TypeError, ValueError, re.error) as error:
            raise ValueError(f"{where}: {error}") from error
        topics.append(topic)
    ids = [t.id for t in topics]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path.name}: a topic id is declared twice")
    return tuple(topics)


TOPICS: tuple[Topic, ...] = load_topics()

_THRESHOLD = 3.0
# What a question asks — procedure, the figure a condition requires, the rule in general, a verdict on
# the person, a quantity, an amount — is declared in assistant/data/intents.yaml (asks_procedure,
# asks_requirement_figure, asks_rule_in_general, asks_conditions, asks_verdict, asks_may_i,
# asks_quantity, asks_amount) with examples and not-examples (tests/understand/test_intents.py).


def asks_about_rule(question: str) -> bool:
    """Whether the question asks about the rule in general — its limit, usual figure, conditions or whom
    it covers — and no verdict on the person's case.

    >>> asks_about_rule("一次性创业补贴要满足啥条件才能领？"), asks_about_rule("一个人最多能享受几次？")
    (True, True)
    >>> asks_about_rule("就业补助资金管理办法里讲公益性岗位补贴的是哪一条")
    True
    >>> asks_about_rule("我能领一次性创业补贴吗"), asks_about_rule("哪些人可以申请，我能申请吗")
    (False, False)
    """
    # (“…里讲公益性岗位补贴的是哪一条”: where the text says it — the article, nothing asked of the person)
    general = intent("asks_rule_in_general").search(question) or intent("asks_conditions").search(question) or intent("asks_where_said").search(question)
    return bool(general) and not intent("asks_verdict").search(question)


def own_case(question: str, context: str = "") -> bool:
    """Whether the person speaks of their own case (or of someone's in particular: 我, 我们厂, 他) in the
    question or in their earlier words, rather than of a group the rule covers.

    >>> own_case("我离法定退休还有四年，最长能拿几年？"), own_case("大龄就业困难人员最多能再安置几次？")
    (True, False)
    """
    return bool(intent("speaks_of_own_case").search(question) or (context and intent("speaks_of_own_case").search(context)))


def amount_asked(question: str) -> bool:
    """Whether the person asks how much (a figure rather than a verdict).

    >>> amount_asked("一共能补多少钱？"), amount_asked("能评副高吗")
    (True, False)
    """
    return bool(intent("asks_amount").search(question))


@functools.lru_cache(maxsize=64)
def topic_inputs(topic_id: str | None) -> frozenset[str]:
    """The facts the rules of a topic read (an elliptical follow-up changes one of these)."""
    return frozenset(k for r in registry().all() if r.topic == topic_id for k in r.inputs)


def _stand_in(facts: dict[str, Any], inputs: frozenset[str]) -> None:
    """A generic fact said where the topic reads a specific one (declared ``elliptical``: “今年刚认定的省级”
    is 所说的级别, the 人力资源服务产业园 rules read 产业园级别): it stands for that fact when the topic
    reads it and nothing else says it.

    >>> f = {"level_named": "省级"}
    >>> _stand_in(f, frozenset({"hr_park_level"})); f
    {'level_named': '省级', 'hr_park_level': '省级'}
    >>> f = {"level_named": "省级", "hr_park_level": "国家级"}
    >>> _stand_in(f, frozenset({"hr_park_level"})); f["hr_park_level"]
    '国家级'
    """
    for key, value in list(facts.items()):
        spec = FACTS.get(key)
        target = FACTS.get(spec.elliptical) if spec is not None and spec.elliptical else None
        if target is not None and target.key in inputs and target.key not in facts and key not in inputs and value in target.values:
            facts[target.key] = value


@functools.lru_cache(maxsize=1)
def all_topics() -> tuple[Topic, ...]:
    """TOPICS, then the topics of the clauses declared as conditions (``rules/clauses/*.yaml``) and as
    amounts (``rules/amounts/*.yaml``)."""
    from assistant.rules import amounts, conditions

    known = {t.id for t in TOPICS}
    topics: dict[str, Any] = {}
    for t in (*conditions.topics(), *amounts.topics()):
        if t.id in known:
            continue
        if topics.setdefault(t.id, t) != t:  # a clause and an amount answering one topic say it alike
            raise ValueError(f"declared topic {t.id} is said differently by two declarations")
    declared = tuple(Topic(t.id, t.name, t.patterns, requires=t.requires, defers_to=t.defers_to) for t in topics.values())
    return TOPICS + declared


@functools.lru_cache(maxsize=1)
def topic_table() -> tuple[tuple[Topic, ...], tuple[tuple[int, float], ...], Patterns, Patterns]:
    """All topics; for each of their patterns, in order, (its topic's position, its weight); the
    patterns as one table; and each topic's ``requires`` ("" when it has none), as another."""
    topics = all_topics()
    owners = tuple((n, w) for n, t in enumerate(topics) for _, w in t.patterns)
    says = Patterns(p for t in topics for p, _ in t.patterns)
    requires = Patterns(t.requires or "" for t in topics)
    return topics, owners, says, requires


def detect_topic(question: str, facts: Mapping[str, Any]) -> Topic | None:
    """The best-scoring topic above the threshold, or None.

    A topic scores the weights of its patterns the question matches (only the patterns that
    can match it are searched: ``assistant.patterns``), plus those of its facts known.

    >>> detect_topic("高级技师干了5年能评副高吗", {}).id
    'title_for_skilled'
    >>> detect_topic("今天天气怎么样", {}) is None
    True
    """
    # (“我问的不是培训费那个，是考证鉴定那块的补贴”: what the person says they do not ask about names no topic)
    question = intent("denied_subject").regex.sub("", question)
    topics, owners, says, requires = topic_table()
    scores: dict[int, float] = {}  # topic position -> the weights of its patterns found, added in order
    refused: set[int] = set()  # topics whose ``requires`` the question does not meet
    for i in says.candidates(question):
        n, weight = owners[i]
        if n in refused or not says.search(i, question):
            continue
        if n not in scores and topics[n].requires and not (requires.can_match(n, question) and requires.search(n, question)):
            refused.add(n)
            continue
        scores[n] = scores.get(n, 0) + weight
    best, best_score, best_reads = None, 0.0, -1
    about = {k for k in _said_of_case(facts) if k in FACTS and not FACTS[k].counts_people}
    for n, score in scores.items():  # topics in declaration order
        if score == 0:
            continue
        topic = topics[n]
        score += sum(w for key, w in topic.facts if facts.get(key) not in (None, "", [], ()))
        # (a tie goes to the topic whose rules read more of what the person told: “城镇户口…自己花钱报了个电工班考了证，
        # 也不是学徒制、技师培训这种，职业培训补贴我能领吗” is the six groups', not the levels' of a repeated training)
        # (what it is about, not how many: a count of people is read by many)
        reads = len(about & topic_inputs(topic.id))
        if score > best_score + 1e-9 or (abs(score - best_score) <= 1e-9 and best is not None and reads > best_reads):
            best, best_score, best_reads = topic, score, reads
    return best if best_score >= _THRESHOLD else None


def _topic_scores(question: str, ids: frozenset[str], required: bool = True) -> dict[str, float]:
    """The weights of the declared words of topics ``ids`` the question says (their ``requires`` met, unless
    ``required`` is False: the words the conversation met it with were said before)."""
    question = intent("denied_subject").regex.sub("", question)
    topics, owners, says, requires = topic_table()
    scores: dict[str, float] = {}
    for i in says.candidates(question):
        n, weight = owners[i]
        if topics[n].id not in ids or not says.search(i, question):
            continue
        if required and topics[n].requires and not (requires.can_match(n, question) and requires.search(n, question)):
            continue
        scores[topics[n].id] = scores.get(topics[n].id, 0.0) + weight
    return scores


# facts that say where, how the question is asked or how many, not what about: they name no topic
# (nor whether the act is still ahead: training_planned says when, not what, is asked)
_NO_TOPIC_FACTS = frozenset({"province", "city", "amount", "amount_basis", "people_count", "doc_id", "asks_whether", "asks_amount", "asks_per_month", "asks_per_day", "asks_period", "training_planned"})


def _said_of_case(facts: Mapping[str, Any]) -> set[str]:
    """The facts known of the person's case that may say what it is about (not where, how it is asked or how many)."""
    return {k for k, v in facts.items() if v not in (None, "", [], ()) and k in FACTS and k not in _NO_TOPIC_FACTS and not k.startswith("_")}


def topic_by_facts(question: str, facts: Mapping[str, Any]) -> Topic | None:
    """No topic said in words a topic declares, the person asking whether they themselves qualify: the one topic whose
    rules read the most of what the person said of their case — at least two facts not implied by one another, and
    more than any other topic reads.

    People name a subsidy or a title loosely (“政府那一万块能给我不”, “能不能弄个工程师”); what they tell of themselves
    (运营年数, 毕业年份 / 技能等级, 想评的职称, 考核) says which rules they ask of.  Only a verdict on the person's own
    case is asked so (not a figure, a procedure or a rate: those a passage answers, or the corpus does not).

    >>> topic_by_facts("浙江的，我是技师，工作满五年了，考核一直优秀，能不能弄个工程师", {"province": "浙江省", "skill_level": "技师", "target_title": "中级", "annual_appraisal_passed": True, "years_since_level": 5}).id
    'title_for_skilled'
    >>> topic_by_facts("今天天气怎么样", {}) is None, topic_by_facts("中小企业做数字化转型，政府补助多少钱", {"employer_size": "小微企业", "medium_or_large_enterprise": False}) is None
    (True, True)

    Topics reading as much of it part on the measure named and, of its topics, the one deciding who may have it:

    >>> topic_by_facts("高中毕业后一直打零工，今年二十五，现在没活干，就业见习我能去不", {"age": 25, "employed": False, "excluded_categories": frozenset({"高校毕业生"})}).id
    'internship_eligibility'
    """
    from assistant.understand.intents import intent

    if not (intent("asks_verdict").search(question) or intent("asks_may_i").search(question)) or not own_case(question):
        return None
    said = _said_of_case(facts)
    # (a fact worked out from another said — 中小企业 gives both 企业规模 and 是否大中型企业 — counts once)
    said -= {k for k in said for other in said if other != k and _derived(k, other)}
    if len(said) < 2:
        return None
    scored = sorted(((len(said & topic_inputs(t.id)), n, t) for n, t in enumerate(all_topics())), key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] < 2:
        return None
    tied = [t for count, _, t in scored if count == scored[0][0]]
    if len(tied) > 1:
        # (several read as much: those whose measure the question names — “就业见习”, its ``requires`` — and among
        # them the one that decides who may have it, the ``verdict_topic`` another of them points to: a verdict is asked)
        named = [t for t in tied if t.requires and re.search(t.requires, question)]
        deciding = [t for t in named if any(o.verdict_topic == t.id for o in named)]
        tied = deciding if len(deciding) == 1 else named
    return tied[0] if len(tied) == 1 else None


def _derived(key: str, other: str) -> bool:
    """Whether fact ``key`` is declared implied by fact ``other`` (one said, the other worked out)."""
    spec = FACTS.get(key)
    return spec is not None and any(i.source == other for i in spec.implied)


# ----------------------------------------------------------------- region


@dataclass(frozen=True)
class Person:
    province: str | None
    city: str | None
    national: bool = False  # the person asked about national policy explicitly

    @property
    def known(self) -> bool:
        return self.province is not None

    @property
    def name(self) -> str:
        return self.city or self.province or NATIONAL


def person_of(region: str | None, facts: Mapping[str, Any]) -> Person:
    """Where the person is: the ``region`` argument first, then the facts.

    >>> person_of("杭州市", {})
    Person(province='浙江省', city='杭州市', national=False)
    >>> person_of(None, {"province": "河南省"})
    Person(province='河南省', city=None, national=False)
    """
    table = regions()
    for name in (region, facts.get("city"), facts.get("province")):
        if not name:
            continue
        name = str(name)
        if name == NATIONAL:
            return Person(None, None, national=True)
        province = table.province(name)
        if province is not None:
            city = facts.get("city") if facts.get("city") and table.province_of_city(str(facts["city"])) == province.name else None
            return Person(province.name, city)
        parent = table.province_of_city(name)
        if parent is not None:
            province = table.province(parent)
            bare = province.bare_city(name) if province else None
            return Person(parent, province.city_name(bare) if province and bare else name)
    return Person(None, None)


def _asks_standard(question: str) -> bool:
    """Is a figure, share or standard of the subsidy asked (按最低工资的百分之几, 补贴标准)? — the province's to set."""
    from assistant.understand.aspects import asked_aspects

    return any(a.id == "amount" for a in asked_aspects(question))


def _meets_requires(topic_id: str, question: str) -> bool:
    """Whether the question says what the topic requires (its ``requires``), if it declares one."""
    topic = next((t for t in all_topics() if t.id == topic_id), None)
    return topic is not None and (not topic.requires or re.search(topic.requires, question) is not None)


def _asks_who(question: str, facts: Mapping[str, Any]) -> bool:
    """Is who may have it asked — a verdict (能拿吗, 算不算), who or what conditions, or facts of the person
    said — not the measure in general (“我想了解一下见习补贴”)?"""
    from assistant.understand.aspects import asked_aspects

    said = any(not k.startswith(("asks_", "_")) and k not in ("doc_id", "province", "city") for k in facts)
    return said or bool(intent("asks_verdict").search(question) or intent("asks_may_i").search(question)) or any(a.id in ("who", "conditions") for a in asked_aspects(question))


def _any_rule_in(rules, person: Person) -> bool:
    """Has the person's province (or city) a rule among ``rules`` of its own?"""
    return any(r.region in (person.province, person.city) or regions().province_of_city(r.region) == person.province for r in rules)


def _level(rule: Rule) -> int:
    if rule.region == NATIONAL:
        return 0
    return 1 if regions().province(rule.region) is not None else 2


def _province_of_rule(rule: Rule) -> str | None:
    if rule.region == NATIONAL:
        return None
    table = regions()
    p = table.province(rule.region)
    return p.name if p else table.province_of_city(rule.region)


def applies_to(rule: Rule, person: Person) -> bool:
    if rule.region == NATIONAL:
        return True
    if _level(rule) == 1:
        return person.province == rule.region
    return person.city == rule.region


# ------------------------------------------------------------- selection


def _selector_matches(rule: Rule, facts: Mapping[str, Any]) -> bool:
    for key, wanted in rule.selector:
        value = coerce(key, facts.get(key))
        if value is None or value == frozenset():
            continue
        if wanted == "*":
            return True
        if isinstance(value, frozenset) and wanted in value:
            return True
        if value == wanted:
            return True
    return False


def _regions_text(rules: list[Rule], reg: Registry) -> str:
    parts: dict[str, str] = {}
    for rule in rules:
        if rule.region in parts or rule.region == NATIONAL:
            continue
        source = reg.sources.get(rule.doc_id)
        name = source.cited_name() if source else rule.doc_id
        parts[rule.region] = f"{rule.region}（{name}{rule.citations[0].article}）"
    return join(parts.values())


def _routing_calc(topic: Topic, text: str) -> Calculation:
    # Not a rule: a statement about which regions have one.  No clause is cited so
    # that a caller never presents another region's article as applying.
    return Calculation(rule_id=f"route.{topic.id}", inputs={}, verdict="not_applicable", steps=(Step(text),), summary=text)


def _decisive_first(missing: tuple[str, ...]) -> tuple[str, ...]:
    """The facts a rule lacks, those that decide whether before those that only size an amount: asked
    “企业能拿补贴吗”, the employment rate (a condition) is asked before the days trained (a quantity).

    >>> _decisive_first(("training_days", "employment_rate"))
    ('employment_rate', 'training_days')
    >>> _decisive_first(("annual_appraisal_passed", "years_since_level"))
    ('annual_appraisal_passed', 'years_since_level')
    """
    from assistant.rules.inputs import sizes_amount

    return tuple(sorted(missing, key=sizes_amount))


def _follow_up(keys: tuple[str, ...], facts: Mapping[str, Any], among: tuple[str, ...] = ()) -> str | None:
    """The question for the first fact missing; a set fact the rule asks among its own members names them."""
    return "".join(question_for(k, dict(facts), among if i == 0 else ()) for i, k in enumerate(keys)) or None


def _ask_variant(rules: list[Rule], facts: Mapping[str, Any]) -> tuple[tuple[str, ...], str]:
    """One question telling the rules apart, one choice a rule (its first value of the fact asked): a rule selected by
    any of five kinds of graduate is asked as the first of them, not as five.

    >>> from assistant.rules.registry import get_rule
    >>> _ask_variant([get_rule("cn.fund.si_subsidy_difficult"), get_rule("cn.fund.si_subsidy_graduates")], {})
    (('person_categories',), '请问您属于哪种情况：就业困难人员、高校毕业生？')
    """
    keys = tuple(dict.fromkeys(k for r in rules for k, _ in r.selector))
    for key in keys:
        options = [next(v for k, v in r.selector if k == key and v != "*") for r in rules if any(k == key and v != "*" for k, v in r.selector)]
        if options:  # one question: the first choice that tells the variants apart
            return (key,), f"请问您属于哪种情况：{join(dict.fromkeys(options))}？"
    # only “any value” selectors: ask for the first of them
    return (keys[:1], question_for(keys[0], dict(facts))) if keys else ((), "")


def decide(
    question: str,
    facts: Mapping[str, Any],
    region: str | None,
    as_of: date,
    topic_hint: str | None = None,
    keep_topic: bool = False,
    amount_hint: bool = False,
    context: str = "",
    continues: bool = False,
    event_day: bool = False,
    changes: bool = False,
    planned: bool = False,
    told: frozenset[str] = frozenset(),
    implied: frozenset[str] = frozenset(),
) -> Decision | None:
    """Pick and apply the rule for a question; None when no rule is about it.

    ``event_day``: ``as_of`` is the day of what the person did, not today (``Registry.evaluate``);
    ``planned``: the day of an event the person plans, after today.

    ``topic_hint`` is the conversation's topic (``DialogueState.topic``): it answers a
    message that names none (“合格”, “那河南呢？”), and with ``keep_topic`` (the message
    answered the pending question, or changed one element of the previous one) it is
    kept whatever the message's words suggest.  ``amount_hint``: the person asked how
    much earlier in the conversation; ``context``: the person's earlier words, read for a
    topic when neither the message nor the conversation has one (“我在山西当见习生” then
    “连着5天没去，生活补助还发吗？”).  ``continues``: the message asks nothing of its own (a
    statement after a question no rule was found for: “考完培训补贴能领吗？” then “有，焊工高级工证
    三年前就拿了，这次考的是中级”), so the topic is that of the earlier words and this one
    together.  ``changes``: the message is the previous question with one element changed (“这几个人呢”),
    read so too when it names another subsidy.  ``told``: the facts this message itself gave, when it left the
    question the conversation was waiting on unanswered.  ``implied``: the facts only worked out from others (declared
    ``implied``): the rules read them, but they name no topic.  Only the first missing fact is asked for.

    >>> d = decide("高级技师能评副高吗", {"skill_level": "高级技师", "target_title": "副高级"}, "浙江省", date(2026, 11, 21))
    >>> d.rule_id, d.calculation.verdict, d.follow_up
    ('zj.title_by_skill_level', 'need_more_info', '请问您取得高级技师等级后从事技术技能工作有几年了？')
    >>> decide("高级技师能评副高吗", {"skill_level": "高级技师"}, "江西省", date(2026, 11, 21)).calculation.verdict
    'not_applicable'
    """
    if not isinstance(as_of, date):
        raise TypeError("as_of must be a datetime.date")
    from assistant.text import normalize

    question = normalize(question or "")
    facts = dict(facts or {})
    reg = registry()
    if not facts.get("doc_id"):
        named = _document_named(question, reg)
        # (a piece of a title the words happen to share — “可以做职业技能等级认定” by a 绍兴 school — is not another
        # province's document: only one of the person's own province or the nation's, unless named outright)
        where = person_of(region, facts)
        source = reg.sources.get(named) if named else None
        home = None
        if source is not None and source.region != NATIONAL:
            home = source.region if regions().province(source.region) is not None else regions().province_of_city(source.region)
        foreign = home is not None and where.province is not None and home != where.province
        if named and (not foreign or _document_said(question, reg) == named):
            facts["doc_id"] = named
    stated = {k: v for k, v in facts.items() if k not in implied}  # (what was worked out names no topic)
    topic = detect_topic(question, stated)
    if topic is None and topic_hint and context and not keep_topic and not continues:
        # a question whose own words name a topic that only the earlier words make it (“第二个月她只上了12个工作日，这个
        # 月的生活补助还发吗？” after talk of 见习: 生活补助 and 工作日 are the intern's allowance, 见习 said before) — that
        # topic, over the one the conversation was on
        together = detect_topic(f"{context} {question}", stated)
        if together is not None and together.id != topic_hint and _topic_scores(question, frozenset({together.id}), required=False).get(together.id, 0.0) >= _THRESHOLD:
            topic = together
    if continues and context and not topic_hint:
        topic = detect_topic(f"{context} {question}", stated) or topic
    if continues and context and topic_hint and topic is None and not keep_topic and told:
        # a statement that asks nothing, names no topic and answers nothing pending, telling only what the
        # conversation's topic does not read and another's does (“考完证能领培训补贴吧？” then “前年已经考了电工高级工了，
        # 这回是补考个电工中级”: the levels of one trade, 四、（十二）'s): the earlier words and these together name it
        now = _said_of_case({k: facts.get(k) for k in told})
        together = detect_topic(f"{context} {question}", stated)
        if together is not None and together.id != topic_hint and now & topic_inputs(together.id) and not now & topic_inputs(topic_hint):
            topic = together
    if context and topic_hint and topic is not None and topic.id != topic_hint and ((continues and not keep_topic) or changes):
        # “有两个，已经领了技能提升补贴” said after asking of 取证补贴: a statement that names another
        # subsidy is about the two together when a topic (a clause on both) reads them so
        # (and so is a changed element that names it: “有几个交了失业保险的，能领技能提升补贴，这几个人呢”)
        together = detect_topic(f"{context} {question}", stated)
        if together is not None and together.id not in (topic.id, topic_hint):
            topic, keep_topic = together, False
    if topic_hint and (topic is None or keep_topic):
        topic = next((t for t in all_topics() if t.id == topic_hint), topic)
    if topic is None and context:
        topic = detect_topic(f"{context} {question}", stated)  # the state keeps normalized words
    if topic is None and not topic_hint and not context:
        topic = topic_by_facts(question, stated)
    if topic is None:
        return None
    if topic.defers_to and not keep_topic:
        # “想去学个电商直播，培训补贴我已经领过3次了，还能领吗”: the clause points to the fund's rules for who and how
        # often; the one of them that reads what the person told (the times had) answers
        # (“…电商直播培训，学完能拿个培训合格证，这种能享受职业培训补贴吗”: of those, the one whose words the question
        # says — the subsidy it names — before the others)
        said = _said_of_case(stated)  # (not what was only worked out: the times had taken as none tell no rule)
        own = topic_inputs(topic.id)
        deferred = [t for other in topic.defers_to for t in all_topics() if t.id == other]
        reading = [t for t in deferred if (said & topic_inputs(t.id)) - own]
        named = _topic_scores(question, frozenset(t.id for t in deferred)) if reading else {}
        if named:
            topic = max(deferred, key=lambda t: named.get(t.id, 0.0))
        elif reading:
            topic = reading[0]
    amount_intent = bool(intent("asks_amount").search(question)) or (amount_hint and topic.id == topic_hint)
    where = person_of(region, facts)
    # the subsidy's own facts said (“10个见习的留了9个”: its retention) ask of the subsidy, not of who may have it
    kinds = dict(topic.kind_facts)
    own_facts = any(facts.get(key) not in (None, "", [], ()) and facts.get(key) not in kinds.get(key, ()) for key, _ in topic.facts)
    if not own_facts and topic.verdict_topic and any(facts.get(key) in kinds.get(key, ()) for key, _ in topic.facts):
        # a kind said, and nothing of the person the verdict topic's rules read (“我想学个驾照，能领培训补贴吗”): the
        # standards' topic answers as before; with such a fact said (“考事业编进的卫生院…能领职业培训补贴吗”), who decides
        own_facts = not (_said_of_case(facts) & (topic_inputs(topic.verdict_topic) - topic_inputs(topic.id)))
    if topic.verdict_topic and not amount_intent and not own_facts and not _asks_standard(question) and _meets_requires(topic.verdict_topic, question) and (
        not where.known
        or (not where.national and not _any_rule_in(reg.of_topic(topic.id), where) and _asks_who(question, facts))
        or (
            not topic_hint
            and not amount_hint
            and facts.get("person_categories")
            and _any_rule_in(reg.of_topic(topic.verdict_topic), where)
            and (intent("asks_verdict").search(question) or intent("asks_may_i").search(question))
        )
    ):
        # “单位能拿见习补贴吗？” with no province: amounts are local, but who qualifies is national — and so for a
        # person whose province has no rule on the subsidy (“南宁的，26岁…单位能因为我拿见习补贴吗”): 第七条 decides who;
        # and whether it is had for people of a group said, where the province says who (“太原的公司，招去年中职毕业还没
        # 找到工作的来见习，单位能拿见习补贴吗”: 山西 names its own groups)
        topic = next(t for t in all_topics() if t.id == topic.verdict_topic)
    rules = list(reg.of_topic(topic.id))
    _stand_in(facts, topic_inputs(topic.id))
    if topic.id == "document_validity" and not facts.get("doc_id"):
        return None
    said = _document_said(question, reg)
    own = [r for r in rules if said and r.doc_id == said]
    if own and any(r.doc_id != said for r in rules):
        # “川办发〔2024〕34号里一次性求职补贴给多少”: the document the person names is the one whose rule
        # answers — neither the nation's rule on the topic nor another region's
        rules, topic = own, replace(topic, any_region=True)
    if intent("asks_procedure").search(question) and not _has_inputs(rules, facts):
        return None
    regions_with = tuple(dict.fromkeys(r.region for r in rules if r.region != NATIONAL))
    person = person_of(region, facts)
    national = [r for r in rules if r.region == NATIONAL]

    assumed: Decision | None = None  # the region not said, the one region with rules on the topic taken
    figure_only = False
    if topic.any_region:
        candidates = rules
    elif person.national or not person.known:
        if not national:
            if person.national:
                text = f"全国性文件中没有关于“{topic.name}”的可计算规定；收录了此类规定的地区：{_regions_text(rules, reg)}。请告诉我您所在的省份（城市）。"
                return Decision(topic.id, _routing_calc(topic, text), "请问您在哪个省份（城市）？", ("province",), None, None, text, regions_with)
            ask = f"请问您在哪个省份（城市）？各地规定不同，目前收录了{join(regions_with)}关于“{topic.name}”的规定。"
            assumed = Decision(topic.id, None, ask, ("province",), None, None, ask, regions_with)
            # (a conversation on a topic that is one region's figure and nothing else — a base's one-off award —
            # asks for that figure when the person goes on with it: “当上见习基地政府给奖吗？” then “国家级的”, its region named)
            figure_only = topic.id == topic_hint and len(regions_with) == 1 and all(r.kind == "amount" for r in rules)
            if not amount_intent and not figure_only and not (_verdict_asked(question) and len(regions_with) > 1):
                return assumed
            # (a verdict asked now — “有影响吗？” after “要多少年才能报” — is asked of every region's rule as a figure is,
            # where several regions have one: a no they all give holds wherever the person is)
            # an amount asked with the region unsaid, and one region's rules on the topic: its figure,
            # worked out from the facts of the case said (the answer names the region and asks for
            # another); the province is asked when no figure comes out of what was said
        candidates = national or rules
    else:
        candidates = [r for r in rules if applies_to(r, person)]
        local = [r for r in candidates if r.region != NATIONAL]
        city_rules = [r for r in rules if _level(r) == 2 and _province_of_rule(r) == person.province]
        if not local and city_rules and person.city is None:
            cities = join(dict.fromkeys(r.region for r in city_rules))
            ask = f"请问您在{person.province}哪个市？目前收录了{cities}关于“{topic.name}”的规定。"
            if not candidates:
                return Decision(topic.id, None, ask, ("city",), None, None, ask, regions_with)
        if not candidates:
            text = f"{person.name}在语料库中没有关于“{topic.name}”的规定，不能用其他地区的规定判断您的情况；收录了此类规定的地区：{_regions_text(rules, reg)}。"
            return Decision(topic.id, _routing_calc(topic, text), None, (), None, None, text, regions_with)

    selected = [r for r in candidates if not r.selector or _selector_matches(r, facts)]
    if not selected:
        keys, ask = _ask_variant(candidates, facts)
        return Decision(topic.id, None, ask, keys, None, None, ask, regions_with)

    facts = _dated(facts, as_of)
    calcs = [(rule, reg.evaluate(rule.id, facts, as_of, event_day=event_day, planned=planned)) for rule in selected]
    order = {rule.id: i for i, rule in enumerate(selected)}

    # one topic may be answered by a clause's conditions and by its figures: “至少推荐几次岗位” wants the
    # figure, “已经上班了还能让人社推荐岗位吗” the verdict
    counted = bool(intent("asks_quantity").search(question))
    verdict_asked = bool(intent("asks_verdict").search(question) or intent("asks_may_i").search(question)) and not counted

    def key(item: tuple[Rule, Calculation]):
        rule, calc = item
        in_force = calc.in_force or calc.rule_id.startswith("doc.validity.")
        rank = outcome_rank(calc.verdict)
        # a rule chosen by a fact said of the case (its selector: 有组织劳务输出) before one chosen by nothing
        chosen = bool(rule.selector)
        if amount_intent or counted:
            return (rule.kind == "amount", _level(rule), in_force, chosen, rank, -order[rule.id])
        # “省技术能手能不能直接申报副高”: the route the question names, when it reaches a verdict, answers
        named = bool(rule.asked_by and facts.get(rule.asked_by) is True and calc.verdict in ("eligible", "not_eligible"))
        return (in_force, named, _level(rule), rule.kind != "amount" if verdict_asked else True, chosen, rank, -order[rule.id])

    rule, calc = max(calcs, key=key)
    if assumed is not None and len(regions_with) > 1:
        # the region unsaid and several regions' rules on the topic: asked, unless every region's rule works
        # out the same figure from what was said (5 interns all kept on: the minimum wage in 山西 and 四川
        # alike) — that figure, the regions named (the province is asked only where local rules differ)
        # (a region whose rule was not yet, or no longer, in force on the day is not one of them)
        live = tuple(dict.fromkeys(r.region for r, c in calcs if r.region != NATIONAL and c.in_force))
        figures = {r.region: c for r, c in calcs if r.kind == "amount" and c.verdict == "amount" and c.value is not None and c.in_force and c.inputs}
        if not amount_intent or _verdict_asked(question):
            # a verdict asked: every region's rule reaching the same verdict from what was said (“前年年度考核没合格”:
            # 浙江 and 河南 alike say no) — that verdict, the regions named
            figures = _same_verdict(calcs, live)
        if not live or set(figures) != set(live) or len({(c.verdict, c.value if c.verdict == "amount" else None) for c in figures.values()}) != 1:
            return assumed
        rule, calc = next((r, c) for r, c in calcs if c is figures[live[0]])
        if calc.verdict == "amount":
            note = f"（{join(live)}的规定按您所说的情况算出的数额相同；其他省份请以当地规定为准。）" if len(live) > 1 else f"（以上按{live[0]}的规定计算；其他省份请以当地规定为准。）"
        else:
            note = f"（按您所说的情况，{join(live)}的规定都不符合条件；其他省份请以当地规定为准。）"
        calc = replace(calc, summary=f"{calc.summary.rstrip('；;，, ')}{note}")
    missing = _decisive_first(calc.missing) if verdict_asked and not (amount_intent or counted) else calc.missing
    among = calc.asked_among if missing[:1] == calc.missing[:1] else ()
    follow_up = _follow_up(missing[:1], facts, among) if calc.verdict == "need_more_info" else None
    if follow_up and asks_about_rule(question) and not _has_inputs(rules, facts):
        # “一个人最多能享受几次？”, “一次性创业补贴要满足啥条件才能领？”: a question about the rule (its limit,
        # its conditions, whom it covers), answered by it; the person said nothing of their case, nothing to ask
        follow_up = None
    if follow_up and intent("asks_rule_in_general").search(question) and not intent("asks_verdict").search(question) and not own_case(question, context):
        # “期满后的大龄就业困难人员最多能再安置几次？”: the group named is what the rule's limit is asked of, no
        # case of the person's own (“宁波的，技师证拿了6年了，想评中级要什么条件” states one: its conditions
        # are followed by the fact of the case they lack)
        follow_up = None
    if follow_up and intent("asks_requirement_figure").search(question) and not intent("asks_verdict").search(question):
        # “技师证拿到后要做满几年才能评中级？”: the requirement is the answer, not the person's own years
        follow_up = None
    if calc.verdict == "need_more_info" and not follow_up and calc.summary.startswith("还需要") and not own_case(question, context):
        # nothing is asked of a case no one told, and the rule says nothing beyond what it lacks (“每条链一年至少评几
        # 个？”): the article found answers, not a rule's list of missing facts
        return None
    if not person.known and amount_intent and rule.kind != "amount":
        local_amounts = [r for r in rules if r.region != NATIONAL and r.kind == "amount"]
        if local_amounts:
            where = join(dict.fromkeys(r.region for r in local_amounts))
            if calc.value is not None and calc.verdict in ("amount", "eligible"):
                # the national rule gave the figure: the local standards are a note, not a question
                note = f"（以上按全国性规定计算；{where}另有本地标准，如在当地申请请告诉我所在省份。）"
                calc = replace(calc, summary=f"{calc.summary}{note}")
            elif calc.verdict != "not_eligible":  # (a no decides it: the local standard would not change it)
                extra = f"补贴标准由各地确定，目前收录了{where}的标准；请问您在哪个省份（城市）？"
                follow_up = f"{follow_up}{extra}" if follow_up else extra
    related = tuple(c for _, c in calcs if c is not calc)
    if person.known and amount_intent and rule.kind != "amount" and not topic.any_region:
        elsewhere = [r for r in rules if r.kind == "amount" and not applies_to(r, person)]
        if elsewhere:
            note = f"语料库中没有{person.name}关于“{topic.name}”的具体标准（由各地确定）；收录了标准的地区：{_regions_text(elsewhere, reg)}，不适用于{person.name}。"
            calc = replace(calc, summary=f"{calc.summary}{note}", steps=calc.steps + (Step(note),))
    missing = calc.missing
    if assumed is not None and not (calc.in_force and calc.inputs and (((amount_intent or figure_only) and calc.verdict == "amount" and calc.value is not None) or (_verdict_asked(question) and calc.verdict == "not_eligible" and len(regions_with) > 1))):
        return assumed  # a figure from nothing said of the person's case (the bare standard) is no reason not to ask
    return Decision(topic.id, calc, follow_up, missing, rule.region, rule.id, calc.summary, regions_with, related)


def _verdict_asked(question: str) -> bool:
    """Whether a verdict on the person's case is asked (能…吗, 有影响吗), not a figure."""
    return bool(intent("asks_verdict").search(question) or intent("asks_may_i").search(question)) and not (intent("asks_quantity").search(question) or intent("asks_amount").search(question))


def _same_verdict(calcs: list[tuple[Rule, Calculation]], live: tuple[str, ...]) -> dict[str, Calculation]:
    """Each region's verdict from what the person said, when every rule of the region in force on the day says no
    from facts said — the regions' rules a verdict asked of with the region unsaid.  Only a no: a condition every
    region sets that the person fails holds wherever they are; a yes depends on what their own province adds."""
    out: dict[str, Calculation] = {}
    for region in live:
        mine = [c for r, c in calcs if r.region == region and c.in_force and c.verdict in ("eligible", "not_eligible", "need_more_info")]
        # (a rule of the region still lacking a fact, or two of its rules disagreeing: that region has no verdict)
        if mine and all(c.inputs and c.verdict == "not_eligible" for c in mine):
            out[region] = mine[0]
    return out


def _dated(facts: dict[str, Any], as_of: date) -> dict[str, Any]:
    """Facts that follow from a year and the day asked (declared ``dated_fact``): a failed appraisal
    in 2024 is within 近3年 on 2026-12-01, one in 2022 is not (“22年那次没过，后面都过了”)."""
    out = dict(facts)
    for key, spec in FACTS.items():
        if spec.dated_fact and out.get(key) is not None:
            target, years = spec.dated_fact
            out[target] = int(out[key]) < as_of.year - years  # the year said decides, whatever “没过” alone would
    return out


def _has_inputs(rules: list[Rule], facts: Mapping[str, Any]) -> bool:
    """Whether the person stated any fact the topic's rules read (beyond where they are)."""
    # (a fact of what the question asks — asks_whether, asks_period, read anew each turn — is none of the case)
    wanted = {k for r in rules for k in r.inputs if not getattr(FACTS.get(k), "per_turn", False)} - {"province", "city", "doc_id"}
    return any(facts.get(k) not in (None, "", (), frozenset()) for k in wanted)


_TITLE_PIECE_MIN, _TITLE_PIECE_MAX = 8, 24


@functools.lru_cache(maxsize=4)
def _title_pieces(reg: Registry) -> tuple[dict[str, str], dict[int, dict[str, str]]]:
    """文号 → doc_id, and for each length every piece of every title → the first doc_id (source order).

    Built once per registry so that naming a document costs one set lookup per
    piece of the question, not a scan of every title.
    """
    numbers = {s.doc_number: doc_id for doc_id, s in reg.sources.items() if s.doc_number}
    pieces: dict[int, dict[str, str]] = {n: {} for n in range(_TITLE_PIECE_MIN, _TITLE_PIECE_MAX + 1)}
    for doc_id, source in reg.sources.items():
        for title in (source.title, source.short):
            core = title.strip("《》")
            for size in range(_TITLE_PIECE_MIN, min(len(core), _TITLE_PIECE_MAX) + 1):
                for i in range(len(core) - size + 1):
                    pieces[size].setdefault(core[i : i + size], doc_id)
    return numbers, pieces


def _compact(question: str) -> str:
    """The question without spaces, a 文号's year in 〔〕 however bracketed: 川办发（2024）34号 → 川办发〔2024〕34号."""
    return re.sub(r"[\[（(【]\s*(\d{4})\s*[\]）)】]", r"〔\1〕", re.sub(r"\s+", "", question))


def _number_named(compact: str, reg: Registry) -> str | None:
    """The source document whose 文号 the (compacted) question holds."""
    numbers, _ = _title_pieces(reg)
    return next((doc_id for number, doc_id in numbers.items() if number in compact), None)


def _document_named(question: str, reg: Registry) -> str | None:
    """A source document the question names by 文号 or by a long enough piece of its title.

    The longest piece wins; among documents matching at that length, the first in
    ``sources.yaml`` order.
    """
    compact = _compact(question)
    numbered = _number_named(compact, reg)
    if numbered is not None:
        return numbered
    _, pieces = _title_pieces(reg)
    # a longer piece of a title starts with a piece of the shortest length: only where one of those
    # starts can a piece of any length start
    shortest = pieces[_TITLE_PIECE_MIN]
    starts = [i for i in range(len(compact) - _TITLE_PIECE_MIN + 1) if compact[i : i + _TITLE_PIECE_MIN] in shortest]
    if not starts:
        return None
    order = {doc_id: i for i, doc_id in enumerate(reg.sources)}
    for size in range(min(len(compact), _TITLE_PIECE_MAX), _TITLE_PIECE_MIN - 1, -1):
        table = pieces[size]
        found = {table[compact[i : i + size]] for i in starts if compact[i : i + size] in table}
        if found:
            return min(found, key=order.__getitem__)
    return None


def _document_said(question: str, reg: Registry) -> str | None:
    """A document the person names outright — by its 文号, or by a title in 《》 — not a piece of a title
    its words happen to share (“职业技能等级认定的评价机构” names no document).

    >>> _document_said("川办发〔2024〕34号里求职补贴多少", registry())
    'sc-2024-9a23d6'
    >>> _document_said("想在杭州申请当职业技能等级认定的评价机构", registry()) is None
    True
    """
    compact = _compact(question)
    found = _number_named(compact, reg)
    if found is not None:
        return found
    titles = re.findall(r"《([^》]{4,60})》", compact)
    return next((d for t in titles if (d := _document_named(t, reg)) is not None), None)


__all__ = ["Decision", "TOPICS", "Topic", "all_topics", "amount_asked", "asks_about_rule", "own_case", "decide", "detect_topic", "person_of", "topic_inputs"]
