"""Personal numbers out of text before it is stored: ID cards, phones, bank cards, e-mail.

People calling a hotline type their ID-card or phone number into the question
("我身份证110101199003074514，能领补贴吗"); the question log must never keep
them.  ``redact`` replaces each with a label and leaves the numbers a policy
question is made of (2000元, 2024年, 〔2023〕102号, 12333) as they are.

Patterns (GB 11643-1999 for the ID number; the MIIT numbering plan for mobiles):

- ID card: 18 characters, six-digit area, birth date 19xx/20xx, three digits, a
  check digit or X; the old 15-digit form.
- Mobile: 1[3-9] and nine digits, with or without +86 / 0086, spaces or dashes.
- Landline: an area code 0xx or 0xxx (brackets optional) and 7–8 digits, an
  extension after 转 or a dash.
- Bank card: 16–19 digits, in one run or in groups of four.
- Any other run of 11 or more digits, in one piece or in groups split by single
  spaces or dashes: no policy figure is that long, and a number that long is
  someone's (a list of amounts typed with spaces, "2000 3000 4000", goes too:
  privacy wins a tie).
"""

from __future__ import annotations

import re

ID_CARD = "【身份证号】"
MOBILE = "【手机号】"
LANDLINE = "【电话】"
BANK_CARD = "【银行卡号】"
EMAIL = "【邮箱】"
NUMBER = "【号码】"

_SEP = r"[ \t\-\u2010-\u2015\u3000]?"  # at most one space (half- or full-width) or dash between groups
_FULL_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ＋", "0123456789xX+")

# Order matters: the most specific first, so a number gets the label that says what it is;
# the last pattern is the net under the others.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), EMAIL),
    (
        re.compile(
            rf"(?<!\d)\d{{6}}{_SEP}(?:19|20)\d\d{_SEP}(?:0[1-9]|1[0-2]){_SEP}(?:0[1-9]|[12]\d|3[01]){_SEP}\d{{3}}[\dXx](?![\dA-Za-z])"
        ),
        ID_CARD,
    ),
    (re.compile(rf"(?<!\d)(?:\d{{4}}{_SEP}){{3}}\d{{4}}(?:{_SEP}\d{{1,3}})?(?!\d)"), BANK_CARD),
    (re.compile(rf"(?<!\d)\d{{6}}{_SEP}\d{{10,13}}(?!\d)"), BANK_CARD),
    (re.compile(rf"(?<![\d+])(?:(?:\+|00)?\s?86{_SEP})?1[3-9](?:{_SEP}\d){{9}}(?!\d)"), MOBILE),
    (
        re.compile(
            rf"(?:[(（]0\d{{2,3}}[)）]\s?|(?<!\d)0\d{{2,3}}{_SEP})\d{{3,4}}{_SEP}\d{{4,}}(?:\s?(?:转|-|ext\.?)\s?\d{{1,5}})?"
        ),
        LANDLINE,
    ),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), ID_CARD),  # the old 15-digit ID
    (re.compile(r"(?<!\d)\d{16,19}(?!\d)"), BANK_CARD),
    (re.compile(r"\d{11,}"), NUMBER),
)
_GROUPS = re.compile(r"\d+(?:[ \t\-\u2010-\u2015\u3000]\d+)+")


def _long_number(match: re.Match[str]) -> str:
    return NUMBER if sum(c.isdigit() for c in match.group(0)) >= 11 else match.group(0)


def redact(text: str) -> str:
    """``text`` with ID-card, phone, bank-card numbers and e-mail addresses replaced by labels.

    >>> redact("我身份证11010119900307451X，手机138 1234 5678，能领2000元吗？")
    '我身份证【身份证号】，手机【手机号】，能领2000元吗？'
    >>> redact("卡号6222 0212 3456 7890 123，电话0571-87654321转8001")
    '卡号【银行卡号】，电话【电话】'
    >>> redact("人社部发〔2023〕102号，2024年，1880元，拨打12333")
    '人社部发〔2023〕102号，2024年，1880元，拨打12333'
    """
    text = text.translate(_FULL_WIDTH)  # １３８… is the same number to whoever reads the log
    for pattern, label in _PATTERNS:
        text = pattern.sub(label, text)
    return _GROUPS.sub(_long_number, text)
