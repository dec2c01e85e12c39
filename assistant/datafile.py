"""The project's YAML data files (facts, rules' parameters, regions, synonyms …), read one way.

With libyaml (PyYAML's C extension, in the PyPI wheels) the project's data files load in a
fraction of the time of the pure-Python reader, into the same Python objects; without it, the
pure-Python safe loader.  Either way only plain data is built (no Python objects named by the file).

A new process still spends 0.1–0.15 s building the objects of the 45 files a first answer reads.
So `policy ingest` also writes them, parsed, to ``<POLICY_HOME>/cache/data.marshal``
(``prepare_cache``): each file's objects pickled under the SHA-1 of its text (read back by an
unpickler that admits no class but ``datetime``'s: only plain data can come out of it), the
whole checksummed and stamped with PyYAML's version and loader.  ``load_yaml`` answers from it
when the text it is given is one it holds — the same objects, rebuilt in microseconds — and
parses the YAML otherwise: a file edited since (a stale entry is never found, its text hashes
differently), a cache of another PyYAML, or one that is damaged (it is then ignored, and the
next `policy ingest` writes it again).  Reading never writes.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
import threading
from pathlib import Path

import yaml

from assistant.stamped import default_cache_dir, read_stamped, write_stamped

logger = logging.getLogger(__name__)

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_NAME = "data.marshal"
_STAMP = f"policy-data-1;yaml {yaml.__version__};{LOADER.__name__}"
_PACKAGE = Path(__file__).resolve().parent

_lock = threading.Lock()
_entries: dict[str, bytes] | None = None  # text sha1 -> pickled objects, once read
_ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"), ("datetime", "timezone")}


class _DataUnpickler(pickle.Unpickler):
    """Plain data only: what YAML's safe loader builds (datetime's values are the only classes)."""

    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not plain data")
        return super().find_class(module, name)


def _unpickle(data: bytes):
    return _DataUnpickler(io.BytesIO(data)).load()


def load_yaml(text: str):
    """``yaml.safe_load``, with libyaml when it is there (answered from the parsed cache when it holds ``text``)."""
    entries = _cache()
    if entries:
        data = entries.get(_key(text))
        if data is not None:
            try:
                return _unpickle(data)
            except Exception:  # checked as a whole when read; never fatal
                logger.warning("a parsed data file in the cache is unreadable; reading its YAML")
    return _parse(text)


def _parse(text: str):
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader, C or Python


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cache_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / CACHE_NAME


def _cache() -> dict[str, bytes]:
    global _entries
    if _entries is None:
        with _lock:
            if _entries is None:
                folder = default_cache_dir()
                _entries = read_cache(cache_path(folder)) if folder is not None else {}
    return _entries


def read_cache(path: Path) -> dict[str, bytes]:
    """The entries of the cache at ``path``; empty when there is none, or it is of another PyYAML or damaged."""
    return read_stamped(
        path,
        _STAMP,
        lambda e: isinstance(e, dict) and all(isinstance(k, str) and isinstance(v, bytes) for k, v in e.items()),
        other="PyYAML",
        instead="reading the YAML files",
    )


def data_files() -> list[Path]:
    """Every YAML data file of the package."""
    return sorted(_PACKAGE.rglob("*.yaml"))


def prepare_cache(cache_dir: Path, files: list[Path] | None = None) -> int:
    """Write the parsed cache of ``files`` (default: every data file of the package) under ``cache_dir``
    unless it holds them already; how many files it holds."""
    path = cache_path(cache_dir)
    entries: dict[str, bytes] = {}
    for file in data_files() if files is None else files:
        text = file.read_text(encoding="utf-8")
        data = _parse(text)
        packed = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            if _unpickle(packed) != data:  # (a NaN is not equal to itself): parsed each time
                continue
        except pickle.UnpicklingError:  # a class the reader does not admit: parsed each time
            continue
        entries[_key(text)] = packed
    if read_cache(path) == entries:
        return len(entries)
    write_stamped(path, _STAMP, entries)
    return len(entries)
