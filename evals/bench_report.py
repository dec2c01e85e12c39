"""``policy bench`` output: the Markdown report and the PNG chart, both from bench.json's data."""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

from evals.bench_reference import ratio_text
from evals.bench_serving import render_serving

# The run's CPU reference in seconds, while a report is rendered: every time in " s" or
# " ms" is printed with its ratio to it (evals/bench_reference.py).
_REFERENCE: ContextVar[float | None] = ContextVar("reference", default=None)
_SECONDS_PER = {" s": 1.0, " ms": 0.001}


def _s(spread: dict | None, unit: str = "", digits: int = 1, per: float | None = None) -> str:
    """``12.3 ms [11.0–14.2] · 0.0189× ref``: the median with min–max when there were several
    runs, and for a time (unit " s" or " ms", or ``per`` seconds per unit) its ratio to the CPU reference."""
    if not spread:
        return "—"
    if spread["n"] == 1 or spread["min"] == spread["max"]:
        text = f"{spread['median']:.{digits}f}{unit}"
    else:
        text = f"{spread['median']:.{digits}f}{unit} [{spread['min']:.{digits}f}–{spread['max']:.{digits}f}]"
    per = per if per is not None else _SECONDS_PER.get(unit)
    return text + _ref(spread["median"] * per) if per is not None else text


def _ref(seconds: float | None) -> str:
    """`` · 6.80× ref`` for a time in seconds, when the report has a reference."""
    reference = _REFERENCE.get()
    if seconds is None or not reference:
        return ""
    return f" · {ratio_text(seconds / reference)}"


def _t(seconds: float | None, digits: int = 1) -> str:
    """A lone time in seconds with its ratio to the reference."""
    return "—" if seconds is None else f"{seconds:.{digits}f} s{_ref(seconds)}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if not a or not b else f"{a / b:.1f}×"


def _acc(block: dict | None, key: str = "hit@1") -> float | None:
    return None if not block or not block.get("accuracy") else block["accuracy"].get(key)


def render_markdown(data: dict, chart: str | None = "bench.png") -> str:
    reference = (data.get("reference") or {}).get("seconds")
    token = _REFERENCE.set(reference)
    try:
        return _render(data, chart)
    finally:
        _REFERENCE.reset(token)


def _render(data: dict, chart: str | None) -> str:
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
    out += _machine_lines(data)
    out += ["", "## Targets", "", "| target | limit | measured | met | note |", "|---|---|---|---|---|"]
    for t in targets:
        if t["limit"] is None:
            limit = "—"
        else:
            bound = t.get("bound", "≤" if t["unit"] == "×" else "<")
            limit = f"{bound} {t['limit']:g}×" if t["unit"] == "×" else f"{bound} {t['limit']:g} {t['unit']}"
        if t["value"] is None:
            value = "—"
        elif isinstance(t["value"], bool):
            value = "yes" if t["value"] else "no"
        elif t["unit"] == "×":
            value = f"{t['value']:.2f}×"
        else:
            per = _SECONDS_PER.get(" " + t["unit"])
            value = f"{t['value']:.1f} {t['unit']}" + (_ref(t["value"] * per) if per else "")
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
                f"{_t(seed['embedding']['seconds'], 2)} ({seed['embedding']['chunks_per_second']:.0f} chunks/s) |"
            ]
            if seed.get("embedding")
            else []
        ),
        *(
            [
                f"| … its arithmetic (one thread): {ar['tokens']:,} tokens × {ar['macs_per_token']:,} multiply-adds in "
                f"{_t(ar['cpu_seconds'], 2)} of CPU = {ar['model_gmacs']} GMAC/s, against {ar['gemm_gmacs']} GMAC/s for a product "
                f"of the model's shape on the same core ({ar['share_of_gemm']:.0%}) | |"
            ]
            if (ar := (seed.get("embedding") or {}).get("arithmetic"))
            else []
        ),
        f"| re-ingest, nothing changed (wall) | {_s(seed['reingest_seconds'], ' s', 2)} |",
        f"| cold start to first answer (new `policy ask` process, wall) | {_s(cold['wall_seconds'], ' s', 2)} |",
        f"| … inside that process: imports / total | {_t(inner['import_seconds'], 2)} / {_t(inner['total_seconds'], 2)} |",
        f"| … heavy modules imported | {', '.join(inner['heavy_modules']) or 'none (no torch)'} |",
        f"| open index and warm (in process) | {_t(seed['warm']['open_and_warm_seconds'], 2)} |",
        f"| serving process peak RSS (opens, warms, answers all items) | {_s(seed['serve']['peak_rss_mib'], ' MiB', 0)} |",
        f"| … RSS after open and warm-up | {seed['serve']['rss_open_mib']:.0f} MiB |",
    ]
    out += ["", "### Warm answer latency per category (ms)", ""]
    out += ["| category | p50 | p95 | p99 |", "|---|---|---|---|"]
    for category, row in seed["warm"]["latency_ms"].items():
        name = f"**{category}**" if category == "all" else category
        out.append(f"| {name} | {_s(row['p50'], per=0.001)} | {_s(row['p95'], per=0.001)} | {_s(row['p99'], per=0.001)} |")
    b = seed["warm"]["breakdown_ms"]
    out += [
        "",
        f"Where a warm answer's time goes (mean per question): BM25 {b['bm25']:.1f} ms, query embedding {b['embed']:.1f} ms, "
        f"dense search (Chroma, or a small build's exact vectors) {b['chroma']:.1f} ms, everything else (question understanding, rules, quotes, composing) {b['other']:.1f} ms; "
        f"total {b['total']:.1f} ms.",
    ]
    out += _versus_section(data.get("versus"))
    out += ["", "### Throughput: threads asking one Assistant", ""]
    out += ["| threads | asks | questions/s | speed-up | p95 latency under load |", "|---|---|---|---|---|"]
    base = seed["throughput"][0]["qps"]["median"] if seed["throughput"] else None
    for row in seed["throughput"]:
        out.append(
            f"| {row['threads']} | {row['asks']} | {_s(row['qps'])}{_per_reference(row['qps']['median'])} | "
            f"{_ratio(row['qps']['median'], base)} | {_s(row['latency_p95_ms'], ' ms')} |"
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
        out += _scale_in_reference_units(seed, scale)
        out += _ingest_at_scale(scale)
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
    out += render_serving(data.get("serving"), _REFERENCE.get())
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
    out.append(
        f"| latency p95 | {full_p95:.1f} ms{_ref(full_p95 / 1000)} | {naive['latency_ms']['p95']:.1f} ms{_ref(naive['latency_ms']['p95'] / 1000)} | "
        f"{_ratio(full_p95, naive['latency_ms']['p95'])} |"
    )
    out.append(f"| build | index (ingest) | {naive['windows']:,} windows embedded in {_t(naive['build_seconds'])} | |")
    return out


def _machine_lines(data: dict) -> list[str]:
    """The machine (cores, CPU model, load at start and end) and the CPU reference of the run."""
    meta, reference = data["meta"], data.get("reference") or {}
    start, end = meta.get("machine_start") or {}, meta.get("machine_end") or {}
    out = []
    if start:
        out.append(
            f"Machine: {start['cores']} cores ({start['usable_cores']} usable), {start['cpu_model']}, {start['system']}, "
            f"Python {start['python']}; load average at start {start['load_average']}, at end {end.get('load_average', '—')}."
        )
    if reference:
        samples = ", ".join(f"{label} {min(v):.2f}–{max(v):.2f}" for label, v in reference["samples"].items())
        out.append(
            f"**CPU reference** (`{reference['work']}`: a fixed pure-Python loop on one core, timed in this run): "
            f"median **{reference['seconds']:.3f} s** [{reference['min']:.3f}–{reference['max']:.3f}] over {reference['runs']} runs "
            f"({samples}).  Every time below is followed by its ratio to it (`× ref`), which stays comparable "
            "between runs when the machine is busier or slower; a time spread over several cores can fall below "
            "its single-core ratio."
        )
    return [""] + out if out else []


def _mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def _per_reference(rate: float | None) -> str:
    """A rate (per second) as work done in one reference: `` · 230 per ref``."""
    reference = _REFERENCE.get()
    return "" if rate is None or not reference else f" · {rate * reference:#.3g} per ref"


def _versus_section(versus: dict | None) -> list[str]:
    """Our warm answers against the peer's retrieval, per category, with where our time goes."""
    if not versus:
        return []
    peer = versus["peer"]
    ours, theirs, retrieval = versus["ours_ms"], versus["peer_ms"], versus["ours_retrieval_ms"]
    target = versus["target_ratio"]
    out = [
        "",
        "### Against the peer: a Chatchat-style BM25 + Chroma ensemble (evals/peer.py)",
        "",
        f"The peer a user would build instead, over the same {peer['files']} files with the same embedder: "
        f"{peer['chunks']} chunks of ≤ {peer['chunk_size']} characters ({peer['chunk_overlap']} overlap), "
        f"BM25Okapi on jieba tokens and Chroma, top {peer['top_k']} each, fused by weighted RRF {peer['weights']}; "
        f"built (read, split, embed, index) in {_t(peer['build_seconds'], 2)}, of which embedding {_t(peer['embed_seconds'], 2)}.  "
        f"It retrieves only.  Ours answers in full; {versus['passes']} alternating passes; p95 in ms.",
        "",
        f"| category | ours p50 | ours p95 | our retrieval alone p95 | peer p50 | peer p95 | ours ÷ peer (p95) | ≤ {target:g}× |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for category, row in ours.items():
        other = theirs.get(category)
        if other is None:
            continue
        ratio = versus["p95_ratio"].get(category)
        name = f"**{category}**" if category == "all" else category
        met = "—" if ratio is None else ("✅" if ratio <= target else "❌")
        out.append(
            f"| {name} | {_s(row['p50'], per=0.001)} | {_s(row['p95'], per=0.001)} | {_s(retrieval[category]['p95'], per=0.001)} | "
            f"{_s(other['p50'], per=0.001)} | {_s(other['p95'], per=0.001)} | {'—' if ratio is None else f'{ratio:.2f}×'} | {met} |"
        )
    out += ["", "Where our time goes, per category (mean ms per question):", ""]
    out += ["| category | BM25 | query embedding | Chroma | other (understanding, rules, quotes, composing) | total |", "|---|---|---|---|---|---|"]
    for category, b in versus["breakdown_ms"].items():
        out.append(f"| {category} | {b['bm25']:.2f} | {b['embed']:.2f} | {b['chroma']:.2f} | {b['other']:.2f} | {b['total']:.2f} |")
    return out


def _scale_in_reference_units(seed: dict, scale: list[dict]) -> list[str]:
    """The scale curve's times as ratios to the CPU reference."""
    if not _REFERENCE.get():
        return []
    reference = _REFERENCE.get()

    def r(seconds: float | None) -> str:
        return "—" if seconds is None else ratio_text(seconds / reference).removesuffix(" ref")

    out = ["", "The same times in reference units (× ref):", ""]
    out += ["| chunks | ingest | cold start | p50 | p95 | p99 | incremental ingest of one file |", "|---|---|---|---|---|---|---|"]
    for p, is_seed in [(seed, True)] + [(p, False) for p in scale]:
        lat = p["warm"]["latency_ms"]["all"]
        ingest = p["full_ingest_seconds"]["median"] if is_seed else p["ingest_seconds"]
        incremental = (p.get("incremental") or {}).get("seconds") if not is_seed else None
        out.append(
            f"| {p['chunks']:,}{' (seed)' if is_seed else ''} | {r(ingest)} | {r(p['cold_start']['wall_seconds']['median'])} | "
            f"{r(lat['p50']['median'] / 1000)} | {r(lat['p95']['median'] / 1000)} | {r(lat['p99']['median'] / 1000)} | {r(incremental)} |"
        )
    return out


def _ingest_at_scale(scale: list[dict]) -> list[str]:
    """How each synthetic corpus was ingested, and adding one file to it."""
    if not any("vectors_computed" in p for p in scale):
        return []
    out = ["", "### Ingest at scale", ""]
    out += [
        "| chunks | worker processes | texts embedded | ingest (wall) | its CPU (all processes) | ingest peak RSS (all processes) | one new file: chunks, texts embedded | its ingest (wall) | its peak RSS |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for p in scale:
        inc = p.get("incremental") or {}
        added = f"{inc['chunks'] - p['chunks']:,}, {inc['vectors_computed']:,}" if inc else "—"
        out.append(
            f"| {p['chunks']:,} | {p.get('ingest_workers', '—')} | {p['vectors_computed']:,} | {_t(p['ingest_seconds'])} | "
            f"{_t(p.get('ingest_cpu_seconds'), 0)} | {p['ingest_peak_rss_mib']:.0f} MiB | {added} | {_t(inc.get('seconds')) if inc else '—'} | "
            f"{_mib(inc.get('peak_rss_mib'))} |"
        )
    out += [
        "",
        "A text shared by several chunks is embedded once; the workers parse and embed while the main process "
        "tokenizes for BM25 and writes Chroma, in bounded batches (ingest/index.py).  Peak RSS is the sum over the "
        "ingest process and its workers, sampled from outside.",
    ]
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
