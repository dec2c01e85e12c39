"""Query understanding: validation, normalization, expansion, region and date asked about."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.config import MAX_QUESTION_CHARS
from assistant.errors import BadQuestion, PolicyError
from assistant.query import (
    date_asked,
    detect_regions,
    expand,
    normalize_question,
    synonyms,
    understand,
    validate_question,
)
from assistant.schema import Turn

from assistant_support import TODAY


# ----------------------------------------------------------------- normalization
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("高級技師幹了五年，能評副高嗎？", "高级技师干了5年，能评副高吗？"),
        ("就業見習補貼", "就业见习补贴"),
        ("失业两年了", "失业2年了"),
        ("见习三个月", "见习3个月"),
        ("干了十二年", "干了12年"),
        ("补贴一千五百元", "补贴1500元"),
        ("二〇二五年六月", "2025年6月"),
        ("ＡＢＣ１２３", "ABC123"),  # full-width letters and digits
    ],
)
def test_normalize_simplified_and_numerals(raw, expected):
    assert normalize_question(raw) == expected


def test_numerals_not_before_a_unit_are_kept():
    # 第十条 is an article path, not a quantity
    assert normalize_question("第十条怎么规定") == "第十条怎么规定"
    assert "一" in normalize_question("一次性求职补贴")


def test_newlines_become_spaces():
    assert "\n" not in normalize_question("第一行\n第二行\r\n第三行")


# --------------------------------------------------------------------- expansion
def test_synonyms_file_loads_as_word_to_terms():
    table = synonyms()
    assert table, "assistant/data/synonyms.yaml is empty"
    assert all(isinstance(k, str) and isinstance(v, list) and v for k, v in table.items())


def test_expand_appends_policy_terms_and_keeps_the_question():
    expanded = expand("能评副高吗")
    assert expanded.startswith("能评副高吗")
    assert "副高级职称评审" in expanded


def test_expand_does_not_repeat_terms_already_present():
    expanded = expand("见习补贴 就业见习补贴")
    assert expanded.count("就业见习补贴") == 1


def test_expand_without_a_synonym_is_identity():
    assert expand("直播带岗") == "直播带岗"


def test_every_synonym_entry_expands():
    for word, terms in synonyms().items():
        expanded = expand(word)
        assert all(t in expanded for t in terms), word


def test_understand_puts_expansion_in_search_text_only():
    q = understand("社保补贴怎么申请", today=TODAY)
    assert q.text == "社保补贴怎么申请"
    assert "社会保险补贴" in q.search_text


# ------------------------------------------------------------------------ region
def test_region_from_question_province_short_name():
    q = understand("河南的技能人才有什么政策", today=TODAY)
    assert (q.region, q.region_source, q.regions) == ("河南省", "question", ("河南省",))


def test_region_city_stands_for_itself():
    q = understand("晋中市的职业技能培训", today=TODAY)
    assert q.region == "晋中市"


def test_region_compare_names_every_region_in_order():
    assert detect_regions("浙江和河南比有什么不同") == ["浙江省", "河南省"]
    q = understand("浙江和四川的技能等级认定有什么区别", today=TODAY)
    assert q.regions == ("浙江省", "四川省")


def test_region_national():
    assert understand("全国的规定是怎样的", today=TODAY).region == "全国"


def test_region_traditional_script():
    assert understand("四川省職業技能等級認定", today=TODAY).region == "四川省"


def test_no_region():
    q = understand("技能人才评价有什么政策", today=TODAY)
    assert q.region is None and q.region_source is None and q.regions == ()


def test_region_carried_from_history():
    history = [Turn("user", "我在四川，想问职业技能等级认定"), Turn("assistant", "根据浙江省……")]
    q = understand("那有效期是多久？", history=history, today=TODAY)
    assert (q.region, q.region_source) == ("四川省", "history")
    assert "四川" in q.context


def test_history_uses_the_latest_user_turn_naming_a_region():
    history = [Turn("user", "河南的政策"), Turn("user", "那江西的呢"), Turn("user", "还有别的吗")]
    assert understand("补贴多少", history=history, today=TODAY).region == "江西省"


def test_assistant_turns_do_not_set_the_region():
    history = [Turn("assistant", "根据浙江省的规定……")]
    q = understand("能评副高吗", history=history, today=TODAY)
    assert q.region is None and q.context == ""


def test_question_region_beats_history():
    history = [Turn("user", "我在四川")]
    q = understand("河南的呢", history=history, today=TODAY)
    assert (q.region, q.region_source) == ("河南省", "question")


def test_option_overrides_question_and_history():
    history = [Turn("user", "我在四川")]
    q = understand("技能补贴有哪些", history=history, region="浙江", today=TODAY)
    assert (q.region, q.region_source) == ("浙江省", "option")
    q = understand("河南的见习补贴", region="晋中市", today=TODAY)
    assert (q.region, q.region_source) == ("晋中市", "option")


def test_unknown_option_region_is_a_bad_question():
    with pytest.raises(BadQuestion, match="无法识别的地区"):
        understand("技能补贴", region="火星", today=TODAY)


# -------------------------------------------------------------------------- date
def test_date_defaults_to_today():
    assert understand("见习补贴标准", today=TODAY).as_of == TODAY


def test_date_from_question():
    assert understand("2025年6月还能领吗", today=TODAY).as_of == date(2025, 6, 1)
    assert understand("到2024年12月31日还有效吗", today=TODAY).as_of == date(2024, 12, 31)
    assert understand("二〇二五年六月还有效吗", today=TODAY).as_of == date(2025, 6, 1)


def test_date_describing_a_document_is_not_the_date_asked():
    assert date_asked("2024年4月2日印发的通知还有效吗", TODAY) == TODAY


def test_as_of_option_wins():
    q = understand("2025年6月还能领吗", today=TODAY, as_of=date(2023, 1, 1))
    assert q.as_of == date(2023, 1, 1)


def test_today_must_be_explicit():
    with pytest.raises(ValueError):
        understand("见习补贴")


# -------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("", "空"),
        ("   \t\n　", "空"),  # includes an ideographic space
        ("补" * (MAX_QUESTION_CHARS + 1), "太长"),
        ("见习补贴\x00", "控制字符"),
        ("见习\x1b[31m补贴", "控制字符"),
        ("补贴\u202e多少", "控制字符"),  # bidi override
        ("<script>alert(1)</script>见习补贴", "HTML"),
        ("<img src=x onerror=alert(1)>", "HTML"),
        ("见习补贴<b>多少</b>", "HTML"),
        ("&lt;script&gt;", "HTML"),
        (None, "文字"),
        (42, "文字"),
    ],
)
def test_bad_questions_are_refused_in_chinese(question, words):
    with pytest.raises(BadQuestion) as caught:
        understand(question, today=TODAY)
    message = str(caught.value)
    assert words in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    assert isinstance(caught.value, PolicyError)  # the CLI turns it into a clean message


def test_the_longest_allowed_question_passes():
    validate_question("补" * MAX_QUESTION_CHARS)


@pytest.mark.parametrize("question", ["工资<3000元能领吗", "a < b", "补贴5%~10%", "技能人才\t评价\n政策"])
def test_ordinary_text_is_not_mistaken_for_markup_or_control(question):
    assert validate_question(question) == question


def test_too_long_message_says_the_limit():
    with pytest.raises(BadQuestion, match=str(MAX_QUESTION_CHARS)):
        validate_question("补" * (MAX_QUESTION_CHARS + 5))
