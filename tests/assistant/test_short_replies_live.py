"""A short reply is read against the question the assistant put, as shown in the conversation
(issue 11, dialogue state): asked about the exception (“有没有不合格的情况？”), a bare “没有” means
the condition holds; the same reply to a transcript's own question put the other way is read that way.

The questions are our own; the index is the real corpus (tests/conftest.py ``real_index``)."""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.schema import Turn
from shared_support import TODAY, talk

ASK = "杭州的，高级技师证拿了5年了，一直在厂里一线干，能评副高吗"


@pytest.fixture(scope="module")
def helper(real_build, real_index):
    return Assistant(real_build[0], index=real_index)


@pytest.mark.parametrize(("reply", "verdict"), [("没有", "eligible"), ("都合格", "eligible"), ("有一年没过", "not_eligible"), ("有", "not_eligible")])
def test_a_reply_to_the_appraisal_question_decides(helper, reply, verdict):
    first, second = talk(helper, ASK, reply)
    assert first.calculation.verdict == "need_more_info" and "不合格" in (first.follow_up or ""), first.answer
    assert second.calculation.verdict == verdict, second.answer


def test_a_transcript_without_states_is_read_against_its_own_wording(helper):
    history = (Turn("user", ASK), Turn("assistant", "年限够了。还需要确认：近3年年度考核都合格吗？"))
    assert helper.ask("没有", history, today=TODAY).calculation.verdict == "not_eligible"
    history = (Turn("user", ASK), Turn("assistant", "年限够了。还需要确认：这几年考核中间有没有哪年没过？"))
    assert helper.ask("没有", history, today=TODAY).calculation.verdict == "eligible"


def test_a_different_question_is_never_given_the_last_answer_again(helper):
    """A rule that answered the first question (建直播间) does not answer the next one (请外面的公司运营):
    the next is read as a question about the document the conversation is about."""
    first, second = talk(helper, "县里就业服务中心想搞直播带岗，能不能在服务大厅里弄个直播间？", "可我们没有专业的人，能不能花钱找外面的机构来运营？")
    assert not second.abstained
    assert second.answer != first.answer
    assert second.citations[0].doc_id == first.citations[0].doc_id
    assert "购买服务" in second.citations[0].quote


def test_a_confirmation_may_be_given_the_same_answer(helper):
    first, second = talk(helper, "山西的，见习还没满就跟见习生提前签了劳动合同，单位还有补贴吗", "这条现在还有效吗")
    assert not second.abstained and "2022年12月31日" in second.answer


def test_asked_whether_the_deciding_condition_is_asked_before_a_quantity(helper):
    """“能拿补贴吗” with neither the days trained nor the employment rate said: the rate decides whether,
    the days only how much — the rate is asked first; asked how much, the days may come first."""
    whether = helper.ask("介休一家企业跟技校搞订单班培训工人，企业这边能不能拿到培训补贴？", today=TODAY)
    assert "就业率" in (whether.follow_up or ""), whether.follow_up
    assert "天" not in (whether.follow_up or "")


def test_a_follow_up_the_corpus_seems_not_to_answer_is_asked_of_the_document_discussed(helper):
    """“那是找省里还是市里备案？” names nothing of its own: it asks the document just quoted."""
    first, second = talk(helper, "德阳一家市属企业要开展职业技能等级认定，备案有什么要求？", "那是去省人社厅还是市人社局办备案？")
    assert not second.abstained, second.answer
    assert second.citations[0].doc_id == first.citations[0].doc_id
    assert "市级" in helper._article_text(second.citations[0], with_items=True)


def test_a_short_follow_up_asking_whether_it_may_still_be_followed_is_about_the_document(helper):
    first, second = talk(helper, "川人社规〔2023〕15号是哪天开始施行的？", "那现在还能照这个办吗？")
    assert not second.abstained and "已失效" in second.answer, second.answer
