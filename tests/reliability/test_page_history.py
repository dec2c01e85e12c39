"""The page's conversation: what the person established (facts, region, the question asked of
them) is kept apart from the transcript, so no limit on text forgets it; the transcript itself
is bounded, earlier messages folded with a note.

Spoken through the page's API with ``gradio_client``, one browser session per conversation.
"""

from __future__ import annotations

import json
import re

from reliability_support import reply_text

UNRELATED = ["谢谢", "你好", "今天天气怎么样？", "人社部发〔2024〕5号还有效吗？", "好的", "明白了", "你好", "今天天气怎么样？", "谢谢", "好的"]


def text_of(message: dict) -> str:
    return reply_text([[message]])


def cited_regions(html: str) -> set[str]:
    return set(re.findall(r'<span class="pa-region">([^<]+)</span>', html))


def test_facts_and_region_from_the_first_turn_still_apply_after_ten_unrelated_turns(page, client):
    session = client(page.url)
    first = session.predict("我在浙江，是高级技师，干了5年", "自动识别", api_name="/ask")
    assert "浙江" in reply_text(first)
    for question in UNRELATED:
        session.predict(question, "自动识别", api_name="/ask")

    result = session.predict("近3年考核都合格，能评副高吗？", "自动识别", api_name="/ask")
    text = reply_text(result)
    assert "pa-verdict-line pa-tone-yes" in text and "浙江省" in text, text[:600]
    assert "哪个省份" not in text  # the region is not asked for again


def test_the_region_still_narrows_the_sources_after_the_window(page, client):
    session = client(page.url)
    session.predict("我在河南，是高校毕业生", "自动识别", api_name="/ask")
    for _ in range(7):  # seven answered exchanges that never name a region: the first turn leaves the window
        session.predict("高级技师评副高级职称需要什么条件？", "自动识别", api_name="/ask")
    result = session.predict("职业培训补贴怎么领？", "自动识别", api_name="/ask")
    regions = cited_regions(reply_text(result))
    assert regions and regions <= {"河南省", "全国"}, regions


def test_the_transcript_is_bounded_and_says_what_was_folded_and_the_state_is_kept(page, client):
    session = client(page.url)
    session.predict("我在浙江，是高级技师，干了5年", "自动识别", api_name="/ask")
    sizes = []
    for n in range(30):
        question = "高级技师评副高级职称需要什么条件？" if n % 3 == 0 else UNRELATED[n % len(UNRELATED)]
        result = session.predict(question, "自动识别", api_name="/ask")
        sizes.append(len(json.dumps(result, ensure_ascii=False)))
    messages = result[0]
    assert len(messages) <= 41, len(messages)  # 31 exchanges asked; at most 20 shown, and the note
    assert "折叠" in text_of(messages[0]) and "新对话" in text_of(messages[0])
    assert max(sizes) < 200_000 and sizes[-1] <= 1.5 * sizes[len(sizes) // 2], sizes  # stops growing

    result = session.predict("近3年考核都合格，能评副高吗？", "自动识别", api_name="/ask")
    text = reply_text(result)
    assert "pa-verdict-line pa-tone-yes" in text and "浙江省" in text  # the folded first turn's facts still apply
