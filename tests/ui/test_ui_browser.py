"""The page in a real browser: `policy serve` driven by Playwright in Debian's headless Chromium.

What the assistant answers is computed in-process over the same index and the
page is checked to show exactly that, so these tests follow the answerer's
tuning instead of pinning today's answers.  Screenshots go to tests/artifacts/;
the chat screenshot is also written to docs/screenshot-chat.png for the README.
"""

from __future__ import annotations

import os
import re

import pytest

from assistant.config import REPO_ROOT
from assistant.config import today as beijing_today  # the page answers on the day in China, as the server reads it
from assistant.errors import BadQuestion
from assistant.lookup import quoted_citation, search_articles
from assistant.query import validate_question
from assistant.schema import STATUS_LABELS, Answer, Turn, book
from ui.app import EXAMPLE_CARDS
from ui.card import amount_text, headline, sort_citations
from ui.render import article_label

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

BOT = "#pa-chat [data-testid=bot]"
# The README's screenshot is rewritten only on request (POLICY_UPDATE_SCREENSHOT=1), so a test run
# does not leave the committed image modified; otherwise it goes with the other artifacts.
README_SCREENSHOT = (
    REPO_ROOT / "docs" / "screenshot-chat.png"
    if os.environ.get("POLICY_UPDATE_SCREENSHOT") == "1"
    else REPO_ROOT / "tests" / "artifacts" / "screenshot-chat.png"
)
# 《标题》（文号）条目：“原文” — the form hotline staff paste
STANDARD_FORM = re.compile(r"^《(?P<title>[^《》]+)》(?:（(?P<number>[^（）]*〔\d{4}〕\d+号)）)?(?P<path>[^：“]*)：“(?P<quote>.+)”$", re.S)
OVERFLOW_JS = """() => {
  const root = document.documentElement;
  const main = document.querySelector('.gradio-container');
  const rights = [...document.querySelectorAll('.pa-card, .pa-calc, .pa-doc, #pa-chat')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map((r) => r.right);
  return {
    page: root.scrollWidth - root.clientWidth,
    main: main.scrollWidth - main.clientWidth,
    boxes: Math.max(0, ...rights) - window.innerWidth,
  };
}"""


# scroll the chat so the last question and the top of its answer are in view
SCROLL_TO_LAST_QUESTION_JS = """() => {
  const rows = document.querySelectorAll('#pa-chat .message-row');
  const question = rows[rows.length - 2];
  let box = question.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  if (!box) { return true; }
  const offset = question.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  box.scrollTop += offset;
  return Math.abs(offset) < 2;
}"""


def scroll_to_last_question(page) -> None:
    """Gradio's autoscroll runs once more after an answer lands: scroll until the position holds."""
    for _ in range(10):
        settled = page.evaluate(SCROLL_TO_LAST_QUESTION_JS)
        page.wait_for_timeout(300)
        if settled and page.evaluate(SCROLL_TO_LAST_QUESTION_JS):
            return


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def ask(page, question: str, send_button: bool = False):
    """Type ``question``, send it, wait for the answer; returns the assistant's bubble."""
    before = page.locator(BOT).count()
    page.fill("#pa-question textarea", question)
    if send_button:
        page.click("#pa-send")
    else:
        page.press("#pa-question textarea", "Enter")
    page.wait_for_function(
        """(n) => document.querySelectorAll('#pa-chat [data-testid=bot]').length === n
                 && !document.querySelector('#pa-chat .pa-busy')""",
        arg=before + 1,
    )
    return page.locator(BOT).last


def assert_shows(bubble, answer: Answer) -> None:
    """The bubble shows this answer: verdict line, amount, reason, follow-up, steps, and its sources —
    the reason's open, the related ones folded, the unrelated ones not at all."""
    line = headline(answer)
    if line is None:
        assert bubble.locator(".pa-verdict-line").count() == 0
    else:
        shown_line = bubble.locator(".pa-verdict-line").inner_text()
        assert squash(shown_line) == squash(line.text + (f"（{line.detail}）" if line.detail else ""))
        assert f"pa-tone-{line.tone}" in bubble.locator(".pa-verdict-line").get_attribute("class")
    calc = answer.calculation
    if amount_text(calc):
        assert bubble.locator(".pa-amount").inner_text() == amount_text(calc)
    shown = squash(bubble.locator(".pa-answer").inner_text())
    body = calc.summary if calc is not None and calc.summary else (answer.answer.replace(answer.follow_up, "") if answer.follow_up else answer.answer)
    for text in body.splitlines():
        assert squash(text) in shown, f"answer line missing from the page: {text!r}"
    if answer.follow_up:
        assert squash(answer.follow_up) in squash(bubble.locator(".pa-follow-up").inner_text())
    if calc is not None and calc.steps:
        items = bubble.locator(".pa-steps-box .pa-steps li")
        assert items.count() == len(calc.steps)
        for step, item in zip(calc.steps, items.all()):
            if step.article:
                assert item.locator(".pa-step-path").text_content() == article_label(step.article)  # folded: not rendered
    open_, folded = sort_citations(answer)
    cards = bubble.locator(".pa-card")
    assert cards.count() == len(open_) + len(folded)
    assert bubble.locator(".pa-cards > .pa-card").count() == len(open_)
    for index, card in zip([*open_, *folded], cards.all()):
        citation = answer.citations[index]
        card.evaluate("(el) => { const d = el.closest('details'); if (d) { d.open = true; } }")
        assert squash(citation.title) in squash(card.locator(".pa-card-title").inner_text())
        assert card.locator(".pa-meta .pa-path").inner_text() == article_label(citation.article)
        assert card.locator(".pa-meta .pa-region").inner_text() == citation.region
        assert card.locator(".pa-badge").inner_text() == STATUS_LABELS[citation.status]
        if citation.doc_number:
            assert card.locator(".pa-number").inner_text() == citation.doc_number
        assert squash(citation.quote) in squash(card.locator(".pa-quote").inner_text())
    bubble.evaluate("(el) => el.querySelectorAll('details.pa-more').forEach((d) => { d.open = false; })")


def assert_no_overflow(page) -> None:
    widths = page.evaluate(OVERFLOW_JS)
    assert widths["page"] <= 0 and widths["main"] <= 0 and widths["boxes"] <= 1, widths


def refused(question: str) -> str:
    try:
        validate_question(question)
    except BadQuestion as error:
        return str(error)
    raise AssertionError(f"the library accepts {question!r}")


def test_eligibility_question_then_a_follow_up_that_needs_the_first_turn(open_page, served_assistant, artifacts):
    page, events = open_page(1000, 1250)
    today = beijing_today()
    first = "我在浙江，是高级技师，干了5年，近3年考核都合格，能评副高吗？"
    expected = served_assistant.ask(first, (), today=today)
    assert expected.citations, "the assistant should cite something for the eligibility question"

    bubble = ask(page, first)
    assert_shows(bubble, expected)
    path = bubble.locator(".pa-card .pa-meta .pa-path").first.inner_text()
    assert path == article_label(expected.citations[0].article)

    # the full article, in context, opens under the card with the quote marked
    bubble.locator(".pa-card details summary").first.click()
    context = bubble.locator(".pa-card .pa-context").first
    context.wait_for(state="visible")
    assert squash(expected.citations[0].quote) in squash(context.inner_text())
    assert squash(expected.citations[0].title) in squash(context.locator(".pa-crumbs").inner_text())

    # a follow-up that only makes sense with the first turn (its region and facts)
    second = "取得高级技师以后干了5年"
    history = (Turn("user", first), Turn("assistant", expected.answer))
    follow = served_assistant.ask(second, history, today=today)
    alone = served_assistant.ask(second, (), today=today)
    assert follow.to_dict() != alone.to_dict(), "the follow-up should depend on the conversation"
    bubble = ask(page, second, send_button=True)
    assert_shows(bubble, follow)
    assert page.locator("#pa-chat .pa-user").all_inner_texts() == [first, second]

    # the README's picture: the second answer from its top
    scroll_to_last_question(page)
    page.mouse.move(0, 0)
    page.screenshot(path=str(artifacts / "chat-follow-up.png"))
    README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(README_SCREENSHOT))
    assert events.dialogs == []
    assert events.external == [], "the page must work offline: no fonts, scripts or analytics from elsewhere"


# every change of the question box's lock and every busy bubble added, in the order they happened,
# with whether the box was locked at that moment.  The observer's records are replayed in order (a
# fast answer can add and remove the busy bubble within one batch of records, so the page as it is
# when the observer runs would not show it; a faster one is rendered with the bubble never drawn).
WATCH_BOX_JS = """() => {
  window.__paBox = [];
  const isBox = (n) => n.nodeType === 1 && n.matches('#pa-question textarea');
  const hasBusy = (n) => n.nodeType === 1 && (n.matches('.pa-busy') || !!n.querySelector('.pa-busy'));
  const now = document.querySelector('#pa-question textarea');
  let disabled = !!(now && now.disabled);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && isBox(r.target)) {
        disabled = r.oldValue === null;
        window.__paBox.push({ disabled: disabled, busy: false });
      } else if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (isBox(n) || (n.nodeType === 1 && n.querySelector('#pa-question textarea'))) {
            disabled = !!document.querySelector('#pa-question textarea').disabled;
          }
          if (hasBusy(n)) { window.__paBox.push({ disabled: disabled, busy: true }); }
        }
      }
    }
  }).observe(document.body, { attributes: true, attributeOldValue: true, attributeFilter: ['disabled'], childList: true, subtree: true });
}"""


def test_the_question_box_is_locked_while_its_question_is_answered_then_cleared(open_page):
    page, events = open_page(1000, 1000)
    page.evaluate(WATCH_BOX_JS)

    def answered(send) -> None:
        page.evaluate("() => { window.__paBox = []; }")
        before = page.locator(BOT).count()
        send()
        page.wait_for_function(
            "(n) => document.querySelectorAll('#pa-chat [data-testid=bot]').length === n && !document.querySelector('#pa-chat .pa-busy')"
            " && !document.querySelector('#pa-question textarea').disabled",
            arg=before + 1,
        )
        seen = page.evaluate("() => window.__paBox")
        # the box is locked when the question is sent; the busy bubble shows only if the answer takes a
        # moment (a fast one can land in the same render as the bubble, which is then never drawn)
        assert any(s["disabled"] and not s["busy"] for s in seen), "the box was never locked while the answer was pending"
        assert all(s["disabled"] for s in seen if s["busy"]), "the box could be typed in while the answer was pending"
        assert page.input_value("#pa-question textarea") == ""  # answered: the box is empty, for the next question

    page.fill("#pa-question textarea", "写了一半的问题")
    answered(lambda: page.locator("#pa-chat button.example").first.click())  # an example asks at once, the box cleared
    page.fill("#pa-question textarea", "我在浙江，是高级技师，干了5年，近3年考核都合格，能评副高吗？")
    answered(lambda: page.press("#pa-question textarea", "Enter"))
    page.fill("#pa-question textarea", "那正高呢？")
    answered(lambda: page.click("#pa-send"))
    assert events.dialogs == []


def test_lookup_finds_by_number_and_path_and_copies_the_standard_citation(open_page, served_assistant, artifacts):
    page, events = open_page(1100, 1000)
    index = served_assistant.index
    doc, article = next(
        (d, a)
        for d in index.documents.values()
        if d.doc_number
        for a in index.articles_of(d.doc_id)
        if a.level >= 2
    )
    query = f"{doc.doc_number} {article.path}"
    expected = search_articles(index, query, on=beijing_today())
    assert expected and expected[0].article.path == article.path

    page.get_by_role("tab", name="条文检索").click()
    page.fill("#pa-search textarea", query)
    page.click("#pa-search-button")
    page.wait_for_selector("#pa-results .pa-hit")
    hits = page.locator("#pa-results .pa-hit")
    assert hits.count() == len(expected)
    first = hits.first
    assert first.locator(".pa-meta .pa-path").inner_text() == article.path
    assert first.locator(".pa-number").inner_text() == doc.doc_number

    first.locator(".pa-copy").click()
    page.wait_for_function("() => document.querySelector('#pa-results .pa-copy').textContent !== '复制引用'")
    assert first.locator(".pa-copy").inner_text() == "已复制"
    want = quoted_citation(expected[0].citation)
    shown = page.input_value("#pa-copied textarea")
    assert shown == want
    assert page.evaluate("() => navigator.clipboard.readText()") == want
    form = STANDARD_FORM.match(shown)
    assert form, shown
    assert (form["title"], form["number"], form["path"]) == (doc.title.replace("《", "〈").replace("》", "〉"), doc.doc_number, article.path)
    assert form["quote"] == article.text.strip()
    page.screenshot(path=str(artifacts / "lookup-copied.png"), full_page=True)

    # keywords with a status filter: every result carries that status, as the library says
    page.fill("#pa-search textarea", "补贴")
    page.get_by_text("筛选：地区、文件、状态").click()  # folded, so the results sit under the box
    page.locator("#pa-filter-status input").click()
    page.get_by_role("option", name=STATUS_LABELS["in_force"], exact=True).click()
    page.click("#pa-search-button")
    expected = search_articles(index, "补贴", status="in_force", on=beijing_today(), limit=51)
    assert expected
    page.wait_for_function(
        """([n, label]) => {
             const badges = [...document.querySelectorAll('#pa-results .pa-hit .pa-badge')];
             return badges.length === n && badges.every((b) => b.textContent === label);
           }""",
        arg=[min(len(expected), 50), STATUS_LABELS["in_force"]],
    )
    first = page.locator("#pa-results .pa-hit").first
    assert first.locator(".pa-meta .pa-path").inner_text() == article_label(expected[0].article.path)
    assert events.dialogs == []


def test_html_and_script_are_shown_as_text_and_the_server_keeps_answering(open_page, served_assistant, server, artifacts):
    page, events = open_page(1000, 1000)
    attacks = [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)" onclick="alert(2)">点这里</a>',
    ]
    for attack in attacks:
        bubble = ask(page, attack)
        assert page.locator("#pa-chat .pa-user").last.inner_text() == attack
        assert bubble.locator(".pa-notice").inner_text() == refused(attack)
    assert page.locator("#pa-chat script").count() == 0
    assert page.locator("#pa-chat img").count() == 0
    assert page.locator("#pa-chat a[href^='javascript']").count() == 0
    page.wait_for_timeout(500)  # time for anything injected to fire
    assert events.dialogs == []

    bubble = ask(page, "", send_button=True)
    assert bubble.locator(".pa-notice").inner_text() == refused("")
    huge = "请问高级技师评职称的条件" * 200  # 2,400 characters
    bubble = ask(page, huge)
    assert bubble.locator(".pa-notice").inner_text() == refused(huge)
    assert len(page.locator("#pa-chat .pa-user").last.inner_text()) < 400  # echoed shortened
    assert page.input_value("#pa-question textarea") == huge  # given back, to be shortened

    question = "高级技师评副高级职称需要什么条件？"
    bubble = ask(page, question)  # refused questions are not history: this is a first turn
    assert_shows(bubble, served_assistant.ask(question, (), today=beijing_today()))
    page.screenshot(path=str(artifacts / "chat-bad-input.png"))
    assert events.dialogs == []
    _, log = server
    assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace")


def test_phone_width_has_no_horizontal_overflow(open_page, served_assistant, artifacts):
    page, events = open_page(390, 844)
    examples = page.locator("#pa-chat button.example")
    examples.first.wait_for()
    assert examples.count() == len(EXAMPLE_CARDS)
    who, what, text = EXAMPLE_CARDS[1]
    assert squash(examples.nth(1).inner_text()) == squash(f"{who}｜{what}：{text}")  # says who would ask it
    examples.nth(1).click()  # an example question asks at once
    page.wait_for_function("() => document.querySelector('#pa-chat [data-testid=bot] .pa-reply') && !document.querySelector('#pa-chat .pa-busy')")
    assert page.locator("#pa-chat .pa-user").last.inner_text() == text
    assert_shows(page.locator(BOT).last, served_assistant.ask(text, (), today=beijing_today()))
    page.locator("#pa-chat .pa-card details summary").first.click()
    assert_no_overflow(page)
    page.screenshot(path=str(artifacts / "phone-chat.png"))

    page.get_by_role("tab", name="条文检索").click()
    page.fill("#pa-search textarea", "培训补贴")
    page.press("#pa-search textarea", "Enter")
    page.wait_for_selector("#pa-results .pa-hit")
    assert_no_overflow(page)
    page.screenshot(path=str(artifacts / "phone-lookup.png"), full_page=True)

    page.get_by_role("tab", name="文件目录").click()
    page.wait_for_selector("#pa-doc-view .pa-doc")
    assert_no_overflow(page)
    page.screenshot(path=str(artifacts / "phone-documents.png"))
    assert events.dialogs == []


def test_documents_tab_lists_every_document_and_shows_one_with_its_articles(open_page, served_assistant, artifacts):
    page, events = open_page(1100, 1000)
    index = served_assistant.index
    page.get_by_role("tab", name="文件目录").click()
    page.wait_for_selector("#pa-doc-list tbody tr")
    assert page.locator("#pa-doc-list tbody tr").count() == len(index.documents)

    doc = next(d for d in index.documents.values() if d.parent_id and d.parent_id in index.documents)
    parent = index.documents[doc.parent_id]
    label = f"{doc.title}{f'（{doc.doc_number}）' if doc.doc_number else ''} · {doc.region}"
    page.locator("#pa-doc-pick input").click()
    page.get_by_role("option", name=label, exact=True).click()
    view = page.locator("#pa-doc-view .pa-doc")
    page.wait_for_function("(t) => document.querySelector('#pa-doc-view h3').textContent === t", arg=book(doc.title))
    fields = squash(view.locator(".pa-fields").inner_text())
    assert squash(doc.region) in fields and doc.doc_id in fields
    assert squash(book(parent.title)) in fields  # the notice that issues it, its inner title in 〈〉
    assert view.locator(".pa-article").count() == len(index.articles_of(doc.doc_id))
    page.screenshot(path=str(artifacts / "documents.png"))
    assert events.dialogs == []
