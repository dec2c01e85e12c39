"""Ingest at scale: streamed in bounded batches, a text embedded once, the same index on any number of workers.

Behaviour only, never timings (`policy bench` measures those): how many texts one
embedding call gets, how many vectors one Chroma write holds, how many chunks wait
for their vector at once, and that worker processes change nothing in the build.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.retrieve.dense import DenseStore
from assistant.store import current_build, open_index
from ingest import workers as workers_module
from ingest.index import IndexBuilder, text_key
from ingest.pipeline import ingest
from ingest_support import FIXTURE_RAW

QUERIES = ["高级技师干满几年能评副高", "就业见习补贴标准", "晋中订单式培训补贴", "数字人才", "职业技能等级认定"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """The seed corpus and one synthetic re-issue of it (evals/synth.py): ~900 chunks, some texts shared."""
    from evals import synth

    root = tmp_path_factory.mktemp("synth")
    return synth.make_corpus(synth.load_seed(Settings()), root / "corpus", 900).corpus_dir


def _settings(corpus: Path, home: Path, workers: int) -> Settings:
    return Settings(corpus_dir=corpus, home=home, embedding="hash", ingest_workers=workers)


class _Spy:
    """Records every embedding call and Chroma write of an ingest."""

    def __init__(self, monkeypatch):
        self.embedded: list[int] = []
        self.written: list[int] = []
        embed, add = workers_module.InlineWorkers.embed, DenseStore.add

        def spy_embed(workers, texts):
            self.embedded.append(len(texts))
            return embed(workers, texts)

        def spy_add(store, ids, vectors, metadatas):
            self.written.append(len(ids))
            return add(store, ids, vectors, metadatas)

        monkeypatch.setattr(workers_module.InlineWorkers, "embed", spy_embed)
        monkeypatch.setattr(DenseStore, "add", spy_add)


def test_vectors_stream_in_bounded_batches_and_a_shared_text_is_embedded_once(synthetic, tmp_path, monkeypatch):
    monkeypatch.setattr(IndexBuilder, "EMBED_BATCH", 16)
    monkeypatch.setattr(IndexBuilder, "CHROMA_BATCH", 50)
    monkeypatch.setattr(IndexBuilder, "MAX_WAITING", 100)
    waiting = []
    finish = IndexBuilder.finish
    monkeypatch.setattr(IndexBuilder, "finish", lambda self, *a, **k: waiting.append(self.most_waiting) or finish(self, *a, **k))
    spy = _Spy(monkeypatch)
    settings = _settings(synthetic, tmp_path / "home", workers=1)

    report = ingest(settings, write_parsed=False)

    index = open_index(settings)
    texts = Counter(c.index_text for c in index.chunks)
    assert max(texts.values()) > 1  # the synthetic re-issue shares texts with the seed
    # one vector per distinct text, asked for in batches of at most 16
    assert report.vectors_computed == sum(spy.embedded) == len(texts) < report.chunks
    assert max(spy.embedded) <= 16
    # every chunk written to Chroma once, in writes of at most 50
    assert sum(spy.written) == report.chunks and max(spy.written) <= 50
    # never more chunks waiting for their vector than the bound and one file's chunks
    largest_file = max(Counter(index.documents[c.doc_id].source_file for c in index.chunks).values())
    assert waiting[0] <= 100 + largest_file
    # and each chunk's vector is its own text's
    hits = index.dense.query(index.embedder.embed([index.chunks[7].index_text])[0], k=1)
    assert hits[0][1] == pytest.approx(1.0, abs=1e-5)


def test_adding_one_file_tokenizes_and_embeds_only_its_chunks(make_corpus, monkeypatch):
    import shutil

    from assistant.retrieve import lexical

    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    shutil.copyfile(FIXTURE_RAW / "102_sc_traditional.txt", settings.raw_dir / "102_sc_traditional.txt")
    tokenized = []
    monkeypatch.setattr(lexical, "tokenize", lambda text, real=lexical.tokenize: tokenized.append(text) or real(text))
    spy = _Spy(monkeypatch)

    report = ingest(settings)

    index = open_index(settings)
    new = [c for c in index.chunks if index.documents[c.doc_id].source_file == "102_sc_traditional.txt"]
    assert sorted(tokenized) == sorted(c.index_text for c in new)  # the other chunks' tokens came from the cache
    assert report.vectors_computed == sum(spy.embedded) == len(new)
    assert sum(spy.written) == len(new)  # the unchanged chunks' vectors came with the copied Chroma directory


def _build_contents(settings: Settings) -> dict:
    """What a build holds, comparably: its files, each chunk's vector, BM25 and dense answers."""
    build = current_build(settings)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    index = open_index(settings)
    store = index.dense
    got = store._collection.get(include=["embeddings", "metadatas"])
    vectors = {i: np.asarray(v) for i, v in zip(got["ids"], got["embeddings"])}
    return {
        "files": {n: (build / n).read_bytes() for n in ("documents.jsonl", "articles.jsonl", "chunks.jsonl", "relations.jsonl")},
        "counts": {k: manifest[k] for k in ("documents", "articles", "chunks", "relations", "skipped", "warnings", "files")},
        "vectors": vectors,
        "metadatas": dict(zip(got["ids"], got["metadatas"])),
        "bm25": [index.lexical.scores(q) for q in QUERIES],
        "dense": [store.query(index.embedder.embed([q])[0], k=20) for q in QUERIES],
    }


@pytest.mark.slow
def test_two_workers_build_the_same_index_as_one(synthetic, tmp_path):
    corpus = tmp_path / "corpus"
    import shutil

    shutil.copytree(synthetic, corpus)
    (corpus / "raw" / "zz_empty.txt").write_bytes(b"")  # a refused file goes through the workers too

    one = ingest(_settings(corpus, tmp_path / "one", workers=1), write_parsed=False)
    two = ingest(_settings(corpus, tmp_path / "two", workers=2), write_parsed=False)

    assert (one.documents, one.articles, one.chunks, one.skipped) == (two.documents, two.articles, two.chunks, two.skipped)
    assert one.vectors_computed == two.vectors_computed > 0
    assert sorted(two.parsed) == sorted(one.parsed)
    a = _build_contents(_settings(corpus, tmp_path / "one", 1))
    b = _build_contents(_settings(corpus, tmp_path / "two", 2))
    assert a["files"] == b["files"] and a["counts"] == b["counts"] and a["metadatas"] == b["metadatas"]
    assert a["counts"]["relations"] > 0  # the graph, read in the workers, is the same too
    assert a["vectors"].keys() == b["vectors"].keys()
    assert all(np.array_equal(a["vectors"][i], b["vectors"][i]) for i in a["vectors"])
    assert all(np.array_equal(x, y) for x, y in zip(a["bm25"], b["bm25"]))
    assert a["dense"] == b["dense"]


def test_worker_count_is_chosen_by_the_size_of_the_work(monkeypatch):
    from ingest.workers import POOL_MIN_TEXTS, worker_count

    monkeypatch.setattr(workers_module, "usable_cores", lambda: 2)
    assert worker_count(0, POOL_MIN_TEXTS - 1) == 0  # a small ingest stays in this process
    assert worker_count(0, POOL_MIN_TEXTS) == 2
    assert worker_count(1, 10**6) == 0
    assert worker_count(3, 1) == 3
    monkeypatch.setattr(workers_module, "usable_cores", lambda: 64)
    assert worker_count(0, 10**6) == workers_module.MAX_AUTO_WORKERS
    monkeypatch.setattr(workers_module, "usable_cores", lambda: 1)
    assert worker_count(0, 10**6) == 0


def test_text_key_names_the_text():
    assert text_key("就业见习") == text_key("就业见习") != text_key("就业见习。")


def test_a_worker_that_dies_is_a_clear_message_and_the_live_index_stays(make_corpus, monkeypatch):
    import shutil
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool
    from contextlib import contextmanager

    from assistant.errors import PolicyError

    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    live = current_build(settings)
    shutil.copyfile(FIXTURE_RAW / "102_sc_traditional.txt", settings.raw_dir / "102_sc_traditional.txt")

    class Dying(workers_module.InlineWorkers):
        processes = 2

        def embed(self, texts):
            future = Future()
            future.set_exception(BrokenProcessPool("A process in the process pool was terminated abruptly"))
            return future

    @contextmanager
    def dying(setting, texts, embedding, fixes):
        yield Dying(embedding, fixes)

    monkeypatch.setattr(workers_module, "start_workers", dying)
    with pytest.raises(PolicyError, match="工作进程意外退出.*POLICY_INGEST_WORKERS=1"):
        ingest(settings)
    assert current_build(settings) == live
    assert not [p for p in (settings.index_dir / "builds").iterdir() if p.name.endswith(".tmp")]


def test_a_large_collection_is_read_back_whole_a_page_at_a_time(tmp_path):
    """Ingest reads the previous build's ids and text hashes to copy its vectors forward; one
    Chroma ``get`` of a 100k collection failed ("too many SQL variables") and every vector was
    written again on each incremental ingest."""
    from assistant.retrieve import dense

    store = DenseStore.open("chunks", path=tmp_path / "chroma", create=True)
    n = 33_000  # past SQLite's 32,766 variables, and more than one page
    vectors = np.random.default_rng(0).standard_normal((n, 4)).astype(np.float32)
    store.add([f"c{i:06d}" for i in range(n)], vectors, [{"h": f"h{i}"} for i in range(n)])
    ids, hashes = store.ids_and_hashes()
    store.close()
    assert len(ids) == len(set(ids)) == n
    assert dict(zip(ids, hashes)) == {f"c{i:06d}": f"h{i}" for i in range(n)}


# ------------------------------------------------------------------ the document graph, streamed
RELATIONS_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "relations"

# A later Jiangsu measure that repeals the one 100_js_notice_measure.txt issues (苏人社规〔2024〕3号).
REPEALING = """江苏省人力资源和社会保障厅关于印发
《江苏省技能人才培训补贴管理办法（2025年修订）》的通知
苏人社规[2025]9号
各设区市人力资源社会保障局:
现将《江苏省技能人才培训补贴管理办法（2025年修订）》印发给你们,请认真贯彻执行。
江苏省人力资源和社会保障厅
2025年6月1日

江苏省技能人才培训补贴管理办法（2025年修订）
第一章 总则
第一条 为规范技能人才培训补贴管理,提高资金使用效益,制定本办法。
第二条 取得高级工证书的,每人补贴1800元。
第三条 本办法自2025年7月1日起施行。《江苏省技能人才培训补贴管理办法》（苏人社规〔2024〕3号）同时废止。
"""


def _whole_corpus_graph(index):
    """The graph and validity as computed before ingest streamed: every document and article in memory at once."""
    from ingest.relations import RelationOverrides, apply_repeals, extract_relations

    documents = list(index.documents.values())
    relations, _ = extract_relations(documents, index.articles, RelationOverrides.load(index.settings.relations_file))
    return relations, {d.doc_id: d for d in apply_repeals(documents, relations)}


def test_a_streamed_build_has_the_graph_and_validity_of_the_build_before_streaming(real_build, real_index):
    """relations.jsonl byte for byte, and every document's validity, as main's whole-corpus ingest wrote
    them for the seed corpus before ingest streamed (tests/fixtures/relations/seed_*, taken from that build),
    and as the whole-corpus functions compute them from this build's own documents and articles."""
    settings, _ = real_build
    build = current_build(settings)
    assert (build / "relations.jsonl").read_bytes() == (RELATIONS_FIXTURES / "seed_relations.jsonl").read_bytes()
    statuses = json.loads((RELATIONS_FIXTURES / "seed_statuses.json").read_text(encoding="utf-8"))
    written = [json.loads(line) for line in (build / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {d["doc_id"]: {k: d[k] for k in ("effective_date", "expiry_date", "validity_basis")} for d in written} == statuses
    relations, documents = _whole_corpus_graph(real_index)
    assert real_index.relations == relations
    assert real_index.documents == documents


def test_adding_a_file_that_repeals_another_updates_its_validity_reading_only_the_new_file(make_corpus, monkeypatch):
    from datetime import date

    from ingest import relations as relations_module

    settings = make_corpus("100_js_notice_measure.txt")
    ingest(settings)
    before = open_index(settings)
    (old,) = [d for d in before.documents.values() if d.title == "江苏省技能人才培训补贴管理办法"]
    assert old.expiry_date == date(2027, 3, 31) and old.status_on(date(2026, 1, 1)) == "in_force"
    before.close()
    (settings.raw_dir / "110_js_repeal.txt").write_text(REPEALING, encoding="utf-8")
    read = []
    statements, resolve = relations_module.article_statements, relations_module.resolve_relations

    def spy_statements(doc, article, aliases):
        read.append(doc.doc_id)
        return statements(doc, article, aliases)

    def spy_resolve(documents, stated, *args):
        assert not any(d.text for d in documents)  # the documents' metadata only, not their text
        assert not isinstance(stated, list)  # the statements streamed back, not held
        return resolve(documents, stated, *args)

    monkeypatch.setattr(relations_module, "article_statements", spy_statements)
    monkeypatch.setattr(relations_module, "resolve_relations", spy_resolve)

    report = ingest(settings)
    monkeypatch.undo()

    assert report.parsed == ["110_js_repeal.txt"] and report.cached == ["100_js_notice_measure.txt"]
    index = open_index(settings)
    new = {d.doc_id for d in index.documents.values() if d.source_file == "110_js_repeal.txt"}
    assert read and set(read) <= new  # the unchanged file's articles were not read again for the graph
    repeal = [r for r in index.relations if r.kind == "repeals"]
    assert [(r.target, r.article, r.in_corpus) for r in repeal] == [(old.doc_id, "第三条", True)]
    repealed = index.documents[old.doc_id]
    assert repealed.expiry_date == date(2025, 6, 30) and "废止" in repealed.validity_basis
    assert repealed.status_on(date(2026, 1, 1)) == "expired" and repealed.text == old.text
    assert index.manifest["relations"] == len(index.relations)
    # the same graph and validity as the whole corpus gives, computed in memory at once
    relations, documents = _whole_corpus_graph(index)
    assert index.relations == relations and index.documents == documents
    parsed = (settings.parsed_dir / "documents.jsonl").read_text(encoding="utf-8")
    assert parsed == (current_build(settings) / "documents.jsonl").read_text(encoding="utf-8")
