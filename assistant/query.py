"""Query understanding: validate, normalize, expand, and read the region and date asked about.

``understand`` is pure: the edge passes today's date; history is a list of turns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.config import DATA_DIR, MAX_HISTORY_TURNS, MAX_QUESTION_CHARS
from assistant.datafile import load_yaml
from assistant.errors import BadQuestion
from assistant.regions import NATIONAL, regions
from assistant.schema import REGION_PENDING, DialogueState, Turn
from assistant.text import normalize, resolve_relative_dates
from assistant.understand.aspects import Aspect, asked_aspects
from assistant.understand.intents import intent
from assistant.understand.mentions import asks_date, dated_in_reply
from assistant.understand.reference import Reference, read_reference

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates are what Python makes of bytes that are not UTF-8 (a terminal in GBK, a
# pasted binary): not text, and they fail every later encode (OpenCC, JSON output, logs).
_NOT_TEXT = re.compile(r"[\ud800-\udfff]")
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]*>|&(?:lt|gt|amp|quot|#\d+);", re.I)


@dataclass(frozen=True)
class Query:
    """A question made ready for retrieval and rules."""

    original: str
    text: str  # Simplified, normalized, numerals as digits
    search_text: str  # text + synonym expansions
    region: str | None  # the province or city the person asks about
    regions: tuple[str, ...]  # every region named (compare questions name two)
    region_source: str | None  # "question", "history", "option"
    as_of: date  # the day the rules are evaluated at: the event's date, else today
    history: tuple[Turn, ...] = field(default=())
    context: str = ""  # earlier user turns, for rules and retrieval of follow-ups
    today: date | None = None  # the day the person asks (the edge's clock or --date)
    # (the region option, the place the question names) when they disagree: asked back, never
    # resolved silently
    region_conflict: tuple[str, str] | None = None
    reference: Reference = field(default_factory=Reference)  # the document, article, quote a lookup names
    aspects: tuple[Aspect, ...] = ()  # what about a measure is asked (次数, 期限, 金额 …)
    # 文号 typed otherwise than the corpus writes them, and the corpus 文号 each was read as
    numbers_read: tuple[tuple[str, str], ...] = ()
    event_said: bool = False  # the message itself names the day of an event (“那要是2023年招的呢？”), even today

    def with_numbers(self, reads: list[tuple[str, str]]) -> "Query":
        """This question with each typed 文号 written as the corpus document's (``reads``: typed, number)."""
        text = self.text
        for typed, number in reads:
            text = text.replace(typed, number)
        if text == self.text:
            return self
        return replace(self, text=text, search_text=expand(text), reference=read_reference(text), numbers_read=tuple(reads))

    def with_paths(self, typed: tuple[str, ...]) -> "Query":
        """This question's article paths completed by ``typed`` (paths read leniently, as the
        documents write them: ``assistant.lookup.read_paths``): 三、（二） cut short of 1（3） becomes
        三、（二）1.（3）, 第10条 becomes 第十条; a path typed that the reference missed is added."""
        from assistant.lookup import normalize_path

        paths: list[str] = []
        for path in self.reference.paths:
            path = normalize_path(path)
            longer = [t for t in typed if t.startswith(path)]
            paths.append(max(longer, key=len) if longer else path)
        paths += [t for t in typed if not any(p.startswith(t) or t.startswith(p) for p in paths)]
        paths = list(dict.fromkeys(paths))
        if tuple(paths) == self.reference.paths:
            return self
        return replace(self, reference=replace(self.reference, paths=tuple(paths)))


def validate_question(question: object) -> str:
    """Refuse what cannot be a question, with a message a person understands."""
    if not isinstance(question, str):
        raise BadQuestion("问题必须是文字。")
    if not question.strip():
        raise BadQuestion("问题是空的：请输入您想了解的政策问题，例如“高级技师干了5年能评副高吗？”")
    if len(question) > MAX_QUESTION_CHARS:
        raise BadQuestion(
            f"问题太长（{len(question)} 字）：请把问题控制在 {MAX_QUESTION_CHARS} 字以内，只写与政策有关的部分。"
        )
    if _CONTROL.search(question):
        raise BadQuestion("问题中含有控制字符：请只输入普通文字。")
    if _NOT_TEXT.search(question):
        raise BadQuestion("问题中含有无法识别的字符（输入的编码不是 UTF-8）：请检查终端或输入法的编码后重新输入。")
    if _HTML.search(question):
        raise BadQuestion("问题中含有 HTML 标记或脚本：请只输入文字问题（本系统不会执行任何代码）。")
    return question


@functools.lru_cache(maxsize=1)
def synonyms() -> dict[str, list[str]]:
    return load_yaml((DATA_DIR / "synonyms.yaml").read_text(encoding="utf-8")) or {}


def normalize_question(text: str) -> str:
    """The one normalizer (``assistant.text.normalize``): script, width, numbers.

    >>> normalize_question("高級技師幹了五年，能評副高嗎？")
    '高级技师干了5年，能评副高吗？'
    >>> normalize_question("二〇二五年六月还能领吗")
    '2025年6月还能领吗'
    """
    return normalize(text)


def expand(text: str) -> str:
    extra: list[str] = []
    for word, terms in synonyms().items():
        if word in text:
            extra.extend(t for t in terms if t not in text and t not in extra)
    return text if not extra else text + " " + " ".join(extra)


def detect_regions(text: str) -> list[str]:
    """Regions named in the text, in order, de-duplicated; a city stands for itself.

    >>> detect_regions("我在杭州，浙江的政策和河南比呢")
    ['杭州市', '浙江省', '河南省']
    >>> detect_regions("我人在浙江，不在河南")
    ['浙江省']
    >>> detect_regions("我是浙江人但在江苏工作"), detect_regions("老家河南的，现在在杭州上班"), detect_regions("我是河南人")
    (['江苏省'], ['杭州市'], ['河南省'])
    >>> detect_regions("在浙江打了十来年工，2024年初回江西上饶老家开了个小饭馆")
    ['江西省', '上饶市']
    >>> detect_regions("凉山昭觉的，6个脱贫户去了浙江宁波的厂里，还有1个一般户也跟着去了宁波")
    ['凉山州']
    >>> detect_regions("凉山的，跟着县里组织的劳务输出去浙江进厂了"), detect_regions("我去浙江打工了，能评职称吗")
    (['凉山州'], ['浙江省'])
    >>> detect_regions("我们公司营业执照是在河北石家庄办的，在阳泉有个项目部")
    ['阳泉市']
    >>> detect_regions("公司在河北石家庄，在阳泉有个项目部，能在山西申请当见习单位吗")
    ['山西省', '河北省', '石家庄市', '阳泉市']
    >>> detect_regions("重庆大学"), detect_regions("我是重庆大学毕业的，现在在阿坝乡镇工作")
    ([], ['阿坝州'])
    >>> detect_regions("那全国技术能手呢？"), detect_regions("全国的规定是怎样的"), detect_regions("全国职业技能大赛，数控铣，拿了金牌")
    ([], ['全国'], [])
    >>> detect_regions("之前在东莞电子厂打工快十年，2023年底回了老家县城"), detect_regions("以前在深圳打工，去年回四川老家了")
    ([], ['四川省'])
    """
    table = regions()
    places: list[str] = []
    origins: list[str] = []
    moved: set[str] = set()
    first_at: dict[str, int] = {}
    moved_at: int | None = None
    asked: list[str] = []  # “能在山西这边申请”: the place the person applies in
    for province, city, start, end, role in _places_said(text):
        if role in ("not_here", "school", "left", "sent"):
            continue  # "我人在浙江，不在河南", "重庆大学毕业的", "之前在东莞打工…回了老家", "组织…到江苏进厂": not where the person is
        name = city or province
        first_at.setdefault(name, start)
        if role == "moved_to" and moved_at is None:
            moved_at = start
        if role == "asked_in" and name not in asked:
            asked.append(name)
        kept = origins if role in ("origin", "away") else places
        if role == "moved_to":  # “在浙江打了十年工，回江西老家开店”: where the person is now comes first
            if name in kept:
                kept.remove(name)
            kept.insert(sum(1 for p in kept if p in moved), name)
            moved.add(name)
        elif name not in kept:
            kept.append(name)
    if moved_at is not None:  # “在浙江打了十来年工，回江西老家开店”: where they were before the move is behind them
        left = [p for p in places if p not in moved and first_at[p] < moved_at]
        places = [p for p in places if p not in left]
        origins += [p for p in left if p not in origins]
    if asked:  # “公司在河北石家庄，在阳泉有个项目部，能在山西申请吗”: where they apply is what is asked about
        places = [p for p in asked if p in places] + [p for p in places if p not in asked]
    # where the person comes from counts only when nothing else is named ("我是河南人，能评吗")
    seen = places or origins
    plain = text
    for honour in table.mentions.national_not:  # 全国技术能手 is an honour, not the national level
        plain = plain.replace(honour, "")
    if intent("names_national").search(plain) and NATIONAL not in seen:
        seen.append(NATIONAL)
    return seen


def _places_said(text: str, again: bool = True) -> list[tuple[str | None, str | None, int, int, str]]:
    """Each place named, in order, with the role it is said in (``regions.yaml`` ``mentions``): a name said right after
    another is said as that one is (“执照是在河北石家庄办的”), and (``again``) a place said again keeps the role it was
    first said in when that was not where the person is (“6个去了浙江宁波的厂里…还有1个也跟着去了宁波”).

    >>> [(city or province, role) for province, city, _, _, role in _places_said("都去的浙江宁波电子厂")]
    [('浙江省', 'away'), ('宁波市', 'away')]
    """
    table = regions()
    out: list[tuple[str | None, str | None, int, int, str]] = []
    said_before: tuple[int, str] | None = None  # where the last name ended, and its role
    roles: dict[str, str] = {}  # the role a place was first said in, when not where the person is
    for province, city, start, end in table.spans(text):
        role = table.mentions.role(text, start, end)
        if said_before is not None and said_before[0] == start and role == "place":
            role = said_before[1]
        if again and role == "place" and roles.get(city or province) in ("away", "sent", "left", "not_here"):
            role = roles[city or province]
        roles.setdefault(city or province, role)
        said_before = (end, role)
        out.append((province, city, start, end, role))
    return out


def _only_gone_to(text: str) -> bool:
    """Every place the text names is where someone went to work (“坐大巴去东莞电子厂”), none where the person is.

    >>> _only_gone_to("镇上统一组织的，坐大巴去东莞电子厂"), _only_gone_to("我在东莞电子厂上班"), _only_gone_to("那河南呢")
    (True, False, False)
    >>> _only_gone_to("都去的浙江宁波电子厂，9个一起走的")
    True
    """
    roles = [role for *_, role in _places_said(text, again=False)]
    return bool(roles) and all(r in ("away", "sent") for r in roles)


def province_of(region: str | None) -> str | None:
    if region is None or region == NATIONAL:
        return None
    table = regions()
    if table.province(region):
        return table.province(region).name
    return table.province_of_city(region)


def compared_regions(named: list[str] | tuple[str, ...]) -> list[str]:
    """The regions a question compares: those it names, less a province one of whose own cities it also
    names (“晋中2023年技能山西方案”: 晋中 is searched with its province's documents, so 山西 adds none and
    asks no second side).

    >>> compared_regions(["晋中市", "山西省"]), compared_regions(["浙江省", "四川省"]), compared_regions(["晋中市", "四川省"])
    (['晋中市'], ['浙江省', '四川省'], ['晋中市', '四川省'])
    """
    cities_of = {province_of(r) for r in named if province_of(r) != r}
    return [r for r in named if not (province_of(r) == r and r in cities_of)]


_DATE_IN_Q = re.compile(r"(?:((?:19|20)\d{2})|(大前年|前年|去年|今年|明年|后年))年?(?:(\d{1,2})(?:~\d{1,2})?月份?(?:(\d{1,2})[日号])?)?(初|底|末|中(?=旬|[，,。；;、\s]|的|左右|$)|上半年|下半年|开春|开年)?")  # 6月中 is mid-June; 6月中专毕业 is no day of June; 3~4月 (三四月份) is from March
_RELATIVE_YEARS = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3, "明年": -1, "后年": -2}
# What may come before and after a date (declared in assistant/data/intents.yaml): a document's
# date (date_names_document, basis_before_date) is no day asked about; only events a rule governs
# (hiring, applying, training, an internship, a payment: date_of_event, event_before_date) move
# the day rules are evaluated at; a date a fact happened on (拿证, 毕业, 注册: date_of_fact) is
# that fact's date, read by the facts, and the question is about today.


def _year_of(m: re.Match, today: date) -> int:
    """The year a match of ``_DATE_IN_Q`` names (0 for a four-digit number that is no year)."""
    if m.group(2):
        return today.year - _RELATIVE_YEARS[m.group(2)]
    return int(m.group(1)) if m.string[m.end(1) : m.end(1) + 1] == "年" else 0


def date_asked(text: str, today: date, default: date | None | str = "today") -> date | None:
    """The day a question is about: the date of the event it describes, else today.

    A date that opens the question ("2024年6月，四川一家公司…") or is tied to what
    happened ("2024年招的", "去年10月拿的证", "2025年申请") counts; a date that names a
    document or a rule ("2024年4月2日印发的…", "根据2025年新规") does not.  A year alone
    means its last day (its first with 初); 去年/前年 count back from ``today``.

    >>> date_asked("2025年6月还能领吗", date(2026, 11, 21))
    datetime.date(2025, 6, 1)
    >>> date_asked("2024年6月，四川一家公司能申请吗", date(2026, 11, 21))
    datetime.date(2024, 6, 1)
    >>> date_asked("2024年4月2日印发的方案说了什么", date(2026, 11, 21))
    datetime.date(2026, 11, 21)
    >>> date_asked("根据2025年新规，企业能领多少钱", date(2026, 11, 21))
    datetime.date(2026, 11, 21)
    >>> date_asked("四川一家企业去年招了3个应届生", date(2026, 12, 1)), date_asked("去年10月申请的", date(2026, 12, 1))
    (datetime.date(2025, 12, 31), datetime.date(2025, 10, 1))
    >>> date_asked("杭州的，2021年3月拿的电工高级技师证，想评副高", date(2026, 12, 1))  # the certificate's date is a fact
    datetime.date(2026, 12, 1)
    >>> date_asked("2025年3月在老家注册了个体户，能领创业补贴吗", date(2026, 12, 1))
    datetime.date(2026, 12, 1)
    >>> date_asked("2023年单位和职工实际缴的失业保险费一共8万。今年能返多少稳岗返还？", date(2024, 9, 15))
    datetime.date(2024, 9, 15)
    >>> date_asked("我2004年生的，登记失业了，能去见习吗", date(2026, 12, 1)), date_asked("1999年出生，能领吗", date(2026, 12, 1))  # a birth year
    (datetime.date(2026, 12, 1), datetime.date(2026, 12, 1))
    >>> date_asked("2022年那次没过，后面都过了", date(2026, 12, 1))  # a year of an appraisal is that fact's
    datetime.date(2026, 12, 1)
    >>> date_asked("我2025年6月本科毕业，今年3月开了个奶茶店，我现在能申请吗", date(2026, 12, 1))
    datetime.date(2026, 12, 1)
    >>> date_asked("2023年5月遴选设立的，有效期到2026年5月，当时忙忘了没去办延续", date(2026, 12, 1))
    datetime.date(2026, 12, 1)
    >>> date_asked("明年3月31号到期", date(2026, 12, 1)), date_asked("2027年5月证书就过期了", date(2026, 12, 1))
    (datetime.date(2026, 12, 1), datetime.date(2026, 12, 1))
    >>> date_asked("财社2021年89号还有效吗", date(2026, 12, 1)), date_asked("去年9月份招的见习生", date(2024, 3, 15))
    (datetime.date(2026, 12, 1), datetime.date(2023, 9, 1))
    >>> date_asked("2025年上半年陆续招了12个脱贫户", date(2026, 12, 1)), date_asked("前年下半年招的", date(2026, 12, 1))
    (datetime.date(2025, 6, 30), datetime.date(2024, 12, 31))
    >>> date_asked("2021年6月中专毕业，能去见习吗", date(2022, 9, 1))  # 中 of 中专, not mid-June: a fact's date
    datetime.date(2022, 9, 1)
    >>> date_asked("开了个农家乐，个体户执照是2023年12月办的，一直正常营业", date(2025, 4, 15))
    datetime.date(2025, 4, 15)
    >>> date_asked("我们20人的小厂，失业保险从2022年起一直足额在交，今年能申请稳岗返还吗", date(2024, 9, 1))
    datetime.date(2024, 9, 1)
    >>> date_asked("我是就业困难人员，社保补贴从2023年领到现在，还能接着领吗", date(2026, 3, 1))
    datetime.date(2026, 3, 1)
    >>> date_asked("去年领过2次评价补贴了，今年还能领吗", date(2026, 12, 1))  # what was received before is a fact
    datetime.date(2026, 12, 1)

    ``default``: what is returned when no date of an event is said (today unless given): “那要是2023年招的
    呢？” in 2023 names this year's event — today — and a conversation's earlier event day no longer holds.

    >>> date_asked("那要是2023年招的呢？", date(2023, 5, 10), default=None), date_asked("那要是招3个呢？", date(2023, 5, 10), default=None)
    (datetime.date(2023, 5, 10), None)
    >>> date_asked("去年（2022年）接了几个见习生", date(2023, 5, 10))  # the year restated in brackets
    datetime.date(2022, 12, 31)
    >>> date_asked("前年（2022年）厂里裁了3个人，今年还能申请返还吗", date(2024, 9, 1))  # …then a fact of that year
    datetime.date(2024, 9, 1)
    >>> date_asked("前年参加了焊工培训考了初级，今年又报了中级班，还能补吗", date(2025, 5, 1))  # done again this year
    datetime.date(2025, 5, 1)
    >>> date_asked("2022年招了3个人，2023年又招了2个，一共能补多少", date(2025, 5, 1))  # again, but in a past year
    datetime.date(2022, 12, 31)
    >>> date_asked("哦我记岔了，不是2022年，是2021年3月份拿的证", date(2024, 5, 10))  # a date said not to be the one
    datetime.date(2024, 5, 10)
    >>> date_asked("大前年和前年考核都合格，去年没过，还能报吗", date(2025, 5, 1))  # years listed, of facts
    datetime.date(2025, 5, 1)

    An event the person plans (打算…, 等…再…): its day, after today — a later year alone from its first day.

    >>> date_asked("那我打算2025年3~4月份再去考，到时候拿了证还能领吗", date(2024, 11, 20)), date_asked("打算2026年再招5个人", date(2025, 11, 10))
    (datetime.date(2025, 3, 1), datetime.date(2026, 1, 1))
    >>> date_asked("2022年考了初级，2023年再考中级", date(2024, 11, 20))  # a certificate got again: a fact's date
    datetime.date(2024, 11, 20)
    >>> date_asked("2024年10月招的见习生，想提前签合同，打算2025年2月10号签", date(2025, 1, 6))  # the event planned
    datetime.date(2025, 2, 10)

    Now asked about as against then (现在能报了吗): today, whatever day the story tells of.

    >>> date_asked("前年10月想报副高，当时单位没让报。现在能报了吗？", date(2024, 3, 26))
    datetime.date(2024, 3, 26)

    Whether a document was in force at the time of something done on a day said (当时…施行了吗):

    >>> date_asked("我是2022年12月5号交的申报材料，当时这个办法已经开始实施了没有？", date(2023, 3, 1))
    datetime.date(2022, 12, 5)
    >>> date_asked("我们厂2024年1月中旬搞了一次评审，当时这个意见已经开始施行了吗？", date(2024, 6, 20))
    datetime.date(2024, 1, 15)

    A day ahead when what is expected comes (证…才发得下来, 到时候…): that day — a clause running out before it is said to.

    >>> date_asked("考试2024年12月才考，证最快2025年1月中旬发下来，那还赶得上不？", date(2024, 11, 20))
    datetime.date(2025, 1, 15)
    >>> date_asked("执照是2025年3月才办的，等满1年得2026年3月了，到时候这1万还能领到吗", date(2025, 6, 10))
    datetime.date(2026, 3, 1)
    >>> date_asked("证书要2025年开春3~4月份才发得下来，那还赶得上不？", date(2024, 11, 5))
    datetime.date(2025, 3, 1)
    >>> date_asked("考试2024年12月才考，证最快2025年1月中旬发下来", date(2024, 11, 20)), date_asked("报的班2025年3月才考试", date(2024, 10, 20))
    (datetime.date(2025, 1, 15), datetime.date(2025, 3, 1))

    A day ahead (明年, 后年) asked about as the day of what is planned:

    >>> date_asked("这个月来不及了，要是明年开春再去申请呢，还能返吗？", date(2024, 12, 20)), date_asked("明年3月申请还行吗", date(2024, 12, 20))
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 1))
    """
    if intent("asks_now_instead").search(text):
        return today  # “前年想报没让报…现在能报了吗”: what was refused then is the story; now is asked about
    for m in _DATE_IN_Q.finditer(text):
        digits, relative, month, day, part = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if relative is None and not text[m.end(1) : m.end(1) + 1] == "年":
            continue  # a four-digit number that is not a year
        year = int(digits) if digits else today.year - _RELATIVE_YEARS[relative]
        if digits and not month and re.match(r"\d{1,4}号", text[m.end() :]):
            continue  # a 文号 typed with 年 (财社2021年89号): the document's year, not a day asked about
        if intent("years_listed_after").match(text[m.end() :]):
            continue  # “前年和今年都合格，就去年没过”: years listed together, of what happened in them — facts
        if relative is not None and intent("year_restated_after").match(text[m.end() :]):
            continue  # “前年（2022年）…”: the year restated in brackets is read next, with what follows it
        after = text[m.end() : m.end() + 6]
        if intent("date_names_document").match(after) or intent("basis_before_date").search(text[max(0, m.start() - 2) : m.start()]):
            continue
        if intent("date_denied_before").search(text[max(0, m.start() - 3) : m.start()]):
            continue  # “我记岔了，不是前年，是21年3月份拿的证”: a date said not to be the one
        if intent("expected_after_date").match(text[m.end() : m.end() + 14]):
            # “证最快明年1月中旬发下来，那还赶得上不？”: a day ahead when what is expected comes — the day asked about
            # (a part of the year said without its month: 开春 March, 年底 December; 中旬 the 15th)
            month_said = int(month) if month else {"开春": 3, "底": 12, "末": 12}.get(part, 1)
            try:
                ahead = date(year, month_said, int(day) if day else 15 if part == "中" else 1)
            except ValueError:
                ahead = None
            if ahead is not None and ahead > today:
                # (“考试下个月才考，证最快明年1月中旬发下来”: the exam, then the certificate — the last day expected counts)
                later = date_asked(text[m.end() :], today, default=None) if _DATE_IN_Q.search(text, m.end()) else None
                return later if later is not None and later > ahead else ahead
        then = intent("in_force_then").regex.search(text, m.end())
        if then is not None and month:
            # “我是2022年12月5号交的材料，当时这个办法已经开始实施了没有？”: whether in force on the day of what was done
            return date(year, int(month), int(day or (15 if part == "中" else 1)))
        fact = text[m.end() : m.end() + 24]
        fact = fact[1:] if fact[:1] in "）)" else fact  # “前年（2022年）裁了3个”: the year restated in brackets, then the fact
        if intent("date_of_fact").match(fact) or intent("fact_before_date").search(text[max(0, m.start() - 6) : m.start()]):
            continue  # “2025年3月在老家注册了个体户”, “执照是2023年12月办的”: the day a fact began, not the day asked about
        if intent("date_is_expiry").search(text[max(0, m.start() - 8) : m.start()]) or intent("expiry_after_date").match(text[m.end() : m.end() + 8]):
            continue  # “有效期到2026年5月，当时忙忘了”: when something runs out, not the day asked about
        opens = m.start() <= 2
        tied = intent("date_of_event").match(after) or intent("event_before_date").search(text[max(0, m.start() - 2) : m.start()])
        if not (opens or tied):
            continue
        if any(intent("event_again").match(text[later.end() :]) for later in _DATE_IN_Q.finditer(text, m.end()) if _year_of(later, today) >= today.year):
            continue  # “去年参加培训考了中级，今年又报了高级…”: the event done again this year or later is asked about
        if any(intent("plans_before_date").search(text[max(0, later.start() - 4) : later.start()]) for later in _DATE_IN_Q.finditer(text, m.end()) if _year_of(later, today) >= today.year):
            continue  # “去年10月接的见习生…打算今年4月20号提前签合同”: the event planned is asked about
        try:
            if month:
                return date(year, int(month), int(day or 1))
            if part in ("初", "开年"):
                return date(year, 1, 1)
            if part == "开春":  # “明年开春再去申请”: spring's start, taken as March
                return date(year, 3, 1)
            if part in ("底", "末"):
                return date(year, 12, 31)
            if part == "上半年":  # “2025年上半年陆续招了…”: the half's last day, as a year alone its last
                return min(date(year, 6, 30), today)
            if part == "下半年":
                return min(date(year, 12, 31), today)
            # a year alone: its last day (or today, this year) — a measure in force at any time that
            # year is in force then unless it ended earlier, when its last day applies instead; a later
            # year (“准备2026年再招”) from its first day, the earliest the event planned can be
            return today if year == today.year else date(year, 12, 31) if year < today.year else date(year, 1, 1)
        except ValueError:
            continue
    return today if default == "today" else default


def asks_record_validity(text: str) -> bool:
    """Does the question ask whether the person's record (a score, a certificate) lapses, rather
    than whether a document is in force?

    >>> asks_record_validity("考试停考了，我之前过的科目成绩会不会作废"), asks_record_validity("这个文件还有效吗")
    (True, False)
    >>> asks_record_validity("财社〔2017〕164号作废了吗"), asks_record_validity("技师证书过期了还能评职称吗")
    (False, True)
    >>> asks_record_validity("这个认证办法还有效吗")
    False
    """
    return intent("record_validity").search(text) is not None


def bounded_history(history: list[Turn] | tuple[Turn, ...]) -> tuple[Turn, ...]:
    """The last ``MAX_HISTORY_TURNS`` turns, each cut to ``MAX_QUESTION_CHARS``, non-text dropped.

    History comes unchecked from files, batch lines and other programs; fact
    extraction and region detection read every user turn, so an unbounded turn
    (a pasted document, 100k characters) would cost minutes per question.

    >>> turns = bounded_history([Turn("user", "问" * 5000)] * 50)
    >>> len(turns), len(turns[0].content)
    (20, 2000)
    """
    out = []
    for turn in tuple(history)[-MAX_HISTORY_TURNS:]:
        content = turn.content if isinstance(turn.content, str) else str(turn.content)
        content = _NOT_TEXT.sub("", content[:MAX_QUESTION_CHARS])
        out.append(turn if content == turn.content else Turn(turn.role, content, turn.state))  # the state is not text
    return tuple(out)


def _region_option(region: object) -> str:
    """The region a person chose, checked like a question (it is typed text too)."""
    if not isinstance(region, str) or len(region) > 40 or _NOT_TEXT.search(region) or _CONTROL.search(region):
        shown = repr(region)[:40] + ("…" if len(repr(region)) > 40 else "")
        raise BadQuestion(f"无法识别的地区：{shown}（例如：浙江、四川省、晋中市、全国）")
    found = detect_regions(normalize_question(region))
    if not found:
        raise BadQuestion(f"无法识别的地区：{region!r}（例如：浙江、四川省、晋中市、全国）")
    return found[0]


def understand(
    question: str,
    history: list[Turn] | tuple[Turn, ...] = (),
    region: str | None = None,
    today: date | None = None,
    as_of: date | None = None,
) -> Query:
    """Validate and read a question; the region can come from an option, the question or earlier turns."""
    validate_question(question)
    if today is None:
        raise ValueError("today must be passed explicitly")
    history = bounded_history(history)
    text = resolve_relative_dates(normalize_question(question), today)  # “去年” is the year before the day asked
    named = detect_regions(text)
    context_parts = [resolve_relative_dates(normalize_question(t.content[:MAX_QUESTION_CHARS]), today) for t in history if t.role == "user"]
    if named and _only_gone_to(text) and any(detect_regions(past) for past in context_parts):
        # “镇上统一组织的，坐大巴去东莞电子厂” in a conversation that named where the person is (巴中): where those they
        # speak of went to work, not where the person is
        named = []
    source = None
    chosen: str | None = None
    conflict = None
    places = [r for r in named if r != NATIONAL]
    last = _last_state(history)
    if region:
        chosen, source = _region_option(region), "option"
        if last is not None and last.pending == REGION_PENDING and places:
            # the answer to "按哪个地区回答？": the question that was asked back is answered now
            chosen, source = places[0], "question"
            asked = [t.content for t in history if t.role == "user"]
            if asked:
                text = f"{resolve_relative_dates(normalize_question(asked[-1][:MAX_QUESTION_CHARS]), today)} {text}"
        elif last is not None and last.region_over and last.region_over == province_of(chosen):
            # the person already chose a place over this option in the conversation: their words lead
            chosen, source = (places[0], "question") if places else (last.region or chosen, "dialogue")
        elif chosen != NATIONAL and places and province_of(chosen) not in {province_of(r) for r in places}:
            conflict = (chosen, places[0])
        elif chosen == NATIONAL and places:
            chosen, source = places[0], "question"  # 全国 is not a place: the place named is what is asked
    elif named:
        chosen, source = named[0], "question"
    if chosen is None:
        for past in reversed(context_parts):
            found = detect_regions(past)
            if found:
                chosen, source = found[0], "history"
                break
    if chosen is None:
        # named before the turns at hand: the conversation's state still holds it
        state = next((t.state for t in reversed(history) if t.role == "assistant" and t.state is not None), None)
        found = detect_regions(state.region) if state is not None and state.region else []
        if found:  # a state read back from a file is checked like text
            chosen, source = found[0], "history"
    # a date said in reply to the question of a fact it dates (“去年8月办的” to “已正常运营多长时间？”) is that fact's, not
    # the day of an event asked about
    # (and a date said alone in reply to a question of a fact that is no date — “2021年” to “是否仍在岗？” — dates a fact
    # of the person's: the day the question is about stays)
    replied_date = last is not None and (dated_in_reply(last.pending) or (last.pending is not None and intent("only_a_date").search(text) is not None and not asks_date(last.pending)))
    day = as_of or (today if replied_date else date_asked(text, today))
    return Query(
        original=question,
        text=text,
        search_text=expand(text),
        region=chosen,
        regions=tuple(named) if named else ((chosen,) if chosen else ()),
        region_source=source,
        as_of=day,
        history=tuple(history),
        context=" ".join(context_parts),
        today=as_of or today,  # an explicit day (--date, an evaluation item) is the day the person asks on
        region_conflict=conflict,
        reference=read_reference(text),
        aspects=asked_aspects(text),
        event_said=as_of is None and not replied_date and date_asked(text, today, default=None) is not None,
    )


def _last_state(history: tuple[Turn, ...] | list[Turn]) -> DialogueState | None:
    """The dialogue state carried on the last assistant turn, if the transcript has one."""
    for turn in reversed(history):
        if turn.role == "assistant":
            return turn.state
    return None
