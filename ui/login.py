"""The login, in front of Gradio: failed attempts slowed down per client, nothing shown before it.

Gradio checks a password on every ``POST /login`` as fast as a client can send them, and the page
it serves at ``/`` to a stranger embeds the API description (every region, every document id).
``LoginGuard`` (ASGI middleware, installed when the page has a login):

- counts login attempts per client address; after ``attempts`` that failed within ``window``
  seconds, that client's attempts are refused (429, a Chinese message, ``Retry-After``) for
  ``lockout`` seconds, doubling with each lockout.  A refused attempt never reaches the password
  check, so no guess can be confirmed while locked out; other clients are not affected;
- serves, to anyone Gradio has not logged in, a login page of its own that holds nothing but the
  form.
"""

from __future__ import annotations

import html
import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.config import MAX_LOGIN_LOCKOUT_SECONDS
from ui.limits import refuse

MAX_CLIENTS = 10_000  # clients remembered at once (the oldest forgotten first)


@dataclass
class _Client:
    attempts: deque = field(default_factory=deque)  # times of attempts not (yet) known to succeed
    lockouts: int = 0
    locked_until: float = 0.0
    seen: float = 0.0


class LoginThrottle:
    """Login attempts per client, and how long each must wait.

    >>> clock = [0.0]
    >>> throttle = LoginThrottle(attempts=2, window=60, lockout=10, clock=lambda: clock[0])
    >>> [throttle.attempt("a") for _ in range(4)]  # two tries, then ten seconds' wait
    [0.0, 0.0, 10.0, 10.0]
    >>> throttle.attempt("b")  # another client is not affected
    0.0
    >>> clock[0] = 10.0
    >>> [throttle.attempt("a") for _ in range(3)]  # the next lockout is twice as long
    [0.0, 0.0, 20.0]
    >>> clock[0] = 30.0; throttle.attempt("a"); throttle.succeeded("a"); throttle.attempt("a")
    0.0
    0.0
    """

    def __init__(
        self,
        attempts: int,
        window: float,
        lockout: float,
        max_lockout: float = MAX_LOGIN_LOCKOUT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.attempts = attempts
        self.window = window
        self.lockout = lockout
        self.max_lockout = max(max_lockout, lockout)
        self.clock = clock
        self._clients: OrderedDict[str, _Client] = OrderedDict()

    def attempt(self, client: str) -> float:
        """Count an attempt by ``client``: 0 when it may go on to the password check, else the
        seconds it must wait.  An attempt counts as failed until ``succeeded`` says otherwise, so
        attempts sent all at once are counted before any is answered."""
        now = self.clock()
        record = self._record(client, now)
        if record.locked_until > now:
            return record.locked_until - now
        while record.attempts and record.attempts[0] <= now - self.window:
            record.attempts.popleft()
        if len(record.attempts) >= self.attempts:
            record.lockouts += 1
            wait = float(min(self.lockout * 2 ** (record.lockouts - 1), self.max_lockout))
            record.locked_until = now + wait
            record.attempts.clear()
            return wait
        record.attempts.append(now)
        return 0.0

    def succeeded(self, client: str) -> None:
        """A client that logs in starts afresh."""
        self._clients.pop(client, None)

    def _record(self, client: str, now: float) -> _Client:
        record = self._clients.pop(client, None) or _Client()
        record.seen = now
        self._clients[client] = record  # the most recently seen last
        forget_after = self.window + self.max_lockout
        while len(self._clients) > MAX_CLIENTS or next(iter(self._clients.values())).seen < now - forget_after:
            self._clients.popitem(last=False)
        return record


class LoginGuard:
    """ASGI middleware: the throttle on ``POST /login`` and a login page of its own at ``/``."""

    def __init__(self, app, attempts: int, window: float, lockout: float, message: str = ""):
        self.app = app
        self.throttle = LoginThrottle(attempts, window, lockout)
        self.page = login_page_html(message).encode("utf-8")

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope["path"].rstrip("/") or "/"
            if scope["method"] == "POST" and path == "/login":
                await self._login(scope, receive, send)
                return
            if scope["method"] in ("GET", "HEAD") and path == "/":
                await self._main(scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def _login(self, scope, receive, send):
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.throttle.attempt(client)
        if wait > 0:
            seconds = math.ceil(wait)
            await refuse(send, 429, f"登录失败次数过多：请 {seconds} 秒后再试。", [(b"retry-after", str(seconds).encode())])
            return
        status = None

        async def watch(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if status == 200:
            self.throttle.succeeded(client)

    async def _main(self, scope, receive, send):
        # Gradio decides who is logged in (its cookies, its tokens); when its answer is the login
        # form, ours goes out instead, without the page's API description
        start, chunks = None, []

        async def keep(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, keep)
        body = b"".join(chunks)
        if start is None:
            return
        if start["status"] == 200 and b'"auth_required":true' in body.replace(b" ", b""):
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"text/html; charset=utf-8"),
                        (b"content-length", str(len(self.page)).encode()),
                        (b"cache-control", b"no-store"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": self.page})
            return
        await send(start)
        await send({"type": "http.response.body", "body": body})


def login_page_html(message: str) -> str:
    """The login form and nothing else: no title of the service, no component, no API description.

    >>> "密码" in login_page_html("请登录") and "gradio" not in login_page_html("请登录")
    True
    """
    return LOGIN_PAGE.replace("{message}", html.escape(message or "请登录。"))


LOGIN_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>登录</title>
<style>
  body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; background: #f8fafc;
         color: #1f2937; margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
  main { background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 1.5em 1.8em; width: min(22em, 90vw); }
  h1 { font-size: 1.3em; margin: 0 0 0.4em; }
  p { margin: 0 0 1em; color: #4b5563; }
  label { display: block; margin: 0.6em 0; }
  input { display: block; width: 100%; box-sizing: border-box; margin-top: 0.25em; padding: 0.5em; font-size: 1em;
          border: 1px solid #cbd5e1; border-radius: 6px; }
  button { width: 100%; margin-top: 0.8em; padding: 0.6em; font-size: 1em; border: 0; border-radius: 6px;
           background: #dc2626; color: #fff; cursor: pointer; }
  button:disabled { opacity: 0.6; cursor: wait; }
  #error { color: #b91c1c; min-height: 1.4em; margin: 0.8em 0 0; }
</style>
</head>
<body>
<main>
<h1>登录</h1>
<p>{message}</p>
<form id="login">
  <label>账号<input name="username" autocomplete="username" required></label>
  <label>密码<input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">登录</button>
  <p id="error" role="alert"></p>
</form>
</main>
<script>
document.getElementById("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target, error = document.getElementById("error"), button = form.querySelector("button");
  error.textContent = "";
  button.disabled = true;
  try {
    const response = await fetch("login", { method: "POST", body: new URLSearchParams(new FormData(form)) });
    if (response.ok) { location.reload(); return; }
    let detail = null;
    try { detail = (await response.json()).detail; } catch (ignored) { detail = null; }
    error.textContent = response.status === 429 && typeof detail === "string" ? detail : "账号或密码不正确，请重新输入。";
  } catch (ignored) {
    error.textContent = "无法连接服务器，请稍后再试。";
  } finally {
    button.disabled = false;
  }
});
</script>
</body>
</html>
"""
