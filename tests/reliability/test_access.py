"""Access: where the page listens, who may use it, and what it will never serve.

- `policy serve` binds 127.0.0.1 unless --host says otherwise;
- with POLICY_AUTH / POLICY_AUTH_FILE the page and its API refuse anyone without the password;
- documents are shown by corpus id only: path-like input to `policy show`, to the lookup
  functions and to the page's document picker finds nothing and reads no file;
- Gradio's file routes serve no file from the disk (/etc/passwd, the question log), in any
  spelling; no run history, monitoring or MCP endpoints.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import date

import psutil
import pytest
from page_support import cookies, login, own_page, request, settings_from_env
from reliability_support import LOOPBACK, http_get, policy_env, reply_text, serving
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import Settings, parse_auth
from assistant.errors import ConfigError, UnknownDocument
from assistant.lookup import article_context, find_articles, find_document, search_articles

TODAY = date(2026, 11, 21)
PASSWD = b"root:x:0:0"
USERS = {"hotline": "s3cret-热线", "admin": "a:b,c"}  # a colon and a comma in a password: the file allows both


def listening_addresses(pid: int) -> set[str]:
    return {c.laddr.ip for c in psutil.Process(pid).net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}


# ------------------------------------------------------------------ bind address
@pytest.mark.slow
def test_policy_serve_listens_on_loopback_only_by_default(served):
    assert listening_addresses(served.server.process.pid) == {LOOPBACK}


def test_serve_passes_loopback_unless_told_and_warns_when_open_without_a_login(real_build, monkeypatch):
    import ingest.pipeline
    import ui.app

    calls = []
    monkeypatch.setattr(ui.app, "launch", lambda settings, host, port: calls.append((host, port, settings.auth)))
    monkeypatch.setattr(ingest.pipeline, "is_up_to_date", lambda settings: True)
    env = {k: v for k, v in policy_env(real_build[0]).items() if k.startswith("POLICY_")}
    runner = CliRunner()

    default = runner.invoke(app, ["serve"], env=env)
    open_ = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--port", "7999"], env=env)
    guarded = runner.invoke(app, ["serve", "--host", "0.0.0.0"], env={**env, "POLICY_AUTH": "hotline:x"})

    assert [c[:2] for c in calls] == [("127.0.0.1", 7860), ("0.0.0.0", 7999), ("0.0.0.0", 7860)]
    assert "注意" not in default.stderr
    assert "未设置登录" in open_.stderr and "POLICY_AUTH" in open_.stderr
    assert "未设置登录" not in guarded.stderr and calls[2][2] == (("hotline", "x"),)


# ------------------------------------------------------------------ login
def test_auth_settings_from_the_environment_and_a_file(tmp_path):
    path = tmp_path / "users.txt"
    path.write_text("# hotline staff\nhotline:s3cret-热线\nadmin:a:b,c\n\n", encoding="utf-8")
    assert Settings.from_env({"POLICY_AUTH_FILE": str(path)}).auth == tuple(USERS.items())
    assert Settings.from_env({"POLICY_AUTH": "a:1, b:2"}).auth == (("a", "1"), ("b", "2"))
    assert Settings.from_env({}).auth == ()
    assert "topsecret" not in repr(Settings.from_env({"POLICY_AUTH": "a:topsecret"}))  # settings get logged
    with pytest.raises(ConfigError, match="第 2 项") as bad:
        parse_auth("a:1,nopassword")
    assert "nopassword" not in str(bad.value)  # an error never repeats what may be a password
    with pytest.raises(ConfigError, match="POLICY_AUTH_FILE"):
        Settings.from_env({"POLICY_AUTH_FILE": str(tmp_path / "missing.txt")})


@pytest.fixture(scope="module")
def hotline(real_build, tmp_path_factory):
    """`policy serve --host 0.0.0.0` with a login from POLICY_AUTH_FILE (reached over 127.0.0.1 only)."""
    root = tmp_path_factory.mktemp("hotline")
    users = root / "users.txt"
    users.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()), encoding="utf-8")
    with serving(real_build[0], root / "serve.log", "--host", "0.0.0.0", POLICY_AUTH_FILE=str(users)) as server:
        yield server


@pytest.mark.slow
def test_with_a_login_the_page_listens_where_told_and_the_api_refuses_strangers(hotline, client):
    assert listening_addresses(hotline.process.pid) == {"0.0.0.0"}
    for path in ("config", "gradio_api/info", "gradio_api/openapi.json", "gradio_api/file=/etc/passwd"):
        status, _ = http_get(hotline.url + path)
        assert status == 401, path
    join = urllib.request.Request(
        hotline.url + "gradio_api/queue/join",
        data=json.dumps({"data": ["高级技师能评副高吗", "自动识别", None], "fn_index": 0, "session_hash": "x"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(join, timeout=10)
    assert refused.value.code == 401
    with pytest.raises(Exception):
        client(hotline.url)
    with pytest.raises(Exception):
        client(hotline.url, auth=("hotline", "wrong"))


@pytest.mark.slow
def test_with_the_password_the_api_answers(hotline, client):
    for user, password in USERS.items():
        result = client(hotline.url, auth=(user, password)).predict("高级技师能评副高吗？", "自动识别", api_name="/ask")
        assert "pa-cite-1" in reply_text(result)


# ------------------------------------------------------------------ documents by id only
TRAVERSALS = [
    "../../etc/passwd",
    "../../../../../../etc/passwd",
    "/etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..\\..\\etc\\passwd",
    "file:///etc/passwd",
    "zj-2022-0839a3/../../../../etc/passwd",
    "....//....//etc/passwd",
    "/proc/self/environ",
    "~/.ssh/id_rsa",
    "corpus/raw/000_58c884cd2b8bcc75.txt",
]


@pytest.mark.parametrize("key", TRAVERSALS)
def test_the_lookup_functions_take_ids_not_paths(real_index, key):
    with pytest.raises(UnknownDocument):
        find_document(real_index, key)
    with pytest.raises(UnknownDocument):
        article_context(real_index, key, "第一条")
    doc = real_index.documents["zj-2022-0839a3"]
    with pytest.raises(UnknownDocument):
        find_articles(real_index, doc, key)
    assert search_articles(real_index, key, doc_id=key, on=TODAY) == []


@pytest.mark.parametrize("key", TRAVERSALS)
def test_policy_show_takes_ids_not_paths(real_build, key):
    env = {k: v for k, v in policy_env(real_build[0]).items() if k.startswith("POLICY_")}
    for args in (["show", key], ["show", key, "--json"], ["show", "zj-2022-0839a3", key]):
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code == 1 and result.stdout == "", (args, result.output)
        assert "找不到文件" in result.stderr or "中没有条目" in result.stderr
        assert "root:" not in result.output and "Traceback" not in result.output


def test_the_page_document_picker_takes_ids_not_paths(page, client):
    session = client(page.url)
    for key in TRAVERSALS:
        try:
            shown = session.predict(key, api_name="/show_document")
        except Exception as refused:  # noqa: BLE001 - Gradio refuses a value that is not one of the choices
            assert "root:" not in str(refused)
            continue
        assert "请选择一个文件" in shown and "root:" not in shown
    for key in TRAVERSALS[:4]:
        try:
            found = session.predict(key, "all", key, "all", api_name="/search")
        except Exception as refused:  # noqa: BLE001
            assert "root:" not in str(refused)
            continue
        assert "root:" not in found


# ------------------------------------------------------------------ Gradio's own routes
FILE_ROUTES = [
    "gradio_api/file=/etc/passwd",
    "gradio_api/file=../../../../etc/passwd",
    "gradio_api/file=%2Fetc%2Fpasswd",
    "gradio_api/file=..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "gradio_api/file=%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "gradio_api/file=//etc/passwd",
    "gradio_api/file/etc/passwd",
    "gradio_api/file=file:///etc/passwd",
    "file=/etc/passwd",
    "static/../../../../etc/passwd",
    "static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "svelte/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "gradio_api/proxy=http://127.0.0.1:1/etc/passwd",
]


@pytest.mark.slow
def test_gradio_serves_no_file_from_the_disk(served):
    # make sure the question log exists, then ask for it and for /etc/passwd every way
    from gradio_client import Client

    c = Client(served.url, verbose=False, download_files=False, analytics_enabled=False)
    try:
        c.predict("我手机13812345678，高级技师能评副高吗？", "自动识别", api_name="/ask")
    finally:
        c.close()
    log = served.settings.home / "logs" / "questions.jsonl"
    assert log.exists()
    for route in [*FILE_ROUTES, f"gradio_api/file={log}", f"gradio_api/file={served.settings.corpus_dir}/fixes.yaml"]:
        status, body = http_get(served.url + route)
        assert PASSWD not in body and b"session" not in body and b"fixes:" not in body, route
        if "file" in route and not route.startswith(("static", "assets", "svelte")):
            assert status in (400, 403, 404), (route, status)


@pytest.mark.slow
def test_no_run_history_monitoring_or_mcp(served):
    status, body = http_get(served.url + "config")
    assert status == 200
    config = json.loads(body)
    assert config.get("run_history") is False
    for route in ("gradio_api/runs", "monitoring", "gradio_api/mcp/sse", "gradio_api/mcp/schema"):
        status, _ = http_get(served.url + route)
        assert status in (403, 404, 405), (route, status)


# ------------------------------------------------------------------ failed logins; nothing before a login
LOCKOUT = 1  # seconds, doubling with each lockout: short for the tests (the default is 30)


def guarded_settings(real_build, lockout: float = LOCKOUT):
    return settings_from_env(
        real_build[0], POLICY_AUTH="hotline:s3cret", POLICY_LOGIN_ATTEMPTS="5", POLICY_LOGIN_WINDOW="60", POLICY_LOGIN_LOCKOUT=str(lockout)
    )


@pytest.fixture
def password_checks(monkeypatch):
    """How many times Gradio compares a password (the check a guessing client wants to run)."""
    import gradio.routes

    real = gradio.routes.compare_passwords_securely
    checks = []

    def compare(*args):
        checks.append(1)
        return real(*args)

    monkeypatch.setattr(gradio.routes, "compare_passwords_securely", compare)
    return checks


def test_failed_logins_are_rate_limited_per_client(real_build, password_checks):
    with own_page(guarded_settings(real_build, lockout=3)) as page:  # 100 attempts take well under 3 s
        replies = [login(page.port, "hotline", f"guess-{n}") for n in range(100)]
        statuses = [status for status, _, _ in replies]
        assert statuses[:5] == [400] * 5
        assert statuses.count(429) >= 90, statuses  # most refused…
        assert len(password_checks) <= 10, len(password_checks)  # …without checking the password
        status, headers, body = next(r for r in replies if r[0] == 429)
        assert "秒后再试" in body.decode("utf-8") and int(headers["retry-after"]) >= 1

        status, headers, _ = login(page.port, "hotline", "s3cret")
        assert status == 429  # the right password waits too (no oracle while locked out)
        assert login(page.port, "hotline", "s3cret", source="127.0.0.2")[0] == 200  # another client is not locked out

        time.sleep(int(headers["retry-after"]) + 0.3)
        assert login(page.port, "hotline", "s3cret")[0] == 200  # and after the lockout, the right password works


def test_each_lockout_is_longer_than_the_last(real_build, password_checks):
    with own_page(guarded_settings(real_build)) as page:
        waits = []
        for _ in range(2):
            for n in range(5):
                assert login(page.port, "hotline", f"guess-{n}", source="127.0.0.3")[0] == 400
            status, headers, _ = login(page.port, "hotline", "guess", source="127.0.0.3")
            assert status == 429
            waits.append(int(headers["retry-after"]))
            time.sleep(waits[-1] + 0.2)
        assert waits[1] > waits[0] >= LOCKOUT
        assert len(password_checks) == 10


SECRET_MARKERS = ("pa-chat", "pa-question", "条文检索", "文件目录", "show_document", "ask_example")
UNGUARDED = [
    "/",
    "/?view=api",
    "/?page=&deep_link=x",
    "/config",
    "/gradio_api/info",
    "/gradio_api/info?all_endpoints=true",
    "/gradio_api/openapi.json",
    "/gradio_api/startup-events",
    "/gradio_api/app_id",
    "/gradio_api/user",
    "/gradio_api/token",
    "/gradio_api/login_check",
    "/gradio_api/deep_link",
    "/gradio_api/queue/data?session_hash=x",
    "/gradio_api/file=/etc/passwd",
    "/manifest.json",
    "/theme.css",
    "/robots.txt",
    "/login",
]


def test_nothing_about_the_page_is_served_before_login(real_build, real_index):
    secrets = [*real_index.regions, *real_index.documents, *SECRET_MARKERS]
    with own_page(guarded_settings(real_build)) as page:
        for path in UNGUARDED:
            for method in ("GET", "HEAD"):
                status, _, body = request(page.port, method, path)
                text = body.decode("utf-8", errors="replace")
                leaked = [s for s in secrets if s in text]
                assert not leaked, (method, path, status, leaked)
        status, _, body = request(page.port, "GET", "/")
        assert status == 200 and "密码" in body.decode("utf-8")  # the login form, and nothing else

        status, headers, _ = login(page.port, "hotline", "s3cret")
        assert status == 200
        status, _, body = request(page.port, "GET", "/", headers={"Cookie": cookies(headers)})
        assert status == 200 and "pa-chat" in body.decode("utf-8")  # after the login, the page
