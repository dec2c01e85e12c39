"""A period a clause states for its own measure: 执行期限至2024年12月31日, 此政策延续至2022年底.

One reader for ingest (``Chunk.clause_expiry``, the note an answer adds under a quoted
clause) and for the rules (a rule whose quoted sentence states such a period is in force
only to that day: ``assistant.rules.registry``).  A document's own period (本文件……有效期至…,
read by ``ingest.metadata.validity``) is not a clause's: a sentence that speaks of the whole
document is left out.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_YEAR = r"((?:19|20)\d{2})年"
_TAIL = r"(?:(\d{1,2})月(?:(\d{1,2})[日号])?|(底|末))?"
# the words that say the measure runs to a day: 执行期限至, 延续至, 延续执行至, 实施期限至, 有效期至, 执行到 …
_LEADS = r"(?:执行期限|实施期限|政策期限|有效期|期限)(?:延长)?(?:至|到|截至)|(?:延续|延长|继续)(?:执行|实施)?(?:至|到)|(?:执行|实施)(?:至|到)"
_STATED = re.compile(rf"(?:{_LEADS}){_YEAR}{_TAIL}")
# a sentence about the whole document (本文件自…施行，有效期至…): the document's period, not a clause's
_WHOLE_DOCUMENT = re.compile(r"本(?:文件|办法|通知|意见|方案|规定|细则|措施|《[^》]{1,12}》)[^，。；]{0,12}(?:自|有效期|施行|执行)")
# a stated period that covers the article's earlier sentences too (以上政策执行期限至…)
_WHOLE_ARTICLE = re.compile(r"(?:以上|上述|本条|前述|上列)(?:政策|措施|补贴|各项)")


@dataclass(frozen=True)
class StatedEnd:
    """The last day a clause says its measure runs to, and the words that say it."""

    end: date
    phrase: str  # verbatim: 执行期限至2024年12月31日
    whole_article: bool = False  # 以上政策执行期限至…: the article's other sentences too


def stated_end(text: str) -> StatedEnd | None:
    """The end a clause states for its measure, or None.

    A year alone (至2025年, 至2022年底) means its last day; a month alone, that month's last day.

    >>> stated_end("…中小微企业按60%返还，执行期限至2024年12月31日。").end
    datetime.date(2024, 12, 31)
    >>> s = stated_end("给予最多3个月的剩余期限补贴，此政策延续至2022年底。"); (s.end, s.phrase)
    (datetime.date(2022, 12, 31), '延续至2022年底')
    >>> stated_end("中央财政就业补助资金相关支出实施期限至2025年。").end
    datetime.date(2025, 12, 31)
    >>> stated_end("阶段性降低失业保险费率政策延续执行至2025年6月。").end
    datetime.date(2025, 6, 30)
    >>> stated_end("以上政策执行期限至2025年12月31日。").whole_article
    True
    >>> stated_end("本文件自2024年7月13日起施行，除有明确执行期限的，有效期至2025年12月31日。") is None
    True
    >>> stated_end("按规定给予补贴。") is None
    True
    """
    for m in _STATED.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        if _WHOLE_DOCUMENT.search(text[start : m.start()]):
            continue
        year = int(m.group(1))
        month, day, part = m.group(2), m.group(3), m.group(4)
        try:
            if month and day:
                end = date(year, int(month), int(day))
            elif month:
                end = date(year, int(month), calendar.monthrange(year, int(month))[1])
            else:
                end = date(year, 12, 31)
        except ValueError:
            continue
        phrase = m.group(0)
        return StatedEnd(end, phrase, bool(_WHOLE_ARTICLE.search(text[start : m.start()])))
    return None


# the years a programme runs: 从2024年至2027年（开展…行动）, a title's （2024-2026年）
_SPAN_IN_TEXT = re.compile(r"从((?:19|20)\d{2})年(?:起)?(?:至|到)((?:19|20)\d{2})年")
# a start with no end: 决定自2022年起，实施我省…工程
_FROM_IN_TEXT = re.compile(r"(?:自|从)((?:19|20)\d{2})年起[，,]?(?:开始)?(?:实施|开展|组织实施|启动)")
_SPAN_IN_TITLE = re.compile(r"[（(]((?:19|20)\d{2})\s*[-—－–~～至到]\s*((?:19|20)\d{2})年?[）)]")


@dataclass(frozen=True)
class Span:
    """The years a programme a document sets up runs, and the words that say so."""

    first: int
    last: int | None  # None: a start with no stated end (自2022年起实施)
    phrase: str  # verbatim: 从2024年至2027年, or the title's （2024-2026年）
    in_title: bool = False

    @property
    def end(self) -> date | None:
        return date(self.last, 12, 31) if self.last is not None else None

    def start(self, issued: date | None) -> date:
        """The first day in force: the day the document was issued, when that falls in the span."""
        first = date(self.first, 1, 1)
        return issued if issued is not None and first <= issued <= (self.end or issued) else first


def programme_span(title: str, text: str) -> Span | None:
    """The years a document's programme runs, when its title or text says (a document that states
    no period of its own: 行动方案（2024-2026年）, “从2024年至2027年，…开展…行动”).

    >>> programme_span("加快数字人才培育支撑数字经济发展行动方案（2024-2026年）", "").last
    2026
    >>> s = programme_span("关于共享公共实训基地开展民营企业员工职业技能提升行动的通知", "决定，从2024年至2027年，开展百万民企员工职业技能提升行动"); (s.first, s.last, s.phrase)
    (2024, 2027, '从2024年至2027年')
    >>> programme_span("关于印发江西省专业技术人才知识更新工程实施方案的通知", "决定自2022年起，实施我省专业技术人才知识更新工程").last is None
    True
    >>> programme_span("关于推进人力资源服务业高质量发展的实施意见", "到2025年，营业收入达到200亿元") is None  # a target, not a span
    True
    """
    m = _SPAN_IN_TITLE.search(title)
    if m and int(m.group(1)) <= int(m.group(2)):
        return Span(int(m.group(1)), int(m.group(2)), m.group(0), True)
    m = _SPAN_IN_TEXT.search(text)
    if m and int(m.group(1)) <= int(m.group(2)):
        return Span(int(m.group(1)), int(m.group(2)), m.group(0))
    m = _FROM_IN_TEXT.search(text)
    if m:
        return Span(int(m.group(1)), None, m.group(0))
    return None


def sentence_around(text: str, quote: str) -> str | None:
    """The sentences of ``text`` that ``quote`` touches (to 。； or a line end), or None when absent.

    >>> sentence_around("甲补贴1000元。乙补贴2000元，执行期限至2024年12月31日。丙。", "乙补贴2000元")
    '乙补贴2000元，执行期限至2024年12月31日。'
    """
    at = text.find(quote)
    if at < 0:
        return None
    left = max(text.rfind(c, 0, at) for c in "。；\n") + 1
    ends = [i for i in (text.find(c, at + len(quote)) for c in "。；\n") if i != -1]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


__all__ = ["Span", "StatedEnd", "programme_span", "sentence_around", "stated_end"]
