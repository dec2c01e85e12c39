"""How much one request may ask of the page: its size, checked before Gradio reads it, and its time.

Whatever the browser enforces, a client can speak the page's API directly, so the server checks:

- ``RequestLimits`` (ASGI middleware in front of Gradio) refuses a body over ``MAX_REQUEST_BYTES``
  and an event whose input is longer than its field takes (a text box's ``max_length``, a
  dropdown's longest choice), with 413 and a Chinese message that repeats none of it.  This must
  happen before Gradio: Gradio keeps every input's last value in the session, refused or not.
- ``Budget`` runs a request's work on a small pool and waits for it at most ``seconds``; past
  that the person is told to try again (``Busy``).

Handlers check their own inputs as well (``ui.app``); this is the part that needs the HTTP layer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

import gradio as gr

from assistant.config import MAX_EVENT_DATA_CHARS, MAX_QUESTION_BOX_CHARS, MAX_REQUEST_BYTES, PAGE_WORKERS
from assistant.errors import Busy

logger = logging.getLogger(__name__)

T = TypeVar("T")

# where a client sends an event's inputs: the queue (what the page's JavaScript uses), and the
# direct routes gradio_client and curl may use
_QUEUE_JOIN = re.compile(r"/gradio_api/queue/join/?$")
_BY_NAME = re.compile(r"/gradio_api/(?:run|api|call|call/v2)/([^/]+)/?$")
# a body larger than the limit is still read (and dropped) up to this, so an ordinary client gets
# the 413 instead of a reset connection; beyond it the connection is closed
_DRAIN_BYTES = 16 * 1024 * 1024


def too_large_message(limit_bytes: int) -> str:
    return f"请求太大（超过 {limit_bytes // 1024} KB）：请缩短输入后再试。"


def too_long_message(limit: int, size: int) -> str:
    return f"请求太大：这一项最多 {limit} 字，收到 {size} 字。请缩短后再试。"


def field_limit(component: object) -> int | None:
    """The most an input may hold: a text box's ``max_length``, a dropdown's longest choice; None for
    a session state (its value never comes from the client).

    >>> field_limit(gr.Textbox(max_length=500, render=False)), field_limit(gr.Dropdown(["a", "bcd"], render=False))
    (500, 3)
    """
    if isinstance(component, gr.State):
        return None
    if isinstance(component, gr.Dropdown) and not component.allow_custom_value and component.choices:
        return max(len(str(value)) for _, value in component.choices)
    if isinstance(component, gr.Textbox) and component.max_length:
        return component.max_length
    return MAX_QUESTION_BOX_CHARS


def input_size(value: object) -> int:
    """Characters a value holds: a string's length, anything else as JSON.

    >>> input_size("问题"), input_size(None), input_size(["a", "b"])
    (2, 0, 10)
    """
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value)
    return len(json.dumps(value, ensure_ascii=False, default=str))


class RequestLimits:
    """ASGI middleware: refuse, before Gradio reads it, a request larger than the page takes."""

    def __init__(self, app, max_bytes: int = MAX_REQUEST_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _drain(receive)
            await refuse(send, 413, too_large_message(self.max_bytes))
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await _drain(receive)
                await refuse(send, 413, too_large_message(self.max_bytes))
                return
            if not message.get("more_body", False):
                break
        problem = oversized_input(scope, bytes(body))
        if problem is not None:
            await refuse(send, 413, problem)
            return
        await self.app(scope, _replay(bytes(body), receive), send)


def oversized_input(scope, body: bytes) -> str | None:
    """Why an event's inputs are refused (one longer than its field takes), or None."""
    path = scope["path"]
    by_name = _BY_NAME.search(path)
    if not (by_name or _QUEUE_JOIN.search(path)):
        return None
    try:
        payload = json.loads(body)
    except ValueError:
        return None  # Gradio answers malformed JSON itself (422)
    if not isinstance(payload, dict):
        return None
    if input_size(payload.get("event_data")) > MAX_EVENT_DATA_CHARS:
        return too_long_message(MAX_EVENT_DATA_CHARS, input_size(payload.get("event_data")))
    data = payload.get("data")
    if not isinstance(data, list):
        return None
    inputs = _inputs_of(scope, by_name.group(1) if by_name else None, payload.get("fn_index"))
    for n, value in enumerate(data):
        # inputs beyond the event's own are ignored by Gradio, but still bounded
        limit = field_limit(inputs[n]) if n < len(inputs) else MAX_QUESTION_BOX_CHARS
        size = input_size(value)
        if limit is not None and size > limit:
            return too_long_message(limit, size)
    return None


def _inputs_of(scope, api_name: str | None, fn_index: object) -> list:
    """The input components of the event a request is for ([] when it is not found: the caller
    then holds every input to the largest field's limit)."""
    try:
        blocks = scope["app"].get_blocks()
        if api_name is not None:
            fn = next((f for f in blocks.fns.values() if f.api_name == api_name), None)
        else:
            fn = blocks.fns.get(fn_index) if isinstance(fn_index, int) else None
        return list(fn.inputs) if fn is not None else []
    except Exception:  # a Gradio whose internals moved: fall back to the one limit for all
        logger.warning("cannot find the inputs of a request; holding them to one limit", exc_info=True)
        return []


async def refuse(send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A JSON error in Gradio's shape (``{"detail": …}``), in Chinese."""
    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _drain(receive) -> None:
    read = 0
    while read <= _DRAIN_BYTES:
        message = await receive()
        if message["type"] != "http.request":
            return
        read += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _replay(body: bytes, receive):
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: a disconnect, when it comes

    return replay


class Budget:
    """Runs one request's work on a bounded pool and waits for it at most ``seconds``.

    Past its budget a request gets ``Busy`` at once.  Its work cannot be interrupted (Python
    threads cannot be), so it runs on to its end, on this pool: with inputs bounded, the work left
    behind is bounded too, the pool caps how much runs at once, and work that has not started when
    its budget runs out never starts.
    """

    def __init__(self, seconds: float, workers: int = PAGE_WORKERS):
        self.seconds = seconds
        self.workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="page-work")

    def run(self, work: Callable[[], T]) -> T:
        future = self._pool.submit(work)
        try:
            return future.result(timeout=self.seconds)
        except FutureTimeout:
            if future.done():  # the work itself raised a TimeoutError: that is its own error
                raise
            future.cancel()
            logger.warning("a request ran past its %g s budget", self.seconds)
            raise Busy(self.seconds) from None

    async def run_async(self, work: Callable[[], T]) -> T:
        """``run``, awaited on an event loop: the loop serves other requests while ``work`` runs on the
        pool, and no thread of the loop's own waits for it (what the page's handlers use)."""
        waiter = asyncio.wrap_future(self._pool.submit(work))
        try:
            done, _ = await asyncio.wait({waiter}, timeout=self.seconds)
        finally:
            # past the budget (or the request cancelled): work that has not started never starts, and
            # the result of work that has is dropped when it comes; a finished waiter is left as it is
            waiter.cancel()
        if waiter in done:
            return waiter.result()  # the work's result, or its own error (a TimeoutError of its own included)
        logger.warning("a request ran past its %g s budget", self.seconds)
        raise Busy(self.seconds)
