"""Find a document or article by what a person types: id, 文号, title words, article path."""

from __future__ import annotations

import re

from assistant.errors import UnknownDocument
from assistant.schema import Article, Document
from assistant.store import IndexHandle


def normalize_path(path: str) -> str:
    """Accept half-width brackets, spaces and 第10条 for 第十条.

    >>> normalize_path("三、(二)1.(3)")
    '三、（二）1.（3）'
    >>> normalize_path("第10条")
    '第十条'
    """
    import cn2an

    path = re.sub(r"\s+", "", path).replace("(", "（").replace(")", "）").replace("．", ".")
    return re.sub(r"第(\d+)([条章])", lambda m: f"第{cn2an.an2cn(m.group(1))}{m.group(2)}", path)


def normalize_doc_number(text: str) -> str:
    return re.sub(r"[\[（(【〔]\s*(\d{4})\s*[\]）)】〕]\s*(\d+)\s*号?", r"〔\1〕\2号", re.sub(r"\s+", "", text))


def find_document(index: IndexHandle, key: str) -> Document:
    key = key.strip()
    if key in index.documents:
        return index.documents[key]
    number = normalize_doc_number(key)
    by_number = [d for d in index.documents.values() if d.doc_number and d.doc_number == number]
    if by_number:
        # the notice and its measure share a 文号: prefer the measure, which holds the articles
        by_number.sort(key=lambda d: (d.parent_id is None, d.doc_id))
        return by_number[0]
    by_title = [d for d in index.documents.values() if key and key in d.title]
    if len(by_title) == 1:
        return by_title[0]
    hint = "；可能是：" + "、".join(f"{d.doc_id}《{d.title}》" for d in by_title[:5]) if by_title else ""
    raise UnknownDocument(f"找不到文件 {key!r}{hint}。用 `policy show` 的文件编号、文号或标题中的词查找。")


def find_articles(index: IndexHandle, doc: Document, path: str) -> list[Article]:
    wanted = normalize_path(path)
    articles = index.articles_of(doc.doc_id)
    exact = [a for a in articles if a.path == wanted]
    if exact:
        return exact
    under = [a for a in articles if a.path.startswith(wanted)]
    if under:
        return under
    paths = "、".join(dict.fromkeys(a.path for a in articles[:12]))
    raise UnknownDocument(f"《{doc.title}》中没有条目 {path!r}。该文件的条目有：{paths} …")
