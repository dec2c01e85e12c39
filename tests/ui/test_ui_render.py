"""ui.render: everything from a person or the corpus is escaped; cards carry what a citation needs."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from assistant.lookup import ArticleContext, ArticleHit, quoted_citation
from assistant.schema import Answer, Article, Citation, Document
from ui.card import answer_html
from ui.render import (
    citation_card,
    document_html,
    document_list_html,
    esc,
    highlight,
    notice_html,
    search_results_html,
    status_badge,
    user_html,
)

# the only tags ui.render writes; anything else in its output came from data and was not escaped
OWN_TAGS = {"div", "span", "p", "b", "br", "mark", "blockquote", "details", "summary", "button", "ol", "ul", "li",
            "table", "thead", "tbody", "tr", "th", "td", "h3", "h4"}
TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)")
EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>&'


def tags(html: str) -> set[str]:
    return {t.lower() for t in TAG.findall(html)}


def no_foreign_markup(html: str) -> None:
    assert tags(html) <= OWN_TAGS, tags(html) - OWN_TAGS
    assert "<script" not in html and "<img" not in html and "<a " not in html


def citation(**changes) -> Citation:
    values = dict(
        doc_id="zj-2022-0839a3",
        title="关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法",
        doc_number="浙人社发〔2022〕71号",
        issuer="浙江省人力资源和社会保障厅",
        region="浙江省",
        article="三、（二）1.（3）",
        quote="从事技术技能工作满4年，可申报相应系列副高级职称评审。",
        status="in_force",
        score=1.0,
    )
    values.update(changes)
    return Citation(**values)


def document(**changes) -> Document:
    values = dict(doc_id="d1", title="测试办法", region="浙江省", level="provincial", source_file="x.txt", line_start=1, line_end=2, text="")
    values.update(changes)
    return Document(**values)


def article(path: str, text: str, level: int = 1, parent: str | None = None) -> Article:
    return Article(doc_id="d1", path=path, marker=path, heading="", level=level, start=0, end=len(text), text=text, parent_path=parent)


# ------------------------------------------------------------------ escaping
def test_esc_escapes_markup_and_keeps_line_breaks():
    assert esc("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#x27;"
    assert esc("一\n二") == "一<br>二"
    assert esc(None) == ""


def test_user_text_is_shown_as_text():
    html = user_html(EVIL)
    no_foreign_markup(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_huge_question_is_echoed_shortened():
    html = user_html("问" * 5000)
    assert "共 5000 字" in html and len(html) < 600


@given(st.text(max_size=200))
def test_no_input_ever_becomes_markup(text):
    no_foreign_markup(user_html(text))
    no_foreign_markup(notice_html(text))
    no_foreign_markup(citation_card(citation(title=text, quote=text, doc_number=text, region=text, article=text), 1))


def test_highlight_marks_the_quote_and_escapes_around_it():
    assert highlight("甲<乙>丙丁", "丙") == "甲&lt;乙&gt;<mark>丙</mark>丁"
    assert highlight("<x>", "") == "&lt;x&gt;"


# --------------------------------------------------------------------- cards
def test_citation_card_has_title_number_region_path_status_quote_and_copy_text():
    c = citation()
    html = citation_card(c, 1)
    for part in (c.title, c.doc_number, c.region, c.article, "现行有效", c.quote, "复制引用"):
        assert part in html
    assert esc(quoted_citation(c)) in html
    assert "《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》（浙人社发〔2022〕71号）三、（二）1.（3）" in html


def test_citation_card_escapes_corpus_text():
    html = citation_card(citation(title="<b>标题</b>", quote=EVIL), 2)
    no_foreign_markup(html)
    assert "&lt;b&gt;标题&lt;/b&gt;" in html


def test_citation_card_opens_the_article_in_context_with_the_quote_marked():
    parent = article("三、", "三、贯通主要内容")
    own = article("三、（二）", "（二）评审条件。满4年可申报<副高级>。", level=2, parent="三、")
    child = article("三、（二）1.", "1.基本条件。", level=3, parent="三、（二）")
    context = ArticleContext(document(), own, (parent,), (own, child))
    html = citation_card(citation(article="三、（二）", quote="满4年可申报<副高级>。"), 1, context)
    assert "<details" in html and "查看条文全文" in html
    assert "<mark>满4年可申报&lt;副高级&gt;。</mark>" in html
    assert "1.基本条件。" in html and "测试办法" in html


def test_status_badges_say_every_status_in_chinese():
    labels = {s: status_badge(s) for s in ("in_force", "expired", "not_yet_effective", "unknown")}
    assert "现行有效" in labels["in_force"] and "已失效" in labels["expired"]
    assert "尚未施行" in labels["not_yet_effective"] and "未载明施行期限" in labels["unknown"]
    assert "未载明施行期限" in status_badge("nonsense")


def test_answer_asks_the_follow_up_once_in_its_own_box():
    question = "请问您取得高级技师等级后从事技术技能工作有几年了？"
    answer = Answer(
        question="q",
        answer=f"按浙江省规定……可申报副高级职称。{question}\n根据……：“……”\n{question}",
        abstained=False,
        region="浙江省",
        citations=(citation(),),
        follow_up=question,
        as_of=date(2026, 11, 21),
    )
    html = answer_html(answer)
    assert html.count(question) == 1
    assert 'class="pa-follow-up"' in html and 'class="pa-card"' in html
    assert "2026年11月21日" in html


def test_an_abstention_has_no_cards():
    html = answer_html(Answer(question="q", answer="抱歉，没有找到。", abstained=True, region=None))
    assert "pa-abstained" in html and 'class="pa-card"' not in html


@given(st.text(max_size=200))
def test_no_answer_text_ever_becomes_markup(text):
    no_foreign_markup(answer_html(Answer(question=text, answer=text, abstained=False, region=text, citations=(citation(title=text, quote=text),), follow_up=text or None)))


# -------------------------------------------------------------- lookup, docs
def test_search_results_carry_the_copy_text_and_escape_article_text():
    doc = document(doc_number="浙人社发〔2022〕1号")
    art = article("第十条", "第十条 <script>alert(1)</script>")
    c = citation(doc_id="d1", title=doc.title, doc_number=doc.doc_number, article="第十条", quote=art.text)
    html = search_results_html([ArticleHit(doc, art, "in_force", 1.0, c)])
    no_foreign_markup(html)
    assert "找到 1 条" in html
    assert esc("《测试办法》（浙人社发〔2022〕1号）第十条：“第十条 <script>alert(1)</script>”") in html
    assert "没有找到" in search_results_html([])


def test_document_pages_escape_metadata_and_show_relations():
    doc = document(title="<i>办法</i>", doc_number="〔2022〕1号", parent_id="p1", children=())
    parent = document(doc_id="p1", title="关于印发<办法>的通知")
    html = document_html(doc, [article("第一条", "第一条 <b>总则</b>")], date(2026, 11, 21), {"p1": parent})
    no_foreign_markup(html)
    assert "关于印发&lt;办法&gt;的通知" in html and "印发通知" in html
    listing = document_list_html([doc, parent], date(2026, 11, 21))
    no_foreign_markup(listing)
    assert listing.count("<tr>") == 3


def test_the_document_view_numbers_each_article_once():
    articles = [
        Article("d1", "一、", "一、", "指导思想", 1, 0, 9, "一、指导思想\n以……为指导。"),
        Article("d1", "一、（一）", "（一）", "", 2, 0, 9, "（一）坚持问题导向。", parent_path="一、"),
        Article("d1", "一、（一）", "（一）", "", 2, 0, 9, "续上一条的文字。", parent_path="一、"),
        Article("d1", "引言", "", "", 0, 0, 9, "根据……制定本办法。"),
    ]
    html = document_html(document(), articles, date(2026, 11, 21))
    text = re.sub(r"<[^>]+>", "", html)
    assert "一、一、" not in text and "（一）（一）" not in text
    assert text.count("一、指导思想") == 1 and text.count("（一）坚持问题导向") == 1
    assert "文件开头根据" in text  # a preamble gets its label, once


def test_a_title_that_names_another_document_is_not_double_bracketed():
    # “关于印发《X办法》的通知”: the inner title in 〈〉, never 《《…》》
    html = citation_card(citation(title="关于印发《浙江省技能人才评价机构管理办法（试行）》的通知"), 1)
    assert "《关于印发〈浙江省技能人才评价机构管理办法（试行）〉的通知》" in html
    assert "《《" not in html and "》》" not in html
