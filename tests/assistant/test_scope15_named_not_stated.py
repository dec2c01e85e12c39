"""Knowing what the held text does not say, and finding what it does (scope issue, round 15).

Classes (the questions are written for these tests: other documents, provinces and wordings than the dev
items that showed them):

1. a detail the held text names but does not state is declined (``no_passage``), the passage that names
   it shown as related at most:
   - the web address or the way to log in of a platform or site named without one;
   - what a catch-all item holds (“其他条件（…）”, “法律法规禁止的其他支出”), listed only by its title;
   - the value of a standard another scheme sets, which a passage pegs an amount to, asked as such
     (文件说不低于当地最低工资标准，那具体是多少钱);
   - what a document the corpus only cites lays down (its title and citers are named, no answer made up);
   - where to apply, or whether online, for a measure whose text gives only conditions and rates.
   Their answerable twins stay answered.
2. a web address the text does write out is found and quoted — not declined, not the neighbour article.
3. a list asked by its members is answered with the members and their count (the sentence that lists
   them, or the items under a list's head); a case the text splits (所在单位不具备认定资质的) puts the
   article on that case first when where to go, not whether, is asked.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)


def declined(assistant, real_index, question, missing=None):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "12333" in answer.answer
    assert len(answer.citations) <= 1  # the passage that names the thing, shown as related only
    if missing:
        assert missing in answer.answer, answer.answer
    return answer


# ------------------------------------------------------------------ 1. named, not stated: declined
@pytest.mark.parametrize(
    ("question", "missing", "related"),
    [
        # a national platform named among the ways a list is published, with no address
        ("公共就业服务信息平台的网址是多少？想查职业技能培训需求指导目录", "网址", ("cn-2024-2dec8d", "五、（十六）")),
        # the Zhejiang platform for 职称 named in quotation marks, no address; asked while a rule waits for a level
        ("浙江高技能人才申报职称的那个申报与评审管理服务平台，网址发我一下", "网址", None),
        # Shanxi writes the 专区's address out, but not how one logs in
        ("山西就业见习服务专区要用什么账号登录？需要先注册吗？", "登录或注册方式", ("sx-2022-192e44", "四、（一）")),
        # Sichuan writes the 评价工作网's address, but says nothing of an account
        ("四川技能人才评价工作网查证书要先注册账号吗？", "登录或注册方式", ("sc-2022-cced2c", "三、（四）")),
    ],
)
def test_an_address_or_login_of_a_platform_named_without_one_is_declined(assistant, real_index, question, missing, related):
    answer = declined(assistant, real_index, question, missing)
    if related:
        assert (answer.citations[0].doc_id, answer.citations[0].article) == related


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("就业补助资金不得用于的支出里，“法律法规禁止的其他支出”具体指哪些？", ("cn-2023-dc2db9", "第十六条（八）")),
        ("就业补助资金不能用于“按规定应由其他财政资金渠道安排的支出”，具体是哪些支出？", ("cn-2023-dc2db9", "第十六条（七）")),
        ("山西人力资源服务业意见里说的“其他公益性服务事项”具体包括哪些？", ("sx-nd-db4bfa", "三、（十二）")),
        ("数字人才行动方案里说的“其他有关部门和单位”具体是哪些部门？", ("cn-2024-66a7fb", "三、")),
    ],
)
def test_what_a_catch_all_item_holds_is_declined_with_the_item(assistant, real_index, question, related):
    answer = declined(assistant, real_index, question, "具体内容")
    assert (answer.citations[0].doc_id, answer.citations[0].article) == related


def test_a_catch_all_the_text_defines_is_answered(assistant):
    """第十四条 says what 其他支出 is: the twin is answered from it."""
    answer = assistant.ask("就业补助资金里的“其他支出”具体指什么？", today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("cn-2023-dc2db9", "第十四条")


@pytest.mark.parametrize(
    ("question", "related"),
    [
        # the person repeats the peg (不低于当地最低工资标准) and asks its figure, which no passage gives
        ("大同的见习单位给见习人员发基本生活补助，文件说不低于当地最低工资标准，那具体是多少钱？", ("sx-2022-192e44", "三、（一）")),
        # Henan: 首席技师's pay pegged to the employer's own managers
        ("河南的企业聘了首席技师，薪酬参照本单位高级管理人员标准确定，那具体是多少钱？", ("ha-2023-8075c7", "六、（十五）")),
        # the sum insured pegged to the 工亡 standard: no premium subsidy is asked (保额, not 保费)
        ("运城的见习单位，见习生意外险的保额说要跟工伤保险工亡一次性赔付标准大致相同，这个标准到底是多少钱？", ("sx-2022-192e44", "三、（一）")),
    ],
)
def test_the_value_of_a_standard_an_amount_is_pegged_to_is_declined(assistant, real_index, question, related):
    answer = declined(assistant, real_index, question)
    assert (answer.citations[0].doc_id, answer.citations[0].article) == related
    assert answer.calculation is None


def test_the_peg_itself_answers_what_the_sum_insured_must_be(assistant):
    """Not knowing the peg, “保额要买多少” is answered by it (保额需与…赔付标准大致相同)."""
    answer = assistant.ask("运城的见习单位，见习生的人身意外伤害保险保额到底要买多少？", today=TODAY)
    assert not answer.abstained, answer.answer
    assert "保额需与我省工伤保险工亡一次性赔付标准大致相同" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("人社部发〔2019〕30号里对考核鉴定机构备案是怎么规定的？要交什么材料？", "人社部发〔2019〕30号"),
        ("浙人社发〔2022〕16号里技能人才评价制度改革具体有哪些措施？", "浙人社发〔2022〕16号"),
        ("人社职司便函〔2021〕57号那个违纪违规行为处理工作指引里，考生作弊怎么处理？", "人社职司便函〔2021〕57号"),
        ("浙人社办发〔2022〕3号社会评价组织职业技能等级认定操作指南里，认定流程分几步？", "浙人社办发〔2022〕3号"),
        ("人社部发〔2019〕90号对社会评价组织有什么要求", "人社部发〔2019〕90号"),
    ],
)
def test_what_a_document_the_corpus_only_cites_lays_down_is_declined(assistant, real_index, question, number):
    answer = declined(assistant, real_index, question, "语料库没有收录")
    texts = [a.text for a in real_index.articles_of(answer.citations[0].doc_id) if a.path == answer.citations[0].article]
    assert any(number in t for t in texts)  # the passage shown cites the document asked about


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("四川的大型企业稳岗返还在哪里申请，要不要自己网上报？", ("sc-2024-9a23d6", "一、（三）")),
        ("四川吸纳脱贫人口的就业帮扶基地，5万元奖补去哪儿申请？", ("sc-2024-9a23d6", "三、（十六）")),
        ("德阳的大学生头一回创业，一次性创业补贴要去哪里申领？网上能办吗？", None),
        ("四川新评上的省级就业见习基地，20万奖补去哪申请？", ("sc-2024-9a23d6", "二、（十三）")),
    ],
)
def test_where_to_apply_for_a_measure_stated_by_conditions_only_is_declined(assistant, real_index, question, related):
    answer = declined(assistant, real_index, question)
    assert answer.calculation is None
    if related:
        assert (answer.citations[0].doc_id, answer.citations[0].article) == related


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("四川市里的制造企业想自己搞技能等级认定，去哪儿备案？", ("sc-2022-cced2c", "三、（一）")),
        ("山西见习单位网上申报的入口网址是什么？", ("sx-2022-192e44", "四、（一）")),
        ("人社部发〔2019〕90号是个什么文件", ("zj-nd-dfcb58", "一、（一）")),
    ],
)
def test_where_the_text_says_it_the_twin_is_answered(assistant, question, top):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == top


# ------------------------------------------------------------------ 2. a web address written out: found and quoted
@pytest.mark.parametrize(
    ("question", "top", "address"),
    [
        ("在四川考的焊工证，怎么查是不是真的？去哪个网站？", ("sc-2022-cced2c", "三、（四）"), "http://jndj.osta.org.cn"),
        ("成都的评价机构有没有备案，在哪个网站能查到？", ("sc-2022-cced2c", "三、（四）"), "http://jndj.osta.org.cn"),
        ("想核实成都一家评价机构是不是正规的，评价机构信息去哪个网址查？", ("sc-2022-cced2c", "三、（四）"), "http://jndj.osta.org.cn"),
        ("四川的职业技能等级证书在哪个网站能查到？", ("sc-2022-cced2c", "三、（四）"), "http://jndj.osta.org.cn"),
        ("运城的大学生想申请见习岗位，山西那个专区网址是多少？", ("sx-2022-192e44", "四、（一）"), "https://rst.shanxi.gov.cn/fwpt/wsjb/"),
    ],
)
def test_a_web_address_the_text_writes_out_is_found_and_quoted(assistant, real_index, question, top, address):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == top
    assert address in answer.citations[0].quote


# ------------------------------------------------------------------ 3. members of a list; the case the text splits
@pytest.mark.parametrize(
    ("question", "top", "said"),
    [
        # the sentence listing the kinds and counting them, not the one on a sub-kind (分…两类)
        ("浙江的技能人才评价机构，具体分为哪几类？", ("zj-nd-dfcb58", "一、（三）1."), ["职业技能考核鉴定机构", "专项职业能力考核机构三类"]),
        ("就业补助资金因素法分配的因素，具体包括哪几项？", ("cn-2023-dc2db9", "第十八条"), ["基础因素", "重点工作因素四类"]),
        # a list's head quoted: its items said, with how many
        ("就业补助资金管理要遵循的原则，具体有哪些？", ("cn-2023-dc2db9", "第三条"), ["3项", "注重普惠", "科学合理"]),
        ("就业补助资金不得用于哪些支出？", ("cn-2023-dc2db9", "第十六条"), ["8项", "“三公”经费支出", "法律法规禁止的其他支出"]),
    ],
)
def test_a_list_asked_by_its_members_is_answered_with_them_and_their_count(assistant, real_index, question, top, said):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == top
    head = "\n".join(answer.answer.split("\n")[:2])
    assert all(s in head for s in said), answer.answer


def test_where_to_go_in_a_case_the_text_splits_puts_that_case_first(assistant, real_index):
    answer = assistant.ask("温州的，我是中级工程师，所在单位不具备认定资质，想考技师证去哪里认定？", today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("zj-2022-0839a3", "三、（四）3.")
    assert "不具备有关资质的，应参加社会评价组织的职业技能等级认定" in answer.citations[0].quote


def test_a_verdict_asked_keeps_the_rules_article_first(assistant):
    """The twin: whether one may (能直接去考…吗) is the rule's to answer, its article first."""
    answer = assistant.ask("助理工程师在浙江能直接去考高级技师吗？", today=TODAY)
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible"
    assert (answer.citations[0].doc_id, answer.citations[0].article) == ("zj-2022-0839a3", "三、（四）1.（1）")
