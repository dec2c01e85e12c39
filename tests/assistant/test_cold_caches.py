"""What a new process reads instead of building (cold start, issue 15), and that answers do not change.

- jieba's dictionary, memory-mapped from ``cache/jieba/dictionary.bin`` (assistant/jieba_compact.py);
- a small build's vectors, searched exactly without Chroma (``vectors.npy``, assistant/retrieve/exact.py);
- the saved BM25 index, read and scored with numpy (assistant.retrieve.lexical.SavedBM25);
- the package's YAML data, parsed once into ``cache/data.marshal`` (assistant/datafile.py).

Each is checked against what it replaces, and a stale or damaged one is never read as good:
it is rebuilt (or ignored until `policy ingest` writes it again) or refused with a Chinese message.
"""

from __future__ import annotations

import io
import json
import marshal
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest
from assistant_support import TODAY, policy_env

from assistant import datafile, jieba_compact, tokenize
from assistant.answer import Assistant
from assistant.config import REPO_ROOT, Settings
from assistant.errors import IndexCorrupt
from assistant.retrieve.dense import DenseStore
from assistant.retrieve.exact import VECTORS, ExactVectors
from assistant.retrieve.hybrid import Filters, HybridSearcher
from assistant.retrieve.lexical import SavedBM25, import_bm25s
from assistant.store import current_build, open_index

QA = REPO_ROOT / "evals/qa/dev.jsonl"


def _questions(limit: int | None = None) -> list[str]:
    lines = QA.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()][:limit]


# ------------------------------------------------------------------ jieba's dictionary
@pytest.fixture(scope="module")
def full():
    """A tokenizer over the whole dictionary, as jieba loads it."""
    return tokenize._full_tokenizer()


@pytest.fixture
def fresh_tokenizer(tmp_path):
    """The process tokenizer made anew over ``tmp_path/jieba``; the module's state restored afterwards."""
    saved = tokenize._dictionary_dir
    tokenize._jieba.cache_clear()
    tokenize.use_dictionary_cache(tmp_path)
    yield tmp_path / "jieba" / jieba_compact.FILE_NAME
    tokenize._dictionary_dir = saved
    tokenize._jieba.cache_clear()


def _cuts(tokenizer, texts: list[str]) -> list[list[str]]:
    return [list(tokenizer.cut_for_search(t.lower())) for t in texts]


def test_the_compact_dictionary_holds_every_word_and_cuts_as_the_full_one(full, tmp_path):
    path = tmp_path / "dictionary.bin"
    jieba_compact.write(path, full.FREQ, full.total, tokenize.tokenizer_id())
    compact = jieba_compact.load(path, tokenize.tokenizer_id())
    assert compact.total == full.total and len(compact) == len(full.FREQ)
    assert dict(compact.items()) == full.FREQ
    assert "不在词典里的词语" not in compact and compact.get("不在词典里的词语", 7) == 7
    import jieba

    over_compact = jieba.Tokenizer()
    over_compact.FREQ, over_compact.total, over_compact.initialized = compact, compact.total, True
    texts = _questions() + ["職業技能等級認定", "高级技师干了5年，能评副高级职称吗？Employment 2024年"]
    assert _cuts(over_compact, texts) == _cuts(full, texts)


def test_a_new_process_cuts_over_the_compact_dictionary(fresh_tokenizer, full):
    tokenize._jieba()  # none yet: the whole dictionary, and the compact one written
    assert fresh_tokenizer.is_file()
    tokenize._jieba.cache_clear()
    tokenizer = tokenize._jieba()
    assert isinstance(tokenizer.FREQ, jieba_compact.CompactFreq)
    assert _cuts(tokenizer, _questions(40)) == _cuts(full, _questions(40))
    # tokenizing in bulk (ingest) takes the whole dictionary into memory: the same cuts
    assert isinstance(tokenize.full_dictionary().FREQ, dict)
    assert _cuts(tokenizer, _questions(40)) == _cuts(full, _questions(40))


def test_a_stale_dictionary_is_written_again(fresh_tokenizer, full):
    jieba_compact.write(fresh_tokenizer, {"技师": 1}, 1, "0" * 16)  # made for another tokenizer
    tokenizer = tokenize._jieba()
    assert isinstance(tokenizer.FREQ, dict)  # not read
    assert _cuts(tokenizer, _questions(20)) == _cuts(full, _questions(20))
    assert jieba_compact.load(fresh_tokenizer, tokenize.tokenizer_id()).total == full.total  # written anew


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: _flip_middle(p),
        lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 3]),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"not a dictionary at all" * 10),
    ],
    ids=["flipped-byte", "truncated", "empty", "garbage"],
)
def test_a_damaged_dictionary_is_never_read_and_is_written_again(fresh_tokenizer, full, damage):
    tokenize._jieba()
    tokenize._jieba.cache_clear()
    damage(fresh_tokenizer)
    with pytest.raises((jieba_compact.CompactDictionaryError, OSError)):
        jieba_compact.load(fresh_tokenizer, tokenize.tokenizer_id())
    tokenizer = tokenize._jieba()  # no crash: the whole dictionary, and the file written again
    assert isinstance(tokenizer.FREQ, dict)
    assert _cuts(tokenizer, _questions(20)) == _cuts(full, _questions(20))
    assert jieba_compact.load(fresh_tokenizer, tokenize.tokenizer_id()).total == full.total


def test_a_home_where_nothing_can_be_written_still_cuts(tmp_path, full):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    saved = tokenize._dictionary_dir
    tokenize._jieba.cache_clear()
    try:
        tokenize.use_dictionary_cache(blocked)
        assert _cuts(tokenize._jieba(), _questions(10)) == _cuts(full, _questions(10))
        assert tokenize.prepare_dictionary(blocked) is False
    finally:
        tokenize._dictionary_dir = saved
        tokenize._jieba.cache_clear()


# ------------------------------------------------------------------ exact dense search
def _chroma_and_exact(index):
    exact = index.nearest
    assert isinstance(exact, ExactVectors)
    return index.dense, exact


def _ranked(results):  # as HybridSearcher.dense orders them
    return [cid for cid, _ in sorted(results, key=lambda p: (-round(p[1], 6), p[0]))]


def _same_top(chroma, exact, vector, k=50, ids=None) -> bool:
    return _ranked(chroma.query(vector, k, ids=ids)) == _ranked(exact.query(vector, k, ids=ids))


def test_a_small_build_keeps_its_vectors_and_they_rank_as_chroma_does(real_index):
    """The same chunks in the same order as Chroma's search, with the same similarities — except
    where Chroma's graph search (approximate, its graph differing from one build to the next) missed
    a nearer chunk: in about half the builds of this corpus, one question in 123.  Then the exact
    list is the better one, rank for rank, never the other way round."""
    assert VECTORS in real_index.manifest["hashes"]  # a file of the build: sized and hashed
    chroma, exact = _chroma_and_exact(real_index)
    assert exact.count() == chroma.count() == len(real_index.chunks)
    searcher = HybridSearcher(real_index)
    regions = sorted({c.region for c in real_index.chunks})
    filters = [None, *(frozenset({r}) for r in regions[:3]), frozenset(regions[1::2])]
    compared = same = 0
    for question in _questions(60):
        vector = real_index.embedder.embed([question])[0]
        for allowed in filters:
            mask = searcher._mask(Filters(regions=allowed))
            ids = None if mask.all() else searcher._chunk_ids[mask].tolist()
            a, b = chroma.query(vector, 50, ids=ids), exact.query(vector, 50, ids=ids)
            assert a and len(a) == len(b)
            if _ranked(a) == _ranked(b):
                same += 1
                assert max(abs(x - y) for (_, x), (_, y) in zip(sorted(a), sorted(b))) < 1e-5
            else:  # Chroma missed nearer chunks: the exact list is as good or better at every rank
                by_chroma, by_exact = sorted((s for _, s in a), reverse=True), sorted((s for _, s in b), reverse=True)
                assert all(e >= c - 1e-5 for c, e in zip(by_chroma, by_exact)), question
                assert sum(by_exact) > sum(by_chroma)
            compared += 1
    assert compared == 60 * len(filters) and same >= 0.97 * compared


def test_the_exact_vectors_search_a_mask_as_they_search_its_chunk_ids(real_index):
    """HybridSearcher hands a small build's vectors the filter's mask itself (no list of ids to map back)."""
    exact = real_index.nearest
    assert isinstance(exact, ExactVectors)
    searcher = HybridSearcher(real_index)
    regions = sorted({c.region for c in real_index.chunks})
    for question in _questions(20):
        vector = real_index.embedder.embed([question])[0]
        for allowed in (frozenset({regions[0]}), frozenset(regions[1::2]), frozenset()):
            mask = searcher._mask(Filters(regions=allowed))
            assert exact.query(vector, 50, mask=mask) == exact.query(vector, 50, ids=searcher._chunk_ids[mask].tolist())
        assert exact.query(vector, 50, mask=np.ones(len(real_index.chunks), dtype=bool)) == exact.query(vector, 50)


def test_answers_are_the_same_searched_exactly_or_in_chroma(real_build):
    """Wherever Chroma found the nearest chunks (all but a question now and then, see above)."""
    settings = real_build[0]
    exact, chroma = open_index(settings), open_index(settings)
    assert isinstance(exact.nearest, ExactVectors)
    chroma.__dict__["nearest"] = chroma.dense  # what every build searched before
    by_exact, by_chroma = Assistant(settings, index=exact), Assistant(settings, index=chroma)
    compared = 0
    for question in _questions():
        if not _same_top(chroma.dense, exact.nearest, exact.embedder.embed([question])[0]):
            continue
        assert by_exact.ask(question, today=TODAY).to_dict() == by_chroma.ask(question, today=TODAY).to_dict(), question
        compared += 1
    assert compared >= 115


def _copy_home(settings: Settings, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    shutil.copytree(settings.home, home)
    return Settings(corpus_dir=settings.corpus_dir, home=home, embedding=settings.embedding)


def test_damaged_vectors_are_refused_with_a_clear_message(real_build, tmp_path):
    from typer.testing import CliRunner

    from assistant.cli import app

    settings = _copy_home(real_build[0], tmp_path)
    _flip_middle(current_build(settings) / VECTORS)
    with pytest.raises(IndexCorrupt) as raised:
        open_index(settings)
    assert "vectors.npy" in str(raised.value)
    result = CliRunner().invoke(app, ["ask", "浙江技师干满几年能评中级职称？"], env=policy_env(settings))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "索引" in result.output and "policy ingest" in result.output


def test_a_build_without_vectors_is_searched_in_chroma(real_build, tmp_path):
    settings = _copy_home(real_build[0], tmp_path)
    build = current_build(settings)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    (build / VECTORS).unlink()  # as a build made before this version
    del manifest["sizes"][VECTORS], manifest["hashes"][VECTORS]
    (build / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    index = open_index(settings)
    assert isinstance(index.nearest, DenseStore)
    reference = open_index(real_build[0])
    for question in _questions(15):
        ours = Assistant(settings, index=index).ask(question, today=TODAY).to_dict()
        assert ours == Assistant(real_build[0], index=reference).ask(question, today=TODAY).to_dict()


def test_a_large_build_keeps_no_vectors(real_corpus, monkeypatch):
    import ingest.index
    from ingest.pipeline import ingest as run_ingest

    monkeypatch.setattr(ingest.index, "EXACT_MAX_CHUNKS", 50)
    run_ingest(real_corpus)
    index = open_index(real_corpus)
    assert len(index.chunks) > 50 and not (index.build / VECTORS).exists()
    assert isinstance(index.nearest, DenseStore)


# ------------------------------------------------------------------ BM25 without bm25s
def test_the_saved_bm25_index_scores_as_bm25s_does(real_index):
    path = real_index.build / "bm25"
    ours, theirs = SavedBM25.read(path), import_bm25s().BM25.load(str(path), mmap=False)
    assert ours.vocab_dict == theirs.vocab_dict and ours.scores["num_docs"] == theirs.scores["num_docs"]
    for question in _questions() + ["劳动保障部", "没有一个词在索引里的问题 xyzzy"]:
        tokens = tokenize.tokenize(question)
        if tokens:
            a, b = ours.get_scores(tokens), theirs.get_scores(tokens)
            assert a.dtype == b.dtype and np.array_equal(a, b), question
    assert type(real_index.lexical._bm25) is SavedBM25


def test_a_bm25_variant_the_reader_does_not_score_is_left_to_bm25s(real_index, tmp_path):
    path = tmp_path / "bm25"
    shutil.copytree(real_index.build / "bm25", path)
    params = json.loads((path / "params.index.json").read_text())
    params["method"] = "bm25+"  # needs its non-occurrence array: bm25s's own code
    (path / "params.index.json").write_text(json.dumps(params))
    assert SavedBM25.read(path) is None


# ------------------------------------------------------------------ parsed data files
@pytest.fixture
def data_cache(tmp_path, monkeypatch):
    """``load_yaml`` over a cache in ``tmp_path`` (read anew); the module's state restored afterwards."""
    monkeypatch.setenv("POLICY_HOME", str(tmp_path))
    monkeypatch.setattr(datafile, "_entries", None)
    return datafile.cache_path(tmp_path / "cache")


def _parses(monkeypatch) -> list[int]:
    calls: list[int] = []
    parse = datafile._parse
    monkeypatch.setattr(datafile, "_parse", lambda text: calls.append(len(text)) or parse(text))
    return calls


def test_parsed_data_files_are_the_objects_yaml_gives(data_cache, monkeypatch):
    files = datafile.data_files()
    assert datafile.prepare_cache(data_cache.parent) == len(files) >= 40
    parses = _parses(monkeypatch)
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert datafile.load_yaml(text) == parse_plain(text), file
    assert parses == []  # every one from the cache
    edited = files[0].read_text(encoding="utf-8") + "\n# edited\n"  # a file edited since: parsed, never stale
    assert datafile.load_yaml(edited) == parse_plain(edited)
    assert parses == [len(edited)]


def parse_plain(text: str):
    import yaml

    return yaml.load(text, Loader=datafile.LOADER)  # noqa: S506 - a safe loader


def test_a_damaged_data_cache_is_ignored_and_written_again(data_cache, monkeypatch):
    datafile.prepare_cache(data_cache.parent)
    _flip_middle(data_cache)
    assert datafile.read_cache(data_cache) == {}
    text = (REPO_ROOT / "assistant/data/regions.yaml").read_text(encoding="utf-8")
    assert datafile.load_yaml(text) == parse_plain(text)
    datafile.prepare_cache(data_cache.parent)
    assert len(datafile.read_cache(data_cache)) == len(datafile.data_files())
    data_cache.write_bytes(b"\x00garbage")
    assert datafile.read_cache(data_cache) == {}


def test_a_data_cache_can_hold_only_plain_data(data_cache, monkeypatch):
    text = "a: 1\n"
    payload = marshal.dumps({datafile._key(text): pickle.dumps(Path("/etc"))})  # a class the reader refuses
    import hashlib

    data_cache.parent.mkdir(parents=True)
    data_cache.write_bytes(marshal.dumps((datafile._STAMP, hashlib.sha256(payload).hexdigest(), payload)))
    assert datafile.load_yaml(text) == {"a": 1}  # parsed instead; nothing built from the file
    with pytest.raises(pickle.UnpicklingError):
        datafile._DataUnpickler(io.BytesIO(pickle.dumps(Path("/etc")))).load()


def test_policy_ingest_prepares_the_next_cold_start(real_corpus):
    from typer.testing import CliRunner

    from assistant.cli import app

    result = CliRunner().invoke(app, ["ingest"], env=policy_env(real_corpus))
    assert result.exit_code == 0, result.output
    cache = real_corpus.cache_dir
    assert jieba_compact.load(cache / "jieba" / jieba_compact.FILE_NAME, tokenize.tokenizer_id()).total > 0
    assert len(datafile.read_cache(datafile.cache_path(cache))) == len(datafile.data_files())
