"""The hotline desk in the terminal (issue 13): ``policy show`` lists the documents and prints a
citation to copy; text output in plain Chinese (``--json`` keeps the machine names); ``--help``
in Chinese, readable at 80 columns, with an example for every command."""

from __future__ import annotations

import json
import re

import pytest
from assistant_support import policy_env
from typer.testing import CliRunner

from assistant.cli import _bench_line, app
from assistant.cli_help import cells
from assistant.schema import STATUS_LABELS

DAY = "2026-12-01"
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


@pytest.fixture(scope="module")
def run(real_build):
    runner = CliRunner()
    env = {**policy_env(real_build[0]), "COLUMNS": "80"}

    def invoke(*args: str, columns: int = 80):
        result = runner.invoke(app, list(args), env={**env, "COLUMNS": str(columns)}, prog_name="policy")
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        return result

    return invoke


# ---------------------------------------------------------------- show
def test_show_alone_lists_every_document(run, real_index):
    result = run("show", "--date", DAY)
    assert result.exit_code == 0, result.output
    assert f"共 {len(real_index.documents)} 个文件" in result.stdout
    flat = "".join(result.stdout.split())
    for doc in real_index.documents.values():
        line = next(l for l in result.stdout.splitlines() if l.startswith(doc.doc_id + " "))
        assert doc.region in line and STATUS_LABELS[doc.status_on(__import__("datetime").date(2026, 12, 1))] in line
        assert (doc.doc_number or "未载明") in line
        assert "".join(doc.title.replace("《", "〈").replace("》", "〉").split()) in flat


def test_show_alone_json_lists_every_document_with_machine_names(run, real_index):
    data = json.loads(run("show", "--json", "--date", DAY).stdout)
    assert [d["doc_id"] for d in data] == list(real_index.documents)
    assert set(data[0]) >= {"doc_id", "title", "doc_number", "region", "status"}
    assert {d["status"] for d in data} <= set(STATUS_LABELS)  # in_force, expired … (not 现行有效)
    sichuan = next(d for d in data if d["doc_id"] == "sc-2023-79c742")
    assert (sichuan["doc_number"], sichuan["region"], sichuan["status"]) == ("川人社规〔2023〕15号", "四川省", "expired")


def test_show_prints_a_citation_to_copy(run, real_index):
    result = run("show", "川人社规〔2022〕9号", "七、", "--date", DAY)
    assert result.exit_code == 0, result.output
    article = next(a for a in real_index.articles_of("sc-2022-cced2c") if a.path == "七、")
    body = " ".join(article.body.splitlines())  # one line: the article's own lines joined by a space
    line = f"《四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知》（川人社规〔2022〕9号）七、：“{body}”"
    assert line in result.stdout.splitlines()  # one line, ready to paste, the number said once
    data = json.loads(run("show", "川人社规〔2022〕9号", "七、", "--json", "--date", DAY).stdout)
    assert data["citations"] == [line]


def test_show_a_document_with_its_relations(run):
    result = run("show", "cn-2023-dc2db9", "--date", DAY)
    assert result.exit_code == 0, result.output
    flat = "".join(result.stdout.split())
    assert "文件关系：" in result.stdout
    assert "印发本文件：《财政部人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》（cn-2023-aa0e64）正文" in flat
    assert "废止：《财政部人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》（财社〔2017〕164号）（语料未收录）〔第三十二条〕" in flat
    data = json.loads(run("show", "cn-2023-dc2db9", "--json").stdout)
    assert {(r["kind"], r["target"]) for r in data["relations"]} >= {("repeals", "财社〔2017〕164号"), ("issues", "cn-2023-dc2db9")}
    assert data["citation"] == "《就业补助资金管理办法》"


def test_show_a_document_the_corpus_only_cites(run):
    repealed = run("show", "财社〔2017〕164号", "--date", DAY)
    assert repealed.exit_code == 0, repealed.output
    flat = "".join(repealed.stdout.split())
    assert flat.startswith("语料未收录《财政部人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》（财社〔2017〕164号）")
    assert "已被《就业补助资金管理办法》（cn-2023-dc2db9）第三十二条废止" in flat
    cited = "".join(run("show", "人社部发[2019]90号").stdout.split())
    assert "（zj-nd-dfcb58）一、（一）" in cited and "（sc-2022-cced2c）四、（三）" in cited
    data = json.loads(run("show", "人社部发〔2019〕90号", "--json").stdout)
    assert data["in_corpus"] is False and len(data["cited_by"]) == 4
    unknown = run("show", "苏人社规〔2099〕1号")
    assert unknown.exit_code == 1 and "找不到文件" in unknown.stderr


# ---------------------------------------------------------------- plain Chinese
_INTERNAL = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]{2}\.[a-z_]+(?:\.[a-z_0-9-]+)*")


def test_text_output_has_no_internal_names(run):
    result = run("ask", "我是高级技师，干了5年，能评副高吗？", "--region", "浙江", "--date", DAY)
    assert result.exit_code == 0, result.output
    assert "规则判断：还需要补充信息" in result.stdout and "还需要：近3年年度考核是否合格" in result.stdout
    assert not _INTERNAL.search(result.stdout), _INTERNAL.findall(result.stdout)
    data = json.loads(run("ask", "我是高级技师，干了5年，能评副高吗？", "--region", "浙江", "--date", DAY, "--json").stdout)
    assert data["calculation"]["verdict"] == "need_more_info" and data["calculation"]["missing"] == ["annual_appraisal_passed"]
    assert data["calculation"]["rule_id"].startswith("zj.")


@pytest.mark.parametrize(
    "question",
    ["四川返乡创业能拿多少补贴？我是返乡农民工，首次创业，已经正常经营1年了", "晋中的，去年考了电工中级证，能领多少补贴", "财社〔2017〕164号还有效吗？"],
)
def test_more_answers_in_plain_chinese(run, question):
    result = run("ask", question, "--date", DAY)
    assert result.exit_code == 0 and not _INTERNAL.search(result.stdout), _INTERNAL.findall(result.stdout)


def test_eval_prints_plain_chinese_and_json_keeps_the_names(run, tmp_path):
    result = run("eval", "evals/qa/dev.jsonl", "--config", "full", "--config", "bm25_only", "--limit", "3", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "完整系统：首位命中" in result.stdout and "仅 BM25 检索：" in result.stdout
    assert not _INTERNAL.search(result.stdout.replace(str(tmp_path), "")) and "hit@1" not in result.stdout
    data = json.loads(run("eval", "evals/qa/dev.jsonl", "--config", "full", "--limit", "2", "--out", str(tmp_path), "--json").stdout)
    assert set(data) == {"full"} and "hit@1" in data["full"]


def test_bench_targets_in_plain_chinese():
    met = {"key": "warm_p95_seed", "target": "warm answer p95 on the seed corpus", "limit": 50.0, "unit": "ms", "value": 5.7, "met": True}
    assert _bench_line(met) == "达标  种子语料热启动回答 p95：5.7 毫秒（上限 50 毫秒）"
    assert _bench_line({**met, "key": "rss_100k", "value": None, "met": None}).startswith("未测  10 万块时服务进程内存")
    assert _bench_line({**met, "key": "no_torch", "limit": None, "value": True, "met": True}) == "达标  默认路径不导入 torch（未导入 torch）"


# ---------------------------------------------------------------- help
_ALLOWED_ASCII = re.compile(
    r"--[a-z-]+|policy|corpus/raw|evals/[\w./-]+|[\w-]+\.(?:jsonl|json|md|png)|POLICY_[A-Z_]+|JSONL|JSON|png|QA|BM25|RAG|CI|hash|"
    r"YYYY-MM-DD|http://[\d.:]+|torch|bm25s|full|naive_rag|bm25_only|dense_only|hybrid_no_rules|latest|zj-2022-0839a3|"
    r"role|content|id|question|history|date|\d[\d,.]*|" + "|".join(COMMANDS)
)


@pytest.mark.parametrize("name", ["", *COMMANDS])
@pytest.mark.parametrize("columns", [80, 60])
def test_help_is_chinese_within_the_width_with_an_example(run, name, columns):
    result = run(*([name] if name else []), "--help", columns=columns)
    assert result.exit_code == 0, result.output
    text = result.stdout
    for line in text.splitlines():
        verbatim_example = line.startswith("  policy ")  # an example line is kept whole to be copied
        assert cells(line) <= columns or verbatim_example, (columns, line)
    assert "示例：" in text and "用法：policy" in text and "选项：" in text
    assert "…" not in text.replace("[参数]…", "").replace("…]", "")  # nothing cut off
    for english in ("Usage", "Options", "Arguments", "Commands", "Show this message", "Example", "[required]"):
        assert english not in text, english
    prose = [l for l in text.splitlines() if not l.strip().startswith("policy ")]
    leftover = _ALLOWED_ASCII.sub("", "\n".join(prose))
    assert not re.search(r"[A-Za-z]{3,}", leftover), re.findall(r"[A-Za-z]{3,}", leftover)
