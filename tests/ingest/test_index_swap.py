"""Atomic swap: an interrupted ingest leaves the previous index serving, whole.

``interrupt_after`` raises inside ``build_index`` after a named step (the BM25 index
written, vectors computed, Chroma written, manifest written), as a Ctrl-C there would.
A real process kill is a later issue's test.
"""

from __future__ import annotations

import shutil

import pytest

from assistant.store import current_build, open_index
from ingest.pipeline import ingest
from ingest_support import FIXTURE_RAW

STEPS = ["bm25", "embed", "chroma", "manifest"]


@pytest.mark.parametrize("step", STEPS)
def test_an_interrupted_ingest_leaves_the_previous_build_serving(make_corpus, step):
    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    old_build = current_build(settings)
    old = open_index(settings)
    old_parsed = {p.name: p.read_bytes() for p in settings.parsed_dir.iterdir()}
    old_readme = (settings.corpus_dir / "README.md").read_bytes()
    shutil.copyfile(FIXTURE_RAW / "102_sc_traditional.txt", settings.raw_dir / "102_sc_traditional.txt")

    with pytest.raises(KeyboardInterrupt, match=f"interrupted after {step}"):
        ingest(settings, interrupt_after=step)

    # CURRENT still names the old build, and it still opens and serves the old data
    assert current_build(settings) == old_build
    index = open_index(settings)
    assert index.manifest == old.manifest
    assert set(index.documents) == set(old.documents)
    assert [c.chunk_id for c in index.chunks] == [c.chunk_id for c in old.chunks]
    assert index.lexical.size == len(old.chunks)
    assert sorted(index.dense.ids()) == sorted(c.chunk_id for c in old.chunks)
    hits = index.dense.query(index.embedder.embed([old.chunks[0].index_text])[0], k=1)
    assert hits[0][0] == old.chunks[0].chunk_id
    # the parsed output was not half-written either
    assert {p.name: p.read_bytes() for p in settings.parsed_dir.iterdir()} == old_parsed
    assert (settings.corpus_dir / "README.md").read_bytes() == old_readme

    # the next ingest completes and swaps in the new build
    report = ingest(settings)
    assert not report.up_to_date and report.documents == 3
    assert current_build(settings) != old_build
    new = open_index(settings)
    assert {d.source_file for d in new.documents.values()} == {"100_js_notice_measure.txt", "102_sc_traditional.txt"}
    assert sorted(new.dense.ids()) == sorted(c.chunk_id for c in new.chunks)


@pytest.mark.parametrize("step", ["bm25", "manifest"])
def test_an_interrupted_first_ingest_leaves_no_index_rather_than_a_broken_one(make_corpus, step):
    settings = make_corpus("100_js_notice_measure.txt")
    with pytest.raises(KeyboardInterrupt):
        ingest(settings, interrupt_after=step)
    assert current_build(settings) is None
    from assistant.errors import IndexMissing

    with pytest.raises(IndexMissing, match="policy ingest"):
        open_index(settings)
    assert ingest(settings).documents == 2
    assert open_index(settings).manifest["documents"] == 2


def test_only_the_live_build_and_its_predecessor_are_kept(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt")
    builds = [ingest(settings, rebuild=True).build for _ in range(4)]
    kept = sorted(p.name for p in (settings.index_dir / "builds").iterdir() if not p.name.endswith(".tmp"))
    assert kept == sorted(builds[-2:])
