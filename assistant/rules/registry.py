"""The registry: every rule, checked at registration, and ``evaluate``.

Registration refuses a rule without a complete citation or an effective period,
whose region differs from its source document's, or that reads a fact or
parameter nobody declared.  Domain modules each export ``RULES``; ``registry()``
registers them in order (the order breaks ties when routing).
"""

from __future__ import annotations

import functools
import logging
import re
from decimal import Decimal
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from assistant.periods import stated_end
from assistant.rules.base import Clause, Context, Outcome, Period, RegistrationError, Rule, UnknownRule, cn_date
from assistant.rules.inputs import FACTS, coerce, undecided_keys
from assistant.rules.parameters import ParameterSet, parameters
from assistant.rules.sources import Source, sources
from assistant.schema import Calculation, Step

logger = logging.getLogger(__name__)

VERDICTS = ("eligible", "not_eligible", "amount", "info", "need_more_info", "not_applicable")


@functools.lru_cache(maxsize=None)
def _within_first_month(day: date, period) -> date:
    """A day said by its month alone (the 1st), in the month a rule took effect, is not before it: its first day."""
    start = period.start
    if day.day == 1 and start is not None and (start.year, start.month) == (day.year, day.month) and start > day:
        return start
    return day


def _year_fact_of(date_fact: str) -> str | None:
    """The fact holding only the year of a date fact (取得现技能等级的日期 → …的年份), by their declared labels."""
    label = FACTS[date_fact].label
    if not label.endswith("的日期"):
        return None
    return next((k for k, spec in FACTS.items() if spec.label == label.removesuffix("的日期") + "的年份"), None)


class Registry:
    def __init__(self, parameter_set: ParameterSet, source_table: Mapping[str, Source]):
        self.parameters = parameter_set
        self.sources = source_table
        self._rules: dict[str, Rule] = {}
        self._by_topic: dict[str, tuple[Rule, ...]] | None = None  # built on first use, dropped when a rule is added

    def register(self, rule: Rule) -> Rule:
        """Add ``rule`` after checking it; raise ``RegistrationError`` saying what to fix."""
        where = f"rule {rule.id or '<no id>'}"
        if not rule.id or not rule.title:
            raise RegistrationError(f"{where}: a rule needs an id and a Chinese title")
        if rule.id in self._rules:
            raise RegistrationError(f"{where}: id already registered")
        if not rule.citations or not all(c.is_complete() for c in rule.citations):
            raise RegistrationError(f"{where}: refused — every rule needs a citation (Clause(doc_id, article, quote))")
        if not rule.region or not rule.topic:
            raise RegistrationError(f"{where}: a rule needs a region and a topic")
        source = self.sources.get(rule.doc_id)
        if rule.period is None and source is None:
            raise RegistrationError(
                f"{where}: refused — no effective period: declare Rule.period or add {rule.doc_id} to assistant/rules/sources.yaml"
            )
        if rule.period is not None and (rule.period.start is None or not rule.period.basis):
            raise RegistrationError(f"{where}: refused — the period needs a start date and a basis")
        rule = self._stated_period(rule, source, where)
        if source is not None and source.region != rule.region:
            raise RegistrationError(f"{where}: region {rule.region} differs from its source's ({source.region})")
        unknown = [k for k in (*rule.inputs, *(f for f, _ in rule.selector), *(b.fact for b in rule.bars)) if k not in FACTS]
        if unknown:
            raise RegistrationError(f"{where}: undeclared facts {unknown}: declare them in assistant/rules/facts/")
        if rule.asked_by is not None and (rule.asked_by not in rule.inputs or FACTS[rule.asked_by].kind != "bool"):
            raise RegistrationError(f"{where}: asked_by {rule.asked_by!r} must be a bool fact among its inputs")
        if rule.event is not None and (rule.event not in rule.inputs or FACTS[rule.event].kind != "date"):
            raise RegistrationError(f"{where}: event {rule.event!r} must be a date fact among its inputs")
        for name in rule.parameters:
            if name not in self.parameters:
                raise RegistrationError(f"{where}: unknown parameter {name!r}: declare it in assistant/rules/parameters/")
        for caveat in rule.caveats:
            if not caveat.clause.is_complete():
                raise RegistrationError(f"{where}: a caveat needs a citation")
        for bar in rule.bars:
            if not bar.clause.is_complete() or not bar.text:
                raise RegistrationError(f"{where}: a bar needs a citation and a reason")
            if bar.fact not in rule.inputs:
                raise RegistrationError(f"{where}: bar fact {bar.fact!r} must be among its inputs")
        self._rules[rule.id] = rule
        self._by_topic = None
        return rule

    @staticmethod
    def _stated_period(rule: Rule, source: Source | None, where: str) -> Rule:
        """A rule whose quoted sentence states its measure's own end (“此政策延续至2022年底”,
        “执行期限至2024年12月31日”) is in force only to that day: the sentence ends the period
        it inherits from its document.  A period declared by hand must not run past it."""
        for clause in rule.citations:
            found = stated_end(clause.quote)
            if found is None:
                continue
            if rule.period is not None:
                if rule.period.end is None or rule.period.end > found.end:
                    raise RegistrationError(
                        f"{where}: its period runs past the end its clause states ({clause.article} “{found.phrase}”): end it on {found.end}"
                    )
                return rule
            if source is None:  # no period and no source was refused before this
                return rule
            at = clause.quote.index(found.phrase)
            said = clause.quote[max(clause.quote.rfind(c, 0, at) for c in "，,；。") + 1 : at + len(found.phrase)].strip()
            base = source.period
            end = min(found.end, base.end) if base.end else found.end
            return replace(rule, period=Period(base.start, end, f"{said}（{base.basis}）", Clause(clause.doc_id, clause.article, said)))
        return rule

    def extend(self, rules: Iterable[Rule]) -> None:
        for rule in rules:
            self.register(rule)

    def get(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            raise UnknownRule(f"no rule {rule_id!r}; `all_rules()` lists the registered ones") from None

    def all(self) -> tuple[Rule, ...]:
        return tuple(self._rules.values())

    def of_topic(self, topic: str) -> tuple[Rule, ...]:
        """The rules of a topic, in the order they were registered (every question routed asks this)."""
        by_topic = self._by_topic
        if by_topic is None:
            grouped: dict[str, list[Rule]] = {}
            for rule in self._rules.values():
                grouped.setdefault(rule.topic, []).append(rule)
            by_topic = self._by_topic = {t: tuple(rules) for t, rules in grouped.items()}
        return by_topic.get(topic, ())

    def find(self, rule_id: str) -> Rule | None:
        """The rule, or None (a routing calculation's id names no rule)."""
        return self._rules.get(rule_id)

    def period_of(self, rule: Rule) -> Period:
        if rule.period is not None:
            return rule.period
        return self.sources[rule.doc_id].period

    # ------------------------------------------------------------ evaluate
    @staticmethod
    def _impossible(rule: Rule, facts: Mapping[str, Any], as_of: date) -> Calculation | None:
        """Two facts that cannot both hold (“2025年拿的证，拿证后干满了5年”, asked in 2026): no verdict on
        either; the day of the event is asked again, the clash named.

        >>> from datetime import date
        >>> c = registry().evaluate("zj.title_by_skill_level", {"skill_level": "高级技师", "level_obtained_year": 2025, "years_since_level": 5, "annual_appraisal_passed": True, "in_post": True}, date(2026, 12, 1))
        >>> c.verdict, c.missing
        ('need_more_info', ('level_obtained_year',))
        """
        from assistant.facts import said_years_impossible

        clash = said_years_impossible(dict(facts), as_of)
        if clash is None or not {clash[0], clash[1]} <= set(rule.inputs):
            return None
        years, event, why = clash
        when = FACTS[event].label.split("（")[0].replace("比所问年份早几年", "")
        text = f"信息前后矛盾：{why}请核实{when}和{FACTS[years].label}。"
        step = Step(why, rule.citations[0].doc_id, rule.citations[0].article)
        return Calculation(rule_id=rule.id, inputs={years: facts[years], event: facts[event]}, verdict="need_more_info", steps=(step,), summary=text, missing=(event,), applied_on=as_of)

    def _event_year_straddles(self, rule: Rule, facts: Mapping[str, Any], as_of: date) -> Calculation | None:
        """The event a rule governs said by its year only (“去年拿的证”: 取得现技能等级的年份), a year the rule's
        period begins or ends inside, and the day asked outside the period: the month decides — asked.

        >>> c = registry().evaluate("sc.skill_upgrade_subsidy", {"insured_months": 36, "level_obtained_year": 2024}, date(2025, 6, 1))
        >>> c.verdict, c.missing
        ('need_more_info', ('level_obtained_date',))
        >>> registry().evaluate("sc.skill_upgrade_subsidy", {"insured_months": 36, "level_obtained_year": 2024}, date(2024, 11, 1)).verdict
        'eligible'
        """
        if not rule.event or facts.get(rule.event) is not None:
            return None
        year_key = _year_fact_of(rule.event)
        year = facts.get(year_key) if year_key else None
        if not isinstance(year, int) or isinstance(year, bool) or as_of.year == year:
            return None  # (the day asked in that year: the month was said as the event's day, “2024年3月”)
        period = self.period_of(rule)
        first, last = date(year, 1, 1), date(year, 12, 31)
        straddles = (period.start is not None and first < period.start <= last) or (period.end is not None and first <= period.end < last)
        if not straddles or period.status(as_of) == "in_force":
            return None
        text = f"该项规定{period.describe()}；您说的{year}年只有一部分在此期间内，要看具体是几月取得的。"
        step = Step(text, rule.citations[0].doc_id, rule.citations[0].article)
        return Calculation(rule_id=rule.id, inputs={year_key: year}, verdict="need_more_info", steps=(step,), summary=text, missing=(rule.event,), applied_on=as_of)

    def evaluate(self, rule_id: str, facts: Mapping[str, Any], as_of: date, *, at_event: bool = True, within: Period | None = None, event_day: bool = False, planned: bool = False) -> Calculation:
        """Apply a rule to facts on a day.

        A day outside the rule's period gives ``not_eligible`` with ``in_force`` False (the
        period is the reason; what the rule said in force is added), ``not_applicable`` for a
        document's own validity rule.  ``event_day``: the day is that of what the person did (“2023年3月
        签的”), not today — after the rule's own end an amount or a count it gives is then 0 (“按0个月计”).
        ``planned``: the day is that of an event the person plans, after today (“明年三四月份再去考”): a
        rule that has ended by then is said to have ended before it.  So is the day of the event a rule
        governs, said for later than the day asked (“打算明年3月拿证”).

        >>> c = registry().evaluate("sc.skill_upgrade_subsidy", {"insured_months": 30, "level_obtained_date": date(2025, 3, 1)}, date(2024, 11, 20))
        >>> c.verdict, c.in_force, "您所说的2025年3月已过期限" in c.summary
        ('not_eligible', False, True)
        >>> registry().evaluate("sc.skill_upgrade_subsidy", {"insured_months": 30, "level_obtained_date": date(2024, 12, 1)}, date(2024, 11, 20)).verdict
        'eligible'

        The person's event said by its month (“2024年7月招的”), in the month the rule took effect (2024-07-13), is not before it:

        >>> facts = {"person_categories": ["毕业年度高校毕业生"], "asks_whether": True}
        >>> registry().evaluate("sc.absorb_employment_subsidy", facts, date(2024, 7, 1), event_day=True).verdict
        'need_more_info'
        >>> registry().evaluate("sc.absorb_employment_subsidy", facts, date(2024, 7, 1)).verdict
        'not_eligible'
        """
        if not isinstance(as_of, date):
            raise TypeError("as_of must be a datetime.date: evaluation dates are always explicit")
        rule = self.get(rule_id)
        partly = self._event_year_straddles(rule, facts, as_of) if at_event else None
        if partly is not None:
            return partly
        if rule.event and at_event:
            # “2024年11月拿的证”: the rule that governs that event applies as it stood that day
            # (before today); when the day asked is already another event's (“2022年10月接的见习生，
            # 2023年3月提前签了合同”), the day of the event this rule governs replaces it; so does the day
            # of one the person plans (“打算明年6月拿证”): the rule as it will stand then
            day = coerce(rule.event, facts.get(rule.event))
            if day is not None and day != as_of:
                planned = planned or (day > as_of and not event_day)  # after today (as_of is today unless an event day)
                as_of = _within_first_month(day, self.period_of(rule))  # (“2024年7月拿的证”)
        period = self.period_of(rule)
        if event_day:
            as_of = _within_first_month(as_of, period)  # the person's event said by its month (“今年7月招的”)
        status = period.status(as_of)
        if status != "in_force":
            return replace(self._out_of_period(rule, period, status, facts, as_of, event_day, planned), applied_on=as_of)
        for bar in rule.bars:
            if coerce(bar.fact, facts.get(bar.fact)) == bar.value:
                step = Step(bar.text, bar.clause.doc_id, bar.clause.article)
                return Calculation(rule_id=rule.id, inputs={bar.fact: bar.value}, verdict="not_eligible", steps=(step,), summary=bar.text, applied_on=as_of)
        impossible = self._impossible(rule, facts, as_of)
        if impossible is not None:
            return impossible
        unprovided = self._unprovided(rule, facts)
        if unprovided is not None:
            return replace(unprovided, applied_on=as_of)
        ctx = Context(rule, facts, as_of, self.parameters, within)
        outcome = rule.formula(ctx)
        if outcome.verdict not in VERDICTS:
            raise RegistrationError(f"rule {rule.id} returned unknown verdict {outcome.verdict!r}")
        outcome = _open_where_undecided(rule, ctx, outcome, facts)
        steps = list(ctx.steps)
        summary = outcome.summary
        for caveat in rule.caveats:
            if as_of > caveat.after:
                steps.append(Step(caveat.text, caveat.clause.doc_id, caveat.clause.article))
                summary = f"{summary}（注意：{caveat.text}）" if summary else caveat.text
        missing = tuple(ctx.missing) if outcome.verdict == "need_more_info" else ()
        return Calculation(
            rule_id=rule.id,
            inputs=dict(ctx.inputs),
            verdict=outcome.verdict,
            value=outcome.value,
            unit=outcome.unit,
            steps=tuple(steps),
            missing=missing,
            summary=summary,
            thresholds=tuple(ctx.thresholds),
            applied_on=as_of,
            asked_among=ctx.among.get(missing[0], ()) if missing else (),
        )

    def _unprovided(self, rule: Rule, facts: Mapping[str, Any]) -> Calculation | None:
        """A fact the rule reads holds a value no rule provides for (declared ``unlisted``: “市级见习基地”
        where the article names 国家级 and 省级): the article does not provide for the person's case.

        >>> from datetime import date
        >>> c = registry().evaluate("sc.internship_base_award", {"base_level": "市级"}, date(2025, 6, 1))
        >>> c.verdict, c.steps[0].article, "未规定" in c.summary, c.unprovided
        ('not_eligible', '二、（十三）', True, '见习基地级别为市级')
        """
        for key in rule.inputs:
            spec = FACTS[key]
            value = coerce(key, facts.get(key)) if spec.unlisted else None
            if value not in spec.unlisted or value is None:
                continue
            main = rule.citations[0]
            source = self.sources.get(rule.doc_id)
            name = f"{source.cited_name()}{main.article}（{rule.title}）" if source else f"该规定（{main.article}，{rule.title}）"
            listed = "、".join(spec.choices)
            text = f"不符合。{name}只规定了{listed}的情形，未规定{value}（{spec.label}：{value}）；语料库中没有适用于您所说情况的规定。"
            return Calculation(rule_id=rule.id, inputs={key: value}, verdict="not_eligible", steps=(Step(text, main.doc_id, main.article),), summary=text, unprovided=f"{spec.label}为{value}")
        return None

    def _out_of_period(self, rule: Rule, period: Period, status: str, facts: Mapping[str, Any], as_of: date, event_day: bool = False, planned: bool = False) -> Calculation:
        source = self.sources.get(rule.doc_id)
        name = source.cited_name() if source else rule.doc_id
        main = rule.citations[0]
        clause = period.clause or main
        if status == "expired" and planned and period.end is not None:
            # an event the person plans for a day after the rule ends (“明年三四月份再去考”): not under it
            when = f"{as_of.year}年{as_of.month}月" if as_of.day == 1 else cn_date(as_of)
            head = f"{name}中“{rule.title}”的规定{period.describe()}；您所说的{when}已过期限，届时不能再按该规定享受（有无延续政策以届时当地规定为准）。"
        elif status == "expired":
            head = f"{name}中“{rule.title}”的规定{period.describe()}，截至{cn_date(as_of)}已失效，不再适用。"
        else:
            head = f"{name}中“{rule.title}”的规定{period.describe()}，{cn_date(as_of)}尚未施行，不适用。"
        # The rule's own clause first (callers cite the first step), then the sentence fixing the period.
        steps = [Step(head, main.doc_id, main.article)]
        summary = head
        unprovided = self._unprovided(rule, facts)  # a case the article never provided for, in force or not
        value, unit = None, None
        if status == "expired" and period.end is not None:
            # Still answerable: what the rule said on its last day in force.
            past = self.evaluate(rule.id, facts, period.end, at_event=False, within=period)
            if event_day and past.verdict in ("amount", "eligible") and isinstance(past.value, Decimal) and past.unit and re.match(r"^(元|个月|月|年|天|次|人)", past.unit):
                # what it gives for an event after it ended is nothing: 0 in the unit it counted in (“按0个月计”)
                value, unit = Decimal(0), re.sub(r"（[^）]*）$", "", past.unit)
                head = f"{head}按0{unit}计。"
                steps[0] = Step(head, main.doc_id, main.article)
                summary = head
            if past.verdict in ("eligible", "not_eligible", "amount", "info") and past.summary:
                note = f"该规定有效期内（至{cn_date(period.end)}）的内容：{past.summary}"
                steps.append(Step(note, main.doc_id, main.article))
                summary = f"{head}{note}"
        elif status != "expired" and period.start > as_of:
            # Not yet in force: what it will say from its first day (the person may be planning ahead).
            later = self.evaluate(rule.id, facts, period.start, at_event=False)
            if later.verdict in ("eligible", "not_eligible", "amount", "info") and later.summary:
                note = f"该规定自{cn_date(period.start)}起施行，施行后的内容：{later.summary}"
                steps.append(Step(note, main.doc_id, main.article))
                summary = f"{head}{note}"
        steps.append(Step(f"施行期限：{period.basis}。", clause.doc_id, clause.article))
        # Asked whether one can get it, on a day (today, or the day of one's event) outside the
        # rule's period: no — the period is the reason.  A document's own validity is not a “no”.
        verdict = "not_applicable" if rule.topic == "document_validity" else "not_eligible"
        return Calculation(
            rule_id=rule.id,
            inputs={},
            in_force=False,
            verdict=verdict,
            value=value,
            unit=unit,
            steps=tuple(steps),
            missing=(),
            summary=summary,
            unprovided=unprovided.unprovided if unprovided is not None else None,
        )


def _open_where_undecided(rule: Rule, ctx: Context, outcome: Outcome, facts: Mapping[str, Any]) -> Outcome:
    """A “yes” (or a general account) that passes over a fact the person said is not yet settled (“合同还没定签多长”)
    or not known to them (“裁了几个我得找人事对一下”) is no answer: the rule's condition on it is open, so the fact is asked for (a fact merely unsaid is still
    passed over, as the rule reads it, with the condition stated).

    >>> from datetime import date
    >>> evaluate("sc.absorb_employment_subsidy", {"hires_count": 2}, date(2025, 3, 12)).verdict
    'amount'
    >>> calc = evaluate("sc.absorb_employment_subsidy", {"hires_count": 2, "undecided": ["劳动合同期限（年）"]}, date(2025, 3, 12))
    >>> calc.verdict, calc.missing
    ('need_more_info', ('contract_years',))
    >>> calc = evaluate("sc.stabilization_refund", {"headcount": 18, "insured_months": 40, "employer_size": "小微企业", "undecided": ["上年度裁员人数"]}, date(2024, 8, 20))
    >>> calc.verdict, calc.missing  # an answer that passes over what the person said they must still check
    ('need_more_info', ('layoffs_count',))
    """
    if outcome.verdict not in ("eligible", "amount", "info"):
        return outcome
    open_keys = [k for k in rule.inputs if k in undecided_keys(facts)]
    if not open_keys:
        return outcome
    for key in open_keys:
        ctx.ask(key)
    labels = "、".join(re.sub(r"（[^）]*）$", "", FACTS[k].label) for k in open_keys)
    said = outcome.summary.rstrip("。") + "。" if outcome.summary else ""
    return Outcome("need_more_info", None, None, f"{said}按您所说，{labels}尚不确定，能否享受要看这一条件。")


def _domains() -> tuple[tuple[Rule, ...], ...]:
    from assistant.rules import (
        amounts,
        conditions,
        employment_fund,
        henan_skills,
        jiangxi_assessment,
        jinzhong_training,
        shanxi_internship,
        sichuan_employment,
        sichuan_skills,
        training_management,
        validity,
        zhejiang_evaluation,
        zhejiang_talent,
    )

    return (
        zhejiang_talent.RULES,
        zhejiang_evaluation.RULES,
        henan_skills.RULES,
        jiangxi_assessment.RULES,
        shanxi_internship.RULES,
        jinzhong_training.RULES,
        employment_fund.RULES,
        training_management.RULES,
        sichuan_employment.RULES,
        sichuan_skills.RULES,
        conditions.rules(),
        amounts.rules(),
        validity.rules(sources()),
    )


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    reg = Registry(parameters(), sources())
    for rules in _domains():
        reg.extend(rules)
    logger.debug("registered %d rules", len(reg.all()))
    return reg


def all_rules() -> tuple[Rule, ...]:
    return registry().all()


def get_rule(rule_id: str) -> Rule:
    return registry().get(rule_id)


def evaluate(rule_id: str, facts: Mapping[str, Any], as_of: date) -> Calculation:
    """Evaluate one rule (the public entry point; ``as_of`` is required).

    >>> from datetime import date
    >>> calc = evaluate("zj.title_by_skill_level",
    ...                 {"skill_level": "高级技师", "years_since_level": 4, "annual_appraisal_passed": True},
    ...                 as_of=date(2026, 11, 21))
    >>> calc.verdict, calc.value
    ('eligible', '副高级')
    """
    return registry().evaluate(rule_id, facts, as_of)


def outcome_rank(verdict: str) -> int:
    """How decisive a verdict is, for choosing among rules of one topic."""
    # An open question outranks a refusal: another path of the same topic may still apply.
    return {"eligible": 4, "amount": 4, "info": 4, "need_more_info": 3, "not_eligible": 2, "not_applicable": 1}.get(verdict, 0)


__all__ = ["Registry", "all_rules", "evaluate", "get_rule", "registry"]
