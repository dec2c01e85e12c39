"""``policy bench --quick``: the whole benchmark on tiny sizes, as CI runs it (well under a minute)."""

from __future__ import annotations

import json

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
    assert list(cold["steps_ms"]) == ["imports", "settings", "index", "bm25", "chroma", "embedder", "first_answer", "second_answer"]
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
