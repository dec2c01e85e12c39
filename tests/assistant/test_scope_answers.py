"""Knowing what the corpus does not answer, and answering what was asked (issue 12).

- A question whose concept the corpus does not cover is declined (reason ``out_of_scope``),
  with no citation, naming what is covered and 12333.
- A measure in the corpus whose figure is not: declined (``no_passage``), the related passage
  shown as related, not as an answer.
- A hotline lookup typed into the chat (文号 + path, title + 第X条, a quoted phrase, a 文号 the
  corpus only cites) finds the article instead of a decline.
- The quote shown answers the aspect asked (几次 → the sentence with the count).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract
from shared_support import talk

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "我在杭州交了六年社保，要回老家了，养老保险关系怎么转？",
        "被裁员了，失业金每个月能领多少钱？",
        "住房公积金怎么提出来",
        "去年考了技师证，个税的继续教育专项附加扣除能扣多少",
        "公司不跟我签劳动合同，能要双倍工资吗",
        "洛阳现在的最低工资标准是多少？我算见习补贴要用",
    ],
)
def test_a_concept_the_corpus_does_not_cover_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "out_of_scope"
    assert answer.citations == () and "12333" in answer.answer


def test_a_covered_measure_with_the_words_of_a_neighbour_is_answered(assistant):
    answer = assistant.ask("见习补贴是按当地最低工资标准的多少发的？山西的", today=TODAY)
    assert not answer.abstained and answer.citations


def test_a_figure_the_corpus_does_not_give_is_declined_with_the_related_passage(assistant, real_index):
    answer = assistant.ask("成都的，失业保险的技能提升补贴，拿到高级工证能补多少钱？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage"
    assert len(answer.citations) == 1 and "没有写明" in answer.answer


@pytest.mark.parametrize(
    ("question", "doc_id", "article"),
    [
        ("豫人社办〔2023〕102号 三、（七）说的是什么", "ha-2023-8075c7", "三、（七）"),
        ("发改就业〔2024〕349号 第四条讲的啥", "cn-2024-a0d927", "四、"),
        ("就业补助资金管理办法第十条第二项是什么内容", "cn-2023-dc2db9", "第十条（二）"),
        ("“企业出一点、平台让一点、政府补一点”是哪个文件里的说法", "cn-2022-d18100", "四、（二）"),
    ],
)
def test_a_hotline_lookup_in_the_chat_finds_the_article(assistant, real_index, question, doc_id, article):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (doc_id, article)


def test_a_document_the_corpus_only_cites_is_named_with_the_articles_citing_it(assistant, real_index):
    answer = assistant.ask("人社部发〔2019〕90号说的是什么", today=TODAY)
    assert not answer.abstained and "没有收录" in answer.answer
    assert answer.citations
    for c in answer.citations:  # each cited article names the document asked about
        texts = [a.text for a in real_index.articles_of(c.doc_id) if a.path == c.article]
        assert any("人社部发〔2019〕90号" in t for t in texts), (c.doc_id, c.article)


def test_the_quote_answers_the_aspect_asked(assistant):
    answer = assistant.ask("职业培训补贴一个人最多能领几次？", today=TODAY)
    assert "3次" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "notice"),
    [
        ("江西省职业技能等级认定工作管理办法里，考评员要满足什么条件？", "jx-2022-ac1246"),
        ("江西的职业技能等级认定工作管理办法对评价机构备案有啥要求", "jx-2022-ac1246"),
        ("江西那个专业技术人才知识更新工程，每年的研修名额怎么分？", "jx-2022-6130e6"),
    ],
)
def test_a_measure_held_only_as_its_cover_notice_is_declined(assistant, real_index, question, notice):
    """The notice is in the corpus, the measure's articles are not: no article answers what it says."""
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "没有收录" in answer.answer and "12333" in answer.answer
    assert [c.doc_id for c in answer.citations] == [notice]  # the notice itself, shown as what the corpus has


@pytest.mark.parametrize(
    "question",
    ["江西省职业技能等级认定工作管理办法的文号是多少", "江西省电子信息技师学院的学生能参加学校组织的职业技能等级认定吗"],
)
def test_the_notice_still_answers_about_itself_and_its_subject_is_not_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "doc", "path"),
    [
        ("山西见习扩规模提质量那个通知，四（五）是怎么规定缺勤的", "sx-2022-192e44", "四、（五）"),
        ("浙江那个贯通办法三（二）2.（2）写的哪些人", "zj-2022-0839a3", "三、（二）2.（2）"),
    ],
)
def test_a_document_named_loosely_with_an_article_path_is_looked_up(assistant, question, doc, path):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained and (answer.citations[0].doc_id, answer.citations[0].article) == (doc, path), answer.answer


def test_a_loosely_named_heading_is_not_answered_by_its_heading_alone(assistant):
    """“三（二）2直报那块”: the path read is the heading 三、（二）; the question is about a part below it."""
    answer = assistant.ask("浙江贯通办法三（二）2直报那块，拿了省技术能手能直接报啥级别？", today=TODAY)
    assert answer.citations and answer.citations[0].article != "三、（二）", answer.answer


def test_when_a_programme_began_is_asked_of_its_notice(assistant):
    answer = assistant.ask("江西的专业技术人才知识更新工程是从哪一年开始搞的", today=TODAY)
    assert not answer.abstained and answer.citations[0].doc_id == "jx-2022-6130e6", answer.answer


@pytest.mark.parametrize("question", ["四川这边高级技师评副高，要求拿证后满几年？", "我在成都，是高级技师，拿证五年了，考核都合格，能评副高吗"])
def test_a_covered_province_without_a_rule_on_the_topic_is_declined(assistant, real_index, question):
    """四川 has documents but no rule on titles for skilled workers: no other province's rule, no unrelated 四川 article."""
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "region_not_covered" and not answer.citations, answer.answer
    assert "在语料库中没有" in answer.answer and "12333" in answer.answer


@pytest.mark.parametrize("question", ["在苏州交了6年社保，现在回绵阳了，养老保险咋转过来", "被公司辞退了，失业登记要去哪里办？线上能不能弄", "干电焊二十多年了，特殊工种能不能提前退休"])
def test_more_neighbouring_concepts_are_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "out_of_scope" and not answer.citations, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "晋中榆次区2023年的补贴性培训任务分到多少人？年度计划分解明细里有吗",  # a district's share: in 附件1
        "江西那3家技工院校这次增加了哪些自主认定的工种？",  # the list: in the attachment
        "江西电子信息技师学院这次新增的自主认定工种具体有哪些？",  # a pilot school named: its rule says who, not which 工种
        "江西商务技师学院新增的工种有哪几个？",
    ],
)
def test_what_an_article_leaves_to_an_attachment_the_corpus_lacks_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained, answer.answer
    assert "附件" in answer.answer and len(answer.citations) <= 1


@pytest.mark.parametrize("question", ["江西哪几家技工学校新增了可以自主认定的工种？", "江西那3家技工院校加了自主认定工种，能给哪些学生认定？"])
def test_what_the_article_itself_lists_beside_its_attachment_is_answered(assistant, question):
    """The schools and the students are in the notice; only the 工种 are in the attachment."""
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize("question", ["江西知识更新工程每年办几期高级研修班，每期多少人？", "浙江的高技能人才评职称，每年有多少个名额？"])
def test_a_number_of_sessions_or_places_the_corpus_does_not_state_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer


def test_a_total_the_article_itself_gives_is_still_answered_beside_its_attachment(assistant):
    answer = assistant.ask("晋中2023年全市企业要完成多少人的政府补贴性培训？", today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize("question", ["江西技工院校申请增加自主认定的工种，审核一般要多长时间？", "在浙江申请当社会评价组织，材料交上去一般多久能出遴选结果？"])
def test_a_processing_time_the_corpus_does_not_state_is_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained, answer.answer
    assert "办理时限" in answer.answer


def test_a_numbered_article_of_a_document_without_numbered_articles_is_declined(assistant):
    answer = assistant.ask("《浙江省技能人才评价机构管理办法（试行）》第十二条原文是怎么写的？", today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "第十二条" in answer.answer and len(answer.citations) == 1


def test_a_figure_asked_of_a_rule_that_states_none_is_declined_not_asked_about(assistant):
    answer = assistant.ask("河南考下来技师证，技能评价补贴具体能补多少钱？", today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert answer.follow_up is None and "没有写明" in answer.answer


@pytest.mark.parametrize("question", ["考了个中级工证，失业保险技能提升补贴能领多少钱？", "拿了电工高级工证，技能提升补贴一般给多少？"])
def test_a_figure_no_regions_rule_states_is_declined_not_asked_the_province(assistant, question):
    """Only Sichuan has a 技能提升补贴 rule and it states no amount: asking where the person lives
    would give no figure, and the passages found (见习补贴 figures) are of other things."""
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage" and answer.follow_up is None, answer.answer
    assert "四、（十九）" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["技能提升补贴谁能领？", "见习补贴一个月能补多少？"])
def test_a_figure_or_a_verdict_a_regions_rule_gives_still_asks_the_province(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("turns", "province"),
    [
        (["凉山的，家里俩脱贫人口，今年跟着县里组织的劳务输出去浙江进厂了，一次性求职补贴按上限算一共多少"], "四川省"),
        (["我是广元的脱贫户，跟着县里组织的劳务输出去了浙江一家厂里上班，一次性求职补贴最多给多少？"], "四川省"),
        (["在浙江打了十来年工，2024年初回江西上饶老家开了个小饭馆，是第一次办个体执照，能拿一次性创业补贴吗？"], "江西省"),
        (["河南新评上中华技能大奖的，省里另外奖多少？", "那全国技术能手呢？"], "河南省"),
        (["我是省技术能手，在浙江能直接报什么职称？", "不对，我是全国技术能手，那能直接报副高吗"], "浙江省"),
    ],
)
def test_no_citation_of_a_province_the_person_only_went_to_or_left(assistant, turns, province):
    """Where the person went to work (去浙江进厂), the place they left (在浙江打工…回江西老家) and
    the 全国 of an honour (全国技术能手) do not bring another province's documents into the answer."""
    from assistant.schema import Turn

    history: list[Turn] = []
    for text in turns:
        answer = assistant.ask(text, tuple(history), today=TODAY)
        history += [Turn("user", text), Turn("assistant", answer.answer, answer.state)]
    from assistant.query import province_of

    shown = {province_of(c.region) or c.region for c in answer.citations}
    assert shown <= {province, "全国"}, shown


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("中小企業數位轉型指南裡說的SaaS是什麼意思？", ("cn-2022-d18100", "名词解释2.")),
        ("工信厅信发〔2022〕33号里说的SaaS是啥意思？", ("cn-2022-d18100", "名词解释2.")),  # the 文号 names the notice; the term is defined in the guide
        ("MES是什么意思", ("cn-2022-d18100", "名词解释5.")),
        ("晋中方案里说的“失业人员”，要不要本地户口？", ("sx07-2023-d5c5f6", "八、")),  # a quoted term the plan defines
        ("高技能领军人才培育计划是哪几个部门一起出的？", ("cn-2024-6d78c7", "正文")),  # who issued it: the notice says
    ],
)
def test_a_term_asked_the_meaning_of_and_the_issuers_asked_are_looked_up(assistant, question, article):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained and (answer.citations[0].doc_id, answer.citations[0].article) == article, answer.answer


@pytest.mark.parametrize(
    "question",
    ["晋中2025年推进人人持证的工作方案出来没？企业职工培训补贴每人还是300吗？", "浙江今年的专业技术人员职业资格考试工作计划出了吗", "2027年的数字人才行动方案出了没"],
)
def test_another_years_edition_of_a_yearly_document_is_declined(assistant, question):
    """The corpus holds the 2023 plan (the 2024-2026 action plan); another year's is not it."""
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage" and "版本" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["2023年晋中人人持证工作方案里企业职工培训补贴每人多少", "2025年数字人才行动方案有什么新要求"])
def test_the_edition_held_is_answered(assistant, question):
    assert not assistant.ask(question, today=TODAY).abstained


@pytest.mark.parametrize("question", ["钱江技能大奖有多少奖金？", "國務院政府特殊津貼一個月發多少錢？還是一次性發的？", "洛阳的师傅评上了中原技能大奖，省里给多少奖金？"])
def test_a_figure_asked_of_something_the_corpus_names_but_does_not_quantify_is_declined(assistant, question):
    """The passages found give amounts, but of other things (5万元 for 中华技能大奖): not this one's."""
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage", answer.answer


@pytest.mark.parametrize("question", ["河南新评上中华技能大奖的，省里另外奖多少？", "寿阳的培训学校给失业人员办了个家政班，上了12天课，按规定一个人能补多少钱？"])
def test_a_figure_the_corpus_gives_for_the_thing_asked_is_answered(assistant, question):
    assert not assistant.ask(question, today=date(2023, 7, 10)).abstained


@pytest.mark.parametrize(
    "question",
    [
        "浙江企业现在的失业保险费率是多少？",  # 留用率达到50% elsewhere in the document is not a 费率
        "高级技师评副高有年龄上限吗？超过50岁还能评吗？",
        "山西人力资源服务公司办许可，注册资本要多少？",
        "四川的新业态职业伤害保障试点在哪些城市开展？",  # 开展……职业伤害保障试点 names no city
        "领军人才签了竞业限制协议，离职后补偿金是多少？",  # 订立竞业限制协议: no 补偿 stated
    ],
)
def test_a_rate_an_age_an_amount_or_a_list_the_passages_do_not_state_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert len(answer.citations) <= 1


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("四川2024年失业保险费率降到多少？", "1%"),
        ("就业见习的登记失业青年年龄要求是多少岁？", "16-24岁"),
        ("山西就业见习补贴按最低工资的多少给？", "60%"),
        ("四川哪些企业可以申请失业保险稳岗返还？", "企业"),
    ],
)
def test_a_rate_an_age_an_amount_or_a_list_a_passage_states_is_answered(assistant, question, stated):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert any(stated in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "四川认定备案的经办规程具体有哪些要求？",  # 经办规程另行制定印发
        "事业单位工勤技能岗考过技师，工资能涨多少？",  # 薪酬待遇按照有关规定执行
        "高新技术企业的人力资源服务机构，能享受什么税收优惠？具体标准是什么？",  # 可按规定享受相关税收优惠政策
        "四川省属高校毕业生基层服务满三年的学费奖补标准是多少？",  # 按规定予以学费奖补 (a rule's article)
        "四川就业困难人员的认定标准具体是什么？",  # only 合理确定并动态调整就业困难人员认定标准
    ],
)
def test_a_detail_the_quoted_article_leaves_to_another_text_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "没有写明" in answer.answer and len(answer.citations) == 1


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("四川的创业担保贷款贴息，财政能给贴多少？", "50%"),  # 由财政部门按规定给予50%贴息: the figure beside 按规定
        ("四川基层服务满三年的学费奖补，什么人可以领？", "省属高校"),  # who, not how much: the article says it
    ],
)
def test_a_detail_beside_a_按规定_that_the_article_states_is_answered(assistant, question, stated):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert stated in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "建一个技能大师工作室，上面给多少钱补助？",  # named only by passages with no figure anywhere
        "山西的见习单位给见习人员买人身意外伤害保险，保额要多少万？",  # 与…赔付标准大致相同: no sum
        "搞企业新型学徒制，每个学徒每年给企业补多少钱？",  # 一定标准的职业培训补贴
    ],
)
def test_a_figure_of_a_particular_thing_named_only_without_one_is_declined(assistant, real_index, question):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage" and "没有写明" in answer.answer
    assert len(answer.citations) == 1  # the passage naming it, as related


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("晋中订单式培训，培训后就业率达到85%，每人每天补多少钱？", "150"),
        ("山西的见习补贴按当地最低工资的多少发？", "60%"),
    ],
)
def test_a_figure_the_passages_naming_the_thing_give_is_answered(assistant, question, figure):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained and figure in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "九江的，焊工中级证拿了三年，江西这边考高级工申报条件要几年？",  # the notice held states no years
        "德阳的，想办个创业担保贷款，最长能贷几年？",  # the measure has expired; its term was never stated
    ],
)
def test_a_detail_never_stated_is_declined_whether_or_not_the_measure_still_applies(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "no_passage" and "没有写明" in answer.answer


def test_a_figure_a_rule_of_the_persons_region_leaves_unstated_is_declined(assistant):
    # 河南 has no rule of its own on it; the national article names 一次性创业补贴 without a sum
    answer = assistant.ask("洛阳的，毕业一年，开了个打印店快两年了，河南这边一次性创业补贴能给多少钱？", today=TODAY)
    assert answer.abstained and "没有写明" in answer.answer


def test_a_share_written_as_a_fraction_is_a_figure(assistant):
    answer = assistant.ask("四川灵活就业人员的社保补贴，最多能补实际缴费的几分之几？", today=date(2025, 6, 1))
    assert not answer.abstained and "2/3" in answer.answer


@pytest.mark.parametrize(
    ("first", "then", "notice"),
    [
        # a validity answer, then what the document was made on: its cover notice says
        ("浙江那个高技能人才和专业技术人才职业发展贯通的实施办法，现在还有效吗？", "那它是根据哪个文件制定的？", "zj-2022-9af182"),
        # a rule's answer, then when and where the measure was adopted, and its 文号
        ("河南那个加强和改进技能人才队伍建设的若干措施，高级技师评副高有什么条件？", "这个措施是在什么会上通过的？文号多少？", "ha-2023-8f20d8"),
    ],
)
def test_a_follow_up_about_the_document_just_answered_is_answered_from_its_notice(assistant, first, then, notice):
    answer = talk(assistant, first, then)[-1]
    assert not answer.abstained and answer.citations[0].doc_id == notice


def test_a_follow_up_after_a_decline_that_showed_a_notice_asks_of_that_notice(assistant):
    answer = talk(assistant, "江西专业技术人才知识更新工程实施方案里，高级研修班怎么报名？", "这个是哪年开始实施的？")[-1]
    assert answer.citations and answer.citations[0].doc_id == "jx-2022-6130e6"


def test_a_short_follow_up_continues_the_document_the_question_before_named(assistant):
    answer = talk(assistant, "数字贸易改革创新发展的意见里，2029年的主要目标是什么？", "那2035年的呢？")[-1]
    assert not answer.abstained and answer.citations[0].doc_id == "cn-2024-72468f" and "2035" in answer.citations[0].quote


def test_a_short_follow_up_on_a_concept_not_covered_is_still_declined(assistant):
    answer = talk(assistant, "数字贸易改革创新发展的意见里，2029年的主要目标是什么？", "那养老保险怎么转呢？")[-1]
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "day", "missing"),
    [
        # a programme the corpus covers, and a detail of it no passage states: declined, the related passage shown
        ("太原的公共实训基地具体地址在哪？民营企业职工去培训要交钱吗？", TODAY, "地址"),
        ("疫情时候申请缓缴的失业保险费，现在补上的话要不要另交滞纳金？", TODAY, "滞纳金"),
        ("企业的职工教育经费是按工资总额的多少比例计提的？", TODAY, "提取"),
    ],
)
def test_a_covered_programme_whose_asked_detail_no_passage_states_is_declined(assistant, real_index, question, day, missing):
    answer = assistant.ask(question, today=day)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert missing in answer.answer and "12333" in answer.answer
    assert len(answer.citations) <= 1


def test_a_document_named_by_its_number_gives_its_own_rule(assistant):
    answer = assistant.ask("川办发〔2024〕34号规定的一次性求职补贴是多少？哪几类毕业生能拿？", today=date(2025, 5, 1))
    assert not answer.abstained
    assert answer.citations[0].doc_id == "sc-2024-9a23d6"
    assert answer.calculation is not None and answer.calculation.value == 1500


def test_two_figures_asked_are_both_in_the_answer(assistant):
    answer = assistant.ask("四川个人创业担保贷款最多能贷几万？贴息给多少？", today=date(2025, 5, 1))
    assert answer.calculation is not None and answer.calculation.value == 300000
    assert "30万元" in answer.answer and "50%" in answer.answer
