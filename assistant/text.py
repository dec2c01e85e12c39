"""One normalizer for the corpus and for what people type.

``normalize_line`` and ``to_simplified`` are what ingest applies to the source texts;
``normalize`` is what every reader of a question applies (understanding, retrieval,
routing), so that both sides agree on script, width, punctuation and numbers:

1. Unicode NFKC, invisible characters removed (zero-width, soft hyphen, bidi marks:
   “四\u00ad川” is 四川);
2. OpenCC ``t2s`` (phrase-aware Traditional→Simplified), then the reviewed Taiwan /
   Hong Kong phrase table ``data/variants.yaml`` (數位貿易 → 数字贸易, 資訊 → 信息).
   OpenCC's own ``tw2sp`` is not used: its reversed phrase table rewrites mainland
   text (建立 → 创建, 文件 → 文档), measured on the corpus;
3. the line normalization of the corpus (width, 文号 brackets, punctuation);
4. spoken numbers as digits: 一万二 = 1.2万, 三年半 = 3.5年, 两年多 = 2年, 百分之八十 = 80%,
   六成 = 60%, 一千九百八 = 1980 — read with cn2an.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from assistant.datafile import load_yaml
from assistant.understand.intents import intent

_DATA = Path(__file__).resolve().parent / "data"

@functools.lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC's phrase-aware ``t2s`` configuration.

    >>> to_simplified("就業補助資金管理辦法")
    '就业补助资金管理办法'
    """
    return _opencc().convert(text)



# --- character-level normalization --------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = {ord(c): " " for c in "\u3000\xa0\t\u2002\u2003\u2009\u202f"}
_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
_CJK_CLASS = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉〔〕【】—…"
_CJK = re.compile(f"[{_CJK_CLASS}]")

# 文号: 人社部发[2024]37号, 川人社规〔2023]15号, 财社(2017)164号 → 〔YYYY〕N号
_DOC_NUMBER_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[\[〔（(【]\s*((?:19|20)\d{2})\s*[\]〕）)】]\s*(\d{1,4})\s*号"
)
_SPACE_NEAR_CJK = re.compile(f"(?<=[{_CJK_CLASS}])[ ]+|[ ]+(?=[{_CJK_CLASS}])")
_ASCII_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def _punctuation(line: str) -> str:
    """Full-width punctuation where Chinese text uses it; URLs and numbers keep theirs."""
    if not _CJK.search(line):
        return line
    chars = list(line)
    for i, ch in enumerate(chars):
        if ch in _ASCII_PUNCT:
            before = chars[i - 1] if i else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if _CJK.match(before) or _CJK.match(after) or (ch in ",;" and not after.isdigit()):
                chars[i] = _ASCII_PUNCT[ch]
        elif ch == "(":
            chars[i] = "（"
        elif ch == ")":
            chars[i] = "）"
    return "".join(chars)


def _pair_quotes(line: str) -> str:
    """ASCII and mixed double quotes → “…” pairs, in order of appearance."""
    if '"' not in line:
        return line
    out, inside = [], False
    for ch in line:
        if ch == '"':
            out.append("”" if inside else "“")
            inside = not inside
        elif ch == "“":
            out.append(ch)
            inside = True
        elif ch == "”":
            out.append(ch)
            inside = False
        else:
            out.append(ch)
    return "".join(out)


def normalize_line(line: str) -> str:
    """Normalize one line of already-Simplified text.

    >>> normalize_line("人社部发[2024]37号 ")
    '人社部发〔2024〕37号'
    >>> normalize_line('(一)规范见习, 补贴60% 以上"新八级工"')
    '（一）规范见习，补贴60%以上“新八级工”'
    """
    line = unicodedata.normalize("NFC", line)
    line = line.translate(_ZERO_WIDTH).translate(SPACES).translate(_FULLWIDTH_ALNUM)
    line = re.sub(r"(?<=\d)．", ".", line)
    line = _DOC_NUMBER_RE.sub(r"〔\1〕\2号", line)
    line = re.sub(r" {2,}", " ", line).strip()
    line = _SPACE_NEAR_CJK.sub("", line)
    line = _punctuation(line)
    line = _SPACE_NEAR_CJK.sub("", line)  # again: "35% ," became "35% ，"
    line = _pair_quotes(line)
    return line




# --- invisible characters and variants -------------------------------------------

# Characters a reader never sees: soft hyphen, zero-width joiners, word joiner, BOM,
# bidi controls.  They split words (“四\u00ad川”) without showing.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u034f"), None
)


def strip_invisible(text: str) -> str:
    """Remove characters that do not show.

    >>> strip_invisible("四\u00ad川\u200b省")
    '四川省'
    """
    return text.translate(_INVISIBLE)


@functools.lru_cache(maxsize=1)
def _variants() -> tuple[tuple[str, str], ...]:
    table = load_yaml((_DATA / "variants.yaml").read_text(encoding="utf-8")) or {}
    pairs = [(str(k), str(v)) for section in ("phrases", "typos", "nicknames") for k, v in (table.get(section) or {}).items()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=1)
def _cantonese() -> tuple[frozenset[str], re.Pattern[str] | None, dict[str, str]]:
    table = (load_yaml((_DATA / "variants.yaml").read_text(encoding="utf-8")) or {}).get("cantonese") or {}
    phrases = {str(k): str(v) for k, v in (table.get("phrases") or {}).items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(phrases, key=len, reverse=True))) if phrases else None
    return frozenset(str(table.get("markers") or "")), pattern, phrases


def mainland_phrases(text: str) -> str:
    """Taiwan / Hong Kong wording (already in Simplified script) → mainland wording; written Cantonese → Mandarin
    where the message is written in it (one of its marker characters said).

    >>> mainland_phrases("数位贸易和资讯安全")
    '数字贸易和信息安全'
    >>> mainland_phrases("2020年攞咗技师证，之后一直喺车间做，考核都系合格，可唔可以报中级")
    '2020年拿了技师证，之后一直在车间做，考核都是合格，可不可以报中级'
    >>> mainland_phrases("佢喺系统部门做嘢"), mainland_phrases("考核都系合格")
    ('他在系统部门做东西', '考核都系合格')
    """
    for variant, mainland in _variants():
        if variant in text:
            text = text.replace(variant, mainland)
    markers, pattern, phrases = _cantonese()
    if pattern is not None and any(c in markers for c in text):
        text = pattern.sub(lambda m: phrases[m.group(0)], text)
    return text


# --- spoken numbers ---------------------------------------------------------------

NUMERAL_CHARS = _NUMERAL = "零〇一二两三四五六七八九十百千万"  # the characters of a Chinese numeral
_UNIT_AFTER = r"(?:个)?(?:年|个月|月|天|日|次|元|块|万|千|岁|人|名|位(?!数|置|于)|个|%|成|倍|周|小时|工作日|届|家|项|批|回(?![家来去事头答复应忆报收国城乡])|趟|号(?=人))"


def _counted(token: str) -> str:
    """A numeral before a unit as digits; a 零 opening it joins it to the figure before (“两个月零十八个工作日”:
    2个月零18个工作日 — 零 is “and”, kept so the parts stay apart).

    >>> _counted("十八"), _counted("零十八"), _counted("零五"), _counted("零")
    ('18', '零18', '零5', '0')
    """
    if token.startswith(("零", "〇")) and len(token) > 1:
        rest = token[1:]
        return "零" + (cn_number(rest) or rest)
    return cn_number(token) or token


def cn_number(token: str) -> str | None:
    """A Chinese numeral as digits, or None.

    >>> cn_number("十八"), cn_number("两"), cn_number("一千九百八十")
    ('18', '2', '1980')
    """
    import cn2an

    try:
        value = cn2an.cn2an(token.replace("两", "二").replace("〇", "零"), "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return str(value)


# “一千八”“一万二”“两千五”: a spoken number whose last digit stands for the next lower unit
# (“两千一一个月”: the 一 after it counts the month, not a digit of the number)
_ABBREVIATED = re.compile(r"(?<![零〇一二两三四五六七八九十百千万\d.])([一二两三四五六七八九])(万|千)([一二两三四五六七八九])(?![零〇二两三四五六七八九十百千万亿\d])(?!一(?!个(?:月|人|年|天)|年|天|月|次|人|名|位))")
# “一千九百八十”“一千九百八”“三百六”: a written-out number with 百/千, whatever follows it
_LONG_NUMERAL = re.compile(r"(?<![零〇一二两三四五六七八九十百千万\d.同唯统单])[一二两三四五六七八九][零〇一二两三四五六七八九十]*[百千万][零〇一二两三四五六七八九十百千万]*(?![亿零〇一二两三四五六七八九十百千万])")
_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)")
_NEXT_UNIT = {"万": "千", "千": "百", "百": "十"}
# a year written digit by digit: 二〇二五年, 二零二四年
_DIGIT_YEAR = re.compile(r"([一二][〇零一二三四五六七八九]{3})(?=年)")
CHINESE_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789"))  # read one by one: 二〇二五, 一三八…
_DIGITS = str.maketrans(CHINESE_DIGITS)


def _percent(m: re.Match[str]) -> str:
    """“百分之六十” = 60%, “百分之百” = 100%, “百分之六十点五” = 60.5%; words it cannot read stay as said.

    >>> [_PERCENT.sub(_percent, t) for t in ("百分之六十", "百分之百", "百分之六十点五", "百分之点")]
    ['60%', '100%', '60.5%', '百分之点']
    """
    token = m.group(1)
    if token[0].isdigit():
        return token + "%"
    value = cn_number(token) or (cn_number("一" + token) if token[0] == "百" else None)
    return value + "%" if value else m.group(0)


def _long_numeral(m: re.Match[str]) -> str:
    token = m.group(0)
    tail = ""
    if len(token) >= 4 and token[-1] == "一" and token[-2] in "一二两三四五六七八九" and token[-3] in _NEXT_UNIT and m.string[m.end() : m.end() + 1] in ("个", "年", "天", "月", "次", "人", "名"):
        # “一千八百八一个月”: the 一 after the number counts the month, not a digit of it
        token, tail = token[:-1], "一"
    if len(token) >= 3 and token[-2] in _NEXT_UNIT and token[-1] in "一二两三四五六七八九":
        token += _NEXT_UNIT[token[-2]]  # “一千九百八” = 1980, “三百六” = 360, “三万八千五” = 38500
    value = cn_number(token)
    if value is None:
        return m.group(0)
    if "万" in token:
        # keep 万 as the unit people said (“一百二十万” → 120万, “三万八千五” → 3.85万): money is read with it
        number = Decimal(value) / 10000
        return f"{format(number.normalize(), 'f')}万{tail}"
    return value + tail


# a sum said in digits with more than one unit (“3万6千4”, “12万5千”, “4万零800”, “3千5百”): read whole
# (cn2an, its smart mode reads digits mixed with units), not as 3万 and 6.4千 apart; a last figure with no
# unit of its own stands for the next lower unit (“3万6千4” = 36400) unless 零 comes before it
# (“4万零800” = 40800) or it has more digits than that unit holds (“4万800”).  A last figure followed
# by a unit of something else (“1万2个人”, “3万2个月”) is not part of the sum.
_MIXED = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?[万千百](?:零?\d+[千百十])*(?:零?(?P<last>\d+)(?![\d.])(?![个人年月天次名位岁周号日]))?)"
    r"(?![\d.])(?![万千百亿])"
)
_MIXED_ORDER = "万千百十"


def _mixed_number(m: re.Match[str]) -> str:
    """A sum said with several units, as one figure (10000 and over kept in 万, as money is said).

    >>> [_MIXED.sub(_mixed_number, t) for t in ("3万6千4", "12万5千", "4万零800", "3千5百元", "8万4千元", "1万2千多", "2.3万")]
    ['3.64万', '12.5万', '4.08万', '3500元', '8.4万元', '1.2万多', '2.3万']
    >>> [_MIXED.sub(_mixed_number, t) for t in ("1万2个人", "3千5万", "5万", "3万6千4百5十", "1千2百个人", "1万2千人")]
    ['1万2个人', '3千5万', '5万', '3.645万', '1200个人', '12000人']
    """
    token = m.group("n")
    units = [c for c in token if c in _MIXED_ORDER]
    if len(units) < 2 and m.group("last") is None:
        return m.group(0)  # one unit alone (“5万”): the scanner reads it
    if any(_MIXED_ORDER.index(a) >= _MIXED_ORDER.index(b) for a, b in zip(units, units[1:])):
        return m.group(0)  # units out of order (“3千5万”): not one sum
    value = cn_number(token)
    if value is None:
        return m.group(0)
    number = Decimal(value)
    people = m.string[m.end() : m.end() + 1] in ("个", "人", "名", "位")  # “1万2千人”: a count of people, in digits
    if number >= 10000 and not people:
        return f"{format((number / 10000).normalize(), 'f')}万"
    return format(number.normalize(), "f")


_SPAN = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万\d.])([二三四五六七八九]?十)?([一二两三四五六七八])([二两三四五六七八九])(十)?(?=[个年天月人名位次块元岁周]|多|来|出头)"
)
_SPAN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _span_low(m: re.Match[str]) -> str:
    """A span as a range the readers of numbers leave alone (“六七年” → 6~7年): neither end is
    taken for a fact, so the rule asks for the figure instead of deciding on a guess."""
    low, high = _SPAN_DIGITS[m.group(2)], _SPAN_DIGITS[m.group(3)]
    if not (high == low + 1 or (low, high) == (3, 5)) or (m.group(1) and m.group(4)):  # “三五年”: three to five
        return m.group(0)
    if m.group(4):
        return f"{low * 10}~{high * 10}"  # 二三十 → 20~30
    tens = (_SPAN_DIGITS[m.group(1)[0]] * 10 if len(m.group(1)) == 2 else 10) if m.group(1) else 0  # 十一二 → 11~12, 二十二三 → 22~23
    return f"{tens + low}~{tens + high}"


# a range said with a dash or 到/至 (“3-5年”“三到五年”“10至15个工作日”), as the span the scanner reads
# (3~5年); not calendar years (2019-2024年) nor calendar months or days (1到3月 is January to March)
_RANGE_SAID = re.compile(
    rf"(?<![\d.{_NUMERAL}~-])(\d+(?:\.\d+)?|[{_NUMERAL}]+)\s*(?:-|－|—|–|到|至|～)\s*(\d+(?:\.\d+)?)(?![\d.])(?=(?!月|日|号){_UNIT_AFTER})"
)


def _range_said(m: re.Match[str]) -> str:
    low = m.group(1) if m.group(1)[0].isdigit() else cn_number(m.group(1))
    if low is None or not Decimal(low) < Decimal(m.group(2)) < 1000:
        return m.group(0)
    return f"{low}~{m.group(2)}"


def spoken_numbers(text: str) -> str:
    """Chinese numerals before units as digits, 半 as .5, 成 as tens of percent.

    >>> spoken_numbers("干了三年半，百分之八十，六成，五年多，两千块，二〇二五年")
    '干了3.5年，80%，60%，5.5年，2000块，2025年'
    >>> spoken_numbers("一次性创业补贴，一线工人")
    '一次性创业补贴，一线工人'
    >>> spoken_numbers("一万二"), spoken_numbers("三万八千五"), spoken_numbers("一百二十六万")
    ('1.2万', '3.85万', '126万')
    >>> spoken_numbers("一共交了8万4，去年"), spoken_numbers("8万4千元"), spoken_numbers("3万6千4"), spoken_numbers("4万零800块")
    ('一共交了8.4万，去年', '8.4万元', '3.64万', '4.08万块')
    >>> spoken_numbers("就业率八成五"), spoken_numbers("八成五的人留下了")
    ('就业率85%', '85%的人留下了')
    >>> spoken_numbers("俩人一共"), spoken_numbers("招了仨"), spoken_numbers("俩个月")
    ('2个人一共', '招了3个', '2个月')
    >>> spoken_numbers("最低工资1850一个月"), spoken_numbers("交了3000一年")
    ('最低工资1850 1个月', '交了3000 1年')
    >>> spoken_numbers("最低工资是一千八百八一个月"), spoken_numbers("三百六一天")
    ('最低工资是1880 1个月', '360 1天')
    >>> spoken_numbers("最低工资两千一一个月"), spoken_numbers("一千八一年"), spoken_numbers("两千一百")
    ('最低工资2.1千1个月', '1.8千1年', '2100')
    >>> spoken_numbers("两位师傅"), spoken_numbers("三位老师"), spoken_numbers("单位"), spoken_numbers("三位数")
    ('2位师傅', '3位老师', '单位', '三位数')
    >>> spoken_numbers("助学金一年多少"), spoken_numbers("干了一年多")
    ('助学金1年多少', '干了1.5年')
    >>> spoken_numbers("俺侄子二十二了"), spoken_numbers("我今年四十五了"), spoken_numbers("说了十几了")
    ('俺侄子22了', '我今年45了', '说了十几了')
    >>> spoken_numbers("见习半年"), spoken_numbers("2023年上半年毕业")
    ('见习0.5年', '2023年上半年毕业')
    >>> spoken_numbers("干了一年零三个月"), spoken_numbers("去年一年12个月都交了")
    ('干了1.25年', '去年1年12个月都交了')
    >>> spoken_numbers("培训了半个月"), spoken_numbers("上半个月")
    ('培训了0.5个月', '上半个月')
    >>> spoken_numbers("医疗三百、失业二十、工伤十块"), spoken_numbers("失业一年")
    ('医疗300、失业20、工伤10块', '失业1年')
    >>> spoken_numbers("五十多人"), spoken_numbers("二十来个人"), spoken_numbers("三十多年")
    ('50多人', '20来个人', '30年')
    >>> spoken_numbers("拿了六七年"), spoken_numbers("十一二天"), spoken_numbers("五六个"), spoken_numbers("二三十个人"), spoken_numbers("一二线城市")
    ('拿了6~7年', '11~12天', '5~6个', '20~30个人', '一二线城市')
    >>> spoken_numbers("也就二十二三个吧"), spoken_numbers("三十五六岁"), spoken_numbers("二十三岁")
    ('也就22~23个吧', '35~36岁', '23岁')
    >>> spoken_numbers("就十几个人"), spoken_numbers("干了二十几年"), spoken_numbers("十几")
    ('就10多个人', '干了二十几年', '十几')
    >>> spoken_numbers("两三年"), spoken_numbers("一两个月"), spoken_numbers("三五年"), spoken_numbers("三四十天"), spoken_numbers("二两酒")
    ('2~3年', '1~2个月', '3~5年', '30~40天', '二两酒')
    >>> spoken_numbers("干了3-5年"), spoken_numbers("三到五年"), spoken_numbers("10至15个工作日"), spoken_numbers("2到3个人")
    ('干了3~5年', '3~5年', '10~15个工作日', '2~3个人')
    >>> spoken_numbers("2019-2024年"), spoken_numbers("2024年1到3月"), spoken_numbers("5到3年"), spoken_numbers("3-5号")
    ('2019-2024年', '2024年1到3月', '5到3年', '3-5号')
    >>> spoken_numbers("小伙子今年二十六，高中毕业"), spoken_numbers("我今年五十七了"), spoken_numbers("今年十大平台")
    ('小伙子今年26，高中毕业', '我今年57了', '今年十大平台')
    >>> spoken_numbers("年利率三点三"), spoken_numbers("利率大概三点四五"), spoken_numbers("下午三点半")
    ('年利率3.3', '利率大概3.45', '下午三点半')
    >>> spoken_numbers("连续旷工一个礼拜"), spoken_numbers("培训了两周"), spoken_numbers("3个星期"), spoken_numbers("满16周岁"), spoken_numbers("星期一来")
    ('连续旷工7天', '培训了14天', '21天', '满16周岁', '星期一来')
    >>> spoken_numbers("四十来号人"), spoken_numbers("二十多号人")
    ('40来号人', '20多号人')
    >>> spoken_numbers("周一到周五天天上班"), spoken_numbers("星期一至星期五天天上"), spoken_numbers("每周三个小时")
    ('周一到周五天天上班', '星期一至星期五天天上', '每周3个小时')
    >>> spoken_numbers("2024年多地开展评价"), spoken_numbers("毕业两年多了")
    ('2024年多地开展评价', '毕业2.5年了')
    >>> spoken_numbers("要是补一整年呢"), spoken_numbers("干了一整个月"), spoken_numbers("整整一年"), spoken_numbers("一整套")
    ('要是补1年呢', '干了1个月', '整整1年', '一整套')
    """
    text = _DIGIT_YEAR.sub(lambda m: m.group(1).translate(_DIGITS), text)
    # “十几个人”: ten and some more people, read as “10多” (a count, as “五十多人” is 50); a duration
    # (“十几年”“二十几天”) stays as said: the scanner reads it as a range (11~19年)
    text = re.sub(rf"(?<![{_NUMERAL}\d])([一二三四五六七八九]?十)几(?=(?:个(?!月)|名|位|人|块|元|岁|家|次|万))", lambda m: f"{cn_number(m.group(1))}多", text)
    # “六七年”“十一二天”“五六个”“二三十个”: a span of two neighbouring numbers, a range (not 67)
    text = _SPAN.sub(_span_low, text)
    # 俩 = 两个, 仨 = 三个 (“俩人一共”“招了仨”); “咱俩/我俩/他俩” count two people as well
    text = re.sub(r"俩(?=个)", "2", text)
    text = re.sub(r"仨(?=个)", "3", text)
    text = text.replace("俩", "2个").replace("仨", "3个")
    # a household counted by its members (“一家三口”“全家五口人”): the count in digits
    text = re.sub(rf"(?<=家)(子)?([{_NUMERAL}]+)(?=口)", lambda m: (m.group(1) or "") + (cn_number(m.group(2)) or m.group(2)), text)
    text = _PERCENT.sub(_percent, text)
    # a rate said with 点 (“年利率三点三”“利率大概三点四五”): the decimal in digits (a time of day, “三点半”, has no rate word)
    text = re.sub(
        rf"((?:率|息|年化)(?:是|为|按|大概|大约|约|差不多|只有|才|也就)?)([{_NUMERAL}]+)点([零〇一二三四五六七八九]+)(?![{_NUMERAL}])",
        lambda m: m.group(1) + (f"{cn_number(m.group(2))}.{m.group(3).translate(_DIGITS)}" if cn_number(m.group(2)) else m.group(0)[len(m.group(1)):]),
        text,
    )
    text = _ABBREVIATED.sub(lambda m: f"{cn_number(m.group(1))}.{cn_number(m.group(3))}{m.group(2)}", text)
    text = _MIXED.sub(_mixed_number, text)  # “3万6千4” = 3.64万, “4万零800” = 4.08万, “3千5百” = 3500
    text = re.sub(r"(?<![\d.])(\d)(万|千)(\d)(?![\d.千百十万元块个人])", r"\1.\3\2", text)  # “8万4” = 8.4万
    # the figure before 亿 read on its own, 亿 kept as the unit: 一百四十亿 = 140亿, 三万亿 = 30000亿
    text = re.sub(rf"(?<![{_NUMERAL}\d.])([{_NUMERAL}]+)(?=亿)", lambda m: cn_number(m.group(1)) or m.group(1), text)
    text = _LONG_NUMERAL.sub(_long_numeral, text)
    text = re.sub(r"(?<![\d上下" + _NUMERAL + r"])半年", "0.5年", text)  # not 上半年 / 下半年: halves of a year
    text = re.sub(r"(?<![\d上下" + _NUMERAL + r"])半个(?:多)?月", "0.5个月", text)  # not 上半个月: a half of a month
    text = re.sub(rf"([{_NUMERAL}]+)(?=个半月|年半)", lambda m: cn_number(m.group(1)) or m.group(1), text)
    text = re.sub(r"(\d+)个半月", r"\1.5个月", text)
    text = re.sub(r"(\d+)年半", r"\1.5年", text)
    # “补一整年”“干了一整个月”“培训一整天”: a whole year / month / day, the count as said
    text = re.sub(rf"(?<![{_NUMERAL}\d])([{_NUMERAL}]{{1,3}})整(?=年|个月|天)", lambda m: cn_number(m.group(1)) or m.group(0), text)
    # numerals before a unit, but not 一次性 / 一线 style words
    text = re.sub(
        # (not the last weekday of a range: “周一到周五都上班” — 周五 is a day of the week, not five days)
        rf"(?<![同唯统单万])(?<!到周)(?<!至周)(?<!到星期)(?<!至星期)(?<!到礼拜)(?<!至礼拜)([{_NUMERAL[:-3]}][{_NUMERAL}]*)(?=(?:来|多|余)?{_UNIT_AFTER}|出头)(?!次性)",  # 百千万 start no number
        # right after a figure in digits (“最低工资1850一个月”) the count is set apart, not run into it (18501个月)
        lambda m: (" " if m.start() > 0 and text[m.start() - 1].isdigit() else "") + _counted(m.group(1)),
        text,
    )
    text = _RANGE_SAID.sub(_range_said, text)
    # an age said in words after 今年 that closes its clause (“小伙子今年二十六，高中毕业”“我今年五十七了”; “今年满十九”)
    text = re.sub(
        rf"(今年(?:刚|才|已经|都)?满?)([一二三四五六七八九]?十[一二三四五六七八九]?)(?=(?:了|啦)?(?:[，,。；;！!？?\s]|$))",
        lambda m: m.group(1) + (cn_number(m.group(2)) or m.group(2)),
        text,
    )
    # … or after who it is of, or alone, closed by 了 (“他五十七了，男的”; “二十一了” in reply): a figure with 十 in it
    text = re.sub(
        r"(^|[，,。；;！!？?\s]|他|她|我|俺|孩子|儿子|女儿|闺女|都|才|已经|刚满|满)([一二三四五六七八九]?十[一二三四五六七八九]?)(?=(?:了|啦)(?:[，,。；;！!？?\s]|$))",
        lambda m: m.group(1) + (cn_number(m.group(2)) or m.group(2)),
        text,
    )
    # a figure said right after the insurance it is paid for, in a list (“养老六百四、医疗三百、失业二十、工伤十块”)
    text = re.sub(
        rf"(?<=养老|医疗|失业|工伤|生育)([{_NUMERAL}]*[十百千][{_NUMERAL}]*)(?=[、，,。；;]|$)",
        lambda m: cn_number(m.group(1)) or m.group(1),
        text,
    )
    # weeks as days (“连续旷工一个礼拜”, “培训了两周”): the rules count days; not 周岁, 周年, 星期一
    text = re.sub(r"(?<![\d.~])(\d+)(?:个)?(?:礼拜|星期|周)(?![岁年一二三四五六日天末])", lambda m: f"{int(m.group(1)) * 7}天", text)
    # 八成五 = 85%: a tenth digit after 成
    text = re.sub(r"(?<![\d.])(\d)成([一二三四五六七八九])(?![十百千万\d个年月天次元块人名])", lambda m: f"{m.group(1)}{cn_number(m.group(2))}%", text)
    text = re.sub(r"(\d+(?:\.\d+)?)成(?![本绩功立为员年熟就果])", lambda m: f"{Decimal(m.group(1)) * 10}%", text)
    # (a year and its months said together — “一年12个月都交了” — are no longer span: only 1 to 11 months are added)
    text = re.sub(
        r"(?<![\d.])(\d+)年(?:零|又)?(\d{1,2})个(?:多)?月",
        lambda m: f"{(Decimal(m.group(1)) + Decimal(m.group(2)) / 12).quantize(Decimal('0.01'))}年" if 0 < int(m.group(2)) < 12 else m.group(0),
        text,
    )
    # “两年多” is more than 2 years and less than 3: written as the half between (2.5年), which any whole number of years a
    # rule sets (满2年, 离校2年内, 满3年) is on the same side of as the time said; not “一年多少钱”
    # (a count of years only — not a calendar year before 多地/多家/多次…: “2024年多地开展” keeps its year)
    # “俺侄子二十二了”“我今年四十五了”: an age in words, said of a person, closing with 了 (no unit)
    text = re.sub(r"(?<=[我他她俺子儿女娃侄甥弟妹哥姐爸妈年])([二三四五六七八九]?十[一二三四五六七八九]?)(?=了|啦)", lambda m: cn_number(m.group(1)) or m.group(1), text)
    text = re.sub(r"(?<![\d.])(\d{1,2})年多(?![少地家次个种项部名位方样])", lambda m: f"{m.group(1)}.5年", text)
    text = re.sub(r"(\d+(?:\.\d+)?)年多(?![少地家次个种项部名位方样])", r"\1年", text)
    text = re.sub(r"(\d+(?:\.\d+)?)多年", r"\1年", text)
    return text


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """What every reader of a person's words sees.

    >>> normalize("高級技師幹了五年，能評副高嗎？")
    '高级技师干了5年，能评副高吗？'
    >>> normalize("四\u00ad川 數位貿易")
    '四川数字贸易'
    """
    text = unicodedata.normalize("NFKC", str(text)).replace("\r", " ").replace("\n", " ")
    text = strip_invisible(text)
    text = mainland_phrases(to_simplified(text))
    text = normalize_line(text)
    return spoken_numbers(text)


# The words of dates said from today or from another date are declared in assistant/data/intents.yaml
# (relative_year, relative_month, short_year, part_of_year, year_by_previous, month_by_event); the group
# a match takes names what the words mean, counted here.

# 今年 only where a date is meant (今年4月, 今年招的): “我今年26了” is an age, and 今年 is today anyway
_YEARS_BACK = {"three_years_ago": 3, "two_years_ago": 2, "last_year": 1, "this_year": 0, "next_year": -1, "in_two_years": -2}


# “上个月考下了中级证”“这个月刚入职”: a month counted from the day the person speaks (not 上个月的工资,
# an amount, nor 上月底 read on; 这个月 as a month only where an event follows it)
_MONTHS_BACK = {"last_month": 1, "this_month": 0, "next_month": -1}


def _month_back(today: "date", back: int) -> str:
    months = today.year * 12 + today.month - 1 - back
    return f"{months // 12}年{months % 12 + 1}月"


# “23年6月本科毕业”, “24年招的”: a year said with two digits, where a date is meant (a month, or an
# event after it) and no duration is (“干了23年”, “满15年”): short_year

# “2024年夏天考的”: a season or part of a year as its usual month, so that time since it can be counted (part_of_year)
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "winter": 12, "start": 2, "middle": 6, "end": 12}


def _season_month(m: re.Match[str]) -> str:
    return f"{m.group('year')}年{_SEASON_MONTH[m.lastgroup]}月"


def _short_year(m: re.Match[str], today: "date") -> str:
    """A two-digit year: of this century up to next year, else of the last from 1950 (“98年技校毕业”: 1998).

    >>> from datetime import date
    >>> [resolve_relative_dates(s, date(2024, 6, 1)) for s in ("98年技校毕业就进厂了", "25年6月毕业", "30年6月毕业")]
    ['1998年技校毕业就进厂了', '2025年6月毕业', '30年6月毕业']
    """
    yy = int(m.group("yy"))
    year = 2000 + yy
    if 2000 < year <= today.year + 1:
        return f"{year}年"
    return f"{1900 + yy}年" if yy >= 50 else m.group(0)


def resolve_relative_dates(text: str, today: "date") -> str:
    """去年/前年/今年 and two-digit years (23年6月) as calendar years, counted from the day the person speaks.

    >>> from datetime import date
    >>> resolve_relative_dates("去年10月才考下技师证，今年4月注册了个体户", date(2026, 12, 1))
    '2025年10月才考下技师证，2026年4月注册了个体户'
    >>> resolve_relative_dates("前年拿的证，今年度考核，我今年26了", date(2026, 12, 1))
    '2024年拿的证，今年度考核，我今年26了'
    >>> resolve_relative_dates("有效期到后年3月", date(2026, 12, 1))
    '有效期到2028年3月'
    >>> for said in ("23年6月本科毕业，24年招的，干了23年，满15年底薪", "22年夏天大专毕业的，21年本科毕业",
    ...              "高级工是前年夏天考的，去年年底招的", "2024年初回老家开了个店，2023年底毕业"):
    ...     print(resolve_relative_dates(said, date(2026, 12, 1)))
    2023年6月本科毕业，2024年招的，干了23年，满15年底薪
    2022年7月大专毕业的，2021年本科毕业
    高级工是2024年7月考的，2025年12月招的
    2024年2月回老家开了个店，2023年12月毕业
    >>> resolve_relative_dates("去年11月进来两个25届的毕业生", date(2026, 1, 12))
    '2025年11月进来两个2025届的毕业生'
    >>> resolve_relative_dates("上个月考下了中级证，这个月刚入职，上个月的工资没发", date(2026, 1, 10))
    '2025年12月考下了中级证，2026年1月刚入职，上个月的工资没发'
    """
    text = intent("short_year").regex.sub(lambda m: _short_year(m, today), text)
    text = intent("short_class_year").regex.sub(lambda m: _short_year(m, today).replace("年", "届"), text)
    text = intent("relative_year").regex.sub(lambda m: f"{today.year - _YEARS_BACK[m.lastgroup]}年", text)
    text = intent("relative_month").regex.sub(lambda m: _month_back(today, _MONTHS_BACK[m.lastgroup]), text)
    text = _same_year(text)
    text = _month_of_year_before(text, today)
    text = _then(text)
    text = intent("part_of_year").regex.sub(_season_month, text)
    return _same_month(text)


# “2025年6月离校，当年10月开了店”“2023年考的，第二年3月…”: a year said by the one said before it in
# the same message (当年/同年/那年 the same, 次年/第二年/转年 the next), where a month or part of the
# year follows (“当年”alone is “back then”, “第二年的补贴” no date): year_by_previous
_YEAR_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!度)")
_YEARS_ON = {"same_year": 0, "year_after": 1, "two_years_after": 2}


def _same_year(text: str) -> str:
    """A year said by the one before it (当年/同年/次年 + month) as that calendar year.

    >>> _same_year("2025年6月离校的，当年10月开了家店，次年3月又开了1家")
    '2025年6月离校的，2025年10月开了家店，2026年3月又开了1家'
    >>> _same_year("当年10月开的店"), _same_year("2024年毕业，当年我还小")
    ('当年10月开的店', '2024年毕业，当年我还小')
    """
    return _by_previous(text, "year_by_previous", _YEAR_SAID, lambda m, said: f"{int(said[-1].group(1)) + _YEARS_ON[m.lastgroup]}年")


def _by_previous(text: str, intent_id: str, said_re: re.Pattern[str], render) -> str:
    """Each match of intent ``intent_id`` written as ``render(match, dates)`` of the dates ``said_re`` finds before it in
    the message (left as said when there is none): 当年 / 那时候 / 当月 read by the date said last.

    >>> _by_previous("2024年毕业，当年10月开店", "year_by_previous", _YEAR_SAID, lambda m, said: said[-1].group(0))
    '2024年毕业，2024年10月开店'
    """
    out, last = [], 0
    for m in intent(intent_id).finditer(text):
        said = list(said_re.finditer(text, 0, m.start()))
        if not said:
            continue
        out.append(text[last : m.start()] + render(m, said))
        last = m.end()
    return "".join(out) + text[last:]


_DATE_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:(\d{1,2})月)?(?!度)")


def _then(text: str) -> str:
    """A time said by pointing back (那时候, 当时) at the date said last before it, where something is done then
    (intents.yaml ``time_by_previous``), as that date.

    >>> _then("2023年10月回南充老家，开了个米粉店，个体户执照那时候就办了")
    '2023年10月回南充老家，开了个米粉店，个体户执照2023年10月就办了'
    >>> _then("个体户执照那时候就办了"), _then("2023年5月设立的，当时忙忘了没去办延续")
    ('个体户执照那时候就办了', '2023年5月设立的，当时忙忘了没去办延续')
    """
    return _by_previous(text, "time_by_previous", _DATE_SAID, lambda m, said: said[-1].group(0))


def _month_of_year_before(text: str, today: "date | None" = None) -> str:
    """A month said without its year where an event follows it (intents.yaml ``month_without_year``) as a
    month of the year of the date said last before it in the message — of the next year when the month is
    earlier than that date's (“2023年11月毕业，3月份注册了工作室”: 2024年3月); a bare 今年 said before it is
    the year of the day the person speaks (“今年开春回乡开了家早点铺，6月份办的执照”).

    >>> _month_of_year_before("我2023年6月本科毕业，10月份在老家注册了个体户")
    '我2023年6月本科毕业，2023年10月份在老家注册了个体户'
    >>> _month_of_year_before("2023年11月研究生毕业，3月份注册了工作室"), _month_of_year_before("10月份注册的个体户")
    ('2023年11月研究生毕业，2024年3月份注册了工作室', '10月份注册的个体户')
    >>> from datetime import date
    >>> _month_of_year_before("今年开春回乡开了家早点铺，6月份办的执照", date(2024, 12, 3))
    '今年开春回乡开了家早点铺，2024年6月份办的执照'
    """
    out, last = [], 0
    for m in intent("month_without_year").finditer(text):
        said = [(d.start(), d.group(1), d.group(2)) for d in _DATE_SAID.finditer(text, 0, m.start())]
        if today is not None:
            said += [(t.start(), str(today.year), None) for t in re.finditer("今年", text[: m.start()])]
        said.sort()
        if not said:
            continue
        year, month = int(said[-1][1]), int(said[-1][2]) if said[-1][2] else None
        if month is not None and int(m.group("m")) < month:
            year += 1
        out.append(text[last : m.start()] + f"{year}年")
        last = m.start()
    return "".join(out) + text[last:]


# “2023年12月才入职，失业保险是入职那个月开始交的”: a month said by the event it was said with —
# the words just before 那个月/当月 name the event (入职, 招进来, 毕业), whose month was said earlier in
# the same message; with no such event found, the month said last before it.  The event's words stay
# (month_by_event).  The month said is date syntax, read here:
_MONTH_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?:份)?")


def _same_month(text: str) -> str:
    """A month said by an event said before it in the same message (入职那个月, 当月) as that month.

    >>> _same_month("2023年12月才入职，失业保险是入职那个月开始交的")
    '2023年12月才入职，失业保险是入职2023年12月开始交的'
    >>> _same_month("2024年3月毕业，2024年9月招进厂里，社保是招进来当月就交上的")
    '2024年3月毕业，2024年9月招进厂里，社保是招进来2024年9月就交上的'
    >>> _same_month("2024年2月毕业，2024年9月入职，毕业那个月就考了证")
    '2024年2月毕业，2024年9月入职，毕业2024年2月就考了证'
    >>> _same_month("2025年5月注册的店，同一个月办了营业执照"), _same_month("当月工资按时发，那个月没缺勤")
    ('2025年5月注册的店，2025年5月办了营业执照', '当月工资按时发，那个月没缺勤')
    """

    def month_of(m: re.Match[str], said: list[re.Match[str]]) -> str:
        event = [c for c in text[max(0, m.start() - 3) : m.start()] if "\u4e00" <= c <= "\u9fff" and c not in "的是了就在时那会候刚才"]
        chosen = next((d for d in reversed(said) if event and any(c in re.split(r"[，。；,;！？]", text[d.end() : min(d.end() + 8, m.start())])[0] for c in event)), said[-1])
        return f"{chosen.group(1)}年{chosen.group(2)}月"

    return _by_previous(text, "month_by_event", _MONTH_SAID, month_of)
