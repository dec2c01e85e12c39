"""``policy bench --quick``: the whole benchmark on tiny sizes, as CI runs it (well under a minute)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from evals.bench_measure import Spread, percentile
from evals.bench_report import render_markdown

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench")
    result = CliRunner().invoke(
        app, ["bench", "--quick", "--sizes", "900", "--out", str(root / "out"), "--work", str(root / "work")]
    )
    assert result.exit_code == 0, result.output
    return root / "out", json.loads((root / "out" / "bench.json").read_text(encoding="utf-8"))


def test_writes_markdown_json_and_chart(quick_report):
    out, data = quick_report
    assert (out / "bench.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = (out / "bench.md").read_text(encoding="utf-8")
    for heading in ("## Targets", "## Seed corpus", "## Scale curve", "bm25s (shipped) against rank-bm25"):
        assert heading in text
    assert render_markdown(data) == text  # the report is a pure function of bench.json


def test_seed_measures_every_item_of_the_issue(quick_report):
    _, data = quick_report
    seed = data["seed"]
    assert seed["chunks"] > 0
    for key in ("full_ingest_seconds", "reingest_seconds"):
        assert seed[key]["n"] == 1 and seed[key]["median"] > 0
    assert seed["reingest_seconds"]["median"] < seed["full_ingest_seconds"]["median"]
    assert "torch" not in seed["cold_start"]["in_process"]["heavy_modules"]
    latency = seed["warm"]["latency_ms"]
    assert {"lookup", "all"} <= set(latency)
    assert latency["all"]["p50"]["median"] <= latency["all"]["p95"]["median"] <= latency["all"]["p99"]["median"]
    assert [row["threads"] for row in seed["throughput"]] == [1, 4]
    assert seed["serve"]["peak_rss_mib"]["median"] > 50
    assert seed["naive"]["accuracy"]["n"] > 0
    assert seed["lexical"]["queries"] > 0 and 0 <= seed["lexical"]["top10_overlap"] <= 1


def test_scale_point_is_a_larger_synthetic_corpus(quick_report):
    _, data = quick_report
    (point,) = data["scale"]
    assert point["chunks"] > data["seed"]["chunks"]
    assert point["skipped_files"] == 0
    assert point["warm"]["accuracy"]["hit@1"] is not None
    assert point["warm"]["no_region_filter"]["accuracy"]["hit@1"] is not None
    assert {t["key"] for t in data["targets"]} >= {"warm_p95_seed", "cold_start", "seed_ingest", "rss_100k"}


def test_spread_and_percentile():
    assert Spread.of([5.0]).text(" ms") == "5.0 ms"
    assert Spread.of([1.0, 2.0, 9.0]).text(" s") == "2.0 s [1.0–9.0]"
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 99) == 4.0


def test_serving_and_cold_start_are_measured_beside_their_references(quick_report):
    out, data = quick_report
    serving = data["serving"]
    cold = serving["cold_start"]
    assert list(cold["steps_ms"]) == ["imports", "settings", "index", "bm25", "dense", "embedder", "first_answer", "second_answer"]
    assert cold["ask_wall_seconds"]["median"] > 0 and cold["reference_seconds"]["median"] > 0
    assert cold["ratio_to_reference"] == round(cold["ask_wall_seconds"]["median"] / cold["reference_seconds"]["median"], 2)
    assert "gradio" not in cold["heavy_modules"]
    burst = serving["median_burst"]
    assert burst["errors"] == 0 and burst["answers"] > 0 and burst["searches"] == burst["conversations"]
    assert burst["answer_ms"]["p50"] <= burst["answer_ms"]["p95"]
    assert serving["core"]["answers"] == burst["answers"]  # the same turns, in process
    pair = serving["two_processes_median_burst"]
    assert pair["errors"] == 0 and pair["answers"] == burst["answers"] and serving["two_processes"]["processes"] == 2
    # every reply is what that conversation gets alone: no session saw another's, none lost its process
    assert burst["replies_differing"] == 0 and pair["replies_differing"] == 0
    assert serving["page"]["cpu_reference_seconds"]["before"] > 0 and serving["page"]["load_average_before"]
    assert {t["key"] for t in data["targets"]} >= {"page_p95", "page_rate", "page_errors", "page_alone", "cold_ratio"}
    assert "## Serving and cold start" in (out / "bench.md").read_text(encoding="utf-8")


_TIME = re.compile(r"(?<![\w/.])\d+(?:\.\d+)? (?:s|ms)\b")  # "4.4 s", "12 ms"; not a header's "p95 ms"


def test_every_time_in_a_table_is_given_beside_the_cpu_reference(quick_report):
    out, data = quick_report
    reference = data["reference"]
    assert reference["seconds"] > 0 and reference["min"] <= reference["seconds"] <= reference["max"]
    assert {"start", "after seed", "end"} <= set(reference["samples"])  # sampled through the run, not once
    text = (out / "bench.md").read_text(encoding="utf-8")
    assert f"median **{reference['seconds']:.3f} s**" in text
    cells = [c for line in text.splitlines() if line.startswith("|") for c in line.split("|")]
    # a time measured, not a limit ("< 3 s") or a target's note ("missed by 1.2 s")
    timed = [c for c in cells if _TIME.search(c) and not c.strip().startswith(("<", "≤")) and "the limit" not in c]
    assert timed and all("× ref" in c for c in timed), [c for c in timed if "× ref" not in c]
    assert "The same times in reference units" in text


def test_the_machine_and_its_load_are_recorded(quick_report):
    out, data = quick_report
    for key in ("machine_start", "machine_end"):
        record = data["meta"][key]
        assert record["cores"] >= 1 and record["cpu_model"] and len(record["load_average"]) == 3
    assert data["meta"]["machine_start"]["cpu_model"] in (out / "bench.md").read_text(encoding="utf-8")


def test_the_peer_is_timed_beside_ours_in_every_category(quick_report):
    out, data = quick_report
    versus = data["versus"]
    assert versus["peer"]["chunk_size"] == 750 and versus["peer"]["chunks"] > 0
    categories = set(data["seed"]["warm"]["latency_ms"])
    assert set(versus["ours_ms"]) == set(versus["peer_ms"]) == set(versus["p95_ratio"]) == categories
    for category, ratio in versus["p95_ratio"].items():
        ours, peer = versus["ours_ms"][category]["p95"]["median"], versus["peer_ms"][category]["p95"]["median"]
        assert ratio == pytest.approx(ours / peer, rel=1e-2)
    assert set(versus["breakdown_ms"]) == categories - {"all"}
    target = next(t for t in data["targets"] if t["key"] == "versus_peer")
    assert target["value"] == max(versus["p95_ratio"].values())
    assert "Against the peer" in (out / "bench.md").read_text(encoding="utf-8")


def test_adding_one_file_to_the_largest_index_is_measured(quick_report):
    _, data = quick_report
    (point,) = data["scale"]
    incremental = point["incremental"]
    assert incremental["parsed"] == 1  # only the new file is parsed; the others come from the cache
    assert incremental["chunks"] > point["chunks"]
    assert 0 < incremental["vectors_computed"] <= incremental["chunks"] - point["chunks"]
    assert {t["key"] for t in data["targets"]} >= {"ingest_100k", "ingest_rss_100k"}


def test_one_cpu_reference_for_every_ratio_of_the_report(quick_report):
    """The serving bursts sample the run's own reference clock (not a loop of their own), the cold
    start's reference process runs that same reference work, and the serving section's times are
    given in its units like every other time of bench.md."""
    from evals.bench_reference import REFERENCE_LOOPS

    out, data = quick_report
    reference = data["reference"]
    serving_samples = [label for label in reference["samples"] if label.startswith("serving")]
    assert len(serving_samples) == 4  # before and after the bursts, one process and two
    page = data["serving"]["page"]["cpu_reference_seconds"]
    assert page["before"] == pytest.approx(__import__("statistics").median(reference["samples"]["serving, 1 process(es): before"]), abs=1e-4)
    assert f"reference_work({REFERENCE_LOOPS})" in data["serving"]["cold_start"]["reference"]
    assert f"reference_work({REFERENCE_LOOPS})" in reference["work"]
    section = (out / "bench.md").read_text(encoding="utf-8").split("## Serving and cold start")[1]
    assert "of the in-process reference" in section and section.count("× ref") >= 10


def test_the_serving_report_gives_its_times_beside_the_same_reference(quick_report):
    from evals.bench_serving import render_serving_report

    _, data = quick_report
    serving_only = {**data, "targets": [t for t in data["targets"] if t["key"] in {"page_p95", "page_alone", "cold_ratio"}]}
    text = render_serving_report(serving_only)
    assert f"median {data['reference']['seconds']:.3f} s" in text
    cells = [c for line in text.splitlines() if line.startswith("|") for c in line.split("|")]
    timed = [c for c in cells if _TIME.search(c) and not c.strip().startswith(("<", "≤", "≥")) and "the limit" not in c]
    assert timed and all("× ref" in c for c in timed), [c for c in timed if "× ref" not in c]
