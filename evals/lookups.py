"""Hotline lookups on the development sets: is the right article first?

Runs the ``lookup`` items of the development sets (never a held-out set) through the full
system with ``evals.runner.run`` and reports hit@1 / hit@5 per set and pooled, and each miss
with what came first.  ``--save`` writes the per-item results; ``--against`` lists the items
that changed from a saved run::

    python -m evals.lookups --save var/lookups-before.json
    python -m evals.lookups --against var/lookups-before.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

QA = Path(__file__).parent / "qa"
# development sets only: heldout*.jsonl and scope-heldout*.jsonl are never opened here
DEV_SETS = (
    sorted((p.name for p in QA.glob("scope-dev*.jsonl")), key=lambda n: int(n[len("scope-dev") : -len(".jsonl")]))
    + sorted((p.name for p in QA.glob("blind-dev*.jsonl")), key=lambda n: int(n[len("blind-dev") : -len(".jsonl")]))
    + ["dev.jsonl", "dev2.jsonl"]
)
# written by the lookup helper from the article texts after reading the code (the second after the first
# changes): not blind, reported apart and never pooled with the development sets
PROBES = ("lookup-probe.jsonl", "lookup-probe2.jsonl")


def lookup_items(name: str, every: bool = False) -> list[dict]:
    """The answerable lookup items of a development set (``every``: all its items)."""
    if "heldout" in name:
        raise ValueError(f"{name} is held out")
    items = []
    for line in (QA / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if every or (item["category"] == "lookup" and not item.get("abstain")):
                items.append(item)
    return items


def measure(sets: list[str] | None = None, every: bool = False) -> dict[str, list[dict]]:
    """Per set, each lookup item's result (id, question, hit1, hit5, top, expected); with ``every``
    all items of the sets (the guard: what a lookup change does to the other categories)."""
    from assistant.config import Settings
    from evals.runner import run

    out: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets or [*DEV_SETS, *PROBES]:
            items = lookup_items(name, every)
            if not items:
                continue
            path = Path(tmp) / name
            path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
            result = run([path], ["full"], Settings.from_env())["full"]
            by_id = {i["id"]: i for i in items}
            out[name] = [
                {
                    "id": r.id,
                    "question": r.question,
                    "category": r.category,
                    "correct": r.correct,
                    "hit1": r.hit1,
                    "hit5": r.hit5,
                    "top": r.top,
                    "expected": f"{by_id[r.id]['expected_doc']} {by_id[r.id].get('expected_article')}",
                    "ms": round(r.latency_ms, 1),
                }
                for r in result.items
            ]
    return out


def table(results: dict[str, list[dict]]) -> str:
    lines = ["| set | n | hit@1 | hit@5 |", "|---|---|---|---|"]
    pooled = [r for name, rows in results.items() if name not in PROBES for r in rows]
    shown = [(n, r) for n, r in results.items() if n not in PROBES] + [("pooled (development sets)", pooled)]
    shown += [(n, r) for n, r in results.items() if n in PROBES]
    for name, rows in [(n, r) for n, r in shown if r]:
        n = len(rows)
        h1 = sum(r["hit1"] for r in rows) / n
        h5 = sum(r["hit5"] for r in rows) / n
        lines.append(f"| {name} | {n} | {h1:.3f} ({sum(r['hit1'] for r in rows)}) | {h5:.3f} ({sum(r['hit5'] for r in rows)}) |")
    return "\n".join(lines)


def timing(sets: list[str] | None = None, passes: int = 2) -> dict:
    """Warm lookup time: every lookup question of the sets asked ``passes`` times through one warmed
    assistant, beside the CPU reference (evals/bench_reference.py) sampled before, between and after
    the passes.  Returns milliseconds per ask (p50, p95, mean) and their ratio to the reference."""
    import statistics
    import time
    from datetime import date

    from assistant.answer import Assistant
    from assistant.config import Settings
    from evals.bench_reference import time_reference

    questions = [i["question"] for name in sets or [*DEV_SETS, *PROBES] for i in lookup_items(name)]
    helper = Assistant(Settings.from_env())
    helper.warm()
    for q in questions:  # warm the caches every later pass finds warm too (sentences, tokens)
        helper.ask(q, today=date(2026, 12, 1))
    reference = time_reference(3)
    took: list[float] = []
    cpu = 0.0  # this process's CPU time: less moved by other processes than the wall clock
    for _ in range(passes):
        for q in questions:
            started, started_cpu = time.perf_counter(), time.process_time()
            helper.ask(q, today=date(2026, 12, 1))
            took.append((time.perf_counter() - started) * 1000)
            cpu += time.process_time() - started_cpu
        reference += time_reference(3)
    ref_ms = statistics.median(reference) * 1000
    took.sort()
    p50, p95, mean = took[len(took) // 2], took[int(0.95 * (len(took) - 1))], statistics.fmean(took)
    return {
        "asks": len(took),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "mean_ms": round(mean, 2),
        "cpu_mean_ms": round(cpu / len(took) * 1000, 2),
        "reference_ms": round(ref_ms, 1),
        "reference_spread_ms": [round(min(reference) * 1000, 1), round(max(reference) * 1000, 1)],
        "mean_per_reference": round(mean / ref_ms, 5),
        "p95_per_reference": round(p95 / ref_ms, 5),
    }


def accuracy_table(results: dict[str, list[dict]]) -> str:
    lines = ["| set | n | accuracy | lookups hit@1 |", "|---|---|---|---|"]
    pooled = [r for name, rows in results.items() if name not in PROBES for r in rows]
    for name, rows in [*results.items(), ("pooled (development sets)", pooled)]:
        looks = [r for r in rows if r["category"] == "lookup"]
        hit = f"{sum(r['hit1'] for r in looks) / len(looks):.3f}" if looks else "—"
        lines.append(f"| {name} | {len(rows)} | {sum(r['correct'] for r in rows) / len(rows):.3f} ({sum(r['correct'] for r in rows)}) | {hit} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss at rank 1")
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--every", action="store_true", help="all items of the sets: accuracy per set, changes per item")
    parser.add_argument("--time", action="store_true", help="warm lookup time beside the CPU reference (JSON)")
    args = parser.parse_args()
    if args.time:
        print(json.dumps(timing(args.sets), ensure_ascii=False))
        return
    results = measure(args.sets, args.every)
    print(accuracy_table(results) if args.every else table(results))
    if args.misses:
        for name, rows in results.items():
            for r in rows:
                if not r["hit1"]:
                    print(f"{name} {r['id']} hit5={r['hit5']} top={r['top']} want={r['expected']} | {r['question']}")
    if args.against:
        before = {r["id"]: r for rows in json.loads(args.against.read_text(encoding="utf-8")).values() for r in rows}
        for rows in results.values():
            for r in rows:
                b = before.get(r["id"])
                if b and (b["hit1"], b["hit5"], b.get("correct")) != (r["hit1"], r["hit5"], r["correct"]):
                    better = (r["correct"], r["hit1"], r["hit5"]) > (b.get("correct", r["correct"]), b["hit1"], b["hit5"])
                    print(f"{'+' if better else '-'} {r['id']} correct {b.get('correct')}→{r['correct']} "
                          f"hit1 {b['hit1']}→{r['hit1']} hit5 {b['hit5']}→{r['hit5']} top {b['top']}→{r['top']} | {r['question']}")
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
