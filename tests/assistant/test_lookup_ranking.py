"""Hotline lookups put the right article first (issue 12), one class of miss per test.

- the rule's article is a heading (第十条 names the subsidy); what is asked (its 期限) is in an item
  under it (第十条（一）) — the citation names that item;
- the asked aspect is answered by a sibling clause of the named document (多久 → “不少于5年”);
- a city's own document outranks the province's and the nation's for a person in that city,
  in Simplified and in Traditional characters;
- 哪一级部门 is answered by the clause that names the level (县级及以上…部门).

The questions are our own; the index is the real corpus (tests/conftest.py ``real_index``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assistant.answer import Assistant
from assistant.lookup import clause_family, states_asked
from assistant.query import understand
from assistant.schema import Hit
from assistant.understand.aspects import asked_aspects
from shared_support import doc_titled as _doc

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def helper(real_build, real_index):
    return Assistant(real_build[0], index=real_index)


def _top(helper, question: str, region: str):
    answer = helper.ask(question, region=region, today=TODAY)
    assert not answer.abstained, answer.answer
    return answer.citations[0]


# ------------------------------------------------------------ the parent heading vs its items
def test_clause_family_names_items_below_and_headings_above(real_index):
    fund = _doc(real_index, "就业补助资金管理办法")
    own, below, above = clause_family(real_index.articles_of(fund), "第十条")
    assert [a.path for a in own] == ["第十条"] and above == []
    assert {"第十条（一）", "第十条（二）"} <= {a.path for a in below}
    zj = _doc(real_index, "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法")
    own, below, above = clause_family(real_index.articles_of(zj), "三、（四）1.（2）")
    assert below == [] and [a.path for a in above] == ["三、（四）1.", "三、（四）", "三、"]
    assert clause_family(real_index.articles_of(zj), "九十九、") == ([], [], [])


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("就业困难人员灵活就业交的社保，社会保险补贴最长享受几年？", "第十条（一）"),
        ("离校两年内没就业的大学生灵活就业交社保，补贴期限最长多久？", "第十条（二）"),
    ],
)
def test_rule_citation_names_the_item_that_states_the_period(helper, real_index, question, item):
    top = _top(helper, question, "全国")
    assert (top.doc_id, top.article) == (_doc(real_index, "就业补助资金管理办法"), item)
    assert "年" in top.quote


def test_rule_citation_stays_on_its_article_when_no_aspect_is_asked(helper, real_index):
    top = _top(helper, "就业困难人员灵活就业，能领社会保险补贴吗？", "全国")
    assert top.doc_id == _doc(real_index, "就业补助资金管理办法") and top.article.startswith("第十条")


# -------------------------------------------------- the asked aspect points to a sibling clause
def test_states_asked_needs_a_figure_or_a_level():
    duration = asked_aspects("材料要保存多久")
    assert states_asked("纸质材料保管不少于3年。", duration)
    assert not states_asked("具有助理级以上职称，可申请参加评价。", duration)  # 以上 is not a period
    level = asked_aspects("该去哪一级人社部门")
    assert states_asked("向县级及以上人力资源和社会保障部门申请。", level)
    assert not states_asked("向人力资源社会保障部门申请备案。", level)
    deadline = asked_aspects("补贴最晚什么时候发")
    assert states_asked("补贴最晚于次年6月底发放完毕。", deadline)
    assert not states_asked("补贴按规定及时发放。", deadline)


def _hits(index, doc_id: str, paths: list[str]) -> list[Hit]:
    """One hit per path, fused scores falling in the order given."""
    chunks = [next(c for c in index.chunks if c.doc_id == doc_id and c.article == p) for p in paths]
    return [Hit(chunk=c, score=0.09 - 0.01 * i) for i, c in enumerate(chunks)]


def test_rerank_puts_the_sibling_that_states_the_period_first(helper, real_index):
    question = "川人社规〔2022〕9号里，考场录像资料要保管几年？"
    query = understand(question, region="四川省", today=TODAY)
    sichuan = _doc(real_index, "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知")
    hits = _hits(real_index, sichuan, ["三、（四）", "三、（三）"])  # fused: the certificate clause first
    # (without the aspect the coverage alone now puts it first too: the 文号 named is no word of the
    # question — lookup.without_doc_numbers — and the certificate clause, which quotes it, loses its lead)
    ranked = helper._rerank(query, hits, 0.5, 0.2)
    assert ranked[0].chunk.article == "三、（三）"  # “纸质材料保管不少于3年，评价过程视频材料保管不少于5年”


def test_rerank_does_not_promote_another_measures_figure(helper, real_index):
    # 就业见习 has figures (50%), but the question is about a subsidy whose amount the passage on it does not give
    query = understand("成都的技能提升补贴，拿了高级工证书能补多少钱？", region="四川省", today=TODAY)
    fund = _doc(real_index, "就业补助资金管理办法")
    sichuan = _doc(real_index, "关于进一步稳定和扩大就业若干政策措施")
    hits = _hits(real_index, sichuan, ["四、（十九）"]) + _hits(real_index, fund, ["第七条"])
    hits[1] = replace(hits[1], score=0.089)
    assert [h.chunk.article for h in helper._rerank(query, hits, 0.5, 0.2)] == ["四、（十九）", "第七条"]


def test_which_level_is_answered_by_the_clause_naming_the_level(helper, real_index):
    top = _top(helper, "宁波的企业想当职业技能等级认定机构，该找哪一级人社部门？", "浙江省")
    assert top.doc_id == _doc(real_index, "《浙江省技能人才评价机构管理办法（试行）》政策解读")
    assert "县级及以上" in top.quote


# ----------------------------------------------------------- a city's own document comes first
@pytest.mark.parametrize(
    "question",
    ["晋中的技能培训补贴最迟啥时候发到位？", "晉中職業培訓補貼最晚幾時發放完畢？"],
)
def test_city_document_comes_before_national_ones(helper, real_index, question):
    top = _top(helper, question, "晋中市")
    assert (top.doc_id, top.article) == (_doc(real_index, "晋中市2023年推进“人人持证、技能山西”建设工作方案"), "六、")


# ------------------------------------------------------- counts and levels are aspects too
@pytest.mark.parametrize(
    ("title", "paths", "question", "first"),
    [
        (
            "国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知",
            ["引言", "八、"],
            "公共实训基地每年要为民营企业培训多少员工？",
            "八、",  # “每年培训民营企业员工100万人次以上”
        ),
        (
            "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）",
            ["三、（九）", "二、（五）"],
            "四川的技能等级从学徒工到首席技师分几级？",
            "二、（五）",  # “形成由学徒工、初级工……首席技师构成的职业技能等级序列”
        ),
    ],
)
def test_rerank_puts_the_clause_that_states_the_count_or_levels_first(helper, real_index, title, paths, question, first):
    query = understand(question, region="全国", today=TODAY)
    hits = _hits(real_index, _doc(real_index, title), paths)
    assert helper._rerank(query, hits, 0.5, 0.0)[0].chunk.article == paths[0]
    assert helper._rerank(query, hits, 0.5, 0.2)[0].chunk.article == first


# ------------------------------------------- a record that lapses is not a document's validity
def test_a_score_that_lapses_is_not_a_question_about_the_documents_validity(helper, real_index):
    answer = helper.ask("浙江2023年职业资格考试停考，已经考过的科目成绩还算数吗，会不会作废？", region="浙江省", today=TODAY)
    top = answer.citations[0]
    assert top.doc_id == _doc(real_index, "浙江省人力资源和社会保障厅办公室关于印发2023年度专业技术人员职业资格考试工作计划的通知")
    assert top.article == "一、" and "延长一年" in top.quote


# ------------------------------------------------------------------- 文号 typed slightly wrong
@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("川人社规2022年9号 三（一）是什么内容", "三、（一）"),  # 年 for 〔〕
        ("川人社规〔2022〕09号 三、（一）说的什么", "三、（一）"),  # a leading zero
        ("川人社规〔2022〕9 三、（一）说的什么", "三、（一）"),  # no 号
        ("川人社发〔2022〕9号 三、（一）说的什么", "三、（一）"),  # 发 for 规
        ("川人社规〔2021〕9号 三、（一）说的什么", "三、（一）"),  # the year, with the article as evidence
    ],
)
def test_a_loosely_typed_doc_number_is_read_as_the_corpus_one(helper, real_index, question, article):
    answer = helper.ask(question, region="四川省", today=TODAY)
    top = answer.citations[0]
    assert (top.doc_id, top.article) == (_doc(real_index, "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知"), article)
    assert "按语料中的川人社规〔2022〕9号查找" in answer.answer  # said how it was read


def test_a_doc_number_the_corpus_only_cites_is_not_read_as_another(helper):
    answer = helper.ask("人社部发〔2019〕90号还有效吗", region="全国", today=TODAY)
    assert "人社部发〔2019〕90号" in answer.answer and "按语料中的" not in answer.answer


def test_a_number_typo_without_evidence_is_not_guessed(helper):
    answer = helper.ask("豫人社办〔2023〕12号是个什么文件", region="河南省", today=TODAY)
    assert "按语料中的" not in answer.answer


# ------------------------------------------------------- topic words in Taiwan wording
def test_no_taiwan_phrase_is_a_word_of_the_corpus():
    """A phrase the mainland corpus itself uses would be rewritten in questions only: the two sides
    would no longer meet."""
    import json

    from assistant.config import DATA_DIR, REPO_ROOT
    from assistant.datafile import load_yaml

    table = load_yaml((DATA_DIR / "variants.yaml").read_text(encoding="utf-8"))
    texts = [json.loads(line)["text"] for line in (REPO_ROOT / "corpus" / "parsed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not [p for p in table["phrases"] if any(p in t for t in texts)]


def test_taiwan_wording_finds_the_mainland_clause(helper, real_index):
    # 雇主 = 用人单位, 員工訓練 = 职工培训: the clause on 企业职工培训, not the one on 订单式培训
    top = _top(helper, "晉中的雇主辦員工訓練，政府每人補助多少？", "晋中市")
    assert (top.doc_id, top.article) == (_doc(real_index, "晋中市2023年推进“人人持证、技能山西”建设工作方案"), "三、（二）")


# ------------------------------------- a title fragment and a path typed loosely, or cut short
@pytest.mark.parametrize(
    ("question", "region", "title", "article", "words"),
    [
        ("贯通实施办法三（二）1（3）讲的啥", "浙江省", "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法", "三、（二）1.（3）", "高级技师"),
        ("就业补助资金管理办法第10条（二）说的什么", "全国", "就业补助资金管理办法", "第十条（二）", "高校毕业生"),
        # the path names a heading; the question's other words name an item under it
        ("浙江贯通办法三（二）2，浙江杰出工匠能直接报什么职称", "浙江省", "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法", "三、（二）2.（2）", "副高级"),
        # an article in several pieces: the piece that says what is asked (几次)
        ("就业补助资金管理办法第5条，职业培训补贴累计能享受几次", "全国", "就业补助资金管理办法", "第五条", "3次"),
    ],
)
def test_a_named_document_and_a_loose_path_find_the_item_asked(helper, real_index, question, region, title, article, words):
    top = _top(helper, question, region)
    assert (top.doc_id, top.article) == (_doc(real_index, title), article)
    assert words in top.quote


# ------------------------------------------- round 9: why the right article was not first, per class
JINZHONG = "晋中市2023年推进“人人持证、技能山西”建设工作方案"
SHANXI_INTERNSHIP = "关于做好就业见习扩规模提质量相关工作的通知"
SICHUAN_LEVELS = "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）"
ZJ_AGENCIES = "《浙江省技能人才评价机构管理办法（试行）》政策解读"


def test_a_city_and_its_own_province_are_no_comparison():
    from assistant.query import compared_regions

    assert compared_regions(["晋中市", "山西省"]) == ["晋中市"]
    assert compared_regions(["山西省", "晋中市"]) == ["晋中市"]
    assert compared_regions(["浙江省", "河南省"]) == ["浙江省", "河南省"]
    assert compared_regions(["杭州市", "山西省"]) == ["杭州市", "山西省"]


def test_a_province_word_in_a_city_documents_title_does_not_split_the_search(helper, real_index):
    # “技能山西” in the title names 山西 beside 晋中: one city's document asked about, not two regions compared;
    # the search is reranked (the clause that says 最晚于次年3月底 first) and lists no article twice
    answer = helper.ask("晋中那个技能山西的工作方案，培训补贴最迟到什么时候发放完毕？", today=TODAY)
    assert not answer.abstained, answer.answer
    top = answer.citations[0]
    assert (top.doc_id, top.article) == (_doc(real_index, JINZHONG), "六、")
    keys = [(c.doc_id, c.article, c.quote) for c in answer.citations]
    assert len(keys) == len(set(keys))


def test_a_rule_that_tells_of_the_measure_yields_to_the_clause_stating_the_days(helper, real_index):
    # the 山西 internship rule answers with the monthly allowance (三、（一）); the days of absence are 四、（五）
    answer = helper.ask("山西见习的通知里，见习人员无故旷工连续多少天就不给基本生活费了？", today=TODAY)
    top = answer.citations[0]
    assert (top.doc_id, top.article) == (_doc(real_index, SHANXI_INTERNSHIP), "四、（五）")
    assert "5天" in top.quote


def test_a_rule_yields_only_to_a_passage_of_its_own_region(helper, real_index):
    # the 四川 clause states the figure asked and covers more of the question than the nation's rule (第七条),
    # yet a question the nation's rule answers is not given another region's clause first
    from assistant.schema import Citation

    fund = real_index.documents[_doc(real_index, "就业补助资金管理办法")]
    rule = Citation.of(fund, "第七条", "", TODAY)
    query = understand("新评上国家级就业见习基地的，一次性奖补标准是多少？", today=TODAY)
    hit = _hits(real_index, _doc(real_index, "关于进一步稳定和扩大就业若干政策措施"), ["二、（十三）"])[0]
    assert helper._says_more_than_rule(query, rule, hit, 0.1)  # it would win on its words alone
    assert not helper._answers_aspect_over_rule(query, rule, hit)


def test_the_doc_number_is_not_a_word_asked_about():
    from assistant.lookup import without_doc_numbers

    assert "川人社规" not in without_doc_numbers("川人社规〔2023〕15号说的等级有哪些")
    assert without_doc_numbers("技能等级有哪些") == "技能等级有哪些"


@pytest.mark.parametrize("question", ["技能等级是哪八个", "一共哪几个等级", "设了哪8个技能等级"])
def test_levels_named_by_their_count_are_asked(question):
    assert "levels" in [a.id for a in asked_aspects(question)]


def test_levels_asked_by_count_in_a_document_named_by_number(helper, real_index):
    # the 文号 is quoted by another clause (按照川人社规〔2022〕9号…), which must not win on it
    answer = helper.ask("川人社规〔2023〕15号一共设了哪八个技能等级？", today=TODAY)
    top = answer.citations[0]
    assert (top.doc_id, top.article) == (_doc(real_index, SICHUAN_LEVELS), "二、（五）")


def test_what_happens_on_breaking_the_rules_is_an_aspect():
    wanted = asked_aspects("评价机构违规了会受到什么处罚")
    assert "penalty" in [a.id for a in wanted]
    assert states_asked("视情节分别处以约谈、限期整改、取消资格与退出目录的处理。", wanted)
    assert not states_asked("人社部门对评价机构实行动态管理。", wanted)


def test_the_clause_that_says_the_penalties_comes_first(helper, real_index):
    # fused: the clause that names a letter on 违纪违规行为处理 first; the one that says 处以…取消资格 wins
    query = understand("浙江评价机构管理办法解读里，评价机构有违纪违规行为会怎么处理？", region="浙江省", today=TODAY)
    hits = _hits(real_index, _doc(real_index, ZJ_AGENCIES), ["二、（二）7.", "二、（三）4."])
    assert helper._rerank(query, hits, 0.5, 0.2)[0].chunk.article == "二、（三）4."


def test_a_word_and_its_rewording_weigh_once(helper):
    table = helper._idf
    word, term = frozenset({"大学生"}), frozenset({"高校毕业生"})
    query = {"大学生", "高校毕业生", "低保"}
    both, term_and_low = frozenset({"大学生", "高校毕业生"}), frozenset({"高校毕业生", "低保"})
    plain = table.coverages(query, [both, term_and_low])
    grouped = table.concept_coverages(query, [(word, term)], [both, term_and_low])
    assert grouped[1] > grouped[0]  # saying the word twice over is not nearer than saying what else was asked
    assert plain[1] <= plain[0] or grouped[1] - grouped[0] > plain[1] - plain[0]


def test_a_rewording_to_rarer_words_is_no_concept(helper):
    from assistant.query import understand as read

    q = read("评职称弄虚作假会怎样", today=TODAY)
    concepts = helper._concepts(q.text)
    assert not [c for c in concepts if any("无效" in w for w in c)]  # 一律无效 is what the answer says, not 弄虚作假 again


def test_the_subsidy_for_graduates_of_poor_families_comes_first(helper, real_index):
    # 大学生 is reworded 高校毕业生: a clause saying both (the hiring subsidy) is no nearer than the one saying
    # 高校毕业生 and 低保家庭 (the job-seeking subsidy)
    query = understand("低保家庭的大学生求职，四川不是有个一次性补贴吗，文件里怎么说的？", region="四川省", today=TODAY)
    hits = _hits(real_index, _doc(real_index, "关于进一步稳定和扩大就业若干政策措施"), ["一、（四）", "二、（十四）"])
    assert helper._rerank(query, hits, 0.5, 0.2)[0].chunk.article == "二、（十四）"


# ---------------------------------------------- an article found in pieces: the piece that says it
def _pieces(index, doc_id: str, article: str):
    return [Hit(chunk=c, score=0.09 - 0.01 * i) for i, c in enumerate(c for c in index.chunks if c.doc_id == doc_id and c.article == article)]


def test_the_list_head_is_cited_when_it_says_what_is_asked(helper, real_index):
    # 第十六条's head (不得用于以下支出：) and the sentences after its list share the path and the heading;
    # the tail, found first, says nothing of what may not be paid for
    fund = _doc(real_index, "就业补助资金管理办法")
    head, tail = _pieces(real_index, fund, "第十六条")[:2]
    assert "不得用于以下支出" in head.chunk.text and "不得用于以下支出" not in tail.chunk.text
    query = understand("就业补助资金规定了哪些支出不得用于？", region="全国", today=TODAY)
    cited = helper._citations(query, [replace(tail, score=0.09), replace(head, score=0.08)], 5)
    assert cited[0].article == "第十六条" and "不得用于以下支出" in cited[0].quote
    assert len(cited) == 1  # one article, cited once


def test_the_tail_is_cited_when_it_says_what_is_asked(helper, real_index):
    fund = _doc(real_index, "就业补助资金管理办法")
    head, tail = _pieces(real_index, fund, "第十六条")[:2]
    query = understand("机关事业单位的在编人员能不能领就业补助资金的补贴？", region="全国", today=TODAY)
    cited = helper._citations(query, [replace(head, score=0.09), replace(tail, score=0.08)], 5)
    assert "在编人员" in cited[0].quote


def test_money_not_to_be_spent_on_is_found_by_plain_words(helper, real_index):
    answer = helper.ask("就业补助资金哪些地方是不能花的？", region="全国", today=TODAY)
    top = answer.citations[0]
    assert (top.doc_id, top.article) == (_doc(real_index, "就业补助资金管理办法"), "第十六条")
    assert "不得用于" in top.quote
