"""BM25 built from streamed token ids scores exactly as bm25s indexing the token lists does."""

from __future__ import annotations

import numpy as np

from assistant.retrieve.lexical import EMPTY, K1, B, LexicalBuilder, LexicalIndex, import_bm25s
from assistant.store import TokenCache
from assistant.tokenize import tokenize, tokenizer_id

QUERIES = ["高级技师干满几年能评副高", "就业见习补贴标准", "晋中订单式培训补贴", "住房公积金", "数字人才", "！！"]


def _reference(texts: list[str]) -> LexicalIndex:
    """What LexicalIndex.build did before streaming: bm25s over lists of token strings."""
    bm25 = import_bm25s().BM25(k1=K1, b=B, method="lucene")
    bm25.index([tokenize(t) or [EMPTY] for t in texts], show_progress=False)
    return LexicalIndex(bm25)


def test_streamed_ids_score_as_token_lists_on_the_real_corpus(real_index):
    texts = [c.index_text for c in real_index.chunks] + ["", "。。。"]  # and chunks with no word
    expected = _reference(texts)
    builder = LexicalBuilder()
    for start in range(0, len(texts), 37):  # streamed in uneven parts
        part = texts[start : start + 37]
        builder.add([f"t{start + i}" for i in range(len(part))], part)
    streamed = builder.build()
    assert streamed.size == expected.size == len(texts)
    for query in QUERIES + [t[:30] for t in texts[::50]]:
        assert np.array_equal(streamed.scores(query), expected.scores(query)), query


def test_equal_texts_share_one_key_and_score_alike():
    builder = LexicalBuilder()
    builder.add(["a", "b", "a"], ["就业见习补贴", "高级技师评副高", "就业见习补贴"])
    index = builder.build()
    scores = index.scores("见习补贴")
    assert index.size == 3 and scores[0] == scores[2] > scores[1]


def test_tokens_come_from_the_cache_when_a_text_was_tokenized_before(tmp_path, monkeypatch):
    from assistant.retrieve import lexical

    cache = TokenCache(tmp_path / "tokens.sqlite")
    LexicalBuilder(cache).add(["k1", "k2"], ["就业见习补贴", "高级技师评副高"])
    assert cache.get_many(tokenizer_id(), ["k1", "k2", "k3"]) == {"k1": tokenize("就业见习补贴"), "k2": tokenize("高级技师评副高")}

    calls = []
    monkeypatch.setattr(lexical, "tokenize", lambda text: calls.append(text) or tokenize(text))
    builder = LexicalBuilder(TokenCache(tmp_path / "tokens.sqlite"))
    builder.add(["k1", "k3"], ["就业见习补贴", "数字人才"])
    assert calls == ["数字人才"]  # only the text not seen before went through jieba
    assert builder.build().size == 2


def test_a_short_text_is_tokenized_once_and_every_caller_gets_its_own_list(monkeypatch):
    from assistant import tokenize as module

    module._recent.cache_clear()
    calls = []
    words = module._words
    monkeypatch.setattr(module, "_words", lambda text: calls.append(text) or words(text))
    first = module.tokenize("浙江高级技师评副高要几年？")
    first.append("changed by a caller")
    again = module.tokenize("浙江高级技师评副高要几年？")
    assert calls == ["浙江高级技师评副高要几年？"]  # jieba ran once
    assert "changed by a caller" not in again and again == first[:-1]
    long_text = "高级技师" * 100  # a chunk's length: not remembered
    module.tokenize(long_text), module.tokenize(long_text)
    assert calls.count(long_text) == 2
