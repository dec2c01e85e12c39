"""Stage 2 — segment: one file → the documents it holds, each with its title and raw line span."""

from __future__ import annotations

from ingest.normalize import normalize_text
from ingest.segment import segment
from ingest_support import fixture_text


def _segments(name: str, text: str | None = None):
    return segment(normalize_text(name, fixture_text(name) if text is None else text))


def test_a_notice_and_the_measure_it_issues_are_two_documents():
    notice, measure = _segments("100_js_notice_measure.txt")
    # the notice's title is wrapped over raw lines 1–2: one title block
    assert notice.title == "江苏省人力资源和社会保障厅关于印发《江苏省技能人才培训补贴管理办法》的通知"
    assert [l.start for l in notice.title_lines] == [1, 2]
    assert (notice.start, notice.end) == (1, 7)
    assert notice.lines[0].text == "苏人社规〔2024〕3号"
    assert notice.lines[-1].text == "2024年3月1日"
    assert measure.title == "江苏省技能人才培训补贴管理办法"
    assert (measure.start, measure.end) == (9, 18)
    assert measure.lines[0].text == "第一章总则"


def test_page_fields_before_the_title_belong_to_the_first_document():
    (plan,) = _segments("101_ty_plan_page.txt")
    assert plan.title == "太原市2024年职业技能提升行动方案"
    assert {f.label: f.value for f in plan.fields}["发布机构"] == "太原市人力资源和社会保障局"
    assert plan.header == ()  # the breadcrumb and fields were page chrome
    assert (plan.start, plan.end) == (7, 16)  # the print buttons and phone after the signature are not text


def test_text_without_a_title_is_one_untitled_document():
    (untitled,) = _segments("203_untitled.txt")
    assert untitled.title is None and untitled.title_lines == ()
    assert (untitled.start, untitled.end) == (1, 4)


def test_a_title_repeated_with_its_date_stays_in_the_body():
    text = (
        "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见\n"
        "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见(2024年8月17日)\n"
        "数字贸易是数字经济的重要组成部分。为促进发展,现提出如下意见。\n"
        "一、总体要求\n坚持稳中求进。\n"
    )
    (doc,) = _segments("d.txt", text)
    assert doc.title == "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见"
    assert doc.lines[0].text.endswith("（2024年8月17日）")


def test_a_signature_date_after_a_title_like_line_does_not_open_a_document():
    text = "关于印发某某工作方案的通知\n各县人社局:\n现将方案印发给你们,请遵照执行。\n某某局\n2023年4月19日\n"
    (doc,) = _segments("d.txt", text)
    assert [l.text for l in doc.lines][-2:] == ["某某局", "2023年4月19日"]


def test_a_short_heading_without_a_document_type_is_not_a_title():
    text = "关于做好见习工作的通知\n各市人社局:\n现通知如下。\n名词解释\n1.见习:指离校未就业高校毕业生的岗位实践。\n"
    (doc,) = _segments("d.txt", text)
    assert "名词解释" in [l.text for l in doc.lines]
