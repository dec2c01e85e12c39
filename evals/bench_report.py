"""``policy bench`` output: the Markdown report and the PNG chart, both from bench.json's data."""

from __future__ import annotations

from pathlib import Path

from evals.bench_serving import render_serving


def _s(spread: dict | None, unit: str = "", digits: int = 1) -> str:
    """``12.3 ms [11.0–14.2]``: the median with min–max when there were several runs."""
    if not spread:
        return "—"
    if spread["n"] == 1 or spread["min"] == spread["max"]:
        return f"{spread['median']:.{digits}f}{unit}"
    return f"{spread['median']:.{digits}f}{unit} [{spread['min']:.{digits}f}–{spread['max']:.{digits}f}]"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if not a or not b else f"{a / b:.1f}×"


def _acc(block: dict | None, key: str = "hit@1") -> float | None:
    return None if not block or not block.get("accuracy") else block["accuracy"].get(key)


def render_markdown(data: dict, chart: str | None = "bench.png") -> str:
    meta, seed, scale, targets = data["meta"], data["seed"], data["scale"], data["targets"]
    out = [f"# 性能与规模 · Speed and scale benchmark ({meta['started'][:10]})", ""]
    out.append(
        f"`policy bench` at commit `{meta['commit'] or '?'}` · embedding `{meta['embedding']}` · "
        f"{meta['cpus']} CPUs, {meta['machine']} · chromadb {meta['versions']['chromadb']}, bm25s {meta['versions']['bm25s']} · "
        f"repeat {meta['repeat']}{' · **quick run**' if meta['quick'] else ''}."
    )
    out.append(
        f"QA items asked: {meta['qa_items']} from {', '.join('`' + f + '`' for f in meta['qa_files']) or 'the built-in list'} "
        f"({', '.join(f'{k} {v}' for k, v in sorted(meta['qa_categories'].items()))})."
    )
    out.append(
        f"Load average at start {meta['load_average_start']}, at end {meta.get('load_average_end')}: "
        "the machine may be shared, so every figure is a median over repeated runs with [min–max]."
    )
    out += ["", "## Targets", "", "| target | limit | measured | met | note |", "|---|---|---|---|---|"]
    for t in targets:
        limit = "—" if t["limit"] is None else f"{t.get('bound', '<')} {t['limit']:g} {t['unit']}"
        if t["value"] is None:
            value = "—"
        elif isinstance(t["value"], bool):
            value = "yes" if t["value"] else "no"
        else:
            value = f"{t['value']:.1f} {t['unit']}"
        met = "—" if t["met"] is None else ("✅" if t["met"] else "❌")
        out.append(f"| {t['target']} | {limit} | {value} | {met} | {t['note']} |")

    out += ["", f"## Seed corpus ({seed['documents']} documents, {seed['chunks']} chunks)", ""]
    cold = seed["cold_start"]
    inner = cold["in_process"]
    out += [
        "| measure | median [min–max] |",
        "|---|---|",
        f"| full ingest, fresh home (`policy ingest`, wall) | {_s(seed['full_ingest_seconds'], ' s', 2)} |",
        f"| … of which inside `ingest()` | {_s(seed['full_ingest_inner_seconds'], ' s', 2)} |",
        f"| … peak RSS of the ingest process | {_s(seed['full_ingest_peak_rss_mib'], ' MiB', 0)} |",
        *(
            [
                f"| … embedding alone ({seed['embedding']['model']}, {seed['embedding']['chunks']} chunks, warm model) | "
                f"{seed['embedding']['seconds']:.2f} s ({seed['embedding']['chunks_per_second']:.0f} chunks/s) |"
            ]
            if seed.get("embedding")
            else []
        ),
        f"| re-ingest, nothing changed (wall) | {_s(seed['reingest_seconds'], ' s', 2)} |",
        f"| cold start to first answer (new `policy ask` process, wall) | {_s(cold['wall_seconds'], ' s', 2)} |",
        f"| … inside that process: imports / total | {inner['import_seconds']:.2f} s / {inner['total_seconds']:.2f} s |",
        f"| … heavy modules imported | {', '.join(inner['heavy_modules']) or 'none (no torch)'} |",
        f"| open index and warm (in process) | {seed['warm']['open_and_warm_seconds']:.2f} s |",
        f"| serving process peak RSS (opens, warms, answers all items) | {_s(seed['serve']['peak_rss_mib'], ' MiB', 0)} |",
        f"| … RSS after open and warm-up | {seed['serve']['rss_open_mib']:.0f} MiB |",
    ]
    out += ["", "### Warm answer latency per category (ms)", ""]
    out += ["| category | p50 | p95 | p99 |", "|---|---|---|---|"]
    for category, row in seed["warm"]["latency_ms"].items():
        name = f"**{category}**" if category == "all" else category
        out.append(f"| {name} | {_s(row['p50'])} | {_s(row['p95'])} | {_s(row['p99'])} |")
    b = seed["warm"]["breakdown_ms"]
    out += [
        "",
        f"Where a warm answer's time goes (mean per question): BM25 {b['bm25']:.1f} ms, query embedding {b['embed']:.1f} ms, "
        f"Chroma {b['chroma']:.1f} ms, everything else (question understanding, rules, quotes, composing) {b['other']:.1f} ms; "
        f"total {b['total']:.1f} ms.",
    ]
    out += ["", "### Throughput: threads asking one Assistant", ""]
    out += ["| threads | asks | questions/s | speed-up | p95 latency under load |", "|---|---|---|---|---|"]
    base = seed["throughput"][0]["qps"]["median"] if seed["throughput"] else None
    for row in seed["throughput"]:
        out.append(
            f"| {row['threads']} | {row['asks']} | {_s(row['qps'])} | {_ratio(row['qps']['median'], base)} | {_s(row['latency_p95_ms'], ' ms')} |"
        )
    out += [
        "",
        "Threads share one interpreter: jieba, rules and composing are pure Python and hold the GIL; only "
        "numpy (embedding), Chroma's Rust core and bm25s's array maths release it.  More threads than "
        "cores therefore add queueing, not throughput; to use more cores run several app processes "
        "(see docs/deployment.md — in server mode they share one Chroma).",
    ]
    if seed.get("naive"):
        out += _naive_rows("Seed corpus: the full system against the naive RAG baseline", seed["warm"], seed["naive"])

    if scale:
        out += ["", "## Scale curve", ""]
        if chart:
            out += [f"![scale]({chart})", ""]
        out.append(
            "Synthetic corpora: the seed documents re-issued by other provinces and cities (evals/synth.py), "
            "ingested by `policy ingest`.  hit@1 counts the ORIGINAL document's article at rank 1 among the decoys "
            "(answerable items only); *no filter* turns region filtering off."
        )
        out += [
            "",
            "| chunks | docs | ingest s | ingest RSS MiB | cold start s | p50 ms | p95 ms | p99 ms | serving RSS MiB | hit@1 | hit@1 no filter | naive hit@1 | naive p95 ms |",
            "|" + "---|" * 13,
        ]
        rows = [_scale_row(seed, seed_point=True)] + [_scale_row(p) for p in scale]
        out += rows
        out += ["", "### Lexical stage: bm25s (shipped) against rank-bm25 BM25Okapi", ""]
        out += [
            "| chunks | tokenize s | bm25s index s | rank-bm25 index s | index time rank-bm25 ÷ bm25s | bm25s query p50/p95 ms | rank-bm25 query p50/p95 ms | query time rank-bm25 ÷ bm25s (p50) | same top-1 | top-10 overlap | queries |",
            "|" + "---|" * 11,
        ]
        for p in [{"chunks": seed["chunks"], "lexical": seed["lexical"]}] + scale:
            lx = p["lexical"]
            out.append(
                f"| {p['chunks']:,} | {lx['tokenize_seconds']:.2f} | {lx['bm25s_index_seconds']:.2f} | {lx['rank_bm25_index_seconds']:.2f} | "
                f"{_ratio(lx['rank_bm25_index_seconds'], lx['bm25s_index_seconds'])} | "
                f"{lx['bm25s_query_ms'].get('p50', 0):.2f} / {lx['bm25s_query_ms'].get('p95', 0):.2f} | "
                f"{lx['rank_bm25_query_ms'].get('p50', 0):.2f} / {lx['rank_bm25_query_ms'].get('p95', 0):.2f} | "
                f"{_ratio(lx['rank_bm25_query_ms'].get('p50'), lx['bm25s_query_ms'].get('p50'))} | "
                f"{_pct(lx['top1_agreement'])} | {_pct(lx['top10_overlap'])} | {lx['queries']} |"
            )
        out += ["", "### Where the time goes at each size (mean ms per question)", ""]
        out += ["| chunks | BM25 | query embedding | Chroma | other | total |", "|---|---|---|---|---|---|"]
        for p in [seed] + scale:
            b = p["warm"]["breakdown_ms"]
            out.append(f"| {p['chunks']:,} | {b['bm25']:.1f} | {b['embed']:.1f} | {b['chroma']:.1f} | {b['other']:.1f} | {b['total']:.1f} |")
        for p in scale:
            if p.get("naive"):
                out += _naive_rows(f"{p['chunks']:,} chunks: the full system against the naive RAG baseline", p["warm"], p["naive"])
    out += render_serving(data.get("serving"))
    out += ["", "## How it was measured", ""] + [f"- {n}" for n in METHOD]
    notes = data.get("notes") or []
    if notes:
        out += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


METHOD = (
    "Ingest and cold start run `policy` as a child process and time it from spawn to exit; the operating "
    "system's file cache is warm (the files were just written), so a first start after a reboot is slower.",
    "Warm latency: one Assistant in the benchmark process, every QA item in file order (history and date "
    "included, today pinned to 2026-11-21), several passes; p50/p95/p99 are taken per pass and reported as the "
    "median across passes [min–max].  A pass that coincides with other load on the machine shows in the max.",
    "Serving RSS: a child process (`python -m evals.bench_probe serve`) opens the index, warms up and answers "
    "every QA item; the figure is its peak resident set, sampled with psutil every 5 ms inside the probe and every "
    "20 ms from the parent (not `ru_maxrss`, which a child started by `subprocess` inherits from its parent on Linux).",
    "Synthetic corpora: every variant of the seed is a whole region's re-issue (names, 文号, years, amounts "
    "changed together).  The decoys cover provinces the seed does not, so `abstain` items about an uncovered "
    "province become answerable at scale: compare hit@1 (answerable items only) across sizes, not answer accuracy.",
    "Lexical comparison: both libraries index the same jieba tokens with k1 = 1.2, b = 0.75.  bm25s runs the "
    "Lucene idf (what the assistant ships); rank-bm25's BM25Okapi uses the Robertson idf with a floor for common "
    "terms, so top results agree less as near-duplicate decoys multiply; query time is scoring plus top-10 selection.",
    "Naive RAG: evals/naive.py (500-character windows, dense only, top window as the answer, never abstains), "
    "built in the benchmark process with the same embedder.",
)


def _scale_row(p: dict, seed_point: bool = False) -> str:
    lat = p["warm"]["latency_ms"]["all"]
    naive = p.get("naive")
    ingest = _s(p["full_ingest_seconds"], "", 1) if seed_point else f"{p['ingest_seconds']:.1f}"
    ingest_rss = _s(p["full_ingest_peak_rss_mib"], "", 0) if seed_point else f"{p['ingest_peak_rss_mib']:.0f}"
    label = f"{p['chunks']:,} (seed)" if seed_point else f"{p['chunks']:,}"
    naive_cells = f"{_pct(_acc(naive))} | {naive['latency_ms']['p95']:.1f}" if naive else "— | —"
    return (
        f"| {label} | {p['documents']:,} | {ingest} | {ingest_rss} | {_s(p['cold_start']['wall_seconds'], '', 2)} | "
        f"{_s(lat['p50'])} | {_s(lat['p95'])} | {_s(lat['p99'])} | {_s(p['serve']['peak_rss_mib'], '', 0)} | "
        f"{_pct(_acc(p['warm']))} | {_pct(_acc(p['warm']['no_region_filter']))} | {naive_cells} |"
    )


def _naive_rows(title: str, warm: dict, naive: dict) -> list[str]:
    full_acc, naive_acc = warm.get("accuracy") or {}, naive.get("accuracy") or {}
    full_p95 = warm["latency_ms"]["all"]["p95"]["median"]
    out = ["", f"### {title}", "", "| | full system | naive RAG | full ÷ naive |", "|---|---|---|---|"]
    for key, label in (("hit@1", "hit@1"), ("mrr", "MRR"), ("accuracy", "answer accuracy")):
        a, b = full_acc.get(key), naive_acc.get(key)
        out.append(f"| {label} | {_pct(a)} | {_pct(b)} | {_ratio(a, b)} |")
    out.append(f"| latency p95 | {full_p95:.1f} ms | {naive['latency_ms']['p95']:.1f} ms | {_ratio(full_p95, naive['latency_ms']['p95'])} |")
    out.append(f"| build | index (ingest) | {naive['windows']:,} windows embedded in {naive['build_seconds']:.1f} s | |")
    return out


def render_chart(data: dict, path: Path) -> None:
    """Four panels against corpus size: latency, ingest time, RSS, hit@1."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    seed, scale = data["seed"], data["scale"]
    points = [seed] + sorted(scale, key=lambda p: p["chunks"])
    x = [p["chunks"] for p in points]
    fig, axes = plt.subplots(2, 2, figsize=(11, 7.5), dpi=110)
    ax = axes[0][0]
    for key, style in (("p50", "o-"), ("p95", "s-"), ("p99", "^-")):
        ax.plot(x, [p["warm"]["latency_ms"]["all"][key]["median"] for p in points], style, label=f"full {key}")
    naive = [(p["chunks"], p["naive"]["latency_ms"]["p95"]) for p in points if p.get("naive")]
    if naive:
        ax.plot(*zip(*naive), "x--", label="naive RAG p95")
    ax.axhline(300, color="red", lw=0.8, ls=":", label="target p95 @100k")
    ax.axhline(50, color="orange", lw=0.8, ls=":", label="target p95 seed")
    ax.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ms", title="Warm answer latency")
    ax.legend(fontsize=7)

    ax = axes[0][1]
    ingest = [seed["full_ingest_seconds"]["median"]] + [p["ingest_seconds"] for p in points[1:]]
    ax.plot(x, ingest, "o-", label="ingest (wall)")
    ax.plot(x, [p["cold_start"]["wall_seconds"]["median"] for p in points], "s-", label="cold start to first answer")
    ax.set(xscale="log", yscale="log", xlabel="chunks", ylabel="s", title="Ingest and cold start")
    ax.legend(fontsize=7)

    ax = axes[1][0]
    ax.plot(x, [p["serve"]["peak_rss_mib"]["median"] for p in points], "o-", label="serving peak RSS")
    ingest_rss = [seed["full_ingest_peak_rss_mib"]["median"]] + [p["ingest_peak_rss_mib"] for p in points[1:]]
    ax.plot(x, ingest_rss, "s--", label="ingest peak RSS")
    ax.axhline(1024, color="red", lw=0.8, ls=":", label="target 1 GiB")
    ax.set(xscale="log", xlabel="chunks", ylabel="MiB", title="Memory")
    ax.legend(fontsize=7)

    ax = axes[1][1]
    ax.plot(x, [_acc(p["warm"]) or 0 for p in points], "o-", label="hit@1, region filters")
    ax.plot(x, [_acc(p["warm"]["no_region_filter"]) or 0 for p in points], "s-", label="hit@1, no filters")
    if naive:
        ax.plot([p["chunks"] for p in points if p.get("naive")], [_acc(p["naive"]) or 0 for p in points if p.get("naive")], "x--", label="naive RAG hit@1")
    ax.set(xscale="log", ylim=(0, 1.02), xlabel="chunks", ylabel="hit@1", title="Citation accuracy among decoys")
    ax.legend(fontsize=7)
    fig.suptitle(f"policy bench, {data['meta']['started'][:10]} ({data['meta']['embedding']})")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
