"""``policy eval``: run QA sets through the same code path as ``policy ask``, per configuration.

Metrics (per category and overall), defined in evals/README.md:
- hit@1 / hit@5: the expected quote lies inside a cited unit (the chunk, or the article
  for a rule's citation) of the expected document (or an also-acceptable one) at rank 1 / ≤5;
- MRR over the first 10 citations;
- answer accuracy: numbers exact (calculation value, or the number stated in the answer),
  verdicts equal, validity status equal, abstention right; for lookups the top citation hit;
- abstention precision and recall; wrong-region rate; latency p50/p95.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.config import Settings
from assistant.errors import PolicyError
from assistant.regions import NATIONAL, regions
from assistant.schema import Answer, Turn

logger = logging.getLogger(__name__)

TODAY = date(2026, 12, 1)  # evaluation is pinned to a day so reports are comparable

CONFIGS: dict[str, dict] = {
    "full": {"mode": "hybrid", "rules": True},
    "naive_rag": {"naive": True},
    "bm25_only": {"mode": "bm25", "rules": True},
    "dense_only": {"mode": "dense", "rules": True},
    "hybrid_no_rules": {"mode": "hybrid", "rules": False},
}


@dataclass
class ItemResult:
    id: str
    category: str
    question: str
    hit1: bool
    hit5: bool
    rr: float
    correct: bool
    abstained: bool
    expected_abstain: bool
    wrong_region: bool | None  # None when the item names no province
    latency_ms: float
    error: str | None = None
    top: str | None = None  # "doc_id article" of the first citation
    detail: str = ""
    expected_verdict: str | None = None
    verdict: str | None = None  # the calculation's verdict on the last turn
    expected_number: bool = False  # the item is scored on a number
    follow_ups: int = 0  # questions the assistant asked over the whole conversation
    loop: bool = False  # the same question asked twice in a row after the person replied
    asked_last: bool = False  # the last answer still asked a question
    states_disqualifier: bool = False
    states_all_facts: bool = False
    resolves_to: str | None = None
    quote1: bool | None = None  # a lookup's first quote shown contains the expected words (None: not a lookup)

    def to_dict(self) -> dict:
        return self.__dict__.copy()


@dataclass
class RunResult:
    config: str
    items: list[ItemResult] = field(default_factory=list)

    def summary(self, category: str | None = None) -> dict:
        items = [i for i in self.items if category is None or i.category == category]
        if not items:
            return {}
        answerable = [i for i in items if not i.expected_abstain]
        predicted_abstain = [i for i in items if i.abstained]
        expected_abstain = [i for i in items if i.expected_abstain]
        tp = sum(1 for i in items if i.abstained and i.expected_abstain)
        regional = [i for i in items if i.wrong_region is not None and not i.abstained]
        lat = sorted(i.latency_ms for i in items)
        return {
            "n": len(items),
            "hit@1": _mean([i.hit1 for i in answerable]),
            "hit@5": _mean([i.hit5 for i in answerable]),
            "quote@1": _mean([i.quote1 for i in answerable if i.quote1 is not None]),
            "mrr": _mean([i.rr for i in answerable]),
            "accuracy": _mean([i.correct for i in items]),
            "abstain_precision": tp / len(predicted_abstain) if predicted_abstain else None,
            "abstain_recall": tp / len(expected_abstain) if expected_abstain else None,
            "wrong_region_rate": _mean([bool(i.wrong_region) for i in regional]),
            "latency_p50_ms": _pct(lat, 50),
            "latency_p95_ms": _pct(lat, 95),
            "errors": sum(1 for i in items if i.error),
            "verdict_accuracy": _mean([i.correct for i in items if i.expected_verdict]),
            "amount_accuracy": _mean([i.correct for i in items if i.expected_number and (i.category == "amount" or i.resolves_to == "amount")]),
            "multi_turn_accuracy": _mean([i.correct for i in items if i.category == "multi-turn"]),
            "eligible_despite_disqualifier": sum(1 for i in items if i.states_disqualifier and i.verdict == "eligible"),
            "loops": sum(1 for i in items if i.loop),
            "over_asked": sum(1 for i in items if i.states_all_facts and i.follow_ups > 1),
            "asked_when_all_facts_given": _mean([i.asked_last for i in items if i.states_all_facts]),
        }


def _quote_shown(item: dict, answer: Answer) -> bool:
    """The words that answer the question are in the first quote shown (the answer to the aspect asked)."""
    if not answer.citations:
        return False
    shown = re.sub(r"\s+", "", answer.citations[0].quote)
    return re.sub(r"\s+", "", item["expected_quote"]) in shown


def _mean(values: list) -> float | None:
    return sum(values) / len(values) if values else None


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def load_items(paths: list[Path]) -> list[dict]:
    items: list[dict] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for n, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except ValueError as error:
                        raise PolicyError(f"{path}:{n}: 不是合法的 JSON（{error}）") from None
    return items


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(text: str) -> list[float]:
    """Every number a reader sees: digits, Chinese numerals, and 万 as ×10000 (2万元 → 20000)."""
    import warnings

    import cn2an

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = cn2an.transform(text, "cn2an")
    except (ValueError, KeyError):
        pass
    text = text.replace(",", "")
    values = [float(n) for n in _NUMBER.findall(text)]
    values += [float(m) * 10000 for m in re.findall(r"(\d+(?:\.\d+)?)\s*万", text)]
    return values


# an expected figure written in a larger unit ("200" with unit 万元) is compared in the unit answers carry (元)
_UNIT_SCALE = {"万元": 10000.0, "万": 10000.0, "亿元": 100000000.0}


def _same_span(got: float, unit: str | None, expected_unit: str | None) -> float:
    """A span given in years where months are expected, or the other way round, in the expected unit: 4年 is 48个月
    (the answer's own unit is whichever the rule reads best; the figure is the same span).

    >>> _same_span(4.0, "年", "月"), _same_span(30.0, "个月", "年"), _same_span(3.0, "年", "年"), _same_span(1500.0, "元", "月")
    (48.0, 2.5, 3.0, 1500.0)
    """
    if expected_unit == "月" and unit == "年":
        return got * 12
    if expected_unit == "年" and unit in ("个月", "月"):
        return got / 12
    return got


def _expected_value(item: dict) -> float:
    """The expected figure in the answer's own unit: 200 万元 → 2000000 (元); other units as written."""
    return float(item["expected_number"]) * _UNIT_SCALE.get(item.get("expected_unit") or "", 1.0)


class Evaluator:
    """Scores answers against QA items; knows the index (for cited units and regions)."""

    def __init__(self, index):
        self.index = index
        self._article_text: dict[tuple[str, str], str] = {}
        for a in index.articles:
            key = (a.doc_id, a.path)
            self._article_text[key] = self._article_text.get(key, "") + "\n" + a.text
        self._chunk_text = {c.chunk_id: c.text for c in index.chunks}

    def unit_text(self, citation) -> str:
        if getattr(citation, "chunk_id", None) and citation.chunk_id in self._chunk_text:
            return self._chunk_text[citation.chunk_id]
        if citation.quote and len(citation.quote) > 200:  # the naive baseline cites raw windows
            return citation.quote
        return self._article_text.get((citation.doc_id, citation.article), citation.quote)

    def is_hit(self, item: dict, citation) -> bool:
        quote = item.get("expected_quote")
        if not quote:
            return False
        targets = {item.get("expected_doc")} | {a.get("doc") for a in item.get("also_acceptable") or []}
        if citation.doc_id not in targets:
            return False
        return quote in self.unit_text(citation)

    def score(self, item: dict, answer: Answer | None, latency_ms: float, error: str | None) -> ItemResult:
        expected_abstain = bool(item.get("abstain"))
        if answer is None:
            return ItemResult(item["id"], item["category"], item["question"], False, False, 0.0, False, False,
                              expected_abstain, None, latency_ms, error=error, expected_verdict=item.get("expected_verdict"),
                              expected_number=item.get("expected_number") is not None, resolves_to=item.get("resolves_to"))
        ranks = [n for n, c in enumerate(answer.citations[:10], start=1) if self.is_hit(item, c)]
        first = ranks[0] if ranks else None
        hit1 = first == 1
        hit5 = first is not None and first <= 5
        rr = 1.0 / first if first else 0.0
        correct, detail = self._correct(item, answer, hit1, hit5)
        return ItemResult(
            id=item["id"],
            category=item["category"],
            question=item["question"],
            hit1=hit1,
            hit5=hit5,
            rr=rr,
            correct=correct,
            abstained=answer.abstained,
            expected_abstain=expected_abstain,
            wrong_region=self._wrong_region(item, answer),
            latency_ms=latency_ms,
            top=f"{answer.citations[0].doc_id} {answer.citations[0].article}" if answer.citations else None,
            detail=detail,
            expected_verdict=item.get("expected_verdict"),
            verdict=_verdict(answer.calculation),
            expected_number=item.get("expected_number") is not None,
            states_disqualifier=bool(item.get("states_disqualifier")),
            states_all_facts=bool(item.get("states_all_facts")),
            resolves_to=item.get("resolves_to"),
            quote1=_quote_shown(item, answer) if item["category"] == "lookup" and item.get("expected_quote") else None,
        )

    def _correct(self, item: dict, answer: Answer, hit1: bool, hit5: bool) -> tuple[bool, str]:
        if item.get("abstain"):
            return answer.abstained, "abstained" if answer.abstained else "answered"
        if answer.abstained:
            return False, "abstained"
        calc = answer.calculation
        if item.get("expected_verdict"):
            got = _verdict(calc)
            return got == item["expected_verdict"], f"verdict {got}"
        if item.get("expected_number") is not None:
            want = _expected_value(item)
            if calc is not None and calc.value is not None:
                try:
                    got = float(calc.value)
                    if item.get("expected_unit") == "%" and abs(got) <= 1 and want > 1:
                        got *= 100  # rates are carried as fractions (0.7 = 70%)
                    got = _same_span(got, calc.unit, item.get("expected_unit"))
                    return abs(got - want) <= max(0.005 * abs(want), 0.01), f"value {got}"
                except (TypeError, ValueError):
                    pass
            head = "\n".join(answer.answer.split("\n")[:2]) if answer.answer else ""
            found = any(abs(n - want) <= max(0.005 * abs(want), 0.01) for n in _numbers(head))
            return found, "number in answer" if found else "number missing"
        if item.get("expected_status"):
            doc = item.get("expected_doc")
            docs = self.index.documents
            related = {doc} | ({docs[doc].parent_id} if doc in docs and docs[doc].parent_id else set()) | (
                set(docs[doc].children) if doc in docs else set()
            )
            top = answer.citations[0] if answer.citations else None
            # the status the answer gives what was asked (a repealed document the corpus only cites is
            # expired though the article that repeals it is in force), else its first citation's
            status = answer.status or (top.status if top else None)
            ok = top is not None and top.doc_id in related and status == item["expected_status"]
            return ok, f"status {status}"
        return hit1 or (item.get("category") == "compare" and hit5), "top citation" if hit1 else "no hit@1"

    def _wrong_region(self, item: dict, answer: Answer) -> bool | None:
        """A citation from a province the question is not about.

        When the person named their region (in the question or earlier turns) every
        citation counts; otherwise only the top one, which the answer presents (and
        labels with its region).
        """
        from assistant.query import detect_regions, normalize_question

        region = item.get("region")
        if not region or region == NATIONAL:
            return None
        said = " ".join([item["question"]] + [t["content"] for t in item.get("history") or [] if t["role"] == "user"])
        named = bool([r for r in detect_regions(normalize_question(said)) if r != NATIONAL])
        table = regions()
        allowed = set()
        for r in [region] + [a.get("region") for a in item.get("also_acceptable") or [] if a.get("region")]:
            province = table.province(r).name if table.province(r) else table.province_of_city(r)
            allowed |= {r, province}
        if item.get("category") == "compare":
            for a in item.get("also_acceptable") or []:
                doc = self.index.documents.get(a.get("doc"))
                if doc is not None:
                    allowed |= {doc.region, doc.province}
        allowed.add(NATIONAL)
        for citation in answer.citations if named else answer.citations[:1]:
            doc = self.index.documents.get(citation.doc_id)
            if doc is None:
                continue
            if doc.region not in allowed and doc.province not in allowed:
                return True
        return False


def _verdict(calc) -> str | None:
    """The calculation's verdict; an amount the person is entitled to is an "eligible" verdict
    (“能申请吗？” answered “可以，2000元/人”)."""
    if calc is None:
        return None
    if calc.verdict == "amount" and calc.value is not None:
        try:
            return "eligible" if float(calc.value) > 0 else "not_eligible"
        except (TypeError, ValueError):
            return calc.verdict
    return calc.verdict


def _converse(ask, item: dict, day: date | None) -> tuple[Answer, list[str | None]]:
    """Play an item's conversation live: each user turn of its history, then its question.

    The writer's assistant turns are not used: the assistant's own answers (and the
    dialogue state they carry) make the transcript, so a short reply is read against
    the question the assistant really asked, and a repeated question shows as a loop.
    Returns the last answer and the follow-up question of every turn.
    """
    transcript: list[Turn] = []
    asked: list[str | None] = []
    for turn in item.get("history") or []:
        if turn.get("role") != "user":
            continue
        answer = ask(turn["content"], tuple(transcript), day)
        asked.append(answer.follow_up)
        transcript += [Turn("user", turn["content"]), Turn("assistant", answer.answer, answer.state)]
    answer = ask(item["question"], tuple(transcript), day)
    asked.append(answer.follow_up)
    return answer, asked


def run(
    files: list[Path],
    configs: list[str],
    settings: Settings,
    limit: int | None = None,
    progress=None,
) -> dict[str, RunResult]:
    from assistant.answer import Assistant, Options
    from assistant.store import open_index
    from evals.naive import NaiveRAG

    items = load_items(files)
    if limit:
        items = items[:limit]
    index = open_index(settings)
    evaluator = Evaluator(index)
    results: dict[str, RunResult] = {}
    for name in configs:
        if name not in CONFIGS:
            raise PolicyError(f"未知配置 {name!r}：可用 {', '.join(CONFIGS)}")
        spec = CONFIGS[name]
        if spec.get("naive"):
            system = NaiveRAG(index)
            ask = lambda q, h, d: system.ask(q, h, today=d or TODAY)  # noqa: E731
        else:
            assistant = Assistant(settings, index=index, options=Options(mode=spec["mode"], rules=spec["rules"]))
            assistant.warm()
            ask = lambda q, h, d, a=assistant: a.ask(q, h, today=d or TODAY)  # noqa: E731
        run_result = RunResult(name)
        for n, item in enumerate(items, start=1):
            day = date.fromisoformat(item["date"]) if item.get("date") else None
            started = time.perf_counter()
            answer, error, asked = None, None, []
            try:
                answer, asked = _converse(ask, item, day)
            except PolicyError as e:
                error = str(e)
            except Exception as e:  # an evaluation must report a crash, not stop
                logger.exception("item %s crashed", item.get("id"))
                error = f"{type(e).__name__}: {e}"
            latency = (time.perf_counter() - started) * 1000
            result = evaluator.score(item, answer, latency, error)
            result.follow_ups = sum(1 for q in asked if q)
            result.asked_last = bool(asked and asked[-1])
            result.loop = any(a and a == b for a, b in zip(asked, asked[1:]))
            run_result.items.append(result)
            if progress:
                progress(name, n, len(items))
        results[name] = run_result
    return results


def compare_runs(current: dict, baseline: dict) -> dict[str, list[dict]]:
    """Per item: what got better or worse against a baseline JSON report (same config names)."""
    changes: dict[str, list[dict]] = {"better": [], "worse": []}
    for config, run_data in current["configs"].items():
        before = {i["id"]: i for i in baseline.get("configs", {}).get(config, {}).get("items", [])}
        for item in run_data["items"]:
            old = before.get(item["id"])
            if old is None:
                continue
            for metric in ("correct", "hit1"):
                if item[metric] != old[metric]:
                    kind = "better" if item[metric] else "worse"
                    changes[kind].append(
                        {"config": config, "id": item["id"], "metric": metric, "question": item["question"],
                         "was": old.get("top"), "now": item.get("top")}
                    )
    return changes


def to_report(results: dict[str, RunResult], files: list[Path], settings: Settings) -> dict:
    categories = sorted({i.category for r in results.values() for i in r.items})
    return {
        "date": TODAY.isoformat(),
        "files": [str(f) for f in files],
        "embedding": settings.embedding,
        "categories": categories,
        "configs": {
            name: {
                "overall": r.summary(),
                "by_category": {c: r.summary(c) for c in categories},
                "items": [i.to_dict() for i in r.items],
            }
            for name, r in results.items()
        },
    }


def _fmt(value, pct=True) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if pct else f"{value:.1f}"


def render_markdown(report: dict, changes: dict | None = None, chart: str | None = None) -> str:
    configs = report["configs"]
    lines = [f"# 评测报告 · Evaluation report ({report['date']})", ""]
    lines.append(f"QA files: {', '.join('`' + f + '`' for f in report['files'])} · embedding `{report['embedding']}`.")
    lines.append("Metric definitions: [evals/README.md](../README.md).")
    lines.append("")
    if chart:
        lines.append(f"![chart]({chart})")
        lines.append("")
    lines.append("## Overall, side by side")
    lines.append("")
    header = "| config | n | hit@1 | hit@5 | MRR | answer acc. | abstain P | abstain R | wrong-region | p50 ms | p95 ms |"
    lines += [header, "|" + "---|" * 11]
    for name, data in configs.items():
        o = data["overall"]
        lines.append(
            f"| {name} | {o['n']} | {_fmt(o['hit@1'])} | {_fmt(o['hit@5'])} | {_fmt(o['mrr'])} | {_fmt(o['accuracy'])} | "
            f"{_fmt(o['abstain_precision'])} | {_fmt(o['abstain_recall'])} | {_fmt(o['wrong_region_rate'])} | "
            f"{_fmt(o['latency_p50_ms'], False)} | {_fmt(o['latency_p95_ms'], False)} |"
        )
    if "full" in configs and len(configs) > 1:
        lines += ["", "## Ratios: full system ÷ each alternative", ""]
        lines += ["| vs | hit@1 | MRR | answer acc. |", "|---|---|---|---|"]
        full = configs["full"]["overall"]
        for name, data in configs.items():
            if name == "full":
                continue
            o = data["overall"]
            ratio = lambda a, b: "—" if not b else f"{a / b:.2f}×"  # noqa: E731
            lines.append(
                f"| {name} | {ratio(full['hit@1'] or 0, o['hit@1'])} | {ratio(full['mrr'] or 0, o['mrr'])} | "
                f"{ratio(full['accuracy'] or 0, o['accuracy'])} |"
            )
    for name, data in configs.items():
        lines += ["", f"## {name}: by category", ""]
        lines += ["| category | n | hit@1 | hit@5 | MRR | answer acc. | abstain P | abstain R | wrong-region | p50 ms | p95 ms |", "|" + "---|" * 11]
        for category, o in data["by_category"].items():
            if not o:
                continue
            lines.append(
                f"| {category} | {o['n']} | {_fmt(o['hit@1'])} | {_fmt(o['hit@5'])} | {_fmt(o['mrr'])} | {_fmt(o['accuracy'])} | "
                f"{_fmt(o['abstain_precision'])} | {_fmt(o['abstain_recall'])} | {_fmt(o['wrong_region_rate'])} | "
                f"{_fmt(o['latency_p50_ms'], False)} | {_fmt(o['latency_p95_ms'], False)} |"
            )
    if "full" in configs:
        misses = [i for i in configs["full"]["items"] if not i["correct"]]
        lines += ["", f"## full: items answered wrongly ({len(misses)})", ""]
        for i in misses[:80]:
            lines.append(f"- `{i['id']}` {i['question'][:60]} → top `{i['top']}` ({i['detail']})")
    if changes is not None:
        lines += ["", "## Against the baseline report", ""]
        for kind in ("worse", "better"):
            lines.append(f"### {kind} ({len(changes[kind])})")
            for c in changes[kind]:
                lines.append(f"- [{c['config']}] `{c['id']}` {c['metric']}: {c['question'][:50]} (was `{c['was']}`, now `{c['now']}`)")
            lines.append("")
    return "\n".join(lines) + "\n"


def render_chart(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    configs = list(report["configs"])
    metrics = ["hit@1", "hit@5", "mrr", "accuracy"]
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=120)
    width = 0.8 / len(configs)
    for n, name in enumerate(configs):
        overall = report["configs"][name]["overall"]
        values = [overall[m] or 0 for m in metrics]
        positions = [i + n * width for i in range(len(metrics))]
        bars = ax.bar(positions, values, width, label=name)
        for bar, value in zip(bars, values):
            ax.text(bar.get_x() + bar.get_width() / 2, value + 0.01, f"{value:.2f}", ha="center", fontsize=6)
    ax.set_xticks([i + width * (len(configs) - 1) / 2 for i in range(len(metrics))])
    ax.set_xticklabels(["hit@1", "hit@5", "MRR", "answer accuracy"])
    ax.set_ylim(0, 1.08)
    ax.set_title(f"QA evaluation, {report['date']}")
    ax.legend(fontsize=7, ncol=3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
