"""Slot filling: the facts a rule needs, read from colloquial Chinese, carried across turns.

``extract_facts(text)`` returns a plain mapping whose keys are the fact keys of
``assistant.rules.inputs.FACTS`` (values: ``str``, ``Decimal``, ``int``, ``bool``,
``date`` or ``frozenset[str]``; rates are fractions, money is yuan).  Two meta keys
may appear, both consumed by ``merge_facts`` and never left in a merged result:

- ``_years``: a number of years said with no cue saying what it counts
  ("5年，考核都合格" answering "取得高级技师后有几年了？");
- ``_correction``: the turn corrects an earlier one ("不对，是技师").

``merge_facts(earlier, later)``: later values win; sets (awards, person
categories) are joined unless the later turn is a correction; a bare number of
years fills whatever years fact the conversation is about.

Traditional characters are converted with OpenCC first; Chinese numerals are read
with cn2an.  Nothing here guesses a missing fact: what is not said is absent.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from assistant.rules.inputs import FACTS, NO_SKILL_LEVEL, OTHER_SCHOOL, PILOT_SCHOOLS, UNDECIDED
from assistant.patterns import compiled
from assistant.understand.intents import intent
from assistant.understand.mentions import derive, read_intervals, read_mentions, read_offsets, scan, takes
from assistant.understand.slots import read_cues, read_ladders, read_terms, read_undecided, undecided_clauses

logger = logging.getLogger(__name__)

# ------------------------------------------------------------ normalization


from assistant.text import normalize  # noqa: E402,F401  (the one normalizer)


# ------------------------------------------------------------ vocabularies

# The level ladders are declared (assistant/rules/facts/skills_and_titles.yaml, `ladder`); their
# patterns are also what the reader of exclusive credentials (“只有高级技师证”) looks for.
_SKILL_PATTERNS: tuple[tuple[str, str], ...] = tuple((pattern, value) for value, pattern in FACTS["skill_level"].ladder.terms)

# How a turn says it corrects, that it holds only one credential, that it has none other, which
# occupation and which amount it means: declared in assistant/data/intents.yaml, read by id.


# ------------------------------------------------------------ extractors


def _skill_and_title(text: str, facts: dict[str, Any]) -> None:
    """Levels held and wanted, read by the one engine over the declared ladders."""
    facts.update(read_ladders(text, strip=_OCCUPATION_RE))



def _exclusive(text: str, facts: dict[str, Any]) -> None:
    """“只有高级技师证”, “只拿过国赛银牌，别的奖和证都没有”: the rest of the credentials are none.

    Awards and skill certificates are the two kinds of credential the title rules
    weigh; saying only one thing is held, or that the others are not, lets a rule
    rule out the paths that need them instead of asking.
    """
    skill = facts.get("skill_level")
    awards = facts.get("awards")
    for m in intent("only_held").finditer(text):
        rest = text[m.end() : m.end() + 12]
        # only a certificate: no award (only an award needs nothing: a stated award list is complete)
        # (an award said won but not named — “世赛回来说拿了奖” — is not ruled out by “只有高级工”)
        if any(re.match(p, rest) for p, _ in _SKILL_PATTERNS) and not awards and not intent("award_unnamed").search(text):
            facts["awards"] = frozenset()
    for m in list(intent("none_other_after").finditer(text)) + list(intent("none_other_before").finditer(text)):
        what = m.group("what")
        if intent("names_award_kind").search(what) and "awards" not in facts:
            facts["awards"] = frozenset()
        if intent("names_certificate_kind").search(what) and skill is None:
            facts["skill_level"] = NO_SKILL_LEVEL
    if intent("nothing_else").search(text):  # “就这一个奖，别的都没有”: no other credential of either kind
        facts.setdefault("awards", frozenset())
        if skill is None:
            facts["skill_level"] = NO_SKILL_LEVEL
    if intent("no_award").search(text) and "awards" not in facts:
        facts["awards"] = frozenset()
    if skill is None and "skill_level" not in facts and intent("no_certificate").search(text):
        facts["skill_level"] = NO_SKILL_LEVEL


from assistant.understand.occupations import OCCUPATION_RE as _OCCUPATION_RE  # noqa: E402  (assistant/data/occupations.yaml)
from assistant.understand.occupations import trades as _trades  # noqa: E402


def _occupations(text: str, facts: dict[str, Any]) -> None:
    """Whether the occupation asked about now is the one already certified or subsidised.

    “电工高级工证 … 电工中级工培训”: one occupation named twice → the same; two
    different ones → not; “同一工种” / “别的工种” say it outright.
    """
    if intent("other_occupation").search(text):
        facts["same_occupation"] = False
    elif intent("same_occupation").search(text):
        facts["same_occupation"] = True
    found = list(_OCCUPATION_RE.finditer(text))
    named = [m.group(0) for m in found]
    if named:
        facts["occupations"] = frozenset(named)
        if "same_occupation" not in facts and len(named) >= 2:
            facts["same_occupation"] = len(_trades(named)) == 1
    for m in found:
        # “焊工高级技师…2022年厂里缺人把我调去干电工到现在”: moved to a trade other than every other one named — the
        # work now is outside the trade held
        mine, rest = _trades([m.group(0)]), _trades(n for n in named if n != m.group(0))
        if rest and not mine & rest and intent("moved_to_trade").search(text[max(0, m.start() - 14) : m.start()]):
            facts.setdefault("in_post", False)


def _region(text: str, facts: dict[str, Any]) -> None:
    """Where the person is: the one region reader (``assistant.query.detect_regions``); where a firm they speak of is
    registered, when they say so (``registered_province``)."""
    from assistant.query import detect_regions, province_of
    from assistant.regions import NATIONAL

    from assistant.regions import regions

    # where a firm or body is registered (“在南京注册的”): a place of its own, whatever place the person is in
    table = regions()
    registered = next((p for p, _, a, b in table.spans(text) if table.mentions.registered(text, a, b)), None)
    if registered:
        facts["registered_province"] = registered
    named = [r for r in detect_regions(text) if r != NATIONAL]
    if not named:
        return
    province = province_of(named[0])
    if province is None:
        return
    facts["province"] = province
    city = next((r for r in named if r != province and province_of(r) == province), None)
    if city:
        facts["city"] = city


def _school_key(name: str) -> str:
    """The distinctive part of a pilot school's name: 江西省商务技师学院 → 商务技师."""
    return re.sub(r"^(江西省?|江西)|(学院|学校)$", "", name).removeprefix("新余")


def _choices(text: str, facts: dict[str, Any]) -> None:
    bases = [(m.start(), "合计") for m in intent("amount_total").finditer(text)]
    bases += [(m.start(), "每个") for m in intent("amount_each").finditer(text)]
    if bases:
        facts["amount_basis"] = max(bases)[1]  # the last said: the question comes last
        if facts["amount_basis"] == "每个" and facts.get("people_count") == 1:
            del facts["people_count"]  # “1个人1个月能补多少”: the one asked per, not a head count
    m = intent("school_attended").search(text)
    if m and "school" not in facts:  # a pilot school named as people name it is a declared cue
        name = m.group("name")
        pilot = next((p for p in PILOT_SCHOOLS if _school_key(p) in name), None)
        facts["school"] = pilot or OTHER_SCHOOL
    m = intent("base_level_named").search(text)
    if m:
        facts["base_level"] = m.group("level")


def _set_aside_removed(text: str) -> str:
    """The message without the clauses that leave their part of the question aside (“意外险那块每人多少就不用算了”):
    they ask nothing and tell nothing of the case (not a figure each, not the premium).

    >>> _set_aside_removed("三个人一个月一共多少？意外险那块每人多少就不用算了。"), _set_aside_removed("最低工资1880，8个人，保险那块不算")
    ('三个人一个月一共多少？', '最低工资1880，8个人，')
    >>> _set_aside_removed("见习补贴总共多少（意外险补贴另算）？")
    '见习补贴总共多少？'
    """
    text = intent("set_aside_aside").regex.sub("", text)  # “总共多少（意外险补贴另算）？”: the brackets alone
    return re.sub(r"[^，,。？！?!；;]+[，,。？！?!；;]?", lambda m: "" if intent("set_aside").search(m.group()) else m.group(), text)


def _removed_within(norm: str, facts: dict[str, Any], as_of: date | None) -> None:
    """People of a group counted in one sentence, some of whom a later sentence of the same message takes off
    (“报上去名单20个人…。不过有2个…请假回老家了，压根没参加”): the group's count less those singled out — as
    ``dialogue._count_removed`` does for a later message.

    >>> f = extract_facts("厂里组织职工培训，报上去名单20个人。不过有2个请假回老家了，压根没参加。能拿多少？")
    >>> f["trainees_count"], f.get("people_count")
    (18, 18)
    """
    for sentence in list(re.finditer(r"[^。？！?!；;]+[。？！?!；;]?", norm))[1:]:
        if not intent("removes_from_count").search(sentence.group()):
            continue
        singled = intent("removed_in_message").search(sentence.group())
        if singled is None:
            continue
        before = extract_facts(norm[: sentence.start()], as_of)
        counts = {k: v for k, v in before.items() if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and isinstance(v, int) and not isinstance(v, bool)}
        # the whole group is the largest count said (“名单20个人，其中4个是劳务派遣的”: the 4 are of the 20)
        held = [k for k, v in counts.items() if v == max(counts.values(), default=0)]
        if len(held) != 1 or facts.get(held[0]) != before[held[0]]:
            continue
        key, n = held[0], int(singled.group("n"))
        if not 0 < n < before[key]:
            continue
        facts[key] = before[key] - n
        for k in _GENERIC_PEOPLE:
            if k in facts:
                facts[k] = facts[key]
        return


def _denied_within(norm: str, facts: dict[str, Any], as_of: date | None) -> None:
    """People of a kind counted in a message, some of whom a later clause of it singles out and says are not of that
    kind (“吸纳了12个脱贫户来上班，核对以后发现里头有3个其实不是脱贫户”): the kind's count less those singled out — as
    ``dialogue._part_denied_kind`` does for a later message.

    >>> extract_facts("吸纳了12个脱贫户来上班，核对以后发现里头有3个其实不是脱贫户，就是一般村民。")["category_counts"]
    (('脱贫人口', 9),)
    """
    counts = dict(facts.get("category_counts") or ())
    if not counts:
        return
    clauses = list(re.finditer(r"[^，,。；;？?！!]+", norm))
    for clause in clauses[1:]:
        singled = intent("singled_out_count").search(clause.group())
        if singled is None:
            continue
        said = extract_facts(clause.group(), as_of)
        kinds = [k for k in said.get("excluded_categories") or () if k in counts]
        n = int(singled.group("n"))
        if len(kinds) != 1 or said.get("person_categories") or not 0 < n < counts[kinds[0]]:
            continue
        counts[kinds[0]] -= n
        facts["category_counts"] = tuple(counts.items())
        return


def _asked_each_not_counted(norm: str, said: dict[str, Any]) -> None:
    """“一个人补多少？我们两口子合起来呢”: the one person of a figure asked each (``amount_each``) is the
    basis asked, not a count of the people — unless one is also said elsewhere as a count.

    >>> f = {"trainees_count": 1}; _asked_each_not_counted("这种培训1个人补多少", f); f
    {}
    >>> f = {"hires_count": 1}; _asked_each_not_counted("招了1个人，1个人补多少", f); f
    {'hires_count': 1}
    """
    # every “1个人/1个学员…” said (the declared ``amount_each`` form), and those of them a figure is asked of
    ones = [m for m in intent("amount_each").finditer(norm) if m.group(0).startswith("1个")]
    asked = [m for m in ones if re.match(r"[^，,。；;！!？?]*(?:多少|几)", norm[m.end() :])]
    if not asked or len(asked) != len(ones):
        return
    for key in [k for k, v in said.items() if k in FACTS and FACTS[k].counts_people and v == 1 and not isinstance(v, bool)]:
        del said[key]


def extract_facts(text: str, as_of: date | None = None) -> dict[str, Any]:
    """The facts stated in one message (``as_of``: the day asked, for the years between a calendar date and
    one said from this year — “2022年3月进的厂…今年9月才培训”; without it such years are not read).

    >>> f = extract_facts("我是浙江的高級技師，取得證書後幹了三年半，近三年考核都合格")
    >>> f["province"], f["skill_level"], f["years_since_level"], f["annual_appraisal_passed"]
    ('浙江省', '高级技师', Decimal('3.5'), True)
    >>> extract_facts("中级职称能考技师吗")["target_skill"]
    '技师'
    """
    if not text or not str(text).strip():
        return {}
    norm = normalize(text)
    facts: dict[str, Any] = {}
    _region(norm, facts)
    _skill_and_title(norm, facts)
    facts.update(read_terms(norm))  # declared terms of the set facts (awards, person categories)
    _exclusive(norm, facts)
    _occupations(norm, facts)
    facts.update(read_cues(norm))  # the declared cues (assistant/rules/facts/*.yaml)
    facts.update(read_undecided(norm))  # “合同还没定签多长”: open, neither said nor denied
    facts.update(read_intervals(norm, as_of))  # the years between two events said with their dates (interval)
    # the declared ways numbers are said (mentions) — not in a rule quoted back (“不是说不满一个月也按一个月算？”)
    said = read_mentions(intent("rule_quoted_clause").regex.sub("，", norm), as_of)
    _asked_each_not_counted(norm, said)
    facts.update(said)
    facts.update(read_offsets(norm, facts))  # a date said as a time after another stated one (offset)
    for key, _, clause in undecided_clauses(norm):
        if key in said and key in facts and any(takes(key, m) for m in scan(clause)):
            del facts[key]  # “签一年还是两年还没定”: a figure said where it is said to be open is no value
        elif key in facts and key not in said and key in read_cues(clause) and key not in read_cues(norm.replace(clause, "，")):
            del facts[key]  # “有没有备案我不太清楚”: a yes/no read only inside the clause saying it is open is no value
    for key, (of, pattern) in _COUNTED_LISTS:
        # “考中式面点师、保洁员、养老护理员的时候都领过评价补贴”: one occasion for each member listed
        said_each = compiled(pattern).search(norm)
        # (“育婴员、保育师各拿过一次了”: the 1次 is each member's, not the count)
        if facts.get(of) and said_each and (key not in facts or (facts[key] == 1 and "各" in said_each.group(0))):
            # the members listed, those the vocabulary does not know too (“电工、焊工、叉车”: 3; “厨师、保安、叉车各1次”)
            lists = [m for m in _ENUMERATION.finditer(norm) if any(n in m.group(0) for n in facts[of])]
            # (the list said before “都领了” is the occasions had: a member named after it — “现在想再学个育婴员” —
            # is the one asked about, not one had; a list running on into the words saying it — “保育师、家政证各领过1回” —
            # counts the members named before them)
            before = [norm[m.start() : min(m.end(), said_each.start())] for m in lists if m.start() < said_each.start()]
            # (no list set off by 、 before the words — “学过叉车和电工，证都拿了。现在想再学个育婴员”: the members named
            # before them; a member the words do not spell as named is counted)
            named_before = [n for n in facts[of] if norm.find(n) < said_each.start()]
            count = max(part.count("、") + 1 for part in before) if before else len(named_before)
            if count >= 2:
                facts[key] = count
    each_year = intent("years_each_once").search(norm)
    for key, _ in _COUNTED_LISTS if each_year else ():
        if key not in facts or facts[key] == 1:
            facts[key] = each_year.group("years").count("年")  # “去年和今年各领过一回”: one occasion a year listed
    for key, pattern in _COUNTED_CLAUSES:
        # “前年参加了电工培训拿了补贴，去年学了叉车也拿了补贴，今年…培训补贴也已经领了”: one occasion a clause
        said = [c for c in re.split(r"[，,。；;！!？?]", norm) if compiled(pattern).search(c)]
        if len(said) >= 2 and (key not in facts or facts[key] == 1):
            facts[key] = len(said)
    _removed_within(norm, facts, as_of)
    _denied_within(norm, facts, as_of)
    kept = _set_aside_removed(norm)
    _choices(kept, facts)
    if kept != norm:
        # “…一共多少？意外险那块每人多少就不用算了”: what a clause leaving its part aside asks (a figure each, the
        # premium) is not asked; what it tells of the case still holds
        asked_there = {k for k, v in read_cues(norm).items() if k.startswith("asks_") and v is not False} - set(read_cues(kept))
        for key in asked_there:
            facts.pop(key, None)
    if intent("correction").search(norm):
        facts["_correction"] = True
        if intent("only_listed").search(norm):
            facts["_only"] = True  # “更正一下，只有全国技术能手”: the list said is the whole list
    unknown = [k for k in facts if not k.startswith("_") and k not in FACTS]
    if unknown:  # a programming error, not user input
        raise KeyError(f"extract_facts produced undeclared keys {unknown}")
    logger.debug("facts from %r: %s", text[:60], facts)
    return facts


_ENUMERATION = re.compile(r"[^，,。；;？?！!、]+(?:、[^，,。；;？?！!、]+)+")  # “学电工、焊工、叉车的时候”: items between 、
# (fact, the set fact holding what is said not held): a level ladder's ``denied``, a set fact's
# ``terms.negated_into`` or ``terms.denied_into``
_DENIALS = tuple(
    (k, denied)
    for k, spec in FACTS.items()
    for denied in (spec.ladder.denied if spec.ladder else None, spec.terms.negated_into if spec.terms else None, spec.terms.denied_into if spec.terms else None)
    if denied
)
# set fact → its ``negated_into``: a set read open (naming none of a rule's members is no “no”)
_OPEN_SETS = {k: (spec.terms.negated_into,) for k, spec in FACTS.items() if spec.terms and spec.terms.negated_into}
_COUNTED_LISTS = tuple((k, spec.counted_list) for k, spec in FACTS.items() if spec.counted_list)
_COUNTED_CLAUSES = tuple((k, spec.counted_clauses) for k, spec in FACTS.items() if spec.counted_clauses)
_SET_KEYS = frozenset(k for k, spec in FACTS.items() if spec.kind == "set")
_COUNTS_KEYS = frozenset(k for k, spec in FACTS.items() if spec.kind == "counts")
_RATIOS = tuple((k, spec.ratio_of) for k, spec in FACTS.items() if spec.ratio_of)  # rates derived from two counts
# set facts whose members are counted (awards → award_counts), and the generic counts of people
COUNTED_SETS = tuple((k, spec.terms.counted) for k, spec in FACTS.items() if spec.kind == "set" and spec.terms and spec.terms.counted)
_GENERIC_PEOPLE = tuple(k for k, spec in FACTS.items() if spec.counts_people and spec.fallback)
_NAMED_PEOPLE = tuple(k for k, spec in FACTS.items() if spec.counts_people and not spec.fallback)


def _group_restated(earlier: dict[str, Any], later: dict[str, Any], merged: dict[str, Any]) -> None:
    """“培训了45个工人” then “有3个中途走了，按42个算是多少”: the group said again by its number alone is the
    group counted before — its named counts (trainees, interns …) that were that number follow the new one;
    not when the later words count a part of it (留下了5个: retained_count).

    >>> m = {"people_count": 45, "trainees_count": 45}
    >>> _group_restated({"people_count": 45, "trainees_count": 45}, {"people_count": 42}, m); m["trainees_count"]
    42
    >>> m = {"people_count": 10, "interns_count": 10}
    >>> _group_restated({"people_count": 10, "interns_count": 10}, {"people_count": 5, "retained_count": 5}, m); m["interns_count"]
    10
    """
    was, now = (earlier or {}).get("people_count"), later.get("people_count")
    if not isinstance(was, int) or not isinstance(now, int) or isinstance(now, bool) or was == now or any(k in later for k in _NAMED_PEOPLE) or any(k.endswith("_count") and k != "people_count" for k in later):
        return
    for key in _NAMED_PEOPLE:
        if merged.get(key) == was and not isinstance(merged.get(key), bool):
            merged[key] = now


def _count_of_the_one_held(merged: dict[str, Any], later: dict[str, Any]) -> None:
    """“两个” said of the one award held (全国技术能手), then “再加一个中华技能大奖呢”: the number of people
    said while one member was held is that member's count, kept beside the member added (2 全国技术能手,
    1 中华技能大奖) — the per-member counts are what a total adds up.

    >>> m = {"awards": frozenset({"全国技术能手"}), "people_count": 2}
    >>> _count_of_the_one_held(m, {"awards": frozenset({"中华技能大奖"}), "award_counts": (("中华技能大奖", 1),)}); m["award_counts"]
    (('全国技术能手', 2),)
    >>> m = {"awards": frozenset({"全国技术能手"}), "people_count": 2}
    >>> _count_of_the_one_held(m, {"awards": frozenset({"全国技术能手"})}); "award_counts" in m
    False
    """
    for key, counts in COUNTED_SETS:
        held, added = merged.get(key), later.get(key)
        if not held or len(held) != 1 or not added or frozenset(added) <= frozenset(held) or merged.get(counts):
            continue
        people = [merged[k] for k in _GENERIC_PEOPLE if isinstance(merged.get(k), int) and not isinstance(merged.get(k), bool) and k not in later]
        if len(set(people)) == 1 and people[0] > 0:
            merged[counts] = ((next(iter(held)), people[0]),)


_ALTERNATIVES = (
    frozenset({"years_since_level", "level_obtained_date", "level_obtained_year", "level_obtained_years_ago"}),
    frozenset({"years_since_graduation", "graduation_year", "graduation_years_ago"}),
)


def said_years_impossible(facts: dict[str, Any], as_of) -> tuple[str, str, str] | None:
    """Years said since an event that cannot have passed since the day said of that event
    (“高级技师证2025年拿的，拿证以后干满了5年”, asked in 2026): ``(years fact, event fact, why)``.

    The facts of a group of ``_ALTERNATIVES`` state one thing two ways; the years said may
    exceed the most the event's date allows by a year (loose speech), not more.

    >>> from datetime import date
    >>> said_years_impossible({"years_since_level": 5, "level_obtained_year": 2025}, date(2026, 12, 1))[:2]
    ('years_since_level', 'level_obtained_year')
    >>> said_years_impossible({"years_since_level": 2, "level_obtained_year": 2025}, date(2026, 12, 1))
    >>> said_years_impossible({"years_since_graduation": 4, "graduation_years_ago": 0}, date(2025, 6, 1))[1]
    'graduation_years_ago'
    """
    from datetime import date as _date
    from decimal import Decimal

    from assistant.rules.common import full_years

    for group in _ALTERNATIVES:
        years_keys = [k for k in group if k.startswith("years_since") and facts.get(k) is not None]
        if not years_keys:
            continue
        key = years_keys[0]
        said = getattr(facts[key], "low", facts[key])  # a range said: its lower end
        try:
            said = Decimal(str(said))
        except Exception:  # noqa: BLE001  (not a number: nothing to compare)
            continue
        for event in sorted(group - {key}):
            value = facts.get(event)
            if value is None:
                continue
            if isinstance(value, _date):
                most, when = full_years(value, as_of), f"{value.year}年{value.month}月"
            elif event.endswith("_years_ago"):
                most, when = Decimal(int(value) + 1), f"{as_of.year - int(value)}年"
            elif isinstance(value, int) and 1900 <= value <= as_of.year + 1:
                most, when = (full_years(_date(value, 1, 1), as_of) if _date(value, 1, 1) <= as_of else Decimal(0)), f"{value}年"
            else:
                continue
            if said > most + 1:
                return key, event, f"您说的{FACTS[key].label}（{said.normalize():f}年）与{when}这个时间对不上：从{when}到{as_of.year}年{as_of.month}月最多约{most.normalize():f}年。"
    return None


def _counts_people_said(facts: dict[str, Any]) -> bool:
    """Whether a turn counts more than one person (a fact declared ``counts_people``: “参训的是72个”)."""
    from assistant.rules.inputs import FACTS

    return any(
        spec.counts_people and isinstance(facts.get(key), int) and not isinstance(facts.get(key), bool) and facts[key] > 1
        for key, spec in FACTS.items()
    )


def _denied_withdrawn(merged: dict[str, Any], later: dict[str, Any]) -> None:
    """A later turn that says not held what an earlier one held takes it back, and one that holds what was
    said not held takes the denial back: the declared ``ladder.denied`` of a level fact (“高级技师其实还没
    拿到” after “我是高级技师”) and the declared ``terms.negated_into`` or ``denied_into`` of a set fact
    (“全国技术能手没评上” after “获过全国技术能手”).  What the later turn itself holds stays (“是技师，不是高级技师”).

    >>> m = {"skill_level": "高级技师", "target_title": "副高级"}
    >>> _denied_withdrawn(m, {"skill_levels_not_held": frozenset({"高级技师"})}); m
    {'target_title': '副高级'}
    >>> m = {"skill_level": "特级技师", "skill_levels_not_held": frozenset({"特级技师"})}
    >>> _denied_withdrawn(m, {"skill_level": "特级技师"}); m
    {'skill_level': '特级技师'}
    >>> m = {"awards": frozenset({"全国技术能手", "省技术能手"})}
    >>> _denied_withdrawn(m, {"awards_not_held": frozenset({"全国技术能手"})}); m
    {'awards': frozenset({'省技术能手'})}
    >>> m = {"awards": frozenset({"全国技术能手"}), "person_categories": frozenset({"低保家庭"})}
    >>> _denied_withdrawn(m, {"awards_not_held": frozenset({"全国技术能手"}), "excluded_categories": frozenset({"低保家庭"})}); m
    {'awards': frozenset()}
    """
    for key, denied in _DENIALS:
        said_not = frozenset(later.get(denied) or ())
        held = merged.get(key)
        if said_not and isinstance(held, (frozenset, set)):
            withdrawn = said_not - frozenset(later.get(key) or ())
            if held & withdrawn:
                merged[key] = frozenset(held) - withdrawn
                if not merged[key] and denied in _OPEN_SETS.get(key, ()):
                    # “我家不是低保户” after “是低保户”: of an open set (categories), none said is not “none of them”
                    del merged[key]
        elif said_not and held is not None and key not in later and held in said_not:
            del merged[key]
        now = later.get(key)
        if now is not None and merged.get(denied) and denied not in later:
            kept = frozenset(merged[denied]) - (frozenset(now) if isinstance(now, (frozenset, set)) else frozenset({now}))
            if kept:
                merged[denied] = kept
            else:
                del merged[denied]


def merge_facts(earlier: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    """Facts carried across turns; the later turn adds to and corrects the earlier.

    >>> merged = merge_facts({"skill_level": "高级技师", "awards": frozenset({"浙江工匠"})},
    ...                      {"_years": 5, "annual_appraisal_passed": True, "awards": frozenset({"全国技术能手"})})
    >>> merged["years_since_level"], sorted(merged["awards"])
    (5, ['全国技术能手', '浙江工匠'])
    >>> merge_facts({"skill_level": "高级技师"}, {"skill_level": "技师", "_correction": True})["skill_level"]
    '技师'
    >>> merge_facts({"award_counts": (("中华技能大奖", 1), ("全国技术能手", 2))}, {"award_counts": (("全国技术能手", 3),), "_correction": True})["award_counts"]
    (('中华技能大奖', 1), ('全国技术能手', 3))
    >>> merged = merge_facts({}, {"skill_level": "技师", "level_obtained_year": 2025, "_years": 6})
    >>> "years_since_level" in merged, merged["years_in_occupation"]
    (False, 6)
    >>> merged = merge_facts({"person_categories": frozenset({"低保家庭"})}, {"excluded_categories": frozenset({"低保家庭", "特困人员"}), "_correction": True})
    >>> "person_categories" in merged, sorted(merged["excluded_categories"])
    (False, ['低保家庭', '特困人员'])
    """
    merged = {k: v for k, v in (earlier or {}).items() if not k.startswith("_")}
    later = dict(later or {})
    correcting = bool(later.pop("_correction", False))
    only = bool(later.pop("_only", False))
    bare_years = later.pop("_years", None)
    if not only and not correcting:
        _count_of_the_one_held(merged, later)
    for key, value in later.items():
        if key.startswith("_"):
            continue
        if key in _COUNTS_KEYS and key in merged and value and not only:
            # “说错了，全国技术能手是3个”: that member's count replaces its earlier count, the others stay
            merged[key] = tuple(sorted({**dict(merged[key]), **dict(value)}.items()))
        elif key in _SET_KEYS and key in merged and not only and value and (not correcting or frozenset(value) <= frozenset(merged[key])):
            # a correction that names members already held (“说错了，全国技术能手是3个”) corrects something else
            merged[key] = frozenset(merged[key]) | frozenset(value)
        else:
            merged[key] = value
    _denied_withdrawn(merged, later)
    if not only and not correcting:
        _group_restated(earlier, later, merged)
    if correcting and isinstance(later.get("people_count"), int) and not any(k != "people_count" and k in FACTS and FACTS[k].counts_people for k in later):
        # “招了4个见习的” then “说错了，是6个人”: a count said in a correction is the one group held, counted anew
        held = {k: v for k, v in (earlier or {}).items() if k != "people_count" and k in FACTS and FACTS[k].counts_people and isinstance(v, int) and not isinstance(v, bool)}
        if held and len(set(held.values())) == 1:
            merged.update({k: later["people_count"] for k in held})
    if merged.get("amount_basis") == "每个" and "amount_basis" not in later and _counts_people_said(later):
        # “一个人多少钱” then “实际参训合格的是72个，按72个算多少”, “每人每月多少” then “那5个人呢”: the group now
        # counted is what is asked of — what they come to together
        merged["amount_basis"] = "合计"
    for group in _ALTERNATIVES:
        # a later statement of the same thing another way replaces the earlier one
        # (“干了五年” then “证是三年前才拿的”; “2022年毕业” then “去年毕业”)
        said = group & later.keys()
        if said:
            for key in group - said:
                merged.pop(key, None)
    before, now = (earlier or {}).get("occupations"), later.get("occupations")
    if before and now and "same_occupation" not in later and not correcting:
        # “我电工领过一次” then “再考电工高一级”: the occupation named again is the same one
        merged["same_occupation"] = _trades(before) == _trades(now) and len(_trades(now)) == 1
    if bare_years is not None and "years_since_level" not in later and "years_in_occupation" not in later:
        # A bare "5年" answers what the conversation is about: the years since the
        # level a person holds (what the rules ask for), else years in the job.  Once the
        # day the level was obtained is said (“高级工证是2025年8月才拿到的，在厂里做装配好几年了”)
        # that day counts the years since the level; the bare years are the years in the job.
        dated = any(merged.get(k) is not None for k in _ALTERNATIVES[0] - {"years_since_level"})
        if merged.get("skill_level") and not dated:
            merged["years_since_level"] = bare_years
        elif not dated or "years_in_occupation" not in merged:
            merged["years_in_occupation"] = bare_years
    if merged.get(UNDECIDED):
        # “合同还没定” then “签了两年”: what is said later is settled
        settled = {FACTS[k].label for k in later if k in FACTS and FACTS[k].undecided and later[k] is not None}
        merged[UNDECIDED] = frozenset(merged[UNDECIDED]) - (settled - set(later.get(UNDECIDED) or ()))
        if not merged[UNDECIDED]:
            del merged[UNDECIDED]
    for key, parts in _RATIOS:
        derived_before = all((earlier or {}).get(k) is not None for k in parts)
        if derived_before and key in merged and key not in later and later.keys() & set(parts):
            del merged[key]  # a count said again: the rate derived from the counts follows it
        elif key in merged and key not in later and parts[0] in later and merged.get(parts[1]):
            # (“就业率九成” then “搞错了，实际留下来上班的只有21个”, the number trained held: the rate the counts give
            # replaces the one said before)
            del merged[key]
    return derive(merged)
