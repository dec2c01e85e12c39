"""HTML for the chat page: citation cards, notices, search results, documents (the answer card: ``ui.card``).

Every string that comes from a person or from the corpus goes through ``esc``;
only the markup written here is HTML.  The chat bubbles are additionally run
through Gradio's sanitizer, the lookup and document panes are not, so escaping
here is what keeps ``<script>`` typed into the box, or found in a scraped page,
from ever running.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Sequence
from datetime import date

from assistant.lookup import ArticleContext, ArticleHit, quoted_citation
from assistant.schema import STATUS_LABELS, Article, Citation, Document, book

logger = logging.getLogger(__name__)

PREAMBLE_PATHS = ("正文", "引言")
USER_ECHO_CHARS = 300  # a huge question is echoed shortened; the library says why it is refused
REFUSED_ECHO_CHARS = 60  # a refused question is not kept: its start is shown, the whole stays in the box


def esc(text: object) -> str:
    """Text as HTML: every ``<``, ``>``, ``&`` and quote escaped; line breaks kept.

    >>> esc('<script>alert(1)</script>')
    '&lt;script&gt;alert(1)&lt;/script&gt;'
    >>> esc('第一行\\n"第二行"')
    '第一行<br>&quot;第二行&quot;'
    """
    if text is None:
        return ""
    return html.escape(str(text), quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def highlight(text: str, quote: str | None) -> str:
    """``text`` escaped, with the first occurrence of ``quote`` marked.

    >>> highlight("甲<乙>丙", "<乙>")
    '甲<mark>&lt;乙&gt;</mark>丙'
    >>> highlight("甲乙", "丁")
    '甲乙'
    """
    quote = (quote or "").strip()
    at = text.find(quote) if quote else -1
    if at < 0:
        return esc(text)
    end = at + len(quote)
    return f"{esc(text[:at])}<mark>{esc(text[at:end])}</mark>{esc(text[end:])}"


def status_badge(status: str) -> str:
    """A coloured badge with the Chinese status label.

    >>> status_badge("expired")
    '<span class="pa-badge pa-status-expired">已失效</span>'
    """
    label = STATUS_LABELS.get(status, "未载明施行期限")
    key = status if status in STATUS_LABELS else "unknown"
    return f'<span class="pa-badge pa-status-{key}">{esc(label)}</span>'


def article_label(path: str) -> str:
    """How an article path is shown: "正文"/"引言" as the document's opening text.

    >>> article_label("三、（二）1.（3）"), article_label("引言")
    ('三、（二）1.（3）', '文件开头')
    """
    return "文件开头" if path in PREAMBLE_PATHS else path


def _copy_block(citation: Citation) -> str:
    """The standard form, and a copy button for it with the quote (the page script copies ``.pa-cite-text``)."""
    return (
        f'<div class="pa-cite-form">引用格式：{esc(citation.formatted())}</div>'
        f'<div class="pa-cite-text">{esc(quoted_citation(citation))}</div>'
        '<button type="button" class="pa-copy">复制引用</button>'
    )


def _meta_line(citation: Citation) -> str:
    parts = [
        f'<span class="pa-number">{esc(citation.doc_number or "文号未载明")}</span>',
        f'<span class="pa-region">{esc(citation.region)}</span>',
        f'<span class="pa-path">{esc(article_label(citation.article))}</span>',
        status_badge(citation.status),
    ]
    return f'<div class="pa-meta">{"".join(parts)}</div>'


def context_html(context: ArticleContext, quote: str | None = None) -> str:
    """The article with the headings above it and its sub-items, the quote marked."""
    crumbs = [context.document.title, *(a.heading or a.marker or a.path for a in context.ancestors)]
    lines = [f'<div class="pa-crumbs">{" › ".join(esc(c) for c in crumbs if c)}</div>']
    marked = False
    for piece in context.body:
        text = piece.text.strip()
        if not marked and quote and quote.strip() in text:
            body, marked = highlight(text, quote), True
        else:
            body = esc(text)
        lines.append(f'<p class="pa-level-{min(piece.level, 5)}">{body}</p>')
    return "".join(lines)


def citation_card(citation: Citation, number: int, context: ArticleContext | None = None) -> str:
    """One source of an answer: title, 文号, region, article, status, the quote, the full article."""
    full = ""
    if context is not None:
        full = (
            '<details class="pa-full"><summary>查看条文全文</summary>'
            f'<div class="pa-context">{context_html(context, citation.quote)}</div></details>'
        )
    return (
        f'<div class="pa-card" id="pa-cite-{number}">'
        f'<div class="pa-card-title"><span class="pa-num">[{number}]</span>{esc(book(citation.title))}</div>'
        f"{_meta_line(citation)}"
        f'<blockquote class="pa-quote"><mark>{esc(citation.quote)}</mark></blockquote>'
        f"{full}{_copy_block(citation)}</div>"
    )


def user_html(question: str) -> str:
    """The person's question as plain text (a very long one is shortened for display).

    >>> user_html('<img src=x onerror=alert(1)>')
    '<div class="pa-user">&lt;img src=x onerror=alert(1)&gt;</div>'
    """
    text = question if len(question) <= USER_ECHO_CHARS else f"{question[:USER_ECHO_CHARS]}…（共 {len(question)} 字）"
    return f'<div class="pa-user">{esc(text)}</div>'


def refused_html(question: str) -> str:
    """A refused question in the chat: its start and its length only (the text stays in the box, to be fixed).

    >>> refused_html("<b>问</b>")
    '<div class="pa-user">&lt;b&gt;问&lt;/b&gt;</div>'
    >>> refused_html("问" * 5000)[-20:]
    '问问问…（共 5000 字）</div>'
    """
    text = question if len(question) <= REFUSED_ECHO_CHARS else f"{question[:REFUSED_ECHO_CHARS]}…（共 {len(question)} 字）"
    return f'<div class="pa-user">{esc(text)}</div>'


def folded_html(count: int) -> str:
    """The note that stands for the messages no longer shown; what they established still applies."""
    return notice_html(
        f"较早的 {count} 条消息已折叠，不再显示；您前面说明的地区和情况仍会沿用。如要为另一个人或另一件事咨询，请点“新对话”。",
        "folded",
    )


def notice_html(message: str, kind: str = "bad-question") -> str:
    """A polite message in place of an answer (refused question, internal error)."""
    return f'<div class="pa-notice pa-notice-{esc(kind)}">{esc(message)}</div>'


def busy_html() -> str:
    return '<div class="pa-busy"><span class="pa-dots"></span>正在查找相关政策条文…</div>'


# ------------------------------------------------------------------ lookup
def search_results_html(hits: Sequence[ArticleHit], limit_reached: bool = False) -> str:
    """The lookup tab's result list: one card per article, each with its citation and a copy button."""
    if not hits:
        return '<div class="pa-empty">没有找到匹配的条文。可以换个关键词，或清除地区、文件、状态筛选。</div>'
    head = f'<div class="pa-count">找到 {len(hits)} 条{"（只显示前面的结果，请缩小范围）" if limit_reached else ""}</div>'
    cards = []
    for n, hit in enumerate(hits, start=1):
        c = hit.citation
        cards.append(
            f'<div class="pa-card pa-hit" id="pa-hit-{n}">'
            f'<div class="pa-card-title"><span class="pa-num">{n}.</span>{esc(book(c.title))}</div>'
            f"{_meta_line(c)}"
            f'<div class="pa-article-text">{esc(hit.article.text.strip())}</div>'
            f"{_copy_block(c)}</div>"
        )
    return head + "".join(cards)


# --------------------------------------------------------------- documents
def document_list_html(documents: Iterable[Document], on: date) -> str:
    """Every document in one table: title, 文号, region, status."""
    rows = "".join(
        f"<tr><td>{esc(d.title)}<div class=pa-docid>{esc(d.doc_id)}</div></td><td>{esc(d.doc_number or '—')}</td>"
        f"<td>{esc(d.region)}</td><td>{status_badge(d.status_on(on))}</td></tr>"
        for d in documents
    )
    return (
        '<div class="pa-table-wrap"><table class="pa-table"><thead><tr><th>标题</th><th>文号</th><th>地区</th>'
        f"<th>状态</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def article_line(article: Article, previous: Article | None = None) -> str:
    """One article in the document view, numbered once.

    The text usually opens with its own number (“一、指导思想”): that number is set in bold
    rather than repeated before it.  Only a text that does not open with it gets the number
    in front, and the second part of an article split in two gets none.

    >>> a = Article("d", "一、", "一、", "指导思想", 1, 0, 7, "一、指导思想")
    >>> article_line(a)
    '<div class="pa-article pa-level-1" title="一、"><span class="pa-path">一、</span>指导思想</div>'
    >>> b = Article("d", "三、（二）1.", "1.", "", 3, 0, 9, "与所评职称专业相关的")
    >>> article_line(b, b)
    '<div class="pa-article pa-level-3" title="三、（二）1."><span class="pa-path"></span>与所评职称专业相关的</div>'
    """
    text = article.text.strip()
    marker = article.marker or ""
    if marker and text.startswith(marker):
        number, text = marker, text[len(marker):]
    elif previous is not None and previous.path == article.path:
        number = ""
    else:
        number = article_label(article.path) if not marker else marker
    return (
        f'<div class="pa-article pa-level-{min(article.level, 5)}" title="{esc(article.path)}">'
        f'<span class="pa-path">{esc(number)}</span>{esc(text)}</div>'
    )


def _date_text(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "未载明"


def document_html(
    doc: Document, articles: Sequence[Article], on: date, related: dict[str, Document] | None = None
) -> str:
    """One document: its metadata, the notice or measures it belongs with, and every article."""
    related = related or {}

    def link(doc_id: str) -> str:
        other = related.get(doc_id)
        return f"{esc(book(other.title))}（{esc(doc_id)}）" if other else esc(doc_id)

    fields = [
        ("文号", doc.doc_number or "未载明"),
        ("发文机关", doc.issuer or "未载明"),
        ("地区", doc.region),
        ("文种", doc.doc_type or "—"),
        ("成文日期", _date_text(doc.issued_date)),
        ("发布日期", _date_text(doc.published_date)),
        ("施行日期", _date_text(doc.effective_date)),
        ("有效期至", _date_text(doc.expiry_date)),
        ("文件编号", doc.doc_id),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in fields)
    rows += f"<tr><th>状态</th><td>{status_badge(doc.status_on(on))}（截至{esc(_date_text(on))}）</td></tr>"
    if doc.validity_text:
        rows += f"<tr><th>有效期依据</th><td>{esc(doc.validity_text)}</td></tr>"
    if doc.parent_id:
        rows += f"<tr><th>印发通知</th><td>{link(doc.parent_id)}</td></tr>"
    if doc.children:
        rows += f"<tr><th>所印发文件</th><td>{'<br>'.join(link(c) for c in doc.children)}</td></tr>"
    if doc.source_url:
        rows += f"<tr><th>来源</th><td>{esc(doc.source_url)}</td></tr>"
    items = "".join(article_line(a, articles[i - 1] if i else None) for i, a in enumerate(articles))
    return (
        f'<div class="pa-doc"><h3>{esc(book(doc.title))}</h3><table class="pa-fields">{rows}</table>'
        f'<h4>条文（{len(articles)} 条）</h4><div class="pa-articles">{items}</div></div>'
    )
