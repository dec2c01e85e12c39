"""The declared patterns (cues, topics … of the YAML files): checked once, run only where they can match.

Understanding reads every message against a few hundred declared regular expressions —
each fact's cues (``assistant/rules/facts/*.yaml``), each topic's words (``topics.yaml``,
the clauses and amounts) — and almost all of them cannot match a given message:
``考核(?:都)?合格`` cannot match a text without 考核.  A pattern's *needs* are a set of
pieces — a character, or two characters side by side — one of which every match of it
contains, read from its parse tree (``needs``).  ``Patterns.candidates(text)`` gives the
patterns whose needs meet the text's pieces (its characters and its pairs of adjacent
characters): about a tenth of the cues and topics on the QA sets.  A pattern is compiled
the first time a text can match it.  What a caller finds is exactly what searching every
pattern finds: a pattern left out could not have matched.

Why the needs hold (``_needs_of``): a match of a sequence is made of a match of each of its
items, in order and side by side, so it contains what any one of its items needs, and two
literal characters that follow each other in the sequence appear side by side in it (the
item whose set is least likely to meet a text is taken: a pair counts as an eighth of a
character); a literal needs itself; a character class of listed characters (and short
ranges) needs one of them; a repeat at least once needs what its body needs; an alternation
needs what one of its branches needs (the union; if one branch needs nothing, nothing); a
group needs what its body needs.  Everything else — ``.``, ``\\d``, a negated class,
anchors, look-arounds, back-references, a repeat that may be empty, and any pattern read
case-insensitively — needs nothing (such a pattern is always run).
``tests/assistant/test_patterns.py`` checks this against ``re`` on every declared pattern
and every QA question, exhaustively on each construct, and on random patterns.

A new process would still pay for the declared patterns before its first answer: each one
was compiled when the data loaded (so that a broken pattern is refused then, not when a
person types), and reading its needs parses it.  So `policy ingest` writes what it learnt
to ``<POLICY_HOME>/cache/patterns.marshal`` (``prepare_cache``): every declared pattern that
compiles, with its needs, stamped with this Python's version and checksummed.  A pattern
found there is known to compile under this Python (``check`` passes it without compiling)
and its needs are read, not parsed; a pattern not there (a data file edited since) is
compiled and parsed as before.  A cache of another Python or a damaged one is ignored.
Reading never writes.
"""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path
from typing import Iterable

from assistant.stamped import default_cache_dir, read_stamped, write_stamped


CACHE_NAME = "patterns.marshal"

try:  # the parser behind re.compile (CPython 3.11: re._parser, re._constants)
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - another Python: every pattern is run, as before
    _sre_constants = _sre_parser = None

_STAMP = f"policy-patterns-2;{sys.version};{getattr(_sre_constants, 'MAGIC', None)}"
_SHORT_RANGE = 64  # a class range of at most this many characters is listed; a longer one needs nothing
_SMALL_TABLE = 16  # up to this many patterns, a table checks each one's needs instead of looking the pieces up

_lock = threading.Lock()
_persisted: dict[str, list[str] | None] | None = None  # pattern -> its needs (pieces, or None), once read
_needs: dict[str, frozenset[str] | None] = {}  # what this process knows
_compiled: dict[str, re.Pattern[str]] = {}  # declared patterns compiled in this process (never evicted, unlike re's cache)
_declared: set[str] = set()  # every pattern checked or put in a table in this process (what prepare_cache writes)


# ------------------------------------------------------------------ needs
def needs(pattern: str) -> frozenset[str] | None:
    """Pieces (a character, or two side by side) one of which every match of ``pattern`` contains;
    None when no such set is known.

    >>> sorted(needs("考核(?:都)?合格"))
    ['考核']
    >>> sorted(needs("(领|拿)过|享受")), sorted(needs("[甲乙]丙"))
    (['享受', '过'], ['丙'])
    >>> needs("(?:多少)?钱?"), needs(r"\\d+年"), needs("(?i)abc")
    (None, frozenset({'年'}), None)
    """
    known = _needs.get(pattern, _MISSING)
    if known is not _MISSING:
        return known
    stored = _cache().get(pattern, _MISSING)
    value = (frozenset(stored) if stored is not None else None) if stored is not _MISSING else _parse_needs(pattern)
    _needs[pattern] = value
    return value


_MISSING = object()
_PAIR_WEIGHT, _CHAR_WEIGHT = 1, 8  # how likely a piece is to be in a text: a pair of characters far less than one


def _parse_needs(pattern: str) -> frozenset[str] | None:
    if _sre_parser is None:
        return None
    parsed = _sre_parser.parse(pattern, 0)
    return _needs_of(parsed, parsed.state.flags)


def _weight(need: frozenset[str]) -> int:
    return sum(_PAIR_WEIGHT if len(piece) == 2 else _CHAR_WEIGHT for piece in need)


def _needs_of(items, flags: int) -> frozenset[str] | None:
    """A sequence: of what its items need (and the pairs its adjacent literals make), the least likely set."""
    best = None
    before = None  # the literal character just before this item, if it was one
    for op, av in items:
        if op is _sre_constants.LITERAL and not flags & _sre_constants.SRE_FLAG_IGNORECASE:
            need = frozenset({before + chr(av)}) if before is not None else frozenset(chr(av))
            before = chr(av)
        else:
            need = _item_needs(op, av, flags)
            before = None
        if need is not None and (best is None or _weight(need) < _weight(best)):
            best = need
    return best


def _item_needs(op, av, flags: int) -> frozenset[str] | None:
    c = _sre_constants
    if flags & c.SRE_FLAG_IGNORECASE:
        return None
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < _SHORT_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, a category (\d, \s …), a long range
                return None
        return frozenset(chars) or None
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return _needs_of(body, (flags | add_flags) & ~del_flags)
    if op is c.ATOMIC_GROUP:
        return _needs_of(av, flags)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _needs_of(body, flags) if low >= 1 else None
    if op is c.BRANCH:
        pieces: set[str] = set()
        for branch in av[1]:
            need = _needs_of(branch, flags)
            if need is None:
                return None
            pieces |= need
        return frozenset(pieces)
    return None  # ANY, AT, ASSERT, ASSERT_NOT, GROUPREF, GROUPREF_EXISTS, CATEGORY, NOT_LITERAL …


_last_pieces: tuple[str, frozenset[str]] = ("", frozenset())


def pieces(text: str) -> frozenset[str]:
    """The characters of ``text`` and its pairs of adjacent characters (the last text's kept: the
    tables of one message ask for them in turn).

    >>> sorted(pieces("考核合格"))
    ['合', '合格', '核', '核合', '格', '考', '考核']
    """
    global _last_pieces
    last_text, last = _last_pieces
    if text == last_text:
        return last
    found = frozenset([*text, *(text[i : i + 2] for i in range(len(text) - 1))])
    _last_pieces = (text, found)  # one assignment: another thread sees the old pair or the new
    return found


# ------------------------------------------------------------------ checking and compiling
def check(pattern: str) -> str:
    """``pattern``, refused (``re.error``) if it does not compile; one the cache holds is known to compile.

    >>> check("合格|达标")
    '合格|达标'
    >>> check("(合格")
    Traceback (most recent call last):
    ...
    re.error: missing ), unterminated subpattern at position 0
    """
    if pattern not in _compiled and pattern not in _cache():
        compiled(pattern)
    _declared.add(pattern)  # only once known to compile: a refused pattern is no declared one
    return pattern


def compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, kept for the life of the process."""
    found = _compiled.get(pattern)
    if found is None:
        found = _compiled[pattern] = re.compile(pattern)
    return found


class Patterns:
    """A table of declared patterns searched in one text: only those that can match it are run.

    >>> table = Patterns(["考核(?:都)?合格", "不合格", "在岗"])
    >>> list(table.candidates("近三年考核都合格")), list(table.candidates("近三年考核不合格"))
    ([0], [0, 1])
    >>> [i for i in table.candidates("近三年考核不合格") if table.search(i, "近三年考核不合格")]
    [1]
    """

    def __init__(self, patterns: Iterable[str]):
        self.patterns = tuple(patterns)
        _declared.update(self.patterns)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.patterns)
        self._needs = tuple(needs(p) for p in self.patterns)
        by_piece: dict[str, list[int]] = {}
        for i, need in enumerate(self._needs):
            for piece in need or ():
                by_piece.setdefault(piece, []).append(i)
        self._always = tuple(i for i, need in enumerate(self._needs) if need is None)  # run on every text
        self._by_piece = {piece: tuple(found) for piece, found in by_piece.items()}  # piece -> the patterns needing it
        self._small = len(self.patterns) <= _SMALL_TABLE

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, text: str) -> list[int]:
        """The indexes, ascending, of the patterns that can match ``text`` (the others cannot)."""
        found_in = pieces(text)
        if self._small:  # a few patterns: each one's needs against the text's pieces
            return [i for i, need in enumerate(self._needs) if need is None or not need.isdisjoint(found_in)]
        found = set(self._always)
        by_piece = self._by_piece
        for piece in found_in:
            patterns = by_piece.get(piece)
            if patterns:
                found.update(patterns)
        return sorted(found)

    def can_match(self, i: int, text: str) -> bool:
        need = self._needs[i]
        return need is None or not need.isdisjoint(pieces(text))

    def pattern(self, i: int) -> re.Pattern[str]:
        found = self._compiled[i]
        if found is None:
            found = self._compiled[i] = compiled(self.patterns[i])
        return found

    def search(self, i: int, text: str) -> re.Match[str] | None:
        """Pattern ``i`` searched in ``text`` (compiled on first use)."""
        return self.pattern(i).search(text)


# ------------------------------------------------------------------ the cache
def cache_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / CACHE_NAME


def _cache() -> dict[str, list[str] | None]:
    global _persisted
    if _persisted is None:
        with _lock:
            if _persisted is None:
                folder = default_cache_dir()
                _persisted = read_cache(cache_path(folder)) if folder is not None else {}
    return _persisted


def read_cache(path: Path) -> dict[str, list[str] | None]:
    """The patterns the cache at ``path`` holds with their needs; empty when there is none, or it is
    of another Python, or damaged."""
    return read_stamped(
        path,
        _STAMP,
        lambda e: isinstance(e, dict)
        and all(isinstance(k, str) and (v is None or (isinstance(v, list) and all(isinstance(p, str) and 1 <= len(p) <= 2 for p in v))) for k, v in e.items()),
        other="Python",
        instead="patterns are compiled as they load",
    )


def declared_tables() -> None:
    """Load every declared pattern table (what a first answer reads), so that ``_declared`` holds them."""
    from assistant.rules import route
    from assistant.understand import intents, slots

    slots.cue_table()
    route.topic_table()
    intents.intents()


def prepare_cache(cache_dir: Path) -> int:
    """Write every declared pattern that compiles, with its needs, under ``cache_dir`` (unless it
    holds them already); how many patterns it holds."""
    declared_tables()
    entries: dict[str, list[str] | None] = {}
    for pattern in sorted(_declared):
        try:
            compiled(pattern)
            need = _parse_needs(pattern)
        except (re.error, RecursionError):  # refused where it is declared; never cached as good
            continue
        entries[pattern] = sorted(need) if need is not None else None
    path = cache_path(cache_dir)
    if read_cache(path) == entries:
        return len(entries)
    write_stamped(path, _STAMP, entries)
    return len(entries)
