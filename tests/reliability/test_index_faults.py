"""Faults in the index: an ingest killed outright, a damaged or missing index, `policy serve` on one.

- SIGKILL a real `policy ingest --rebuild` process at random moments: the previous build
  keeps serving (the swap is atomic), and the next ingest clears what the killed one left.
- Damage the index each way it can be damaged: the library and the CLI say so, with
  what to do (`policy ingest --rebuild`), and that command restores service — even when
  the corpus fingerprint still matches the damaged build.
- `policy serve` on a damaged index rebuilds it, or, when it cannot, says why and exits.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import date

import pytest
from reliability_support import (
    assert_grounded,
    free_port,
    http_get,
    policy_command,
    policy_env,
    run_policy,
    serving,
    stop,
)
from typer.testing import CliRunner

from assistant.answer import Assistant
from assistant.cli import app
from assistant.config import REPO_ROOT, Settings
from assistant.errors import IndexCorrupt, IndexMissing, PolicyError
from assistant.store import builds_dir, current_build, open_index
from ingest.index import ingest_lock
from ingest.pipeline import ingest, is_up_to_date

TODAY = date(2026, 11, 21)
QUESTION = "高级技师能评副高吗"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Settings:
    """The real corpus ingested once; each test damages its own copy of the home."""
    root = tmp_path_factory.mktemp("pristine")
    shutil.copytree(REPO_ROOT / "corpus", root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", home=root / "home", embedding="hash")
    ingest(settings)
    return settings


@pytest.fixture
def copy_of(pristine, tmp_path) -> Settings:
    home = tmp_path / "home"
    shutil.copytree(pristine.home, home)
    return pristine.with_(home=home)


def _answers(settings: Settings) -> None:
    assistant = Assistant(settings)
    answer = assistant.ask(QUESTION, today=TODAY)
    assert answer.citations and not answer.abstained
    assert_grounded(answer, assistant.index)


# ------------------------------------------------------------------ (a) kill
@pytest.mark.slow
def test_ingest_killed_at_random_moments_leaves_the_previous_index_serving(copy_of):
    settings = copy_of
    env = policy_env(settings)
    live = Assistant(settings)  # opened before any kill, as `policy serve` would hold it
    first = current_build(settings)

    started = time.perf_counter()
    run = subprocess.run(policy_command("ingest", "--rebuild", "--json"), cwd=REPO_ROOT, env=env, capture_output=True, timeout=120)
    full = time.perf_counter() - started
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")

    # one random delay in each of N equal slices of a whole run: random, yet spread from the
    # interpreter starting up to the CURRENT swap and the writing of corpus/parsed
    kills, seed = 6, int(time.time())
    rng = random.Random(seed)
    delays = [rng.uniform(full * i / kills, full * (i + 1) / kills) for i in range(kills)]
    outcomes = []
    for delay in delays:
        before = current_build(settings)
        process = subprocess.Popen(
            policy_command("ingest", "--rebuild", "--json"), cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            time.sleep(delay)
            killed = process.poll() is None
            if killed:
                os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            stop(process)
        left = sorted(p.name for p in builds_dir(settings).iterdir() if p.name.endswith(".tmp"))
        after = current_build(settings)
        outcomes.append(
            {
                "delay_s": round(delay, 3),
                "killed": killed,
                "tmp_builds_left": len(left),
                "current": "unchanged" if after == before else "new build",
            }
        )
        # whatever the moment, CURRENT names a whole build, which opens and answers
        assert after is not None and not after.name.endswith(".tmp")
        index = open_index(settings)
        assert index.build == after and index.manifest["chunks"] == len(index.chunks)
        _answers(settings)
        assert live.ask(QUESTION, today=TODAY).citations  # and the process that was serving never noticed

    # the next plain ingest finds the corpus unchanged, and still clears what the kills left
    result = run_policy(settings, "ingest", "--json")
    assert result.returncode == 0, result.stderr
    assert not [p for p in builds_dir(settings).iterdir() if p.name.endswith(".tmp")]
    assert not list(settings.index_dir.glob("CURRENT.*.tmp"))
    _answers(settings)

    record = {"seed": seed, "uninterrupted_rebuild_s": round(full, 2), "kills": outcomes, "first_build": first.name}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "kill.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nkill test (seed {seed}, full rebuild {full:.2f} s):", json.dumps(outcomes, ensure_ascii=False))
    assert sum(o["killed"] for o in outcomes) >= 2  # kills landed while the ingest ran (the later slices may finish first)


def test_leftovers_of_a_killed_ingest_are_cleared_even_when_nothing_changed(copy_of):
    settings = copy_of
    dead_pid = _a_dead_pid()
    abandoned = builds_dir(settings) / f"20261121-000000-deadbeef-{dead_pid}.tmp"
    shutil.copytree(current_build(settings), abandoned)
    pointer = settings.index_dir / f"CURRENT.{dead_pid}.tmp"
    pointer.write_text("half", encoding="utf-8")
    mine = builds_dir(settings) / f"20261121-000000-cafecafe-{os.getpid()}.tmp"  # a live writer's: kept
    mine.mkdir()

    with ingest_lock(settings):  # another ingest is writing `mine`
        report = ingest(settings)

    assert report.up_to_date
    assert not abandoned.exists() and not pointer.exists() and mine.exists()
    assert sorted(report.cleared) == sorted([abandoned.name, pointer.name])

    # with no ingest running a .tmp is abandoned whatever pid its name ends with (pids are reused)
    reused = builds_dir(settings) / "20261121-000000-feedface-1.tmp"  # pid 1 is always alive
    reused.mkdir()
    report = ingest(settings)
    assert report.up_to_date and sorted(report.cleared) == sorted([mine.name, reused.name])
    assert not mine.exists() and not reused.exists()


def _a_dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


# ------------------------------------------------------------------ (b) damage
def _truncate_chunks(s: Settings) -> None:
    path = current_build(s) / "chunks.jsonl"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_chunks_at_a_line(s: Settings) -> None:
    path = current_build(s) / "chunks.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[: len(lines) // 2]))


def _delete_bm25(s: Settings) -> None:
    shutil.rmtree(current_build(s) / "bm25")


def _garble_manifest(s: Settings) -> None:
    (current_build(s) / "manifest.json").write_bytes(b'{"build": "\x00\xff garbage')


def _manifest_not_an_object(s: Settings) -> None:
    (current_build(s) / "manifest.json").write_text("[1, 2, 3]", encoding="utf-8")


def _current_names_a_missing_build(s: Settings) -> None:
    (s.index_dir / "CURRENT").write_text("20990101-000000-deadbeef-1", encoding="utf-8")


def _current_is_garbage(s: Settings) -> None:
    (s.index_dir / "CURRENT").write_bytes(b"../../../etc\xff")


def _garble_chroma(s: Settings) -> None:
    # the SQLite header kept: only opening the database shows the damage
    for path in (current_build(s) / "chroma").glob("*.sqlite3"):
        path.write_bytes(b"SQLite format 3\x00" + b"not a database " * 100)


def _chroma_not_a_database(s: Settings) -> None:
    for path in (current_build(s) / "chroma").glob("*.sqlite3"):
        path.write_bytes(b"not a database " * 100)


def _delete_chroma(s: Settings) -> None:
    shutil.rmtree(current_build(s) / "chroma")


def _empty_chroma(s: Settings) -> None:
    folder = current_build(s) / "chroma"
    shutil.rmtree(folder)
    folder.mkdir()


def _edit_manifest(change: Callable[[dict], None]) -> Callable[[Settings], None]:
    def damage(s: Settings) -> None:
        path = current_build(s) / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        change(manifest)
        path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    return damage


def _edit_keeping_size(name: str, old: bytes, new: bytes) -> Callable[[Settings], None]:
    """Replace the first ``old`` in a build file with ``new``, of the same length: size and time say nothing."""
    assert len(old) == len(new)

    def damage(s: Settings) -> None:
        path = current_build(s) / name
        data = path.read_bytes()
        assert old in data, (name, old)
        path.write_bytes(data.replace(old, new, 1))

    return damage


def _flip_a_bm25_byte(s: Settings) -> None:
    path = max((current_build(s) / "bm25").iterdir(), key=lambda p: p.stat().st_size)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Settings], None]] = {
    "chunks.jsonl truncated mid-line": _truncate_chunks,
    "chunks.jsonl truncated at a line": _truncate_chunks_at_a_line,
    "bm25 folder deleted": _delete_bm25,
    "manifest.json garbled": _garble_manifest,
    "manifest.json not an object": _manifest_not_an_object,
    "CURRENT names a missing build": _current_names_a_missing_build,
    "CURRENT garbled": _current_is_garbage,
    "chroma sqlite garbled": _garble_chroma,
    "chroma folder deleted": _delete_chroma,
    # issue 14, item 9
    "manifest.json without collection": _edit_manifest(lambda m: m.pop("collection")),
    "manifest.json without sizes and hashes": _edit_manifest(lambda m: (m.pop("sizes"), m.pop("hashes"))),
    "manifest.json chunks of the wrong type": _edit_manifest(lambda m: m.update(chunks=str(m["chunks"]))),
    "manifest.json collection of the wrong type": _edit_manifest(lambda m: m.update(collection=None)),
    "chunks.jsonl edited keeping its size": _edit_keeping_size("chunks.jsonl", "满4年".encode(), "满1年".encode()),
    "articles.jsonl edited keeping its size": _edit_keeping_size("articles.jsonl", "满4年".encode(), "满1年".encode()),
    "a bm25 file edited keeping its size": _flip_a_bm25_byte,
    "chroma folder emptied": _empty_chroma,
    "chroma sqlite not a database": _chroma_not_a_database,
}
# Damage that only opening the index shows (the SQLite header intact): `policy serve` rebuilds
# when warming finds it, and `policy ingest --rebuild` is the cure.
ONLY_OPENING_SHOWS = {"chroma sqlite garbled"}


def _library_error(settings: Settings) -> PolicyError:
    with pytest.raises((IndexCorrupt, IndexMissing)) as caught:
        Assistant(settings).ask(QUESTION, today=TODAY)  # opening, or the first question, finds it
    return caught.value


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_index_is_named_with_what_to_do_and_rebuild_restores_it(copy_of, damage):
    settings = copy_of
    DAMAGE[damage](settings)

    error = _library_error(settings)
    assert "policy ingest" in str(error)
    if isinstance(error, IndexCorrupt):
        assert str(error).startswith("索引已损坏") and "请运行 `policy ingest --rebuild`" in str(error)

    env = {k: v for k, v in policy_env(settings).items() if k.startswith("POLICY_")}
    for args in (["ask", QUESTION], ["ask", QUESTION, "--json"], ["show", "zj-2022-0839a3"]):
        result = CliRunner().invoke(app, args, env=env)
        assert "Traceback" not in result.output and not isinstance(result.exception, (KeyError, AttributeError))
        if args[0] == "show" and result.exit_code == 0:
            continue  # `show` reads documents and articles only: Chroma or BM25 damage does not stop it
        assert result.exit_code == 1 and result.stdout == "", (args, result.output)
        assert result.stderr.startswith("错误：") and "policy ingest" in result.stderr
        assert "KeyError" not in result.stderr and "TypeError" not in result.stderr

    rebuilt = CliRunner().invoke(app, ["ingest", "--rebuild"], env=env)
    assert rebuilt.exit_code == 0, rebuilt.output
    _answers(settings)
    assert is_up_to_date(settings)


@pytest.mark.parametrize("damage", ["chunks.jsonl truncated mid-line", "bm25 folder deleted", "chroma folder deleted"])
def test_damage_a_size_check_sees_makes_the_index_out_of_date(copy_of, damage):
    # so plain `policy ingest` (and `policy serve`, which ingests when out of date) replaces it too
    settings = copy_of
    DAMAGE[damage](settings)
    assert not is_up_to_date(settings)
    report = ingest(settings)
    assert not report.up_to_date
    _answers(settings)


@pytest.mark.parametrize("damage", sorted(set(DAMAGE) - ONLY_OPENING_SHOWS))
def test_plain_policy_ingest_finds_the_damage_and_rebuilds(copy_of, damage):
    # the corpus is unchanged, so only checking the build itself can tell that it must go
    settings = copy_of
    DAMAGE[damage](settings)
    assert not is_up_to_date(settings)

    env = {k: v for k, v in policy_env(settings).items() if k.startswith("POLICY_")}
    result = CliRunner().invoke(app, ["ingest"], env=env)

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("完成：") and "索引已是最新" not in result.output
    assert "已重新建立索引" in result.stderr  # and says why
    assert is_up_to_date(settings)
    _answers(settings)


def test_an_edit_keeping_a_build_files_size_is_named_on_open(copy_of):
    settings = copy_of
    DAMAGE["chunks.jsonl edited keeping its size"](settings)
    with pytest.raises(IndexCorrupt, match="chunks.jsonl 内容已被改动"):
        open_index(settings)


def test_a_manifest_without_collection_is_index_corrupt_in_ask_never_key_error(copy_of):
    from assistant.answer import ask

    settings = copy_of
    DAMAGE["manifest.json without collection"](settings)
    with pytest.raises(IndexCorrupt, match="manifest 缺少字段 collection"):
        ask(QUESTION, settings=settings, today=TODAY)
    result = run_policy(settings, "ask", QUESTION)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("错误：索引已损坏") and "collection" in result.stderr and "KeyError" not in result.stderr


def test_an_earlier_versions_build_is_stale_and_plain_ingest_replaces_it(copy_of):
    from assistant.errors import IndexStale

    settings = copy_of
    _edit_manifest(lambda m: (m.pop("format"), m.pop("hashes")))(settings)  # as the previous version wrote it
    with pytest.raises(IndexStale, match="policy ingest"):
        open_index(settings)
    report = ingest(settings)
    assert not report.up_to_date and report.replaced.startswith("现有索引已过期")
    _answers(settings)


def test_a_stale_tmp_build_is_cleared_by_plain_ingest_and_never_served(copy_of):
    settings = copy_of
    live = current_build(settings)
    stale = builds_dir(settings) / f"{live.name}-{os.getpid()}.tmp"  # a live pid: ours
    shutil.copytree(live, stale)
    env = {k: v for k, v in policy_env(settings).items() if k.startswith("POLICY_")}
    result = CliRunner().invoke(app, ["ingest"], env=env)
    assert result.exit_code == 0, result.output
    assert f"已清除中断的构建：{stale.name}" in result.stderr
    assert not stale.exists() and current_build(settings) == live
    _answers(settings)


def test_rebuild_does_not_copy_vectors_forward_from_a_damaged_build(copy_of):
    settings = copy_of
    _garble_chroma(settings)
    assert is_up_to_date(settings)  # same inputs, files the right size: only opening shows the damage
    report = ingest(settings, rebuild=True)
    assert report.build and report.vectors_computed == 0  # vectors from the cache, Chroma written anew
    _answers(settings)


def test_a_missing_index_is_named_with_what_to_do(tmp_path, pristine):
    settings = pristine.with_(home=tmp_path / "empty-home")
    error = _library_error(settings)
    assert isinstance(error, IndexMissing) and "policy ingest" in str(error)
    result = run_policy(settings, "ask", QUESTION)
    assert result.returncode == 1 and "policy ingest" in result.stderr and "Traceback" not in result.stderr


# ------------------------------------------------------------------ (b) serve
@pytest.mark.slow
def test_policy_serve_rebuilds_a_damaged_index_and_serves(copy_of, tmp_path):
    settings = copy_of
    damaged = current_build(settings)
    _garble_chroma(settings)  # the hard case: only opening Chroma shows it
    with serving(settings, tmp_path / "serve.log") as server:
        status, body = http_get(server.url)
        assert status == 200 and "技能人才与就业政策问答".encode() in body
        assert "正在重建索引" in server.output()
    assert current_build(settings) != damaged
    _answers(settings)


@pytest.mark.slow
def test_policy_serve_explains_when_it_cannot_rebuild(copy_of, tmp_path):
    settings = copy_of
    _garble_chroma(settings)
    for path in settings.raw_dir.iterdir():
        path.unlink()  # nothing to rebuild from
    result = run_policy(settings, "serve", "--port", str(free_port()), timeout=120)
    assert result.returncode == 1
    assert "索引已损坏" in result.stderr and "policy ingest --rebuild" in result.stderr and "Traceback" not in result.stderr

