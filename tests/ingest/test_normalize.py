"""Stage 1 — normalize: Simplified text, clean lines, page fields captured, source lines kept."""

from __future__ import annotations

import pytest

from ingest.fixes import Fix, FixTable
from ingest.normalize import is_chrome, normalize_line, normalize_text, to_simplified
from ingest_support import fixture_text


def test_traditional_becomes_simplified_phrase_by_phrase():
    assert to_simplified("人力資源和社會保障廳關於做好就業見習工作的通知") == "人力资源和社会保障厅关于做好就业见习工作的通知"
    assert to_simplified("已经是简体的文字") == "已经是简体的文字"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # 文号 brackets, whatever the page used, become 〔YYYY〕N号
        ("人社部发[2024]37号", "人社部发〔2024〕37号"),
        ("川人社规〔2023]15号 ", "川人社规〔2023〕15号"),
        ("财社(2017)164号", "财社〔2017〕164号"),
        ("人社部发【2022】11号", "人社部发〔2022〕11号"),
        ("豫人社办 〔2023〕102号", "豫人社办〔2023〕102号"),
        # full-width punctuation between Chinese; numbers, decimals, ranges and URLs keep theirs
        ("(一)规范见习, 补贴60% 以上", "（一）规范见习，补贴60%以上"),
        ("领军人才1.5万人次以上,16-24岁", "领军人才1.5万人次以上，16-24岁"),
        ("补贴3,000元", "补贴3,000元"),
        ("网(网址http://jndj.osta.org.cn)查询", "网（网址http://jndj.osta.org.cn）查询"),
        ("协定》(DEPA)和", "协定》（DEPA）和"),
        # full-width letters and digits, odd spaces, zero-width characters
        ("２０２４年ＡＢＣ", "2024年ABC"),
        ("就业\u200b见习\u3000补贴\xa0标准", "就业见习补贴标准"),
        (" 失业保险费率至 1% 政策", "失业保险费率至1%政策"),
        # quotation marks paired, including the OCR's mixed “…" pairs
        ('"小巨人"企业', "“小巨人”企业"),
        ('推进“新八级工"职业技能', "推进“新八级工”职业技能"),
        ('共建“一带一路"国家、"双师型"队伍', "共建“一带一路”国家、“双师型”队伍"),
    ],
)
def test_normalize_line(raw, expected):
    assert normalize_line(raw) == expected


@pytest.mark.parametrize(
    "line",
    ["010-678-55601", "联系方式", "首页 > 新闻资讯 > 政策文件 >", "进入适老模式无障碍阅读", "【打印正文】 【字体:", "×",
     "\\*数字经济类\\*", "http://rst.sc.gov.cn/rst/x.shtml", "关于就业、技能人才政策资讯,来看!", "地址:北京大兴"],
)
def test_page_chrome_is_recognised(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["一、总体要求", "各市人社局、教育局:", "电话咨询服务要畅通。", "2022年3月31日"])
def test_document_text_is_not_chrome(line):
    assert not is_chrome(line)


PAGE = """进入适老模式无障碍阅读
首页> 政务公开 > 信息公开
发文机关:  河南省人力资源和社会保障厅
成文日期:  2023年09月13日
发文字号:  豫人社办 〔2023〕102号
失效时间:\x20\x20
关于某事的通知

地方各级财政部门在收到预算时,应核对无误后再下达。地方不得
擅自分配处置存疑的转移支付资金。
各地要加强管理,确保资金安全
(一)加强组织领导。
原文链接:
http://rst.sc.gov.cn/x.shtml
【打印此文】 【关闭窗口】
"""


def test_page_fields_are_captured_and_their_lines_dropped():
    result = normalize_text("page.txt", PAGE)
    fields = {(f.label, f.value, f.line) for f in result.fields}
    assert ("发文机关", "河南省人力资源和社会保障厅", 3) in fields
    assert ("成文日期", "2023年09月13日", 4) in fields
    assert ("发文字号", "豫人社办 〔2023〕102号", 5) in fields
    assert ("原文链接", "http://rst.sc.gov.cn/x.shtml", 13) in fields  # the address on the line after its label
    assert set(result.chrome_lines) == {1, 2, 3, 4, 5, 6, 13, 14, 15}
    assert not any("河南省人力资源" in line.text or "http" in line.text for line in result.lines)


def test_lines_keep_their_raw_line_numbers_and_hard_wraps_are_rejoined():
    lines = normalize_text("page.txt", PAGE).lines
    assert [(l.text, l.start, l.end) for l in lines] == [
        ("关于某事的通知", 7, 7),
        # a sentence broken across lines 9–10 by PDF extraction, joined
        ("地方各级财政部门在收到预算时，应核对无误后再下达。地方不得擅自分配处置存疑的转移支付资金。", 9, 10),
        # no full stop, but the next line is a numbered heading: not joined
        ("各地要加强管理，确保资金安全", 11, 11),
        ("（一）加强组织领导。", 12, 12),
    ]


def test_a_title_or_a_blank_line_stops_rejoining():
    lines = normalize_text("a.txt", "关于印发某办法\n的通知\n正文第一句，没有句号\n\n另起一段。").lines
    assert [l.text for l in lines] == ["关于印发某办法", "的通知", "正文第一句，没有句号", "另起一段。"]


def test_crlf_and_lf_files_normalize_alike():
    text = fixture_text("100_js_notice_measure.txt")
    assert normalize_text("a.txt", text.replace("\n", "\r\n")) == normalize_text("a.txt", text)


def test_traditional_file_is_converted_and_the_conversion_noted():
    result = normalize_text("t.txt", fixture_text("102_sc_traditional.txt"))
    assert result.lines[0].text == "四川省人力资源和社会保障厅关于做好高校毕业生就业见习工作的通知"
    assert result.lines[1].text == "川人社发〔2024〕12号"
    assert result.converted_chars > 30
    assert result.notes == (f"繁体转简体 {result.converted_chars} 字",)
    joined = "".join(l.text for l in result.lines)
    assert to_simplified(joined) == joined


def test_repairs_apply_to_the_raw_text_before_conversion():
    """A fix is written as grep finds it in the raw (Traditional) file."""
    fixes = FixTable((Fix("t.txt", "人力資源和社會保障廳關于", "人力資源和社會保障廳關於", "test"),))
    result = normalize_text("t.txt", fixture_text("102_sc_traditional.txt"), fixes)
    assert result.lines[0].text.startswith("四川省人力资源和社会保障厅关于")


def test_labels_spaced_out_for_alignment_are_still_fields():
    result = normalize_text("p.txt", "标  题:  某某通知\n文 号: 豫人社办 〔2023〕102号 所属主题: 职业能力建设\n正文第一句。")
    assert [(f.label, f.value) for f in result.fields] == [
        ("标题", "某某通知"), ("文号", "豫人社办 〔2023〕102号"), ("所属主题", "职业能力建设"),
    ]  # fmt: skip
    assert [l.text for l in result.lines] == ["正文第一句。"]
