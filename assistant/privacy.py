"""Personal numbers out of text before it is stored: ID cards, phones, bank cards, e-mail.

People calling a hotline type their ID-card or phone number into the question
("我身份证110101199003074514，能领补贴吗"); the question log and the server's error
log must never keep them.  ``redact`` replaces each with a label and leaves the
numbers a policy question is made of (2000元, 2024年, 〔2023〕102号, 12333, 三万八千五,
2025.10.01) as they are.

People write a number in many ways, and each must be read as the same number:

- the matching runs on a folded copy of the text (``_fold``): Unicode NFKC and the
  shared invisible-character stripping of ``assistant.text`` (zero-width spaces, soft
  hyphens, bidi marks), any other format or combining mark dropped (the keycap in
  1️⃣), every decimal digit as 0–9 (full-width １, Arabic-Indic ١, circled ①), Chinese
  digits read one by one as a phone is read aloud (一三八…, 〇/零, 幺 for 1, 壹贰叁…),
  and separators reduced to one of each kind: any space (NBSP, thin, ideographic) to
  " ", any dash (full-width －, en-dash, minus, ー) to "-", dots (．·・) to ".",
  slashes to "/";
- groups may be split by up to three separator characters ("138  1234  5678",
  "138 - 1234 - 5678"), and a mobile number between any two digits;
- the labels then replace the matching stretches of the *original* text, so the rest
  of the question is kept exactly as typed.

Patterns (GB 11643-1999 for the ID number; the MIIT numbering plan for mobiles):

- E-mail: an address, with ＠ and a full stop 。 in the domain read as @ and ".".
- ID card: 18 characters, six-digit area, birth date 19xx/20xx, three digits, a
  check digit or X; the old 15-digit form.
- Mobile: 1[3-9] and nine digits, with or without +86 / 0086.
- Landline: an area code 0xx or 0xxx (brackets optional) and 7–8 digits, an
  extension after 转 or a dash; ten digits starting with 0, however split.
- Bank card: 16–19 digits, in one run, in groups of four, or six and the rest.
- Any other run of 11 or more digits, in one piece or in groups split by separators:
  no policy figure is that long, and a number that long is someone's (a list of
  amounts typed with spaces, "2000 3000 4000", goes too: privacy wins a tie).  Two
  kinds of run are policy figures and stay: dates joined into a period
  (2024.01.01-2025.12.31, 20240101-20251231) and the cents of an amount (123456789.50
  is nine digits long).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from assistant.text import CHINESE_DIGITS, strip_invisible

ID_CARD = "【身份证号】"
MOBILE = "【手机号】"
LANDLINE = "【电话】"
BANK_CARD = "【银行卡号】"
EMAIL = "【邮箱】"
NUMBER = "【号码】"

# Chinese digits as a number is read aloud digit by digit (一三八…), 幺 for 1, and the
# anti-fraud capitals of receipts and bank forms.  Positional words (十百千万) are not
# digits: 三万八千五 stays 3万8千5, a run of single digits, never a long number.
_CHINESE_DIGITS = {
    **CHINESE_DIGITS,
    "幺": "1",
    **dict(zip("壹贰貳叁叄參肆伍陆陸柒捌玖", "1223334566789")),
}
_DASHES = frozenset("−ー─━⁃﹣")  # besides Unicode's dash punctuation (Pd): minus, prolonged sound mark, box lines
_RANGES = frozenset("〜〰")  # wave dashes say "from … to", like 至: not a separator inside a number
_DOTS = frozenset(".·・•∙‧")
_SLASHES = frozenset("/⁄∕＼\\")
_DROPPED = frozenset(("Cf", "Mn", "Me"))  # format characters, combining and enclosing marks (the keycap ⃣)

_S = r"[ \-./_]"  # one separator character, after folding
_SEP = rf"{_S}{{0,3}}"  # between two groups: nothing, one separator, or a few ("  ", " - ")
_FILL = "\ue000"  # stands in the folded text for what a pattern took: not a digit, letter or separator
_KEPT = "\ue001"  # stands in it for a figure no pattern may take


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """What one character is for matching numbers (see the module docstring); "" for what does not show."""
    if not strip_invisible(char):
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", char):
        category = unicodedata.category(c)
        digit = _CHINESE_DIGITS.get(c)
        if digit is None and category == "Nd":
            digit = str(unicodedata.decimal(c))
        if digit is not None:
            out.append(digit)
        elif category in _DROPPED:
            continue
        elif c.isspace() or category == "Zs":
            out.append(" ")
        elif (category == "Pd" or c in _DASHES) and c not in _RANGES:
            out.append("-")
        elif c in _DOTS:
            out.append(".")
        elif c in _SLASHES:
            out.append("/")
        else:
            out.append(c)
    return "".join(out)


def _fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = _fold_char(char)
        chars.append(folded)
        origin.extend([i] * len(folded))
    return "".join(chars), origin


# Order matters: the most specific first, so a number gets the label that says what it is;
# the net (``_RUN``) is under all of them.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # starts only where a name starts, and never gives back what it read: linear in a long run
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++ ?@ ?[A-Za-z0-9\-]+(?: ?[.。] ?[A-Za-z0-9\-]+)* ?[.。] ?[A-Za-z]{2,}(?![A-Za-z])"
        ),
        EMAIL,
    ),
    (
        re.compile(
            rf"(?<!\d)\d{{6}}{_SEP}(?:19|20)\d\d{_SEP}(?:0[1-9]|1[0-2]){_SEP}(?:0[1-9]|[12]\d|3[01]){_SEP}\d{{3}}{_SEP}[\dXx](?![\dA-Za-z])"
        ),
        ID_CARD,
    ),
    (re.compile(rf"(?<!\d)(?:\d{{4}}{_SEP}){{3}}\d{{4}}(?:{_SEP}\d{{1,3}})?(?!\d)"), BANK_CARD),
    (re.compile(rf"(?<!\d)\d{{6}}{_SEP}\d{{10,13}}(?!\d)"), BANK_CARD),
    (re.compile(rf"(?<![\d+])(?:(?:\+|00) ?86{_SEP})?1[3-9](?:{_SEP}\d){{9}}(?!\d)"), MOBILE),
    (
        re.compile(
            rf"(?:\({_SEP}0(?:{_SEP}\d){{2,3}}{_SEP}\){_SEP}\d(?:{_SEP}\d){{6,}}|(?<!\d)0\d{{2,3}}{_SEP}\d{{3,4}}{_SEP}\d{{4,}})"
            r"(?: ?(?:转|-|ext\.?) ?\d{1,5})?"
        ),
        LANDLINE,
    ),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), ID_CARD),  # the old 15-digit ID
    (re.compile(r"(?<!\d)\d{16,19}(?!\d)"), BANK_CARD),
)
# the net: digits and separators, a check character X at the end
_RUN = re.compile(rf"\d+(?:{_S}{{1,3}}\d+)*(?:{_SEP}[Xx](?![A-Za-z]))?")
# a date (2024.01.01, 2024-1-1, 20240101) and dates joined into a period
_DAY = r"(?:19|20)\d\d(?:[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
_PERIOD = re.compile(rf"{_DAY}(?:{_S}{{1,3}}{_DAY})*")
_DECIMAL = re.compile(r"(\d+)\.\d{1,2}")
# a bracketed area code just before (“(010)”): what follows is the local number
_AREA_BEFORE = re.compile(rf"\({_SEP}0(?:{_SEP}\d){{2,3}}{_SEP}\){_SEP}$")


def _run_label(run: str) -> str | None:
    """The label for a run of digits no pattern took, or None when it stays."""
    amount = _DECIMAL.fullmatch(run)
    digits = sum(c.isdigit() for c in (amount.group(1) if amount else run))  # cents are not part of a number's length
    if digits >= 11:
        return None if _PERIOD.fullmatch(run) else NUMBER
    if digits == 10 and run.startswith("0") and not _PERIOD.fullmatch(run):
        return LANDLINE  # a three-digit area code and seven digits, spelled out with separators
    return None


def _spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, label) in the folded text, in the order the patterns found them."""
    found: list[tuple[int, int, str]] = []

    def take(label: str | None):
        def replace(m: re.Match[str]) -> str:
            chosen = label or _run_label(m.group(0))
            if chosen is None:
                return m.group(0)
            found.append((m.start(), m.end(), chosen))
            return _FILL * (m.end() - m.start())  # same length: positions stay those of ``folded``

        return replace

    # a period of dates standing alone (2024.01.01-2025.12.31) is a policy figure: out of reach of the
    # patterns, which would read a mobile number in 1999.1.1-2000.1.1; inside a longer run
    # (110105-1949-12-31-002X) a date is part of a number and stays in reach
    # (not a number right after a bracketed area code — “(010)20000101” is a landline, whatever date its digits spell)
    folded = _RUN.sub(
        lambda m: _KEPT * len(m.group(0)) if _PERIOD.fullmatch(m.group(0)) and not _AREA_BEFORE.search(m.string, 0, m.start()) else m.group(0),
        folded,
    )
    for pattern, label in _PATTERNS:
        folded = pattern.sub(take(label), folded)
    _RUN.sub(take(None), folded)
    return found


def _end(text: str, end: int) -> int:
    """``end`` moved past what does not show right after it (the keycap of 8️⃣, a zero-width space)."""
    while end < len(text) and not _fold_char(text[end]):
        end += 1
    return end


def redact(text: str) -> str:
    """``text`` with ID-card, phone, bank-card numbers and e-mail addresses replaced by labels.

    >>> redact("我身份证11010119900307451X，手机138 1234 5678，能领2000元吗？")
    '我身份证【身份证号】，手机【手机号】，能领2000元吗？'
    >>> redact("卡号6222 0212 3456 7890 123，电话0571-87654321转8001")
    '卡号【银行卡号】，电话【电话】'
    >>> redact("身份证110105－19491231－002X，手机一三八一二三四五六七八，邮箱zhang＠example.cn")
    '身份证【身份证号】，手机【手机号】，邮箱【邮箱】'
    >>> redact("手机138\u200b1234\u00a05678，卡号6222.0212.3456.7890")
    '手机【手机号】，卡号【银行卡号】'
    >>> redact("人社部发〔2023〕102号，2024年，1880元，拨打12333，三万八千五，2025.10.01起")
    '人社部发〔2023〕102号，2024年，1880元，拨打12333，三万八千五，2025.10.01起'
    >>> redact("电话(010)20000101"), redact("（010）20000101")
    ('电话【电话】', '【电话】')
    """
    folded, origin = _fold(text)
    spans = sorted((origin[start], _end(text, origin[end - 1] + 1), label) for start, end, label in _spans(folded))
    out, at = [], 0
    for start, end, label in spans:
        if end <= at:  # two spans from one original character (NFKC expanded it): already replaced
            continue
        if start >= at:
            out.append(text[at:start])
            out.append(label)
        at = max(at, end)
    out.append(text[at:])
    return "".join(out)


_TOKEN = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .-/_@+%。")
_READ_PAST = 64  # read this much past the limit, so a number at the edge is seen whole


def _in_token(char: str) -> bool:
    """Whether ``char`` can be part of a number or an address once folded (a digit, a letter, a separator, nothing)."""
    return all(c in _TOKEN for c in _fold_char(char))


def redact_prefix(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text`` redacted, reading only a little more than ``limit`` of it.

    Cutting first and redacting after kept the start of a number the cut ran through
    (“…110105194” of an ID card).  Here the text is read ``_READ_PAST`` characters past
    the limit and redacted; when that still cut it, the digits and letters at the very
    end (a number or address cut in two, which no pattern knows) are dropped before the
    result is cut to ``limit`` — labels are shorter than numbers, so that end can move
    inside the limit.

    >>> text = "13812345678，" * 20
    >>> redact(text[:70 + 64])[-8:]  # the piece the window cut off: "13" of the twelfth number
    '【手机号】，13'
    >>> redact_prefix(text, 70) == "【手机号】，" * 11
    True
    """
    window = text[: limit + _READ_PAST]
    out = redact(window)
    if len(window) < len(text):
        end = len(out)
        while end > 0 and _in_token(out[end - 1]):
            end -= 1
        out = out[:end]
    return out[:limit]
