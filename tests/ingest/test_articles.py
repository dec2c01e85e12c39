"""Stage 3 — articles: citation paths as written, and spans that are exact slices of the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.articles import parse_articles


def _parse(body: str, title: str = "某某办法"):
    text = title + "\n" + body
    return text, parse_articles("d", text, len(title) + 1, len(text), title)


def _paths(body: str) -> list[str]:
    return [a.path for a in _parse(body)[1]]


def _by_path(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for a in _parse(body)[1]:
        out[a.path] = out[a.path] + "|" + a.text if a.path in out else a.text
    return out


def test_nested_markers_make_a_path_as_written():
    body = (
        "三、贯通主要内容\n（二）高技能人才参加职称评审\n1.基本条件。遵纪守法。\n"
        "（3）获得高级技师职业资格后，从事技术技能工作满4年，可申报副高级职称评审。\n"
    )
    text, articles = _parse(body)
    leaf = articles[-1]
    assert leaf.path == "三、（二）1.（3）"
    assert (leaf.marker, leaf.level, leaf.parent_path) == ("（3）", 4, "三、（二）1.")
    assert leaf.chain == ("三、贯通主要内容", "（二）高技能人才参加职称评审", "1.基本条件")
    assert leaf.text == "（3）获得高级技师职业资格后，从事技术技能工作满4年，可申报副高级职称评审。"
    assert text[leaf.start : leaf.end] == leaf.text


def test_items_run_together_on_one_line_are_split_in_sequence():
    body = "第十六条就业补助资金不得用于以下支出：\n（一）办公用房建设。（二）发放工作人员工资。（三）“三公”经费支出。\n不得对在编人员发放补贴。\n"
    got = _by_path(body)
    assert got["第十六条（二）"] == "（二）发放工作人员工资。"
    assert got["第十六条（三）"] == "（三）“三公”经费支出。"
    # the closing sentence after the last item belongs to the article, not to its （三）
    assert got["第十六条"] == "第十六条就业补助资金不得用于以下支出：|不得对在编人员发放补贴。"


def test_a_paragraph_after_the_last_prose_item_of_a_titled_section_continues_that_item():
    """规范职业技能培训管理工作的通知 三、（十一）: its second paragraph is still about 培训机构办学行为."""
    body = (
        "三、加强职业技能培训基础能力建设\n（十）抓好师资队伍建设。指导培训机构配备教师。\n"
        "（十一）规范培训机构办学行为。加大对培训机构监督检查力度。\n严禁培训机构违规转包政府补贴的培训项目。\n"
        "四、加强补贴资金统筹使用和监管\n（十二）强化培训资金统筹。统筹用好就业补助资金。\n"
    )
    got = _by_path(body)
    assert got["三、（十一）"] == "（十一）规范培训机构办学行为。加大对培训机构监督检查力度。\n严禁培训机构违规转包政府补贴的培训项目。"
    assert got["三、"] == "三、加强职业技能培训基础能力建设"


def test_a_paragraph_about_the_whole_list_closes_the_section_even_mid_document():
    """晋中 工作方案 四、: the paragraph after （三） speaks of （一）（二）（三） alike."""
    body = (
        "四、强化评价取证工作\n（一）企业组织自主评价。鼓励企业组织开展自主评价工作。\n"
        "（二）院校毕业年度学生取证。职业院校学生毕业时应当取得证书。\n"
        "（三）第三方机构组织社会评价。第三方评价机构要严格依照标准开展评价。\n"
        "企业组织职工、学校组织毕业年度学生开展评价工作，要优先选择本企业、本校评价机构，方可选择第三方优质评价机构。\n"
        "五、持续推进职业培训信息化建设\n"
    )
    got = _by_path(body)
    assert got["四、"] == "四、强化评价取证工作|企业组织职工、学校组织毕业年度学生开展评价工作，要优先选择本企业、本校评价机构，方可选择第三方优质评价机构。"
    assert got["四、（三）"] == "（三）第三方机构组织社会评价。第三方评价机构要严格依照标准开展评价。"


def test_a_closing_paragraph_returns_to_the_parent_that_introduced_the_list():
    # the parent has text of its own before its items
    body = "5.明确工作要求\n要求：评价机构应当按规定开展评价。\n（1）建立规章制度。\n（2）合理确定收费。\n有效期限：评价机构设立有效期为3年。\n6.明确监督管理要求\n"
    assert _by_path(body)["5."] == "5.明确工作要求\n要求：评价机构应当按规定开展评价。|有效期限：评价机构设立有效期为3年。"
    # the items are entries of a list, not prose
    body = (
        "（二）政策依据\n1.《中华人民共和国劳动法》\n"
        "2.《浙江省人力资源和社会保障厅关于深化技能人才评价制度改革的意见》（浙人社发〔2022〕16号）\n"
        "根据以上法律法规，制定本办法。\n（三）主要内容\n"
    )
    assert _by_path(body)["（二）"] == "（二）政策依据|根据以上法律法规，制定本办法。"
    # at the end of the document the paragraph closes the section
    body = "三、组织保障\n（一）加强组织领导。各地要高度重视。\n（二）加强宣传引导。各地要大力宣传。\n各地工作推进过程中的新情况，请及时报告。\n"
    assert _by_path(body)["三、"] == "三、组织保障|各地工作推进过程中的新情况，请及时报告。"


def test_a_marker_out_of_sequence_inside_a_sentence_is_not_split():
    body = "一、总体要求\n（一）按规定执行。（三）项所列情形除外。\n"
    assert _paths(body) == ["一、", "一、（一）"]


def test_list_opened_by_a_colon_is_split_from_its_first_item():
    body = "第二条培训补贴用于以下方面：（一）职业培训补贴。（二）职业技能评价补贴。\n"
    assert _paths(body) == ["第二条", "第二条（一）", "第二条（二）"]


def test_a_bare_headings_body_stays_with_it():
    body = "一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。\n（二）基本原则\n坚持能力为本。\n二、重点任务\n"
    got = _by_path(body)
    assert got["一、（一）"] == "（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。"
    assert got["一、（二）"] == "（二）基本原则\n坚持能力为本。"


def test_text_before_the_first_marker_is_the_preamble_and_no_marker_means_one_body():
    assert _paths("为做好工作，制定本办法。\n一、目标\n全年培训1万人。\n") == ["引言", "一、"]
    assert _paths("现将方案印发给你们，请遵照执行。\n") == ["正文"]


def test_chapters_give_context_not_path():
    body = "第一章总则\n第一条为规范管理，制定本办法。\n第二章附则\n第二条本办法自发布之日起施行。\n"
    text, articles = _parse(body)
    assert [(a.path, a.chain) for a in articles] == [("第一条", ("第一章总则",)), ("第二条", ("第二章附则",))]


def test_text_between_a_chapter_and_its_first_article_is_cited_by_the_chapter():
    body = "为规范管理，制定本办法。\n第一条适用范围。\n第二章补贴标准\n本章所称补贴，均按年度计算。\n第二条补贴标准另行制定。\n"
    text, articles = _parse(body)
    assert [(a.path, a.text) for a in articles] == [
        ("引言", "为规范管理，制定本办法。"),
        ("第一条", "第一条适用范围。"),
        ("第二章", "本章所称补贴，均按年度计算。"),
        ("第二条", "第二条补贴标准另行制定。"),
    ]


def test_an_unnumbered_heading_that_restarts_the_list_opens_its_own_section():
    """The glossary after the last clause of 中小企业数字化转型指南 is not part of that clause."""
    body = (
        "四、加大转型政策支持\n（五）优化发展环境\n加大新型基础设施建设力度，优化外部环境。\n"
        "名词解释\n1.订阅式产品服务：指在规定的期限内提供软件租借。\n2.SaaS（软件即服务）：指一种应用模式。\n"
    )
    text, articles = _parse(body)
    got = {a.path: a for a in articles}
    assert "名词解释" not in got["四、（五）"].text
    assert got["名词解释1."].text == "1.订阅式产品服务：指在规定的期限内提供软件租借。"
    assert got["名词解释2."].chain == ("名词解释",)
    assert got["名词解释2."].parent_path is None


def test_an_unnumbered_line_that_introduces_a_list_is_not_a_section():
    body = "（三）主要内容\n主要内容分六个方面：\n1.明确评价机构的分类\n分类：评价机构分为三类。\n"
    assert _paths(body) == ["（三）", "（三）1."]


# --- invariants over generated documents -------------------------------------------

_SENTENCE = st.sampled_from(["按规定给予补贴。", "各地要加强组织领导，形成工作合力。", "补贴标准为每人每天100元；", "执行期限至2024年12月31日。"])
_MARKERS = {
    1: st.sampled_from(["一、", "二、", "三、", "第一条", "第二条"]),
    2: st.sampled_from(["（一）", "（二）", "（三）"]),
    3: st.sampled_from(["1.", "2.", "3."]),
    4: st.sampled_from(["（1）", "（2）"]),
}


@st.composite
def _bodies(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.sampled_from(["sentence", "marked", "heading", "chapter", "inline", "blank"]))
        if kind == "sentence":
            lines.append(draw(_SENTENCE))
        elif kind == "marked":
            lines.append(draw(_MARKERS[draw(st.integers(1, 4))]) + draw(_SENTENCE))
        elif kind == "heading":
            lines.append(draw(_MARKERS[draw(st.integers(1, 3))]) + "工作要求")
        elif kind == "chapter":
            lines.append(draw(st.sampled_from(["第一章总则", "第二章附则", "名词解释"])))
        elif kind == "inline":
            lines.append("下列情形：（一）" + draw(_SENTENCE) + "（二）" + draw(_SENTENCE))
        else:
            lines.append("")
    return "\n".join(lines)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_bodies())
def test_articles_are_exact_disjoint_slices_covering_the_body(body):
    text, articles = _parse(body)
    covered = set()
    for article in articles:
        assert text[article.start : article.end] == article.text
        assert article.text == article.text.strip()
        span = set(range(article.start, article.end))
        assert not covered & span, f"{article.path} overlaps another article"
        covered |= span
    assert [a.start for a in articles] == sorted(a.start for a in articles)
    # every character of the body is in an article, except chapter and section headings
    headings = {"第一章总则", "第二章附则", "名词解释"}
    pos = len("某某办法") + 1
    for line in body.split("\n"):
        if line.strip() and line.strip() not in headings:
            assert all(i in covered for i in range(pos, pos + len(line))), line
        pos += len(line) + 1
