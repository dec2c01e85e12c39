"""A lookup that asks one aspect in words — the materials to hand in, the platform to apply on, whether a
thing may be claimed twice — puts first the article that states it, not one that only shares the topic's
words; a document named by its 文号 answers over another document's rule (issue: “right document, wrong
article first” / “wrong document first”).

The questions and sentences are our own; the ranking tests use the real corpus (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.lookup import states_asked
from assistant.rules.registry import evaluate
from assistant.understand.aspects import asked_aspects
from assistant.understand.slots import read_cues

TODAY = date(2026, 12, 1)


def _ids(question: str) -> set[str]:
    return {a.id for a in asked_aspects(question)}


def _only(question: str, aspect: str) -> tuple:
    """The aspect asked, alone (a question for materials also asks 办理, whose own answers differ)."""
    wanted = tuple(a for a in asked_aspects(question) if a.id == aspect)
    assert wanted, question
    return wanted


# ------------------------------------------------------------ the aspects asked and stated in words
@pytest.mark.parametrize(
    ("question", "aspect"),
    [
        ("申请评价机构备案，需要准备哪些材料？", "materials"),
        ("报名职业技能竞赛要报什么资料", "materials"),
        ("见习补贴是在哪个平台申请的？", "channel"),
        ("电子培训券用什么小程序领", "channel"),
        ("评价补贴考过一次还能再领吗", "repeat_claim"),
        ("社保补贴和岗位补贴能不能同时享受？", "repeat_claim"),
    ],
)
def test_worded_aspect_is_read_from_the_question(question, aspect):
    assert aspect in _ids(question)


def test_worded_aspects_are_not_read_where_not_asked():
    assert not _ids("见习补贴每月发多少钱") & {"materials", "channel", "repeat_claim"}
    assert not _ids("创业补贴申领条件是什么") & {"materials", "channel", "repeat_claim"}


def test_materials_are_stated_by_a_list_not_by_the_word():
    wanted = _only("申请备案要交哪些材料", "materials")
    assert states_asked("申请材料包括申请表、营业执照复印件、场地租赁合同等。", wanted)
    assert states_asked("申请单位应提交机构登记表及法人证书复印件。", wanted)
    assert not states_asked("进一步简化申请材料、压缩办理时限。", wanted)  # names the materials, lists none
    assert not states_asked("申请成为社会评价组织的单位按照隶属关系向市级部门申请。", wanted)


def test_channel_is_stated_by_a_named_platform():
    wanted = _only("就业见习补贴在哪个系统上申请", "channel")
    assert states_asked("见习单位统一通过“河南省就业创业服务平台”申请见习补贴。", wanted)
    assert states_asked("用人单位登录省公共就业服务平台在线申报。", wanted)
    assert not states_asked("依托门户网站、信息平台、微信公众号等向社会公开目录。", wanted)


def test_repeat_claim_is_stated_by_a_prohibition():
    wanted = _only("一次性创业补贴能不能重复领", "repeat_claim")
    assert states_asked("同一创业实体只能享受一次一次性创业补贴。", wanted)
    assert states_asked("同一人员不得重复享受社会保险补贴和岗位补贴。", wanted)
    assert not states_asked("对首次创业的人员给予一次性创业补贴。", wanted)


# ------------------------------------------------------------ the same level said without naming it
def test_same_level_is_read_when_said_not_when_denied():
    assert read_cues("同一个工种同一个等级去年领过，今年再培训")["same_level"] is True
    assert "same_level" not in read_cues("这次考的不是同一个等级，高一级")


def test_same_level_and_occupation_bar_the_training_subsidy():
    calc = evaluate("cn.training.level_repeat", {"same_level": True, "same_occupation": True}, TODAY)
    assert calc.verdict == "not_eligible" and "同一等级" in calc.summary
    assert evaluate("cn.training.level_repeat", {"same_level": True}, TODAY).verdict == "need_more_info"


# ------------------------------------------------------------ ranking on the real corpus
def _top(assistant, question: str, region: str | None = None):
    answer = assistant.ask(question, region=region, today=TODAY)
    assert not answer.abstained, answer.answer
    return answer, answer.citations[0]


def test_materials_listed_outrank_a_passage_naming_the_word(assistant):
    _, top = _top(assistant, "培训机构开补贴性培训班，开班申请里需要准备什么材料？")
    # the article listing the 开班申请's elements (学员名册、教学计划…), not the one that says “优化…申请材料”
    assert (top.doc_number, top.article) == ("人社部发〔2024〕5号", "二、（四）")


def test_named_platform_outranks_a_sibling_clause(assistant):
    _, top = _top(assistant, "浙江高技能人才申报职称的网上平台叫什么？")
    assert "平台" in top.quote and "申报" in top.quote


def test_platform_asked_beside_a_rule_waiting_for_facts(assistant):
    # a rule on 职称 waits for the person's years; the platform asked is in a passage of its document
    _, top = _top(assistant, "浙江的技能人才评职称，要在什么平台上申报？")
    assert "平台" in top.quote


def test_same_level_repeat_is_answered_by_its_clause(assistant):
    answer, top = _top(assistant, "单位职工去年拿了技能提升补贴，同一工种同一等级今年又去培训，培训补贴能再领吗？")
    assert top.doc_number == "人社部发〔2024〕5号" and top.article == "四、（十二）"
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible"


def test_document_named_by_number_sets_another_documents_rule_aside(assistant, real_index):
    from assistant.answer import Options
    from assistant.query import understand

    def outside(question: str, rule_id: str, facts: dict) -> bool:
        query = assistant._read_numbers(understand(question, (), today=TODAY))
        hits = assistant._retrieve(query, assistant._scope(query, Options()), 5, Options())
        return assistant._rule_outside_numbered(query, evaluate(rule_id, facts, TODAY), hits)

    # the 就业补助资金管理办法's rule on 失业保险 overlap, asked of 人社部发〔2024〕5号: set aside
    assert outside("人社部发〔2024〕5号里，领过技能提升补贴的还能再领培训补贴吗？", "cn.fund.no_double_with_unemployment_insurance", {"same_item_ui_subsidy": True})
    # the named document's own rule is kept; so is a rule when no 文号 is named
    assert not outside("人社部发〔2024〕5号里，同一工种同一等级的培训补贴还能再领吗？", "cn.training.level_repeat", {"same_level": True, "same_occupation": True})
    assert not outside("领过技能提升补贴的还能再领培训补贴吗？", "cn.fund.no_double_with_unemployment_insurance", {"same_item_ui_subsidy": True})
