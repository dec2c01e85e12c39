"""assistant.lookup.search_articles and article_context over the real corpus (hash index).

These test the library behind the lookup tab; they live beside the UI's tests
because tests/assistant belongs to the answerer's work in progress.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.errors import UnknownDocument
from assistant.lookup import article_context, parse_search, quoted_citation, search_articles

ON = date(2026, 11, 21)


def numbered(index):
    """A document with a 文号 and one of its sub-items."""
    return next((d, a) for d in index.documents.values() if d.doc_number for a in index.articles_of(d.doc_id) if a.level >= 2)


def test_number_and_path_find_that_article_first(real_index):
    doc, art = numbered(real_index)
    hits = search_articles(real_index, f"{doc.doc_number} {art.path}", on=ON)
    assert (hits[0].document.doc_id, hits[0].article.path) == (doc.doc_id, art.path)
    assert all(h.document.doc_number == doc.doc_number and h.article.path.startswith(art.path) for h in hits)


def test_half_width_brackets_and_bare_numbers_work(real_index):
    doc, art = numbered(real_index)
    bare = doc.doc_number[doc.doc_number.index("〔") :].replace("〔", "[").replace("〕", "]")
    path = art.path.replace("（", "(").replace("）", ")")
    hits = search_articles(real_index, f"{bare} {path}", on=ON)
    assert any((h.document.doc_id, h.article.path) == (doc.doc_id, art.path) for h in hits)


def test_keywords_rank_articles_that_contain_them(real_index):
    hits = search_articles(real_index, "高级技师 副高级", on=ON)
    assert hits and "高级技师" in hits[0].article.text and "副高级" in hits[0].article.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_filters_by_region_document_and_status(real_index):
    zj = search_articles(real_index, "职称", region="浙江省", on=ON)
    assert zj and {h.document.region for h in zj} == {"浙江省"}
    shanxi = search_articles(real_index, "", region="山西省", on=ON, limit=1000)
    assert "晋中市" in {h.document.region for h in shanxi}  # a province includes its cities
    expired = search_articles(real_index, "", status="expired", on=ON, limit=1000)
    assert expired and {h.status for h in expired} == {"expired"}
    doc_id = expired[0].document.doc_id
    one = search_articles(real_index, "", doc_id=doc_id, on=ON, limit=1000)
    assert [h.article for h in one] == real_index.articles_of(doc_id)


def test_nothing_matches_nonsense(real_index):
    assert search_articles(real_index, "量子纠缠火星殖民", on=ON) == []


def test_the_citation_is_the_article_verbatim_in_the_standard_form(real_index):
    doc, art = numbered(real_index)
    hit = search_articles(real_index, f"{doc.doc_number} {art.path}", on=ON)[0]
    assert hit.citation.quote == art.text.strip() and hit.citation.status == doc.status_on(ON)
    text = quoted_citation(hit.citation)
    assert re.fullmatch(rf"《[^《》]+》（{re.escape(doc.doc_number)}）{re.escape(art.path)}：“.+”", text, re.S), text


def test_parse_search_reads_document_ids():
    assert parse_search("zj-2022-0839a3 培训").doc_ids == ("zj-2022-0839a3",)
    assert parse_search("培训 补贴").keywords == "培训 补贴"


def test_article_context_has_ancestors_and_all_pieces_and_sub_items(real_index):
    art = next(a for a in real_index.articles if a.level >= 3 and a.parent_path)
    context = article_context(real_index, art.doc_id, art.path)
    assert context.ancestors and context.ancestors[-1].path == art.parent_path
    assert art in context.body
    assert all(a.path.startswith(art.path) for a in context.body)
    starts = [a.start for a in context.body]
    assert starts == sorted(starts)
    with pytest.raises(UnknownDocument):
        article_context(real_index, art.doc_id, "第九百九十九条")
    with pytest.raises(UnknownDocument):
        article_context(real_index, "no-such-doc", art.path)
