"""What the page does in place of Gradio's own per-request work, where Gradio's is measured to cost.

Measured with `policy bench`'s burst (50 conversations at once, py-spy on the serving process and,
for each change, interleaved bursts against the code before; README, "Serving and cold start"):

- **The answering events' values are sent as they are** (``preprocess=False, postprocess=False``
  in ``ui.app``): Gradio would hand each input and each output to a worker thread of its own to
  run the component's ``preprocess``/``postprocess`` (two to five thread hand-offs a request, each
  waking a thread that must then wait for the GIL), for work that is a ``str()`` here.  The page's
  handlers check their inputs themselves (``choice``) and give the chat its value in the shape
  Gradio's ``Chatbot.postprocess`` gives it (``chat_value``; a test holds the two equal).
- **The page's code paths are warmed before the first person** (``warm_page``): the first burst
  of a fresh `policy serve` spent 17–18 ms of CPU a request against 12–15 ms for the same burst
  after a warm-up of ~1.2 s on the page's own example questions (4 interleaved starts each).
- **A new browser session no longer builds the config of every block** (``lazy_session_configs``):
  Gradio 6 computes, for each new session, the configuration of each of the page's ~40 blocks
  (for deep links, which the page does not offer); that took ~3.6 ms of one core a session.
  Each block's is now built when the session first needs it, and all of them when a deep link
  is asked for, so what Gradio keeps and serves is the same (tested).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Sequence
from datetime import date

import gradio as gr

logger = logging.getLogger(__name__)


def chat_value(messages: Sequence[dict[str, str]]) -> list[dict]:
    """The chat's messages as ``gr.Chatbot.postprocess`` sends them (its ``model_dump()``), for the
    page's messages: a role and one HTML text each.

    >>> chat_value([{"role": "user", "content": "<div>问</div>"}])
    [{'role': 'user', 'metadata': None, 'content': [{'text': '<div>问</div>', 'type': 'text'}], 'options': None}]
    """
    return [
        {"role": m["role"], "metadata": None, "content": [{"text": inspect.cleandoc(m["content"]), "type": "text"}], "options": None}
        for m in messages
    ]


class NotAChoice(gr.Error):
    """A dropdown's value that is not one of its choices (only a client other than the page sends one)."""


def choice(value: object, choices: Sequence[object], what: str) -> object:
    """``value`` when it is one of ``choices`` (or None, as Gradio's ``Dropdown.preprocess`` lets
    through), else ``NotAChoice``: what Gradio checked before the handler ran.

    >>> choice("浙江", ["自动识别", "浙江"], "地区")
    '浙江'
    >>> choice("火星", ["自动识别", "浙江"], "地区")
    Traceback (most recent call last):
    ...
    ui.serving.NotAChoice: '请从列表中选择地区。'
    """
    if value is None or value in choices:
        return value
    raise NotAChoice(f"请从列表中选择{what}。")


def as_text(value: object) -> str:
    """A text box's value as Gradio's ``Textbox.preprocess`` gives it (``str``), with None as ""."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def warm_page(assistant, questions: Sequence[str], today: date, search: str = "培训补贴") -> None:
    """Do once, before serving, what the page's first questions would do for the first time.

    The library compiles its patterns, reads its tables and fills its caches as questions first
    need them, and the answer card's code runs for the first time: without this, the first people
    after a start pay for it (see the module docstring).  ``questions`` (the page's example
    questions) are each answered as a first turn and all together as one conversation, with their
    HTML, as the page answers them; then one article search with its results' HTML.  Nothing is
    logged.  Raises what the search raises (``respond`` never does).
    """
    from assistant.lookup import search_articles
    from ui.chat import Conversation, respond
    from ui.render import search_results_html

    chat = Conversation()
    for question in questions:
        respond(Conversation(), question, lambda: assistant, today=today)
        chat = respond(chat, question, lambda: assistant, today=today)
    search_results_html(search_articles(assistant.index, search, on=today, limit=51))


# ---------------------------------------------------------------- sessions
_LAZY = "_policy_lazy_configs"


def lazy_session_configs() -> bool:
    """Make Gradio build a session's block configs when first needed, not all at its start.

    Returns whether it is in effect: a Gradio whose ``SessionState`` has no ``components`` property
    (6.x lists the configs there) is left as it is, with a warning; one whose ``__init__`` reads more
    of the page than its default config and blocks builds its sessions the way it always did.
    """
    from gradio import state_holder

    cls = state_holder.SessionState
    if getattr(cls, _LAZY, False):
        return True
    components = cls.__dict__.get("components")
    if not isinstance(components, property):
        logger.warning("Gradio's SessionState is not the one expected; every session builds all block configs")
        return False
    build = cls.__init__
    list_components = components.fget

    def __init__(self, blocks) -> None:
        # Gradio's own __init__, shown a page with no blocks to configure ("if k in blocks.blocks")
        try:
            build(self, _Unconfigured(blocks))
        except AttributeError:  # a Gradio that reads more of the page: its own way
            build(self, blocks)
            return
        self._policy_page = blocks

    def all_components(self):
        # every block's config, as Gradio's __init__ would have built it, before Gradio lists them
        page = getattr(self, "_policy_page", None)
        if page is not None:
            ordered = {}
            for key, block in self.blocks_config.blocks.items():
                if key in page.blocks:
                    ordered[key] = self.config_values[key] if key in self.config_values else self.blocks_config.config_for_block(key, [], block)
            ordered.update((key, value) for key, value in self.config_values.items() if key not in ordered)
            self.config_values = ordered
        return list_components(self)

    cls.__init__ = __init__
    cls.components = property(all_components)
    setattr(cls, _LAZY, True)
    return True


class _Unconfigured:
    """What ``SessionState.__init__`` reads of the page: its default config, and no blocks (so it builds no configs)."""

    def __init__(self, page) -> None:
        self.default_config = page.default_config
        self.blocks: dict = {}

