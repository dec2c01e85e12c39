"""The ``policy`` command over ingest: ``ingest``, ``ingest --check``, ``show``, and help for every command."""

from __future__ import annotations

import inspect
import json

import pytest
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()


def _run(settings, *args: str):
    env = {
        "POLICY_CORPUS": str(settings.corpus_dir),
        "POLICY_HOME": str(settings.home),
        "POLICY_EMBEDDING": "hash",
        "POLICY_CHROMA_URL": None,
    }
    return runner.invoke(app, list(args), env=env)


# --- ingest --check ---------------------------------------------------------------------------


def test_check_passes_on_the_real_corpus(real_corpus):
    result = _run(real_corpus, "ingest", "--check")
    assert result.exit_code == 0, result.output
    assert result.stdout == "语料校验通过。\n"


@pytest.fixture
def broken(make_corpus):
    fixes = "documents:\n  - {file: 203_untitled.txt, line: 1, title: 江蘇省人力資源和社會保障廳關於做好技能培訓工作的通知, why: test}\n"
    return make_corpus("102_sc_traditional.txt", "200_no_title.txt", "202_no_region.txt", "203_untitled.txt", fixes=fixes)


def test_check_fails_with_a_readable_list_of_problems(broken):
    result = _run(broken, "ingest", "--check")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "语料校验发现问题："
    assert all(line.startswith("  - ") for line in lines[1:])
    assert len(lines) == 5
    assert lines[1].startswith("  - 200_no_title.txt:1: 找不到文件标题")
    assert lines[2] == "  - 202_no_region.txt:1 《关于做好职业技能竞赛工作的通知》: 无法确定地区（region）"
    assert "203_untitled.txt:1" in lines[4] and "仍有繁体字" in lines[4]


def test_check_json_lists_the_same_problems(broken):
    result = _run(broken, "ingest", "--check", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and len(data["problems"]) == 4


# --- ingest -------------------------------------------------------------------------------------


def test_ingest_reports_what_it_did_then_that_nothing_changed(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt", extra={"300_empty.txt": b""})
    first = _run(settings, "ingest")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("完成：2 个文件，")
    assert "解析 1 个源文件（缓存 0 个）" in first.stdout
    assert "已跳过 300_empty.txt：300_empty.txt: 文件为空（empty file）" in first.stderr

    again = _run(settings, "ingest")
    assert again.exit_code == 0
    assert again.stdout.startswith("索引已是最新（2 个文件，")
    assert "已跳过 300_empty.txt" in again.stderr  # still said, though nothing was parsed


def test_ingest_json_is_the_report(make_corpus):
    settings = make_corpus("100_js_notice_measure.txt")
    data = json.loads(_run(settings, "ingest", "--json").stdout)
    assert (data["up_to_date"], data["documents"], data["parsed"]) == (False, 2, ["100_js_notice_measure.txt"])
    assert data["vectors_computed"] == data["chunks"] > 0
    again = json.loads(_run(settings, "ingest", "--json").stdout)
    assert (again["up_to_date"], again["parsed"], again["vectors_computed"]) == (True, [], 0)


def test_ingest_with_no_usable_file_exits_non_zero(make_corpus):
    settings = make_corpus(extra={"300_empty.txt": b""})
    result = _run(settings, "ingest")
    assert result.exit_code == 1
    assert "已跳过 300_empty.txt" in result.stderr


# --- show ----------------------------------------------------------------------------------------


def test_show_prints_an_article_found_by_path_with_half_width_brackets(real_build):
    settings, _ = real_build
    result = _run(settings, "show", "zj-2022-0839a3", "三、(二)1.(3)", "--date", "2026-11-21")
    assert result.exit_code == 0, result.output
    assert "《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》" in result.stdout
    assert "\n三、（二）1.（3）\n获得相关职业（工种）高级技师职业资格或职业技能等级后，从事技术技能工作满4年，可申报相应系列副高级职称评审。\n" in result.stdout


def test_show_finds_a_document_by_文号_and_states_its_status_on_a_day(real_build):
    settings, _ = real_build
    result = _run(settings, "show", "川人社规[2023]15号", "--date", "2026-11-21")
    assert result.exit_code == 0, result.output
    assert "施行 2024年2月1日 · 有效期至 2026年1月31日" in result.stdout and "状态：已失效（截至2026年11月21日）" in result.stdout
    data = json.loads(_run(settings, "show", "川人社规〔2022〕9号", "七、", "--json", "--date", "2026-11-21").stdout)
    assert (data["doc_number"], data["expiry_date"], data["status"]) == ("川人社规〔2022〕9号", "2027-12-27", "in_force")
    assert data["articles"][0]["text"].startswith("七、其他事项\n本通知自2022年12月28日施行，有效期5年。")


def test_show_unknown_document_or_article_says_what_to_try(real_build):
    settings, _ = real_build
    result = _run(settings, "show", "xx-0000-000000")
    assert result.exit_code == 1 and result.stderr.startswith("错误：找不到文件 'xx-0000-000000'")
    result = _run(settings, "show", "zj-2022-0839a3", "九、")
    assert result.exit_code == 1 and "中没有条目 '九、'" in result.stderr


def test_show_without_an_index_says_to_run_ingest(make_corpus):
    result = _run(make_corpus("100_js_notice_measure.txt"), "show", "anything")
    assert result.exit_code == 1
    assert "请先运行 `policy ingest`" in result.stderr


# --- help ------------------------------------------------------------------------------------------


COMMANDS = [(c.name or c.callback.__name__, c.callback) for c in app.registered_commands]


def test_the_cli_has_the_commands_the_docs_name():
    assert {name for name, _ in COMMANDS} >= {"ingest", "show", "ask", "eval"}


@pytest.mark.parametrize("name, callback", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_with_an_example(name, callback):
    doc = inspect.getdoc(callback)
    assert doc and "示例" in doc, f"`policy {name}` needs a docstring with an example"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    summary = "".join(doc.split("\n\n")[0].split())
    assert summary in "".join(result.stdout.split())


def test_top_level_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name, _ in COMMANDS:
        assert name in result.stdout
