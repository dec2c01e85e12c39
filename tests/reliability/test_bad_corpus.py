"""Bad corpus files are reported by name and skipped; the index that is serving keeps serving,
during the ingest that meets them and after it.

tests/ingest covers each kind of bad file on its own; here they come all at once, through
`policy ingest`, while an open Assistant answers questions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from datetime import date

import pytest
from reliability_support import assert_grounded, policy_command, policy_env, stop
from typer.testing import CliRunner

from assistant.answer import Assistant
from assistant.cli import app
from assistant.config import REPO_ROOT
from assistant.store import current_build, open_index
from ingest.pipeline import ingest

TODAY = date(2026, 11, 21)
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ingest" / "raw"
GOOD = ("100_js_notice_measure.txt", "101_ty_plan_page.txt")
QUESTIONS = ("江苏技能人才培训补贴标准是多少", "取得技师证书的补贴多少钱", "太原市就业见习补贴", "高级工证书补贴")


def bad_files() -> dict[str, bytes]:
    """One of each kind of bad file, by name -> bytes."""
    sichuan = (FIXTURES / "102_sc_traditional.txt").read_bytes()
    cut = sichuan.index("見習補貼".encode()) + 4  # in the middle of an article, and of a character
    return {
        "300_empty.txt": b"",
        "301_blank.txt": b" \n\r\n\t \n",
        "302_scan.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00\x01\x02 stream\x00\xff",
        "303_image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "304_latin1.txt": "Résumé: a Latin-1 page, not Chinese at all.".encode("latin-1"),
        "305_korean.txt": ("직업훈련 보조금 지원 안내 및 신청 방법. " * 5).encode("euc-kr"),
        "309_japanese.txt": ("職業訓練の補助金の申請方法について。" * 5).encode("shift_jis"),
        # a GBK page read as Latin-1 and saved as UTF-8 by a scraper: GB18030 reads it as 陆颅脣脮…
        "310_saved_twice.txt": (FIXTURES / "100_js_notice_measure.txt").read_text("utf-8").encode("gb18030").decode("latin-1").encode(),
        "306_truncated.txt": sichuan[:cut],
        "307_duplicate.txt": (FIXTURES / "100_js_notice_measure.txt").read_bytes(),  # an exact copy
        "308_no_title.txt": (FIXTURES / "200_no_title.txt").read_bytes(),
        "311_same_notice.txt": (FIXTURES / "100_js_notice_measure.txt").read_bytes() + b"\n",  # saved again
        "312_no_region.txt": (FIXTURES / "202_no_region.txt").read_bytes(),
        os.fsdecode(b"313_\xff\xfe_gbk_\xd5\xfe\xb2\xdf.txt"): (FIXTURES / "101_ty_plan_page.txt").read_bytes() + b"\n",
    }


SKIPPED_BECAUSE = {  # file -> words its reason must contain
    "300_empty.txt": "文件为空",
    "301_blank.txt": "文件为空",
    "302_scan.pdf": "二进制文件",
    "303_image.png": "二进制文件",
    "304_latin1.txt": "无法识别的编码",
    "305_korean.txt": "乱码",
    "309_japanese.txt": "乱码",
    "310_saved_twice.txt": "乱码",
    "306_truncated.txt": "截断",
    "307_duplicate.txt": "与 100_js_notice_measure.txt 内容完全相同",
    "308_no_title.txt": "找不到文件标题",
    "312_no_region.txt": "无法确定地区",
    "313_\\xff\\xfe_gbk_\\xd5\\xfe\\xb2\\xdf.txt": "文件名不是 UTF-8",  # named with its bytes escaped
}


def test_every_bad_file_is_reported_by_name_and_the_good_ones_are_kept(make_corpus):
    settings = make_corpus(*GOOD, extra=bad_files())

    report = ingest(settings)

    reasons = dict(report.skipped)
    assert sorted(reasons) == sorted(SKIPPED_BECAUSE)
    for name, words in SKIPPED_BECAUSE.items():
        assert reasons[name].startswith(name) and words in reasons[name], reasons[name]
    duplicates = [w for w in report.warnings if "duplicate" in w]
    assert len(duplicates) == 2  # the notice and the measure it issues, in a file that is not a byte copy
    assert all(w.startswith("311_same_notice.txt:") and "100_js_notice_measure.txt" in w for w in duplicates)
    index = open_index(settings)
    assert {d.source_file for d in index.documents.values()} == set(GOOD)
    assert all(d.region != "未知" for d in index.documents.values())
    assert sorted(index.manifest["files"]) == sorted([*GOOD, "311_same_notice.txt"])  # read, its documents dropped


def test_policy_ingest_names_each_skipped_file(make_corpus):
    settings = make_corpus(*GOOD, extra=bad_files())
    env = {k: v for k, v in policy_env(settings).items() if k.startswith("POLICY_")}
    result = CliRunner().invoke(app, ["ingest"], env=env)
    assert result.exit_code == 0 and "Traceback" not in result.output
    for name in SKIPPED_BECAUSE:
        assert f"已跳过 {name}：" in result.stderr
    assert "311_same_notice.txt" in result.stderr and "duplicate document" in result.stderr
    assert "\udcff" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_open_index_keeps_answering_while_a_bad_ingest_runs_and_after(make_corpus):
    settings = make_corpus(*GOOD)
    ingest(settings)
    first_build = current_build(settings)
    assistant = Assistant(settings)
    before = {q: assistant.ask(q, today=TODAY) for q in QUESTIONS}
    for name, data in bad_files().items():
        (settings.raw_dir / name).write_bytes(data)

    # `policy ingest` in its own process, as an operator runs it beside `policy serve`
    process = subprocess.Popen(
        policy_command("ingest"), cwd=REPO_ROOT, env=policy_env(settings), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    asked_during = 0
    try:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            for question in QUESTIONS:
                answer = assistant.ask(question, today=TODAY)
                assert answer == before[question]  # the same build, the same answer, while the new one is written
                assert_grounded(answer, assistant.index)
                asked_during += 1
        _, stderr = process.communicate(timeout=60)
    finally:
        stop(process)
    assert process.returncode == 0, stderr.decode("utf-8", "replace")
    assert asked_during >= len(QUESTIONS)
    for name in SKIPPED_BECAUSE:
        assert f"已跳过 {name}：".encode() in stderr

    # after: the open Assistant still answers from its build; a new one opens the new build
    assert current_build(settings) != first_build and first_build.exists()
    for question in QUESTIONS:
        assert assistant.ask(question, today=TODAY) == before[question]
    reopened = Assistant(settings)
    assert {d.source_file for d in reopened.index.documents.values()} == set(GOOD)
    for question in QUESTIONS:
        answer = reopened.ask(question, today=TODAY)
        assert [c.quote for c in answer.citations] == [c.quote for c in before[question].citations]


def test_a_corpus_gone_bad_entirely_leaves_the_index_serving(make_corpus):
    settings = make_corpus(*GOOD)
    ingest(settings)
    build = current_build(settings)
    for name in GOOD:
        (settings.raw_dir / name).unlink()
    copies = ("307_duplicate.txt", "311_same_notice.txt")  # good text, once the originals are gone
    for name, data in bad_files().items():
        if name not in copies:
            (settings.raw_dir / name).write_bytes(data)
    shutil.rmtree(settings.cache_dir)  # nothing to fall back on but the live build

    report = ingest(settings)

    assert report.documents == 0 and report.build is None
    assert sorted(dict(report.skipped)) == sorted(set(SKIPPED_BECAUSE) - set(copies))
    assert current_build(settings) == build
    answer = Assistant(settings).ask(QUESTIONS[0], today=TODAY)
    assert answer.citations and not answer.abstained


@pytest.mark.slow
def test_policy_serve_over_a_bad_file_name_serves_the_good_index(make_corpus, tmp_path):
    # issue 14, item 3: a name that is not UTF-8 once failed the manifest, left a .tmp, and took the page down
    from reliability_support import http_get, serving

    settings = make_corpus(*GOOD)
    ingest(settings)
    (settings.raw_dir / os.fsdecode(b"399_\xd5\xfe\xff.txt")).write_bytes((FIXTURES / "102_sc_traditional.txt").read_bytes())
    with serving(settings, tmp_path / "serve.log") as server:
        status, body = http_get(server.url)
        assert status == 200 and "技能人才与就业政策问答".encode() in body
        output = server.output()
    assert "已跳过 399_\\xd5\\xfe\\xff.txt：" in output and "Traceback" not in output
    assert not [p for p in (settings.index_dir / "builds").iterdir() if p.name.endswith(".tmp")]
    assert {d.source_file for d in open_index(settings).documents.values()} == set(GOOD)


@pytest.mark.slow
def test_policy_serve_keeps_serving_the_index_it_has_when_the_update_fails(make_corpus, tmp_path):
    from reliability_support import http_get, serving

    settings = make_corpus(*GOOD)
    ingest(settings)
    build = current_build(settings)
    shutil.copyfile(FIXTURES / "102_sc_traditional.txt", settings.raw_dir / "102_sc_traditional.txt")  # out of date
    settings.fixes_file.write_text("fixes: [unclosed\n", encoding="utf-8")  # and the update cannot run
    with serving(settings, tmp_path / "serve.log") as server:
        status, _ = http_get(server.url)
        assert status == 200
        output = server.output()
    assert "索引更新失败" in output and "继续使用现有索引" in output and "Traceback" not in output
    assert current_build(settings) == build
