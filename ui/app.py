"""The chat page: 政策问答 (chat with cited answers), 条文检索 (hotline lookup), 文件目录 (documents).

Gradio wiring only.  Answers come from ``assistant.answer``, article search and
context from ``assistant.lookup``; HTML from ``ui.render``.  ``launch`` is what
``policy serve`` runs.

(No ``from __future__ import annotations`` here: Gradio reads each handler's type hints on every
call, to find its ``gr.Request`` and ``gr.EventData`` parameters, and hints kept as strings are
evaluated again each time — 88 µs against 18 µs a call, measured.)
"""

import logging
import os
from collections.abc import AsyncIterator, Callable
from datetime import date

import gradio as gr
from starlette.middleware import Middleware

from assistant.answer import get_assistant
from assistant.config import MAX_QUESTION_BOX_CHARS, MAX_REQUEST_BYTES, MAX_SEARCH_CHARS, PAGE_WORKERS, Settings, now
from assistant.config import today as beijing_today
from assistant.errors import PolicyError
from assistant.lookup import search_articles
from assistant.privacy import redact_prefix
from assistant.question_log import QuestionLog
from assistant.schema import STATUS_LABELS
from ui.chat import AUTO_REGION, MAX_EDIT_CHARS, Conversation, region_option, revise_plan, steps_async, turn_plan
from ui.limits import Budget, RequestLimits
from ui.login import LoginGuard
from ui.look import CARD_CSS, CARD_JS, UNLOCK_BOX_JS, lock_box_js
from ui.render import document_html, document_list_html, esc, notice_html, search_results_html
from ui.serving import as_text, chat_value, choice, lazy_session_configs, warm_page

logger = logging.getLogger(__name__)

TITLE = "技能人才与就业政策问答"
# (who asks, what the example says it shows, the question): the three kinds of users the page serves
EXAMPLE_CARDS = (
    ("劳动者", "能不能评、还差多久", "我在浙江，是高级技师，干了3年，近3年考核都合格，能评副高吗？"),
    ("用人单位", "能领多少", "2024年10月在四川招了5个就业困难人员，签了2年合同，能拿多少吸纳就业补贴？"),
    ("热线人员", "按文号和条款查原文", "人社部发〔2024〕5号四、（十二）是怎么规定的？"),
    ("热线人员", "文件是否有效", "人社部发〔2024〕5号还有效吗？"),
    ("评估人员", "语料外的问题应说明未涉及", "北京的职业培训补贴标准是多少？"),
)
EXAMPLES = tuple(text for _, _, text in EXAMPLE_CARDS)
INTRO = (
    "您好！我可以回答技能人才评价、职称贯通、就业补贴等政策问题，每条回答都注明出处（文件、文号、条款）和文件是否现行有效。"
    "劳动者说明省份和具体情况，会得到能否申报、差多少；热线人员可直接问文号和条款，或用“条文检索”复制引用；"
    "评估人员可试语料外的问题，看它是否如实说明未涉及。点下面的例子试试："
)
DOC_FILTER_LIMIT = 100  # characters typed into the document filter
SEARCH_LIMIT = 50
WORK_GROUP = "page-work"  # the queue's concurrency group of every event that answers, searches or renders
ALL = "all"
MAX_DOC_ID_CHARS = 100

THEME = gr.themes.Soft(
    primary_hue="red",
    neutral_hue="slate",
    # system fonts only: the page must not fetch web fonts (offline, and fast on phones)
    font=["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "system-ui", "sans-serif"],
    font_mono=["ui-monospace", "Menlo", "Consolas", "monospace"],
)

CSS = """
.gradio-container { max-width: 980px !important; margin: 0 auto !important; }
#pa-header h2 { margin: 0.2em 0; }
#pa-header p { margin: 0.2em 0 0.6em; color: var(--body-text-color-subdued); font-size: 0.9em; }
.pa-answer p { margin: 0 0 0.5em; line-height: 1.65; }
.pa-abstained { color: var(--body-text-color-subdued); }
.pa-user { white-space: normal; overflow-wrap: anywhere; }
.pa-follow-up { margin: 0.6em 0; padding: 0.5em 0.7em; border-left: 4px solid #d97706; background: rgba(217,119,6,0.08); border-radius: 4px; }
.pa-notice { padding: 0.6em 0.8em; border-radius: 6px; background: rgba(217,119,6,0.10); border: 1px solid rgba(217,119,6,0.35); overflow-wrap: anywhere; }
.pa-notice-error { background: rgba(220,38,38,0.08); border-color: rgba(220,38,38,0.35); }
.pa-busy { color: var(--body-text-color-subdued); }
.pa-dots::before { content: "⏳ "; }
.pa-cards-head { font-weight: 600; margin: 0.8em 0 0.3em; }
.pa-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 0.6em 0.75em; margin: 0.5em 0;
  background: var(--background-fill-secondary); overflow-wrap: anywhere; word-break: break-word; }
.pa-card-title { font-weight: 600; line-height: 1.5; }
.pa-num { color: var(--body-text-color-subdued); margin-right: 0.3em; }
.pa-meta { display: flex; flex-wrap: wrap; gap: 0.3em 0.6em; margin: 0.3em 0; font-size: 0.88em; align-items: center; }
.pa-meta .pa-path { font-weight: 600; }
.pa-badge { display: inline-block; padding: 0 0.5em; border-radius: 999px; font-size: 0.85em; border: 1px solid; white-space: nowrap; }
.pa-status-in_force { color: #15803d; border-color: #15803d; background: rgba(21,128,61,0.08); }
.pa-status-expired { color: #b91c1c; border-color: #b91c1c; background: rgba(185,28,28,0.08); }
.pa-status-not_yet_effective { color: #1d4ed8; border-color: #1d4ed8; background: rgba(29,78,216,0.08); }
.pa-status-unknown { color: #6b7280; border-color: #9ca3af; background: rgba(107,114,128,0.08); }
.pa-quote { margin: 0.4em 0; padding: 0.3em 0.6em; border-left: 3px solid #dc2626; }
.pa-card mark, .pa-context mark { background: #fde68a; color: inherit; padding: 0 1px; }
.pa-full summary { cursor: pointer; color: var(--link-text-color); margin: 0.3em 0; }
.pa-context { font-size: 0.92em; max-height: 22em; overflow-y: auto; padding: 0.3em 0.5em; border-radius: 6px; background: var(--background-fill-primary); }
.pa-context p { margin: 0.25em 0; }
.pa-crumbs { color: var(--body-text-color-subdued); font-size: 0.85em; margin-bottom: 0.3em; }
.pa-level-2 { padding-left: 0.8em; } .pa-level-3 { padding-left: 1.6em; } .pa-level-4, .pa-level-5 { padding-left: 2.4em; }
.pa-cite-form { font-size: 0.85em; color: var(--body-text-color-subdued); margin-top: 0.4em; }
.pa-cite-text { display: none; }
.pa-copy { margin-top: 0.4em; padding: 0.2em 0.8em; border-radius: 6px; border: 1px solid var(--border-color-primary);
  background: var(--button-secondary-background-fill); cursor: pointer; font-size: 0.9em; }
.pa-calc { border: 2px solid #2563eb; border-radius: 8px; padding: 0.6em 0.75em; margin: 0.6em 0; background: rgba(37,99,235,0.05); overflow-wrap: anywhere; }
.pa-verdict-eligible { border-color: #15803d; background: rgba(21,128,61,0.06); }
.pa-verdict-not_eligible { border-color: #b91c1c; background: rgba(185,28,28,0.05); }
.pa-verdict-need_more_info { border-color: #d97706; background: rgba(217,119,6,0.06); }
.pa-calc-value { font-size: 1.4em; font-weight: 700; margin: 0.2em 0; }
.pa-steps { margin: 0.3em 0 0.3em 1.2em; padding: 0; }
.pa-step-path { margin-left: 0.4em; font-size: 0.85em; color: var(--body-text-color-subdued); }
.pa-step-path::before { content: "〔"; } .pa-step-path::after { content: "〕"; }
.pa-missing ul { margin: 0.2em 0 0.2em 1.2em; padding: 0; }
.pa-known, .pa-calc-source, .pa-scope { font-size: 0.85em; color: var(--body-text-color-subdued); margin-top: 0.3em; }
.pa-article-text { margin: 0.4em 0; white-space: pre-wrap; line-height: 1.6; }
.pa-count, .pa-empty { margin: 0.4em 0; color: var(--body-text-color-subdued); }
.pa-table-wrap { overflow-x: auto; max-width: 100%; }
.pa-table, .pa-fields { border-collapse: collapse; width: 100%; font-size: 0.9em; }
.pa-table th, .pa-table td, .pa-fields th, .pa-fields td { border-bottom: 1px solid var(--border-color-primary); padding: 0.3em 0.4em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.pa-fields th { width: 7em; white-space: nowrap; color: var(--body-text-color-subdued); font-weight: normal; }
.pa-docid { font-size: 0.8em; color: var(--body-text-color-subdued); }
.pa-doc h3 { margin: 0.3em 0; overflow-wrap: anywhere; }
.pa-article { margin: 0.35em 0; line-height: 1.6; overflow-wrap: anywhere; }
.pa-article .pa-path { font-weight: 600; margin-right: 0.4em; }
#pa-chat .message-wrap { overflow-wrap: anywhere; }
#pa-chat .examples { gap: 0.5em; }
#pa-chat button.example { border: 1px solid var(--border-color-accent, #f87171); border-radius: 10px; padding: 0.5em 0.8em;
  background: var(--background-fill-primary); text-align: left; }
#pa-chat button.example:hover { background: var(--background-fill-secondary); }
@media (max-width: 480px) {
  .gradio-container { padding: 0 4px !important; }
  .pa-card, .pa-calc { padding: 0.5em; }
  .pa-fields th { width: 5em; white-space: normal; }
}
"""

# One delegated listener for every "复制引用" button, in chat bubbles and search results:
# copy the card's citation text to the clipboard and show it in the lookup tab's text box.
COPY_JS = """
() => {
  if (window.__paCopy) { return; }
  window.__paCopy = true;
  const fallbackCopy = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (error) { ok = false; }
    area.remove();
    return ok;
  };
  document.addEventListener('click', async (event) => {
    const button = event.target && event.target.closest ? event.target.closest('.pa-copy') : null;
    if (!button) { return; }
    event.preventDefault();
    const card = button.closest('.pa-card');
    const source = card ? card.querySelector('.pa-cite-text') : null;
    if (!source) { return; }
    const text = source.textContent;
    window.__paCopied = text;
    const box = document.querySelector('#pa-copied textarea');
    if (box) {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    let ok = false;
    try { await navigator.clipboard.writeText(text); ok = true; } catch (error) { ok = fallbackCopy(text); }
    button.textContent = ok ? '已复制' : '请手动复制';
    setTimeout(() => { button.textContent = '复制引用'; }, 2000);
  });
}
"""


def build_app(settings: Settings, today: Callable[[], date] = beijing_today) -> gr.Blocks:
    """The page for ``settings``' index; ``today`` is read once per request (the edge owns the date).

    Every handler checks its input before any work and does its work within
    ``settings.request_seconds`` (sizes are also checked before Gradio, by ``launch_options``).
    """
    question_log = QuestionLog.for_settings(settings)
    budget = Budget(settings.request_seconds)

    def assistant():
        return get_assistant(settings)  # reopens the index when `policy ingest` has made a new build

    def recorder(request: gr.Request | None, region: str | None):
        """The question log for this browser session (None when logging is off)."""
        if question_log is None:
            return None
        session = getattr(request, "session_hash", None) or "unknown"

        def record(question: str, answer, outcome: str) -> None:
            question_log.record(
                at=now(), session=session, question=question, answer=answer, outcome=outcome, region=region_option(region)
            )

        return record

    index = assistant().index
    region_choices = [AUTO_REGION, *index.regions]
    doc_choices = [(_doc_label(d), d.doc_id) for d in index.documents.values()]
    first_doc = doc_choices[0][1] if doc_choices else None
    doc_words = {d.doc_id: _doc_words(d) for d in index.documents.values()}
    # what the lookup tab's filters offer (their values, checked by ``search``)
    search_regions = [ALL, *index.regions]
    search_documents = [ALL, *(doc_id for _, doc_id in doc_choices)]
    search_statuses = [ALL, *STATUS_LABELS]

    # -------------------------------------------------------------- handlers
    # The answering handlers (ask, revise, search) are coroutines run on Gradio's event loop, with
    # their inputs and outputs as the browser sends and reads them (``preprocess=False,
    # postprocess=False``, see ui/serving.py): the only thread a request uses is the pool's, for its work.
    async def ask(
        question: object, region: object, conversation: Conversation | None, request: gr.Request = None
    ) -> AsyncIterator[tuple]:
        # at once the question and a busy bubble, the box cleared (the browser locked it when the question
        # was sent, and unlocks it when the answer is in: ui/look.py); a question not answered (refused,
        # an error, past its time budget) goes back into the box
        region = choice(region, region_choices, "地区")
        before = conversation if isinstance(conversation, Conversation) else Conversation()
        question = as_text(question)
        record = recorder(request, region)
        cleared = False
        plan = turn_plan(before, question, assistant, region, today(), record=record)
        async for messages, after, done in steps_async(plan, budget):
            if not done:
                cleared, box = True, ""
            elif not cleared:
                # refused before anything was shown: the text is still in the person's box, to be
                # shortened; sending no value leaves it there, and drops Gradio's copy of it
                box = gr.update(interactive=True)
            else:
                box = "" if after.answered > before.answered else question
            yield chat_value(messages), after, box

    async def ask_example(
        region: object, conversation: Conversation | None, event: gr.EventData = None, request: gr.Request = None
    ) -> AsyncIterator[tuple]:
        # the example's text comes from the client with the click, if at all (gr.EventData, not
        # gr.SelectData, which fails inside Gradio when a client sends none): only the page's own are asked
        data = getattr(event, "_data", None)
        value = data.get("value") if isinstance(data, dict) else None
        text = value.get("text") if isinstance(value, dict) else value
        if not isinstance(text, str) or text not in EXAMPLES:
            before = conversation if isinstance(conversation, Conversation) else Conversation()
            yield chat_value(before.showing()), before, gr.update()
            return
        async for step in ask(text, region, conversation, request):
            yield step

    def new_conversation() -> tuple:
        return [], Conversation(), gr.update(value="", interactive=True)

    async def revise(edit: object, region: object, conversation: Conversation | None, request: gr.Request = None) -> AsyncIterator[tuple]:
        # a chip of the latest answer changed: the same question answered again, in place
        region = choice(region, region_choices, "地区")
        before = conversation if isinstance(conversation, Conversation) else Conversation()
        record = recorder(request, region)
        plan = revise_plan(before, as_text(edit), assistant, region, today(), record=record)
        async for messages, after, problem in steps_async(plan, budget):
            if problem:
                gr.Warning(problem)
            yield chat_value(messages), after, ""

    def filter_documents(text: str, current: str | None) -> tuple:
        # typing filters the picker (title, 文号, region, id); the first match is shown when the one shown is filtered out
        words = (text if isinstance(text, str) else "")[:DOC_FILTER_LIMIT].split()
        kept = [(label, doc_id) for label, doc_id in doc_choices if all(w.lower() in doc_words.get(doc_id, "") for w in words)]
        value = current if any(doc_id == current for _, doc_id in kept) else (kept[0][1] if kept else None)
        ids = {doc_id for _, doc_id in kept}
        listing = document_list_html([d for d in assistant().index.documents.values() if d.doc_id in ids], today())
        note = "" if kept else notice_html("没有标题、文号或地区含有这些字的文件。")
        return gr.update(choices=kept or doc_choices, value=value if kept else current), note + listing

    async def search(text: object, region: object, doc_id: object, status: object) -> str:
        region = choice(region, search_regions, "地区")
        doc_id = choice(doc_id, search_documents, "文件")
        status = choice(status, search_statuses, "状态")
        text = as_text(text)
        if len(text) > MAX_SEARCH_CHARS:
            return notice_html(f"检索词太长（{len(text)} 字）：请控制在 {MAX_SEARCH_CHARS} 字以内，用几个关键词、文号或条目路径检索。")

        def work() -> str:
            hits = search_articles(
                assistant().index,
                text,
                region=None if region in (None, ALL) else region,
                doc_id=None if doc_id in (None, ALL) else doc_id,
                status=None if status in (None, ALL) else status,
                on=today(),
                limit=SEARCH_LIMIT + 1,
            )
            return search_results_html(hits[:SEARCH_LIMIT], limit_reached=len(hits) > SEARCH_LIMIT)

        try:
            return await budget.run_async(work)  # the search and its HTML, on the pool
        except PolicyError as error:
            return notice_html(str(error), "error")
        except Exception:
            logger.exception("lookup failed for %r", redact_prefix(text, 200))
            return notice_html("抱歉，检索时出现了内部错误（已记录），请稍后再试。", "error")

    def show_document(doc_id: str | None) -> str:
        if not isinstance(doc_id, str) or not doc_id or len(doc_id) > MAX_DOC_ID_CHARS:
            return notice_html("请选择一个文件。")

        def render() -> str:
            current = assistant().index
            doc = current.documents.get(doc_id)
            if doc is None:
                return notice_html("请选择一个文件。")
            related = {d: current.documents[d] for d in (doc.parent_id, *doc.children) if d and d in current.documents}
            return document_html(doc, current.articles_of(doc.doc_id), today(), related)

        try:
            return budget.run(render)
        except PolicyError as error:
            return notice_html(str(error), "error")
        except Exception:
            logger.exception("cannot show document %r", doc_id[:MAX_DOC_ID_CHARS])
            return notice_html("抱歉，无法显示这个文件（已记录）。", "error")

    def list_documents() -> str:
        try:
            return budget.run(lambda: document_list_html(assistant().index.documents.values(), today()))
        except PolicyError as error:
            return notice_html(str(error), "error")
        except Exception:
            logger.exception("cannot list documents")
            return notice_html("抱歉，无法列出文件（已记录）。", "error")

    # ---------------------------------------------------------------- layout
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.HTML(
            f"<h2>{esc(TITLE)}</h2><p>回答均引自政策原文并注明文件、文号、条款与有效状态；仅供参考，具体以当地人社部门解释为准。</p>",
            elem_id="pa-header",
        )
        with gr.Tabs():
            with gr.Tab("政策问答", id="chat", elem_id="pa-tab-chat"):
                conversation = gr.State(Conversation())
                chatbot = gr.Chatbot(
                    value=[],
                    elem_id="pa-chat",
                    show_label=False,
                    height="calc(100vh - 270px)",  # the page's height less header, tabs and the input row
                    min_height=380,
                    render_markdown=False,  # bubbles are HTML built by ui.render, every text escaped
                    sanitize_html=True,  # and Gradio's sanitizer runs over them as well
                    feedback_options=None,
                    buttons=[],
                    placeholder=INTRO,
                    examples=[{"text": q, "display_text": f"{who}｜{what}：{q}"} for who, what, q in EXAMPLE_CARDS],
                    autoscroll=False,  # the page script scrolls to the question and its verdict instead
                )
                gr.HTML(
                    '<div id="pa-clear-confirm" role="alertdialog" aria-label="确认清空对话"><span>清空当前对话？您说明过的情况也会一并清除。</span>'
                    '<button type="button" class="pa-clear-yes">确认清空</button><button type="button" class="pa-clear-no">取消</button></div>',
                    js_on_load=None,
                )
                with gr.Row(equal_height=True):
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="输入您的问题，说明省份和具体情况",
                        lines=1,
                        max_lines=6,
                        max_length=MAX_QUESTION_BOX_CHARS,  # the library refuses over 2000 with a message; the server enforces this
                        scale=5,
                        elem_id="pa-question",
                        autofocus=True,
                    )
                    send = gr.Button("发送", variant="primary", scale=1, min_width=64, elem_id="pa-send")
                    gr.Button("新对话", variant="secondary", scale=1, min_width=64, elem_id="pa-clear")  # asks first (page script)
                with gr.Accordion("选项", open=False, elem_id="pa-options"):
                    region = gr.Dropdown(
                        region_choices, value=AUTO_REGION, label="所在地区（默认从问题中识别，并在多轮对话中沿用）", elem_id="pa-region"
                    )
                # what the page script sends: a chip's change, and the confirmed clear
                fact_edit = gr.Textbox(visible="hidden", elem_id="pa-fact-edit", max_length=MAX_EDIT_CHARS)
                fact_apply = gr.Button(visible="hidden", elem_id="pa-fact-apply")
                clear = gr.Button(visible="hidden", elem_id="pa-clear-apply")

            with gr.Tab("条文检索", id="lookup", elem_id="pa-tab-lookup"):
                with gr.Row(equal_height=True):
                    search_box = gr.Textbox(
                        label="查找条文：关键词、文号或条目路径，可组合",
                        placeholder="例如：培训补贴　或　人社部发〔2024〕5号 四、（十二）",
                        elem_id="pa-search",
                        lines=1,
                        max_length=MAX_SEARCH_CHARS,
                        scale=5,
                    )
                    search_button = gr.Button("搜索", variant="primary", scale=1, min_width=64, elem_id="pa-search-button")
                results = gr.HTML(elem_id="pa-results")  # right under the box: above the fold on a phone
                with gr.Accordion("筛选：地区、文件、状态", open=False, elem_id="pa-filters"), gr.Row():
                    region_filter = gr.Dropdown([("全部地区", ALL), *[(r, r) for r in index.regions]], value=ALL, label="地区", elem_id="pa-filter-region")
                    doc_filter = gr.Dropdown([("全部文件", ALL), *doc_choices], value=ALL, label="文件", elem_id="pa-filter-doc")
                    status_filter = gr.Dropdown(
                        [("全部状态", ALL), *[(label, key) for key, label in STATUS_LABELS.items()]],
                        value=ALL,
                        label="状态",
                        elem_id="pa-filter-status",
                    )
                gr.Textbox(
                    label="引用文本（点“复制引用”后显示在这里，也可以手动选中复制）",
                    elem_id="pa-copied",
                    lines=3,
                    max_lines=8,
                    interactive=True,
                    buttons=["copy"],
                )

            with gr.Tab("文件目录", id="documents", elem_id="pa-tab-documents"):
                doc_filter_box = gr.Textbox(
                    label="筛选文件：输入标题、文号或地区中的字词",
                    placeholder="例如：见习　或　人社部发〔2024〕　或　四川",
                    elem_id="pa-doc-filter",
                    lines=1,
                    max_length=DOC_FILTER_LIMIT,
                )
                doc_pick = gr.Dropdown(doc_choices, value=first_doc, label="选择文件查看元数据与全部条文", elem_id="pa-doc-pick")
                doc_view = gr.HTML(elem_id="pa-doc-view")
                with gr.Accordion("全部文件一览", open=True):
                    doc_list = gr.HTML(elem_id="pa-doc-list")

        # ---------------------------------------------------------------- events
        # every event that works on the budget's pool is in one concurrency group, as many at once as the
        # pool has workers: the queue, not the pool, is where a request waits, and its time budget
        # starts when its work does
        work = {"concurrency_id": WORK_GROUP, "concurrency_limit": budget.workers}
        raw = {"preprocess": False, "postprocess": False, **work}  # the values as sent; see ui/serving.py
        chat_outputs = [chatbot, conversation, question]
        asking = [question, region, conversation]
        question.submit(ask, asking, chat_outputs, show_progress="hidden", js=lock_box_js(len(asking)), **raw).then(None, js=UNLOCK_BOX_JS)
        send.click(ask, asking, chat_outputs, show_progress="hidden", js=lock_box_js(len(asking)), **raw).then(None, js=UNLOCK_BOX_JS)
        chatbot.example_select(ask_example, [region, conversation], chat_outputs, show_progress="hidden", js=lock_box_js(2), **raw).then(
            None, js=UNLOCK_BOX_JS
        )
        clear.click(new_conversation, None, chat_outputs, show_progress="hidden")  # after 新对话 and 确认清空
        fact_apply.click(revise, [fact_edit, region, conversation], [chatbot, conversation, fact_edit], show_progress="hidden", **raw)
        search_inputs = [search_box, region_filter, doc_filter, status_filter]
        search_box.submit(search, search_inputs, results, **raw)
        search_button.click(search, search_inputs, results, **raw)
        # .change, not .input: Gradio sends no input event for text put in by an input method (every Chinese word)
        doc_filter_box.change(filter_documents, [doc_filter_box, doc_pick], [doc_pick, doc_list], show_progress="hidden", trigger_mode="always_last")
        doc_pick.change(show_document, doc_pick, doc_view, **work)
        demo.load(show_document, doc_pick, doc_view, **work)
        demo.load(list_documents, None, doc_list, **work)
    return demo


def _doc_label(doc) -> str:
    number = f"（{doc.doc_number}）" if doc.doc_number else ""
    return f"{doc.title}{number} · {doc.region}"


def _doc_words(doc) -> str:
    """What the document filter matches against: title, 文号, region, id (lower case)."""
    return " ".join(x for x in (doc.title, doc.doc_number or "", doc.region, doc.province or "", doc.doc_id) if x).lower()


AUTH_MESSAGE = "请输入热线账号与密码登录。"


def launch_options(settings: Settings, host: str = "127.0.0.1", port: int = 7860, quiet: bool = False) -> dict:
    """The arguments of ``Blocks.launch``: where the page listens, who may use it, what it never serves.

    - ``host`` is loopback unless the operator names another address;
    - a login when ``settings.auth`` has users (POLICY_AUTH / POLICY_AUTH_FILE); it guards the
      API as well as the page, failed logins are rate-limited per client (POLICY_LOGIN_*), and a
      stranger is shown the login form and nothing else (``ui.login``);
    - no request larger than its fields take reaches Gradio (``ui.limits``);
    - no run history in the browser (a hotline computer is shared; questions may hold personal
      details), no monitoring dashboard, no uploads worth the name (the page takes no files);
    - ``POLICY_HOME`` (index, question log) is blocked from Gradio's file route, whatever else
      an operator allows through GRADIO_ALLOWED_PATHS.
    """
    return {
        "server_name": host,
        "server_port": port,
        "share": False,
        "inbrowser": False,
        "show_error": False,
        "quiet": quiet,
        "footer_links": [],
        "ssr_mode": False,
        "theme": THEME,
        "css": CSS + CARD_CSS,
        "js": f"() => {{ ({COPY_JS.strip()})(); ({CARD_JS.strip()})(); }}",
        "auth": list(settings.auth) or None,
        "auth_message": AUTH_MESSAGE if settings.auth else None,
        "run_history": False,
        "enable_monitoring": False,
        "max_file_size": "1kb",
        "blocked_paths": [str(settings.home.resolve())],
        "pwa": False,
        "mcp_server": False,
        "app_kwargs": {"middleware": _middleware(settings)},
    }


# Gradio's queue, as `policy serve` runs it (measured with `policy bench`'s serving load, 50 conversations at once):
# - Every event that answers, searches or renders is in one concurrency group (``WORK_GROUP``) with as
#   many workers as the time budget's pool (``PAGE_WORKERS``, see assistant/config.py); the cheap ones
#   (a new conversation) get as many of their own.  Before, each event kind had 4 of its own and they all
#   funnelled into a pool of 4, where a request's time budget ran while it waited.
# - Queue positions are sent to waiting browsers every ``QUEUE_STATUS_SECONDS``, not on every event start
#   and finish: with 50 waiting, "auto" sent ~45 messages for each event, O(n²) in the burst.
# - No analytics: after every event Gradio's queue rebuilds a pandas table of up to 10,000 past events for
#   its monitoring dashboard (4 ms an event on a fresh server, 9 ms after 10,000), and the page has no such
#   dashboard (``enable_monitoring=False``).  Gradio reads these two variables when the queue is made;
#   an operator's own values win.
QUEUE_STATUS_SECONDS = 2.0
QUEUE_ENV = {"GRADIO_ANALYTICS_MAX_EVENTS": "1", "GRADIO_ANALYTICS_CACHE_FREQUENCY": str(2**62)}


def enable_queue(demo: gr.Blocks, workers: int = PAGE_WORKERS) -> gr.Blocks:
    """Turn on ``demo``'s queue with the settings above (what `policy serve` and the tests' pages run)."""
    for name, value in QUEUE_ENV.items():
        os.environ.setdefault(name, value)
    lazy_session_configs()
    return demo.queue(status_update_rate=QUEUE_STATUS_SECONDS, default_concurrency_limit=workers)


def warm_gradio() -> None:
    """Do once, before serving, what Gradio would do on the first event.

    Gradio runs every event inside ``MatplotlibBackendMananger`` (gradio/route_utils.py), which
    asks matplotlib for its backend; the first ask imports pyplot (0.3–0.6 s, measured), and the
    first person to ask would wait for it.
    """
    try:
        import matplotlib
    except ImportError:  # Gradio skips the switch too
        return
    matplotlib.get_backend()


def _middleware(settings: Settings) -> list[Middleware]:
    """What stands before Gradio: the size limits, then (with a login) the login guard."""
    stack = [Middleware(RequestLimits, max_bytes=MAX_REQUEST_BYTES)]
    if settings.auth:
        stack.append(
            Middleware(
                LoginGuard,
                attempts=settings.login_attempts,
                window=settings.login_window,
                lockout=settings.login_lockout,
                message=AUTH_MESSAGE,
            )
        )
    return stack


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860, quiet: bool = False) -> None:
    """Open the index, warm it, and serve the page until interrupted (what `policy serve` runs).

    A damaged index found while warming (``IndexCorrupt``) is raised, for `policy serve`
    to rebuild; any other warm-up failure only makes the first question slower.
    """
    assistant = get_assistant(settings)
    try:
        assistant.warm()  # the first person should not wait for jieba, BM25 and the embedder
        warm_page(assistant, EXAMPLES, beijing_today())  # nor the first people for the page's code paths
    except PolicyError:
        raise
    except Exception:  # a warm-up failure is not a reason to refuse serving
        logger.warning("warm-up failed; the first question will be slower", exc_info=True)
    warm_gradio()
    demo = enable_queue(build_app(settings))
    demo.launch(**launch_options(settings, host, port, quiet))
