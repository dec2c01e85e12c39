"""One engine reads the declared cues of every fact (``assistant/rules/facts/*.yaml``).

A fact's ``cues`` say how people say it: for each value, patterns over the normalized
text.  The engine knows no fact by name; adding a way of saying something is a line
of data with an example beside it, not code.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.patterns import Patterns
from assistant.rules.inputs import FACTS, UNDECIDED, related_members
from assistant.understand.intents import intent


@functools.lru_cache(maxsize=1)
def cue_table() -> tuple[tuple[tuple[str, Any], ...], Patterns]:
    """Every fact's cues, in reading order: ((fact, value) …), one for each pattern of the value, and the patterns.

    A value is said when any of its patterns matches (no cue refers to a group of another), so each
    pattern stands alone: it is run only where it can match, and the first that does decides.
    """
    entries, patterns = [], []
    for key, spec in FACTS.items():
        for value, said in spec.cues:
            for pattern in said:
                entries.append((key, value))
                patterns.append(pattern)
    return tuple(entries), Patterns(patterns)


def read_cues(text: str) -> dict[str, Any]:
    """The facts whose declared cues the (normalized) text matches; the first value that matches wins.

    Only the cues that can match the text are searched (``assistant.patterns``).

    >>> read_cues("去年因为请了长病假，考核没评合格，前年和大前年都合格")
    {'annual_appraisal_passed': False}
    >>> read_cues("现在还在原来岗位做钳工，近三年考核都合格") == {"in_post": True, "annual_appraisal_passed": True}
    True
    >>> read_cues("前两年被调去办公室搞行政管理了，离开一线了")
    {'in_post': False, 'frontline_worker': False}
    """
    entries, patterns = cue_table()
    facts: dict[str, Any] = {}
    denied: dict[str, Any] = {}
    for i in patterns.candidates(text):
        key, value = entries[i]
        if key in facts or not patterns.search(i, text):
            continue
        # (“我师傅是全国劳模”: where it is said of another person it is not said of the person)
        spans = [(m.start(), m.end()) for m in patterns.pattern(i).finditer(text) if not not_own(text, m.start(), FACTS[key].not_own)]
        if not spans:
            continue
        if not any(not _denied(text, start) and not _denied_after(text, end) for start, end in spans):
            # “不算小微企业”: every place the cue is said, it is denied
            if isinstance(value, bool) and key not in denied:
                denied[key] = not value
            continue
        facts[key] = value
    return denied | facts


@functools.lru_cache(maxsize=1)
def _negation() -> dict[str, re.Pattern[str]]:
    data = load_yaml((DATA_DIR / "negation.yaml").read_text(encoding="utf-8"))
    return {name: re.compile(pattern) for name, pattern in data.items()}


def _negated_before() -> re.Pattern[str]:
    return _negation()["cue_negated_before"]


@functools.lru_cache(maxsize=1)
def _undecided_table() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((key, spec.label, re.compile(spec.undecided)) for key, spec in FACTS.items() if spec.undecided)


_CLAUSES = re.compile(r"[^，,。；;！!？?\n]+")


def read_undecided(text: str) -> dict[str, Any]:
    """The facts said to be not yet settled: the thing a fact declares as ``undecided`` and the words of
    not yet settled (``assistant/data/negation.yaml``) in one clause.  Their labels go to ``UNDECIDED``.

    >>> read_undecided("社保已经给交上了，合同还没定签多长")
    {'undecided': frozenset({'劳动合同期限（年）'})}
    >>> read_undecided("签几年还没想好"), read_undecided("签了两年合同，社保交了")
    ({'undecided': frozenset({'劳动合同期限（年）'})}, {})
    """
    said = [label for _, label, _ in undecided_clauses(text)]
    return {UNDECIDED: frozenset(said)} if said else {}


def undecided_clauses(text: str) -> list[tuple[str, str, str]]:
    """(fact, label, clause) for each fact said in a clause to be not yet settled, once each — or, for a
    count declared ``vague``, said only as “some” of it (“见习期满留下了一部分”: how many is open).

    >>> [k for k, _, _ in undecided_clauses("10个见习生，期满后留下了一部分")], undecided_clauses("10个见习生，留下8个")
    (['retained_count'], [])
    """
    words, some = _negation()["undecided"], _negation()["vague"]
    out: list[tuple[str, str, str]] = []
    for clause in _CLAUSES.findall(text):
        unsettled, vague = words.search(clause) is not None, some.search(clause) is not None
        if not (unsettled or vague):
            continue
        out += [
            (key, label, clause)
            for key, label, thing in _undecided_table()
            if (unsettled or FACTS[key].vague) and thing.search(clause) and key not in {k for k, _, _ in out}
        ]
    return out


_DENIAL_REACH = 24  # characters before a cue its denial may stand in (with the items listed between)


def _denied(text: str, start: int) -> bool:
    """The words just before ``start`` deny what is said there (“不算”, “不是”).

    >>> read_cues("南昌1家500多人的制造企业，不算小微企业")["medium_or_large_enterprise"], "employer_size" in read_cues("不算小微企业")
    (True, False)
    >>> read_cues("我们是小微企业")["employer_size"]
    '小微企业'
    """
    return _negated_before().search(text[max(0, start - _DENIAL_REACH) : start]) is not None


def _denied_after(text: str, end: int) -> bool:
    """The words right after a cue, to the end of its clause, deny it (“省级以上的表彰和特贴都没有”: the things
    listed with it, then 都没有).

    >>> _denied_after("省级以上的表彰和特贴都没有，能算吗", 7), _denied_after("省级以上的表彰拿过", 7)
    (True, False)
    """
    return _negation()["cue_denied_after"].match(text, end) is not None


def implied(facts: dict[str, Any]) -> dict[str, Any]:
    """Facts that follow from others (declared ``implied``), for those not stated.

    >>> implied({"headcount": 28})
    {'employer_size': '中小微企业'}
    >>> implied({"headcount": 28, "employer_size": "大型企业"}), implied({"headcount": 5000})
    ({'employment_form': '单位招用'}, {'medium_or_large_enterprise': True})
    >>> implied({"employment_form": "公益性岗位"})
    {'person_categories': frozenset({'就业困难人员'})}
    >>> implied({"employment_form": "公益性岗位", "excluded_categories": frozenset({"就业困难人员"})})
    {}
    """
    out: dict[str, Any] = {}
    for key, spec in FACTS.items():
        if key in facts or not spec.implied:
            continue
        # a member the person said they are not (excluded_categories, declared as ``minus`` of this set) is never implied
        denied = {m for other in FACTS.values() if other.terms and other.terms.minus == key for m in (facts.get(other.key) or ())}
        for rule in spec.implied:
            if rule.holds(facts) and not (spec.kind == "set" and rule.value in denied):
                out[key] = frozenset({rule.value}) if spec.kind == "set" else rule.value
                break
    return out


_CLAUSE_END = "，,。；;！!？?\n"


def _before(text: str, start: int, size: int) -> str:
    """Up to ``size`` characters before ``start`` within the same clause."""
    window = text[max(0, start - size) : start]
    cut = max(window.rfind(c) for c in _CLAUSE_END)
    return window[cut + 1 :]


def _matches(text: str, values: tuple, table: Patterns):
    """Each match of the table's patterns (with the value beside each), in their order; a span already
    read is not read again (so 高级技师 is not also read as 技师).  Only the patterns that can match are run."""
    taken: list[tuple[int, int]] = []
    for i in table.candidates(text):
        value = values[i]
        for m in table.pattern(i).finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            yield value, m


@functools.lru_cache(maxsize=1)
def _term_table():
    table = []
    for key, spec in FACTS.items():
        if spec.terms is not None:
            t = spec.terms
            table.append((
                key,
                tuple(values for values, _ in t.entries),
                Patterns(p for _, p in t.entries),
                re.compile(t.negation) if t.negation else None,
                t,
                re.compile(t.none) if t.none else None,
                re.compile(t.denied_after) if t.denied_after else None,
                re.compile(t.closes) if t.closes else None,
            ))
    return tuple(table)


# the next item of a list (list_item) and what closes a list without adding to it (list_close: “称号、特贴啥的
# 都没有”, “低保、特困之类的都不是”) are declared in assistant/data/intents.yaml


def _list_end(text: str, end: int) -> int:
    """Where a list that a term opens ends (“特困、监测户也都不是”: the denial after it covers all;
    “称号、特贴啥的都没有”: a closing 啥的 adds nothing).

    >>> t = "别的称号、特贴啥的都没有"
    >>> t[_list_end(t, t.index("特贴") + 2):]
    '都没有'
    """
    while True:
        m = intent("list_item").regex.match(text, end)
        if m is None:
            close = intent("list_close").regex.match(text, end)
            return close.end() if close else end
        end = m.end()


# the not_own intents that name no other person (a level named to compare with): read whoever the message speaks of
_NOT_OF_A_PERSON = ("compared_with",)


def not_own(text: str, start: int, ids: tuple[str, ...]) -> bool:
    """Whether a term said at ``start`` is not the person's own: one of the intents ``ids`` ends the words before
    it in its clause (“我师傅去年拿了”, “河南不是说拿了”) — unless the message asks of that other person
    (“我表哥是全国技术能手，他能评副高吗”: the question is his), or never speaks of the speaker
    (“我徒弟是技师，能评中级吗”: every 我 names the other person, whom the question is about).

    >>> t = "我师傅去年拿了中华技能大奖，我能晋吗"
    >>> not_own(t, t.index("中华"), ("said_of_another",)), not_own("我师傅拿了中华技能大奖，他能晋吗", 5, ("said_of_another",))
    (True, False)
    >>> not_own("我徒弟是技师，能评中级吗", 4, ("said_of_another",)), not_own("听说拿了全国技术能手可以直接评副高，是真的吗", 4, ("rule_quoted",))
    (False, False)
    """
    if not ids:
        return False
    before = _before(text, start, 16)
    if not any(intent(i).search(before) for i in ids):
        return False
    if any(i in _NOT_OF_A_PERSON and intent(i).search(before) for i in ids):
        return True  # “就是比初级高一档”: named to compare with — nobody's, whoever the message speaks of
    return intent("speaker_said").search(text) is not None and not intent("asks_of_another").search(text)


def read_terms(text: str) -> dict[str, Any]:
    """The members of every set fact with declared ``terms``, as frozensets.

    >>> read_terms("我是返乡农民工，不是低保户")["person_categories"], read_terms("我是返乡农民工，不是低保户")["excluded_categories"]
    (frozenset({'返乡入乡农民工'}), frozenset({'低保家庭'}))
    >>> sorted(read_terms("获得过全国技术能手和浙江工匠")["awards"]), read_terms("没有获过奖")["awards"]
    (['全国技术能手', '浙江工匠'], frozenset())
    >>> read_terms("家里也不是建档立卡贫困户").get("person_categories"), sorted(read_terms("家里也不是建档立卡贫困户")["excluded_categories"])
    (None, ['脱贫人口'])
    >>> t = read_terms("家里也不是零就业家庭、特困或者监测户，我是残疾人")
    >>> sorted(t["excluded_categories"]), sorted(t["person_categories"])
    (['特困人员', '防止返贫监测对象', '零就业家庭'], ['残疾'])
    """
    found: dict[str, list[str]] = {}
    counted: dict[str, dict[str, int]] = {}
    for key, entry_values, entries, negation, terms, none, denied_after, closes in _term_table():
        members: list[str] = []
        denied_spans: list[tuple[int, int]] = []
        denied_end = -1  # where the last term denied by the words before it ends (“也不是监测户、特困户”: the list goes on)
        for values, m in sorted(_matches(text, entry_values, entries), key=lambda vm: vm[1].start()):
            if not_own(text, m.start(), terms.not_own):
                continue  # “我表哥家是脱贫户”“我师傅拿了中华技能大奖”: another's, said nothing of the person's own
            after = denied_after.match(text, _list_end(text, m.end())) if denied_after is not None else None
            # “不是零就业家庭、特困或者监测户”: the denial before a list's first term covers the terms joined to it
            # (“也不是建档立卡贫困户”: a term running on from a denied one, nothing between, is the same words denied)
            joined = denied_end >= 0 and (m.start() == denied_end or intent("list_joiner").regex.fullmatch(text[denied_end : m.start()]) is not None)
            before = negation is not None and negation.search(_before(text, m.start(), terms.window)) is not None
            if after is not None or before or joined:
                denied_spans.append((m.start(), after.end() if after is not None else m.end()))
                denied_end = m.end() if (before or joined) else -1
                for into in (terms.negated_into, terms.denied_into):
                    if into:
                        found.setdefault(into, []).extend(v for v in values[:1])
                continue
            denied_end = -1
            members.extend(v for v in values if v not in members)
            if terms.counted:
                n = _count_near(text, m, terms)
                if n is not None:
                    counted.setdefault(terms.counted, {})[values[0]] = n
        if members:
            found.setdefault(key, []).extend(members)
            if closes is not None and terms.negated_into and closes.search(text):
                # “普通农民工，啥特殊身份也没有”: those said are all — every other kind is not theirs
                # (not a kind said by the same words as one held: 高校毕业生 keeps 毕业年度高校毕业生 open)
                near = related_members(key, members)
                found.setdefault(terms.negated_into, []).extend(v for v in FACTS[key].values if v not in near)
        elif none is not None and key not in found and any(
            not any(a <= n.start() < b for a, b in denied_spans) for n in none.finditer(text)
        ):
            # “特困、监测户也都不是” denies those named, not every kind (a “都不是” of its own is none)
            found[key] = []
    out: dict[str, Any] = {}
    for key, members in found.items():
        spec = FACTS[key]
        if spec.terms is not None and spec.terms.minus:
            members = [m for m in members if m not in found.get(spec.terms.minus, [])]
            if not members:
                continue
        out[key] = frozenset(members)
    for key, counts in counted.items():
        out[key] = tuple(sorted(counts.items()))
    return out


def _count_near(text: str, m: re.Match[str], terms=None) -> int | None:
    """How many of a member the words right before or after it say, if any (the declared
    ``count_before`` / ``count_after`` of the set fact's terms).

    >>> t = "新获1个中华技能大奖、2个全国技术能手"
    >>> _count_near(t, re.search("全国技术能手", t))
    2
    >>> _count_near("全国技术能手是3个", re.search("全国技术能手", "全国技术能手是3个"))
    3
    >>> t = "老张新拿了中华技能大奖，另外小李、小王2个新评上了全国技术能手"
    >>> _count_near(t, re.search("全国技术能手", t)), _count_near(t, re.search("中华技能大奖", t)) is None
    (2, True)
    >>> t = "今年有1个老师傅新获了中华技能大奖、还有2个新获了全国技术能手"
    >>> _count_near(t, re.search("中华技能大奖", t)), _count_near(t, re.search("全国技术能手", t))
    (1, 2)
    >>> _count_near("获得过全国技术能手", re.search("全国技术能手", "获得过全国技术能手")) is None
    True
    """
    terms = terms or FACTS["awards"].terms
    before, after = _count_patterns(terms.count_before, terms.count_after)
    said = before.search(_before(text, m.start(), 12))
    if said:
        return int(said.group(1))
    said = after.match(text[m.end() : m.end() + 10])
    return int(said.group(1)) if said else None


@functools.lru_cache(maxsize=8)
def _count_patterns(before: str, after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(before), re.compile(after)


@functools.lru_cache(maxsize=1)
def _verbs() -> dict[str, re.Pattern[str]]:
    data = load_yaml((DATA_DIR / "ladder_verbs.yaml").read_text(encoding="utf-8"))
    return {name: re.compile(pattern) for name, pattern in data.items()}


@functools.lru_cache(maxsize=1)
def _ladders():
    return tuple(
        (key, spec.ladder, tuple(value for value, _ in spec.ladder.terms), Patterns(p for _, p in spec.ladder.terms))
        for key, spec in FACTS.items()
        if spec.ladder is not None
    )


def ladder_mentions(text: str, key: str, strip: re.Pattern[str] | None = None) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(held, wanted) mentions of the levels of fact ``key``'s ladder, with their positions.

    ``strip`` removes words (the 工种 names) from the words before a level, so that the verb
    before “电工中级工” is found.
    """
    held, wanted, _ = _ladder_scan(text, key, strip)
    return held, wanted


def _ladder_scan(text: str, key: str, strip: re.Pattern[str] | None = None):
    """(held, wanted, denied) mentions of the levels of fact ``key``'s ladder.

    A denial said before the first level of a list, or after its last, covers every level of it
    (“厂里没有特级技师、首席技师”, “特级技师、首席技师都没评过”):

    >>> _ladder_scan("厂里没有特级技师、首席技师，我是高级技师", "skill_level")
    ([(16, '高级技师')], [], [(4, '特级技师'), (9, '首席技师')])
    >>> _ladder_scan("特级技师、首席技师都没评过", "skill_level")
    ([], [], [(0, '特级技师'), (5, '首席技师')])

    A level that only marks where another stands (“比中级那档低一级的”) is neither held nor wanted:

    >>> _ladder_scan("是助理工程师，比中级那档低一级的", "title_level")[0]
    [(1, '助理级')]

    Levels offered as a choice (“能报到哪一级，中级还是副高？”) are neither:

    >>> _ladder_scan("能报到哪一级，中级还是副高？", "title_level")
    ([], [], [])
    """
    verbs = _verbs()
    ladder, values, table = next((ld, v, t) for k, ld, v, t in _ladders() if k == key)
    read: list[tuple[int, int, str, str]] = []  # (start, end, value, how: held / wanted / denied_before / denied_after / none)
    for value, m in _matches(text, values, table):
        if not_own(text, m.start(), ladder.not_own):
            continue  # “我师傅是高级技师，我是技师”: another's level
        before = _before(text, m.start(), 12)
        before = (strip.sub("", before) if strip is not None else before)[-8:]
        after = text[m.end() : m.end() + 8]
        how = "none"
        if verbs["reference_after"].match(after):
            read.append((m.start(), m.end(), value, "none"))  # “比中级那档低一级的”: a point another is placed by
            continue
        if verbs["choice_after"].match(after) or verbs["choice_before"].search(before):
            read.append((m.start(), m.end(), value, "none"))  # “中级还是副高？”: options asked between
            continue
        if verbs["denied_after"].match(after) or (verbs["negation_before"].search(before) and not verbs["wanted_after"].match(after)):
            if verbs["denied_after"].match(after):
                how = "denied_after"  # “特级技师还没考过”: said not held
            elif intent("denied_before").search(before):
                how = "denied_before"  # “没有高级技师证”
        elif verbs["negation_before"].search(before) or verbs["denied_after"].match(after):
            how = "none"
        elif verbs["wanted_alone_after"].match(text[m.end() : m.end() + 14]):
            how = "wanted"  # (“副高的职称今年能不能冲一下”: the wanting said a little further on)
        elif verbs["offered_before"].search(before) and verbs["class_after"].match(after):
            how = "wanted"  # “社区开了个中级工班”: the class's level, not one held
        elif verbs["required_before"].search(before):
            how = "wanted"  # “新岗位要求有个中级工证”: a level required, not one held
        elif verbs["this_one_before"].search(before):
            how = "wanted"  # “这回报的这个是焊工中级的”: the level of the thing now at hand
        elif verbs["held_before"].search(before) or verbs["held_after"].match(after):
            how = "held"
        elif verbs["wanted_before"].search(before) or verbs["wanted_after"].match(after):
            how = "wanted"
        else:
            how = "held"
        read.append((m.start(), m.end(), value, how))
    read.sort()
    # the levels of one list (joined by 、和 或): a denial before its first or after its last covers all
    lists: list[list[int]] = []
    for i, (start, _, _, _) in enumerate(read):
        if lists and intent("list_joiner").regex.fullmatch(text[read[lists[-1][-1]][1] : start]):
            lists[-1].append(i)
        else:
            lists.append([i])
    for members in lists:
        first, last = read[members[0]][3], read[members[-1]][3]
        if len(members) > 1 and (first == "denied_before" or last == "denied_after"):
            for i in members:
                read[i] = (*read[i][:3], first if first == "denied_before" else last)
    held = [(s, v) for s, _, v, how in read if how == "held"]
    wanted = [(s, v) for s, _, v, how in read if how == "wanted"]
    denied = [(s, v) for s, _, v, how in read if how.startswith("denied")]
    return held, wanted, denied


def read_ladders(text: str, strip: re.Pattern[str] | None = None) -> dict[str, Any]:
    """The levels held and wanted, for every fact with a declared ``ladder``.

    >>> read_ladders("高级技师能评副高吗")
    {'skill_level': '高级技师', 'target_title': '副高级'}
    >>> read_ladders("我是技师，去年又考了高级技师")
    {'skill_level': '高级技师'}
    >>> read_ladders("早就考下高级工了，听说街道开了个中级工培训班")
    {'skill_level': '高级工', 'target_skill': '中级工'}
    >>> read_ladders("我有高级工证，新单位要求有个中级工证")
    {'skill_level': '高级工', 'target_skill': '中级工'}
    >>> read_ladders("前年拿了高级工证，这次的培训班是中级工的")
    {'skill_level': '高级工', 'target_skill': '中级工'}
    """
    out: dict[str, Any] = {}
    for key, ladder, values, _ in _ladders():
        held, wanted, denied = _ladder_scan(text, key, strip)
        if denied and ladder.denied:
            out[ladder.denied] = frozenset(v for _, v in denied)
        if held:
            if ladder.pick == "highest":
                order = list(values)
                ranks = FACTS[key].choices
                out[key] = max((v for _, v in held), key=lambda v: ranks.index(v) if v in ranks else order.index(v))
            else:
                out[key] = held[-1][1]
        if wanted:
            out[ladder.wanted] = wanted[-1][1]
    return out
