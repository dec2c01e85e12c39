"""Short replies read as the fact the assistant just asked for (Rasa's ``from_text`` slot).

The assistant asks “近3年年度考核有没有不合格的情况？”; the person answers “没有”, “合格”, “有一年没过”,
“8个”, “三年”, “副高”.  Such a reply says nothing by itself; read against the pending
fact's declaration (kind, choices, the yes/no words in ``assistant/rules/facts``) it
is a value.  Generic yes/no words are in ``assistant/data/replies.yaml``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml
from assistant.rules.inputs import FACTS, FactSpec
from assistant.schema import Span
from assistant.text import NUMERAL_CHARS, cn_number, normalize
from assistant.understand.intents import intent
from assistant.understand.slots import read_cues

# what a reply may carry around its content: particles, politeness (intents.yaml reply_filler), punctuation
_PUNCT = re.compile(r"[\s，,。！!？?、；;：:~～…\"“”'‘’()（）]+")
# a number and its unit: “8个”, “三年”(already digits), “1.5万”, “80%”
_RANGE_REPLY = re.compile(r"^(?:大概|大约|差不多|约|有|是|裁了|招了)?(?P<low>\d+(?:\.\d+)?)~(?P<high>\d+(?:\.\d+)?)(?P<tail>个月|个|年|月|天|日|人|名|位|次|家)?(?:吧|左右|的样子)?[。！!？?，,]*$")
_QUANTITY = re.compile(r"^(?:大概|大约|差不多|约|有|是|共|一共|总共)?(?P<n>\d+(?:\.\d+)?)(?P<unit>万|千)?(?P<tail>个月|个|年|月|天|日|人|名|位|次|元|块|块钱|岁|%|家)?(?:左右|多)?$")


@functools.lru_cache(maxsize=1)
def _generic() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_yaml((DATA_DIR / "replies.yaml").read_text(encoding="utf-8")) or {}
    return tuple(data.get("yes") or ()), tuple(data.get("no") or ())


def bare(text: str) -> str:
    """The content of a reply without punctuation and particles.

    >>> bare("嗯，合格的。"), bare("是的！"), bare("都没有啊")
    ('合格', '是', '没有')
    """
    text = _PUNCT.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, intent("reply_filler").regex.sub("", text)
    return text


@functools.lru_cache(maxsize=512)
def _bare_words(words: tuple[str, ...]) -> tuple[str, ...]:
    # normalized as the reply is (“第一次” arrives as “第1次”, “一个都没裁” as “1个都没裁”)
    return tuple(dict.fromkeys(w for w in (bare(normalize(w)) for w in words) if w))


def _yes_no(spec: FactSpec, text: str) -> bool | None:
    """True / False when the whole reply is one of the yes / no words (the longest match wins).

    A generic no before the fact's own no-word denies it (“没有不合格”, “没有没过”): yes.

    >>> _yes_no(FACTS["annual_appraisal_passed"], "没有不合格"), _yes_no(FACTS["annual_appraisal_passed"], "没有")
    (True, False)

    A generic yes or no before something else (“不是中级工”, said to the appraisal asked) corrects that
    other thing; it answers nothing asked:

    >>> _yes_no(FACTS["annual_appraisal_passed"], "不是高级工"), _yes_no(FACTS["annual_appraisal_passed"], "不是都合格")
    (None, False)
    """
    # the declared words are read as the reply is (“上班了” is “上班”, “找到了” is “找到”)
    yes, no = _bare_words(spec.yes + _generic()[0]), _bare_words(spec.no + _generic()[1])
    own_no = [w for w in _bare_words(spec.no) if len(w) >= 2 and w not in _generic()[1]]
    for word in ("没有", "并没有", "从来没有", "都没有", "没", "无"):
        if text.startswith(word) and text[len(word) :] in own_no:
            return True
    if text in no:  # “不合格” before “合格”
        return False
    if text in yes:
        return True
    generic = set(_bare_words(_generic()[0] + _generic()[1])) - set(_bare_words(spec.yes + spec.no))
    own = [w for w in _bare_words(spec.yes + spec.no) if len(w) >= 2]
    for words, value in sorted(((no, False), (yes, True)), key=lambda p: 0 if p[1] is False else 1):
        for word in sorted(words, key=len, reverse=True):
            if len(word) >= 2 and text.startswith(word) and len(text) <= len(word) + 4:
                rest = text[len(word) :]
                if word in generic and rest and not any(w in rest for w in own) and not intent("reply_degree").regex.fullmatch(rest):
                    continue  # “不是中级工”: a generic no before another thing said — that thing corrected, not the fact asked
                return value
    return None


_ECHO = re.compile(r"(?P<no>没有|没|还没有|还没|未|不)?(?P<verb>[\u4e00-\u9fff]{1,2}?)(?P<done>了|过|过了|好了|完了)?(?:的)?")
_NOT_VERBS = frozenset("是有对好行会能要在了过的吗呢吧啊嗯哦")
_CONCEDED = re.compile(r"(?P<verb>[\u4e00-\u9fff]{1,2}?)是(?P=verb)(?P<done>了|过|过了)")


def _echoed(clause: str, asked: str | None) -> bool | None:
    """A yes or no said by echoing the verb of the question just put (“请问您是否在当地办理了失业登记？” — “登了”,
    “办了”, “没登”): one or two characters of the question, with 了/过 for yes or 没/未 before them for no.

    >>> _echoed("登了", "请问您是否在当地办理了失业登记？"), _echoed("没登", "请问您是否在当地办理了失业登记？"), _echoed("签了", "请问您是否在当地办理了失业登记？")
    (True, False, None)
    >>> _echoed("好了", "请问考核都合格了吗？"), _echoed("登", "请问您是否在当地办理了失业登记？")
    (None, None)
    >>> _echoed("登是登了", "请问您是否在当地办理了失业登记？"), _echoed("办是办过", "请问您是否在当地办理了失业登记？")
    (True, True)
    """
    question = _last_question(asked)
    conceded = _CONCEDED.fullmatch(clause or "")
    if conceded is not None:  # “登是登了”: the verb said twice around 是, granted — a yes (what follows may qualify it)
        clause = conceded.group("verb") + conceded.group("done")
    m = _ECHO.fullmatch(clause or "")
    if not question or m is None or any(c in _NOT_VERBS for c in m.group("verb")) or m.group("verb") not in question:
        return None
    if m.group("no"):
        return None if m.group("done") == "过了" else False
    return True if m.group("done") else None


def _counted_as_asked(tail: str, spec: FactSpec, asked: str | None) -> bool:
    """“17个” to “见习了多少个工作日？”: the measure word of the question, said for the unit it counts.

    >>> _counted_as_asked("个", FACTS["working_days"], "请问（不满一个月的部分）见习了多少个工作日？"), _counted_as_asked("个", FACTS["working_days"], "请问见习了几天？")
    (True, False)
    """
    from assistant.understand.mentions import units_of

    question = _last_question(asked) or ""
    if not tail.startswith("个") or not question:
        return False
    return any(f"多少个{unit}" in question or f"几个{unit}" in question for unit in units_of(spec.key))


def _told(text: str) -> str:
    """The clauses of ``text`` that tell rather than ask.

    >>> _told("我想报中级，行不行"), _told("但是没交满"), _told("不过去年没过，能评吗"), _told("我想报副高，可以不？")
    ('我想报中级', '但是没交满', '不过去年没过', '我想报副高')
    """
    return "，".join(c for c in re.split(r"[，,。；;！!？?]+", text) if c and not intent("asking_clause").search(c))


def _said_in(spec: FactSpec, content: str) -> bool:
    """Whether the fact is ever said with the unit of the reply's number (“2次” is no number of years).

    A fact that declares no ways of being said with a number takes any unit.

    >>> _said_in(FACTS["years_to_retirement"], "2次"), _said_in(FACTS["years_to_retirement"], "2年")
    (False, True)
    >>> _said_in(FACTS["insured_months"], "3年"), _said_in(FACTS["public_post_replacements"], "2次")
    (True, True)
    """
    from assistant.understand.mentions import scan, takes

    if not spec.mentions:
        return True
    found = scan(content)
    return len(found) != 1 or found[0].unit == "数" or takes(spec.key, found[0])


_CLAUSE = re.compile(r"[，,。；;！!？?、]+")


def _clause_answer(spec: FactSpec, clause: str) -> bool | None:
    """One clause of a reply read as yes / no: the whole of it a yes/no word, or a qualifier of a few
    characters and then such a word (“前年那次没过”, “去年和今年都合格”, “明年才进毕业学年”)."""
    content = bare(clause)
    if not content:
        return None
    whole = _yes_no(spec, content) if len(content) <= 16 else None
    if whole is not None:
        return whole
    yes, no = _bare_words(spec.yes + _generic()[0]), _bare_words(spec.no + _generic()[1])
    for words, value in ((no, False), (yes, True)):
        for word in sorted(words, key=len, reverse=True):
            if len(word) >= 2 and content.endswith(word) and len(content) <= len(word) + 8:
                qualifier = content[: -len(word)]
                if intent("turned_round").search(qualifier):
                    return None  # “没有不合格”, “明年才不…”: turned round, not read here
                if value is True and intent("not_yet_before").search(qualifier):
                    return False  # “明年才进毕业学年”: not yet
                return value
    return None


def _clause_answers(spec: FactSpec, text: str) -> list[bool | None]:
    return [_clause_answer(spec, c) for c in _CLAUSE.split(text.strip()) if bare(c)]


def clauses_answer(spec: FactSpec, text: str) -> bool | None:
    """A reply of several clauses to a yes/no question: no when any clause says no (the condition asked
    is not met in part: “前年那次没过，去年和今年都合格” to “近3年年度考核都合格吗？”), yes when every
    clause says yes, else nothing.

    >>> clauses_answer(FACTS["annual_appraisal_passed"], "前年那次没过，去年和今年都合格")
    False
    >>> clauses_answer(FACTS["in_graduation_year"], "没有，明年才进毕业学年")
    False
    >>> clauses_answer(FACTS["annual_appraisal_passed"], "嗯，都合格"), clauses_answer(FACTS["annual_appraisal_passed"], "去年的还没出来，前年合格")
    (True, None)
    >>> clauses_answer(FACTS["registered_unemployed"], "登了，上个月去社区登的，一直在家")
    True
    """
    answers = _clause_answers(spec, text)
    if not answers:
        return None
    if False in answers:
        return False
    # (“登了，上个月去社区登的，一直在家”: the reply opens with its answer; what follows tells more —
    # unless it turns on a “but”: “对，但是没交满”)
    # (“都合格的，就是22年那次没评上优秀而已”: a but whose clause is itself a yes turns on nothing)
    rest = [c for c in _CLAUSE.split(text.strip())[1:] if bare(c)]
    if answers[0] is True and not any(intent("but_after_yes").match(c) and _clause_answer(spec, c) is not True for c in rest):
        return True
    return True if all(a is True for a in answers) else None


_NONE_WORDS = ("无", "没", "没有", "都没有", "1个都没有", "啥都没有", "什么都没有", "都不是", "都不属于", "哪个都不是", "1个都不是", "都没")  # as normalized (“一个都没有” arrives as “1个都没有”)


def asks_the_opposite(pending: str | None, asked: str | None) -> bool:
    """Was the yes/no question actually put about the fact's opposite (“有没有不合格的情况？”,
    “中间有没有哪年没过？”)?  Then a bare “没有” means the fact holds.  Read on the last question
    of the assistant's turn as shown (a transcript's own wording), against the fact's no-words.

    >>> asks_the_opposite("annual_appraisal_passed", "……还需要确认：近3年的年度考核有没有不合格的情况？")
    True
    >>> asks_the_opposite("annual_appraisal_passed", "近3年年度考核是否合格？"), asks_the_opposite("in_post", None)
    (False, False)
    """
    spec = FACTS.get(pending or "")
    if spec is None or spec.kind != "bool" or not asked:
        return False
    questions = [q for q in re.split(r"(?<=[？?])", normalize(asked)) if q.rstrip().endswith(("？", "?"))]
    if not questions:
        return False
    last = re.split(r"[。！!；;]", questions[-1])[-1]
    opposite = [w for w in _bare_words(spec.no) if len(w) >= 2 and w not in _generic()[1]]
    return any(w in last for w in opposite)


def _last_questions(asked: str | None) -> list[str]:
    """The questions that end the assistant's turn as shown (“你今年多大？什么学历、毕业多久了？”: both)."""
    parts = re.split(r"(?<=[？?])", normalize(asked or "").rstrip())
    out: list[str] = []
    for part in reversed([p for p in parts if p.strip()]):
        if not part.rstrip().endswith(("？", "?")):
            break
        sentence = re.split(r"[。！!；;\n]", part)[-1]
        out.insert(0, sentence)
        if sentence != part:
            break  # a statement before it: the questions at the end are over
    return out


def _last_question(asked: str | None) -> str | None:
    questions = _last_questions(asked)
    return questions[-1] if questions else None


def _ladder_level_asked(spec: FactSpec, asked: str | None) -> str | None:
    """The one level of the fact's ladder a yes/no question names (“你现在有特级技师等级吗？”), if the
    assistant's last question is such a question; ``None`` for a question listing several levels.

    >>> _ladder_level_asked(FACTS["skill_level"], "……原则上需要先取得特级技师职业技能等级。你现在有特级技师等级吗？")
    '特级技师'
    >>> _ladder_level_asked(FACTS["skill_level"], "请问您目前取得的职业技能等级是什么（高级工、技师、高级技师）？")
    """
    if spec.ladder is None:
        return None
    last = _last_question(asked)
    if not last or not intent("yes_no_question").search(last):
        return None
    found: dict[str, tuple[int, int]] = {}
    for value, pattern in spec.ladder.terms:
        m = re.search(pattern, last)
        if m is not None:
            found.setdefault(value, (m.start(), m.end()))
    # 高级技师 holds 技师: a level whose every mention lies inside a longer one's is not named
    spans = list(found.items())
    named = [v for v, (a, b) in spans if not any(w != v and a2 <= a and b <= b2 for w, (a2, b2) in spans)]
    return named[0] if len(named) == 1 else None


def _none_then_explained(spec: FactSpec, text: str) -> dict[str, Any]:
    """“都没有，就是家里条件一般” to “您属于哪类人员？”: a none leads, the rest explains — none of the
    choices, unless the rest turns it round (“但是…”, “不过我有…”) or names one of them.

    >>> _none_then_explained(FACTS["awards"], "没有，国家级省级的奖1个都没拿过，就在厂里评过1回先进")
    {'awards': frozenset()}
    >>> _none_then_explained(FACTS["awards"], "没有，就拿过1回省技术能手"), _none_then_explained(FACTS["awards"], "没有，不过我有残疾证")
    ({}, {})
    """
    from assistant.facts import extract_facts

    parts = _PUNCT.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or bare(parts[0]) not in _NONE_WORDS or intent("reply_has_some").search(parts[1]):
        return {}
    if extract_facts(parts[1]).get(spec.key):
        return {}  # “没有，就拿过1回省技术能手”: one of them after all
    return {spec.key: frozenset()}


def _named_in_reply(spec: FactSpec, text: str) -> frozenset[str]:
    """The members of a set fact a reply names as its answer (the fact's ``in_reply``), read on the reply as said and
    bare (“认定了的”: the particles a bare reply drops are kept in the first reading).

    >>> sorted(_named_in_reply(FACTS["person_categories"], "认定了的")), sorted(_named_in_reply(FACTS["person_categories"], "认定了吗"))
    (['就业困难人员'], [])
    """
    said = re.sub(r"[。！!？?，,\s]+$", "", text.strip())
    return frozenset(member for member, pattern in spec.in_reply if re.search(pattern, said) or re.search(pattern, bare(said)))


def read_reply(text: str, pending: str | None, asked: str | None = None) -> dict[str, Any]:
    """The value of the pending fact in a reply, as ``{key: value}``, or ``{}``.

    ``text`` is already normalized (``assistant.text.normalize``).  ``asked`` is the assistant's
    turn as shown, when there is one: a generic yes or no to a question put about the fact's
    opposite (``asks_the_opposite``) is turned round.

    >>> read_reply("没有", "annual_appraisal_passed", "近3年考核有没有不合格的情况？"), read_reply("没有", "annual_appraisal_passed", "近3年考核是否合格？")
    ({'annual_appraisal_passed': True}, {'annual_appraisal_passed': False})
    >>> read_reply("合格", "annual_appraisal_passed", "近3年考核有没有不合格的情况？")  # the fact's own word is not turned
    {'annual_appraisal_passed': True}

    >>> read_reply("合格", "annual_appraisal_passed"), read_reply("不合格", "annual_appraisal_passed")
    ({'annual_appraisal_passed': True}, {'annual_appraisal_passed': False})
    >>> read_reply("是的", "in_post"), read_reply("没有", "awards")
    ({'in_post': True}, {'awards': frozenset()})
    >>> read_reply("14天，14天", "training_days"), read_reply("8天，12天", "training_days")  # said twice alike / two figures
    ({'training_days': 14}, {})
    >>> read_reply("8个", "hires_count"), read_reply("3年", "years_since_level")
    ({'hires_count': 8}, {'years_since_level': Decimal('3')})
    >>> read_reply("80%", "retention_rate"), read_reply("1.2万", "loan_amount")
    ({'retention_rate': Decimal('0.8')}, {'loan_amount': Decimal('12000')})
    >>> read_reply("副高", "target_title"), read_reply("你好", "annual_appraisal_passed")
    ({'target_title': '副高级'}, {})
    >>> read_reply("都没有，就是家里条件一般", "person_categories"), read_reply("没有，不过我有残疾证", "person_categories")
    ({'person_categories': frozenset()}, {})
    >>> read_reply("高级工吧", "skill_level"), read_reply("还没有特级技师", "skill_level"), read_reply("都没有", "skill_level")
    ({'skill_level': '高级工'}, {'skill_levels_not_held': frozenset({'特级技师'})}, {'skill_level': '无'})
    >>> read_reply("有，前几年考过电工高级工证", "earlier_skill_level"), read_reply("之前没有", "earlier_skill_level")
    ({'earlier_skill_level': '高级工'}, {'earlier_skill_level': '无'})
    >>> read_reply("没有", "skill_level", "你现在有特级技师等级吗？"), read_reply("有的", "skill_level", "你现在有高级技师证书吗？")
    ({'skill_levels_not_held': frozenset({'特级技师'})}, {'skill_level': '高级技师'})
    >>> read_reply("5~6个", "layoffs_count"), read_reply("5~6个", "hires_count")
    ({'layoffs_count': Span(low=Decimal('5'), high=Decimal('6'))}, {})
    >>> read_reply("没有", "layoffs_count"), read_reply("1个都没裁", "layoffs_count"), read_reply("没有", "hires_count")
    ({'layoffs_count': 0}, {'layoffs_count': 0}, {})
    >>> read_reply("对，已经登记过了", "registered_unemployed"), read_reply("对，但是没交满", "registered_unemployed")
    ({'registered_unemployed': True}, {})
    >>> read_reply("是的，明年夏天毕业，学籍在，专业也在备案工种里", "in_graduation_year")  # a long explanation after the yes
    {'in_graduation_year': True}
    >>> read_reply("认定过的，街道办的人说我离退休还有四年左右", "person_categories")  # a member named first, more told after
    {'person_categories': frozenset({'就业困难人员'})}
    """
    spec = FACTS.get(pending or "")
    if spec is None:
        return {}
    ranged = _RANGE_REPLY.match(text.strip())
    if ranged and spec.kind in ("decimal", "int"):
        # “五六个” (normalized 5~6个): a range, never the figure 56 — held as a Span where the fact takes one
        if not spec.ranged:
            return {}
        low, high = Decimal(ranged.group("low")), Decimal(ranged.group("high"))
        if "months" in spec.key and ranged.group("tail") == "年":
            low, high = low * 12, high * 12
        span = Span.parse({"low": low, "high": high})
        return {spec.key: span} if span is not None else {}
    if spec.kind in ("decimal", "int"):
        # “两个礼拜，14天” (normalized 14天，14天): one figure said twice in other words is that figure
        parts = [p for p in re.split(r"[，,、；;]+", text.strip()) if p.strip()]
        if len(parts) > 1:
            read = [read_reply(p, pending, asked) for p in parts]
            if read[0] and all(r == read[0] or not r for r in read):
                # said twice alike, or the figure leads and the rest tells something else
                # (“26了，大专毕业4年了” to “多大年龄？”: the rest is read as any text is)
                return read[0]
            told = [r for r in read if r]
            if len(told) == 1 and len(parts) == 2 and not _QUANTITY.match(bare(parts[0])):
                return told[0]  # “零就业家庭，头一回”: who the person is, then the answer (a figure first is the other way round)
    content = bare(text)
    if not content:
        return {}
    if spec.kind == "bool":
        value = _yes_no(spec, content) if len(content) <= 16 else None
        if value is not None and content in _bare_words(_generic()[0] + _generic()[1]) and asks_the_opposite(pending, asked):
            return {spec.key: not value}
        if value is None:
            # “对，已经登记过了”“没有，就是家里条件一般”: a yes/no word leads, the rest explains —
            # taken only when the rest does not turn it round (“对，但是没交满”)
            parts = _PUNCT.split(text.strip(), maxsplit=1)
            if len(parts) == 2 and parts[0] and parts[1]:
                value = _yes_no(spec, bare(parts[0]))
                if value is None:
                    value = _clause_answer(spec, parts[0])  # “是的都合格。我想报副高，可以不？”
                if value is None:
                    value = _echoed(parts[0].strip(), asked)  # “登了，上个月在街道登记的”
                if value is True and intent("reply_turns").search(_told(parts[1])):
                    value = None
        if value is None:
            value = _echoed(re.sub(r"[。！!？?，,\s]+$", "", text.strip()), asked)  # “办了”, “没登”: the question's own verb said back
        if value is None:
            value = clauses_answer(spec, text)
        if value is False and True in _clause_answers(spec, text) and read_cues(normalize(text)).get(spec.key) is True:
            # a no and a yes, and the fact's own cues read the whole reply as yes: the no said of a time before the one
            # asked about, then that time said met (“四年前有一年不合格，最近三年都合格” to “近3年年度考核有没有不合格的情况？”)
            value = True
        return {} if value is None else {spec.key: value}
    if spec.kind == "set" and len(content) > 16:
        # “认定了的。社保所说我离退休还有三年多”: a member named as the answer in the reply's first clause, the rest
        # telling more (read as any text is)
        first = _PUNCT.split(text.strip(), maxsplit=1)[0]
        named = _named_in_reply(spec, first) if len(bare(first)) <= 16 else frozenset()
        return {spec.key: named} if named else _none_then_explained(spec, text)
    if len(content) > 16:
        return {}
    if spec.kind in ("decimal", "int"):
        m = _QUANTITY.match(content)
        spoken = None if m else re.match(rf"^([{NUMERAL_CHARS}]+)(.*)$", content)
        if spoken and (digits := cn_number(spoken.group(1))) is not None:
            m = _QUANTITY.match(digits + spoken.group(2))  # “二十五” to “多大年龄？”: a numeral with no unit after it
        if not m:
            # “没有”“一个都没裁” to “裁员多少人？”: none, where the fact declares the words for none
            return {spec.key: 0} if spec.no and _yes_no(spec, content) is False else {}
        try:
            number = Decimal(m.group("n"))
        except InvalidOperation:
            return {}
        number *= {"万": Decimal(10000), "千": Decimal(1000)}.get(m.group("unit") or "", Decimal(1))
        tail = m.group("tail") or ""
        if tail.startswith("年") and number >= 1900 and spec.bounds and number > spec.bounds[1]:
            return {}  # “2025年的” to “离校几年了？”: a year of the calendar, no number of years (a date fact's reply)
        if tail and not _said_in(spec, content) and not _counted_as_asked(tail, spec, asked):
            return {}  # “两次了” to “距退休还有几年？”: a count of times is not a number of years
        if tail == "%" or (tail == "" and "rate" in spec.key and number > 1):
            number = number / 100 if tail == "%" or number > 1 else number
        if "months" in spec.key and tail == "年":
            number *= 12
        if spec.bounds and not spec.bounds[0] <= number <= spec.bounds[1]:
            return {}  # “57了，男的” to “距法定退休年龄还有几年？”: not a number of years the fact can hold (an age)
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
        if spec.kind == "int":
            if number != number.to_integral_value():
                return {}
            return {spec.key: int(number)}
        return {spec.key: number}
    if spec.kind == "set":
        if _yes_no(spec, content) is False or content in _NONE_WORDS:
            return {spec.key: frozenset()}
        named = _named_in_reply(spec, text)
        if named:
            return {spec.key: named}  # “是，本科”“对，大一就开始贷了”: a member named as the answer to this question
        return _none_then_explained(spec, text)
    if spec.kind == "str" and spec.choices:
        from assistant.facts import extract_facts

        named = _ladder_level_asked(spec, asked)
        if named is not None:
            # “没有” to “你现在有特级技师等级吗？”: that level is not held (the ladder's ``denied``); “有” holds it
            said = _yes_no(spec, content) if content in _bare_words(_generic()[0] + _generic()[1]) else None
            if said is False and spec.ladder.denied:
                return {spec.ladder.denied: frozenset({named})}
            if said is True:
                return {spec.key: named}
        if "无" in spec.values and spec.no and content in _bare_words(spec.no + _generic()[1]):
            return {spec.key: "无"}  # “没有” to “之前有没有同一职业的等级证书？”: none, where the choices hold none

        # the same words as anywhere else (“副高” → 副高级, “技师证” → 技师), taken as the pending fact
        read = extract_facts(content)
        if spec.ladder is not None and spec.ladder.denied and read.get(spec.ladder.denied) and spec.key not in read:
            return {spec.ladder.denied: read[spec.ladder.denied]}  # “还没有特级技师”: that level not held
        for value in read.values():
            if isinstance(value, str) and value in spec.values:
                return {spec.key: value}
        for choice in sorted(spec.values, key=len, reverse=True):  # “市级的” to “国家级还是省级？”: said, though unlisted
            if choice in content:
                return {spec.key: choice}
    return {}
