"""Stage 2b — metadata: issuer, 文号, dates, validity and region, each from the best evidence."""

from __future__ import annotations

import re
from datetime import date

import pytest

from ingest.fixes import DocumentOverride
from ingest.metadata import add_years, doc_type_of, make_doc_id, parse_date, read_metadata, validity
from ingest.normalize import normalize_text
from ingest.segment import segment
from ingest_support import fixture_text


def _metas(name: str, text: str | None = None, override: DocumentOverride | None = None):
    segs = segment(normalize_text(name, fixture_text(name) if text is None else text))
    metas = []
    for seg in segs:
        parent = metas[0] if metas and seg.title and seg.title in metas[0].title else None
        metas.append(read_metadata(seg, override if not metas else None, parent))
    return metas


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022年11月17日", date(2022, 11, 17)),
        ("成文日期：2023年09月13日", date(2023, 9, 13)),
        ("2023-12-11", date(2023, 12, 11)),
        ("2023年2月30日", None),
        ("二〇二三年", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_add_years_keeps_29_february_inside_the_year():
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 1), 2) == date(2026, 2, 1)


@pytest.mark.parametrize(
    "text, issued, effective, expiry, basis",
    [
        # a stated date and a term: the term's last day is the day before the anniversary
        ("本通知自2022年12月28日施行，有效期5年。", None, date(2022, 12, 28), date(2027, 12, 27), "text"),
        ("本《意见》自2024年2月1日起施行，有效期2年。", None, date(2024, 2, 1), date(2026, 1, 31), "text"),
        ("本办法自2024年4月1日起施行，有效期三年。", None, date(2024, 4, 1), date(2027, 3, 31), "text"),
        ("本文件自2024年7月13日起施行，除有明确执行期限的，有效期至2025年12月31日。", None,
         date(2024, 7, 13), date(2025, 12, 31), "text"),
        # relative to publication: counted from the issue date, and the basis says so
        ("本办法自公布之日起30日后施行。", date(2022, 11, 17), date(2022, 12, 17), None, "公布之日（按成文日期 2022-11-17 计）起30日后施行"),
        ("本办法自发布之日起施行。", date(2023, 12, 20), date(2023, 12, 20), None, "自发布之日起施行（按成文日期 2023-12-20 计）"),
        ("本办法自发布之日起施行。", None, None, None, None),
        ("为做好工作，现通知如下。", None, None, None, None),
    ],
)
def test_validity(text, issued, effective, expiry, basis):
    got = validity(text, issued)
    assert got[:2] == (effective, expiry)
    assert got[3] == basis
    if effective or expiry:
        assert got[2] and got[2] in text  # the sentence that states it, verbatim


@pytest.mark.parametrize(
    "title, kind",
    [("关于印发某办法的通知", "通知"), ("某某实施意见（试行）", "意见"), ("《某办法》政策解读", "政策解读"), ("某工作方案", "方案"), ("某某报告", None)],
)
def test_doc_type_of(title, kind):
    assert doc_type_of(title) == kind


def test_notice_metadata_from_its_title_文号_line_and_signature():
    notice, measure = _metas("100_js_notice_measure.txt")
    assert notice.issuer == "江苏省人力资源和社会保障厅"
    assert notice.doc_number == "苏人社规〔2024〕3号"
    assert notice.issued_date == date(2024, 3, 1)
    assert (notice.region, notice.province, notice.level) == ("江苏省", "江苏省", "provincial")
    assert notice.doc_type == "通知"
    # the measure states its own period; the notice's signature lines are marked as such
    assert (measure.effective_date, measure.expiry_date) == (date(2024, 4, 1), date(2027, 3, 31))
    assert measure.issuer == "江苏省人力资源和社会保障厅"  # from the notice that issues it
    assert measure.issued_date == date(2024, 3, 1)
    assert measure.doc_number is None


def test_page_metadata_table_gives_issuer_文号_dates_and_a_city():
    (plan,) = _metas("101_ty_plan_page.txt")
    assert plan.issuer == "太原市人力资源和社会保障局"
    assert plan.doc_number == "并人社发〔2024〕8号"
    assert (plan.issued_date, plan.published_date) == (date(2024, 5, 6), date(2024, 5, 8))
    assert (plan.region, plan.province, plan.level) == ("太原市", "山西省", "municipal")


def test_national_issuer_makes_a_national_document():
    text = "人力资源社会保障部办公厅关于推进直播带岗工作的通知\n各省人社厅:\n现就有关事项通知如下。\n一、总体要求。推进应用。\n人力资源社会保障部办公厅\n2023年12月28日\n"
    (meta,) = _metas("n.txt", text)
    assert (meta.region, meta.province, meta.level) == ("全国", None, "national")
    assert meta.issued_date == date(2023, 12, 28)


def test_region_from_the_文号_prefix_when_nothing_else_names_it():
    text = "关于加强技能人才工作的通知\n豫人社办〔2023〕5号\n各有关单位:\n现就有关事项通知如下。\n一、加强领导。各地要落实。\n"
    (meta,) = _metas("n.txt", text)
    assert (meta.doc_number, meta.region) == ("豫人社办〔2023〕5号", "河南省")


def test_region_from_the_body_is_noted_as_inferred():
    text = "关于做好就业见习工作的通知\n各市人社局:\n为推进我省就业见习工作,在山西省人力资源和社会保障厅网站开通专区,现通知如下。\n一、目标任务。全省募集岗位。\n"
    (meta,) = _metas("n.txt", text)
    assert meta.region == "山西省"
    assert meta.notes == ("地区据正文推定（山西省）",)


def test_no_evidence_of_region_is_unknown_not_guessed():
    (meta,) = _metas("202_no_region.txt")
    assert meta.region == "未知"
    assert meta.issuer is None and meta.doc_number is None and meta.issued_date is None


def test_wrapped_organ_name_in_a_signature_is_one_issuer():
    text = (
        "关于印发某某建设工作方案的通知\n各县人社局:\n现将方案印发给你们,请遵照执行。\n"
        "晋中市“人人持证、技能社会”\n建设领导小组办公室\n2023年4月19日\n"
    )
    (meta,) = _metas("n.txt", text)
    assert meta.issuer == "晋中市“人人持证、技能社会”建设领导小组办公室"
    assert meta.region == "晋中市"


def test_override_values_win_and_are_marked():
    override = DocumentOverride(
        file="203_untitled.txt", why="test", line=1,
        values={"title": "江苏省人力资源和社会保障厅关于做好技能培训工作的通知", "doc_number": "苏人社发〔2024〕9号"},
    )  # fmt: skip
    (meta,) = _metas("203_untitled.txt", override=override)
    assert meta.title == "江苏省人力资源和社会保障厅关于做好技能培训工作的通知"
    assert meta.title_source == "override"
    assert meta.doc_number == "苏人社发〔2024〕9号"
    assert meta.issuer == "江苏省人力资源和社会保障厅"
    assert meta.region == "江苏省"


def test_a_segment_without_title_or_override_is_refused():
    (seg,) = segment(normalize_text("203_untitled.txt", fixture_text("203_untitled.txt")))
    with pytest.raises(ValueError):
        read_metadata(seg)


def test_doc_id_is_region_year_and_a_stable_hash():
    notice, measure = _metas("100_js_notice_measure.txt")
    assert re.fullmatch(r"js-2024-[0-9a-f]{6}", make_doc_id(notice))
    assert make_doc_id(notice) != make_doc_id(measure)
    assert make_doc_id(notice) == make_doc_id(_metas("100_js_notice_measure.txt")[0])
    (plan,) = _metas("101_ty_plan_page.txt")
    assert make_doc_id(plan).startswith("sx01-2024-")  # 太原, the first city of 山西省
    assert make_doc_id(_metas("202_no_region.txt")[0]).startswith("xx-nd-")


def _page(header: str) -> str:
    body = fixture_text("101_ty_plan_page.txt").split("\n", 4)[4]
    return "用户登录\n首页 > 政务公开 > 政策文件\n索引号: ty-rsj-0002-00031 发布机构: 太原市人力资源和社会保障局\n" + header + "\n" + body


def test_a_page_生效日期_that_is_only_the_day_the_page_went_up_is_not_the_documents_start():
    # 生效日期 the same day as the page's 发布时间, months after the plan was issued (成文日期): the plan applies from its issue
    (plan,) = _metas("101_ty_plan_page.txt", _page("成文日期: 2024-05-06 发布时间: 2024-12-11 生效日期: 2024-12-11"))
    assert (plan.issued_date, plan.published_date, plan.effective_date) == (date(2024, 5, 6), date(2024, 12, 11), date(2024, 5, 6))
    assert "即页面发布时间" in (plan.validity_basis or "")
    # a 生效日期 of its own (not the page's day) is the document's start, as the page states it
    (plan,) = _metas("101_ty_plan_page.txt", _page("成文日期: 2024-05-06 发布时间: 2024-05-08 生效日期: 2024-06-01"))
    assert plan.effective_date == date(2024, 6, 1)
