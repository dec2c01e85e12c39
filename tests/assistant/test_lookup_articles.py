"""Hotline lookups find the article asked (issue 12 item 6), one mechanism per test.

- an article typed by its ordinal (第十二条) is read as the document numbers: its twelfth item where
  the items run through the sections (若干措施), its twelfth section where they start afresh;
- a document named with words of its own asks for the article that says them, not for the document;
- a document named loosely (“数字贸易那个意见”, “晋中那个方案”) is a document the corpus holds: the
  question is in scope though its words are not the domain's keywords;
- a rule that waits for the person's facts does not displace the passage that says what was asked;
- the 有效期 of a thing the corpus gives one (评价机构设立) is that article, not a document's validity;

The questions are our own (none is copied from an evaluation set); the index is the real corpus
(tests/conftest.py ``real_index``), searched with the test embedder.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.lookup import asks_period_of_thing, documents_named, find_articles, named_articles, numbers_items_through
from assistant.schema import Article
from shared_support import doc_titled as _doc

TODAY = date(2026, 12, 1)


def _top(assistant, question: str, region: str | None = None):
    answer = assistant.ask(question, region=region, today=TODAY)
    assert not answer.abstained, answer.answer
    return answer.citations[0]


def _articles(*paths: str) -> list[Article]:
    return [Article("d", p, p, "", 1, n, n + 1, f"{p}正文") for n, p in enumerate(paths)]


# ------------------------------------------------------------ 第N条 read as the document numbers
THROUGH = _articles("一、", "一、（一）", "一、（二）", "二、", "二、（三）", "二、（四）", "三、", "三、（五）")
AFRESH = _articles("一、", "一、（一）", "一、（二）", "二、", "二、（一）", "二、（二）", "三、", "三、（一）")


def test_items_numbered_through_the_sections_are_told_from_items_numbered_afresh():
    assert numbers_items_through(THROUGH)
    assert not numbers_items_through(AFRESH)
    assert not numbers_items_through(_articles("第一条", "第二条", "第二条（一）"))
    assert not numbers_items_through(_articles("一、", "一、（一）", "一、（二）"))  # one section: nothing runs through


def test_an_ordinal_names_the_item_where_items_run_through_else_the_section():
    assert [a.path for a in named_articles(THROUGH, "第三条")] == ["二、（三）"]
    assert [a.path for a in named_articles(THROUGH, "第5条")] == ["三、（五）"]
    assert [a.path for a in named_articles(THROUGH, "（四）")] == ["二、（四）"]
    assert [a.path for a in named_articles(AFRESH, "第三条")] == ["三、"]
    assert named_articles(AFRESH, "（二）") == []  # two sections hold a （二）: not guessed
    assert [a.path for a in named_articles(_articles("第一条", "第二条"), "第二条")] == ["第二条"]


@pytest.mark.parametrize(
    ("question", "title", "path"),
    [
        # 若干措施 and 意见 whose items run through their sections
        ("川人社规〔2023〕15号第十二条讲什么", "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）", "三、（十二）"),
        ("人社部发〔2024〕5号第十五条说的啥", "关于进一步规范职业技能培训管理工作的通知", "五、（十五）"),
        ("豫人社办〔2023〕102号（十四）讲的啥", "关于加强和改进技能人才队伍建设的若干措施", "六、（十四）"),
        ("河南加强和改进技能人才队伍建设若干措施第十条", "关于加强和改进技能人才队伍建设的若干措施", "五、（十）"),
        # documents whose items start afresh under each section: the section
        ("川人社规〔2022〕9号第六条说的什么", "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知", "六、"),
        ("发改就业〔2024〕349号第九条", "国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知", "九、"),
    ],
)
def test_an_article_typed_by_its_ordinal_is_the_one_the_document_numbers_so(assistant, real_index, question, title, path):
    top = _top(assistant, question)
    assert (top.doc_id, top.article) == (_doc(real_index, title), path)


def test_policy_show_reads_an_ordinal_the_same_way(real_index):
    doc = real_index.documents[_doc(real_index, "关于加强和改进技能人才队伍建设的若干措施")]
    assert [a.path for a in find_articles(real_index, doc, "第12条")] == ["五、（十二）"]


# --------------------------------------------- a document named, and something asked of it
@pytest.mark.parametrize(
    ("question", "title", "path"),
    [
        ("人社部发〔2024〕29号里关于领军人才服务期和竞业限制是怎么规定的", "高技能领军人才培育计划", "三、（七）"),
        ("川人社规〔2022〕9号关于考评人员岗前培训是怎么规定的", "四川省人力资源和社会保障厅关于全面推进职业技能等级认定工作的通知", "三、（六）"),
    ],
)
def test_what_is_asked_of_a_document_named_is_its_article_not_the_document(assistant, real_index, question, title, path):
    top = _top(assistant, question)
    assert (top.doc_id, top.article) == (_doc(real_index, title), path)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("人社部发〔2024〕5号是个什么文件", "关于进一步规范职业技能培训管理工作的通知"),
        ("发改就业〔2024〕349号讲的啥", "国家发展改革委等部门关于共享公共实训基地开展民营企业员工职业技能提升行动的通知"),
        ("川人社规〔2023〕15号是个啥文件", "四川省人力资源和社会保障厅关于贯彻实施新时代技能人才职业技能等级制度的意见（试行）"),
        ("工信厅信发〔2022〕33号是啥文件？", "工业和信息化部办公厅关于印发中小企业数字化转型指南的通知"),
    ],
)
def test_a_document_named_and_nothing_else_asked_is_shown_as_the_document(assistant, real_index, question, title):
    answer = assistant.ask(question, today=TODAY)
    assert answer.citations[0].doc_id == _doc(real_index, title)
    assert "印发的" in answer.answer  # the overview: who issued it, where it holds, its status


def test_content_words_leave_out_the_title_the_number_and_document_talk(real_index):
    from assistant.lookup import content_words

    titles = ["人力资源社会保障部等七部门关于实施高技能领军人才培育计划的通知", "高技能领军人才培育计划"]
    known = lambda t: True  # noqa: E731
    assert content_words("人社部发〔2024〕29号高技能领军人才培育计划讲的是什么", titles, known) == []
    assert content_words("河南那个文件说了啥", [], known) == []
    assert set(content_words("人社部发〔2024〕29号里领军人才推迟退休是怎么规定的", titles, known)) == {"推迟", "退休"}


# --------------------------------------------------------------- a document named loosely
@pytest.mark.parametrize(
    ("question", "places", "title"),
    [
        ("晋中那个人人持证的方案里，电子券怎么领", ("晋中市",), "晋中市2023年推进“人人持证、技能山西”建设工作方案"),
        ("数字贸易那个意见里说的知识产权保护", (), "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见"),
        ("山西见习那个文件里，见习协议要不要签", ("山西省",), "关于做好就业见习扩规模提质量相关工作的通知"),
        ("浙江那个贯通办法里对论文有没有要求", ("浙江省",), "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法"),
        ("四川稳就业那个措施里见习岗位开发多少", ("四川省",), "关于进一步稳定和扩大就业若干政策措施"),
    ],
)
def test_a_document_named_loosely_is_found_with_its_notice(real_index, question, places, title):
    named = documents_named(real_index.documents, question, places)
    doc = _doc(real_index, title)
    assert doc in named
    assert all(real_index.documents[d].parent_id in (None, *named) for d in named)  # one family


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("见习补贴政策是怎么规定的", ()),  # a measure, not a document
        ("四川那个文件里怎么说的", ("四川省",)),  # three Sichuan documents: none stands out
        ("广东那个贯通办法怎么规定的", ("广东省",)),  # another province's document is not Zhejiang's
        ("高级技师评副高要几年", ()),
    ],
)
def test_no_document_is_named_by_a_topic_a_place_alone_or_another_province(real_index, question, places):
    assert documents_named(real_index.documents, question, places) == frozenset()


@pytest.mark.parametrize(
    ("question", "title", "path"),
    [
        ("数字贸易那个意见里，对数字贸易统计是怎么要求的", "中共中央办公厅国务院办公厅关于数字贸易改革创新发展的意见", "五、（十五）"),
        ("晋中那个方案里两目录公开是怎么要求的", "晋中市2023年推进“人人持证、技能山西”建设工作方案", "七、（五）"),
    ],
)
def test_a_question_about_a_document_named_loosely_is_answered_from_it(assistant, real_index, question, title, path):
    top = _top(assistant, question)
    assert (top.doc_id, top.article) == (_doc(real_index, title), path)


# ------------------------------------------------- a rule waiting for facts, a passage that answers
@pytest.mark.parametrize(
    ("question", "path"),
    [
        ("浙江贯通办法里面，什么人能直接申报中级职称？", "三、（二）2.（1）"),
    ],
)
def test_a_passage_that_says_what_is_asked_comes_before_a_rule_waiting_for_facts(assistant, real_index, question, path):
    answer = assistant.ask(question, today=TODAY)
    doc = _doc(real_index, "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法")
    assert answer.calculation is not None and answer.calculation.verdict == "need_more_info"  # the rule still asks
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (doc, path)
    assert any(c.article == answer.calculation.citation.article for c in answer.citations[1:])  # and is cited


def test_the_rules_article_still_leads_when_the_person_states_the_case(assistant, real_index):
    answer = assistant.ask("我是高级技师，在浙江干了5年了，能评副高吗", today=TODAY)
    top = answer.citations[0]
    assert answer.calculation is not None and top.article == answer.calculation.citation.article


# ------------------------------------------------------------ the 有效期 of a thing
def test_the_period_of_a_thing_is_told_from_the_validity_of_a_document(real_index):
    articles = real_index.articles
    assert asks_period_of_thing(articles, "技能人才评价机构设立后有效期能延长几年")
    assert asks_period_of_thing(articles, "评价机构资格有效期到了怎么办")
    assert not asks_period_of_thing(articles, "浙江技能人才评价机构管理办法的有效期到什么时候")  # the document's
    assert not asks_period_of_thing(articles, "这个文件的有效期")
    assert not asks_period_of_thing(articles, "评价机构收费有什么规定")


@pytest.mark.parametrize("question", ["浙江技能人才评价机构设立后有效期多久？", "技能人才评价机构设立有效期多长时间，浙江的"])
def test_a_things_period_is_answered_from_its_article(assistant, real_index, question):
    top = _top(assistant, question)
    assert (top.doc_id, top.article) == (_doc(real_index, "《浙江省技能人才评价机构管理办法（试行）》政策解读"), "一、（三）5.")


def test_a_documents_validity_is_still_answered_as_its_status(assistant):
    answer = assistant.ask("浙江技能人才评价机构管理办法现在的有效期到什么时候？", today=TODAY)
    assert "现行有效" in answer.answer or "施行" in answer.answer


@pytest.mark.parametrize(
    ("question", "title", "path"),
    [
        ("浙江贯通的实施办法，基本原则第三条说的什么？", "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法", "二、（三）"),
        ("数字人才培育行动方案重点任务里的第二点讲的啥", "加快数字人才培育支撑数字经济发展行动方案（2024-2026年）", "二、（二）"),
        ("山西见习扩规模的通知，支持政策部分第二条是怎么写的", None, "三、（二）"),
    ],
)
def test_a_place_said_by_its_parts_heading_is_that_part_s_item(assistant, question, title, path):
    top = _top(assistant, question)
    assert top.article == path
    if title is not None:
        assert top.doc_id == _doc(assistant.index, title)


def test_a_documents_own_article_is_not_read_as_a_heading(assistant):
    assert _top(assistant, "就业补助资金管理办法第十七条讲的啥").article == "第十七条"


@pytest.mark.parametrize(
    "question",
    [
        "我们厂在宜宾，招了15个残疾人上班，四川给多少一次性奖补？",  # 脱贫人口's 5万元 is not said of 残疾人
        "晋中的企业职工培训补贴，现在还按每人300发吗？有没有出新的标准？",  # the rule's 2023 figure does not say whether a newer one came out
        "急需的领军人才能推迟退休，最长推迟几年？",  # the rule discussed names no length of time
    ],
)
def test_a_figure_or_detail_the_corpus_does_not_state_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("晋中给农村转移劳动力办培训，按天算每人最多补多少？", "1000"),  # the group said another way (农村转移就业劳动者)
        ("四川招了2个就业困难人员，一次性吸纳就业补贴每人多少？", "2000"),
    ],
)
def test_a_figure_stated_for_the_group_asked_is_given(assistant, question, figure):
    answer = assistant.ask(question, today=date(2025, 6, 1))
    assert not answer.abstained and figure in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "path"),
    [
        ("工信厅信发〔2022〕33号里，政府出钱这块是个什么思路？", None),  # a 文号 names a held document: in scope, whatever its words
        ("山西见习通知的工作要求部分是怎么说的", "五、"),  # a part named by its heading alone
    ],
)
def test_a_document_or_part_named_is_answered_from_it(assistant, question, path):
    top = _top(assistant, question)
    if path is not None:
        assert top.article.startswith(path)
