"""The ``policy`` command over the session index: ask, --json, --batch, show, --help."""

from __future__ import annotations

import json

import pytest
from assistant_support import assert_contract, policy_env
from typer.testing import CliRunner

from assistant.cli import app

TODAY = "2026-11-21"
HENAN_HISTORY = [{"role": "user", "content": "河南省技能人才评价有什么政策？"}, {"role": "assistant", "content": "……"}]


@pytest.fixture(scope="module")
def env(real_build) -> dict[str, str]:
    return policy_env(real_build[0])


@pytest.fixture
def run(env):
    runner = CliRunner()

    def invoke(*args: str, extra_env: dict[str, str] | None = None):
        result = runner.invoke(app, list(args), env={**env, **(extra_env or {})})
        # never a traceback: either a clean exit or a clean message
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "Traceback" not in result.output
        return result

    return invoke


def _json(result) -> dict:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout
    return json.loads(lines[0])


# ------------------------------------------------------------------------ ask
def test_ask_prints_answer_and_citations(run, real_index):
    result = run("ask", "高级技师能评副高吗", "--region", "浙江", "--date", TODAY)
    assert result.exit_code == 0, result.output
    assert "引用：" in result.stdout and "[1]" in result.stdout
    assert "《" in result.stdout and "浙江省" in result.stdout


def test_ask_json_is_one_object_with_the_contract(run, real_index):
    result = run("ask", "河南省技能人才队伍建设有哪些措施？", "--json", "--date", TODAY)
    assert result.exit_code == 0, result.output
    data = _json(result)
    assert_contract(data, real_index)
    assert {c["region"] for c in data["citations"]} <= {"河南省", "全国"}


def test_ask_date_option(run):
    question = "川人社规〔2023〕15号还有效吗？"
    now = _json(run("ask", question, "--json", "--date", TODAY))
    then = _json(run("ask", question, "--json", "--date", "2025-01-01"))
    assert {c["status"] for c in now["citations"]} == {"expired"}
    assert {c["status"] for c in then["citations"]} == {"in_force"}


def test_ask_region_option(run):
    data = _json(run("ask", "职业技能等级认定有哪些规定", "--region", "河南", "--json", "--date", TODAY))
    assert data["region"] == "河南省"
    assert {c["region"] for c in data["citations"]} <= {"河南省", "全国"}


def test_ask_history_file(run, tmp_path):
    history = tmp_path / "history.json"
    history.write_text(json.dumps(HENAN_HISTORY, ensure_ascii=False), encoding="utf-8")
    data = _json(run("ask", "那技能人才信息查询呢？", "--history", str(history), "--json", "--date", TODAY))
    assert data["region"] == "河南省"


def test_ask_top_k(run):
    data = _json(run("ask", "四川职业技能等级认定有哪些规定", "--top-k", "1", "--json", "--date", TODAY))
    assert len(data["citations"]) == 1


def test_ask_abstains_cleanly(run):
    result = run("ask", "公积金怎么提取？", "--json", "--date", TODAY)
    assert result.exit_code == 0
    data = _json(result)
    assert data["abstained"] is True and data["citations"] == []


# --------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ask", ""], "问题是空的"),
        (["ask", "   "], "问题是空的"),
        (["ask", "<script>alert(1)</script>"], "HTML"),
        (["ask", "补" * 2001], "太长"),
        (["ask", "见习\x1b补贴"], "控制字符"),
        (["ask", "见习补贴", "--date", "2025/01/01"], "YYYY-MM-DD"),
        (["ask", "见习补贴", "--region", "火星"], "无法识别的地区"),
        (["ask"], "请给出问题"),
    ],
)
def test_bad_input_is_a_clear_message_and_non_zero_exit(run, args, words):
    result = run(*args)
    assert result.exit_code != 0
    assert words in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json", "无法读取对话历史"),
        ('{"role": "user"}', "JSON 列表"),
        ('[{"role": "robot", "content": "x"}]', "JSON 列表"),
    ],
)
def test_bad_history_file(run, tmp_path, content, words):
    history = tmp_path / "history.json"
    history.write_text(content, encoding="utf-8")
    result = run("ask", "见习补贴", "--history", str(history))
    assert result.exit_code != 0 and words in result.stderr


def test_missing_history_file(run, tmp_path):
    result = run("ask", "见习补贴", "--history", str(tmp_path / "nope.json"))
    assert result.exit_code != 0 and "nope.json" in result.stderr


@pytest.mark.parametrize("value", ["0", "21", "many"])
def test_top_k_out_of_range(run, value):
    result = run("ask", "见习补贴", "--top-k", value)
    assert result.exit_code == 2 and "--top-k" in result.stderr


def test_missing_index_tells_the_user_to_ingest(run, tmp_path):
    result = run("ask", "见习补贴", extra_env={"POLICY_HOME": str(tmp_path / "empty")})
    assert result.exit_code == 1
    assert "policy ingest" in result.stderr
    result = run("show", "zj-2022-0839a3", extra_env={"POLICY_HOME": str(tmp_path / "empty")})
    assert result.exit_code == 1 and "policy ingest" in result.stderr


# --------------------------------------------------------------------- batch
def test_batch_one_line_per_input_and_errors_inline(run, tmp_path, real_index):
    lines = [
        json.dumps({"id": "a", "question": "高级技师能评副高吗", "region": "浙江", "date": TODAY}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "question": "", "date": TODAY}, ensure_ascii=False),
        json.dumps({"id": "d", "question": "川人社规〔2023〕15号还有效吗？", "date": "2025-01-01"}, ensure_ascii=False),
        "",
        json.dumps({"id": 5, "question": "那技能人才信息查询呢？", "history": HENAN_HISTORY, "date": TODAY}, ensure_ascii=False),
        json.dumps({"id": "f", "question": "见习补贴", "date": "soon"}, ensure_ascii=False),
        json.dumps({"id": "g", "question": "见习补贴", "history": "河南"}, ensure_ascii=False),
        json.dumps({"id": "h", "question": "公积金怎么提取？", "date": TODAY}, ensure_ascii=False),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c", "d", 5, "f", "g", "h"]
    by_id = {o["id"]: o for o in out}
    for key in ("a", "d", 5, "h"):
        answer = {k: v for k, v in by_id[key].items() if k != "id"}
        assert_contract(answer, real_index)
    assert by_id["a"]["region"] == "浙江省"
    assert {c["status"] for c in by_id["d"]["citations"]} == {"in_force"}
    assert by_id[5]["region"] == "河南省"
    assert by_id["h"]["abstained"] is True
    for key in (2, "c", "f", "g"):
        assert set(by_id[key]) == {"id", "error"} and by_id[key]["error"]
    assert "问题是空的" in by_id["c"]["error"]
    assert "4 行" in result.stderr


def test_batch_file_missing(run, tmp_path):
    result = run("ask", "--batch", str(tmp_path / "none.jsonl"), "--json")
    assert result.exit_code != 0 and "none.jsonl" in result.stderr


# ------------------------------------------- JSON nested or sized beyond reason
DEEP = "[" * 100_000 + "]" * 100_000  # json.loads recursed once per level: RecursionError
DEEP_STATE = '{"facts": ' + '{"a": ' * 3_000 + "1" + "}" * 3_000 + "}"
HUGE_HISTORY = json.dumps([{"role": "user", "content": "补" * 1_900}] * 800, ensure_ascii=False)  # ~4.6 MB


def test_batch_lines_nested_beyond_reason_get_their_own_error_and_the_rest_are_answered(run, tmp_path, real_index):
    lines = [
        json.dumps({"id": "a", "question": "高级技师能评副高吗", "region": "浙江", "date": TODAY}, ensure_ascii=False),
        '{"id": "deep-history", "question": "见习补贴", "history": ' + DEEP + "}",
        DEEP,
        '{"id": "deep-question", "question": ' + DEEP + "}",
        '{"id": ' + "[" * 5_000 + "]" * 5_000 + ', "question": "见习补贴"}',
        '{"id": "deep-state", "question": "见习补贴", "history": [{"role": "assistant", "content": "好", "state": ' + DEEP_STATE + "}]}",
        json.dumps({"id": "z", "question": "川人社规〔2023〕15号还有效吗？", "date": TODAY}, ensure_ascii=False),
    ]
    batch = tmp_path / "deep.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, 3, 4, 5, 6, "z"]
    for o in out[1:-1]:
        assert set(o) == {"id", "error"} and "嵌套太深" in o["error"], o
    for o in (out[0], out[-1]):
        assert_contract({k: v for k, v in o.items() if k != "id"}, real_index)
    assert "5 行未能回答" in result.stderr


def test_batch_a_line_too_large_to_hold_is_an_error_and_the_rest_are_answered(run, tmp_path):
    huge = '{"id": "huge", "question": "见习补贴", "history": ' + HUGE_HISTORY + "}"
    batch = tmp_path / "huge.jsonl"
    batch.write_text(huge + "\n" + json.dumps({"id": "next", "question": "见习补贴", "date": TODAY}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert first == {"id": 1, "error": first["error"]} and "太长" in first["error"]
    assert second["id"] == "next" and second["answer"]


def test_batch_turns_of_the_wrong_shape_are_named(run, tmp_path):
    lines = [
        {"id": "no-role", "question": "见习补贴", "history": [{"content": "我在浙江"}]},
        {"id": "robot", "question": "见习补贴", "history": [{"role": "robot", "content": "我在浙江"}]},
        {"id": "state", "question": "见习补贴", "history": [{"role": "assistant", "content": "好", "state": "zz"}]},
        {"id": "no-question"},
        {"id": "region", "question": "见习补贴", "region": 5},
        {"id": "date", "question": "见习补贴", "date": 20250101},
        {"id": "ok", "question": "见习补贴", "date": TODAY},
    ]
    batch = tmp_path / "shapes.jsonl"
    batch.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    by_id = {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}
    assert "history[0].role" in by_id["no-role"]["error"]
    assert "history[0].role" in by_id["robot"]["error"]
    assert "history[0].state" in by_id["state"]["error"]
    assert "question" in by_id["no-question"]["error"]
    assert "region" in by_id["region"]["error"]
    assert "YYYY-MM-DD" in by_id["date"]["error"]
    assert by_id["ok"]["answer"]
    assert not any("Error" in o.get("error", "") for o in by_id.values())  # no Python exception names


def test_batch_a_fault_on_one_line_costs_only_that_line(run, tmp_path, monkeypatch):
    from assistant.answer import Assistant

    real_ask = Assistant.ask

    def flaky(self, question, *args, **kwargs):
        if question == "触发内部错误":
            raise RecursionError("maximum recursion depth exceeded")
        return real_ask(self, question, *args, **kwargs)

    monkeypatch.setattr(Assistant, "ask", flaky)
    batch = tmp_path / "faults.jsonl"
    lines = [{"id": "bug", "question": "触发内部错误"}, {"id": "ok", "question": "见习补贴", "date": TODAY}]
    batch.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    bug, ok = [json.loads(line) for line in result.stdout.splitlines()]
    assert bug["id"] == "bug" and "内部错误" in bug["error"]
    assert ok["id"] == "ok" and ok["answer"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (DEEP, "嵌套太深"),
        ('[{"role": "assistant", "content": "好", "state": ' + DEEP_STATE + "}]", "嵌套太深"),
        (HUGE_HISTORY, "太大"),
        ('[{"role": "user"}]', "history[0].content"),
        ('[{"content": "我在浙江"}]', "history[0].role"),
        ('[{"role": "assistant", "content": "好", "state": "zz"}]', "history[0].state"),
        ("[5]", "history[0]"),
        ('"我在浙江"', "JSON 列表"),
        ("", "无法读取对话历史"),
    ],
    ids=["nested", "nested-state", "huge", "no-content", "no-role", "state", "not-a-turn", "a-string", "empty"],
)
def test_history_files_nested_huge_or_of_the_wrong_shape(run, tmp_path, content, words):
    history = tmp_path / "history.json"
    history.write_text(content, encoding="utf-8")
    result = run("ask", "见习补贴", "--history", str(history), "--date", TODAY)
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and result.stderr.startswith("错误：")
    assert words in result.stderr and str(history) in result.stderr


# ---------------------------------------------------------------------- show
def test_show_document(run):
    result = run("show", "zj-2022-0839a3", "--date", TODAY)
    assert result.exit_code == 0
    assert "三、（二）1.（3）" in result.stdout and "现行有效" in result.stdout


@pytest.mark.parametrize("path", ["三、（二）1.（3）", "三、(二)1.(3)", "三、 (二) 1. (3)"])
def test_show_article_accepts_half_width_brackets(run, real_index, path):
    result = run("show", "zj-2022-0839a3", path)
    assert result.exit_code == 0, result.output
    article = next(a for a in real_index.articles_of("zj-2022-0839a3") if a.path == "三、（二）1.（3）")
    assert f"三、（二）1.（3）\n{article.body}\n" in result.stdout  # the number said once


def test_show_by_doc_number_and_status_on_a_date(run):
    expired = run("show", "川人社规[2023]15号", "--date", TODAY)
    assert expired.exit_code == 0 and "已失效" in expired.stdout
    earlier = run("show", "川人社规〔2023〕15号", "--date", "2025-01-01")
    assert "现行有效" in earlier.stdout


def test_show_json(run):
    data = _json(run("show", "sc-2023-79c742", "五、", "--json", "--date", TODAY))
    assert data["doc_id"] == "sc-2023-79c742" and data["status"] == "expired"
    assert data["articles"] and all(a["path"] == "五、" for a in data["articles"])
    assert "text" not in data


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["show", "no-such-doc"], "找不到文件"),
        (["show", "zj-2022-0839a3", "第九十九条"], "没有条目"),
        (["show", "zj-2022-0839a3", "--date", "yesterday"], "YYYY-MM-DD"),
    ],
)
def test_show_errors(run, args, words):
    result = run(*args)
    assert result.exit_code == 1 and words in result.stderr


# ---------------------------------------------------------------------- help
def test_every_command_has_help_with_an_example(run):
    top = run("--help")
    assert top.exit_code == 0
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"ask", "show", "ingest", "eval"} <= set(names)
    for name in names:
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "示例" in result.stdout, name
        assert name in top.stdout


def test_a_question_that_starts_with_a_dash_is_a_question(run):
    # “-0”, “-5年能评吗”: typed text, not an option; answered or refused like any question
    result = run("ask", "-0", "--json", "--date", "2026-12-01")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["question"] == "-0"
