"""The answer card, the fact chips and the page details in a real browser, on a desktop and a 390 px phone.

`policy serve` runs over the real corpus (fixtures in conftest.py); what the page should show
is computed in-process over the same index (``served_assistant``) and through the same card
functions, so the tests follow the answerer's tuning.  Screenshots go to tests/artifacts/;
with POLICY_UPDATE_SCREENSHOT=1 the phone's verdict is also written to docs/ for the README.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from assistant.config import REPO_ROOT
from assistant.config import today as beijing_today  # the page answers on the day in China, as the server reads it
from assistant.lookup import search_articles
from assistant.schema import Turn, book
from assistant.understand.dialogue import correction
from ui.card import headline

from test_contrast import contrast

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

BOT = "#pa-chat [data-testid=bot]"
PHONE = (390, 844)
DESKTOP = (1100, 900)
ELIGIBILITY = "我在浙江，是高级技师，干了3年，近3年考核都合格，能评副高吗？"
PHONE_SCREENSHOT = (
    REPO_ROOT / "docs" / "screenshot-phone.png"
    if os.environ.get("POLICY_UPDATE_SCREENSHOT") == "1"
    else REPO_ROOT / "tests" / "artifacts" / "screenshot-phone.png"
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def ask(page, question: str):
    before = page.locator(BOT).count()
    page.fill("#pa-question textarea", question)
    page.press("#pa-question textarea", "Enter")
    page.wait_for_function(
        "(n) => document.querySelectorAll('#pa-chat [data-testid=bot]').length === n && !document.querySelector('#pa-chat .pa-busy')",
        arg=before + 1,
    )
    page.wait_for_timeout(400)  # the page script's scroll runs 60 ms after the last change
    return page.locator(BOT).last


def line_text(line) -> str:
    return line.text + (f"（{line.detail}）" if line.detail else "")


def in_view(page, selector_or_locator) -> dict:
    """Where an element is against the window and the chat's scrolling box (CSS px)."""
    locator = page.locator(selector_or_locator) if isinstance(selector_or_locator, str) else selector_or_locator
    return locator.evaluate(
        """(el) => {
             const r = el.getBoundingClientRect();
             let box = el.parentElement;
             while (box && !(box.scrollHeight > box.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) { box = box.parentElement; }
             const b = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
             return { top: r.top, bottom: r.bottom, height: window.innerHeight, boxTop: b.top, boxBottom: b.bottom, scrollY: window.scrollY };
           }"""
    )


def fully_visible(where: dict) -> bool:
    """Inside the window and inside the chat's scrolling box, as the page was left (nobody scrolled)."""
    return (
        0 <= where["top"] < where["bottom"] <= where["height"]
        and where["boxTop"] - 1 <= where["top"]
        and where["bottom"] <= where["boxBottom"] + 1
    )


# --------------------------------------------------------------- the verdict
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_an_eligibility_answer_shows_its_verdict_without_scrolling(open_page, served_assistant, artifacts, size):
    page, events = open_page(*size)
    expected = served_assistant.ask(ELIGIBILITY, (), today=beijing_today())
    line = headline(expected)
    assert expected.calculation is not None and line is not None and line.tone == "no"
    bubble = ask(page, ELIGIBILITY)
    verdict = bubble.locator(".pa-verdict-line")
    assert squash(verdict.inner_text()) == squash(line_text(line))  # 暂不符合：副高级职称（还差1年）
    assert fully_visible(in_view(page, verdict)), in_view(page, verdict)
    # the reason is right under it, before any source
    assert bubble.locator(".pa-answer").evaluate("(el) => el.getBoundingClientRect().top") > verdict.evaluate("(el) => el.getBoundingClientRect().bottom") - 1
    name = "phone" if size == PHONE else "desktop"
    page.mouse.move(0, 0)
    page.screenshot(path=str(artifacts / f"verdict-{name}.png"))
    if size == PHONE:  # the README's phone picture: “暂不符合：副高级职称（还差1年）” at the top of the answer
        PHONE_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(PHONE_SCREENSHOT))
    # and after a second, longer answer the new verdict is the one in view, not the bottom of the answer
    follow = served_assistant.ask("取得高级技师以后干了5年", (Turn("user", ELIGIBILITY), Turn("assistant", expected.answer, expected.state)), today=beijing_today())
    bubble = ask(page, "取得高级技师以后干了5年")
    verdict = bubble.locator(".pa-verdict-line")
    assert squash(verdict.inner_text()) == squash(line_text(headline(follow)))
    assert fully_visible(in_view(page, verdict)), in_view(page, verdict)
    page.screenshot(path=str(artifacts / f"verdict-{name}-follow-up.png"))
    assert events.dialogs == [] and events.external == []


# ------------------------------------------------------------------ the chips
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_fact_chip_changed_answers_the_question_again(open_page, served_assistant, artifacts, size):
    page, events = open_page(*size)
    today = beijing_today()
    first = served_assistant.ask(ELIGIBILITY, (), today=today)
    bubble = ask(page, ELIGIBILITY)
    assert page.locator(".pa-facts-live").count() == 1
    chip = bubble.locator(".pa-facts-live .pa-chip", has_text="从事技术技能工作的年限")
    assert squash(chip.locator(".pa-chip-value").inner_text()) == "3年"
    assert "还差1年" in bubble.locator(".pa-change").inner_text()  # what would change the verdict

    chip.locator(".pa-chip-edit").click()
    field = chip.locator(".pa-chip-editor input[type=number]")
    assert field.input_value() == "3"
    field.fill("5")
    page.screenshot(path=str(artifacts / f"chip-editor-{'phone' if size == PHONE else 'desktop'}.png"))
    chip.locator(".pa-chip-ok").click()
    page.wait_for_function("() => document.querySelector('#pa-chat .pa-revised') && !document.querySelector('#pa-chat .pa-busy')")
    page.wait_for_timeout(400)

    history = (Turn("user", ELIGIBILITY), Turn("assistant", first.answer, first.state))
    again = served_assistant.ask(ELIGIBILITY, history, today=today, corrections=(correction("years_since_level", "5"),))
    bubble = page.locator(BOT).last
    assert page.locator(BOT).count() == 1  # the answer was replaced, not added
    assert squash(bubble.locator(".pa-verdict-line").inner_text()) == squash(line_text(headline(again)))
    assert headline(again).tone == "yes"  # 可申报：副高级职称
    assert squash(bubble.locator(".pa-facts-live .pa-chip", has_text="从事技术技能工作的年限").locator(".pa-chip-value").inner_text()) == "5年"
    assert fully_visible(in_view(page, bubble.locator(".pa-verdict-line")))

    # a fact removed: the question it answered is asked
    bubble.locator(".pa-facts-live .pa-chip", has_text="考核").locator(".pa-chip-remove").click()
    page.wait_for_function("() => document.querySelector('#pa-chat .pa-follow-up') && !document.querySelector('#pa-chat .pa-busy')")
    removed = served_assistant.ask(
        ELIGIBILITY,
        (Turn("user", ELIGIBILITY), Turn("assistant", again.answer, again.state)),
        today=today,
        corrections=(correction("annual_appraisal_passed", None),),
    )
    bubble = page.locator(BOT).last
    assert squash(bubble.locator(".pa-verdict-line").inner_text()) == squash(line_text(headline(removed)))
    assert squash(removed.follow_up) in squash(bubble.locator(".pa-follow-up").inner_text())

    # the next question goes on from the corrected facts
    follow = served_assistant.ask("那正高呢？", (Turn("user", ELIGIBILITY), Turn("assistant", removed.answer, removed.state)), today=today)
    bubble = ask(page, "那正高呢？")
    assert squash(bubble.locator(".pa-verdict-line").inner_text()) == squash(line_text(headline(follow)))
    assert page.locator(".pa-facts-live").count() == 1  # only the latest answer's chips are controls
    assert page.locator(BOT).first.locator(".pa-chip-edit").first.is_hidden()
    page.screenshot(path=str(artifacts / f"chips-{'phone' if size == PHONE else 'desktop'}.png"))
    assert events.dialogs == []


# ------------------------------------------------------------- clearing the chat
def test_clearing_the_chat_asks_first_and_nothing_covers_the_first_message(open_page, artifacts):
    page, events = open_page(*PHONE)
    ask(page, ELIGIBILITY)
    first = page.locator("#pa-chat .message-row").first.bounding_box()
    # Gradio's bin icon (which cleared without asking, over the first message) is gone
    assert page.locator("#pa-chat button[aria-label='清空对话'], #pa-chat button[title='清空对话']").evaluate_all(
        "(els) => els.filter((el) => el.getBoundingClientRect().width > 0).length"
    ) == 0
    clear = page.locator("#pa-clear").bounding_box()
    overlap = not (clear["y"] >= first["y"] + first["height"] or clear["y"] + clear["height"] <= first["y"] or clear["x"] >= first["x"] + first["width"] or clear["x"] + clear["width"] <= first["x"])
    assert not overlap, (clear, first)

    page.click("#pa-clear")
    panel = page.locator("#pa-clear-confirm")
    panel.wait_for(state="visible")
    assert "清空当前对话" in panel.inner_text()
    assert page.locator(BOT).count() == 1  # nothing cleared yet
    page.screenshot(path=str(artifacts / "clear-confirm-phone.png"))
    panel.locator(".pa-clear-no").click()
    panel.wait_for(state="hidden")
    page.wait_for_timeout(500)
    assert page.locator(BOT).count() == 1  # 取消 keeps the conversation

    page.click("#pa-clear")
    panel.locator(".pa-clear-yes").click()
    page.wait_for_function("() => document.querySelectorAll('#pa-chat [data-testid=bot]').length === 0")
    assert panel.is_hidden()
    assert page.locator("#pa-chat button.example").count() >= 3  # back to the start, examples shown
    assert events.dialogs == []  # asked in the page, not with a browser dialog


# ------------------------------------------------------------------ lookup
def test_lookup_results_start_above_the_fold_on_a_phone(open_page, served_assistant, artifacts):
    page, events = open_page(*PHONE)
    page.get_by_role("tab", name="条文检索").click()
    page.fill("#pa-search textarea", "培训补贴")
    page.click("#pa-search-button")
    page.wait_for_selector("#pa-results .pa-hit")
    expected = search_articles(served_assistant.index, "培训补贴", on=beijing_today(), limit=51)
    first = page.locator("#pa-results .pa-hit").first
    assert squash(expected[0].citation.title) in squash(first.locator(".pa-card-title").inner_text())
    title = first.locator(".pa-card-title").bounding_box()
    assert page.evaluate("() => window.scrollY") == 0
    assert title["y"] + title["height"] <= PHONE[1], title  # the first result's title, without scrolling
    assert first.locator(".pa-meta").bounding_box()["y"] < PHONE[1]
    page.screenshot(path=str(artifacts / "phone-lookup-fold.png"))
    assert events.dialogs == []


# -------------------------------------------------------------- documents
def test_the_document_picker_filters_as_you_type(open_page, served_assistant, artifacts):
    page, events = open_page(*DESKTOP)
    index = served_assistant.index
    page.get_by_role("tab", name="文件目录").click()
    page.wait_for_selector("#pa-doc-view .pa-doc")
    page.locator("#pa-doc-filter textarea").click()
    page.keyboard.type("见习")  # typed as an input method types it: no key events, only the text
    matching = [d for d in index.documents.values() if "见习" in d.title]
    assert matching
    page.wait_for_function("(n) => document.querySelectorAll('#pa-doc-list tbody tr').length === n", arg=len(matching))
    page.wait_for_function("(t) => document.querySelector('#pa-doc-view h3').textContent === t", arg=book(matching[0].title))
    page.locator("#pa-doc-pick input").click()
    options = page.get_by_role("option").all_inner_texts()
    assert len(options) == len(matching) and all("见习" in o for o in options)
    page.keyboard.press("Escape")

    page.locator("#pa-doc-filter textarea").fill("人社部发〔2024〕5号")
    doc = next(d for d in index.documents.values() if d.doc_number == "人社部发〔2024〕5号")
    page.wait_for_function("(t) => document.querySelector('#pa-doc-view h3').textContent === t", arg=book(doc.title))
    # each article numbered once: “四、（十二）强化…”, never “（十二）（十二）” or “一、一、”
    lines = page.locator("#pa-doc-view .pa-article").all_inner_texts()
    assert len(lines) == len(index.articles_of(doc.doc_id))
    for article, line in zip(index.articles_of(doc.doc_id), lines):
        if article.marker:
            assert not squash(line).startswith(article.marker + article.marker), line
    page.screenshot(path=str(artifacts / "documents-filtered.png"))
    assert events.dialogs == []


# -------------------------------------------------------------- contrast
CONTRAST_JS = """() => {
  const parse = (text) => {
    const m = text.match(/rgba?\\(([^)]+)\\)/);
    if (!m) { return null; }
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const stops = (text) => (text.match(/rgba?\\([^)]+\\)/g) || []).map(parse);
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const backgrounds = (el) => {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      const gradient = style.backgroundImage && style.backgroundImage !== 'none' ? stops(style.backgroundImage) : [];
      const solid = parse(style.backgroundColor);
      if (gradient.length) { layers.push(gradient); }
      if (solid && solid[3] > 0) { layers.push([solid]); }
      if (solid && solid[3] === 1 && !gradient.length) { break; }
    }
    let results = [[255, 255, 255, 1]];
    for (const layer of layers.reverse()) {
      const next = [];
      for (const base of results) { for (const c of layer) { next.push(over(c, base)); } }
      results = next.slice(0, 16);
    }
    return results;
  };
  const out = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || seen.has(el)) { continue; }
    seen.add(el);
    if (el.closest('script, style, [disabled], [aria-hidden=true]')) { continue; }
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) { continue; }
    let opacity = 1; let hidden = false;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const s = getComputedStyle(n);
      opacity *= Number(s.opacity);
      if (s.display === 'none' || s.visibility === 'hidden') { hidden = true; }
    }
    if (hidden || opacity === 0) { continue; }
    const style = getComputedStyle(el);
    out.push({ text: node.textContent.trim().slice(0, 30), element: el.tagName.toLowerCase() + '.' + String(el.className).trim().split(/\\s+/)[0],
               colour: parse(style.color), opacity, size: parseFloat(style.fontSize), bold: Number(style.fontWeight) >= 700,
               backgrounds: backgrounds(el) });
  }
  return out;
}"""


def measure_contrast(page) -> list[dict]:
    """Every visible text on the page with its worst contrast ratio over the backgrounds it may sit on."""
    rows = []
    for item in page.evaluate(CONTRAST_JS):
        colour, alpha = item["colour"], item["colour"][3] * item["opacity"]
        worst = min(
            contrast(tuple(round(colour[i] * alpha + bg[i] * (1 - alpha)) for i in range(3)), tuple(round(v) for v in bg[:3]))
            for bg in item["backgrounds"]
        )
        large = item["size"] >= 24 or (item["size"] >= 18.66 and item["bold"])
        rows.append({"text": item["text"], "element": item["element"], "ratio": round(worst, 2), "needed": 3.0 if large else 4.5})
    return rows


def settled(page) -> None:
    """No part of the page is dimmed while Gradio waits for an answer."""
    page.wait_for_function("() => [...document.querySelectorAll('.pending, .generating')].length === 0")
    page.wait_for_timeout(600)


def test_contrast_is_measured_on_every_text_of_the_page(open_page, artifacts):
    report = {}
    for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page, _ = open_page(*size)
        views = {}
        settled(page)
        views["chat-start"] = measure_contrast(page)
        ask(page, ELIGIBILITY)
        page.locator(BOT).last.locator(".pa-facts-live .pa-chip .pa-chip-edit").first.click()  # an open editor too
        ask(page, "北京的职业培训补贴标准是多少？")  # a decline: the text once shown in pale grey
        settled(page)
        page.locator(BOT).last.locator(".pa-verdict-line").wait_for()
        views["chat-answers"] = measure_contrast(page)
        page.get_by_role("tab", name="条文检索").click()
        page.fill("#pa-search textarea", "培训补贴")
        page.press("#pa-search textarea", "Enter")
        page.wait_for_selector("#pa-results .pa-hit")
        settled(page)
        views["lookup"] = measure_contrast(page)
        page.get_by_role("tab", name="文件目录").click()
        page.wait_for_selector("#pa-doc-view .pa-doc")
        settled(page)
        views["documents"] = measure_contrast(page)
        for view, rows in views.items():
            assert len(rows) > 10, view
            report[f"{name}/{view}"] = {
                "texts": len(rows),
                "lowest": min(r["ratio"] for r in rows),
                "failing": [r for r in rows if r["ratio"] < r["needed"]],
                "verdict_lines": sorted({r["ratio"] for r in rows if r["element"].startswith("div.pa-verdict-line")}),
            }
    (artifacts / "contrast.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    failing = {view: data["failing"][:5] for view, data in report.items() if data["failing"]}
    assert not failing, failing
    assert report["phone/chat-answers"]["verdict_lines"], "the verdict lines were measured"
