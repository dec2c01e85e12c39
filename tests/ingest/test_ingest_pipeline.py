"""The whole ingest (ingest.pipeline.ingest): idempotent, incremental, robust to bad files, reproducible."""

from __future__ import annotations

import shutil

import pytest

from assistant.config import Settings
from assistant.store import current_build, open_index, read_manifest
from ingest.pipeline import ingest
from ingest_support import FIXTURE_RAW, REAL_CORPUS, fixture_text

REAL_FILES = sorted(p.name for p in (REAL_CORPUS / "raw").iterdir())


def _index_is_sound(settings):
    """The live build opens, and its BM25 and Chroma halves hold exactly its chunks."""
    index = open_index(settings)
    ids = [c.chunk_id for c in index.chunks]
    assert len(ids) == len(set(ids)) == index.manifest["chunks"]
    assert index.lexical.size == len(ids)
    assert sorted(index.dense.ids()) == sorted(ids)
    assert {c.doc_id for c in index.chunks} <= set(index.documents)
    return index


# --- idempotent and incremental -------------------------------------------------------------


def test_an_unchanged_corpus_is_not_parsed_or_embedded_again(real_build):
    settings, first = real_build
    build = current_build(settings)
    again = ingest(settings)
    assert again.up_to_date
    assert (again.parsed, again.cached, again.vectors_computed) == ([], [], 0)
    assert (again.documents, again.articles, again.chunks) == (first.documents, first.articles, first.chunks)
    assert current_build(settings) == build and again.build == build.name


def test_adding_one_file_parses_and_embeds_only_that_file(real_corpus):
    first = ingest(real_corpus)
    assert sorted(first.parsed) == REAL_FILES and first.vectors_computed == first.chunks
    shutil.copyfile(FIXTURE_RAW / "100_js_notice_measure.txt", real_corpus.raw_dir / "100_js_notice_measure.txt")

    second = ingest(real_corpus)

    assert second.parsed == ["100_js_notice_measure.txt"]
    assert sorted(second.cached) == REAL_FILES
    index = _index_is_sound(real_corpus)
    new_docs = {d.doc_id for d in index.documents.values() if d.source_file == "100_js_notice_measure.txt"}
    new_chunks = [c for c in index.chunks if c.doc_id in new_docs]
    assert len(new_docs) == 2 and second.documents == first.documents + 2
    assert second.vectors_computed == len(new_chunks) == second.chunks - first.chunks


def test_changing_one_file_reparses_only_that_file(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt", "102_sc_traditional.txt")
    ingest(settings)
    path = settings.raw_dir / "102_sc_traditional.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("60%", "80%"), encoding="utf-8")

    report = ingest(settings)

    assert (report.parsed, report.cached) == (["102_sc_traditional.txt"], ["100_js_notice_measure.txt"])
    assert report.vectors_computed == 1  # only the clause that changed
    index = _index_is_sound(settings)
    assert any("80%" in c.text for c in index.chunks) and not any("60%" in c.text for c in index.chunks)


def test_removing_a_file_removes_its_documents_from_both_indexes(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt", "102_sc_traditional.txt")
    ingest(settings)
    (settings.raw_dir / "100_js_notice_measure.txt").unlink()

    report = ingest(settings)

    assert report.documents == 1 and report.vectors_computed == 0
    index = _index_is_sound(settings)
    assert {d.source_file for d in index.documents.values()} == {"102_sc_traditional.txt"}


def test_rebuild_reuses_cached_parses_and_vectors(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt")
    first = ingest(settings)
    again = ingest(settings, rebuild=True)
    assert not again.up_to_date
    assert (again.parsed, again.cached, again.vectors_computed) == ([], ["100_js_notice_measure.txt"], 0)
    assert again.build != first.build and current_build(settings).name == again.build
    _index_is_sound(settings)


def test_two_builds_in_the_same_second_do_not_collide(make_corpus, monkeypatch):
    """Build ids are stamped to the second; a quick second build must not clash with the live one."""
    import time

    settings = make_corpus("100_js_notice_measure.txt")
    strftime = time.strftime
    monkeypatch.setattr(time, "strftime", lambda fmt, *a: strftime(fmt, time.localtime(0)))
    first = ingest(settings)
    second = ingest(settings, rebuild=True)
    third = ingest(settings, rebuild=True)
    assert len({first.build, second.build, third.build}) == 3
    assert current_build(settings).name == third.build
    _index_is_sound(settings)


# --- bad files are reported and skipped; the rest is ingested ---------------------------------


BAD_FILES = {
    "300_empty.txt": b"",
    "301_scan.pdf": b"%PDF-1.4\n\x00\x01\x02\x03binary stream\x00",
    "302_latin1.txt": "Résumé café, naïve: a Latin-1 page with no Chinese at all.".encode("latin-1"),
}


def test_bad_files_are_skipped_by_name_and_the_rest_is_ingested(make_corpus):
    gbk = fixture_text("102_sc_traditional.txt").encode("gb18030")
    settings = make_corpus(
        "100_js_notice_measure.txt", "200_no_title.txt", "201_deleted_page.txt",
        extra={**BAD_FILES, "103_gbk.txt": gbk},
    )  # fmt: skip

    report = ingest(settings)

    reasons = dict(report.skipped)
    assert sorted(reasons) == ["200_no_title.txt", "201_deleted_page.txt", "300_empty.txt", "301_scan.pdf", "302_latin1.txt"]
    assert reasons["300_empty.txt"] == "300_empty.txt: 文件为空（empty file）"
    assert reasons["301_scan.pdf"].startswith("301_scan.pdf: 二进制文件")
    assert reasons["302_latin1.txt"].startswith("302_latin1.txt: 无法识别的编码")
    assert reasons["200_no_title.txt"].startswith("200_no_title.txt:1: 找不到文件标题")
    assert reasons["201_deleted_page.txt"].startswith("201_deleted_page.txt:3: 找不到文件标题")
    assert sorted(report.parsed) == ["100_js_notice_measure.txt", "103_gbk.txt"]
    index = _index_is_sound(settings)
    assert sorted(d.source_file for d in index.documents.values()) == ["100_js_notice_measure.txt"] * 2 + ["103_gbk.txt"]
    assert sorted(index.manifest["files"]) == ["100_js_notice_measure.txt", "103_gbk.txt"]
    assert (settings.parsed_dir / "documents.jsonl").read_text(encoding="utf-8").count("\n") == 3


def test_skipped_files_are_still_reported_when_nothing_changed(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt", extra={"300_empty.txt": b""})
    first = ingest(settings)
    again = ingest(settings)
    assert again.up_to_date
    assert again.skipped == first.skipped == [("300_empty.txt", "300_empty.txt: 文件为空（empty file）")]


def test_a_bad_file_added_later_leaves_the_index_whole(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    (settings.raw_dir / "300_empty.txt").write_bytes(b"")
    report = ingest(settings)
    assert report.skipped == [("300_empty.txt", "300_empty.txt: 文件为空（empty file）")]
    assert report.documents == 2 and report.vectors_computed == 0
    _index_is_sound(settings)


def test_a_corpus_of_only_bad_files_builds_nothing_and_keeps_the_old_index(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    build = current_build(settings)
    (settings.raw_dir / "100_js_notice_measure.txt").unlink()
    (settings.raw_dir / "300_empty.txt").write_bytes(b"")

    report = ingest(settings)

    assert report.documents == 0 and report.build is None
    assert report.skipped == [("300_empty.txt", "300_empty.txt: 文件为空（empty file）")]
    assert current_build(settings) == build
    _index_is_sound(settings)


def test_an_empty_raw_directory_is_reported(make_corpus):
    settings = make_corpus()
    report = ingest(settings)
    assert report.documents == 0 and report.skipped == [("corpus/raw", "没有可用的政策文件")]
    assert current_build(settings) is None


def test_a_duplicate_document_in_another_file_is_reported_and_skipped(make_corpus):
    text = fixture_text("102_sc_traditional.txt") + "\n"  # the same page saved again: other bytes, same document
    settings = make_corpus("102_sc_traditional.txt", extra={"103_same_page_again.txt": text})

    report = ingest(settings)

    assert report.documents == 1
    (warning,) = [w for w in report.warnings if "duplicate" in w]
    assert warning == (
        "103_same_page_again.txt: 《四川省人力资源和社会保障厅关于做好高校毕业生就业见习工作的通知》"
        "与 102_sc_traditional.txt 中的文件重复，已跳过（duplicate document）"
    )
    index = _index_is_sound(settings)
    assert {d.source_file for d in index.documents.values()} == {"102_sc_traditional.txt"}


def test_a_stale_fix_skips_its_file_with_the_reason(make_corpus):
    fixes = "fixes:\n  - {file: 100_js_notice_measure.txt, damaged: 已不存在的字, repair: x, why: stale entry}\n"
    settings = make_corpus("100_js_notice_measure.txt", "102_sc_traditional.txt", fixes=fixes)
    report = ingest(settings)
    ((name, reason),) = report.skipped
    assert name == "100_js_notice_measure.txt"
    assert reason == "100_js_notice_measure.txt: 修复表已过期：'已不存在的字' 应出现 1 次，实际 0 次（corpus/fixes.yaml 需要复核）"
    assert report.documents == 1


# --- reproducible ------------------------------------------------------------------------------


OUTPUTS = ("parsed/documents.jsonl", "parsed/articles.jsonl", "parsed/chunks.jsonl", "parsed/relations.jsonl", "README.md")


def test_two_fresh_ingests_write_byte_identical_outputs(tmp_path):
    runs = []
    for n in (1, 2):
        corpus = tmp_path / f"corpus{n}"
        shutil.copytree(REAL_CORPUS, corpus)
        for name in OUTPUTS:
            (corpus / name).unlink()
        settings = Settings(corpus_dir=corpus, home=tmp_path / f"home{n}", embedding="hash")
        report = ingest(settings)
        assert sorted(report.parsed) == REAL_FILES  # really parsed, nothing cached
        runs.append({name: (corpus / name).read_bytes() for name in OUTPUTS})
    assert runs[0] == runs[1]


def test_committed_parsed_output_is_what_ingest_writes(real_build):
    """corpus/parsed and corpus/README.md are the reproducible output of ingest: regenerate them
    with `policy ingest` after changing the parser, fixes.yaml or a source file."""
    settings, _ = real_build
    for name in OUTPUTS:
        same = (settings.corpus_dir / name).read_bytes() == (REAL_CORPUS / name).read_bytes()
        assert same, f"corpus/{name} is not what ingest writes now: run `policy ingest` and commit it"


def test_manifest_records_what_was_built(real_build):
    settings, report = real_build
    manifest = read_manifest(current_build(settings))
    assert manifest["embedding_model"] == "hash-256"
    assert (manifest["documents"], manifest["articles"], manifest["chunks"]) == (report.documents, report.articles, report.chunks)
    assert sorted(manifest["files"]) == REAL_FILES
    assert manifest["skipped"] == []
