"""The document graph: every edge of the real corpus against the hand-checked list, and the rules
and the reviewed overrides that produce it."""

from __future__ import annotations

import json
from datetime import date

import pytest
import yaml

from assistant.errors import CorpusFileError
from assistant.schema import Article, Document, Relation
from ingest.relations import RelationOverrides, apply_repeals, extract_relations, find_mentions
from tests.conftest import FIXTURES

EXPECTED = FIXTURES / "relations" / "expected.yaml"
FIELDS = ("source", "article", "kind", "target", "in_corpus", "number", "title", "quote")


def _row(edge: Relation | dict) -> tuple:
    data = edge.to_dict() if isinstance(edge, Relation) else edge
    return tuple(data.get(k) for k in FIELDS)


def _expected() -> list[tuple]:
    return [_row(e) for e in yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["relations"]]


def test_every_edge_of_the_corpus_is_the_hand_checked_one(real_index):
    """Extraction finds exactly the edges checked by hand: none more, none fewer, none changed."""
    found = [_row(r) for r in real_index.relations]
    expected = _expected()
    extra = [r for r in found if r not in expected]
    missing = [r for r in expected if r not in found]
    assert not extra and not missing, f"found but not checked: {extra}\nchecked but not found: {missing}"
    assert len(found) == len(expected) == len(set(found))


def test_the_hand_checked_list_quotes_its_articles(real_index):
    """Each checked edge's quote is verbatim in the source article, which names the target."""
    for source, article, kind, target, in_corpus, number, title, quote in _expected():
        texts = [a.text for a in real_index.articles_of(source) if a.path == article]
        assert any(quote in t for t in texts), (source, article, quote)
        assert in_corpus == (target in real_index.documents)
        named = number or (title.replace("《", "〈").replace("》", "〉") if title else None)
        if named and kind != "supersedes":
            assert any(named in t or (title and title in t) for t in texts), (source, article, named)


def test_the_graph_is_stored_with_the_parsed_corpus_and_the_build(real_build, real_index):
    settings, _ = real_build
    parsed = [json.loads(line) for line in (settings.parsed_dir / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [Relation.from_dict(r) for r in parsed] == real_index.relations
    assert (real_index.build / "relations.jsonl").exists()
    assert real_index.manifest["relations"] == len(real_index.relations)
    assert "relations.jsonl" in real_index.manifest["hashes"]  # checked on every open, like the other files


def test_kinds_on_the_real_corpus(real_index):
    """The edges that change which text is in force, by name."""
    strong = {(r.source, r.kind, r.target) for r in real_index.relations if r.kind != "cites"}
    assert {
        ("cn-2023-dc2db9", "repeals", "财社〔2017〕164号"),
        ("cn-2023-dc2db9", "repeals", "财社〔2019〕122号"),
        ("cn-2023-dc2db9", "repeals", "财社〔2021〕89号"),
        ("zj-2022-0839a3", "supersedes", "浙人社发〔2019〕31号"),
        ("sc-2022-cced2c", "supersedes", "此前发布的涉及职业技能等级认定相关规范性文件"),
    } <= strong
    # every notice the corpus pairs with its measure issues it
    pairs = {(d.doc_id, c) for d in real_index.documents.values() for c in d.children}
    assert pairs and pairs <= {(s, t) for s, k, t in strong if k == "issues"}


def test_a_number_decides_before_a_title(real_index):
    """《就业补助资金管理办法》（财社〔2017〕164号） is the 2017 version the corpus lacks, not the
    corpus's 2023 measure of the same title; nor is 第三十二条's repealed notice the 2023 notice."""
    edges = [r for r in real_index.relations if r.number == "财社〔2017〕164号"]
    assert {(r.source, r.kind) for r in edges} == {("cn-2023-aa0e64", "cites"), ("cn-2023-dc2db9", "repeals")}
    assert all(not r.in_corpus and r.target == "财社〔2017〕164号" for r in edges)
    assert not any(r.target in ("cn-2023-dc2db9", "cn-2023-aa0e64") and r.kind == "repeals" for r in real_index.relations)


def test_the_reviewed_overrides_decide(real_index):
    henan = next(r for r in real_index.relations if r.source == "ha-2023-8075c7" and r.article == "引言")
    assert henan.target == "河南省委省政府《关于加强新时代高技能人才队伍建设的实施意见》" and henan.why
    dadian = {r.source for r in real_index.relations if r.target == "中华人民共和国职业分类大典"}
    assert dadian == {"sc-2022-cced2c", "sc-2023-79c742"}


# ------------------------------------------------------------------ the rules, on small texts
def _doc(doc_id: str, title: str, text: str, **extra) -> tuple[Document, Article]:
    doc = Document(doc_id, title, "江苏省", "provincial", "f.txt", 1, 2, f"{title}\n{text}", **extra)
    start = len(title) + 1
    return doc, Article(doc_id, "第九条", "第九条", "", 1, start, start + len(text), text)


def test_repeal_supersede_issue_and_cite_in_one_text():
    notice, notice_body = _doc("n", "关于印发《甲办法》的通知", "现将《甲办法》印发给你们，请认真贯彻执行。", children=("m",))
    measure, article = _doc(
        "m", "甲办法",
        "本办法自2024年1月1日起施行。《乙通知》（苏人社规〔2020〕1号）同时废止；《丙办法》（苏人社发〔2021〕9号）等原规定与本办法不一致的，以本办法为准。"
        "依据《中华人民共和国就业促进法》制定。",
        parent_id="n", effective_date=date(2024, 1, 1),
    )  # fmt: skip
    old, old_body = _doc("o", "乙通知", "一、补贴每年一次。", doc_number="苏人社规〔2020〕1号", expiry_date=date(2030, 1, 1))
    edges, notes = extract_relations([notice, measure, old], [notice_body, article, old_body])
    assert notes == []
    assert [(r.source, r.kind, r.target, r.in_corpus) for r in edges] == [
        ("n", "issues", "m", True),
        ("m", "repeals", "o", True),
        ("m", "supersedes", "苏人社发〔2021〕9号", False),
        ("m", "cites", "中华人民共和国就业促进法", False),
    ]
    repealed = {d.doc_id: d for d in apply_repeals([notice, measure, old], edges)}["o"]
    assert repealed.expiry_date == date(2023, 12, 31) and "废止" in repealed.validity_basis
    assert repealed.status_on(date(2024, 6, 1)) == "expired"


@pytest.mark.parametrize(
    "sentence",
    [
        "《乙通知》（苏人社规〔2020〕1号）同时废止。",
        "《乙通知》（苏人社规〔2020〕1号）自本办法施行之日起不再执行。",
        "原《乙通知》（苏人社规〔2020〕1号）同时停止执行。",
        "《乙通知》（苏人社规〔2020〕1号）同时失效。",
        "本办法施行后，《乙通知》（苏人社规〔2020〕1号）停止施行。",
    ],
)
def test_every_way_of_saying_a_repeal_is_one(sentence):
    measure, article = _doc("m", "甲办法", f"本办法自2024年1月1日起施行。{sentence}", effective_date=date(2024, 1, 1))
    edges, _ = extract_relations([measure], [article])
    assert [(r.kind, r.target) for r in edges] == [("repeals", "苏人社规〔2020〕1号")]


@pytest.mark.parametrize(
    "sentence",
    [
        "按《乙通知》（苏人社规〔2020〕1号）已享受补贴的，不再执行本办法第三条。",  # a condition, not a repeal
        "依照《乙通知》（苏人社规〔2020〕1号）取得的证书失效的，应重新申请。",
    ],
)
def test_words_near_a_repeal_that_are_not_one(sentence):
    measure, article = _doc("m", "甲办法", sentence)
    edges, _ = extract_relations([measure], [article])
    assert [(r.kind, r.target) for r in edges] == [("cites", "苏人社规〔2020〕1号")]


def test_a_document_does_not_cite_itself_or_its_abbreviations():
    doc, first = _doc("d", "中小企业数字化转型指南", "特制定《中小企业数字化转型指南》（以下简称《指南》）。")
    second = Article("d", "一、", "一、", "", 1, 0, 0, "《指南》主要面向中小企业。本《指南》自发布之日起施行。")
    doc = Document(**{**doc.__dict__, "text": doc.text + "\n" + second.text})
    assert extract_relations([doc], [first, second])[0] == []


def test_mentions_as_written():
    text = "8.浙江省人力资源和社会保障厅办公室关于印发《X指南（试行）》的通知（浙人社办发〔2022〕3号）"
    assert [(m.title, m.number) for m in find_mentions(text)] == [
        ("浙江省人力资源和社会保障厅办公室关于印发《X指南（试行）》的通知", "浙人社办发〔2022〕3号")
    ]
    assert [(m.title, m.number) for m in find_mentions("依据《Y规定》（人社部第31号令）处理。")] == [("Y规定", "人社部第31号令")]


# ------------------------------------------------------------------ overrides
def _overrides(tmp_path, text: str) -> RelationOverrides:
    path = tmp_path / "relations.yaml"
    path.write_text(text, encoding="utf-8")
    return RelationOverrides.load(path)


def _small():
    return _doc("d", "丁办法", "依据《国家职业分类大典》和《某规划》制定。")


def test_an_override_sets_drops_and_adds(tmp_path):
    doc, article = _small()
    overrides = _overrides(tmp_path, """
relations:
  - {source: d, article: 第九条, target: 国家职业分类大典, set: {target: 中华人民共和国职业分类大典}, why: the same book}
  - {source: d, article: 第九条, target: 某规划, drop: true, why: not a document}
  - {source: d, article: 第九条, target: 某法, add: {kind: cites, quote: 依据《国家职业分类大典》}, why: implied}
""")  # fmt: skip
    edges, notes = extract_relations([doc], [article], overrides)
    assert notes == []
    assert [(r.target, r.kind, r.why) for r in edges] == [
        ("中华人民共和国职业分类大典", "cites", "the same book"),
        ("某法", "cites", "implied"),
    ]


def test_a_stale_override_is_reported_not_ignored(tmp_path):
    doc, article = _small()
    overrides = _overrides(tmp_path, """
relations:
  - {source: d, article: 第九条, target: 不存在的文件, drop: true, why: was there once}
  - {source: d, article: 第九条, target: 某法, add: {kind: cites, quote: 原文没有这句}, why: implied}
""")  # fmt: skip
    edges, notes = extract_relations([doc], [article], overrides)
    assert len(edges) == 2 and len(notes) == 2
    assert "没有匹配任何抽取出的关系" in notes[0] and "不是该条文的原文" in notes[1]


@pytest.mark.parametrize(
    "text",
    [
        "relations:\n  - {source: d, article: 第九条, target: x, drop: true}\n",  # no why
        "relations:\n  - {source: d, target: x, drop: true, why: w}\n",  # no article
        "relations:\n  - {source: d, article: a, target: x, set: {kind: mentions}, why: w}\n",  # unknown kind
        "relations: [\n",  # not YAML
    ],
)
def test_a_bad_override_file_is_refused_by_name(tmp_path, text):
    with pytest.raises(CorpusFileError, match="relations.yaml"):
        _overrides(tmp_path, text)


def test_the_check_reports_a_stale_override(real_corpus):
    from ingest.check import check_corpus

    real_corpus.relations_file.write_text(
        "relations:\n  - {source: cn-2023-dc2db9, article: 第一条, target: 不存在, drop: true, why: w}\n", encoding="utf-8"
    )
    problems = check_corpus(real_corpus)
    assert any("不存在" in p and "需要复核" in p for p in problems), problems


def test_a_build_without_the_graph_is_an_earlier_versions_and_ingest_replaces_it(real_corpus):
    """A format-2 build (before the graph) is stale, not damaged: `policy ingest` rebuilds it with its graph."""
    from assistant.errors import IndexStale
    from assistant.store import current_build, open_index
    from ingest.pipeline import ingest

    ingest(real_corpus)
    build = current_build(real_corpus)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("relations")
    manifest["format"] = 2
    for table in ("sizes", "hashes"):
        manifest[table].pop("relations.jsonl")
    (build / "relations.jsonl").unlink()
    (build / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexStale, match="格式 2"):
        open_index(real_corpus)
    report = ingest(real_corpus)
    assert report.replaced.startswith("现有索引已过期") and not report.up_to_date
    assert len(open_index(real_corpus).relations) == len(_expected())
