"""How the answer card looks and behaves in the browser: its CSS and the page script.

Colours are chosen for contrast (WCAG AA: 4.5:1 for text, 3:1 for large text) against the
backgrounds they sit on; ``tests/ui/test_contrast.py`` computes the ratios of the palette
and the browser test measures them on the rendered page.

The script does three things, all without a browser dialog:

- the chips of the latest answer open a small editor (a choice, a number, a date); the
  change is sent as JSON through a hidden text box and button (``ui.app``), and the page
  answers the same question again (``ui.chat.revise_steps``);
- “新对话” asks first, in the page, before the conversation is cleared;
- when a question is sent or an answer lands, the chat scrolls so the question and the top
  of its answer (the verdict) are in view, instead of to the bottom of a long answer.

And the question box is locked from the moment a question is sent until its answer is in
(``lock_box_js`` runs in the browser before the request, ``UNLOCK_BOX_JS`` after it, success or
not): done by the server, each lock and unlock rebuilt the text box in Gradio (~0.7 ms of the
server's CPU each, two per question, measured).
"""

from __future__ import annotations

# text colour → background it sits on: every pair is checked in tests/ui/test_contrast.py
PALETTE: dict[str, tuple[str, str]] = {
    "yes": ("#14532d", "#ecfdf3"),  # verdict 可以 / 可申报
    "no": ("#991b1b", "#fef2f2"),  # verdict 不符合
    "ask": ("#7c2d12", "#fff7ed"),  # verdict 需要补充
    "info": ("#1e3a8a", "#eff6ff"),  # verdict 测算金额
    "none": ("#1f2937", "#f3f4f6"),  # verdict 语料未涉及
    "muted": ("#475569", "#ffffff"),  # notes, meta lines, dates
    "muted-card": ("#475569", "#f8fafc"),  # notes inside a grey card
    "chip": ("#1e293b", "#eef2ff"),  # a fact chip
    "chip-button": ("#1e3a8a", "#ffffff"),  # 更改 / 删除 on a chip
    "warning": ("#7c2d12", "#fff7ed"),  # 注意：该文件已失效
    "badge-in-force": ("#166534", "#f0fdf4"),
    "badge-expired": ("#991b1b", "#fef2f2"),
    "badge-not-yet": ("#1e40af", "#eff6ff"),
    "badge-unknown": ("#374151", "#f3f4f6"),
    "link": ("#1d4ed8", "#ffffff"),  # summaries of folded parts
    "label": ("#7f1d1d", "#fee2e2"),  # the theme's field labels (red on pale red)
    "primary-button": ("#ffffff", "#b91c1c"),  # 发送 / 搜索 (the theme's red-500 gives 3.8:1)
    "tab": ("#b91c1c", "#f8fafc"),  # the selected tab
}


def _c(name: str) -> str:
    return PALETTE[name][0]


def _bg(name: str) -> str:
    return PALETTE[name][1]


CARD_CSS = f"""
.pa-reply {{ overflow-wrap: anywhere; }}
.pa-verdict-line {{ font-size: 1.35em; font-weight: 700; line-height: 1.35; padding: 0.35em 0.6em; border-radius: 8px;
  border-left: 6px solid currentColor; margin: 0 0 0.4em; }}
.pa-verdict-detail {{ font-size: 0.85em; font-weight: 600; }}
.pa-verdict-instead {{ font-size: 1.05em; font-weight: 700; padding: 0.2em 0.6em; border-radius: 8px; margin: -0.1em 0 0.4em;
  border-left: 6px solid currentColor; }}
.pa-tone-yes {{ color: {_c('yes')}; background: {_bg('yes')}; }}
.pa-tone-no {{ color: {_c('no')}; background: {_bg('no')}; }}
.pa-tone-ask {{ color: {_c('ask')}; background: {_bg('ask')}; }}
.pa-tone-info {{ color: {_c('info')}; background: {_bg('info')}; }}
.pa-tone-none {{ color: {_c('none')}; background: {_bg('none')}; }}
.pa-amount {{ font-size: 1.6em; font-weight: 800; color: {_c('info')}; margin: 0 0 0.3em 0.2em; }}
.pa-reply .pa-answer p {{ margin: 0 0 0.45em; line-height: 1.65; }}
.pa-reply .pa-abstained, .pa-abstained {{ color: {_c('none')}; }}
.pa-revised {{ font-size: 0.9em; color: {_c('info')}; background: {_bg('info')}; padding: 0.3em 0.6em; border-radius: 6px; margin: 0.3em 0; }}
.pa-warning {{ font-size: 0.92em; color: {_c('warning')}; background: {_bg('warning')}; padding: 0.3em 0.6em; border-radius: 6px; margin: 0.3em 0; }}
.pa-follow-up {{ color: {_c('ask')}; background: {_bg('ask')}; border-left: 4px solid {_c('ask')}; }}
.pa-cards-head, .pa-facts-head, .pa-change-head {{ font-weight: 700; margin: 0.7em 0 0.3em; color: #111827; }}
.pa-facts-hint {{ font-weight: 400; font-size: 0.85em; color: {_c('muted')}; }}
.pa-chips {{ display: flex; flex-wrap: wrap; gap: 0.35em; }}
.pa-chip {{ display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.3em; padding: 0.2em 0.35em 0.2em 0.6em;
  border-radius: 10px; background: {_bg('chip')}; color: {_c('chip')}; border: 1px solid #c7d2fe; font-size: 0.92em; max-width: 100%; }}
.pa-chip-fixed {{ padding-right: 0.6em; }}
.pa-chip-data {{ display: none; }}
#pa-chat .scroll-down-button-container {{ display: none !important; }}
#pa-clear, #pa-send {{ white-space: nowrap; }}
.pa-chip-label {{ color: {_c('chip')}; }}
.pa-chip-note {{ color: {_c('muted-card')}; font-size: 0.9em; }}
.pa-chip button {{ font-size: 0.85em; padding: 0.05em 0.55em; border-radius: 999px; border: 1px solid #93c5fd;
  background: {_bg('chip-button')}; color: {_c('chip-button')}; cursor: pointer; min-height: 1.9em; }}
.pa-facts:not(.pa-facts-live) .pa-chip button, .pa-facts:not(.pa-facts-live) .pa-facts-hint {{ display: none; }}
.pa-chip-editor {{ display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; width: 100%; padding: 0.3em 0; }}
.pa-chip-editor input, .pa-chip-editor select {{ font-size: 1em; padding: 0.2em 0.4em; border: 1px solid #64748b; border-radius: 6px;
  background: #ffffff; color: #111827; max-width: 100%; }}
.pa-chip-editor .pa-choices {{ display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; max-height: 12em; overflow-y: auto; }}
.pa-chip-editor label {{ color: #111827; }}
.pa-change ul {{ margin: 0.2em 0 0.2em 1.2em; padding: 0; }}
.pa-change li {{ margin: 0.15em 0; }}
.pa-steps-box summary, .pa-more summary, .pa-full summary {{ cursor: pointer; color: {_c('link')}; margin: 0.4em 0; }}
.pa-scope, .pa-cite-form, .pa-count, .pa-empty, .pa-crumbs, .pa-docid, .pa-step-path, .pa-num, .pa-known, .pa-calc-source {{ color: {_c('muted')}; }}
.pa-card .pa-cite-form, .pa-card .pa-num, .pa-card .pa-step-path {{ color: {_c('muted-card')}; }}
.pa-fields th {{ color: {_c('muted')}; }}
.pa-status-in_force {{ color: {_c('badge-in-force')}; background: {_bg('badge-in-force')}; border-color: {_c('badge-in-force')}; }}
.pa-status-expired {{ color: {_c('badge-expired')}; background: {_bg('badge-expired')}; border-color: {_c('badge-expired')}; }}
.pa-status-not_yet_effective {{ color: {_c('badge-not-yet')}; background: {_bg('badge-not-yet')}; border-color: {_c('badge-not-yet')}; }}
.pa-status-unknown {{ color: {_c('badge-unknown')}; background: {_bg('badge-unknown')}; border-color: #9ca3af; }}
#pa-header p {{ color: {_c('muted')}; }}
/* Gradio's bin icon sits over the first message and clears without asking: 新对话 below asks first */
#pa-chat .icon-button-wrapper {{ display: none !important; }}
#pa-clear-confirm {{ display: none; align-items: center; flex-wrap: wrap; gap: 0.5em; padding: 0.5em 0.7em; border-radius: 8px;
  color: {_c('no')}; background: {_bg('no')}; border: 1px solid #fecaca; margin: 0.3em 0; }}
#pa-clear-confirm.pa-open {{ display: flex; }}
#pa-clear-confirm button {{ padding: 0.3em 0.9em; border-radius: 6px; cursor: pointer; font-size: 0.95em; }}
#pa-clear-confirm .pa-clear-yes {{ background: #991b1b; color: #ffffff; border: 1px solid #991b1b; }}
#pa-clear-confirm .pa-clear-no {{ background: #ffffff; color: #1f2937; border: 1px solid #94a3b8; }}
#pa-doc-filter textarea, #pa-search textarea {{ font-size: 1em; }}
/* the theme's red-500 is 3.8:1 under white text: buttons and the selected tab a shade darker */
.gradio-container {{ --button-primary-background-fill: {_bg('primary-button')}; --button-primary-background-fill-hover: #991b1b; }}
.gradio-container button[role="tab"].selected {{ color: {_c('tab')} !important; }}
/* the theme's field labels: darker red on their pale background */
.gradio-container span[data-testid="block-info"] {{ color: {_c('label')} !important; background: {_bg('label')} !important; }}
@media (max-width: 480px) {{
  #pa-header h2 {{ font-size: 1.15em; }}
  #pa-header p {{ font-size: 0.8em; margin-bottom: 0.3em; }}
  .pa-verdict-line {{ font-size: 1.2em; }}
  .pa-amount {{ font-size: 1.4em; }}
}}
"""

# One delegated listener for the chips, the clear-chat confirmation and the scroll to the verdict.
CARD_JS = """
() => {
  if (window.__paCard) { return; }
  window.__paCard = true;
  const $ = (selector, root) => (root || document).querySelector(selector);
  const send = (fact, value) => {
    const box = $('#pa-fact-edit textarea') || $('#pa-fact-edit input');
    const button = $('#pa-fact-apply');
    if (!box || !button) { return; }
    box.value = JSON.stringify({ fact: fact, value: value });
    box.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => button.click(), 50);
  };
  const make = (tag, props, text) => {
    const el = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => { el.setAttribute(key, value); });
    if (text !== undefined) { el.textContent = text; }
    return el;
  };
  const data = (chip) => {
    const node = chip.querySelector('.pa-chip-data');
    try { return node ? JSON.parse(node.textContent) : {}; } catch (error) { return {}; }
  };
  const close = (chip) => { const open = chip.querySelector('.pa-chip-editor'); if (open) { open.remove(); } };
  const read = (chip, editor) => {
    const d = data(chip);
    if (d.kind === 'set' && d.choices) {
      return [...editor.querySelectorAll('input[type=checkbox]')].filter((c) => c.checked).map((c) => c.value);
    }
    const field = editor.querySelector('input, select');
    return field ? field.value : null;
  };
  const open = (chip) => {
    document.querySelectorAll('.pa-chip-editor').forEach((el) => el.remove());
    const d = data(chip);
    const editor = make('div', { class: 'pa-chip-editor', role: 'group', 'aria-label': '更改' + (d.label || '') });
    if (d.kind === 'bool') {
      [['true', '是'], ['false', '否']].forEach(([value, text]) => {
        const b = make('button', { type: 'button', class: 'pa-chip-choice', 'data-value': value }, text);
        editor.appendChild(b);
      });
    } else if (d.kind === 'set' && d.choices) {
      const have = new Set((d.value || '').split('|'));
      const box = make('div', { class: 'pa-choices' });
      d.choices.split('|').forEach((choice) => {
        const label = make('label');
        const check = make('input', { type: 'checkbox', value: choice });
        check.checked = have.has(choice);
        label.appendChild(check);
        label.appendChild(document.createTextNode(choice));
        box.appendChild(label);
      });
      editor.appendChild(box);
    } else if (d.choices) {
      const select = make('select', { 'aria-label': d.label || '' });
      d.choices.split('|').forEach((choice) => {
        const option = make('option', { value: choice }, choice);
        if (choice === d.value) { option.selected = true; }
        select.appendChild(option);
      });
      editor.appendChild(select);
    } else if (d.kind === 'date') {
      editor.appendChild(make('input', { type: 'date', value: d.value || '', 'aria-label': d.label || '' }));
    } else if (d.kind === 'decimal' || d.kind === 'int') {
      const props = { type: 'number', inputmode: 'decimal', step: d.kind === 'int' ? '1' : 'any', value: d.value || '', 'aria-label': d.label || '' };
      if (d.min && d.unit !== '%') { props.min = d.min; }
      if (d.max && d.unit !== '%') { props.max = d.max; }
      editor.appendChild(make('input', props));
      if (d.unit) { editor.appendChild(make('span', {}, d.unit)); }
    } else {
      editor.appendChild(make('input', { type: 'text', value: (d.value || '').split('|').join('、'), 'aria-label': d.label || '' }));
    }
    if (d.kind !== 'bool') {
      editor.appendChild(make('button', { type: 'button', class: 'pa-chip-ok' }, '确定'));
    }
    editor.appendChild(make('button', { type: 'button', class: 'pa-chip-cancel' }, '取消'));
    chip.appendChild(editor);
    const first = editor.querySelector('input, select, button');
    if (first) { first.focus(); }
  };
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!target || !target.closest) { return; }
    if (target.closest('#pa-clear')) {
      const panel = $('#pa-clear-confirm');
      if (panel) { panel.classList.add('pa-open'); const yes = panel.querySelector('.pa-clear-yes'); if (yes) { yes.focus(); } }
      return;
    }
    if (target.closest('.pa-clear-no')) { $('#pa-clear-confirm').classList.remove('pa-open'); return; }
    if (target.closest('.pa-clear-yes')) {
      $('#pa-clear-confirm').classList.remove('pa-open');
      const apply = $('#pa-clear-apply');
      if (apply) { apply.click(); }
      return;
    }
    const chip = target.closest('.pa-facts-live .pa-chip');
    if (!chip) { return; }
    const d = data(chip);
    if (target.closest('.pa-chip-remove')) { event.preventDefault(); send(d.fact, null); return; }
    if (target.closest('.pa-chip-edit')) { event.preventDefault(); open(chip); return; }
    if (target.closest('.pa-chip-cancel')) { event.preventDefault(); close(chip); return; }
    if (target.closest('.pa-chip-choice')) { event.preventDefault(); send(d.fact, target.closest('.pa-chip-choice').dataset.value); return; }
    if (target.closest('.pa-chip-ok')) {
      event.preventDefault();
      const value = read(chip, chip.querySelector('.pa-chip-editor'));
      if (value === '' || value === null) { return; }
      send(d.fact, value);
    }
  });
  document.addEventListener('keydown', (event) => {
    const editor = event.target && event.target.closest ? event.target.closest('.pa-chip-editor') : null;
    if (!editor) { return; }
    if (event.key === 'Enter') { event.preventDefault(); const ok = editor.querySelector('.pa-chip-ok'); if (ok) { ok.click(); } }
    if (event.key === 'Escape') { editor.remove(); }
  });
  // After a question is sent or an answer lands: its top (the verdict) in view, not the bottom.
  let seen = '';
  const scroller = (el) => {
    let box = el.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    return box;
  };
  const settle = () => {
    const chat = $('#pa-chat');
    if (!chat) { return; }
    const users = chat.querySelectorAll('.message-row.user-row');
    const bots = chat.querySelectorAll('[data-testid=bot]');
    const last = bots.length ? bots[bots.length - 1] : null;
    // only a new question, or an answer landing (busy → done): not an editor opening, not a fold
    const state = users.length + '|' + bots.length + '|' + (last && last.querySelector('.pa-busy') ? 'busy' : 'done');
    if (state === seen) { return; }
    seen = state;
    const question = users.length ? users[users.length - 1] : null;
    if (!question) { return; }
    const box = scroller(question);
    if (!box) { return; }
    box.scrollTop += question.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  };
  let pending = null;
  const watch = () => {
    const chat = $('#pa-chat');
    if (!chat) { setTimeout(watch, 300); return; }
    new MutationObserver(() => { clearTimeout(pending); pending = setTimeout(settle, 60); }).observe(chat, { childList: true, subtree: true, characterData: true });
  };
  watch();
}
"""


QUESTION_BOX = "#pa-question textarea"


def lock_box_js(inputs: int) -> str:
    """The browser's part of sending a question: lock the question box, then send the event's
    ``inputs`` values unchanged (Gradio sends what this returns).

    >>> lock_box_js(2)
    "(v0, v1) => { const box = document.querySelector('#pa-question textarea'); if (box) { box.disabled = true; } return [v0, v1]; }"
    """
    names = ", ".join(f"v{n}" for n in range(inputs))
    return f"({names}) => {{ const box = document.querySelector('{QUESTION_BOX}'); if (box) {{ box.disabled = true; }} return [{names}]; }}"


# after the answer (or a failure): the box can be typed in again
UNLOCK_BOX_JS = f"() => {{ const box = document.querySelector('{QUESTION_BOX}'); if (box) {{ box.disabled = false; }} }}"
