"""The one ``policy`` command: thin wrappers over the library, clean messages on error."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from assistant.cli_help import ChineseCommand, ChineseGroup
from assistant.config import today as _today
from assistant.config import Settings
from assistant.errors import BadRequest, PolicyError
from assistant.request import MAX_TOP_K

logger = logging.getLogger(__name__)

app = typer.Typer(
    name="policy",
    cls=ChineseGroup,
    help="""技能人才与就业政策问答助手：回答问题并引用原文条款，供查询、热线与评测使用。

    示例：
      policy ask "我是高级技师，干了5年，能评副高吗？" --region 浙江
      policy show""",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _settings() -> Settings:
    return Settings.from_env()


def _fail(error: Exception, code: int = 1) -> None:
    typer.echo(f"错误：{error}", err=True)
    raise typer.Exit(code)


def _echo_json(data) -> None:
    text = json.dumps(data, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from the input (an id, a region): escaped, still JSON
        text = json.dumps(data)
    typer.echo(text)


def _progress_printer():
    """Stage messages and a bar for long work, on stderr (stdout stays clean for --json)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(), console=console, transient=True)
    tasks: dict[str, int] = {}
    labels = {"parse": "解析源文件", "embed": "计算向量", "bm25": "建立 BM25 索引", "chroma": "写入 Chroma"}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            if not bar.live.is_started:
                bar.start()
            tasks[stage] = bar.add_task(labels.get(stage, stage), total=max(total, 1))
        bar.update(tasks[stage], completed=done, total=max(total, 1))

    return progress, bar


def _prepare_cold_start(settings: Settings) -> None:
    """What lets the next new process answer at once: jieba's compact dictionary, the parsed data files
    and what the declared patterns need (assistant/patterns.py)."""
    from assistant import patterns
    from assistant.datafile import prepare_cache
    from assistant.tokenize import prepare_dictionary

    prepare_dictionary(settings.cache_dir)
    try:
        prepare_cache(settings.cache_dir)
        patterns.prepare_cache(settings.cache_dir)
    except OSError as error:  # a read-only home: answers are the same, only a new process is slower
        logger.warning("parsed data or pattern cache not written: %s", error)


@app.command(cls=ChineseCommand)
def ingest(
    check: bool = typer.Option(False, "--check", help="只校验语料（标题、地区、条目、繁体残留、块为原文子串、文件关系复核表），有问题则以非零退出。"),
    rebuild: bool = typer.Option(False, "--rebuild", help="忽略缓存与现有索引，全部重建。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出结果。"),
) -> None:
    """把 corpus/raw 中的源文件解析为文件、条目与文件关系，并建立检索索引。

    语料未变时立即返回；新增一个文件只解析这一个。无法使用的文件会逐个说明原因并跳过。

    示例：
      policy ingest
      policy ingest --check
    """
    settings = _settings()
    if check:
        from ingest.check import check_corpus

        problems = check_corpus(settings)
        if as_json:
            _echo_json({"ok": not problems, "problems": problems})
        elif problems:
            typer.echo("语料校验发现问题：", err=True)
            for p in problems:
                typer.echo(f"  - {p}", err=True)
        else:
            typer.echo("语料校验通过。")
        raise typer.Exit(1 if problems else 0)
    from ingest.pipeline import ingest as run_ingest

    progress, bar = (None, None) if as_json else _progress_printer()
    try:
        report = run_ingest(settings, rebuild=rebuild, progress=progress)
        _prepare_cold_start(settings)
    except PolicyError as error:
        _fail(error)
    finally:
        if bar is not None and bar.live.is_started:
            bar.stop()
    if as_json:
        _echo_json(report.to_dict())
    else:
        if report.up_to_date:
            typer.echo(f"索引已是最新（{report.documents} 个文件，{report.chunks} 个块，{report.seconds:.2f} 秒）。")
        else:
            typer.echo(
                f"完成：{report.documents} 个文件，{report.articles} 个条目，{report.chunks} 个块；"
                f"解析 {len(report.parsed)} 个源文件（缓存 {len(report.cached)} 个），新算向量 {report.vectors_computed} 个，"
                f"用时 {report.seconds:.1f} 秒。"
            )
        if report.replaced:
            typer.echo(f"提示：{report.replaced}，已重新建立索引。", err=True)
        for name in report.cleared:
            typer.echo(f"已清除中断的构建：{name}", err=True)
        for warning in report.warnings:
            typer.echo(f"提示：{warning}", err=True)
        for name, reason in report.skipped:
            typer.echo(f"已跳过 {name}：{reason}", err=True)
    if report.documents == 0:
        raise typer.Exit(1)


@app.command(cls=ChineseCommand)
def show(
    doc_id: Optional[str] = typer.Argument(None, metavar="文件", help="文件编号（如 zj-2022-0839a3）、文号或标题中的词；不填则列出全部文件。"),
    article: Optional[str] = typer.Argument(None, metavar="条目", help="条目路径，如 三、（二）1.（3） 或 第十条（一）；半角括号亦可。"),
    on: Optional[str] = typer.Option(None, "--date", metavar="日期", help="按该日期计算有效状态（YYYY-MM-DD），默认今天。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """列出全部文件；或显示一个文件（信息、文件关系、条目目录）；或显示一个条目，并给出可直接复制的引用。

    示例：
      policy show
      policy show zj-2022-0839a3
      policy show zj-2022-0839a3 "三、（二）1.（3）"
      policy show 财社〔2017〕164号
    """
    from assistant import cli_show as render
    from assistant.lookup import find_articles, find_document
    from assistant.store import open_index

    settings = _settings()
    try:
        day = _parse_day(on)
        index = open_index(settings)
        if doc_id is None:
            typer.echo(render.document_list(index, day, as_json))
            return
        try:
            doc = find_document(index, doc_id)
        except PolicyError as error:  # a document the corpus only cites: what the corpus says of it
            absent = render.absent_document(index, doc_id, day, as_json)
            if absent is None:
                raise
            typer.echo(absent)
            return
        found = find_articles(index, doc, article) if article else None
    except PolicyError as error:
        _fail(error)
    typer.echo(render.document(index, doc, found, day, as_json))


_JSON_KINDS = {dict: "一个对象 {…}", str: "一个字符串", int: "一个数字", float: "一个数字", bool: "true/false", type(None): "null"}


def _load_history(path: Path | None) -> tuple:
    """The turns of a ``--history`` file, or a PolicyError that names the file and what is wrong with it."""
    from assistant.request import check_history
    from assistant.safejson import MAX_BYTES, loads

    if path is None:
        return ()
    shape = f"对话历史 {path} 应为 JSON 列表：[{{\"role\": \"user\", \"content\": \"…\"}}, …]"
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # bounded: a wrong path (a disk image, /dev/zero) must not fill memory
        if len(raw) > MAX_BYTES:
            raise PolicyError(f"对话历史 {path} 太大（超过 {MAX_BYTES // 2**20} MB）：只需保留最近的几轮对话。")
        data = loads(raw.decode("utf-8-sig"), f"对话历史 {path} ")
    except (OSError, ValueError) as error:
        raise PolicyError(f"无法读取对话历史 {path}：{error}") from None
    if not isinstance(data, list):
        raise PolicyError(f"{shape}，而文件里是{_JSON_KINDS.get(type(data), '其他内容')}。")
    try:
        return check_history(data)
    except PolicyError as error:
        raise PolicyError(f"{shape}；{error}") from None


# A rule's verdict in plain words (``--json`` keeps the machine names).
VERDICT_WORDS = {
    "eligible": "符合条件",
    "not_eligible": "不符合条件",
    "amount": "计算结果",
    "need_more_info": "还需要补充信息",
    "not_applicable": "该规定不适用",
    "info": "说明",
}


def _fact_label(key: str) -> str:
    """A fact the rules read, as the person would say it (近3年年度考核是否合格), never its key."""
    from assistant.rules.inputs import FACTS

    spec = FACTS.get(key)
    return spec.label if spec is not None else "其他信息"


def _print_answer(answer) -> None:
    from assistant.schema import STATUS_LABELS

    typer.echo(answer.answer)
    if answer.calculation is not None:
        calc = answer.calculation
        typer.echo("")
        value = f"：{calc.value}{calc.unit or ''}" if calc.value is not None else ""
        typer.echo(f"规则判断：{VERDICT_WORDS.get(calc.verdict, '说明')}{value}")
        for step in calc.steps:
            where = f"〔{step.article}〕" if step.article else ""
            typer.echo(f"  · {step.text}{where}")
        if calc.missing:
            typer.echo("  还需要：" + "、".join(_fact_label(k) for k in calc.missing))
    if answer.citations:
        typer.echo("")
        typer.echo("引用：")
        for i, c in enumerate(answer.citations, start=1):
            typer.echo(f" [{i}] {c.formatted()} · {c.region} · {STATUS_LABELS[c.status]}")
            typer.echo(f"     “{c.quote}”")


@app.command(cls=ChineseCommand, context_settings={"ignore_unknown_options": True})  # a question may start with “-”
def ask(
    question: Optional[str] = typer.Argument(None, metavar="问题", help="例如：我是高级技师，干了5年，能评副高吗？"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象（批量时每行一个），字段名为英文。"),
    on: Optional[str] = typer.Option(None, "--date", metavar="日期", help="问题所指的日期（YYYY-MM-DD），默认今天。"),
    region: Optional[str] = typer.Option(None, "--region", metavar="地区", help="所在地区，例如 浙江、四川省、晋中市。"),
    history: Optional[Path] = typer.Option(None, "--history", metavar="文件", help="对话历史 JSON 文件：[{\"role\", \"content\"}, …]。"),
    top_k: Optional[int] = typer.Option(None, "--top-k", min=1, max=MAX_TOP_K, metavar="条数", help=f"最多返回几条引用（1–{MAX_TOP_K}，默认 5）。"),
    batch: Optional[Path] = typer.Option(None, "--batch", metavar="文件", help="批量问答：JSONL 文件，每行 {\"id\", \"question\", \"history\"?, \"date\"?}。"),
) -> None:
    """回答一个问题，给出结论、依据和引用的原文条款（--json 输出一个 JSON 对象）。

    示例：
      policy ask "我是高级技师，干了5年，能评副高吗？" --region 浙江
      policy ask "财社〔2017〕164号还有效吗？"
      policy ask --batch questions.jsonl --json > answers.jsonl
    """
    from assistant.answer import get_assistant

    settings = _settings()
    try:
        day = _parse_day(on) if on else None
        turns = _load_history(history)
        assistant = get_assistant(settings)
    except PolicyError as error:
        _fail(error)
    today = _today()
    record = _question_recorder(settings)
    if batch is not None:
        _run_batch(assistant, batch, as_json, region, top_k, today, record)
        return
    if question is None:
        _fail(PolicyError("请给出问题，或用 --batch 指定问题文件。"), code=2)
    try:
        answer = assistant.ask(question, turns, region=region, today=today, as_of=day, top_k=top_k)
    except PolicyError as error:
        record(question, None, region, error)
        _fail(error)
    record(question, answer, region, None)
    if as_json:
        _echo_json(answer.to_dict())
    else:
        _print_answer(answer)


def _question_recorder(settings: Settings):
    """``record(question, answer, region, error)`` into the question log, or a no-op when it is off."""
    from uuid import uuid4

    from assistant.config import now
    from assistant.errors import BadQuestion
    from assistant.question_log import QuestionLog

    log = QuestionLog.for_settings(settings)
    session = uuid4().hex  # one run of the command is one session

    def record(question, answer, region, error) -> None:
        if log is None:
            return
        outcome = None if error is None else ("refused" if isinstance(error, BadQuestion) else "error")
        log.record(at=now(), session=session, question=question, answer=answer, outcome=outcome, region=region)

    return record


def _batch_lines(handle, limit: int):
    """``(line number, bytes)`` for each line; ``None`` for a line longer than ``limit`` (skipped, never held whole)."""
    number = 0
    while raw := handle.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, raw


def _batch_item(n: int, raw: bytes | None, limit: int) -> dict:
    """One batch line as a JSON object, or a PolicyError that says what is wrong with it."""
    from assistant.safejson import loads

    if raw is None:
        raise BadRequest(f"第 {n} 行太长（超过 {limit // 2**20} MB）：每行只放一个问题。")
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        raise BadRequest(f"第 {n} 行不是 UTF-8 文本：请把文件另存为 UTF-8。") from None
    try:
        item = loads(line, f"第 {n} 行")
    except ValueError as error:
        raise BadRequest(f"第 {n} 行不是有效的 JSON（{error}）：每行应为 {{\"id\": …, \"question\": \"…\"}}") from None
    if not isinstance(item, dict):
        raise BadRequest(f"第 {n} 行应为 JSON 对象：{{\"id\": …, \"question\": \"…\"}}")
    return item


def _batch_day(n: int, value) -> date | None:
    """A line's ``date`` (the day the question is about), or None when it gives none."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError:  # 2025-02-30
        pass
    raise BadRequest(f"第 {n} 行的 date 应为 YYYY-MM-DD 格式的日期，例如 2025-06-01：{str(value)[:40]!r}")


def _run_batch(assistant, path: Path, as_json: bool, region: str | None, top_k: int | None, today: date, record) -> None:
    """One process for many questions; a bad line gets an error object, the rest go on."""
    from assistant.safejson import MAX_BYTES

    try:
        handle = open(path, "rb")  # decoded line by line: one line that is not UTF-8 must not stop the rest
    except OSError as error:
        _fail(PolicyError(f"无法读取 {path}：{error}"))
    failures = 0
    with handle:
        for n, raw in _batch_lines(handle, MAX_BYTES):
            if raw is not None and not raw.strip():
                continue
            item_id = None
            question = None
            try:
                item = _batch_item(n, raw, MAX_BYTES)
                item_id = item.get("id", n)
                if "question" not in item:
                    raise BadRequest(f"第 {n} 行缺少 \"question\"：每行应为 {{\"id\": …, \"question\": \"…\"}}")
                question = item["question"]
                answer = assistant.ask(
                    question,
                    item.get("history"),
                    region=item.get("region") or region,
                    today=today,
                    as_of=_batch_day(n, item.get("date")),
                    top_k=top_k,
                )
                record(question, answer, item.get("region") or region, None)
                out = {"id": item_id, **answer.to_dict()}
            except Exception as error:  # noqa: BLE001 — whatever one line does, the lines after it are answered
                if isinstance(question, str):
                    record(question, None, region, error)
                failures += 1
                if isinstance(error, PolicyError):
                    message = str(error)
                else:  # a fault of ours, not of the line: say so, without a traceback
                    logger.debug("batch line %d failed", n, exc_info=True)
                    detail = f"{type(error).__name__}: {error}"[:200]
                    message = f"第 {n} 行未能回答（内部错误 {detail}）：请把这一行报告给维护者。"
                out = {"id": item_id if item_id is not None else n, "error": message}
            if as_json:
                _echo_json(out)
            else:
                typer.echo(f"# {out['id']}".encode("utf-8", "replace").decode("utf-8"))
                typer.echo(out.get("answer") or f"错误：{out.get('error')}")
                typer.echo("")
    if failures:
        typer.echo(f"{failures} 行未能回答（见输出中的 error）。", err=True)


@app.command("eval", cls=ChineseCommand)
def evaluate(
    files: list[Path] = typer.Argument(..., metavar="问答集", help="一个或多个 QA 集（JSONL），如 evals/qa/dev.jsonl。"),
    config: Optional[list[str]] = typer.Option(None, "--config", metavar="配置", help="要比较的配置（可多次）：full（完整系统）、naive_rag、bm25_only、dense_only、hybrid_no_rules；默认全部。"),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="文件", help="上一次的 JSON 报告：逐题列出变好与变差。"),
    out: Path = typer.Option(Path("evals/reports"), "--out", metavar="目录", help="报告目录（写入 名称.md、名称.json、名称.png），默认 evals/reports。"),
    name: str = typer.Option("latest", "--name", metavar="名称", help="报告文件名，默认 latest。"),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="题数", help="只跑前 N 题。"),
    as_json: bool = typer.Option(False, "--json", help="在标准输出打印 JSON 汇总（配置与指标用英文名）。"),
) -> None:
    """用与 policy ask 相同的流程跑问答集，按类别统计各配置的命中率与准确率，写出报告。

    示例：
      policy eval evals/qa/dev.jsonl
      policy eval evals/qa/dev.jsonl --config full --baseline old.json
    """
    from evals.runner import CONFIGS, compare_runs, render_chart, render_markdown, run, to_report

    settings = _settings()
    configs = config or list(CONFIGS)
    try:
        baseline_data = json.loads(baseline.read_text(encoding="utf-8")) if baseline else None
        results = run(list(files), configs, settings, limit=limit)
    except (PolicyError, OSError, ValueError) as error:
        _fail(error)
    report = to_report(results, list(files), settings)
    changes = compare_runs(report, baseline_data) if baseline_data else None
    if changes is not None:
        report["changes"] = changes
    out.mkdir(parents=True, exist_ok=True)
    render_chart(report, out / f"{name}.png")
    (out / f"{name}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / f"{name}.md").write_text(render_markdown(report, changes, chart=f"{name}.png"), encoding="utf-8")
    if as_json:
        _echo_json({k: v["overall"] for k, v in report["configs"].items()} | ({"changes": changes} if changes else {}))
    else:
        for cname, data in report["configs"].items():
            o = data["overall"]
            typer.echo(
                f"{CONFIG_WORDS.get(cname, cname)}：首位命中 {o['hit@1'] or 0:.1%}，前五命中 {o['hit@5'] or 0:.1%}，"
                f"平均倒数排名 {o['mrr'] or 0:.3f}，回答准确率 {o['accuracy'] or 0:.1%}，p95 延迟 {o['latency_p95_ms'] or 0:.1f} 毫秒"
            )
        if changes:
            typer.echo(f"相对基线：变好 {len(changes['better'])} 项，变差 {len(changes['worse'])} 项。")
        typer.echo(f"报告：{out / (name + '.md')}")


@app.command(cls=ChineseCommand)
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="地址", help="监听地址；默认只在本机访问（127.0.0.1）。"),
    port: int = typer.Option(7860, "--port", min=1, max=65535, metavar="端口", help="端口，默认 7860。"),
) -> None:
    """启动问答页面（问答、条文检索、文件目录）；索引缺失、过期或损坏时先建立索引。

    默认只监听本机（127.0.0.1）。热线部署的登录：POLICY_AUTH="用户:密码[,用户2:密码2]"，或 POLICY_AUTH_FILE（每行一个 用户:密码）。只有设置 POLICY_LOG_QUESTIONS=1 时才记录问题（已脱敏）。

    示例：
      policy serve --port 7860
      然后在浏览器打开 http://127.0.0.1:7860
    """
    from assistant.errors import CollectionMissing, IndexCorrupt, IndexMissing
    from ingest.pipeline import is_up_to_date, live_build_problem
    from ui.app import launch

    settings = _settings()
    try:
        if host not in _LOOPBACK and not settings.auth:
            typer.echo(f"注意：页面将在 {host} 上对网络开放，且未设置登录；热线部署请设置 POLICY_AUTH 或 POLICY_AUTH_FILE。", err=True)
        problem = live_build_problem(settings)
        if problem is not None and not isinstance(problem, IndexMissing):  # damaged, or an earlier version's
            _build_for_serving(settings, f"{problem}\n正在重建索引…", rebuild=False)
        elif not is_up_to_date(settings):  # missing, or built from other inputs
            _build_for_serving(settings, "索引不存在或已过期，正在建立索引…", rebuild=False)
        typer.echo(f"正在启动页面：http://{host}:{port} （Ctrl+C 停止）", err=True)
        try:
            launch(settings, host=host, port=port)
        except (IndexCorrupt, CollectionMissing) as error:  # damage only opening shows (Chroma's files, a garbled line)
            _build_for_serving(settings, f"{error}\n正在重建索引…", rebuild=True)
            launch(settings, host=host, port=port)
    except PolicyError as error:
        _fail(error)
    except OSError as error:  # the port is taken, or the address cannot be bound
        _fail(PolicyError(f"无法在 {host}:{port} 启动页面（{error}）：换一个端口，例如 --port 7861。"))


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _build_for_serving(settings: Settings, message: str, rebuild: bool) -> None:
    from ingest.pipeline import ingest as run_ingest

    typer.echo(message, err=True)
    progress, bar = _progress_printer()
    try:
        report = run_ingest(settings, rebuild=rebuild, progress=progress)
        _prepare_cold_start(settings)
    except Exception as error:  # the update failed: a whole index that is already there keeps serving
        from ingest.pipeline import live_build_problem

        logging.getLogger(__name__).debug("ingest failed", exc_info=True)
        reason = str(error) if isinstance(error, PolicyError) else f"{type(error).__name__}: {error}"
        reason = reason.encode("utf-8", "backslashreplace").decode("utf-8")  # never a lone surrogate on stderr
        if rebuild or live_build_problem(settings) is not None:
            if isinstance(error, PolicyError):
                raise
            raise PolicyError(f"建立索引失败（{reason}）：请运行 `policy ingest` 查看原因。") from error
        typer.echo(f"索引更新失败（{reason}）；继续使用现有索引。", err=True)
        return
    finally:
        if bar.live.is_started:
            bar.stop()
    for name, reason in report.skipped:
        typer.echo(f"已跳过 {name}：{reason}", err=True)
    if report.documents == 0:  # nothing usable: the previous index, if any, keeps serving
        from assistant.store import current_build

        if current_build(settings) is None:
            raise PolicyError("没有可用的政策文件，无法建立索引：请检查 corpus/raw（或 POLICY_CORPUS）。")
        typer.echo("没有可用的政策文件；继续使用现有索引。", err=True)
        return
    typer.echo(f"索引已建立：{report.documents} 个文件，{report.chunks} 个块（{report.seconds:.1f} 秒）。", err=True)


# ------------------------------------------------------------------ bench
@app.command(cls=ChineseCommand)
def bench(
    sizes: Optional[str] = typer.Option(None, "--sizes", metavar="块数", help="合成语料的块数，逗号分隔（默认 1000,10000,100000；--quick 时 900）。"),
    repeat: Optional[int] = typer.Option(None, "--repeat", min=1, max=20, metavar="次数", help="每项重复次数，报告中位数与区间（默认 3；--quick 时 1）。"),
    quick: bool = typer.Option(False, "--quick", help="冒烟测试：hash 向量、每类少量问题、各测一次（CI 用，一分钟内）。"),
    out: Path = typer.Option(Path("evals/reports"), "--out", metavar="目录", help="报告目录（写 bench.md、bench.json、bench.png；加 --serving-only 时另写一份服务报告），默认 evals/reports。"),
    work: Optional[Path] = typer.Option(None, "--work", metavar="目录", help="工作目录（保留语料与索引）；默认用临时目录并在结束后删除。"),
    as_json: bool = typer.Option(False, "--json", help="在标准输出打印 JSON 报告（指标用英文名）。"),
    serving_only: bool = typer.Option(False, "--serving-only", help="只测冷启动（逐步）与页面并发负载（50 个对话同时进行），各附同一次运行中参照循环的用时。"),
) -> None:
    """测量建索引、冷启动、回答延迟、吞吐量、内存、页面并发负载与规模曲线，并写出报告。

    示例：
      policy bench --quick
      policy bench --sizes 1000,10000,100000 --repeat 3
      policy bench --serving-only
    """
    from evals.bench import BenchOptions, run_bench
    from evals.bench_report import render_chart, render_markdown

    try:
        size_list = tuple(int(s) for s in sizes.split(",") if s.strip()) if sizes else None
    except ValueError:
        _fail(PolicyError(f"--sizes 应为逗号分隔的整数，例如 1000,10000：{sizes!r}"), code=2)
    settings = _settings()
    changes = {"sizes": size_list, "repeat": repeat, "work_dir": work, "corpus_dir": settings.corpus_dir, "serving_only": serving_only or None}
    options = BenchOptions.for_quick(**changes) if quick else BenchOptions(**{k: v for k, v in changes.items() if v is not None})
    out.mkdir(parents=True, exist_ok=True)

    name = "serving" if serving_only else "bench"  # a serving-only run does not overwrite the full report

    def save(partial) -> None:  # after each stage, so a long run that fails late keeps its figures
        (out / f"{name}.json").write_text(json.dumps(partial.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")

    try:
        result = run_bench(options, progress=lambda message: typer.echo(f"… {message}", err=True), checkpoint=save)
    except (PolicyError, OSError) as error:
        _fail(error)
    save(result)
    report = result.to_dict()
    if serving_only:
        from evals.bench_serving import render_serving_report

        (out / "serving.md").write_text(render_serving_report(report), encoding="utf-8")
    else:
        render_chart(report, out / "bench.png")
        (out / "bench.md").write_text(render_markdown(report, chart="bench.png"), encoding="utf-8")
    if as_json:
        _echo_json(report)
        return
    for target in report["targets"]:
        typer.echo(_bench_line(target))
    typer.echo(f"报告：{out / f'{name}.md'}")


CONFIG_WORDS = {
    "full": "完整系统",
    "naive_rag": "朴素 RAG（仅向量、500 字切块）",
    "bm25_only": "仅 BM25 检索",
    "dense_only": "仅向量检索",
    "hybrid_no_rules": "混合检索（不用规则）",
}
BENCH_WORDS = {
    "warm_p95_seed": "种子语料热启动回答 p95",
    "warm_p95_100k": "10 万块时热启动回答 p95",
    "cold_start": "冷启动到第一个回答",
    "no_torch": "默认路径不导入 torch",
    "seed_ingest": "种子语料完整建索引",
    "rss_100k": "10 万块时服务进程内存",
    "page_p95": "页面 50 个对话同时进行：回答 p95",
    "page_rate": "页面 50 个对话同时进行：每秒回答数",
    "page_errors": "页面 50 个对话同时进行：出错数",
    "page_alone": "页面只有一人提问时的回答时间",
    "cold_ratio": "新的 policy ask 进程到回答，相对参照进程的倍数",
    "ingest_100k": "10 万块建索引（policy ingest，墙钟时间）",
    "ingest_rss_100k": "10 万块建索引的内存峰值（含工作进程）",
    "versus_peer": "热启动回答 p95 相对同类系统检索 p95 的倍数（最差类别，种子语料）",
}
_UNITS = {"ms": "毫秒", "s": "秒", "MiB": "MiB", "/s": "个/秒", "×": "倍", "": ""}


def _bench_line(target: dict) -> str:
    """One target of ``policy bench`` in plain words: met or not, measured against the limit."""
    label = BENCH_WORDS.get(target["key"], target["target"])
    unit = _UNITS.get(target["unit"], target["unit"])
    if target["met"] is None:
        return f"未测  {label}（{target.get('why') or '本次最大语料不到 10 万块'}）"
    mark = "达标" if target["met"] else "未达标"
    if target["limit"] is None:
        return f"{mark}  {label}（{'未导入' if target['met'] else '导入了'} torch）"
    bound = "下限" if target.get("bound") == "≥" else "上限"
    return f"{mark}  {label}：{target['value']:.1f} {unit}（{bound} {target['limit']:g} {unit}）"


def _parse_day(value: str | None) -> date:
    if not value:
        return _today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PolicyError(f"日期格式应为 YYYY-MM-DD：{value!r}") from None


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "jieba", "chromadb", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        app()
    except PolicyError as error:  # anything a command did not catch itself
        typer.echo(f"错误：{error}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("已中断。", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
