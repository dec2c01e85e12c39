"""Dialogue state: what a conversation has established, advanced one turn at a time.

``read_turn(text, state)`` reads one (normalized) message as facts, given the
conversation so far: the facts it states, the value of the fact the assistant just
asked for when the message is a short reply (“合格”, “8个”), and — in an elliptical
follow-up (“那正高呢？”, “那河南呢？”) — the changed element in place of the one it
replaces.  ``advance(state, reading, decision)`` is the state after the answer:
facts merged (later turns add and correct), the topic kept unless the person moved
to another, and the one fact to ask for next.  ``corrected(corrections)`` is the
reading of a turn that is not text at all: the person changed or removed facts the
assistant understood (the page's chips), and the same question is asked again.

Data flows one way: text → ``Reading`` → ``DialogueState`` → rules.  Nothing here
reads raw text again after ``read_turn``.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field, replace
from decimal import Decimal  # noqa: F401  (doctests)
from typing import Any

from assistant.errors import BadRequest
from assistant.facts import COUNTED_SETS, extract_facts, merge_facts
from assistant.rules.inputs import FACTS, coerce, related_members, sizes_amount
from assistant.schema import CONTEXT_CHARS, DialogueState, Span
from assistant.understand.intents import intent
from assistant.understand.mentions import coerce_mention, lone_mention, read_in_reply, read_mentions_at, said_again, said_alone, said_as, scan, takes
from assistant.understand.replies import read_reply
from assistant.understand.slots import implied

# What people say is declared in assistant/data/intents.yaml and read here by id: a follow-up with one
# thing changed (elliptical_follow_up: “那正高呢？”“如果是河南呢”“换成技师的话”), a clause that supposes
# (supposes: what it names is asked about instead of what was held), asking words (asks_something) …
_MAX_ELLIPTICAL = 24


@dataclass(frozen=True)
class Reading:
    """What one message says, typed."""

    facts: dict[str, Any] = field(default_factory=dict)  # fact key → typed value (meta keys ``_years``, ``_correction``)
    filled: str | None = None  # the pending fact this message answered
    elliptical: bool = False  # a follow-up that changes one element of the previous question
    removed: frozenset[str] = frozenset()  # facts the person took back (no longer known)
    corrected: bool = False  # the person changed facts by hand: the same question, asked again
    asks: bool = False  # the message is a question of its own (not only a statement or a reply)
    adds: bool = False  # “哦对了，…”: a fact added late to the question being answered, whose topic goes on
    own_question: bool = False  # elliptical only by its opening 那, changing no fact the topic reads (“那直播的时候，能写只招男的吗？”): a question of its own


@dataclass(frozen=True)
class Correction:
    """The person's own change to one understood fact: a new value, or ``None`` to remove it."""

    fact: str
    value: Any = None


def correction(fact: Any, value: Any) -> Correction:
    """A correction checked against the fact declarations: ``BadRequest`` when it cannot be read.

    The value is typed as the fact declares (``coerce``): "3" years is ``Decimal('3')``, "否"
    is ``False``; ``None`` or "" removes the fact.

    >>> correction("years_since_level", "3")
    Correction(fact='years_since_level', value=Decimal('3'))
    >>> correction("annual_appraisal_passed", None)
    Correction(fact='annual_appraisal_passed', value=None)
    >>> correction("years_since_level", "三百")
    Traceback (most recent call last):
    ...
    assistant.errors.BadRequest: 无法按“取得现技能等级后从事技术技能工作的年限”读取“三百”：请填写数字（0到60之间）。
    """
    spec = FACTS.get(fact) if isinstance(fact, str) else None
    if spec is None:
        raise BadRequest(f"没有名为 {str(fact)[:40]!r} 的情况可以更改。", "corrections")
    if value is None or (isinstance(value, str) and not value.strip()):
        return Correction(fact, None)
    if isinstance(value, str):
        value = value.strip()[:200]
    typed = coerce(fact, list(value) if isinstance(value, (list, tuple)) else value)
    if typed is None or (spec.choices and spec.kind == "str" and typed not in spec.values):
        raise BadRequest(f"无法按“{spec.label}”读取“{str(value)[:40]}”：{_expected(spec)}", "corrections")
    return Correction(fact, typed)


def _expected(spec) -> str:
    if spec.kind in ("decimal", "int"):
        bounds = f"（{spec.bounds[0]}到{spec.bounds[1]}之间）" if spec.bounds else ""
        return f"请填写{'整数' if spec.kind == 'int' else '数字'}{bounds}。"
    if spec.kind == "bool":
        return "请选择“是”或“否”。"
    if spec.kind == "date":
        return "请填写日期，例如 2023-03-01。"
    if spec.choices:
        return f"请从以下选择：{'、'.join(spec.choices)}。"
    return "请换一种写法。"


def corrected(corrections: tuple[Correction, ...]) -> Reading:
    """The reading of a turn in which the person changed or removed understood facts by hand.

    Each value replaces what the conversation held (a set fact is replaced whole, not
    added to); a removed fact is no longer known, so a rule that needs it asks for it.

    >>> r = corrected((Correction("years_since_level", Decimal(3)), Correction("annual_appraisal_passed", None)))
    >>> r.facts["years_since_level"], sorted(r.removed), r.corrected
    (Decimal('3'), ['annual_appraisal_passed'], True)
    """
    facts: dict[str, Any] = {"_correction": True, "_only": True}
    removed = set()
    for change in corrections:
        if change.value is None:
            removed.add(change.fact)
            facts.pop(change.fact, None)
        else:
            facts[change.fact] = change.value
            removed.discard(change.fact)
    return Reading(facts, None, False, frozenset(removed), True)


def is_elliptical(text: str) -> bool:
    """A short follow-up that leaves the question itself unsaid.

    A message that opens with one (“那正高呢？我就是高级技师”) is one too: what follows adds facts.

    >>> is_elliptical("那正高呢？"), is_elliptical("那河南呢"), is_elliptical("我是高级技师，干了5年，能评副高吗？")
    (True, True, False)
    >>> is_elliptical("那正高呢？我们厂还没搞特级技师评聘，我就是高级技师。"), is_elliptical("能评副高吗？我在杭州干了很多年电工，一直是高级技师呢")
    (True, False)

    A lead that supposes (“我们要是国家级的呢？一次性奖励加一年运营补助最多多少？”) is one too:
    >>> is_elliptical("我们要是国家级的呢？一次性奖励加一年的运营补助最多多少？"), is_elliptical("我们是国家级的呢？能拿多少")
    (True, False)

    So is a message whose last clause puts the people (or the case) just described in the previous question:
    >>> is_elliptical("其中有3个人已经领过技能提升补贴了，这几个人呢"), is_elliptical("这几个人能领吗")
    (True, False)

    What the assistant said taken in first (“差三年是吧，”) leaves the follow-up after it:
    >>> is_elliptical("差三年是吧，那副高呢，我现在能直接报不"), is_elliptical("好的，我是技师，能评中级吗")
    (True, False)
    """
    text = text.strip()
    taken_in = intent("acknowledged_lead").match(text)  # “差三年是吧，那副高呢…”: what was said is taken in, then the follow-up
    if taken_in and taken_in.end() < len(text):
        return is_elliptical(text[taken_in.end() :])
    if intent("last_clause_changed").search(text):
        return True
    lead = intent("lead_question").match(text)
    if lead and lead.end() < len(text) and is_elliptical(lead.group(0)) and (lead.group(0).startswith(("那", "那么")) or intent("supposes_in_lead").search(lead.group(0))):
        return True
    return len(text) <= _MAX_ELLIPTICAL and bool(intent("elliptical_follow_up").search(text))


def asks_something(text: str) -> bool:
    """Does a message ask (a question mark, 吗, 多少, 怎么 …) rather than only tell or confirm?

    >>> asks_something("能花钱请外面的公司来运营吗"), asks_something("对，都是电工中级"), asks_something("下个月初就签")
    (True, False, False)

    什么 after a negation is “any”, not “what” (“也没出过什么不良记录”, “没什么问题”):
    >>> asks_something("没有，也没出过什么不良记录"), asks_something("没什么影响"), asks_something("出过什么问题")
    (False, False, True)
    """
    return intent("asks_something").search(intent("indefinite_what").regex.sub("", text)) is not None


def read_turn(
    text: str, state: DialogueState, topic_inputs: frozenset[str] = frozenset(), asked: str | None = None, as_of: date | None = None
) -> Reading:
    """The facts of one normalized message, read against the conversation's state.

    ``topic_inputs`` are the facts the rules of the state's topic read (for ellipsis); ``asked`` the
    assistant's last turn as shown, against which a short reply is read (``replies.read_reply``);
    ``as_of`` the day asked, against which a date said from this year (今年9月) meets a calendar one.

    >>> s = DialogueState(pending="annual_appraisal_passed", topic="title_for_skilled")
    >>> read_turn("合格", s).facts
    {'annual_appraisal_passed': True}
    >>> s = DialogueState(facts={"target_title": "副高级"}, topic="title_for_skilled")
    >>> read_turn("那正高呢？", s, frozenset({"target_title"})).facts
    {'target_title': '正高级'}
    >>> read_turn("8个", DialogueState(topic="absorb_employment_subsidy"), frozenset({"hires_count", "province"})).facts
    {'hires_count': 8}
    >>> s = DialogueState(facts={"province": "浙江省", "annual_appraisal_passed": True, "skill_level": "高级技师"}, topic="title_for_skilled")
    >>> sorted(read_turn("那我徒弟呢？她是技师", s).removed)
    ['annual_appraisal_passed']
    """
    said, delta = _miscount_set_aside(text)
    facts = extract_facts(said, as_of)
    if said != text:
        facts["_correction"] = True  # (the count said anew beside the miscount owned to corrects the one held)
        text = said
    if delta:
        _count_shifted(delta, state, facts, topic_inputs)
    if state.context and state.topic:
        # a number said in the words of the conversation's subject, which an earlier message named
        # (“见习补贴咋算？” then “都是6个月”: the months of the internship): a fact the topic reads
        for key, value in read_mentions_at(text, state.context)[0].items():
            # not a fact the conversation holds, nor a count of people (read by their own ways in a reply) or a
            # rate worked out from such counts
            if key in topic_inputs and key not in facts and key not in state.facts and not FACTS[key].counts_people and not FACTS[key].ratio_of:
                facts[key] = value
    for key, value in read_in_reply(text, state.pending).items():
        facts.setdefault(key, value)  # “2019年拿的” to “哪一年取得高级技师的？”
    _on_skill_ladder(text, state, facts, topic_inputs)
    _level_named_to_one_with_a_title(text, state, facts, topic_inputs)
    if not facts.get("_correction") and intent("said_instead_asked").search(text):
        facts.update(_partly_corrected(text, state, facts, "said_instead_asked"))  # “那金牌呢” after 国赛银牌
    if facts.get("_correction"):
        facts.update(_partly_corrected(text, state, facts))
        facts.update(_date_corrected(text, state, facts))
        _years_corrected(state, facts)
        _number_corrected(text, state, facts, topic_inputs)
    _count_follow_up(text, state, facts, topic_inputs)
    _count_said_again(text, state, facts)
    filled = None
    if state.pending and FACTS[state.pending].kind == "bool" and facts.get(state.pending) is True and read_reply(text, state.pending).get(state.pending) is False:
        # “没有，明年才进毕业学年” to “进入毕业学年了吗？”: the reply says no, though its words name the
        # thing asked (read as yes by its cue) — a no wins, as a negation does over a cue
        facts[state.pending] = False
        filled = state.pending
    if state.pending and state.pending not in facts and any(k in facts and k not in state.facts for k in FACTS[state.pending].dated_by):
        # “证是2019年拿的，焊工干了十一年了” to “取得等级后有几年了？”: the day it counts from answers it; the years
        # said of the trade stay the trade's
        filled = state.pending
    if state.pending and state.pending not in facts and filled is None:
        value = read_reply(text, state.pending, asked)
        if not value and "_years" in facts and FACTS[state.pending].kind == "decimal" and "years" in state.pending:
            value = {state.pending: facts.pop("_years")}  # “5年” answering “…有几年了？”
        if value:
            spec = FACTS[state.pending]
            if spec.kind == "set" and value.get(state.pending) == frozenset() and state.facts.get(state.pending) and spec.terms and spec.terms.negated_into:
                # “都没有” to “您属于哪类人员？” from someone who said “大学生”: none of the other groups
                held = frozenset(state.facts[state.pending])
                related = related_members(state.pending, held)  # 毕业年度高校毕业生 is a 高校毕业生
                value = {spec.terms.negated_into: frozenset(c for c in spec.choices if c not in related)}
            facts.update(value)
            filled = state.pending
            # a reply's word read as another fact of the same vocabulary (“副高” as held; “考过电工高级工证”
            # to “此前有没有同一职业的证书？” as the level held now) is the answer, not that fact too
            answer = value.get(state.pending)
            for key, spec in FACTS.items():
                if key != state.pending and key in facts and (spec.elliptical == state.pending or (isinstance(answer, str) and facts[key] == answer and answer in spec.values)):
                    facts.pop(key)
    if filled is None:
        filled = _fill_asked_in_transcript(text, state, facts, asked)
    if filled is None and state.pending and state.pending not in facts:
        filled = _fill_ratio_part(text, state, facts)
    if filled is None and state.pending and state.pending not in facts and not FACTS[state.pending].counts_people and not any(m.get("unit") in ("个", "人", "名") for m in FACTS[state.pending].mentions):
        # “31个” to “培训了多少天？” (the rule needing the days and the rate of those placed, the number trained held): a
        # count of people, which the days cannot be, is the part of the topic's rate whose whole is held
        for key in sorted(k for k in topic_inputs if k in FACTS and FACTS[k].ratio_of and k not in state.facts):
            if _fill_ratio_part(text, replace(state, pending=key), facts):
                break
    if filled is None and state.pending:
        filled = _fill_by_source(state.pending, facts)
    if filled is None and state.pending and state.pending not in facts:
        filled = _fill_pending_by_unit(text, state.pending, facts)
    if filled is None and state.pending and state.pending not in facts:
        filled = _fill_pending_over_lookalike(text, state, facts)
    if state.pending and (filled == state.pending or state.pending in facts):
        _occasions_of_this_occupation(state.pending, state, facts)
    for key in sorted(k for k in state.implied if k in facts and k != state.pending and "skill_level" not in facts):
        # “领过，前年考初级的时候领过一次” after a verdict that took the times had as none: told now, as a reply would be
        # (not “前年就拿了焊工高级工了，补贴也领过”: a level said as held is held now, not that occasion's)
        _occasions_of_this_occupation(key, state, facts)
    if state.pending and FACTS[state.pending].kind == "bool" and state.pending in facts and intent("years_of_which").search(text):
        # “有一年没过”“有两年不合格” to “近3年年度考核有没有不合格的情况？”: years said as which of the years the yes
        # or no is about, not a number of years of anything the conversation holds (“十九年了，一直在一线”: a span)
        facts.pop("_years", None)
    _years_of_staying(text, state, facts, topic_inputs)
    _unclaimed_years_in_context(text, state, facts, topic_inputs)
    if filled is None and state.topic is not None and not any(k in facts for k in topic_inputs if FACTS[k].counts_people):
        # “8个，见习半年，最低工资1980”: a reply that opens with a number of people, more said after it
        lead = re.match(r"^(\d+)\s*(?:个|人|名|位)(?:人)?(?=[，,。；\s])", text)
        people = [k for k in topic_inputs if FACTS[k].counts_people and k not in state.facts]
        people = [k for k in people if not FACTS[k].fallback] or people  # 见习人数 rather than any number of people
        if lead and len(people) == 1:
            value = read_reply(lead.group(0), people[0])
            if value:
                facts.pop("amount", None)
                facts.update(value)
                filled = people[0]
    if filled is None and not {k for k in facts if not k.startswith("_")} - {"amount", "amount_basis"}:
        # “8个” or “1780，每人每月能补多少？” with nothing asked: the one number of people, or the one
        # amount in 元 the topic's rules read and do not yet know
        # not a range (5~6个), nor a number said with another unit (“两次了”, “3年”)
        lead = re.match(r"^(?!\d[\d.]*~)[\d.]+(?:万|千)?(?:元|块)?(?:个|人|名|位)?(?![\d.]|次|回|年|天|个月|月|岁|%|周|日|倍|届)", text)
        people = [k for k in topic_inputs if FACTS[k].counts_people and k not in state.facts]
        # (“25个” where the topic reads a count of its own and the generic 人数 too: its own count)
        people = [k for k in people if not FACTS[k].fallback] or people
        money = [k for k in topic_inputs if FACTS[k].money and k not in state.facts and said_alone(k)]
        target, value = None, {}
        if any(m.unit == "个" for m in scan(text)) and len(people) == 1:  # “8个”, not “1个月”
            target = people[0]
            value = read_reply(lead.group(0) if lead else text, target)
        elif lead and not re.search(r"个|人|名|位", lead.group(0)) and len(money) == 1:
            target = money[0]
            value = read_reply(lead.group(0), target)
        if value:
            facts.pop("amount", None)
            facts.update(value)
            filled = target
        else:
            filled = _fill_by_unit(text, facts, state, topic_inputs) or _count_of_the_answers_thing(text, asked, state, facts, topic_inputs, as_of)
    if filled is None and state.topic is not None and not any(FACTS[k].money for k in facts if k in FACTS and k != "amount"):
        # “我们这按一千八算的，每人每月能补多少？”“我一个月交1200，能补多少”: the one figure of money said
        # anywhere in a follow-up is the one amount the topic's rules read and do not yet know
        money = [k for k in topic_inputs if FACTS[k].money and k not in state.facts and said_alone(k)]
        base = _base_said(text) if len(money) == 1 else None
        said = coerce_mention(money[0], base) if base is not None else None
        if said is not None:
            facts.pop("amount", None)
            facts[money[0]] = said
            filled = money[0]
    # (after a reply that is one number alone has filled its fact: “都是6个月，最低工资1880” — a clause of several)
    _bare_clauses_by_unit(text, state, facts, topic_inputs)
    _quantity_said_anew(text, state, facts, topic_inputs)
    elliptical = is_elliptical(text) and state.topic is not None
    supposed = state.topic is not None and intent("supposes").search(text) is not None
    # “那我们车间有两个师傅评上了全国技术能手，他俩总共加多少？” after asking of 中华技能大奖: people counted by
    # what they have, in a follow-up, are a group of their own — not added to what was asked of before
    counted = state.topic is not None and any(k in FACTS and FACTS[k].kind == "counts" for k in facts) and not facts.get("_correction")
    if (elliptical or supposed or counted) and any(k in FACTS and FACTS[k].kind in ("set", "counts") for k in facts) and not intent("adds_member").search(text):
        # “那中华技能大奖呢？” after 全国技术能手, “厂长说明年推荐我报中华技能大奖，要是评上了…”: the member
        # asked about instead (“再加一个…呢”: besides)
        facts["_only"] = True
    if elliptical:
        for key in list(facts):
            spec = FACTS.get(key)
            if spec is not None and spec.elliptical and spec.elliptical in topic_inputs and spec.elliptical not in facts:
                facts[spec.elliptical] = facts.pop(key)
    if supposed and "target_skill" in facts and "skill_level" not in facts and "skill_level" in topic_inputs and intent("supposed_obtained").search(text):
        # “那我要是明年把高级技师也考下来，之后还得再干几年才能报副高？” after 技师: the level supposed obtained is the one
        # the case is then decided on (its day the one said), not one still wanted
        facts["skill_level"] = facts.pop("target_skill")
    # (“明年想冲一下国家级的，要是评上了给多少”: a case supposed changes the element it names, as a follow-up does)
    _said_in_topic_vocabulary(state, facts, topic_inputs, changing=elliptical or supposed or bool(facts.get("_correction")), text=text)
    removed: frozenset[str] = frozenset()
    if _opens_another_person(text):
        # “那我们班组的老李呢？他也…”: what was said of the first person is not said of this one; the place is
        # (as is what an opening question asked of no one in particular set — “村里公益性岗位安置的困难人员…” before
        # “老王…”, “那老李呢？”: the group both are of)
        of_person = _said_of_a_person(state.context)
        removed = frozenset(k for k in state.facts if k not in facts and k not in _PLACE and (of_person is None or k in of_person))
        if any(k in FACTS and FACTS[k].kind == "set" for k in facts):
            facts["_only"] = True  # (what this one has — 全国技术能手 — is theirs alone, not added to the first one's 世赛铜牌)
    # (“那能不能直接评首席技师？”: a fact the topic reads said anew is the element changed, whatever the form)
    own = elliptical and opens_own_question(text) and not any(k in topic_inputs for k in facts)
    return Reading(facts, filled, elliptical, removed, asks=bool(intent("asks_something").search(text)), adds=intent("late_fact").match(text) is not None, own_question=own)


def _opens_another_person(text: str) -> bool:
    """Whether a sentence of the message opens a follow-up about someone else — the first, or one after a short reply
    to what was asked (“是头一回。那我老婆呢？她…”: the reply is the first person's, the question the other's).

    >>> _opens_another_person("是头一回。那我老婆呢？她也开了个店"), _opens_another_person("那我老婆呢？")
    (True, True)
    >>> _opens_another_person("是头一回。那正高呢？")
    False
    """
    return any(intent("another_person").search(part.strip()) for part in re.split(r"(?<=[。！!？?；;])", text) if part.strip())


def _level_named_to_one_with_a_title(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“高级技师” said alone, in a conversation with someone who holds a 职称 and no 技能等级 about the 技能等级 they
    may apply for: the level named is the one wanted, not one held.

    >>> s = DialogueState(facts={"title_level": "助理级"}, topic="skill_for_titled")
    >>> f = {"skill_level": "高级技师"}
    >>> _level_named_to_one_with_a_title("高级技师", s, f, frozenset({"skill_level", "target_skill", "title_level"})); f
    {'target_skill': '高级技师'}
    >>> f = {"skill_level": "高级技师"}
    >>> _level_named_to_one_with_a_title("我是高级技师", s, f, frozenset({"skill_level", "target_skill", "title_level"})); f
    {'skill_level': '高级技师'}
    """
    level = facts.get("skill_level")
    if (
        level is None
        or "target_skill" in facts
        or "target_skill" not in topic_inputs
        or not state.facts.get("title_level")
        or state.facts.get("skill_level")
        or text.strip().strip("。？?！!，, ").removesuffix("吧").removesuffix("呢") != level
    ):
        return
    facts["target_skill"] = facts.pop("skill_level")


def _count_of_the_answers_thing(
    text: str, asked: str | None, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str], as_of: date | None = None
) -> str | None:
    """“12个” after an answer that counted one thing with 个 (“未满15个工作日的不予发放”): the count is of that thing —
    the reply read with the thing's name after its number — when that names one fact the topic reads and the
    conversation does not yet hold.

    >>> s = DialogueState(topic="internship_allowance")
    >>> f = {}
    >>> _count_of_the_answers_thing("12个", "见习满15个工作日（含）不满1个月的按1个月发放，未满15个工作日的不予发放。", s, f, frozenset({"working_days", "min_wage"})), f
    ('working_days', {'working_days': 12})
    >>> _count_of_the_answers_thing("12个", "每人每月1128元。", s, {}, frozenset({"working_days"})) is None
    True
    """
    m = lone_mention(text)
    if m is None or m.word != "个" or not asked:
        return None
    # (not months nor people: “按1个月发放” is no count of a thing, and people are counted by their own ways)
    things = set(re.findall(r"\d+个(?![月人])([\u4e00-\u9fff]{1,3}?)(?=[（(，,。；的内以]|$)", asked))
    if len(things) != 1:
        return None
    read = extract_facts(f"{text.strip().rstrip('。？?！!')}{things.pop()}", as_of)
    able = [k for k in read if k in topic_inputs and k not in state.facts and k not in facts]
    if len(able) != 1:
        return None
    facts[able[0]] = read[able[0]]
    return able[0]


def _said_in_topic_vocabulary(state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str], changing: bool, text: str = "") -> None:
    """“省级” after “就业见习基地评上了有没有奖励啊”, “那要是评上国家级的呢？” after 省级就业见习基地: a
    value read as a fact the topic does not read (a level named, 国家级) that is one of the choices of
    exactly one fact the topic reads (基地级别) is that fact — when it is not yet known, or, in a changed
    element or a correction (``changing``), when it is the one held.

    >>> s = DialogueState(topic="internship_base_award")
    >>> f = {"level_named": "省级"}
    >>> _said_in_topic_vocabulary(s, f, frozenset({"base_level"}), False); f["base_level"]
    '省级'
    >>> s = DialogueState(facts={"base_level": "省级"}, topic="internship_base_award")
    >>> f = {"level_named": "国家级"}
    >>> _said_in_topic_vocabulary(s, f, frozenset({"base_level"}), False); "base_level" in f
    False
    >>> _said_in_topic_vocabulary(s, f, frozenset({"base_level"}), True); f["base_level"]
    '国家级'

    The value held denied in the message (“我们没走省级，今年直接申报的国家级”, “其实我们不是省级”) is a
    correction too: the value said beside it takes its place.

    >>> f = {"level_named": "国家级"}
    >>> _said_in_topic_vocabulary(s, f, frozenset({"base_level"}), False, "我们没走省级，今年直接申报的国家级"); f["base_level"]
    '国家级'
    """
    if state.topic is None:
        return
    for key in list(facts):
        spec = FACTS.get(key)
        if spec is None or spec.kind != "str" or key in topic_inputs or not isinstance(facts[key], str):
            continue
        same = [k for k in topic_inputs if k in FACTS and k not in facts and FACTS[k].kind == "str" and facts[key] in FACTS[k].choices]
        if len(same) == 1 and (same[0] not in state.facts or changing or _held_denied(text, state.facts[same[0]])):
            facts[same[0]] = facts[key]


def _held_denied(text: str, held: Any) -> bool:
    """Whether the message denies the value the conversation holds (“没走省级”, “其实我们不是省级”): the words
    right before it, in its clause, are a denial (intents ``held_value_denied_before``).

    >>> _held_denied("我们没走省级，今年直接申报的国家级", "省级"), _held_denied("省级的也想问问", "省级")
    (True, False)
    """
    if not text or not isinstance(held, str) or not held:
        return False
    for m in re.finditer(re.escape(held), text):
        before = re.split(r"[，,。；;！!？?]", text[max(0, m.start() - 10) : m.start()])[-1]
        if intent("held_value_denied_before").search(before):
            return True
    return False


def opens_own_question(text: str) -> bool:
    """A message that is elliptical only because it opens with 那 and then asks a whole question of its
    own (“那直播的时候，招聘岗位能写只招男的吗？”): what it asks is not the previous question with one
    element changed (“那正高呢？”, “那要是15天呢”, “那如果在河南，能评吗”), so the words it says may name
    another topic of the conversation's document.

    >>> opens_own_question("那直播的时候，招聘岗位能写只招男的吗？"), opens_own_question("那正高呢？"), opens_own_question("那如果在河南，能评吗")
    (True, False, False)
    >>> opens_own_question("那能领多少？"), opens_own_question("那河南")
    (True, False)
    """
    text = text.strip()
    return bool(intent("opens_with_then").match(text)) and not intent("changed_tail").search(text) and not intent("lead_question").match(text) and asks_something(text)


_PLACE = frozenset({"province", "city"})  # facts of where, not of whom: they carry to another person


def _said_of_a_person(context: str) -> frozenset[str] | None:
    """When a conversation opened with a question of no one in particular (no 我, 他, 老王 …: “村里公益性岗位安置的困难人员，
    岗位补贴最长能给几年？”), the facts its later messages said — of the person asked of then (“老王离法定退休年龄还差7年”);
    the rest is the setting everyone asked of later shares.  None when the opening is someone's own case, or the
    context kept no longer begins with it: then all that was said is that person's.

    >>> sorted(_said_of_a_person("村里公益性岗位安置的困难人员，岗位补贴最长能给几年？ 老王离法定退休年龄还差7年，他能补几年？"))
    ['asks_period', 'years_to_retirement']
    >>> _said_of_a_person("我是公益性岗位上的困难人员，补几年？ 那老李呢？") is None
    True
    """
    if not context or len(context) >= CONTEXT_CHARS:
        return None
    opening, *later = context.split(" ")
    if not later or any(intent(n).search(opening) for n in ("speaks_of_own_case", "person_named", "person_kin")):
        return None
    return frozenset(k for m in later for k in extract_facts(m))


# a bare 初级/中级/高级 is a 职称 level only where 职称 is talked about (talks_of_title); beside a 技能等级
# it is that ladder's level
_BARE_LEVEL = {"初级": "初级工", "中级": "中级工", "高级": "高级工"}


def _on_skill_ladder(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str] = frozenset()) -> None:
    """“焊工高级工证三年前就拿了，这次考的是中级”, or “中级” after talk of 技能等级: a bare level
    word read as the 技能等级 the conversation is about, not as a 职称.

    It goes where the ladder has room: the level wanted when a level held is already said (in
    this message or before) and differs, else the level held.  Nothing moves when the message
    or the conversation talks of 职称.

    >>> f = {"skill_level": "高级工", "title_level": "中级"}
    >>> _on_skill_ladder("焊工高级工证3年前就拿了，这次考的是中级", DialogueState(), f); f
    {'skill_level': '高级工', 'target_skill': '中级工'}
    >>> f = {"target_title": "中级"}
    >>> _on_skill_ladder("想考中级", DialogueState(facts={"skill_level": "初级工"}), f); f
    {'target_skill': '中级工'}
    >>> f = {"target_title": "中级"}
    >>> _on_skill_ladder("想评中级职称", DialogueState(facts={"skill_level": "高级工"}), f); f
    {'target_title': '中级'}

    A conversation whose topic reads a 职称 wanted and no 技能等级 wanted talks of 职称 (“我想评职称”
    … then “都合格。我想报中级，行不行”):
    >>> f = {"target_title": "中级"}
    >>> _on_skill_ladder("我想报中级", DialogueState(facts={"skill_level": "技师"}), f, frozenset({"skill_level", "target_title"})); f
    {'target_title': '中级'}
    """
    said = {k: facts[k] for k in ("title_level", "target_title") if facts.get(k) in _BARE_LEVEL}
    if not said or intent("talks_of_title").search(text) or ("target_title" in topic_inputs and "target_skill" not in topic_inputs):
        return
    if any(k in state.facts for k in ("title_level", "target_title")) or any(k in facts for k in ("title_level", "target_title") if k not in said):
        return
    held = facts.get("skill_level") or state.facts.get("skill_level")
    if not held and not any(k in facts or k in state.facts for k in ("target_skill",)):
        return
    for key, value in said.items():
        level = _BARE_LEVEL[value]
        del facts[key]
        if key == "target_title" or (held and held != level):
            if "target_skill" not in facts:
                facts["target_skill"] = level
        elif "skill_level" not in facts:
            facts["skill_level"] = level


_LEVEL_FACTS = ("skill_level", "target_skill", "title_level", "target_title")


def _occasions_of_this_occupation(pending: str, state: DialogueState, facts: dict[str, Any]) -> None:
    """“领过，前年考初级的时候领过一次” to “此前已经享受过几次？”, in a conversation about one
    occupation: the occasions are named by a level only, so they were of that occupation (the
    fact the pending one declares as ``occasions``), and the level describes that past occasion —
    it is neither held now nor wanted.

    >>> s = DialogueState(facts={"occupations": frozenset({"育婴员"}), "skill_level": "中级工"}, pending="times_received")
    >>> f = {"times_received": 1, "target_skill": "初级工"}
    >>> _occasions_of_this_occupation("times_received", s, f); f
    {'times_received': 1, 'same_occupation': True}
    >>> f = {"times_received": 1, "occupations": frozenset({"电工"}), "target_skill": "初级工"}
    >>> _occasions_of_this_occupation("times_received", s, f); f["same_occupation"] if "same_occupation" in f else None
    """
    spec = FACTS.get(pending)
    if spec is None or not spec.occasions or spec.occasions in facts or not facts.get(pending):
        return
    held = state.facts.get("occupations")
    said = facts.get("occupations")
    levels = [k for k in _LEVEL_FACTS if k in facts]
    if not levels or not held or len(held) != 1 or (said and said != held):
        return
    for key in levels:
        del facts[key]
    facts[spec.occasions] = True


_REPLY_CLAUSE = re.compile(r"[，,。；;！!]+")


def _fill_asked_in_transcript(text: str, state: DialogueState, facts: dict[str, Any], asked: str | None) -> str | None:
    """“26了，大专毕业四年多了” to a transcript's “你今年多大？什么学历、毕业多久了？”: the assistant's
    turn as shown asked for facts by their declared wording (``asked`` in ``facts/*.yaml``), not
    necessarily the one this assistant would have asked; a clause of the reply that is a bare
    answer to one of them (a number in its unit, a count of times) is that fact.

    Only numbers are read so, one clause each, and only for facts the message did not state
    otherwise; a bare yes or no is read this way only when the question asked for one fact.

    >>> f = {"years_since_graduation": 4}
    >>> _fill_asked_in_transcript("26了，大专毕业4年多了", DialogueState(pending="person_categories"), f, "你今年多大？什么学历、毕业多久了？"), f["age"]
    ('age', 26)
    >>> f = {}
    >>> _fill_asked_in_transcript("3次了，厨师、保安、叉车各1次", DialogueState(pending="certificate_obtained"), f, "你以前享受过几次职业培训补贴？"), f
    ('times_received', {'times_received': 3})
    >>> _fill_asked_in_transcript("26了", DialogueState(), {}, "您的企业在哪个城市？")
    >>> _fill_asked_in_transcript("55", DialogueState(pending="years_to_retirement"), {}, "请问初次核定享受补贴时，您距法定退休年龄还有几年？")
    """
    from assistant.text import normalize
    from assistant.understand.replies import _last_questions

    questions = _last_questions(asked)
    own = normalize(FACTS[state.pending].question).split("{")[0] if state.pending else None  # “…取得{skill_level}等级的？”: up to the name
    if not questions or (own and own in normalize(asked or "")):
        return None  # the assistant's own question: the pending fact is what it asked
    wanted = [k for k, spec in FACTS.items() if spec.asked and k not in facts and any(re.search(spec.asked, q) for q in questions)]
    clauses = [c for c in _REPLY_CLAUSE.split(text) if c.strip()]
    filled = None
    for key in wanted:
        spec = FACTS[key]
        if spec.kind not in ("int", "decimal") and len(wanted) != 1:
            continue
        for clause in clauses:
            value = read_reply(clause, key, asked)
            if value and coerce(key, value[key]) is not None:
                facts.update(value)
                filled = filled or key
                break
    return filled


def _fill_ratio_part(text: str, state: DialogueState, facts: dict[str, Any]) -> str | None:
    """“30个” answering “培训结束后的就业率是多少？” when the number trained is known: a rate asked
    (``ratio_of: [part, whole]``) answered by a count is its part, the rate derived from the two.

    >>> f = {}
    >>> _fill_ratio_part("30个", DialogueState(facts={"trainees_count": 40}, pending="employment_rate"), f), f
    ('employment_rate', {'employed_count': 30})
    >>> f = {}
    >>> _fill_ratio_part("30个", DialogueState(pending="employment_rate"), f), f
    (None, {})

    The count said with what the part did (“17个人上岗了”), read as a number of people, is the part:
    >>> f = {"people_count": 17}
    >>> _fill_ratio_part("17个人上岗了", DialogueState(facts={"trainees_count": 20}, pending="employment_rate"), f), f
    ('employment_rate', {'employed_count': 17})
    """
    ratio = FACTS[state.pending].ratio_of
    if not ratio or ratio[0] in facts or (ratio[1] not in state.facts and ratio[1] not in facts):
        return None
    value = read_reply(text, ratio[0])
    if not value:
        generic = [k for k in facts if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]
        if len(generic) != 1:
            return None
        value = {ratio[0]: facts.pop(generic[0])}
    facts.update(value)
    return state.pending


def _fill_by_source(pending: str, facts: dict[str, Any]) -> str | None:
    """“就十几个人” to “企业属于大型企业，还是中小微企业？”: the reply gives the fact the one asked
    for follows from (declared ``implied``: headcount → 企业规模), said as a bare number of people.

    The generic count read from the reply becomes that source fact; the pending fact then follows
    from it when the facts are merged (and is shown as understood, to be corrected).

    >>> f = {"people_count": 10}
    >>> _fill_by_source("employer_size", f), f
    ('employer_size', {'headcount': 10})
    >>> _fill_by_source("annual_appraisal_passed", {"people_count": 10})
    """
    spec = FACTS.get(pending)
    if spec is None or not spec.implied:
        return None
    sources = [r.source for r in spec.implied if r.below is not None and r.source in FACTS and FACTS[r.source].counts_people]
    generic = [k for k in facts if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]
    if not sources or len(generic) != 1 or sources[0] in facts:
        return None
    facts[sources[0]] = facts.pop(generic[0])
    return pending


def _partly_corrected(text: str, state: DialogueState, read: dict[str, Any], said_by: str = "said_instead") -> dict[str, Any]:
    """“说错了，是金牌” after 国赛银牌: a correction that names only the part that changes (and, ``said_by``
    ``said_instead_asked``, a follow-up that asks of it changed: “那金牌呢”).

    For each value held of a fact with declared choices (and not read again in this
    message), the choice that differs from it only in what the person now says
    (“金牌” for “银牌” in 国赛银牌 → 国赛金牌) replaces it; nothing when that is not one choice.

    >>> s = DialogueState(facts={"awards": frozenset({"国赛银牌"})})
    >>> _partly_corrected("说错了，是金牌，银牌是前年那届", s, {})
    {'awards': frozenset({'国赛金牌'}), '_only': True}
    >>> _partly_corrected("说错了，是金牌", DialogueState(facts={"awards": frozenset({"全国技术能手"})}), {})
    {}
    >>> _partly_corrected("那金牌呢", s, {}, "said_instead_asked")
    {'awards': frozenset({'国赛金牌'}), '_only': True}
    """
    said = [m.group("said") for m in intent(said_by).finditer(text)]
    out: dict[str, Any] = {}
    for key, held in state.facts.items():
        spec = FACTS.get(key)
        if spec is None or not spec.choices or key in read or spec.kind not in (("str", "set") if said_by == "said_instead" else ("set",)):
            continue  # (a follow-up changes what is held in a list — a medal — not a level, which a ladder reads: 那正高呢)
        values = sorted(held) if spec.kind == "set" else [held]
        changed = {}
        for value in values:
            value = str(value)
            options = set()
            for choice in spec.choices:
                if choice == value or len(choice) != len(value):
                    continue
                start = next(i for i, (a, b) in enumerate(zip(value, choice)) if a != b)
                new_part = choice[start:]
                fits = any(w == new_part or (len(new_part) >= 2 and w.startswith(new_part)) or (len(w) >= 2 and new_part.startswith(w)) for w in said)
                if fits and choice[:start] == value[:start]:
                    options.add(choice)
            if len(options) == 1:
                changed[value] = options.pop()
        if changed:
            out[key] = frozenset(changed.get(str(v), v) for v in values) if spec.kind == "set" else changed[str(held)]
            if spec.kind == "set":
                out["_only"] = True
    return out


_YEAR_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:(\d{1,2})月)?")


def _date_corrected(text: str, state: DialogueState, read: dict[str, Any]) -> dict[str, Any]:
    """“不对，是前年”“说错了，是2023年3月”: a correction that only gives a date replaces the one
    date the conversation holds (the year a level was obtained, or one left school).

    >>> _date_corrected("不对，是2024年", DialogueState(facts={"level_obtained_year": 2025}), {})
    {'level_obtained_year': 2024}
    >>> _date_corrected("不对，是2024年", DialogueState(facts={"level_obtained_year": 2025, "graduation_year": 2020}), {})
    {}
    >>> _date_corrected("哦我搞错了，我家2024年12月就退出低保了", DialogueState(facts={"graduation_year": 2025, "graduation_month": 6}), {})
    {}
    """
    m = _YEAR_SAID.search(text)
    if m is None or any(k in FACTS and (FACTS[k].kind == "date" or FACTS[k].label.endswith(("年份", "月份"))) for k in read):
        return {}
    end = min([i for i in (text.find(c, m.end()) for c in "，,。；;！!？?\n") if i != -1] or [len(text)])
    if not intent("date_corrected_tail").regex.fullmatch(text[m.end() : end]):
        return {}  # “我家2024年12月就退出低保了”: the date of another event, not the one held corrected
    held = [k for k in state.facts if k in FACTS and (FACTS[k].kind == "date" or FACTS[k].label.endswith("年份"))]
    groups = {FACTS[k].label.removesuffix("年份").removesuffix("的日期") for k in held}
    if len(groups) != 1:
        return {}
    year, month = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    out: dict[str, Any] = {}
    for key in held:
        if FACTS[key].kind == "date":
            out[key] = date(year, month or 1, 1)
        else:
            out[key] = year
            months = [k for k in state.facts if k in FACTS and FACTS[k].label == FACTS[key].label.replace("年份", "月份")]
            for k in months:
                if month:
                    out[k] = month
    return out


def _years_corrected(state: DialogueState, read: dict[str, Any]) -> None:
    """“等一下，我算了算，其实才16年” after “干这行18年了”: a correction whose number of years no way
    of the message claims (``_years``) replaces the one number of years the conversation holds,
    whichever fact that is (the years in the job, the years since the level, …).

    >>> r = {"_years": 16, "_correction": True}
    >>> _years_corrected(DialogueState(facts={"skill_level": "高级技师", "years_in_occupation": 18}), r); r
    {'_correction': True, 'years_in_occupation': Decimal('16')}
    >>> r = {"_years": 3, "_correction": True}
    >>> _years_corrected(DialogueState(facts={"years_in_occupation": 18, "years_since_level": 5}), r); r
    {'_years': 3, '_correction': True}
    >>> r = {"_years": 3, "level_obtained_year": 2025, "_correction": True}
    >>> _years_corrected(DialogueState(facts={"skill_level": "高级工", "years_since_level": 3}), r); "years_since_level" in r
    False
    """
    if "_years" not in read:
        return
    held = [k for k in state.facts if k in FACTS and FACTS[k].kind in ("int", "decimal") and k not in read
            and any(m.get("unit") == "年" for m in FACTS[k].mentions)]
    if any(d in read for k in held for d in FACTS[k].dated_by):
        return  # (“干了三年多的是中级工，高级工证去年4月才拿到”: the day told anew that counts those years counts them)
    if len(held) == 1:
        value = read["_years"]
        typed = value if isinstance(value, Span) else coerce(held[0], value)
        if typed is not None:
            del read["_years"]
            read[held[0]] = typed


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count_follow_up(text: str, state: DialogueState, read: dict[str, Any], topic_inputs: frozenset[str] = frozenset()) -> None:
    """A number of people said as a correction (“说错了，是7个人”), a changed element (“要是招了12个呢”)
    or an addition (“另外还有2个…也是那会儿招的，加起来一共多少”) goes to the count the conversation
    holds, not to the generic one (人数) beside it.  With none held, a follow-up's number of people
    (“那一共25个人呢”) goes to the one specific count the topic's rules read (培训人数).

    >>> s = DialogueState(facts={"training_days": 12}, topic="training_subsidy_amount")
    >>> r = {"people_count": 25}
    >>> _count_follow_up("那一共25个人呢", s, r, frozenset({"training_days", "trainees_count", "people_count"}))
    >>> r
    {'trainees_count': 25}
    >>> r = {"people_count": 30}
    >>> _count_follow_up("15天，30个人，一共多少？", s, r, frozenset({"training_days", "trainees_count"}))
    >>> r
    {'trainees_count': 30}
    >>> s = DialogueState(facts={"trainees_count": 80}, topic="training_subsidy_amount")
    >>> r = {"people_count": 3}
    >>> _count_follow_up("要是再加3个人呢", s, r, frozenset({"trainees_count"}))
    >>> r
    {'trainees_count': 83}
    >>> s = DialogueState(facts={"hires_count": 4}, topic="absorb_employment_subsidy")
    >>> r = {"people_count": 2, "_correction": True}
    >>> _count_follow_up("不对，我漏说了，还有2个是就业困难人员，总共6个", s, r); r
    {'hires_count': 6}
    >>> s = DialogueState(facts={"hires_count": 8, "people_count": 8}, topic="assistance_base_award")
    >>> r = {"hires_count": 2, "people_count": 3}
    >>> _count_follow_up("上个月又招了3个，2个是脱贫户，1个不是", s, r); r
    {'hires_count': 10}
    >>> s = DialogueState(facts={"hires_count": 3}, topic="absorb_employment_subsidy")
    >>> r = {"people_count": 2}
    >>> _count_follow_up("那再加2个就业困难人员呢", s, r); r
    {'hires_count': 5}
    >>> s = DialogueState(facts={"interns_count": 8, "people_count": 8}, topic="internship_subsidy")
    >>> r = {"interns_count": 11, "people_count": 3}
    >>> _count_follow_up("这周又来了3个，现在一共11个见习生了", s, r); r
    {'interns_count': 11}
    """
    if _count_removed(text, state, read) or _part_denied_kind(text, state, read):
        return
    again = intent("hired_again").search(text) or intent("another_batch").search(text)
    if again and not read.get("_correction"):
        # “又招了5个，4个是脱贫户”: people taken on besides those held — the count the message gives (of the group
        # counted) is added to the same count the conversation holds, and a generic count beside it follows
        for key in [k for k in read if k in FACTS and FACTS[k].kind == "counts" and state.facts.get(k)]:
            # (“招了8个脱贫户” then “又招了3个，2个是脱贫户”: the people of each kind added to those of that kind held)
            held = dict(state.facts[key])
            for member, n in dict(read[key]).items():
                held[member] = held.get(member, 0) + n
            read[key] = tuple(sorted(held.items()))
        added = [k for k in read if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and _is_count(state.facts.get(k)) and _is_count(read[k])]
        total = intent("total_people_said").search(text)
        if total is not None:
            # “这周又来了3个，现在一共11个见习生了”: the total said with those come is the count, not more besides it
            said = int(total.group("n"))
            if any(read[k] == said for k in added):
                for key in [k for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]:
                    read.pop(key)
                return
        for key in added:
            read[key] = state.facts[key] + read[key]
        if added:
            for key in [k for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]:
                read.pop(key)
            return
        # “那再加2个就业困难人员呢”: people added, said by what they are — added to the one count held
        generic = [k for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback and _is_count(read[k])]
        held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and _is_count(state.facts[k])]
        if generic and len(held) == 1:
            read[held[0]] = state.facts[held[0]] + read.pop(generic[0])
            return
    # (“不好意思说错了，培训完只有15个人找到工作”: the number is of those placed, a part of the people held — the part of a
    # ratio a fact declares (就业率 = employed_count / trainees_count) — not a new count of the people)
    parts = {spec.ratio_of[0] for spec in FACTS.values() if spec.ratio_of}
    placed = [k for k in read if k in parts and _is_count(read[k])]
    if placed and any(k in FACTS and FACTS[k].counts_people for k in state.facts):
        for key in [k for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback and read[k] == read[placed[0]]]:
            read.pop(key)
    missed = bool(intent("left_out").search(text))
    if missed and read.get("_correction"):
        # “不对，我漏说了，还有2个是就业困难人员”: what was left out is added, not put in place of what was said
        read.pop("_correction")
    generic = [k for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]
    total = intent("total_people_said").search(text)
    if total is not None and not generic and not any(k in FACTS and FACTS[k].counts_people for k in read):
        # “哦不对，有一个试用期就走了没签合同，算5个”: the count to go by said alone — the one count held becomes it
        held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback]
        if len(held) == 1:
            read[held[0]] = int(total.group("n"))
            for key in [k for k in state.facts if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]:
                read[key] = int(total.group("n"))
            return
    if total is not None and generic:
        # “…，总共7个”: the total said is the count held, whatever the number added beside it
        held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and k not in read]
        if len(held) == 1:
            read.pop(generic[0])
            read[held[0]] = int(total.group("n"))
            return
    if not generic:
        _bare_count_corrected(text, state, read)
        return
    held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and k not in read]
    if not held and state.topic is not None:
        held = [k for k in topic_inputs if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and k not in read]
        if len(held) == 1 and (is_elliptical(text) or generic[0] not in topic_inputs):
            # (a number of people the topic's rules do not read as such is the one count they do read)
            read[held[0]] = read.pop(generic[0])
        return
    # (“另外还有2个…”, “要是再加3个人呢”, “漏说了，还有2个”: more people besides those held)
    adding = bool(intent("adds_to_count").match(text.strip()) or intent("more_people").search(text) or intent("another_batch").search(text) or (missed and intent("more_said_after_left_out").search(text)))
    if len(held) != 1 or not (read.get("_correction") or adding or is_elliptical(text)):
        return
    value = read.pop(generic[0])
    read[held[0]] = state.facts[held[0]] + value if adding else value


def _count_removed(text: str, state: DialogueState, read: dict[str, Any]) -> bool:
    """“其中有1个其实是26岁的…把他去掉，剩下的一共多少”: the people singled out of the group held, taken off it
    (``removes_from_count``) — the count the conversation holds less the number singled out, read as that count
    or as the generic one; the generic count follows.  True when it did so.

    >>> s = DialogueState(facts={"interns_count": 5, "people_count": 5}, topic="internship_subsidy")
    >>> r = {"people_count": 1, "hires_count": 1, "_correction": True}
    >>> _count_removed("其中有1个其实是26岁的，把他去掉，剩下的一共多少", s, r), r["interns_count"], r["people_count"]
    (True, 4, 4)
    >>> _count_removed("其中有1个是26岁的，一共多少", s, {"people_count": 1})
    False
    >>> s = DialogueState(facts={"trainees_count": 25, "people_count": 25}, topic="enterprise_training_subsidy")
    >>> r = {"people_count": 25}
    >>> _count_removed("那25个里面有3个是这个月才入职的，培训根本没赶上，没参加。那现在能拿多少？", s, r), r["trainees_count"]
    (True, 22)
    """
    if not intent("removes_from_count").search(text):
        return False
    held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and _is_count(state.facts[k])]
    if len(held) != 1:
        return False
    key = held[0]
    singled = intent("singled_out_count").search(text)
    said = int(singled.group("n")) if singled else read.get(key) if _is_count(read.get(key)) else next((read[k] for k in read if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback and _is_count(read[k])), None)
    if said is None or not 0 < said < state.facts[key]:
        return False
    left = state.facts[key] - said
    for k in [k for k in read if k in FACTS and FACTS[k].counts_people and _is_count(read[k])]:
        read.pop(k)  # the number singled out is no count of the group now
    read[key] = left
    for k in state.facts:
        if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback:
            read[k] = left
    read.pop("_correction", None)
    return True


def _part_denied_kind(text: str, state: DialogueState, read: dict[str, Any]) -> bool:
    """Some of a group counted by kind singled out and said not to be of that kind: “说错了，那12个里头有4个是我们村的
    普通农户，不是脱贫户” — the kind's count held less those singled out (the denial is theirs, not said of all); “其中
    一个评上的是中华技能大奖，不是技术能手” — moved to the kind now said of them.  True when it did so.

    >>> s = DialogueState(facts={"hires_count": 12, "category_counts": (("脱贫人口", 12),), "person_categories": frozenset({"脱贫人口"})}, topic="assistance_base_award")
    >>> r = {"excluded_categories": frozenset({"脱贫人口"}), "_correction": True}
    >>> _part_denied_kind("说错了，那12个里头有4个是我们村的普通农户，不是脱贫户", s, r), r
    (True, {'category_counts': (('脱贫人口', 8),)})
    >>> s = DialogueState(facts={"awards": frozenset({"全国技术能手"}), "award_counts": (("全国技术能手", 4),)}, topic="award_bonus")
    >>> r = {"awards": frozenset({"中华技能大奖"}), "people_count": 1, "_correction": True}
    >>> _part_denied_kind("搞错了，其中1个评上的是中华技能大奖，不是技术能手", s, r), sorted(r["awards"]), r["award_counts"]
    (True, ['中华技能大奖', '全国技术能手'], (('全国技术能手', 3), ('中华技能大奖', 1)))
    """
    singled = intent("singled_out_count").search(text)
    if singled is None:
        return False
    n = int(singled.group("n"))
    for set_key, counts_key in COUNTED_SETS:  # (person_categories → category_counts, awards → award_counts)
        counts = dict(state.facts.get(counts_key) or ())
        if not counts:
            continue
        denied = frozenset(read.get(FACTS[set_key].terms.negated_into or "") or ()) if FACTS[set_key].terms else frozenset()
        now = [k for k in read.get(set_key) or () if k not in counts]
        kinds = [k for k in denied if k in counts] or (list(counts) if now and len(counts) == 1 else [])
        if len(kinds) != 1 or len(now) > 1 or read.get(counts_key) or not 0 < n < counts[kinds[0]]:
            continue
        counts[kinds[0]] -= n
        if now:  # said to be of another kind the conversation counts (中华技能大奖): moved to it
            counts[now[0]] = n
            read[set_key] = frozenset(counts)
        elif set_key in read:
            return False  # (said to be of a kind besides: “其中有4个不是脱贫户，是失业人员” — told apart in a total)
        if FACTS[set_key].terms and FACTS[set_key].terms.negated_into:
            read.pop(FACTS[set_key].terms.negated_into, None)
        for k in [k for k in read if k in FACTS and FACTS[k].counts_people and _is_count(read[k])]:
            read.pop(k)  # the number singled out is no count of the group
        read[counts_key] = tuple(counts.items())
        read.pop("_correction", None)
        return True
    return False


_PEOPLE_UNITS = frozenset({"个", "名", "位", "人", "个人"})


def _bare_count_corrected(text: str, state: DialogueState, read: dict[str, Any]) -> None:
    """“哦不对，最后考核过关的只有18个”, “算错了，其实有12个通过的”: in a correction, the one number of people
    said with nothing counted named after it (``count_names_nothing_after``) — which no way of a count of people
    took, for it names no one — is the count of people the conversation holds, the new value in its place.

    >>> s = DialogueState(facts={"trainees_count": 20, "people_count": 20}, topic="training_subsidy_amount")
    >>> r = {"_correction": True}
    >>> _bare_count_corrected("哦不对，最后考核过关、录进系统的只有18个", s, r); r["trainees_count"]
    18
    >>> r = {"_correction": True}
    >>> _bare_count_corrected("说错了，有2个中途走了，最后还在的只剩18个", s, r); r["trainees_count"]
    18
    >>> r = {"_correction": True}
    >>> _bare_count_corrected("不对，是18个证书", s, r); "trainees_count" in r
    False
    >>> r = {}
    >>> _bare_count_corrected("最后考核过关的有18个", s, r); "trainees_count" in r
    False
    >>> r = {"_correction": True}
    >>> _bare_count_corrected("不对，实际是就业了17个", s, r); "trainees_count" in r
    False
    """
    if not read.get("_correction") or any(k in FACTS and FACTS[k].counts_people for k in read):
        return
    held = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and not FACTS[k].fallback and _is_count(state.facts[k])]
    taken = read_mentions_at(text)[1]  # (“实际是留下了7个”: a count of its own, the people retained)
    said = [m for m in scan(text) if not m.ordinal and m.span is None and not m.under and m.word in _PEOPLE_UNITS]
    if len(said) > 1:  # “有3个走了，现在还在岗的只剩8个”: of two counts, the one said as what is left
        said = [m for m in said if intent("count_remaining_before").search(m.before or "")]
    if any(m.start in taken for m in said):
        return
    if len(held) != 1 or len(said) != 1 or not intent("count_names_nothing_after").search(said[0].after or "。"):
        return
    if said[0].value != int(said[0].value) or said[0].value <= 0:
        return
    read[held[0]] = int(said[0].value)
    generic = [k for k in state.facts if k in FACTS and FACTS[k].counts_people and FACTS[k].fallback]
    for key in generic:
        read[key] = int(said[0].value)  # the generic count said with it before follows


def _count_said_again(text: str, state: DialogueState, read: dict[str, Any]) -> None:
    """“哦我想起来了，前年还参加过1次政府补贴的创业培训，也领了补贴” after “领过2次”: a count of occasions said
    with the words its fact declares ``again`` before it (还, 又, 也 …: ``mentions.said_again``), while the
    conversation holds a count of it, is more of it — added to the count held (2 + 1 = 3), not put in its place.
    A correction (“不对，是3次”) or the count said in all (“一共领过3次”) replaces it.

    >>> r = {"times_received": 1}
    >>> _count_said_again("前年回老家还参加过1次政府补贴的创业培训，也领了补贴", DialogueState(facts={"times_received": 2}), r); r
    {'times_received': 3}
    >>> r = {"times_received": 3}
    >>> _count_said_again("一共领过3次", DialogueState(facts={"times_received": 2}), r); r
    {'times_received': 3}
    >>> r = {}
    >>> _count_said_again("今年我又学了叉车，也领了补贴。明年还想学个电商直播", DialogueState(facts={"times_received": 2}), r); r
    {'times_received': 3}
    """
    if read.get("_correction"):
        return
    for key, value in list(read.items()):
        held = state.facts.get(key)
        if key not in FACTS or FACTS[key].kind != "int" or not isinstance(value, int) or isinstance(value, bool):
            continue
        if isinstance(held, int) and not isinstance(held, bool) and said_again(key, text):
            read[key] = held + value
    for key, held in state.facts.items():
        # “今年我又学了叉车，也领了补贴” after “领过2次”: one more occasion, its number unsaid (declared ``one_more``)
        spec = FACTS.get(key)
        if spec is not None and spec.one_more and key not in read and isinstance(held, int) and not isinstance(held, bool) and intent(spec.one_more).search(text):
            read[key] = held + 1


def _quantity_said_anew(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“机构刚通知说要加课，总共上12天，那按12天算能补多少？” after “培训8天”; “要是多贷点，贷到40万，按40万算呢”
    after a loan of 15万: a number said as the quantity anew — what it has become or is in all (变成, 加到, 延长到,
    总共上 …: intents ``quantity_anew_before``) or what a figure is to be counted by (按12天算: ``counted_by_before``
    and ``counted_by_after``) — is the one fact of the topic's rules said in that unit that the conversation
    holds (none held: the one it can be), the new value in place of the old; the rule then applies its own
    limits to it (a cap per person, a longest period, a ceiling).  A fact the topic does not read that took the
    number (“延长到4年” as years in the job, “贷到40万” as an amount mentioned) gives way to it.  Counts of people
    are left to ``_count_follow_up``.

    >>> s = DialogueState(facts={"training_days": 8}, topic="training_subsidy_amount")
    >>> f = {"asks_amount": True}
    >>> _quantity_said_anew("机构刚通知说要加课，总共上12天，那按12天算能补多少？", s, f, frozenset({"training_days", "trainees_count"})); f["training_days"]
    12
    >>> s = DialogueState(facts={"loan_amount": Decimal(150000), "interest_rate": Decimal("0.035")}, topic="startup_loan")
    >>> f = {"amount": Decimal(400000)}
    >>> _quantity_said_anew("要是多贷点，贷到40万，按40万算呢", s, f, frozenset({"loan_amount", "interest_rate", "loan_interest"})); f
    {'loan_amount': Decimal('400000')}
    >>> f = {}
    >>> _quantity_said_anew("培训了12天", DialogueState(facts={"training_days": 8}, topic="training_subsidy_amount"), f, frozenset({"training_days"})); f
    {}
    >>> f = {}
    >>> _quantity_said_anew("那要是我报的那个班是12天的呢？", DialogueState(facts={"training_days": 8}, topic="training_subsidy_amount"), f, frozenset({"training_days"})); f
    {'training_days': 12}
    >>> f = {"min_wage": Decimal(1980)}
    >>> _quantity_said_anew("我们这最低工资按1980算", DialogueState(facts={"retained_count": 9}, topic="internship_subsidy"), f, frozenset({"min_wage", "retained_count"})); f
    {'min_wage': Decimal('1980')}
    """
    if state.topic is None or not topic_inputs:
        return
    # (not the one more asked for when occasions are held: “那我这回学电工，还能再领1次补贴吗？” after “两回都领过” —
    # after “第一次考证” the one had then is what “再领1次” counts on, and it stands as said)
    def _one_more(m) -> bool:
        held = [v for k, v in state.facts.items() if k in topic_inputs and k in FACTS and _is_count(v) and takes(k, m)]
        return m.unit in ("次", "回") and bool(intent("one_more_before").search(m.before)) and any(v >= 1 for v in held)

    mentions = [m for m in scan(text) if not m.ordinal and m.span is None and not m.under and not _one_more(m)]
    anew = [
        m for m in mentions
        if intent("quantity_anew_before").search(m.before) or (intent("counted_by_before").search(m.before) and intent("counted_by_after").match(m.after))
    ]
    if not anew and (facts.get("_correction") or is_elliptical(text) or intent("supposes").search(text)):
        # “那要是我报的那个班是十二天的呢？”“记错了，现在每月交的是一千零五十”: in a follow-up that supposes or
        # corrects, the one number no fact of the message took is the quantity said anew, whatever the words before it
        # (not a value taken back: “培训是12天，不是10天”)
        taken = read_mentions_at(text)[1]
        # (a sum read only as money mentioned, ``amount``, is no fact of its own: “每月交的是一千二”)
        anew = [m for m in mentions if (m.start not in taken or (m.unit == "元" and facts.get("amount") == m.value)) and not intent("taken_back_before").search(m.before)]
        loose = True
    else:
        loose = False
    if not anew or len({(m.value, m.unit) for m in anew}) != 1:
        return
    m = anew[0]
    if any(k in topic_inputs and k in FACTS and FACTS[k].kind in ("int", "decimal") and takes(k, m) and facts[k] == coerce_mention(k, m) for k in facts):
        return  # “最低工资按1980算” after a count retained: the message's own words already read it as a fact the topic reads
    able = [k for k in sorted(topic_inputs) if k in FACTS and FACTS[k].kind in ("int", "decimal") and not FACTS[k].counts_people and not FACTS[k].ratio_of and takes(k, m)]
    held = [k for k in able if k in state.facts]
    # (a number no word of the message took replaces only a fact held: “那这3个都见习满半年的话” names no count kept on)
    target = held[0] if len(held) == 1 else (able[0] if not held and len(able) == 1 and not loose else None)
    if target is None or (loose and target in facts):
        return  # (what the message's own words read of that fact stands over a number no word of it took)
    if loose and any(d in facts for d in FACTS[target].dated_by):
        return  # (“干了三年多的是中级工，高级工证去年4月才拿到”: the day said counts the years, not a loose number)
    value = coerce_mention(target, m)
    if value is None:
        return
    for key in list(facts):
        spec = FACTS.get(key)
        if key == target or spec is None or key in topic_inputs or spec.kind not in ("int", "decimal") or not takes(key, m):
            continue
        if facts[key] == coerce_mention(key, m) or (key == "amount" and facts[key] == m.value):
            del facts[key]  # the number read as a fact the topic does not read: it is the quantity said anew
    facts[target] = value


def _years_of_staying(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“十七年了，始终在车间干”: a bare number of years said with the person having stayed in the trade all
    along (``stayed_in_trade``) is the years in the trade — when the topic reads them and none are held — not the
    years since a level (the merge's reading of bare years).

    >>> f = {"_years": 17, "in_post": True}
    >>> _years_of_staying("17年了，始终在车间干", DialogueState(topic="title_for_skilled", facts={"skill_level": "高级技师"}), f, frozenset({"years_in_occupation", "years_since_level"})); f
    {'in_post': True, 'years_in_occupation': 17}
    """
    if "_years" not in facts or "years_in_occupation" not in topic_inputs or "years_in_occupation" in state.facts or "years_in_occupation" in facts:
        return
    if intent("stayed_in_trade").search(text):
        facts["years_in_occupation"] = facts.pop("_years")


def _unclaimed_years_in_context(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“交了三年多，去年裁了5个” in a conversation about 稳岗返还: a number of years no way of this
    message claims (``_years``) is the one fact of the topic's rules said in years and not yet known
    (足额缴纳失业保险费的月数) when the words of one of its ways fit (“交了”), whatever its ``with``
    asks of the message (“失业保险”, said earlier or only implied by the topic).

    >>> s = DialogueState(topic="stabilization_refund")
    >>> f = {"_years": 3, "layoffs_count": 5}
    >>> _unclaimed_years_in_context("交了3年多，去年裁了5个", s, f, frozenset({"insured_months", "layoffs_count", "headcount"})); f
    {'layoffs_count': 5, 'insured_months': 36}
    >>> f = {"_years": 2}
    >>> _unclaimed_years_in_context("中间在超市做过2年收银", DialogueState(topic="internship_eligibility"), f, frozenset({"years_since_graduation", "age"})); f
    {'_years': 2}
    """
    if "_years" not in facts or state.topic is None:
        return
    taken = read_mentions_at(text)[1]
    free = [m for m in scan(text) if m.unit == "年" and m.start not in taken and not m.ordinal]
    if len(free) != 1:
        return
    said = {k: said_as(k, free[0]) for k in topic_inputs if k in FACTS and FACTS[k].kind in ("int", "decimal") and k not in facts and k not in state.facts}
    able = [k for k, value in said.items() if value is not None]
    if len(able) == 1:
        facts.pop("_years")
        facts[able[0]] = said[able[0]]


def _bare_clauses_by_unit(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“都是6个月，最低工资1880” in a conversation about 见习补贴: a clause that is a number and its unit
    alone (“都是6个月”, “12天”), which no fact of the message took, is the one fact of the topic's rules said
    in that unit and known neither before nor in this message — as a reply that is that clause alone is.

    >>> s = DialogueState(facts={"interns_count": 8}, topic="sx_internship")
    >>> f = {"min_wage": 1880}
    >>> _bare_clauses_by_unit("都是6个月，最低工资1880", s, f, frozenset({"interns_count", "internship_months", "min_wage"})); f["internship_months"]
    Decimal('6')
    >>> f = {}
    >>> _bare_clauses_by_unit("都是6个月", s, f, frozenset({"interns_count", "internship_months", "remaining_months"})); f  # two facts said in months: neither
    {}
    """
    if state.topic is None or not topic_inputs:
        return
    for clause in _REPLY_CLAUSE.split(text):
        clause = intent("said_of_each").regex.sub("", clause.strip())  # “都是6个月”: said of each of those counted
        m = lone_mention(clause) if clause else None
        if m is None or m.ordinal or m.unit in ("数", "元"):
            continue
        if read_mentions_at(clause)[0].keys() - {"amount", "_years"}:
            continue  # a fact of its own took it (“3个人”)
        able = [k for k in topic_inputs if k in FACTS and k not in facts and k not in state.facts and takes(k, m)]
        if len(able) > 1 and state.intent == "amount":
            # “2个，半年” in a conversation asking an amount: the half year the amount runs over (见习月数), not the
            # time since leaving school — a figure that sizes the amount before one that decides who qualifies
            able = [k for k in able if sizes_amount(k)] or able
        if len(able) != 1:
            continue
        value = coerce_mention(able[0], m)
        if value is not None:
            facts[able[0]] = value
            facts.pop("_years", None) if m.unit == "年" else None


def _miscount_set_aside(text: str) -> tuple[str, int]:
    """“少说了1个，是5个”: the clause owning to a miscount is set aside when a count is said beside it; said alone
    (“少说了1个”), it is the number to add to the count held (taken off for 多说了).

    >>> _miscount_set_aside("少说了1个，是5个"), _miscount_set_aside("不好意思，多算了2个人"), _miscount_set_aside("说错了，是5个")
    (('，是5个', 0), ('不好意思，多算了2个人', -2), ('说错了，是5个', 0))
    """
    clauses = [c for c in _REPLY_CLAUSE.split(text) if c.strip()]
    owned = [intent("miscounted").regex.fullmatch(c.strip()) for c in clauses]
    found = [m for m in owned if m]
    if len(found) != 1:
        return text, 0
    m = found[0]
    if len(clauses) > 1 and any(lone_mention(c) is not None for c, o in zip(clauses, owned) if not o):
        return text.replace(m.string, "", 1), 0
    return text, int(m.group("n")) * (1 if m.group("more") else -1)


def _count_shifted(delta: int, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“少说了1个” after “招了4个”: the one count of people held for the topic, that much more (or fewer)."""
    held = [k for k in topic_inputs if k in FACTS and FACTS[k].counts_people and isinstance(state.facts.get(k), int) and not isinstance(state.facts.get(k), bool)]
    values = {state.facts[k] for k in held}
    if len(values) == 1 and values.pop() + delta > 0:
        for k in held:
            facts[k] = state.facts[k] + delta
        facts["_correction"] = True
        people = state.facts.get("people_count")  # (the count of people said, when the topic reads it by another name)
        if "people_count" not in facts and isinstance(people, int) and not isinstance(people, bool):
            facts["people_count"] = people + delta


def _number_corrected(text: str, state: DialogueState, facts: dict[str, Any], topic_inputs: frozenset[str]) -> None:
    """“记错了，是14天，总共多少钱？”: a correction whose number stands in a clause of its own (the question
    beside it asked in another) replaces the one fact of the topic's rules held in that unit, as a reply
    that is that clause alone does (``_fill_by_unit``).

    >>> s = DialogueState(facts={"training_days": 11, "trainees_count": 20}, topic="training_subsidy_amount")
    >>> f = {"_correction": True, "asks_amount": True}
    >>> _number_corrected("记错了，是14天，总共多少钱？", s, f, frozenset({"training_days", "trainees_count"})); f["training_days"]
    14
    >>> f = {"_correction": True}
    >>> _number_corrected("记错了，是14天，不是12个人", s, f, frozenset({"training_days", "trainees_count"})); "training_days" in f
    False
    """
    if state.topic is None or not topic_inputs:
        return
    found = []
    for clause in _REPLY_CLAUSE.split(text):
        clause = clause.strip()
        if not clause or intent("asks_something").search(clause):
            continue  # the question asked beside it (“总共多少钱？”)
        found.append((clause, lone_mention(clause)))
    said = [(c, m) for c, m in found if m is not None]
    if len(said) != 1 or len(found) != 1 + sum(1 for c, m in found if m is None and not intent("lone_number_filler").regex.sub("", c)):
        return  # one clause of a number and nothing else told (“说错了”, “是14天”)
    clause, m = said[0]
    if m.ordinal or m.span is not None or m.unit in ("数", "元") or read_mentions_at(clause)[0].keys() - {"amount", "_years"}:
        return
    able = [k for k in topic_inputs if k in FACTS and k in state.facts and k not in facts and takes(k, m)]
    if len(able) != 1:
        return
    value = coerce_mention(able[0], m)
    if value is not None:
        facts[able[0]] = value


def _fill_pending_by_unit(text: str, pending: str, facts: dict[str, Any]) -> str | None:
    """“15天，30个人，一共多少？” answering “培训了多少天？”: the one number said with the unit the
    fact asked is said in, that no fact of the message took, is the answer.

    >>> f = {"people_count": 30}
    >>> _fill_pending_by_unit("15天，30个人，一共多少？", "training_days", f), f["training_days"]
    ('training_days', 15)
    >>> _fill_pending_by_unit("15天，20天", "training_days", {}) is None, _fill_pending_by_unit("还能再领1回补贴不", "times_received", {}) is None
    (True, True)
    """
    if FACTS[pending].kind not in ("int", "decimal"):
        return None
    taken = read_mentions_at(text)[1]
    # not a number in what the message asks (“还能再领1回不”): that is the question, not the answer
    fitting = [m for m in scan(text) if m.start not in taken and not m.ordinal and takes(pending, m) and not intent("asks_something").search(m.clause) and not intent("again_before").search(m.before)]
    if len(fitting) != 1:
        return None
    value = coerce_mention(pending, fitting[0])
    if value is None:
        return None
    facts.pop("amount", None)
    facts[pending] = value
    return pending


def _fill_pending_over_lookalike(text: str, state: DialogueState, facts: dict[str, Any]) -> str | None:
    """“干了5年” answering “取得技师等级后从事技术技能工作有几年了？”: a reply that is one quantity, read by
    its own words as another fact the asked fact declares (``answered_by``: years in the trade), answers it.

    >>> s = DialogueState(pending="years_since_level", topic="title_for_skilled")
    >>> f = {"years_in_occupation": Decimal(5)}
    >>> _fill_pending_over_lookalike("干了5年", s, f), f
    ('years_since_level', {'years_since_level': Decimal('5')})
    >>> _fill_pending_over_lookalike("干了5年", DialogueState(pending="training_days"), {"years_in_occupation": Decimal(5)}) is None
    True
    >>> _fill_pending_over_lookalike("现在还差4年", DialogueState(pending="years_to_retirement"), {"years_to_retirement_now": Decimal(4)}) is None
    True
    >>> _fill_pending_over_lookalike("做这行17年了，那正高能报吗", s, {"years_in_occupation": Decimal(17), "target_title": "正高级"}) is None
    True
    """
    pending = state.pending
    spec = FACTS[pending]
    if spec.kind not in ("int", "decimal"):
        return None
    if facts.get("target_title") not in (None, state.facts.get("target_title")) and asks_something(text):
        return None  # “做这行17年了，那正高能报吗？”: another question asked, its rule reads the years by their own words
    mentions = scan(text)
    if len(mentions) != 1 or not takes(pending, mentions[0]):
        return None
    value = coerce_mention(pending, mentions[0])
    if value is None:
        return None
    # the one fact this message added that holds the same figure, declared as answering the fact asked
    # (“现在还差4年” to “初次核定时距退休还有几年？” is another time's figure: not declared, not moved)
    lookalikes = [k for k, v in facts.items() if k in spec.answered_by and k not in state.facts and v == value]
    if len(lookalikes) != 1:
        return None
    facts.pop(lookalikes[0])
    facts[pending] = value
    return pending


def _fill_by_unit(text: str, facts: dict[str, Any], state: DialogueState, topic_inputs: frozenset[str]) -> str | None:
    """“8天”, “不对，是12天”, “那要是15天呢？” with nothing asked: the one fact of the topic said
    with that unit.  A fact not yet known comes first; a correction or a changed element replaces
    the one known fact it can be.
    """
    m = lone_mention(text)
    if m is None:
        return None
    able = sorted(k for k in topic_inputs if k in FACTS and takes(k, m))
    unknown = [k for k in able if k not in state.facts]
    changing = bool(facts.get("_correction")) or is_elliptical(text)  # “不对，是12天”“那要是15天呢？”
    target = unknown[0] if len(unknown) == 1 else (able[0] if not unknown and len(able) == 1 and changing else None)
    if target is None:
        return None
    value = coerce_mention(target, m)
    if value is None:
        return None
    facts.pop("amount", None)
    facts.pop("rate", None)
    facts[target] = value
    return target


def _base_said(text: str):
    """“我们这按一千八算的，每人每月能补多少？”: the one figure of money a follow-up gives (in 元, or a
    bare number) that no fact of the message took and that is not said as what is received (“听说能补
    1500元”: intents ``amount_received``) — the amount a rule's figure is counted from, when the
    conversation's rules read one such amount not yet known.

    >>> _base_said("我们这按1.8千算的，每人每月能补多少？").value, _base_said("按1800算的话每人多少").value
    (Decimal('1800'), Decimal('1800'))
    >>> _base_said("听说每人每月能补1080元"), _base_said("按1800还是1900算"), _base_said("要是我被1家小公司招了，公司那头能补多久")
    (None, None, None)
    """
    read, taken = read_mentions_at(text)
    rest = read.get("amount")  # a figure in 元 no fact took is “an amount mentioned”: free to be the base
    free = [
        m for m in scan(text)
        if m.unit in ("元", "数") and (m.start not in taken or (m.unit == "元" and m.value == rest)) and not m.ordinal and m.span is None
    ]
    if len(free) != 1 or intent("amount_received").search(free[0].before):
        return None
    if free[0].unit == "数" and free[0].value == 1 and free[0].after[:1] != "" and free[0].after[:1] in "家所间座栋条":
        return None  # 一 before a measure word (“被一家小公司招了”): “a” firm, no money
    return free[0]


def _least(value: Any) -> Any:
    """A number, or the low end of a range said (“干了十几年”: at least 11)."""
    return value.low if isinstance(value, Span) else value


def _said_with(key: str, state: DialogueState) -> set[str]:
    """The facts read from the same sentence as ``key`` before (“小公司” gives both 企业规模 and 是否大中型企业)."""
    from assistant.facts import extract_facts

    together: set[str] = set()
    for text in re.split(r"[。！？?!\n]", state.context or ""):
        said = extract_facts(text)
        if key in said:
            together |= set(said) - {key}
    return together


def merge(state: DialogueState, reading: Reading) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The conversation's facts after this message, and which of them are only implied.

    Later values win and corrections replace; then what follows from the stated facts
    (declared ``implied``: 28 insured staff → not a large firm) fills what is unsaid, and
    is worked out again each turn, so correcting the source corrects it.
    """
    stated = {k: v for k, v in state.facts.items() if k not in state.implied and k not in reading.removed}
    if reading.filled is None and reading.asks:
        # a new question asks its own thing (“能补几年？” after “能补多少？”): what the last one asked goes
        stated = {k: v for k, v in stated.items() if not (k in FACTS and FACTS[k].per_turn)}
    cleared = {c for k in reading.facts if k in FACTS for c in FACTS[k].clears} - set(reading.facts)
    stated = {k: v for k, v in stated.items() if k not in cleared}  # “那我能报个啥？”: the title asked before goes
    facts = merge_facts(stated, dict(reading.facts))
    for key, spec in FACTS.items():
        # a figure said now that settles a fact said loosely before (“应该算小公司吧” then “全公司在册600多人”):
        # what the figure implies replaces it — and a fact of the same thing said with the loose word goes too
        if key in reading.facts or key not in facts or spec.kind != "bool":
            continue  # (a yes/no the figure contradicts; a kind (小微企业 within 中小微企业) may only be narrower)
        for rule in spec.implied:
            if rule.source in reading.facts and rule.holds(facts) and facts[key] != rule.value:
                del facts[key]
                for other in _said_with(key, state) if spec.cues else ():
                    if other in facts and other in stated and other not in reading.facts and other in FACTS and FACTS[other].cues:
                        del facts[other]
                break
    for key, spec in FACTS.items():
        # “我今年28岁，干车工干了20年”: years that would have begun as a child are not believed, and asked again
        if spec.since_age and key in facts and facts.get(spec.since_age[0]) is not None and _least(facts[key]) > facts[spec.since_age[0]] - spec.since_age[1]:
            del facts[key]
    extra = {k: v for k, v in implied(facts).items() if k not in reading.removed}
    return {**facts, **extra}, tuple(extra)


def advance(
    state: DialogueState,
    facts: dict[str, Any],
    topic: str | None,
    intent: str | None,
    region: str | None,
    missing: tuple[str, ...],
    text: str = "",
    implied_keys: tuple[str, ...] = (),
) -> DialogueState:
    """The state after an answer: the facts, the topic, and the one fact asked for next.

    ``asked`` counts how often in a row the same fact has been asked, so that the
    wording can change and the assistant never repeats itself word for word.

    >>> s = advance(DialogueState(), {"skill_level": "高级技师"}, "title_for_skilled", None, "浙江省", ("annual_appraisal_passed",))
    >>> s.pending, s.asked
    ('annual_appraisal_passed', 1)
    >>> advance(s, s.facts, s.topic, None, s.region, ("annual_appraisal_passed",)).asked
    2
    """
    pending = missing[0] if missing else None
    asked = state.asked + 1 if pending and pending == state.pending else (1 if pending else 0)
    clean = {k: v for k, v in facts.items() if not k.startswith("_")}
    context = f"{state.context} {text}".strip()[-CONTEXT_CHARS:] if text else state.context
    return replace(
        state, facts=clean, pending=pending, topic=topic, intent=intent, region=region, asked=asked, context=context, implied=implied_keys
    )
