"""``policy ingest --check`` as a library call (ingest.check.check_corpus): every problem, one line each."""

from __future__ import annotations

import json
import os

from ingest.check import check_corpus
from ingest.pipeline import ingest
from ingest_support import fixture_text

BROKEN_FIXES = """
fixes:
  - {file: 999_gone.txt, damaged: 旧字, repair: 新字, why: the file was renamed since}
documents:
  # a title typed in Traditional characters: ingest keeps it, --check must flag it
  - {file: 203_untitled.txt, line: 1, title: 江蘇省人力資源和社會保障廳關於做好技能培訓工作的通知, why: test}
  - {file: 102_sc_traditional.txt, line: 40, doc_number: 川人社发〔2024〕99号, why: stale, the document starts on line 1}
"""


def test_the_real_corpus_has_no_problems(real_corpus):
    assert check_corpus(real_corpus) == []


def test_a_broken_corpus_lists_every_problem(make_corpus):
    settings = make_corpus(
        "100_js_notice_measure.txt", "102_sc_traditional.txt", "200_no_title.txt", "202_no_region.txt",
        "203_untitled.txt", fixes=BROKEN_FIXES,
    )  # fmt: skip
    problems = check_corpus(settings)
    assert problems == [
        "fixes.yaml: 修复 '旧字' 指向不存在的源文件 999_gone.txt",
        "fixes.yaml: 102_sc_traditional.txt 的文档元数据（第 40 行）没有匹配任何文件，需要复核",
        "200_no_title.txt:1: 找不到文件标题（no recognizable title）；如确属政策文件，请在 corpus/fixes.yaml 的 documents 中补充标题与依据",
        "202_no_region.txt:1 《关于做好职业技能竞赛工作的通知》: 无法确定地区（region）",
        # (its region cannot be read from a Traditional issuer name either)
        "203_untitled.txt:1 《江蘇省人力資源和社會保障廳關於做好技能培訓工作的通知》: 无法确定地区（region）",
        "203_untitled.txt:1 《江蘇省人力資源和社會保障廳關於做好技能培訓工作的通知》: 仍有繁体字 廳於會蘇訓資關",
    ]


def test_a_stale_fix_is_a_problem_naming_its_file(make_corpus):
    fixes = "fixes:\n  - {file: 102_sc_traditional.txt, damaged: 見習對象, repair: 见习对象, count: 2, why: test}\n"
    settings = make_corpus("102_sc_traditional.txt", fixes=fixes)
    assert check_corpus(settings) == [
        "102_sc_traditional.txt: 修复表已过期：'見習對象' 应出现 2 次，实际 1 次（corpus/fixes.yaml 需要复核）"
    ]


def test_a_malformed_fix_table_is_the_one_problem(make_corpus):
    settings = make_corpus("102_sc_traditional.txt", fixes="fixes: [{file: a.txt}]\n")
    (problem,) = check_corpus(settings)
    assert problem.startswith("fixes.yaml: 修复条目缺少字段")


def test_an_empty_corpus_is_a_problem(make_corpus):
    settings = make_corpus()
    assert check_corpus(settings) == [f"{settings.raw_dir}: 没有源文件"]


def test_the_same_document_in_two_files_is_a_problem(make_corpus):
    settings = make_corpus("102_sc_traditional.txt", extra={"103_copy.txt": fixture_text("102_sc_traditional.txt") + "\n"})
    (problem,) = check_corpus(settings)
    assert problem.startswith("doc_id 重复：sc-2024-")


def test_an_exact_copy_of_a_file_is_a_problem_naming_both(make_corpus):
    settings = make_corpus("102_sc_traditional.txt", extra={"103_copy.txt": fixture_text("102_sc_traditional.txt")})
    assert check_corpus(settings) == ["103_copy.txt: 与 102_sc_traditional.txt 内容完全相同（duplicate file）"]


def test_a_file_name_that_is_not_utf8_is_a_problem_named_with_its_bytes_escaped(make_corpus):
    settings = make_corpus("102_sc_traditional.txt")
    (settings.raw_dir / os.fsdecode(b"104_\xff.txt")).write_bytes(b"x")
    assert check_corpus(settings) == ["104_\\xff.txt: 文件名不是 UTF-8 编码（file name is not UTF-8）"]


def test_parsed_output_out_of_step_with_the_sources_is_a_problem(make_corpus):
    settings = make_corpus("102_sc_traditional.txt")
    ingest(settings)
    assert check_corpus(settings) == []
    documents = settings.parsed_dir / "documents.jsonl"
    rows = [json.loads(l) for l in documents.read_text(encoding="utf-8").splitlines()]
    rows[0]["doc_id"] = "sc-2024-000000"
    documents.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert check_corpus(settings) == ["corpus/parsed/documents.jsonl 与源文件不一致：请运行 `policy ingest`"]
