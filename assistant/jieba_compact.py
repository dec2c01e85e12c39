"""jieba's word-frequency dictionary in a compact binary form, read without loading it.

A new process's ``jieba.Tokenizer`` unmarshals its prefix dictionary (about 580k words and
prefixes with their frequencies, our domain words added) before it can cut one question:
0.5–0.6 s of a cold `policy ask` on this machine, for a question that looks up a few
hundred substrings.  Here that dictionary — exactly the ``FREQ`` and ``total`` the tokenizer
has after loading jieba's dictionary and ``assistant/data/userdict.txt`` — is written once under
``<POLICY_HOME>/cache/jieba/`` as an open-addressing hash table that is memory-mapped and
looked up in place (``CompactFreq``: ``in``, ``[]`` and ``get``, the operations jieba's cutting
uses), so opening it costs a few milliseconds and every cut is the one the full dictionary gives.

The file names the tokenizer it was made for (``assistant.tokenize.tokenizer_id``: this
code, the domain dictionary, jieba's version) and carries a CRC-32 of its body: a file made
for another tokenizer is stale and written again, a damaged one (bad magic, wrong size,
checksum) is ignored and written again; neither is ever read as a dictionary.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
import zlib
from array import array
from pathlib import Path

logger = logging.getLogger(__name__)

MAGIC = b"PJDICT01"
_HEADER = struct.Struct("<8sIIQQQQI16s")  # magic, byte-order mark, spare, entries, slots, total, blob bytes, body crc32, key
_BOM = 0x01020304
_EMPTY = 0xFFFFFFFF
FILE_NAME = "dictionary.bin"


class CompactDictionaryError(ValueError):
    """The file is not a whole compact dictionary for this tokenizer (stale or damaged)."""


def _hash(word: bytes) -> int:
    return zlib.crc32(word)


def write(path: Path, freq: dict[str, int], total: int, key: str) -> None:
    """Write ``freq`` (word → frequency) and ``total`` as a compact dictionary for ``key``, atomically."""
    words = list(freq)
    encoded = [w.encode("utf-8") for w in words]
    n = len(words)
    slots_n = 1
    while slots_n < 2 * n + 1:  # load factor ≤ 1/2: short probe chains
        slots_n *= 2
    mask = slots_n - 1
    slots = array("I", [_EMPTY]) * slots_n
    for i, word in enumerate(encoded):
        s = _hash(word) & mask
        while slots[s] != _EMPTY:
            s = (s + 1) & mask
        slots[s] = i
    offsets = array("I", [0]) * (n + 1)
    position = 0
    for i, word in enumerate(encoded):
        offsets[i] = position
        position += len(word)
    offsets[n] = position
    freqs = array("q", (freq[w] for w in words))
    blob = b"".join(encoded)
    body = slots.tobytes() + offsets.tobytes() + freqs.tobytes() + blob
    header = _HEADER.pack(MAGIC, _BOM, 0, n, slots_n, int(total), len(blob), zlib.crc32(body), key.encode("ascii")[:16].ljust(16, b"\0"))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(header)
            handle.write(body)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class CompactFreq:
    """A read-only word → frequency mapping over a compact dictionary file (memory-mapped).

    Words set on it (``jieba.Tokenizer.add_word``) are kept in a small dict in front of the file.
    """

    def __init__(self, path: Path, key: str):
        with open(path, "rb") as handle:
            try:
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError as error:  # an empty file cannot be mapped
                raise CompactDictionaryError("empty file") from error
        try:
            self.total = self._check(key)
        except BaseException:
            self._map.close()
            raise
        self._added: dict[str, int] = {}

    def _check(self, key: str) -> int:
        m = self._map
        if len(m) < _HEADER.size:
            raise CompactDictionaryError("shorter than its header")
        magic, bom, _, n, slots_n, total, blob_len, crc, stored_key = _HEADER.unpack_from(m, 0)
        if magic != MAGIC or bom != _BOM:
            raise CompactDictionaryError("not a compact dictionary of this format")
        if stored_key.rstrip(b"\0") != key.encode("ascii")[:16]:
            raise CompactDictionaryError("made for another tokenizer")
        if slots_n == 0 or slots_n & (slots_n - 1) or slots_n <= n:
            raise CompactDictionaryError("bad table size")
        start = _HEADER.size
        ends = (start + 4 * slots_n, 4 * (n + 1), 8 * n, blob_len)
        size = sum(ends)
        if len(m) != size:
            raise CompactDictionaryError("wrong size")
        if zlib.crc32(memoryview(m)[start:]) != crc:
            raise CompactDictionaryError("checksum does not match")
        view = memoryview(m)
        a = start + 4 * slots_n
        b = a + 4 * (n + 1)
        c = b + 8 * n
        self._slots = view[start:a].cast("I")
        self._offsets = view[a:b].cast("I")
        self._freqs = view[b:c].cast("q")
        self._blob = c
        self._mask = slots_n - 1
        self._n = n
        if self._offsets[n] != blob_len:
            raise CompactDictionaryError("bad offsets")
        return total

    def _find(self, word: str) -> int:
        """The frequency of ``word``, or -1 when it is not in the file."""
        data = word.encode("utf-8")
        slots, offsets, m, blob, mask = self._slots, self._offsets, self._map, self._blob, self._mask
        s = zlib.crc32(data) & mask
        while True:
            i = slots[s]
            if i == _EMPTY:
                return -1
            start = offsets[i]
            end = offsets[i + 1]
            if end - start == len(data) and m[blob + start : blob + end] == data:
                return self._freqs[i]
            s = (s + 1) & mask

    def __contains__(self, word) -> bool:
        return word in self._added or (isinstance(word, str) and self._find(word) >= 0)

    def __getitem__(self, word):
        if word in self._added:
            return self._added[word]
        value = self._find(word) if isinstance(word, str) else -1
        if value < 0:
            raise KeyError(word)
        return value

    def get(self, word, default=None):
        if word in self._added:
            return self._added[word]
        value = self._find(word) if isinstance(word, str) else -1
        return default if value < 0 else value

    def __setitem__(self, word: str, value: int) -> None:
        self._added[word] = value

    def __len__(self) -> int:
        return self._n + sum(1 for w in self._added if self._find(w) < 0)

    def items(self):
        """Every (word, frequency), those set on the mapping last (for checks; slow)."""
        m, blob, offsets, freqs = self._map, self._blob, self._offsets, self._freqs
        for i in range(self._n):
            word = m[blob + offsets[i] : blob + offsets[i + 1]].decode("utf-8")
            if word not in self._added:
                yield word, freqs[i]
        yield from self._added.items()


def load(path: Path, key: str) -> CompactFreq:
    """The compact dictionary at ``path`` made for ``key``; CompactDictionaryError (or OSError) if it is not whole."""
    return CompactFreq(path, key)
