"""Stamped, checksummed marshal files under ``<POLICY_HOME>/cache`` — one way to read and write them.

`policy ingest` writes the cold-start caches (parsed data files, checked patterns) as
``marshal((stamp, sha256(payload), payload))``.  A file of another stamp (another Python or
PyYAML) is not used; a damaged one is ignored with a warning and written again by the next
ingest.  Reading never writes; writing replaces the file atomically.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)


def default_cache_dir() -> Path | None:
    """The cache folder of the settings from the environment; None when they cannot be read."""
    try:
        from assistant.config import Settings

        return Settings.from_env().cache_dir
    except Exception:  # a bad POLICY_* value is reported where settings are read for real
        return None


def read_stamped(path: Path, stamp: str, valid: Callable[[object], bool], *, other: str, instead: str) -> dict:
    """The entries of the file at ``path``; empty when there is none, it has another ``stamp``
    (logged as written by ``other``), or it is damaged or not ``valid`` (logged, saying what is done ``instead``)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    try:
        found, digest, payload = marshal.loads(raw)
        if found != stamp:
            logger.info("%s was written by another %s; not used", path, other)
            return {}
        if not isinstance(payload, bytes) or hashlib.sha256(payload).hexdigest() != digest:
            raise ValueError("checksum does not match")
        entries = marshal.loads(payload)
        if not valid(entries):
            raise ValueError("not the table expected")
        return entries
    except (ValueError, EOFError, TypeError) as error:
        logger.warning("%s is damaged (%s); %s (the next `policy ingest` writes it again)", path, error, instead)
        return {}


def write_stamped(path: Path, stamp: str, entries: dict) -> None:
    """Write ``entries`` to ``path`` with ``stamp`` and their checksum, replacing it atomically."""
    payload = marshal.dumps(entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(marshal.dumps((stamp, hashlib.sha256(payload).hexdigest(), payload)))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
