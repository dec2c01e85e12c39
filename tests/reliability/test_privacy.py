"""Privacy: personal numbers never reach the question log; the log is opt-in, written by the
edges (CLI, page) only, with a hashed session id and owner-only permissions.

Property tests generate Chinese ID-card numbers (18 digits with the GB 11643 check digit,
and the old 15-digit form), mobile numbers (+86 / 0086, spaces, dashes), landlines and
bank-card numbers (16–19 digits, grouped or not), hide them in ordinary questions, and
check that none of their digits are written — while the numbers a policy question is
made of (2000元, 2024年, 〔2023〕102号, 1880, 12333) stay as they are.
"""

from __future__ import annotations

import json
import re
import stat
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import read_log, reply_text
from typer.testing import CliRunner

from assistant.answer import Assistant
from assistant.cli import app
from assistant.privacy import BANK_CARD, EMAIL, ID_CARD, LANDLINE, MOBILE, NUMBER, redact
from assistant.question_log import QuestionLog, log_path
from assistant.schema import Answer, Citation

LABELS = (ID_CARD, MOBILE, LANDLINE, BANK_CARD, EMAIL, NUMBER)
AT = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 21)

# ------------------------------------------------------------------ generators
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _check_digit(first17: str) -> str:
    """GB 11643-1999: the weighted sum mod 11 picks the check character."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


digits = lambda n: st.text("0123456789", min_size=n, max_size=n)  # noqa: E731
separator = st.sampled_from(["", " ", "-", "\u3000"])


@st.composite
def id_card(draw) -> str:
    area = draw(st.integers(110000, 820000).map(str))
    born = draw(st.dates(date(1930, 1, 1), date(2012, 12, 31)))
    if draw(st.booleans()):
        first17 = f"{area}{born:%Y%m%d}{draw(digits(3))}"
        number = first17 + _check_digit(first17)
        number = number.lower() if draw(st.booleans()) else number
        sep = draw(separator)
        return sep.join([number[:6], number[6:14], number[14:]]) if draw(st.booleans()) else number
    return f"{area}{born:%y%m%d}{draw(digits(3))}"  # the old 15-digit number


@st.composite
def mobile(draw) -> str:
    number = "1" + draw(st.sampled_from("3456789")) + draw(digits(9))
    sep = draw(separator)
    grouped = sep.join([number[:3], number[3:7], number[7:]])
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "+86-", "0086 ", "86"]))
    return prefix + grouped


@st.composite
def landline(draw) -> str:
    area = "0" + draw(st.sampled_from("123456789")) + draw(digits(draw(st.sampled_from([1, 2]))))
    local = draw(st.sampled_from("2345678")) + draw(digits(draw(st.sampled_from([6, 7]))))
    style = draw(st.sampled_from(["{a}-{l}", "({a}){l}", "（{a}）{l}", "{a} {l}", "{a}{l}", "{a}-{l1}-{l2}"]))
    text = style.format(a=area, l=local, l1=local[:-4], l2=local[-4:])
    return text + draw(st.sampled_from(["", "转123", "-8001"]))


@st.composite
def bank_card(draw) -> str:
    length = draw(st.integers(16, 19))
    number = draw(st.sampled_from(["62", "4", "5"]))
    number += draw(digits(length - len(number)))
    sep = draw(separator)
    if draw(st.booleans()):
        return sep.join(number[i : i + 4] for i in range(0, length, 4))
    return number


secrets = st.one_of(id_card(), mobile(), landline(), bank_card())

ORDINARY = [
    "2000元", "1880元", "1500元/人", "2024年", "2024年6月1日", "2023-2025年", "人社部发〔2023〕102号", "川人社规〔2024〕5号",
    "拨打12333", "60%", "3.5个月", "50周岁", "第十条", "三、（二）1.（3）", "10万元", "最低工资1980", "满4年", "每人每天100元",
    "2024-06-01", "300元/人", "前3年", "1000至3000元", "1880", "20240601",
    "2025.10.01", "2024.01.01-2025.12.31", "20240101-20251231", "1999.1.1-2000.1.1", "三万八千五", "一千九百八",
    "二〇二五年", "第一批", "123456789.50元", "0.5年", "3.85万",
]  # fmt: skip
WORDS = ["我是高级技师", "想问一下", "能评副高吗", "补贴怎么领", "我在浙江", "我的", "身份证", "手机", "电话", "卡号", "，", "。", "：", "是"]
# pieces joined by a comma: "2024-06-01" right before "2000元" would be one long number
filler = st.lists(st.sampled_from(ORDINARY + WORDS), max_size=8).map(lambda parts: "，".join(parts))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _core(secret: str) -> str:
    """The digits that identify a person: for a mobile without its +86 / 0086 / 86 prefix."""
    d = _digits(secret)
    if len(d) > 11 and re.search(r"1[3-9]\d{9}$", d) and re.match(r"^(?:\+|00)?\s?86", secret):
        return d[-11:]
    return d


# ------------------------------------------------------------------ redact
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(before=filler, secret=secrets, joint=st.sampled_from(["", "：", " ", "是", "，"]), after=filler)
def test_generated_personal_numbers_are_never_kept(before, secret, joint, after):
    text = f"{before}{joint}{secret}{joint}{after}"
    out = redact(text)
    assert _core(secret) not in re.sub(r"[\s\-\u3000()（）]", "", out), (text, out)
    assert any(label in out for label in LABELS)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=filler)
def test_ordinary_policy_numbers_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我身份证11010519491231002X，想问补贴", "我身份证【身份证号】，想问补贴"),
        ("老身份证号110105491231002", "老身份证号【身份证号】"),
        ("手机+86 138-1234-5678或0571-87654321转8001", "手机【手机号】或【电话】"),
        ("卡号6222 0212 3456 7890 123，邮箱zhang.san@example.cn", "卡号【银行卡号】，邮箱【邮箱】"),
        ("全角号码１３８１２３４５６７８", "全角号码【手机号】"),
        ("2024年离校，人社部发〔2023〕102号规定的1880元，拨打12333", "2024年离校，人社部发〔2023〕102号规定的1880元，拨打12333"),
    ],
)
def test_examples(text, expected):
    assert redact(text) == expected


# ------------------------------------------------------------------ every way of writing a number
# The same number, written as people write it: separators between its groups (or between every
# digit), digits in any script, characters that do not show.  redact() must take all of it.
SEPARATORS = [
    " ", "  ", "\t", "\xa0", "\u2009", "\u202f", "\u3000", " - ", " / ",
    "-", "－", "‐", "‑", "‒", "–", "—", "―", "−", "﹣", "ー",
    ".", "．", "·", "・", "/", "／", "_",
    "\u200b", "\u2060", "\ufeff", "\u00ad", "\u200b \u200b",
]  # fmt: skip
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u2066", "\u2069", "\u202a", "\u202c"]
SCRIPTS = {
    "ascii": "0123456789",
    "full-width": "０１２３４５６７８９",
    "chinese": "〇一二三四五六七八九",
    "chinese-零": "零一二三四五六七八九",
    "chinese-幺": "〇幺二三四五六七八九",
    "capitals": "零壹贰叁肆伍陆柒捌玖",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "circled": "⓪①②③④⑤⑥⑦⑧⑨",
    "keycap": [f"{d}\ufe0f\u20e3" for d in "0123456789"],
}
CHINESE_DIGITS = dict(zip("〇零一二三四五六七八九幺壹贰叁肆伍陆柒捌玖", "001234567891123456789"))


def _plain(text: str) -> str:
    """Digits of ``text`` as ASCII with every separator gone; letters, ideographs and labels break a run."""
    import unicodedata

    out = []
    for char in text:
        for c in unicodedata.normalize("NFKC", char):
            if c in CHINESE_DIGITS:
                out.append(CHINESE_DIGITS[c])
            elif unicodedata.category(c) == "Nd":
                out.append(str(unicodedata.decimal(c)))
            elif unicodedata.category(c)[0] in "LN" or c in "【】":
                out.append("|")
    return "".join(out)


@st.composite
def written(draw, digits: str, groups: list[list[int]]) -> str:
    """``digits`` split into one of ``groups`` (or between every digit), in one script, with one separator."""
    script = draw(st.sampled_from(sorted(SCRIPTS)))
    mixed = script == "ascii" and draw(st.booleans())  # now and then a different script for each digit
    sizes = draw(st.sampled_from([*groups, [1] * len(digits)]))
    sep = draw(st.sampled_from(SEPARATORS))
    pieces, at = [], 0
    for size in sizes:
        piece = ""
        for d in digits[at : at + size]:
            chosen = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))] if mixed else SCRIPTS[script]
            piece += ("Ｘ" if script == "full-width" else d) if d in "Xx" else chosen[int(d)]
            if draw(st.integers(0, 9)) == 0:
                piece += draw(st.sampled_from(INVISIBLE))
        pieces.append(piece)
        at += size
    return sep.join(pieces)


@st.composite
def any_secret(draw) -> tuple[str, str]:
    """(the number as written, the digits that identify the person)."""
    kind = draw(st.sampled_from(["id", "old-id", "mobile", "landline", "bank", "email"]))
    if kind == "id":
        area = draw(st.integers(110000, 820000).map(str))
        born = draw(st.dates(date(1930, 1, 1), date(2012, 12, 31)))
        first17 = f"{area}{born:%Y%m%d}{draw(digits(3))}"
        number = first17 + _check_digit(first17)
        return draw(written(number, [[18], [6, 8, 4], [6, 4, 4, 4], [6, 4, 2, 2, 4], [3, 3, 4, 4, 4]])), number.rstrip("Xx")
    if kind == "old-id":
        number = draw(st.integers(110000, 820000).map(str)) + f"{draw(st.dates(date(1930, 1, 1), date(1999, 12, 31))):%y%m%d}" + draw(digits(3))
        return draw(written(number, [[15], [6, 6, 3]])), number
    if kind == "mobile":
        number = "1" + draw(st.sampled_from("3456789")) + draw(digits(9))
        prefix = draw(st.sampled_from(["", "+86", "+86 ", "＋86-", "0086 ", "86"]))
        return prefix + draw(written(number, [[11], [3, 4, 4], [3, 3, 5]])), number
    if kind == "landline":
        area = "0" + draw(st.sampled_from("123456789")) + draw(digits(draw(st.sampled_from([1, 2]))))
        local = draw(st.sampled_from("2345678")) + draw(digits(draw(st.sampled_from([6, 7]))))
        if draw(st.booleans()):
            text = f"({draw(written(area, [[len(area)]]))}){draw(written(local, [[len(local)], [len(local) - 4, 4]]))}"
        else:
            text = draw(written(area + local, [[len(area), len(local)], [len(area), len(local) - 4, 4]]))
        return text + draw(st.sampled_from(["", "转123", "-8001"])), area + local
    if kind == "bank":
        length = draw(st.integers(16, 19))
        number = draw(st.sampled_from(["62", "4", "5"]))
        number += draw(digits(length - len(number)))
        fours = [4] * (length // 4) + ([length % 4] if length % 4 else [])
        return draw(written(number, [[length], fours, [6, length - 6]])), number
    name = draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=3)) + draw(st.text("abcdefghijklmnopqrstuvwxyz0123456789._", max_size=10))
    name = name.rstrip("._")
    domain = draw(st.sampled_from(["example.cn", "qq.com", "163.com", "mail.example.com.cn"]))
    at = draw(st.sampled_from(["@", "＠", "﹫"]))
    dot = draw(st.sampled_from([".", "．"]))
    address = f"{name}{at}{domain.replace('.', dot)}"
    if draw(st.booleans()):
        address = address.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})  # full-width letters
    return address, name


def _kept(secret: str, core: str, out: str) -> bool:
    import unicodedata

    if "@" in unicodedata.normalize("NFKC", secret):
        return core.lower() in unicodedata.normalize("NFKC", out).lower()
    return core in _plain(out)


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(before=filler, written=any_secret(), joint=st.sampled_from(["", "：", " ", "是", "，", "\u200b"]), after=filler)
def test_every_separator_and_script_is_redacted(before, written, joint, after):
    secret, core = written
    text = f"{before}{joint}{secret}{joint}{after}"
    out = redact(text)
    assert not _kept(secret, core, out), (text, out)
    assert any(label in out for label in LABELS), (text, out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("身份证110105－19491231－002X", "身份证【身份证号】"),
        ("身份证110105\u00a019491231\u00a0002X", "身份证【身份证号】"),
        ("身份证110105\u200b19491231\u200b002X", "身份证【身份证号】"),
        ("身份证110105.19491231.002X", "身份证【身份证号】"),
        ("身份证110105/19491231/002X", "身份证【身份证号】"),
        ("身份证110105  19491231  002X", "身份证【身份证号】"),
        ("身份证１１０１０５－１９４９１２３１－００２Ｘ", "身份证【身份证号】"),
        ("手机一三八一二三四五六七八", "手机【手机号】"),
        ("手机幺三八 幺二三四 五六七八", "手机【手机号】"),
        ("手机138–1234–5678，卡号6222·0212·3456·7890", "手机【手机号】，卡号【银行卡号】"),
        ("电话〇五七一－八七六五四三二一", "电话【电话】"),
        # a bracketed area code, the local number right after it reading as a date (found by the property test below)
        ("电话(010)20000101", "电话【电话】"),
        ("(٠\u200b١٠)٢\u200b٠\u200b٠٠٠١٠١", "【电话】"),
        ("邮箱zhang.san＠example.cn，谢谢", "邮箱【邮箱】，谢谢"),
        ("邮箱ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ", "邮箱【邮箱】"),
        # the rest of the question is kept exactly as typed (full-width punctuation, spaces)
        ("我在浙江　手机：１３８ １２３４ ５６７８！２０２４年", "我在浙江　手机：【手机号】！２０２４年"),
    ],
)
def test_the_issue_examples(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "figure",
    ["2000元", "2024年", "〔2023〕102号", "12333", "三万八千五", "2025.10.01", "2024.01.01-2025.12.31", "20240101-20251231", "一千九百八"],
)
def test_policy_figures_survive_redaction(figure):
    text = f"人社部发〔2023〕102号规定，{figure}，能领吗"
    assert redact(text) == text


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(before=filler, written=any_secret(), after=filler)
def test_the_log_file_never_holds_a_number_however_written(tmp_path_factory, before, written, after):
    secret, core = written
    log = QuestionLog(tmp_path_factory.mktemp("log") / "logs" / "questions.jsonl")
    log.record(at=AT, session="s", question=f"{before}，{secret}，{after}", answer=_answer())
    stored = json.loads(log.path.read_text(encoding="utf-8"))["question"]
    assert not _kept(secret, core, stored), stored


@pytest.mark.parametrize("secret", ["110105194912310021", "13812345678", "6222021234567890123", "zhang.san@example.cn"])
@pytest.mark.parametrize("before", [1990, 1995, 1999])
def test_a_number_cut_by_the_length_limit_leaves_none_of_its_digits(tmp_path, secret, before):
    """The log keeps 2,000 characters: a number the cut runs through must not keep its first digits."""
    log = QuestionLog(tmp_path / "logs" / "questions.jsonl")
    log.record(at=AT, session="s", question="补" * before + secret + "，能领吗", outcome="refused")
    stored = json.loads(log.path.read_text(encoding="utf-8"))["question"]
    assert len(stored) <= 2000 and stored.startswith("补" * before)
    tail = stored[before:]
    assert not any(c.isdigit() for c in tail) and "zhang" not in tail, stored[-30:]


@pytest.mark.parametrize("written", ["138－1234－5678", "一三八一二三四五六七八", "138\u200b1234\u200b5678", "110105－19491231－002X"])
def test_the_server_log_gets_numbers_redacted_however_written(caplog, written):
    from ui.chat import Conversation, respond

    class Broken:
        index = None

        def ask(self, *args, **kwargs):
            raise RuntimeError("bug")

    respond(Conversation(), f"我的号码{written}，补贴呢", lambda: Broken(), today=TODAY)
    assert "internal error" in caplog.text
    assert "【" in caplog.text and written not in caplog.text
    assert "13812345678" not in _plain(caplog.text) and "11010519491231002" not in _plain(caplog.text)


# ------------------------------------------------------------------ the log
def _answer() -> Answer:
    cite = Citation("zj-2022-0839a3", "某办法", "浙人社发〔2022〕1号", None, "浙江省", "三、（二）1.（3）", "原文", "in_force", 1.0)
    return Answer(question="q", answer="答", abstained=False, region="浙江省", citations=(cite,), as_of=TODAY)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(before=filler, secret=secrets, after=filler)
def test_the_log_file_never_holds_a_generated_number(tmp_path_factory, before, secret, after):
    log = QuestionLog(tmp_path_factory.mktemp("log") / "logs" / "questions.jsonl")
    log.record(at=AT, session="s", question=f"{before}，{secret}，{after}", answer=_answer())
    written = log.path.read_text(encoding="utf-8")
    assert _core(secret) not in re.sub(r"[\s\-\u3000()（）]", "", written)


def test_a_log_line_holds_time_session_hash_question_region_outcome_and_top_citation(tmp_path):
    log = QuestionLog(tmp_path / "logs" / "questions.jsonl")
    log.record(at=AT, session="gradio-session-abc", question="我手机13812345678，能评副高吗", answer=_answer())
    log.record(at=AT, session="gradio-session-abc", question="<script>", outcome="refused", region="浙江")
    log.record(at=AT, session="another", question="补" * 100_000, outcome="refused")
    first, second, third = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert first == {
        "time": "2026-11-21T10:00:00+00:00",
        "session": first["session"],
        "question": "我手机【手机号】，能评副高吗",
        "region": "浙江省",
        "outcome": "answered",
        "abstained": False,
        "top_citation": {"doc_id": "zj-2022-0839a3", "article": "三、（二）1.（3）", "doc_number": "浙人社发〔2022〕1号"},
    }
    assert re.fullmatch(r"[0-9a-f]{16}", first["session"]) and "gradio-session-abc" not in log.path.read_text(encoding="utf-8")
    assert second["session"] == first["session"] and third["session"] != first["session"]
    assert (second["outcome"], second["abstained"], second["top_citation"], second["region"]) == ("refused", None, None, "浙江")
    assert len(third["question"]) == 2000
    # readable by its owner only
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.path.parent.stat().st_mode) == 0o700


def test_session_hashes_are_salted_per_process(tmp_path):
    one, two = QuestionLog(tmp_path / "a.jsonl"), QuestionLog(tmp_path / "b.jsonl")
    assert one.session_hash("s") == one.session_hash("s") != two.session_hash("s")


def test_a_log_that_cannot_be_written_never_stops_an_answer(tmp_path, caplog):
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    QuestionLog(blocker / "questions.jsonl").record(at=AT, session="s", question="q", answer=_answer())
    assert "not written" in caplog.text


def test_the_log_is_off_unless_asked_for(real_build):
    from assistant.config import Settings

    assert Settings.from_env({}).log_questions is False
    assert Settings.from_env({"POLICY_LOG_QUESTIONS": "1"}).log_questions is True
    assert QuestionLog.for_settings(real_build[0].with_(log_questions=False)) is None


def test_the_library_never_writes_the_log(real_build, real_index, tmp_path):
    settings = real_build[0].with_(log_questions=True)
    Assistant(settings, index=real_index).ask("我手机13812345678，高级技师能评副高吗", today=TODAY)
    assert not log_path(settings).exists()


# ------------------------------------------------------------------ the edges write it
@pytest.fixture
def logged_cli(real_build, tmp_path):
    """Environment for `policy` over the session index, with a home of its own and the log on."""
    import shutil

    home = tmp_path / "home"
    shutil.copytree(real_build[0].home, home)
    settings = real_build[0].with_(home=home, log_questions=True)
    env = {"POLICY_HOME": str(home), "POLICY_CORPUS": str(settings.corpus_dir), "POLICY_EMBEDDING": "hash", "POLICY_LOG_QUESTIONS": "1"}
    return settings, env


def test_policy_ask_logs_redacted_questions_answers_and_refusals(logged_cli, tmp_path):
    settings, env = logged_cli
    runner = CliRunner()
    assert runner.invoke(app, ["ask", "我身份证110105194912310021，电话0571-87654321，高级技师能评副高吗", "--region", "浙江"], env=env).exit_code == 0
    assert runner.invoke(app, ["ask", "<b>13812345678</b>"], env=env).exit_code == 1
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": 1, "question": "卡号6222021234567890123能领吗"}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ask", "--batch", str(batch), "--json"], env=env).exit_code == 0

    lines = read_log(settings)
    raw = log_path(settings).read_text(encoding="utf-8")
    assert [line["outcome"] for line in lines] == ["answered", "refused", lines[2]["outcome"]]
    assert lines[0]["question"] == "我身份证【身份证号】，电话【电话】，高级技师能评副高吗"
    assert lines[0]["region"] == "浙江省" and lines[0]["top_citation"]["doc_id"]
    assert lines[1]["question"] == "<b>【手机号】</b>"
    assert lines[2]["question"] == "卡号【银行卡号】能领吗"
    for number in ("110105194912310021", "87654321", "13812345678", "6222021234567890123"):
        assert number not in raw


def test_policy_ask_writes_nothing_when_the_log_is_off(logged_cli):
    settings, env = logged_cli
    result = CliRunner().invoke(app, ["ask", "我手机13812345678，能评副高吗"], env={**env, "POLICY_LOG_QUESTIONS": "0"})
    assert result.exit_code == 0
    assert not log_path(settings).exists()


def test_the_page_logs_redacted_questions_with_a_hashed_session(page, client):
    before = len(read_log(page.settings))
    one, two = client(page.url), client(page.url)
    one.predict("我在浙江，手机138 1234 5678，是高级技师，能评副高吗？", "自动识别", api_name="/ask")
    one.predict("身份证11010519491231002X，那正高呢？", "自动识别", api_name="/ask")
    two.predict("<script>13812345678</script>", "自动识别", api_name="/ask")

    lines = read_log(page.settings)[before:]
    assert [line["question"] for line in lines] == [
        "我在浙江，手机【手机号】，是高级技师，能评副高吗？",
        "身份证【身份证号】，那正高呢？",
        "<script>【手机号】</script>",
    ]
    assert lines[0]["session"] == lines[1]["session"] != lines[2]["session"]
    assert [line["outcome"] for line in lines] == ["answered", "answered", "refused"]
    raw = log_path(page.settings).read_text(encoding="utf-8")
    assert one.session_hash not in raw and two.session_hash not in raw
    assert "13812345678" not in raw and "11010519491231002X" not in raw


def test_the_server_log_gets_the_question_redacted_too(caplog):
    from ui.chat import Conversation, respond

    class Broken:
        index = None

        def ask(self, *args, **kwargs):
            raise RuntimeError("bug")

    respond(Conversation(), "我手机13812345678，补贴呢", lambda: Broken(), today=TODAY)
    assert "internal error" in caplog.text and "13812345678" not in caplog.text and "【手机号】" in caplog.text

