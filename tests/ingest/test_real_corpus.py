"""The real corpus, ingested once: every document found, and what a careful reader finds in it.

The expectations below were checked against corpus/raw/ by hand (raw line numbers
cited where the evidence is not the obvious title, 文号 or signature).  Dates are
ISO strings; ``None`` means the source does not state it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from ingest.chunk import is_heading_only
from ingest.normalize import normalize_text, to_simplified
from ingest_support import REAL_CORPUS, catalog_rows

F000, F001, F002, F003, F004 = (
    "000_58c884cd2b8bcc75.txt", "001_a718baba9f7db3a0.txt", "002_1dcfb06777a81ec7.txt",
    "003_30c07b12fd55e44d.txt", "004_b305acf8db358d60.txt",
)  # fmt: skip

ZJ_NOTICE = "关于印发《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》的通知"
ZJ_MEASURE = "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法"
DIGITAL_NOTICE = "人力资源和社会保障部等九部门关于印发加快数字人才培育支撑数字经济发展行动方案（2024-2026年）的通知"
DIGITAL_PLAN = "加快数字人才培育支撑数字经济发展行动方案（2024-2026年）"
LEADERS_NOTICE = "人力资源社会保障部等七部门关于实施高技能领军人才培育计划的通知"
LEADERS_PLAN = "高技能领军人才培育计划"
FUND_NOTICE = "财政部人力资源社会保障部关于印发《就业补助资金管理办法》的通知"
FUND_MEASURE = "就业补助资金管理办法"
SC_JOBS_NOTICE = "四川省人民政府办公厅印发《关于进一步稳定和扩大就业若干政策措施》的通知"
SC_JOBS_MEASURE = "关于进一步稳定和扩大就业若干政策措施"
SC_LEVELS = "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）"
SME_NOTICE = "工业和信息化部办公厅关于印发中小企业数字化转型指南的通知"
SME_GUIDE = "中小企业数字化转型指南"
HA_NOTICE = "河南省人力资源和社会保障厅关于印发《关于加强和改进技能人才队伍建设的若干措施》的通知"
HA_MEASURE = "关于加强和改进技能人才队伍建设的若干措施"
JZ_NOTICE = "关于印发《晋中市2023年推进“人人持证、技能山西”建设工作方案》的通知"
JZ_PLAN = "晋中市2023年推进“人人持证、技能山西”建设工作方案"
JZ_ISSUER = "晋中市“人人持证、技能社会”建设领导小组办公室"

# One entry per document, in source order: (file, first raw line, title, expected fields).
EXPECTED = [
    # 000 — an aggregator page: Zhejiang, Jiangxi and Shanxi documents
    (F000, 15, ZJ_NOTICE, dict(issuer="浙江省人力资源和社会保障厅", doc_number=None, region="浙江省",
                               issued="2022-11-17", effective="2022-12-17", expiry=None, parent=None)),
    # "本办法自公布之日起30日后施行" (l.130): 30 days from the date it is signed (l.30)
    (F000, 34, ZJ_MEASURE, dict(issuer="浙江省人力资源和社会保障厅", doc_number=None, region="浙江省",
                                issued="2022-11-17", effective="2022-12-17", expiry=None, parent=ZJ_NOTICE)),
    (F000, 133, "《浙江省技能人才评价机构管理办法（试行）》政策解读",
     dict(issuer=None, doc_number=None, region="浙江省", issued=None, parent=None)),
    (F000, 303, "浙江省人力资源和社会保障厅办公室关于印发2023年度专业技术人员职业资格考试工作计划的通知",
     dict(issuer="浙江省人力资源和社会保障厅办公室", doc_number=None, region="浙江省", issued="2023-02-19",
          effective=None, expiry=None)),
    # 文号 from fixes.yaml: the notice of l.371 cites 《江西省职业技能等级认定工作管理办法》（赣人社规〔2022〕7号）
    (F000, 328, "关于印发《江西省职业技能等级认定工作管理办法》的通知",
     dict(issuer="江西省人力资源和社会保障厅", doc_number="赣人社规〔2022〕7号", region="江西省", issued="2022-09-06")),
    (F000, 343, "关于印发江西省专业技术人才知识更新工程实施方案的通知",
     dict(issuer_has=("江西省人力资源和社会保障厅", "江西省财政厅", "江西省教育厅", "江西省科学院"),
          region="江西省", issued="2022-05-16", doc_number=None)),
    (F000, 362, "关于同意江西省电子信息技师学院等3家技工院校增加自主认定备案职业（工种）的通知",
     dict(issuer="江西省人力资源和社会保障厅", region="江西省", issued="2023-01-28")),
    # no issuer or date on the page; 我省 with 山西省 throughout the body
    (F000, 383, "关于推进新时代人力资源服务业高质量发展的实施意见",
     dict(issuer=None, doc_number=None, region="山西省", issued=None, effective=None, expiry=None)),
    # the signature was lost to question marks (l.496); only its date survives
    (F000, 447, "关于做好就业见习扩规模提质量相关工作的通知",
     dict(issuer=None, region="山西省", issued="2022-03-31", effective=None, expiry=None)),
    # 001 — a Sichuan page that lost its title and 文号 (both supplied by fixes.yaml, cited by 002 l.256)
    (F001, 1, "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知",
     dict(issuer="四川省人力资源和社会保障厅", doc_number="川人社规〔2022〕9号", region="四川省", issued="2022-11-28",
          effective="2022-12-28", expiry="2027-12-27", title_source="override",
          source_url="http://rst.sc.gov.cn/rst/zcwj/2023/1/16/2369516da8f8403c9ebe1ac2309f2d76.shtml")),
    # 002 — Traditional characters, OCR; national and Sichuan documents
    (F002, 1, DIGITAL_NOTICE, dict(issuer="人力资源和社会保障部等九部门", doc_number="人社部发〔2024〕37号",
                                   region="全国", level="national", issued="2024-04-02")),
    (F002, 6, DIGITAL_PLAN, dict(region="全国", issued="2024-04-02", parent=DIGITAL_NOTICE)),
    (F002, 25, "国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知",
     dict(doc_number="发改就业〔2024〕349号", region="全国", issued="2024-03-21", parent=None)),
    (F002, 39, LEADERS_NOTICE, dict(doc_number="人社部发〔2024〕29号", region="全国", issued="2024-01-30")),
    (F002, 44, LEADERS_PLAN, dict(region="全国", issued="2024-01-30", parent=LEADERS_NOTICE)),
    (F002, 64, "关于进一步规范职业技能培训管理工作的通知",
     dict(issuer="人力资源社会保障部", doc_number="人社部发〔2024〕5号", region="全国", issued="2024-01-03")),
    # the notice carries no 文号 in the text; the measure takes effect on publication (第三十二条)
    (F002, 94, FUND_NOTICE, dict(issuer="财政部人力资源社会保障部", doc_number=None, region="全国", issued="2023-12-20")),
    (F002, 99, FUND_MEASURE, dict(region="全国", issued="2023-12-20", effective="2023-12-20", expiry=None,
                                  parent=FUND_NOTICE)),
    (F002, 184, "人力资源社会保障部办公厅关于推进直播带岗在就业公共服务领域应用的通知",
     dict(issuer="人力资源社会保障部办公厅", doc_number=None, region="全国", issued="2023-12-28", parent=None)),
    # "本文件自2024年7月13日起施行，除有明确执行期限的，有效期至2025年12月31日" (l.234)
    (F002, 201, SC_JOBS_NOTICE, dict(issuer="四川省人民政府办公厅", doc_number="川办发〔2024〕34号", region="四川省",
                                     issued="2024-07-13", effective="2024-07-13", expiry="2025-12-31")),
    (F002, 207, SC_JOBS_MEASURE, dict(region="四川省", effective="2024-07-13", expiry="2025-12-31",
                                      parent=SC_JOBS_NOTICE)),
    # "本《意见》自2024年2月1日起施行，有效期2年" (l.273)
    (F002, 235, SC_LEVELS, dict(issuer="四川省人力资源和社会保障厅", doc_number="川人社规〔2023〕15号", region="四川省",
                                issued="2023-12-18", effective="2024-02-01", expiry="2026-01-31", parent=None)),
    # dated by its repeated title (l.277)
    (F002, 276, "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见",
     dict(issuer="中共中央办公厅国务院办公厅", doc_number=None, region="全国", issued="2024-08-17")),
    (F002, 307, SME_NOTICE, dict(doc_number="工信厅信发〔2022〕33号", region="全国", issued="2022-11-03")),
    (F002, 312, SME_GUIDE, dict(region="全国", issued="2022-11-03", parent=SME_NOTICE)),
    # 003 — Henan disclosure page: 发文机关, 成文日期, 发布日期, 发文字号 in its header
    (F003, 10, HA_NOTICE, dict(issuer="河南省人力资源和社会保障厅", doc_number="豫人社办〔2023〕102号", region="河南省",
                               issued="2023-09-13", published="2023-09-14", effective=None, expiry=None)),
    (F003, 40, HA_MEASURE, dict(doc_number="豫人社办〔2023〕102号", region="河南省", parent=HA_NOTICE)),
    # 004 — Jinzhong city page: 生效日期 2023-12-11 in its header, the same day as its 发布时间, signed 2023年4月19日 and
    # sent out to be carried out: the page's day is the day it was put up — the plan for 2023 applies from its issue
    (F004, 6, JZ_NOTICE, dict(issuer=JZ_ISSUER, doc_number=None, region="晋中市", province="山西省",
                              level="municipal", issued="2023-04-19", effective="2023-04-19", published="2023-12-11")),
    (F004, 23, JZ_PLAN, dict(issuer=JZ_ISSUER, region="晋中市", province="山西省", level="municipal",
                             parent=JZ_NOTICE)),
]  # fmt: skip

# Articles a careful reader finds, with words their text must hold: (title, path, [phrases]).
EXPECTED_ARTICLES = [
    (ZJ_MEASURE, "三、（二）1.（3）", ["高级技师", "从事技术技能工作满4年", "副高级职称评审"]),
    (ZJ_MEASURE, "三、（二）2.（3）", ["世界技能大赛金牌获得者", "可直接申报正高级职称"]),
    (ZJ_MEASURE, "三、（四）1.（4）", ["取得正高级职称", "特级技师职业技能评价"]),
    (ZJ_MEASURE, "五、", ["浙人社发〔2019〕31号", "本办法自公布之日起30日后施行。"]),
    ("《浙江省技能人才评价机构管理办法（试行）》政策解读", "一、（五）", ["本办法自2022年4月26日起施行。"]),
    ("《浙江省技能人才评价机构管理办法（试行）》政策解读", "一、（二）", ["政策依据", "根据以上法律法规和政策文件精神"]),
    ("《浙江省技能人才评价机构管理办法（试行）》政策解读", "一、（三）5.", ["要求：评价机构应当", "有效期限：评价机构设立有效期为3年"]),
    ("《浙江省技能人才评价机构管理办法（试行）》政策解读", "二、（二）9.", ["浙人社发〔2022〕16号"]),
    ("关于推进新时代人力资源服务业高质量发展的实施意见", "三、（九）", ["100万元和200万元"]),
    ("关于做好就业见习扩规模提质量相关工作的通知", "三、（二）", ["60%的就业见习补贴", "此政策延续至2022年底。"]),
    ("关于做好就业见习扩规模提质量相关工作的通知", "四、（一）", ["https://rst.shanxi.gov.cn/fwpt/wsjb/", "一体化服务。"]),
    ("四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知", "三、（七）", ["支持专业主体建设"]),
    ("四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知", "七、", ["本通知自2022年12月28日施行，有效期5年。"]),
    (DIGITAL_PLAN, "二、（六）", ["举办数字职业技术技能竞赛活动"]),
    ("国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知", "一、", ["“生产+培训”真实场景", "“送培上门”等形式", "“一个基地、多点布局”"]),
    ("国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知", "二、", ["“老工匠”“老师傅”纳入师资库"]),
    ("国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知", "九、", ["遴选一批优秀案例"]),
    (LEADERS_PLAN, "三、（五）", ["“新八级工”", "破格晋升职业技能等级"]),
    ("关于进一步规范职业技能培训管理工作的通知", "二、（六）", ["从严从优遴选社会评价机构"]),
    ("关于进一步规范职业技能培训管理工作的通知", "三、（十一）", ["规范培训机构办学行为", "“兴趣式培训”“滥竽充数式”培训"]),
    (FUND_MEASURE, "第十条（一）", ["就业困难人员社会保险补贴", "补贴标准原则上不超过其实际缴费的2/3"]),
    (FUND_MEASURE, "第十六条（六）", ["赛事组织实施经费、奖金等支出。"]),
    (FUND_MEASURE, "第十六条", ["不得用于以下支出：", "不得对机关事业单位在编人员发放本办法中的补贴。"]),
    (FUND_MEASURE, "第二十一条", ["地方不得擅自分配处置存疑的转移支付资金。"]),  # a hard wrap (l.160–161) rejoined
    (FUND_MEASURE, "第三十二条", ["本办法自发布之日起施行。", "财社〔2017〕164号"]),
    (SC_JOBS_MEASURE, "一、（三）", ["失业保险稳岗返还", "执行期限至2024年12月31日。"]),
    (SC_JOBS_MEASURE, "三、（十七）", ["巾帼就业创业促进行动"]),
    (SC_LEVELS, "三、（九）", ["川人社规〔2022〕9号", "“5+1”现代工业、“10+3”现代农业、“4+6”现代服务业"]),
    (SC_LEVELS, "四、（十六）", ["高技能人才人均工资增幅", "优先将首席技师、特级技师等高技能领军人才纳入"]),
    (SC_LEVELS, "五、", ["本《意见》自2024年2月1日起施行，有效期2年。"]),
    ("中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见", "二、（二）", ["持续优化数字服务贸易", "推动服务外包加快数字化转型。"]),
    (SME_GUIDE, "一、（一）", ["长期迭代"]),
    (SME_GUIDE, "名词解释1.", ["订阅式产品服务"]),
    (HA_MEASURE, "三、", ["贯通技能人才与专业技术人才职业发展通道"]),
    (HA_MEASURE, "三、（七）", ["破格申报副高级职称：取得高级技师", "从事本职业工作满4年；"]),
    (HA_MEASURE, "七、（十八）", ["提升技能人才社会影响力"]),
    (JZ_PLAN, "三、（一）", ["按前10天每人每天150元、之后每人每天100元"]),
    (JZ_PLAN, "四、", ["强化评价取证工作", "要优先选择本企业、本校评价机构"]),  # closes （一）–（三） alike
    (JZ_PLAN, "七、（七）", ["“13710”督办机制"]),
]  # fmt: skip

# Clause periods stated inside one article: (title, path, last day).
EXPECTED_CLAUSE_PERIODS = [
    ("关于做好就业见习扩规模提质量相关工作的通知", "三、（二）", "2022-12-31"),  # 此政策延续至2022年底
    (FUND_MEASURE, "第三十一条", "2025-12-31"),  # 实施期限至2025年
    (SC_JOBS_MEASURE, "一、（三）", "2024-12-31"),
    (SC_JOBS_MEASURE, "四、（十九）", "2024-12-31"),
]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@pytest.fixture(scope="module")
def docs(real_index):
    return list(real_index.documents.values())


@pytest.fixture(scope="module")
def by_title(docs):
    titles = [d.title for d in docs]
    assert len(titles) == len(set(titles)), "titles are not unique; the tests below key on them"
    return {d.title: d for d in docs}


# --- every document is found ------------------------------------------------------------


def test_ingest_of_the_real_corpus_is_clean(real_build):
    _, report = real_build
    assert report.skipped == []
    assert sorted(report.parsed) == [F000, F001, F002, F003, F004]
    assert not [w for w in report.warnings if "重复" in w]


def test_document_count_and_titles_match_the_catalog(docs):
    readme = (REAL_CORPUS / "README.md").read_text(encoding="utf-8")
    rows = catalog_rows(readme)
    assert len(docs) == len(rows) == 29
    assert f"**{len(docs)} documents**" in readme
    assert [r["标题"].removesuffix(" ⁽ᵗ⁾") for r in rows] == [d.title for d in docs]
    assert [r["doc_id"].strip("`") for r in rows] == [d.doc_id for d in docs]


def test_every_document_the_reader_found_is_there_in_source_order(docs):
    assert [(d.source_file, d.line_start, d.title) for d in docs] == [(f, line, t) for f, line, t, _ in EXPECTED]


@pytest.mark.parametrize("file, line, title, want", EXPECTED, ids=[f"{e[0][:3]}:{e[1]}" for e in EXPECTED])
def test_document_metadata(by_title, file, line, title, want):
    doc = by_title[title]
    got = {
        "issuer": doc.issuer, "doc_number": doc.doc_number, "region": doc.region, "province": doc.province,
        "level": doc.level, "issued": _iso(doc.issued_date), "published": _iso(doc.published_date),
        "effective": _iso(doc.effective_date), "expiry": _iso(doc.expiry_date), "title_source": doc.title_source,
        "source_url": doc.source_url,
        "parent": next((d.title for d in by_title.values() if d.doc_id == doc.parent_id), None),
    }  # fmt: skip
    for key, value in want.items():
        if key == "issuer_has":
            assert all(part in (doc.issuer or "") for part in value), doc.issuer
        else:
            assert got[key] == value, f"{title}: {key}"


def test_notices_list_the_measures_they_issue(docs, by_title):
    links = {(by_title[t].parent_id, by_title[t].doc_id) for _, _, t, w in EXPECTED if w.get("parent")}
    assert len(links) == 8
    for parent_id, child_id in links:
        parent = next(d for d in docs if d.doc_id == parent_id)
        assert parent.children == (child_id,)
        assert parent.source_file == next(d for d in docs if d.doc_id == child_id).source_file
    unlinked = [d for d in docs if d.doc_id not in {c for _, c in links} | {p for p, _ in links}]
    assert all(d.parent_id is None and d.children == () for d in unlinked)


def test_regions_and_levels_are_consistent(docs):
    for d in docs:
        assert d.region != "未知", d.title
        if d.region == "全国":
            assert (d.level, d.province) == ("national", None)
        elif d.region.endswith("市"):
            assert d.level == "municipal" and d.province == "山西省"  # 晋中市 is the corpus's only city
        else:
            assert (d.level, d.province) == ("provincial", d.region)
        assert re.fullmatch(r"[a-z]{2}(\d{2})?-(\d{4}|nd)-[0-9a-f]{6}", d.doc_id)


def test_status_on_today_follows_the_stated_periods(by_title):
    today = date(2026, 11, 21)
    assert by_title[SC_LEVELS].status_on(today) == "expired"  # ended 2026-01-31
    assert by_title[SC_LEVELS].status_on(date(2025, 6, 1)) == "in_force"
    assert by_title["四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知"].status_on(today) == "in_force"
    assert by_title[SC_JOBS_MEASURE].status_on(today) == "expired"
    assert by_title[HA_MEASURE].status_on(today) == "unknown"


# --- articles -----------------------------------------------------------------------------


@pytest.mark.parametrize("title, path, phrases", EXPECTED_ARTICLES, ids=[f"{t[:8]}:{p}" for t, p, _ in EXPECTED_ARTICLES])
def test_article_paths_and_text(real_index, by_title, title, path, phrases):
    doc = by_title[title]
    found = [a for a in real_index.articles_of(doc.doc_id) if a.path == path]
    assert found, f"{title} has no {path}: {[a.path for a in real_index.articles_of(doc.doc_id)]}"
    text = "\n".join(a.text for a in found)
    for phrase in phrases:
        assert phrase in text, f"{path}: {phrase!r} not in {text[:120]!r}"


def test_the_glossary_is_not_part_of_the_clause_before_it(real_index, by_title):
    articles = {a.path: a for a in real_index.articles_of(by_title[SME_GUIDE].doc_id)}
    assert "名词解释" not in articles["四、（五）"].text
    assert [p for p in articles if p.startswith("名词解释")] == [f"名词解释{i}." for i in range(1, 8)]


@pytest.mark.parametrize("title, path, day", EXPECTED_CLAUSE_PERIODS)
def test_clause_periods(real_index, by_title, title, path, day):
    chunks = [c for c in real_index.chunks if c.doc_id == by_title[title].doc_id and c.article == path]
    assert [_iso(c.clause_expiry) for c in chunks if c.clause_expiry] == [day]


def test_every_document_has_articles_and_every_article_is_an_exact_slice(real_index, docs):
    for d in docs:
        articles = real_index.articles_of(d.doc_id)
        assert articles, d.title
        end = 0
        for a in articles:
            assert d.text[a.start : a.end] == a.text
            assert a.start >= end, f"{d.title}: {a.path} overlaps the article before it"
            end = a.end


# --- chunks ---------------------------------------------------------------------------------


def test_every_chunk_is_an_exact_substring_of_its_document(real_index):
    assert len(real_index.chunks) > 400
    for c in real_index.chunks:
        assert real_index.documents[c.doc_id].text[c.start : c.end] == c.text, c.chunk_id
    assert len({c.chunk_id for c in real_index.chunks}) == len(real_index.chunks)


def test_every_article_is_quoted_in_full_by_its_chunks(real_index):
    covered: dict[str, set[int]] = {}
    for c in real_index.chunks:
        covered.setdefault(c.doc_id, set()).update(range(c.start, c.end))
    for a in real_index.articles:
        if is_heading_only(a):
            continue
        lost = "".join(ch for i, ch in enumerate(a.text, a.start) if i not in covered[a.doc_id] and not ch.isspace())
        assert not lost, f"{a.doc_id} {a.path}: {lost!r} is in no chunk"


# --- clean text -----------------------------------------------------------------------------


def test_no_traditional_characters_remain(real_index):
    for d in real_index.documents.values():
        for text in (d.text, d.title, d.issuer or "", d.doc_number or ""):
            assert to_simplified(text) == text, d.title
    for c in real_index.chunks:
        assert to_simplified(c.text) == c.text and to_simplified(c.context) == c.context


@pytest.mark.parametrize(
    "chrome",
    ["010-678-55601", "联系方式", "首页", "来看", "进入适老模式", "【打印", "【关闭窗口", "用户登录", "浏览次数",
     "发文字号", "索引号", "原文链接", "\\*数字经济类\\*", "???", "。。", "一体化服务。?"],
)  # fmt: skip
def test_page_chrome_and_repaired_damage_are_gone(real_index, chrome):
    assert not [d.title for d in real_index.documents.values() if chrome in d.text]


def test_repairs_from_fixes_yaml_reached_the_text(by_title):
    assert by_title[DIGITAL_NOTICE].title.startswith("人力资源和社会保障部等九部门")  # 等人部门 → 等九部门
    assert FUND_MEASURE in by_title  # 管理力法 → 管理办法
    henan = by_title[HA_NOTICE].text
    assert "已经2023年第18次厅党组会议审议通过" in henan and henan.endswith("2023年9月13日\n（此件主动公开）\n（联系单位：职业能力建设处）")


def test_quotation_marks_pair_up_except_where_left_alone(real_index):
    """OCR loses quotation marks; every unpaired line must be a known, listed case."""
    import yaml

    left_alone = yaml.safe_load((REAL_CORPUS / "fixes.yaml").read_text(encoding="utf-8"))["left_alone"]
    known = [e["text"].replace('"', "") for e in left_alone]
    for d in real_index.documents.values():
        for line in d.text.split("\n"):
            marks = "".join(ch for ch in line if ch in "“”")
            if marks != "“”" * (len(marks) // 2) or len(marks) % 2:
                bare = re.sub("[“”]", "", line)
                assert any(re.sub("[“”]", "", k) in bare for k in known), f"{d.title}: unpaired quotes in {line[:60]!r}"


# --- the stages one by one, on each source file ------------------------------------------------


@pytest.mark.parametrize(
    "name, documents, converted, fields",
    [
        (F000, 9, False, {"发布时间", "阅读次数"}),  # an aggregator page: its own post date only (l.13)
        (F001, 1, False, {"原文链接"}),  # l.37–38
        (F002, 15, True, set()),
        (F003, 2, False, {"发文机关", "主题分类", "标题", "成文日期", "发布日期", "发文字号", "失效时间"}),
        (F004, 2, False, {"索引号", "发布机构", "生效日期", "废止日期", "文号", "所属主题", "来源", "发布时间", "浏览次数"}),
    ],
)
def test_normalize_and_segment_each_source_file(name, documents, converted, fields):
    from ingest.fixes import FixTable
    from ingest.readers import decode
    from ingest.segment import segment

    text, encoding = decode((REAL_CORPUS / "raw" / name).read_bytes(), name)
    normalized = normalize_text(name, text, FixTable.load(REAL_CORPUS / "fixes.yaml"))
    assert encoding == "utf-8"
    assert (normalized.converted_chars > 10_000) == converted
    assert {f.label for f in normalized.fields} == fields
    assert len(segment(normalized)) == documents


def test_the_real_index_holds_every_chunk_in_both_halves(real_index):
    ids = [c.chunk_id for c in real_index.chunks]
    assert real_index.lexical.size == len(ids) == real_index.manifest["chunks"]
    assert sorted(real_index.dense.ids()) == sorted(ids)
    # BM25 rows follow the chunk order: the best row for a clause's own words is that clause
    scores = real_index.lexical.scores("高级技师职业资格 从事技术技能工作满4年 副高级职称评审")
    best = real_index.chunks[int(scores.argmax())]
    assert (best.doc_id, best.article) == (real_index_doc(real_index, ZJ_MEASURE), "三、（二）1.（3）")


def real_index_doc(index, title: str) -> str:
    return next(d.doc_id for d in index.documents.values() if d.title == title)
