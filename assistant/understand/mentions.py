"""Numbers said with their unit, and the declared ways a fact is said with one.

``scan(text)`` finds every number with its unit in a normalized text (spoken numerals
are already digits: ``assistant.text.normalize``) as a typed ``Mention``: its value, its
unit in canonical form, its span, the words before it in the same clause and the words
right after the unit.  A year of the calendar (``2024年``) is a date, not a number of
years, and is not a mention here.

A number fact declares how it is said (``mentions`` in ``assistant/rules/facts/*.yaml``)::

    training_days:
      mentions:
      - unit: 天                       # one unit or a list
        before: 培训|学|上课           # words in the same clause before the number …
        after: (的)?(培训|课)          # … or right after its unit (either is enough)
        not_before: 缺勤|旷工          # never with these words before it
        with: 培训|班                  # only when the message says this somewhere
        not_after: (的)?失业保险       # never with these words right after it
      - unit: 元
        rest: true                     # a mention no other fact took (“补贴1500元” said in passing)
      - unit: 年
        before: 失业保险(费)?(交|缴)(了)?$
        times: 12                      # the fact counts months
      - unit: 次
        ordinal: true                  # “第3次领” (a rank; plus: -1 → 2 before it)
        plus: -1
      - unit: [元, 数]
        before: 养老(保险)?(费)?$
        alone: false                   # never a reply that is the number alone (“1200”): only with its words
      - unit: 个
        before: 招(了)?$
        adds_listed: true              # “招了3个…、2个…” → 5
      - unit: 个
        before: 其中$
        after: (都)?(签|交|参保|符合)
        prefer: true                   # wins wherever it is said (“招了8个…其中7个签了合同” → 7)
      - unit: 数
        before: (我|他|她)?今年$
        after: (了|啦)
        both: true                     # before and after must both fit (“我今年26了”)

      - unit: 年
        rest: true
        clause: 合同                   # the whole clause must say this (not_clause: never this)
        yields_to: [operating_years]   # never a mention a way of these facts fits (they come first)
      - unit: 年
        before: ^(干|做)(了)?$
        previous_holds: skill_level    # the clause before names a level of that ladder, held
                                       # (“我是高级技师，干了5年”); previous: a pattern there instead
        shares: true                   # may read a mention another fact took (years since the level
                                       # said as “干了5年” are also the years worked)
      - unit: 个
        before: 走了$
        next: ^(都)?(是)?(我们|公司)?(主动)?辞退   # the clause after its own must say this
      - unit: 年
        before: 取得[^。；]{0,16}后
        across: true                   # ``before`` reads across commas, within the sentence
        window: 24
      - unit: 个月
        per: 12                        # months said, years kept (to 0.01)
      - unit: 次
        not_values: [2]                # where two readings part: left unknown
      - unit: 天
        ranges: [sx.internship.absence.total_days]   # a range (“十一二天”) taken, as its lower end,
                                       # only when no value of these parameters lies within it
      - unit: 天
        upper: true                    # calendar days said, working days counted: only a bound from above,
        ranges: [sx.internship.allowance.min_working_days]   # taken when every limit lies above it
      - unit: 日期                     # also 年份 (a year alone), 届, 往年 (今年 0, 去年 1, 前年 2: kept relative)
        clause: 注册
        last: true                     # the last date it fits wins (a later one updates the earlier)
      - unit: [日期, 往年]
        take: month                    # the month said with it (“去年7月毕业” → 7)
      - unit: 日期
        take: month_end                # a date said to the month only is that month's last day (“2月底到期”)

A pattern may name a ladder fact, ``{skill_level}``: any of its levels as said.
A value outside the fact's declared ``bounds`` is not taken (“干了300年”); a number with a
minus sign before it (“−5年”) is no mention.  ``assistant/data/mentions.yaml`` lists the numbers
no fact of the rest takes (``ignored``: “近3年考核”, “有效期5年”) and where a number of years
nothing fits is kept (``unclaimed`` → ``_years``, for ``merge_facts``).

A unit is canonical (天 工作日 月 年 岁 元 % 个 次), a unit word as said (个人, 名 …) or 数
for a number said with no unit.
``read_mentions(text)`` gives every such fact the first mention that fits one of its
ways; the engine knows no fact by name.  ``ratio_of: [part, whole]`` derives a rate
from two counts (“20个人培训，上岗了17个” → 就业率 0.85) when the rate is not said.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from assistant.schema import Span
from assistant.understand.intents import intent

_CLAUSE_END = "，,。；;！!？?\n"

# unit words after a number → (canonical unit, factor)
_UNITS: tuple[tuple[str, str, Decimal], ...] = (
    ("个工作日", "工作日", Decimal(1)),
    ("工作日", "工作日", Decimal(1)),
    ("个多月", "月", Decimal(1)),
    ("个整月", "月", Decimal(1)),  # “干了3个整月”: whole months
    ("个足月", "月", Decimal(1)),
    ("个月", "月", Decimal(1)),
    ("万亿元", "元", Decimal(10) ** 12),
    ("亿元", "元", Decimal(10) ** 8),
    ("万亿", "元", Decimal(10) ** 12),
    ("亿", "元", Decimal(10) ** 8),
    ("万元", "元", Decimal(10000)),
    ("万块", "元", Decimal(10000)),
    ("千元", "元", Decimal(1000)),
    ("千块", "元", Decimal(1000)),
    ("块钱", "元", Decimal(1)),
    ("个人", "个", Decimal(1)),
    ("号人", "个", Decimal(1)),  # people counted loosely: “五百来号人”“两千多号人”
    ("口人", "个", Decimal(1)),  # a household counted by its members: “一家三口”“全家5口人”
    ("口", "个", Decimal(1)),
    ("天", "天", Decimal(1)),
    ("年", "年", Decimal(1)),
    ("周岁", "岁", Decimal(1)),
    ("岁", "岁", Decimal(1)),
    ("元", "元", Decimal(1)),
    ("块", "元", Decimal(1)),
    ("万", "元", Decimal(10000)),
    ("千", "元", Decimal(1000)),
    ("%", "%", Decimal(1)),
    ("个", "个", Decimal(1)),
    ("名", "个", Decimal(1)),
    ("位", "个", Decimal(1)),
    ("人", "个", Decimal(1)),
    ("次", "次", Decimal(1)),
    ("回", "次", Decimal(1)),
    ("趟", "次", Decimal(1)),
)
_NUMBER = re.compile(
    r"(?<![\d.〔\[~])(?P<n>\d+(?:\.\d+)?)(?!\d|~)\s*(?:(?:来|多|余)(?=个|名|位|人|号人|天|年|块|元|万|千)|出头)?(?:(?P<unit>" + "|".join(re.escape(w) for w, _, _ in _UNITS) + r")|(?![\d.号年月日时点万千亿项险种类样级]))"
)
_UNIT_WORDS = "|".join(re.escape(w) for w, _, _ in _UNITS)
# a range said (a span of the normalizer, “六七年” → 6~7年; “十几年”, “二十几天”, “10几年”; “好几年”: 2 or more)
_RANGE = re.compile(
    r"(?<![\d.〔\[~零〇一二两三四五六七八九十百千万几])"
    r"(?:(?P<low>\d+(?:\.\d+)?)~(?P<high>\d+(?:\.\d+)?)(?![\d~])|(?P<tens>[一二两三四五六七八九])?十几|(?P<digit>[1-9])0几|(?P<some>好几))"
    r"\s*(?P<unit>" + _UNIT_WORDS + r")"
)
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
# the words around a number (a further number listed, a bound from above, a number taken back …) are
# declared in assistant/data/intents.yaml and read here by id: listed_count, goes_on_listing,
# under_before, under_after, focus_before, taken_back_before, lone_number_filler, after_offset
_SENTENCE_END = "。；;！!？?\n"
BARE = "数"  # a number said with no unit (“最低工资按1980算”)
_UNIT = {w: (u, f) for w, u, f in _UNITS}
UNIT_WORDS = frozenset(_UNIT)  # a declared way may name a unit as said (个人) instead of its canonical form


def _facts():
    from assistant.rules.inputs import FACTS  # the declarations load this module's units first

    return FACTS


@dataclass(frozen=True)
class Mention:
    """A number said with its unit."""

    value: Decimal
    unit: str  # canonical: 天 工作日 月 年 岁 元 % 个 次
    word: str  # the unit as said: 个人, 名, 万元 …
    start: int
    end: int
    before: str  # the words before the number, within its clause
    after: str  # the words right after the unit, within its clause
    ordinal: bool = False  # “第3次”: a rank, not a quantity
    listed: Decimal = Decimal(0)  # “招了3个…、2个…”: the numbers listed after it in its clause, added
    clause: str = ""  # the whole clause it is said in
    previous: str = ""  # the clause before that one (“我是高级技师，干了5年”)
    lead: str = ""  # up to 24 characters before it across commas, within its sentence
    day: date | None = None  # a calendar date (日期: 2024年3月5日; 年份: 1 January of that year)
    month: int | None = None  # the month said with a date or a relative year (“去年7月”)
    under: bool = False  # “不到4年”“快5年”“3年不到”: less than the number said, not the number
    over: bool = False  # “超过八成”“80%以上”: a rate above the figure said, not the figure
    whole_month: bool = False  # a date said to the month only (“2027年2月”“2月底”), no day
    span: Span | None = None  # a range said (“6~7年”, “十几年”, “好几年”): ``value`` is its low end
    following: str = ""  # the clause after its own (“走了两个人，是我们主动辞退的”)


# “不到4年”“还没满1年”“快5年了”“将近3年”, “3年不到”: a bound from above, said where a number is (under_before,
# under_after).  “招的是4个”“交的是900”: the words before a number said as the focus of 的是 (“说错了，招的是
# 4个”) are read as the verb said plainly (招了4个), so a declared ``before`` of the verb fits them too (focus_before)


def _under(key: str | None, value: Any, m: Mention) -> Any:
    """A value said as a bound from above, as the fact holds it: just under the number (a whole
    number less for a count, a hundredth less otherwise), so that every limit at or above the
    number said is not met and every limit below it is judged on the number said.  A rate said as a bound
    from below (``over``: 超过八成, 八成以上) is a ten-thousandth above the figure, so that 高于80% is met.

    >>> _under("retention_rate", Decimal("0.8"), scan("留下来的超过80%")[0])
    Decimal('0.8001')
    >>> m = scan("店开了不到1年")[0]
    >>> m.under, _under("operating_years", Decimal(1), m), _under("hires_count", 8, scan("招了不到8个")[0])
    (True, Decimal('0.99'), 7)
    """
    if m.over and value is not None and not isinstance(value, (bool, date, Span, int)):
        from assistant.rules.inputs import ABOVE_FIGURE

        return Decimal(value) + ABOVE_FIGURE  # a rate said as above the figure: a ten-thousandth above it
    if not m.under or value is None or isinstance(value, (bool, date, Span)):
        return value
    if isinstance(value, int) or (key is not None and _facts()[key].kind == "int"):
        return max(int(value) - 1, 0)
    return max(Decimal(value) - Decimal("0.01"), Decimal(0))


def _clause_before(text: str, start: int, size: int) -> str:
    window = text[max(0, start - size) : start]
    cut = max(window.rfind(c) for c in _CLAUSE_END)
    return window[cut + 1 :]


def _clause_after(text: str, end: int, size: int) -> str:
    window = text[end : end + size]
    cuts = [i for i in (window.find(c) for c in _CLAUSE_END) if i != -1]
    return window[: min(cuts)] if cuts else window


def _listing_after(text: str, end: int, size: int) -> str:
    """The words after a number where a list of further numbers may go on: to the end of
    its sentence, a comma crossed only by a clause that goes on listing
    (“招了6个大学生，还有4个就业困难人员”)."""
    window = text[end : end + size]
    cuts = [i for i in (window.find(c) for c in _SENTENCE_END) if i != -1]
    window = window[: min(cuts)] if cuts else window
    parts = re.split(r"[，,]", window)
    kept = [parts[0]]
    for part in parts[1:]:
        if not intent("goes_on_listing").match(part):
            break
        kept.append(part)
    return "，".join(kept)


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``text[start:end]`` begins and ends."""
    left = max((text.rfind(c, 0, start) for c in _CLAUSE_END), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in _CLAUSE_END) if i != -1]
    return left, min(rights) if rights else len(text)


def _previous_clause(text: str, left: int) -> str:
    """The clause that ends where the clause starting at ``left`` begins."""
    if left <= 1:
        return ""
    start, _ = _clause_at(text, left - 2, left - 2)
    return text[start : left - 1]


def _next_clause(text: str, right: int) -> str:
    """The clause that begins where the clause ending at ``right`` ends (within the sentence)."""
    if right >= len(text) or text[right] in _SENTENCE_END:
        return ""
    _, end = _clause_at(text, right + 1, right + 1)
    return text[right + 1 : end]


def _lead(text: str, start: int, size: int = 24) -> str:
    window = text[max(0, start - size) : start]
    cut = max(window.rfind(c) for c in _SENTENCE_END)
    return window[cut + 1 :]


def scan(text: str, window: int = 16) -> tuple[Mention, ...]:
    """Every number with its unit, in text order.

    >>> [(str(m.value), m.unit) for m in scan("20个人培训了25天，结业后上岗了17个，补贴1.5万")]
    [('20', '个'), ('25', '天'), ('17', '个'), ('15000', '元')]
    >>> scan("2024年招的") == ()
    True
    >>> [(str(m.value), m.unit) for m in scan("厂里80来个人，一年交了3万多块")]
    [('80', '个'), ('30000', '元')]
    >>> [(str(m.value), m.unit) for m in scan("零零碎碎加1块有11天")]
    [('11', '天')]

    A range is a mention with its ``span``; only a duration fact (``ranged``) takes one
    (a count of people said as a range stays unread: the rule asks):

    >>> [(str(m.span), m.unit) for m in scan("拿了6~7年，裁了5~6个，干了十几年，二十几天，好几个月，10几年")]
    [('6~7', '年'), ('5~6', '个'), ('11~19', '年'), ('21~29', '天'), ('2~', '月'), ('11~19', '年')]
    """
    out = []
    ranges = []
    for m in _RANGE.finditer(text):
        unit, factor = _UNIT[m.group("unit")]
        if m.group("low") is not None:
            low, high = Decimal(m.group("low")), Decimal(m.group("high"))
        elif m.group("some") is not None:
            low, high = Decimal(2), None  # “好几年”: more than one, how many more unsaid
        else:
            tens = _CN_DIGIT[m.group("tens")] if m.group("tens") else int(m.group("digit") or 1)
            low, high = Decimal(tens * 10 + 1), Decimal(tens * 10 + 9)  # “十几” 11~19, “二十几” 21~29
        span = Span.parse({"low": low, "high": high})
        if span is None:
            continue
        span = span.scaled(factor)
        before = _clause_before(text, m.start(), window)
        left, right = _clause_at(text, m.start(), m.end())
        ranges.append((m.start(), m.end()))
        out.append(
            Mention(
                span.low, unit, m.group("unit"), m.start(), m.end(), before, _clause_after(text, m.end(), window + 8),
                before.endswith("第"), Decimal(0), text[left:right], _previous_clause(text, left), _lead(text, m.start()), span=span,
                following=_next_clause(text, right),
            )
        )
    for m in _NUMBER.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in ranges):
            continue  # a figure within a range said (“10几年”)
        unit, factor = _UNIT[m.group("unit")] if m.group("unit") else (BARE, Decimal(1))
        if unit == "元" and text[m.end() : m.end() + 1] in ("人", "名", "个", "户", "家"):
            continue  # “1万人”: a number of people, not money
        if m.group("unit") == "块" and m.group("n") == "1" and text[max(0, m.start() - 1) : m.start()] in ("加", "在", "到", "凑", "合", "聚"):
            continue  # “加一块有11天”“在一块干”: together, not one 元
        value = Decimal(m.group("n"))
        if unit == "年" and 1900 <= value <= 2100 and "." not in m.group("n"):
            continue  # a calendar year: a date, read elsewhere
        if unit == "年" and text[m.end() : m.end() + 1] == "制":
            continue  # “读的3年制”: a course's length, no span of anything the person did
        if re.search(r"(?:^|[^\d])[-−－负]$", text[max(0, m.start() - 2) : m.start()]):
            continue  # “−5年”: below zero, no count of anything a person has (3-5年 is a range, kept)
        if value == 1 and m.group("unit") and re.match(r"(?:都|也)(?:没|不)", text[m.end() : m.end() + 3]):
            continue  # “奖一个都没有”“一次也没领过”: none, not one
        value *= factor
        if value == value.to_integral_value():
            value = value.to_integral_value()  # 1.5万 is 15000, not 15000.0
        before = _clause_before(text, m.start(), window)
        rest = _listing_after(text, m.end(), 40)
        listed = sum((Decimal(m.group("n")) for m in intent("listed_count").finditer(rest)), Decimal(0))
        left, right = _clause_at(text, m.start(), m.end())
        after = _clause_after(text, m.end(), window + 8)
        # (“见习还差3个月没满”: the number is what is short, 没满 is said of the whole)
        under = unit not in (BARE, "%") and bool(intent("under_before").search(before) or (intent("under_after").search(after) and not before.endswith("差")))
        # (“留下来的超过八成”“八成以上”: a rate above the figure — a threshold 高于80% is met)
        over = unit == "%" and bool(intent("over_before").search(before) or intent("over_after").search(after))
        out.append(
            Mention(
                value, unit, m.group("unit") or BARE, m.start(), m.end(), before, after,
                # (头一回, 头一次 = 第一回: the first, a rank — not 头10天, the first ten days)
                before.endswith("第") or (before.endswith("头") and value == 1 and m.group("unit") in ("回", "次", "批", "期", "轮")),
                listed, text[left:right], _previous_clause(text, left), _lead(text, m.start()),
                under=under, over=over, following=_next_clause(text, right),
            )
        )
    return _restated(text, out)


def _restated(text: str, mentions: list[Mention]) -> tuple[Mention, ...]:
    """A rough figure (“八十来个人”) said exactly in the clause after it (“最后核下来是86个”): the exact one is
    the figure of the rough one — what is read of the first is read with it.

    >>> [(str(m.value), m.unit) for m in scan("一共80来个人，最后核下来是86个。")]
    [('86', '个'), ('86', '个')]
    >>> [str(m.value) for m in scan("一共80来个人，其中6个没来")]
    ['80', '6']
    """
    out = list(mentions)
    for i, (rough, exact) in enumerate(zip(mentions, mentions[1:])):
        # (in the clause after the rough one, or in the same clause set off by a dash: “十来个脱贫户——准确说是12个——”)
        if rough.unit != exact.unit or rough.span is not None or exact.span is not None or (exact.previous != rough.clause and exact.clause != rough.clause):
            continue
        said = text[max(0, rough.start - 4) : rough.end]
        if intent("rough_figure").search(text[rough.start : rough.end]) or intent("rough_figure").search(said):
            if intent("restated_before").search(exact.before):
                out[i] = replace(rough, value=exact.value)
    return tuple(out)




# when, said in words: a unit of its own, read by the date facts' ways
DATE_UNITS = ("日期", "年份", "往年", "届")
_DATES = (
    ("日期", re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?:(?P<d>\d{1,2})\s*(?:日|号)?)?")),
    ("年份", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?!度)")),
    ("届", re.compile(r"(?P<y>(?:19|20)\d{2})\s*届")),
    ("往年", None),  # 去年7月: the words are declared (relative_year_said), the group that matches says how many years ago
)
_YEARS_AGO = {"this_year": 0, "last_year": 1, "two_years_ago": 2, "three_years_ago": 3}
# “2024年3月回老家，4月10号办了执照”: a month and day said without a year, the year of the date said before it
_MONTH_DAY = re.compile(r"(?<![\d年月/\-.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号)")


def scan_dates(text: str, window: int = 16, as_of: date | None = None) -> tuple[Mention, ...]:
    """Every calendar date, year, class (届) and relative year (今年/去年/前年) said, in text order.

    A relative year stays relative (its value is how many years ago): the rules count it from the
    day the question is about.  Said with its month and read with the day asked (``as_of``), it is
    also placed on the calendar (``day``: 今年3月 asked in 2024 is 2024-03-01), so a date fact takes it.

    >>> [(m.unit, str(m.value), m.day) for m in scan_dates("今年3月份进厂，去年拿的证", as_of=date(2024, 10, 10))]
    [('往年', '0', datetime.date(2024, 3, 1)), ('往年', '1', None)]

    >>> [(m.unit, str(m.value), m.day, m.month) for m in scan_dates("2024年3月5日注册，2019年拿的证，去年7月毕业")]
    [('日期', '2024', datetime.date(2024, 3, 5), 3), ('年份', '2019', datetime.date(2019, 1, 1), None), ('往年', '1', None, 7)]
    >>> scan_dates("2024年13月")
    ()
    >>> [(m.unit, m.day) for m in scan_dates("2024年3月回老家，4月10号办了执照")]
    [('日期', datetime.date(2024, 3, 1)), ('日期', datetime.date(2024, 4, 10))]
    >>> scan_dates("4月10号办了执照")
    ()
    >>> [(m.unit, m.day, m.clause) for m in scan_dates("2024年3月才进厂，厂里从那时候开始给我交失业险")][1]
    ('日期', datetime.date(2024, 3, 1), '厂里从那时候开始给我交失业险')
    """
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for unit, pattern in _DATES:
        pattern = pattern or intent("relative_year_said").regex
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            month = int(m.group("m")) if "m" in pattern.groupindex and m.group("m") else None
            if unit == "往年":
                value, day = Decimal(next(ago for group, ago in _YEARS_AGO.items() if m.group(group))), None
                if month is not None and not 1 <= month <= 12:
                    continue
                if month is not None and as_of is not None:
                    day = date(as_of.year - int(value), month, 1)  # 今年3月, asked in 2024: March 2024
            else:
                value = Decimal(m.group("y"))
                try:
                    day = date(int(value), 1 if month is None else month, int(m.group("d") or 1) if unit == "日期" else 1)
                except ValueError:
                    continue  # “2024年13月”: no date
            spans.append((m.start(), m.end()))
            left, right = _clause_at(text, m.start(), m.end())
            out.append(
                Mention(
                    value, unit, unit, m.start(), m.end(), _clause_before(text, m.start(), window), _clause_after(text, m.end(), window),
                    False, Decimal(0), text[left:right], _previous_clause(text, left), _lead(text, m.start()), day, month,
                    whole_month=(unit == "日期" and not m.group("d")) or (unit == "往年" and day is not None),
                    following=_next_clause(text, right),  # (“2024年那回考核…，给评了个不合格”: what the next clause says of it)
                )
            )
    for m in _MONTH_DAY.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        # the last date before it with a year of its own (a calendar one), within the same sentence
        earlier = [e for e in out if e.unit == "日期" and e.end <= m.start() and not re.search(r"[。！？!?]", text[e.end : m.start()])]
        if not earlier:
            continue
        said = max(earlier, key=lambda e: e.end)
        month = int(m.group("m"))
        year = said.day.year + (1 if said.month is not None and month < said.month else 0)  # “12月…，3月5号” runs into the next year
        try:
            day = date(year, month, int(m.group("d")))
        except ValueError:
            continue
        left, right = _clause_at(text, m.start(), m.end())
        out.append(
            Mention(
                Decimal(year), "日期", "日期", m.start(), m.end(), _clause_before(text, m.start(), window), _clause_after(text, m.end(), window),
                False, Decimal(0), text[left:right], _previous_clause(text, left), _lead(text, m.start()), day, month,
            )
        )
    for m in intent("date_said_back").finditer(text):
        # “今年3月才进厂，厂里从那时候开始给我交社保”: the date said last before it, said again where it starts
        earlier = [e for e in out if e.end <= m.start() and e.unit != "届"]
        if not earlier or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        said = max(earlier, key=lambda e: e.end)
        left, right = _clause_at(text, m.start(), m.end())
        out.append(
            replace(
                said, start=m.start(), end=m.end(), before=_clause_before(text, m.start(), window), after=_clause_after(text, m.end(), window),
                clause=text[left:right], previous=_previous_clause(text, left), lead=_lead(text, m.start()),
            )
        )
    return tuple(sorted(out, key=lambda m: m.start))


@dataclass(frozen=True)
class Way:
    """One declared way a fact is said with a number."""

    units: tuple[str, ...]  # canonical units or unit words as said
    with_: re.Pattern[str] | None  # the message must also say this somewhere
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    window: int
    rest: bool  # only a mention no other fact took
    both: bool  # before and after must both fit (otherwise either is enough)
    times: Decimal  # the value as said times this (“失业保险交了2年” → 24 months)
    plus: Decimal  # … plus this (“第3次领” → 2 received before)
    ordinal: bool  # only a rank (第N次)
    adds_listed: bool  # the numbers listed after it are added (“招了3个…、2个…” → 5)
    prefer: bool  # wins over the other ways wherever it is said (“招了8个…其中7个签了合同” → 7)
    clause: re.Pattern[str] | None = None  # the clause it is said in must say this (anywhere) …
    not_clause: re.Pattern[str] | None = None  # … and never this
    previous: re.Pattern[str] | None = None  # the clause before must say this
    previous_holds: str | None = None  # the clause before names a level of this ladder fact as held
    across: bool = False  # ``before`` reads the words before across commas (within the sentence)
    yields_to: tuple[str, ...] = ()  # never a mention a way of one of these facts fits (they come first)
    per: Decimal = Decimal(1)  # the value as said divided by this (“开了6个月” → 0.5 years), to 0.01
    not_values: tuple[Decimal, ...] = ()  # values (as said) where the readings part: left unknown
    take: str | None = None  # month: the month said with a date (“2024年6月毕业” → 6)
    last: bool = False  # the last mention it fits wins, not the first (“2019年拿的技师证，2023年又考了高级技师”)
    ranges: tuple[str, ...] = ()  # parameters an ``upper`` bound is compared with
    upper: bool = False  # the number said only bounds the fact from above (“干了十来天” → at most 10
    # working days): taken only when no value of ``ranges`` lies at or below it
    again: re.Pattern[str] | None = None  # a later mention a way fits, said after this (又/再), adds to
    # the first: “去年领过1次，今年又领了1次” → 2
    asked: tuple[str, ...] = ()  # read only in a reply to the question of one of these facts
    # (“2019年拿的” to “哪一年取得高级技师的？”: the level is the one asked about, not named again)
    alone: bool = True  # a reply that is the number alone (“1200”) may be this; false: only with its words
    # (“养老640”: a bare figure is never the pension contribution)
    each: bool = False  # a ``counts`` fact: every mention it fits is one person's (or a few people's) figure,
    # held as {figure: people} (“一个上了8天，一个上了12天” → {8: 1, 12: 1}); the people said before it
    # in ``before``'s group ``n`` (“两个上了10天” → {10: 2}), or in the clause after it in ``next``'s
    # (“第1批7天，15个人” → {7: 15}); taken only when two or more are said
    next: re.Pattern[str] | None = None  # the clause after its own must say this (“走了两个人，是我们主动辞退的”)
    shares: bool = False  # reads a mention another fact took too: the same words say both (“我是高级技师，干了5年”: years worked)

    def value(self, m: Mention) -> Decimal | Span:
        if m.span is not None:
            return m.span.scaled(self.times, self.plus, self.per)
        said = (m.value + (m.listed if self.adds_listed else 0)) * self.times + self.plus
        if self.times == 12 and m.unit == "年" and abs(said - said.to_integral_value()) <= Decimal("0.06"):
            # “一年零两个月” is written 1.17年 (two places): as months, the whole months said (14, not 14.04)
            said = said.to_integral_value()
        return said if self.per == 1 else (said / self.per).quantize(Decimal("0.01"))

    def fits(self, m: Mention) -> bool:
        if (m.unit not in self.units and m.word not in self.units and not _on_calendar(m, self.units)) or m.ordinal != self.ordinal or m.value in self.not_values:
            return False
        if self.upper and not (m.span is None and _range_decides(Decimal(0), m.value, self.ranges)):
            return False
        before = (m.lead if self.across else m.before)[-self.window :]
        if self.not_before is not None and self.not_before.search(before):
            return False
        if self.not_after is not None and self.not_after.match(m.after):
            return False
        if self.clause is not None and not self.clause.search(m.clause):
            return False
        if self.not_clause is not None and self.not_clause.search(m.clause):
            return False
        if self.next is not None and not self.next.search(m.following):
            return False
        if self.previous is not None and not self.previous.search(m.previous):
            return False
        if self.previous_holds is not None and not _holds_level(m.previous, self.previous_holds):
            return False
        if self.before is None and self.after is None:
            return True
        focus, hedge = intent("focus_before").regex, intent("hedge_before").regex
        said_before = self.before is not None and bool(
            self.before.search(before)
            or (focus.search(before) and self.before.search(focus.sub("", before)))
            or (hedge.search(before) and self.before.search(hedge.sub("", before)))
        )
        said_after = self.after is not None and bool(self.after.match(m.after))
        return (said_before and said_after) if self.both else (said_before or said_after)


def _on_calendar(m: Mention, units) -> bool:
    """A relative date the day asked placed on the calendar (今年3月), for a way said of calendar dates only."""
    return m.unit == "往年" and m.day is not None and "日期" in units and "往年" not in units


def _range_decides(low: Decimal, high: Decimal, names: tuple[str, ...]) -> bool:
    """Whether no dated value of parameters ``names`` lies within ``[low, high]``: every
    comparison with them (at least, above, below) then comes out the same for both ends.

    >>> _range_decides(Decimal(11), Decimal(12), ("sx.internship.absence.total_days",))
    True
    >>> _range_decides(Decimal(9), Decimal(11), ("sx.internship.absence.total_days",))
    False
    """
    from assistant.rules.parameters import parameters

    limits = [v.value for name in names for v in parameters().get(name).values if isinstance(v.value, (int, Decimal))]
    return not any(low <= Decimal(limit) <= high for limit in limits)


def _holds_level(clause: str, key: str) -> bool:
    """Whether ``clause`` names a level of ladder fact ``key`` as held (and none as wanted)."""
    from assistant.understand.occupations import OCCUPATION_RE
    from assistant.understand.slots import ladder_mentions

    held, wanted = ladder_mentions(clause, key, OCCUPATION_RE)
    return bool(held) and not wanted


def _pattern(w: dict, name: str) -> re.Pattern[str] | None:
    from assistant.patterns import compiled  # the one compiled when the facts were checked, if it was

    return compiled(w[name]) if w.get(name) else None


def _way(w: dict) -> Way:
    return Way(
        tuple(w["unit"] if isinstance(w["unit"], list) else [w["unit"]]),
        _pattern(w, "with"),
        _pattern(w, "before"),
        _pattern(w, "after"),
        _pattern(w, "not_before"),
        _pattern(w, "not_after"),
        int(w.get("window", 12)),
        bool(w.get("rest")),
        bool(w.get("both")),
        Decimal(str(w.get("times", 1))),
        Decimal(str(w.get("plus", 0))),
        bool(w.get("ordinal")),
        bool(w.get("adds_listed")),
        bool(w.get("prefer")),
        _pattern(w, "clause"),
        _pattern(w, "not_clause"),
        _pattern(w, "previous"),
        w.get("previous_holds"),
        bool(w.get("across")),
        tuple(w.get("yields_to") or ()),
        Decimal(str(w.get("per", 1))),
        tuple(Decimal(str(v)) for v in w.get("not_values") or ()),
        w.get("take"),
        bool(w.get("last")),
        tuple(w.get("ranges") or ()),
        bool(w.get("upper")),
        _pattern(w, "again"),
        tuple(w.get("asked") or ()),
        bool(w.get("alone", True)),
        bool(w.get("each")),
        _pattern(w, "next"),
        bool(w.get("shares")),
    )


@functools.lru_cache(maxsize=1)
def _all_ways() -> tuple[tuple[str, tuple[Way, ...]], ...]:
    return tuple((key, tuple(_way(w) for w in spec.mentions)) for key, spec in _facts().items() if spec.mentions)


@functools.lru_cache(maxsize=1)
def _ways() -> tuple[tuple[str, tuple[Way, ...]], ...]:
    """The ways a fact is said anywhere (not those declared for a reply only, ``asked``)."""
    out = ((key, tuple(w for w in ways if not w.asked)) for key, ways in _all_ways())
    return tuple((key, ways) for key, ways in out if ways)


def dated_in_reply(asked: str | None) -> bool:
    """Whether a date said in reply to the question of a time span ``asked`` is the date the span runs from (declared
    ``asked`` on a date's way: “去年8月办的” to “已正常运营多长时间？” is the day the business was registered), not the
    day of an event asked about.  A date asked for itself (“哪一年哪一月取得的？”) stays the day of the event: a
    certificate's day is when a subsidy for it applies.

    >>> dated_in_reply("operating_years"), dated_in_reply("level_obtained_date"), dated_in_reply("person_categories"), dated_in_reply(None)
    (True, False, False, False)
    """
    spec = _facts().get(asked) if asked else None
    return spec is not None and spec.kind != "date" and any(asked in w.asked and any(u in DATE_UNITS for u in w.units) for _, ways in _all_ways() for w in ways)


def asks_date(asked: str) -> bool:
    """Whether fact ``asked`` is a date or a year (取证日期, 毕业年份): a date said in reply to its question is its value.

    >>> asks_date("level_obtained_date"), asks_date("graduation_year"), asks_date("in_post")
    (True, True, False)
    """
    spec = _facts().get(asked)
    return spec is not None and (spec.kind == "date" or any(u in DATE_UNITS for _, ways in _all_ways() if _ == asked for w in ways for u in w.units))


def read_in_reply(text: str, asked: str | None) -> dict[str, Any]:
    """The facts said in a reply to the question of fact ``asked`` by a way declared for such a
    reply (``asked``), with the mentions the message's own reading took left out.

    >>> read_in_reply("2019年拿的，考核年年都合格", "years_since_level"), read_in_reply("2019年拿的", None)
    ({'level_obtained_year': 2019}, {})
    >>> read_in_reply("2019年拿的", "age")
    {}
    """
    if not asked:
        return {}
    ways = [(key, tuple(w for w in all_ if asked in w.asked)) for key, all_ in _all_ways()]
    ways = [(key, w) for key, w in ways if w]
    if not ways:
        return {}
    mentions = tuple(sorted(scan(text) + scan_dates(text), key=lambda m: m.start))
    taken = set(read_mentions_at(text)[1])
    replied: set[int] = set()  # mentions a fact of this reply took (a part of a date — its month — may be read again)
    facts: dict[str, Any] = {}
    for key, w in ways:
        found = _first(key, w, mentions, taken if all(way.take for way in w) else taken | replied)
        if found is not None:
            facts[key], start = found
            replied.add(start)
    return facts


_derived: dict[str, tuple[object, tuple]] = {}  # name -> (what it was derived from, the table)


def _ways_and_units() -> tuple[tuple[str, tuple[Way, ...], frozenset[str]], ...]:
    """``_ways()`` with the units any way of each fact is said with (a message with none of them is skipped)."""
    ways = _ways()
    source, table = _derived.get("units", (None, ()))
    if source is not ways:
        table = tuple((key, w, frozenset(u for way in w for u in way.units)) for key, w in ways)
        _derived["units"] = (ways, table)
    return table


@functools.lru_cache(maxsize=1)
def _unclaimed() -> tuple[tuple[Way, ...], tuple[tuple[str, Way, tuple[Decimal, ...]], ...]]:
    """The numbers no fact takes (``ignored``) and the meta keys a number nothing fits is kept under
    (``unclaimed``): ``assistant/data/mentions.yaml``."""
    from assistant.config import DATA_DIR
    from assistant.datafile import load_yaml

    data = load_yaml((DATA_DIR / "mentions.yaml").read_text(encoding="utf-8"))
    ignored = tuple(_way(w) for w in data.get("ignored") or ())
    unclaimed = tuple((w["into"], _way(w), tuple(Decimal(str(b)) for b in w.get("bounds") or ())) for w in data.get("unclaimed") or ())
    for way in ignored:
        if any(k not in _facts() for k in way.yields_to):
            raise ValueError(f"mentions.yaml: an ignored number yields to an undeclared fact {way.yields_to}")
    return ignored, unclaimed


def _typed(key: str, value: Decimal | Span) -> Any:
    """The value as the fact's kind; a fraction is no count of people (None); a range only for a
    duration (``ranged``: “干了十几年”), never for people or money (“五六个”: left for the rule to ask)."""
    if isinstance(value, Span):
        from assistant.rules.inputs import coerce

        return coerce(key, value) if _facts()[key].ranged else None
    bounds = _facts()[key].bounds
    if bounds and not bounds[0] <= value <= bounds[1]:
        return None  # “干了300年”: not believed (nor kept to reach a verdict)
    if _facts()[key].kind != "int":
        return value
    return int(value) if value == value.to_integral_value() else None


def read_mentions(text: str, as_of: date | None = None) -> dict[str, Any]:
    """Every number fact with declared ``mentions``, from the first mention that fits (``as_of``: the day
    asked, which places a date said from this year on the calendar — 今年3月开始交的失业险).

    >>> read_mentions("20个人培训了25天，结业后上岗了17个")
    {'people_count': 20, 'training_days': 25, 'trainees_count': 20, 'employed_count': 17, 'employment_rate': Decimal('0.85')}
    >>> read_mentions("今年3月开始交的失业险", date(2024, 10, 10))["insured_since_date"]
    datetime.date(2024, 3, 1)
    """
    return read_mentions_at(text, as_of=as_of)[0]


def read_mentions_at(text: str, context: str = "", as_of: date | None = None) -> tuple[dict[str, Any], frozenset[int]]:
    """``read_mentions`` and where the mentions it took start (a reader of what is left skips them).

    >>> read_mentions_at("社保补贴最长2年一共能补多少")[1]
    frozenset({6})
    """
    mentions = tuple(sorted(scan(text) + scan_dates(text, as_of=as_of), key=lambda m: m.start))
    if not mentions:
        return derive({}), frozenset()
    facts: dict[str, Any] = {}
    taken: set[int] = set()
    units = {m.unit for m in mentions} | {m.word for m in mentions} | ({"日期"} if any(m.unit == "往年" and m.day for m in mentions) else set())
    said: dict[str, tuple[Way, ...]] = {}  # the ways of each fact that the message's units and words allow
    for key, ways, key_units in _ways_and_units():
        if units.isdisjoint(key_units):
            continue
        allowed = tuple(w for w in ways if units.intersection(w.units) and (w.with_ is None or w.with_.search(text) or (context and w.with_.search(context))))
        if allowed:
            said[key] = allowed
    ignored, unclaimed = _unclaimed()
    ignored = tuple(w for w in ignored if w.with_ is None or w.with_.search(text))  # (a way said with what the message says)

    memo: dict[tuple[int, int], bool] = {}

    def raw(w: Way, m: Mention) -> bool:  # a way's words alone, asked once per mention
        key = (id(w), id(m))
        if key not in memo:
            memo[key] = w.fits(m)
        return memo[key]

    def claimed(m: Mention, keys) -> bool:
        return any(raw(w, m) for k in keys for w in said.get(k, ()))

    def fits(w: Way, m: Mention) -> bool:
        return raw(w, m) and not claimed(m, w.yields_to)

    for rest in (False, True):  # facts first, then what is left to the facts that take the rest
        if rest:  # “近3年考核”“有效期5年”: no fact of the rest takes these
            taken |= {m.start for m in mentions if any(fits(w, m) for w in ignored)}
        for key, ways in said.items():
            if rest and key in facts:
                continue  # (a fact read by its own ways keeps that value: the rest is what no way claimed)
            ways = tuple(w for w in ways if w.rest == rest)
            if ways and all(w.each for w in ways):
                found_each = _each(key, ways, mentions, taken if rest else set(), fits)
                if found_each is not None:
                    facts[key], starts = found_each
                    taken |= starts
                continue
            for tier in (tuple(w for w in ways if w.prefer), tuple(w for w in ways if not w.prefer)):
                if not tier:
                    continue
                found = _first(key, tier, mentions, taken if rest else set(), fits)
                if found is not None:
                    facts[key], start = found
                    taken.add(start)
                    break
    for into, way, bounds in unclaimed:  # “5年” said with nothing saying what it counts: kept aside
        for m in mentions:
            if m.start not in taken and raw(way, m) and not claimed(m, said):
                value = way.value(m)
                low = value.low if isinstance(value, Span) else value
                if isinstance(value, Span) and (m.unit not in ("年", "月", "天", "工作日") or (bounds and value.high is not None and value.high > bounds[1])):
                    continue  # a range of anything but time, or past what is believed, is kept for nothing
                if not bounds or bounds[0] <= low <= bounds[1]:
                    facts[into] = _under(None, value, m)
    return derive(facts), frozenset(taken)


def _each(key: str, ways: tuple[Way, ...], mentions: tuple[Mention, ...], taken: set[int], fits) -> tuple[Any, set[int]] | None:
    """A figure for each of several people (``each`` ways): {figure: people}, and where they are said;
    None when fewer than two are said (one figure for everyone is the plain fact's).

    >>> read_mentions("给3个失业人员办了培训，1个上了8天，1个上了12天，1个上了10天")["training_days_each"]
    (('10', 1), ('12', 1), ('8', 1))
    >>> read_mentions("2个人学了6天，另外3个人学了15天")["training_days_each"]
    (('15', 3), ('6', 2))
    >>> "training_days_each" in read_mentions("30个人，培训了12天")
    False
    >>> read_mentions("第1批7天，15个人；第2批12天，10个人")["training_days_each"]
    (('12', 10), ('7', 15))
    """
    found: dict[str, int] = {}
    starts: set[int] = set()
    said = 0
    for m in mentions:
        if m.start in taken or m.span is not None:
            continue
        way = next((w for w in ways if fits(w, m)), None)
        if way is None:
            continue
        value = way.value(m)
        if value != value.to_integral_value():
            return None
        before = (m.lead if way.across else m.before)[-way.window :]
        head = way.before.search(before) if way.before is not None else None
        if (head is None or not head.groupdict().get("n")) and way.next is not None:
            head = way.next.search(m.following)  # the people in the clause after (“第1批7天，15个人”)
        people = int(head.group("n")) if head is not None and "n" in head.groupdict() and head.group("n") else 1
        member = str(int(value))
        found[member] = found.get(member, 0) + people
        starts.add(m.start)
        said += 1
    if said < 2:
        return None
    from assistant.rules.inputs import coerce

    value = coerce(key, found)
    return (value, starts) if value is not None else None


def _first(key: str, ways: tuple[Way, ...], mentions: tuple[Mention, ...], taken: set[int], fits=None) -> tuple[Any, int] | None:
    """The value of the first mention (in text order) that one of ``ways`` fits, and where it is."""
    fits = fits or (lambda w, m: w.fits(m))
    units = {u for w in ways for u in w.units}  # a way fits only a mention said with one of its units
    for m in reversed(mentions) if any(w.last for w in ways) else mentions:
        if m.unit not in units and m.word not in units and not _on_calendar(m, units):
            continue
        way = next((w for w in ways if (w.shares or m.start not in taken) and fits(w, m)), None)
        if way is None:
            continue
        value = _read(key, way, m)
        if value is not None:
            return _again(key, ways, mentions, m, value, taken, fits), m.start
    return None


def _again(key, ways, mentions, first: Mention, value: Any, taken: set[int], fits) -> Any:
    """``value`` plus the later mentions said again (“又领了1次”) that a way declaring ``again`` fits.

    >>> read_mentions("去年领过1次培训补贴，今年上半年又领了1次")["times_received"]
    2
    """
    if not isinstance(value, int) or isinstance(value, bool) or not any(w.again for w in ways):
        return value
    for m in mentions:
        if m.start <= first.start or m.start in taken or m.span is not None:
            continue
        way = next((w for w in ways if w.again is not None and fits(w, m) and w.again.search(m.before[-8:])), None)
        more = _read(key, way, m) if way is not None else None
        if isinstance(more, int) and not isinstance(more, bool):
            value += more
            taken.add(m.start)
    return value


def _read(key: str, way: Way, m: Mention) -> Any:
    """What fact ``key`` holds from a mention a way of it fits, or None."""
    if m.unit in DATE_UNITS:
        if way.take == "month":
            return m.month
        if way.take == "month_end" and m.day is not None and m.whole_month:
            # “明年2月底到期”“有效期到2026年5月”: an end said to the month is that month's last day
            return date(m.day.year + m.day.month // 12, m.day.month % 12 + 1, 1) - timedelta(days=1)
        if _facts()[key].kind == "date":
            return m.day
        return int(m.value)  # the year, or how many years ago
    said = way.value(m)
    return _under(key, _typed(key, said / 100 if m.unit == "%" and not isinstance(said, Span) else said), m)


def units_of(key: str) -> frozenset[str]:
    """The units fact ``key`` is declared said in (its ways').

    >>> sorted(units_of("working_days"))
    ['天', '工作日']
    """
    return frozenset(u for k, ways in _ways() if k == key for w in ways for u in w.units)


def takes(key: str, m: Mention) -> bool:
    """Whether fact ``key`` is ever said with this mention's unit (any of its ways, words aside).

    >>> m = scan("12天")[0]
    >>> takes("training_days", m), takes("hires_count", m)
    (True, False)
    """
    # a figure for each of several people (``each``) is never one number alone
    return any((m.unit in w.units or m.word in w.units) and not w.ordinal and w.alone and not w.each for k, ways in _ways() if k == key for w in ways)


def said_again(key: str, text: str) -> bool:
    """Whether the count of fact ``key`` a message gives is said as more of it: the first mention a way of
    ``key`` fits has the words its fact declares ``again`` (又, 再, 还, 也 …) right before it — “前年还参加过1次
    创业培训，也领了补贴” is one more occasion, “一共领过3次” is the count in all.

    >>> said_again("times_received", "前年回老家还参加过1次政府补贴的创业培训，也领了补贴"), said_again("times_received", "领过2次")
    (True, False)
    >>> said_again("times_received", "去年领过1次，今年又领了1次")  # the first is no more of anything: a count in all
    False
    """
    ways = next((w for k, w in _ways() if k == key), ())
    again = [w.again for w in ways if w.again is not None]
    if not again:
        return False
    for m in scan(text):
        if any((w.with_ is None or w.with_.search(text)) and w.fits(m) for w in ways):
            return any(a.search(m.before[-8:]) for a in again)
    return False


def said_alone(key: str) -> bool:
    """Whether a reply that is a number alone may be fact ``key`` (no way of it declares ``alone: false``).

    >>> said_alone("contribution"), said_alone("pension_contribution")
    (True, False)
    """
    return all(w.alone for k, ways in _ways() if k == key for w in ways)


def said_as(key: str, m: Mention) -> Any:
    """The mention's value when a way of fact ``key`` with words of its own (before, after, clause —
    not a way that takes any number left over) fits it, whatever its ``with`` asks of the message;
    else None.  For a number in a conversation about the thing ``with`` names (“交了3年多” about
    稳岗返还: 失业保险).

    >>> said_as("insured_months", scan("交了3年多")[0]), said_as("years_since_graduation", scan("在超市做过2年收银")[0])
    (36, None)
    """
    for k, ways in _ways():
        if k != key:
            continue
        for w in ways:
            if not w.rest and (w.before is not None or w.after is not None or w.clause is not None) and w.fits(m):
                return _under(key, _typed(key, w.value(m)), m)
    return None


def coerce_mention(key: str, m: Mention) -> Any:
    """The mention's value as fact ``key`` holds it (a rate as a fraction), or None."""
    way = next((w for k, ways in _ways() if k == key for w in ways if m.unit in w.units or m.word in w.units), None)
    said = way.value(m) if way is not None and not way.adds_listed else (m.span or m.value)
    return _under(key, _typed(key, said / 100 if m.unit == "%" and not isinstance(said, Span) else said), m)


def lone_mention(text: str) -> Mention | None:
    """The one number a short reply consists of (“8天”, “不对，是12天”), if it is nothing more.

    >>> lone_mention("不对，是12天").value, lone_mention("8天").unit, lone_mention("那要是12个呢").unit
    (Decimal('12'), '天', '个')
    >>> lone_mention("整20天").value, lone_mention("嗯，1800左右").value, lone_mention("已经2次了").value
    (Decimal('20'), Decimal('1800'), Decimal('2'))
    >>> lone_mention("培训了8天，20个人") is None, lone_mention("2024年3月拿的") is None
    (True, True)
    >>> lone_mention("记错了，是4个，不是3个").value, lone_mention("不是3个，是4个").value, lone_mention("不是3个，是4天") is None
    (Decimal('4'), Decimal('4'), True)
    """
    mentions = scan(text)
    # “是4个，不是3个”“4个，不是3个”: the value taken back is no answer; the one said instead is
    kept = [m for m in mentions if not intent("taken_back_before").search(m.before)]
    if len(mentions) == 2 and len(kept) == 1 and {m.unit for m in mentions} == {kept[0].unit}:
        m = kept[0]
        back = next(b for b in mentions if b is not m)
        first, second = sorted((m, back), key=lambda x: x.start)
        rest = intent("lone_number_filler").regex.sub("", text[: first.start] + text[first.end : second.start] + text[second.end :])
        return m if not rest else None
    if len(mentions) != 1:
        return None
    m = mentions[0]
    rest = intent("lone_number_filler").regex.sub("", text[: m.start] + text[m.end :])
    return m if not rest else None


def _declared(attr: str) -> tuple:
    """The facts declaring ``attr`` (``ratio_of``: a rate of two counts; ``difference_of``: years from two ages), in
    declaration order — the table built once per table of facts."""
    facts = _facts()
    source, table = _derived.get(attr, (None, ()))
    if source is not facts:
        table = tuple((key, spec) for key, spec in facts.items() if getattr(spec, attr))
        _derived[attr] = (facts, table)
    return table


def derive(facts: dict[str, Any]) -> dict[str, Any]:
    """Rates declared ``ratio_of`` two counts, where the rate is not said and the counts are.

    >>> derive({"employed_count": 17, "trainees_count": 20})["employment_rate"]
    Decimal('0.85')
    >>> "employment_rate" not in derive({"employed_count": 30, "trainees_count": 20})
    True

    Years declared ``difference_of`` two ages, where the years are not said and the ages are:

    >>> derive({"age": 35, "start_age": 20})["years_in_occupation"]
    Decimal('15')
    """
    for key, spec in _declared("ratio_of"):
        if key not in facts:
            part, whole = (facts.get(k) for k in spec.ratio_of)
            if part is not None and whole and 0 <= part <= whole:
                facts[key] = Decimal(part) / Decimal(whole)
    for key, spec in _declared("difference_of"):
        if key not in facts:
            # “二十岁技校毕业进厂就一直磨轴承，今年三十五”: the years from the age then to the age now
            now, then = (facts.get(k) for k in spec.difference_of)
            if isinstance(now, (int, Decimal)) and isinstance(then, (int, Decimal)) and not isinstance(now, bool) and 0 <= then <= now:
                facts[key] = Decimal(now) - Decimal(then)
    _people_of_kinds(facts)
    return facts


def _people_of_kinds(facts: dict[str, Any]) -> None:
    """People counted only by their one kind (“低保家庭的3个”): as many people, when no count of people is said.
    Several kinds counted (“低保家庭的4个、残疾的6个”) are groups a total adds up itself, and may overlap (“有重复的”).

    >>> f = {"category_counts": (("低保家庭", 3),)}; _people_of_kinds(f); f["people_count"]
    3
    >>> f = {"category_counts": (("低保家庭", 4), ("残疾", 6))}; _people_of_kinds(f); "people_count" in f
    False
    >>> f = {"category_counts": (("脱贫人口", 9),), "hires_count": 12}; _people_of_kinds(f); "people_count" in f
    False
    """
    from assistant.rules.inputs import FACTS

    kinds = FACTS["person_categories"].terms.counted if FACTS["person_categories"].terms else None
    if not kinds or not facts.get(kinds) or len(facts[kinds]) != 1 or any(k in FACTS and FACTS[k].counts_people for k in facts):
        return
    generic = next((k for k, spec in FACTS.items() if spec.counts_people and spec.fallback), None)
    if generic:
        ((_, facts[generic]),) = facts[kinds]


def _month_index(m: Mention) -> tuple[str, int] | None:
    """A date said with its month as a count of months, and whether it is counted from this year
    (今年/去年 …: ``relative``) or from year 0 (2024年9月: ``absolute``); a year alone gives None."""
    if m.month is None:
        return None
    if m.unit == "往年":
        return "relative", -int(m.value) * 12 + m.month
    if m.unit == "日期" and m.day is not None:
        return "absolute", m.day.year * 12 + m.day.month
    return None


def read_intervals(text: str, as_of: date | None = None) -> dict[str, Any]:
    """Facts declared with ``interval``: the years from a first event to a second, each said with a
    date and its month in a clause of its own (“去年9月新招的工人…今年11月才参加培训”: 14 months, 1.17年).
    Both dates must be counted alike (both relative to this year, or both calendar dates), or one of
    each with the day asked (``as_of``: 今年9月 is then a calendar month), one clause each; anything
    else is no fact (the rule then does not decide on it).

    >>> read_intervals("2022年3月进的现在这个厂，签了三年的劳动合同。今年9月厂里才送我去培训机构学叉车", date(2024, 11, 1))
    {'years_contract_to_training': Decimal('2.50')}

    >>> read_intervals("去年9月招的工人签了3年合同，今年11月才参加岗位技能培训")
    {'years_contract_to_training': Decimal('1.16')}
    >>> read_intervals("2025年3月入职签的合同，2025年8月参加的培训")
    {'years_contract_to_training': Decimal('0.41')}
    >>> read_intervals("2025年3月入职签的合同，今年8月参加的培训"), read_intervals("去年招的人，今年培训的")
    ({}, {})
    """
    from assistant.patterns import compiled

    specs = [(key, spec) for key, spec in _facts().items() if spec.interval]
    if not specs:
        return {}
    dates = [m for m in scan_dates(text) if _month_index(m) is not None]
    out: dict[str, Any] = {}
    for key, spec in specs:
        first, second = (compiled(p) for p in spec.interval)
        starts = [m for m in dates if first.search(m.clause) and not second.search(m.clause)]
        ends = [m for m in dates if second.search(m.clause) and not first.search(m.clause)]
        if len(starts) != 1 or len(ends) != 1:
            continue
        (kind_a, a), (kind_b, b) = _month_index(starts[0]), _month_index(ends[0])
        if kind_a != kind_b and as_of is not None:
            # one said from this year, one a calendar date: the day asked places the first on the calendar
            a, b = (as_of.year * 12 + i if kind == "relative" else i for kind, i in ((kind_a, a), (kind_b, b)))
            kind_a = kind_b
        if kind_a != kind_b or b < a:
            continue
        out[key] = (Decimal(b - a) / 12).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return out


def read_offsets(text: str, facts: dict[str, Any]) -> dict[str, Any]:
    """Date facts declared with ``offset``: a stated event's year and month (``facts``, read from the
    same message) plus a time said after it (“2024年6月大学毕业，毕业三个月后在老家注册了个体户”:
    2024-09-01).  Only a calendar year counts (去年6月毕业 needs the day asked; the rule asks then).

    >>> read_offsets("2024年6月毕业，毕业3个月后在老家注册了个体户", {"graduation_year": 2024, "graduation_month": 6})
    {'registration_date': datetime.date(2024, 9, 1)}
    >>> read_offsets("毕业1年后开了个奶茶店", {"graduation_year": 2023}), read_offsets("毕业3个月后注册了个体户", {"graduation_years_ago": 1})
    ({'registration_date': datetime.date(2024, 1, 1)}, {})
    """
    from assistant.patterns import compiled
    from assistant.rules.dates import add_months

    out: dict[str, Any] = {}
    for key, spec in _facts().items():
        if not spec.offset or key in facts:
            continue
        year_key, month_key, before, clause = spec.offset
        year = facts.get(year_key)
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
            continue
        month = facts.get(month_key) if isinstance(facts.get(month_key), int) else 1
        for m in scan(text):
            if m.unit not in ("月", "年") or m.span is not None or m.value < 0:
                continue
            if not compiled(before).search(m.before) or not intent("after_offset").match(m.after) or not compiled(clause).search(m.clause):
                continue
            months = m.value * (12 if m.unit == "年" else 1)  # 半年 (0.5年): 6 months
            if months != int(months):
                continue
            months = int(months)
            try:
                out[key] = add_months(date(year, month, 1), months)
            except ValueError:
                continue
            break
    return out
