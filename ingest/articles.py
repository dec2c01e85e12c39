"""Stage 3 — parse: a document's text → its articles, each with a citation path as written.

Markers, outermost first: 第X章 (context only, not part of a path) · 第X条 or 一、 ·
（一） · 1. · （1）.  A path joins the markers of an article and its ancestors:
``三、（二）1.（3）`` or ``第十条（二）``.  Items run together on one line
(…支出。（二）发放…) are split when the marker is the next in sequence.  Text
before the first marker is the 引言; a document with no markers is one 正文.

Unnumbered paragraphs after the last item of a list, before a shallower marker,
belong to the list's parent (第五条's closing sentence after its （三）), unless the
item was a bare heading whose body they are, or, mid-document, the items are prose
paragraphs under a section title with no text of its own (三、加强基础能力建设) and
the paragraph is about the last item rather than the list (the second paragraph of
（十一）规范培训机构办学行为; see ``_continues_item``).

An unnumbered heading line that ends a list and opens a new one (名词解释 after
the last clause, then 1. 2. …) starts a section of its own: its items are cited
under it (``名词解释1.``), not as children of the clause before it.  Unnumbered
text between a chapter or such a heading and its first item is cited by that
chapter or heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from assistant.schema import Article

CN_NUM = "一二三四五六七八九十百零〇"
# (rank, regex at the start of a line or after a split point)
MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(rf"^第([{CN_NUM}]+)章")),
    (1, re.compile(rf"^第([{CN_NUM}]+)条")),
    (1, re.compile(rf"^([{CN_NUM}]+)、")),
    (2, re.compile(rf"^（([{CN_NUM}]+)）")),
    (3, re.compile(r"^(\d{1,2})[.、](?!\d)")),
    (4, re.compile(r"^（(\d{1,2})）")),
)
# A heading line without a marker: short, Chinese only, no sentence punctuation.
_SECTION_HEADING = re.compile(r"[\u4e00-\u9fff（）《》“”]{2,20}")
_INLINE = re.compile(rf"(?<=[。；：])(（[{CN_NUM}]+）|（\d{{1,2}}）|\d{{1,2}}\.(?!\d))")


@dataclass
class _Node:
    rank: int
    number: int
    marker: str
    heading: str
    start: int  # offset of the marker in the document text
    end: int
    path: str
    chain: tuple[str, ...]
    parent: _Node | None
    bare: bool  # the marker line is a heading only
    children: int = 0


def _to_int(token: str) -> int:
    return int(token) if token.isdigit() else int(cn2an.cn2an(token, "smart"))


def _match(text: str) -> tuple[int, str, int] | None:
    for rank, pattern in MARKERS:
        m = pattern.match(text)
        if m:
            return rank, m.group(0), _to_int(m.group(1))
    return None


def _heading(rest: str) -> tuple[str, bool]:
    """The short title after a marker, and whether the line is a heading only."""
    rest = rest.strip()
    if "。" not in rest and len(rest) <= 40 and not re.search(r"[，；]", rest):
        return rest.rstrip("："), True
    head = rest.split("。", 1)[0]
    if len(head) <= 24 and not re.search(r"[，；：]", head):
        return head, False
    return "", False


def _split_inline(line: str, expected: dict[int, int]) -> list[str]:
    """Split a line at inline markers that continue a sequence (（一）… 。（二）…)."""
    pieces: list[str] = []
    last = 0
    for m in _INLINE.finditer(line):
        found = _match(m.group(1))
        if not found:
            continue
        rank, _, number = found
        if number == expected.get(rank, 0) + 1 or (number == 1 and line[m.start() - 1] == "："):
            pieces.append(line[last : m.start()])
            last = m.start()
            expected[rank] = number
    pieces.append(line[last:])
    return [p for p in pieces if p]


def parse_articles(
    doc_id: str,
    text: str,
    body_start: int,
    body_end: int,
    title: str,
) -> list[Article]:
    """Parse ``text[body_start:body_end]`` (the body without title, 文号 and signature)."""
    # 1. units: (offset, text) for each line or inline piece
    units: list[tuple[int, str]] = []
    expected: dict[int, int] = {}
    pos = body_start
    for raw in text[body_start:body_end].split("\n"):
        offset = pos
        pos += len(raw) + 1
        if not raw.strip():
            continue
        found = _match(raw)
        if found:
            expected[found[0]] = found[2]
            for deeper in [r for r in expected if r > found[0]]:
                expected[deeper] = 0
        for piece in _split_inline(raw, expected):
            units.append((offset, piece))
            offset += len(piece)

    # 2. a tree of spans
    nodes: list[_Node] = []
    spans: list[tuple[_Node | None, int, int]] = []  # (owner, start, end) of unnumbered text
    stack: list[_Node] = []
    chapter = ""  # chain context of the current chapter or unnumbered section
    section = ""  # path prefix of the current unnumbered section
    label = "引言"  # how unnumbered text outside any item is cited
    preamble: list[tuple[str, int, int]] = []  # (label, start, end)
    for i, (offset, piece) in enumerate(units):
        found = _match(piece)
        end = offset + len(piece)
        if found and found[0] == 0:
            chapter, section, label = piece, "", found[1]
            stack.clear()
            continue
        if not found and stack and _opens_section(units, i):
            chapter = section = label = piece
            stack.clear()
            continue
        if found:
            rank, marker, number = found
            while stack and stack[-1].rank >= rank:
                stack.pop()
            parent = stack[-1] if stack else None
            heading, bare = _heading(piece[len(marker) :])
            if marker.endswith("条") and not bare:
                heading = ""  # 第X条 opens with its first sentence, not a title
            path = (parent.path if parent else section) + marker
            chain = (parent.chain if parent else ((chapter,) if chapter else ())) + (
                marker + heading if heading else marker,
            )
            node = _Node(rank, number, marker, heading, offset, end, path, chain, parent, bare)
            if parent:
                parent.children += 1
            nodes.append(node)
            stack.append(node)
            continue
        # unnumbered text
        if not stack:
            preamble.append((label, offset, end))
            continue
        owner = stack[-1]
        spans.append((owner, offset, end))

    # 3. reassign trailing paragraphs of a list to the list's parent
    articles: list[Article] = []
    if not nodes:
        start = preamble[0][1] if preamble else body_start
        end = preamble[-1][2] if preamble else body_end
        return [_article(doc_id, "正文", "", "", 0, start, end, text, None, ())]
    # unnumbered text outside any item: one article per label and contiguous run
    loose: list[list] = []
    for name, start, end in preamble:
        if loose and loose[-1][0] == name and text[loose[-1][2] : start].strip() == "":
            loose[-1][2] = end
        else:
            loose.append([name, start, end])
    for name, start, end in loose:
        articles.append(_article(doc_id, name, "", "", 0, start, end, text, None, ()))

    next_marker: dict[int, _Node | None] = {}
    for i, node in enumerate(nodes):
        next_marker[id(node)] = nodes[i + 1] if i + 1 < len(nodes) else None
    owned: dict[int, list[tuple[int, int]]] = {id(n): [(n.start, n.end)] for n in nodes}
    direct_text = {id(owner) for owner, _, _ in spans}  # items with text of their own before any child
    spans_text = {id(owner): "" for owner, _, _ in spans}
    for owner, start, end in spans:
        spans_text[id(owner)] += text[start:end]
    for owner, start, end in spans:
        following = next_marker[id(owner)]
        after_last_item = (
            owner.parent is not None
            and not owner.bare
            and owner.children == 0
            and owner.number > 1
            and (following is None or following.rank < owner.rank)
            and (following is None or not _continues_item(owner, nodes, spans_text[id(owner)], text, direct_text))
        )
        target = owner.parent if after_last_item else owner
        owned[id(target)].append((start, end))

    for node in nodes:
        ranges = sorted(owned[id(node)])
        # contiguous runs become one article each (a parent's text after its children is a second span)
        runs: list[list[int]] = []
        for start, end in ranges:
            if runs and text[runs[-1][1] : start].strip() == "":
                runs[-1][1] = end
            else:
                runs.append([start, end])
        for start, end in runs:
            articles.append(
                _article(
                    doc_id,
                    node.path,
                    node.marker,
                    node.heading,
                    node.rank,
                    start,
                    end,
                    text,
                    node.parent.path if node.parent else None,
                    node.chain[:-1],
                )
            )
    articles.sort(key=lambda a: a.start)
    return articles


def _continues_item(item: _Node, nodes: list[_Node], after: str, text: str, direct_text: set[int]) -> bool:
    """Whether ``after``, the text following ``item`` (the last of its list), still belongs to it.

    Only when the list is a run of prose items under a section title that has no
    text of its own to return to (三、加强基础能力建设 › （十一）规范培训机构办学行为。…),
    and the text is about this item rather than the list as a whole: it shares more
    of this item's heading than of any other item's (严禁培训机构… after （十一）
    规范培训机构办学行为; but 企业组织职工、学校组织毕业年度学生开展评价工作… after
    （三）第三方机构组织社会评价 speaks of （一）企业组织 and （二）毕业年度学生 too).
    Never when the list is introduced by a lead-in (第十六条…以下支出：), the parent
    has its own text (5.…要求：…), or the items are bare entries (1.《劳动法》).
    """
    parent = item.parent
    if (
        parent is None
        or not parent.bare
        or text[parent.start : parent.end].rstrip().endswith(("：", ":"))
        or id(parent) in direct_text
        or "。" not in text[item.start : item.end]
    ):
        return False
    share = _heading_share(item.heading, after)
    siblings = [n for n in nodes if n.parent is parent and n is not item]
    return share >= 0.3 and all(share > _heading_share(n.heading, after) for n in siblings)


def _heading_share(heading: str, text: str) -> float:
    """Share of a heading's character bigrams that occur in ``text``.

    >>> round(_heading_share("规范培训机构办学行为", "严禁培训机构以联合办学等名义违规转包"), 2)
    0.44
    """
    grams = {heading[i : i + 2] for i in range(len(heading) - 1)}
    return sum(g in text for g in grams) / len(grams) if grams else 0.0


def _opens_section(units: list[tuple[int, str]], i: int) -> bool:
    """An unnumbered heading line between a finished item and a list restarting at 1."""
    piece = units[i][1].strip()
    if not _SECTION_HEADING.fullmatch(piece) or i == 0 or i + 1 >= len(units):
        return False
    previous = units[i - 1][1].rstrip()
    following = _match(units[i + 1][1])
    return previous.endswith(("。", "；", "！", "？")) and following is not None and following[2] == 1


def _article(doc_id, path, marker, heading, level, start, end, text, parent_path, chain) -> Article:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    return Article(
        doc_id=doc_id,
        path=path,
        marker=marker,
        heading=heading,
        level=level,
        start=start,
        end=end,
        text=text[start:end],
        parent_path=parent_path,
        chain=tuple(chain),
    )
