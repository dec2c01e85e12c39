"""What ingest admits (issue 14, items 3, 8 and 9).

- A file whose name is not UTF-8 is named (its bytes escaped) and skipped; the manifest
  is written, no ``.tmp`` build is left, the rest is ingested.
- An exact copy of a source file under another name is skipped by name (by content, not
  by title); the copy kept is the one fixes.yaml names, else the one already indexed.
- A document with no recognizable region is refused by name, unless fixes.yaml places it
  with its evidence (``why``); a region that is no province or city is refused too.
- A source file edited keeping its size is a change (content hashes, not size or time).
- A build that fails midway leaves nothing behind and the live build serving.
"""

from __future__ import annotations

import os
import shutil

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.store import builds_dir, current_build, open_index
from ingest.pipeline import ingest, is_up_to_date
from ingest_support import FIXTURE_RAW

JS = "100_js_notice_measure.txt"
TY = "101_ty_plan_page.txt"
NO_REGION = "202_no_region.txt"
BAD_NAME = os.fsdecode(b"103_\xd5\xfe\xb2\xdf\xff.txt")  # GBK bytes and a stray 0xff: not UTF-8
BAD_SHOWN = "103_\\xd5\\xfe\\xb2\\xdf\\xff.txt"


def _cli(settings, *args):
    env = {"POLICY_CORPUS": str(settings.corpus_dir), "POLICY_HOME": str(settings.home), "POLICY_EMBEDDING": "hash"}
    return CliRunner().invoke(app, list(args), env=env)


def _no_tmp(settings) -> bool:
    return not [p for p in builds_dir(settings).iterdir() if p.name.endswith(".tmp")]


# --- file names that are not UTF-8 ------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_named_escaped_and_skipped(make_corpus):
    settings = make_corpus(JS)
    (settings.raw_dir / BAD_NAME).write_bytes((FIXTURE_RAW / TY).read_bytes())

    report = ingest(settings)

    assert report.build and report.documents == 2
    (reason,) = [r for f, r in report.skipped if f == BAD_SHOWN]
    assert reason.startswith(BAD_SHOWN) and "文件名不是 UTF-8" in reason
    assert _no_tmp(settings)
    index = open_index(settings)
    assert {d.source_file for d in index.documents.values()} == {JS}
    assert index.manifest["skipped"] == [{"file": BAD_SHOWN, "reason": reason}]

    again = ingest(settings)  # nothing changed: still said
    assert again.up_to_date and dict(again.skipped)[BAD_SHOWN] == reason


def test_policy_ingest_names_the_bad_file_name_and_the_index_keeps_serving(make_corpus):
    settings = make_corpus(JS)
    ingest(settings)
    live = current_build(settings)
    (settings.raw_dir / BAD_NAME).write_bytes(b"anything")

    result = _cli(settings, "ingest")

    assert result.exit_code == 0, result.output
    assert f"已跳过 {BAD_SHOWN}：" in result.stderr and "Traceback" not in result.output
    assert _no_tmp(settings)
    assert current_build(settings) != live and open_index(settings).documents  # a whole new build, serving


def test_check_names_the_bad_file_name(make_corpus):
    settings = make_corpus(JS)
    (settings.raw_dir / BAD_NAME).write_bytes(b"anything")
    result = _cli(settings, "ingest", "--check")
    assert result.exit_code == 1 and f"{BAD_SHOWN}: 文件名不是 UTF-8" in result.stderr


# --- exact copies ------------------------------------------------------------------------------


def test_an_exact_copy_under_a_new_name_is_skipped_by_name(make_corpus):
    settings = make_corpus(JS, TY)
    first = ingest(settings)
    shutil.copyfile(settings.raw_dir / JS, settings.raw_dir / "000_copy_sorted_first.txt")

    report = ingest(settings)

    assert report.documents == first.documents and report.chunks == first.chunks
    assert dict(report.skipped)["000_copy_sorted_first.txt"] == (
        f"000_copy_sorted_first.txt: 与 {JS} 内容完全相同（duplicate file），已跳过"
    )  # the one the live build holds is kept, though the copy sorts first
    assert not [w for w in report.warnings if "duplicate" in w]
    assert {d.source_file for d in open_index(settings).documents.values()} == {JS, TY}


def test_of_two_copies_the_one_fixes_yaml_names_is_kept(make_corpus):
    fixes = "documents:\n  - {file: 900_named.txt, line: 1, doc_number: 苏人社发〔2023〕1号, why: test evidence}\n"
    data = (FIXTURE_RAW / JS).read_bytes()
    settings = make_corpus(extra={"100_first.txt": data, "900_named.txt": data}, fixes=fixes)

    report = ingest(settings)

    assert [f for f, _ in report.skipped] == ["100_first.txt"]
    assert {d.source_file for d in open_index(settings).documents.values()} == {"900_named.txt"}


# --- regions -----------------------------------------------------------------------------------


def test_a_document_with_no_recognizable_region_is_refused_by_name(make_corpus):
    settings = make_corpus(JS, NO_REGION)

    report = ingest(settings)

    reason = dict(report.skipped)[NO_REGION]
    assert reason.startswith(f"{NO_REGION}:1 《关于做好职业技能竞赛工作的通知》: 无法确定地区（region），未收录")
    index = open_index(settings)
    assert {d.source_file for d in index.documents.values()} == {JS}
    assert all(d.region != "未知" for d in index.documents.values())
    assert NO_REGION not in index.manifest["files"]


def test_an_override_with_evidence_places_a_region_less_document(make_corpus):
    fixes = f"documents:\n  - {{file: {NO_REGION}, line: 1, region: 江苏省, why: 发文单位为江苏省竞赛委员会（test）}}\n"
    settings = make_corpus(NO_REGION, fixes=fixes)

    report = ingest(settings)

    assert not report.skipped
    (doc,) = open_index(settings).documents.values()
    assert (doc.region, doc.province, doc.source_file) == ("江苏省", "江苏省", NO_REGION)


def test_an_override_without_evidence_or_to_an_unknown_region_is_refused(make_corpus):
    from assistant.errors import CorpusFileError

    settings = make_corpus(NO_REGION, fixes=f"documents:\n  - {{file: {NO_REGION}, line: 1, region: 江苏省, why: ''}}\n")
    with pytest.raises(CorpusFileError, match="why"):
        ingest(settings)

    settings = make_corpus(JS, NO_REGION, fixes=f"documents:\n  - {{file: {NO_REGION}, line: 1, region: 火星, why: test}}\n")
    report = ingest(settings)
    assert "无法确定地区" in dict(report.skipped)[NO_REGION]


# --- changes by content ------------------------------------------------------------------------


def test_a_source_file_edited_keeping_its_size_is_a_change(make_corpus):
    settings = make_corpus(JS)
    ingest(settings)
    path = settings.raw_dir / JS
    data = path.read_bytes()
    stat = path.stat()
    old, new = "第一条".encode(), "第二条".encode()  # same length in UTF-8
    assert old in data
    path.write_bytes(data.replace(old, new, 1))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the same size and the same time
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns

    assert not is_up_to_date(settings)
    report = ingest(settings)
    assert not report.up_to_date and report.parsed == [JS]
    text = "".join(d.text for d in open_index(settings).documents.values())
    assert text.count("第二条") > data.decode("utf-8").count("第二条")


# --- a failed build ----------------------------------------------------------------------------


def test_a_build_that_fails_midway_leaves_nothing_behind(make_corpus, monkeypatch):
    from ingest import index as index_module

    settings = make_corpus(JS)
    ingest(settings)
    live = current_build(settings)
    shutil.copyfile(FIXTURE_RAW / TY, settings.raw_dir / TY)

    def fail(build):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index_module, "file_hashes", fail)
    with pytest.raises(OSError):
        ingest(settings)
    monkeypatch.undo()

    assert _no_tmp(settings) and current_build(settings) == live
    assert {d.source_file for d in open_index(settings).documents.values()} == {JS}
    assert ingest(settings).documents == 3
