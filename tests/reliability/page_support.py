"""Helpers for tests that need a page of their own: launched in this process with settings read
from ``POLICY_*`` variables (as `policy serve` reads them), and looked into from the server side.

The shared ``page`` fixture runs with default settings; a test that changes a limit (a short
time budget, a login with a short lockout) launches its own page here, so no other test sees it.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from reliability_support import LOOPBACK, free_port

from assistant.config import Settings


@dataclass
class OwnPage:
    url: str
    port: int
    demo: object  # the gradio Blocks, to look at a session's server-side state
    settings: Settings


def settings_from_env(base: Settings, **env: str) -> Settings:
    """``base``'s corpus and index, every other setting read from ``env`` the way `policy serve` reads it."""
    environ = {
        "POLICY_HOME": str(base.home),
        "POLICY_CORPUS": str(base.corpus_dir),
        "POLICY_EMBEDDING": base.embedding,
        **env,
    }
    return Settings.from_env(environ)


@contextmanager
def own_page(settings: Settings) -> Iterator[OwnPage]:
    """The page `policy serve` builds for ``settings``, on a free loopback port, until the block ends."""
    from ui.app import build_app, enable_queue, launch_options

    demo = enable_queue(build_app(settings))
    port = free_port()
    demo.launch(**launch_options(settings, LOOPBACK, port, quiet=True), prevent_thread_lock=True)
    try:
        yield OwnPage(f"http://{LOOPBACK}:{port}/", port, demo, settings)
    finally:
        demo.close(verbose=False)


def session_holds(page: OwnPage, session_hash: str, marker: str) -> bool:
    """Whether anything the server keeps for this browser session contains ``marker``."""
    session = page.demo.server_app.state_holder.session_data.get(session_hash)
    if session is None:
        return False
    kept = [json.dumps(session.config_values, ensure_ascii=False, default=str), repr(session.state_data)]
    kept += [repr(getattr(block, "value", None)) for block in session.blocks_config.blocks.values()]
    return any(marker in text for text in kept)


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    source: str = LOOPBACK,
    timeout: float = 30,
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request to the page on loopback, sent from the loopback address ``source``
    (127.0.0.2 is another client to the server; on Linux all of 127/8 is this machine)."""
    assert source.startswith("127."), source
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        headers: dict[str, str] = {}
        for name, value in response.getheaders():  # repeated headers (Set-Cookie) one per line
            headers[name.lower()] = f"{headers[name.lower()]}\n{value}" if name.lower() in headers else value
        return response.status, headers, response.read()
    finally:
        connection.close()


def login(port: int, user: str, password: str, source: str = LOOPBACK) -> tuple[int, dict[str, str], bytes]:
    """POST the login form, as the login page and ``gradio_client`` do."""
    body = urllib.parse.urlencode({"username": user, "password": password}).encode()
    return request(port, "POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded"}, source)


def cookies(headers: dict[str, str]) -> str:
    """The ``Cookie`` header a browser sends back after a response with these ``Set-Cookie`` lines."""
    return "; ".join(line.split(";", 1)[0].strip() for line in headers.get("set-cookie", "").splitlines() if line.strip())


def fn_index(port: int, api_name: str) -> int:
    """The queue's number for the endpoint ``api_name`` ("/ask" → "ask"), read from the page's /config."""
    status, _, body = request(port, "GET", "/config")
    assert status == 200, status
    return next(d["id"] for d in json.loads(body)["dependencies"] if d.get("api_name") == api_name.strip("/"))


def call_raw(
    port: int, api_name: str, data: list, event_data: object = None, timeout: float = 30
) -> tuple[int, object]:
    """What the page's JavaScript does for one event, with any ``data`` and ``event_data`` a client
    may forge: join the queue, then read the event stream until the result.

    Returns ``(status of the join, output)``; the output is the ``output`` of ``process_completed``
    (``{"data": [...]}`` or ``{"error": ...}``), or the join's body when the join was refused.
    """
    session_hash = uuid.uuid4().hex
    join = json.dumps(
        {"data": data, "event_data": event_data, "fn_index": fn_index(port, api_name), "trigger_id": None, "session_hash": session_hash},
        ensure_ascii=False,
    ).encode()
    status, _, body = request(port, "POST", "/gradio_api/queue/join", join, {"Content-Type": "application/json"}, timeout=timeout)
    if status != 200:
        return status, body
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
    try:
        connection.request("GET", f"/gradio_api/queue/data?session_hash={session_hash}")
        response = connection.getresponse()
        for line in response:
            if line.startswith(b"data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return status, message.get("output")
    finally:
        connection.close()
    raise AssertionError("the event stream ended without a result")
