"""Where the two figures of a difference or a sum come from (``assistant.arithmetic``).

Two ways, tried in this order:

1. **Through the rules** (``rule_arithmetic``): the question names two values of one thing the
   rules read — two regions (山西 / 四川), or two choices of a declared fact (国家级 / 省级,
   中小微企业 / 大型企业).  The question is asked once about each (the text with both named
   things written as the one, “四川比四川高出…”), through the same understanding and routing
   as any question; each answer's figure is a rule's dated parameter with its citation.  When
   both are figures in one unit, their difference or sum answers, each figure citing its article.
2. **In passages** (``passage_arithmetic``): no rule holds the figures, and two things the
   question names (two years, or the words either side of 和 / 与 / 比) each lead, in one passage,
   to a figure of the kind asked (“到2029年…45%以上”, “到2035年…50%以上”).  The two figures
   must be two different statements: one figure reached from both anchors (“2024—2027年每年
   100万人次”) is not two.  A figure stated for each year of a span (that one) is added over the
   years the question asks about when they lie inside the span (2024到2027这4年: × 4).

Totals of one rule's result: over the people the question counts (``head_count_total``), and over a
group it describes one by one (``listed_persons_total``: “3个学生：1个家里是低保户，1个办了国家助学
贷款，还有1个家里条件一般” — the rule asked of each, the amounts of those who qualify added).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from assistant.arithmetic import Operand, Operation, _plain, combine, months_to_wait, operand_of_value, operation_asked, per_head_total, per_year_total, wait_asked, years_after_obtained, years_to_serve
from assistant.regions import regions
from assistant.rules.base import fmt_money, fmt_number
from assistant.rules.common import THIS_YEAR_GRADUATE
from assistant.schema import Calculation, Step, book
from assistant.understand.intents import intent

if TYPE_CHECKING:
    from assistant.rules.route import Decision

# What people say is declared in assistant/data/intents.yaml and read here by id (intent("said_of_all")):
# what lies between two things set side by side (links_two_named), the programmes one question adds
# (adds_programme, total_asked_at_end), a part added later (adds_part), people listed one by one
# (person_listed, said_of_all, left_out, corrects_earlier), the kind of figure asked (asks_in_…) …


@dataclass(frozen=True)
class Named:
    """One of two things a question names: how answers label it, and where the text says it."""

    label: str  # 四川省 / 国家级 / 中小微企业
    said: str  # the words of the text
    start: int
    end: int
    region: str | None = None  # a region named: the region the question is asked for
    fact: str | None = None  # a choice named: the declared fact it is a value of (``label`` is the value)

    def facts(self) -> dict[str, str]:
        """The fact the question about this one holds, whatever the reading of its words finds."""
        return {self.fact: self.label} if self.fact else {}


@dataclass(frozen=True)
class Pair:
    """Two values of one thing, named in one question."""

    first: Named
    second: Named

    def variants(self, text: str) -> tuple[str, str]:
        """The question asked of each: both named things written as the one.

        >>> p = Pair(Named("山西省", "山西", 0, 2, "山西省"), Named("四川省", "四川", 3, 5, "四川省"))
        >>> p.variants("山西和四川的见习补贴，四川比山西高几个百分点")
        ('山西和山西的见习补贴，山西比山西高几个百分点', '四川和四川的见习补贴，四川比四川高几个百分点')
        """
        both = (self.first, self.second)
        return tuple(_written_as(text, both, one) for one in both)  # type: ignore[return-value]

    def segments(self, text: str) -> tuple[str, str] | None:
        """Each named thing with the words said of it alone, when the facts of each are said beside it
        (“职工培训做了40个人，另外搞了个订单式培训10个人、8天……两项加起来多少”): the question asked of each
        is what comes before both, its own part, and the question after the last part; None when
        nothing is counted in the first part (the two differ only in the thing named).

        >>> p = choice_pair("我们公司职工培训做了30个人，另外还办了个订单式培训，12个人、培训9天，结业后全部上岗。两项加起来一共多少？", ["training_kind"])
        >>> p.segments("我们公司职工培训做了30个人，另外还办了个订单式培训，12个人、培训9天，结业后全部上岗。两项加起来一共多少？")
        ('我们公司职工培训做了30个人，另外还办了个。两项加起来一共多少？', '我们订单式培训，12个人、培训9天，结业后全部上岗。两项加起来一共多少？')
        >>> t = "太谷一家厂办了两期：一期是25个在职工人的岗位技能提升培训；另一期是订单式培训，9天，10个学员全部上岗。两期加一起多少？"
        >>> choice_pair(t, ["training_kind"]).segments(t)[0]
        '太谷一家厂办了两期：一期是25个在职工人的岗位技能提升培训；另一期是。两期加一起多少？'
        """
        from assistant.understand.mentions import read_mentions

        first, second = self.first, self.second
        # the first's own facts may be said in its clause before its name (“一期是25个在职工人的岗位技能提升培训”)
        opening = max((text.rfind(mark, 0, first.start) for mark in "：:；;。！!？?"), default=-1) + 1
        begins = opening if read_mentions(text[opening : second.start]) != read_mentions(text[first.start : second.start]) else first.start
        if not read_mentions(text[begins : second.start]):  # “一个…，一个…”: a list, no facts of the first said
            return None
        cut = max(text.rfind(mark, second.end) for mark in "。；;！!")
        head, own_first = text[:begins], text[begins : second.start].rstrip("，,、；; ")
        own_second, ask = (text[second.start : cut + 1], text[cut + 1 :]) if cut > second.end else (text[second.start :], "")
        if not ask.strip():  # the question is in the second part: the first is asked with its last clause
            tail = re.split(r"[，,]", text)[-1]
            ask = tail if tail and tail not in own_first else ""
        if not ask.strip():
            return None
        return f"{head}{own_first}。{ask}", f"{head}{own_second.rstrip('。')}。{ask}"


def _written_as(text: str, both: tuple[Named, Named], one: Named) -> str:
    """``text`` with every mention of either named thing replaced by ``one``'s words."""
    words = {n.said for n in both}
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.sub(pattern, lambda m: one.said, text)


def _linked(text: str, first: Named, second: Named) -> bool:
    return bool(intent("links_two_named").search(text[first.end : second.start]))


def region_pair(text: str) -> Pair | None:
    """Two provinces named side by side (a city stands for itself; two places of one province are one).

    >>> p = region_pair("山西和四川给见习单位的见习补贴，四川比山西高出几个百分点？")
    >>> (p.first.label, p.second.label)
    ('山西省', '四川省')
    >>> region_pair("成都和四川的规定") is None, region_pair("太原的公司招了5个见习生") is None
    (True, True)
    """
    seen: dict[str, Named] = {}
    for province, city, start, end in regions().spans(text):
        if province not in seen:
            name = city or province
            seen[province] = Named(name, text[start:end], start, end, name)
    found = list(seen.values())
    if len(found) < 2 or not _linked(text, found[0], found[1]):
        return None
    return Pair(found[0], found[1])


@functools.lru_cache(maxsize=256)
def _choice_patterns(key: str, cued: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(value, pattern) for each choice of a declared ``str`` fact: its own words, or (``cued``) its cues."""
    from assistant.rules.inputs import FACTS

    spec = FACTS[key]
    cues = dict(spec.cues)
    out = []
    for choice in spec.choices:
        alternatives = list(cues.get(choice) or ()) if cued else [re.escape(choice)]
        if alternatives:
            out.append((choice, re.compile("|".join(f"(?:{p})" for p in alternatives))))
    return tuple(out)


def choice_pair(text: str, keys: Iterable[str]) -> Pair | None:
    """Two different choices of one declared fact named side by side: by the choices' own words, else
    by their cues (which may take in words around them: “产业园，国家级”); the longest words win where
    the words of two choices overlap (中小微企业 over 小微企业).

    >>> p = choice_pair("四川新评上国家级就业见习基地和省级的，一次性奖补差多少？", ["base_level"])
    >>> (p.first.label, p.second.label)
    ('国家级', '省级')
    >>> p = choice_pair("在四川，中小微企业比大型企业的稳岗返还能多返多少？", ["employer_size"])
    >>> (p.first.label, p.second.label)
    ('中小微企业', '大型企业')
    >>> p = choice_pair("成都的，中小企业比大企业的稳岗返还多返多少？", ["employer_size"])
    >>> (p.first.label, p.first.said, p.second.label, p.second.said, p.first.fact)
    ('中小微企业', '中小企业', '大型企业', '大企业', 'employer_size')
    >>> p = choice_pair("两个基地，一个新评上了国家级就业见习基地，一个新评上省级的，奖补加起来多少", ["base_level"])
    >>> (p.first.label, p.second.label)
    ('国家级', '省级')
    >>> choice_pair("我们是国家级见习基地，一次性奖补多少", ["base_level"]) is None
    True
    """
    from assistant.rules.inputs import FACTS

    for cued in (False, True):
        for key in sorted(keys):
            spec = FACTS.get(key)
            if spec is None or spec.kind != "str" or not spec.choices:
                continue
            pair = _pair_of(text, key, _choice_patterns(key, cued))
            if pair is not None:
                return pair
    return None


def _pair_of(text: str, key: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> Pair | None:
    """The first two different values the patterns find side by side, longest words first."""
    matches = [(m.start(), m.end(), value) for value, pattern in patterns for m in pattern.finditer(text) if m.end() > m.start()]
    taken: list[tuple[int, int, str]] = []
    for start, end, value in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):  # longest first
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, value))
    taken.sort()
    values: dict[str, Named] = {}
    for start, end, value in taken:
        values.setdefault(value, Named(value, text[start:end], start, end, fact=key))
    found = list(values.values())
    if len(found) >= 2 and _linked(text, found[0], found[1]):
        return Pair(found[0], found[1])
    return None


def _source(doc_id: str | None, article: str | None) -> str:
    from assistant.rules.registry import registry

    source = registry().sources.get(doc_id) if doc_id else None
    where = "" if article in (None, "正文", "引言") else article
    return f"{book(source.title)}{where}" if source is not None else (article or "")


def _topic_choices(topic_id: str | None) -> frozenset[str]:
    """The facts a topic's rules read, and those that choose among its rules (``selector``: 培训类别)."""
    from assistant.rules.registry import registry
    from assistant.rules.route import topic_inputs

    return topic_inputs(topic_id) | {key for r in registry().all() if r.topic == topic_id for key, _ in (r.selector or ())}


def rule_arithmetic(text: str, decision: "Decision | None", ask: Callable[[str, str | None, dict[str, str]], "Decision | None"]) -> "Decision | None":
    """The difference or the sum asked of two things named, each worked out by the rules; None when the
    question asks none, names no two values of one thing, or either answer is no figure in the other's unit.

    ``ask(text, region, facts)`` answers one of the two questions (``region``: the region named, or None
    to keep the person's; ``facts``: the choice named, held whatever the words' reading finds); ``text``
    is the question as the rules read it (normalized).
    """
    operation = operation_asked(text)
    if operation is None or decision is None or decision.calculation is None:
        return None
    from assistant.rules.route import topic_inputs

    pair = (region_pair(text) if operation == "difference" else None) or choice_pair(text, _topic_choices(decision.topic))
    if pair is None:
        return None
    operands: list[Operand] = []
    calcs: list[Calculation] = []
    # a sum over two kinds, each with its own facts said beside it: each part asked on its own
    segments = pair.segments(text) if operation == "sum" and pair.first.fact else None
    for named, variant in zip((pair.first, pair.second), segments or pair.variants(text)):
        # parts added are each the part's total (“两块加一起”: 40人的那块 is 40人's amount, not one person's)
        held = {**named.facts(), "amount_basis": "合计"} if segments else named.facts()
        answer = ask(variant, named.region, held)
        calc = answer.calculation if answer is not None else None
        if calc is None or answer.topic != decision.topic or calc.verdict not in ("amount", "info") or not calc.in_force:
            return None
        if calc.rule_id.startswith("arith."):  # the one asked names two of something else too: not one figure
            return None
        step = next((s for s in calc.steps if s.doc_id and s.article), None)
        if step is None:
            return None
        operand = operand_of_value(named.label, calc.value, calc.unit, _source(step.doc_id, step.article), step.doc_id, step.article)
        if operand is None:
            return None
        if operation == "sum" and calc.verdict == "amount" and operand.unit.startswith("元"):
            operand = _several_of(text, named, operand)  # “还有两家新评上省级的”: the figure for each, that many times
        operands.append(operand)
        calcs.append(calc)
    combined = combine(operation, operands[0], operands[1], rule_id=f"arith.{decision.topic}")
    if combined is None:
        return None
    return replace(decision, calculation=combined, follow_up=None, missing=(), rule_id=combined.rule_id, text=combined.summary, related=tuple(calcs))


_SEVERAL_BEFORE = re.compile(r"(\d+)\s*(家|个|所|位|名)[^，,。；;？?！!\d]{0,6}$")
_PEOPLE_AFTER = re.compile(r"(人|在职|工人|职工|员工|学员|学生|徒弟|见习生|大学生|毕业生|农民工|失业|脱贫)")


def _several_of(text: str, named: Named, operand: Operand) -> Operand:
    """A figure of one of the things summed, times how many of it the question counts right before its name
    (“一家新评上国家级…，还有两家新评上省级的”: the 省级 award twice); the operand as it is when one or none is said.

    >>> o = Operand("省级", Decimal(200000), "元", "20万元", "s")
    >>> t = "1家单位新评上国家级就业见习基地，还有2家新评上省级的，一次性奖补加起来是多少钱？"  # (normalized)
    >>> n = Named("省级", "省级", t.index("省级"), t.index("省级") + 2)
    >>> r = _several_of(t, n, o); r.value, r.label, r.figure
    (Decimal('400000'), '2家省级', '20万元×2')
    """
    m = _SEVERAL_BEFORE.search(text[max(0, named.start - 12) : named.start])
    count = int(m.group(1)) if m else 1
    if count < 2 or _PEOPLE_AFTER.match(m.group(0)[len(m.group(1)) + len(m.group(2)) :].lstrip()):
        return operand  # (“一期是25个在职工人的…培训”: people counted, whom the part's own rule totals already)
    return replace(operand, value=operand.value * count, label=f"{count}{m.group(2)}{operand.label}", figure=f"{operand.figure}×{count}")


_ASKED_TAIL = re.compile(r"(?:是|有|能|可以|能拿|能补|能领|给)?(?:多少|几)(?:钱|元)?(?:呢|啊)?$")


def programme_parts(text: str) -> tuple[str, ...] | None:
    """The programmes a question adds (“见习补贴加上基地奖补，一共能拿多少？”, three listed with 、) and what is
    said before the question (the facts all are asked of): (context, first, second, …).  None when the
    question adds none.

    >>> programme_parts("南充一家医院接了8个见习生。见习补贴加上基地奖补，一共能拿多少？")
    ('南充一家医院接了8个见习生。', '见习补贴', '基地奖补')
    >>> programme_parts("帮扶基地那笔一次性奖补，加上这15个人第一年按定额扣减的税费，一共是多少？")
    ('', '帮扶基地那笔一次性奖补', '这15个人第一年按定额扣减的税费')
    >>> programme_parts("接了4个见习生。最低工资2000，基地奖补加上见习补贴，一共多少？")
    ('接了4个见习生。最低工资2000，', '基地奖补', '见习补贴')
    >>> programme_parts("都按最高算：合作社的服务补助、那25个人的求职补贴、帮扶基地的奖补，加起来最多多少？")
    ('都按最高算：', '合作社的服务补助', '那25个人的求职补贴', '帮扶基地的奖补')
    >>> programme_parts("见习补贴一共多少") is None
    True
    >>> programme_parts("开业后招了2个人。2项一次性补贴（创业补贴和吸纳就业补贴）现在一共能领多少？")
    ('开业后招了2个人。', '创业补贴', '吸纳就业补贴')
    >>> programme_parts("招了3个人。我这个一次性创业补贴和吸纳就业补贴加1块能拿多少？")
    ('招了3个人。', '一次性创业补贴', '吸纳就业补贴')
    >>> programme_parts("开了个店。贷30万，年利率3.5%，第一年财政贴息多少？加上那个一次性创业补贴，我一共能拿多少钱？")
    ('开了个店。贷30万，年利率3.5%，', '第一年财政贴息', '一次性创业补贴')
    """
    sentences = [m.group(0) for m in re.finditer(r"[^。？！?!]*[。？！?!]?", text) if m.group(0)]
    for i in range(len(sentences) - 1, -1, -1):
        sentence = sentences[i]
        tail = intent("total_asked_at_end").search(sentence)
        if tail is None:
            continue
        asked = sentence[: tail.start()]
        # “两项一次性补贴（创业补贴和吸纳就业补贴）现在…”: the parts named in brackets after their count
        inner = re.search(r"[（(]([^（）()]+)[）)]", asked)
        if inner:
            named = intent("adds_programme").regex.split(inner.group(1))
            if 2 <= max(len(named), len(inner.group(1).split("、"))) <= 4:
                asked = inner.group(1)
        parts = intent("adds_programme").regex.split(asked)
        if len(parts) == 1:  # “A、B、C加起来”: listed with 、
            parts = asked.split("、")
        if not 2 <= len(parts) <= 4:
            continue
        # (“…创业补贴，我一共能拿多少”: who gets it, said before the asking, is no part of the name)
        parts = [re.sub(r"[，,]\s*(?:我|我们|咱|咱们|俺|他|她|单位|企业|公司)$", "", p).strip("，, ") for p in parts]
        if not parts[0] and i > 0 and sentences[i - 1].endswith(("？", "?")):
            # “…第一年财政贴息多少？加上那个一次性创业补贴，一共能拿多少？”: the first part is what the question
            # before asked, its last clause without the asking
            before = sentences[i - 1].rstrip("？?")
            cut = max(before.rfind("，"), before.rfind(","))
            named = _ASKED_TAIL.sub("", before[cut + 1 :])
            if len(named) >= 2:
                sentences = [*sentences[: i - 1], before[: cut + 1], *sentences[i:]]
                parts[0] = named
        # what the sentence says before the first part (“我们这最低工资2000，基地奖补加上…”) is said of all
        cut = max(parts[0].rfind("，"), parts[0].rfind("："), parts[0].rfind(":"))
        lead, parts[0] = parts[0][: cut + 1], parts[0][cut + 1 :]
        # (“我这个一次性创业补贴”: the words pointing at it are no part of its name)
        parts = [intent("pointer_before_part").regex.sub("", p, count=1) for p in parts]
        if any(len(p) < 2 for p in parts):
            continue
        return ("".join(sentences[:i]) + lead, *parts)
    return None


def programme_sum(text: str, decision: "Decision | None", ask: Callable[[str, str], "Decision | None"]) -> "Decision | None":
    """The sum of two different programmes asked in one question (“帮扶基地一次性奖补，加上第一年定额扣减的税费，
    一共多少”): each part asked of the rules on its own (what is said before the question, and that part), each
    part's working and articles kept, the two amounts added.  A part whose rule, in force, finds a condition
    unmet today (“正常运营未满1年”) adds 0, its reason said.  None when the question adds no two parts, a part is
    neither an amount in 元 the rules give nor so refused, no part is an amount, or two are the one rule (a choice
    of one thing: ``rule_arithmetic``).
    ``ask(part, context)`` answers one part, the facts of ``context`` (said before the question) held.
    """
    if decision is None or operation_asked(text) != "sum":
        return None
    found = programme_parts(text)
    if found is None:
        return None
    context, *named = found
    answers = []
    for part in named:
        calc = None
        # the part asked, what is said before it held as facts; a part too short to name its programme
        # alone (“基地奖补”) is asked again with what is said before it
        refused = None
        # (“第一年财政贴息”: a part asked for one year is that year's amount, 元/年)
        yearly = re.search(r"第[1一]年|头[1一]?年|首年|[1一]年的", part) is not None
        for question, held in ((f"{part}是多少？", context), (f"{context}{part}是多少？", "")):
            answer = ask(question, held)
            calc = answer.calculation if answer is not None else None
            if _money(calc, yearly):
                break
            if refused is None and _refused(calc):
                refused = (answer, calc)  # kept unless the other way of asking gives an amount
            calc = None
        if calc is None and refused is not None:
            answer, calc = refused
        if calc is None:
            return None
        answers.append((part, answer, calc))
    if len({calc.rule_id for _, _, calc in answers}) != len(answers):
        return None
    if not any(_money(calc) for _, _, calc in answers):
        return None  # nothing to add: each part answers on its own
    return _parts_added(decision, [(part, calc) for part, _, calc in answers])


def _refused(calc: Calculation | None) -> bool:
    """A part whose rule, in force, says the person does not (yet) meet its conditions (“正常运营未满1年”):
    it adds 0 today, its reason said with the sum."""
    return calc is not None and calc.verdict == "not_eligible" and calc.in_force and not calc.rule_id.startswith(("arith.", "route."))


# the parts a question adds named by their number only (“这两块一次性奖补加起来”, “两样加起来多少钱”): each
# described before, in a clause of its own set off by 另外/此外/还有 or a semicolon


def described_parts(text: str) -> tuple[list[str], str] | None:
    """The parts a question adds when it names them by their number only (“这两块…加起来能拿多少”), each
    described before the asking sentence in a part of its own (set off by 另外/此外/还有 or ；), and the
    question each is asked with (the asking sentence without the words that add).  None unless as many
    parts are described as the question counts.

    >>> parts, asked = described_parts("一家企业，今年刚被评为省级见习基地；另外招了15个脱贫人口。这两块奖补加起来能拿多少？")
    >>> parts, asked
    (['一家企业，今年刚被评为省级见习基地', '招了15个脱贫人口'], '奖补能拿多少？')
    >>> described_parts("创业补贴能拿多少？另外贷了20万，一年贴息多少？两样加起来多少钱？")
    (['创业补贴能拿多少？', '贷了20万，一年贴息多少？'], '多少钱？')
    >>> described_parts("见习补贴和基地奖补这两块加起来多少") is None
    True
    """
    sentences = [m.group(0) for m in re.finditer(r"[^。？！?!]*[。？！?!]?", text) if m.group(0)]
    for i in range(len(sentences) - 1, 0, -1):
        sentence = sentences[i]
        counted = intent("parts_counted").search(sentence)
        if counted is None or not intent("adds_words").regex.search(sentence, counted.end()):
            continue
        if intent("parts_named_before_count").search(sentence[: counted.start()]):
            return None  # the parts are named in the asking sentence itself: ``programme_parts``
        wanted = {"两": 2, "2": 2, "三": 3, "3": 3}[counted.group("n")]
        before = "".join(sentences[:i])
        parts = [p.strip("，,；;。 ") for p in intent("part_break").regex.split(before)]
        parts = [p for p in parts if p]
        if len(parts) != wanted:
            return None
        asked = intent("adds_words").regex.sub("", sentence[: counted.start()] + sentence[counted.end() :], count=1)
        return parts, asked.lstrip("，, ")
    return None


def described_sum(text: str, decision: "Decision | None", ask: Callable[[str], "Decision | None"]) -> "Decision | None":
    """The sum of parts described one by one and added by their number (“…省级见习基地；另外招了12个脱贫
    人口…这两块一次性奖补加起来能拿多少？”): each part asked of the rules with the asking sentence (the place
    of the whole message held by ``ask``), each part's working and articles kept, the amounts added.  None
    when the question adds no such parts, a part is no amount in 元 a rule gives, or two parts are one rule.
    """
    if decision is None or operation_asked(text) != "sum":
        return None
    found = described_parts(text)
    if found is None:
        return None
    parts, asked = found
    answers: list[tuple[str, Calculation]] = []
    for part in parts:
        question = part if part.endswith(("？", "?")) else f"{part}。{asked}"
        answer = ask(question)
        calc = answer.calculation if answer is not None else None
        if not _money(calc, yearly=True):
            return None
        answers.append((_part_name(part, answer), calc))
    if len({c.rule_id for _, c in answers}) != len(answers):
        return None
    return _parts_added(decision, answers)


def _part_name(part: str, answer: "Decision") -> str:
    """What a part is called in the sum: the name of the rule that answers it."""
    from assistant.rules.registry import UnknownRule, get_rule

    try:
        return re.sub(r"（[^）]*）", "", get_rule(answer.calculation.rule_id).title)
    except (UnknownRule, AttributeError):
        return part[:12]


def _money(calc: Calculation | None, yearly: bool = False) -> bool:
    """An amount in 元 a rule gives (not per anything), in force: a part that can be added."""
    # (``yearly``: a part asked for one year, “一年贴息多少”, is that year's amount)
    return (
        calc is not None and calc.verdict in ("amount", "eligible") and isinstance(calc.value, Decimal) and calc.in_force
        and (calc.unit or "").split("（")[0] in (("元", "元/年") if yearly else ("元",)) and not calc.rule_id.startswith("arith.")
    )


def _parts_added(decision: "Decision", parts: list[tuple[str, Calculation]]) -> "Decision":
    """The decision answering the sum of the parts: each part's working and articles kept, then the sum."""
    # a part the person does not meet today (not_eligible) adds 0, its reason said
    def value(calc: Calculation) -> Decimal:
        return calc.value if calc.verdict != "not_eligible" and isinstance(calc.value, Decimal) else Decimal(0)

    total = sum((value(c) for _, c in parts), Decimal(0))
    steps: list[Step] = []
    for _, calc in sorted(parts, key=lambda p: p[1].verdict == "not_eligible"):  # a part that counts cites first
        steps.extend(s for s in calc.steps if s not in steps)
    arithmetic = "合计：" + " + ".join(f"{name}{fmt_money(value(calc))}" + ("（暂不符合条件）" if calc.verdict == "not_eligible" else "") for name, calc in parts) + f" = {fmt_money(total)}。"
    steps.append(Step(arithmetic))
    summary = "".join(f"{name}：{calc.summary.rstrip('。')}。" for name, calc in parts) + arithmetic
    calc = Calculation(rule_id=f"arith.{decision.topic}.sum", inputs={}, verdict="amount", value=_plain(total), unit="元", steps=tuple(steps), summary=summary)
    return replace(decision, calculation=calc, follow_up=None, missing=(), rule_id=calc.rule_id, text=summary, related=tuple(c for _, c in parts))


def added_part(
    text: str, decision: "Decision | None", held: Mapping[str, Any], ask_earlier: Callable[[], "Decision | None"], ask_part: Callable[[dict[str, Any]], "Decision | None"]
) -> "Decision | None":
    """A later message that adds another part of the same topic and asks the total (“晋中企业职工培训…
    我们培训了60个职工” then “另外还有一期订单式的，10天，8个人全部上岗，一共呢？”): the part asked before
    (the facts held before this message, ``ask_earlier``) and the part this message names — another
    choice of a fact the topic's rules choose by (``training_kind``), asked with this message's own facts
    (``ask_part``, the choice and a total held) — each worked out by its rule and cited, then added.

    None unless the message begins by adding (另外/还有 …), asks a sum, names a choice other than the one
    held, and both parts are amounts in 元 of rules on the same topic.
    """
    if decision is None or operation_asked(text) != "sum" or not intent("adds_part").search(text.strip()):
        return None
    from assistant.rules.inputs import FACTS

    named: tuple[str, str] | None = None
    for key in sorted(_topic_choices(decision.topic)):
        spec = FACTS.get(key)
        if spec is None or spec.kind != "str" or not spec.choices or held.get(key) is None:
            continue
        found = {value for cued in (False, True) for value, pattern in _choice_patterns(key, cued) if pattern.search(text)}
        if len(found) == 1 and held[key] not in found:
            named = (key, next(iter(found)))
            break
    if named is None:
        return None
    earlier, part = ask_earlier(), ask_part({named[0]: named[1], "amount_basis": "合计"})
    first = earlier.calculation if earlier is not None else None
    second = part.calculation if part is not None else None
    if not (_money(first) and _money(second)) or earlier.topic != decision.topic or part.topic != decision.topic:
        return None
    if first.rule_id == second.rule_id:
        return None
    return _parts_added(decision, [(str(held[named[0]]), first), (named[1], second)])


def parts_told_total(text: str, decision: "Decision | None", context: str, ask_part: Callable[[str, str, bool], "Decision | None"]) -> "Decision | None":
    """A total asked of two parts told in the messages before (“我们办了个育婴员培训班…7天，30个人” then “还有一个电焊班，
    15天，20个人，也是农村出来的” then “两个班加起来补贴一共多少？”): each part's message worked out by the rule on its own
    (``ask_part``: the message and the topic — the first with the place held, the one that added with what the
    conversation held, as it was told: “也是农村出来的” said of the class before too), then added.

    None unless this message asks the sum of both (``both_parts``) and names nothing of its own, the message before it
    added another part (``adds_another_part``: another class, batch or project — not more people), and both parts are
    amounts in 元 of rules on the conversation's topic.
    """
    if decision is None or operation_asked(text) != "sum" or not intent("both_parts").search(text) or intent("adds_part").search(text.strip()):
        return None
    said = [m for m in context.split(" ") if m]
    if len(said) < 2 or not intent("adds_another_part").search(said[-1]):
        return None
    first, second = " ".join(said[:-1]), said[-1]
    a, b = ask_part(first, decision.topic, False), ask_part(second, decision.topic, True)
    one = a.calculation if a is not None else None
    two = b.calculation if b is not None else None
    if not (_money(one) and _money(two)) or a.topic != decision.topic or b.topic != decision.topic:
        return None
    return _parts_added(decision, [(_told_part_name(first), one), (_told_part_name(second), two)])


def persons_told_total(text: str, decision: "Decision | None", context: str, ask_person: Callable[[str, str], "Decision | None"]) -> "Decision | None":
    """A total asked (“那一共多少？”) after people described in turn — the first in the opening messages, each other one in a
    message of their own that asks of them (``another_person``: “她室友也是今年毕业，有残疾证…，她能领吗？”): each
    person's messages worked out by the rule on their own (``ask_person``: the words and the topic, the place held,
    nothing else said of another), then those who qualify added.

    None unless this message asks a total and says nothing of anyone (no count of people, no facts), another person
    was asked of before, and every person's answer is an amount in 元 of a rule on the conversation's topic (or a no).
    """
    if decision is None or intent("amount_total").search(text) is None or intent("another_person").search(text):
        return None
    from assistant.facts import extract_facts

    told = {k for k in extract_facts(text) if not k.startswith("_") and k not in ("amount_basis", "asks_amount", "province", "city")}
    if told:
        return None
    said = [m for m in context.split(" ") if m]
    others = [i for i, m in enumerate(said) if i > 0 and intent("another_person").search(m)]
    if not others:
        return None
    firsts = " ".join(said[: others[0]])
    persons = [firsts] + [said[i] for i in others]
    answers = [ask_person(words, decision.topic) for words in persons]
    calcs = [a.calculation if a is not None else None for a in answers]
    if any(a is None or a.topic != decision.topic for a in answers) or not all(_money(c) or (c is not None and c.verdict == "not_eligible") for c in calcs):
        return None
    if not any(_money(c) for c in calcs):
        return None
    names = ["先问的那位"] + [_told_part_name(said[i]) for i in others]
    return _parts_added(decision, list(zip(names, calcs)))


def _told_part_name(message: str) -> str:
    """A part told in a message of its own, named by the words that say what it is (its first clause, short)."""
    clause = re.split(r"[，,。；;？?！!]", message.strip())[0]
    clause = re.sub(r"^(那|哦|噢)?(另外|还有|再加上|加上|另|再)(还有)?", "", clause)
    return clause[-12:] if len(clause) > 12 else clause


def head_count_total(decision: "Decision | None", facts: Mapping[str, Any]) -> "Decision | None":
    """A total asked (“总共/一共/加起来能补多少”, ``amount_basis`` 合计) over the people the question counts,
    of a rule that gives an amount for each person and does not read that count: the per-person
    amount (capped, as the rule works it out) times the head count, each step citing its article.

    The count is the generic one (``people_count``, declared “用于按人合计”): a rule that reads a
    count of its own (见习人数, 培训人数) has already totalled it, and is left as it is.  None when
    no total is asked, no more than one person is counted, or the rule's result is not per person.
    """
    if decision is None or decision.calculation is None:
        return None
    # a total asked, or an amount asked of a group the question counts with no 每人 (“给30个…的人办了个培训班，
    # 这个班的培训补贴最多能拿多少”): the per-person figure stays in the steps
    if facts.get("amount_basis") != "合计" and not (facts.get("amount_basis") is None and facts.get("asks_amount") is True):
        return None
    from assistant.rules.inputs import FACTS
    from assistant.rules.registry import UnknownRule, get_rule

    try:
        read = set(get_rule(decision.calculation.rule_id).inputs)
    except UnknownRule:  # a result worked out by no one rule (arithmetic over two)
        return None
    counts = {k: v for k, v in facts.items() if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback and k not in read}
    if len(set(counts.values())) != 1:
        return None
    people = next(iter(counts.values()))
    if not isinstance(people, int) or isinstance(people, bool):
        return None
    total = per_head_total(decision.calculation, people)
    if total is None:
        return None
    return replace(decision, calculation=total, text=total.summary)


_SENTENCE_STOP = re.compile(r"[。？！?!]")


@dataclass(frozen=True)
class Listed:
    """One of the persons (or groups of persons) a question lists one by one."""

    said: str  # the words that describe them (“家里是低保户”)
    count: int  # 0: “其他” — the rest of the people held
    facts: dict[str, Any]  # what those words say of them
    name: str = ""  # the names they were listed by (“小刘、小陈、小吴”), when they were


def _described(text: str, keys: set[str]) -> list[tuple[int, int, Listed, str]]:
    """Each person (or group of persons) the text describes one by one, by some fact among ``keys``:
    (start, end, the person, the words that open the description), in text order."""
    from assistant.facts import extract_facts

    leads = _leads(text)
    found: list[tuple[int, int, Listed, str]] = []
    # a group split after it (“6个大学生里有1个…，其他人…”): how many, what is said of it, the group listed before
    # that it is (its index in ``found``, or None), how many of it are described so far, where its sentence ends
    split: list | None = None
    rests: list[list] = []  # the groups split, once their parts are told
    emptied: set[int] = set()
    for i, lead in enumerate(leads):
        stop = _SENTENCE_STOP.search(text, lead.end())
        end = min(stop.start() if stop else len(text), leads[i + 1].start() if i + 1 < len(leads) else len(text))
        if split is not None and lead.start() >= split[4]:
            rests.append(split)
            split = None
        # the description runs to the last of its clauses that says something of them: the question
        # or a place said after it (“…没什么特殊情况，在四川，一共能拿多少”) is said of them all; a clause that
        # says something of them only with the one before it (“合同只签到年底，不满1年”) is theirs too
        last, known = lead.end(), {}
        for clause in re.finditer(r"[^，,；;]+", text[lead.end() : end]):
            if clause.start() and intent("said_of_all").search(clause.group(0)) and int(lead.group("n") or 1) == 1:
                break  # “…1个防止返贫监测对象，都签了一年合同”: what follows is said of them all (of several named together — “小吴、小郑是应届的，都签了两年” — of them)
            so_far = {k: v for k, v in extract_facts(text[lead.end() : lead.end() + clause.end()]).items() if k in keys}
            if not so_far and found and not clause.start():
                so_far = _parallel(clause.group(0), found[-1][2], keys)  # “其他都是一年以上”: the figure of the group before
            if any(k in keys for k in extract_facts(clause.group(0))) or so_far != known or (found and intent("denies_kind_before").search(clause.group(0))):
                last = lead.end() + clause.end()
            known = so_far
        if text[lead.end() : end].rstrip().endswith(("：", ":")) or (i + 1 < len(leads) and leads[i + 1].end() == end + len(leads[i + 1].group(0)) and leads[i + 1].group(0).startswith("其中")):
            continue  # “3个今年毕业的学生：1个…，1个…”, “招了7个…，其中6个…”: the whole group, split after it
        if i + 1 < len(leads) and leads[i + 1].start() == end and (
            intent("group_split_after").search(text[lead.end() : end]) or _whole_of_the_rest(leads, i, stop.start() if stop else len(text))
            or _sum_of_parts(text, leads, i, stop.start() if stop else len(text))
        ):
            # “6个大学生里有1个只签了半年”: the whole group, some of it described next — one listed before
            # (the 6 said of 大学生 there) when one fits it: those described next are taken out of it
            whole = {k: v for k, v in extract_facts(text[lead.end() : end]).items() if k in keys and v not in (None, frozenset(), ())}
            n = int(lead.group("n")) if lead.group("n") else None
            fits = [j for j, (_, _, p, _) in enumerate(found) if p.count == n and all(isinstance(v, frozenset) and v <= frozenset(p.facts.get(k) or ()) for k, v in whole.items())]
            if n:
                if split is not None:
                    rests.append(split)
                split = [n, fits[0] if len(fits) == 1 else None, whole, 0, stop.start() if stop else len(text), lead.start(), end, []]
            continue
        said = text[lead.end() : last].strip("，,；;、 和及").removesuffix("呢").removesuffix("吗")
        facts = {k: v for k, v in extract_facts(said).items() if k in keys and v not in (None, frozenset(), ())}
        if not facts and said and found:
            facts = _parallel(said, found[-1][2], keys) or _denied_parallel(said, found[-1][2], keys)
        if facts and said:
            count = int(lead.group("n")) if lead.group("n") else (0 if lead.group("others") else 1)
            if split is not None:  # one of the group split: what is said of the group is said of them too
                n, j, whole, taken = split[:4]
                count = count or n - taken  # “其他人”: the rest of that group
                if count <= 0 or taken + count > n:
                    split = None
                else:
                    split[3] += count
                    split[7].append(dict(facts))
                    facts = {**(found[j][2].facts if j is not None else whole), **facts}
                    if j is not None:
                        a, b, p, o = found[j]
                        found[j] = (a, b, replace(p, count=p.count - count), o)
                        if p.count - count == 0:
                            emptied.add(j)
            opening = text[max(text.rfind(c, 0, lead.start()) for c in "，,。；;：:！!？?") + 1 : lead.end()]  # “车间还有8个”
            named = lead.group("named") if isinstance(lead, _Named) else None
            found.append((lead.start(), last, Listed(said, count, facts, (named or lead.label()) if isinstance(lead, _Named) else ""), opening))
    if split is not None:
        rests.append(split)
    found = [f for j, f in enumerate(found) if j not in emptied]
    for n, j, whole, taken, _, start, end, parts in rests:
        # “招了6个大学生…，但有2个社保还没交”: a group split with only some of it described — the rest are the group as
        # said, and what sets the part apart by a yes or no (社保没交) is the other way for them
        if j is not None or not 0 < taken < n or not whole or not parts:
            continue
        rest = dict(whole)
        for key in {k for p in parts for k, v in p.items() if isinstance(v, bool) and k not in whole}:
            said = {p.get(key) for p in parts}
            if len(said) == 1 and isinstance(next(iter(said)), bool):
                rest[key] = not next(iter(said))
        found.append((start, end, Listed("其余的", n - taken, rest), ""))
    return sorted(found, key=lambda f: f[0])


class _Named:
    """A person (or several) of a list begun by their names (``person_named``: 小刘、小陈、小吴三个都是…, 老马是…, 甲是…),
    read as a ``person_listed`` lead: ``n`` how many (said, else the names counted), never “the others”."""

    def __init__(self, m: re.Match[str]):
        self.m = m
        names = m.group("named")
        said = m.group("n") if "n" in m.re.groupindex else None
        count = said or (str(len(re.findall(r"[、和跟及与]", names)) + 1) if names else "1")
        self._groups = {"n": count, "others": None}

    def start(self) -> int:
        return self.m.start()

    def end(self) -> int:
        return self.m.end()

    def group(self, name: str | int = 0):
        return self._groups[name] if name in self._groups else self.m.group(name)

    def label(self) -> str:
        """What the person is called when not by a name: 甲, 乙 … or A同学, B学员 …"""
        marks = [self.m.group(g) for g in ("mark", "lettered") if g in self.m.re.groupindex]
        return next((m for m in marks if m), "")


def _leads(text: str) -> list:
    """Where each person (or group) of a list said one by one begins: by a count (``person_listed``) or by their
    names (``person_named``); a name right after a count (“1个老周”) is that count's.

    >>> [(l.group(0), l.group("n")) for l in _leads("招了5个：小刘、小陈2个是应届的，老马是就业困难人员")]
    [('5个', '5'), ('小刘、小陈2个', '2'), ('老马', '1')]
    >>> [(l.group(0), l.group("n")) for l in _leads("安置了3个人：王姐和老李是就业困难人员；还有1个小陈是朋友介绍来的")]
    [('王姐和老李', '2'), ('小陈', '1')]
    >>> [l.group(0) for l in _leads("我是农村出来打工的，培训了8天；我媳妇失业在家，学了12天")], _leads("我是高级技师，干了5年")
    (['我', '我媳妇'], [])
    >>> [l.group(0) for l in _leads("我跟我媳妇都是农村的，我学电焊学了14天，她学面点学了7天")]
    ['我', '她']
    """
    counted = list(intent("person_listed").finditer(text))
    names = list(intent("person_named").finditer(text))
    # (“还有1个小陈是朋友介绍来的”: one, named right after the count — the named lead, so the person is called by the name)
    counted = [c for c in counted if not (c.group("n") in (None, "1") and any(m.start() == c.end() for m in names))]
    named = [_Named(m) for m in names if not any(c.end() == m.start() for c in counted)]
    # (“我是农村出来打工的，培训了8天；我媳妇失业在家，学了12天”: people said by who they are to the speaker, the
    # speaker among them — only where one of kin is said)
    kin = list(intent("person_kin").finditer(text))
    pair = intent("speaker_pair").search(text)
    if any(m.group("kin") for m in kin) or pair:
        taken = [(lead.start(), lead.end()) for lead in [*counted, *named]]
        named += [_Named(m) for m in kin if not any(a < m.end() and m.start() < b for a, b in taken)]
    if pair:
        # (“我跟我媳妇都是农村的…，我学电焊学了14天，她学面点学了7天”: the pair said of both, not a person of its
        # own; a 他/她 after it that opens a clause is the one of kin)
        named = [lead for lead in named if not (lead.start() < pair.end() and pair.start() < lead.end())]
        named += [_Named(m) for m in intent("person_pronoun").finditer(text) if m.start() >= pair.end()]
    return sorted([*counted, *named], key=lambda lead: lead.start())


def asked_of_one(text: str) -> str:
    """The text as said of the one person a question asks about, of several listed by name (“老周是河南省技术能手；
    老郑是高级技师…；小冯是省赛一等奖。请问老周能不能破格报副高？”): the others' descriptions taken out, so
    that what is said of them is not read as said of the one asked about.  The text unchanged unless two or more
    are listed by name and the question after them names exactly one of them.

    >>> asked_of_one("老周是省技术能手；老郑是高级技师，在岗5年；小冯是省赛一等奖。请问老周能不能破格报副高？")
    '老周是省技术能手。请问老周能不能破格报副高？'
    >>> asked_of_one("老周是省技术能手；老郑是高级技师。他们能报副高吗？")
    '老周是省技术能手；老郑是高级技师。他们能报副高吗？'
    """
    named = [m for m in intent("person_named").finditer(text) if m.group("named")]
    if len(named) < 2:
        return _asked_of_described(text) or _asked_of_kin(text) or text
    stops = [m.start() for m in re.finditer(r"[。？！?!]", text)]
    last_stop = max((p for p in stops if p < len(text.rstrip("。？！?! ")) ), default=-1)
    question = text[last_stop + 1 :]
    spans = []
    for i, m in enumerate(named):
        if m.start() > last_stop:
            break
        end = min([p for p in stops if p >= m.end()] + ([named[i + 1].start()] if i + 1 < len(named) else []) + [len(text)])
        spans.append((m.group("named"), m.start(), end))
    asked = [name for name, _, _ in spans if name in question]
    if len(spans) < 2 or len(asked) != 1 or not intent("asks_verdict").search(question) and not intent("asks_may_i").search(question):
        return text
    return _without(text, [(a, b) for name, a, b in spans if name != asked[0]])


def _final_sentence(text: str) -> str:
    """The text's last sentence — the question a message ends on (“…合同签的半年。这个就业困难人员能拿吗？”).

    >>> _final_sentence("招了2个人：1个是大学生。这个大学生能拿吗？")
    '这个大学生能拿吗？'
    """
    stops = [m.start() for m in re.finditer(r"[。？！?!]", text)]
    last_stop = max((p for p in stops if p < len(text.rstrip("。？！?! "))), default=-1)
    return text[last_stop + 1 :]


def _asked_of_kin(text: str) -> str | None:
    """The text as said of one of kin a question asks about by a pronoun, after the speaker told of themself
    (“我是中级职称，打算申请技师的评价；我老公是高级工程师，他想直接申请高级技师的评价，他这样可以吗？”): the speaker's own
    description taken out.  None unless the speaker's words (我是…) come first, one of kin follows in a clause of its
    own, and the question asks a verdict of 他 or 她.

    >>> _asked_of_kin("我是中级职称，打算申请技师的评价；我老公是高级工程师，他想直接申请高级技师的评价，他这样可以吗？")
    '我老公是高级工程师，他想直接申请高级技师的评价，他这样可以吗？'
    >>> _asked_of_kin("我是中级职称；我老公是高级工程师，我们能申请吗？") is None
    True
    """
    question = _final_sentence(text)
    tail = re.split(r"[，,；;]", question)[-1]
    if not re.search(r"(?<![其])[他她](?![们的])", tail) or not (intent("asks_verdict").search(tail) or intent("asks_may_i").search(tail)):
        return None
    leads = [m for m in intent("person_kin").finditer(text)]
    kin = [m for m in leads if m.group("kin")]
    if len(kin) != 1 or not leads or leads[0].group("kin") or leads[0].start() > kin[0].start():
        return None  # (the speaker first, then one of kin)
    return text[kin[0].start() :]


def _asked_of_described(text: str) -> str | None:
    """The text as said of the one person a question asks about by what was said of them (“招了3个人：2个今年毕业的
    大学生，合同签了3年；另1个是街道认定的就业困难人员…合同先签的半年。这个就业困难人员能拿吗？”): the others'
    descriptions taken out.  None unless the question asks a verdict of 这个/那个 + words that the description of
    exactly one of two or more persons listed holds (intent ``asks_of_described``).

    >>> _asked_of_described("招了3个人：2个今年毕业的大学生，合同签了3年；另1个是就业困难人员，合同签的半年。这个就业困难人员能拿补贴吗？")
    '招了3个人：另1个是就业困难人员，合同签的半年。这个就业困难人员能拿补贴吗？'
    >>> _asked_of_described("招了2个人：1个是大学生，1个是就业困难人员。他们能拿补贴吗？") is None
    True
    """
    stops = [m.start() for m in re.finditer(r"[。？！?!]", text)]
    last_stop = max((p for p in stops if p < len(text.rstrip("。？！?! "))), default=-1)
    question = text[last_stop + 1 :]
    m = intent("asks_of_described").search(question)
    if m is None or not (intent("asks_verdict").search(question) or intent("asks_may_i").search(question)):
        return None
    who = m.group("who")
    leads = [lead for lead in _leads(text) if lead.start() < last_stop]
    spans = []
    for i, lead in enumerate(leads):
        end = min([p for p in stops if p >= lead.end()] + ([leads[i + 1].start()] if i + 1 < len(leads) else []) + [len(text)])
        if text[lead.end() : end].strip().endswith(("：", ":")) or end == lead.end():
            continue  # the whole group, split after it (“招了3个人：”)
        spans.append((lead.start(), end))
    asked = [(a, b) for a, b in spans if who in text[a:b]]
    if len(spans) < 2 or len(asked) != 1:
        return None
    return _without(text, [span for span in spans if span != asked[0]])


def _narrower_said_before(key: str, value: frozenset, held: frozenset) -> frozenset:
    """The one kind said before that the kind said now is the broader name of (“招了4个毕业年度的大学生…” then “4个
    大学生都签的两年”: the 大学生 are the 毕业年度 ones), else nothing.

    >>> sorted(_narrower_said_before("person_categories", frozenset({"高校毕业生"}), frozenset({"毕业年度高校毕业生", "高校毕业生", "就业困难人员"})))
    ['毕业年度高校毕业生']
    >>> _narrower_said_before("person_categories", frozenset({"就业困难人员"}), frozenset({"毕业年度高校毕业生", "就业困难人员"}))
    frozenset()
    """
    narrower = [kind for kind in held if kind not in value and value <= _members(key, kind)]
    return frozenset(narrower) if len(narrower) == 1 else frozenset()


@functools.cache
def _members(key: str, kind: str) -> frozenset:
    """What the name of a kind reads as, for set fact ``key`` (毕业年度高校毕业生 → it and 高校毕业生): the kind itself at least."""
    from assistant.facts import extract_facts

    return frozenset(extract_facts(kind).get(key) or ()) | {kind}


def _rest_by_kinds_said_before(people: tuple[Listed, ...], earlier: Mapping[str, Any]) -> tuple[Listed, ...]:
    """A group said before by its kinds (“招了5个毕业年度的大学生和2个就业困难人员”), then one of it singled out
    by kind and the rest counted with no kind said (“有个应届生只签了半年的合同，其他6个都是签的两年”): the rest are
    those of each kind said before, less the ones singled out — each kind a group of its own, with what is said of
    the rest.  Unchanged unless the counts add up exactly.

    >>> said = {"category_counts": (("就业困难人员", 2), ("毕业年度高校毕业生", 5))}
    >>> one = Listed("应届生只签了0.5年的合同", 1, {"person_categories": frozenset({"毕业年度高校毕业生", "高校毕业生"}), "contract_years": 0.5})
    >>> rest = Listed("都是签的2年", 6, {"contract_years": 2})
    >>> [(p.said, p.count, sorted(p.facts.get("person_categories", ()))) for p in _rest_by_kinds_said_before((one, rest), said)][1:]
    [('其余就业困难人员', 2, ['就业困难人员']), ('其余毕业年度高校毕业生', 4, ['毕业年度高校毕业生', '高校毕业生'])]
    >>> _rest_by_kinds_said_before((one, replace(rest, count=5)), said) == (one, replace(rest, count=5))
    True
    """
    from assistant.rules.inputs import FACTS

    kinds = dict(earlier.get("category_counts") or ())
    # (nothing said of their kind, not even what they are not: “其中有1个低保家庭的其实不是低保户” is no rest)
    unkinded = [p for p in people if not any(k in FACTS and FACTS[k].kind == "set" and v for k, v in p.facts.items())]
    if not kinds or len(unkinded) != 1 or len(people) < 2:
        return people
    left = dict(kinds)
    for person in people:
        if person is unkinded[0]:
            continue
        # (“有个大学生…”: a kind said before is theirs when it is the kind they are said to be or one of it — 毕业年度高校毕业生)
        mine = [k for k in left if _members("person_categories", k) & person.facts["person_categories"]]
        if len(mine) != 1 or left[mine[0]] < person.count:
            return people
        left[mine[0]] -= person.count
    rest = unkinded[0]
    if sum(left.values()) != rest.count:
        return people
    parts = []
    for kind, count in left.items():
        if count > 0:
            parts.append(Listed(f"其余{kind}", count, {**rest.facts, "person_categories": _members("person_categories", kind)}, rest.name))
    return tuple(p for p in people if p is not rest) + tuple(parts)


def _sum_of_parts(text: str, leads: list, i: int, stop: int) -> bool:
    """“招了4个大学生，2个今年毕业的，2个是2022年毕业的”: a group counted, then parts of it counted in its sentence that add
    up to it, none of them said to be of a kind the group is not — the first is the whole the others are parts of.

    >>> t = "招了4个大学生，2个今年毕业的，2个是2022年毕业的，吸纳补贴一共多少"
    >>> _sum_of_parts(t, _leads(t), 0, len(t))
    True
    >>> t = "招了6个人：3个今年毕业的大学生，签了两年；1个就业困难人员，签了三年；1个监测户的，只签了半年；还有1个普通工人"
    >>> _sum_of_parts(t, _leads(t), 1, len(t))
    False
    """
    from assistant.facts import extract_facts

    if not leads[i].group("n") or isinstance(leads[i], _Named) or leads[i].group(0).endswith("是"):
        return False
    if not re.search(r"(?:招|带|收|接|录用|吸纳|招用|招收|安置|培训)(?:了|进)?$", text[: leads[i].start()]):
        return False  # (the whole is the people taken on, counted as such — not one item of a list, “2个是…”)
    whole = int(leads[i].group("n"))
    parts = [lead for lead in leads[i + 1 :] if lead.start() < stop]
    if any(isinstance(p, _Named) for p in parts):
        return False  # (people told by name are persons of the list, not parts of a count)
    if len(parts) < 2 or any(not p.group("n") or p.group("others") for p in parts) or sum(int(p.group("n")) for p in parts) != whole:
        return False
    kinds = lambda a, b: frozenset(extract_facts(text[a:b]).get("person_categories") or ())  # noqa: E731
    said = kinds(leads[i].end(), parts[0].start())
    ends = [p.start() for p in parts[1:]] + [stop]
    return all(not (k := kinds(p.end(), e)) or not said or k & said for p, e in zip(parts, ends))


def _whole_of_the_rest(leads: list[re.Match[str]], i: int, stop: int) -> bool:
    """“招了6个应届大学生，有2个只签了半年，其余的签了三年”: a group counted, then some of it counted and the
    rest (其余, 其他, 剩下) said in its sentence — the first is the whole the others are parts of, not a group of its own."""
    if not leads[i].group("n"):
        return False
    whole, parts = int(leads[i].group("n")), 0
    for lead in leads[i + 1 :]:
        if lead.start() >= stop:
            return False
        if lead.group("others"):
            return 0 < parts < whole
        if not lead.group("n"):
            return False
        parts += int(lead.group("n"))
    return False


_HALF_YEAR = re.compile(r"(?<![\d.])0\.5(?=年)")
_QUALIFIED = re.compile(r"(?:及)?(?:以上|以下|多|左右)?")


def _parallel(said: str, before: Listed, keys: set[str]) -> dict[str, Any]:
    """What a group described by a figure alone says, the thing it is a figure of said of the group
    before (“其中有7个跟企业签的是半年合同，其他都是一年以上”): the description before, with this figure
    (and its 以上 / 以下) in place of its own figure of the same unit, read for the facts it gave that
    group.  Empty when this description holds no one figure, or the one before none of its unit.

    >>> _parallel("都是1年以上、也都上了社保", Listed("跟企业签的是0.5年合同", 7, {"contract_years": Decimal("0.5")}), {"contract_years"})
    {'contract_years': Decimal('1')}
    >>> _parallel("签的都是3年", Listed("大学生只签了8个月的合同", 1, {"contract_years": Decimal("0.67")}), {"contract_years"})
    {'contract_years': Decimal('3')}
    >>> _parallel("家里条件一般", Listed("跟企业签的是0.5年合同", 7, {"contract_years": Decimal("0.5")}), {"contract_years"})
    {}
    """
    from assistant.facts import extract_facts
    from assistant.understand.mentions import scan

    mine = [m for m in scan(said) if not m.ordinal]
    if len(mine) != 1:
        return {}
    # (a length said in years of those said in months before: “只签了8个月的合同” then “其他4个签的都是三年”)
    theirs = [m for m in scan(before.said) if not m.ordinal and (m.unit == mine[0].unit or {m.unit, mine[0].unit} <= {"年", "月"})]
    if len(theirs) != 1:
        return {}
    figure = said[mine[0].start : _QUALIFIED.match(said, mine[0].end).end()]
    own = before.said[: theirs[0].start] + figure + before.said[_QUALIFIED.match(before.said, theirs[0].end).end() :]
    facts = {k: v for k, v in extract_facts(own).items() if k in keys and k in before.facts and v not in (None, frozenset(), ())}
    return facts if facts and facts != {k: before.facts[k] for k in facts} else {}


def _denied_of(person: Listed, key: str) -> frozenset[str]:
    """The members of set fact ``key`` said of this one not to be held (its ``negated_into``, said of them)."""
    from assistant.rules.inputs import FACTS

    spec = FACTS.get(key)
    into = spec.terms.negated_into if spec is not None and spec.terms else None
    return frozenset(person.facts.get(into) or ()) if into else frozenset()


def _denied_parallel(said: str, before: Listed, keys: set[str]) -> dict[str, Any]:
    """What a description that only denies says (“老钱和刘大姐都是就业困难人员，第3个小宋是普通应聘进来的，没有认定”):
    not of the groups the one before was said to be of — the set facts of the one before, as the members said not
    held (their ``negated_into``).  Empty unless a clause of it is a bare denial (intent ``denies_kind_before``).

    >>> _denied_parallel("是普通应聘进来的，没有认定", Listed("都是就业困难人员", 2, {"person_categories": frozenset({"就业困难人员"})}), {"person_categories", "excluded_categories"})
    {'excluded_categories': frozenset({'就业困难人员'})}
    >>> _denied_parallel("签了3年", Listed("都是就业困难人员", 2, {"person_categories": frozenset({"就业困难人员"})}), {"person_categories", "excluded_categories"})
    {}
    """
    from assistant.rules.inputs import FACTS

    if not any(intent("denies_kind_before").search(c) for c in re.split(r"[，,；;]", said)):
        return {}
    out: dict[str, Any] = {}
    for key, value in before.facts.items():
        spec = FACTS.get(key)
        into = spec.terms.negated_into if spec is not None and spec.kind == "set" and spec.terms else None
        if into and into in keys and value:
            out[into] = frozenset(value)
    return out


def _without(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the descriptions at ``spans`` taken out (what is said of them all)."""
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    joined = re.sub(r"[，,；;]+(?=[。？！?!]|$)", "", "".join(rest))
    return re.sub(r"(?<=[：:])[，,；;。]+", "", joined)


def listed_persons(text: str, keys: Iterable[str]) -> tuple[tuple[Listed, ...], str]:
    """The persons a question lists one by one, each with what is said of them (a fact among ``keys``),
    and the text with the list taken out (what is said of them all).  No list unless two or more are
    described, each by some fact of ``keys``, and not all alike.

    >>> people, rest = listed_persons("班上有3个今年毕业的学生：1个家里是低保户，1个办了国家助学贷款，还有1个家里条件一般、没有特殊情况。一共能领多少？", ["person_categories", "excluded_categories"])
    >>> [(p.said, p.count, sorted(p.facts)) for p in people]
    [('家里是低保户', 1, ['person_categories']), ('办了国家助学贷款', 1, ['person_categories']), ('家里条件一般、没有特殊情况', 1, ['excluded_categories'])]
    >>> rest
    '班上有3个今年毕业的学生：一共能领多少？'
    >>> people, rest = listed_persons("4个学生：1个是残疾人，2个家里是零就业家庭，还有1个没什么特殊情况，在四川，一共能拿多少", ["person_categories", "excluded_categories"])
    >>> [(p.said, p.count) for p in people], rest
    ([('残疾人', 1), ('家里是零就业家庭', 2), ('没什么特殊情况', 1)], '4个学生：在四川，一共能拿多少')
    >>> listed_persons("招了3个脱贫人口，1个月能补多少", ["person_categories"])[0]
    ()
    """
    keys = set(keys)
    counted_after = _counted_after(text, keys)
    if counted_after is not None:
        return counted_after  # “低保家庭的有12个，残疾的2个”: groups described, then counted
    # (“…4个应届生和2个就业困难人员，都上了社保。但应届生里有1个只签了8个月的合同，其余的都签了3年”: the groups listed
    # first, read without the later sentence that singles some of one out — that sentence then splits it)
    for sentence in list(re.finditer(r"[^。；;！!？?]+[。；;！!？?]?", text))[1:]:
        if intent("singled_out_of_group").search(sentence.group(0)) is None:
            continue
        before = text[: sentence.start()] + text[sentence.end() :]
        found = _described(before, keys)
        if _distinct([p for _, _, p, _ in found]):
            people = tuple(p for _, _, p, _ in found)
            rest = _without(before, ((a, b) for a, b, _, _ in found))
            split, left = _singled_out_later(people, sentence.group(0), keys)
            if split != people:
                return split, (rest + left if left.strip("，,。；; ") else rest)
    found = _described(text, keys)
    nested = _some_then_the_rest(text, found, keys)
    if nested is not None:
        return nested
    if not _distinct([p for _, _, p, _ in found]) or _speaker_with_kin_recounted([p for _, _, p, _ in found]):
        return (), text
    people, rest = tuple(p for _, _, p, _ in found), _without(text, ((a, b) for a, b, _, _ in found))
    return _singled_out_later(people, rest, keys)


def _some_then_the_rest(text: str, found: list[tuple[int, int, "Listed", str]], keys: set[str]) -> tuple[tuple[Listed, ...], str] | None:
    """A group counted, then some of it described and the rest of it after them (“带了18个脱贫户去成都上班，有3个没签劳动
    合同，其余的合同一年以上、社保也都交了”, ``rest_of_group``): the group split in two — those singled out with what is said
    of them, the others (the count less theirs) with what the rest is said to have — both with what is said of the whole
    group.  None unless a later count, smaller than the group's, goes on to the rest of it with words of its own.

    >>> t, keys = "今年带了18个脱贫户去成都上班，有3个没签劳动合同，其余的合同1年以上。能拿多少", {"person_categories", "contract_years"}
    >>> people, rest = _some_then_the_rest(t, _described(t, keys), keys)
    >>> [(p.said, p.count, p.facts.get("contract_years")) for p in people], rest
    ([('没签劳动合同', 3, Decimal('0')), ('其余的合同1年以上', 15, Decimal('1'))], '今年带了。能拿多少')
    """
    if len(found) != 2:
        return None
    (a0, a1, whole, _), (b0, b1, some, _) = found
    split = _rest_split_off(some, keys) if 0 < some.count < whole.count else None
    if split is None:
        return None
    own, others = split
    people = (Listed(own.said, own.count, whole.facts | own.facts), Listed(others.said, whole.count - some.count, whole.facts | others.facts))
    return people, _without(text, ((a0, a1), (b0, b1)))


def _rest_split_off(some: Listed, keys: set[str]) -> tuple[Listed, Listed] | None:
    """What is said of some of a group, cut where it goes on to the rest of it (``rest_of_group``: “没签劳动合同，其余的合同1年
    以上”): those some with their words, and the rest (count 0: the others of the group) with theirs — None unless both
    say some fact among ``keys``.

    >>> own, others = _rest_split_off(Listed("没签劳动合同，其余的合同1年以上", 3, {}), {"contract_years"})
    >>> (own.said, own.count, own.facts), (others.said, others.count, others.facts)
    (('没签劳动合同', 3, {'contract_years': Decimal('0')}), ('其余的合同1年以上', 0, {'contract_years': Decimal('1')}))
    """
    from assistant.facts import extract_facts

    m = intent("rest_of_group").search(some.said)
    if m is None or m.start() == 0:
        return None
    own_said, rest_said = some.said[: m.start()], some.said[m.start() :].lstrip("，,；; ")
    pick = lambda t: {k: v for k, v in extract_facts(t).items() if k in keys and v not in (None, frozenset(), ())}
    own, others = pick(own_said), pick(rest_said)
    if not own or not others:
        return None
    return Listed(own_said, some.count, own), Listed(rest_said, 0, others)


def _speaker_with_kin_recounted(people: list[Listed]) -> bool:
    """The speaker said together with one of kin (“我跟我妹妹都是今年毕业”), then the two counted again (“两个人都在找
    工作”): one group of two, told twice — not the speaker and two more.

    >>> _speaker_with_kin_recounted([Listed("跟我弟弟都是今年毕业", 1, {}, "我"), Listed("都在找工作", 2, {}, "")])
    True
    >>> _speaker_with_kin_recounted([Listed("今年毕业", 1, {}, "我"), Listed("都在找工作", 2, {}, "")])
    False
    """
    if len(people) != 2:
        return False
    first, second = people
    return (
        first.name in ("我", "俺")
        and intent("with_kin_opening").match(first.said) is not None
        and not second.name
        and second.count == 2
        and "都" in second.said
    )


def _singled_out_later(people: tuple[Listed, ...], rest: str, keys: set[str]) -> tuple[tuple[Listed, ...], str]:
    """Groups listed, then — in a later sentence — some of one of them singled out by that group's own word, and
    perhaps the rest of everyone (“招了3个今年毕业的大学生，还有1个就业困难人员，都交了社保。不过其中1个大学生只签了
    半年合同，其他人签的都是两年”, ``singled_out_of_group``): that group split in two, what is said of the others said
    of every other one.  Unchanged unless exactly one group's words name those singled out and it has more of them.

    >>> people, rest = _singled_out_later((Listed("今年毕业的大学生", 3, {"person_categories": frozenset({"毕业年度高校毕业生"})}), Listed("就业困难人员", 1, {"person_categories": frozenset({"就业困难人员"})})), "今年招了，都交了社保。不过其中1个大学生只签了0.5年合同，其他人签的都是2年。一共多少？", {"person_categories", "contract_years"})
    >>> [(p.said, p.count, p.facts.get("contract_years")) for p in people], rest
    ([('大学生只签了0.5年合同', 1, Decimal('0.5')), ('今年毕业的大学生', 2, Decimal('2')), ('就业困难人员', 1, Decimal('2'))], '今年招了，都交了社保。一共多少？')
    """
    from assistant.facts import extract_facts

    if len(people) < 2:
        return people, rest
    for sentence in re.finditer(r"[^。；;！!？?]+[。；;！!？?]?", rest):
        m = intent("singled_out_of_group").search(sentence.group(0))
        if m is None:
            continue
        said, n = m.group("rest"), int(m.group("n"))
        # the group whose own words open what is said of those singled out (“大学生只签了…” of “今年毕业的大学生”)
        # or named just before (“应届生里有1个只签了8个月”)
        before = sentence.group(0)[: m.start()]
        named = [i for i, p in enumerate(people) if p.count > n and any(said.startswith(p.said[-k:]) or before.endswith(p.said[-k:]) for k in range(2, len(p.said) + 1))]
        if len(named) != 1:
            continue
        own = {k: v for k, v in extract_facts(said).items() if k in keys and v not in (None, frozenset(), ())}
        others = {k: v for k, v in extract_facts(m.group("others") or "").items() if k in keys and v not in (None, frozenset(), ())}
        if not own:
            continue
        if m.group("others") and not others:
            # (“其他人签的都是两年”: the figure of the same kind as said of those singled out)
            others = _parallel(m.group("others"), Listed(said, n, own), keys) or {}
        g = people[named[0]]
        split: list[Listed] = []
        for i, p in enumerate(people):
            if i == named[0]:
                split.append(Listed(said, n, {**g.facts, **own}, g.name))
                split.append(replace(g, count=g.count - n, facts={**g.facts, **others}))
            else:
                split.append(replace(p, facts={**p.facts, **others}))
        start, end = sentence.start() + m.start(), sentence.start() + m.end()
        # the words that led in (“不过”“但”) go with the sentence taken out
        lead = re.search(r"(?:不过|但是|但|可是|只是)\s*$", rest[sentence.start() : start])
        return tuple(split), _without(rest, [(sentence.start() + lead.start() if lead else start, end + (1 if end < len(rest) and rest[end] in "。；;" else 0))])
    return people, rest


_CLAUSE = re.compile(r"[^，,；;。？！?!：:（）()、]+")


def _distinct(found: list[Listed]) -> bool:
    """Two or more persons (groups), not all described alike."""
    said = {tuple(sorted((k, str(sorted(v)) if isinstance(v, frozenset) else str(v)) for k, v in p.facts.items())) for p in found}
    return len(found) >= 2 and len(said) >= 2


def _counted_after(text: str, keys: set[str]) -> tuple[tuple[Listed, ...], str] | None:
    """Groups each described and then counted, one clause each (“低保家庭的有12个，残疾的2个，办了国家助学
    贷款的30个”: intent ``person_counted_after``), and the text with those clauses taken out; None when fewer
    than two such groups that some fact of ``keys`` tells apart are said.

    >>> people, rest = _counted_after("25届毕业生里，低保家庭的有12个，残疾的2个，办了国家助学贷款的30个，一共发多少？", {"person_categories"})
    >>> [(p.said, p.count) for p in people], rest
    ([('低保家庭', 12), ('残疾', 2), ('办了国家助学贷款', 30)], '25届毕业生里，一共发多少？')
    """
    from assistant.facts import extract_facts

    found: list[tuple[int, int, Listed]] = []
    for clause in _CLAUSE.finditer(text):
        m = intent("person_counted_after").regex.search(clause.group(0))
        if m is None:
            continue
        said = m.group("said").strip()
        facts = {k: v for k, v in extract_facts(said).items() if k in keys and v not in (None, frozenset(), ())}
        if facts:
            found.append((clause.start(), clause.end(), Listed(said, int(m.group("n")), facts)))
    if not _distinct([p for _, _, p in found]):
        return None
    rest, last = [], 0
    for start, end, _ in found:
        rest.append(text[last:start])
        last = end
        if last < len(text) and text[last] in "，,；;、":
            last += 1  # the pause after the clause goes with it
    rest.append(text[last:])
    joined = re.sub(r"[，,；;]+(?=[。？！?!]|$)", "", "".join(rest))
    return tuple(p for _, _, p in found), joined


def _counts_people_said(m) -> bool:
    """The number is read, in its clause, as a count of people (“是3个应届生”)."""
    from assistant.facts import extract_facts
    from assistant.rules.inputs import FACTS

    return any(k in FACTS and FACTS[k].counts_people and v == int(m.value) for k, v in extract_facts(m.clause).items() if isinstance(v, int) and not isinstance(v, bool))


def _recounted(text: str, described: list[tuple[int, int, Listed, str]]) -> int | None:
    """“刚才说错了，是4个应届的，另外还有1个就业困难人员…”: the number a correction gives the people said before
    — one number of people outside the descriptions of those it adds, naming nothing counted after it
    (``count_names_nothing_after``) — else None.

    >>> _recounted("说错了，是4个应届的，另外还有1个就业困难人员", [(13, 22, None, "另外还有1个")])
    4
    >>> _recounted("还有1个就业困难人员", [(0, 10, None, "还有1个")]) is None
    True
    >>> _recounted("不对，我漏说了，还有2个是就业困难人员，总共7个", [(9, 19, None, "还有2个")]) is None
    True
    """
    from assistant.understand.mentions import scan

    if not intent("corrects_earlier").search(text) or intent("left_out").search(text) or intent("total_people_said").search(text):
        return None  # (“不对，我漏说了，还有2个…，总共7个”: more said, and the total of all — not the group before)
    bare = [
        m for m in scan(text)
        if m.word in ("个", "名", "位", "人", "个人") and not m.ordinal and m.span is None and not m.under
        and not any(start <= m.start < end for start, end, _, _ in described)
        and (intent("count_names_nothing_after").search(m.after or "。") or _counts_people_said(m))
    ]
    if len(bare) != 1 or bare[0].value != int(bare[0].value) or bare[0].value <= 0:
        return None
    return int(bare[0].value)


_LEFT_SCHOOL = ("graduation_year", "graduation_years_ago", "years_since_graduation")  # when one left school


def _left_school_said(facts: dict[str, Any], said: Mapping[str, Any]) -> None:
    """The year some of a group left school said of them (“5个今年毕业的…其中两个是去年毕业的呢？”): the graduating
    year said of the whole group is no longer theirs — the year said decides it.

    >>> f = {"person_categories": frozenset({"高校毕业生", "毕业年度高校毕业生"}), "in_graduation_year": True, "graduation_year": 2024}
    >>> _left_school_said(f, {"graduation_year": 2024}); sorted(f["person_categories"]), "in_graduation_year" in f
    (['高校毕业生'], False)
    """
    if not any(k in said for k in _LEFT_SCHOOL):
        return
    facts.pop("in_graduation_year", None)
    if THIS_YEAR_GRADUATE in (facts.get("person_categories") or ()) and THIS_YEAR_GRADUATE not in (said.get("person_categories") or ()):
        facts["person_categories"] = frozenset(facts["person_categories"]) - {THIS_YEAR_GRADUATE}


def group_said_before(text: str, context: str, keys: Iterable[str], earlier: Mapping[str, Any]) -> tuple[tuple[Listed, ...], str] | None:
    """The group of people a conversation described before this message, changed as this message says:
    people added (“还有5个劳务派遣过来的也跟着一起培训了”, “还有2个学生…没低保也没贷款”) join it, each with
    what is said of them; one (or some) of those said before singled out (“有个应届生合同其实只签到今年年底，
    不满1年”, “其中有2个合同其实只签了半年”) leaves the part of the group it belongs to — the part whose
    categories it shares — with what is now said of it.  The group said before is the list the earlier
    messages described one by one, else the people the conversation counted (``earlier``: its facts before
    this message), with what was said of them all.  Returns the people and this message with its
    descriptions taken out, or None when the message describes no one, or whom it singles out is not clear.

    >>> keys = ["person_categories", "excluded_categories", "contract_years"]
    >>> before = "我们今年招了6个：4个今年毕业的大学生，1个街道认定的就业困难人员。合同都签了"
    >>> people, rest = group_said_before("等等，人事刚跟我说有个应届生合同其实只签到今年年底，不满1年。那一共能拿多少？", before, keys, {"hires_count": 6})
    >>> [(p.count, sorted(p.facts)) for p in people]
    [(3, ['person_categories']), (1, ['contract_years', 'person_categories']), (1, ['person_categories'])]
    >>> people, _ = group_said_before("还有5个劳务派遣过来的也跟着一起培训了，总共多少？", "正式职工培训了40个", ["enterprise_staff"], {"trainees_count": 40, "enterprise_staff": True})
    >>> [(p.said, p.count, p.facts) for p in people]
    [('先前所说', 40, {'enterprise_staff': True}), ('劳务派遣过来的也跟着一起培训了', 5, {'enterprise_staff': True})]
    """
    from assistant.facts import extract_facts
    from assistant.rules.inputs import FACTS

    keys = set(keys)
    now = _described(text, keys)
    if not now:
        return None
    before, _ = listed_persons(context, keys)
    if not before:
        counted = sorted((k for k, spec in FACTS.items() if spec.counts_people and isinstance(earlier.get(k), int) and not isinstance(earlier.get(k), bool)), key=lambda k: FACTS[k].fallback)
        if not counted or earlier[counted[0]] < 1:
            return None
        said = {k: v for k, v in earlier.items() if k in keys and v not in (None, frozenset(), ())}
        held = earlier[counted[0]]
        recount = _recounted(text, now)
        if recount is not None and recount == held + sum(person.count for _, _, person, _ in now) and intent("hired_again").search(text):
            # “说错了，是7个，后来又招了2个” after 5: the 7 are the 5 said and the 2 now told of — the whole
            # restated, the people added explaining it, not 7 before them
            recount = None
        before = (Listed("先前所说", recount or held, said),)
    adding = bool(intent("adds_to_count").match(text.strip()) or intent("more_people").search(text) or intent("left_out").search(text))
    group = list(before)
    for _, _, person, lead in now:
        if adding or intent("person_added_opening").search(lead):
            group.append(person)
            continue
        if not intent("member_singled_out").search(text):
            return None  # neither another nor one of them said: not clear
        # the part of the group it is one of: by the words that identify it, before what is now said of it
        # (“1个低保家庭的｜其实不是低保户”: of those said 低保家庭)
        cut = intent("actually_said").search(person.said)
        identity = extract_facts(person.said[: cut.start()]) if cut else person.facts
        sets = {k: frozenset(v) for k, v in identity.items() if k in keys and isinstance(v, frozenset) and v}
        fits = [i for i, g in enumerate(group) if g.count >= person.count and all(v <= frozenset(g.facts.get(k) or ()) for k, v in sets.items())]
        if len(fits) != 1:
            return None
        i = fits[0]
        part = group[i]
        said_now = dict(person.facts)
        if cut:  # what identifies them is the part's; what is said after it is what is now said of them
            after = {k: v for k, v in extract_facts(person.said[cut.start() :]).items() if k in keys}
            said_now = {**{k: v for k, v in said_now.items() if not isinstance(v, frozenset)}, **after}
        merged = {**part.facts, **said_now}
        _left_school_said(merged, said_now)
        for key, spec in FACTS.items():
            # what is now denied of them (其实不是低保户) is no longer held of them
            minus = spec.terms.minus if spec.terms else None
            if key in merged and minus in merged:
                merged[minus] = frozenset(merged[minus]) - frozenset(merged[key])
                if not merged[minus]:
                    del merged[minus]
        one = Listed(person.said, person.count, merged)
        rest_of_part = [replace(part, count=part.count - person.count)] if part.count > person.count else []
        group[i : i + 1] = rest_of_part + [one]
    return tuple(group), _without(text, ((a, b) for a, b, _, _ in now))


def _speaker_and_kin(text: str, inputs: Iterable[str], earlier: Mapping[str, Any]) -> tuple[tuple[Listed, Listed], str] | None:
    """A total asked of the speaker and one of their kin together (``speaker_and_kin_total``: 两口子加一起, 我们俩一共),
    the kin described in this message (“我媳妇也想学，她报的育婴员，课程15天”) and the speaker in the earlier ones
    (``earlier``: the facts held before this message): the two, each with what was said of them among the rule's
    ``inputs``, and the words asking the total.  None when the message asks no such total or names no kin.

    >>> (me, wife), rest = _speaker_and_kin("我媳妇也想学，她报的育婴员，课程15天，两口子加一起能补多少？", ["training_days", "occupations"], {"training_days": 20, "occupations": frozenset({"电工"})})
    >>> me.facts["training_days"], wife.facts["training_days"], sorted(wife.facts["occupations"]), rest
    (20, 15, ['育婴员'], '两口子加一起能补多少？')
    """
    from assistant.facts import extract_facts
    from assistant.rules.inputs import FACTS

    asked = intent("speaker_and_kin_total").search(text)
    opened = re.match(r"(?:那么|那|还有)?", text).end()  # (“那我爸呢？”: the kin after the word that opens a follow-up)
    kin = intent("person_kin").search(text[opened:])
    if asked is None or kin is None or not kin.group("kin") or opened + kin.start() > asked.start():
        return None
    start = opened + kin.start()
    keys = {k for k in inputs if k in FACTS and not FACTS[k].per_turn and not k.startswith("asks_") and k != "amount_basis" and not FACTS[k].counts_people}
    described = {k: v for k, v in extract_facts(text[start : asked.start()]).items() if k in keys}
    own = {k: v for k, v in earlier.items() if k in keys and v not in (None, frozenset(), ())}
    if not described or not own:
        return None
    before = "先前所说的" if asked.groupdict().get("pair") else "您"  # (他2个: the one asked of before, not the speaker)
    return (Listed(before, 1, own), Listed(kin.group("named").replace("我", "您", 1), 1, described)), text[asked.start() :]


def listed_persons_total(decision: "Decision | None", text: str, facts: Mapping[str, Any], as_of: date, context: str = "", earlier: Mapping[str, Any] | None = None, event_day: bool = False) -> "Decision | None":
    """A total asked (``amount_basis`` 合计) of a group whose members the question describes one by one
    (“3个学生：1个家里是低保户，1个办了国家助学贷款，还有1个家里条件一般”): the rule is asked of each
    (what is said of all, and what is said of that one: does this one qualify?), and the amounts of those
    who qualify are added — those who do not are said so, not counted.  A condition the rule sets for all
    that no one's description speaks to (the contract, the insurance) is not asked of each: the amount is
    the rule's, said with it.  A group described over several messages (``context``; ``earlier`` the facts
    before this message) is the group said before with the people this message adds to it or singles out of
    it (``group_said_before``).  None when no total is asked, the question lists no persons the rule tells
    apart, or the rule gives none of them an amount.  ``event_day``: ``as_of`` is the day of what the person
    did (``Registry.evaluate``).
    """
    if decision is None or decision.calculation is None or decision.rule_id is None:
        return None
    from assistant.facts import extract_facts

    if facts.get("amount_basis") == "每个":
        # (“一个人能补多少” asked before, then a reply that splits the people held — “两个是应届的，一个不是，他是前年
        # 毕业的”: each is decided, and the figure for those who qualify added, the figure each shown with it)
        said_before = bool(context) and earlier is not None and earlier.get("amount_basis") == "每个" and extract_facts(text).get("amount_basis") is None
        if not said_before:
            return None
        facts = {k: v for k, v in facts.items() if k != "amount_basis"}
    from assistant.rules.inputs import FACTS
    from assistant.rules.registry import UnknownRule, get_rule, registry

    # the people held (“招了七个”): a group split later (“有两个只签了半年，其他都签了三年”) is a total asked too
    counts = sorted((k for k, spec in FACTS.items() if spec.counts_people and isinstance(facts.get(k), int) and not isinstance(facts.get(k), bool)), key=lambda k: FACTS[k].fallback)
    held = facts[counts[0]] if counts else None
    if held == 1 and any(facts[k] > held for k in counts):
        # (“招了四个人：…另外一个是…签了合同”: a count of one read from the last of them is not the whole said first)
        held = max(facts[k] for k in counts)
    if facts.get("amount_basis") != "合计" and not (held and held > 1):
        return None

    try:
        rule = get_rule(decision.rule_id)
    except UnknownRule:
        return None
    if any(FACTS[k].kind == "counts" and facts.get(k) for k in rule.inputs if k in FACTS):
        return None  # the rule counts each kind itself (“1个中华技能大奖、2个全国技术能手”: award_counts)
    personal = [k for k in rule.inputs if k in FACTS and FACTS[k].kind == "set"]
    # a set fact said in the negative of one read (已说明不属于的人员类别 of 人员类别) tells them apart too
    personal += [k for k, spec in FACTS.items() if spec.kind == "set" and spec.terms and k not in personal and (spec.terms.minus in personal or spec.terms.negated_into in personal)]
    personal += [spec.terms.negated_into for k, spec in FACTS.items() if k in personal and spec.terms and spec.terms.negated_into and spec.terms.negated_into not in personal]
    # a figure said of one of them (“1个只签了半年”, “一个38岁”) tells them apart too
    personal += [k for k in rule.inputs if k in FACTS and FACTS[k].of_person and k not in personal]
    shared = 0  # people in two of the groups listed, counted once (“其中有2个既是低保家庭又有助学贷款”)
    if intent("groups_overlap").search(text):
        said = intent("overlap_count").search(text)
        if said is None:
            return None  # “这几类有重复的”: a person in two groups would be counted twice, and how many is not said
        shared = int(said.group("n"))
    people, rest = listed_persons(text, personal)
    if not people and held and not context:
        # “低保家庭的3个，其中1个已经考上研究生不找工作了”: some of those counted singled out for what is said of them —
        # the rest are the others, with what is said of all (said over several messages, the group said before is
        # read below: group_said_before)
        single = _described(text, set(personal))
        # (“7个去了宁波的电子厂，另外3个去的是本县的砖厂”: the others set apart, the rest with what is said of all)
        # (“另外” sets apart from the count only when the rest of it is said too: “另外还有3个” alone may add to it)
        rest_said = lambda n: re.search(rf"(?<![\d.第]){n}\s*(?:个|名|位|人)", _without(text, [(single[0][0], single[0][1])]))
        if len(single) == 1 and (re.search(r"其中|剩下|其余", single[0][3]) or ("另外" in single[0][3] and rest_said(held - single[0][2].count))) and 0 < single[0][2].count < held:
            people, rest = (single[0][2], Listed("其余的", 0, {})), _without(text, [(single[0][0], single[0][1])])
        elif len(single) == 1 and 0 < single[0][2].count < held and (split := _rest_split_off(single[0][2], set(personal))) is not None:
            # (“带了18个脱贫户…有3个没签劳动合同，其余的合同一年以上”: some, then the rest of them, each with their words)
            people, rest = split, _without(text, [(single[0][0], single[0][1])])
    if context and intent("left_out").search(text) and not intent("corrects_earlier").search(text):
        # a group described over several messages (“有3个低保的、2个贷了助学贷款的” then “还漏了一个零就业
        # 家庭的，一共多少”): the list said before, with what this message adds to it — whether or not this
        # message's own list tells people apart
        joined = listed_persons(f"{context}。{text}", personal)
        if len(joined[0]) > len(people):
            people, rest = joined
    if not people and context and earlier is not None and not intent("removes_from_count").search(text):
        # (“其中有1个是28岁的，把他去掉”: taken off the count — dialogue._count_follow_up — not a part asked of the rule)
        # (“还有5个劳务派遣过来的…总共多少”, “有个应届生合同其实只签到年底…一共多少”: the group said before, changed)
        across = group_said_before(text, context, personal, earlier)
        if across is not None:
            people, rest = across
    if not people and context and earlier is not None and facts.get("amount_basis") == "合计" and not _described(text, set(personal)):
        # “3个见习生：2个是今年毕业的…，1个是2020年毕业的” then “最低工资2100，每个月一共能补多少？”: a
        # total asked of the people an earlier message listed one by one, this message describing no one
        listed, _ = listed_persons(context, personal)
        if len(listed) > 1:
            people = listed
    if not people and context and earlier is not None:
        # “我媳妇也想学，她报的育婴员，课程15天…两口子加一起能补多少？”: the one of kin this message describes and
        # the speaker of the earlier messages, each with what was said of them
        pair = _speaker_and_kin(text, rule.inputs, earlier)
        if pair is not None:
            people, rest = pair
    if people and context and earlier is not None and held and intent("counts_one_said_before").search(text):
        # “他们班还有两个拿了助学贷款的，一个残疾的，加上我娃，四个人一共多少？”: the ones the count has beyond
        # those listed are the person spoken of before, with what was said of them then
        beyond = held - sum(p.count for p in people)
        own = {k: earlier[k] for k in personal if earlier.get(k)}
        if beyond > 0 and own:
            said = intent("counts_one_said_before").search(text).group(0)
            people = (*people, Listed(re.sub(r"^(加上|算上|连上|再加上|包括|带上)|在内$", "", said), beyond, own))
    if not people:
        return None
    if context and earlier is not None:
        people = _rest_by_kinds_said_before(people, earlier)
    if len(people) == 1 and held and people[0].count >= held:
        return None  # “十个人都是见习了6个月”: one group that is everyone held — what is said of it is said of all
    if any(p.count == 0 for p in people):  # “其他”: the people held less those described
        others = held - sum(p.count for p in people) if held else 0
        if others <= 0:
            people = _all_but_named(text, people)
            if people is None:
                return None
        else:
            people = tuple(replace(p, count=others) if p.count == 0 else p for p in people)
    said_keys = {k for p in people for k in p.facts}
    common = extract_facts(rest)
    counted = {k for k, spec in FACTS.items() if spec.counts_people}
    # a fact of a person said of some of them only (“2个是应届的”: in_graduation_year) is not said of all — it is
    # theirs, not the message's, even where the rule reads it only through what it implies
    told = [extract_facts(p.said) for p in people]  # what each one's own words say, read once
    own_only = {k for words in told for k in words if k in FACTS and FACTS[k].of_person and k not in common}
    base = {k: v for k, v in facts.items() if k not in said_keys and k not in counted and k not in own_only}
    base["amount_basis"] = "每个"
    if "asks_whether" in rule.inputs:
        base["asks_whether"] = True  # of each one: does this one qualify?
    results: list[tuple[Listed, Calculation]] = []
    heading: str | None = None
    for person, own_words in zip(people, told):
        own = dict(base)
        for key in own_only - said_keys:
            value = own_words.get(key)
            if value is not None:
                own[key] = value
        for key in said_keys:
            if FACTS[key].kind != "set":  # a figure: this one's, else what is said of them all
                value = person.facts.get(key, common.get(key))
                if value is not None:
                    own[key] = value
                continue
            value = frozenset(common.get(key) or ()) | frozenset(person.facts.get(key) or ())
            if value and context and earlier is not None and earlier.get(key):
                value |= _narrower_said_before(key, value, frozenset(earlier[key]))
            # what is said of this one wins over what is said of them all (“…的就业困难人员社保补贴是多少” names the group
            # asked about; “第3个小宋…没有认定” is not of it)
            denied = _denied_of(person, key)
            value = frozenset(value) - denied if denied and not (frozenset(person.facts.get(key) or ()) & denied) else value
            if value:
                own[key] = value
        _left_school_said(own, person.facts)
        result = registry().evaluate(rule.id, own, as_of, event_day=event_day)
        if result.verdict == "need_more_info" and result.missing and not any(FACTS[k].kind == "set" for k in result.missing if k in FACTS):
            # who they are is said and qualifies; what is missing is a condition the rule sets for all (合同, 社保):
            # the amount the rule gives, its conditions said with it, not asked of each
            plain = registry().evaluate(rule.id, {k: v for k, v in own.items() if k != "asks_whether"}, as_of, event_day=event_day)
            if plain.verdict == "amount":
                result = plain
        if result.verdict == "amount" and heading is None:
            heading = result.summary  # the standard, as said of one person
        spanned = "月" in (result.unit or "") or ("年" in (result.unit or "") and (own.get("period_years") or own.get("whole_period")))
        if result.verdict == "amount" and spanned:
            # a figure a month (“2100元/人·月”) and months said of them, or a year's (“7800元/人·年”) and the years asked
            # (“两年下来一共”): one person over that span
            whole = {**{k: v for k, v in own.items() if k != "amount_basis"}, **{k: 1 for k in rule.inputs if k in counted}}
            over = registry().evaluate(rule.id, whole, as_of, event_day=event_day)
            if over.verdict == "amount" and not any(u in (over.unit or "") for u in ("月", "年")):
                result = over
        results.append((person, result))
    paid = [(p, c) for p, c in results if c.verdict == "amount" and isinstance(c.value, Decimal) and (c.unit or "").startswith("元") and c.in_force]
    if not paid:
        return _times_left_total(decision, results)
    units = {(c.unit or "").replace("/人", "") for _, c in paid}
    if len(units) != 1:
        return None
    unit = units.pop()
    main = next((s for s in paid[0][1].steps if s.doc_id and s.article), None)
    steps = [main] if main is not None else []
    lines: list[str] = []
    total = Decimal(0)
    heads = 0
    # a condition that told them in (“企业职工培训的对象为企业职工（含在企业工作的劳务派遣人员）”), said with the
    # last of those it told in (those added last, whom it is asked of)
    whys = {id(calc): next((st.text.rstrip("。") for st in calc.steps[1:] if main is not None and st.doc_id == main.doc_id and st.article and st.article != main.article), None) for _, calc in paid}
    last_of = {why: key for key, why in whys.items() if why}
    for person, calc in results:
        said = _HALF_YEAR.sub("半", person.said).removesuffix("的")  # (the words as said: 半年, not 0.5年)
        who = f"{person.name}（{person.count}人）" if person.name else f"{said}的{person.count}人"
        if calc in [c for _, c in paid]:
            amount = calc.value * person.count
            total += amount
            heads += person.count
            each = fmt_money(calc.value)
            why = whys.get(id(calc))
            why = why if why and last_of.get(why) == id(calc) else None
            line = f"{who}：符合" + (f"（{why}）" if why else "") + f"，{each}" + (f" × {person.count}人 = {fmt_money(amount)}" if person.count > 1 else "")
        elif calc.verdict == "not_eligible":
            # a figure said of them (“只签了半年”) fails a condition; otherwise they are not among those listed
            # (a condition failed is said with the rule's reason; “not among those listed” is its own reason)
            failed = any(FACTS[k].of_person for k in person.facts)
            why = next((re.sub(r"^按[^，]{1,12}(规定|第[^，]{1,8})，", "", part).strip() for part in (calc.summary or "").split("。") if len(part.strip()) > 4), "") if failed else ""
            line = f"{who}：" + ("不符合条件，不能享受" if failed else "不在所列对象之中，不能享受") + (f"（{why}）" if why and len(why) <= 80 else "")
        elif any(k in FACTS and FACTS[k].kind == "set" for k in calc.missing):
            line = f"{who}：未说明属于所列对象，未计入"  # who they are is what is missing (“家里条件一般”)
        else:
            line = f"{who}：按所说的情况还不能确定，未计入"
        lines.append(line)
        steps.append(Step(f"{line}。", main.doc_id if main else None, main.article if main else None))
    if shared:
        # counted once: only where every group is paid the same a head (else which amount they lose is not known)
        values = {c.value for _, c in results if c in [c2 for _, c2 in paid]}
        if len(paid) != len(results) or len(values) != 1 or shared >= heads:
            return None
        each = values.pop()
        total -= each * shared
        heads -= shared
        line = f"其中{shared}人同时属于两类，只计一次：减去{fmt_money(each)} × {shared}人" if shared > 1 else f"其中1人同时属于两类，只计一次：减去{fmt_money(each)}"
        lines.append(line)
        steps.append(Step(f"{line}。", main.doc_id if main else None, main.article if main else None))
    arithmetic = f"合计：{heads}人符合，共{fmt_money(total)}。"
    steps.append(Step(arithmetic, main.doc_id if main else None, main.article if main else None))
    first = paid[0][1]
    summary = f"{(heading or first.summary).rstrip('。')}。{'；'.join(lines)}。{arithmetic}"
    calc = replace(first, inputs={**first.inputs, "people_count": sum(p.count for p in people)}, value=_plain(total), unit=unit, steps=tuple(steps), summary=summary)
    return replace(decision, calculation=calc, follow_up=None, missing=(), text=summary)


def _all_but_named(text: str, people: tuple[Listed, ...]) -> tuple[Listed, ...] | None:
    """“…1个退休返聘的张师傅；2个应届的；…。除了张师傅，其他都签了3年合同”: what is said of “the others” after everyone is
    listed is said of each listed but the one named (its words in order within that one's description); None unless
    exactly one listed is so named.

    >>> ps = (Listed("退休返聘的张师傅", 1, {}), Listed("今年毕业的大学生", 2, {"person_categories": frozenset({"毕业年度高校毕业生"})}), Listed("都签了2年劳动合同", 0, {"contract_years": 2}))
    >>> [(p.said, p.facts.get("contract_years")) for p in _all_but_named("除了张师傅，其他都签了3年劳动合同", ps)]
    [('退休返聘的张师傅', None), ('今年毕业的大学生', 2)]
    """
    m = intent("all_but_named").search(text)
    if m is None:
        return None
    who = m.group("who").strip().removeprefix("那个").removeprefix("这个") or m.group("who")
    within = lambda said: re.search(".*?".join(map(re.escape, who)), said) is not None  # noqa: E731
    rest = [p for p in people if p.count == 0]
    named = [p for p in people if p.count and within(p.said)]
    if len(rest) != 1 or len(named) != 1:
        return None
    return tuple(p if p is named[0] else replace(p, facts={**rest[0].facts, **p.facts}) for p in people if p.count)


def _times_left_total(decision: "Decision", results: list[tuple[Listed, Calculation]]) -> "Decision | None":
    """“老王领过2次，小李领过3次，阿强1次都没领过，这3个人加起来最多还能享受几次”: the times each may still have (the
    rule asked of each: its figure in 次), added; None unless every one of them was given such a figure."""
    def times(calc: Calculation) -> int | None:
        value = calc.value
        if (calc.unit or "") != "次" or calc.verdict not in ("eligible", "not_eligible") or isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            return 0 if calc.verdict == "not_eligible" and value is None and (calc.unit or "次") == "次" and calc.inputs.get("times_received") is not None else None
        return int(value)
    left = [(p, times(c)) for p, c in results]
    if not results or any(n is None for _, n in left):
        return None
    main = next((s for s in results[0][1].steps if s.doc_id and s.article), None)
    lines, total = [], 0
    for person, n in left:
        who = f"{person.name}（{person.count}人）" if person.name else f"{_HALF_YEAR.sub('半', person.said).removesuffix('的')}的{person.count}人"
        total += n * person.count
        lines.append(f"{who}：还可享受{n}次" + (f" × {person.count}人 = {n * person.count}次" if person.count > 1 else ""))
    steps = ([main] if main is not None else []) + [Step(f"{line}。", main.doc_id if main else None, main.article if main else None) for line in lines]
    arithmetic = f"合计：还可享受{total}次。"
    steps.append(Step(arithmetic, main.doc_id if main else None, main.article if main else None))
    first = results[0][1]
    summary = f"{first.summary.split('；')[0].rstrip('。')}。{'；'.join(lines)}。{arithmetic}"
    calc = replace(first, verdict="eligible" if total else "not_eligible", value=total, unit="次", steps=tuple(steps), summary=summary)
    return replace(decision, calculation=calc, follow_up=None, missing=(), text=summary)


def wait_figure(decision: "Decision | None", text: str, as_of: date) -> "Decision | None":
    """“还要等几个月才能报中级职称？”: the months from the day evaluated at until the one limit the rule
    found unmet is met (``assistant.arithmetic.months_to_wait``); None when no wait is asked or no one
    limit with its day is unmet."""
    if decision is None or decision.calculation is None or not wait_asked(text):
        return None
    if intent("supposed_obtained").search(text):
        # “那我要是明年把高级技师也考下来，(之后)还得再干几年才能报副高？”: the years after the level supposed got — the
        # limit itself, not the wait from today
        served = years_after_obtained(decision.calculation)
        if served is not None:
            return replace(decision, calculation=served, text=served.summary)
    waited = months_to_wait(decision.calculation, as_of, months_asked=bool(intent("asks_months").search(text)))
    if waited is None:  # the years said as a figure, no day to count from (“干满13年了，还得熬几年”): the years left
        waited = years_to_serve(decision.calculation)
    if waited is None:
        return None
    return replace(decision, calculation=waited, text=waited.summary)


def remainder_figure(decision: "Decision | None", text: str) -> "Decision | None":
    """“已经累计缺勤7天了，再缺几天就不发基本生活费了？”: the rest of the way from the count the person
    has said to the one limit on it the rule compared it with (累计10天以上不予发放: 10 − 7 = 3天), citing the
    article the limit is stated in.  Only a limit in days or times, met so far (the person is still under it),
    on a count the message says; None otherwise — a wait in months or years is ``wait_figure``'s.
    """
    if decision is None or decision.calculation is None or not intent("asks_remainder").search(text):
        return None
    calc = decision.calculation
    under = [
        t for t in calc.thresholds
        if t.unit in ("天", "次") and t.op in ("less_than", "at_most") and t.met is True
        and isinstance(t.value, (int, Decimal)) and not isinstance(t.value, bool) and isinstance(t.limit, Decimal)
    ]
    if len(under) != 1 or calc.unit == under[0].unit:  # the rule already answers in that count (还可享受1次)
        return None
    limit = under[0]
    # 少于10天 is met up to 9: 1 more reaches the limit at 10; 不超过10天 is met at 10: 1 more passes it
    rest = limit.limit - Decimal(limit.value) + (1 if limit.op == "at_most" else 0)
    if rest <= 0:
        return None
    reach = "达到" if limit.op == "less_than" else "超过"
    from assistant.rules.inputs import FACTS

    label = FACTS[limit.fact].label if limit.fact in FACTS else ""
    line = f"{label}已{fmt_number(Decimal(limit.value))}{limit.unit}，再{fmt_number(rest)}{limit.unit}即{reach}{fmt_number(limit.limit)}{limit.unit}。"
    summary = f"{calc.summary.split('请问')[0].rstrip()}{line}"
    value = replace(
        calc,
        verdict="info" if calc.verdict == "need_more_info" else calc.verdict,
        missing=(),
        value=rest,
        unit=limit.unit,
        steps=(*calc.steps, Step(line, limit.doc_id, limit.article)),
        summary=summary,
    )
    return replace(decision, calculation=value, follow_up=None, missing=(), text=summary)


# ----------------------------------------------------------------- passages

# the kind of figure a question asks for (declared, the first that matches decides) → the units of a
# passage's figures that answer it
_ASKED_UNITS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("asks_in_percent", ("%",)),
    ("asks_in_person_times", ("人次",)),
    ("asks_in_yuan", ("元",)),
    ("asks_in_years", ("年",)),
    ("asks_in_people", ("人",)),
    ("asks_in_units", ("家", "个", "所", "项")),
)
_FIGURE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<big>万|亿)?(?P<unit>%|元|人次|人|年|家|个|所|项)(?P<bound>以上|以下|左右)?")
_SENTENCE_END = re.compile(r"[。！？\n]")
_YEAR = re.compile(r"(?:19|20)\d{2}年")
_MEASURE_WORDS = "个家所项名位"


@dataclass(frozen=True)
class Passage:
    """A passage an answer may quote: its text (an article with its items) and where it is."""

    text: str
    doc_id: str
    article: str
    title: str


@dataclass(frozen=True)
class _Found:
    operand: Operand
    at: int  # where the figure is in the passage: two anchors reaching one figure are not two figures


def _units_asked(question: str) -> tuple[str, ...] | None:
    for asked, units in _ASKED_UNITS:
        if intent(asked).search(question):
            return units
    return None


def _anchor_pairs(question: str, text: str) -> list[tuple[str, str]]:
    """Two things the question names that the passage names too: two years, else the longest words
    either side of a 和 / 与 / 跟 / 比 that the passage holds.

    >>> _anchor_pairs("2029年和2035年的目标差几个百分点", "到2029年，比重45%以上。到2035年，比重50%以上。")
    [('2029年', '2035年')]
    >>> _anchor_pairs("国家级和省级的差多少", "国家级的给30万元，省级的给20万元")
    [('国家级', '省级')]
    """
    pairs: list[tuple[str, str]] = []
    years = list(dict.fromkeys(y for y in _YEAR.findall(question) if y in text))
    if len(years) >= 2:
        pairs.append((years[0], years[1]))
    for m in intent("links_anchors").finditer(question):
        left, right = question[max(0, m.start() - 12) : m.start()], question[m.end() : m.end() + 12]
        a = next((left[i:] for i in range(len(left) - 1) if left[i:] in text), None)
        b = next((right[:j] for j in range(len(right), 1, -1) if right[:j] in text), None)
        # “1个国家级…”: a measure word belongs to the figure before it, not to the thing named
        a = a[1:] if a and len(a) > 2 and a[0] in _MEASURE_WORDS else a
        a, b = (w[:-1] if w and len(w) > 2 and w.endswith("的") else w for w in (a, b))
        if a and b and a not in b and b not in a and (a, b) not in pairs:
            pairs.append((a, b))
    return pairs


def _figure_of(passage: Passage, anchor: str, other: str, units: tuple[str, ...] | None) -> _Found | None:
    """The figure a passage states of ``anchor``: one said right before it (“11个省级产业园”), else the
    first of a unit asked that follows it in its sentence, before ``other`` (“到2029年，…45%以上”).

    >>> p = Passage("建成1个国家级人力资源服务产业园和11个省级人力资源服务产业园。", "d", "一、（三）", "t")
    >>> [_figure_of(p, a, b, ("个",)).operand.figure for a, b in (("国家级", "省级"), ("省级", "国家级"))]
    ['1个', '11个']
    """
    text = passage.text
    for m in re.finditer(re.escape(anchor), text):
        before = [f for f in _FIGURE.finditer(text, max(0, m.start() - 16), m.start()) if f.end() == m.start() and _wanted(f, units)]
        if before:
            return _found(passage, anchor, before[-1])
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        nxt = text.find(other, m.end(), stop)
        stop = nxt if nxt >= 0 else stop
        for f in _FIGURE.finditer(text, m.end(), stop):
            if _wanted(f, units):
                return _found(passage, anchor, f)
    return None


def _wanted(f: re.Match[str], units: tuple[str, ...] | None) -> bool:
    if units is not None and f.group("unit") not in units:
        return False
    return not (f.group("unit") == "年" and _YEAR.fullmatch(f.group(0)))  # a year, not a number of years


def _found(passage: Passage, anchor: str, f: re.Match[str]) -> _Found:
    value = Decimal(f.group("n")) * {"万": 10000, "亿": 100000000}.get(f.group("big") or "", 1)
    source = f"{book(passage.title)}{'' if passage.article in ('正文', '引言') else passage.article}"
    return _Found(Operand(anchor, value, f.group("unit"), f.group(0), source, passage.doc_id, passage.article), f.start())


_YEAR_SPAN = re.compile(r"(?P<a>(?:19|20)\d{2})年?\s*(?:到|至|—|－|-|~|～)\s*(?P<b>(?:19|20)\d{2})年?")


def _per_year_total(question: str, passage: Passage, units: tuple[str, ...] | None) -> Calculation | None:
    """A figure the passage states for each year of a span (“力争2024—2027年，每年培训…100万人次以上”),
    added over the years the question asks about, inside that span."""
    asked = _YEAR_SPAN.search(question)
    if asked is None:
        return None
    first, last = int(asked.group("a")), int(asked.group("b"))
    if not first < last:
        return None
    for span in _YEAR_SPAN.finditer(passage.text):
        if not (int(span.group("a")) <= first and last <= int(span.group("b"))):
            continue
        end = _SENTENCE_END.search(passage.text, span.end())
        stop = end.start() if end else len(passage.text)
        each = intent("each_year").regex.search(passage.text, span.end(), stop)
        if each is None:
            continue
        figure = next((f for f in _FIGURE.finditer(passage.text, each.end(), stop) if _wanted(f, units)), None)
        if figure is not None:
            found = _found(passage, "每年", figure)
            stated = f"{span.group('a')}—{span.group('b')}年"
            return per_year_total(found.operand, first, last, figure.group("bound") or "", stated)
    return None


def passage_arithmetic(question: str, passages: Iterable[Passage]) -> Calculation | None:
    """The difference or the sum asked of two figures a passage states, each led to by a thing the
    question names; None when no passage states both.

    >>> p = Passage("主要目标是：到2029年，可数字化交付的服务贸易规模稳中有增，占我国服务贸易总额的比重提高到45%以上；"
    ...             "数字贸易基础设施布局进一步完善。到2035年，可数字化交付的服务贸易规模占我国服务贸易总额的比重提高到50%以上。",
    ...             "cn-2024-72468f", "一、", "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见")
    >>> c = passage_arithmetic("可数字化交付的服务贸易占比，2029年和2035年的目标差几个百分点？", [p])
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('5'), '个百分点', '2035年比2029年高：50% − 45% = 5个百分点。')
    >>> each = Passage("力争2024—2027年，每年培训民营企业员工100万人次以上。", "d", "八、", "t")
    >>> passage_arithmetic("2024到2027这4年加起来至少要培训多少人次", [each]).value  # a figure for each year, added
    Decimal('4000000')
    >>> passage_arithmetic("2023到2025年加起来培训多少人次", [each]) is None  # 2023 is outside the span it states
    True
    """
    operation = operation_asked(question)
    if operation is None:
        return None
    units = _units_asked(question)
    passages = list(passages)
    for passage in passages:
        for a, b in _anchor_pairs(question, passage.text):
            first = _figure_of(passage, a, b, units)
            second = _figure_of(passage, b, a, units)
            if first is None or second is None or first.at == second.at:
                continue
            combined = combine(operation, first.operand, second.operand, rule_id="passage")
            if combined is not None:
                return combined
    if operation == "sum" and units is not None:  # a yearly figure added over the years asked
        for passage in passages:
            total = _per_year_total(question, passage, units)
            if total is not None:
                return total
    return None


# a share a passage states (20%以上, 三分之一): number syntax, read here
_SHARE = re.compile(r"(?P<n>\d+(?:\.\d+)?)%(?P<after>以上|以下)?|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _base_named(question: str, passage: str, unit: str = "元") -> list[tuple[str, Decimal]]:
    """(name, value) of each sum of money (with ``unit`` 个: each count of people) the question says after
    naming what it is, the name being the longest words before the figure that the passage also holds
    (“财政资金总额就是这800万” → 财政资金总额; “培训年度计划是900人” → 年度计划)."""
    from assistant.understand.mentions import scan

    out = []
    for m in scan(question):
        if m.unit != unit or (unit == "个" and m.word not in ("人", "个人", "名")):
            continue
        before = intent("base_filler").regex.sub("", m.before)
        name = next((before[i:] for i in range(len(before) - 2) if before[i:] in passage), None)
        if name:
            out.append((name, Decimal(m.value)))
    return out


def passage_share(question: str, passages: Iterable[Passage]) -> Calculation | None:
    """A share a passage states of a base the question gives (“劳务报酬发放比例不低于财政资金总额的20%”
    with “财政资金总额就是这800万，劳务报酬至少发多少”; “…占服务贸易总额的比重提高到45%以上” with “服务贸易
    总额8万亿元，至少要多少”): the base × the share, its bound (至少 / 最多) as the passage words it, the
    step citing the passage.  The share is the percentage said beside the base's name in one clause (the
    first after it, else the nearest before it); where the question names a year the passage names, the
    clause of that year's sentence.  None unless the question asks an amount and gives a sum of money whose
    name a passage holds with a percentage beside it.

    >>> p = Passage("以工代赈项目劳务报酬发放比例不低于专项资金的30%；采取村民自建方式实施的，劳务报酬发放比例不低于财政资金总额的20%。", "d", "三、（十五）", "t")
    >>> c = passage_share("村民自建的，财政资金总额就是这600万，劳务报酬至少发多少？", [p])
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('1200000'), '元（下限）', '按所说财政资金总额600万元计算：600万元 × 20% = 120万元（不低于）。')
    >>> passage_share("专项资金500万，劳务报酬最少多少？", [p]).value
    Decimal('1500000')
    >>> passage_share("财政资金总额就是这600万", [p]) is None  # no amount asked
    True
    >>> q = Passage("各县要加大县属企业职工技能培训力度，培训人数应不少于年度计划数的三分之一。", "d", "三、（二）", "t")
    >>> c = passage_share("县里企业职工培训年度计划是600人，县属企业职工至少培训多少人？", [q])
    >>> c.value, c.unit
    (Decimal('200'), '人（下限）')
    """
    # a count of people asked (“至少要培训多少人”): the base is a count of people the question gives
    people = bool(intent("asks_people_count").search(question))
    if not intent("asks_amount_figure").search(question):
        return None
    years = _YEAR.findall(question)
    for passage in passages:
        text = passage.text
        for name, base in _base_named(question, text, "个" if people else "元"):
            best = None
            for m in re.finditer(re.escape(name), text):
                start = max(text.rfind(c, 0, m.start()) for c in "。；;！？\n") + 1
                end = min((i for i in (text.find(c, m.end()) for c in "。；;！？\n") if i >= 0), default=len(text))
                sentence_start = max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1
                sentence_end = min((i for i in (text.find(c, m.end()) for c in "。！？\n") if i >= 0), default=len(text))
                clause = text[start:end]
                share = next(_SHARE.finditer(text, m.end(), end), None) or next(reversed(list(_SHARE.finditer(text, start, m.start()))), None)
                if share is None:
                    continue
                dated = any(y in text[sentence_start:sentence_end] for y in years)
                if best is None or (dated and not best[2]):
                    best = (share, clause, dated)
            if best is None:
                continue
            share, clause, _ = best
            at_least, at_most = intent("bound_at_least").search(clause), intent("bound_at_most").search(clause)
            bound = "at_least" if at_least and not at_most else ("at_most" if at_most and not at_least else "")
            show = fmt_money if not people else (lambda n: f"{fmt_number(n)}人")
            if share.group("den"):  # 三分之一: the base divided, a whole person counted up at a floor
                num, den = _CN_DIGIT[share.group("num")], _CN_DIGIT[share.group("den")]
                exact = base * num / den
                value = _plain(exact.to_integral_value(rounding="ROUND_CEILING") if people and bound == "at_least" else exact.quantize(Decimal("0.01")))
                worked = f"{show(base)} × {num}/{den} = {show(value)}"
            else:
                percent = Decimal(share.group("n"))
                value = _plain((base * percent / 100).quantize(Decimal("0.01")))
                worked = f"{show(base)} × {fmt_number(percent)}% = {show(value)}"
            lead, word = {"at_least": ("至少", "不低于"), "at_most": ("最多", "不超过")}.get(bound, ("", ""))
            source = f"{book(passage.title)}{'' if passage.article in ('正文', '引言') else passage.article}"
            steps = (
                Step(clause.strip("，, ") + "。", passage.doc_id, passage.article),
                Step(f"按所说{name}{show(base)}计算：{worked}" + (f"（{word}）" if word else "") + "。", passage.doc_id, passage.article),
            )
            summary = f"按{source}：“{clause.strip('，, ')}”。按您所说{name}{show(base)}，{worked}，即{lead}{show(value)}。"
            unit = ("人" if people else "元") + {"at_least": "（下限）", "at_most": "（上限）"}.get(bound, "")
            return Calculation(rule_id="passage.share", inputs={}, verdict="amount", value=value, unit=unit, steps=steps, summary=summary)
    return None


# how far a figure the person gives is from a target a passage states (“去年140亿，离目标还差多少”)
_GIVEN = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<big>万|亿)?(?P<unit>元|人次|人|家|个|所)?(?!\d|年|月|日|号|%)")


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters (not digits) two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            piece = a[i:j]
            if any(c.isdigit() for c in piece) or piece not in b:
                break
            best = j - i
    return best


def passage_gap(question: str, passages: Iterable[Passage]) -> Calculation | None:
    """How far the figure the person gives is from the target a passage states (“到2025年…营业收入达到200亿元”
    with “去年全省大概140亿，离目标还差多少钱”): the target less the figure said, the step citing the passage.
    The target is the figure of the unit said in a clause that sets a goal (达到, 提高到, 目标 …) and shares a
    run of four or more characters with the question.  None unless a gap is asked, a figure given and a
    target below it found.

    >>> p = Passage("到2025年，全省人力资源服务行业营业收入达到200亿元，人力资源服务机构达到2000家。", "d", "一、（三）", "t")
    >>> c = passage_gap("人力资源服务行业营业收入去年大概150亿，离目标还差多少？", [p])
    >>> c.value, c.unit, c.steps[-1].text
    (Decimal('5000000000'), '元', '按所说150亿元计算：200亿元 − 150亿元 = 50亿元。')
    >>> passage_gap("人力资源服务机构现在有1700家，离目标还差几家？", [p]).value
    Decimal('300')
    >>> passage_gap("营业收入去年150亿", [p]) is None
    True
    """
    asked = intent("asks_gap_to_target").search(question)
    if asked is None:
        return None
    said = [m for m in _GIVEN.finditer(question[: asked.start()]) if (m.group("big") or m.group("unit")) and not _YEAR.fullmatch(m.group(0) + "年")]
    if not said:
        return None
    given = said[-1]
    scale = {"万": 10000, "亿": 100000000}.get(given.group("big") or "", 1)
    value = Decimal(given.group("n")) * scale
    unit = given.group("unit") or ("元" if given.group("big") else None)
    for passage in passages:
        text = passage.text
        best: tuple[int, re.Match[str], str] | None = None
        for clause in re.finditer(r"[^，。；;！？\n]+", text):
            if not intent("sets_target").search(clause.group(0)) and not intent("sets_target").search(text[max(0, clause.start() - 20) : clause.start()]):
                continue
            shared = _common_run(question, clause.group(0))
            if shared < 4:
                continue
            for f in _FIGURE.finditer(clause.group(0)):
                if f.group("unit") != unit or _YEAR.fullmatch(f.group(0)):
                    continue
                if best is None or shared > best[0]:
                    best = (shared, f, clause.group(0))
                break
        if best is None:
            continue
        _, f, clause = best
        target = Decimal(f.group("n")) * {"万": 10000, "亿": 100000000}.get(f.group("big") or "", 1)
        if target <= value:
            continue
        gap = _plain(target - value)
        show = fmt_money if unit == "元" else (lambda n, u=unit: f"{fmt_number(n)}{u}")
        worked = f"{show(target)} − {show(value)} = {show(gap)}"
        source = f"{book(passage.title)}{'' if passage.article in ('正文', '引言') else passage.article}"
        steps = (
            Step(clause.strip("，, ") + "。", passage.doc_id, passage.article),
            Step(f"按所说{show(value)}计算：{worked}。", passage.doc_id, passage.article),
        )
        summary = f"按{source}：“{clause.strip('，, ')}”。按您所说的{show(value)}，{worked}，离目标还差{show(gap)}。"
        return Calculation(rule_id="passage.gap", inputs={}, verdict="amount", value=gap, unit=unit, steps=steps, summary=summary)
    return None


__all__ = ["Listed", "Named", "Pair", "Passage", "added_part", "choice_pair", "head_count_total", "listed_persons", "listed_persons_total", "passage_arithmetic", "passage_gap", "passage_share", "programme_parts", "programme_sum", "region_pair", "remainder_figure", "rule_arithmetic", "wait_figure"]
