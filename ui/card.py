"""The answer card: the verdict first, then the reason with its one or two sources.

Everything here is read from the typed ``Answer`` — the rule's verdict, value and
thresholds, the conversation's facts, the citations — never from the answer's text:

1. a one-line verdict, large and coloured, worded so it cannot be misread
   (“可申报：中级职称”, “暂不符合：副高级职称（还差1年）”, “需要补充一项信息”, “语料未涉及”),
   and the amount when there is one;
2. the reason (the rule's conclusion) and the one or two citations it rests on;
3. “我理解的情况”: the facts understood, as chips the person can change or remove
   (the page asks the same question again with them: ``ui.chat.revise``);
4. what would change the verdict, from the rule's thresholds (“满4年后，即2027年3月起可申报”);
5. the steps and the further sources, folded; sources unrelated to the rule not shown.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from assistant.lookup import ArticleContext
from assistant.rules.inputs import FACTS
from assistant.schema import Answer, Calculation, Citation, Span, Threshold
from ui.render import article_label, citation_card, esc, status_badge

logger = logging.getLogger(__name__)

# The latest answer's chips can be changed; when another exchange follows, ``ui.chat`` turns
# this class off in the earlier bubble (the chips there are a record, not a control).
LIVE = "pa-facts-live"
LIVE_MARK = f'class="pa-facts {LIVE}"'
DEAD_MARK = 'class="pa-facts"'

# Facts that say how a question was put, not something about the person: not shown as chips.
HIDDEN_FACTS = frozenset(
    {"doc_id", "amount", "rate", "amount_basis", "asks_until_retirement", "asks_premium", "whole_period", "contribution_monthly", "loan_at_ceiling",
     "hr_park_parts", "allocation_factors", "graduate_services", "level_named"}
    | {key for key, spec in FACTS.items() if spec.per_turn}  # what one message asks (asks_period)
)
# The region decides which documents apply; it is changed in the question or the 所在地区 option.
FIXED_FACTS = frozenset({"province", "city"})
# How a number of each fact is read (the facts are typed; this is only how they are shown).
UNITS: dict[str, str] = {
    "years_since_level": "年", "years_in_occupation": "年", "operating_years": "年", "contract_years": "年",
    "years_since_graduation": "年", "years_to_retirement": "年", "period_years": "年",
    "age": "岁", "retirement_age": "岁",
    "insured_months": "个月", "internship_months": "个月", "remaining_months": "个月",
    "working_days": "个工作日", "absence_consecutive_days": "天", "absence_total_days": "天", "training_days": "天",
    "times_received": "次", "public_post_replacements": "次", "renewals": "次",
    "hires_count": "人", "people_count": "人", "interns_count": "人", "retained_count": "人", "trainees_count": "人",
    "headcount": "人", "layoffs_count": "人",
    "contribution": "元", "min_wage": "元", "loan_amount": "元", "unemployment_insurance_paid": "元",
    "graduation_year": "年", "level_obtained_year": "年", "graduation_month": "月",
    "graduation_years_ago": "年前", "level_obtained_years_ago": "年前",
}
RATES = frozenset({"retention_rate", "employment_rate", "layoff_rate", "interest_rate"})
_COUNT_WORDS = "零一两三四五六七八九十"
TONES = ("yes", "no", "ask", "info", "none")


@dataclass(frozen=True)
class Headline:
    """The verdict line: ``text`` in ``tone``; ``detail`` in brackets; ``instead`` what can be done."""

    text: str
    tone: str  # one of TONES: green, red, amber, blue, grey
    detail: str = ""
    instead: str = ""  # “可申报：副高级职称” under a red line about 正高级


# ------------------------------------------------------------------ words
def cn_day(day: date, precision: str = "day") -> str:
    """A day as a person reads it, to the precision it is known.

    >>> cn_day(date(2027, 3, 1), "month"), cn_day(date(2027, 3, 15)), cn_day(date(2027, 1, 1), "year")
    ('2027年3月', '2027年3月15日', '2027年')
    """
    if precision == "year":
        return f"{day.year}年"
    if precision == "month":
        return f"{day.year}年{day.month}月"
    return f"{day.year}年{day.month}月{day.day}日"


def number_text(value: Decimal | int) -> str:
    """A number without trailing zeros.

    >>> number_text(Decimal("6000.00")), number_text(Decimal("0.5")), number_text(3)
    ('6000', '0.5', '3')
    """
    if isinstance(value, int):
        return str(value)
    value = value.normalize()
    return format(value.quantize(Decimal(1)) if value == value.to_integral_value() else value, "f")


def fact_label(key: str) -> str:
    try:
        from assistant.rules.inputs import FACTS
    except Exception:  # the rules package is optional for the page
        return key
    spec = FACTS.get(key)
    return spec.label if spec is not None else key


def fact_value(key: str, value: Any) -> str:
    """A fact's value in words: 是/否, 3年, 45%, 2023年3月1日, 全国技术能手、浙江工匠.

    >>> fact_value("annual_appraisal_passed", True), fact_value("years_since_level", Decimal("3")), fact_value("retention_rate", Decimal("0.45"))
    ('是', '3年', '45%')
    >>> fact_value("years_since_level", Span(Decimal(6), Decimal(7))), fact_value("training_days", Span(Decimal(2), None))
    ('6~7年', '至少2天')
    """
    if isinstance(value, Span):  # a range said (“六七年”): shown as understood
        return value.words(UNITS.get(key, ""))
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return cn_day(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(sorted(str(v) for v in value)) or "无"
    if isinstance(value, (int, Decimal)):
        if key in RATES:
            return f"{number_text(Decimal(value) * 100)}%"
        return f"{number_text(value)}{UNITS.get(key, '')}"
    return str(value)


def _count(n: int) -> str:
    return _COUNT_WORDS[n] if 0 <= n < len(_COUNT_WORDS) else str(n)


def _levels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    try:
        from assistant.rules.inputs import SKILL_LEVELS, TITLE_LEVELS
    except Exception:
        return (), ()
    return TITLE_LEVELS, SKILL_LEVELS


def _object(level: Any) -> tuple[str, str] | None:
    """(verb, object) for a title or a skill level: ("可申报", "中级职称"), ("可申请", "技师")."""
    titles, skills = _levels()
    if isinstance(level, str) and level in (*titles, "高级"):
        return "可申报", f"{level}职称"
    if isinstance(level, str) and level in skills:
        return "可申请", level
    return None


def _asked(calc: Calculation) -> tuple[str, str] | None:
    """What a refused verdict is about: the title or level asked for, else the one the rule judged.

    Not the rule's value when the person asked for another: a 高级技师 asking for 正高级 gets
    the value 副高级 (what the level opens), and the verdict is about 正高级.
    """
    target = calc.inputs.get("target_title") or calc.inputs.get("target_skill")
    return _object(target) or _object(calc.value)


def when_met(t: Threshold) -> str:
    """When a lower bound counted in time is met: 2027年3月起, 2027年内."""
    if t.met_on is None:
        return ""
    return f"{cn_day(t.met_on, t.precision)}内" if t.precision == "year" else f"{cn_day(t.met_on, t.precision)}起"


def _detail(t: Threshold) -> str:
    short = t.shortfall()
    if short:
        return short
    if t.met_on is not None:
        return f"{when_met(t)}{t.condition()}"
    return ""


def headline(answer: Answer) -> Headline | None:
    """The verdict line of an answer, from its typed fields (None: an answer without a verdict)."""
    if answer.abstained:
        if answer.reason == "region_not_covered" and answer.region:
            return Headline("语料未涉及", "none", answer.region)
        return Headline("语料未涉及", "none")
    calc = answer.calculation
    if calc is None:
        if answer.follow_up and not answer.citations:
            return Headline("需要补充一项信息", "ask")
        return None
    unmet = [t for t in calc.thresholds if t.met is False]
    if not calc.in_force and calc.verdict != "not_applicable":  # asked on a day outside the rule's period: no
        return Headline("不可以", "no", "该规定不在施行期内")
    if calc.verdict == "eligible":
        said = _object(calc.value)
        return Headline(f"{said[0]}：{said[1]}" if said else "可以", "yes")
    if calc.verdict == "not_eligible":
        target = calc.inputs.get("target_title") or calc.inputs.get("target_skill")
        asked = _asked(calc)
        waiting = any(t.lower for t in unmet)
        word = "暂不符合" if waiting else "不符合"
        detail = next((_detail(t) for t in unmet if _detail(t)), "")
        instead = ""
        reachable = _object(calc.value)
        if target and reachable and calc.value != target:
            instead = f"{reachable[0]}的是：{reachable[1]}"  # what the level opens (the reason says on what terms)
        return Headline(f"{word}：{asked[1]}" if asked else f"{word}条件", "no", detail, instead)
    if calc.verdict == "need_more_info":
        n = max(len(calc.missing), 1)
        return Headline(f"需要补充{_count(n)}项信息", "ask")
    if calc.verdict == "not_applicable":
        return Headline("该规定不适用", "none")
    if calc.verdict == "amount":
        return Headline("测算金额", "info")
    return None  # "info": the reason says it


def amount_text(calc: Calculation | None) -> str:
    """The amount (or count, or period) a rule computed, when it is a number: 6000元/人, 1次, 3年."""
    if calc is None or calc.verdict not in ("amount", "eligible", "info"):
        return ""
    value = calc.value
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return ""
    unit = calc.unit or ""
    if unit.startswith("×"):  # a share of the local minimum wage
        return f"{number_text(Decimal(value) * 100)}%{unit[1:]}"
    return f"{number_text(value)}{unit}"


# -------------------------------------------------------------- citations
def _same_article(citation: Citation, doc_id: str | None, article: str | None) -> bool:
    if not doc_id or not article or citation.doc_id != doc_id:
        return False
    return citation.article == article or citation.article.startswith(article) or article.startswith(citation.article)


@functools.lru_cache(maxsize=256)
def _topic_clauses(rule_id: str) -> frozenset[tuple[str, str]]:
    """The clauses of a rule and of the other rules on its topic (another route to the same answer)."""
    try:
        from assistant.rules.registry import all_rules, get_rule

        rule = get_rule(rule_id)
    except Exception:  # route.* decisions and rules unknown to this build
        return frozenset()
    return frozenset((c.doc_id, c.article) for r in all_rules() if r.topic == rule.topic for c in r.citations)


def sort_citations(answer: Answer) -> tuple[list[int], list[int]]:
    """Indexes of the citations shown with the reason, and of those folded; the rest are not shown.

    With a rule's verdict, the reason is the rule's own clause (the first citation) and one more
    the steps apply; folded are those a rule on the same topic cites; a citation no rule of the
    topic rests on (retrieved for a word in common: 待遇, 奖补 …) is left out.  Without one, the
    first citation is the reason (one per region when regions are compared) and the rest fold.
    """
    citations = answer.citations
    if not citations:
        return [], []
    calc = answer.calculation
    if calc is None or calc.rule_id.startswith("route."):
        regions: list[str] = []
        shown = []
        for i, c in enumerate(citations[:3]):
            if i == 0 or (c.region not in regions and len(shown) < 2 and len({x.region for x in citations[:3]}) > 1):
                shown.append(i)
                regions.append(c.region)
        return shown, [i for i in range(len(citations)) if i not in shown]
    steps = [(s.doc_id, s.article) for s in calc.steps if s.doc_id and s.article]
    shown = [0]
    for i, c in enumerate(citations[1:], start=1):
        if len(shown) < 2 and (c.doc_id, c.article) in steps and (c.doc_id, c.article) != (citations[0].doc_id, citations[0].article):
            shown.append(i)
    related = set(steps) | {(t.doc_id, t.article) for t in calc.thresholds if t.doc_id} | set(_topic_clauses(calc.rule_id))
    folded = [i for i, c in enumerate(citations) if i not in shown and any(_same_article(c, d, a) for d, a in related)]
    return shown, folded


# ------------------------------------------------------------------ facts
def _editor_value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return "|".join(sorted(str(v) for v in value))
    if isinstance(value, Decimal) and key in RATES:
        return number_text(value * 100)
    if isinstance(value, (int, Decimal)):
        return number_text(value)
    return str(value)


def fact_chip(key: str, value: Any, implied: bool = False) -> str:
    """One understood fact: its name and value, and (unless fixed) the controls to change or remove it."""
    try:
        from assistant.rules.inputs import FACTS

        spec = FACTS.get(key)
    except Exception:
        spec = None
    label, shown = fact_label(key), fact_value(key, value)
    note = '<span class="pa-chip-note">（推定）</span>' if implied else ""
    if spec is None or key in FIXED_FACTS:
        return f'<span class="pa-chip pa-chip-fixed" title="地区请在问题中说明，或在“选项”中选择"><span class="pa-chip-label">{esc(label)}：</span><b>{esc(shown)}</b>{note}</span>'
    bounds = spec.bounds or ()
    data = {
        "fact": key,
        "kind": spec.kind,
        "label": label,
        "value": _editor_value(key, value),
        "choices": "|".join(spec.choices),
        "unit": "%" if key in RATES else UNITS.get(key, ""),
        "min": number_text(bounds[0]) if bounds else "",
        "max": number_text(bounds[1]) if bounds else "",
    }
    # Gradio's sanitizer keeps no data-* attribute in a chat bubble: the editor reads this JSON text
    payload = json.dumps({k: v for k, v in data.items() if v != ""}, ensure_ascii=False)
    return (
        f'<span class="pa-chip"><span class="pa-chip-label">{esc(label)}：</span><b class="pa-chip-value">{esc(shown)}</b>{note}'
        f'<span class="pa-chip-data">{esc(payload)}</span>'
        f'<button type="button" class="pa-chip-edit" title="更改：{esc(label)}">更改</button>'
        f'<button type="button" class="pa-chip-remove" title="删除：{esc(label)}">删除</button></span>'
    )


def facts_html(answer: Answer) -> str:
    """我理解的情况: the conversation's facts after this answer, as chips (empty when there are none)."""
    state = answer.state
    if state is None or answer.abstained:
        return ""
    # a fact only worked out from others is shown where the rule that answered read it (the times had taken as none
    # is no fact of a question on a title)
    read = set(answer.calculation.inputs) if answer.calculation is not None else None
    facts = {k: v for k, v in state.facts.items() if k not in HIDDEN_FACTS and v not in (None, "") and not (read is not None and k in state.implied and k not in read)}
    if not facts:
        return ""
    chips = "".join(fact_chip(k, v, k in state.implied) for k, v in facts.items())
    return (
        f'<div {LIVE_MARK}><div class="pa-facts-head">我理解的情况<span class="pa-facts-hint">（如有不对，点“更改”或“删除”，会按新情况重新判断）</span></div>'
        f'<div class="pa-chips">{chips}</div></div>'
    )


# ------------------------------------------------------ what would change
def change_lines(answer: Answer, line: Headline | None) -> list[str]:
    """What would change the verdict, one sentence per threshold the rule compared."""
    calc = answer.calculation
    if calc is None:
        return []
    asked = _asked(calc) if calc.verdict == "not_eligible" else None
    outcome = f"{asked[0]}{asked[1]}" if asked else ""
    lines = []
    for t in calc.thresholds:
        label = fact_label(t.fact)
        now = f"目前{_threshold_value(t)}" if t.value is not None else ""
        if t.met is False and t.lower:
            when = when_met(t)
            if when:
                lines.append(f"{label}{t.condition()}后，即{when}{outcome or '满足这一条件'}" + (f"（{now}）" if now and t.precision != "year" else "") + "。")
            else:
                short = t.shortfall() or ""
                lines.append(f"{label}须{t.condition()}（{'，'.join(x for x in (now, short) if x)}）" + (f"，满足后{outcome}" if outcome else "") + "。")
        elif t.met is False:
            short = t.shortfall() or ""
            lines.append(f"{label}须{t.condition()}（{'，'.join(x for x in (now, short) if x)}）。")
        elif t.met is True and t.until is not None and calc.verdict in ("eligible", "amount", "info"):
            lines.append(f"{label}须{t.condition()}：{cn_day(t.until, t.precision)}以后不再满足。")
        elif t.met is None and calc.verdict == "need_more_info" and t.fact in calc.missing:
            lines.append(f"{label}须{t.condition()}。")
    return list(dict.fromkeys(lines))


def _threshold_value(t: Threshold) -> str:
    if isinstance(t.value, Span):
        return t.value.words(t.unit or "")
    if isinstance(t.value, date):
        return cn_day(t.value)
    if t.unit == "比例":
        return f"{number_text(Decimal(t.value) * 100)}%"
    return f"{number_text(t.value)}{t.unit or ''}"


# ------------------------------------------------------------------- card
def headline_html(line: Headline | None) -> str:
    if line is None:
        return ""
    detail = f'<span class="pa-verdict-detail">（{esc(line.detail)}）</span>' if line.detail else ""
    instead = f'<div class="pa-verdict-instead pa-tone-info">{esc(line.instead)}</div>' if line.instead else ""
    return f'<div class="pa-verdict-line pa-tone-{esc(line.tone)}" role="status">{esc(line.text)}{detail}</div>{instead}'


def revised_html(changes: Sequence[tuple[str, str]]) -> str:
    """The note on an answer given again: what the person changed (label, new value or 已删除)."""
    if not changes:
        return ""
    items = "；".join(f"{esc(label)}：{esc(value)}" for label, value in changes)
    return f'<div class="pa-revised">已按您更改的情况重新判断（{items}）。</div>'


def answer_html(
    answer: Answer, contexts: Sequence[ArticleContext | None] = (), revised: Sequence[tuple[str, str]] = ()
) -> str:
    """The assistant's turn as a card: verdict, amount, reason and its sources; facts; what would change."""
    line = headline(answer)
    calc = answer.calculation
    parts = [headline_html(line)]
    amount = amount_text(calc)
    if amount:
        parts.append(f'<div class="pa-amount">{esc(amount)}</div>')
    follow = (answer.follow_up or "").strip()
    if calc is not None and calc.summary:
        reason = calc.summary
    else:
        reason = answer.answer.replace(follow, "") if follow else answer.answer  # the library's own words
    paragraphs = "".join(f"<p>{esc(text)}</p>" for text in reason.splitlines() if text.strip())
    parts.append(f'<div class="pa-answer{" pa-abstained" if answer.abstained else ""}">{paragraphs}</div>')
    parts.append(revised_html(revised))
    if follow:
        parts.append(f'<div class="pa-follow-up"><b>请补充：</b>{esc(follow)}</div>')
    if calc is not None:
        notes = [w for w in answer.warnings if w not in reason]
        parts.extend(f'<div class="pa-warning">{esc(w)}</div>' for w in notes)
    shown, folded = sort_citations(answer)

    def card(i: int) -> str:
        return citation_card(answer.citations[i], i + 1, contexts[i] if i < len(contexts) else None)

    if shown:
        parts.append(f'<div class="pa-cards"><div class="pa-cards-head">依据</div>{"".join(card(i) for i in shown)}</div>')
    parts.append(facts_html(answer))
    changes = change_lines(answer, line)
    if changes:
        items = "".join(f"<li>{esc(c)}</li>" for c in changes)
        parts.append(f'<div class="pa-change"><div class="pa-change-head">什么会改变结论</div><ul>{items}</ul></div>')
    if calc is not None and calc.steps:
        steps = "".join(f"<li>{esc(s.text)}{_step_path(s.article)}</li>" for s in calc.steps)
        parts.append(f'<details class="pa-steps-box"><summary>判断过程（{len(calc.steps)}步）</summary><ol class="pa-steps">{steps}</ol></details>')
    if folded:
        cards = "".join(card(i) for i in folded)
        parts.append(f'<details class="pa-more"><summary>更多相关条文（{len(folded)}条）</summary>{cards}</details>')
    if answer.as_of and answer.citations:
        parts.append(f'<div class="pa-scope">文件有效状态按 {answer.as_of.year}年{answer.as_of.month}月{answer.as_of.day}日 判断</div>')
    tone = line.tone if line is not None else "plain"
    return f'<div class="pa-reply pa-reply-{esc(tone)}">{"".join(p for p in parts if p)}</div>'


def _step_path(path: str | None) -> str:
    return f'<span class="pa-step-path">{esc(article_label(path))}</span>' if path else ""


__all__ = ["Headline", "LIVE", "answer_html", "change_lines", "facts_html", "headline", "sort_citations", "status_badge"]
