"""Round 18, scope: concepts the corpus covers, and passages that speak to a neighbouring one (classes found by
probing in our own words).

1. asked what a document says (“行动方案里…”) of a term the lexicon lists as uncovered (落户), a passage that
   names the term with a run of the question's own words (高层次数字人才) answers — before, the question was
   declined as out of scope although the plan speaks to it; asked of the person's own case (能直接落户吗), or
   of a document that does not speak to it, it is still declined;
2. a question that names a concept the corpus covers (培训) is in scope whatever the keyness of its words —
   before, “一县一品特色品牌培训” was declined as unanswered with the article right there.
"""

from __future__ import annotations

import pytest

from shared_support import talk

DIGITAL = "cn-2024-66a7fb"
JINZHONG = "sx07-2023-d5c5f6"


@pytest.mark.parametrize(
    "question",
    [
        "數位人才行動方案裡，高層次數位人才在住房、落戶上有什麼支持",
        "数字人才行动方案中，高层次数字人才落户有没有便利",
        "那个数字人才的方案里头，对高层次数字人才住房落户怎么说的",
    ],
)
def test_a_documents_passage_on_a_neighbouring_term_answers(assistant, question):
    (answer,) = talk(assistant, question)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (DIGITAL, "三、（六）"), answer.citations[:2]


@pytest.mark.parametrize(
    "question",
    ["高级技师在杭州能直接落户吗", "领军人才能直接在郑州落户吗", "领军人才培育计划里，对首席技师落户有什么政策"],
)
def test_settling_asked_of_a_case_or_a_silent_document_is_declined(assistant, question):
    (answer,) = talk(assistant, question)
    assert answer.abstained and answer.reason == "out_of_scope", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "晋中一县一品特色品牌培训，每个品牌至少培训多少人",
        "一县一品特色品牌，每个品牌培训不少于多少人",
        "晋中那个方案里，一县一品的品牌培训每个至少多少人",
    ],
)
def test_a_covered_concept_named_is_in_scope(assistant, question):
    (answer,) = talk(assistant, question)
    assert not answer.abstained, answer.answer
    assert (answer.citations[0].doc_id, answer.citations[0].article) == (JINZHONG, "三、（六）"), answer.citations[:2]
    assert "100人" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["晋中的企业，2024年组织职工培训100人，每人能补多少", "2025年晋中搞订单式培训，企业按天补贴还是前10天150吗", "晋中2026年企业职工培训补贴一个人给多少"],
)
def test_a_yearly_plan_s_rule_is_not_another_year_s(assistant, question):
    # 晋中市2023年…工作方案 is the 2023 plan, in force from its issue (2023-04-19) — not one that took effect late in its
    # year and runs into the next: an event of a later year said outright is not answered with it
    (answer,) = talk(assistant, question)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "2023年的这一份" in answer.answer


@pytest.mark.parametrize("question", ["2023年晋中企业组织职工培训，每人补多少", "前年（2023年）晋中企业职工培训每人补多少", "晋中的企业，2023年9月组织职工培训100人，每人能补多少"])
def test_the_plan_s_own_year_is_answered(assistant, question):
    (answer,) = talk(assistant, question)
    assert not answer.abstained, answer.answer
    assert "300" in answer.answer
